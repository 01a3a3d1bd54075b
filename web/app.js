// kgraph page: draws /api/graph at the server's layout positions and explores it through
// the JSON API. No library: plain SVG and DOM. Text from the graph only ever goes through
// textContent or setAttribute (never innerHTML), so a hostile document cannot inject markup.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const SVG_TAGS = new Set(["g", "line", "circle", "text", "title"]);
const RELATION_COLORS = ["#4e79a7", "#e15759", "#76b7b2", "#f28e2b", "#59a14f", "#b07aa1", "#9c755f", "#bab0ac"];
const ZOOM_MIN = 0.05, ZOOM_MAX = 40, DRAG_SLOP = 4, MIN_RADIUS_PX = 3, MAX_GROWTH = 1.5;

const $ = id => document.getElementById(id);

const state = {
  nodes: [],                 // {i, name, type, color, size, r, rd (drawn radius), x, y, el, circle, label}
  edges: [],                 // {i, source, target, relation, symmetric, evidence, el}
  labelOrder: [],            // nodes by size, biggest first: whose label wins a place
  redrawQueued: false,       // sizeNodes and placeLabels wait for the next frame
  byName: new Map(),         // entity name -> node
  typeColors: new Map(),     // entity type -> colour
  relationColors: new Map(), // relation -> colour
  hiddenTypes: new Set(),
  hiddenRelations: new Set(),
  view: { k: 1, x: 0, y: 0 },
  touched: false,            // the user has zoomed or panned: keep the view on resize
  depth: 1,
  selection: null,           // {kind: "entity", name} or {kind: "edge", edge}
  panelSeq: 0,               // guards against answers arriving out of order
};

// ---------- small DOM helpers ----------

function el(tag, attrs = {}, text = "") {
  const node = SVG_TAGS.has(tag) ? document.createElementNS(SVG_NS, tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== "") node.textContent = text;
  return node;
}

function swatch(color, kind = "dot") {
  const s = el("span", { class: `swatch ${kind}`, "aria-hidden": "true" });
  s.style.background = color;
  return s;
}

async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    for (const value of [].concat(v)) query.append(k, value);
  }
  const res = await fetch(`${path}?${query}`);
  const body = await res.json();
  if (!res.ok) throw Object.assign(new Error(body.error || res.statusText), { status: res.status, body });
  return body;
}

// ---------- the graph ----------

function loadGraph(elements) {
  const byId = new Map();
  for (const n of elements.nodes) {
    const d = n.data;
    const node = { i: state.nodes.length, name: d.label, type: d.type, color: d.color, size: d.size,
                   r: Math.max(3, d.size / 2), rd: Math.max(3, d.size / 2), x: n.position.x, y: n.position.y };
    state.nodes.push(node);
    byId.set(d.id, node);
    state.byName.set(node.name, node);
    if (!state.typeColors.has(node.type)) state.typeColors.set(node.type, node.color);
  }
  const relations = [...new Set(elements.edges.map(e => e.data.relation))].sort();
  relations.forEach((r, i) => state.relationColors.set(r, RELATION_COLORS[i % RELATION_COLORS.length]));
  for (const e of elements.edges) {
    const d = e.data;
    state.edges.push({ i: state.edges.length, source: byId.get(d.source), target: byId.get(d.target),
                       relation: d.relation, symmetric: d.relation === "competes-with",
                       evidence: d.evidence || [] });
  }
}

// Where a line between two circles starts and ends (at their rims, in graph units).
function edgeEnds(e) {
  const dx = e.target.x - e.source.x, dy = e.target.y - e.source.y;
  const len = Math.hypot(dx, dy) || 1;
  const from = e.source.rd / len, to = (e.target.rd + (e.symmetric ? 0 : 1.5 / state.view.k)) / len;
  return { x1: e.source.x + dx * from, y1: e.source.y + dy * from, x2: e.target.x - dx * to, y2: e.target.y - dy * to };
}

