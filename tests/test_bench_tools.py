"""bench/misses.py sorts missed gold incidents by why they were missed; bench/learned_filter.py rescores F1."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parents[1] / "bench"

TEXT = (
    "Police arrested two smugglers in Hyesan, Ryanggang Province, on March 3, a source said.\n"
    "The guards at the post had looked away for a fee for months, the source said.\n"
    "Anyone found trying to defect will be shot, residents were told."
)
URL = "https://example.org/test/misses"


def gold(etype: str, evidence: str) -> dict[str, Any]:
    return {"url": URL, "type": etype, "modality": "asserted", "evidence": evidence}


def test_misses_are_sorted_into_no_trigger_and_dropped() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import misses
    finally:
        sys.path.remove(str(BENCH))
    from sitreps import pipeline

    method = pipeline.Extractor._mention
    reports = [{"url": URL, "text": TEXT, "published": "2021-03-10"}]
    golds = [
        gold("ARREST", "Police arrested two smugglers in Hyesan"),
        gold("SMUGGLING", "The guards at the post had looked away for a fee for months"),
        gold("DEFECTION", "Anyone found trying to defect will be shot"),
    ]
    classes = {m["type"]: name for name, m in misses.classify(golds, reports)}
    assert classes == {"SMUGGLING": "no trigger", "DEFECTION": "dropped"}
    assert pipeline.Extractor._mention is method  # the watch is taken off again


def test_learned_filter_rescores_f1_after_a_cut() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import learned_filter
    finally:
        sys.path.remove(str(BENCH))
    scored = [(True, 0.9), (False, 0.1), (True, 0.3), (False, 0.6)]
    assert learned_filter.f1_after((2, 2, 1), scored, 0.0) == 2 * 2 / (4 + 2 + 1)
    # at 0.5 the wrong event at 0.1 goes and the right one at 0.3 becomes a miss
    assert learned_filter.f1_after((2, 2, 1), scored, 0.5) == 2 * 1 / (2 + 1 + 2)
