"""Exports: JSONL against the schema, ACLED-style CSV and GeoJSON, each read back."""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from sitreps.export import (
    ACLED_COLUMNS,
    PARQUET_COLUMNS,
    acled_date,
    acled_type,
    write_csv,
    write_geojson,
    write_jsonl,
    write_parquet,
)
from sitreps.model import Actor, Document, EventDate, Evidence, Fatalities, Mention, Place, Span
from sitreps.store import Store
from tests import store_fixtures

db_target = store_fixtures.db_target
postgresql_url = store_fixtures.postgresql_url

VERSION = "test-1"

DNK = (
    "A border guard in Hyesan, Ryanggang Province, deserted his post on March 3, a source told"
    " Daily NK. A team was sent to search for him in March. "
    "Two smugglers were publicly executed in Hyesan last week."
)
RFA = "A soldier in Hyesan deserted with his rifle on March 3, a resident told RFA."
HYESAN = (41.39, 128.19)


def mention(
    doc: Document,
    sentence: str,
    trigger: str,
    type: str,
    date: str | None,
    precision: str | None,
    *,
    coords: tuple[float, float] | None = None,
    actors: tuple[tuple[str, str], ...] = (("border guard", "MILITARY"),),
    targets: tuple[tuple[str, str], ...] = (),
    fatalities: int | None = None,
) -> Mention:
    start = doc.text.index(sentence)
    at = start + sentence.index(trigger)
    return Mention(
        type=type,
        modality="asserted",
        evidence=Evidence(sentence, Span(start, start + len(sentence)), trigger, Span(at, at + 3)),
        date=EventDate(value=date, precision=precision),  # type: ignore[arg-type]
        location=Place(
            text="Hyesan",
            span=None,
            country="KP",
            admin1="Ryanggang",
            admin2="Hyesan",
            place="Hyesan",
            precision="admin2",
            lat=coords[0] if coords else None,
            lon=coords[1] if coords else None,
        ),
        actors=[Actor(text=t, cls=c) for t, c in actors],
        targets=[Actor(text=t, cls=c) for t, c in targets],
        fatalities=Fatalities(best=fatalities, low=fatalities) if fatalities else None,
        confidence=0.7,
    )


@pytest.fixture
def stored(db_target: str) -> list[dict[str, Any]]:
    dnk = Document(DNK, url="https://dnk.example/1", outlet="Daily NK", published="2023-03-10")
    rfa = Document(RFA, url="https://rfa.example/1", outlet="RFA", published="2023-03-12")
    first, second, third = dnk.text.split(". ")
    with Store.open(db_target) as store:
        store.add_document(
            dnk,
            [
                mention(dnk, first + ".", "deserted", "DESERTION", "2023-03-03", "day"),
                mention(dnk, second + ".", "search", "SEARCH", "2023-03", "month"),
                mention(
                    dnk,
                    third,
                    "executed",
                    "PUNISHMENT",
                    "2023-W09",
                    "week",
                    coords=(41.40, 128.18),
                    actors=(("authorities", "SECURITY_POLICE"),),
                    targets=(("smugglers", "SMUGGLER"),),
                    fatalities=2,
                ),
            ],
            VERSION,
        )
        store.add_document(
            rfa,
            [mention(rfa, rfa.text, "deserted", "DESERTION", "2023-03-03", "day", coords=HYESAN)],
            VERSION,
        )
        return store.events()


def by_type(events: list[dict[str, Any]], type: str) -> dict[str, Any]:
    [found] = [e for e in events if e["type"] == type]
    return found


def test_jsonl_lines_are_schema_valid_events(stored: list[dict[str, Any]], tmp_path: Path) -> None:
    schema = json.loads(resources.files("sitreps").joinpath("schema/event.schema.json").read_text("utf-8"))
    path = tmp_path / "events.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        assert write_jsonl(stored, fh) == 3
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    for line in lines:
        jsonschema.validate(json.loads(line), schema)
    desertion = by_type([json.loads(line) for line in lines], "DESERTION")
    assert [r["outlet"] for r in desertion["reports"]] == ["Daily NK", "RFA"]


