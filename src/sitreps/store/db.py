"""The event store: documents in, linked events out, one transaction per document.

`Store.open("sitreps.db")` opens (and creates) a SQLite file; a `sqlite://` or
`postgresql://` URL goes to SQLAlchemy as given. Everything here is SQLAlchemy Core and
dialect-neutral except the SQLite connection hook (WAL, foreign keys, real transactions).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal, Self

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from sitreps import link
from sitreps.errors import StoreError
from sitreps.model import Document, Mention
from sitreps.store.schema import (
    DOCUMENT_CURRENT,
    DOCUMENT_SUPERSEDED,
    documents,
    event_links,
    events,
    failures,
    metadata,
    runs,
)
from sitreps.store.schema import mentions as mention_rows

CANDIDATE_LIMIT = 200
"""At most this many blocked candidates are scored for one mention."""

_IN_CHUNK = 500  # ids per IN (...) list, well under every dialect's parameter limit

AddStatus = Literal["new", "unchanged", "revision"]


@dataclass(frozen=True, slots=True)
class AddResult:
    """What `Store.add_document` did with one document."""

    document_id: str
    status: AddStatus
    events_new: int = 0
    events_linked: int = 0


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:  # SQLite hands back naive datetimes; they were written in UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat()


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), _IN_CHUNK):
        yield items[i : i + _IN_CHUNK]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for a path (SQLite file) or a URL given as is."""
    if isinstance(target, str) and "://" in target:
        return target
    path = Path(target).expanduser()
    if not path.parent.is_dir():
        raise StoreError(f"folder for the database does not exist: {path.parent}")
    return f"sqlite:///{path}"


def _sqlite_hooks(engine: Engine) -> None:
    """WAL and foreign keys on every connection; our own BEGIN, so reads join the transaction."""

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # stop pysqlite managing transactions itself
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")  # durable enough with WAL, much faster
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=5000")
        finally:
            cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")


def _event_columns(event: dict[str, Any]) -> dict[str, Any]:
    """The queryable columns of an `events` row, copied from its canonical dict."""
    when = event.get("date") or {}
    where = event.get("location") or {}
    window = link.date_window(when.get("value"), when.get("precision"), when.get("end"))
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
        "country": where.get("country"),
        "admin1": where.get("admin1"),
        "admin2": where.get("admin2"),
        "place": where.get("place"),
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


