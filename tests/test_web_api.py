"""The JSON API over real HTTP on loopback (httpx), on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from sitreps.pipeline import Analysis
from sitreps.store import Store
from sitreps.web import Settings, create_app
from tests import store_fixtures
from tests.web_fixtures import HOSTILE_TEXT, analyse_samples, fill, serving

db_target = store_fixtures.db_target
postgresql_url = store_fixtures.postgresql_url


class Desk:
    def __init__(self, url: str, store: Store, token: str) -> None:
        self.url, self.store, self.token = url, store, token
        self.http = httpx.Client(base_url=url, timeout=30)
        self.auth = {"Authorization": f"Bearer {token}"}

    def get(self, path: str, **params: Any) -> httpx.Response:
        return self.http.get(path, params=params)

    def review(self, event_id: str, **body: Any) -> httpx.Response:
        return self.http.post(f"/api/events/{event_id}/review", json=body, headers=self.auth)


@pytest.fixture(scope="module")
def analyses() -> list[Analysis]:
    return analyse_samples()


@pytest.fixture
def desk(db_target: str, analyses: list[Analysis]) -> Iterator[Desk]:
    store = fill(db_target, analyses)
    token = store.add_user("ana")
    with serving(create_app(Settings(db=db_target), store=store)) as live:
        client = Desk(live.url, store, token)
        yield client
        client.http.close()
    store.close()


def all_pages(desk: Desk, limit: int, **filters: Any) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []
    cursor = None
    while True:
        params = {**filters, "limit": limit, **({"cursor": cursor} if cursor else {})}
        body = desk.get("/api/events", **params).raise_for_status().json()
        assert len(body["events"]) <= limit
        seen += body["events"]
        cursor = body["next_cursor"]
        if cursor is None:
            return seen


def test_pages_of_events_walk_the_whole_list_in_order(desk: Desk) -> None:
    walked = all_pages(desk, limit=7)
    expected = desk.store.events()
    assert len(expected) > 20
    assert [e["id"] for e in walked] == [e["id"] for e in expected]
    assert len({e["id"] for e in walked}) == len(walked)
    first = walked[0]
    assert {"id", "type", "modality", "date", "location", "evidence", "reports", "status"} <= first.keys()


@pytest.mark.parametrize(
    "filters",
    [{"type": "DESERTION"}, {"admin1": "Ryanggang"}, {"since": "2019", "until": "2020-06"}, {"text": "border guard"},
     {"type": "ARREST", "country": "CN"}, {"modality": "uncertain"}, {"outlet": "Daily NK"}],
)  # fmt: skip
def test_filters_keep_what_the_store_keeps(desk: Desk, filters: dict[str, str]) -> None:
    walked = all_pages(desk, limit=5, **filters)
    expected = desk.store.events(**filters)
    assert [e["id"] for e in walked] == [e["id"] for e in expected]
    if "type" in filters:
        assert walked and all(e["type"] == filters["type"] for e in walked)
    if "admin1" in filters:
        assert walked and all(e["location"]["admin1"] == filters["admin1"] for e in walked)


def test_bad_parameters_are_refused_with_the_reason(desk: Desk) -> None:
    wrong_type = desk.get("/api/events", type="RIOT")
    assert wrong_type.status_code == 422
    assert desk.get("/api/events", since="2019-13").status_code == 422
    impossible = desk.get("/api/events", since="2019-02-30")
    assert impossible.status_code == 400 and "since" in impossible.json()["detail"]
    cursor = desk.get("/api/events", cursor="not-a-cursor")
    assert cursor.status_code == 400 and "cursor" in cursor.json()["detail"]
    assert desk.get("/api/events", limit=0).status_code == 422
    assert desk.get("/api/events", since="0001").status_code == 200  # the first year has no year before it
    assert desk.get("/api/counts", by="week", since="0001-02").status_code == 200
    deep = desk.http.get("/", params={"cursor": "W" * 5000})
    assert deep.status_code == 400 and "cursor" in deep.text
    assert desk.get("/api/events/nope").status_code == 404


def test_one_event_carries_its_reports_spans_and_links(desk: Desk) -> None:
    linked = desk.store.links()
    assert linked, "the samples recall earlier incidents"
    event_id = linked[0]["to_event"]
    body = desk.get(f"/api/events/{event_id}").raise_for_status().json()
    assert body["event"]["id"] == event_id
    assert body["recalled_by"] and any(r["id"] == linked[0]["from_event"] for r in body["recalled_by"])
    for statement in body["statements"]:
        text = desk.get(f"/api/documents/{statement['document']['id']}").raise_for_status().json()["text"]
        span = statement["data"]["evidence"]["span"]
        assert text[span["start"] : span["end"]] == statement["data"]["evidence"]["text"]
    source = desk.get(f"/api/events/{linked[0]['from_event']}").json()
    assert any(r["id"] == event_id for r in source["recalls"])


def test_counts_agree_with_the_list(desk: Desk) -> None:
    events = desk.store.events()
    by_type = desk.get("/api/counts", by="type").raise_for_status().json()["counts"]
    assert {r["type"]: r["count"] for r in by_type} == Counter(e["type"] for e in events)
    by_month = desk.http.get("/api/counts", params=[("by", "month"), ("by", "type"), ("admin1", "Ryanggang")])
    rows = by_month.raise_for_status().json()["counts"]
    kept = desk.store.events(admin1="Ryanggang")
    assert sum(r["count"] for r in rows) == len(kept)
    months = {r["month"] for r in rows}
    exact = [e for e in kept if e["date"]["precision"] in ("day", "month")]
    assert exact and all(e["date"]["value"][:7] in months for e in exact)
    assert sum(r["count"] for r in rows if r["month"] is None) == sum(1 for e in kept if not e["date"]["value"])
    assert desk.get("/api/counts").status_code == 422


def test_geojson_has_a_point_for_each_placed_event(desk: Desk) -> None:
    body = desk.get("/api/events.geojson", type="DESERTION").raise_for_status().json()
    placed = [e for e in desk.store.events(type="DESERTION") if e["location"].get("lat") is not None]
    assert body["type"] == "FeatureCollection"
    assert sorted(f["id"] for f in body["features"]) == sorted(e["id"] for e in placed)
    lon, lat = body["features"][0]["geometry"]["coordinates"]
    assert 120 < lon < 135 and 35 < lat < 45
    compact = desk.get("/api/events.geojson", type="DESERTION", compact="true").json()
    assert [f["id"] for f in compact["features"]] == [f["id"] for f in body["features"]]
    assert set(compact["features"][0]["properties"]) == {"id", "type", "date", "country", "admin1", "admin2", "place",
                                                         "geo_precision", "reports"}  # fmt: skip
    assert desk.get("/api/events.geojson", limit=2).json()["truncated"] is True


def test_the_map_summary_accounts_for_every_event(desk: Desk) -> None:
    for filters in ({}, {"type": "ARREST"}, {"since": "2020"}):
        summary = desk.get("/api/map", **filters).raise_for_status().json()
        events = desk.store.events(**filters)
        drawn = sum(p["count"] for p in summary["points"]) + sum(p["count"] for p in summary["provinces"])
        assert drawn + summary["unplaced"] == len(events)
        towns = [e for e in events if e["location"]["precision"] in ("place", "admin2") and e["location"]["lat"]]
        assert sum(p["count"] for p in summary["points"]) == len(towns)
        for point in summary["points"]:
            assert sum(point["types"].values()) == point["count"]
            listed = desk.store.events(place=point["name"], **filters)
            assert len(listed) >= point["count"]
    hyesan = next(p for p in desk.get("/api/map").json()["points"] if p["name"] == "Hyesan")
    assert hyesan["admin1"] == "Ryanggang" and 41 < hyesan["lat"] < 42


def test_documents_are_listed_and_searchable(desk: Desk) -> None:
    listed = desk.get("/api/documents", limit=5).raise_for_status().json()
    everything = desk.store.documents()
    assert listed["total"] == len(everything) and len(listed["documents"]) == 5
    later = desk.get("/api/documents", limit=4, offset=6).json()["documents"]
    assert [(d["id"], d["events"]) for d in later] == [(d["id"], d["events"]) for d in everything[6:10]]
    found = desk.get("/api/documents", text="onerror").json()
    assert [d["title"] for d in found["documents"]] == [d["title"] for d in desk.store.documents(text="onerror")]
    assert desk.get("/api/documents/0000").status_code == 404


REPORT = (
    "A soldier of the border guard deserted his post in Musan County, North Hamgyong Province, on May 12, a source"
    " in the province told Daily NK on Monday. State security agents arrested two smugglers in Hoeryong last week."
)


def test_extract_reads_a_report_and_stores_nothing(desk: Desk) -> None:
    before = len(desk.store.documents())
    body = desk.http.post("/api/extract", json={"text": REPORT, "published": "2022-05-16", "outlet": "Daily NK"})
    events = body.raise_for_status().json()["events"]
    types = {e["type"] for e in events}
    assert {"DESERTION", "ARREST"} <= types
    desertion = next(e for e in events if e["type"] == "DESERTION")
    assert desertion["date"]["value"] == "2022-05-12" and desertion["location"]["admin1"] == "North Hamgyong"
    page = f"<html><head><title>Desertion</title></head><body><article><p>{REPORT}</p></article></body></html>"
    from_html = desk.http.post("/api/extract", json={"html": page, "published": "2022-05-16"}).raise_for_status()
    assert "DESERTION" in {e["type"] for e in from_html.json()["events"]}
    assert len(desk.store.documents()) == before
    assert desk.http.post("/api/extract", json={}).status_code == 400
    assert desk.http.post("/api/extract", json={"text": "   "}).json()["detail"] == "the report has no text"
    impossible = desk.http.post("/api/extract", json={"text": REPORT, "published": "2022-02-30"})
    assert impossible.status_code == 400 and "published" in impossible.json()["detail"]
    feb = (
        desk.http.post(
            "/api/extract",
            json={"text": "A guard deserted his post in Hyesan on the 31st of February.", "published": "2022-03-10"},
        )
        .raise_for_status()
        .json()["events"]
    )
    assert all(e["date"]["value"] != "2022-02-31" for e in feb)
    assert desk.http.post("/api/extract", json={"text": "x", "html": "<p>x</p>"}).status_code == 400
    too_long = desk.http.post("/api/extract", json={"text": "word " * 50_000})
    assert too_long.status_code == 413 and "limit" in too_long.json()["detail"]


def test_writes_need_a_known_token(desk: Desk) -> None:
    event_id = desk.store.events()[0]["id"]
    anonymous = desk.http.post(f"/api/events/{event_id}/review", json={"action": "confirm"})
    assert anonymous.status_code == 401
    forged = desk.http.post(f"/api/events/{event_id}/review", json={"action": "confirm"},
                            headers={"Authorization": "Bearer " + "x" * 43})  # fmt: skip
    assert forged.status_code == 401
    # a session cookie alone (as a forged cross-site request would carry) is not enough for the API
    with signed_in(desk) as (browser, _csrf):
        assert browser.post(f"/api/events/{event_id}/review", json={"action": "confirm"}).status_code == 403
    # and the API token is no session: put in the cookie it signs nobody in
    with httpx.Client(base_url=desk.url, cookies={"sitreps_session": desk.token}) as forged_cookie:
        assert "signed in as" not in forged_cookie.get("/").text
    assert desk.store.event_detail(event_id)["event"]["status"] == "machine"


def test_review_actions_change_the_event_and_are_audited(desk: Desk) -> None:
    events = desk.store.events(type="DESERTION")
    first, second = events[0]["id"], events[1]["id"]
    done = desk.review(first, action="confirm", note="checked against the Korean edition").raise_for_status().json()
    assert done["event"]["status"] == "confirmed"
    corrected = desk.review(second, action="correct", fields={"type": "DEFECTION"}).raise_for_status().json()
    assert corrected["event"]["type"] == "DEFECTION"
    assert second in {e["id"] for e in all_pages(desk, 50, type="DEFECTION")}
    assert second not in {e["id"] for e in all_pages(desk, 50, type="DESERTION")}
    bad = desk.review(second, action="correct", fields={"modality": "certain"})
    assert bad.status_code == 400 and "modality" in bad.json()["detail"]
    unknown = desk.review(second, action="correct", fields={"colour": "red"})
    assert unknown.status_code == 400
    assert desk.review(second, action="promote").status_code == 422
    audit = desk.get("/api/audit").raise_for_status().json()
    assert [a["action"] for a in audit[:2]] == ["correct", "confirm"]
    assert {a["user"] for a in audit} == {"ana"}
    assert audit[0]["changes"]["before"]["type"] == "DESERTION" and audit[0]["changes"]["after"]["type"] == "DEFECTION"
    rejected = desk.review(first, action="reject").raise_for_status().json()
    assert rejected["event"]["status"] == "rejected"
    assert first not in {e["id"] for e in all_pages(desk, 50)}
    assert first in {e["id"] for e in all_pages(desk, 50, include_rejected="true")}


def test_merge_and_split_through_the_api(desk: Desk) -> None:
    arrests = desk.store.events(type="ARREST")
    keep, other = arrests[0]["id"], arrests[1]["id"]
    merged = desk.review(keep, action="merge", other_ids=[other]).raise_for_status().json()
    assert merged["event"]["id"] == keep
    gone = desk.get(f"/api/events/{other}")
    assert gone.status_code == 404 and f"merged into {keep}" in gone.json()["detail"]
    followed = desk.http.get(f"/events/{other}", follow_redirects=False)
    assert followed.status_code == 303 and followed.headers["location"].startswith(f"/events/{keep}")
    statements = desk.get(f"/api/events/{keep}").json()["statements"]
    assert len(statements) >= 2
    split = desk.review(keep, action="split", mention_ids=[statements[-1]["mention_id"]]).raise_for_status().json()
    created = split["created"]
    assert created and created != keep
    moved = desk.get(f"/api/events/{created}").json()["statements"]
    assert [s["mention_id"] for s in moved] == [statements[-1]["mention_id"]]
    unknown = desk.review(keep, action="merge", other_ids=["no-such-event"])
    assert unknown.status_code == 404 and unknown.json()["detail"] == "other_ids: no event no-such-event"


def test_token_only_reads(db_target: str, analyses: list[Analysis]) -> None:
    store = fill(db_target, analyses[:3])
    token = store.add_user("reader")
    with (
        serving(create_app(Settings(db=db_target, reads="token"), store=store)) as live,
        httpx.Client(base_url=live.url) as http,
    ):
        assert http.get("/api/events").status_code == 401
        assert http.get("/api/events", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        page = http.get("/", follow_redirects=False)
        assert page.status_code == 303 and page.headers["location"].startswith("/login")
        assert http.get("/login").status_code == 200
    store.close()


def test_security_headers_and_escaped_report_text(desk: Desk) -> None:
    hostile = next(e for e in desk.store.events() if "window.__pwned" in e["evidence"]["text"]
                   or any(r["url"] == "https://example.org/hostile" for r in e["reports"]))  # fmt: skip
    page = desk.get(f"/events/{hostile['id']}")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert page.headers["x-content-type-options"] == "nosniff" and page.headers["x-frame-options"] == "DENY"
    assert "<script>window.__pwned" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;window.__pwned" in page.text
    assert HOSTILE_TEXT[:40] in page.text
    api = desk.get("/api/events")
    assert api.headers["content-security-policy"] and api.headers["cache-control"] == "no-store"


def test_forms_need_the_csrf_value(desk: Desk) -> None:
    event_id = desk.store.events()[0]["id"]
    login_page = desk.http.get("/login")
    csrf = login_page.cookies.get("sitreps_csrf")
    assert csrf and f'value="{csrf}"' in login_page.text
    refused = desk.http.post("/login", data={"token": desk.token, "csrf": "guess"}, follow_redirects=False)
    assert refused.status_code == 403
    signed = desk.http.post("/login", data={"token": desk.token, "csrf": csrf}, follow_redirects=False)
    assert signed.status_code == 303 and "sitreps_session" in signed.cookies
    assert signed.cookies["sitreps_session"] != desk.token  # a session id, never the API token
    forged = desk.http.post(f"/events/{event_id}/review", data={"action": "confirm"}, follow_redirects=False)
    assert forged.status_code == 403
    assert desk.store.event_detail(event_id)["event"]["status"] == "machine"
    ok = desk.http.post(f"/events/{event_id}/review", data={"action": "confirm", "csrf": csrf}, follow_redirects=False)
    assert ok.status_code == 303
    assert desk.store.event_detail(event_id)["event"]["status"] == "confirmed"
    assert desk.store.audit(event_id)[0]["user"] == "ana"


def test_pages_render_with_the_filters(desk: Desk) -> None:
    listed = desk.get("/", type="ARREST")
    assert listed.status_code == 200 and "<table" in listed.text
    assert listed.text.count('class="tag t-ARREST"') == len(desk.store.events(type="ARREST")[:50])
    assert 'class="tag t-DESERTION"' not in listed.text
    timeline = desk.get("/timeline", admin1="Ryanggang")
    assert timeline.status_code == 200 and "<svg" in timeline.text and "admin1=Ryanggang" in timeline.text
    assert desk.get("/timeline", by="week").status_code == 200
    mapped = desk.get("/map", type="ARREST")
    assert 'data-summary="/api/map?type=ARREST"' in mapped.text
    assert "/static/leaflet/leaflet.js" in mapped.text
    assert desk.get("/static/leaflet/leaflet.js").status_code == 200
    assert desk.get("/static/boundaries/kp_admin1.geojson").status_code == 200
    bad = desk.get("/", since="yesterday")
    assert bad.status_code == 400 and "since" in bad.text
    assert desk.get("/events/nope").status_code == 404


def test_a_timeline_with_too_many_bars_draws_coarser_ones(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    from sitreps.web import pages

    monkeypatch.setattr(pages, "MAX_BINS", 12)
    page = desk.get("/timeline", by="week")
    assert page.status_code == 200 and "Events per year" in page.text and "per week would be too many" in page.text
    years = {e["date"]["value"][:4] for e in desk.store.events() if e["date"]["value"]}
    assert all(f"since={y}&amp;until={y}" in page.text for y in years)


def test_the_openapi_schema_documents_the_api(desk: Desk) -> None:
    schema = desk.get("/openapi.json").raise_for_status().json()
    paths = schema["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/counts", "/api/events.geojson", "/api/extract",
                 "/api/events/{event_id}/review", "/api/documents"):  # fmt: skip
        assert path in paths
    assert "/events/{event_id}" not in paths  # pages are not API


@contextmanager
def signed_in(desk: Desk) -> Iterator[tuple[httpx.Client, str]]:
    """A browser-like client signed in through the login form, and its CSRF value."""
    with httpx.Client(base_url=desk.url, timeout=30) as browser:
        csrf = browser.get("/login").cookies["sitreps_csrf"]
        assert browser.post("/login", data={"token": desk.token, "csrf": csrf}).status_code == 303
        yield browser, csrf


def test_the_correction_form_changes_only_what_the_analyst_changed(desk: Desk) -> None:
    event = desk.store.events(type="DESERTION")[0]
    with signed_in(desk) as (browser, csrf):
        form = {"csrf": csrf, "action": "correct", "type": "DEFECTION", "modality": event["modality"],
                "date_value": "2019-08", "date_precision": "month", "admin1": "North Hamgyong", "place": "Musan",
                "note": "the guard crossed into China", "reported_by": event["reported_by"] or ""}  # fmt: skip
        if event["is_back_reference"]:  # as the form shows it: the box ticked
            form["is_back_reference"] = "on"
        done = browser.post(f"/events/{event['id']}/review", data=form, follow_redirects=False)
        assert done.status_code == 303, done.text
        unchanged = browser.post(f"/events/{event['id']}/review", data=form, follow_redirects=False)
        assert unchanged.status_code == 400 and "changes nothing" in unchanged.text
    after = desk.store.event_detail(event["id"])
    corrected = after["event"]
    assert corrected["status"] == "corrected" and corrected["type"] == "DEFECTION"
    assert corrected["date"]["value"] == "2019-08" and corrected["date"]["precision"] == "month"
    assert corrected["location"]["admin1"] == "North Hamgyong" and corrected["location"]["lat"] is not None
    assert corrected["modality"] == event["modality"] and corrected["actors"] == event["actors"]
    assert set(corrected["reviewed_fields"]) == {"type", "date", "location"}
    last = after["audit"][0]
    assert last["user"] == "ana" and last["note"] == "the guard crossed into China"
    assert last["changes"]["before"]["type"] == "DESERTION"
    assert event["id"] in {e["id"] for e in all_pages(desk, 50, type="DEFECTION", admin1="North Hamgyong")}


def test_merge_and_split_through_the_forms(desk: Desk) -> None:
    arrests = desk.store.events(type="ARREST")
    keep, other = arrests[0]["id"], arrests[1]["id"]
    with signed_in(desk) as (browser, csrf):
        merged = browser.post(f"/events/{keep}/review", data={"csrf": csrf, "action": "merge", "other_ids": other},
                              follow_redirects=False)  # fmt: skip
        assert merged.status_code == 303
        statements = desk.store.event_detail(keep)["statements"]
        page = browser.get(f"/events/{keep}")
        assert page.text.count('name="mention_id"') == len(statements) >= 2
        moved = statements[-1]["mention_id"]
        split = browser.post(f"/events/{keep}/review", data={"csrf": csrf, "action": "split", "mention_id": moved},
                             follow_redirects=False)  # fmt: skip
        assert split.status_code == 303
        unknown = browser.post(f"/events/{keep}/review", data={"csrf": csrf, "action": "merge", "other_ids": "nope"})
        assert unknown.status_code == 404
    remaining = [s["mention_id"] for s in desk.store.event_detail(keep)["statements"]]
    assert moved not in remaining and len(remaining) == len(statements) - 1
    assert [a["action"] for a in desk.store.audit(keep)[:2]] == ["split", "merge"]


def test_sessions_end_at_sign_out_and_with_the_token(desk: Desk) -> None:
    with signed_in(desk) as (browser, csrf):
        session = browser.cookies["sitreps_session"]
        assert desk.store.session_user(session) == "ana"
        assert "signed in as" in browser.get("/").text
        browser.post("/logout", data={"csrf": csrf})
        assert desk.store.session_user(session) is None
    with httpx.Client(base_url=desk.url, cookies={"sitreps_session": session}) as replay:
        assert "signed in as" not in replay.get("/").text
    with signed_in(desk) as (browser, _csrf):
        session = browser.cookies["sitreps_session"]
        assert desk.store.revoke_user("ana")
        assert desk.store.session_user(session) is None and "signed in as" not in browser.get("/").text
    from datetime import timedelta

    desk.store.add_user("bo")
    expired = desk.store.start_session("bo", lifetime=timedelta(seconds=-1))
    assert desk.store.session_user(expired) is None
    assert desk.store.session_user(desk.store.start_session("bo")) == "bo"
