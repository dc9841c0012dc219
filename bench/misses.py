"""Why gold incidents are missed: no trigger of their type, a trigger dropped by a rule, or one merged away.

Runs the pipeline over a gold folder (the layout of `sitreps eval`), watching every trigger the extractor
weighs (`Extractor._mention`: the trigger, its sentence, whether a rule dropped it). Each gold incident the
scoring misses falls in one class:

- no trigger: no trigger of the gold type in the gold sentence (a wording the lexicon lacks, or a word typed
  as another type);
- dropped: a trigger of the type was found there and every one was dropped by a rule;
- merged away: a trigger was kept, and the within-report merge joined it to another event of its type (which
  matched another gold incident, or none).

Prints counts per class and per type; `--list` prints each miss too (never on a held-back set: its items are
not to be read).

    .venv/bin/python bench/misses.py eval/dev --samples
    .venv/bin/python bench/misses.py eval/heldout
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from calibrate import load_pairs

from sitreps import pipeline
from sitreps.evaluate import score
from sitreps.model import Document

Weighed = tuple[str, int, int, bool]  # type, sentence start and end, dropped


def run(reports: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, list[Weighed]], dict[str, str]]:
    """Predicted events, the triggers weighed in each report, and each report's text, by report URL."""
    weighed: list[Weighed] = []
    original = pipeline.Extractor._mention

    def watched(self: Any, trig: Any, sentence_triggers: Any, sent: Any, *args: Any, **kwargs: Any) -> Any:
        mention = original(self, trig, sentence_triggers, sent, *args, **kwargs)
        weighed.append((trig.type, sent.start_char, sent.end_char, mention is None))
        return mention

    pipeline.Extractor._mention = watched  # type: ignore[method-assign]
    try:
        extractor = pipeline.default_extractor()
        events: list[dict[str, Any]] = []
        by_report: dict[str, list[Weighed]] = {}
        texts: dict[str, str] = {}
        for r in reports:
            weighed.clear()
            doc = Document(text=r["text"], url=r.get("url"), title=r.get("title"), outlet=r.get("outlet"),
                           published=r.get("published"))  # fmt: skip
            analysis = extractor.analyse(doc)
            events += [m.to_event(analysis.document, pipeline.PIPELINE_VERSION) for m in analysis.mentions]
            by_report[str(r.get("url"))] = list(weighed)
            texts[str(r.get("url"))] = analysis.document.text
    finally:
        pipeline.Extractor._mention = original  # type: ignore[method-assign]
    return events, by_report, texts


def classify(gold: list[dict[str, Any]], reports: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    events, weighed, texts = run(reports)
    classes = []
    for miss in score(gold, events).errors:
        if miss["kind"] != "missed":
            continue
        text = texts.get(miss["doc"], "")
        at = text.find(miss["evidence"])
        if at < 0:
            classes.append(("evidence not in the text", miss))
            continue
        end = at + len(miss["evidence"])
        there = [w for w in weighed.get(miss["doc"], []) if w[0] == miss["type"] and w[1] <= end and w[2] >= at]
        if not there:
            classes.append(("no trigger", miss))
        elif all(w[3] for w in there):
            classes.append(("dropped", miss))
        else:
            classes.append(("merged away", miss))
    return classes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a gold folder (gold*.jsonl with reports*.jsonl)")
    parser.add_argument("--samples", action="store_true", help="add the bundled samples")
    parser.add_argument("--list", action="store_true", help="print each miss (not on a held-back set)")
    args = parser.parse_args()
    reports, gold = load_pairs(args.folder, args.samples)
    classes = classify(gold, reports)
    print(f"{args.folder}: {len(classes)} missed incidents")
    for name, n in Counter(c for c, _ in classes).most_common():
        per_type = Counter(m["type"] for c, m in classes if c == name)
        print(f"  {name}: {n} ({', '.join(f'{t} {k}' for t, k in per_type.most_common())})")
    if args.list:
        for name, miss in classes:
            print(f"{name}\t{miss['type']}\t{miss['evidence'][:160]!r}")


if __name__ == "__main__":
    main()
