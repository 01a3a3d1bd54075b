#!/usr/bin/env python3
"""Checks kgraph's exports of one graph with the tools that read them.

    check_exports.py --json G.json [--graphml G.graphml] [--gexf G.gexf] [--csv DIR]
                     [--dot G.dot] [--names RULES.json] [--same-as BACK.json]
                     [--filtered-from FULL.json [--types T,..] [--relations R,..]
                      [--min-weight N]]

The Cytoscape.js JSON (checked for its shape) is the reference: every other format must
carry every node, edge and attribute of it, as read by networkx and igraph (GraphML),
networkx (GEXF 1.3), Python's csv module (Neo4j CSV) and Graphviz itself (DOT, through
`dot -Tsvg` and `dot -Tjson`). XML and DOT cannot carry most C0 controls, U+FFFE or U+FFFF:
there the reference is compared with those replaced by U+FFFD, and nothing else may differ.
--names: every entity name of a --rules file must be a node label, exactly (so the JSON
itself is checked against the input). --same-as: BACK.json, exported from the GraphML after
kgraph read it back (Boost read_graphml), must hold the same graph. --filtered-from: the
reference must be FULL.json filtered by --types/--relations/--min-weight.
Exit 0 when every check passes, 1 (with one FAIL line per problem) otherwise.
Needs networkx and python-igraph (Debian: /usr/bin/python3) and Graphviz's dot.
"""
import argparse
import csv
import json
import math
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import igraph
import networkx as nx
from networkx.readwrite.gexf import GEXF

FAILURES = []
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
GEXF_NS = "http://gexf.net/1.3"
SVG_NS = "{http://www.w3.org/2000/svg}"
ENTITIES_HEADER = ["id:ID", "name", ":LABEL", "aliases:string[]", "mentions:int", "documents:string[]"]
RELATIONS_HEADER = [":START_ID", ":END_ID", ":TYPE", "weight:int", "evidence", "documents:string[]"]


def expect(ok, message):
    if not ok:
        FAILURES.append(message)
    return ok


def same(where, got, want):
    """Records a failure unless got == want (floats within the 3 decimals exports write)."""
    if isinstance(want, float) or isinstance(got, float):
        ok = isinstance(got, (int, float)) and math.isclose(got, want, abs_tol=6e-4)
    else:
        ok = got == want
    return expect(ok, f"{where}: got {short(got)}, want {short(want)}")


def short(value):
    text = repr(value)
    return text if len(text) <= 300 else text[:300] + f"... ({len(text)} chars)"


def xml_clean(text):
    """What XML 1.0 (and SVG from DOT) can carry of `text`."""
    return NOT_XML.sub("\ufffd", text)


def identity(text):
    return text


def split_list(text):
    """Inverse of kgraph's JoinList: '|' separates, '\\' escapes the next character."""
    if text == "":
        return []
    items, current, i = [], "", 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            current += text[i + 1]
            i += 2
            continue
        if text[i] == "|":
            items.append(current)
            current = ""
        else:
            current += text[i]
        i += 1
    return items + [current]


# --- the reference: Cytoscape.js JSON --------------------------------------------------

EVIDENCE_KEYS = {"document", "sentence", "sentence_begin", "sentence_end", "source_begin", "source_end",
                 "target_begin", "target_end", "rule", "confidence"}


