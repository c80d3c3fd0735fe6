#!/usr/bin/env python3
"""Builds data/gazetteer/countries.tsv from The World Factbook as published in
the factbook/factbook.json repository (CC0 1.0: public domain dedication).

Usage: build.py FACTBOOK_JSON_CHECKOUT COMMIT > countries.tsv

Each line: `country<TAB>name<TAB>alias|alias|...` where the aliases are the
long form of the name, the capital(s) and the nationality adjective(s).
Territories without a conventional short name are skipped. The hand-written
list of international organisations and metonyms (organisations.tsv) is
standpoint's own."""

import glob
import html
import json
import re
import sys

root, commit = sys.argv[1], sys.argv[2]


def text(d, *path):
    for p in path:
        if not isinstance(d, dict):
            return None
        d = d.get(p)
    if isinstance(d, dict):
        d = d.get("text")
    if not isinstance(d, str):
        return None
    d = html.unescape(re.sub(r"<[^>]+>", "", d)).strip()
    return None if d.lower() in ("", "none", "na") else d


def clean(name):
    name = re.sub(r"\([^)]*\)", "", name)  # notes in brackets
    name = name.split(";")[0].split(" note")[0]
    return re.sub(r"\s+", " ", name).strip(" ,.")


rows = []
for path in sorted(glob.glob(f"{root}/*/*.json")):
    region = path.split("/")[-2]
    if region in ("meta", "oceans", "world", "antarctica"):
        continue
    d = json.load(open(path, encoding="utf-8"))
    gov = d.get("Government", {})
    short = text(gov, "Country name", "conventional short form")
    long = text(gov, "Country name", "conventional long form")
    name = clean(short or long or "")
    if not name or len(name) > 40:
        continue
    aliases = []
    if "," in name:  # "Gaza, Gaza Strip"
        name, *rest = [p.strip() for p in name.split(",")]
        aliases.extend(rest)
    if long and clean(long) != name:
        aliases.append(clean(long))
    cap = text(gov, "Capital", "name")
    if cap:
        for c in re.split(r";|,| and ", re.sub(r"\([^)]*\)", "", cap)):
            c = clean(c)
            if c and len(c) <= 30 and c[0].isupper() and "administered" not in c:
                aliases.append(c)
    adj = text(d, "People and Society", "Nationality", "adjective")
    if adj:
        for a in re.split(r";|,| or ", adj):
            a = clean(a)
            if a and len(a) <= 30 and a[0].isupper():
                aliases.append(a)
    seen = []
    for a in aliases:
        if re.fullmatch(r"[A-Z]\.?[A-Z]?\.?", a):  # "D.C"
            continue
        if a not in seen and a != name:
            seen.append(a)
    rows.append((name, seen))

print(f"# Countries, capitals and nationality adjectives from The World Factbook,")
print(f"# via https://github.com/factbook/factbook.json (CC0 1.0 public domain")
print(f"# dedication), commit {commit}; made by data/gazetteer/build.py.")
print("# kind<TAB>name<TAB>aliases separated by |")
for name, aliases in sorted(rows):
    print(f"country\t{name}\t{'|'.join(aliases)}")
