"""Commands over the database: `events`, `documents`, `export`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from sitreps.commands.common import db_target, err, fail, out, print_events
from sitreps.errors import SitrepsError


def _filters(
    type: str | None, since: str | None, until: str | None, admin1: str | None, country: str | None,
    modality: str | None, outlet: str | None, text: str | None,
) -> dict[str, Any]:  # fmt: skip
    from sitreps.model import EVENT_TYPES, MODALITIES

    if type is not None and type.upper() not in EVENT_TYPES:
        raise fail(f"--type: {type!r} is not one of {', '.join(EVENT_TYPES)}")
    if modality is not None and modality not in MODALITIES:
        raise fail(f"--modality: {modality!r} is not one of {', '.join(MODALITIES)}")
    return {
        "type": type.upper() if type else None, "since": since, "until": until, "admin1": admin1,
        "country": country, "modality": modality, "outlet": outlet, "text": text,
    }  # fmt: skip


TypeOpt = Annotated[str | None, typer.Option("--type", help="Event type, e.g. DESERTION.")]
SinceOpt = Annotated[str | None, typer.Option(help="Events on or after this ISO date.")]
UntilOpt = Annotated[str | None, typer.Option(help="Events on or before this ISO date.")]
Admin1Opt = Annotated[str | None, typer.Option(help="Province, e.g. Ryanggang.")]
CountryOpt = Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-2 country code.")]
ModalityOpt = Annotated[str | None, typer.Option(help="asserted, uncertain, hypothetical, planned, generic.")]
OutletOpt = Annotated[str | None, typer.Option(help="Only events reported by this outlet.")]
TextOpt = Annotated[str | None, typer.Option(help="Full-text search in the evidence.")]
DbOpt = Annotated[str | None, typer.Option(help="Database path or URL (default sitreps.db or $SITREPS_DB).")]


def _query(db: str | None, filters: dict[str, Any], include_generic: bool) -> list[dict[str, Any]]:
    from sitreps.store import Store

    target = db_target(db)
    if "://" not in target and not Path(target).exists():
        raise fail(f"{target}: no such database (run `sitreps ingest` first)")
    try:
        with Store.open(target) as store:
            return store.events(**filters, include_generic=include_generic)
    except ValueError as exc:
        raise fail(str(exc)) from exc
    except SitrepsError as exc:
        raise fail(str(exc)) from exc


def events(
    type: TypeOpt = None, since: SinceOpt = None, until: UntilOpt = None, admin1: Admin1Opt = None,
    country: CountryOpt = None, modality: ModalityOpt = None, outlet: OutletOpt = None, text: TextOpt = None,
    db: DbOpt = None,
    format: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
    include_generic: Annotated[bool, typer.Option(help="Include generic statements.")] = False,
) -> None:  # fmt: skip
    """List stored events (each with every report that states it)."""
    if format not in ("table", "jsonl"):
        raise fail(f"--format: {format!r} is not one of table, jsonl")
    filters = _filters(type, since, until, admin1, country, modality, outlet, text)
    rows = _query(db, filters, include_generic or modality == "generic")
    if format == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        print_events(rows)


def documents(
    db: DbOpt = None,
    format: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
) -> None:
    """List stored documents."""
    from sitreps.store import Store

    if format not in ("table", "jsonl"):
        raise fail(f"--format: {format!r} is not one of table, jsonl")
    target = db_target(db)
    if "://" not in target and not Path(target).exists():
        raise fail(f"{target}: no such database (run `sitreps ingest` first)")
    with Store.open(target) as store:
        rows = store.documents()
    if format == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    table = Table("published", "outlet", "title", "events", "revision", "id")
    for row in rows:
        table.add_row(
            str(row.get("published") or ""), str(row.get("outlet") or ""), str(row.get("title") or "")[:60],
            str(row.get("events", "")), str(row.get("revision", "")), str(row["id"]),
        )  # fmt: skip
    out.print(table)


def export(
    format: Annotated[str, typer.Option("--format", help="csv (ACLED-style), jsonl or geojson.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Output file (default stdout).")] = None,
    type: TypeOpt = None, since: SinceOpt = None, until: UntilOpt = None, admin1: Admin1Opt = None,
    country: CountryOpt = None, modality: ModalityOpt = None, outlet: OutletOpt = None, text: TextOpt = None,
    db: DbOpt = None,
) -> None:  # fmt: skip
    """Export stored events as ACLED-style CSV, JSON Lines or GeoJSON."""
    from sitreps.export import write_csv, write_geojson, write_jsonl

    writers = {"csv": write_csv, "jsonl": write_jsonl, "geojson": write_geojson}
    if format not in writers:
        raise fail(f"--format: {format!r} is not one of csv, jsonl, geojson")
    rows = _query(db, _filters(type, since, until, admin1, country, modality, outlet, text), modality == "generic")
    if output is None:
        count = writers[format](rows, sys.stdout)
    else:
        with output.open("w", encoding="utf-8", newline="") as fh:
            count = writers[format](rows, fh)
        err.print(f"wrote {count} event(s) to {output}", markup=False, highlight=False)




def register(app: typer.Typer) -> None:
    app.command()(events)
    app.command()(documents)
    app.command()(export)
