"""Throughput of `sitreps extract` against the bare spaCy parse, on the same text.

The bundled sample corpus is repeated until it reaches --megabytes (default 2) of text. Three
timings are taken over the same documents: the bare spaCy parse (`nlp.pipe`), the full
extraction as the CLI runs it (parse + every extraction stage), and the CLI itself as a
subprocess writing JSON Lines (start-up included).

    .venv/bin/python bench/throughput.py [--megabytes 2]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sitreps import nlp
from sitreps.cli import samples_path
from sitreps.model import Document
from sitreps.pipeline import default_extractor


def corpus(megabytes: float) -> list[Document]:
    records = [json.loads(line) for line in samples_path().read_text(encoding="utf-8").splitlines() if line.strip()]
    docs: list[Document] = []
    size = 0
    while size < megabytes * 1_000_000:
        for r in records:
            docs.append(Document(text=r["text"], url=r["url"], outlet=r["outlet"], published=r["published"]))
            size += len(r["text"].encode("utf-8"))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=2.0)
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="time the parse and the extraction this many times each and keep the fastest runs",
    )
    args = parser.parse_args()
    docs = corpus(args.megabytes)
    words = sum(len(d.text.split()) for d in docs)
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    language = nlp.load()
    extractor = default_extractor()
    list(language.pipe(d.text for d in docs[:20]))  # warm up

    parse_s = float("inf")
    for _ in range(max(1, args.repeat)):  # the parse varies as much as the extraction: both keep their fastest run
        t0 = time.perf_counter()
        parsed = list(language.pipe((d.text for d in docs), batch_size=32))
        parse_s = min(parse_s, time.perf_counter() - t0)

    extract_only_s = float("inf")
    for _ in range(max(1, args.repeat)):  # a single run varies by +-10 % on a shared machine
        t0 = time.perf_counter()
        events = sum(len(extractor.analyse(d, p).mentions) for d, p in zip(docs, parsed, strict=True))
        extract_only_s = min(extract_only_s, time.perf_counter() - t0)

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for d in docs:
                record = {"text": d.text, "url": d.url, "outlet": d.outlet, "published": d.published}
                fh.write(json.dumps(record) + "\n")
        exe = Path(sys.executable).with_name("sitreps")
        t0 = time.perf_counter()
        subprocess.run([str(exe), "extract", str(path)], check=True, stdout=subprocess.DEVNULL)
        cli_s = time.perf_counter() - t0

    print(f"machine: {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"corpus: {len(docs)} reports, {words} words, {mb:.2f} MB; {events} events")
    print("| run | seconds | reports/s | words/s |")
    print("|---|---|---|---|")
    for name, seconds in (
        ("spaCy parse alone (nlp.pipe)", parse_s),
        ("extraction on top of the parse", extract_only_s),
        ("parse + extraction", parse_s + extract_only_s),
        ("`sitreps extract` CLI, end to end", cli_s),
    ):
        print(f"| {name} | {seconds:.1f} | {len(docs) / seconds:.1f} | {words / seconds:,.0f} |")
    print(f"extraction cost: {100 * extract_only_s / parse_s:.1f} % of the parse time")


if __name__ == "__main__":
    main()
