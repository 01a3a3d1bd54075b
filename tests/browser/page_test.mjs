// Drives the kgraph page in Debian's headless Chromium (playwright-core, no downloaded
// browser). Usage: node page_test.mjs URL ARTIFACT_DIR. Exits 1 naming the first failed check.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

const [url, artifacts] = process.argv.slice(2);
const HOSTILE = "<script>alert(1)</script> AI";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                       "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function check(ok, what) {
  if (!ok) throw new Error(`check failed: ${what}`);
  console.log(`ok - ${what}`);
}

// Watches what a page does that it must not: dialogs, script errors, requests elsewhere.
function watch(page) {
  const seen = { dialogs: [], errors: [], foreign: [] };
  const origin = new URL(url).origin;
  page.on("dialog", d => { seen.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on("pageerror", e => seen.errors.push(e.message));
  page.on("console", m => { if (m.type() === "error") seen.errors.push(m.text()); });
  page.on("request", r => { if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) seen.foreign.push(r.url()); });
  return seen;
}

async function openPage(browser, viewport, hash = "", touch = false) {
  const page = await browser.newPage({ viewport, hasTouch: touch, isMobile: touch });
  const seen = watch(page);
  await page.goto(url + hash);
  await page.waitForFunction(() => document.querySelectorAll("#graph circle").length > 10, null, { timeout: 15000 });
  return { page, seen };
}

async function searchAndChoose(page, text, name) {
  await page.locator("#search").pressSequentially(text, { delay: 20 });
  const option = page.locator(`#suggestions li[data-name="${name}"]`);
  await option.waitFor({ timeout: 5000 });
  await option.click();
  await page.waitForFunction(n => document.getElementById("panel-name")?.textContent === n &&
                                  document.querySelector("#panel .neighbours"), name, { timeout: 5000 });
}

async function testDesktop(browser) {
  const { page, seen } = await openPage(browser, { width: 1280, height: 800 });
  check(await page.locator("#graph circle").count() > 10, "more than 10 nodes drawn as svg circles");
  check(await page.locator("#type-filters input").count() >= 3, "legend lists the entity types");
  await searchAndChoose(page, "DeepSeek", "DeepSeek");
  check(page.url().endsWith("#/entity/DeepSeek"), "the URL keeps the selection");
  const highFlyer = page.locator("#panel .neighbours > li", { has: page.getByRole("button", { name: "High-Flyer", exact: true }) });
  check(await highFlyer.count() === 1, "side panel lists High-Flyer among DeepSeek's neighbours");
  const sentence = (await highFlyer.locator(".sentence").first().textContent()) || "";
  check(sentence.includes("High-Flyer") && sentence.length > 20, `evidence sentence shown: "${sentence.slice(0, 60)}…"`);
  check(await page.locator("#panel .evidence .document").first().textContent() !== "", "evidence names its document");
  const hostile = page.locator("#panel .entity-link", { hasText: "<script>" });
  check(await hostile.count() >= 1 && (await hostile.first().textContent()).includes(HOSTILE),
        "the <script> entity name renders as text in the panel");
  check(await page.locator("#graph .label", { hasText: HOSTILE }).count() === 1, "the <script> name renders as text in the graph");
  check(await page.evaluate(() => document.scripts.length) === 1, "no script element was injected");
  check(await page.locator("#panel .document", { hasText: "<img src=x onerror=alert(2)>" }).count() >= 1,
        "markup in a document name renders as text");
  await page.waitForFunction(() => document.querySelectorAll("#graph .node.hl").length > 1);
  const depth1 = await page.locator("#graph .node.hl").count();
  await page.selectOption("#depth", "2");
  await page.waitForFunction(n => document.querySelectorAll("#graph .node.hl").length > n, depth1);
  check(true, `depth 2 highlights more nodes than depth 1 (${depth1})`);
  await page.screenshot({ path: join(artifacts, "page-1280x800.png") });
  await testEdgeAndFilters(page);
  await testZoomAndPan(page);
  check(seen.dialogs.length === 0, "no dialog (alert) fired");
  check(seen.errors.length === 0, `no script errors ${JSON.stringify(seen.errors)}`);
  check(seen.foreign.length === 0, `no request left the server ${JSON.stringify(seen.foreign)}`);
  await page.close();
}

async function testEdgeAndFilters(page) {
  const edge = page.locator("#graph .edge", { has: page.locator("title", { hasText: "DeepSeek funded-by High-Flyer" }) });
  await edge.locator(".hit").dispatchEvent("click");
  await page.waitForSelector("#panel .edge-title");
  check((await page.locator("#panel-name").textContent()).includes("funded-by"), "clicking an edge shows its relation");
  check(await page.locator("#panel .evidence li").count() >= 1, "clicking an edge shows its evidence");
  const before = await page.locator("#graph .node:not(.off)").count();
  await page.locator("#type-filters label", { hasText: "country" }).locator("input").uncheck();
  const after = await page.locator("#graph .node:not(.off)").count();
  check(after < before, `unticking a type hides its nodes (${before} -> ${after})`);
}

async function testZoomAndPan(page) {
  const transform = () => page.getAttribute("#viewport", "transform");
  const before = await transform();
  await page.mouse.move(500, 760);
  await page.mouse.down();
  await page.mouse.move(560, 700, { steps: 6 });
  await page.mouse.up();
  const dragged = await transform();
  check(dragged !== before && dragged.includes("scale(" + before.split("scale(")[1]), "dragging pans the graph");
  await page.mouse.wheel(0, -400);
  await page.waitForFunction(t => document.getElementById("viewport").getAttribute("transform") !== t, dragged);
  const scale = t => Number(t.split("scale(")[1].replace(")", ""));
  check(scale(await transform()) > scale(dragged), "the mouse wheel zooms in");
}

async function testLinkAndPhone(browser) {
  const hash = `#/entity/${encodeURIComponent(HOSTILE)}`;
  const { page, seen } = await openPage(browser, { width: 390, height: 844 }, hash, true);
  await page.waitForFunction(n => document.getElementById("panel-name")?.textContent === n &&
                                  document.querySelector("#panel .neighbours"), HOSTILE, { timeout: 5000 });
  check(true, "a link with #/entity/NAME reopens that entity (on a phone-sized window)");
  check(await page.locator("#panel .sentence", { hasText: "<img src=x onerror=alert(3)>" }).count() >= 1,
        "markup in an evidence sentence renders as text");
  check(await page.evaluate(() => document.images.length) === 0, "no img element was injected");
  const box = await page.locator("#panel").boundingBox();
  check(box && box.width <= 390 && box.y > 200, "on a phone the panel is a bottom sheet within the window");
  await page.screenshot({ path: join(artifacts, "page-390x844.png") });
  await page.tap("#panel-close");
  check(await page.locator("#panel").isHidden() && !page.url().includes("#/"), "closing the panel clears the URL's selection");
  await page.locator("#graph .node", { has: page.locator("title", { hasText: "High-Flyer (company)" }) }).tap();
  await page.waitForFunction(() => document.getElementById("panel-name")?.textContent === "High-Flyer");
  check(true, "tapping a node on a touch screen opens its card");
  check(seen.dialogs.length === 0 && seen.errors.length === 0, "no dialog or script error on the phone page");
  await page.close();
}

async function main() {
  mkdirSync(artifacts, { recursive: true });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS, timeout: 60000 });
  try {
    await testDesktop(browser);
    await testLinkAndPhone(browser);
  } finally {
    await browser.close();
  }
  console.log(`screenshots in ${artifacts}`);
}

main().catch(err => { console.error(`FAIL: ${err.message}`); process.exit(1); });
