"""A folder of everything an analyst collects, bad inputs among it; language; near-duplicates."""

from __future__ import annotations

import gzip
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitreps.cli import app
from sitreps.errors import InputError
from sitreps.ingest import read_inputs
from sitreps.ingest.dedup import NearDuplicateIndex, group_near_duplicates, jaccard, shingles
from sitreps.ingest.language import detect_language, extraction_status, is_extractable
from sitreps.model import Document

DATA = Path(__file__).parent / "data" / "ingest"
REPORTS = Path(__file__).parent / "data" / "reports"


def _warc(path: Path, pages: int, cut: bool = False) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for n in range(pages):
        body = ("<html><body><article>" + f"<p>Report {n}: guards in Musan were punished after {n} defections.</p>" * 5
                + "</article></body></html>").encode()  # fmt: skip
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://w.example/{n}", "response", payload=io.BytesIO(body),
                                                      http_headers=http))  # fmt: skip
    data = buffer.getvalue()
    path.write_bytes(data[: len(data) - 200] if cut else data)


@pytest.fixture
def collected(tmp_path: Path) -> Path:
    """A folder holding good and bad inputs of every kind."""
    folder = tmp_path / "collected"
    folder.mkdir()
    shutil.copy(DATA / "article.html", folder / "article.html")
    shutil.copy(DATA / "korean.html", folder / "korean.html")
    shutil.copy(DATA / "rss.xml", folder / "feed.xml")
    shutil.copy(DATA / "broken.rss", folder / "broken.rss")
    shutil.copy(REPORTS / "musan_desertion.txt", folder / "musan.txt")
    (folder / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)
    (folder / "legacy.html").write_bytes(
        ('<html><head><meta charset="utf-8"></head><body><article>'
         + "<p>“Officials in Chongjin were dismissed after the inspection,” a source said — the third purge.</p>" * 4
         + "</article></body></html>").encode("cp1252")
    )  # fmt: skip
    (folder / "tagsoup.html").write_text(
        "<html><body><div><p>Police detained five traders at the Sunam market in Chongjin for selling South Korean"
        " films, a source said.<p>They were held by the <b>Ministry of <i>Social Security</div></td>"
    )
    (folder / "empty.html").write_text("<html><body><script>x()</script></body></html>")
    _warc(folder / "crawl.warc.gz", 3)
    _warc(folder / "cut.warc.gz", 3, cut=True)
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    return folder


def test_a_folder_of_everything_reads_the_good_and_names_the_bad(collected: Path) -> None:
    items = list(read_inputs([str(collected)]))
    docs = [i for i in items if isinstance(i, Document)]
    errors: dict[str, str] = {}
    for e in items:
        if isinstance(e, InputError):
            name = Path(e.origin.split("@")[0].split("#")[0]).name
            errors[name] = errors.get(name, "") + e.problem + "\n"
    names = {Path((d.origin or "").split("@")[0].split("#")[0]).name for d in docs}
    assert names == {"article.html", "korean.html", "feed.xml", "broken.rss", "musan.txt", "legacy.html",
                     "tagsoup.html", "crawl.warc.gz", "cut.warc.gz"}  # fmt: skip
    assert sum(1 for d in docs if (d.origin or "").startswith(str(collected / "crawl.warc.gz"))) == 3
    assert sum(1 for d in docs if (d.origin or "").startswith(str(collected / "cut.warc.gz"))) == 2
    assert "PNG image, not HTML" in errors["photo.html"]
    assert "no article text" in errors["empty.html"]
    assert "invalid XML" in errors["broken.rss"]
    assert "truncated archive" in errors["cut.warc.gz"]
    assert "unknown extension '.pdf'" in errors["notes.pdf"]
    legacy = next(d for d in docs if (d.origin or "").endswith("legacy.html"))
    assert "“Officials in Chongjin were dismissed" in legacy.text  # decoded despite the wrong declaration
    korean = next(d for d in docs if (d.origin or "").endswith("korean.html"))
    assert korean.language == "ko" and not is_extractable(korean)
    assert all(d.language == "en" for d in docs if d is not korean)


def test_the_cli_goes_on_past_bad_inputs_and_exits_non_zero(collected: Path) -> None:
    for bad in ("korean.html", "crawl.warc.gz", "musan.txt", "feed.xml", "tagsoup.html"):
        (collected / bad).unlink()  # keep the run short: one good page, the bad ones
    result = CliRunner().invoke(app, ["extract", str(collected)], catch_exceptions=False)
    assert result.exit_code == 1
    for name in ("photo.html", "empty.html", "broken.rss", "cut.warc.gz", "notes.pdf"):
        assert name in result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert any(e["type"] == "DESERTION" for e in events)  # article.html was extracted


