"""Inputs into Documents: files, folders, stdin, URLs, URL lists, feeds and web archives.

`read_inputs` yields a Document or an InputError per item, never raises for bad input, so
that a batch reports each bad file, page, feed item or archive record and goes on with the
rest. The readers for each kind live beside this module: `html` (pages), `feeds` (RSS and
Atom), `warc` (WARC / ARC), `web` (HTTP fetching).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitreps.errors import InputError
from sitreps.ingest.language import detect_language
from sitreps.model import Document

if TYPE_CHECKING:
    from sitreps.ingest.web import Fetcher, FetchResult

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom", ".rdf"}
ARCHIVE_SUFFIXES = {".warc", ".warc.gz", ".arc", ".arc.gz"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | ARCHIVE_SUFFIXES


def clean_text(text: str) -> str:
    """The cleaned text every offset indexes: BOM dropped, newlines unified, outer space trimmed."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def _decode(data: bytes, origin: str) -> str:
    if not data.strip():
        raise InputError(origin, "empty input")
    if b"\x00" in data[:8192]:
        raise InputError(origin, "binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(origin, f"invalid UTF-8 at byte {exc.start} (re-encode the file as UTF-8)") from exc


def html_to_document(html: str | bytes, origin: str, **meta: Any) -> Document:
    """Main text and metadata of an HTML page (trafilatura; see `sitreps.ingest.html`)."""
    from sitreps.ingest.html import html_to_document as extract

    return extract(html, origin, **meta)


def _fill(doc: Document, defaults: dict[str, Any]) -> Document:
    """Fill what the document does not say from the command line's defaults."""
    for key, value in defaults.items():
        if value and not getattr(doc, key):
            setattr(doc, key, value)
    return doc


def _document_from_record(record: Any, origin: str, defaults: dict[str, Any]) -> Document:
    if not isinstance(record, dict):
        raise InputError(origin, "a JSON Lines record must be an object")
    meta = {k: record.get(k) for k in ("url", "title", "outlet", "published")}
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise InputError(origin, f"field {key!r} must be a string")
    meta = {k: v or defaults.get(k) for k, v in meta.items()}
    language = record.get("language")
    if language is not None and not isinstance(language, str):
        raise InputError(origin, "field 'language' must be a string")
    if isinstance(record.get("text"), str) and record["text"].strip():
        text = clean_text(record["text"])
        return Document(text=text, origin=origin, language=language or detect_language(text), **meta)
    if isinstance(record.get("html"), str) and record["html"].strip():
        doc = html_to_document(record["html"], origin, **{k: v for k, v in meta.items() if v})
        if language:
            doc.language = language
        return doc
    raise InputError(origin, "record has no non-empty 'text' or 'html' field")


def _read_jsonl(text: str, origin: str, defaults: dict[str, Any]) -> Iterator[Document | InputError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield _document_from_record(record, where, defaults)
        except InputError as err:
            yield err


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for archive in ARCHIVE_SUFFIXES:
        if name.endswith(archive):
            return archive
    return path.suffix.lower()


class _Sources:
    """The fetcher, made on first need and closed at the end of `read_inputs`."""

    def __init__(self, fetcher: Fetcher | None) -> None:
        self._given = fetcher
        self._made: Fetcher | None = None

    def fetcher(self) -> Fetcher:
        if self._given is not None:
            return self._given
        if self._made is None:
            from sitreps.ingest.web import Fetcher

            self._made = Fetcher.default()
        return self._made

    def close(self) -> None:
        if self._made is not None:
            self._made.close()


def _read_file(path: Path, defaults: dict[str, Any], sources: _Sources) -> Iterator[Document | InputError]:
    origin = str(path)
    suffix = _suffix(path)
    if suffix not in SUPPORTED:
        yield InputError(
            origin, f"unknown extension {suffix or '(none)'!r}; expected one of "
            + ", ".join(sorted(SUPPORTED))
        )  # fmt: skip
        return
    if suffix in ARCHIVE_SUFFIXES:
        from sitreps.ingest.warc import read_warc

        for item in read_warc(path):
            yield item if isinstance(item, InputError) else _fill(item, defaults)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(origin, f"cannot read ({exc.strerror})")
        return
    if suffix in HTML_SUFFIXES:
        try:
            yield _fill(html_to_document(data, origin), defaults)
        except InputError as err:
            yield err
        return
    if suffix in FEED_SUFFIXES:
        from sitreps.ingest.feeds import read_feed

        for item in read_feed(data, origin, _LazyFetcher(sources)):
            yield item if isinstance(item, InputError) else _fill(item, defaults)
        return
    try:
        text = _decode(data, origin)
    except InputError as err:
        yield err
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(text, origin, defaults)
        return
    cleaned = clean_text(text)
    if not cleaned:
        yield InputError(origin, "empty input")
        return
    yield Document(text=cleaned, origin=origin, language=detect_language(cleaned), **defaults)


class _LazyFetcher:
    """Stands in for a `Fetcher` and makes the real one only when a feed item needs its link."""

    def __init__(self, sources: _Sources) -> None:
        self._sources = sources

    def fetch(self, url: str, *, accept: Iterable[str] | None = None) -> FetchResult:
        return self._sources.fetcher().fetch(url, accept=accept)


def _read_url(url: str, defaults: dict[str, Any], sources: _Sources) -> Iterator[Document | InputError]:
    """A page or a feed, fetched; what it is comes from its content type (or its first bytes)."""
    from sitreps.ingest.feeds import read_feed
    from sitreps.ingest.html import extract_page
    from sitreps.ingest.web import FEED_TYPES, HTML_TYPES, FetchError

    try:
        got = sources.fetcher().fetch(url)
    except FetchError as err:
        yield err
        return
    head = got.content[:512].lstrip().lower()
    is_feed = got.content_type in FEED_TYPES or (
        got.content_type not in HTML_TYPES and head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf"))
    )
    if is_feed and not head.startswith((b"<!doctype html", b"<html")):
        for item in read_feed(got.content, url, sources.fetcher(), base_url=got.final_url,
                              content_type=got.content_type):  # fmt: skip
            yield item if isinstance(item, InputError) else _fill(item, defaults)
        return
    try:
        page = extract_page(got.content, url, url=got.final_url, declared_charset=got.charset)
    except InputError as err:
        yield err
        return
    if got.redirects:
        page.notes.append("redirected: " + " -> ".join([url, *(u for _, u in got.redirects)]))
    yield _fill(page.document, defaults)


def read_url_list(path: str) -> Iterator[str | InputError]:
    """The URLs of a list file: one a line, blank lines and `#` comments ignored."""
    try:
        text = _decode(Path(path).read_bytes(), path)
    except InputError as err:
        yield err
        return
    except OSError as exc:
        yield InputError(path, f"cannot read the URL list ({exc.strerror})")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if not entry:
            continue
        if not entry.lower().startswith(("http://", "https://")):
            yield InputError(f"{path}:{number}", f"not an http(s) URL: {entry!r}")
            continue
        yield entry


def is_url(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def read_inputs(
    inputs: Iterable[str],
    *,
    published: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Document | InputError]:
    """Documents from every kind of input an analyst collects, an `InputError` for each bad one.

    - a path: `.txt` `.md` (text), `.html` `.htm` (a page), `.jsonl` (records), `.xml`
      `.rss` `.atom` (a feed: its items), `.warc` `.warc.gz` `.arc` (an archive: its pages);
    - a folder: every such file in it, recursively, sorted;
    - `-`: stdin, JSON Lines or plain text;
    - an `http://` or `https://` URL: a page, or a feed, by its content type;
    - `@FILE`: a list of URLs, one a line (blank lines and `#` comments ignored).

    The metadata arguments fill in what an input does not say for itself (a plain-text file
    has no URL or date); they never override what a page, a record or a feed states.
    `fetcher` serves the URLs (default: `Fetcher.default()`, made only when needed).
    """
    given = {"published": published, "url": url, "outlet": outlet, "title": title}
    defaults: dict[str, Any] = {k: v for k, v in given.items() if v}
    sources = _Sources(fetcher)
    try:
        for item in inputs:
            if item == "-":
                try:
                    text = _decode(sys.stdin.buffer.read(), "<stdin>")
                except InputError as err:
                    yield err
                    continue
                if text.lstrip().startswith("{"):
                    yield from _read_jsonl(text, "<stdin>", defaults)
                else:
                    cleaned = clean_text(text)
                    yield Document(text=cleaned, origin="<stdin>", language=detect_language(cleaned), **defaults)
                continue
            if is_url(item):
                yield from _read_url(item, defaults, sources)
                continue
            if item.startswith("@") and len(item) > 1:
                for entry in read_url_list(item[1:]):
                    if isinstance(entry, InputError):
                        yield entry
                    else:
                        yield from _read_url(entry, defaults, sources)
                continue
            path = Path(item)
            if not path.exists():
                yield InputError(item, "no such file or folder")
            elif path.is_dir():
                files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
                if not files:
                    yield InputError(item, "folder holds no files")
                for file in files:
                    yield from _read_file(file, defaults, sources)
            else:
                yield from _read_file(path, defaults, sources)
    finally:
        sources.close()
