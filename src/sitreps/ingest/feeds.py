"""RSS and Atom feeds (feedparser): each item becomes a document.

An item's text comes from its inline content when the feed carries the article (at least
`MIN_INLINE_CHARS` characters of text), else from fetching its link and extracting the page,
else from whatever short summary it has. The item's title and date go with it; the feed's
title is the outlet when the page does not name one.

feedparser is lenient: a feed with broken XML often still yields its items. Those items are
ingested, and the feed is also reported as an `InputError` naming the line and column of the
XML error, so the problem is seen and nothing is lost.
"""

from __future__ import annotations

import calendar
import email.utils
import hashlib
import html as htmllib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sitreps.errors import InputError
from sitreps.ingest.html import domain_outlet, extract_page, iso_date, sniff_binary
from sitreps.ingest.language import detect_language
from sitreps.model import Document

if TYPE_CHECKING:
    from sitreps.ingest.web import Fetches as Fetcher

FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".rdf"})
MIN_INLINE_CHARS = 400
"""Inline content shorter than this (in text characters) is taken for a teaser: the link is fetched."""


@dataclass(slots=True)
class FeedItem:
    """One entry of a feed, before it becomes a document."""

    feed: str  # the feed's URL or path
    index: int  # position in the feed, from 1
    item_id: str  # guid / id, else link, else a hash of title and date
    link: str | None
    title: str | None
    published: str | None
    author: str | None
    content: str | None  # the longest inline body (HTML or text)
    content_type: str  # its media type ("text/html", "text/plain")
    outlet: str | None

    @property
    def origin(self) -> str:
        return f"{self.feed}#item{self.index}"


@dataclass(slots=True)
class Feed:
    """A parsed feed: its items, and the XML problem feedparser worked around, if any."""

    origin: str
    title: str | None
    items: list[FeedItem] = field(default_factory=list)
    problem: str | None = None


def _iso(parsed: Any) -> str | None:
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), UTC).isoformat(timespec="seconds")
    except (TypeError, ValueError, OverflowError):
        return None


def _entry_date(entry: Any) -> str | None:
    """The item's date with the offset it was written with (feedparser's own is in UTC)."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not isinstance(raw, str) or not raw.strip():
            continue
        found = iso_date(raw)
        if found:
            return found
        try:
            moment = email.utils.parsedate_to_datetime(raw.strip())
        except (TypeError, ValueError, IndexError):
            continue
        if moment is not None:
            return moment.isoformat(timespec="seconds")
    return _iso(entry.get("published_parsed")) or _iso(entry.get("updated_parsed"))


def _problem(exc: BaseException | None) -> str:
    if exc is None:
        return "malformed feed"
    line = getattr(exc, "getLineNumber", None)
    column = getattr(exc, "getColumnNumber", None)
    message = getattr(exc, "getMessage", None)
    text = message() if callable(message) else str(exc)
    if callable(line) and callable(column):
        return f"invalid XML at line {line()}, column {column()}: {text}"
    return f"malformed feed: {type(exc).__name__}: {text}"


def parse_feed(data: bytes, origin: str, *, base_url: str | None = None, content_type: str | None = None) -> Feed:
    """The items of an RSS / Atom document; raises `InputError` when it is no feed at all."""
    import feedparser  # type: ignore[import-untyped]

    if not data.strip():
        raise InputError(origin, "empty feed")
    kind = sniff_binary(data)
    if kind is not None:
        raise InputError(origin, f"{kind}, not a feed")
    headers = {"content-location": base_url or "", "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(data, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    problem = None
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        # a charset mismatch feedparser resolved by itself is not worth an error
        if type(exc).__name__ not in ("CharacterEncodingOverride",):
            problem = _problem(exc)
    entries = parsed.get("entries") or []
    if not entries and not parsed.get("version"):
        raise InputError(origin, problem or "not an RSS or Atom feed")
    meta = parsed.get("feed") or {}
    title = (meta.get("title") or "").strip() or None
    outlet = title or domain_outlet(meta.get("link") or base_url)
    feed = Feed(origin=origin, title=title, problem=problem)
    for index, entry in enumerate(entries, start=1):
        contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
        summary = entry.get("summary") or ""
        best: tuple[str, str] | None = None
        if contents:
            chosen = max(contents, key=lambda c: len(c.get("value") or ""))
            best = (chosen["value"], chosen.get("type") or "text/html")
        if summary.strip() and (best is None or len(summary) > len(best[0])):
            detail = entry.get("summary_detail") or {}
            best = (summary, detail.get("type") or "text/html")
        link = (entry.get("link") or "").strip() or None
        title_text = htmllib.unescape((entry.get("title") or "").strip()) or None
        published = _entry_date(entry)
        item_id = (entry.get("id") or "").strip() or link
        if not item_id:
            key = f"{title_text}|{published}|{(best or ('', ''))[0][:500]}"
            item_id = "sha1:" + hashlib.sha1(key.encode("utf-8")).hexdigest()
        author = (entry.get("author") or "").strip() or None
        feed.items.append(
            FeedItem(
                feed=origin,
                index=index,
                item_id=item_id,
                link=link,
                title=title_text,
                published=published,
                author=author,
                content=best[0] if best else None,
                content_type=best[1] if best else "text/html",
                outlet=outlet,
            )
        )
    return feed


_BLOCK = re.compile(r"(?i)<\s*(?:br|/p|/div|/li|/h[1-6]|/tr|/blockquote|p|div|li|h[1-6])\b[^>]*>")
_TAG = re.compile(r"<[^>]*>")


def fragment_text(fragment: str) -> str:
    """Plain text of a small HTML fragment (feed content too short for trafilatura)."""
    from sitreps.ingest.files import clean_text

    text = _BLOCK.sub("\n", fragment)
    text = htmllib.unescape(_TAG.sub("", text))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return clean_text("\n".join(line for line in lines if line))


def _inline_document(item: FeedItem, content: str) -> Document:
    from sitreps.ingest.files import clean_text

    meta = {"url": item.link, "title": item.title, "published": item.published, "outlet": item.outlet}
    if item.content_type == "text/plain":
        text = clean_text(content)
    else:
        try:
            page = extract_page(f"<html><body><article>{content}</article></body></html>", item.origin,
                                remember=False, **meta)  # fmt: skip
            return page.document
        except InputError:
            text = fragment_text(content)
    if not text:
        raise InputError(item.origin, "item has no text")
    return Document(text=text, origin=item.origin, language=detect_language(text),
                    **{k: v for k, v in meta.items() if v})  # fmt: skip


def inline_length(item: FeedItem) -> int:
    """Characters of text in the item's inline content."""
    if not item.content:
        return 0
    return len(fragment_text(item.content)) if item.content_type != "text/plain" else len(item.content.strip())


