"""Speed of the time module alone, on text the spaCy pipeline has already parsed.

    .venv/bin/python bench/time_speed.py [--repeat 5]

Three corpora are parsed first (not timed): the bundled sample reports, TempEval-3 platinum and
MEANTIME English (the last two when ../shared/data is beside the checkout). Then
`find_document_times` (finding, resolving, tense from the parse and the moving anchor: what the
pipeline calls) runs over every document `--repeat` times; the best run, in CPU time of this
process (the machine may be shared), is reported as sentences per second: once given the
document's text (`text=`, as a caller that has it should), once rebuilding it from the parse,
and the text-only `find_times` (no parse) for comparison.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitreps import nlp
from sitreps.cli import samples_path
from sitreps.extract.time import Anchor, find_document_times, find_times, parse_published


def corpora() -> dict[str, list[tuple[str, Any]]]:
    out: dict[str, list[tuple[str, Any]]] = {}
    records = [json.loads(line) for line in samples_path().read_text(encoding="utf-8").splitlines() if line.strip()]
    out["samples"] = [(r["text"], parse_published(r.get("published"))) for r in records]
    try:
        import tempeval3

        for name in ("platinum", "meantime"):
            docs = tempeval3.load(name)
            if docs:
                out[name] = [(d.text, d.dct) for d in docs]
    except (ImportError, OSError):
        pass
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    language = nlp.load()
    print(f"Python {platform.python_version()}, {platform.machine()}, {platform.processor() or 'cpu'}")
    print(
        "| corpus | documents | sentences | find_document_times, text given (sent/s) | text rebuilt from the parse "
        "(sent/s) | find_times, text only (sent/s) |"
    )
    print("|---|---|---|---|---|---|")
    total_sents = 0
    total_best = 0.0
    for name, docs in corpora().items():
        parsed = [
            ([s for s in doc.sents if s.text.strip()], published, text)
            for doc, (text, published) in zip(language.pipe(t for t, _ in docs), docs, strict=True)
        ]
        n = sum(len(sents) for sents, _, _ in parsed)

        def best_of(run: Any) -> float:
            best = float("inf")
            for _ in range(args.repeat):
                t0 = time.process_time()
                run()
                best = min(best, time.process_time() - t0)
            return best

        given = best_of(lambda d=parsed: [find_document_times(s, p, text=t) for s, p, t in d])
        rebuilt = best_of(lambda d=parsed: [find_document_times(s, p) for s, p, _ in d])
        texts = [(x.text, x.start_char, p) for s, p, _ in parsed for x in s]
        text_only = best_of(lambda d=texts: [find_times(t, Anchor(p), start) for t, start, p in d])
        total_sents += n
        total_best += given
        print(f"| {name} | {len(docs)} | {n} | {n / given:,.0f} | {n / rebuilt:,.0f} | {n / text_only:,.0f} |")
    print(f"| all | | {total_sents} | {total_sents / total_best:,.0f} | | |")


if __name__ == "__main__":
    main()
