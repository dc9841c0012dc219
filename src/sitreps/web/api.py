"""The JSON API under `/api`, documented by the OpenAPI schema at `/openapi.json`.

Reads follow `Settings.reads`; writes (`POST /api/events/{id}/review`) need a token. Errors
are JSON `{"detail": ...}`: 400 for a request the store refuses (an impossible date, a bad
cursor, a correction that breaks the event schema), 401 / 403 for credentials, 404 for an
unknown id, 413 for a text too long to extract, 422 for parameters of the wrong shape.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from sitreps.web.auth import require_reader, require_writer

EventType = Literal[
    "DESERTION", "DEFECTION", "SMUGGLING", "ARREST", "CRACKDOWN", "PUNISHMENT", "VIOLENCE", "SEARCH", "DIRECTIVE",
    "OTHER",
]  # fmt: skip
Modality = Literal["asserted", "uncertain", "hypothetical", "planned", "generic"]
Status = Literal["machine", "confirmed", "corrected", "rejected"]
ActorClass = Literal[
    "MILITARY", "SECURITY_POLICE", "PARTY_OFFICIAL", "LEADERSHIP", "CIVILIAN", "SMUGGLER", "FOREIGN_AUTHORITY",
    "DEFECTOR", "UNKNOWN",
]  # fmt: skip
CountKey = Literal["month", "week", "year", "type", "admin1", "modality", "country", "status"]
Action = Literal["confirm", "correct", "reject", "reopen", "merge", "split"]
ISO_DATE = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"


class EventFilters(BaseModel):
    """The filters of `sitreps events`, as query parameters."""

    type: EventType | None = None
    since: str | None = Field(None, pattern=ISO_DATE, description="ISO date at any precision: 2019, 2019-08, ...")
    until: str | None = Field(None, pattern=ISO_DATE, description="ISO date at any precision")
    admin1: str | None = Field(None, max_length=200, description="province, case-insensitive")
    country: str | None = Field(None, max_length=8, description="ISO 3166-1 alpha-2")
    place: str | None = Field(None, max_length=200, description="a place or county name, or a gazetteer id")
    actor_class: ActorClass | None = None
    modality: Modality | None = None
    outlet: str | None = Field(None, max_length=200)
    text: str | None = Field(None, max_length=500, description="full-text search over the evidence")
    status: Status | None = None
    include_generic: bool = False
    include_rejected: bool = False

    def store_filters(self) -> dict[str, Any]:
        return {k: v for k, v in self.model_dump().items() if v not in (None, "")}


class Problem(BaseModel):
    detail: str


class EventPage(BaseModel):
    events: list[dict[str, Any]]
    next_cursor: str | None = Field(description="pass as `cursor` for the next page; null at the end")


class Counts(BaseModel):
    by: list[CountKey]
    counts: list[dict[str, Any]]


class EventDetail(BaseModel):
    event: dict[str, Any]
    statements: list[dict[str, Any]]
    recalls: list[dict[str, Any]]
    recalled_by: list[dict[str, Any]]
    audit: list[dict[str, Any]]


class FeatureCollection(BaseModel):
    type: Literal["FeatureCollection"]
    features: list[dict[str, Any]]
    truncated: bool = False


class MapPoint(BaseModel):
    lat: float
    lon: float
    precision: str
    name: str | None
    admin1: str | None
    country: str | None
    count: int
    types: dict[str, int]


class MapProvince(BaseModel):
    country: str | None
    admin1: str
    count: int
    types: dict[str, int]


class MapSummary(BaseModel):
    points: list[MapPoint]
    provinces: list[MapProvince]
    unplaced: int


class DocumentText(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    text: str


class ExtractRequest(BaseModel):
    """A report to read: `text` (cleaned plain text) or `html` (a whole page), not both."""

    text: str | None = Field(None, max_length=1_000_000)
    html: str | None = Field(None, max_length=5_000_000)
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=200)
    published: str | None = Field(None, pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9:.+Z-]*)?$")


class Extracted(BaseModel):
    document: dict[str, Any]
    events: list[dict[str, Any]]


class ReviewRequest(BaseModel):
    """An analyst's action on an event.

    - confirm / reject / reopen (hand back to the pipeline): no other field needed;
    - correct: `fields`, canonical fields to replace (type, modality, date, location, actors, ...);
    - merge: `other_ids`, events that are the same incident (merged into this one);
    - split: `mention_ids`, statements that are a different incident (moved to a new event).
    """

    model_config = ConfigDict(extra="forbid")
    action: Action
    fields: dict[str, Any] | None = None
    note: str | None = Field(None, max_length=5000)
    other_ids: list[str] | None = Field(None, max_length=100)
    mention_ids: list[str] | None = Field(None, max_length=1000)


class ReviewResult(BaseModel):
    event: dict[str, Any]
    created: str | None
    audit_id: int


READ_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "the store refused the request"},
    401: {"model": Problem, "description": "a token is needed"},
}
router = APIRouter(prefix="/api", dependencies=[Depends(require_reader)], responses=READ_ERRORS)


def fast_json(content: Any) -> Response:
    """`content` as JSON, sent as it is: the store's records already have the documented shape,
    and validating thousands of nested values against `dict[str, Any]` models costs more than
    the query (the response models stay, for the OpenAPI schema and schemathesis's checks)."""
    return Response(json.dumps(content, ensure_ascii=False, separators=(",", ":")), media_type="application/json")


def _store(request: Request) -> Any:
    return request.app.state.store


@router.get("/events", response_model=EventPage, summary="Events, filtered, a page at a time")
def list_events(
    request: Request,
    filters: Annotated[EventFilters, Query()],
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(max_length=1000)] = None,
) -> Response:
    """Events in date order (undated last), with keyset pagination: follow `next_cursor`."""
    events, next_cursor = _store(request).events_page(limit=limit, cursor=cursor, **filters.store_filters())
    return fast_json({"events": events, "next_cursor": next_cursor})


