"""`POST /api/extract`: one report in, its events out, nothing stored."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

from fastapi import HTTPException

from sitreps.errors import SitrepsError
from sitreps.model import Document

READERS = threading.BoundedSemaphore(2)
"""Reports read at once: one per core of the machine this was sized on; more wait their turn
(up to `WAIT_S`) and are then refused with 429, so anonymous callers cannot queue unbounded work."""
WAIT_S = 30.0


def read_report(body: dict[str, Any], max_chars: int) -> dict[str, Any]:
    """The pipeline's reading of a report given as `text` or `html` (exactly one)."""
    if not READERS.acquire(timeout=WAIT_S):
        raise HTTPException(status_code=429, detail="the extractor is busy: try again shortly")
    try:
        return _read(body, max_chars)
    finally:
        READERS.release()


def _read(body: dict[str, Any], max_chars: int) -> dict[str, Any]:
    from sitreps.ingest.files import clean_text
    from sitreps.ingest.language import detect_language
    from sitreps.pipeline import analyse

    text, html = body.get("text"), body.get("html")
    if (text is None) == (html is None):
        raise HTTPException(status_code=400, detail="give the report as `text` or as `html`, one of them")
    raw = text if text is not None else html
    assert raw is not None
    if len(raw) > max_chars:
        raise HTTPException(
            status_code=413, detail=f"report too long ({len(raw):,} characters; the limit is {max_chars:,})"
        )
    meta = {k: body.get(k) for k in ("url", "title", "outlet", "published")}
    if meta["published"]:
        try:
            date.fromisoformat(meta["published"][:10])
        except ValueError:
            raise HTTPException(status_code=400, detail=f"published: {meta['published']!r} is not a date") from None
    try:
        if html is not None:
            from sitreps.ingest.html import html_to_document

            document = html_to_document(html, "request", **{k: v for k, v in meta.items() if v})
        else:
            document = Document(
                text=clean_text(raw),
                url=meta["url"],
                title=meta["title"],
                outlet=meta["outlet"],
                published=meta["published"],
                origin="request",
            )
    except SitrepsError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    if not document.text.strip():
        raise HTTPException(status_code=400, detail="the report has no text")
    document.language = detect_language(document.text)
    if document.language != "en":
        return {"document": {**document.to_json(), "language": document.language}, "events": []}
    try:
        analysis = analyse(document)
    except SitrepsError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    from sitreps.pipeline import PIPELINE_VERSION

    events = [m.to_event(document, PIPELINE_VERSION) for m in analysis.mentions]
    return {"document": {**document.to_json(), "language": document.language}, "events": events}