def item_document(item: FeedItem, fetcher: Fetcher | None, *, prefer: str = "auto") -> Document:
    """The document of one feed item; raises `InputError` naming the item.

    prefer: "auto" (inline content when it looks like the whole article, else the link),
    "inline" (never fetch), or "link" (always fetch when there is a link).
    """
    inline_ok = inline_length(item) >= MIN_INLINE_CHARS
    use_link = (
        item.link is not None and fetcher is not None and (prefer == "link" or (prefer == "auto" and not inline_ok))
    )
    if use_link:
        assert item.link is not None and fetcher is not None
        from sitreps.ingest.web import HTML_TYPES, FetchError

        try:
            got = fetcher.fetch(item.link, accept=HTML_TYPES)
        except FetchError as exc:
            raise InputError(f"{item.origin} ({item.link})", f"cannot fetch the item's link: {exc.problem}") from exc
        page = extract_page(got.content, item.link, url=got.final_url, declared_charset=got.charset)
        if got.redirects:
            page.notes.append("redirected: " + " -> ".join([item.link, *(u for _, u in got.redirects)]))
        doc = page.document
        page.author = page.author or item.author
        doc.title = doc.title or item.title
        doc.published = doc.published or item.published
        doc.outlet = doc.outlet or item.outlet
        return doc
    if item.content:
        return _inline_document(item, item.content)
    if item.link is not None:
        raise InputError(item.origin, f"item has no inline content and its link {item.link} was not fetched")
    raise InputError(item.origin, "item has neither content nor a link")


def read_feed(
    data: bytes, origin: str, fetcher: Fetcher | None, *, base_url: str | None = None, content_type: str | None = None
) -> Iterator[Document | InputError]:
    """Documents of every item of a feed document; an error per bad item, and one for bad XML."""
    try:
        feed = parse_feed(data, origin, base_url=base_url, content_type=content_type)
    except InputError as err:
        yield err
        return
    if feed.problem is not None:
        yield InputError(origin, f"{feed.problem} ({len(feed.items)} item(s) recovered and read)")
    for item in feed.items:
        try:
            yield item_document(item, fetcher)
        except InputError as err:
            yield err
