"""`sitreps watch`: cycles over feeds served on 127.0.0.1, into a real SQLite store."""

from __future__ import annotations

import hashlib
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from sitreps.cli import app
from sitreps.ingest.watch import SqlWatchState, Watcher, parse_duration, read_feed_list
from sitreps.ingest.web import Fetcher
from sitreps.store import Store
from sitreps.store.schema import documents
from tests.test_ingest_web import LocalSite, Response, _Handler, page, quick

DATA = Path(__file__).parent / "data" / "ingest"
REPORTS = Path(__file__).parent / "data" / "reports"


def paragraphs(text: str) -> str:
    return "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())


MUSAN = paragraphs((REPORTS / "musan_desertion.txt").read_text(encoding="utf-8"))
HYESAN = paragraphs((REPORTS / "hyesan_execution.txt").read_text(encoding="utf-8"))


class FeedSite:
    """A site whose RSS feed a test edits between cycles; ETag and If-None-Match honoured."""

    def __init__(self, site: LocalSite) -> None:
        self.site = site
        self.items: list[str] = []
        site.routes["/feed.xml"] = self.serve

    def add(self, guid: str, link: str, description: str = "Teaser.") -> None:
        self.items.append(
            f"<item><title>{guid}</title><guid isPermaLink='false'>{guid}</guid><link>{self.site.url(link)}</link>"
            f"<pubDate>Mon, 22 Mar 2021 10:00:00 +0900</pubDate>"
            f"<description><![CDATA[{description}]]></description></item>"
        )

    def serve(self, h: _Handler) -> None:
        body = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Watch Test</title>'
                + "".join(self.items) + "</channel></rss>").encode()  # fmt: skip
        etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
        if h.headers.get("If-None-Match") == etag:
            h.reply(Response(304, b"", {"ETag": etag}))
        else:
            h.reply(Response(200, body, {"Content-Type": "application/rss+xml", "ETag": etag}))


@pytest.fixture
def site() -> Iterator[LocalSite]:
    s = LocalSite()
    yield s
    s.close()


@pytest.fixture
def feed(site: LocalSite) -> FeedSite:
    site.routes["/musan"] = Response(200, page("Soldiers desert in Musan", MUSAN))
    site.routes["/hyesan"] = Response(200, page("Execution in Hyesan", HYESAN))
    site.routes["/ko"] = Response(200, (DATA / "korean.html").read_bytes())
    f = FeedSite(site)
    f.add("musan", "/musan")
    f.add("hyesan", "/hyesan")
    f.add("ko", "/ko")
    return f


def watcher(db: Path, lines: list[str]) -> Watcher:
    store = Store.open(db)
    return Watcher(store, Fetcher(quick(), sleep=lambda s: None), SqlWatchState(store.engine), log=lines.append)


def stored(db: Path) -> list[tuple[str, str | None, str | None]]:
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        rows = conn.execute(sa.select(documents.c.url, documents.c.language, documents.c.title)).all()
    engine.dispose()
    return sorted((r.url, r.language, r.title) for r in rows)


