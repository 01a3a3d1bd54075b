#!/usr/bin/env python3
"""Checks every evidence of a Cytoscape JSON export against the documents it cites.

    check_evidence.py GRAPH.json SEEDS_DIR

The sentence must be exactly the bytes [sentence_begin, sentence_end) of the document's
NFC text, and both mention spans must be non-empty and lie inside the document.
"""
import json
import os
import sys
import unicodedata


def main():
    graph, folder = sys.argv[1], sys.argv[2]
    with open(graph, encoding="utf-8") as f:
        edges = json.load(f)["elements"]["edges"]
    texts, checked, bad = {}, 0, 0
    for edge in edges:
        for ev in edge["data"]["evidence"]:
            name = ev["document"]
            if name not in texts:
                with open(os.path.join(folder, os.path.basename(name)), encoding="utf-8") as f:
                    texts[name] = unicodedata.normalize("NFC", f.read()).encode()
            text = texts[name]
            checked += 1
            if text[ev["sentence_begin"]:ev["sentence_end"]].decode() != ev["sentence"]:
                bad += 1
                print(f"FAIL: {name}: sentence at {ev['sentence_begin']} differs: {ev['sentence'][:60]!r}")
            for begin, end in (("source_begin", "source_end"), ("target_begin", "target_end")):
                if not ev[begin] < ev[end] <= len(text):
                    bad += 1
                    print(f"FAIL: {name}: bad span {begin}={ev[begin]} {end}={ev[end]}")
    print(f"{checked} evidences checked, {bad} bad")
    return 1 if bad or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
