"""Web desk speed: latency of the JSON API under load and the weight of the pages, on a synthetic
database of 1,000,000 events (SQLite).

1. The database: bench/store_speed.py's builder (events written straight into a migrated
   database), in a temporary folder, or kept at `--db PATH` (built there once, reused afterwards).
2. The server: `sitreps serve --db PATH --host 127.0.0.1 --port N` as a subprocess on a free
   loopback port, stopped at the end whatever happens; or `--url` for a server already running
   (then `--db` only supplies event ids for the detail requests).
3. Load, after a warm-up: `--concurrency` workers (asyncio + httpx, keep-alive connections) send
   `--requests` requests of each kind, one kind after the other, and stop at `--time-limit`
   seconds a kind whatever is left:
   - list: `GET /api/events?limit=50`, each worker following `next_cursor` up to `--pages` deep
     (first pages and cursor pages are reported apart);
   - filter: `GET /api/events?type=&admin1=&since=&until=&limit=50`, a random type, province and
     a range of one to three months, drawn as store_speed draws them;
   - detail: `GET /api/events/{id}`, ids sampled from the database with sqlite3.
   Latency is wall time from sending a request to its whole body read, on the client; the client
   and the server share the machine's cores.
4. Page weight: `/`, `/map`, `/timeline` and `/events/{id}`, each the HTML plus every same-origin
   resource it names (script src, link href other than navigation links, img src, and data-*
   attributes that point under /static/ or /api/, such as the GeoJSON the map draws), each counted
   once a page, as a first visit with an empty cache would fetch them. Resources a script fetches
   by a path written in its code are not seen.

Prints a table and the JSON summary (p50/p95/p99/max ms, req/s, errors per kind; page weights in
KB, decoded and as transferred); `--json PATH` writes it too. Exit status 1 when a request failed.

Run: .venv/bin/python bench/web_speed.py [--events 1000000] [--db PATH] [--concurrency 8] [--requests 2000]
     .venv/bin/python bench/web_speed.py --events 20000            # a quick check
     .venv/bin/python bench/web_speed.py --url http://127.0.0.1:8000 --db PATH
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import json
import os
import platform
import random
import shlex
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, partial
from html.parser import HTMLParser
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

import httpx
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
PAGES = ("/", "/map", "/timeline", "/events/{id}")
SERVE = "{sitreps} serve --db {db} --host 127.0.0.1 --port {port}"
FIRST_MONTH, MONTHS = (2010, 1), 15 * 12  # the synthetic events span 2010-2024, as store_speed builds them
NAVIGATION_RELS = {"alternate", "canonical", "next", "prev", "search", "help", "author", "license", "bookmark"}
console = Console(stderr=True)
T = TypeVar("T")


@cache
def store_speed() -> ModuleType:
    """bench/store_speed.py (its builder, its type and province lists), imported by path."""
    spec = importlib.util.spec_from_file_location("store_speed", ROOT / "bench" / "store_speed.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the database -------------------------------------------------------------------------------


def database(path: Path, events: int, seed: int) -> dict[str, Any]:
    """Builds `events` synthetic events at `path` unless a database is there already."""
    info: dict[str, Any] = {"path": str(path)}
    if path.exists():
        console.print(f"reusing {path}")
    else:
        console.print(f"building {events:,} synthetic events in {path}")
        with contextlib.redirect_stdout(sys.stderr):  # its progress lines; stdout carries the JSON
            _, seconds = store_speed().build(path, events, random.Random(seed))
        info["build_seconds"] = round(seconds, 1)
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        info["events"] = con.execute("SELECT count(*) FROM events").fetchone()[0]
    info["mb"] = round(path.stat().st_size / 2**20)
    return info


def sample_event_ids(path: Path, n: int, rng: random.Random) -> list[str]:
    """`n` event ids (with repeats only when the table is smaller), drawn by random rowid."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        top = con.execute("SELECT max(rowid) FROM events").fetchone()[0] or 0
        ids: list[str] = []
        for _ in range(20 * n):
            if len(ids) >= n or top == 0:
                break
            row = con.execute("SELECT id FROM events WHERE rowid = ?", (rng.randint(1, top),)).fetchone()
            if row:
                ids.append(row[0])
    return ids