function drawEdge(e) {
  const g = el("g", { class: "edge", "data-i": e.i });
  const line = el("line", { class: "vis" });
  line.style.stroke = state.relationColors.get(e.relation);
  if (e.symmetric) line.classList.add("symmetric"); else line.setAttribute("marker-end", "url(#arrow)");
  g.append(el("line", { class: "hit" }), line);
  g.append(el("title", {}, `${e.source.name} ${e.relation} ${e.target.name}`));
  return g;
}

function drawNode(n) {
  const g = el("g", { class: "node", "data-i": n.i });
  n.circle = el("circle", { cx: n.x, cy: n.y, fill: n.color });
  g.append(n.circle, el("title", {}, `${n.name} (${n.type})`));
  return g;
}

function drawGraph() {
  const edges = $("edges"), nodes = $("nodes"), labels = $("labels");
  for (const e of state.edges) edges.append(e.el = drawEdge(e));
  for (const n of state.nodes) {
    nodes.append(n.el = drawNode(n));
    labels.append(n.label = el("text", { class: "label", y: n.y }, n.name));
  }
  $("graph").style.setProperty("--k", 1);
  for (const n of state.nodes) n.labelWidth = n.label.getComputedTextLength();  // px at any zoom
  state.labelOrder = [...state.nodes].sort((a, b) => b.r - a.r || a.name.localeCompare(b.name));
}

// ---------- zoom and pan ----------

function stageSize() {
  const box = $("graph").getBoundingClientRect();
  return { w: box.width || 1, h: box.height || 1 };
}

// Shows the labels of the selection, its neighbourhood, then bigger nodes first, and hides
// any label that would overlap one already shown (screen boxes in a grid of 64 px cells);
// hovering a node still names it.
function placeLabels() {
  const { k, x, y } = state.view;
  const cells = new Map(), CELL = 64;
  const keys = b => {
    const out = [];
    for (let cx = Math.floor(b.x1 / CELL); cx <= Math.floor(b.x2 / CELL); cx++) {
      for (let cy = Math.floor(b.y1 / CELL); cy <= Math.floor(b.y2 / CELL); cy++) out.push(`${cx},${cy}`);
    }
    return out;
  };
  const hits = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  const rank = n => (n.el.classList.contains("sel") ? 0 : n.el.classList.contains("hl") ? 1 : 2);
  const order = [0, 1, 2].flatMap(r => state.labelOrder.filter(n => rank(n) === r));
  for (const n of order) {
    if (n.el.classList.contains("off")) continue;
    const sx = (n.x + n.rd) * k + x, sy = n.y * k + y;
    const box = { x1: sx, y1: sy - 7, x2: sx + 4 + n.labelWidth, y2: sy + 7 };
    const free = !keys(box).some(key => (cells.get(key) || []).some(other => hits(box, other)));
    n.label.classList.toggle("far", !free);
    if (free) for (const key of keys(box)) cells.set(key, [...(cells.get(key) || []), box]);
  }
}

// Circles grow with the zoom up to 1.5 times their size and never shrink below a few pixels,
// so zooming in separates nodes instead of covering the screen; edges and labels follow.
function sizeNodes() {
  const k = state.view.k;
  $("arrow").setAttribute("markerWidth", 8 / k);  // arrow heads stay 8 px on screen
  $("arrow").setAttribute("markerHeight", 8 / k);
  for (const n of state.nodes) {
    n.rd = Math.max(MIN_RADIUS_PX / k, n.r * Math.min(1, MAX_GROWTH / k));
    n.circle.setAttribute("r", n.rd);
    n.label.setAttribute("x", n.x + n.rd + 3 / k);
  }
  for (const e of state.edges) {
    const ends = edgeEnds(e);
    for (const line of e.el.querySelectorAll("line")) {
      for (const [key, value] of Object.entries(ends)) line.setAttribute(key, value);
    }
  }
}

function applyView() {
  const { k, x, y } = state.view;
  $("viewport").setAttribute("transform", `translate(${x},${y}) scale(${k})`);
  $("graph").style.setProperty("--k", k);
  queueRedraw();
}

// Node sizes and labels follow the zoom once per frame, however many events came.
function queueRedraw() {
  if (!state.redrawQueued) {
    state.redrawQueued = true;
    requestAnimationFrame(() => {
      state.redrawQueued = false;
      sizeNodes();
      placeLabels();
    });
  }
}

