"""HTML pages into Documents: charset, main text (trafilatura), metadata, and an offset map.

- `decode_html(data, origin, declared=)` turns bytes into text: BOM, then the charset the
  server declared, then the page's `<meta charset>`, then UTF-8, then detection. A wrong
  declaration is caught (bytes that do not decode as declared, or a single-byte declaration
  over valid multi-byte UTF-8) and the page is decoded as what it is. Binary data (a PNG
  named `.html`) is an `InputError`.
- `extract_page(html, origin, url=)` returns an `ExtractedPage`: the `Document` (cleaned
  main text, title, publication date and outlet from JSON-LD and meta tags before
  trafilatura's own guesses, the domain as outlet of last resort, language by script), the
  author, and a lazily built `OffsetMap` from cleaned-text offsets to the page.
- `to_page_offset(doc, start)` answers for a recently extracted page (a bounded registry
  keyed by document id); `offset_map(text, html)` builds a map for any pair.

Offsets into "the page" are indexes into the decoded HTML string (`ExtractedPage.html`).
Evidence span [s, e) of the document maps to `page[map.to_page(s):map.to_page_end(e)]`,
which holds the same words, with the page's own markup and entities between them.
"""

from __future__ import annotations

import codecs
import html as htmllib
import json
import re
from array import array
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sitreps.errors import InputError
from sitreps.ingest.language import detect_language
from sitreps.model import Document

# --- bytes to text ------------------------------------------------------------------------

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip data"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"RIFF", "RIFF media (WebP, WAV, AVI)"),
    (b"\x00\x00\x00", "binary media (MP4 or similar)"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\xd0\xcf\x11\xe0", "legacy Office document"),
    (b"SQLite format 3", "SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SINGLE_BYTE = re.compile(r"^(iso8859[-_]\d+|cp125\d|latin[-_]1|ascii|cp437|mac[-_]roman|koi8[-_][ru])$")


def sniff_binary(data: bytes) -> str | None:
    """What kind of binary data this is, or None when it may be text."""
    head = data[:8192]
    for bom, _ in _BOMS:
        if head.startswith(bom):
            return None
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if b"\x00" in head:
        return "binary data"
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if head and controls / len(head) > 0.05:
        return "binary data"
    return None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The `charset=` parameter of a Content-Type header value."""
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.IGNORECASE)
    return m.group(1) if m else None


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None  # set when a declaration was wrong and overruled


def decode_html(data: bytes, origin: str, declared: str | None = None) -> Decoded:
    """Text of an HTML page's bytes; raises `InputError` for empty, binary or undecodable data."""
    if not data.strip():
        raise InputError(origin, "empty input")
    kind = sniff_binary(data)
    if kind is not None:
        raise InputError(origin, f"{kind}, not HTML")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise InputError(origin, f"byte-order mark says {encoding} but byte {exc.start} is invalid") from exc
    meta = _META_CHARSET.search(data[:4096])
    claims = [
        ("declared by the server", declared),
        ("declared in the page", meta.group(1).decode("ascii", "replace") if meta else None),
    ]
    notes: list[str] = []
    utf8_ok: bool | None = None
    for where, claim in claims:
        if not claim:
            continue
        codec = _codec(claim)
        if codec is None:
            notes.append(f"unknown charset {claim!r} {where}")
            continue
        if _SINGLE_BYTE.match(codec) and not data.isascii():
            # any byte string decodes as a single-byte charset: check for UTF-8 first, which
            # random legacy text almost never is
            if utf8_ok is None:
                utf8_ok = _is_utf8(data)
            if utf8_ok:
                notes.append(f"charset {claim!r} {where} is wrong: the page is UTF-8")
                return Decoded(data.decode("utf-8"), "utf-8", "; ".join(notes))
        try:
            return Decoded(data.decode(codec), codec, "; ".join(notes) or None)
        except UnicodeDecodeError as exc:
            notes.append(f"charset {claim!r} {where} is wrong (invalid at byte {exc.start})")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "; ".join(notes) or None)
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            notes.append(f"not UTF-8 (invalid at byte {first_bad}); detected {best.encoding}")
            return Decoded(text, best.encoding, "; ".join(notes))
    raise InputError(origin, "; ".join([*notes, f"not UTF-8 (invalid at byte {first_bad}) and no other encoding fits"]))


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# --- metadata from JSON-LD and meta tags ---------------------------------------------------

_ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "backgroundnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "webpage", "report",
                  "liveblogposting", "socialmediaposting"}  # fmt: skip
