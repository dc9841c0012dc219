"""Watching feeds: poll, take only new items, extract, store, link; one summary line per cycle.

`Watcher.run_cycle(feed_urls)` polls each feed once:

1. a conditional GET with the ETag / Last-Modified the state holds for the feed (a 304 ends
   the feed's turn at once);
2. each item the state has not seen becomes a document (inline content or its link);
3. an exact or near-duplicate of a stored document becomes one more location of it;
4. a document in a language the extraction does not read (Korean) is stored unextracted,
   with status `not_extracted`; the others are extracted and stored, their events linked;
5. the item is marked seen. An item that fails is retried next cycle, up to
   `max_attempts` times, then marked seen as failed so it cannot block its feed forever.

The feed's validators are saved only once all its items are handled, so a failed item is not
hidden behind a 304. Network errors end a feed's turn, never the cycle; the state lives in
the database, so a restarted watcher goes on where it stopped.

`WatchState` is the interface the store must offer; `SqlWatchState` implements it with three
tables of its own (`feeds`, `feed_items`, `document_locations`) in the store's database.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

import sqlalchemy as sa

from sitreps.errors import InputError, SitrepsError
from sitreps.ingest.dedup import Location, NearDuplicateIndex
from sitreps.ingest.feeds import item_document, parse_feed
from sitreps.ingest.language import extraction_status
from sitreps.ingest.web import FEED_TYPES, HTML_TYPES, Fetcher
from sitreps.model import Document

ITEM_STORED = "stored"
ITEM_NOT_EXTRACTED = "not_extracted"
ITEM_DUPLICATE = "duplicate"
ITEM_FAILED = "failed"


# --- durations -------------------------------------------------------------------------------

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|sec|m|min|h|d)?", re.IGNORECASE)
_UNIT = {"ms": 0.001, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, None: 1}


def parse_duration(text: str) -> float:
    """Seconds in "15m", "90s", "1h30m", "2h", "0.5s" or a bare number of seconds."""
    text = text.strip()
    pos = 0
    total = 0.0
    found = False
    while pos < len(text):
        m = _DURATION.match(text, pos)
        if m is None or m.end() == pos:
            raise ValueError(f"not a duration: {text!r} (try 30s, 15m, 1h, 1h30m)")
        unit = m.group(2).lower() if m.group(2) else None
        total += float(m.group(1)) * _UNIT[unit]
        pos = m.end()
        while pos < len(text) and text[pos] == " ":
            pos += 1
        found = True
    if not found:
        raise ValueError(f"not a duration: {text!r} (try 30s, 15m, 1h, 1h30m)")
    return total


def read_feed_list(path: str | Path) -> tuple[list[str], list[InputError]]:
    """Feed URLs of a list file (one a line, `#` comments), and an error per bad line."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(name, f"cannot read the feed list ({exc})") from exc
    urls: list[str] = []
    errors: list[InputError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.split(" #", 1)[0].strip()
        if not entry or entry.startswith("#"):
            continue
        if not entry.lower().startswith(("http://", "https://")):
            errors.append(InputError(f"{name}:{number}", f"not an http(s) URL: {entry!r}"))
        elif entry not in urls:
            urls.append(entry)
    return urls, errors


# --- state -----------------------------------------------------------------------------------


class WatchState(Protocol):
    """What the watcher keeps between cycles and across restarts."""

    def validators(self, feed_url: str) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) of the feed's last fully handled answer."""
        ...

    def record_poll(
        self, feed_url: str, *, ok: bool, error: str | None = None,
        etag: str | None = None, last_modified: str | None = None, save_validators: bool = False,
    ) -> None:  # fmt: skip
        """Note a poll of the feed (and its new validators, when every item was handled)."""
        ...

    def seen(self, feed_url: str, item_ids: Iterable[str]) -> set[str]:
        """Which of these items are done (stored, duplicate, not extracted, or failed for good)."""
        ...

    def mark_item(self, feed_url: str, item_id: str, *, status: str, document_id: str | None = None,
                  error: str | None = None) -> None:  # fmt: skip
        """Mark an item done."""
        ...

    def record_attempt(self, feed_url: str, item_id: str, error: str) -> int:
        """Note a failed attempt at an item; return how many attempts have failed so far."""
        ...

    def add_location(self, document_id: str, location: Location, kind: str, similarity: float | None = None) -> None:
        """One more place a stored document was found (kind "same_text" or "near_duplicate")."""
        ...


_meta = sa.MetaData()

