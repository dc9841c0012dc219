"""Name variants -> gazetteer entry: every row of tests/data/places_variants.tsv must resolve.

    .venv/bin/python bench/places_variants.py [--table]

Each variant is resolved alone in "It happened in VARIANT last week." with the DPRK profile's
gazetteer; a row passes when the one place found has the expected country and province and, where
the row names one, the expected county/city (admin2) or place. Prints the accuracy, the failures,
and with --table the whole table in Markdown.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

from sitreps.extract.places import load_gazetteer, resolve_places

TABLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "places_variants.tsv"


def rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def check(row: dict[str, str]) -> tuple[bool, str]:
    """(passed, what was found) for one variant."""
    gaz = load_gazetteer()
    places = resolve_places(f"It happened in {row['variant']} last week.", gaz)
    if len(places) != 1:
        return False, f"{len(places)} places: {[p.text for p in places]}"
    p = places[0]
    entry = gaz.by_id[p.gazetteer_id or ""]
    found = f"{p.country}/{p.admin1 or '-'}/{p.admin2 or entry.name} ({entry.id})"
    ok = p.country == row["country"] and (p.admin1 or "") == row["admin1"]
    if row["target"]:
        ok = ok and row["target"] in (p.admin2, p.place, entry.name)
    return ok, found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--table", action="store_true", help="print the table in Markdown")
    args = ap.parse_args(argv)
    table = rows()
    kinds: Counter[str] = Counter()
    passed: Counter[str] = Counter()
    lines = ["| variant | kind | expected | resolved to | ok |", "|---|---|---|---|---|"]
    failures = []
    for row in table:
        ok, found = check(row)
        kinds[row["kind"]] += 1
        passed[row["kind"]] += ok
        expected = "/".join(x for x in (row["country"], row["admin1"], row["target"]) if x)
        lines.append(f"| {row['variant']} | {row['kind']} | {expected} | {found} | {'yes' if ok else 'NO'} |")
        if not ok:
            failures.append(f"{row['variant']!r}: expected {expected}, got {found}")
    total = sum(passed.values())
    print(f"variants: {total}/{len(table)} resolve as expected ({100 * total / len(table):.1f} %)")
    for kind in sorted(kinds):
        print(f"  {kind}: {passed[kind]}/{kinds[kind]}")
    for f in failures:
        print("FAIL", f)
    if args.table:
        print("\n".join(lines))
    return 0 if total == len(table) else 1


if __name__ == "__main__":
    sys.exit(main())