class Store:
    """A database of documents, the mentions extracted from them and the events they state.

    One writer at a time per SQLite file (WAL lets readers run alongside it).
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, target: str | Path) -> Store:
        """Open the store at a path (SQLite file) or a database URL, creating tables if missing.

        Raises `StoreError` when the database cannot be reached or created.
        """
        try:
            engine = sa.create_engine(database_url(target))
            if engine.dialect.name == "sqlite":
                _sqlite_hooks(engine)
            metadata.create_all(engine)
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

    # --- writing --------------------------------------------------------------------------

    def add_document(
        self, document: Document, mentions: list[Mention], pipeline_version: str
    ) -> AddResult:
        """Store a document with its mentions, linking each mention to an event, atomically.

        - The same text again (same content hash) changes nothing: status "unchanged", even
          under another URL or a newer pipeline version (re-deriving is a separate operation).
        - Different text under a stored URL is a new row with `revision` one higher; the
          earlier revision is marked superseded and drops out of reports (status "revision").
        - Each mention is matched by `link.find_match` against candidates found by blocking
          (same type and overlapping date window, or both undated in the same province), never
          the whole table; it joins the best match or starts a new event whose id is its own.
          Generic statements never merge. Two mentions of one document never share an event:
          the extractor has already merged repeated statements within a report.
        - A back-reference joins the earlier event as one more mention (or starts an event that
          a later-ingested original report will join), and `event_links` records
          (incident of this report) -> (recalled event), kind "back_reference", for every
          non-back-reference, non-generic event this document states.
        - Events an analyst has confirmed or corrected gain mentions but keep their data.
        Any exception rolls the whole document back; database errors are raised as
        `StoreError`, anything else (a failing extractor, say) as it is.
        """
        try:
            return self._add_document(document, mentions, pipeline_version)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot store document {document.id}: {exc}") from exc

    def _add_document(
        self, document: Document, mentions: list[Mention], pipeline_version: str
    ) -> AddResult:
        doc_id = document.id
        with self.engine.begin() as conn:
            if conn.execute(sa.select(documents.c.id).where(documents.c.id == doc_id)).first():
                return AddResult(doc_id, "unchanged")
            status: AddStatus = "new"
            revision = 1
            if document.url:
                previous = conn.execute(
                    sa.select(sa.func.max(documents.c.revision)).where(
                        documents.c.url == document.url
                    )
                ).scalar()
                if previous is not None:
                    status, revision = "revision", int(previous) + 1
                    conn.execute(
                        documents.update()
                        .where(documents.c.url == document.url)
                        .values(status=DOCUMENT_SUPERSEDED)
                    )
            now = _utcnow()
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
                    pipeline_version=pipeline_version,
                ),
            )
            touched: set[str] = set()
            seen_mentions: set[str] = set()
            incidents: list[str] = []
            recalled: list[str] = []
            created = linked = 0
            for mention in mentions:
                stated = mention.to_event(document, pipeline_version)
                if stated["id"] in seen_mentions:
                    continue  # the same trigger twice: one statement
                seen_mentions.add(stated["id"])
                match = None
                if stated["modality"] != "generic":
                    match = link.find_match(stated, self._candidates(conn, stated, touched))
                if match is None:
                    event_id = stated["id"]
                    conn.execute(
                        events.insert(),
                        dict(
                            id=event_id,
                            status="machine",
                            pipeline_version=pipeline_version,
                            created_at=now,
                            updated_at=now,
                            **_event_columns(stated),
                        ),
                    )
                    created += 1
                else:
                    event_id = match
                    self._merge(conn, event_id, stated, pipeline_version, now)
                    linked += 1
                conn.execute(
                    mention_rows.insert(),
                    dict(
                        id=stated["id"],
                        document_id=doc_id,
                        event_id=event_id,
                        type=stated["type"],
                        is_back_reference=bool(stated["is_back_reference"]),
                        evidence=_evidence_text(stated),
                        data=json.dumps(stated, ensure_ascii=False),
                        pipeline_version=pipeline_version,
                    ),
                )
                touched.add(event_id)
                if stated["is_back_reference"]:
                    recalled.append(event_id)
                elif stated["modality"] != "generic":
                    incidents.append(event_id)
            pairs = {(a, b) for a in incidents for b in recalled if a != b}
            for from_event, to_event in sorted(pairs):
                conn.execute(
                    event_links.insert(),
                    dict(
                        from_event=from_event,
                        to_event=to_event,
                        kind="back_reference",
                        document_id=doc_id,
                    ),
                )
            return AddResult(doc_id, status, created, linked)

    def _candidates(
        self, conn: Connection, stated: dict[str, Any], exclude: set[str]
    ) -> list[dict[str, Any]]:
        """Events this mention could restate, found by blocking; each with its `reports`."""
        query = sa.select(events.c.data).where(
            events.c.type == stated["type"], events.c.modality != "generic"
        )
        window = link.search_window(stated)
        if window is not None:
            lo, hi = window
            reach = date.fromisoformat(hi).toordinal() + link.BACK_REFERENCE_LOOKBACK_DAYS
            back_hi = date.fromordinal(reach).isoformat()
            query = query.where(
                events.c.date_from.is_not(None),
                events.c.date_to >= lo,
                sa.or_(
                    events.c.date_from <= hi,
                    # a stored back-reference's incident may lie before its (report) date
                    sa.and_(events.c.is_back_reference, events.c.date_from <= back_hi),
                ),
            )
        else:
            admin1 = (stated.get("location") or {}).get("admin1")
            if not admin1:
                return []
            query = query.where(events.c.date_from.is_(None), events.c.admin1 == admin1)
        if exclude:
            query = query.where(events.c.id.not_in(sorted(exclude)))
        query = query.order_by(events.c.date_from, events.c.id).limit(CANDIDATE_LIMIT)
        candidates = [json.loads(row.data) for row in conn.execute(query)]
        reports = self._reports(conn, [c["id"] for c in candidates])
        for candidate in candidates:
            candidate["reports"] = reports.get(candidate["id"], [])
        return candidates

    def _merge(
        self,
        conn: Connection,
        event_id: str,
        stated: dict[str, Any],
        pipeline_version: str,
        now: datetime,
    ) -> None:
        row = conn.execute(
            sa.select(events.c.data, events.c.status).where(events.c.id == event_id)
        ).one()
        if row.status != "machine":
            conn.execute(events.update().where(events.c.id == event_id).values(updated_at=now))
            return
        merged = link.merge_event(json.loads(row.data), stated)
        conn.execute(
            events.update().where(events.c.id == sa.bindparam("event_id")),
            dict(
                event_id=event_id,
                pipeline_version=pipeline_version,
                updated_at=now,
                **_event_columns(merged),
            ),
        )

    def record_failure(self, input: str, error: str, run_id: int | None = None) -> None:
        """Record that an input could not be processed, in its own transaction.

        Nothing stored before is touched, so a batch can go on past a bad document.
        """
        row = {"input": input, "error": error, "created_at": _utcnow(), "run_id": run_id}
        try:
            with self.engine.begin() as conn:
                conn.execute(failures.insert(), row)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot record failure of {input}: {exc}") from exc

    def start_run(self, pipeline_version: str) -> int:
        """Open a run record (a batch of ingestion) and return its id."""
        with self.engine.begin() as conn:
            result = conn.execute(
                runs.insert().values(pipeline_version=pipeline_version, started_at=_utcnow())
            )
            key = result.inserted_primary_key
            assert key is not None
            return int(key[0])

    def finish_run(self, run_id: int, *, documents: int, events: int, failures: int) -> None:
        """Close a run record with its counts."""
        with self.engine.begin() as conn:
            conn.execute(
                runs.update()
                .where(runs.c.id == run_id)
                .values(
                    finished_at=_utcnow(), documents=documents, events=events, failures=failures
                )
            )

    # --- reading --------------------------------------------------------------------------

    def _reports(
        self, conn: Connection, event_ids: Sequence[str]
    ) -> dict[str, list[dict[str, Any]]]:
        """For each event, the current documents that state it, oldest publication first."""
        found: dict[str, list[dict[str, Any]]] = {}
        for chunk in _chunks(list(event_ids)):
            query = (
                sa.select(
                    mention_rows.c.event_id,
                    mention_rows.c.is_back_reference,
                    documents.c.id,
                    documents.c.url,
                    documents.c.outlet,
                    documents.c.published,
                )
                .join(documents, documents.c.id == mention_rows.c.document_id)
                .where(mention_rows.c.event_id.in_(chunk), documents.c.status == DOCUMENT_CURRENT)
                .order_by(documents.c.published, documents.c.id)
            )
            for row in conn.execute(query):
                found.setdefault(row.event_id, []).append(
                    {
                        "document_id": row.id,
                        "url": row.url,
                        "outlet": row.outlet,
                        "published": row.published,
                        "back_reference": bool(row.is_back_reference),
                    }
                )
        return found

    def events(
        self,
        *,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        admin1: str | None = None,
        country: str | None = None,
        modality: str | None = None,
        outlet: str | None = None,
        text: str | None = None,
        include_generic: bool = False,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Events as canonical event dicts, plus `reports`, `mentions`, `status`, `updated_at`.

        Only events stated by at least one current document are listed. `since` / `until`
        take ISO dates at any precision and keep dated events whose window overlaps;
        `admin1`, `country` and `outlet` compare case-insensitively; `text` keeps events whose
        evidence contains every word given. Ordered by date (undated last), then id.
        """
        stated_by = (
            sa.select(mention_rows.c.id)
            .join(documents, documents.c.id == mention_rows.c.document_id)
            .where(mention_rows.c.event_id == events.c.id, documents.c.status == DOCUMENT_CURRENT)
        )
        query = sa.select(events.c.id, events.c.data, events.c.status, events.c.updated_at)
        query = query.where(stated_by.exists())
        if type:
            query = query.where(events.c.type == type.upper())
        if since:
            window = link.date_window(since, None)
            if window is None:
                raise ValueError(f"since: not an ISO date: {since!r}")
            query = query.where(events.c.date_to >= window[0])
        if until:
            window = link.date_window(until, None)
            if window is None:
                raise ValueError(f"until: not an ISO date: {until!r}")
            query = query.where(events.c.date_from <= window[1])
        if admin1:
            query = query.where(sa.func.lower(events.c.admin1) == admin1.lower())
        if country:
            query = query.where(sa.func.lower(events.c.country) == country.lower())
        if modality:
            query = query.where(events.c.modality == modality)
        if not include_generic:
            query = query.where(events.c.modality != "generic")
        if outlet:
            query = query.where(
                stated_by.where(sa.func.lower(documents.c.outlet) == outlet.lower()).exists()
            )
        for word in (text or "").split():
            pattern = f"%{_like_escape(word.lower())}%"
            query = query.where(
                stated_by.where(
                    sa.func.lower(mention_rows.c.evidence).like(pattern, escape="\\")
                ).exists()
            )
        undated_last = sa.case((events.c.date_from.is_(None), 1), else_=0)
        query = query.order_by(undated_last, events.c.date_from, events.c.date_to, events.c.id)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
            reports = self._reports(conn, [row.id for row in rows])
        found = []
        for row in rows:
            event = json.loads(row.data)
            event["id"] = row.id
            event["status"] = row.status
            event["updated_at"] = _iso(row.updated_at)
            event["reports"] = reports.get(row.id, [])
            event["mentions"] = len(event["reports"])
            found.append(event)
        return found

    def documents(self) -> list[dict[str, Any]]:
        """Every stored document (revisions included) with how many events it states."""
        count = sa.func.count(sa.distinct(mention_rows.c.event_id)).label("events")
        query = (
            sa.select(
                documents.c.id,
                documents.c.url,
                documents.c.title,
                documents.c.outlet,
                documents.c.published,
                documents.c.revision,
                documents.c.status,
                documents.c.ingested_at,
                count,
            )
            .select_from(
                documents.outerjoin(mention_rows, mention_rows.c.document_id == documents.c.id)
            )
            .group_by(
                documents.c.id,
                documents.c.url,
                documents.c.title,
                documents.c.outlet,
                documents.c.published,
                documents.c.revision,
                documents.c.status,
                documents.c.ingested_at,
            )
            .order_by(documents.c.ingested_at, documents.c.id)
        )
        with self.engine.connect() as conn:
            return [
                {**row._asdict(), "ingested_at": _iso(row.ingested_at)}
                for row in conn.execute(query)
            ]

    def links(self, event_id: str | None = None) -> list[dict[str, Any]]:
        """Links between events (from, to, kind, document), optionally those touching one event."""
        query = sa.select(event_links).order_by(
            event_links.c.from_event, event_links.c.to_event, event_links.c.kind
        )
        if event_id is not None:
            query = query.where(
                sa.or_(event_links.c.from_event == event_id, event_links.c.to_event == event_id)
            )
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
                    "started_at": _iso(row.started_at),
                    "finished_at": _iso(row.finished_at),
                }
                for row in rows
            ]