feeds_table = sa.Table(
    "feeds",
    _meta,
    sa.Column("url", sa.Text, primary_key=True),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("last_polled_at", sa.DateTime(timezone=True)),
    sa.Column("last_ok_at", sa.DateTime(timezone=True)),
    sa.Column("last_error", sa.Text),
    sa.Column("failures", sa.Integer, nullable=False, server_default="0", comment="consecutive failed polls"),
)
feed_items_table = sa.Table(
    "feed_items",
    _meta,
    sa.Column("feed_url", sa.Text, primary_key=True),
    sa.Column("item_id", sa.Text, primary_key=True),
    sa.Column("status", sa.String(32), nullable=False, comment="stored, not_extracted, duplicate, failed, pending"),
    sa.Column("document_id", sa.String(64)),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("error", sa.Text),
    sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
)
document_locations_table = sa.Table(
    "document_locations",
    _meta,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.String(64), nullable=False, index=True),
    sa.Column("url", sa.Text),
    sa.Column("origin", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(40)),
    sa.Column("kind", sa.String(16), nullable=False, comment="same_text or near_duplicate"),
    sa.Column("similarity", sa.Float),
    sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("document_id", "url", "origin", name="uq_document_location"),
)

DONE = (ITEM_STORED, ITEM_NOT_EXTRACTED, ITEM_DUPLICATE, ITEM_FAILED)


def _now() -> datetime:
    return datetime.now(UTC)


class SqlWatchState:
    """`WatchState` in three tables of the store's database (created when missing)."""

    def __init__(self, engine: sa.engine.Engine) -> None:
        self.engine = engine
        _meta.create_all(engine)

    def validators(self, feed_url: str) -> tuple[str | None, str | None]:
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(feeds_table.c.etag, feeds_table.c.last_modified).where(feeds_table.c.url == feed_url)
            ).first()
        return (row.etag, row.last_modified) if row else (None, None)

    def record_poll(
        self, feed_url: str, *, ok: bool, error: str | None = None,
        etag: str | None = None, last_modified: str | None = None, save_validators: bool = False,
    ) -> None:  # fmt: skip
        now = _now()
        with self.engine.begin() as conn:
            row = conn.execute(sa.select(feeds_table.c.failures).where(feeds_table.c.url == feed_url)).first()
            values: dict[str, Any] = {"last_polled_at": now}
            if ok:
                values.update(last_ok_at=now, last_error=None, failures=0)
            else:
                values.update(last_error=error, failures=(row.failures if row else 0) + 1)
            if save_validators:
                values.update(etag=etag, last_modified=last_modified)
            if row is None:
                conn.execute(feeds_table.insert().values(url=feed_url, **values))
            else:
                conn.execute(feeds_table.update().where(feeds_table.c.url == feed_url).values(**values))

    def seen(self, feed_url: str, item_ids: Iterable[str]) -> set[str]:
        ids = list(item_ids)
        done: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                query = sa.select(feed_items_table.c.item_id).where(
                    feed_items_table.c.feed_url == feed_url,
                    feed_items_table.c.item_id.in_(ids[i : i + 500]),
                    feed_items_table.c.status.in_(DONE),
                )
                done.update(row.item_id for row in conn.execute(query))
        return done

    def _upsert(self, conn: sa.Connection, feed_url: str, item_id: str, values: dict[str, Any]) -> None:
        key = (feed_items_table.c.feed_url == feed_url) & (feed_items_table.c.item_id == item_id)
        if conn.execute(sa.select(feed_items_table.c.status).where(key)).first() is None:
            conn.execute(feed_items_table.insert().values(feed_url=feed_url, item_id=item_id, **values))
        else:
            conn.execute(feed_items_table.update().where(key).values(**values))

    def mark_item(self, feed_url: str, item_id: str, *, status: str, document_id: str | None = None,
                  error: str | None = None) -> None:  # fmt: skip
        with self.engine.begin() as conn:
            self._upsert(conn, feed_url, item_id,
                         {"status": status, "document_id": document_id, "error": error, "seen_at": _now()})  # fmt: skip

    def record_attempt(self, feed_url: str, item_id: str, error: str) -> int:
        with self.engine.begin() as conn:
            key = (feed_items_table.c.feed_url == feed_url) & (feed_items_table.c.item_id == item_id)
            row = conn.execute(sa.select(feed_items_table.c.attempts).where(key)).first()
            attempts = (row.attempts if row else 0) + 1
            self._upsert(conn, feed_url, item_id,
                         {"status": "pending", "attempts": attempts, "error": error, "seen_at": _now()})  # fmt: skip
            return attempts

    def add_location(self, document_id: str, location: Location, kind: str, similarity: float | None = None) -> None:
        with self.engine.begin() as conn:
            exists = conn.execute(
                sa.select(document_locations_table.c.id).where(
                    document_locations_table.c.document_id == document_id,
                    document_locations_table.c.url.is_not_distinct_from(location.url),
                    document_locations_table.c.origin.is_not_distinct_from(location.origin),
                )
            ).first()
            if exists is None:
                conn.execute(
                    document_locations_table.insert().values(
                        document_id=document_id,
                        url=location.url,
                        origin=location.origin,
                        outlet=location.outlet,
                        title=location.title,
                        published=location.published,
                        kind=kind,
                        similarity=similarity,
                        seen_at=_now(),
                    )
                )

    def locations(self, document_id: str | None = None) -> list[dict[str, Any]]:
        query = sa.select(document_locations_table).order_by(document_locations_table.c.id)
        if document_id is not None:
            query = query.where(document_locations_table.c.document_id == document_id)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def items(self, feed_url: str | None = None) -> list[dict[str, Any]]:
        query = sa.select(feed_items_table).order_by(feed_items_table.c.feed_url, feed_items_table.c.item_id)
        if feed_url is not None:
            query = query.where(feed_items_table.c.feed_url == feed_url)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]


