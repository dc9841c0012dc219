"""Writing events out: JSONL (event.schema.json), ACLED-style CSV, GeoJSON and Parquet.

Each writer takes event dicts as `Store.events()` / `Store.iter_events()` give them
(canonical event plus `reports`), or plain `Mention.to_event` records, and a text file
handle (Parquet: a path or a binary file handle); it returns how many records it wrote.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, BinaryIO

from sitreps.link import date_window

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "timestamp",
)

STRATEGIC = "Strategic developments"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"

ACLED_TYPES: dict[str, tuple[str, str]] = {
    "DESERTION": (STRATEGIC, "Other"),
    "DEFECTION": (STRATEGIC, "Other"),
    "SMUGGLING": (STRATEGIC, "Other"),
    "ARREST": (STRATEGIC, "Arrests"),
    "CRACKDOWN": (STRATEGIC, "Other"),
    "PUNISHMENT": (STRATEGIC, "Other"),
    "VIOLENCE": (VIOLENCE_AGAINST_CIVILIANS, "Attack"),
    "SEARCH": (STRATEGIC, "Other"),
    "DIRECTIVE": (STRATEGIC, "Other"),
    "OTHER": (STRATEGIC, "Other"),
}
"""Our event type → ACLED (event_type, sub_event_type); executions are handled apart."""

COUNTRIES: dict[str, tuple[str, str]] = {
    "KP": ("PRK", "North Korea"),
    "KR": ("KOR", "South Korea"),
    "CN": ("CHN", "China"),
    "RU": ("RUS", "Russia"),
    "JP": ("JPN", "Japan"),
    "MN": ("MNG", "Mongolia"),
}
"""ISO alpha-2 → (alpha-3, English name) for the countries the DPRK profile meets."""

_GEO_PRECISION = {"place": 1, "admin2": 2, "admin1": 3, "country": 3}
_EXECUTION = re.compile(r"\bexecut", re.IGNORECASE)


def acled_type(event: dict[str, Any]) -> tuple[str, str]:
    """ACLED event_type and sub_event_type; a PUNISHMENT that kills (an execution) is an attack."""
    kind = str(event.get("type"))
    if kind == "PUNISHMENT":
        evidence = event.get("evidence") or {}
        fatalities = event.get("fatalities") or {}
        words = f"{evidence.get('trigger') or ''} {evidence.get('text') or ''}"
        if _EXECUTION.search(words) or (fatalities.get("best") or 0) > 0:
            return VIOLENCE_AGAINST_CIVILIANS, "Attack"
    return ACLED_TYPES.get(kind, (STRATEGIC, "Other"))


def acled_date(event: dict[str, Any]) -> tuple[str, int | None]:
    """ACLED event_date (ISO) and time_precision: 1 a day, 2 a week or less, 3 longer.

    Like ACLED, a date known only to a week, month or longer is coded to the middle of
    that period. Undated and year-less events give ("", None).
    """
    when = event.get("date") or {}
    window = date_window(when.get("value"), when.get("precision"), when.get("end"))
    if window is None:
        return "", None
    start, stop = date.fromisoformat(window[0]), date.fromisoformat(window[1])
    days = (stop - start).days + 1
    if days == 1:
        return start.isoformat(), 1
    middle = date.fromordinal((start.toordinal() + stop.toordinal()) // 2)
    return middle.isoformat(), 2 if days <= 7 else 3


def _outlets(event: dict[str, Any]) -> list[str]:
    names = [r.get("outlet") for r in event.get("reports") or []]
    if not names:
        names = [(event.get("document") or {}).get("outlet")]
    return list(dict.fromkeys(n for n in names if n))


def _timestamp(event: dict[str, Any]) -> int | None:
    stamp = event.get("updated_at")
    if not stamp:
        return None
    return int(datetime.fromisoformat(str(stamp)).timestamp())


def acled_row(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a row of `ACLED_COLUMNS` (None where there is nothing to say)."""
    where = event.get("location") or {}
    country = where.get("country")
    iso3, country_name = COUNTRIES.get(country or "", (country or "XX", country))
    event_type, sub_event_type = acled_type(event)
    event_date, time_precision = acled_date(event)
    actors, targets = event.get("actors") or [], event.get("targets") or []
    outlets = _outlets(event)
    kinds = {s.get("kind") for s in event.get("sources") or []}
    scale: str | None = None
    if kinds and kinds <= {"official_media", "government"}:
        scale = "National"  # only the country's own media or a government speaks for it
    elif outlets:
        scale = "International"
    notes = (event.get("evidence") or {}).get("text") or ""
    if event.get("is_back_reference"):
        by = event.get("reported_by")
        notes = f"[recalled{f' from {by}' if by else ''}] {notes}"
    if event.get("modality") not in (None, "asserted"):
        notes = f"[{event['modality']}] {notes}"
    fatalities = event.get("fatalities") or {}
    return {
        "event_id_cnty": f"{iso3}{event['id']}",
        "event_date": event_date,
        "year": event_date[:4] or None,
        "time_precision": time_precision,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actors[0]["text"] if actors else None,
        "actor2": targets[0]["text"] if targets else None,
        "country": country_name,
        "admin1": where.get("admin1"),
        "admin2": where.get("admin2"),
        "location": where.get("place") or where.get("admin2") or where.get("admin1"),
        "latitude": where.get("lat"),
        "longitude": where.get("lon"),
        "geo_precision": _GEO_PRECISION.get(str(where.get("precision"))),
        "source": "; ".join(outlets) or None,
        "source_scale": scale,
        "notes": notes,
        "fatalities": fatalities.get("best") or fatalities.get("low") or 0,
        "timestamp": _timestamp(event),
    }


