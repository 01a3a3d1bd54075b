#!/usr/bin/env python3
"""Writes a small corpus whose entity names and file names break naive escaping.

    hostile_corpus.py DIR   ->  DIR/hostile_rules.json (a --rules file) and DIR/docs/

The names carry quotes, <&>, emoji, RTL text, control characters, U+FFFE, ';', '|', '\\',
tabs and newlines, and one is a 10 kB label. The documents mention each entity by a plain
alias, so the extractor finds them and the graph carries the hostile canonical names.
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


def main():
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    with open(os.path.join(out, "hostile_rules.json"), "w", encoding="utf-8") as f:
        json.dump({"entities": ENTITIES}, f, ensure_ascii=False)
    for name, text in DOCS.items():
        with open(os.path.join(out, "docs", name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