def stored_texts(engine: sa.engine.Engine) -> Iterator[tuple[str, str]]:
    """(id, text) of every current document in a store, streamed, to rebuild the duplicate index."""
    from sitreps.store.schema import DOCUMENT_CURRENT, documents

    query = sa.select(documents.c.id, documents.c.text).where(documents.c.status == DOCUMENT_CURRENT)
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=500).execute(query)
        for row in result:
            yield row.id, row.text


# --- the watcher -----------------------------------------------------------------------------


@dataclass(slots=True)
class CycleReport:
    """What one cycle did."""

    cycle: int
    started: datetime = field(default_factory=_now)
    feeds: int = 0
    not_modified: int = 0
    feed_errors: int = 0
    items: int = 0
    new: int = 0
    stored: int = 0
    duplicates: int = 0
    not_extracted: int = 0
    events_new: int = 0
    events_linked: int = 0
    errors: list[InputError] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        """The one summary line of the cycle."""
        return (
            f"watch cycle {self.cycle} at {self.started.isoformat(timespec='seconds')}: "
            f"{self.feeds} feed(s) polled ({self.not_modified} not modified, {self.feed_errors} failed); "
            f"{self.items} item(s), {self.new} new: {self.stored} stored, {self.duplicates} duplicate(s), "
            f"{self.not_extracted} not extracted (language); {self.events_new} new event(s), "
            f"{self.events_linked} linked; {len(self.errors)} error(s); {self.seconds:.1f} s"
        )


class Analyser(Protocol):
    def analyse(self, document: Document, parsed: Any | None = None) -> Any: ...


