#!/usr/bin/env python3
"""Writes a small corpus whose entity names and file names break naive escaping.

    hostile_corpus.py DIR   ->  DIR/hostile_rules.json (a --rules file), DIR/docs/ and
                                DIR/hostile.jsonl (a `kgraph merge` part)

The names carry quotes, <&>, emoji, RTL text, control characters, U+FFFE, ';', '|', '\\',
tabs and newlines, and one is a 10 kB label. The documents mention each entity by a plain
alias (names are taken as written, so the built graph carries the aliases); the JSONL part
states the same mentions and relations with the hostile names as written surfaces, so the
merged graph carries the hostile names themselves.
"""
import json
import os
import sys

NAMES = {
    "acme": "Acme \"Q\" <&> 'x' \U0001F600 ;|\\ &amp;",
    "shalom": "\u05e9\u05dc\u05d5\u05dd AI\u200f \u0645\u0631\u062d\u0628\u0627\u2028",
    "ctl": "Ctl\u0007Bell\tTab\nNew\rCR\\Back\u0001\ufffe",
    "long": "Zyx " + "\u00e4\u05d0\U0001F600" * 1100,  # about 10 kB of UTF-8
}

ENTITIES = [
    {"name": NAMES["acme"], "type": "company", "aliases": ["Acmeco"]},
    {"name": NAMES["shalom"], "type": "company", "aliases": ["Shalomco"]},
    {"name": NAMES["ctl"], "type": "model", "aliases": ["Ctlmodel"]},
    {"name": NAMES["long"], "type": "person", "aliases": ["Longperson"]},
]

DOCS = {
    "Bericht \"Q\" <&> ;|\U0001F600 \u05e9.txt":
        "Das Modell Ctlmodel wurde von Acmeco entwickelt.\n\n"
        "Acmeco-Chef Longperson sagt \"<&>\" \U0001F600 ;|.\n\n"
        "Acmeco konkurriert mit Shalomco.\n",
    "zwei\nzeilen\tund|mehr;.txt":
        "Acmeco wird von Shalomco finanziert.\n",
}


def mention(key, type_):
    """A mention of entity `key`, written with its hostile name."""
    return {"surface": NAMES[key], "key": key, "surface_key": key, "canonical": NAMES[key],
            "type": type_, "strength": "gazetteer", "begin": 0, "end": 1}


def relation(source, relation_type, target, document, sentence):
    return {"source": source, "target": target, "relation": relation_type,
            "evidence": {"document": document, "sentence": sentence, "rule": "hostile.<&>",
                         "sentence_begin": 0, "sentence_end": len(sentence.encode()),
                         "source_begin": 0, "source_end": 1, "target_begin": 0, "target_end": 1,
                         "confidence": 0.5}}


def jsonl_part():
    """Both documents as `kgraph extract` would write them, with hostile surfaces."""
    first, second = DOCS.keys()
    mentions = [mention("ctl", "model"), mention("acme", "company"), mention("long", "person"),
                mention("shalom", "company")]
    docs = [
        {"document": first, "sentences": 3, "mentions": mentions, "relations": [
            relation(0, "developed-by", 1, first, DOCS[first].split("\n")[0]),
            relation(2, "works-for", 1, first, DOCS[first].split("\n")[2]),
            relation(1, "competes-with", 3, first, DOCS[first].split("\n")[4])]},
        {"document": second, "sentences": 1, "mentions": [mention("acme", "company"), mention("shalom", "company")],
         "relations": [relation(0, "funded-by", 1, second, DOCS[second].strip())]},
    ]
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main():
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    with open(os.path.join(out, "hostile_rules.json"), "w", encoding="utf-8") as f:
        json.dump({"entities": ENTITIES}, f, ensure_ascii=False)
    with open(os.path.join(out, "hostile.jsonl"), "w", encoding="utf-8") as f:
        f.write(jsonl_part())
    for name, text in DOCS.items():
        with open(os.path.join(out, "docs", name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