def test_csv_has_acled_columns_and_values(stored: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        assert write_csv(stored, fh) == 3
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS
        rows = {row["event_id_cnty"]: row for row in reader}
    desertion = rows["PRK" + by_type(stored, "DESERTION")["id"]]
    assert desertion["event_date"] == "2023-03-03"
    assert (desertion["year"], desertion["time_precision"]) == ("2023", "1")
    assert (desertion["event_type"], desertion["sub_event_type"]) == (
        "Strategic developments",
        "Other",
    )
    assert (desertion["country"], desertion["admin1"], desertion["location"]) == (
        "North Korea",
        "Ryanggang",
        "Hyesan",
    )
    assert float(desertion["latitude"]) == pytest.approx(41.39)
    assert float(desertion["longitude"]) == pytest.approx(128.19)
    assert desertion["geo_precision"] == "2"
    assert desertion["source"] == "Daily NK; RFA"
    assert desertion["source_scale"] == "International"
    assert desertion["fatalities"] == "0"
    assert int(desertion["timestamp"]) > 1_600_000_000
    assert desertion["notes"].startswith("A border guard in Hyesan")

    search = rows["PRK" + by_type(stored, "SEARCH")["id"]]
    assert (search["event_date"], search["time_precision"]) == ("2023-03-16", "3")
    assert search["latitude"] == ""

    execution = rows["PRK" + by_type(stored, "PUNISHMENT")["id"]]
    assert (execution["event_type"], execution["sub_event_type"]) == (
        "Violence against civilians",
        "Attack",
    )
    assert (execution["event_date"], execution["time_precision"]) == ("2023-03-02", "2")
    assert (execution["actor1"], execution["actor2"]) == ("authorities", "smugglers")
    assert execution["fatalities"] == "2"


def test_geojson_has_only_located_events(stored: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "events.geojson"
    with path.open("w", encoding="utf-8") as fh:
        assert write_geojson(stored, fh) == 2
    collection = json.loads(path.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    features = {f["properties"]["type"]: f for f in collection["features"]}
    assert set(features) == {"DESERTION", "PUNISHMENT"}
    desertion = features["DESERTION"]
    assert desertion["geometry"] == {"type": "Point", "coordinates": [128.19, 41.39]}
    assert desertion["properties"]["outlets"] == "Daily NK; RFA"
    assert desertion["properties"]["reports"] == 2
    assert desertion["properties"]["admin2"] == "Hyesan"


def test_exports_of_nothing_are_well_formed(tmp_path: Path) -> None:
    path = tmp_path / "empty.geojson"
    with path.open("w", encoding="utf-8") as fh:
        assert write_geojson([], fh) == 0
    assert json.loads(path.read_text(encoding="utf-8"))["features"] == []
    path = tmp_path / "empty.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        assert write_csv([], fh) == 0
    assert path.read_text(encoding="utf-8").strip() == ",".join(ACLED_COLUMNS)


@pytest.mark.parametrize(
    ("type", "text", "expected"),
    [
        ("ARREST", "He was detained.", ("Strategic developments", "Arrests")),
        ("VIOLENCE", "He was beaten.", ("Violence against civilians", "Attack")),
        ("PUNISHMENT", "He was sent to a labour camp.", ("Strategic developments", "Other")),
        (
            "PUNISHMENT",
            "He was executed by firing squad.",
            ("Violence against civilians", "Attack"),
        ),
        ("DEFECTION", "She crossed the Tumen.", ("Strategic developments", "Other")),
    ],
)
def test_acled_type(type: str, text: str, expected: tuple[str, str]) -> None:
    assert acled_type({"type": type, "evidence": {"text": text}}) == expected


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2023-03-03", "day", ("2023-03-03", 1)),
        ("2023-W09", "week", ("2023-03-02", 2)),
        ("2023-02", "month", ("2023-02-14", 3)),
        ("2023", "year", ("2023-07-02", 3)),
        ("--03-03", "day", ("", None)),
        (None, None, ("", None)),
    ],
)
def test_acled_date(value: str | None, precision: str | None, expected: object) -> None:
    assert acled_date({"date": {"value": value, "precision": precision}}) == expected


def test_parquet_round_trip(stored: list[dict[str, Any]], tmp_path: Path) -> None:
    import pyarrow.parquet as pq  # type: ignore[import-untyped,unused-ignore]

    path = tmp_path / "events.parquet"
    assert write_parquet(stored, path) == 3
    table = pq.read_table(path)
    assert tuple(table.column_names) == PARQUET_COLUMNS
    rows = {row["type"]: row for row in table.to_pylist()}
    desertion = rows["DESERTION"]
    assert desertion["event_date"] == "2023-03-03" and desertion["year"] == 2023
    assert desertion["latitude"] == pytest.approx(41.39)
    assert desertion["outlets"] == ["Daily NK", "RFA"] and desertion["reports"] == 2
    assert desertion["actor_classes"] == ["MILITARY"]
    assert json.loads(desertion["event"])["id"] == desertion["id"]
    assert rows["PUNISHMENT"]["fatalities"] == 2 and rows["PUNISHMENT"]["target_classes"] == ["SMUGGLER"]
    empty = tmp_path / "empty.parquet"
    assert write_parquet([], empty) == 0
    assert pq.read_table(empty).num_rows == 0


def test_cli_export_filters_and_parquet(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sitreps.cli import app

    runner = CliRunner()
    db = str(tmp_path / "cli.db")
    assert runner.invoke(app, ["ingest", "--samples", "--db", db]).exit_code == 0
    out = tmp_path / "all.parquet"
    result = runner.invoke(app, ["export", "--db", db, "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 0, result.output
    import pyarrow.parquet as pq  # type: ignore[import-untyped,unused-ignore]

    every = pq.read_table(out).to_pylist()
    assert every and len(every) == len(Store.open(db).events())
    mil = runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "--actor-class", "military"])
    military = [json.loads(line) for line in mil.stdout.splitlines()]
    assert military and all(any(a["class"] == "MILITARY" for a in e["actors"] + e["targets"]) for e in military)
    place = runner.invoke(app, ["events", "--db", db, "--format", "jsonl", "--place", "Hyesan"])
    located = [json.loads(line)["location"] for line in place.stdout.splitlines()]
    assert located and all("hyesan" in {str(loc["place"]).lower(), str(loc["admin2"]).lower()} for loc in located)
    text = runner.invoke(app, ["events", "--db", db, "--format", "jsonl", "--text", "deserted"])
    assert text.stdout and all(json.loads(line)["reports"] for line in text.stdout.splitlines())
    bad = runner.invoke(app, ["events", "--db", db, "--actor-class", "ALIENS"])
    assert bad.exit_code == 2 and "--actor-class" in bad.stderr
    bad_format = runner.invoke(app, ["export", "--db", db, "--format", "xlsx"])
    assert bad_format.exit_code == 2 and "parquet" in bad_format.stderr
