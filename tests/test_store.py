"""The store: idempotent ingestion, revisions, cross-document linking, failures, filters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from sitreps.errors import StoreError
from sitreps.model import Actor, Document, EventDate, Evidence, Mention, Place, Source, Span
from sitreps.store import AddResult, Store
from sitreps.store.schema import event_links, events, mentions
from tests import store_fixtures

db_target = store_fixtures.db_target
postgresql_url = store_fixtures.postgresql_url

VERSION = "test-1"

DNK_MARCH = (
    "A border guard stationed in Hyesan, Ryanggang Province, deserted his post on March 3 after"
    " a quarrel with his company commander, a source in the province told Daily NK. "
    "The guard's unit has sent a search team along the Yalu River to find him. "
    "There have been frequent reports of soldiers deserting their posts in the region."
)
RFA_MARCH = (
    "A soldier of a border patrol unit in Hyesan deserted with his rifle on March 3, a resident"
    " of Ryanggang Province told RFA. Security officials are questioning his comrades."
)
DNK_APRIL = (
    "Another border guard in Hyesan, Ryanggang Province, deserted his post on April 5 after a"
    " quarrel with his platoon leader, a source told Daily NK."
)
DNK_JUNE = (
    "Police in Hyesan arrested two smugglers carrying mobile phones on May 28, a source in"
    " Ryanggang Province told Daily NK. Daily NK reported in March that a border guard in"
    " Hyesan deserted his post after a quarrel with his company commander."
)
NKN_PYONGSONG = (
    "Officers in Pyongsong, South Pyongan Province, arrested a trader on May 2, NK News has"
    " learned. The trader was later publicly executed."
)


def report(text: str, *, url: str, outlet: str, published: str) -> Document:
    return Document(text=text, url=url, outlet=outlet, published=published, title=text[:30])


def mention(
    document: Document,
    sentence: str,
    trigger: str,
    type: str,
    *,
    date: str | None = None,
    precision: str | None = None,
    admin1: str | None = "Ryanggang",
    admin2: str | None = "Hyesan",
    lat: float | None = None,
    lon: float | None = None,
    actors: tuple[tuple[str, str], ...] = (("border guard", "MILITARY"),),
    modality: str = "asserted",
    back_reference: bool = False,
    reported_by: str | None = None,
) -> Mention:
    """A mention of `sentence` (which must occur in the document) with its spans worked out."""
    start = document.text.index(sentence)
    trigger_start = start + sentence.index(trigger)
    place = None
    if admin1:
        place = Place(
            text=admin2 or admin1,
            span=None,
            country="KP",
            admin1=admin1,
            admin2=admin2,
            place=admin2,
            lat=lat,
            lon=lon,
            precision="admin2" if admin2 else "admin1",
        )
    return Mention(
        type=type,
        modality=modality,
        evidence=Evidence(
            text=sentence,
            span=Span(start, start + len(sentence)),
            trigger=trigger,
            trigger_span=Span(trigger_start, trigger_start + len(trigger)),
        ),
        is_back_reference=back_reference,
        reported_by=reported_by,
        date=EventDate(value=date, precision=precision),  # type: ignore[arg-type]
        location=place,
        actors=[Actor(text=t, cls=c) for t, c in actors],
        sources=[Source(kind="anonymous_local", text="a source", admin1=admin1)],
        confidence=0.8,
    )


def sentence(document: Document, index: int) -> str:
    """The index-th sentence of a fixture text (they end with '. ')."""
    parts = document.text.split(". ")
    return parts[index] + ("." if not parts[index].endswith(".") else "")


def dnk_march() -> tuple[Document, list[Mention]]:
    doc = report(DNK_MARCH, url="https://dailynk.example/1", outlet="Daily NK", published="2023-03-10")
    return doc, [
        mention(doc, sentence(doc, 0), "deserted", "DESERTION", date="2023-03-03", precision="day"),
        mention(doc, sentence(doc, 1), "search team", "SEARCH", date="2023-03", precision="month"),
        mention(
            doc,
            sentence(doc, 2),
            "deserting",
            "DESERTION",
            actors=(("soldiers", "MILITARY"),),
            modality="generic",
        ),
    ]


def rfa_march() -> tuple[Document, list[Mention]]:
    doc = report(RFA_MARCH, url="https://rfa.example/a", outlet="RFA", published="2023-03-12")
    return doc, [
        mention(
            doc,
            sentence(doc, 0),
            "deserted",
            "DESERTION",
            date="2023-03-03",
            precision="day",
            actors=(("soldier", "MILITARY"),),
            lat=41.39,
            lon=128.19,
        ),
    ]


def dnk_april() -> tuple[Document, list[Mention]]:
    doc = report(DNK_APRIL, url="https://dailynk.example/2", outlet="Daily NK", published="2023-04-10")
    first = sentence(doc, 0)
    return doc, [mention(doc, first, "deserted", "DESERTION", date="2023-04-05", precision="day")]


def dnk_june() -> tuple[Document, list[Mention]]:
    doc = report(DNK_JUNE, url="https://dailynk.example/3", outlet="Daily NK", published="2023-06-01")
    return doc, [
        mention(
            doc,
            sentence(doc, 0),
            "arrested",
            "ARREST",
            date="2023-05-28",
            precision="day",
            actors=(("police", "SECURITY_POLICE"),),
        ),
        mention(
            doc,
            sentence(doc, 1),
            "deserted",
            "DESERTION",
            date="2023-03",
            precision="month",
            admin2=None,
            back_reference=True,
            reported_by="Daily NK",
        ),
    ]


def nkn_pyongsong() -> tuple[Document, list[Mention]]:
    doc = report(NKN_PYONGSONG, url="https://nknews.example/p", outlet="NK News", published="2023-05-20")
    where: dict[str, Any] = {"admin1": "South Pyongan", "admin2": "Pyongsong"}
    who = (("officers", "SECURITY_POLICE"),)
    return doc, [
        mention(doc, sentence(doc, 0), "arrested", "ARREST", date="2023-05-02",
                precision="day", actors=who, lat=39.25, lon=125.87, **where),
        mention(doc, sentence(doc, 1), "executed", "PUNISHMENT", actors=who, **where),
    ]  # fmt: skip


@pytest.fixture
def store(db_target: str) -> Iterator[Store]:
    with Store.open(db_target) as opened:
        yield opened


def add(store: Store, item: tuple[Document, list[Mention]]) -> AddResult:
    return store.add_document(item[0], item[1], VERSION)


def count(store: Store, table: sa.Table) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def by_type(store: Store, type: str) -> list[dict[str, Any]]:
    return store.events(type=type)


# --- opening ------------------------------------------------------------------------------


def test_open_sets_wal_and_foreign_keys(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "x.db")) as opened, opened.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert (tmp_path / "x.db").exists()


def test_open_accepts_a_url(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'y.db'}") as opened:
        assert add(opened, dnk_april()).status == "new"
    with Store.open(tmp_path / "y.db") as reopened:
        assert len(reopened.events()) == 1


def test_open_in_a_missing_folder_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="E003"):
        Store.open(tmp_path / "nowhere" / "z.db")


# --- adding documents ---------------------------------------------------------------------


def test_add_counts_new_events(store: Store) -> None:
    result = add(store, dnk_march())
    assert result.status == "new"
    assert (result.events_new, result.events_linked) == (3, 0)
    assert result.document_id == dnk_march()[0].id


def test_same_document_again_changes_nothing(store: Store) -> None:
    add(store, dnk_march())
    before = [count(store, t) for t in (events, mentions, event_links)]
    again = add(store, dnk_march())
    assert again == AddResult(dnk_march()[0].id, "unchanged", 0, 0)
    assert [count(store, t) for t in (events, mentions, event_links)] == before
    assert len(store.documents()) == 1


def test_two_outlets_one_incident_one_event_with_two_reports(store: Store) -> None:
    add(store, dnk_march())
    result = add(store, rfa_march())
    assert (result.events_new, result.events_linked) == (0, 1)
    [desertion] = by_type(store, "DESERTION")
    assert desertion["mentions"] == 2
    assert [r["outlet"] for r in desertion["reports"]] == ["Daily NK", "RFA"]
    assert {r["url"] for r in desertion["reports"]} == {
        "https://dailynk.example/1",
        "https://rfa.example/a",
    }
    # the coordinates only RFA's mention had now belong to the event
    assert desertion["location"]["lat"] == pytest.approx(41.39)
    assert desertion["id"] == dnk_march()[1][0].event_id(dnk_march()[0], VERSION)


def test_lookalike_a_month_later_is_a_second_event(store: Store) -> None:
    add(store, dnk_march())
    result = add(store, dnk_april())
    assert (result.events_new, result.events_linked) == (1, 0)
    dates = [e["date"]["value"] for e in by_type(store, "DESERTION")]
    assert dates == ["2023-03-03", "2023-04-05"]


def test_two_mentions_of_one_document_never_merge(store: Store) -> None:
    doc = report(
        "A guard in Hyesan deserted on May 1. A second guard in Hyesan deserted on May 1 too.",
        url="https://example.org/twin",
        outlet="Daily NK",
        published="2023-05-03",
    )
    first, second = doc.text.split(". ")
    found = [
        mention(doc, first + ".", "deserted", "DESERTION", date="2023-05-01", precision="day"),
        mention(doc, second, "deserted", "DESERTION", date="2023-05-01", precision="day"),
    ]
    assert store.add_document(doc, found, VERSION).events_new == 2


def test_back_reference_joins_the_earlier_event_and_is_linked(store: Store) -> None:
    add(store, dnk_march())
    result = add(store, dnk_june())
    assert (result.events_new, result.events_linked) == (1, 1)
    [desertion] = by_type(store, "DESERTION")
    [arrest] = by_type(store, "ARREST")
    assert [r["back_reference"] for r in desertion["reports"]] == [False, True]
    assert desertion["is_back_reference"] is False
    assert desertion["evidence"]["text"].startswith("A border guard stationed in Hyesan")
    [link] = store.links(desertion["id"])
    assert (link["from_event"], link["to_event"], link["kind"]) == (
        arrest["id"],
        desertion["id"],
        "back_reference",
    )


def test_original_report_ingested_after_its_back_reference_takes_the_lead(store: Store) -> None:
    add(store, dnk_june())
    [recalled] = by_type(store, "DESERTION")
    assert recalled["is_back_reference"] is True
    add(store, dnk_march())
    [desertion] = by_type(store, "DESERTION")
    assert desertion["id"] == recalled["id"]
    assert desertion["is_back_reference"] is False
    assert desertion["date"] == {**desertion["date"], "value": "2023-03-03", "precision": "day"}
    assert desertion["mentions"] == 2
    assert len(store.links(desertion["id"])) == 1


def test_changed_text_under_same_url_is_a_revision(store: Store) -> None:
    add(store, dnk_march())
    add(store, rfa_march())
    old_id = dnk_march()[0].id
    revised = report(
        DNK_MARCH + " The commander has been dismissed.",
        url="https://dailynk.example/1",
        outlet="Daily NK",
        published="2023-03-11",
    )
    first = sentence(revised, 0)
    result = store.add_document(
        revised,
        [mention(revised, first, "deserted", "DESERTION", date="2023-03-03", precision="day")],
        VERSION,
    )
    assert result.status == "revision"
    assert (result.events_new, result.events_linked) == (0, 1)
    docs = {d["id"]: d for d in store.documents()}
    assert (docs[old_id]["revision"], docs[old_id]["status"]) == (1, "superseded")
    assert (docs[revised.id]["revision"], docs[revised.id]["status"]) == (2, "current")
    [desertion] = by_type(store, "DESERTION")
    assert [r["document_id"] for r in desertion["reports"]] == [revised.id, rfa_march()[0].id]
    # what only the superseded revision stated drops out
    assert by_type(store, "SEARCH") == []
    third = store.add_document(
        report(DNK_MARCH + " Update.", url="https://dailynk.example/1", outlet="Daily NK",
               published="2023-03-12"), [], VERSION)  # fmt: skip
    assert third.status == "revision"
    assert max(d["revision"] for d in store.documents()) == 3


def test_analyst_confirmed_event_gains_reports_but_keeps_its_data(store: Store) -> None:
    add(store, dnk_march())
    [desertion] = by_type(store, "DESERTION")
    with store.engine.begin() as conn:
        conn.execute(events.update().where(events.c.id == desertion["id"]).values(status="confirmed"))
    add(store, rfa_march())
    [after] = by_type(store, "DESERTION")
    assert after["status"] == "confirmed"
    assert after["mentions"] == 2
    assert after["location"]["lat"] is None  # RFA's coordinates did not overwrite it


class BrokenMention(Mention):
    """A mention whose rendering fails, as a bug in an extractor would."""

    def to_event(self, document: Document, pipeline_version: str) -> dict[str, Any]:
        raise RuntimeError("extractor bug")


def test_failure_mid_document_leaves_no_partial_rows(store: Store) -> None:
    add(store, dnk_march())
    [before] = by_type(store, "DESERTION")
    doc, [good] = rfa_march()
    broken = BrokenMention(type="ARREST", modality="asserted", evidence=good.evidence)
    tables = (events, mentions, event_links)
    counts = [count(store, t) for t in tables]
    with pytest.raises(RuntimeError, match="extractor bug"):
        store.add_document(doc, [good, broken], VERSION)  # good merges first, then it breaks
    assert [count(store, t) for t in tables] == counts
    assert [d["id"] for d in store.documents()] == [dnk_march()[0].id]
    [after] = by_type(store, "DESERTION")
    assert after == before  # the merge into the stored event was rolled back too
    # and the document can be added once the bug is fixed
    assert add(store, rfa_march()).status == "new"


def test_failures_are_recorded_and_survive(store: Store) -> None:
    add(store, dnk_march())
    store.record_failure("feed.jsonl:7", "ValueError: no text")
    with pytest.raises(RuntimeError):
        doc, [good] = rfa_march()
        store.add_document(doc, [BrokenMention(type="OTHER", modality="asserted",
                                               evidence=good.evidence)], VERSION)  # fmt: skip
    store.record_failure("rfa.html", "RuntimeError: extractor bug")
    assert [(f["input"], f["error"]) for f in store.failures()] == [
        ("feed.jsonl:7", "ValueError: no text"),
        ("rfa.html", "RuntimeError: extractor bug"),
    ]
    assert store.failures()[0]["created_at"].endswith("+00:00")
    assert len(store.documents()) == 1 and len(store.events()) == 2


def test_runs_are_recorded(store: Store) -> None:
    run = store.start_run(VERSION)
    store.record_failure("bad.txt", "empty", run_id=run)
    store.finish_run(run, documents=3, events=5, failures=1)
    [row] = store.runs()
    assert (row["id"], row["pipeline_version"], row["documents"], row["events"]) == (
        run,
        VERSION,
        3,
        5,
    )
    assert row["finished_at"] is not None
    assert store.failures()[0]["run_id"] == run


# --- querying -----------------------------------------------------------------------------


@pytest.fixture
def full(store: Store) -> Store:
    for item in (dnk_march(), rfa_march(), dnk_april(), dnk_june(), nkn_pyongsong()):
        add(store, item)
    return store


def ids(found: list[dict[str, Any]]) -> list[str]:
    return [f"{e['type']}:{e['date']['value']}" for e in found]


def test_events_are_ordered_by_date_with_undated_last(full: Store) -> None:
    assert ids(full.events()) == [
        "SEARCH:2023-03",  # a month starts before a day within it
        "DESERTION:2023-03-03",
        "DESERTION:2023-04-05",
        "ARREST:2023-05-02",
        "ARREST:2023-05-28",
        "PUNISHMENT:None",
    ]


def test_generic_events_only_on_request(full: Store) -> None:
    assert all(e["modality"] != "generic" for e in full.events())
    generic = full.events(include_generic=True, modality="generic")
    assert ids(generic) == ["DESERTION:None"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"type": "arrest"}, ["ARREST:2023-05-02", "ARREST:2023-05-28"]),
        (
            {"since": "2023-04", "until": "2023-05-10"},
            ["DESERTION:2023-04-05", "ARREST:2023-05-02"],
        ),
        ({"until": "2023-03-03"}, ["SEARCH:2023-03", "DESERTION:2023-03-03"]),
        ({"admin1": "south pyongan"}, ["ARREST:2023-05-02", "PUNISHMENT:None"]),
        ({"country": "kp", "type": "PUNISHMENT"}, ["PUNISHMENT:None"]),
        ({"outlet": "rfa"}, ["DESERTION:2023-03-03"]),
        ({"outlet": "NK News", "limit": 1}, ["ARREST:2023-05-02"]),
        ({"text": "smugglers PHONES"}, ["ARREST:2023-05-28"]),
        ({"text": "quarrel", "since": "2023-04-01"}, ["DESERTION:2023-04-05"]),
        ({"text": "_"}, []),  # a LIKE wildcard is taken literally
        ({"modality": "uncertain"}, []),
    ],
)
def test_event_filters(full: Store, filters: dict[str, Any], expected: list[str]) -> None:
    assert ids(full.events(**filters)) == expected


def test_bad_since_is_an_error(full: Store) -> None:
    with pytest.raises(ValueError, match="since"):
        full.events(since="last week")


def test_documents_list_event_counts(full: Store) -> None:
    rows = {d["outlet"] + ":" + d["published"]: d for d in full.documents()}
    assert rows["Daily NK:2023-03-10"]["events"] == 3
    assert rows["RFA:2023-03-12"]["events"] == 1
    assert rows["Daily NK:2023-06-01"]["events"] == 2
    assert set(rows["NK News:2023-05-20"]) >= {
        "id", "url", "title", "outlet", "published", "revision", "events",
    }  # fmt: skip


# --- the new filters, full-text search, review --------------------------------------------


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"place": "hyesan"}, ["SEARCH:2023-03", "DESERTION:2023-03-03", "DESERTION:2023-04-05",
                               "ARREST:2023-05-28"]),
        ({"place": "Pyongsong", "type": "ARREST"}, ["ARREST:2023-05-02"]),
        ({"actor_class": "SECURITY_POLICE"}, ["ARREST:2023-05-02", "ARREST:2023-05-28", "PUNISHMENT:None"]),
        ({"actor_class": "military", "until": "2023-03-31"}, ["SEARCH:2023-03", "DESERTION:2023-03-03"]),
        ({"text": "deserting"}, ["DESERTION:2023-03-03", "DESERTION:2023-04-05"]),  # stemmed
        ({"text": "quarrels platoon"}, ["DESERTION:2023-04-05"]),
        ({"text": "publicly executed"}, ["PUNISHMENT:None"]),
        ({"text": "  "}, []),
        ({"status": "machine", "type": "SEARCH"}, ["SEARCH:2023-03"]),
    ],
)  # fmt: skip
def test_more_event_filters(full: Store, filters: dict[str, Any], expected: list[str]) -> None:
    assert ids(full.events(**filters)) == expected
    assert full.count_events(**filters) == len(expected)


def test_full_text_search_over_documents(full: Store) -> None:
    found = full.documents(text="smugglers phones")
    assert [d["outlet"] for d in found] == ["Daily NK"]
    assert full.documents(text="Pyongsong trader") and full.documents(text="nothing-like-this") == []


def test_rejected_events_are_hidden_unless_asked_for(full: Store) -> None:
    [search] = full.events(type="SEARCH")
    full.review(search["id"], "rejected", note="a routine patrol")
    assert full.events(type="SEARCH") == []
    [rejected] = full.events(type="SEARCH", status="rejected")
    assert rejected["status"] == "rejected" and rejected["note"] == "a routine patrol"
    assert len(full.events(include_rejected=True)) == len(full.events()) + 1
    with pytest.raises(ValueError, match="status"):
        full.review(search["id"], "approved")


def test_corrected_event_takes_the_analysts_fields(full: Store) -> None:
    [punishment] = full.events(type="PUNISHMENT")
    when = {**punishment["date"], "value": "2023-05-10", "precision": "day"}
    full.review(punishment["id"], "corrected", correction={"date": when})
    [after] = full.events(type="PUNISHMENT", since="2023-05-10", until="2023-05-10")
    assert (after["status"], after["date"]["value"]) == ("corrected", "2023-05-10")


def test_places_actors_and_sources_are_tables(full: Store) -> None:
    from sitreps.store.schema import actors, places, sources

    assert count(full, places) >= 2
    with full.engine.connect() as conn:
        classes = set(conn.execute(sa.select(actors.c["class"])).scalars())
        kinds = set(conn.execute(sa.select(sources.c.kind)).scalars())
    assert {"MILITARY", "SECURITY_POLICE"} <= classes
    assert kinds == {"anonymous_local"}
    spans = full.mentions(document_id=dnk_march()[0].id)
    assert all(m["span_end"] > m["span_start"] and m["pipeline_version"] == VERSION for m in spans)
    first = spans[0]
    assert DNK_MARCH[first["trigger_start"] : first["trigger_end"]] == "deserted"


def test_same_document_twice_touches_no_table(store: Store) -> None:
    from sitreps.store.schema import actors, documents, event_mentions, places, sources

    tables = (documents, events, mentions, event_mentions, event_links, actors, places, sources)
    for item in (dnk_march(), rfa_march(), dnk_june()):
        add(store, item)
    before = [count(store, t) for t in tables]
    data = store.events(include_generic=True)
    for item in (dnk_june(), dnk_march(), rfa_march()):
        assert add(store, item).status == "unchanged"
    assert [count(store, t) for t in tables] == before
    assert store.events(include_generic=True) == data


def test_two_writers_at_once_make_one_event(db_target: str) -> None:
    """Two processes' worth of writers on one database: they queue, and the second links."""
    import threading

    Store.open(db_target).close()
    results: list[AddResult] = []
    errors: list[BaseException] = []

    def write(item: tuple[Document, list[Mention]]) -> None:
        try:
            with Store.open(db_target) as own:
                results.append(add(own, item))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(item,)) for item in (dnk_march(), rfa_march())]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted((r.events_new, r.events_linked) for r in results) in ([(0, 1), (3, 0)], [(1, 0), (2, 1)])
    with Store.open(db_target) as opened:
        [desertion] = opened.events(type="DESERTION")
        assert desertion["mentions"] == 2


