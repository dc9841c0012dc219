"""The command line, run in process with Typer's runner over real files and a real SQLite file."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from sitreps.cli import app, samples_path
from tests.conftest import REPORTS

runner = CliRunner()
SCHEMA = json.loads((Path(__file__).parents[1] / "src/sitreps/schema/event.schema.json").read_text())


def run(*args: str, input: str | None = None) -> Any:
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


def lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_samples_every_line_is_schema_valid() -> None:
    result = run("extract", str(samples_path()))
    assert result.exit_code == 0, result.stderr
    events = lines(result.stdout)
    assert len(events) > 50
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for event in events:
        validator.validate(event)
    assert {e["type"] for e in events} >= {"DESERTION", "DEFECTION", "ARREST", "PUNISHMENT", "DIRECTIVE"}


def test_extract_plain_text_with_metadata_and_table() -> None:
    path = str(REPORTS / "musan_desertion.txt")
    result = run("extract", path, "--published", "2021-03-20", "--outlet", "Daily NK", "--url", "https://example.org/x")
    events = lines(result.stdout)
    assert events[0]["document"]["outlet"] == "Daily NK"
    assert events[0]["document"]["url"] == "https://example.org/x"
    assert events[0]["document"]["published"] == "2021-03-20"
    table = run("extract", path, "--published", "2021-03-20", "--format", "table")
    assert table.exit_code == 0
    assert "DESERTION" in table.stdout and "2021-03-03" in table.stdout


def test_extract_reads_stdin_as_text_and_as_jsonl() -> None:
    text = "Two soldiers deserted their unit in Hyesan on May 3, a source in Ryanggang Province said."
    result = run("extract", "-", "--published", "2020-05-10", input=text)
    (event,) = lines(result.stdout)
    assert event["date"]["value"] == "2020-05-03"
    record = json.dumps({"text": text, "published": "2020-05-10", "outlet": "RFA", "url": "https://example.org/a"})
    (event2,) = lines(run("extract", "-", input=record + "\n").stdout)
    assert event2["document"]["outlet"] == "RFA"


def test_bad_inputs_are_reported_one_line_each_and_the_rest_processed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (tmp_path / "latin1.txt").write_bytes("Un soldat a déserté.".encode("latin-1"))
    (tmp_path / "docs.jsonl").write_text(
        '{"text": "A border guard deserted his post on June 2.", "published": "2021-06-10"}\n{not json\n'
        '{"title": "no text"}\n'
    )
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    result = run("extract", *(str(p) for p in sorted(tmp_path.iterdir())), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 7
    for line, needle in zip(
        sorted(errors),
        sorted(["binary.txt: binary data", "docs.jsonl:2: invalid JSON", "docs.jsonl:3: record has no",
                "empty.txt: empty input", "latin1.txt: invalid UTF-8", "missing.txt: no such file",
                "report.pdf: unknown extension"]),
        strict=True,
    ):  # fmt: skip
        assert line.startswith("sitreps: error: ") and needle in line
    (event,) = lines(result.stdout)
    assert event["type"] == "DESERTION" and event["date"]["value"] == "2021-06-02"


def test_nothing_readable_exits_2(tmp_path: Path) -> None:
    result = run("extract", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert "nope.txt: no such file or folder" in result.stderr


def test_bad_published_date_is_a_usage_error() -> None:
    result = run("extract", str(REPORTS / "musan_desertion.txt"), "--published", "2021-13-45")
    assert result.exit_code == 2
    assert "--published" in result.stderr


def test_inspect_json_has_every_section() -> None:
    result = run("inspect", str(REPORTS / "hyesan_execution.txt"), "--published", "2020-10-17")
    (doc,) = lines(result.stdout)
    assert set(doc) >= {"document", "sentences", "dates", "places", "actors", "sources", "triggers", "events"}
    assert doc["document"]["id"] and doc["document"]["published"] == "2020-10-17"
    place = next(p for p in doc["places"] if p["text"] == "Hyesan")
    assert (place["country"], place["admin1"], place["gazetteer_id"] is not None) == ("KP", "Ryanggang", True)
    table = run("inspect", str(REPORTS / "hyesan_execution.txt"), "--format", "table")
    assert table.exit_code == 0 and "places" in table.stdout


def test_ingest_is_idempotent_and_events_list_reports(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    first = run("ingest", "--samples", "--db", db)
    assert first.exit_code == 0, first.stderr
    assert "21 new" in first.stderr
    count = sqlite3.connect(db).execute("select count(*) from events").fetchone()[0]
    second = run("ingest", "--samples", "--db", db)
    assert "21 unchanged" in second.stderr
    assert sqlite3.connect(db).execute("select count(*) from events").fetchone()[0] == count
    events = lines(run("events", "--db", db, "--format", "jsonl").stdout)
    assert events and all(e["reports"] and e["reports"][0]["url"] for e in events)
    assert all(e["modality"] != "generic" for e in events)
    desertions = lines(run("events", "--db", db, "--type", "desertion", "--format", "jsonl").stdout)
    assert desertions and {e["type"] for e in desertions} == {"DESERTION"}
    table = run("events", "--db", db)
    assert "event(s)" in table.stdout
    docs = lines(run("documents", "--db", db, "--format", "jsonl").stdout)
    assert len(docs) == 21


def test_ingest_records_failures_and_keeps_the_rest(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00")
    result = run("ingest", str(tmp_path / "bad.txt"), str(REPORTS / "musan_desertion.txt"), "--db", db)
    assert result.exit_code == 1
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from documents").fetchone()[0] == 1
    assert con.execute("select input from failures").fetchone()[0].endswith("bad.txt")


def test_export_formats(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    run("ingest", "--samples", "--db", db)
    out = tmp_path / "e.csv"
    assert run("export", "--db", db, "--format", "csv", "-o", str(out)).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert rows and {"event_id_cnty", "event_date", "admin1", "latitude", "fatalities"} <= set(rows[0])
    geo = json.loads(run("export", "--db", db, "--format", "geojson").stdout)
    assert geo["type"] == "FeatureCollection" and geo["features"]
    assert all(f["geometry"]["type"] == "Point" for f in geo["features"])
    jsonl = lines(run("export", "--db", db, "--format", "jsonl", "--admin1", "Ryanggang").stdout)
    assert jsonl and {e["location"]["admin1"] for e in jsonl} == {"Ryanggang"}


def test_events_without_database_is_a_clear_error(tmp_path: Path) -> None:
    result = run("events", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 2 and "no such database" in result.stderr


def test_eval_samples_and_floors(tmp_path: Path) -> None:
    result = run("eval", "--samples", "--format", "json")
    report = json.loads(result.stdout)
    assert 0.0 < report["metrics"]["micro_f1"] <= 1.0
    baseline = tmp_path / "floors.json"
    baseline.write_text(json.dumps({"floors": {"micro_f1": 0.99, "date": 0.0}}))
    failed = run("eval", "--samples", "--baseline", str(baseline))
    assert failed.exit_code == 3 and "micro_f1" in failed.stderr
    assert run("eval", "--samples", "--baseline", str(baseline), "--update-baseline").exit_code == 0
    floors = json.loads(baseline.read_text())["floors"]
    assert floors["micro_f1"] == 0.99  # floors never go down
    assert floors["date"] == int(report["metrics"]["date"] * 100) / 100


def test_eval_gold_against_predictions_file(tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text(run("extract", str(samples_path())).stdout)
    result = run("eval", str(samples_path("gold.jsonl")), str(pred), "--format", "json")
    direct = json.loads(run("eval", "--samples", "--format", "json").stdout)
    assert json.loads(result.stdout)["metrics"] == direct["metrics"]


@pytest.mark.parametrize("command", ["extract", "inspect", "ingest", "events", "documents", "export", "eval"])
def test_every_command_is_documented(command: str) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    assert f"sitreps {command}" in readme
    assert run(command, "--help").exit_code == 0


def test_version_shows_attribution() -> None:
    result = run("--version")
    assert "GeoNames" in result.stdout and "CC BY" in result.stdout


def test_eval_over_a_gold_folder(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "reports_x.jsonl").write_text(samples_path().read_text())
    (folder / "gold_x.jsonl").write_text(samples_path("gold.jsonl").read_text())
    from_folder = json.loads(run("eval", str(folder), "--format", "json").stdout)
    bundled = json.loads(run("eval", "--samples", "--format", "json").stdout)
    assert from_folder["metrics"] == bundled["metrics"]
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("eval", str(empty))
    assert result.exit_code == 2 and "gold folder" in result.stderr


def test_a_document_too_long_to_parse_is_refused_and_the_rest_processed(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_text("A border guard deserted his post in Hyesan on August 12, a source said. " * 15000)
    result = run("extract", str(huge), str(REPORTS / "musan_desertion.txt"), "--published", "2021-03-20")
    assert result.exit_code == 1
    assert "huge.txt: document too long" in result.stderr
    assert any(e["type"] == "DESERTION" for e in lines(result.stdout))


def test_a_document_that_breaks_the_extraction_is_reported_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # fault injection: no real input is known to break the rules, so one is made to
    from sitreps.pipeline import Extractor

    original = Extractor.analyse

    def fragile(self: Extractor, document: Any, parsed: Any = None) -> Any:
        if "Hyesan" in document.text:
            raise RuntimeError("boom")
        return original(self, document, parsed)

    monkeypatch.setattr(Extractor, "analyse", fragile)
    db = str(tmp_path / "t.db")
    result = run("ingest", str(REPORTS / "hyesan_execution.txt"), str(REPORTS / "musan_desertion.txt"), "--db", db)
    assert result.exit_code == 1
    assert "hyesan_execution.txt: extraction failed" in result.stderr
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from documents").fetchone()[0] == 1
    assert "extraction failed" in con.execute("select error from failures").fetchone()[0]
