"""RSS and Atom feeds: inline items, items fetched by link from a local server, broken feeds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sitreps.errors import InputError
from sitreps.ingest import read_inputs
from sitreps.ingest.feeds import fragment_text, item_document, parse_feed, read_feed
from sitreps.ingest.web import Fetcher
from sitreps.model import Document
from tests.test_ingest_web import LocalSite, Response, page, quick

DATA = Path(__file__).parent / "data" / "ingest"
RSS = (DATA / "rss.xml").read_bytes()
BROKEN = (DATA / "broken.rss").read_bytes()

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Border Watch</title>
  <link href="https://borderwatch.example.org/"/>
  <id>urn:bw</id>
  <updated>2022-06-08T10:00:00+09:00</updated>
  <entry>
    <title>Directive on foreign media</title>
    <id>urn:bw:1</id>
    <link href="LINK1"/>
    <published>2022-06-08T10:00:00+09:00</published>
    <summary>Short teaser.</summary>
  </entry>
  <entry>
    <title>Gone</title>
    <id>urn:bw:2</id>
    <link href="LINK2"/>
    <updated>2022-06-09T10:00:00+09:00</updated>
  </entry>
</feed>
"""


@pytest.fixture
def site() -> Iterator[LocalSite]:
    s = LocalSite()
    yield s
    s.close()


def test_rss_items_with_inline_content_become_documents() -> None:
    items = list(read_feed(RSS, "rss.xml", None))
    assert all(isinstance(i, Document) for i in items)
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.title for d in docs] == ["Smugglers arrested in Hyesan", "Public execution in Hamhung"]
    assert docs[0].published == "2019-03-18T10:00:00+09:00"  # the offset the feed wrote, not UTC
    assert (
        docs[0].outlet == "North Korea Monitor"
        and docs[0].url == "https://nkmonitor.example.org/2019/03/smugglers-arrested"
    )
    assert docs[0].text.startswith("Seven people, including two border guards")
    assert "“An inspection team" in docs[0].text  # entities decoded
    assert docs[0].origin == "rss.xml#item1"


def test_item_ids_come_from_guid_then_link() -> None:
    feed = parse_feed(RSS, "rss.xml")
    assert [i.item_id for i in feed.items] == [
        "nkm-2019-0318",
        "https://nkmonitor.example.org/2020/10/hamhung-execution",
    ]
    assert feed.problem is None and feed.title == "North Korea Monitor"


def test_atom_teasers_are_fetched_from_their_links(site: LocalSite) -> None:
    body = (
        "<p>The Central Committee issued a directive ordering searches of homes for foreign media in Pyongyang.</p>" * 5
    )
    site.routes["/d1"] = Response(200, page("Directive on foreign media", body))
    atom = ATOM.replace(b"LINK1", site.url("/d1").encode()).replace(b"LINK2", site.url("/gone").encode())
    with Fetcher(quick()) as fetcher:
        items = list(read_feed(atom, "bw.atom", fetcher))
    doc, error = items
    assert isinstance(doc, Document) and isinstance(error, InputError)
    assert doc.url == site.url("/d1") and doc.published == "2022-06-08T10:00:00+09:00"
    assert "directive ordering searches" in doc.text
    assert "bw.atom#item2" in error.origin and site.url("/gone") in error.origin
    assert "cannot fetch the item's link: HTTP 404" in error.problem


def test_without_a_fetcher_a_teaser_is_an_error_naming_the_link() -> None:
    feed = parse_feed(ATOM.replace(b"LINK1", b"https://x.example/1"), "bw.atom")
    doc = item_document(feed.items[0], None)  # the teaser is all there is
    assert doc.text == "Short teaser."
    with pytest.raises(InputError, match="no inline content and its link"):
        item_document(feed.items[1], None)


def test_invalid_xml_is_reported_and_what_can_be_read_is_read() -> None:
    items = list(read_feed(BROKEN, "broken.rss", None))
    errors = [i for i in items if isinstance(i, InputError)]
    docs = [i for i in items if isinstance(i, Document)]
    assert errors[0].origin == "broken.rss" and "invalid XML at line 11" in errors[0].problem
    assert [d.title for d in docs] == ["Border guards punished after defection"]
    assert any(e.origin == "broken.rss#item2" for e in errors)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty feed"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image, not a feed"),
        (b"<html><body><p>just a page</p></body></html>", "not an RSS or Atom feed"),
        (b"<?xml version='1.0'?><rss><channel><item><title>x", "invalid XML"),
    ],
)
def test_things_that_are_not_feeds(data: bytes, problem: str) -> None:
    items = list(read_feed(data, "f.xml", None))
    assert isinstance(items[0], InputError) and problem in items[0].problem and items[0].origin == "f.xml"


def test_read_inputs_takes_feed_files_and_feed_urls(site: LocalSite, tmp_path: Path) -> None:
    site.routes["/rss"] = Response(200, RSS, {"Content-Type": "application/rss+xml"})
    site.routes["/rss-as-text"] = Response(200, RSS, {"Content-Type": "text/plain"})
    with Fetcher(quick()) as fetcher:
        items = list(read_inputs([str(DATA / "rss.xml"), site.url("/rss")], fetcher=fetcher))
        assert sum(isinstance(i, Document) for i in items) == 4
        items = list(read_inputs([site.url("/rss-as-text")], fetcher=fetcher))
    assert "content type text/plain" in str(items[0])


def test_fragment_text() -> None:
    assert fragment_text("<p>One &amp; two</p><p>three<br>four</p>") == "One & two\nthree\nfour"