def test_blocking_ignores_other_provinces_and_far_dates(store: Store) -> None:
    add(store, dnk_march())
    doc, [found] = rfa_march()
    stated = found.to_event(doc, VERSION)
    with store.engine.connect() as conn:
        assert [c["type"] for c in store._candidates(conn, stated, set())] == ["DESERTION"]
        elsewhere = {**stated, "location": {**stated["location"], "admin1": "North Hamgyong"}}
        assert store._candidates(conn, elsewhere, set()) == []
        later = {**stated, "date": {**stated["date"], "value": "2024-09-03"}}
        assert store._candidates(conn, later, set()) == []


def _vm_steps(store: Store, item: tuple[Document, list[Mention]]) -> int:
    """SQLite virtual-machine instructions spent storing one document."""
    steps = 0

    def tick() -> int:
        nonlocal steps
        steps += 1
        return 0

    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.set_progress_handler(tick, 1)  # type: ignore[attr-defined]
        try:
            store.add_document(*item, VERSION)
        finally:
            raw.set_progress_handler(None, 1)  # type: ignore[attr-defined]
    return steps


def test_linking_cost_grows_with_candidates_not_with_the_database(tmp_path: Path) -> None:
    """Linking RFA's report costs the same in a database of 300 unrelated events as in one of
    3,000: blocking reads only the events near it (SQLite instruction counts, one connection)."""
    import sqlalchemy.pool

    costs = []
    for size in (300, 3000):
        engine = sa.create_engine(f"sqlite:///{tmp_path / f'{size}.db'}", poolclass=sqlalchemy.pool.StaticPool)
        from sitreps.store import migrate
        from sitreps.store.db import _sqlite_hooks

        _sqlite_hooks(engine)
        migrate.ensure_current(engine)
        store = Store(engine)
        add(store, dnk_march())
        now = datetime.now(UTC)
        with engine.begin() as conn:
            conn.execute(
                events.insert(),
                [
                    {"id": f"f{i}", "type": ("DESERTION", "ARREST", "SMUGGLING")[i % 3], "modality": "asserted",
                     "date_from": f"{2000 + i % 20}-0{1 + i % 9}-01", "date_to": f"{2000 + i % 20}-0{1 + i % 9}-28",
                     "admin1": ("Ryanggang", "North Hamgyong")[i % 2], "confidence": 0.5, "reports": 1,
                     "pipeline_version": VERSION, "data": "{}", "created_at": now, "updated_at": now}
                    for i in range(size)
                ],
            )  # fmt: skip
        costs.append(_vm_steps(store, rfa_march()))
        [desertion] = store.events(type="DESERTION", since="2023-01-01")
        assert desertion["mentions"] == 2
        store.close()
    assert costs[1] < costs[0] * 1.5, costs