def write_jsonl(events: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    """One event a line, as stored (schema fields plus `reports` where present)."""
    count = 0
    for event in events:
        fh.write(json.dumps(event, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(events: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    """ACLED-style CSV with a header row of `ACLED_COLUMNS`."""
    writer = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(acled_row(event))
        count += 1
    return count


def geojson_feature(event: dict[str, Any]) -> dict[str, Any] | None:
    """A GeoJSON Point feature for an event with coordinates, else None."""
    where = event.get("location") or {}
    lat, lon = where.get("lat"), where.get("lon")
    if lat is None or lon is None:
        return None
    when = event.get("date") or {}
    fatalities = event.get("fatalities") or {}
    event_type, sub_event_type = acled_type(event)
    return {
        "type": "Feature",
        "id": event["id"],
        "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
        "properties": {
            "id": event["id"],
            "type": event.get("type"),
            "modality": event.get("modality"),
            "is_back_reference": bool(event.get("is_back_reference")),
            "date": when.get("value"),
            "date_precision": when.get("precision"),
            "date_end": when.get("end"),
            "country": where.get("country"),
            "admin1": where.get("admin1"),
            "admin2": where.get("admin2"),
            "place": where.get("place"),
            "geo_precision": where.get("precision"),
            "actors": "; ".join(a["text"] for a in event.get("actors") or []),
            "targets": "; ".join(a["text"] for a in event.get("targets") or []),
            "fatalities": fatalities.get("best"),
            "evidence": (event.get("evidence") or {}).get("text"),
            "outlets": "; ".join(_outlets(event)),
            "reports": len(event.get("reports") or []) or 1,
            "confidence": event.get("confidence"),
            "acled_event_type": event_type,
            "acled_sub_event_type": sub_event_type,
        },
    }


def write_geojson(events: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    """A FeatureCollection of the events that have coordinates; returns the feature count."""
    features = [f for f in map(geojson_feature, events) if f is not None]
    json.dump({"type": "FeatureCollection", "features": features}, fh, ensure_ascii=False)
    fh.write("\n")
    return len(features)


PARQUET_COLUMNS: tuple[str, ...] = (
    *ACLED_COLUMNS,
    "id",
    "type",
    "modality",
    "status",
    "is_back_reference",
    "reported_by",
    "date_value",
    "date_precision",
    "date_end",
    "place",
    "gazetteer_id",
    "actors",
    "actor_classes",
    "targets",
    "target_classes",
    "outlets",
    "report_urls",
    "reports",
    "confidence",
    "evidence",
    "updated_at",
    "event",
)
"""The Parquet file's columns: the ACLED-style ones, then ours (lists as list<string>, and
the whole canonical record as JSON text in `event`)."""


def parquet_row(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a row of `PARQUET_COLUMNS`."""
    row = acled_row(event)
    when = event.get("date") or {}
    where = event.get("location") or {}
    people = event.get("actors") or []
    targets = event.get("targets") or []
    reports = event.get("reports") or []
    row["year"] = int(row["year"]) if row["year"] else None
    row.update(
        id=event["id"],
        type=event.get("type"),
        modality=event.get("modality"),
        status=event.get("status"),
        is_back_reference=bool(event.get("is_back_reference")),
        reported_by=event.get("reported_by"),
        date_value=when.get("value"),
        date_precision=when.get("precision"),
        date_end=when.get("end"),
        place=where.get("place"),
        gazetteer_id=where.get("gazetteer_id"),
        actors=[a.get("text") or "" for a in people],
        actor_classes=sorted({a.get("class") or "UNKNOWN" for a in people}),
        targets=[a.get("text") or "" for a in targets],
        target_classes=sorted({a.get("class") or "UNKNOWN" for a in targets}),
        outlets=_outlets(event),
        report_urls=[r.get("url") or "" for r in reports],
        reports=len(reports) or 1,
        confidence=event.get("confidence"),
        evidence=(event.get("evidence") or {}).get("text"),
        updated_at=event.get("updated_at"),
        event=json.dumps(event, ensure_ascii=False),
    )
    return row


def _parquet_schema() -> Any:
    import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]

    text, whole, real, strings = pa.string(), pa.int64(), pa.float64(), pa.list_(pa.string())
    types = {name: text for name in PARQUET_COLUMNS}
    types.update(
        year=whole, time_precision=whole, latitude=real, longitude=real, geo_precision=whole,
        fatalities=whole, timestamp=whole, is_back_reference=pa.bool_(), actors=strings,
        actor_classes=strings, targets=strings, target_classes=strings, outlets=strings,
        report_urls=strings, reports=whole, confidence=real,
    )  # fmt: skip
    return pa.schema([(name, types[name]) for name in PARQUET_COLUMNS])


def write_parquet(events: Iterable[dict[str, Any]], target: str | Path | BinaryIO, *, batch_size: int = 10_000) -> int:
    """A Parquet file of `PARQUET_COLUMNS` (needs pyarrow), written a batch at a time."""
    import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]
    import pyarrow.parquet as pq  # type: ignore[import-untyped,unused-ignore]

    schema = _parquet_schema()
    count = 0
    with pq.ParquetWriter(target, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for event in events:
            batch.append(parquet_row(event))
            if len(batch) >= batch_size:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