_META_KEYS = {
    "published": ("article:published_time", "og:article:published_time", "datepublished", "date",
                  "dc.date", "dc.date.issued", "dcterms.created", "pubdate", "publishdate", "sailthru.date",
                  "parsely-pub-date", "article.published", "publication_date"),
    "author": ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"),
    "outlet": ("og:site_name", "application-name", "publisher", "dc.publisher"),
    "title": ("og:title", "twitter:title", "dc.title", "headline"),
}  # fmt: skip


def _names(value: Any) -> list[str]:
    """Names from a JSON-LD author or publisher value (string, object, or list of them)."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        name = value.get("name")
        return _names(name) if isinstance(name, str | list) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _json_ld_objects(data: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    stack = [data]
    while stack and len(found) < 200:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            found.append(item)
            graph = item.get("@graph")
            if graph is not None:
                stack.append(graph)
            main = item.get("mainEntity")
            if isinstance(main, dict | list):
                stack.append(main)
    return found


def iso_date(value: str | None) -> str | None:
    """An ISO 8601 date (or date-time, kept with its offset) from a metadata value, else None."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    m = re.match(
        r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?", value
    )
    if not m:
        m2 = re.match(r"(\d{4})(\d{2})(\d{2})$", value)
        if not m2:
            return None
        value = f"{m2.group(1)}-{m2.group(2)}-{m2.group(3)}"
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
        assert m is not None
    try:
        day = datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    if day.year < 1990 or day.year > 2100:
        return None
    if m.lastindex and m.lastindex >= 4 and m.group(4):
        stamp = f"{m.group(1)}-{m.group(2)}-{m.group(3)}T{m.group(4)}:{m.group(5)}:{m.group(6) or '00'}"
        zone = m.group(7)
        if zone:
            zone = "+00:00" if zone == "Z" else (zone if ":" in zone else f"{zone[:3]}:{zone[3:]}")
            stamp += zone
        try:
            datetime.fromisoformat(stamp)
        except ValueError:
            return day.date().isoformat()
        return stamp
    return day.date().isoformat()


def structured_metadata(tree: Any) -> dict[str, str]:
    """Title, author, publication date and outlet as the page states them in JSON-LD and meta tags.

    JSON-LD of an article type comes first, then `<meta>` tags (Open Graph, Dublin Core,
    article:*), then `<time datetime>` of the first `<article>`.
    """
    found: dict[str, str] = {}
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, TypeError):
            continue
        for obj in _json_ld_objects(data):
            types = obj.get("@type")
            type_names = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
            if not type_names & _ARTICLE_TYPES:
                continue
            published = iso_date(obj.get("datePublished")) or iso_date(obj.get("dateCreated"))
            if published and "published" not in found:
                found["published"] = published
            authors = _names(obj.get("author")) or _names(obj.get("creator"))
            if authors and "author" not in found:
                found["author"] = "; ".join(dict.fromkeys(authors))
            outlets = _names(obj.get("publisher")) or _names(obj.get("sourceOrganization"))
            if outlets and "outlet" not in found:
                found["outlet"] = outlets[0]
            headline = obj.get("headline") or obj.get("name")
            if isinstance(headline, str) and headline.strip() and "title" not in found and "webpage" not in type_names:
                found["title"] = " ".join(headline.split())
    metas: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    for field_name, keys in _META_KEYS.items():
        if field_name in found:
            continue
        for key in keys:
            value = metas.get(key)
            if not value:
                continue
            if field_name == "published":
                value = iso_date(value) or ""
            elif field_name == "author" and value.startswith(("http://", "https://")):
                continue
            if value:
                found[field_name] = " ".join(value.split())
                break
    if "published" not in found:
        for stamp in tree.xpath("(//article//time[@datetime] | //time[@pubdate][@datetime])[1]/@datetime"):
            date = iso_date(str(stamp))
            if date:
                found["published"] = date
    return found


