"""WARC and ARC archives (warcio): each HTML page captured in them becomes a document.

The archive is streamed record by record (`warcio.ArchiveIterator`), and a record's payload
is read only up to `max_record_bytes`, so memory stays flat however large the archive.
Taken: `response` records with an HTTP 200 and an HTML content type, and `resource` records
with an HTML content type. Everything else (requests, metadata, revisits, images, redirects)
is counted and passed over. A record whose page cannot be read is an `InputError` naming the
archive, the record's offset and its URL; a truncated or corrupt archive ends with one
`InputError` saying how far it got, after every record before the damage was read.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitreps.errors import InputError
from sitreps.ingest.html import extract_page
from sitreps.ingest.web import HTML_TYPES, media_type
from sitreps.model import Document

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
MAX_RECORD_BYTES = 10 * 1024 * 1024


def is_archive(path: str | Path) -> bool:
    """True for a file name ending in .warc, .warc.gz, .arc or .arc.gz."""
    return str(path).lower().endswith(ARCHIVE_SUFFIXES)


@dataclass(slots=True)
class WarcStats:
    """What a pass over an archive saw."""

    records: int = 0
    pages: int = 0  # HTML records taken
    documents: int = 0
    errors: int = 0
    skipped: int = 0
    payload_bytes: int = 0  # HTML payload bytes read
    archive_bytes: int = 0  # offset reached in the (compressed) archive


def _page_record(record: Any) -> tuple[str | None, str | None]:
    """(media type, charset) of an HTML page record, else (None, None)."""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return None, None
        status = http.get_statuscode()
        if status != "200":
            return None, None
        ctype, charset = media_type(http.get_header("Content-Type"))
    elif record.rec_type == "resource":
        ctype, charset = media_type(record.rec_headers.get_header("Content-Type"))
    else:
        return None, None
    if ctype in HTML_TYPES or (ctype == "" and record.rec_type == "response"):
        return ctype, charset
    return None, None


def read_warc(
    path: str | Path,
    *,
    max_record_bytes: int = MAX_RECORD_BYTES,
    stats: WarcStats | None = None,
    extract: bool = True,
) -> Iterator[Document | InputError]:
    """Documents of the HTML pages in a WARC / ARC file (gzipped or not), streamed.

    `extract=False` reads and decodes each page's payload without running trafilatura (for
    measuring the archive reading alone); nothing is yielded then but errors.
    """
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
    from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]

    stats = stats if stats is not None else WarcStats()
    name = str(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed in finally, after the generator is done
    except OSError as exc:
        yield InputError(name, f"cannot read ({exc.strerror})")
        return
    try:
        head = fh.read(4096)
        fh.seek(0)
        if not head:
            yield InputError(name, "empty archive")
            return
        if head.startswith(b"\x1f\x8b"):
            try:
                head = zlib.decompressobj(31).decompress(head, 64)
            except zlib.error:
                head = b""
        if not head.lstrip(b"\r\n").startswith((b"WARC/", b"filedesc://")):
            yield InputError(name, "not a WARC or ARC archive (it starts with neither WARC/ nor filedesc://)")
            return
        size = os.fstat(fh.fileno()).st_size
        iterator = ArchiveIterator(fh, arc2warc=True, check_digests=False)
        records = iter(iterator)
        gzipped: bool | None = None
        record_end = 0  # where the last record read ended (uncompressed archives)
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError, Exception) as exc:
                # warcio meets damage with whatever exception the broken bytes lead to
                where = _offset(iterator, fh)
                problem = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
                yield InputError(
                    f"{name}@{where}",
                    f"truncated or corrupt archive after {stats.records} record(s): {problem}",
                )  # fmt: skip
                stats.errors += 1
                return
            stats.records += 1
            offset = _offset(iterator, fh)  # not get_record_offset(): it reads the record to its end
            ctype, charset = _page_record(record)
            url = record.rec_headers.get_header("WARC-Target-URI")
            origin = f"{name}@{offset}"
            payload: bytes | None = None
            failure: str | None = None
            if ctype is None:
                stats.skipped += 1
            else:
                try:
                    payload = record.content_stream().read(max_record_bytes + 1)
                except Exception as exc:  # a damaged payload (bad gzip, bad chunking)
                    failure = f"cannot read the record's payload: {type(exc).__name__}: {exc}"
            short = _shortfall(record)
            if gzipped is None:
                gzipped = getattr(iterator.reader, "decompressor", None) is not None
            if not gzipped:
                record_end = fh.tell() - iterator.reader.rem_length()
            if short:
                stats.errors += 1
                yield InputError(
                    origin, f"truncated archive: record {stats.records} ({url}) is incomplete ({short} byte(s) short);"
                    f" {stats.documents} page(s) read before it"
                )  # fmt: skip
                return
            if ctype is None:
                continue
            if failure is not None or payload is None:
                stats.errors += 1
                yield InputError(f"{origin} ({url})", failure or "no payload")
                continue
            stats.pages += 1
            stats.payload_bytes += len(payload)
            if len(payload) > max_record_bytes:
                yield InputError(f"{origin} ({url})", f"page over the {max_record_bytes} byte cap")
                stats.errors += 1
                continue
            try:
                if extract:
                    page = extract_page(payload, origin, url=url, declared_charset=charset)
                    stats.documents += 1
                    yield page.document
                else:
                    from sitreps.ingest.html import decode_html

                    decode_html(payload, origin, charset)
            except InputError as err:
                stats.errors += 1
                yield InputError(f"{origin} ({url})", err.problem)
        if stats.records == 0:
            stats.errors += 1
            yield InputError(name, "no WARC or ARC record found (truncated, or not an archive)")
        elif (leftover := _leftover(fh, size, gzipped, iterator, record_end)) is not None:
            stats.errors += 1
            yield InputError(
                f"{name}@{leftover}", f"truncated archive: an incomplete record after {stats.records} whole one(s)"
            )
        stats.archive_bytes = fh.tell()
    finally:
        fh.close()


def _leftover(fh: Any, size: int, gzipped: bool | None, iterator: Any, record_end: int) -> int | None:
    """Offset of bytes after the last whole record that warcio passed over silently, if any."""
    if gzipped:
        start = int(getattr(iterator, "offset", size) or 0)
        return start if start < size else None  # a gzip member began there and gave no record
    fh.seek(record_end)
    tail = fh.read(1 << 16)
    return record_end if tail.strip() else None


def _shortfall(record: Any) -> int:
    """Bytes a record lacks of its declared length, once read to its end (0: whole)."""
    stream = getattr(record, "raw_stream", None)
    if stream is None or not hasattr(stream, "limit"):
        # no limit: the record declared no length, which only a header cut short does
        return 1 if record.rec_headers.get_header("Content-Length") is None else 0
    try:
        while stream.read(1 << 16):
            pass
    except Exception:  # the bytes below are damaged: count what is missing
        pass
    remaining = getattr(stream, "limit", 0)
    return int(remaining) if isinstance(remaining, int) and remaining > 0 else 0


def _offset(iterator: Any, fh: Any) -> int:
    try:
        return int(iterator.offset)
    except (AttributeError, TypeError, ValueError):
        try:
            return int(fh.tell())
        except (OSError, ValueError):
            return -1


def record_payload(path: str | Path, offset: int, *, max_record_bytes: int = MAX_RECORD_BYTES) -> bytes:
    """The HTTP payload of the record at `offset` (the number after `@` in a document's origin).

    With it, `html.offset_map(doc.text, decode_html(payload, ...).text)` rebuilds the way
    from a stored document back to the archived page.
    """
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        fh.seek(offset)
        for record in ArchiveIterator(fh, arc2warc=True):
            return bytes(record.content_stream().read(max_record_bytes))
    raise InputError(f"{path}@{offset}", "no record at this offset")
