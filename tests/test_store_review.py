"""Review with an audit trail, users and their tokens, event pages, keyset pages and counts."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from sitreps.model import Document, Mention
from sitreps.pipeline import process
from sitreps.store import Store
from sitreps.store.schema import users
from tests import store_fixtures
from tests.conftest import report
from tests.test_store import (
    VERSION,
    dnk_april,
    dnk_june,
    dnk_march,
    mention,
    nkn_pyongsong,
    rfa_march,
    sentence,
)

db_target = store_fixtures.db_target
postgresql_url = store_fixtures.postgresql_url

V2 = "test-2"
Item = tuple[Document, list[Mention]]
ITEMS: tuple[Callable[[], Item], ...] = (dnk_march, rfa_march, dnk_april, dnk_june, nkn_pyongsong)


@pytest.fixture
def store(db_target: str) -> Iterator[Store]:
    with Store.open(db_target) as opened:
        yield opened


@pytest.fixture
def full(store: Store) -> Store:
    for make in ITEMS:
        store.add_document(*make(), VERSION)
    return store


def extractor(*items: Item) -> Callable[[Document], list[Mention]]:
    found = {doc.id: mentions for doc, mentions in items}
    return lambda doc: found.get(doc.id, [])


def one(store: Store, type: str, day: str | None = None) -> dict[str, Any]:
    [event] = [e for e in store.events(type=type, include_rejected=True) if day is None or e["date"]["value"] == day]
    return event


def recent(moment: str) -> bool:
    return abs(datetime.fromisoformat(moment) - datetime.now(UTC)) < timedelta(minutes=5)


# --- users --------------------------------------------------------------------------------


def test_a_token_names_its_user_and_only_its_hash_is_stored(store: Store) -> None:
    token = store.add_user("ana")
    other = store.add_user("ben")
    assert token != other and len(token) >= 40
    assert store.user_for_token(token) == "ana" and store.user_for_token(other) == "ben"
    assert store.user_for_token(token + "x") is None and store.user_for_token("") is None
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(sa.select(users))]
    assert {r["token_hash"] for r in rows} == {hashlib.sha256(t.encode()).hexdigest() for t in (token, other)}
    assert not any(token in str(v) for r in rows for v in r.values())
    with pytest.raises(ValueError, match="user ana exists"):
        store.add_user("ana")
    with pytest.raises(ValueError, match="name"):
        store.add_user("  ")


def test_a_revoked_token_no_longer_works(store: Store) -> None:
    token = store.add_user("ana")
    assert store.revoke_user("ana") is True
    assert store.user_for_token(token) is None
    assert store.revoke_user("ana") is False and store.revoke_user("nobody") is False
    [listed] = store.users()
    assert listed["name"] == "ana" and recent(listed["created_at"]) and recent(listed["revoked_at"])
    with pytest.raises(ValueError, match="exists"):  # a name is never handed out again
        store.add_user("ana")


# --- review actions -----------------------------------------------------------------------


def test_confirm_and_reject_are_audited(full: Store) -> None:
    search = one(full, "SEARCH")
    confirmed = full.review_event(search["id"], "confirm", user="ana", note="two sources agree")
    assert confirmed["event"]["status"] == "confirmed" and confirmed["created"] is None
    assert confirmed["event"]["note"] == "two sources agree"
    rejected = full.review_event(search["id"], "reject", user="ben")
    assert rejected["audit_id"] > confirmed["audit_id"]
    assert full.events(type="SEARCH") == []
    detail = full.event_detail(search["id"])
    assert detail is not None and detail["event"]["status"] == "rejected"
    assert detail["event"]["note"] == "two sources agree"  # a review without a note keeps it
    newest, oldest = full.audit(search["id"])
    assert (newest["action"], newest["user"], newest["id"]) == ("reject", "ben", rejected["audit_id"])
    assert newest["changes"] == {"before": {"status": "confirmed"}, "after": {"status": "rejected"}}
    assert (oldest["action"], oldest["user"], oldest["note"]) == ("confirm", "ana", "two sources agree")
    assert oldest["changes"]["before"] == {"status": "machine", "note": None}
    assert oldest["changes"]["after"] == {"status": "confirmed", "note": "two sources agree"}
    assert recent(oldest["at"]) and oldest["at"] <= newest["at"]
    assert detail["audit"] == [newest, oldest] and full.audit(limit=1) == [newest]


def test_a_correction_is_validated_applied_to_the_filters_and_audited(full: Store) -> None:
    arrest = one(full, "ARREST", "2023-05-02")
    fields = {
        "date": {"value": "2023-05-10", "precision": "day"},
        "location": {"country": "KP", "admin1": "Chagang", "admin2": "Kanggye", "place": None,
                     "precision": "admin2"},
        "actors": [{"text": "soldiers", "class": "MILITARY", "count": 3}],
    }  # fmt: skip
    result = full.review_event(arrest["id"], "correct", user="ana", fields=fields, note="see the map")
    event = result["event"]
    assert event["status"] == "corrected" and event["reviewed_fields"] == ["actors", "date", "location"]
    assert event["date"] == fields["date"] and event["location"]["admin1"] == "Chagang"
    found = [e["id"] for e in full.events(since="2023-05-10", until="2023-05-10", admin1="chagang")]
    assert found == [arrest["id"]]
    assert arrest["id"] in [e["id"] for e in full.events(actor_class="MILITARY", place="kanggye")]
    assert arrest["id"] not in [e["id"] for e in full.events(actor_class="SECURITY_POLICE")]
    assert full.events(admin1="south pyongan", type="ARREST") == []
    [record] = full.audit(arrest["id"])
    assert (record["action"], record["user"], record["note"]) == ("correct", "ana", "see the map")
    before, after = record["changes"]["before"], record["changes"]["after"]
    assert set(after) == {"date", "location", "actors", "reviewed_fields", "status", "note"}
    assert before["date"]["value"] == "2023-05-02" and after["date"]["value"] == "2023-05-10"
    assert before["location"]["admin1"] == "South Pyongan" and before["status"] == "machine"
    assert before["reviewed_fields"] is None and after["reviewed_fields"] == ["actors", "date", "location"]
    # a second correction adds to the analyst's fields
    again = full.review_event(arrest["id"], "correct", user="ben", fields={"type": "CRACKDOWN"})
    assert again["event"]["reviewed_fields"] == ["actors", "date", "location", "type"]
    assert [e["id"] for e in full.events(type="CRACKDOWN")] == [arrest["id"]]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"confidence": 1.0}, "fields: 'confidence' cannot be corrected"),
        ({"type": "PICNIC"}, "^type: 'PICNIC' is not one of"),
        ({"date": {"value": "2023-05-10"}}, "^date: 'precision' is a required property"),
        ({"date": {"value": "last week", "precision": "day"}}, "^date: 'last week' is not an ISO date"),
        ({"date": None}, "^date: None is not of type 'object'"),
        ({"actors": [{"text": "guards"}]}, "^actors.0: 'class' is a required property"),
        ({"fatalities": {"best": "two"}}, "^fatalities.best: 'two' is not of type"),
        ({"modality": "rumoured"}, "^modality"),
        ({"location": {"admin1": "Chagang"}}, "^location: '(country|precision)' is a required property"),
    ],
)
def test_a_bad_correction_is_refused_and_changes_nothing(full: Store, fields: dict[str, Any], message: str) -> None:
    arrest = one(full, "ARREST", "2023-05-02")
    with pytest.raises(ValueError, match=message):
        full.review_event(arrest["id"], "correct", user="ana", fields=fields)
    assert one(full, "ARREST", "2023-05-02") == arrest
    assert full.audit() == []


def test_bad_actions_and_unknown_events(full: Store) -> None:
    arrest = one(full, "ARREST", "2023-05-02")
    with pytest.raises(KeyError):
        full.review_event("nope", "confirm", user="ana")
    cases: list[tuple[dict[str, Any], str]] = [
        ({"action": "approve"}, "action: 'approve' is not one of"),
        ({"action": "confirm", "user": " "}, "user"),
        ({"action": "confirm", "fields": {"type": "ARREST"}}, "fields: only a correction"),
        ({"action": "correct"}, "fields: a correction needs"),
        ({"action": "merge"}, "other_ids: a merge needs"),
        ({"action": "merge", "other_ids": [arrest["id"]]}, "cannot be merged into itself"),
        ({"action": "reject", "other_ids": ["x"]}, "other_ids: only a merge"),
        ({"action": "split"}, "mention_ids: a split needs"),
        ({"action": "split", "mention_ids": ["not-a-mention"]}, "not a mention of event"),
        ({"action": "confirm", "mention_ids": ["x"]}, "mention_ids: only a split"),
    ]
    for arguments, message in cases:
        with pytest.raises(ValueError, match=message):
            full.review_event(arrest["id"], **{"user": "ana", **arguments})
    with pytest.raises(KeyError):
        full.review_event(arrest["id"], "merge", user="ana", other_ids=["no-such-event"])
    [statement] = full.mentions(event_id=arrest["id"])
    with pytest.raises(ValueError, match="at least one"):
        full.review_event(arrest["id"], "split", user="ana", mention_ids=[statement["id"]])
    assert full.audit() == [] and one(full, "ARREST", "2023-05-02") == arrest


def test_reopen_hands_the_event_back_to_the_pipeline(full: Store) -> None:
    desertion = one(full, "DESERTION", "2023-03-03")
    full.review_event(desertion["id"], "correct", user="ana", fields={"date": {"value": "2023-03-04",
                                                                            "precision": "day"}})  # fmt: skip
    reopened = full.review_event(desertion["id"], "reopen", user="ben")["event"]
    assert reopened["status"] == "machine" and "reviewed_fields" not in reopened
    drop = ("updated_at", "status")
    assert {k: v for k, v in reopened.items() if k not in drop} == {k: v for k, v in desertion.items() if k not in drop}
    [record, _] = full.audit(desertion["id"])
    assert record["changes"]["before"]["date"]["value"] == "2023-03-04"
    assert record["changes"]["after"]["date"]["value"] == "2023-03-03"
    assert record["changes"]["after"]["status"] == "machine"


def test_the_cli_review_still_works_and_is_audited(full: Store) -> None:
    search = one(full, "SEARCH")
    event = full.review(search["id"], "rejected", note="a routine patrol")
    assert event["status"] == "rejected"
    [record] = full.audit(search["id"])
    assert (record["user"], record["action"], record["note"]) == ("cli", "reject", "a routine patrol")


# --- what the analyst set survives --------------------------------------------------------


def test_corrected_fields_survive_later_reports_and_reprocess(store: Store) -> None:
    march, rfa = dnk_march(), rfa_march()
    store.add_document(*march, VERSION)
    desertion = one(store, "DESERTION")
    fields = {
        "actors": [{"text": "border guard", "class": "MILITARY", "unit": "border patrol", "count": 1}],
        "targets": [{"text": "company commander", "class": "MILITARY"}],
        "fatalities": {"best": 0, "low": 0, "high": 0, "injured": 1},
    }
    store.review_event(desertion["id"], "correct", user="ana", fields=fields)
    store.add_document(*rfa, VERSION)  # a later report of the same incident links to it
    after = one(store, "DESERTION")
    assert after["id"] == desertion["id"] and after["mentions"] == 2
    assert {k: after[k] for k in fields} == fields
    # a new pipeline finds better coordinates, then nothing at all: the correction stays
    better = [mention(march[0], sentence(march[0], 0), "deserted", "DESERTION", date="2023-03-03", precision="day",
                      lat=41.4, lon=128.2), *march[1][1:]]  # fmt: skip
    for extract in (extractor((march[0], better), rfa), extractor()):
        store.reprocess(extract, V2)
        again = one(store, "DESERTION")
        assert again["id"] == desertion["id"] and {k: again[k] for k in fields} == fields
        assert again["status"] == "corrected" and again["reviewed_fields"] == ["actors", "fatalities", "targets"]


def test_corrections_survive_reprocess_with_the_real_pipeline(store: Store) -> None:
    doc = report("musan_desertion", "2021-03-20", "Daily NK")
    store.add_document(doc, process(doc), VERSION)
    [desertion] = [e for e in store.events() if e["type"] == "DESERTION"][:1]
    when = {"value": "2021-03-04", "precision": "day"}
    store.review_event(desertion["id"], "correct", user="ana", fields={"date": when, "modality": "uncertain"})
    before = {e["id"] for e in store.events(include_generic=True)}
    for extract in (process, extractor(), process):  # found again, lost, found again
        store.reprocess(extract, V2)
        after = one(store, "DESERTION", "2021-03-04")
        assert after["id"] == desertion["id"] and after["date"] == when and after["modality"] == "uncertain"
    assert len({e["id"] for e in store.events(include_generic=True)}) == len(before)


# --- merge and split ----------------------------------------------------------------------


def test_merge_moves_mentions_and_links_and_survives_reprocess(full: Store) -> None:
    march = one(full, "DESERTION", "2023-03-03")
    april = one(full, "DESERTION", "2023-04-05")
    june_arrest = one(full, "ARREST", "2023-05-28")
    pyongsong = one(full, "ARREST", "2023-05-02")
    [link] = full.links()
    assert (link["from_event"], link["to_event"]) == (june_arrest["id"], march["id"])
    april_mentions = [m["id"] for m in full.mentions(event_id=april["id"])]
    result = full.review_event(march["id"], "merge", user="ana", other_ids=[april["id"]], note="same guard")
    event = result["event"]
    assert event["status"] == "corrected" and event["mentions"] == 4
    assert event["date"]["value"] == "2023-03-03" and event["type"] == "DESERTION"
    assert full.event_detail(april["id"]) is None
    assert [e["id"] for e in full.events(type="DESERTION")] == [march["id"]]
    assert {m["id"] for m in full.mentions(event_id=march["id"])} >= set(april_mentions)
    [record] = full.audit(march["id"])
    assert record["action"] == "merge" and record["changes"]["merged"] == [april["id"]]
    assert record["changes"]["mentions"] == april_mentions
    assert record["changes"]["removed"][april["id"]]["date"]["value"] == "2023-04-05"
    assert record["changes"]["before"]["status"] == "machine"
    assert full.audit(april["id"]) == [record]  # the deleted event's page can say where it went
    # links: the merged event's are re-pointed, and an event never links to itself
    full.review_event(pyongsong["id"], "merge", user="ana", other_ids=[june_arrest["id"]])
    [link] = full.links()
    assert (link["from_event"], link["to_event"]) == (pyongsong["id"], march["id"])
    full.review_event(march["id"], "merge", user="ana", other_ids=[pyongsong["id"]])
    assert full.links() == []
    merged = one(full, "DESERTION")
    assert merged["mentions"] == 6 and full.events(type="ARREST") == []
    # the analyst's grouping stays through a new pipeline, the same statements or better ones
    doc, _ = dnk_april()
    better = [mention(doc, sentence(doc, 0), "deserted", "DESERTION", date="2023-04-05", precision="day", lat=41.4,
                      lon=128.2)]  # fmt: skip
    items = [make() for make in ITEMS if make is not dnk_april] + [(doc, better)]
    for version in (V2, "test-3"):
        full.reprocess(extractor(*items), version)
        assert [(e["id"], e["mentions"]) for e in full.events(type="DESERTION")] == [(march["id"], 6)]
        assert full.events(type="ARREST") == []


def test_split_moves_statements_to_a_new_event_and_survives_reprocess(full: Store) -> None:
    march = one(full, "DESERTION", "2023-03-03")
    june_arrest = one(full, "ARREST", "2023-05-28")
    statements = full.mentions(event_id=march["id"])
    assert len(statements) == 3
    recall = next(m for m in statements if m["is_back_reference"])
    result = full.review_event(march["id"], "split", user="ana", mention_ids=[recall["id"]])
    created = result["created"]
    assert created == recall["id"] != march["id"]  # a new event takes its first mention's id
    assert result["event"]["id"] == march["id"] and result["event"]["mentions"] == 2
    new = full.event_detail(created)
    assert new is not None and new["event"]["status"] == "corrected" and new["event"]["mentions"] == 1
    assert new["event"]["is_back_reference"] is True
    assert [s["mention_id"] for s in new["statements"]] == [recall["id"]]
    assert result["event"]["status"] == "corrected"
    # the June report's link now recalls the new event
    [link] = full.links()
    assert (link["from_event"], link["to_event"]) == (june_arrest["id"], created)
    [record] = full.audit(march["id"])
    assert record["changes"]["created"] == created and record["changes"]["mentions"] == [recall["id"]]
    assert full.audit(created) == [record]
    # a new pipeline (a changed extraction of every report) keeps the two apart
    better = [(doc, [mention(doc, m.evidence.text, m.evidence.trigger or "", m.type, date=m.date.value,
                             precision=m.date.precision, lat=41.4, lon=128.2) for m in found])
              for doc, found in (make() for make in ITEMS)]  # fmt: skip
    full.reprocess(extractor(*better), V2)
    assert {m["id"] for m in full.mentions(event_id=created)} == {recall["id"]}
    assert {m["id"] for m in full.mentions(event_id=march["id"])} == {m["id"] for m in statements} - {recall["id"]}
    [link] = full.links(created)
    assert link["to_event"] == created


# --- the event's page ---------------------------------------------------------------------


def test_event_detail_has_statements_with_spans_into_their_documents(full: Store) -> None:
    march = one(full, "DESERTION", "2023-03-03")
    detail = full.event_detail(march["id"])
    assert detail is not None
    assert detail["event"] == march
    assert [s["document"]["outlet"] for s in detail["statements"]] == ["Daily NK", "RFA", "Daily NK"]
    assert [s["document"]["published"] for s in detail["statements"]] == ["2023-03-10", "2023-03-12", "2023-06-01"]
    assert [s["is_back_reference"] for s in detail["statements"]] == [False, False, True]
    assert [s["method"] for s in detail["statements"]] == ["new", "linked", "linked"]
    assert detail["statements"][0]["score"] is None and detail["statements"][1]["score"] > 0.5
    for statement in detail["statements"]:
        document = full.document_text(statement["document"]["id"])
        assert document is not None and document["status"] == "current" and document["revision"] == 1
        span = statement["data"]["evidence"]["span"]
        assert document["text"][span["start"] : span["end"]] == statement["data"]["evidence"]["text"]
    june_arrest = one(full, "ARREST", "2023-05-28")
    [recalled_by] = detail["recalled_by"]
    assert recalled_by["id"] == june_arrest["id"] and recalled_by["type"] == "ARREST"
    assert recalled_by["date"] == "2023-05-28" and recalled_by["evidence"].startswith("Police in Hyesan")
    assert detail["recalls"] == []
    arrest_detail = full.event_detail(june_arrest["id"])
    assert arrest_detail is not None and [r["id"] for r in arrest_detail["recalls"]] == [march["id"]]
    assert arrest_detail["recalls"][0]["admin1"] == "Ryanggang"
    assert full.event_detail("nope") is None and full.document_text("nope") is None


def test_event_detail_shows_rejected_and_unreported_events(full: Store) -> None:
    search = one(full, "SEARCH")
    full.review_event(search["id"], "reject", user="ana")
    detail = full.event_detail(search["id"])
    assert detail is not None and detail["event"]["status"] == "rejected"
    [generic] = full.events(include_generic=True, modality="generic")
    doc = dnk_march()[0]
    revised = Document(text=doc.text + " Update.", url=doc.url, outlet=doc.outlet, published="2023-03-11")
    full.add_document(revised, [], VERSION)  # the only report of the generic statement is superseded
    gone = full.event_detail(generic["id"])
    assert gone is not None and gone["event"]["reports"] == [] and gone["event"]["mentions"] == 0
    assert gone["statements"][0]["document"]["status"] == "superseded"


# --- pages and counts ---------------------------------------------------------------------


def walk(store: Store, limit: int, **filters: Any) -> list[str]:
    seen: list[str] = []
    cursor: str | None = None
    while True:
        page, cursor = store.events_page(limit=limit, cursor=cursor, **filters)
        assert len(page) <= limit
        seen += [e["id"] for e in page]
        if cursor is None:
            return seen
        assert len(page) == limit and cursor.replace("-", "").replace("_", "").isalnum()


FILTERS: list[dict[str, Any]] = [
    {},
    {"type": "desertion"},
    {"since": "2023-04", "until": "2023-05-10"},
    {"admin1": "ryanggang"},
    {"include_generic": True},
    {"include_rejected": True},
    {"text": "quarrel"},
    {"actor_class": "MILITARY", "include_generic": True},
    {"type": "SEARCH", "status": "confirmed"},
]


@pytest.fixture
def many(full: Store) -> Store:
    """The fixture reports plus twenty more: the same day, undated, tied dates, other places."""
    for i in range(20):
        text = f"Guards in Hyesan arrested trader number {i} at the market, a source told Daily NK."
        doc = Document(text=text, url=f"https://dailynk.example/m{i}", outlet="Daily NK", published="2023-05-30")
        when = [("2023-05-01", "day"), ("2023-05", "month"), (None, None), ("2023", "year")][i % 4]
        where: dict[str, Any] = {"admin1": ["Ryanggang", "Chagang", "North Hamgyong"][i % 3], "admin2": None}
        found = [mention(doc, text, "arrested", ["ARREST", "SMUGGLING"][i % 2], date=when[0], precision=when[1],
                         actors=(("guards", "MILITARY"),), **where)]  # fmt: skip
        full.add_document(doc, found, VERSION)
    full.review_event(one(full, "SEARCH")["id"], "confirm", user="ana")
    return full


@pytest.mark.parametrize("filters", FILTERS)
def test_walking_every_page_gives_the_events_listing(many: Store, filters: dict[str, Any]) -> None:
    expected = [e["id"] for e in many.events(**filters)]
    for limit in (1, 2, 7, 100):
        assert walk(many, limit, **filters) == expected
    page, _ = many.events_page(limit=3, **filters)
    assert page == many.events(**filters)[:3]


def test_a_bad_cursor_is_an_error(many: Store) -> None:
    _, cursor = many.events_page(limit=2)
    assert cursor is not None
    for bad in ("not base64!", "e30", cursor[:-3], "WzEsMiwzXQ", "WyJhIixudWxsLCJiIl0"):
        with pytest.raises(ValueError, match=r"^cursor: "):
            many.events_page(cursor=bad)
    with pytest.raises(ValueError, match="limit"):
        many.events_page(limit=0)


def iso_week(day: str) -> str:
    year, week, _ = date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def keys_of(event: dict[str, Any], by: tuple[str, ...]) -> tuple[Any, ...]:
    from sitreps import link

    when = event["date"]
    window = link.date_window(when.get("value"), when.get("precision"), when.get("end"))
    first = window[0] if window else None
    derived = {
        "month": first[:7] if first else None,
        "year": first[:4] if first else None,
        "week": iso_week(first) if first else None,
        "type": event["type"],
        "modality": event["modality"],
        "admin1": event["location"].get("admin1"),
        "country": event["location"].get("country"),
        "status": event["status"],
    }
    return tuple(derived[k] for k in by)


@pytest.mark.parametrize(
    "by",
    [("month",), ("week",), ("year", "type"), ("type", "admin1"), ("modality", "country"), ("status",),
     ("week", "status", "type"), ()],
)  # fmt: skip
@pytest.mark.parametrize("filters", FILTERS[:4] + [{"include_rejected": True, "include_generic": True}])
def test_counts_are_those_of_the_listing(many: Store, by: tuple[str, ...], filters: dict[str, Any]) -> None:
    counted = Counter(keys_of(e, by) for e in many.events(**filters))
    expected = [
        {**dict(zip(by, key, strict=True)), "count": n}
        for key, n in sorted(counted.items(), key=lambda item: [(v is None, v or "") for v in item[0]])
    ]
    assert many.counts(by, **filters) == expected


def test_counts_by_month_and_bad_keys(many: Store) -> None:
    rows = many.counts(["month", "type"], type="DESERTION")
    assert rows == [{"month": "2023-03", "type": "DESERTION", "count": 1},
                    {"month": "2023-04", "type": "DESERTION", "count": 1}]  # fmt: skip
    undated = sum(1 for e in many.events() if e["date"]["value"] is None)
    assert undated and many.counts("year") == [
        {"year": "2023", "count": len(many.events()) - undated},
        {"year": None, "count": undated},
    ]
    with pytest.raises(ValueError, match="by: 'day' is not one of"):
        many.counts(["day"])
    with pytest.raises(ValueError, match="twice"):
        many.counts(["type", "type"])
