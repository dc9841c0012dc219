"""What every command shares: the consoles, exit codes, the database default, rendering."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True, width=None if Console().is_terminal else 200)

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_FLOOR = 0, 1, 2, 3
DEFAULT_DB = "sitreps.db"


def samples_path(name: str = "reports.jsonl") -> Path:
    """A file of the bundled sample corpus."""
    return Path(str(resources.files("sitreps") / "samples" / name))


def db_target(db: str | None) -> str:
    """The database to use: --db, else $SITREPS_DB, else sitreps.db here."""
    return db or os.environ.get("SITREPS_DB") or DEFAULT_DB


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    err.print(f"sitreps: error: {message}", markup=False, highlight=False)
    return typer.Exit(code)


def place_label(loc: dict[str, Any]) -> str:
    parts = [loc.get("place") or loc.get("admin2"), loc.get("admin1"), loc.get("country")]
    label = ", ".join(p for p in parts if p)
    return label + (" (inferred)" if loc.get("inferred") and label else "")


def print_events(rows: list[dict[str, Any]]) -> None:
    table = Table("date", "type", "modality", "place", "actors", "source", "back-ref", "reports", "trigger")
    for e in rows:
        date = e["date"].get("value") or "-"
        actors = "; ".join(f"{a['text']} ({a['class']})" for a in e.get("actors", [])) or "-"
        source = ", ".join(sorted({s["kind"] for s in e.get("sources", [])})) or "-"
        backref = (e.get("reported_by") or "yes") if e.get("is_back_reference") else ""
        reports = str(len(e.get("reports", []))) if "reports" in e else "1"
        table.add_row(
            date, e["type"], e["modality"], place_label(e.get("location") or {}), actors, source, backref, reports,
            e["evidence"].get("trigger") or "",
        )  # fmt: skip
    out.print(table)
    out.print(f"{len(rows)} event(s)", markup=False)