function fitView() {
  if (!state.nodes.length) return;
  const xs = state.nodes.map(n => n.x), ys = state.nodes.map(n => n.y);
  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
  const { w, h } = stageSize();
  const pad = 24, labelRoom = 90;  // px around the graph, and to the right for labels
  const legend = $("legend").open && w > 700 ? $("legend").getBoundingClientRect().width + 12 : 0;
  const k = Math.max(ZOOM_MIN, Math.min((w - 2 * pad - labelRoom - legend) / Math.max(maxX - minX, 1),
                                        (h - 2 * pad) / Math.max(maxY - minY, 1)));
  const x = legend + (w - legend - labelRoom - (maxX - minX) * k) / 2 - minX * k;
  const y = (h - (maxY - minY) * k) / 2 - minY * k;
  state.view = { k, x, y };
  applyView();
}

function zoomAt(factor, px, py) {
  const v = state.view;
  const k = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, v.k * factor));
  const f = k / v.k;
  state.view = { k, x: px - (px - v.x) * f, y: py - (py - v.y) * f };
  state.touched = true;
  applyView();
}

function zoomCentre(factor) {
  const { w, h } = stageSize();
  zoomAt(factor, w / 2, h / 2);
}

function panBy(dx, dy) {
  state.view.x += dx;
  state.view.y += dy;
  state.touched = true;
  applyView();
}

// The part of the stage the panel leaves visible (on phones the panel is a bottom sheet).
function visibleSize() {
  const { w, h } = stageSize();
  const panel = $("panel");
  if (panel.hidden || getComputedStyle(panel).position !== "fixed") return { w, h };
  const covered = panel.getBoundingClientRect().top - $("graph").getBoundingClientRect().top;
  return { w, h: Math.max(80, Math.min(h, covered)) };
}

function centreOn(node) {
  const { w, h } = visibleSize();
  const { k, x, y } = state.view;
  const sx = node.x * k + x, sy = node.y * k + y;
  if (sx > 40 && sx < w - 40 && sy > 40 && sy < h - 40) return;
  panBy(w / 2 - sx, h / 2 - sy);
}

function localPoint(ev) {
  const box = $("graph").getBoundingClientRect();
  return { x: ev.clientX - box.left, y: ev.clientY - box.top };
}

// Drag to pan with one pointer, pinch to zoom with two; a drag does not count as a click.
function setUpGestures(svg) {
  const pointers = new Map();
  let start = null, moved = false;
  svg.addEventListener("pointerdown", ev => {
    pointers.set(ev.pointerId, localPoint(ev));
    if (pointers.size === 1) { start = localPoint(ev); moved = false; }
  });
  svg.addEventListener("pointermove", ev => {
    const prev = pointers.get(ev.pointerId);
    if (!prev) return;
    const cur = localPoint(ev);
    if (!moved && Math.hypot(cur.x - start.x, cur.y - start.y) < DRAG_SLOP && pointers.size === 1) return;
    if (!moved) { moved = true; svg.setPointerCapture(ev.pointerId); svg.classList.add("dragging"); }
    pointers.set(ev.pointerId, cur);
    if (pointers.size === 1) return panBy(cur.x - prev.x, cur.y - prev.y);
    const other = [...pointers.entries()].find(([id]) => id !== ev.pointerId)[1];
    const before = Math.hypot(prev.x - other.x, prev.y - other.y) || 1;
    zoomAt(Math.hypot(cur.x - other.x, cur.y - other.y) / before, (cur.x + other.x) / 2, (cur.y + other.y) / 2);
    panBy((cur.x - prev.x) / 2, (cur.y - prev.y) / 2);
  });
  const end = ev => {
    pointers.delete(ev.pointerId);
    if (!pointers.size) svg.classList.remove("dragging");
  };
  svg.addEventListener("pointerup", end);
  svg.addEventListener("pointercancel", end);
  svg.addEventListener("click", ev => { if (!moved) onGraphClick(ev); moved = false; });
  svg.addEventListener("wheel", ev => {
    ev.preventDefault();
    const p = localPoint(ev);
    zoomAt(Math.exp(-ev.deltaY * (ev.deltaMode === 1 ? 0.05 : 0.002)), p.x, p.y);
  }, { passive: false });
}