def domain_outlet(url: str | None) -> str | None:
    """The host of a URL without `www.`, as an outlet of last resort."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    return host or None


# --- extraction -----------------------------------------------------------------------------


@dataclass(slots=True)
class ExtractedPage:
    """One page's document, with what does not fit in a `Document` and the way back to the page."""

    document: Document
    html: str
    author: str | None = None
    encoding: str | None = None
    notes: list[str] = field(default_factory=list)
    _offsets: OffsetMap | None = None

    @property
    def offsets(self) -> OffsetMap:
        """Cleaned-text offsets to page offsets (built on first use)."""
        if self._offsets is None:
            self._offsets = offset_map(self.document.text, self.html)
        return self._offsets


def _clean(text: str) -> str:
    from sitreps.ingest.files import clean_text

    return clean_text(text)


def extract_page(
    page: str | bytes,
    origin: str,
    *,
    url: str | None = None,
    declared_charset: str | None = None,
    remember: bool = True,
    **meta: Any,
) -> ExtractedPage:
    """The main text and metadata of one HTML page; raises `InputError` when there is none.

    `meta` (title, outlet, published, url) overrides what the page says, as a caller who
    knows better (a feed entry, the command line) would. The page's final URL, when given,
    fills `url` and, through its domain, the outlet of last resort.
    """
    import trafilatura
    from trafilatura.utils import load_html

    notes: list[str] = []
    encoding: str | None = None
    if isinstance(page, bytes):
        decoded = decode_html(page, origin, declared_charset)
        text_html, encoding = decoded.text, decoded.encoding
        if decoded.note:
            notes.append(decoded.note)
    else:
        text_html = page
        if not text_html.strip():
            raise InputError(origin, "empty input")
        if "\x00" in text_html[:8192]:
            raise InputError(origin, "binary data, not HTML")
    try:
        tree = load_html(text_html)
    except Exception as exc:  # lxml raises a handful of unrelated types on hopeless markup
        raise InputError(origin, f"unparseable HTML ({exc})") from exc
    if tree is None:
        raise InputError(origin, "unparseable HTML (no element found)")
    stated = structured_metadata(tree)
    lang_attr = (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip() or None
    try:
        # trafilatura's own metadata search costs as much as the text extraction: skip it when
        # the page's JSON-LD and meta tags already said everything it could find
        need_meta = not all(stated.get(k) for k in ("title", "published", "outlet"))
        extracted = trafilatura.bare_extraction(tree, url=url, with_metadata=need_meta, include_comments=False)
    except Exception as exc:  # trafilatura is robust, but a page must never stop a batch
        raise InputError(origin, f"HTML extraction failed ({type(exc).__name__}: {exc})") from exc
    data: dict[str, Any] = {}
    if extracted is not None:
        data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = _clean(data.get("text") or "")
    if not text:
        raise InputError(origin, "no article text found in the HTML")
    page_url = meta.get("url") or url or data.get("url")
    sitename = data.get("sitename")
    if (
        sitename
        and page_url
        and sitename.lower().removeprefix("www.") in (urlsplit(page_url).netloc.lower(), domain_outlet(page_url))
    ):
        sitename = None  # trafilatura's stand-in for a missing name: the host, port and all
    found = {
        "title": stated.get("title") or data.get("title"),
        "published": stated.get("published") or iso_date(data.get("date")),
        "outlet": stated.get("outlet") or sitename or domain_outlet(page_url),
        "url": page_url,
    }
    merged: dict[str, Any] = {k: v for k, v in found.items() if v}
    merged.update({k: v for k, v in meta.items() if v and k in ("title", "outlet", "published", "url")})
    language = meta.get("language") or detect_language(text, lang_attr)
    doc = Document(text=text, origin=origin, language=language, **merged)
    result = ExtractedPage(
        document=doc,
        html=text_html,
        author=meta.get("author") or stated.get("author") or data.get("author"),
        encoding=encoding,
        notes=notes,
    )
    if remember:
        _REGISTRY.put(doc.id, result)
    return result


def html_to_document(html: str | bytes, origin: str, **meta: Any) -> Document:
    """Main text and metadata of an HTML page (see `extract_page`)."""
    return extract_page(html, origin, **meta).document


# --- offset map ------------------------------------------------------------------------------

_RAW_TEXT = {"script", "style", "title", "template", "textarea", "xmp", "noembed", "noframes"}
_INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark",
           "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "del",
           "ins", "nobr", "tt", "big", "strike", "label"}  # fmt: skip
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)|<![^>]*>|<\?[^>]*>"
    r"|<(/?)([A-Za-z][A-Za-z0-9:_-]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>",
    re.S,
)
_PIECE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?|\s+|[^&\s]+")
_WORD = re.compile(r"\S+")
_WINDOW = 5000  # how far past the cursor a word of an unmatched line is looked for


