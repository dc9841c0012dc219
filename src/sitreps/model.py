"""The vocabulary every stage speaks: documents in, mentions out.

A `Mention` is one statement of an event in one document, with every extracted field
tied to the character span of the document's cleaned text it came from. `Mention.to_event`
renders it as one record of `schema/event.schema.json`, the project's output contract.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

EVENT_TYPES: tuple[str, ...] = (
    "DESERTION",
    "DEFECTION",
    "SMUGGLING",
    "ARREST",
    "CRACKDOWN",
    "PUNISHMENT",
    "VIOLENCE",
    "SEARCH",
    "DIRECTIVE",
    "OTHER",
)
MODALITIES: tuple[str, ...] = ("asserted", "uncertain", "hypothetical", "planned", "generic")
ACTOR_CLASSES: tuple[str, ...] = (
    "MILITARY",
    "SECURITY_POLICE",
    "PARTY_OFFICIAL",
    "LEADERSHIP",
    "CIVILIAN",
    "SMUGGLER",
    "FOREIGN_AUTHORITY",
    "DEFECTOR",
    "UNKNOWN",
)
SOURCE_KINDS: tuple[str, ...] = (
    "anonymous_local",
    "anonymous_china",
    "official_media",
    "government",
    "other_outlet",
    "named_person",
    "unattributed",
)

DatePrecision = Literal["day", "week", "month", "season", "year"]
PlacePrecision = Literal["place", "admin2", "admin1", "country"]


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets [start, end) into a document's cleaned text."""

    start: int
    end: int

    def to_json(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(slots=True)
class Document:
    """One report: cleaned text plus what is known about where it came from."""

    text: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO 8601 date or date-time
    language: str = "en"
    origin: str | None = None  # the input it was read from (file path, path:line, "-")

    @property
    def id(self) -> str:
        """Content hash of the cleaned text: the same text is the same document."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
        }


@dataclass(slots=True)
class TimeExpression:
    """A time expression found in text, normalised as TIMEX3 writes it."""

    text: str
    span: Span
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None  # TIMEX3 value ("2019-08-12", "2019-06", "XXXX-08-12", "P2W"); None if unresolved
    precision: DatePrecision | None
    end: str | None = None  # end of a range, same precision

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.span.start,
            "end": self.span.end,
            "type": self.type,
            "value": self.value,
            "precision": self.precision,
            "range_end": self.end,
        }


@dataclass(slots=True)
class EventDate:
    """An event's date in the event schema's terms (ISO at its precision)."""

    value: str | None = None
    precision: DatePrecision | None = None
    text: str | None = None
    span: Span | None = None
    end: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "precision": self.precision,
            "text": self.text,
            "span": self.span.to_json() if self.span else None,
            "end": self.end,
        }


@dataclass(slots=True)
class Place:
    """A resolved place: gazetteer entry plus where the text names it."""

    text: str | None
    span: Span | None
    country: str | None
    admin1: str | None = None
    admin2: str | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    gazetteer_id: str | None = None
    precision: PlacePrecision | None = None
    inferred: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "country": self.country,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "place": self.place,
            "lat": self.lat,
            "lon": self.lon,
            "gazetteer_id": self.gazetteer_id,
            "precision": self.precision,
            "inferred": self.inferred,
            "text": self.text,
            "span": self.span.to_json() if self.span else None,
        }

    def to_inspect_json(self) -> dict[str, Any]:
        data = self.to_json()
        data.pop("span")
        start, end = (self.span.start, self.span.end) if self.span else (None, None)
        return {"start": start, "end": end, **data}


@dataclass(slots=True)
class Actor:
    """A role phrase as written, with its class, unit and count."""

    text: str
    cls: str  # one of ACTOR_CLASSES
    span: Span | None = None
    unit: str | None = None
    count: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "class": self.cls,
            "unit": self.unit,
            "count": self.count,
            "span": self.span.to_json() if self.span else None,
        }


@dataclass(slots=True)
class Source:
    """How the report attributes a statement."""

    kind: str  # one of SOURCE_KINDS
    text: str
    span: Span | None = None
    admin1: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "admin1": self.admin1,
            "span": self.span.to_json() if self.span else None,
        }


@dataclass(slots=True)
class Fatalities:
    best: int | None = None
    low: int | None = None
    high: int | None = None
    injured: int | None = None

    def to_json(self) -> dict[str, int | None]:
        return {"best": self.best, "low": self.low, "high": self.high, "injured": self.injured}


@dataclass(slots=True)
class Evidence:
    """The sentence that states the event, and the trigger word within it."""

    text: str
    span: Span
    trigger: str | None = None
    trigger_span: Span | None = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "trigger": self.trigger, "span": self.span.to_json()}


@dataclass(slots=True)
class Mention:
    """One event as stated in one document (after within-document merging)."""

    type: str
    modality: str
    evidence: Evidence
    is_back_reference: bool = False
    reported_by: str | None = None
    date: EventDate = field(default_factory=EventDate)
    location: Place | None = None
    actors: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    fatalities: Fatalities | None = None
    confidence: float = 0.5
    # every statement merged into this mention (the first is `evidence`)
    statements: list[Evidence] = field(default_factory=list)
    # a definite noun pointing back at an incident told earlier ("after the defection")
    anaphoric: bool = False
    # told in the past perfect ("had been dismissed"): a hint that the incident is background
    pluperfect: bool = False
    # its people were already in the story ("he", "its members", "the ring"): part of the case told, not a
    # separate incident
    given: bool = False
    # told as what set off a story event ("the sweep was ordered after three soldiers deserted in May")
    cause: bool = False
    # the earlier statement it takes its date from ("at the same trial", "since the incident", "that night")
    anchor: Mention | None = None
    # a tally of many people over a period ("1,400 North Koreans arrived in the South last year"): a figure of
    # the story's time, not a separate incident recalled
    tally: bool = False
    # the date of the telling that governs it ("In 2015, KCNA said it had detained ..."): a back-reference's date
    # when the incident has none of its own (TAXONOMY.md rule 3)
    report_date: EventDate | None = None

    def event_id(self, document: Document, pipeline_version: str) -> str:
        """Stable id: same document, pipeline version, type and trigger position."""
        anchor = self.evidence.trigger_span or self.evidence.span
        key = f"{document.id}|{pipeline_version}|{self.type}|{anchor.start}|{anchor.end}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]

    def to_event(self, document: Document, pipeline_version: str) -> dict[str, Any]:
        """The record of `event.schema.json` for this mention."""
        location = self.location or Place(text=None, span=None, country=None)
        return {
            "id": self.event_id(document, pipeline_version),
            "document": document.to_json(),
            "type": self.type,
            "modality": self.modality,
            "is_back_reference": self.is_back_reference,
            "reported_by": self.reported_by,
            "date": self.date.to_json(),
            "location": location.to_json(),
            "actors": [a.to_json() for a in self.actors],
            "targets": [a.to_json() for a in self.targets],
            "fatalities": self.fatalities.to_json() if self.fatalities else None,
            "sources": [s.to_json() for s in self.sources],
            "evidence": self.evidence.to_json(),
            "statements": [s.to_json() for s in self.statements],
            "confidence": round(self.confidence, 3),
        }
