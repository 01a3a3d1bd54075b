// kgraph page: draws /api/graph with the server's layout and shows neighbours.
// Every text from the graph goes through textContent, never innerHTML.
"use strict";

const SVG = "http://www.w3.org/2000/svg";

function el(tag, attrs = {}, text = "") {
  const node = tag === "svg" || ["line", "circle", "text", "g"].includes(tag)
    ? document.createElementNS(SVG, tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

async function getJson(url) {
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function drawGraph(elements) {
  const svg = document.getElementById("graph");
  const byId = new Map(elements.nodes.map(n => [n.data.id, n]));
  for (const e of elements.edges) {
    const a = byId.get(e.data.source).position, b = byId.get(e.data.target).position;
    svg.append(el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y }));
  }
  for (const n of elements.nodes) {
    const g = el("g");
    const c = el("circle", { cx: n.position.x, cy: n.position.y, r: n.data.size / 2, fill: n.data.color });
    c.append(el("title", {}, `${n.data.label} (${n.data.type})`));
    c.addEventListener("click", () => showEntity(n.data.label));
    g.append(c, el("text", { x: n.position.x + n.data.size / 2 + 2, y: n.position.y + 4 }, n.data.label));
    svg.append(g);
  }
}

function listEntities(elements) {
  const box = document.getElementById("entities");
  const byType = {};
  for (const n of elements.nodes) (byType[n.data.type] ||= []).push(n.data);
  for (const [type, nodes] of Object.entries(byType).sort()) {
    const h = el("h3");
    h.append(el("span", { class: "type", style: `background:${nodes[0].color}` }), document.createTextNode(`${type} (${nodes.length})`));
    const ul = el("ul");
    for (const d of nodes.sort((a, b) => a.label.localeCompare(b.label))) {
      const li = el("li");
      const b = el("button", {}, d.label);
      b.addEventListener("click", () => showEntity(d.label));
      li.append(b);
      ul.append(li);
    }
    box.append(h, ul);
  }
}

async function showEntity(name) {
  const panel = document.getElementById("panel");
  const list = document.getElementById("panel-neighbours");
  list.replaceChildren();
  panel.hidden = false;
  try {
    const data = await getJson(`/api/neighbours?name=${encodeURIComponent(name)}`);
    document.getElementById("panel-name").textContent = data.entity;
    document.getElementById("panel-type").textContent = data.type;
    for (const n of data.neighbours) {
      const li = el("li");
      const arrow = n.direction === "out" ? `${n.relation} →` : `← ${n.relation}`;
      const b = el("button", {}, n.name);
      b.addEventListener("click", () => showEntity(n.name));
      li.append(document.createTextNode(`${arrow} `), b, el("div", { class: "evidence" }, n.evidence));
      list.append(li);
    }
    location.hash = `#/entity/${encodeURIComponent(data.entity)}`;
  } catch (err) {
    document.getElementById("panel-name").textContent = String(err.message);
  }
}

async function main() {
  const graph = await getJson("/api/graph");
  const { nodes, edges } = graph.elements;
  document.getElementById("summary").textContent = `${nodes.length} entities, ${edges.length} relations`;
  drawGraph(graph.elements);
  listEntities(graph.elements);
  const m = location.hash.match(/^#\/entity\/(.+)$/);
  if (m) showEntity(decodeURIComponent(m[1]));
}

main().catch(err => { document.getElementById("summary").textContent = `error: ${err.message}`; });
