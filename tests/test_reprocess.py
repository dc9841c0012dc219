"""`reprocess`: stored documents re-extracted, machine events follow, reviewed events never move."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sitreps.cli import app
from sitreps.model import Document, Mention
from sitreps.store import Store
from tests import store_fixtures
from tests.test_store import VERSION, dnk_april, dnk_june, dnk_march, mention, rfa_march, sentence

db_target = store_fixtures.db_target
postgresql_url = store_fixtures.postgresql_url

V2 = "test-2"

Item = tuple[Document, list[Mention]]


@pytest.fixture
def store(db_target: str) -> Iterator[Store]:
    with Store.open(db_target) as opened:
        yield opened


def extractor(*items: Item) -> Callable[[Document], list[Mention]]:
    """A stand-in pipeline that finds, for each document, the mentions given for it."""
    found = {doc.id: found for doc, found in items}
    return lambda doc: found.get(doc.id, [])


def snapshot(store: Store) -> dict[str, Any]:
    return {e["id"]: e for e in store.events(include_generic=True, include_rejected=True)}


def test_same_pipeline_same_output_changes_nothing(store: Store) -> None:
    items = (dnk_march(), rfa_march(), dnk_june())
    for doc, found in items:
        store.add_document(doc, found, VERSION)
    before = snapshot(store)
    totals = store.reprocess(extractor(*items), VERSION)
    assert (totals["documents"], totals["unchanged"], totals["changed"]) == (3, 3, 0)
    assert snapshot(store) == before
    [run] = store.runs()
    assert run["kind"] == "reprocess" and run["counts"]["unchanged"] == 3 and run["duration_s"] >= 0


def test_new_version_same_statements_keeps_event_ids(store: Store) -> None:
    items = (dnk_march(), rfa_march(), dnk_april())
    for doc, found in items:
        store.add_document(doc, found, VERSION)
    before = snapshot(store)
    changes: list[Any] = []
    totals = store.reprocess(extractor(*items), V2, on_change=changes.append)
    after = snapshot(store)
    assert set(after) == set(before)  # every event keeps its id
    assert {e["mentions"] for e in after.values()} == {e["mentions"] for e in before.values()}
    assert totals["events_new"] == 0 and totals["events_removed"] == 0
    assert {m["pipeline_version"] for m in store.mentions()} == {V2}
    assert {d["pipeline_version"] for d in store.documents()} == {V2}
    assert [c.status for c in changes] == ["unchanged"] * 3


def test_a_better_extraction_updates_the_machine_event(store: Store) -> None:
    doc, found = dnk_april()
    store.add_document(doc, found, VERSION)
    [event] = store.events()
    assert event["location"]["admin2"] == "Hyesan"
    improved = [mention(doc, sentence(doc, 0), "deserted", "DESERTION", date="2023-04-05", precision="day",
                        lat=41.39, lon=128.19)]  # fmt: skip
    changes: list[Any] = []
    totals = store.reprocess(extractor((doc, improved)), V2, on_change=changes.append)
    [after] = store.events()
    assert after["id"] == event["id"]
    assert after["location"]["lat"] == pytest.approx(41.39)
    assert changes[0].status == "changed" and changes[0].events_updated == [event["id"]]
    assert totals["events_updated"] == 1


def test_a_statement_no_longer_found_leaves_its_event(store: Store) -> None:
    march, rfa = dnk_march(), rfa_march()
    store.add_document(*march, VERSION)
    store.add_document(*rfa, VERSION)
    [desertion] = store.events(type="DESERTION")
    assert desertion["mentions"] == 2
    [search] = store.events(type="SEARCH")
    # the new pipeline finds only the generic statement in Daily NK's report
    only_generic = [march[1][2]]
    changes: list[Any] = []
    store.reprocess(extractor((march[0], only_generic), rfa), V2, on_change=changes.append)
    [after] = store.events(type="DESERTION")
    assert after["id"] == desertion["id"]
    assert [r["outlet"] for r in after["reports"]] == ["RFA"]
    assert after["evidence"]["text"].startswith("A soldier of a border patrol")  # rebuilt from RFA alone
    assert store.events(type="SEARCH") == []
    dnk_change = next(c for c in changes if c.document_id == march[0].id)
    assert search["id"] in dnk_change.events_removed
    assert dnk_change.mentions_removed == 2


def test_reviewed_events_are_never_touched(store: Store) -> None:
    march, rfa, april = dnk_march(), rfa_march(), dnk_april()
    for item in (march, rfa, april):
        store.add_document(*item, VERSION)
    [desertion, april_event] = store.events(type="DESERTION")
    [search] = store.events(type="SEARCH")
    store.review(desertion["id"], "confirmed")
    store.review(search["id"], "rejected", note="not a search")
    store.review(april_event["id"], "corrected", correction={"date": {**april_event["date"], "value": "2023-04-06"}})
    before = snapshot(store)
    # the new pipeline finds nothing at all in any report
    changes: list[Any] = []
    totals = store.reprocess(extractor(), V2, on_change=changes.append)
    after = snapshot(store)
    for event_id in (desertion["id"], search["id"], april_event["id"]):
        assert {k: v for k, v in after[event_id].items() if k != "updated_at"} == {
            k: v for k, v in before[event_id].items() if k != "updated_at"
        }
    assert after[april_event["id"]]["date"]["value"] == "2023-04-06"
    assert after[desertion["id"]]["mentions"] == 2  # the mentions linking to them stay
    assert totals["events_reviewed_untouched"] >= 3
    untouched = {e for c in changes for e in c.events_reviewed_untouched}
    assert {desertion["id"], search["id"], april_event["id"]} <= untouched
    # what was not reviewed (the generic statement) is gone
    assert len(after) == 3


def test_new_statements_are_linked_like_new_reports(store: Store) -> None:
    march, rfa = dnk_march(), rfa_march()
    store.add_document(march[0], [], VERSION)
    store.add_document(*rfa, VERSION)
    [rfa_event] = store.events()
    changes: list[Any] = []
    store.reprocess(extractor(march, rfa), V2, on_change=changes.append)
    [desertion] = store.events(type="DESERTION")
    assert desertion["id"] == rfa_event["id"]
    assert [r["outlet"] for r in desertion["reports"]] == ["Daily NK", "RFA"]
    dnk_change = next(c for c in changes if c.document_id == march[0].id)
    assert dnk_change.mentions_added == 3 and len(dnk_change.events_new) == 2


def test_back_reference_links_are_rebuilt(store: Store) -> None:
    store.add_document(*dnk_march(), VERSION)
    store.add_document(*dnk_june(), VERSION)
    [link] = store.links()
    store.reprocess(extractor(dnk_march(), dnk_june()), V2)
    [again] = store.links()
    assert (again["from_event"], again["to_event"]) == (link["from_event"], link["to_event"])


def test_pending_and_superseded_documents_are_skipped(store: Store) -> None:
    korean = Document(text="혜산에서 국경경비대원이 탈영했다.", url="https://example.kr/1", outlet="Daily NK",
                      published="2023-03-10", language="ko")  # fmt: skip
    result = store.add_document(korean, dnk_march()[1], VERSION)  # mentions of a non-English text are ignored
    assert (result.status, result.events_new) == ("new", 0)
    [row] = store.documents(extraction="pending")
    assert (row["id"], row["events"], row["pipeline_version"]) == (korean.id, 0, None)
    doc, found = dnk_march()
    store.add_document(doc, found, VERSION)
    revised = Document(text=doc.text + " Update.", url=doc.url, outlet=doc.outlet, published="2023-03-11")
    store.add_document(revised, [], VERSION)
    changes: list[Any] = []
    totals = store.reprocess(extractor((doc, found)), V2, document_ids=[korean.id, doc.id], on_change=changes.append)
    assert [(c.status, c.reason) for c in changes] == [
        ("skipped", "language 'ko' not extracted"),
        ("skipped", "superseded revision"),
    ]
    assert totals["skipped"] == 2
    assert store.documents(extraction="pending")[0]["id"] == korean.id


def test_a_failing_extraction_is_recorded_and_the_rest_go_on(store: Store) -> None:
    march, april = dnk_march(), dnk_april()
    store.add_document(*march, VERSION)
    store.add_document(*april, VERSION)

    def extract(doc: Document) -> list[Mention]:
        if doc.id == march[0].id:
            raise RuntimeError("pipeline bug")
        return april[1]

    totals = store.reprocess(extract, V2)
    assert (totals["failed"], totals["unchanged"] + totals["changed"]) == (1, 1)
    [failure] = store.failures()
    assert failure["input"] == f"reprocess:{march[0].id}" and "pipeline bug" in failure["error"]
    assert len(store.events(type="DESERTION")) == 2


def test_cli_reprocess_after_ingest(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "r.db")
    assert runner.invoke(app, ["ingest", "--samples", "--db", db]).exit_code == 0
    listing = ["events", "--db", db, "--format", "jsonl"]
    before = [json.loads(line) for line in runner.invoke(app, listing).stdout.splitlines()]
    result = runner.invoke(app, ["reprocess", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    changes = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(changes) == 21 and {c["status"] for c in changes} == {"unchanged"}
    assert "21 unchanged" in result.stderr
    after = [json.loads(line) for line in runner.invoke(app, listing).stdout.splitlines()]
    assert [e["id"] for e in after] == [e["id"] for e in before]
    table = runner.invoke(app, ["reprocess", "--db", db])
    assert table.exit_code == 0 and "unchanged" in table.stdout