@router.get("/events.geojson", response_model=FeatureCollection, summary="Events as GeoJSON points")
def events_geojson(
    request: Request,
    filters: Annotated[EventFilters, Query()],
    limit: Annotated[int, Query(ge=1, le=20000)] = 5000,
    compact: bool = False,
) -> Response:
    """Events with coordinates, one Point feature each, with the precision of their place;
    `compact` keeps only the properties a map needs (id, type, date, place, precision, reports)."""
    return fast_json(request.app.state.geojson(limit=limit, compact=compact, **filters.store_filters()))


@router.get("/map", response_model=MapSummary, summary="What a map of the events draws, aggregated")
def map_summary(request: Request, filters: Annotated[EventFilters, Query()]) -> Response:
    """Events placed at a town or county, one point per location with counts by type; events
    placed at province level, counted per province; and how many have no finer place than a
    country. The same cost for ten events or a million."""
    return fast_json(request.app.state.map_summary(filters.store_filters()))


@router.get("/events/{event_id}", response_model=EventDetail, responses={404: {"model": Problem}})
def event_detail(request: Request, event_id: str) -> Response:
    """One event with every statement of it (report, evidence, spans, sources), the events it
    recalls and that recall it, and its audit log."""
    detail: dict[str, Any] | None = _store(request).event_detail(event_id)
    if detail is None:
        from sitreps.web.pages import merged_into

        survivor = merged_into(_store(request), event_id)
        raise HTTPException(status_code=404, detail=f"no event {event_id}" + (f"; merged into {survivor}"
                                                                                if survivor else ""))  # fmt: skip
    return fast_json(detail)


@router.get("/counts", response_model=Counts, summary="Event counts for charts")
def counts(
    request: Request,
    filters: Annotated[EventFilters, Query()],
    by: Annotated[list[CountKey], Query(min_length=1, max_length=3)],
) -> dict[str, Any]:
    """How many events there are per value of each `by` key (month, week, type, admin1, ...)."""
    return {"by": by, "counts": request.app.state.counts(tuple(by), filters.store_filters())}


@router.get("/documents", summary="Stored documents")
def list_documents(
    request: Request,
    text: Annotated[str | None, Query(max_length=500)] = None,
    extraction: Literal["extracted", "pending"] | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> dict[str, Any]:
    """Documents (revisions included) with how many events each states, a page at a time; `text`
    searches them (then `total` counts the matches of this page's search only up to the page)."""
    store = _store(request)
    rows = store.documents(text=text or None, extraction=extraction, limit=limit, offset=offset)
    total = store.count_documents(extraction=extraction) if not text else offset + len(rows)
    return {"documents": rows, "total": total}


@router.get("/documents/{document_id}", response_model=DocumentText, responses={404: {"model": Problem}})
def document(request: Request, document_id: str) -> dict[str, Any]:
    """One document with its cleaned text (the text every span indexes)."""
    found: dict[str, Any] | None = _store(request).document_text(document_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no document {document_id}")
    return found


@router.get("/audit", summary="The review log, newest first")
def audit(request: Request, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = _store(request).audit(None, limit=limit)
    return rows


@router.post(
    "/extract",
    response_model=Extracted,
    responses={
        413: {"model": Problem, "description": "text too long"},
        429: {"model": Problem, "description": "the extractor is busy"},
    },
    summary="Read a report: events out, nothing stored",
)
def extract(request: Request, body: ExtractRequest) -> dict[str, Any]:
    """Run the extraction pipeline over one report given as text or HTML; nothing is stored."""
    from sitreps.web.reading import read_report

    return read_report(body.model_dump(), request.app.state.settings.max_extract_chars)


@router.post(
    "/events/{event_id}/review",
    response_model=ReviewResult,
    responses={403: {"model": Problem}, 404: {"model": Problem}},
    summary="Review an event (token needed)",
)
def review(request: Request, event_id: str, body: ReviewRequest, user: Annotated[str, Depends(require_writer)]) -> Any:
    """Confirm, correct, reject, reopen, merge or split; the change is kept in the audit log."""
    return request.app.state.review(event_id, body.model_dump(exclude_none=True), user)
