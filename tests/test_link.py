"""Cross-document matching: same incident or look-alike."""

from __future__ import annotations

from typing import Any

import pytest

from sitreps.link import (
    date_window,
    evidence_overlap,
    evidence_similarity,
    find_match,
    match_score,
    merge_event,
    search_window,
)


def event(
    id: str,
    evidence: str,
    *,
    type: str = "DESERTION",
    date: str | None = None,
    precision: str | None = None,
    admin1: str | None = "Ryanggang",
    admin2: str | None = None,
    place: str | None = None,
    geo: str | None = None,
    actors: tuple[tuple[str, str], ...] = (("border guard", "MILITARY"),),
    modality: str = "asserted",
    back_reference: bool = False,
    reported_by: str | None = None,
    outlet: str | None = "Daily NK",
    reports: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """An event dict in the shape Mention.to_event gives, with only what matching reads."""
    if geo is None:
        geo = "place" if place else "admin2" if admin2 else "admin1" if admin1 else None
    found: dict[str, Any] = {
        "id": id,
        "document": {"id": f"doc-{id}", "url": None, "title": None, "outlet": outlet},
        "type": type,
        "modality": modality,
        "is_back_reference": back_reference,
        "reported_by": reported_by,
        "date": {"value": date, "precision": precision, "text": None, "span": None, "end": None},
        "location": {
            "country": "KP" if admin1 else None,
            "admin1": admin1,
            "admin2": admin2,
            "place": place,
            "lat": None,
            "lon": None,
            "precision": geo,
            "inferred": False,
            "text": None,
            "span": {"start": 0, "end": 5},
        },
        "actors": [
            {"text": t, "class": c, "unit": None, "count": None, "span": {"start": 1, "end": 2}} for t, c in actors
        ],
        "targets": [],
        "fatalities": None,
        "sources": [],
        "evidence": {"text": evidence, "trigger": None, "span": {"start": 0, "end": 10}},
        "statements": [],
        "confidence": 0.5,
    }
    if reports is not None:
        found["reports"] = reports
    return found


HYESAN_DESERTION = "A border guard in Hyesan deserted his post on March 3 after a quarrel."


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2019-08-12", "day", ("2019-08-12", "2019-08-12")),
        ("2019-08", "month", ("2019-08-01", "2019-08-31")),
        ("2020-02", "month", ("2020-02-01", "2020-02-29")),
        ("2019-08-12", "month", ("2019-08-01", "2019-08-31")),
        ("2019-W33", "week", ("2019-08-12", "2019-08-18")),
        ("2019-08-14", "week", ("2019-08-12", "2019-08-18")),
        ("2019-SU", "season", ("2019-06-01", "2019-08-31")),
        ("2019-WI", "season", ("2019-12-01", "2020-02-29")),
        ("2019", "year", ("2019-01-01", "2019-12-31")),
        ("2019-08-12T22:00:00+09:00", "day", ("2019-08-12", "2019-08-12")),
        ("--08-12", "day", None),
        ("XXXX-08-12", "day", None),
        ("2019-02-30", "day", None),
        (None, None, None),
    ],
)
def test_date_window(value: str | None, precision: str | None, expected: object) -> None:
    assert date_window(value, precision) == expected


def test_date_window_span_end_extends_it() -> None:
    assert date_window("2019-07", "month", "2019-08") == ("2019-07-01", "2019-08-31")


def test_back_reference_window_reaches_back() -> None:
    recalled = event("b", "Daily NK reported in June", date="2019-06", precision="month")
    assert search_window(recalled) == ("2019-06-01", "2019-06-30")
    recalled["is_back_reference"] = True
    start, end = search_window(recalled) or ("", "")
    assert start < "2019-03-02" and end == "2019-06-30"


def test_two_outlets_same_day_same_county_match() -> None:
    stored = event("e1", HYESAN_DESERTION, date="2023-03-03", precision="day", admin2="Hyesan")
    other = event(
        "m1",
        "A soldier of the border patrol in Hyesan fled his unit with a rifle on March 3.",
        date="2023-03-03",
        precision="day",
        admin2="Hyesan",
        actors=(("soldier", "MILITARY"),),
        outlet="Radio Free Asia",
    )
    assert find_match(other, [stored]) == "e1"


def test_different_days_stay_apart() -> None:
    stored = event("e1", HYESAN_DESERTION, date="2023-03-03", precision="day", admin2="Hyesan")
    other = event("m1", HYESAN_DESERTION, date="2023-03-04", precision="day", admin2="Hyesan")
    assert match_score(other, stored) == 0.0
    assert find_match(other, [stored]) is None


