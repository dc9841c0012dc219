"""The event page's correction form: what the analyst typed, as fields of the event record.

Only fields that differ from the event are sent, so confirming a form unchanged corrects
nothing. A corrected place is looked up in the gazetteer, so the event keeps coordinates,
province and precision that agree; a name the gazetteer does not know keeps the province
typed and no coordinates.
"""

from __future__ import annotations

import json
from typing import Any

DATE_PRECISIONS = ("day", "week", "month", "season", "year")


def _blank(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def corrected_location(place: str | None, admin1: str | None, current: dict[str, Any]) -> dict[str, Any]:
    """A location record for a place name and/or province typed by an analyst."""
    from sitreps.extract.places import load_gazetteer

    gazetteer = load_gazetteer("dprk")
    if place:
        entries = gazetteer.lookup(place)
        if admin1:
            entries = [e for e in entries if (e.admin1 or "").casefold() == admin1.casefold()] or entries
        if entries:
            best = max(entries, key=lambda e: (e.country == (current.get("country") or "KP"), e.population))
            return best.to_place(text=None, span=None).to_json()
    country = current.get("country") or "KP"
    if admin1:
        province = gazetteer.province(country, admin1)
        if province is not None and not place:
            return province.to_place(text=None, span=None).to_json()
    return {
        "country": country, "admin1": admin1, "admin2": None, "place": place, "lat": None, "lon": None,
        "gazetteer_id": None, "precision": "place" if place else ("admin1" if admin1 else "country"),
        "inferred": False, "text": None, "span": None,
    }  # fmt: skip


def _json_fields(raw: str | None) -> dict[str, Any]:
    """The form's "any field" box: a JSON object of fields of the event record."""
    if not raw or not raw.strip():
        return {}
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise ValueError(f"fields (JSON): {exc}") from None
    if not isinstance(value, dict):
        raise ValueError('fields (JSON): an object of fields is needed, e.g. {"actors": [...]}')
    return value


def correction(form: dict[str, str], event: dict[str, Any]) -> dict[str, Any]:
    """The fields of `event` that the correction form changes (empty when none). The JSON box
    (`fields_json`) may replace any correctable field (actors, targets, sources, a date's end);
    its fields win over the form's inputs."""
    fields: dict[str, Any] = {}
    for name in ("type", "modality"):
        value = _blank(form.get(name))
        if value and value != event.get(name):
            fields[name] = value
    date = event.get("date") or {}
    value, precision = _blank(form.get("date_value")), _blank(form.get("date_precision"))
    if (value, precision) != (date.get("value"), date.get("precision")):
        if precision is not None and precision not in DATE_PRECISIONS:
            raise ValueError(f"date precision: {precision!r} is not one of {', '.join(DATE_PRECISIONS)}")
        fields["date"] = {"value": value, "precision": precision if value else None, "end": None,
                          "text": None, "span": None}  # fmt: skip
    where = event.get("location") or {}
    place, admin1 = _blank(form.get("place")), _blank(form.get("admin1"))
    if (place, admin1) != (where.get("place") or where.get("admin2"), where.get("admin1")):
        fields["location"] = corrected_location(place, admin1, where)
    back = form.get("is_back_reference") == "on"
    if back != bool(event.get("is_back_reference")):
        fields["is_back_reference"] = back
    reported_by = _blank(form.get("reported_by"))
    if reported_by != event.get("reported_by") and (back or reported_by):
        fields["reported_by"] = reported_by
    fatalities = _blank(form.get("fatalities"))
    current = (event.get("fatalities") or {}).get("best")
    if fatalities is not None or current is not None:
        best = int(fatalities) if fatalities is not None and fatalities.isdigit() else None
        if fatalities is not None and best is None:
            raise ValueError(f"fatalities: {fatalities!r} is not a whole number")
        if best != current:
            fields["fatalities"] = None if best is None else {"best": best, "low": best, "high": best,
                                                              "injured": None}  # fmt: skip
    for name, value in _json_fields(form.get("fields_json")).items():
        if value != event.get(name):
            fields[name] = value
    return fields
