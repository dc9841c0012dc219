"""Local inputs: `.txt`, `.md`, `.html`, `.jsonl` files, folders of them, and `-` for stdin.

`read_inputs` yields a Document or an InputError per item, never raises for bad input, so
that a batch reports each bad file and goes on with the rest.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sitreps.errors import InputError
from sitreps.model import Document

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


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
        raise InputError(
            origin, f"invalid UTF-8 at byte {exc.start} (re-encode the file as UTF-8)"
        ) from exc


def html_to_document(html: str, origin: str, **meta: Any) -> Document:
    """Main text and metadata of an HTML page (trafilatura)."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = ""
    found: dict[str, Any] = {}
    if extracted is not None:
        data = extracted if isinstance(extracted, dict) else extracted.as_dict()
        text = data.get("text") or ""
        found = {
            "title": data.get("title"),
            "published": data.get("date"),
            "outlet": data.get("sitename"),
            "url": data.get("url"),
        }
    text = clean_text(text)
    if not text:
        raise InputError(origin, "no article text found in the HTML")
    merged = {k: v for k, v in found.items() if v}
    merged.update({k: v for k, v in meta.items() if v})
    return Document(text=text, origin=origin, **merged)


def _document_from_record(record: Any, origin: str, defaults: dict[str, Any]) -> Document:
    if not isinstance(record, dict):
        raise InputError(origin, "a JSON Lines record must be an object")
    meta = {k: record.get(k) for k in ("url", "title", "outlet", "published")}
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise InputError(origin, f"field {key!r} must be a string")
    meta = {k: v or defaults.get(k) for k, v in meta.items()}
    language = record.get("language") or "en"
    if isinstance(record.get("text"), str) and record["text"].strip():
        return Document(text=clean_text(record["text"]), origin=origin, language=language, **meta)
    if isinstance(record.get("html"), str) and record["html"].strip():
        doc = html_to_document(record["html"], origin, **meta)
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


def _read_file(path: Path, defaults: dict[str, Any]) -> Iterator[Document | InputError]:
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        yield InputError(
            origin, f"unknown extension {suffix or '(none)'!r}; expected one of "
            + ", ".join(sorted(SUPPORTED))
        )  # fmt: skip
        return
    try:
        data = path.read_bytes()
        text = _decode(data, origin)
    except InputError as err:
        yield err
        return
    except OSError as exc:
        yield InputError(origin, f"cannot read ({exc.strerror})")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(text, origin, defaults)
        return
    try:
        if suffix in HTML_SUFFIXES:
            yield html_to_document(text, origin, **defaults)
        else:
            cleaned = clean_text(text)
            if not cleaned:
                raise InputError(origin, "empty input")
            yield Document(text=cleaned, origin=origin, **defaults)
    except InputError as err:
        yield err


def read_inputs(
    inputs: Iterable[str],
    *,
    published: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
) -> Iterator[Document | InputError]:
    """Documents from paths, folders (recursively, sorted) and `-` (stdin: JSON Lines or text).

    The metadata arguments fill in what a plain-text input cannot say for itself; for
    JSON Lines and HTML they are defaults under the record's own fields.
    """
    given = {"published": published, "url": url, "outlet": outlet, "title": title}
    defaults: dict[str, Any] = {k: v for k, v in given.items() if v}
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
                yield Document(text=clean_text(text), origin="<stdin>", **defaults)
            continue
        path = Path(item)
        if not path.exists():
            yield InputError(item, "no such file or folder")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not files:
                yield InputError(item, "folder holds no files")
            for file in files:
                yield from _read_file(file, defaults)
        else:
            yield from _read_file(path, defaults)