def test_lookalike_a_month_apart_stays_apart() -> None:
    march = event("e1", HYESAN_DESERTION, date="2023-03", precision="month")
    april = event(
        "m1",
        "A border guard in Hyesan deserted his post in April after a quarrel.",
        date="2023-04",
        precision="month",
    )
    assert evidence_similarity(march, april) > 0.5  # the words alone would merge them
    assert find_match(april, [march]) is None


def test_day_inside_month_matches_when_the_words_agree() -> None:
    stored = event("e1", HYESAN_DESERTION, date="2023-03-03", precision="day", admin2="Hyesan")
    coarse = event(
        "m1",
        "A border guard in Hyesan deserted in March after a quarrel with his commander.",
        date="2023-03",
        precision="month",
        admin2="Hyesan",
    )
    assert find_match(coarse, [stored]) == "e1"


def test_day_inside_month_with_unrelated_words_stays_apart() -> None:
    stored = event("e1", HYESAN_DESERTION, date="2023-03-03", precision="day")
    coarse = event(
        "m1",
        "Two conscripts vanished from a coastal artillery battalion during spring drills.",
        date="2023-03",
        precision="month",
    )
    assert find_match(coarse, [stored]) is None


@pytest.mark.parametrize(
    "change",
    [
        {"type": "DEFECTION"},
        {"admin1": "North Hamgyong"},
        {"admin2": "Kimjongsuk"},
        {"actors": (("smuggler", "SMUGGLER"),)},
        {"modality": "generic"},
    ],
)
def test_hard_rules_keep_events_apart(change: dict[str, Any]) -> None:
    base: dict[str, Any] = {"date": "2023-03-03", "precision": "day", "admin2": "Hyesan"}
    stored = event("e1", HYESAN_DESERTION, **base)
    other = event("m1", HYESAN_DESERTION, **{**base, **change})
    assert find_match(other, [stored]) is None


def test_undated_match_only_when_everything_agrees() -> None:
    stored = event("e1", HYESAN_DESERTION, admin2="Hyesan")
    strong = event("m1", HYESAN_DESERTION, admin2="Hyesan")
    weak = event("m2", "A guard ran off from a Ryanggang unit, residents say.", admin2="Hyesan")
    no_actors = event("m3", HYESAN_DESERTION, admin2="Hyesan", actors=())
    assert find_match(strong, [stored]) == "e1"
    assert find_match(weak, [stored]) is None
    assert find_match(no_actors, [stored]) is None


def test_dated_and_undated_never_match() -> None:
    stored = event("e1", HYESAN_DESERTION, admin2="Hyesan")
    dated = event("m1", HYESAN_DESERTION, date="2023-03-03", precision="day", admin2="Hyesan")
    assert find_match(dated, [stored]) is None


def test_back_reference_finds_the_report_it_recalls() -> None:
    original = event(
        "e1",
        "A soldier in Ryanggang deserted his post with his rifle after a political guidance officer beat him savagely.",
        date="2019-05-28",
        precision="day",
        actors=(("soldier", "MILITARY"),),
        reports=[{"document_id": "d1", "outlet": "Daily NK", "published": "2019-06-02"}],
    )
    recall = event(
        "m1",
        "Daily NK reported in June that a soldier deserted his post fully-armed after receiving"
        " a savage beating from a political guidance officer.",
        date="2019-06",
        precision="month",
        admin1=None,
        actors=(("soldier", "MILITARY"),),
        back_reference=True,
        reported_by="Daily NK",
    )
    assert find_match(recall, [original]) == "e1"
    # the same words as a direct report dated June cannot be the May incident
    direct = {**recall, "is_back_reference": False, "reported_by": None}
    assert find_match(direct, [original]) is None


def test_best_candidate_wins() -> None:
    county = event("e1", HYESAN_DESERTION, date="2023-03-03", precision="day", admin2="Hyesan")
    province = event("e2", HYESAN_DESERTION, date="2023-03-03", precision="day")
    mention = event("m1", HYESAN_DESERTION, date="2023-03-03", precision="day", admin2="Hyesan")
    assert find_match(mention, [province, county]) == "e1"
    assert find_match(mention, []) is None


def test_merge_prefers_direct_report_and_keeps_event_id() -> None:
    recalled = event(
        "e1",
        "Daily NK reported in June that a soldier deserted.",
        date="2019-06",
        precision="month",
        admin1=None,
        actors=(("soldier", "MILITARY"),),
        back_reference=True,
        reported_by="Daily NK",
    )
    direct = event(
        "m1",
        HYESAN_DESERTION,
        date="2019-05-28",
        precision="day",
        admin2="Hyesan",
        outlet="Daily NK",
    )
    merged = merge_event(recalled, direct)
    assert merged["id"] == "e1"
    assert merged["is_back_reference"] is False and merged["reported_by"] is None
    assert merged["evidence"]["text"] == HYESAN_DESERTION
    assert merged["date"]["value"] == "2019-05-28"
    assert {a["text"] for a in merged["actors"]} == {"soldier", "border guard"}
    # the actor that came from the other document has no span into this one
    soldier = next(a for a in merged["actors"] if a["text"] == "soldier")
    assert soldier["span"] is None


