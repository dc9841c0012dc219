"""Commands over the database: `events`, `documents`, `export`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from sitreps.commands.common import db_target, err, fail, out, print_events
from sitreps.errors import SitrepsError

if TYPE_CHECKING:
    from sitreps.store import Store


def _filters(
    type: str | None, since: str | None, until: str | None, admin1: str | None, country: str | None,
    place: str | None, actor_class: str | None, modality: str | None, outlet: str | None, text: str | None,
    status: str | None,
) -> dict[str, Any]:  # fmt: skip
    from sitreps.model import ACTOR_CLASSES, EVENT_TYPES, MODALITIES
    from sitreps.store.schema import EVENT_STATUSES

    if type is not None and type.upper() not in EVENT_TYPES:
        raise fail(f"--type: {type!r} is not one of {', '.join(EVENT_TYPES)}")
    if modality is not None and modality not in MODALITIES:
        raise fail(f"--modality: {modality!r} is not one of {', '.join(MODALITIES)}")
    if actor_class is not None and actor_class.upper() not in ACTOR_CLASSES:
        raise fail(f"--actor-class: {actor_class!r} is not one of {', '.join(ACTOR_CLASSES)}")
    if status is not None and status not in EVENT_STATUSES:
        raise fail(f"--status: {status!r} is not one of {', '.join(EVENT_STATUSES)}")
    return {
        "type": type.upper() if type else None, "since": since, "until": until, "admin1": admin1,
        "country": country, "place": place, "actor_class": actor_class.upper() if actor_class else None,
        "modality": modality, "outlet": outlet, "text": text, "status": status,
    }  # fmt: skip


TypeOpt = Annotated[str | None, typer.Option("--type", help="Event type, e.g. DESERTION.")]
SinceOpt = Annotated[str | None, typer.Option(help="Events on or after this ISO date.")]
UntilOpt = Annotated[str | None, typer.Option(help="Events on or before this ISO date.")]
Admin1Opt = Annotated[str | None, typer.Option(help="Province, e.g. Ryanggang.")]
CountryOpt = Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-2 country code.")]
PlaceOpt = Annotated[str | None, typer.Option(help="Place or county name (e.g. Hyesan), or a gazetteer id.")]
ActorClassOpt = Annotated[
    str | None, typer.Option("--actor-class", help="Events with an actor or target of this class, e.g. MILITARY.")
]
ModalityOpt = Annotated[str | None, typer.Option(help="asserted, uncertain, hypothetical, planned, generic.")]
OutletOpt = Annotated[str | None, typer.Option(help="Only events reported by this outlet.")]
TextOpt = Annotated[str | None, typer.Option(help="Full-text search in the evidence (every word, stemmed).")]
StatusOpt = Annotated[
    str | None, typer.Option(help="machine, confirmed, corrected or rejected (rejected are hidden otherwise).")
]
LimitOpt = Annotated[int | None, typer.Option(help="At most this many events.")]
DbOpt = Annotated[str | None, typer.Option(help="Database path or URL (default sitreps.db or $SITREPS_DB).")]


@contextmanager
def _open(db: str | None) -> Iterator[Store]:
    from sitreps.store import Store

    target = db_target(db)
    if "://" not in target and not Path(target).exists():
        raise fail(f"{target}: no such database (run `sitreps ingest` first)")
    try:
        with Store.open(target) as store:
            yield store
    except ValueError as exc:
        raise fail(str(exc)) from exc
    except SitrepsError as exc:
        raise fail(str(exc)) from exc


def events(
    type: TypeOpt = None, since: SinceOpt = None, until: UntilOpt = None, admin1: Admin1Opt = None,
    country: CountryOpt = None, place: PlaceOpt = None, actor_class: ActorClassOpt = None,
    modality: ModalityOpt = None, outlet: OutletOpt = None, text: TextOpt = None, status: StatusOpt = None,
    limit: LimitOpt = None, db: DbOpt = None,
    format: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
    include_generic: Annotated[bool, typer.Option(help="Include generic statements.")] = False,
) -> None:  # fmt: skip
    """List stored events, each with every report that states it (`reports`)."""
    if format not in ("table", "jsonl"):
        raise fail(f"--format: {format!r} is not one of table, jsonl")
    filters = _filters(type, since, until, admin1, country, place, actor_class, modality, outlet, text, status)
    with _open(db) as store:
        rows = store.iter_events(**filters, include_generic=include_generic or modality == "generic", limit=limit)
        if format == "jsonl":
            for row in rows:
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            print_events(list(rows))


def documents(
    db: DbOpt = None,
    text: Annotated[str | None, typer.Option(help="Full-text search in title and text.")] = None,
    pending: Annotated[bool, typer.Option("--pending", help="Only documents not extracted yet.")] = False,
    format: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
) -> None:
    """List stored documents (revisions included)."""
    if format not in ("table", "jsonl"):
        raise fail(f"--format: {format!r} is not one of table, jsonl")
    with _open(db) as store:
        rows = store.documents(text=text, extraction="pending" if pending else None)
    if format == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    table = Table("published", "outlet", "title", "events", "revision", "extraction", "id")
    for row in rows:
        table.add_row(
            str(row.get("published") or ""), str(row.get("outlet") or ""), str(row.get("title") or "")[:60],
            str(row.get("events", "")), str(row.get("revision", "")), str(row.get("extraction", "")),
            str(row["id"]),
        )  # fmt: skip
    out.print(table)


EXPORT_FORMATS = ("csv", "jsonl", "geojson", "parquet")


def export(
    format: Annotated[str, typer.Option("--format", help="csv (ACLED-style), jsonl, geojson or parquet.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Output file (default stdout).")] = None,
    type: TypeOpt = None, since: SinceOpt = None, until: UntilOpt = None, admin1: Admin1Opt = None,
    country: CountryOpt = None, place: PlaceOpt = None, actor_class: ActorClassOpt = None,
    modality: ModalityOpt = None, outlet: OutletOpt = None, text: TextOpt = None, status: StatusOpt = None,
    limit: LimitOpt = None, db: DbOpt = None,
) -> None:  # fmt: skip
    """Export stored events as ACLED-style CSV, JSON Lines, GeoJSON or Parquet."""
    from sitreps.export import write_csv, write_geojson, write_jsonl, write_parquet

    if format not in EXPORT_FORMATS:
        raise fail(f"--format: {format!r} is not one of {', '.join(EXPORT_FORMATS)}")
    if format == "parquet" and output is None and sys.stdout.isatty():
        raise fail("--format parquet is binary: give -o FILE or redirect standard output")
    filters = _filters(type, since, until, admin1, country, place, actor_class, modality, outlet, text, status)
    writers = {"csv": write_csv, "jsonl": write_jsonl, "geojson": write_geojson}
    with _open(db) as store:
        rows = store.iter_events(**filters, include_generic=modality == "generic", limit=limit)
        if format == "parquet":
            count = write_parquet(rows, output if output is not None else sys.stdout.buffer)
        elif output is None:
            count = writers[format](rows, sys.stdout)
        else:
            with output.open("w", encoding="utf-8", newline="") as fh:
                count = writers[format](rows, fh)
    if output is not None:
        err.print(f"wrote {count} event(s) to {output}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(events)
    app.command()(documents)
    app.command()(export)
