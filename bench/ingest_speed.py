"""Ingestion speed: HTML extraction (pages/s) and WARC streaming (MB/s) with peak memory.

Everything is generated here, into a temporary folder: realistic news pages (a few KB of
article from the bundled sample reports inside 60-120 KB of navigation, scripts, styles and
footer, as real pages are) and gzipped WARC archives of such pages. Nothing is fetched.

    .venv/bin/python bench/ingest_speed.py [--pages 300] [--warc-mb 300] [--small-warc-mb 60]

Timings:
- HTML: `extract_page` on each page (charset, trafilatura, metadata, language), then the
  offset map of each (built lazily in normal use, so timed apart).
- WARC: each archive is read in a fresh subprocess, once decoding every HTML payload without
  extraction (the archive-reading rate) and once with full extraction; each run reports its
  peak resident memory (VmHWM) beside the peak after start-up and imports. Two archive
  sizes show whether the peak depends on the archive's size (it should not).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sitreps.cli import samples_path

NAV = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(60))
STYLE = "<style>" + "".join(f".c{i} {{ margin: {i}px; color: #{i:06x}; }}\n" for i in range(900)) + "</style>"
SCRIPT = "<script>" + "".join(f"window.t{i} = function(a) {{ return a * {i}; }};\n" for i in range(900)) + "</script>"


def reports() -> list[dict[str, str]]:
    lines = samples_path().read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def make_page(n: int, records: list[dict[str, str]], rng: random.Random) -> bytes:
    r = records[n % len(records)]
    paragraphs = "".join(f"<p>{line}</p>\n" for line in r["text"].splitlines() if line.strip())
    related = "".join(
        f'<li><a href="/r/{rng.randrange(10**6)}">{records[rng.randrange(len(records))]["title"]}</a></li>'
        for _ in range(25)
    )
    publisher = {"@type": "Organization", "name": r["outlet"]}
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": r["title"],
                     "datePublished": r["published"], "publisher": publisher})  # fmt: skip
    padding = "".join(
        f'<div class="ad" data-slot="{rng.randrange(10**9)}"></div>' for _ in range(rng.randrange(200, 900))
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{r["title"]} | {r["outlet"]}</title>'
        f'<meta property="og:site_name" content="{r["outlet"]}"><script type="application/ld+json">{ld}</script>'
        f"{STYLE}{SCRIPT}</head><body><header><ul class=nav>{NAV}</ul></header>"
        f'<main><article><h1>{r["title"]}</h1><p class="byline">Page {n}</p>{paragraphs}</article>'
        f"<aside><h3>Related</h3><ul>{related}</ul></aside></main>{padding}"
        f"<footer><p>Copyright {r['outlet']}. All rights reserved.</p>{NAV}</footer></body></html>"
    ).encode()


def bench_html(pages: int) -> dict[str, float]:
    from sitreps.ingest.html import extract_page

    rng = random.Random(1)
    records = reports()
    docs = [make_page(n, records, rng) for n in range(pages)]
    size = sum(len(d) for d in docs)
    extract_page(docs[0], "warm-up", remember=False)
    started = time.perf_counter()
    extracted = [extract_page(d, f"page{n}", url=f"https://news.example.org/{n}", remember=False)
                 for n, d in enumerate(docs)]  # fmt: skip
    seconds = time.perf_counter() - started
    started = time.perf_counter()
    coverage = [p.offsets.coverage for p in extracted]
    map_seconds = time.perf_counter() - started
    return {
        "pages": pages, "megabytes": size / 1e6, "seconds": seconds, "pages_per_s": pages / seconds,
        "mb_per_s": size / 1e6 / seconds, "text_chars": sum(len(p.document.text) for p in extracted),
        "map_seconds": map_seconds, "maps_per_s": pages / map_seconds, "min_coverage": min(coverage),
    }  # fmt: skip


def write_warc(path: Path, megabytes: float) -> dict[str, float]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(2)
    records = reports()
    payload = 0
    n = 0
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        while fh.tell() < megabytes * 1e6:
            body = make_page(n, records, rng)
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            url = f"https://news.example.org/{n}"
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
            if n % 10 == 0:  # every tenth capture is an image, as in a real crawl
                image = rng.randbytes(20_000)
                http = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(url + ".jpg", "response", payload=io.BytesIO(image),
                                                              http_headers=http))  # fmt: skip
            payload += len(body)
            n += 1
    return {"pages": n, "archive_mb": path.stat().st_size / 1e6, "payload_mb": payload / 1e6}


CHILD = """
import json, sys, time
from sitreps.ingest.warc import WarcStats, read_warc
import sitreps.ingest.html, trafilatura, warcio.archiveiterator  # imports before the baseline

def hwm():  # peak resident KiB of this address space (ru_maxrss would include the parent's, kept across exec)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])

base = hwm()
stats = WarcStats()
started = time.perf_counter()
for _ in read_warc(sys.argv[1], stats=stats, extract=sys.argv[2] == "extract"):
    pass
seconds = time.perf_counter() - started
peak = hwm()
print(json.dumps({"seconds": seconds, "base_mib": base / 1024, "peak_mib": peak / 1024,
                  "records": stats.records, "pages": stats.pages, "documents": stats.documents,
                  "errors": stats.errors, "payload_mb": stats.payload_bytes / 1e6}))
"""


def bench_warc(path: Path, mode: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), mode], check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    size = path.stat().st_size / 1e6
    result["archive_mb_per_s"] = size / result["seconds"]
    result["payload_mb_per_s"] = result["payload_mb"] / result["seconds"]
    result["pages_per_s"] = result["pages"] / result["seconds"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--warc-mb", type=float, default=300.0)
    parser.add_argument("--small-warc-mb", type=float, default=60.0)
    parser.add_argument("--skip-extract", action="store_true", help="No extraction pass over the small archive.")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    html = bench_html(args.pages)
    print("html:", json.dumps({k: round(v, 3) for k, v in html.items()}))
    with tempfile.TemporaryDirectory() as tmp:
        for megabytes in (args.small_warc_mb, args.warc_mb):
            path = Path(tmp) / f"bench-{int(megabytes)}.warc.gz"
            started = time.perf_counter()
            made = write_warc(path, megabytes)
            made["write_seconds"] = time.perf_counter() - started
            print(f"warc {megabytes:g} MB written:", json.dumps({k: round(v, 2) for k, v in made.items()}))
            # full extraction runs over the small archive only: its rate does not depend on size,
            # and over the large one it would take many minutes on two cores
            modes = ["read"] if args.skip_extract or megabytes != args.small_warc_mb else ["read", "extract"]
            for mode in modes:
                result = bench_warc(path, mode)
                print(f"warc {megabytes:g} MB {mode}:", json.dumps({k: round(v, 2) for k, v in result.items()}))
            path.unlink()
    print("peak RSS of this process (MiB):", round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1))


if __name__ == "__main__":
    main()
