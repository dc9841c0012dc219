"""`sitreps places NAME`: every gazetteer entry a name may refer to, with parents and coordinates."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.table import Table

from sitreps.commands.common import EXIT_PARTIAL, err, fail, out


def _candidates(name: str, profile: str) -> list[dict[str, Any]]:
    from sitreps.extract.places import LEVELS, load_gazetteer

    try:
        gazetteer = load_gazetteer(profile)
    except FileNotFoundError as exc:
        raise fail(f"--profile: no gazetteer for profile {profile!r}") from exc
    forms, hint, _suffixed = gazetteer.match(name.strip())
    rows = []
    for form in forms:
        e = form.entry
        parents = gazetteer.parent_entries(e)
        rows.append(
            {
                "id": e.id,
                "name": e.name,
                "level": e.level,
                "country": e.country,
                "admin1": e.admin1,
                "admin2": e.admin2,
                "iso_code": e.iso_code,
                "lat": e.lat,
                "lon": e.lon,
                "population": e.population,
                "parents": [{"id": p.id, "name": p.name, "level": p.level} for p in parents],
                "names": gazetteer.names.get(e.id, []),
                "suffix_level": hint,
            }
        )

    def order(r: dict[str, Any]) -> tuple[int, int, int, str]:
        return (0 if r["country"] == "KP" else 1, LEVELS.index(str(r["level"])), -int(r["population"]), str(r["id"]))

    return sorted(rows, key=order)


def places(
    name: Annotated[str, typer.Argument(help="A place name as reports write it: 'Hoiryeong', 'Musan County', '회령'.")],
    format: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
    profile: Annotated[str, typer.Option(help="Domain profile whose gazetteer to search.")] = "dprk",
    names: Annotated[bool, typer.Option("--names", help="Also list every name form of each entry.")] = False,
) -> None:
    """Every gazetteer entry NAME may refer to, with its parents and coordinates."""
    if format not in ("table", "jsonl"):
        raise fail(f"--format: {format!r} is not one of table, jsonl")
    rows = _candidates(name, profile)
    if format == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        table = Table("id", "name", "level", "parents", "lat, lon", "ISO")
        for r in rows:
            chain = " < ".join(p["name"] for p in reversed(r["parents"])) or "-"
            coords = f"{r['lat']:.4f}, {r['lon']:.4f}" if r["lat"] is not None and r["lon"] is not None else "-"
            table.add_row(r["id"], r["name"], r["level"], chain, coords, r["iso_code"] or "")
            if names:
                table.add_row("", "[dim]" + " | ".join(r["names"]) + "[/dim]", "", "", "", "")
        out.print(table)
        out.print(f"{len(rows)} candidate(s) for {name!r}", markup=False)
    if not rows:
        err.print(f"sitreps: no gazetteer entry for {name!r}", markup=False, highlight=False)
        raise typer.Exit(EXIT_PARTIAL)


def register(app: typer.Typer) -> None:
    app.command()(places)