# --- the server ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def sitreps_command() -> str:
    """The `sitreps` script of this interpreter's environment (else the one on PATH)."""
    found = shutil.which("sitreps", path=str(Path(sys.executable).parent)) or shutil.which("sitreps")
    if found is None:
        raise SystemExit("error: no `sitreps` command; install the package (make test) or pass --url")
    return found


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the server's process group (uvicorn and any workers it started), then SIGKILL."""
    if process.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, 15.0), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(wait)
            return


def wait_until_ready(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float, token: str | None) -> None:
    deadline = time.monotonic() + timeout
    with httpx.Client(base_url=url, timeout=5.0, headers=auth_headers(token)) as client:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
                raise RuntimeError(f"the server exited with status {process.returncode}:\n{tail}")
            with contextlib.suppress(httpx.HTTPError):
                response = client.get("/api/events", params={"limit": 1})
                if response.status_code == 200:
                    return
                if response.status_code in (401, 403):
                    raise RuntimeError(f"the server wants a token to read ({response.status_code}): pass --token")
            time.sleep(0.25)
    raise RuntimeError(f"the server did not answer within {timeout:.0f} s; its log: {log}")


@contextlib.contextmanager
def served(db: Path, folder: Path, template: str, timeout: float, token: str | None) -> Iterator[str]:
    """A server on a free loopback port for the duration of the block; its output goes to a log."""
    port = free_port()
    values = {"sitreps": sitreps_command() if "{sitreps}" in template else "", "db": str(db), "port": str(port)}
    command = [part.format(**values) for part in shlex.split(template)]
    log = folder / "server.log"
    console.print(f"starting {shlex.join(command)}")
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_ready(url, process, log, timeout, token)
        yield url
    finally:
        stop(process)


# --- load ---------------------------------------------------------------------------------------


