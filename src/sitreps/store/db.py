"""The event store: documents in, linked events out, one transaction per document.

`Store.open("sitreps.db")` opens (and creates) a SQLite file; a `sqlite://` URL goes to
SQLAlchemy as given, and a `postgresql://` URL is opened with psycopg 3. Everything here is
SQLAlchemy Core and runs unchanged on both; what differs is kept to three places: the SQLite
connection hook (WAL, foreign keys, our own BEGIN), the writer lock (`BEGIN IMMEDIATE` on
SQLite, a transaction-scoped advisory lock on PostgreSQL: one writer at a time on both), and
full-text search (FTS5 on SQLite, `tsvector` on PostgreSQL).
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import re
import secrets
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any, Literal, Self

import jsonschema
import jsonschema.exceptions
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from sitreps import link
from sitreps.errors import StoreError
from sitreps.model import Document, Mention
from sitreps.store import migrate
from sitreps.store.schema import (
    AUDIT_ACTIONS,
    DOCUMENT_CURRENT,
    DOCUMENT_SUPERSEDED,
    EVENT_STATUSES,
    EXTRACTED,
    MACHINE,
    PENDING,
    REVIEWED,
    WIDE_WINDOW_DAYS,
    actors,
    audit,
    documents,
    event_links,
    event_mentions,
    events,
    failures,
    places,
    runs,
    sessions,
    sources,
    users,
)
from sitreps.store.schema import mentions as mention_rows

CANDIDATE_LIMIT = 200
"""At most this many blocked candidates are scored for one mention."""

SESSION_LIFETIME = timedelta(hours=12)
"""How long a browser stays signed in (`Store.start_session`)."""
MAX_WINDOW_DAYS = 400
"""Blocking looks for candidates whose date window starts at most this long before the
mention's: every window the schema can state (a year, a season, a month) is shorter; a range
with an `end` spanning more than this can be missed, and then stays a separate event."""

EXTRACTED_LANGUAGES = ("en",)
"""Languages the pipeline reads; documents in others are stored as pending, with no mentions."""

WRITER_LOCK = 0x5173_7265_7073  # "sitreps": the PostgreSQL advisory lock of the one writer

_IN_CHUNK = 500  # ids per IN (...) list, well under every dialect's parameter limit
_FTS_TOKEN = re.compile(r"[^\W_]+")

AddStatus = Literal["new", "unchanged", "revision"]

CORRECTABLE_FIELDS = (
    "type", "modality", "is_back_reference", "reported_by", "date", "location", "actors", "targets",
    "fatalities", "sources",
)  # fmt: skip
"""Fields of the canonical record an analyst may replace (`review_event(..., "correct", fields=...)`)."""

REVIEW_ACTIONS = AUDIT_ACTIONS
"""What `Store.review_event` can do: confirm, reject, reopen, correct, merge, split."""

COUNT_KEYS = ("month", "week", "year", "type", "admin1", "modality", "country", "status")
"""What `Store.counts` can group by; month, week and year are those of `date_from`."""

_STATUS_AFTER = {
    "confirm": "confirmed", "reject": "rejected", "reopen": MACHINE, "correct": "corrected",
    "merge": "corrected", "split": "corrected",
}  # fmt: skip
_AUDITED = (*CORRECTABLE_FIELDS, "reviewed_fields", "status", "note")


@dataclass(frozen=True, slots=True)
class AddResult:
    """What `Store.add_document` did with one document."""

    document_id: str
    status: AddStatus
    events_new: int = 0
    events_linked: int = 0


@dataclass(slots=True)
class DocumentChange:
    """What `Store.reprocess_document` changed for one document."""

    document_id: str
    status: Literal["changed", "unchanged", "skipped"]
    reason: str | None = None
    mentions_added: int = 0
    mentions_removed: int = 0
    mentions_kept: int = 0
    events_new: list[str] = field(default_factory=list)
    events_updated: list[str] = field(default_factory=list)
    events_removed: list[str] = field(default_factory=list)
    events_reviewed_untouched: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "status": self.status,
            "reason": self.reason,
            "mentions_added": self.mentions_added,
            "mentions_removed": self.mentions_removed,
            "mentions_kept": self.mentions_kept,
            "events_new": self.events_new,
            "events_updated": self.events_updated,
            "events_removed": self.events_removed,
            "events_reviewed_untouched": self.events_reviewed_untouched,
        }


@dataclass(slots=True)
class _Linked:
    """Bookkeeping of one document's mentions as they are stored."""

    created: list[str] = field(default_factory=list)
    linked: list[str] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:  # SQLite hands back naive datetimes; they were written in UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat()


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), _IN_CHUNK):
        yield items[i : i + _IN_CHUNK]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for a path (SQLite file) or a URL; `postgresql://` means psycopg 3."""
    if isinstance(target, str) and "://" in target:
        scheme, rest = target.split("://", 1)
        if scheme in ("postgresql", "postgres"):
            return f"postgresql+psycopg://{rest}"
        return target
    path = Path(target).expanduser()
    if not path.parent.is_dir():
        raise StoreError(f"folder for the database does not exist: {path.parent}")
    return f"sqlite:///{path}"


def _sqlite_hooks(engine: Engine) -> None:
    """WAL and foreign keys on every connection; our own BEGIN, IMMEDIATE for the writer."""

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # stop pysqlite managing transactions itself
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")  # durable enough with WAL, much faster
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")  # a second writer waits its turn
        finally:
            cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        writing = connection.get_execution_options().get("sitreps_writer", False)
        # BEGIN IMMEDIATE takes the write lock up front, so two writers queue on busy_timeout
        # instead of one failing when its read transaction tries to become a write.
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def fts_query(text: str) -> str | None:
    """The words of a search as an FTS5 query (each quoted, all required); None if no words."""
    words = _FTS_TOKEN.findall(text.casefold())
    if not words:
        return None
    return " ".join(f'"{w}"' for w in words)


def _norm(text: Any) -> str:
    return " ".join(str(text).casefold().split()) if text else ""


def _place_key(where: dict[str, Any]) -> str | None:
    """The `places.id` of a location: its gazetteer id, or a hash of its names."""
    names = [where.get(k) for k in ("country", "admin1", "admin2", "place")]
    if not any(names):
        return None
    if where.get("gazetteer_id"):
        return str(where["gazetteer_id"])[:64]
    key = "|".join(_norm(n) for n in names) + f"|{where.get('precision') or ''}"
    return "~" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _days_between(first: str, last: str) -> int:
    return (date.fromisoformat(last) - date.fromisoformat(first)).days


def _event_columns(event: dict[str, Any]) -> dict[str, Any]:
    """The queryable columns of an `events` row, copied from its canonical dict."""
    when = event.get("date") or {}
    where = event.get("location") or {}
    window = link.date_window(when.get("value"), when.get("precision"), when.get("end"))
    reach = link.search_window(event)
    return {
        "type": event["type"],
        "modality": event["modality"],
        "is_back_reference": bool(event.get("is_back_reference")),
        "reported_by": event.get("reported_by"),
        "date_value": when.get("value"),
        "date_precision": when.get("precision"),
        "date_end": when.get("end"),
        "date_from": window[0] if window else None,
        "date_to": window[1] if window else None,
        "wide": window is not None and _days_between(window[0], window[1]) > WIDE_WINDOW_DAYS,
        "link_from": reach[0] if reach else None,
        "link_to": reach[1] if reach else None,
        "country": where.get("country"),
        "admin1": where.get("admin1"),
        "admin2": where.get("admin2"),
        "place": where.get("place"),
        "place_id": _place_key(where),
        "lat": where.get("lat"),
        "lon": where.get("lon"),
        "geo_precision": where.get("precision"),
        "confidence": float(event.get("confidence") or 0.0),
        "data": json.dumps(event, ensure_ascii=False),
    }


def _evidence_text(event: dict[str, Any]) -> str:
    texts = [(event.get("evidence") or {}).get("text") or ""]
    texts += [s.get("text") or "" for s in event.get("statements") or []]
    return "\n".join(dict.fromkeys(t for t in texts if t))


def _statement_key(type: str, start: int | None, end: int | None) -> tuple[str, int | None, int | None]:
    """A statement's identity within its document, whatever pipeline version found it."""
    return (type, start, end)


def _mention_key(mention: Mention) -> tuple[str, int | None, int | None]:
    anchor = mention.evidence.trigger_span or mention.evidence.span
    return _statement_key(mention.type, anchor.start, anchor.end)


def _comparable(data: dict[str, Any]) -> dict[str, Any]:
    """A mention record without what changes with the pipeline version alone."""
    return {k: v for k, v in data.items() if k != "id"}