def test_metadata_arguments_fill_gaps_and_never_override(tmp_path: Path) -> None:
    text = tmp_path / "note.txt"
    text.write_text("Two soldiers deserted from a unit in Hyesan.")
    items = list(read_inputs([str(text), str(DATA / "article.html")], outlet="Given", published="2020-01-01"))
    assert isinstance(items[0], Document) and items[0].outlet == "Given" and items[0].published == "2020-01-01"
    assert isinstance(items[1], Document) and items[1].outlet == "North Korea Monitor"
    assert items[1].published == "2021-03-19T18:00:00+09:00"


def test_jsonl_language_is_detected_unless_given(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(
        json.dumps({"text": "양강도 혜산시의 국경경비대 소속 군인 2명이 탈영했다."}, ensure_ascii=False) + "\n"
        + json.dumps({"text": "Two soldiers deserted.", "language": "en"}) + "\n"
        + json.dumps({"text": "x", "language": 5}) + "\n"
    )  # fmt: skip
    first, second, third = read_inputs([str(path)])
    assert isinstance(first, Document) and first.language == "ko"
    assert isinstance(second, Document) and second.language == "en"
    assert isinstance(third, InputError) and "language" in third.problem


def test_url_list_file_that_is_missing(tmp_path: Path) -> None:
    (error,) = read_inputs([f"@{tmp_path / 'none.txt'}"])
    assert isinstance(error, InputError) and "cannot read the URL list" in error.problem


# --- language -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two soldiers deserted from a border unit in Hyesan.", "en"),
        ("양강도 혜산시의 국경경비대 소속 군인 2명이 지난주 탈영했다고 소식통이 전했다.", "ko"),
        ("북한 당국은 KPA 제25여단 군인들에 대한 수색을 (Hyesan) 시작했다.", "ko"),  # Latin names mixed in
        ("The Korean word 탈영 means desertion; the report quotes it once.", "en"),
        ("朝鲜士兵越境逃往中国。", "zh"),
        ("北朝鮮の兵士が中国へ脱走したと伝えられた。", "ja"),
        ("Северокорейские солдаты дезертировали.", "ru"),
        ("12345 — 67890", "und"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_korean_documents_are_not_for_the_english_extraction() -> None:
    doc = Document(text="혜산 국경경비대 군인 2명 탈영", language=detect_language("혜산 국경경비대 군인 2명 탈영"))
    assert doc.language == "ko" and not is_extractable(doc)
    assert extraction_status(doc) == (
        "not_extracted: language ko is not read by the English extraction (not extracted yet)"
    )
    assert extraction_status(Document(text="Soldiers deserted.")) is None


# --- near-duplicates --------------------------------------------------------------------------

WIRE = (REPORTS / "musan_desertion.txt").read_text(encoding="utf-8")


def test_wire_copies_and_reposts_are_near_duplicates() -> None:
    index = NearDuplicateIndex(threshold=0.8)
    original = Document(text=WIRE, url="https://a.example/1", outlet="Daily NK")
    assert index.check(original) is None
    repost = Document(text="MUSAN (Daily NK) -- " + WIRE.replace("\n", "\n\n") + "\n\nCopyright Daily NK.",
                      url="https://b.example/copy", outlet="Reposter")  # fmt: skip
    match = index.check(repost)
    assert match is not None and match.key == original.id and match.similarity >= 0.8
    same_page = Document(text=WIRE, url="https://a.example/1?utm_source=x")
    assert index.check(same_page) is not None and index.check(same_page).key == original.id  # type: ignore[union-attr]
    other = Document(text=(REPORTS / "kcna_directive.txt").read_text(encoding="utf-8"))
    assert index.check(other) is None
    assert len(index) == 2


def test_an_edited_copy_is_near_and_a_rewrite_is_not() -> None:
    edited = WIRE.replace("Musan County", "Musan county", 1) + "\nReporting by a correspondent; editing by the desk."
    assert jaccard(WIRE, edited) > 0.8
    rewrite = " ".join(reversed(WIRE.split()))
    assert jaccard(WIRE, rewrite) < 0.2
    index = NearDuplicateIndex.rebuild([("orig", WIRE)], threshold=0.8)
    assert index.find(edited) is not None and index.find(rewrite) is None


def test_group_near_duplicates_keeps_the_first_and_every_location() -> None:
    docs = [
        Document(text=WIRE, url="https://a.example/1", outlet="Daily NK"),
        Document(text=(REPORTS / "hyesan_execution.txt").read_text(encoding="utf-8"), url="https://a.example/2"),
        Document(text=WIRE + "\nReporting by a correspondent.", url="https://b.example/x", outlet="Wire"),
    ]
    groups = group_near_duplicates(docs)
    assert len(groups) == 2
    assert groups[0].document.url == "https://a.example/1"
    assert [loc.url for loc in groups[0].locations] == ["https://a.example/1", "https://b.example/x"]
    assert groups[0].locations[1].outlet == "Wire"


def test_shingles() -> None:
    assert shingles("A b c d") == {b"a b c", b"b c d"}
    assert shingles("Hi there") == {b"hi there"}
    assert shingles("") == set()
    assert gzip  # (keep the import list honest for the WARC helper above)
