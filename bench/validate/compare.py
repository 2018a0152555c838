#!/usr/bin/env python3
"""Compare podrun's verdicts (validate -o json) with the corpus's EXPECTED.tsv.

usage: compare.py EXPECTED.tsv PODRUN.json [LABEL]

Documents are matched by file basename + position within the file (podrun
lists a file's documents in order; sorted by line to be safe); when the name
at that position differs, by kind + name instead.  Prints agree/disagree
counts and up to 10 disagreements as markdown.  Always exits 0: disagreements
are a finding of the benchmark, not a failure of it.
"""
import collections
import csv
import json
import os
import sys


# Where gen-corpus.py's verdict is not the API server's, podrun follows the API server
# (docs/validation.md): these disagreements are expected, and counted apart.
def departure(e, d):
    if d is None:
        return None
    errs = d.get("errors") or []
    if e["expect"] == "valid" and errs and all("must be less than or equal to the" in x["message"] and " limit of " in x["message"] for x in errs):
        return "requests above limits (the API server refuses them; the generator does not know)"
    if e["expect"] == "invalid" and e["category"] == "invalid-dns1123-name" and d.get("valid") and 63 < len(e["name"]) <= 253:
        return "pod names of 64-253 characters (a valid DNS-1123 subdomain; the generator calls them invalid)"
    return None


def main():
    expected_path, json_path = sys.argv[1:3]
    label = sys.argv[3] if len(sys.argv) > 3 else "podrun"
    with open(expected_path, newline="") as f:
        expected = list(csv.DictReader(f, delimiter="\t"))
    with open(json_path) as f:
        docs = json.load(f)["documents"]

    by_file = collections.defaultdict(list)
    by_kind_name = collections.defaultdict(list)
    for d in docs:
        by_file[os.path.basename(d.get("file") or "")].append(d)
        by_kind_name[(d.get("kind"), d.get("name"))].append(d)
    for lst in by_file.values():
        lst.sort(key=lambda d: d.get("line") or 0)

    agree, bad, used = 0, [], set()
    departures = collections.Counter()
    for e in expected:
        lst = by_file.get(e["file"], [])
        i = int(e["doc"])
        d = lst[i] if i < len(lst) else None
        if d is None or d.get("name") != e["name"]:
            # Position disagrees (a document skipped or merged?): fall back to
            # kind + name; keep the positional one only if it has no name at all.
            cands = by_kind_name.get((e["kind"], e["name"]), [])
            d = cands[0] if len(cands) == 1 else (d if d is not None and not d.get("name") else None)
        if d is not None:
            used.add(id(d))
        got = "missing" if d is None else ("valid" if d.get("valid") else "invalid")
        if got == e["expect"]:
            agree += 1
        elif departure(e, d) is not None:
            departures[departure(e, d)] += 1
        else:
            errs = (d or {}).get("errors") or []
            first = errs[0] if errs else {}
            why = ("%s: %s" % (first.get("path", ""), first.get("message", ""))) if first else ""
            bad.append((e, got, why))
    extra = sum(1 for d in docs if id(d) not in used)

    print("### %s verdicts vs EXPECTED.tsv\n" % label)
    print("%d documents expected, %d in podrun's output: **%d agree, %d differ where the generator departs from the API server, %d disagree**%s\n"
          % (len(expected), len(docs), agree, sum(departures.values()), len(bad),
             ", %d podrun documents not matched to any expected one" % extra if extra else ""))
    for why, n in sorted(departures.items()):
        print("- %d: %s" % (n, why))
    if departures:
        print()
    if bad:
        cats = collections.Counter("%s→%s (%s)" % (e["expect"], got, e["category"]) for e, got, _ in bad)
        print("by kind of disagreement: " + ", ".join("%s: %d" % kv for kv in sorted(cats.items())) + "\n")
        print("| file | doc | kind | name | expected | podrun | category | first error |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        for e, got, why in bad[:10]:
            print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
                e["file"], e["doc"], e["kind"], e["name"], e["expect"], got, e["category"],
                why.replace("|", "\\|")))
        if len(bad) > 10:
            print("\n(%d more not shown)" % (len(bad) - 10))
    print()


if __name__ == "__main__":
    main()