def auth_headers(token: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"} if token else {}


@dataclass
class Recorder:
    """Latencies (seconds) of the requests that succeeded and the failures, by tag."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)

    def ok(self, tag: str, seconds: float) -> None:
        self.latencies.setdefault(tag, []).append(seconds)

    def fail(self, tag: str, why: str) -> None:
        self.latencies.setdefault(tag, [])
        self.errors[tag] = self.errors.get(tag, 0) + 1
        if len(self.examples) < 10:
            self.examples.append(f"{tag}: {why}")


@dataclass
class Budget:
    """How many requests a kind may still send, and until when (monotonic seconds)."""

    left: int
    deadline: float
    on_request: Callable[[], None] = lambda: None
    timed_out: bool = False

    def take(self) -> bool:
        if self.left <= 0:
            return False
        if time.monotonic() >= self.deadline:
            self.timed_out = True
            return False
        self.left -= 1
        self.on_request()
        return True


def events_page(data: Any) -> str | None:
    """Why `data` is not a page of events (None when it is one)."""
    ok = isinstance(data, dict) and isinstance(data.get("events"), list)
    return None if ok else "no `events` list in the answer"


async def get_json(
    client: httpx.AsyncClient, path: str, params: dict[str, Any] | None, tag: str, recorder: Recorder,
    check: Callable[[Any], str | None],
) -> Any:  # fmt: skip
    """GET, timed to the last byte; the decoded JSON when `check` finds nothing wrong with it, else
    None after recording the failure."""
    started = time.perf_counter()
    try:
        response = await client.get(path, params=params)
    except httpx.HTTPError as e:
        recorder.fail(tag, f"{type(e).__name__}: {e} ({path})")
        return None
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        recorder.fail(tag, f"HTTP {response.status_code} {response.url}: {response.text[:200]}")
        return None
    try:
        data = response.json()
    except ValueError:
        recorder.fail(tag, f"not JSON: {response.url}")
        return None
    problem = check(data)
    if problem:
        recorder.fail(tag, f"{problem}: {response.url}")
        return None
    recorder.ok(tag, elapsed)
    return data


def month(index: int) -> str:
    year, first = FIRST_MONTH
    m = first - 1 + index
    return f"{year + m // 12}-{m % 12 + 1:02d}"


def filter_params(rng: random.Random) -> dict[str, Any]:
    """A type, a province and one to three months, as store_speed's `type + admin1 + date range`."""
    first = rng.randrange(MONTHS - 2)
    last = first + rng.randint(0, 2)
    kinds, provinces = store_speed().TYPES, store_speed().PROVINCES
    return {"type": rng.choice(kinds), "admin1": rng.choice(provinces), "since": month(first),
            "until": month(last), "limit": 50}  # fmt: skip


Worker = Callable[[httpx.AsyncClient, Budget, Recorder, random.Random], Awaitable[None]]


def list_worker(pages: int) -> Worker:
    async def work(client: httpx.AsyncClient, budget: Budget, recorder: Recorder, rng: random.Random) -> None:
        cursor: str | None = None
        depth = 0
        while budget.take():
            params: dict[str, Any] = {"limit": 50}
            if cursor:
                params["cursor"] = cursor
            tag = "list, next page" if cursor else "list"
            data = await get_json(client, "/api/events", params, tag, recorder, events_page)
            cursor = None
            if data is not None:
                depth += 1
                if depth < pages and data.get("next_cursor"):
                    cursor = str(data["next_cursor"])
            if cursor is None:
                depth = 0

    return work


async def filter_worker(client: httpx.AsyncClient, budget: Budget, recorder: Recorder, rng: random.Random) -> None:
    while budget.take():
        await get_json(client, "/api/events", filter_params(rng), "filter", recorder, events_page)


def answered_id(data: Any) -> Any:
    """The id of the event in an answer: the event itself, or an object holding it under `event`."""
    if not isinstance(data, dict):
        return None
    return data.get("id") or answered_id(data.get("event"))


def detail_worker(ids: list[str]) -> Worker:
    """`GET /api/events/{id}`: the answer is the event, or an object with it under `event`."""

    async def work(client: httpx.AsyncClient, budget: Budget, recorder: Recorder, rng: random.Random) -> None:
        while budget.take():
            event_id = rng.choice(ids)

            def same_event(data: Any, event_id: str = event_id) -> str | None:
                return None if answered_id(data) == event_id else "not the event asked for"

            await get_json(client, f"/api/events/{event_id}", None, "detail", recorder, same_event)

    return work


async def run_kind(
    client: httpx.AsyncClient, worker: Worker, requests: int, concurrency: int, time_limit: float,
    recorder: Recorder, rng: random.Random, advance: Callable[[], None] = lambda: None,
) -> tuple[float, bool]:  # fmt: skip
    """`requests` requests by `concurrency` workers; (wall seconds, whether the time limit cut it)."""
    budget = Budget(requests, time.monotonic() + time_limit, advance)
    started = time.perf_counter()
    workers = [worker(client, budget, recorder, random.Random(rng.random())) for _ in range(concurrency)]
    # in-flight requests end by the client's timeout; this is the backstop beyond it
    grace = time_limit + (client.timeout.read or 30.0) + 5.0
    try:
        async with asyncio.timeout(grace):
            await asyncio.gather(*workers)
    except TimeoutError:
        budget.timed_out = True
    return time.perf_counter() - started, budget.timed_out


def stats(latencies: list[float], errors: int, seconds: float) -> dict[str, Any]:
    percentile = store_speed().percentile
    ms = [t * 1000 for t in latencies]
    out: dict[str, Any] = {"n": len(ms), "errors": errors, "req_per_s": round(len(ms) / seconds, 1) if seconds else 0}
    if ms:
        for name, q in (("p50_ms", 0.5), ("p95_ms", 0.95), ("p99_ms", 0.99)):
            out[name] = round(percentile(ms, q), 2)
        out["max_ms"] = round(max(ms), 2)
    return out


async def load(url: str, args: argparse.Namespace, ids: list[str], rng: random.Random) -> dict[str, Any]:
    """Warm-up, then each kind in turn; the statistics by tag (list first pages and cursor pages apart)."""
    kinds: dict[str, Worker] = {"list": list_worker(args.pages), "filter": filter_worker}
    if ids:
        kinds["detail"] = detail_worker(ids)
    else:
        console.print("[yellow]no event ids (no database): detail requests skipped[/]")
    limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency)
    results: dict[str, Any] = {}
    async with httpx.AsyncClient(base_url=url, timeout=args.request_timeout, limits=limits,
                                 headers=auth_headers(args.token)) as client:  # fmt: skip
        warm = Recorder()
        for worker in kinds.values():
            await run_kind(client, worker, args.warmup, args.concurrency, args.time_limit, warm, rng)
        progress = Progress(TextColumn("{task.description:>8}"), BarColumn(), MofNCompleteColumn(),
                            TimeElapsedColumn(), console=console)  # fmt: skip
        with progress:
            for name, worker in kinds.items():
                task: TaskID = progress.add_task(name, total=args.requests)
                recorder = Recorder()
                seconds, cut = await run_kind(client, worker, args.requests, args.concurrency, args.time_limit,
                                              recorder, rng, partial(progress.advance, task))  # fmt: skip
                for tag, latencies in recorder.latencies.items():
                    results[tag] = stats(latencies, recorder.errors.get(tag, 0), seconds)
                results[name + ", all"] = {
                    **stats([t for ts in recorder.latencies.values() for t in ts], sum(recorder.errors.values()),
                            seconds),
                    "seconds": round(seconds, 2), "stopped_by_time_limit": cut,
                }  # fmt: skip
                if len(recorder.latencies) == 1:  # one tag: the "all" line says the same
                    results[name] = {**results.pop(name + ", all"), **results.get(name, {})}
                for example in recorder.examples:
                    console.print(f"[red]error[/] {example}")
        if warm.examples:
            console.print(f"[yellow]{sum(warm.errors.values())} warm-up requests failed[/], e.g. {warm.examples[0]}")
    return results


