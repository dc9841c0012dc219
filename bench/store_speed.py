"""Store speed: ingest rate (documents/s) into SQLite and PostgreSQL, and p95 query times on a
synthetic database of 1,000,000 events (SQLite).

1. Ingest: the bundled sample reports are extracted once; copies of them (each with its own
   text, hence its own id, and its own URL) are stored with `Store.add_document`, which links
   every mention against the events already stored. The rate counts the store alone, not the
   language pipeline (bench/RESULTS.md has the pipeline's throughput). PostgreSQL runs on a
   throwaway local cluster (tests/store_fixtures.py), or on `--postgresql URL`.
2. Queries: `--events` synthetic events (one mention each, five mentions a document, over
   fifteen years, nine types, twelve provinces, evidence sentences from a Zipf-distributed
   vocabulary) are written with executemany straight into a migrated database; then
   `Store.events(...)` is timed, end to end (query, JSON decoding, the reports of each event),
   over many random filters of each kind, first page of 100 rows:
   - type + admin1 + a date range of one to three months;
   - full text: one word, drawn by rank from the vocabulary (most words are rare, as most
     search terms are); two words; and, apart, the 20 most common words (the worst case).

Run: .venv/bin/python bench/store_speed.py [--events 1000000] [--copies 20] [--queries 300]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitreps.model import Document  # noqa: E402
from sitreps.store import Store  # noqa: E402

TYPES = ("DESERTION", "DEFECTION", "SMUGGLING", "ARREST", "CRACKDOWN", "PUNISHMENT", "VIOLENCE", "SEARCH", "DIRECTIVE")
PROVINCES = (
    "Ryanggang", "North Hamgyong", "South Hamgyong", "Chagang", "North Pyongan", "South Pyongan",
    "North Hwanghae", "South Hwanghae", "Kangwon", "Pyongyang", "Rason", "Nampo",
)  # fmt: skip
# rough province centres (degrees), so the synthetic events have coordinates for the map
CENTRES = {
    "Ryanggang": (41.1, 128.3), "North Hamgyong": (41.8, 129.5), "South Hamgyong": (40.4, 127.9),
    "Chagang": (40.7, 126.4), "North Pyongan": (40.1, 125.0), "South Pyongan": (39.4, 126.0),
    "North Hwanghae": (38.5, 126.4), "South Hwanghae": (38.2, 125.4), "Kangwon": (38.8, 127.6),
    "Pyongyang": (39.0, 125.75), "Rason": (42.3, 130.3), "Nampo": (38.75, 125.4),
}  # fmt: skip
TOWNS_PER_PROVINCE = 25
CLASSES = ("MILITARY", "SECURITY_POLICE", "PARTY_OFFICIAL", "CIVILIAN", "SMUGGLER", "DEFECTOR")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(times: list[float]) -> dict[str, float]:
    ms = [t * 1000 for t in times]
    return {"n": len(ms), "p50_ms": statistics.median(ms), "p95_ms": percentile(ms, 0.95), "max_ms": max(ms)}


# --- 1. ingest ---------------------------------------------------------------------------


def ingest_rate(target: str, copies: int) -> dict[str, Any]:
    from sitreps.cli import samples_path
    from sitreps.pipeline import PIPELINE_VERSION, process_many

    records = [json.loads(line) for line in samples_path().read_text(encoding="utf-8").splitlines() if line]
    base = [Document(text=r["text"], url=r["url"], title=r.get("title"), outlet=r.get("outlet"),
                     published=r.get("published")) for r in records]  # fmt: skip
    analyses = process_many(base)
    batch: list[tuple[Document, Any]] = []
    for i in range(copies):
        for doc, analysis in zip(base, analyses, strict=True):
            # the same statements at the same offsets, in a text of its own: a new document
            copy = Document(text=doc.text + f"\n[copy {i}]", url=f"{doc.url}?copy={i}", title=doc.title,
                            outlet=doc.outlet, published=doc.published)  # fmt: skip
            batch.append((copy, analysis.mentions))
    with Store.open(target) as store:
        started = time.perf_counter()
        for doc, mentions in batch:
            store.add_document(doc, mentions, PIPELINE_VERSION)
        elapsed = time.perf_counter() - started
        events = store.count_events(include_generic=True)
    return {"documents": len(batch), "seconds": elapsed, "documents_per_s": len(batch) / elapsed,
            "mentions": sum(len(m) for _, m in batch), "events": events}  # fmt: skip


# --- 2. a synthetic million --------------------------------------------------------------


def vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    syllables = ["ka", "ri", "mun", "san", "do", "hye", "jin", "pyo", "ong", "chon", "ha", "gu", "mok", "tae",
                 "sel", "bin", "rak", "pan", "yo", "dal"]  # fmt: skip
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def zipf_pick(rng: random.Random, words: list[str], weights: list[float]) -> str:
    return rng.choices(words, weights)[0]


def build(path: Path, n_events: int, rng: random.Random) -> tuple[list[str], float]:
    Store.open(path).close()  # the schema, by the migrations
    words = vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(words))]
    cumulative = []
    total = 0.0
    for w in weights:
        total += w
        cumulative.append(total)
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA cache_size=-400000")
    now = datetime.now(UTC).isoformat(sep=" ")
    start_day = date(2010, 1, 1).toordinal()
    days = date(2024, 12, 31).toordinal() - start_day
    started = time.perf_counter()
    per_doc = 5
    towns = {
        p: [(round(lat + rng.uniform(-0.3, 0.3), 4), round(lon + rng.uniform(-0.3, 0.3), 4))
            for _ in range(TOWNS_PER_PROVINCE)]
        for p, (lat, lon) in CENTRES.items()
    }  # fmt: skip
    chunk = 50_000
    for first in range(0, n_events, chunk):
        docs, evs, ments, links, acts = [], [], [], [], []
        for i in range(first, min(n_events, first + chunk)):
            d = i // per_doc
            if i % per_doc == 0:
                docs.append((f"d{d:012d}", f"https://example.org/synthetic/{d}", "Synthetic", f"report {d}",
                             date.fromordinal(start_day + rng.randrange(days)).isoformat(), "en",
                             f"synthetic report {d}", now, 1, "current", "extracted", "bench"))  # fmt: skip
            kind = rng.choice(TYPES)
            province = rng.choice(PROVINCES)
            day = date.fromordinal(start_day + rng.randrange(days))
            roll = rng.random()
            if roll < 0.7:
                value, precision, lo, hi = day.isoformat(), "day", day, day
            elif roll < 0.9:
                lo = day.replace(day=1)
                hi = (lo + timedelta(days=32)).replace(day=1) - timedelta(days=1)
                value, precision = lo.isoformat()[:7], "month"
            else:
                lo, hi = date(day.year, 1, 1), date(day.year, 12, 31)
                value, precision = str(day.year), "year"
            lat, lon = CENTRES[province]
            if rng.random() < 0.3:  # placed at one of the province's towns
                lat, lon = towns[province][rng.randrange(TOWNS_PER_PROVINCE)]
                geo = "place"
            else:
                geo = "admin1"
            picked = rng.choices(words, cum_weights=cumulative, k=10)
            evidence = f"{kind.lower()} in {province} " + " ".join(picked)
            cls = rng.choice(CLASSES)
            data = {
                "id": f"e{i:012d}", "type": kind, "modality": "asserted", "is_back_reference": False,
                "reported_by": None, "date": {"value": value, "precision": precision, "text": None, "span": None,
                                              "end": None},
                "location": {"country": "KP", "admin1": province, "admin2": None, "place": None, "lat": lat,
                             "lon": lon, "gazetteer_id": None, "precision": geo, "inferred": False,
                             "text": province, "span": None},
                "actors": [{"text": cls.lower(), "class": cls, "unit": None, "count": None, "span": None}],
                "targets": [], "fatalities": None, "sources": [],
                "evidence": {"text": evidence, "trigger": kind.lower(), "span": {"start": 0, "end": len(evidence)}},
                "statements": [], "confidence": 0.7,
                "document": {"id": f"d{d:012d}", "url": None, "title": None, "outlet": "Synthetic",
                             "published": hi.isoformat()},
            }  # fmt: skip
            blob = json.dumps(data)
            evs.append((f"e{i:012d}", kind, "asserted", 0, value, precision, lo.isoformat(), hi.isoformat(),
                        lo.isoformat(), hi.isoformat(), "KP", province, lat, lon, geo, 0.7, "machine", 1, "bench",
                        blob, now, now))  # fmt: skip
            ments.append((f"m{i:012d}", f"d{d:012d}", kind, "asserted", 0, 0, len(evidence), evidence, blob,
                           "bench", now))  # fmt: skip
            links.append((f"m{i:012d}", f"e{i:012d}", "new", now))
            acts.append((f"e{i:012d}", "actor", cls.lower(), cls))
        with con:
            con.executemany(
                "INSERT INTO documents (id, url, outlet, title, published, language, text, ingested_at, revision,"
                " status, extraction, pipeline_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                docs,
            )
            con.executemany(
                "INSERT INTO events (id, type, modality, is_back_reference, date_value, date_precision, date_from,"
                " date_to, link_from, link_to, country, admin1, lat, lon, geo_precision, confidence, status, reports,"
                " pipeline_version, data, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                evs)  # fmt: skip
            con.executemany(
                "INSERT INTO mentions (id, document_id, type, modality, is_back_reference, span_start, span_end,"
                " evidence, data, pipeline_version, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                ments,
            )
            con.executemany(
                "INSERT INTO event_mentions (mention_id, event_id, method, linked_at) VALUES (?,?,?,?)", links
            )
            con.executemany("INSERT INTO actors (event_id, role, text, class) VALUES (?,?,?,?)", acts)
        print(f"  {min(n_events, first + chunk):,} events ({time.perf_counter() - started:.0f} s)", flush=True)
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return words, time.perf_counter() - started


def query_times(path: Path, words: list[str], n: int, rng: random.Random) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with Store.open(path) as store:
        store.events(type="ARREST", limit=1)  # warm the connection pool and the page cache

        def timed(filters: dict[str, Any]) -> tuple[float, int]:
            started = time.perf_counter()
            rows = store.events(**filters, limit=100)
            return time.perf_counter() - started, len(rows)

        def run(name: str, make: Any, count: int = n) -> None:
            times, sizes = [], []
            for _ in range(count):
                t, k = timed(make())
                times.append(t)
                sizes.append(k)
            results[name] = {**summary(times), "mean_rows": statistics.mean(sizes)}
            print(f"  {name}: {results[name]}", flush=True)

        def by_place_and_time() -> dict[str, Any]:
            start = date(2010, 1, 1) + timedelta(days=rng.randrange(15 * 365 - 90))
            end = start + timedelta(days=rng.randint(30, 90))
            return {"type": rng.choice(TYPES), "admin1": rng.choice(PROVINCES).lower(), "since": start.isoformat(),
                    "until": end.isoformat()}  # fmt: skip

        run("type + admin1 + date range", by_place_and_time)
        run("full text, one word (by rank)", lambda: {"text": rng.choice(words)})
        run("full text, two words", lambda: {"text": f"{rng.choice(words[:400])} {rng.choice(words)}"})
        run("full text, one of the 20 commonest words", lambda: {"text": rng.choice(words[:20])}, max(10, n // 10))
        results["events"] = store.count_events()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--copies", type=int, default=20, help="copies of the 21 samples to ingest")
    parser.add_argument("--queries", type=int, default=300, help="queries of each kind")
    parser.add_argument("--postgresql", help="a server to ingest into (default: a throwaway local cluster)")
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--skip-queries", action="store_true")
    parser.add_argument("--dir", type=Path, help="where to build (default: a temporary folder)")
    parser.add_argument("--database", type=Path, help="keep the synthetic database here (reused when present)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    rng = random.Random(20261125)
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        if not args.skip_ingest:
            print("ingest into SQLite", flush=True)
            results["ingest_sqlite"] = ingest_rate(str(folder / "ingest.db"), args.copies)
            print(f"  {results['ingest_sqlite']}", flush=True)
            url = args.postgresql
            if url is None:
                from tests import store_fixtures

                base, why = store_fixtures._server_url()
                url = store_fixtures.new_database(base) if base else None
                if url is None:
                    print(f"  no PostgreSQL: {why}")
            if url is not None:
                print("ingest into PostgreSQL", flush=True)
                results["ingest_postgresql"] = ingest_rate(url, args.copies)
                print(f"  {results['ingest_postgresql']}", flush=True)
        if not args.skip_queries:
            path = args.database or folder / "million.db"
            if args.database and path.exists():
                print(f"reusing {path}", flush=True)
                words = vocabulary(rng)
            else:
                print(f"building {args.events:,} synthetic events", flush=True)
                words, seconds = build(path, args.events, rng)
                results["build_seconds"] = seconds
            results["database_mb"] = round(path.stat().st_size / 2**20)
            print(f"querying ({results['database_mb']} MB)", flush=True)
            results["queries"] = query_times(path, words, args.queries, rng)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