def test_merge_keeps_more_precise_place_and_date_from_either_side() -> None:
    stored = event("e1", HYESAN_DESERTION, date="2023-03", precision="month")
    precise = event(
        "m1",
        HYESAN_DESERTION,
        date="2023-03-03",
        precision="day",
        admin2="Hyesan",
        place="Hyesan Station",
        modality="uncertain",
    )
    merged = merge_event(stored, precise)
    assert merged["modality"] == "asserted"  # the lead is still the asserted statement
    assert merged["date"]["value"] == "2023-03-03"
    assert merged["location"]["place"] == "Hyesan Station"
    assert merged["location"]["span"] is None


def test_merge_never_dates_an_incident_by_a_back_reference() -> None:
    stored = event("e1", HYESAN_DESERTION, date="2023-03", precision="month")
    recall = event(
        "m1",
        "Daily NK reported on March 10 that a border guard in Hyesan deserted.",
        date="2023-03-10",
        precision="day",
        back_reference=True,
        reported_by="Daily NK",
    )
    assert merge_event(stored, recall)["date"]["value"] == "2023-03"


# --- report-dated windows, head counts, the multi-outlet set --------------------------------


def test_undated_statement_is_dated_by_its_report() -> None:
    undated = event("m1", HYESAN_DESERTION, admin2="Hyesan")
    undated["document"]["published"] = "2023-03-10"
    assert search_window(undated) == ("2023-02-07", "2023-03-10")
    stored = event("e1", HYESAN_DESERTION, date="2023-03-03", precision="day", admin2="Hyesan")
    assert find_match(undated, [stored]) == "e1"
    # a report published months later is about something else
    undated["document"]["published"] = "2023-06-10"
    assert find_match(undated, [stored]) is None
    # and a report-dated statement must name the same county, not only the province
    province_only = event("m2", HYESAN_DESERTION)
    province_only["document"]["published"] = "2023-03-10"
    assert find_match(province_only, [stored]) is None


def test_different_head_counts_stay_apart() -> None:
    police = (("police", "SECURITY_POLICE"),)
    stored = event("e1", "Police in Wonsan arrested four smugglers at the port on July 3.", type="ARREST",
                   date="2023-07-03", precision="day", admin1="Kangwon", admin2="Wonsan", actors=police)  # fmt: skip
    stored["targets"] = [{"text": "four smugglers", "class": "SMUGGLER", "count": 4}]
    other = event("m1", "Police in Wonsan arrested six university students on July 3.", type="ARREST",
                  date="2023-07-03", precision="day", admin1="Kangwon", admin2="Wonsan", actors=police)  # fmt: skip
    other["targets"] = [{"text": "six university students", "class": "CIVILIAN", "count": 6}]
    assert match_score(other, stored) == 0.0
    other["targets"] = [{"text": "4 smugglers", "class": "SMUGGLER", "count": 4}]
    assert find_match(other, [stored]) == "e1"


def test_evidence_overlap_rewards_a_short_report_contained_in_a_long_one() -> None:
    long = event("a", "A ring of traders smuggled ten tons of copper across the Yalu River in Manpo on September 12.")
    short = event("b", "Smugglers moved copper from Manpo on September 12.")
    assert evidence_overlap(long, short) > evidence_similarity(long, short)
    assert 0.0 <= evidence_overlap(long, short) <= 1.0


def _bench() -> Any:
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("bench_linking", Path(__file__).parents[1] / "bench" / "linking.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cluster_metrics() -> None:
    bench = _bench()
    gold = {"a": "1", "b": "1", "c": "2", "d": "2"}
    assert bench.pairwise(gold, gold)["f1"] == 1.0
    merged = {"a": "x", "b": "x", "c": "x", "d": "x"}
    assert bench.pairwise(gold, merged)["precision"] == pytest.approx(2 / 6)
    assert bench.b_cubed(gold, merged)["precision"] == pytest.approx(0.5)
    assert bench.b_cubed(gold, merged)["recall"] == 1.0


def test_multi_outlet_set_links_at_f1_090(tmp_path: Any) -> None:
    """bench/linking.py's own set, through the pipeline and the store: pairwise F1 >= 0.90."""
    result = _bench().own_set(db=str(tmp_path / "linking.db"))
    assert result["items"] >= 60 and result["gold_clusters"] >= 30
    assert result["pairwise"]["f1"] >= 0.90, result["errors"]