@functools.cache
def _event_validator() -> Any:
    schema = json.loads(resources.files("sitreps").joinpath("schema/event.schema.json").read_text("utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _check_correction(record: dict[str, Any], fields: dict[str, Any]) -> None:
    """Raise ValueError, naming the field, unless the corrected record is a valid event."""
    unknown = sorted(set(fields) - set(CORRECTABLE_FIELDS))
    if unknown:
        raise ValueError(
            f"fields: {', '.join(map(repr, unknown))} cannot be corrected; only {', '.join(CORRECTABLE_FIELDS)}"
        )
    error = jsonschema.exceptions.best_match(_event_validator().iter_errors(record))
    if error is not None:
        where = ".".join(str(p) for p in error.absolute_path) or "event"
        raise ValueError(f"{where}: {error.message}")
    when = record.get("date") or {}
    value = when.get("value")
    if "date" in fields and value is not None and not link.is_dated(record):
        raise ValueError(f"date: {value!r} is not an ISO date such as 2019-08-12, 2019-W33, 2019-08, 2019-SU or 2019")


def _fold(event_id: str, stated: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """An event built from its statements, in order (`link.merge_event` over them)."""
    data = {**stated[0], "id": event_id}
    for other in stated[1:]:
        data = link.merge_event(data, other)
    return data


def _audited(
    before: dict[str, Any], after: dict[str, Any], always: Iterable[str] = ()
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The fields a review changed (and those it was asked to set), before and after."""
    keep = set(always)
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for key in _AUDITED:
        if key in keep or before.get(key) != after.get(key):
            old[key], new[key] = before.get(key), after.get(key)
    return old, new


def _summary(row: Any) -> dict[str, Any]:
    """An event in a line: what a page shows of the events it recalls or is recalled by."""
    data = json.loads(row.data)
    return {
        "id": row.id,
        "type": row.type,
        "date": row.date_value,
        "admin1": row.admin1,
        "modality": row.modality,
        "status": row.status,
        "evidence": (data.get("evidence") or {}).get("text"),
    }


def _encode_cursor(key: tuple[str | None, str | None, str]) -> str:
    raw = json.dumps(list(key), separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _decode_cursor(cursor: str) -> tuple[str | None, str | None, str]:
    """The sort key (date_from, date_to, id) of the last row of the previous page."""
    if len(cursor) > 1000:
        raise ValueError("cursor: not a cursor of this listing (too long)")
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw.decode("utf-8"))
    except (ValueError, binascii.Error, UnicodeDecodeError, RecursionError) as exc:
        raise ValueError(f"cursor: not a cursor of this listing ({exc.__class__.__name__})") from None
    if not (isinstance(key, list) and len(key) == 3 and isinstance(key[2], str)):
        raise ValueError("cursor: not a cursor of this listing")
    first, last, event_id = key
    dated = isinstance(first, str) and isinstance(last, str)
    if not dated and (first is not None or last is not None):
        raise ValueError("cursor: not a cursor of this listing")
    return first, last, event_id


def _iso_week(day: str | None) -> str | None:
    if day is None:
        return None
    year, week, _ = date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class Store:
    """A database of documents, the mentions extracted from them and the events they state.

    One writer at a time (SQLite: `BEGIN IMMEDIATE` with WAL, so readers run alongside it;
    PostgreSQL: an advisory lock held for each writing transaction).
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name

    @classmethod
    def open(cls, target: str | Path, *, upgrade: bool = True) -> Store:
        """Open the store at a path (SQLite file) or a database URL.

        A database behind the newest migration (an empty one included) is upgraded, unless
        `upgrade=False`, which raises `StoreError` instead. Raises `StoreError` when the
        database cannot be reached or created.
        """
        try:
            url = database_url(target)
            options: dict[str, Any] = {}
            if url.startswith("postgresql"):
                options["pool_pre_ping"] = True
            engine = sa.create_engine(url, **options)
            if engine.dialect.name == "sqlite":
                _sqlite_hooks(engine)
            migrate.ensure_current(engine, upgrade_if_behind=upgrade)
        except (sa.exc.SQLAlchemyError, ImportError) as exc:
            raise StoreError(f"cannot open database {target}: {exc}") from exc
        return cls(engine)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A writing transaction, holding the store's one writer lock until it ends."""
        with self.engine.connect() as conn:
            conn.execution_options(sitreps_writer=True)
            with conn.begin():
                if self.dialect == "postgresql":
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK})
                yield conn

    # --- writing --------------------------------------------------------------------------

    def add_document(self, document: Document, mentions: list[Mention], pipeline_version: str) -> AddResult:
        """Store a document with its mentions, linking each mention to an event, atomically.

        - The same text again (same content hash) changes nothing: status "unchanged", even
          under another URL or a newer pipeline version (re-deriving is `reprocess`).
        - Different text under a stored URL is a new row with `revision` one higher; the
          earlier revision is marked superseded and drops out of reports (status "revision").
        - A document in a language the pipeline does not read (`EXTRACTED_LANGUAGES`) is
          stored with `extraction = "pending"` and no mentions; `mentions` is ignored.
        - Each mention is matched by `link.find_match` against candidates found by blocking
          (same type, a nearby date window, a province that does not contradict; or both
          undated in the same province), never the whole table; it joins the best match or
          starts a new event whose id is its own. Generic statements never merge. Two mentions
          of one document never share an event: the extractor has already merged repeated
          statements within a report.
        - A back-reference joins the earlier event as one more mention (or starts an event that
          a later-ingested original report will join), and `event_links` records
          (incident of this report) -> (recalled event), kind "back_reference", for every
          non-back-reference, non-generic event this document states.
        - Events an analyst has confirmed, corrected or rejected gain mentions but keep their data.
        Any exception rolls the whole document back; database errors are raised as
        `StoreError`, anything else (a failing extractor, say) as it is.
        """
        try:
            return self._add_document(document, mentions, pipeline_version)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot store document {document.id}: {exc}") from exc

    def _add_document(self, document: Document, mentions: list[Mention], pipeline_version: str) -> AddResult:
        doc_id = document.id
        with self._writing() as conn:
            if conn.execute(sa.select(documents.c.id).where(documents.c.id == doc_id)).first():
                return AddResult(doc_id, "unchanged")
            status: AddStatus = "new"
            revision = 1
            recount: set[str] = set()
            if document.url:
                previous = conn.execute(
                    sa.select(sa.func.max(documents.c.revision)).where(documents.c.url == document.url)
                ).scalar()
                if previous is not None:
                    status, revision = "revision", int(previous) + 1
                    recount |= self._events_of_documents(
                        conn,
                        sa.select(documents.c.id).where(
                            documents.c.url == document.url, documents.c.status == DOCUMENT_CURRENT
                        ),
                    )
                    conn.execute(
                        documents.update().where(documents.c.url == document.url).values(status=DOCUMENT_SUPERSEDED)
                    )
            now = _utcnow()
            extractable = (document.language or "en").lower() in EXTRACTED_LANGUAGES
            conn.execute(
                documents.insert(),
                dict(
                    id=doc_id,
                    url=document.url,
                    outlet=document.outlet,
                    title=document.title,
                    published=document.published,
                    language=document.language,
                    text=document.text,
                    origin=document.origin,
                    ingested_at=now,
                    revision=revision,
                    status=DOCUMENT_CURRENT,
                    extraction=EXTRACTED if extractable else PENDING,
                    pipeline_version=pipeline_version if extractable else None,
                    extracted_at=now if extractable else None,
                ),
            )
            done = _Linked()
            if extractable:
                done = self._store_mentions(conn, document, mentions, pipeline_version, now, merge=True)
            self._recount(conn, recount | done.touched)
            return AddResult(doc_id, status, len(done.created), len(done.linked))

    def _store_mentions(
        self,
        conn: Connection,
        document: Document,
        mentions: Iterable[Mention],
        pipeline_version: str,
        now: datetime,
        *,
        merge: bool,
        forced: dict[tuple[str, int | None, int | None], str] | None = None,
    ) -> _Linked:
        """Insert one document's mentions, each linked to a matched or a new event.

        `forced` maps statement keys to the event a statement already belonged to (reprocess
        keeps event ids that way); `merge` folds each linked mention into its machine event
        at once (reprocess rebuilds the events afterwards instead).
        """
        done = _Linked()
        seen: set[str] = set()
        incidents: list[str] = []
        recalled: list[str] = []
        for mention in mentions:
            stated = mention.to_event(document, pipeline_version)
            if stated["id"] in seen:
                continue  # the same trigger twice: one statement
            seen.add(stated["id"])
            event_id: str | None = None
            score: float | None = None
            method = "new"
            wanted = (forced or {}).get(_mention_key(mention))
            if wanted is not None and wanted not in done.touched and self._event_exists(conn, wanted):
                event_id, method = wanted, "kept"
            elif stated["modality"] != "generic":
                candidates = self._candidates(conn, stated, done.touched)
                event_id, score = link.best_match(stated, candidates)
                method = "linked" if event_id else "new"
            if event_id is None:
                event_id = self._fresh_event_id(conn, stated["id"])
                self._insert_event(conn, event_id, stated, pipeline_version, now)
                done.created.append(event_id)
            else:
                if merge:
                    self._merge(conn, event_id, stated, pipeline_version, now)
                done.linked.append(event_id)
            self._insert_mention(conn, mention, stated, document.id, pipeline_version, now)
            conn.execute(
                event_mentions.insert(),
                dict(mention_id=stated["id"], event_id=event_id, method=method, score=score, linked_at=now),
            )
            done.touched.add(event_id)
            if stated["is_back_reference"]:
                recalled.append(event_id)
            elif stated["modality"] != "generic":
                incidents.append(event_id)
        self._record_links(conn, incidents, recalled, document.id)
        return done

    def _link_document(self, conn: Connection, document_id: str) -> None:
        """Record every back-reference link a document makes, over all its mentions."""
        rows = conn.execute(
            sa.select(event_mentions.c.event_id, mention_rows.c.is_back_reference, mention_rows.c.modality)
            .join(mention_rows, mention_rows.c.id == event_mentions.c.mention_id)
            .where(mention_rows.c.document_id == document_id)
        ).all()
        recalled = {r.event_id for r in rows if r.is_back_reference}
        incidents = {r.event_id for r in rows if not r.is_back_reference and r.modality != "generic"}
        self._record_links(conn, incidents, recalled, document_id)

    def _record_links(
        self, conn: Connection, incidents: Iterable[str], recalled: Iterable[str], document_id: str
    ) -> None:
        """Link each incident a document states to each event it recalls (once; never to itself)."""
        recalled = set(recalled)
        for from_event, to_event in sorted({(a, b) for a in incidents for b in recalled if a != b}):
            exists = conn.execute(
                sa.select(event_links.c.kind).where(
                    event_links.c.from_event == from_event,
                    event_links.c.to_event == to_event,
                    event_links.c.kind == "back_reference",
                )
            ).first()
            if exists is None:
                conn.execute(
                    event_links.insert(),
                    dict(from_event=from_event, to_event=to_event, kind="back_reference", document_id=document_id),
                )

    def _event_exists(self, conn: Connection, event_id: str) -> bool:
        return conn.execute(sa.select(events.c.id).where(events.c.id == event_id)).first() is not None

    def _fresh_event_id(self, conn: Connection, wanted: str) -> str:
        """The mention's own id for its new event, unless an event already has it."""
        candidate, n = wanted, 0
        while self._event_exists(conn, candidate):
            n += 1
            candidate = hashlib.sha256(f"{wanted}/{n}".encode()).hexdigest()[:20]
        return candidate

    def _ensure_place(self, conn: Connection, where: dict[str, Any]) -> str | None:
        key = _place_key(where)
        if key is None:
            return None
        if conn.execute(sa.select(places.c.id).where(places.c.id == key)).first() is None:
            conn.execute(
                places.insert(),
                dict(
                    id=key,
                    gazetteer_id=where.get("gazetteer_id"),
                    country=where.get("country"),
                    admin1=where.get("admin1"),
                    admin2=where.get("admin2"),
                    name=where.get("place"),
                    lat=where.get("lat"),
                    lon=where.get("lon"),
                    precision=where.get("precision"),
                ),
            )
        return key

    def _write_actors(self, conn: Connection, event_id: str, event: dict[str, Any], *, replace: bool) -> None:
        if replace:
            conn.execute(actors.delete().where(actors.c.event_id == event_id))
        rows = [
            {
                "event_id": event_id,
                "role": role,
                "text": person.get("text") or "",
                "class": person.get("class") or "UNKNOWN",
                "unit": person.get("unit"),
                "count": person.get("count"),
            }
            for role, key in (("actor", "actors"), ("target", "targets"))
            for person in event.get(key) or []
        ]
        if rows:
            conn.execute(actors.insert(), rows)

    def _insert_event(
        self, conn: Connection, event_id: str, stated: dict[str, Any], pipeline_version: str, now: datetime
    ) -> None:
        data = {**stated, "id": event_id}
        self._ensure_place(conn, data.get("location") or {})
        conn.execute(
            events.insert(),
            dict(
                id=event_id,
                status=MACHINE,
                reports=0,
                pipeline_version=pipeline_version,
                created_at=now,
                updated_at=now,
                **_event_columns(data),
            ),
        )
        self._write_actors(conn, event_id, data, replace=False)

    def _update_event(
        self, conn: Connection, event_id: str, data: dict[str, Any], pipeline_version: str, now: datetime
    ) -> None:
        self._ensure_place(conn, data.get("location") or {})
        conn.execute(
            events.update().where(events.c.id == sa.bindparam("event_id")),
            dict(event_id=event_id, pipeline_version=pipeline_version, updated_at=now, **_event_columns(data)),
        )
        self._write_actors(conn, event_id, data, replace=True)

    def _insert_mention(
        self,
        conn: Connection,
        mention: Mention,
        stated: dict[str, Any],
        document_id: str,
        pipeline_version: str,
        now: datetime,
    ) -> None:
        where = stated.get("location") or {}
        trigger = mention.evidence.trigger_span
        conn.execute(
            mention_rows.insert(),
            dict(
                id=stated["id"],
                document_id=document_id,
                type=stated["type"],
                modality=stated["modality"],
                is_back_reference=bool(stated["is_back_reference"]),
                trigger=mention.evidence.trigger,
                span_start=mention.evidence.span.start,
                span_end=mention.evidence.span.end,
                trigger_start=trigger.start if trigger else None,
                trigger_end=trigger.end if trigger else None,
                date_value=(stated.get("date") or {}).get("value"),
                date_precision=(stated.get("date") or {}).get("precision"),
                place_id=self._ensure_place(conn, where),
                evidence=_evidence_text(stated),
                data=json.dumps(stated, ensure_ascii=False),
                pipeline_version=pipeline_version,
                created_at=now,
            ),
        )
        rows = [
            {
                "mention_id": stated["id"],
                "kind": s.kind,
                "text": s.text,
                "admin1": s.admin1,
                "span_start": s.span.start if s.span else None,
                "span_end": s.span.end if s.span else None,
            }
            for s in mention.sources
        ]
        if rows:
            conn.execute(sources.insert(), rows)

    def _candidates(self, conn: Connection, stated: dict[str, Any], exclude: set[str]) -> list[dict[str, Any]]:
        """Events this mention could restate, found by blocking; each with its `reports`.

        Blocking reads the index on (type, link_from): the same type, and a linking window
        (`link.search_window`, stored as `link_from` / `link_to`) that overlaps the mention's
        and starts at most `MAX_WINDOW_DAYS` before it; then a province equal to the
        mention's or unknown. A mention with no window at all (undated, in a report with no
        date) looks only at such events of its province. The cost of linking a report thus
        grows with the events near it in time, not with the database.
        """
        query = sa.select(events.c.data).where(events.c.type == stated["type"], events.c.modality != "generic")
        admin1 = _norm((stated.get("location") or {}).get("admin1"))
        window = link.search_window(stated)
        if window is not None:
            lo, hi = window
            earliest = date.fromordinal(max(1, date.fromisoformat(lo).toordinal() - MAX_WINDOW_DAYS)).isoformat()
            query = query.where(events.c.link_from >= earliest, events.c.link_from <= hi, events.c.link_to >= lo)
            if admin1:
                query = query.where(sa.or_(sa.func.lower(events.c.admin1) == admin1, events.c.admin1.is_(None)))
        else:
            if not admin1:
                return []
            query = query.where(events.c.link_from.is_(None), sa.func.lower(events.c.admin1) == admin1)
        if exclude:
            query = query.where(events.c.id.not_in(sorted(exclude)))
        query = query.order_by(events.c.link_from.desc(), events.c.id).limit(CANDIDATE_LIMIT)
        candidates = [json.loads(row.data) for row in conn.execute(query)]
        reports = self._reports(conn, [c["id"] for c in candidates])
        for candidate in candidates:
            candidate["reports"] = reports.get(candidate["id"], [])
        return candidates

    def _merge(
        self, conn: Connection, event_id: str, stated: dict[str, Any], pipeline_version: str, now: datetime
    ) -> None:
        row = conn.execute(sa.select(events.c.data, events.c.status).where(events.c.id == event_id)).one()
        if row.status != MACHINE:
            conn.execute(events.update().where(events.c.id == event_id).values(updated_at=now))
            return
        merged = link.merge_event(json.loads(row.data), stated)
        self._update_event(conn, event_id, merged, pipeline_version, now)

    def _events_of_documents(self, conn: Connection, doc_ids: Any) -> set[str]:
        query = (
            sa.select(event_mentions.c.event_id)
            .join(mention_rows, mention_rows.c.id == event_mentions.c.mention_id)
            .where(mention_rows.c.document_id.in_(doc_ids))
        )
        return {row.event_id for row in conn.execute(query)}

    def _recount(self, conn: Connection, event_ids: Iterable[str]) -> None:
        """Set `events.reports`: how many current documents state each event."""
        current = (
            sa.select(sa.func.count())
            .select_from(event_mentions)
            .join(mention_rows, mention_rows.c.id == event_mentions.c.mention_id)
            .join(documents, documents.c.id == mention_rows.c.document_id)
            .where(event_mentions.c.event_id == events.c.id, documents.c.status == DOCUMENT_CURRENT)
            .scalar_subquery()
        )
        for chunk in _chunks(sorted(event_ids)):
            conn.execute(events.update().where(events.c.id.in_(chunk)).values(reports=current))

    def review(
        self,
        event_id: str,
        status: str,
        *,
        correction: dict[str, Any] | None = None,
        note: str | None = None,
    ) -> dict[str, Any]:
        """An analyst's verdict on an event: confirmed, corrected (with `correction`, fields of
        the canonical record to replace), rejected, or machine (hand it back to the pipeline).

        The command line's way in to `review_event` (as user "cli"); returns the event.
        """
        actions = {"confirmed": "confirm", "rejected": "reject", MACHINE: "reopen", "corrected": "correct"}
        if status not in actions:
            raise ValueError(f"status: {status!r} is not one of {', '.join(EVENT_STATUSES)}")
        if status == "corrected" and not correction:
            raise ValueError("a corrected event needs its correction")
        if correction and status != "corrected":
            raise ValueError(f"status: a correction makes the event corrected, not {status}")
        result = self.review_event(event_id, actions[status], user="cli", fields=correction, note=note)
        event: dict[str, Any] = result["event"]
        return event

    def review_event(
        self,
        event_id: str,
        action: str,
        *,
        user: str,
        fields: dict[str, Any] | None = None,
        note: str | None = None,
        other_ids: list[str] | None = None,
        mention_ids: list[str] | None = None,
    ) -> dict[str, Any]:
        """An analyst's action on an event, recorded in `audit` in the same transaction.

        - "confirm" / "reject": status confirmed / rejected, the data as it is;
        - "reopen": back to the pipeline (status machine), rebuilt from its mentions, the
          analyst's corrections dropped;
        - "correct": `fields` (names in `CORRECTABLE_FIELDS`) replace those of the canonical
          record, which must still validate against event.schema.json; they are listed in the
          record's `reviewed_fields` and kept through merges, splits, later reports and reprocess;
        - "merge": the events `other_ids` are the same incident: their mentions and links move
          to this event and they are deleted;
        - "split": the mentions `mention_ids` (some of this event's, not all) are another
          incident: they move to a new event, built from them.
        Every action but reopen leaves the event(s) reviewed (confirmed, rejected or corrected),
        which later reports and `reprocess` never change. `note` is kept with the event and
        the audit record. Returns {"event": as `event_detail` gives it, "created": the new
        event's id (split) or None, "audit_id": the audit record}. Raises KeyError for an
        unknown event, ValueError for a bad action or arguments.
        """
        self._check_review(action, user, fields, other_ids, mention_ids)
        try:
            with self._writing() as conn:
                return self._review(conn, event_id, action, user.strip(), fields, note, other_ids, mention_ids)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot review event {event_id}: {exc}") from exc

    @staticmethod
    def _check_review(
        action: str,
        user: str,
        fields: dict[str, Any] | None,
        other_ids: list[str] | None,
        mention_ids: list[str] | None,
    ) -> None:
        if action not in REVIEW_ACTIONS:
            raise ValueError(f"action: {action!r} is not one of {', '.join(REVIEW_ACTIONS)}")
        if not isinstance(user, str) or not user.strip():
            raise ValueError("user: a review needs the name of who made it")
        if action == "correct":
            if not isinstance(fields, dict) or not fields:
                raise ValueError("fields: a correction needs the fields it sets")
        elif fields:
            raise ValueError(f"fields: only a correction takes fields, not {action}")
        if action == "merge":
            if not other_ids or not all(isinstance(i, str) for i in other_ids):
                raise ValueError("other_ids: a merge needs the ids of the events to merge into this one")
        elif other_ids:
            raise ValueError(f"other_ids: only a merge takes other events, not {action}")
        if action == "split":
            if not mention_ids or not all(isinstance(i, str) for i in mention_ids):
                raise ValueError("mention_ids: a split needs the ids of the mentions that go to the new event")
        elif mention_ids:
            raise ValueError(f"mention_ids: only a split takes mentions, not {action}")

    def _review(
        self,
        conn: Connection,
        event_id: str,
        action: str,
        user: str,
        fields: dict[str, Any] | None,
        note: str | None,
        other_ids: list[str] | None,
        mention_ids: list[str] | None,
    ) -> dict[str, Any]:
        row = conn.execute(
            sa.select(events.c.data, events.c.status, events.c.note, events.c.pipeline_version).where(
                events.c.id == event_id
            )
        ).first()
        if row is None:
            raise KeyError(event_id)
        now = _utcnow()
        data: dict[str, Any] = json.loads(row.data)
        after = dict(data)
        version: str = row.pipeline_version
        extra: dict[str, Any] = {}
        asked: set[str] = {"status"}
        created: str | None = None
        if action == "correct":
            assert fields is not None
            after = {**data, **fields, "id": event_id}
            _check_correction(after, fields)
            after["reviewed_fields"] = sorted({*(data.get("reviewed_fields") or []), *fields})
            asked |= set(fields)
        elif action == "reopen":
            stated = [record for _, record in self._statements(conn, event_id)]
            if stated:
                after = _fold(event_id, stated)
                version = self._mention_version(conn, event_id) or version
            after.pop("reviewed_fields", None)
        elif action == "merge":
            assert other_ids is not None
            after, extra = self._merge_events(conn, event_id, data, list(dict.fromkeys(other_ids)), now)
        elif action == "split":
            assert mention_ids is not None
            after, created, extra = self._split_event(conn, event_id, data, list(dict.fromkeys(mention_ids)), now)
        if after != data:
            self._update_event(conn, event_id, after, version, now)
        status = _STATUS_AFTER[action]
        values: dict[str, Any] = {"status": status, "reviewed_at": now, "updated_at": now}
        if note is not None:
            values["note"] = note
            asked.add("note")
        conn.execute(events.update().where(events.c.id == event_id).values(**values))
        before_fields, after_fields = _audited(
            {**data, "status": row.status, "note": row.note},
            {**after, "status": status, "note": note if note is not None else row.note},
            asked,
        )
        changes = {"before": before_fields, "after": after_fields, **extra}
        inserted = conn.execute(
            audit.insert().values(
                event_id=event_id,
                action=action,
                user_name=user,
                at=now,
                changes=json.dumps(changes, ensure_ascii=False),
                note=note,
            )
        ).inserted_primary_key
        assert inserted is not None
        [event] = self._event_records(conn, [event_id])
        return {"event": event, "created": created, "audit_id": int(inserted[0])}

    def _mention_version(self, conn: Connection, event_id: str) -> str | None:
        """The pipeline version of an event's most recently stored mention."""
        query = (
            sa.select(mention_rows.c.pipeline_version)
            .join(event_mentions, event_mentions.c.mention_id == mention_rows.c.id)
            .where(event_mentions.c.event_id == event_id)
            .order_by(mention_rows.c.seq.desc())
            .limit(1)
        )
        return conn.execute(query).scalar()

    def _merge_events(
        self, conn: Connection, event_id: str, data: dict[str, Any], others: list[str], now: datetime
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """Move the mentions and links of `others` to `event_id` and delete them.

        The event takes in their statements as it would from new reports (`link.merge_event`),
        keeping its type and the fields an analyst set. Returns its new data and, for the
        audit, the ids involved and the deleted events' records.
        """
        if event_id in others:
            raise ValueError("other_ids: an event cannot be merged into itself")
        found = {
            row.id: row
            for row in conn.execute(
                sa.select(events.c.id, events.c.data, events.c.status, events.c.note).where(events.c.id.in_(others))
            )
        }
        for other in others:
            if other not in found:
                raise KeyError(other)
        moved: list[tuple[str, dict[str, Any]]] = []
        for other in others:
            moved += self._statements(conn, other)
        merged = dict(data)
        for _, stated in moved:
            merged = link.merge_event(merged, stated)
        merged["type"] = data["type"]
        for key in data.get("reviewed_fields") or []:
            merged[key] = data.get(key)
        if data.get("reviewed_fields"):
            merged["reviewed_fields"] = data["reviewed_fields"]
        conn.execute(
            event_mentions.update()
            .where(event_mentions.c.event_id.in_(others))
            .values(event_id=event_id, method="merged", score=None, linked_at=now)
        )
        rows = conn.execute(
            sa.select(event_links).where(
                sa.or_(event_links.c.from_event.in_(others), event_links.c.to_event.in_(others))
            )
        ).all()
        into = dict.fromkeys(others, event_id)
        self._relink(conn, [(r, into.get(r.from_event, r.from_event), into.get(r.to_event, r.to_event)) for r in rows])
        conn.execute(actors.delete().where(actors.c.event_id.in_(others)))
        conn.execute(events.delete().where(events.c.id.in_(others)))
        self._recount(conn, [event_id])
        removed = {
            other: {**json.loads(found[other].data), "status": found[other].status, "note": found[other].note}
            for other in others
        }
        return merged, {"merged": others, "mentions": [m for m, _ in moved], "removed": removed}

    def _split_event(
        self, conn: Connection, event_id: str, data: dict[str, Any], wanted: list[str], now: datetime
    ) -> tuple[dict[str, Any], str, dict[str, Any]]:
        """Move the mentions `wanted` of `event_id` to a new, corrected event built from them.

        The event is rebuilt from the mentions it keeps, with its type and the fields an analyst
        set. Returns its new data, the new event's id and, for the audit, the ids involved.
        """
        statements = self._statements(conn, event_id)
        mine = {m for m, _ in statements}
        strangers = [m for m in wanted if m not in mine]
        if strangers:
            raise ValueError(f"mention_ids: {', '.join(strangers)} not a mention of event {event_id}")
        if len(wanted) == len(mine):
            raise ValueError("mention_ids: a split must leave the event at least one of its mentions")
        chosen = set(wanted)
        leaving = [stated for m, stated in statements if m in chosen]
        staying = [stated for m, stated in statements if m not in chosen]
        created = self._fresh_event_id(conn, leaving[0]["id"])
        version = self._mention_version(conn, event_id) or str(data.get("pipeline_version") or "")
        self._insert_event(conn, created, _fold(created, leaving), version, now)
        conn.execute(events.update().where(events.c.id == created).values(status="corrected", reviewed_at=now))
        moved = sorted(chosen)
        for chunk in _chunks(moved):
            conn.execute(
                event_mentions.update()
                .where(event_mentions.c.mention_id.in_(chunk))
                .values(event_id=created, method="split", score=None, linked_at=now)
            )
        # the links its moved reports made: an incident's go from the new event, a recall's to it
        stating: set[tuple[str, bool]] = set()
        for chunk in _chunks(moved):
            query = sa.select(mention_rows.c.document_id, mention_rows.c.is_back_reference).where(
                mention_rows.c.id.in_(chunk)
            )
            stating |= {(r.document_id, bool(r.is_back_reference)) for r in conn.execute(query)}
        rows = conn.execute(
            sa.select(event_links).where(
                event_links.c.document_id.in_(sorted({d for d, _ in stating})),
                sa.or_(event_links.c.from_event == event_id, event_links.c.to_event == event_id),
            )
        ).all()
        relinked = []
        for r in rows:
            source = created if r.from_event == event_id and (r.document_id, False) in stating else r.from_event
            target = created if r.to_event == event_id and (r.document_id, True) in stating else r.to_event
            if (source, target) != (r.from_event, r.to_event):
                relinked.append((r, source, target))
        self._relink(conn, relinked)
        rebuilt = _fold(event_id, staying)
        rebuilt["type"] = data["type"]
        for key in data.get("reviewed_fields") or []:
            rebuilt[key] = data.get(key)
        if data.get("reviewed_fields"):
            rebuilt["reviewed_fields"] = data["reviewed_fields"]
        self._recount(conn, [event_id, created])
        return rebuilt, created, {"created": created, "mentions": moved}

    def _relink(self, conn: Connection, changes: Sequence[tuple[Any, str, str]]) -> None:
        """Point `event_links` rows at other events: (row, new from, new to), no duplicates, no
        event linked to itself."""
        for row, _, _ in changes:
            conn.execute(
                event_links.delete().where(
                    event_links.c.from_event == row.from_event,
                    event_links.c.to_event == row.to_event,
                    event_links.c.kind == row.kind,
                )
            )
        for row, source, target in changes:
            if source == target:
                continue
            exists = conn.execute(
                sa.select(event_links.c.kind).where(
                    event_links.c.from_event == source, event_links.c.to_event == target, event_links.c.kind == row.kind
                )
            ).first()
            if exists is None:
                conn.execute(
                    event_links.insert(),
                    dict(from_event=source, to_event=target, kind=row.kind, document_id=row.document_id),
                )

    def audit(self, event_id: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Review records, newest first: {id, event_id, action, user, at, changes, note}.

        With `event_id`, those of that event, and the merges and splits that name it (the
        merge that deleted it, the split that created it).
        """
        if limit < 1:
            raise ValueError("limit: must be at least 1")
        query = sa.select(audit).order_by(audit.c.id.desc()).limit(limit)
        if event_id is not None:
            named = f'%"{_like_escape(event_id)}"%'
            query = query.where(
                sa.or_(
                    audit.c.event_id == event_id,
                    sa.and_(audit.c.action.in_(("merge", "split")), audit.c.changes.like(named, escape="\\")),
                )
            )
        with self.engine.connect() as conn:
            return [
                {
                    "id": row.id,
                    "event_id": row.event_id,
                    "action": row.action,
                    "user": row.user_name,
                    "at": _iso(row.at),
                    "changes": json.loads(row.changes),
                    "note": row.note,
                }
                for row in conn.execute(query)
            ]

    # --- users ----------------------------------------------------------------------------

    def add_user(self, name: str) -> str:
        """Add a user who may review; returns their token (only its sha256 is stored)."""
        name = name.strip() if isinstance(name, str) else ""
        if not name or len(name) > 64 or not name.isprintable():
            raise ValueError("name: a user name is 1 to 64 printable characters")
        token = secrets.token_urlsafe(32)
        with self._writing() as conn:
            if conn.execute(sa.select(users.c.id).where(users.c.name == name)).first() is not None:
                raise ValueError(f"user {name} exists")
            conn.execute(users.insert().values(name=name, token_hash=_token_hash(token), created_at=_utcnow()))
        return token

    def user_for_token(self, token: str) -> str | None:
        """The name of the user whose token this is; None for an unknown or revoked token."""
        if not token:
            return None
        query = sa.select(users.c.name).where(users.c.token_hash == _token_hash(token), users.c.revoked_at.is_(None))
        with self.engine.connect() as conn:
            name: str | None = conn.execute(query).scalar()
        return name

    def start_session(self, user: str, lifetime: timedelta = SESSION_LIFETIME) -> str:
        """A browser session for a user (after they gave their token): a fresh random id for the
        cookie, of which only the sha256 is stored; expired sessions are swept at the same time."""
        session = secrets.token_urlsafe(32)
        now = _utcnow()
        with self._writing() as conn:
            conn.execute(sessions.delete().where(sessions.c.expires_at < now))
            conn.execute(sessions.insert().values(id_hash=_token_hash(session), user_name=user, created_at=now,
                                                  expires_at=now + lifetime))  # fmt: skip
        return session

    def session_user(self, session: str) -> str | None:
        """The user signed in with this session id: None once it expired or ended, or once the
        user's token was revoked."""
        if not session:
            return None
        query = (
            sa.select(sessions.c.user_name)
            .join(users, users.c.name == sessions.c.user_name)
            .where(
                sessions.c.id_hash == _token_hash(session),
                sessions.c.expires_at > _utcnow(),
                users.c.revoked_at.is_(None),
            )
        )
        with self.engine.connect() as conn:
            name: str | None = conn.execute(query).scalar()
        return name

    def end_session(self, session: str) -> None:
        """Sign a browser out: its session id stops working."""
        with self._writing() as conn:
            conn.execute(sessions.delete().where(sessions.c.id_hash == _token_hash(session)))

    def users(self) -> list[dict[str, Any]]:
        """The users, by name: {name, created_at, revoked_at} (ISO times; revoked_at None if live)."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(users).order_by(users.c.name))
            return [
                {"name": row.name, "created_at": _iso(row.created_at), "revoked_at": _iso(row.revoked_at)}
                for row in rows
            ]

    def revoke_user(self, name: str) -> bool:
        """Stop a user's token working; False if there is no such user or it was revoked already."""
        with self._writing() as conn:
            result = conn.execute(
                users.update().where(users.c.name == name, users.c.revoked_at.is_(None)).values(revoked_at=_utcnow())
            )
            conn.execute(sessions.delete().where(sessions.c.user_name == name))
            return bool(result.rowcount)

    def record_failure(self, input: str, error: str, run_id: int | None = None) -> None:
        """Record that an input could not be processed, in its own transaction.

        Nothing stored before is touched, so a batch can go on past a bad document.
        """
        row = {"input": input, "error": error, "created_at": _utcnow(), "run_id": run_id}
        try:
            with self._writing() as conn:
                conn.execute(failures.insert(), row)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot record failure of {input}: {exc}") from exc

    def start_run(self, pipeline_version: str, kind: str = "ingest") -> int:
        """Open a run record (a batch of ingestion or reprocessing) and return its id."""
        with self._writing() as conn:
            result = conn.execute(
                runs.insert().values(kind=kind, pipeline_version=pipeline_version, started_at=_utcnow())
            )
            key = result.inserted_primary_key
            assert key is not None
            return int(key[0])

    def finish_run(
        self,
        run_id: int,
        *,
        documents: int,
        events: int,
        failures: int,
        counts: dict[str, Any] | None = None,
    ) -> None:
        """Close a run record with its counts and duration."""
        now = _utcnow()
        with self._writing() as conn:
            started = conn.execute(sa.select(runs.c.started_at).where(runs.c.id == run_id)).scalar_one()
            conn.execute(
                runs.update()
                .where(runs.c.id == run_id)
                .values(
                    finished_at=now,
                    duration_s=(now - _aware(started)).total_seconds(),
                    documents=documents,
                    events=events,
                    failures=failures,
                    counts=json.dumps(counts) if counts is not None else None,
                )
            )

    # --- reprocessing ---------------------------------------------------------------------

    def document(self, document_id: str) -> Document | None:
        """A stored document as the pipeline takes it."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(documents).where(documents.c.id == document_id)).first()
        if row is None:
            return None
        return Document(
            text=row.text,
            url=row.url,
            title=row.title,
            outlet=row.outlet,
            published=row.published,
            language=row.language or "en",
            origin=row.origin,
        )

    def document_ids(self, *, current_only: bool = True) -> list[str]:
        """Ids of stored documents in ingestion order (current revisions only, by default)."""
        query = sa.select(documents.c.id).order_by(documents.c.seq)
        if current_only:
            query = query.where(documents.c.status == DOCUMENT_CURRENT)
        with self.engine.connect() as conn:
            return [row.id for row in conn.execute(query)]

    def reprocess_document(self, document_id: str, mentions: list[Mention], pipeline_version: str) -> DocumentChange:
        """Replace one document's mentions with `mentions` (freshly extracted), atomically.

        - A statement found again (same type and trigger span) stays with the event it stated;
          new statements are linked like `add_document`'s; statements no longer found leave
          their events, and a machine event left with no mention is deleted.
        - Every machine event touched is rebuilt from its mentions (`link.merge_event` over them
          in the order they were stored), so its machine fields follow the current pipeline.
        - Confirmed, corrected and rejected events are never changed: the mentions linking a
          document to them stay as they are, and they are never rebuilt or deleted.
        - A superseded revision, or a document in a language the pipeline does not read, is
          skipped. Same statements with the same content: "unchanged" (only the recorded
          pipeline version moves on).
        """
        try:
            return self._reprocess_document(document_id, mentions, pipeline_version)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot reprocess document {document_id}: {exc}") from exc

    def _reprocess_document(self, document_id: str, mentions: list[Mention], pipeline_version: str) -> DocumentChange:
        change = DocumentChange(document_id, "unchanged")
        now = _utcnow()
        with self._writing() as conn:
            row = conn.execute(sa.select(documents).where(documents.c.id == document_id)).first()
            if row is None:
                raise KeyError(document_id)
            if row.status != DOCUMENT_CURRENT:
                change.status, change.reason = "skipped", "superseded revision"
                return change
            document = Document(
                text=row.text, url=row.url, title=row.title, outlet=row.outlet, published=row.published,
                language=row.language or "en", origin=row.origin,
            )  # fmt: skip
            if (document.language or "en").lower() not in EXTRACTED_LANGUAGES:
                change.status, change.reason = "skipped", f"language {document.language!r} not extracted"
                return change
            old = conn.execute(
                sa.select(
                    mention_rows.c.id,
                    mention_rows.c.type,
                    mention_rows.c.trigger_start,
                    mention_rows.c.trigger_end,
                    mention_rows.c.span_start,
                    mention_rows.c.span_end,
                    mention_rows.c.data,
                    event_mentions.c.event_id,
                    events.c.status,
                )
                .join(event_mentions, event_mentions.c.mention_id == mention_rows.c.id)
                .join(events, events.c.id == event_mentions.c.event_id)
                .where(mention_rows.c.document_id == document_id)
                .order_by(mention_rows.c.seq)
            ).all()
            fresh: list[tuple[Mention, dict[str, Any]]] = []
            seen: set[str] = set()
            for mention in mentions:
                stated = mention.to_event(document, pipeline_version)
                if stated["id"] not in seen:
                    seen.add(stated["id"])
                    fresh.append((mention, stated))

            def key_of(r: Any) -> tuple[str, int | None, int | None]:
                start = r.trigger_start if r.trigger_start is not None else r.span_start
                end = r.trigger_end if r.trigger_end is not None else r.span_end
                return _statement_key(r.type, start, end)

            old_content = sorted(json.dumps(_comparable(json.loads(r.data)), sort_keys=True) for r in old)
            new_content = sorted(json.dumps(_comparable(s), sort_keys=True) for _, s in fresh)
            if row.extraction == EXTRACTED and old_content == new_content:
                conn.execute(
                    documents.update()
                    .where(documents.c.id == document_id)
                    .values(pipeline_version=pipeline_version, extracted_at=now)
                )
                conn.execute(
                    mention_rows.update()
                    .where(mention_rows.c.document_id == document_id)
                    .values(pipeline_version=pipeline_version)
                )
                change.mentions_kept = len(old)
                return change

            change.status = "changed"
            reviewed = {key_of(r): r for r in old if r.status in REVIEWED}
            change.events_reviewed_untouched = sorted({r.event_id for r in reviewed.values()})
            machine_old = [r for r in old if r.status not in REVIEWED]
            forced = {key_of(r): r.event_id for r in machine_old}
            affected = {r.event_id for r in machine_old}
            gone = [r.id for r in machine_old]
            for chunk in _chunks(gone):
                conn.execute(sources.delete().where(sources.c.mention_id.in_(chunk)))
                conn.execute(event_mentions.delete().where(event_mentions.c.mention_id.in_(chunk)))
                conn.execute(mention_rows.delete().where(mention_rows.c.id.in_(chunk)))
            conn.execute(event_links.delete().where(event_links.c.document_id == document_id))
            keep = [(m, s) for m, s in fresh if _mention_key(m) not in reviewed]
            change.mentions_kept = len(fresh) - len(keep)
            old_keys = {key_of(r) for r in machine_old}
            new_keys = {_mention_key(m) for m, _ in keep}
            change.mentions_added = len(new_keys - old_keys)
            change.mentions_removed = len(old_keys - new_keys)
            done = self._store_mentions(
                conn, document, [m for m, _ in keep], pipeline_version, now, merge=False, forced=forced
            )
            if reviewed:  # the document's links to and from reviewed events, dropped above
                self._link_document(conn, document_id)
            change.events_new = sorted(done.created)
            rebuild = (affected | done.touched) - set(done.created)
            statuses = dict(
                conn.execute(
                    sa.select(events.c.id, events.c.status).where(events.c.id.in_(sorted(rebuild)))
                ).all()
            ) if rebuild else {}  # fmt: skip
            for event_id in sorted(rebuild):
                if statuses.get(event_id) != MACHINE:
                    continue
                outcome = self._rebuild_event(conn, event_id, pipeline_version, now)
                if outcome == "removed":
                    change.events_removed.append(event_id)
                elif outcome == "updated":
                    change.events_updated.append(event_id)
            conn.execute(
                documents.update()
                .where(documents.c.id == document_id)
                .values(extraction=EXTRACTED, pipeline_version=pipeline_version, extracted_at=now)
            )
            self._recount(conn, (affected | done.touched) - set(change.events_removed))
        return change

    def _rebuild_event(
        self, conn: Connection, event_id: str, pipeline_version: str, now: datetime
    ) -> Literal["removed", "updated", "same"]:
        """Recompute a machine event from its mentions; delete it when none is left."""
        stated = [data for _, data in self._statements(conn, event_id)]
        if not stated:
            conn.execute(
                event_links.delete().where(
                    sa.or_(event_links.c.from_event == event_id, event_links.c.to_event == event_id)
                )
            )
            conn.execute(actors.delete().where(actors.c.event_id == event_id))
            conn.execute(events.delete().where(events.c.id == event_id))
            return "removed"
        data = _fold(event_id, stated)
        before = conn.execute(sa.select(events.c.data).where(events.c.id == event_id)).scalar_one()
        if json.loads(before) == data:
            return "same"
        self._update_event(conn, event_id, data, pipeline_version, now)
        return "updated"

    def _statements(self, conn: Connection, event_id: str) -> list[tuple[str, dict[str, Any]]]:
        """(mention id, stored record) of an event's mentions in the order an event is built from
        them: current documents first, then as they were stored."""
        query = (
            sa.select(mention_rows.c.id, mention_rows.c.data)
            .join(event_mentions, event_mentions.c.mention_id == mention_rows.c.id)
            .join(documents, documents.c.id == mention_rows.c.document_id)
            .where(event_mentions.c.event_id == event_id)
            .order_by(sa.case((documents.c.status == DOCUMENT_CURRENT, 0), else_=1), mention_rows.c.seq)
        )
        return [(r.id, json.loads(r.data)) for r in conn.execute(query)]

    def reprocess(
        self,
        extract: Callable[[Document], list[Mention]],
        pipeline_version: str,
        *,
        document_ids: Sequence[str] | None = None,
        on_change: Callable[[DocumentChange], None] | None = None,
    ) -> dict[str, Any]:
        """Re-extract stored documents with `extract` and apply `reprocess_document` to each.

        Returns the totals (and records them as a run of kind "reprocess"); `on_change` sees
        each document's change as it is committed. A document whose extraction raises is
        recorded as a failure and the rest go on.
        """
        ids = list(document_ids) if document_ids is not None else self.document_ids()
        run_id = self.start_run(pipeline_version, kind="reprocess")
        totals: dict[str, Any] = {
            "documents": len(ids), "changed": 0, "unchanged": 0, "skipped": 0, "failed": 0,
            "mentions_added": 0, "mentions_removed": 0, "events_new": 0, "events_updated": 0,
            "events_removed": 0, "events_reviewed_untouched": 0,
        }  # fmt: skip
        for document_id in ids:
            document = self.document(document_id)
            if document is None:
                totals["skipped"] += 1
                if on_change is not None:
                    on_change(DocumentChange(document_id, "skipped", "no such document"))
                continue
            try:
                found = extract(document) if (document.language or "en") in EXTRACTED_LANGUAGES else []
                change = self.reprocess_document(document_id, found, pipeline_version)
            except Exception as exc:  # one bad document must not stop the batch
                totals["failed"] += 1
                self.record_failure(f"reprocess:{document_id}", f"{type(exc).__name__}: {exc}", run_id)
                continue
            totals[change.status] += 1
            totals["mentions_added"] += change.mentions_added
            totals["mentions_removed"] += change.mentions_removed
            for name in ("events_new", "events_updated", "events_removed", "events_reviewed_untouched"):
                totals[name] += len(getattr(change, name))
            if on_change is not None:
                on_change(change)
        self.finish_run(
            run_id,
            documents=len(ids),
            events=totals["events_new"],
            failures=totals["failed"],
            counts=totals,
        )
        totals["run_id"] = run_id
        return totals

    # --- reading --------------------------------------------------------------------------

    def _reports(self, conn: Connection, event_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """For each event, the current documents that state it, oldest publication first."""
        found: dict[str, list[dict[str, Any]]] = {}
        for chunk in _chunks(list(event_ids)):
            query = (
                sa.select(
                    event_mentions.c.event_id,
                    mention_rows.c.is_back_reference,
                    documents.c.id,
                    documents.c.url,
                    documents.c.outlet,
                    documents.c.title,
                    documents.c.published,
                )
                .join(mention_rows, mention_rows.c.id == event_mentions.c.mention_id)
                .join(documents, documents.c.id == mention_rows.c.document_id)
                .where(event_mentions.c.event_id.in_(chunk), documents.c.status == DOCUMENT_CURRENT)
                .order_by(documents.c.published, documents.c.id)
            )
            for row in conn.execute(query):
                found.setdefault(row.event_id, []).append(
                    {
                        "document_id": row.id,
                        "url": row.url,
                        "outlet": row.outlet,
                        "title": row.title,
                        "published": row.published,
                        "back_reference": bool(row.is_back_reference),
                    }
                )
        return found

    def _text_filter(self, text: str) -> sa.ColumnElement[bool]:
        """Events one of whose current statements contains every word of `text`."""
        words = _FTS_TOKEN.findall(text.casefold())
        if not words:
            return sa.false()
        match: sa.ColumnElement[bool]
        if self.dialect == "sqlite":
            fts = sa.table("mentions_fts", sa.column("rowid"))
            matched = sa.select(fts.c.rowid).where(sa.text("mentions_fts MATCH :fts_query"))
            match = mention_rows.c.seq.in_(matched)
        elif self.dialect == "postgresql":
            vector = sa.func.to_tsvector(sa.literal_column("'english'::regconfig"), mention_rows.c.evidence)
            query = sa.func.plainto_tsquery(sa.literal_column("'english'::regconfig"), " ".join(words))
            match = vector.op("@@")(query)
        else:  # any other dialect: a LIKE per word
            match = sa.and_(
                *(sa.func.lower(mention_rows.c.evidence).like(f"%{_like_escape(w)}%", escape="\\") for w in words)
            )
        # (events.reports > 0 already keeps events that a current document states)
        stated = (
            sa.select(event_mentions.c.event_id)
            .join(mention_rows, mention_rows.c.id == event_mentions.c.mention_id)
            .where(match)
        )
        return events.c.id.in_(stated)

    def _wide_reach(self, since: str, earliest: str) -> bool:
        """Whether some wide event starts before `earliest` and reaches `since` (read through
        `ix_events_wide_to`: wide events are few)."""
        query: sa.Executable = (
            sa.select(events.c.id)
            .where(events.c.wide == sa.true(), events.c.date_to >= since, events.c.date_from < earliest)
            .limit(1)
        )
        if self.dialect == "sqlite":
            # SQLite's statistics see one value of `wide` in most databases and would read the
            # date index instead (PostgreSQL's know how rare wide windows are); SQLAlchemy
            # writes no INDEXED BY, so the statement is spelt out
            query = sa.text(
                "SELECT id FROM events INDEXED BY ix_events_wide_to"
                " WHERE wide = 1 AND date_to >= :since AND date_from < :earliest LIMIT 1"
            ).bindparams(since=since, earliest=earliest)
        with self.engine.connect() as conn:
            return conn.execute(query).first() is not None

    def _matches_nothing(self, filters: dict[str, Any], params: dict[str, Any]) -> bool:
        """A full-text filter with no searchable word (SQLite's FTS5 query would be empty): no event
        can match, so the query is not run."""
        return filters.get("text") is not None and self.dialect == "sqlite" and params.get("fts_query") is None

    def _event_query(
        self,
        *,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        admin1: str | None = None,
        country: str | None = None,
        place: str | None = None,
        actor_class: str | None = None,
        modality: str | None = None,
        outlet: str | None = None,
        text: str | None = None,
        status: str | None = None,
        include_generic: bool = False,
        include_rejected: bool = False,
    ) -> tuple[sa.Select[Any], dict[str, Any]]:
        query = sa.select(events.c.id).where(events.c.reports > 0)
        params: dict[str, Any] = {}
        if type:
            query = query.where(events.c.type == type.upper())
        if since:
            window = link.date_window(since, None)
            if window is None:
                raise ValueError(f"since: not an ISO date: {since!r}")
            query = query.where(events.c.date_to >= window[0])
            first_day = date.fromisoformat(window[0]).toordinal()
            earliest = date.fromordinal(max(1, first_day - WIDE_WINDOW_DAYS)).isoformat()
            # a window that reaches `since` starts at most WIDE_WINDOW_DAYS before it unless it is
            # wide: when no wide window does, that is a bound the date index can seek to, instead
            # of reading every event dated before `since`
            if not self._wide_reach(window[0], earliest):
                query = query.where(events.c.date_from >= earliest)
        if until:
            window = link.date_window(until, None)
            if window is None:
                raise ValueError(f"until: not an ISO date: {until!r}")
            query = query.where(events.c.date_from <= window[1])
        if admin1:
            query = query.where(sa.func.lower(events.c.admin1) == _norm(admin1))
        if country:
            query = query.where(sa.func.lower(events.c.country) == _norm(country))
        if place:
            query = query.where(
                sa.or_(
                    sa.func.lower(events.c.place) == _norm(place),
                    sa.func.lower(events.c.admin2) == _norm(place),
                    events.c.place_id == place,
                )
            )
        if actor_class:
            query = query.where(
                sa.select(actors.c.id)
                .where(actors.c.event_id == events.c.id, actors.c["class"] == actor_class.upper())
                .exists()
            )
        if modality:
            query = query.where(events.c.modality == modality)
        if not include_generic:
            query = query.where(events.c.modality != "generic")
        if status:
            if status not in EVENT_STATUSES:
                raise ValueError(f"status: {status!r} is not one of {', '.join(EVENT_STATUSES)}")
            query = query.where(events.c.status == status)
        elif not include_rejected:
            query = query.where(events.c.status != "rejected")
        if outlet:
            query = query.where(
                sa.select(event_mentions.c.mention_id)
                .join(mention_rows, mention_rows.c.id == event_mentions.c.mention_id)
                .join(documents, documents.c.id == mention_rows.c.document_id)
                .where(
                    event_mentions.c.event_id == events.c.id,
                    documents.c.status == DOCUMENT_CURRENT,
                    sa.func.lower(documents.c.outlet) == _norm(outlet),
                )
                .exists()
            )
        if text is not None:
            query = query.where(self._text_filter(text))
            if self.dialect == "sqlite":
                params["fts_query"] = fts_query(text)
        undated_last = sa.case((events.c.date_from.is_(None), 1), else_=0)
        query = query.order_by(undated_last, events.c.date_from, events.c.date_to, events.c.id)
        return query, params

    def events(
        self,
        *,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        admin1: str | None = None,
        country: str | None = None,
        place: str | None = None,
        actor_class: str | None = None,
        modality: str | None = None,
        outlet: str | None = None,
        text: str | None = None,
        status: str | None = None,
        include_generic: bool = False,
        include_rejected: bool = False,
        limit: int | None = None,
        offset: int | None = None,
    ) -> list[dict[str, Any]]:
        """Events as canonical event dicts, plus `reports`, `mentions`, `status`, `updated_at`.

        Only events stated by at least one current document are listed, and rejected ones only
        with `include_rejected` or `status="rejected"`. `since` / `until` take ISO dates at any
        precision and keep dated events whose window overlaps; `admin1`, `country`, `place`
        (a place or county name, or a gazetteer id) and `outlet` compare case-insensitively;
        `actor_class` keeps events with an actor or target of that class; `text` is a
        full-text search (FTS5 / tsvector, stemmed) keeping events one of whose statements has
        every word given. Ordered by date (undated last), then id.
        """
        return list(
            self.iter_events(
                type=type, since=since, until=until, admin1=admin1, country=country, place=place,
                actor_class=actor_class, modality=modality, outlet=outlet, text=text, status=status,
                include_generic=include_generic, include_rejected=include_rejected, limit=limit,
                offset=offset,
            )
        )  # fmt: skip

    def iter_events(self, *, limit: int | None = None, offset: int | None = None, batch: int = 1000,
                    **filters: Any) -> Iterator[dict[str, Any]]:  # fmt: skip
        """`events`, a batch of rows at a time (for exports of the whole database)."""
        query, params = self._event_query(**filters)
        if self._matches_nothing(filters, params):
            return
        if limit is not None:
            query = query.limit(limit)
        if offset is not None:
            query = query.offset(offset)
        with self.engine.connect() as conn:
            # ids first, in order; then each page's records: the sort never carries the records
            result = conn.execute(query, params)
            while ids := [row.id for row in result.fetchmany(batch)]:
                yield from self._event_records(conn, ids)

    def _event_records(self, conn: Connection, ids: Sequence[str]) -> list[dict[str, Any]]:
        """The events with these ids, in this order, as `events` lists them (missing ones left out)."""
        found: dict[str, Any] = {}
        for chunk in _chunks(list(ids)):
            query = sa.select(events.c.id, events.c.data, events.c.status, events.c.updated_at, events.c.note).where(
                events.c.id.in_(chunk)
            )
            found.update((row.id, row) for row in conn.execute(query))
        reports = self._reports(conn, [i for i in ids if i in found])
        records = []
        for event_id in ids:
            row = found.get(event_id)
            if row is None:
                continue
            event = json.loads(row.data)
            event["id"] = row.id
            event["status"] = row.status
            event["updated_at"] = _iso(row.updated_at)
            if row.note:
                event["note"] = row.note
            event["reports"] = reports.get(row.id, [])
            event["mentions"] = len(event["reports"])
            records.append(event)
        return records

    def count_events(self, **filters: Any) -> int:
        """How many events `events(**filters)` would list."""
        query, params = self._event_query(**filters)
        if self._matches_nothing(filters, params):
            return 0
        counted = sa.select(sa.func.count()).select_from(query.order_by(None).subquery())
        with self.engine.connect() as conn:
            return int(conn.execute(counted, params).scalar_one())

    def events_page(
        self, *, limit: int = 50, cursor: str | None = None, **filters: Any
    ) -> tuple[list[dict[str, Any]], str | None]:
        """One page of `events(**filters)`, in the same order, and the cursor of the next page.

        Keyset pagination: `cursor` (opaque, URL-safe) carries the sort key of the previous
        page's last row, so a page costs the same however deep it is. The next cursor is None
        on the last page; a malformed cursor raises ValueError("cursor: ...").
        """
        if limit < 1:
            raise ValueError("limit: must be at least 1")
        after = _decode_cursor(cursor) if cursor is not None else None
        query, params = self._event_query(**filters)
        if self._matches_nothing(filters, params):
            return [], None
        base = query.order_by(None).with_only_columns(events.c.id, events.c.date_from, events.c.date_to)
        keys: list[tuple[str | None, str | None, str]] = []
        with self.engine.connect() as conn:
            # dated events by (date_from, date_to, id), then undated ones by id: each walks an index
            if after is None or after[0] is not None:
                dated = base.where(events.c.date_from.is_not(None))
                if after is not None:
                    first, last, event_id = after
                    dated = dated.where(
                        events.c.date_from >= first,
                        sa.or_(
                            events.c.date_from > first,
                            events.c.date_to > last,
                            sa.and_(events.c.date_to == last, events.c.id > event_id),
                        ),
                    )
                dated = dated.order_by(events.c.date_from, events.c.date_to, events.c.id).limit(limit + 1)
                keys += [(r.date_from, r.date_to, r.id) for r in conn.execute(dated, params)]
            if len(keys) <= limit:
                undated = base.where(events.c.date_from.is_(None))
                if after is not None and after[0] is None:
                    undated = undated.where(events.c.id > after[2])
                undated = undated.order_by(events.c.id).limit(limit + 1 - len(keys))
                keys += [(None, None, r.id) for r in conn.execute(undated, params)]
            page = keys[:limit]
            records = self._event_records(conn, [k[2] for k in page])
        return records, (_encode_cursor(page[-1]) if len(keys) > limit else None)

    def counts(self, by: Sequence[str], **filters: Any) -> list[dict[str, Any]]:
        """How many events `events(**filters)` would list, by each combination of the keys `by`
        (`COUNT_KEYS`): [{"month": "2019-08", "type": "DESERTION", "count": 3}, ...].

        Month ("2019-08"), ISO week ("2019-W33") and year ("2019") are those of the first day
        an event's date can mean; undated events, and other missing values, count under None
        (sorted last).
        """
        keys = [by] if isinstance(by, str) else list(by)
        for key in keys:
            if key not in COUNT_KEYS:
                raise ValueError(f"by: {key!r} is not one of {', '.join(COUNT_KEYS)}")
        if len(set(keys)) != len(keys):
            raise ValueError("by: a key is given twice")
        query, params = self._event_query(**filters)
        if self._matches_nothing(filters, params):
            return []
        columns: list[sa.ColumnElement[Any]] = []
        for n, key in enumerate(keys):
            expression: sa.ColumnElement[Any]
            if key == "month":
                expression = sa.func.substr(events.c.date_from, 1, 7)
            elif key == "year":
                expression = sa.func.substr(events.c.date_from, 1, 4)
            elif key == "week":  # ISO weeks are worked out here: SQLite's strftime has no %V
                expression = events.c.date_from
            else:
                expression = events.c[key]
            columns.append(expression.label(f"k{n}"))
        grouped = query.order_by(None).with_only_columns(*columns, sa.func.count().label("n"))
        if columns:
            grouped = grouped.group_by(*columns)
        totals: dict[tuple[str | None, ...], int] = {}
        with self.engine.connect() as conn:
            for row in conn.execute(grouped, params):
                values = tuple(_iso_week(row[n]) if key == "week" else row[n] for n, key in enumerate(keys))
                totals[values] = totals.get(values, 0) + int(row.n)
        ordered = sorted(totals.items(), key=lambda item: [(v is None, v or "") for v in item[0]])
        return [{**dict(zip(keys, values, strict=True)), "count": n} for values, n in ordered if n]

    def map_summary(self, **filters: Any) -> dict[str, Any]:
        """What a map of `events(**filters)` draws, aggregated so that it costs the same for ten
        events or a million: {"points": [{lat, lon, precision, name, admin1, country, count,
        types: {TYPE: n}}] for events placed at a town or county (one per location),
        "provinces": [{country, admin1, count, types}] for events placed at province level,
        "unplaced": how many are placed at country level or not at all}."""
        query, params = self._event_query(**filters)
        if self._matches_nothing(filters, params):
            return {"points": [], "provinces": [], "unplaced": 0}
        name = sa.func.coalesce(events.c.place, events.c.admin2)
        columns = (events.c.geo_precision, events.c.country, events.c.admin1, name.label("name"), events.c.lat,
                   events.c.lon, events.c.type)  # fmt: skip
        grouped = query.order_by(None).with_only_columns(*columns, sa.func.count().label("n")).group_by(*columns)
        points: dict[tuple[Any, ...], dict[str, Any]] = {}
        provinces: dict[tuple[Any, ...], dict[str, Any]] = {}
        unplaced = 0
        with self.engine.connect() as conn:
            for row in conn.execute(grouped, params):
                n = int(row.n)
                if row.geo_precision in ("place", "admin2") and row.lat is not None and row.lon is not None:
                    key: tuple[Any, ...] = (round(row.lat, 4), round(row.lon, 4), row.name, row.admin1)
                    spot = points.setdefault(key, {
                        "lat": key[0], "lon": key[1], "precision": row.geo_precision, "name": row.name,
                        "admin1": row.admin1, "country": row.country, "count": 0, "types": {},
                    })  # fmt: skip
                elif row.geo_precision == "admin1" and row.admin1:
                    key = (row.country, row.admin1)
                    spot = provinces.setdefault(key, {"country": row.country, "admin1": row.admin1, "count": 0,
                                                      "types": {}})  # fmt: skip
                else:
                    unplaced += n
                    continue
                spot["count"] += n
                spot["types"][row.type] = spot["types"].get(row.type, 0) + n
        return {
            "points": sorted(points.values(), key=lambda p: (-p["count"], p["lat"], p["lon"])),
            "provinces": sorted(provinces.values(), key=lambda p: (p["country"] or "", p["admin1"])),
            "unplaced": unplaced,
        }

    def event_detail(self, event_id: str) -> dict[str, Any] | None:
        """Everything an event's page shows, or None for an unknown event.

        {"event": as `events` lists it (rejected ones and ones no current report states
        included), "statements": each mention, oldest document first, with its document, stored
        record (spans are offsets into that document's text), method and score,
        "recalls" / "recalled_by": the events it recalls or is recalled by (back-references),
        "audit": `audit(event_id)`}.
        """
        with self.engine.connect() as conn:
            found = self._event_records(conn, [event_id])
            if not found:
                return None
            query = (
                sa.select(
                    mention_rows.c.id,
                    mention_rows.c.data,
                    mention_rows.c.is_back_reference,
                    event_mentions.c.method,
                    event_mentions.c.score,
                    documents.c.id.label("document_id"),
                    documents.c.url,
                    documents.c.title,
                    documents.c.outlet,
                    documents.c.published,
                    documents.c.status,
                )
                .join(event_mentions, event_mentions.c.mention_id == mention_rows.c.id)
                .join(documents, documents.c.id == mention_rows.c.document_id)
                .where(event_mentions.c.event_id == event_id)
                .order_by(
                    sa.case((documents.c.published.is_(None), 1), else_=0),
                    documents.c.published,
                    documents.c.seq,
                    mention_rows.c.seq,
                )
            )
            statements = [
                {
                    "mention_id": row.id,
                    "document": {
                        "id": row.document_id,
                        "url": row.url,
                        "title": row.title,
                        "outlet": row.outlet,
                        "published": row.published,
                        "status": row.status,
                    },
                    "data": json.loads(row.data),
                    "method": row.method,
                    "score": row.score,
                    "is_back_reference": bool(row.is_back_reference),
                }
                for row in conn.execute(query)
            ]
            columns = (events.c.id, events.c.type, events.c.date_value, events.c.admin1, events.c.modality,
                       events.c.status, events.c.data)  # fmt: skip
            recalls = [
                _summary(row)
                for row in conn.execute(
                    sa.select(*columns)
                    .join(event_links, event_links.c.to_event == events.c.id)
                    .where(event_links.c.from_event == event_id, event_links.c.kind == "back_reference")
                    .order_by(events.c.date_from, events.c.id)
                )
            ]
            recalled_by = [
                _summary(row)
                for row in conn.execute(
                    sa.select(*columns)
                    .join(event_links, event_links.c.from_event == events.c.id)
                    .where(event_links.c.to_event == event_id, event_links.c.kind == "back_reference")
                    .order_by(events.c.date_from, events.c.id)
                )
            ]
        return {
            "event": found[0],
            "statements": statements,
            "recalls": recalls,
            "recalled_by": recalled_by,
            "audit": self.audit(event_id),
        }

    def document_text(self, document_id: str) -> dict[str, Any] | None:
        """A stored document with its text, for showing it: {id, url, title, outlet, published,
        text, status, revision}; None if there is no such document."""
        query = sa.select(
            documents.c.id, documents.c.url, documents.c.title, documents.c.outlet, documents.c.published,
            documents.c.text, documents.c.status, documents.c.revision,
        ).where(documents.c.id == document_id)  # fmt: skip
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return dict(row._mapping) if row is not None else None

    def mentions(self, event_id: str | None = None, document_id: str | None = None) -> list[dict[str, Any]]:
        """Stored mentions (with their event, spans and pipeline version), in storage order."""
        query = (
            sa.select(
                mention_rows.c.id,
                mention_rows.c.document_id,
                event_mentions.c.event_id,
                event_mentions.c.method,
                event_mentions.c.score,
                mention_rows.c.type,
                mention_rows.c.modality,
                mention_rows.c.is_back_reference,
                mention_rows.c.trigger,
                mention_rows.c.span_start,
                mention_rows.c.span_end,
                mention_rows.c.trigger_start,
                mention_rows.c.trigger_end,
                mention_rows.c.evidence,
                mention_rows.c.pipeline_version,
            )
            .join(event_mentions, event_mentions.c.mention_id == mention_rows.c.id)
            .order_by(mention_rows.c.seq)
        )
        if event_id is not None:
            query = query.where(event_mentions.c.event_id == event_id)
        if document_id is not None:
            query = query.where(mention_rows.c.document_id == document_id)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def documents(
        self, *, text: str | None = None, extraction: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Stored documents (revisions included) with how many events each states, in storage order.

        `text` is a full-text search over title and text; `extraction` keeps "extracted" or
        "pending" documents; `limit` / `offset` take one page (the page is chosen before the
        events are counted, so a page costs the same in a large database).
        """
        count = sa.func.count(sa.distinct(event_mentions.c.event_id)).label("events")
        columns = (
            documents.c.id, documents.c.url, documents.c.title, documents.c.outlet, documents.c.published,
            documents.c.language, documents.c.revision, documents.c.status, documents.c.extraction,
            documents.c.pipeline_version, documents.c.ingested_at,
        )  # fmt: skip
        query = (
            sa.select(*columns, count)
            .select_from(
                documents.outerjoin(mention_rows, mention_rows.c.document_id == documents.c.id).outerjoin(
                    event_mentions, event_mentions.c.mention_id == mention_rows.c.id
                )
            )
            .group_by(*columns, documents.c.seq)
            .order_by(documents.c.seq)
        )
        params: dict[str, Any] = {}
        conditions: list[sa.ColumnElement[bool]] = []
        if extraction:
            conditions.append(documents.c.extraction == extraction)
        if text is not None:
            words = _FTS_TOKEN.findall(text.casefold())
            if not words:
                return []
            if self.dialect == "sqlite":
                fts = sa.table("documents_fts", sa.column("rowid"))
                conditions.append(
                    documents.c.seq.in_(sa.select(fts.c.rowid).where(sa.text("documents_fts MATCH :fts_query")))
                )
                params["fts_query"] = fts_query(text)
            else:
                english: sa.ColumnElement[Any] = sa.literal_column("'english'::regconfig")
                body = sa.func.coalesce(documents.c.title, "").op("||")(" ").op("||")(documents.c.text)
                conditions.append(
                    sa.func.to_tsvector(english, body).op("@@")(sa.func.plainto_tsquery(english, " ".join(words)))
                )
        if limit is not None:  # the page first, then its counts
            chosen = sa.select(documents.c.seq).where(*conditions).order_by(documents.c.seq).limit(limit).offset(offset)
            conditions = [documents.c.seq.in_(chosen.scalar_subquery())]
        query = query.where(*conditions)
        with self.engine.connect() as conn:
            return [{**row._asdict(), "ingested_at": _iso(row.ingested_at)} for row in conn.execute(query, params)]

    def count_documents(self, *, extraction: str | None = None) -> int:
        """How many documents are stored (revisions included), or how many `extraction` ones."""
        query = sa.select(sa.func.count()).select_from(documents)
        if extraction:
            query = query.where(documents.c.extraction == extraction)
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def links(self, event_id: str | None = None) -> list[dict[str, Any]]:
        """Links between events (from, to, kind, document), optionally those touching one event."""
        query = sa.select(event_links).order_by(event_links.c.from_event, event_links.c.to_event, event_links.c.kind)
        if event_id is not None:
            query = query.where(sa.or_(event_links.c.from_event == event_id, event_links.c.to_event == event_id))
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def failures(self) -> list[dict[str, Any]]:
        """Recorded failures, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(failures).order_by(failures.c.id))
            return [{**row._asdict(), "created_at": _iso(row.created_at)} for row in rows]

    def runs(self) -> list[dict[str, Any]]:
        """Recorded runs, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(runs).order_by(runs.c.id))
            return [
                {
                    **row._asdict(),
                    "counts": json.loads(row.counts) if row.counts else None,
                    "started_at": _iso(row.started_at),
                    "finished_at": _iso(row.finished_at),
                }
                for row in rows
            ]
