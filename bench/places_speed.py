"""Cost per document of place recognition and resolution (index lookups, not a scan).

    .venv/bin/python bench/places_speed.py [--repeat 20]

Times, on the bundled sample reports and the eval/dev reports: loading the gazetteer and building
its index (once per process); `resolve_places` per document (recognition by hash lookups of word
windows + resolution); and, for contrast, a naive scan that tests every gazetteer name form against
the text, which is what an index avoids. Also counts the index probes per document.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from sitreps.extract import places as P

ROOT = Path(__file__).resolve().parent.parent


def texts() -> list[str]:
    out = []
    dev = sorted((ROOT / "eval" / "dev").glob("reports_*.jsonl"))
    for path in [ROOT / "src" / "sitreps" / "samples" / "reports.jsonl", *dev]:
        out += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    P.load_gazetteer.cache_clear()
    gaz = P.load_gazetteer()
    load = time.perf_counter() - t0
    docs = texts()
    words = sum(len(t.split()) for t in docs)

    probes = 0
    real_get = gaz.index.get

    class Counting(dict):  # type: ignore[type-arg]
        def get(self, key, default=None):  # type: ignore[no-untyped-def]
            nonlocal probes
            probes += 1
            return real_get(key, default)

    counting = Counting(gaz.index)
    gaz.index = counting
    for t in docs:
        P.resolve_places(t, gaz)
    gaz.index = dict(counting)
    per_doc_probes = probes / len(docs)

    runs = []
    for _ in range(args.repeat):
        t1 = time.perf_counter()
        for t in docs:
            P.resolve_places(t, gaz)
        runs.append(time.perf_counter() - t1)
    best = min(runs)
    med = statistics.median(runs)

    forms = [n for names in gaz.names.values() for n in names]
    t2 = time.perf_counter()
    for t in docs:
        low = t.lower()
        _ = [n for n in forms if n.lower() in low]
    scan = time.perf_counter() - t2

    print(f"gazetteer: {len(gaz.by_id)} entries, {len(forms)} name forms, {len(gaz.index)} index keys; "
          f"load + index {1000 * load:.0f} ms (once per process)")  # fmt: skip
    print(f"corpus: {len(docs)} documents, {words} words")
    print(f"resolve_places: {1000 * best / len(docs):.2f} ms per document (median of runs "
          f"{1000 * med / len(docs):.2f} ms), {len(docs) / best:.0f} documents/s, "
          f"{words / best:,.0f} words/s; {per_doc_probes:.0f} index probes per document")  # fmt: skip
    print(f"naive scan of every name form (recognition only, no resolution): "
          f"{1000 * scan / len(docs):.2f} ms per document")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
