"""WARC and ARC archives written here with warcio: pages in, everything else passed over."""

from __future__ import annotations

import gzip
import io
import tracemalloc
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitreps.errors import InputError
from sitreps.ingest import read_inputs
from sitreps.ingest.html import decode_html, offset_map
from sitreps.ingest.warc import WarcStats, read_warc, record_payload
from sitreps.model import Document

DATA = Path(__file__).parent / "data" / "ingest"
ARTICLE = (DATA / "article.html").read_bytes()
KOREAN = (DATA / "korean.html").read_bytes()


def story(n: int) -> bytes:
    body = f"<p>Report {n}: security agents arrested {n} traders in Hyesan for selling Chinese phones.</p>" * 6
    return f"<html><head><title>Report {n}</title></head><body><article>{body}</article></body></html>".encode()


def add_response(
    writer: WARCWriter, url: str, body: bytes, *, status: str = "200 OK", ctype: str = "text/html; charset=utf-8",
    encoding: str | None = None,
) -> None:  # fmt: skip
    headers = [("Content-Type", ctype)]
    payload = body
    if encoding == "gzip":
        payload = gzip.compress(body)
        headers.append(("Content-Encoding", "gzip"))
    headers.append(("Content-Length", str(len(payload))))
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http))


def write_warc(path: Path, *, gz: bool = True) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "sitreps tests"}))
        request = StatusAndHeaders("GET /a HTTP/1.1", [("Host", "news.example.org")], is_http_request=True)
        empty = io.BytesIO(b"")
        writer.write_record(
            writer.create_warc_record("https://news.example.org/a", "request", payload=empty, http_headers=request)
        )
        add_response(writer, "https://news.example.org/a", ARTICLE)
        add_response(writer, "https://news.example.org/logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, ctype="image/png")
        add_response(writer, "https://news.example.org/gone", b"<html>gone</html>", status="404 Not Found")
        add_response(writer, "https://news.example.org/ko", KOREAN, encoding="gzip")
        add_response(writer, "https://news.example.org/photo.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
        writer.write_record(
            writer.create_warc_record(
                "https://news.example.org/res",
                "resource",
                payload=io.BytesIO(story(7)),
                warc_content_type="text/html",
            )
        )


@pytest.mark.parametrize("gz", [True, False])
def test_html_responses_become_documents(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, gz=gz)
    stats = WarcStats()
    items = list(read_warc(path, stats=stats))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.url for d in docs] == [
        "https://news.example.org/a",
        "https://news.example.org/ko",
        "https://news.example.org/res",
    ]
    assert docs[0].title == "Two soldiers desert from border unit in Hyesan" and docs[0].language == "en"
    assert docs[1].language == "ko"  # gzip-encoded HTTP payload decoded
    assert all(d.origin and d.origin.startswith(f"{path}@") for d in docs)
    assert len(errors) == 1 and "photo.html" in errors[0].origin and "PNG image" in errors[0].problem
    assert stats.records == 8 and stats.documents == 3 and stats.errors == 1 and stats.skipped == 4


def test_read_inputs_takes_archives(tmp_path: Path) -> None:
    write_warc(tmp_path / "a.warc.gz")
    items = list(read_inputs([str(tmp_path)], outlet="Fallback Outlet"))
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) == 3
    assert docs[0].outlet == "North Korea Monitor" and docs[2].outlet == "news.example.org"


def test_a_truncated_archive_keeps_what_came_before_and_says_where_it_broke(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    # cut inside the Korean page's record: the records before it are whole
    cut.write_bytes(data[: data.index(b"\x1f\x8b", len(data) // 2) + 40])
    items = list(read_warc(cut))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert docs and docs[0].url == "https://news.example.org/a"
    assert errors and "truncated or corrupt archive" in errors[-1].problem
    assert errors[-1].origin.startswith(f"{cut}@")


def test_garbage_is_not_an_archive(tmp_path: Path) -> None:
    bad = tmp_path / "notes.warc"
    bad.write_text("these are my notes, not an archive\n")
    items = list(read_warc(bad))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert "not a WARC or ARC archive" in items[0].problem
    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(b"")
    assert [str(i) for i in read_warc(empty)] == [f"[E001] {empty}: empty archive"]


def test_arc_files_are_read(tmp_path: Path) -> None:
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + story(3)
    filedesc_body = b"1 0 sitreps\nURL IP-address Archive-date Content-type Archive-length\n"
    head = f"filedesc://test.arc 0.0.0.0 20200101000000 text/plain {len(filedesc_body)}\n".encode()
    record = f"http://old.example.org/3 127.0.0.1 20200102030405 text/html {len(http)}\n".encode()
    path = tmp_path / "old.arc"
    path.write_bytes(head + filedesc_body + b"\n" + record + http + b"\n")
    docs = [i for i in read_warc(path) if isinstance(i, Document)]
    assert len(docs) == 1 and docs[0].url == "http://old.example.org/3" and "3 traders" in docs[0].text


def test_a_record_can_be_reread_to_map_offsets_back_to_the_page(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    doc = next(i for i in read_warc(path) if isinstance(i, Document))
    assert doc.origin is not None
    offset = int(doc.origin.rsplit("@", 1)[1])
    page = decode_html(record_payload(path, offset), "x").text
    start = doc.text.index("25th Brigade")
    assert page[offset_map(doc.text, page).to_page(start) :].startswith("25th Brigade")


def test_streaming_memory_stays_flat(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n in range(300):
            add_response(writer, f"https://news.example.org/{n}", story(n) + b"<!--" + b"x" * 60_000 + b"-->")
    assert path.stat().st_size > 100_000
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_warc(path, extract=False))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 0  # no errors; extract=False yields nothing else
    assert peak < 4 * 1024 * 1024  # 18 MB of pages, read one at a time