# --- page weight --------------------------------------------------------------------------------


class References(HTMLParser):
    """Same-page resources an HTML page names: scripts, styles, icons, images, data-* URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v for k, v in attrs if v}
        if tag in ("script", "img") and "src" in a:
            self.found.append(a["src"])
        elif tag == "link" and "href" in a and not set((a.get("rel") or "").lower().split()) & NAVIGATION_RELS:
            self.found.append(a["href"])
        for name, value in a.items():
            if name.startswith("data-") and value.startswith(("/static/", "/api/")) and " " not in value:
                self.found.append(value)


def local_part(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def same_origin(base: str, ref: str) -> str | None:
    """The absolute URL of `ref` when it is on `base`'s origin (not data:, not another host)."""
    absolute = urljoin(base, ref)
    a, b = urlsplit(base), urlsplit(absolute)
    return absolute.split("#")[0] if (a.scheme, a.netloc) == (b.scheme, b.netloc) else None


async def page_weight(client: httpx.AsyncClient, path: str) -> dict[str, Any]:
    """The page's HTML and each same-origin resource it names, in bytes (decoded and transferred)."""
    started = time.perf_counter()
    response = await client.get(path)
    out: dict[str, Any] = {"status": response.status_code, "html_ms": round((time.perf_counter() - started) * 1000, 1),
                           "html_bytes": len(response.content), "resources": [], "missing": []}  # fmt: skip
    if response.status_code != 200:
        return out
    parser = References()
    parser.feed(response.text)
    base = str(response.url)
    urls = list(dict.fromkeys(u for u in (same_origin(base, ref) for ref in parser.found) if u))
    total, transferred = len(response.content), response.num_bytes_downloaded
    for url in urls:
        try:
            resource = await client.get(url)
        except httpx.HTTPError as e:
            out["missing"].append(f"{local_part(url)} ({type(e).__name__})")
            continue
        if resource.status_code != 200:
            out["missing"].append(f"{local_part(url)} (HTTP {resource.status_code})")
            continue
        total += len(resource.content)
        transferred += resource.num_bytes_downloaded
        out["resources"].append({"url": local_part(url), "bytes": len(resource.content),
                                 "transferred": resource.num_bytes_downloaded})  # fmt: skip
    out["total_kb"] = round(total / 1024, 1)
    out["transferred_kb"] = round(transferred / 1024, 1)
    return out


async def page_weights(url: str, event_id: str | None, token: str | None) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=url, timeout=30.0, headers=auth_headers(token)) as client:
        weights: dict[str, Any] = {}
        for page in PAGES:
            if "{id}" in page and event_id is None:
                continue
            weights[page] = await page_weight(client, page.format(id=event_id))
        return weights


# --- the run ------------------------------------------------------------------------------------


