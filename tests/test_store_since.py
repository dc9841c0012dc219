"""The `since` filter's index bound (`date_from >= since - WIDE_WINDOW_DAYS`) never loses an
event whose long date window reaches `since` (a `wide` event), on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sitreps.pipeline import Analysis
from sitreps.store import Store
from tests import store_fixtures
from tests.web_fixtures import analyse_samples, fill

db_target = store_fixtures.db_target
postgresql_url = store_fixtures.postgresql_url


@pytest.fixture(scope="module")
def analyses() -> list[Analysis]:
    return analyse_samples()[:8]


@pytest.fixture
def store(db_target: str, analyses: list[Analysis]) -> Iterator[Store]:
    opened = fill(db_target, analyses)
    yield opened
    opened.close()


def test_a_long_range_reaching_since_is_kept(store: Store) -> None:
    event = next(e for e in store.events() if e["date"]["value"] and e["date"]["value"] < "2019")
    long_range = {"value": "2012", "precision": "year", "end": "2024", "text": None, "span": None}
    store.review_event(event["id"], "correct", user="test", fields={"date": long_range})
    for since in ("2020-06", "2023", "2024-12-31"):
        kept = store.events(since=since)
        assert event["id"] in {e["id"] for e in kept}, since
        paged, cursor = store.events_page(limit=500, since=since)
        assert cursor is None and [e["id"] for e in paged] == [e["id"] for e in kept]
    assert event["id"] not in {e["id"] for e in store.events(since="2025")}
    # an ordinary window starting more than 400 days before `since` does not reach it
    short = {"value": "2012", "precision": "year", "end": None, "text": None, "span": None}
    store.review_event(event["id"], "correct", user="test", fields={"date": short})
    assert event["id"] not in {e["id"] for e in store.events(since="2014")}
    assert event["id"] in {e["id"] for e in store.events(since="2012-12")}