@dataclass(slots=True)
class _Stream:
    """The page's visible text, whitespace collapsed, each character with its page span."""

    chars: list[str]
    starts: array[int]
    ends: array[int]

    def space(self, start: int, end: int) -> None:
        if self.chars and self.chars[-1] == " ":
            self.ends[-1] = max(self.ends[-1], end)
            return
        self.chars.append(" ")
        self.starts.append(start)
        self.ends.append(end)

    def add_text(self, segment: str, base: int) -> None:
        for m in _PIECE.finditer(segment):
            piece = m.group()
            pos = base + m.start()
            if piece[0] == "&":
                decoded = htmllib.unescape(piece)
                if decoded == piece:
                    self._plain(piece, pos)
                    continue
                for char in decoded:
                    if char.isspace():
                        self.space(pos, pos + len(piece))
                    else:
                        self.chars.append(char)
                        self.starts.append(pos)
                        self.ends.append(pos + len(piece))
            elif piece[0].isspace():
                self.space(pos, pos + len(piece))
            else:
                self._plain(piece, pos)

    def _plain(self, piece: str, pos: int) -> None:
        self.chars.append(piece)  # joined later; one entry may hold many characters
        self.starts.extend(range(pos, pos + len(piece)))
        self.ends.extend(range(pos + 1, pos + len(piece) + 1))


def _page_stream(page: str) -> tuple[str, array[int], array[int]]:
    stream = _Stream([], array("q"), array("q"))
    pos = 0
    length = len(page)
    while pos < length:
        m = _TOKEN.search(page, pos)
        if m is None:
            stream.add_text(page[pos:], pos)
            break
        if m.start() > pos:
            stream.add_text(page[pos : m.start()], pos)
        pos = m.end()
        name = (m.group(2) or "").lower()
        if not name:
            continue
        if not m.group(1) and name in _RAW_TEXT:
            close = re.compile(rf"</{name}\s*>", re.I).search(page, pos)
            pos = close.end() if close else length
            stream.space(m.start(), m.start())
        elif name not in _INLINE:
            stream.space(m.start(), m.start())
    return "".join(stream.chars), stream.starts, stream.ends


@dataclass(slots=True)
class OffsetMap:
    """Page span of each character of a document's cleaned text (-1 where none was found).

    `to_page(start)` and `to_page_end(end)` map a cleaned-text span [start, end) onto the
    page; a character trafilatura added (the "- " of a list item, the "|" between table
    cells, a newline) has no page span of its own and takes its neighbour's.
    """

    starts: array[int]
    ends: array[int]

    @property
    def coverage(self) -> float:
        """Share of the text's characters that were found on the page."""
        if not self.starts:
            return 1.0
        return sum(1 for s in self.starts if s >= 0) / len(self.starts)

    def to_page(self, start: int) -> int:
        """Page offset where the cleaned-text span starting at `start` begins."""
        n = len(self.starts)
        if n == 0:
            return 0
        start = max(0, min(start, n))
        for i in range(start, n):
            if self.starts[i] >= 0:
                return int(self.starts[i])
        for i in range(min(start, n) - 1, -1, -1):
            if self.ends[i] >= 0:
                return int(self.ends[i])
        return 0

    def to_page_end(self, end: int) -> int:
        """Page offset where the cleaned-text span ending at `end` (exclusive) ends."""
        n = len(self.ends)
        if n == 0:
            return 0
        end = max(0, min(end, n))
        for i in range(end - 1, -1, -1):
            if self.ends[i] >= 0:
                return int(self.ends[i])
        return self.to_page(end)

    def page_span(self, start: int, end: int) -> tuple[int, int]:
        """Page offsets [start, end) of a cleaned-text span."""
        lo = self.to_page(start)
        return lo, max(lo, self.to_page_end(end))