def load_reference(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    elements = doc.get("elements") if isinstance(doc, dict) else None
    if not expect(isinstance(elements, dict) and isinstance(elements.get("nodes"), list)
                  and isinstance(elements.get("edges"), list), f"{path}: not {{\"elements\": {{nodes, edges}}}}"):
        return [], []
    nodes = [reference_node(path, item) for item in elements["nodes"]]
    ids = {n["id"] for n in nodes}
    edges = [reference_edge(path, item, ids) for item in elements["edges"]]
    return nodes, edges


def reference_node(path, item):
    data, pos = item.get("data", {}), item.get("position", {})
    where = f"{path}: node {data.get('id')}"
    expect(isinstance(data.get("id"), str) and isinstance(data.get("label"), str), f"{where}: id/label")
    expect(isinstance(data.get("aliases"), list) and isinstance(data.get("documents"), list), f"{where}: lists")
    expect(isinstance(data.get("mentions"), int), f"{where}: mentions")
    expect(re.fullmatch("#[0-9a-f]{6}", str(data.get("color"))) is not None, f"{where}: color")
    expect(isinstance(pos.get("x"), (int, float)) and isinstance(pos.get("y"), (int, float)), f"{where}: position")
    color = str(data.get("color", "#000000"))
    rgb = [int(color[i:i + 2], 16) for i in (1, 3, 5)] if len(color) == 7 else [0, 0, 0]
    return {"id": data.get("id"), "label": data.get("label", ""), "type": data.get("type"),
            "aliases": data.get("aliases", []), "mentions": data.get("mentions"),
            "documents": data.get("documents", []), "r": rgb[0], "g": rgb[1], "b": rgb[2],
            "size": float(data.get("size", 0)), "x": float(pos.get("x", 0)), "y": float(pos.get("y", 0))}


def reference_edge(path, item, ids):
    data = item.get("data", {})
    where = f"{path}: edge {data.get('id')}"
    expect(data.get("source") in ids and data.get("target") in ids, f"{where}: endpoints are not nodes")
    evidence = data.get("evidence")
    expect(isinstance(evidence, list) and all(isinstance(e, dict) and set(e) == EVIDENCE_KEYS for e in evidence),
           f"{where}: evidence is not a list of evidence objects")
    evidence = evidence if isinstance(evidence, list) else []
    expect(data.get("weight") == len(evidence), f"{where}: weight is not the evidence count")
    expect(data.get("label") == data.get("relation"), f"{where}: label is not the relation")
    return {"id": data.get("id"), "source": data.get("source"), "target": data.get("target"),
            "relation": data.get("relation"), "weight": data.get("weight"), "documents": data.get("documents", []),
            "evidence": evidence[0]["sentence"] if evidence else "", "evidence_list": evidence}


# --- attribute-carrying formats: GraphML and GEXF --------------------------------------

def check_node_attributes(where, attrs, node):
    """The attributes every GraphML/GEXF node has, as read by a tool."""
    for key in ("label", "type"):
        same(f"{where} {key}", attrs.get(key), xml_clean(node[key]))
    for key in ("aliases", "documents"):
        same(f"{where} {key}", split_list(str(attrs.get(key, ""))), [xml_clean(v) for v in node[key]])
    for key in ("mentions", "r", "g", "b"):
        got = attrs.get(key)
        same(f"{where} {key}", int(got) if isinstance(got, (int, float)) else got, node[key])
    for key in ("size", "x", "y"):
        same(f"{where} {key}", attrs.get(key), node[key])
    expect(attrs.get("keys") not in (None, ""), f"{where}: no keys")


def check_edge_attributes(where, attrs, edge):
    for key in ("relation", "label"):
        same(f"{where} {key}", attrs.get(key), edge["relation"])
    got = attrs.get("weight")
    same(f"{where} weight", int(got) if isinstance(got, (int, float)) else got, edge["weight"])
    same(f"{where} evidence", attrs.get("evidence"), xml_clean(edge["evidence"]))
    same(f"{where} documents", split_list(str(attrs.get("documents", ""))), [xml_clean(d) for d in edge["documents"]])
    try:
        evidence = json.loads(attrs.get("evidence_json", ""))
    except ValueError as e:
        expect(False, f"{where}: evidence_json: {e}")
        return
    want = [{k: xml_clean(v) if isinstance(v, str) else v for k, v in e.items()} for e in edge["evidence_list"]]
    same(f"{where} evidence_json", evidence, want)


def edges_by_id(graph):
    """id -> (source, target, data) of a networkx graph, multigraph or not."""
    if graph.is_multigraph():
        return {d.get("id", k): (u, v, d) for u, v, k, d in graph.edges(keys=True, data=True)}
    return {d.get("id"): (u, v, d) for u, v, d in graph.edges(data=True)}


def check_networkx_graph(fmt, graph, nodes, edges):
    expect(graph.is_directed(), f"{fmt}: not directed")
    same(f"{fmt}: node ids", sorted(graph.nodes), sorted(n["id"] for n in nodes))
    for node in nodes:
        if node["id"] in graph.nodes:
            check_node_attributes(f"{fmt} node {node['id']}", graph.nodes[node["id"]], node)
    found = edges_by_id(graph)
    same(f"{fmt}: edge ids", sorted(found), sorted(e["id"] for e in edges))
    for edge in edges:
        if edge["id"] in found:
            source, target, data = found[edge["id"]]
            same(f"{fmt} edge {edge['id']} ends", (source, target), (edge["source"], edge["target"]))
            check_edge_attributes(f"{fmt} edge {edge['id']}", data, edge)
    return found


def check_graphml(path, nodes, edges):
    check_networkx_graph("GraphML/networkx", nx.read_graphml(path), nodes, edges)
    graph = igraph.Graph.Read_GraphML(path)
    expect(graph.is_directed(), "GraphML/igraph: not directed")
    same("GraphML/igraph: node ids", graph.vs["id"] if len(graph.vs) else [], [n["id"] for n in nodes])
    for vertex, node in zip(graph.vs, nodes):
        check_node_attributes(f"GraphML/igraph node {node['id']}", vertex.attributes(), node)
    same("GraphML/igraph: edge count", len(graph.es), len(edges))
    for e, edge in zip(graph.es, edges):
        ends = (graph.vs[e.source]["id"], graph.vs[e.target]["id"])
        same(f"GraphML/igraph edge {edge['id']} ends", ends, (edge["source"], edge["target"]))
        check_edge_attributes(f"GraphML/igraph edge {edge['id']}", e.attributes(), edge)


def read_gexf_13(path):
    """networkx's own GEXF reader, taught the GEXF 1.3 namespaces (it knows 1.1 and 1.2)."""
    GEXF.versions["1.3"] = {"NS_GEXF": GEXF_NS, "NS_VIZ": GEXF_NS + "/viz",
                            "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
                            "SCHEMALOCATION": GEXF_NS + " " + GEXF_NS + "/gexf.xsd", "VERSION": "1.3"}
    return nx.read_gexf(path, version="1.3")


def check_gexf(path, nodes, edges):
    graph = read_gexf_13(path)
    found = check_networkx_graph("GEXF/networkx", graph, nodes, edges)
    for node in nodes:
        viz = graph.nodes[node["id"]].get("viz", {}) if node["id"] in graph.nodes else {}
        where = f"GEXF node {node['id']} viz"
        same(f"{where} color", [viz.get("color", {}).get(c) for c in "rgb"], [node[c] for c in "rgb"])
        same(f"{where} x", viz.get("position", {}).get("x"), node["x"])
        same(f"{where} y", viz.get("position", {}).get("y"), node["y"])
        same(f"{where} size", viz.get("size"), node["size"])
    root = ET.parse(path).getroot()
    same("GEXF root", (root.tag, root.get("version")), (f"{{{GEXF_NS}}}gexf", "1.3"))
    kinds = {e.get("id"): e.get("kind") for e in root.iter(f"{{{GEXF_NS}}}edge")}
    for edge in edges:
        same(f"GEXF edge {edge['id']} kind", kinds.get(edge["id"]), edge["relation"])
    return found


# --- Neo4j CSV -------------------------------------------------------------------------

def neo4j_array(items):
    return ";".join(item.replace(";", "\uff1b") for item in items)


def read_csv(path, header):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    same(f"{path}: header", rows[0] if rows else None, header)
    return rows[1:]


def check_csv(folder, nodes, edges):
    rows = read_csv(os.path.join(folder, "entities.csv"), ENTITIES_HEADER)
    same("entities.csv: rows", len(rows), len(nodes))
    for row, n in zip(rows, nodes):
        want = [n["id"], n["label"], n["type"].capitalize(), neo4j_array(n["aliases"]), str(n["mentions"]),
                neo4j_array(n["documents"])]
        same(f"entities.csv row {n['id']}", row, want)
    rows = read_csv(os.path.join(folder, "relations.csv"), RELATIONS_HEADER)
    same("relations.csv: rows", len(rows), len(edges))
    for row, e in zip(rows, edges):
        want = [e["source"], e["target"], e["relation"].upper().replace("-", "_"), str(e["weight"]), e["evidence"],
                neo4j_array(e["documents"])]
        same(f"relations.csv row {e['id']}", row, want)


# --- DOT -------------------------------------------------------------------------------

def dot_unescape(text):
    """A label as Graphviz parsed it (`dot -Tjson`) to the text it shows: \\n and \\r are
    line breaks, any other backslash just keeps the next character, &amp; is '&'."""
    text = re.sub(r"\\(.)", lambda m: {"n": "\n", "r": "\r"}.get(m.group(1), m.group(1)), text, flags=re.S)
    return text.replace("&amp;", "&")


def run_dot(path, fmt):
    run = subprocess.run(["dot", "-T" + fmt, path], capture_output=True)
    expect(run.returncode == 0, f"dot -T{fmt} {path}: exit {run.returncode}: {run.stderr[:300]!r}")
    return run.stdout


def check_dot(path, nodes, edges):
    svg = ET.fromstring(run_dot(path, "svg"))
    groups = list(svg.iter(SVG_NS + "g"))
    lines = {g.find(SVG_NS + "title").text: [t.text or "" for t in g.iter(SVG_NS + "text")]
             for g in groups if g.get("class") == "node"}
    same("DOT/svg: nodes", sorted(lines), sorted(n["id"] for n in nodes))
    for n in nodes:
        same(f"DOT/svg node {n['id']} text", lines.get(n["id"]), re.split("[\n\r]", xml_clean(n["label"])))
    same("DOT/svg: edges", sum(1 for g in groups if g.get("class") == "edge"), len(edges))
    parsed = json.loads(run_dot(path, "json").decode("utf-8"), strict=False)
    objects = {o["_gvid"]: o for o in parsed.get("objects", [])}
    labels = {o["name"]: o.get("label") for o in objects.values()}
    for n in nodes:
        same(f"DOT node {n['id']} label", dot_unescape(labels.get(n["id"], "")), xml_clean(n["label"]))
    got = sorted((objects[e["tail"]]["name"], objects[e["head"]]["name"], e.get("label"))
                 for e in parsed.get("edges", []))
    same("DOT edges", got, sorted((e["source"], e["target"], e["relation"]) for e in edges))


# --- cross checks ----------------------------------------------------------------------

def check_names(rules_path, nodes):
    with open(rules_path, encoding="utf-8") as f:
        names = [e["name"] for e in json.load(f).get("entities", [])]
    labels = {n["label"] for n in nodes}
    for name in names:
        expect(name in labels, f"JSON: no node labelled {short(name)} (escaping lost it)")


def check_same_as(back_path, nodes, edges):
    back_nodes, back_edges = load_reference(back_path)
    same("read-back: node count", len(back_nodes), len(nodes))
    for got, want in zip(back_nodes, nodes):
        for key in want:
            value = want[key]
            if key in ("label", "aliases", "documents"):
                value = xml_clean(value) if isinstance(value, str) else [xml_clean(v) for v in value]
            same(f"read-back node {want['id']} {key}", got[key], value)
    same("read-back: edge count", len(back_edges), len(edges))
    for got, want in zip(back_edges, edges):
        for key in ("source", "target", "relation", "weight"):
            same(f"read-back edge {want['id']} {key}", got[key], want[key])
        same(f"read-back edge {want['id']} documents", got["documents"], [xml_clean(d) for d in want["documents"]])
        clean = [{k: xml_clean(v) if isinstance(v, str) else v for k, v in e.items()} for e in want["evidence_list"]]
        same(f"read-back edge {want['id']} evidence", got["evidence_list"], clean)


def check_filtered(full_path, args, nodes, edges):
    full_nodes, full_edges = load_reference(full_path)
    types = set(args.types.split(",")) if args.types else None
    relations = set(args.relations.split(",")) if args.relations else None
    kept = [n for n in full_nodes if types is None or n["type"] in types]
    label = {n["id"]: n["label"] for n in kept}
    kept_edges = [(label[e["source"]], e["relation"], label[e["target"]]) for e in full_edges
                  if e["source"] in label and e["target"] in label
                  and (relations is None or e["relation"] in relations) and e["weight"] >= args.min_weight]
    by_id = {n["id"]: n["label"] for n in nodes}
    same("filter: nodes", [n["label"] for n in nodes], [n["label"] for n in kept])
    same("filter: edges", [(by_id.get(e["source"]), e["relation"], by_id.get(e["target"])) for e in edges], kept_edges)
    expect(nodes and edges, "filter: nothing left to check; pick a filter that keeps some edges")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--json", required=True)
    for flag in ("--graphml", "--gexf", "--csv", "--dot", "--names", "--same-as", "--filtered-from",
                 "--types", "--relations"):
        p.add_argument(flag)
    p.add_argument("--min-weight", type=int, default=0)
    args = p.parse_args()
    nodes, edges = load_reference(args.json)
    expect(nodes, f"{args.json}: no nodes")
    checks = [(args.graphml, check_graphml), (args.gexf, check_gexf), (args.csv, check_csv), (args.dot, check_dot),
              (args.names, lambda path, n, e: check_names(path, n)), (args.same_as, check_same_as),
              (args.filtered_from, lambda path, n, e: check_filtered(path, args, n, e))]
    for path, check in checks:
        if not path:
            continue
        try:
            check(path, nodes, edges)
        except Exception as e:  # a reader rejected the file: that is the finding
            expect(False, f"{path}: {type(e).__name__}: {short(str(e))}")
    for failure in FAILURES:
        print("FAIL: " + failure, file=sys.stderr)
    print(f"{'ok' if not FAILURES else 'failed'}: {len(nodes)} nodes, {len(edges)} edges, {len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