function onGraphClick(ev) {
  const node = ev.target.closest(".node"), edge = ev.target.closest(".edge");
  if (node) navigate(entityHash(state.nodes[Number(node.dataset.i)].name));
  else if (edge) navigate(edgeHash(state.edges[Number(edge.dataset.i)]));
}

// ---------- filters and legend ----------

function filterBox(label, color, count, kind, onChange) {
  const box = el("input", { type: "checkbox" });
  box.checked = true;
  box.addEventListener("change", () => onChange(box.checked));
  const row = el("label", { class: "filter" });
  row.append(box, swatch(color, kind), el("span", {}, label), el("span", { class: "count" }, `${count}`));
  return row;
}

function countBy(items, key) {
  const counts = new Map();
  for (const item of items) counts.set(item[key], (counts.get(item[key]) || 0) + 1);
  return [...counts.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}

function buildLegend() {
  for (const [type, count] of countBy(state.nodes, "type")) {
    $("type-filters").append(filterBox(type, state.typeColors.get(type), count, "dot", on => toggleFilter(state.hiddenTypes, type, on)));
  }
  for (const [relation, count] of countBy(state.edges, "relation")) {
    $("relation-filters").append(filterBox(relation, state.relationColors.get(relation), count, "bar",
                                           on => toggleFilter(state.hiddenRelations, relation, on)));
  }
  $("legend").open = window.matchMedia("(min-width: 760px)").matches;
}

function toggleFilter(hidden, value, shown) {
  if (shown) hidden.delete(value); else hidden.add(value);
  for (const n of state.nodes) {
    const off = state.hiddenTypes.has(n.type);
    n.el.classList.toggle("off", off);
    n.label.classList.toggle("off", off);
  }
  for (const e of state.edges) {
    e.el.classList.toggle("off", state.hiddenRelations.has(e.relation) || e.source.el.classList.contains("off") ||
                                 e.target.el.classList.contains("off"));
  }
  if (state.selection && state.selection.kind === "entity") highlightNeighbourhood(state.selection.name);
  queueRedraw();
}

// ---------- highlighting ----------

const edgeKey = (source, relation, target) => `${source}\u0000${relation}\u0000${target}`;

function highlight(names, edgeKeys, selected) {
  $("graph").classList.toggle("focus", names.size > 0);
  for (const n of state.nodes) {
    const on = names.has(n.name);
    n.el.classList.toggle("hl", on);
    n.label.classList.toggle("hl", on);
    n.el.classList.toggle("sel", n.name === selected);
  }
  for (const e of state.edges) e.el.classList.toggle("hl", edgeKeys.has(edgeKey(e.source.name, e.relation, e.target.name)));
  queueRedraw();
}

// The ticked relations and types as /api/neighbours filters; null when nothing is ticked.
function filterParams() {
  const params = {};
  const relations = [...state.relationColors.keys()].filter(r => !state.hiddenRelations.has(r));
  const types = [...state.typeColors.keys()].filter(t => !state.hiddenTypes.has(t));
  if (!relations.length || !types.length) return null;
  if (state.hiddenRelations.size) params.relation = relations;
  if (state.hiddenTypes.size) params.type = types;
  return params;
}

// Each neighbour arrives with the node one hop closer ("via") and the edge's direction seen from it.
function neighbourEdgeKeys(n) {
  if (n.direction === "out") return [edgeKey(n.via.name, n.relation, n.name)];
  if (n.direction === "in") return [edgeKey(n.name, n.relation, n.via.name)];
  return [edgeKey(n.via.name, n.relation, n.name), edgeKey(n.name, n.relation, n.via.name)];
}

async function highlightNeighbourhood(name) {
  const seq = state.panelSeq;
  const filters = filterParams();
  let hood = { entity: { name }, neighbours: [] };
  try {
    if (filters) hood = await api("/api/neighbours", { name, depth: state.depth, ...filters });
  } catch (err) {
    // the panel already says what is wrong with the name; highlight the node alone
  }
  if (seq !== state.panelSeq) return;
  const names = new Set([hood.entity.name, ...hood.neighbours.map(n => n.name)]);
  highlight(names, new Set(hood.neighbours.flatMap(neighbourEdgeKeys)), hood.entity.name);
}

// ---------- the side panel ----------

function openPanel(...children) {
  $("panel-body").replaceChildren(...children);
  $("panel").hidden = false;
  $("panel").scrollTop = 0;
}

function closePanel() {
  $("panel").hidden = true;
  state.selection = null;
  state.panelSeq++;
  highlight(new Set(), new Set(), null);
  if (location.hash) history.pushState(null, "", location.pathname + location.search);
}

function entityButton(name, type) {
  const b = el("button", { type: "button", class: "entity-link" });
  if (type) b.append(swatch(state.typeColors.get(type) || "#999"));
  b.append(document.createTextNode(name));
  b.addEventListener("click", () => navigate(entityHash(name)));
  return b;
}

// The sentence with the two entity mentions marked; offsets are UTF-8 bytes into the document.
function markedSentence(ev) {
  const q = el("q", { class: "sentence" });
  const bytes = new TextEncoder().encode(ev.sentence || "");
  const base = ev.sentence_begin;
  const spans = [[ev.source_begin, ev.source_end], [ev.target_begin, ev.target_end]]
    .map(([b, e]) => [b - base, e - base]).filter(([b, e]) => b >= 0 && e <= bytes.length && b < e)
    .sort((a, b) => a[0] - b[0]);
  const valid = Number.isFinite(base) && spans.length === 2 && spans[0][1] <= spans[1][0];
  if (!valid) { q.textContent = ev.sentence || ""; return q; }
  const decode = (b, e) => new TextDecoder().decode(bytes.subarray(b, e));
  let at = 0;
  for (const [b, e] of spans) {
    q.append(document.createTextNode(decode(at, b)), el("mark", {}, decode(b, e)));
    at = e;
  }
  q.append(document.createTextNode(decode(at, bytes.length)));
  return q;
}

// One item per sentence: several rules that found the same sentence share it.
function evidenceList(evidence) {
  const bySentence = new Map();
  for (const ev of evidence) {
    const key = `${ev.document}\u0000${ev.sentence_begin}\u0000${ev.sentence}`;
    if (!bySentence.has(key)) bySentence.set(key, { ev, rules: [] });
    const conf = typeof ev.confidence === "number" ? ` ${ev.confidence.toFixed(2)}` : "";
    if (ev.rule) bySentence.get(key).rules.push(`${ev.rule}${conf}`);
  }
  const ul = el("ul", { class: "evidence" });
  for (const { ev, rules } of bySentence.values()) {
    const source = el("div", { class: "source" });
    source.append(el("span", { class: "document" }, ev.document || ""));
    if (rules.length) source.append(el("span", { class: "rule" }, ` · ${rules.join(", ")}`));
    const li = el("li");
    li.append(markedSentence(ev), source);
    ul.append(li);
  }
  return ul;
}

function relationHeading(relation, direction) {
  if (direction === "both") return `${relation} ↔`;
  return direction === "out" ? `${relation} →` : `← ${relation}`;
}

function relationGroups(relations) {
  const groups = new Map();
  for (const r of relations) {
    const title = relationHeading(r.relation, r.direction);
    if (!groups.has(title)) groups.set(title, { relation: r.relation, items: [] });
    groups.get(title).items.push(r);
  }
  const section = el("section", { class: "relations" });
  section.append(el("h3", {}, "Neighbours"));
  if (!relations.length) section.append(el("p", { class: "muted" }, "No relations."));
  for (const [title, group] of groups) {
    const h = el("h4");
    h.append(swatch(state.relationColors.get(group.relation) || "#999", "bar"), document.createTextNode(title));
    const ul = el("ul", { class: "neighbours" });
    for (const r of group.items) {
      const li = el("li");
      li.append(entityButton(r.neighbour.name, r.neighbour.type), evidenceList(r.evidence));
      ul.append(li);
    }
    section.append(h, ul);
  }
  return section;
}

function depthControl() {
  const label = el("label", { class: "depth" }, "Highlight depth ");
  const select = el("select", { id: "depth" });
  for (const d of [1, 2, 3]) select.append(el("option", { value: d }, `${d}`));
  select.value = String(state.depth);
  select.addEventListener("change", () => {
    state.depth = Number(select.value);
    if (state.selection && state.selection.kind === "entity") highlightNeighbourhood(state.selection.name);
  });
  label.append(select);
  return label;
}

function listSection(title, items) {
  const section = el("section");
  section.append(el("h3", {}, title));
  const ul = el("ul", { class: "plain" });
  for (const item of items) ul.append(el("li", {}, item));
  section.append(ul);
  return section;
}

function renderEntity(e) {
  const head = el("div", { class: "meta" });
  head.append(swatch(state.typeColors.get(e.type) || "#999"), el("span", { class: "type" }, e.type),
              el("span", { class: "muted" }, ` · ${e.mentions} mention${e.mentions === 1 ? "" : "s"}`));
  const parts = [el("h2", { id: "panel-name" }, e.name), head, depthControl()];
  if (e.aliases.length) parts.push(listSection("Also written", e.aliases));
  parts.push(relationGroups(e.relations), listSection("Documents", e.documents));
  openPanel(...parts);
}

function renderNotFound(name, err) {
  const parts = [el("h2", { id: "panel-name" }, name), el("p", { class: "error" }, err.message)];
  const suggestions = (err.body && err.body.suggestions) || [];
  if (suggestions.length) {
    const ul = el("ul", { class: "plain" });
    for (const s of suggestions) { const li = el("li"); li.append(entityButton(s)); ul.append(li); }
    parts.push(el("p", {}, "Did you mean:"), ul);
  }
  openPanel(...parts);
}

async function showEntity(name) {
  const seq = ++state.panelSeq;
  state.selection = { kind: "entity", name };
  openPanel(el("h2", { id: "panel-name" }, name), el("p", { class: "muted" }, "loading…"));
  try {
    const entity = await api("/api/entity", { name });
    if (seq !== state.panelSeq) return;
    state.selection.name = entity.name;
    renderEntity(entity);
    const node = state.byName.get(entity.name);
    if (node) centreOn(node);
    highlightNeighbourhood(entity.name);
  } catch (err) {
    if (seq !== state.panelSeq) return;
    renderNotFound(name, err);
    highlight(new Set(), new Set(), null);
  }
}

function showEdge(e) {
  state.panelSeq++;
  state.selection = { kind: "edge", edge: e };
  const title = el("h2", { id: "panel-name", class: "edge-title" });
  title.append(entityButton(e.source.name, e.source.type),
               el("span", { class: "relation" }, e.symmetric ? ` ${e.relation} ` : ` ${e.relation} → `),
               entityButton(e.target.name, e.target.type));
  const count = el("p", { class: "muted" }, `stated ${e.evidence.length} time${e.evidence.length === 1 ? "" : "s"}`);
  openPanel(title, count, evidenceList(e.evidence));
  highlight(new Set([e.source.name, e.target.name]), new Set([edgeKey(e.source.name, e.relation, e.target.name)]), null);
}

// ---------- the URL keeps the selection ----------

const entityHash = name => `#/entity/${encodeURIComponent(name)}`;
const edgeHash = e => `#/edge/${encodeURIComponent(e.source.name)}/${encodeURIComponent(e.relation)}/${encodeURIComponent(e.target.name)}`;

function navigate(hash) {
  if (location.hash === hash) route(); else location.hash = hash;
}

function decodePart(text) {
  try { return decodeURIComponent(text); } catch (err) { return null; }
}

function route() {
  const parts = location.hash.replace(/^#\/?/, "").split("/").map(decodePart);
  if (parts[0] === "entity" && parts.length === 2 && parts[1]) return showEntity(parts[1]);
  if (parts[0] === "edge" && parts.length === 4) {
    const e = state.edges.find(x => x.source.name === parts[1] && x.relation === parts[2] && x.target.name === parts[3]);
    if (e) return showEdge(e);
  }
  if (!$("panel").hidden) closePanel();
}

// ---------- search with suggestions ----------

const search = { seq: 0, active: -1, timer: 0 };

const suggestionItems = () => [...$("suggestions").children].filter(li => li.dataset.name);

function hideSuggestions() {
  $("suggestions").hidden = true;
  $("search").setAttribute("aria-expanded", "false");
  search.active = -1;
}

function markSuggestion(i) {
  const items = suggestionItems();
  search.active = i;
  items.forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
  if (i >= 0) $("search").setAttribute("aria-activedescendant", items[i].id);
  else $("search").removeAttribute("aria-activedescendant");
}

function chooseSuggestion(name) {
  hideSuggestions();
  $("search").value = name;
  $("search").blur();
  navigate(entityHash(name));
}

function suggestionItem(result, i) {
  const li = el("li", { role: "option", id: `suggestion-${i}`, "aria-selected": "false" });
  li.dataset.name = result.name;
  li.append(swatch(state.typeColors.get(result.type) || "#999"), el("span", { class: "name" }, result.name),
            el("span", { class: "type" }, result.type));
  li.addEventListener("pointerdown", ev => ev.preventDefault());  // keep the focus in the box
  li.addEventListener("click", () => chooseSuggestion(result.name));
  return li;
}

function showSuggestions(results) {
  const list = $("suggestions");
  list.replaceChildren(...results.map(suggestionItem));
  if (!results.length) list.append(el("li", { class: "empty" }, "no match"));
  list.hidden = false;
  $("search").setAttribute("aria-expanded", "true");
  markSuggestion(-1);
}

async function lookUpSuggestions() {
  const q = $("search").value.trim(), mine = ++search.seq;
  if (!q) return hideSuggestions();
  try {
    const answer = await api("/api/search", { q, limit: 8 });
    if (mine === search.seq) showSuggestions(answer.results);
  } catch (err) {
    if (mine === search.seq) hideSuggestions();
  }
}

function onSearchKey(ev) {
  const items = suggestionItems(), n = items.length;
  if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
    ev.preventDefault();
    const step = ev.key === "ArrowDown" ? 1 : -1;
    if (n) markSuggestion(search.active < 0 && step < 0 ? n - 1 : (search.active + step + n) % n);
  } else if (ev.key === "Enter") {
    ev.preventDefault();
    const pick = items[Math.max(search.active, 0)];
    const typed = $("search").value.trim();
    if (pick) chooseSuggestion(pick.dataset.name); else if (typed) chooseSuggestion(typed);
  } else if (ev.key === "Escape") {
    hideSuggestions();
  }
}

function setUpSearch() {
  const input = $("search");
  input.addEventListener("input", () => { clearTimeout(search.timer); search.timer = setTimeout(lookUpSuggestions, 120); });
  input.addEventListener("keydown", onSearchKey);
  input.addEventListener("blur", () => setTimeout(hideSuggestions, 150));
}

// ---------- start ----------

async function main() {
  setUpSearch();
  setUpGestures($("graph"));
  $("zoom-in").addEventListener("click", () => zoomCentre(1.4));
  $("zoom-out").addEventListener("click", () => zoomCentre(1 / 1.4));
  $("zoom-fit").addEventListener("click", () => { state.touched = false; fitView(); });
  $("panel-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", ev => { if (ev.key === "Escape" && !$("panel").hidden && ev.target === document.body) closePanel(); });
  window.addEventListener("hashchange", route);
  const [graph, stats] = await Promise.all([api("/api/graph"), api("/api/stats")]);
  $("summary").textContent = `${stats.entities} entities · ${stats.relations} relations · ${stats.documents} documents`;
  loadGraph(graph.elements);
  drawGraph();
  buildLegend();
  fitView();
  new ResizeObserver(() => { if (!state.touched) fitView(); }).observe($("graph"));
  route();
}

main().catch(err => { $("summary").textContent = `error: ${err.message}`; });