class Watcher:
    """Polls feeds into a store. One per process; the store, fetcher and state are its own."""

    def __init__(
        self,
        store: Any,
        fetcher: Fetcher,
        state: WatchState,
        *,
        extractor: Callable[[], Analyser] | None = None,
        pipeline_version: str | None = None,
        index: NearDuplicateIndex | None = None,
        log: Callable[[str], None] = print,
        max_attempts: int = 3,
    ) -> None:
        from sitreps.pipeline import PIPELINE_VERSION, default_extractor

        self.store = store
        self.fetcher = fetcher
        self.state = state
        self._extractor_factory: Callable[[], Analyser] = extractor or default_extractor
        self._extractor: Analyser | None = None
        self.pipeline_version = pipeline_version or PIPELINE_VERSION
        self.index = index if index is not None else NearDuplicateIndex.rebuild(stored_texts(store.engine))
        self.log = log
        self.max_attempts = max_attempts
        self.cycles = 0

    @property
    def extractor(self) -> Analyser:
        if self._extractor is None:
            self._extractor = self._extractor_factory()
        return self._extractor

    def run_cycle(self, feed_urls: list[str]) -> CycleReport:
        self.cycles += 1
        report = CycleReport(cycle=self.cycles)
        clock = time.monotonic()
        for feed_url in feed_urls:
            report.feeds += 1
            try:
                self._poll(feed_url, report)
            except InputError as exc:  # FetchError included: the feed could not be read
                report.feed_errors += 1
                report.errors.append(exc)
                self._safe(feed_url, exc.problem)
            except SitrepsError as exc:  # the store failed: note it, go on with the next feed
                report.feed_errors += 1
                report.errors.append(InputError(feed_url, str(exc)))
            except Exception as exc:  # a bug must not end a long-running watch
                report.feed_errors += 1
                report.errors.append(InputError(feed_url, f"unexpected {type(exc).__name__}: {exc}"))
        report.seconds = time.monotonic() - clock
        return report

    def _safe(self, feed_url: str, problem: str) -> None:
        try:
            self.state.record_poll(feed_url, ok=False, error=problem)
        except Exception as exc:  # the state is best effort when the database itself fails
            self.log(f"sitreps: watch: cannot record state ({type(exc).__name__}: {exc})")

    def _poll(self, feed_url: str, report: CycleReport) -> None:
        validators = self.state.validators(feed_url)
        got = self.fetcher.fetch(feed_url, accept=FEED_TYPES | HTML_TYPES, validators=validators, use_cache=False)
        if got.not_modified:
            report.not_modified += 1
            self.state.record_poll(feed_url, ok=True)
            return
        feed = parse_feed(got.content, feed_url, base_url=got.final_url, content_type=got.content_type)
        if feed.problem:
            report.errors.append(InputError(feed_url, f"{feed.problem} ({len(feed.items)} item(s) recovered)"))
        report.items += len(feed.items)
        done = self.state.seen(feed_url, [item.item_id for item in feed.items])
        pending = 0
        for item in feed.items:
            if item.item_id in done:
                continue
            report.new += 1
            if not self._take(feed_url, item, report):
                pending += 1
        self.state.record_poll(
            feed_url, ok=True, etag=got.etag, last_modified=got.last_modified, save_validators=pending == 0
        )

    def _take(self, feed_url: str, item: Any, report: CycleReport) -> bool:
        """Handle one new item; False when it failed and will be tried again."""
        try:
            doc = item_document(item, self.fetcher)
            self._store(feed_url, item.item_id, doc, report)
            return True
        except (InputError, SitrepsError) as exc:
            error = exc if isinstance(exc, InputError) else InputError(item.origin, str(exc))
        except Exception as exc:  # an extractor bug: the item fails, the watch goes on
            error = InputError(item.origin, f"unexpected {type(exc).__name__}: {exc}")
        report.errors.append(error)
        attempts = self.state.record_attempt(feed_url, item.item_id, error.problem)
        if attempts >= self.max_attempts:
            self.state.mark_item(feed_url, item.item_id, status=ITEM_FAILED,
                                 error=f"gave up after {attempts} attempts: {error.problem}")  # fmt: skip
            return True
        return False

    def _store(self, feed_url: str, item_id: str, doc: Document, report: CycleReport) -> None:
        match = self.index.find(doc.text) if doc.id not in self.index else None
        if doc.id in self.index or match is not None:
            original = doc.id if match is None else match.key
            kind = "same_text" if match is None else "near_duplicate"
            self._add_location(original, doc, kind, match.similarity if match else 1.0)
            self.state.mark_item(feed_url, item_id, status=ITEM_DUPLICATE, document_id=original)
            report.duplicates += 1
            return
        status = extraction_status(doc)
        mentions: list[Any] = []
        if status is None:
            mentions = self.extractor.analyse(doc).mentions
        result = self.store.add_document(doc, mentions, self.pipeline_version)
        if result.status == "unchanged":  # same text the index had not seen (stored by `ingest`)
            self._add_location(result.document_id, doc, "same_text", 1.0)
            self.index.add(doc.id, doc.text)
            self.state.mark_item(feed_url, item_id, status=ITEM_DUPLICATE, document_id=result.document_id)
            report.duplicates += 1
            return
        self.index.add(doc.id, doc.text)
        if status is None:
            report.stored += 1
            report.events_new += result.events_new
            report.events_linked += result.events_linked
            self.state.mark_item(feed_url, item_id, status=ITEM_STORED, document_id=doc.id)
        else:
            report.not_extracted += 1
            self.state.mark_item(feed_url, item_id, status=ITEM_NOT_EXTRACTED, document_id=doc.id, error=status)

    def _add_location(self, document_id: str, doc: Document, kind: str, similarity: float) -> None:
        self.state.add_location(document_id, Location.of(doc), kind, similarity)

    def run(
        self,
        feeds_file: str | Path,
        every: float,
        *,
        cycles: int | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> list[CycleReport]:
        """Cycle until `cycles` are done (forever when None), re-reading the feed list each time."""
        reports: list[CycleReport] = []
        while cycles is None or len(reports) < cycles:
            started = time.monotonic()
            list_errors: list[InputError] = []
            try:
                urls, list_errors = read_feed_list(feeds_file)
            except InputError as exc:
                urls, list_errors = [], [exc]
            report = self.run_cycle(urls)
            report.errors[:0] = list_errors
            for error in report.errors:
                self.log(f"sitreps: error: {error.origin}: {error.problem}")
            self.log(report.line())
            reports.append(report)
            if cycles is not None and len(reports) >= cycles:
                break
            sleep(max(0.0, every - (time.monotonic() - started)))
        return reports
