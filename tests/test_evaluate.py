"""Scoring: matching by document, type and evidence; incidents apart from generic statements."""

from __future__ import annotations

from typing import Any

from sitreps.evaluate import check_floors, raise_floors, score


def gold(etype: str, evidence: str, **kw: Any) -> dict[str, Any]:
    base = {"url": "u1", "type": etype, "modality": "asserted", "is_back_reference": False,
            "date": {"value": "2020-01", "precision": "month"}, "location": {"admin1": "Ryanggang"},
            "evidence": evidence}  # fmt: skip
    return base | kw


def pred(etype: str, sentence: str, **kw: Any) -> dict[str, Any]:
    base = {"document": {"url": "u1"}, "type": etype, "modality": "asserted", "is_back_reference": False,
            "date": {"value": "2020-01"}, "location": {"admin1": "Ryanggang"},
            "evidence": {"text": sentence}, "statements": [{"text": sentence}]}  # fmt: skip
    return base | kw


def test_perfect_match() -> None:
    report = score([gold("ARREST", "was arrested")], [pred("ARREST", "He was arrested in Hyesan.")])
    assert report.metrics() == {"micro_f1": 1.0, "date": 1.0, "admin1": 1.0, "back_reference": 1.0, "modality": 1.0}


def test_wrong_type_is_a_miss_and_a_false_alarm() -> None:
    report = score([gold("ARREST", "was arrested")], [pred("PUNISHMENT", "He was arrested in Hyesan.")])
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (0, 1, 1)


def test_generic_statements_are_not_incidents() -> None:
    g = [gold("DESERTION", "often desert", modality="generic")]
    p = [pred("DESERTION", "Soldiers often desert.", modality="generic")]
    report = score(g, p)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (0, 0, 0)
    assert report.accuracy("modality") == 1.0
    report = score(g, [pred("DESERTION", "Soldiers often desert.")])
    assert report.micro.fp == 1


def test_fields_are_scored_on_matches() -> None:
    g = [gold("ARREST", "was arrested"), gold("SEARCH", "a search")]
    p = [pred("ARREST", "He was arrested.", date={"value": "2020-02"}),
         pred("SEARCH", "They mounted a search.", location={"admin1": "Chagang"})]  # fmt: skip
    report = score(g, p)
    assert report.accuracy("date") == 0.5
    assert report.accuracy("admin1") == 0.5
    assert report.micro.f1 == 1.0


def test_other_is_left_out_of_the_micro_average() -> None:
    report = score([gold("OTHER", "went missing")], [])
    assert report.per_type["OTHER"].fn == 1
    assert report.micro.fn == 0


def test_floors_only_go_up() -> None:
    assert check_floors({"micro_f1": 0.5}, {"micro_f1": 0.6}) == ["micro_f1 0.5000 is below its floor 0.6000"]
    assert check_floors({"micro_f1": 0.7}, {"micro_f1": 0.6}) == []
    assert raise_floors({"micro_f1": 0.5, "date": 0.9}, {"micro_f1": 0.6})["micro_f1"] == 0.6
    assert raise_floors({"micro_f1": 0.5, "date": 0.9071}, {"micro_f1": 0.6})["date"] == 0.9