def test_cycles_take_only_new_items_and_fold_near_duplicates(site: LocalSite, feed: FeedSite, tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    lines: list[str] = []
    w = watcher(db, lines)
    url = site.url("/feed.xml")

    first = w.run_cycle([url])
    assert (first.new, first.stored, first.not_extracted, first.duplicates, len(first.errors)) == (3, 2, 1, 0, 0)
    assert first.events_new > 0
    assert [(u.rsplit("/", 1)[1], lang) for u, lang, _ in stored(db)] == [
        ("hyesan", "en"),
        ("ko", "ko"),
        ("musan", "en"),
    ]

    second = w.run_cycle([url])  # nothing changed: a 304
    assert second.not_modified == 1 and second.new == 0
    assert site.requests[-1].headers.get("if-none-match")

    site.routes["/musan-copy"] = Response(200, page("Wire copy", "<p>MUSAN, March 22 (Wire) --</p>" + MUSAN))
    feed.add("copy", "/musan-copy")
    feed.add("broken", "/missing")
    third = w.run_cycle([url])
    assert (third.new, third.duplicates, third.stored, len(third.errors)) == (2, 1, 0, 1)
    assert "HTTP 404" in third.errors[0].problem and "/missing" in third.errors[0].origin
    state = SqlWatchState(w.store.engine)
    musan_id = next(i["document_id"] for i in state.items() if i["item_id"] == "musan")
    (location,) = state.locations(musan_id)
    assert location["url"] == site.url("/musan-copy") and location["kind"] == "near_duplicate"
    assert len(stored(db)) == 3  # the copy is a location, not a document

    # the failed item keeps the feed from being marked unchanged: it is retried, then given up on
    fourth = w.run_cycle([url])
    assert fourth.not_modified == 0 and fourth.new == 1 and len(fourth.errors) == 1
    fifth = w.run_cycle([url])
    assert fifth.new == 1
    failed = next(i for i in state.items() if i["item_id"] == "broken")
    assert failed["status"] == "failed" and failed["attempts"] == 3 and "gave up" in failed["error"]
    assert w.run_cycle([url]).not_modified == 1
    ko = next(i for i in state.items() if i["item_id"] == "ko")
    assert ko["status"] == "not_extracted" and "not extracted yet" in ko["error"]


def test_a_restarted_watcher_does_not_ingest_again(site: LocalSite, feed: FeedSite, tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    url = site.url("/feed.xml")
    assert watcher(db, []).run_cycle([url]).new == 3
    feed.items.append("<!-- rebuilt -->")  # the feed's bytes (and ETag) change, its items do not
    again = watcher(db, []).run_cycle([url])
    assert again.not_modified == 0 and again.items == 3 and again.new == 0
    assert len(stored(db)) == 3


def test_network_errors_end_a_feeds_turn_not_the_cycle(site: LocalSite, feed: FeedSite, tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}/feed.xml"
    site.routes["/down.xml"] = Response(500, b"")
    lines: list[str] = []
    w = watcher(tmp_path / "w.db", lines)
    report = w.run_cycle([closed, site.url("/down.xml"), site.url("/feed.xml")])
    assert report.feeds == 3 and report.feed_errors == 2 and report.stored == 2
    line = report.line()
    assert line.startswith("watch cycle 1 at ") and "3 feed(s) polled (0 not modified, 2 failed)" in line
    assert "2 error(s)" in line


def test_run_logs_one_summary_line_per_cycle(site: LocalSite, feed: FeedSite, tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# test feeds\n{site.url('/feed.xml')}\nnot-a-url\n")
    lines: list[str] = []
    waits: list[float] = []
    reports = watcher(tmp_path / "w.db", lines).run(feeds, 900.0, cycles=2, sleep=waits.append)
    assert len(reports) == 2 and len(waits) == 1 and 0 < waits[0] <= 900.0
    summaries = [line for line in lines if line.startswith("watch cycle")]
    assert len(summaries) == 2
    assert any("feeds.txt:3" in line and "not an http(s) URL" in line for line in lines)


def test_the_watch_command(site: LocalSite, feed: FeedSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(site.url("/feed.xml") + "\n")
    db = tmp_path / "cli.db"
    args = ["watch", str(feeds), "--every", "0s", "--cycles", "2", "--db", str(db), "--per-host-interval", "0"]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    summaries = [line for line in result.stderr.splitlines() if line.startswith("watch cycle")]
    assert len(summaries) == 2
    assert "3 new: 2 stored" in summaries[0] and "1 not modified" in summaries[1]
    assert len(stored(db)) == 3
    bad = CliRunner().invoke(app, ["watch", str(feeds), "--every", "soon", "--db", str(db)])
    assert bad.exit_code == 2 and "--every" in bad.stderr


@pytest.mark.parametrize(
    ("text", "seconds"), [("15m", 900), ("90s", 90), ("1h30m", 5400), ("2h", 7200), ("45", 45), ("0.5s", 0.5)]
)
def test_parse_duration(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "15x", "m"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="not a duration"):
        parse_duration(text)


def test_read_feed_list(tmp_path: Path) -> None:
    path = tmp_path / "f.txt"
    path.write_text("# comment\nhttps://a.example/feed  # the main one\n\nhttps://a.example/feed\nftp://x\n")
    urls, errors = read_feed_list(path)
    assert urls == ["https://a.example/feed"] and [e.origin for e in errors] == [f"{path}:5"]