def print_summary(summary: dict[str, Any]) -> None:
    table = Table(title=f"API latency, concurrency {summary['settings']['concurrency']}")
    for column in ("requests", "n", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s"):
        table.add_column(column, justify="left" if column == "requests" else "right")
    for tag, s in summary["api"].items():
        table.add_row(tag, str(s["n"]), str(s["errors"]),
                      *(f"{s[k]:.1f}" if k in s else "-" for k in ("p50_ms", "p95_ms", "p99_ms", "max_ms")),
                      f"{s['req_per_s']:.0f}")  # fmt: skip
    console.print(table)
    pages = Table(title="page weight (HTML + same-origin resources, first visit)")
    for column in ("page", "status", "HTML KB", "resources", "total KB", "transferred KB", "missing"):
        pages.add_column(column, justify="left" if column in ("page", "missing") else "right")
    for page, w in summary["pages"].items():
        pages.add_row(page, str(w["status"]), f"{w['html_bytes'] / 1024:.1f}", str(len(w["resources"])),
                      str(w.get("total_kb", "-")), str(w.get("transferred_kb", "-")),
                      str(len(w["missing"])))  # fmt: skip
    console.print(pages)
    for page, w in summary["pages"].items():
        for missing in w["missing"]:
            console.print(f"[yellow]{page} names a resource that did not load:[/] {missing}")


def measure(url: str, args: argparse.Namespace, db: Path | None, info: dict[str, Any]) -> dict[str, Any]:
    rng = random.Random(args.seed)
    ids = sample_event_ids(db, 5000, rng) if db else []
    summary: dict[str, Any] = {
        "server": url, "database": info,
        "settings": {k: getattr(args, k) for k in ("concurrency", "requests", "pages", "warmup", "time_limit")},
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
    }  # fmt: skip
    summary["api"] = asyncio.run(stopped_by_sigterm(load(url, args, ids, rng)))
    summary["pages"] = asyncio.run(stopped_by_sigterm(page_weights(url, ids[0] if ids else None, args.token)))
    return summary


class Terminated(Exception):
    """SIGTERM: raised so that the stack unwinds through `served`, which stops the server."""


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise Terminated


async def stopped_by_sigterm(work: Awaitable[T]) -> T:
    """`work`, cancelled by SIGTERM (an exception raised by a signal handler inside the event loop
    can be lost in a task); the cancellation ends `asyncio.run` as `Terminated`."""
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    assert task is not None
    loop.add_signal_handler(signal.SIGTERM, task.cancel)
    try:
        return await work
    except asyncio.CancelledError:
        raise Terminated from None
    finally:
        loop.remove_signal_handler(signal.SIGTERM)
        signal.signal(signal.SIGTERM, _terminate)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events to build (default 1,000,000)")
    parser.add_argument("--db", type=Path, help="the database: built here when missing, reused when present")
    parser.add_argument("--dir", type=Path, help="where the temporary database and the server log go")
    parser.add_argument("--url", help="measure a server already running here instead of starting one")
    parser.add_argument("--serve", default=SERVE, help=f"the server command (default {SERVE!r})")
    parser.add_argument("--token", default=os.environ.get("SITREPS_BENCH_TOKEN"),
                        help="Bearer token, for a desk that needs one to read (env SITREPS_BENCH_TOKEN)")  # fmt: skip
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--requests", type=int, default=2000, help="requests of each kind (default 2000)")
    parser.add_argument("--pages", type=int, default=5, help="list: pages deep each worker follows the cursor")
    parser.add_argument("--warmup", type=int, default=50, help="unrecorded requests of each kind first")
    parser.add_argument("--time-limit", type=float, default=120.0, help="seconds a kind may run (default 120)")
    parser.add_argument("--request-timeout", type=float, default=30.0)
    parser.add_argument("--start-timeout", type=float, default=120.0, help="seconds the server may take to answer")
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--json", type=Path, help="write the summary here too")
    args = parser.parse_args(argv)
    if min(args.concurrency, args.requests, args.pages) < 1 or args.warmup < 0 or args.time_limit <= 0:
        parser.error("--concurrency, --requests and --pages must be at least 1, --time-limit positive")
    signal.signal(signal.SIGTERM, _terminate)
    try:
        with tempfile.TemporaryDirectory(prefix="web_speed.", dir=args.dir) as tmp:
            folder = Path(tmp)
            if args.url:
                info = database(args.db, 0, args.seed) if args.db and args.db.exists() else {}
                summary = measure(args.url.rstrip("/"), args, args.db if info else None, info)
            else:
                db = args.db or folder / "events.db"
                info = database(db, args.events, args.seed)
                with served(db, folder, args.serve, args.start_timeout, args.token) as url:
                    summary = measure(url, args, db, info)
    except RuntimeError as e:
        console.print(f"[red]error:[/] {e}")
        return 2
    except Terminated:
        console.print("[red]stopped by a signal[/]; the server was stopped")
        return 128 + signal.SIGTERM
    print_summary(summary)
    text = json.dumps(summary, indent=2) + "\n"
    print(text, end="")
    if args.json:
        args.json.write_text(text, encoding="utf-8")
    return 1 if any(s["errors"] for s in summary["api"].values()) else 0


if __name__ == "__main__":
    sys.exit(main())