def offset_map(text: str, page: str) -> OffsetMap:
    """Align a document's cleaned text with the page it was extracted from.

    The page's visible text (tags, scripts and styles dropped, entities decoded, whitespace
    collapsed) is searched line by line, in order, for each line of the cleaned text; a
    line trafilatura rewrote is aligned word by word instead.
    """
    stream, s_starts, s_ends = _page_stream(page)
    n = len(text)
    starts = array("q", [-1]) * n
    ends = array("q", [-1]) * n
    cursor = 0
    line_start = 0
    for line in text.split("\n"):
        words = [(m.start(), m.end()) for m in _WORD.finditer(line)]
        if words:
            norm = " ".join(line[a:b] for a, b in words)
            found = stream.find(norm, cursor)
            if found < 0:
                found = stream.find(norm)
            if found >= 0:
                k = found
                previous_end: int | None = None
                for a, b in words:
                    if previous_end is not None:  # the space(s) between two words
                        for i in range(line_start + previous_end, line_start + a):
                            starts[i], ends[i] = s_starts[k - 1], s_ends[k - 1]
                    size = b - a
                    starts[line_start + a : line_start + b] = s_starts[k : k + size]
                    ends[line_start + a : line_start + b] = s_ends[k : k + size]
                    k += size + 1
                    previous_end = b
                cursor = found + len(norm)
            else:
                cursor = _align_words(line, line_start, words, stream, s_starts, s_ends, starts, ends, cursor)
        line_start += len(line) + 1
    return OffsetMap(starts, ends)


def _align_words(
    line: str, line_start: int, words: list[tuple[int, int]], stream: str,
    s_starts: array[int], s_ends: array[int], starts: array[int], ends: array[int], cursor: int,
) -> int:  # fmt: skip
    for a, b in words:
        word = line[a:b]
        found = stream.find(word, cursor, cursor + _WINDOW + len(word))
        if found < 0:
            core = word.strip("-|•*·–—\"'“”‘’()[]{}.,;:!?")
            if not core:
                continue
            found = stream.find(core, cursor, cursor + _WINDOW + len(core))
            if found < 0:
                continue
            a += word.index(core)
            b = a + len(core)
        size = b - a
        starts[line_start + a : line_start + b] = s_starts[found : found + size]
        ends[line_start + a : line_start + b] = s_ends[found : found + size]
        cursor = found + size
    return cursor


# --- registry: offsets of recently extracted pages --------------------------------------------


class _Registry:
    """The last `size` extracted pages by document id (their HTML, their map once built)."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._pages: OrderedDict[str, ExtractedPage] = OrderedDict()

    def put(self, doc_id: str, page: ExtractedPage) -> None:
        self._pages[doc_id] = page
        self._pages.move_to_end(doc_id)
        while len(self._pages) > self.size:
            self._pages.popitem(last=False)

    def get(self, doc_id: str) -> ExtractedPage | None:
        return self._pages.get(doc_id)

    def clear(self) -> None:
        self._pages.clear()


_REGISTRY = _Registry()


def page_of(doc: Document) -> ExtractedPage | None:
    """The extracted page a document came from, while it is among the last 256 extracted."""
    return _REGISTRY.get(doc.id)


def to_page_offset(doc: Document, start: int) -> int:
    """Offset in the page's HTML of cleaned-text offset `start` of `doc`.

    Raises `KeyError` when the page is no longer remembered (more than 256 pages were
    extracted since); `offset_map(doc.text, html)` rebuilds the map from the page itself.
    """
    page = _REGISTRY.get(doc.id)
    if page is None:
        raise KeyError(f"no page remembered for document {doc.id}; use offset_map(doc.text, html)")
    return page.offsets.to_page(start)
