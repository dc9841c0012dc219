"""`sitreps watch FEEDS.txt --every 15m`: poll feeds, ingest only new items, one line per cycle."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sitreps.commands.common import EXIT_PARTIAL, db_target, err, fail


def watch(
    feeds: Annotated[Path, typer.Argument(help="File of feed URLs, one a line (# comments).")],
    every: Annotated[str, typer.Option(help="Time between polls: 30s, 15m, 1h, 1h30m.")] = "15m",
    db: Annotated[str | None, typer.Option(help="Database path or URL (default sitreps.db or $SITREPS_DB).")] = None,
    cycles: Annotated[int | None, typer.Option(min=1, help="Stop after this many cycles (default: never).")] = None,
    threshold: Annotated[
        float, typer.Option(min=0.05, max=1.0, help="Near-duplicate threshold (estimated Jaccard of word 3-grams).")
    ] = 0.8,
    interval: Annotated[
        float, typer.Option("--per-host-interval", min=0.0, help="Seconds between two requests to one host.")
    ] = 1.0,
) -> None:
    """Poll feeds every --every: new items are extracted, linked and stored; state lives in the database.

    Survives network errors (a feed that fails is tried next cycle) and restarts (items seen
    are recorded in the database). Exit code with --cycles: 0, or 1 if any error was logged.
    """
    from sitreps.errors import InputError, SitrepsError
    from sitreps.ingest.dedup import NearDuplicateIndex
    from sitreps.ingest.watch import SqlWatchState, Watcher, parse_duration, read_feed_list, stored_texts
    from sitreps.ingest.web import Fetcher, FetchPolicy
    from sitreps.store import Store

    try:
        seconds = parse_duration(every)
    except ValueError as exc:
        raise fail(f"--every: {exc}") from exc
    try:
        urls, _ = read_feed_list(feeds)
    except InputError as exc:
        raise fail(f"{exc.origin}: {exc.problem}") from exc
    if not urls:
        raise fail(f"{feeds}: no feed URL in it")
    target = db_target(db)
    try:
        store = Store.open(target)
    except SitrepsError as exc:
        raise fail(str(exc)) from exc

    def log(line: str) -> None:
        err.print(line, markup=False, highlight=False)

    errors = 0
    with store, Fetcher(FetchPolicy(per_host_interval=interval)) as fetcher:
        index = NearDuplicateIndex.rebuild(stored_texts(store.engine), threshold=threshold)
        watcher = Watcher(store, fetcher, SqlWatchState(store.engine), index=index, log=log)
        log(f"watching {len(urls)} feed(s) from {feeds} every {every} into {target} ({len(index)} stored document(s))")
        try:
            for report in watcher.run(feeds, seconds, cycles=cycles):
                errors += len(report.errors)
        except KeyboardInterrupt:
            log(f"watch stopped after {watcher.cycles} cycle(s)")
            return
    if errors:
        raise typer.Exit(EXIT_PARTIAL)


def register(app: typer.Typer) -> None:
    app.command()(watch)
