"""HTML pages: metadata from JSON-LD and meta tags, charsets, bad pages, and the offset map."""

from __future__ import annotations

import html as htmllib
import random
import re
from pathlib import Path

import pytest

from sitreps.errors import InputError
from sitreps.ingest.html import (
    decode_html,
    extract_page,
    html_to_document,
    iso_date,
    offset_map,
    page_of,
    sniff_binary,
    to_page_offset,
)
from sitreps.ingest.language import extraction_status

DATA = Path(__file__).parent / "data" / "ingest"
ARTICLE = (DATA / "article.html").read_text(encoding="utf-8")
KOREAN = (DATA / "korean.html").read_text(encoding="utf-8")


def visible(fragment: str) -> str:
    """What a reader sees of a piece of HTML: tags dropped, entities decoded, spaces collapsed."""
    inline = re.sub(r"</?(?:a|b|i|em|strong|span)\b[^>]*>", "", fragment)
    return " ".join(htmllib.unescape(re.sub(r"<[^>]*>", " ", inline)).split())


# --- metadata ---------------------------------------------------------------------------------


def test_metadata_comes_from_json_ld_before_meta_tags() -> None:
    page = extract_page(ARTICLE, "article.html", url="https://www.nkmonitor.example.org/2021/03/desertion")
    doc = page.document
    assert doc.title == "Two soldiers desert from border unit in Hyesan"
    assert doc.published == "2021-03-19T18:00:00+09:00"  # JSON-LD datePublished, not the meta tag
    assert doc.outlet == "North Korea Monitor"
    assert page.author == "Kim Ji-ho; Lee Hana"
    assert doc.language == "en"
    assert doc.url == "https://www.nkmonitor.example.org/2021/03/desertion"
    assert "Most read" not in doc.text and "All rights reserved" not in doc.text  # boilerplate gone
    assert "var tracking" not in doc.text
    assert doc.text.startswith("Two soldiers desert from border unit in Hyesan")
    assert "Ryanggang Province" in doc.text  # &nbsp; is a space in the cleaned text


def test_meta_tags_serve_when_there_is_no_json_ld() -> None:
    page = (
        '<html><head><meta property="og:title" content="Rice prices rise in Hyesan">'
        '<meta name="author" content="Choi Eun-ji"><meta name="pubdate" content="20190405">'
        '<meta property="og:site_name" content="Border Watch"></head><body><article>'
        + "<p>Rice prices in Hyesan markets rose by a third in March, traders said, as the border stayed shut.</p>" * 3
        + "</article></body></html>"
    )
    extracted = extract_page(page, "x.html")
    assert extracted.document.title == "Rice prices rise in Hyesan"
    assert extracted.document.published == "2019-04-05"
    assert extracted.document.outlet == "Border Watch"
    assert extracted.author == "Choi Eun-ji"


def test_outlet_falls_back_to_the_domain_and_caller_metadata_wins() -> None:
    page = "<html><body><article>" + "<p>Authorities searched homes in Musan for mobile phones.</p>" * 4
    doc = extract_page(page + "</article></body></html>", "x", url="https://www.example.com/a").document
    assert doc.outlet == "example.com"
    doc = extract_page(page, "x", url="https://www.example.com/a", outlet="Given", published="2020-01-02").document
    assert doc.outlet == "Given" and doc.published == "2020-01-02"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-03-19T18:00:00+09:00", "2021-03-19T18:00:00+09:00"),
        ("2021-03-19T09:00:00Z", "2021-03-19T09:00:00+00:00"),
        ("2021-03-19 09:00", "2021-03-19T09:00:00"),
        ("2021-03-19", "2021-03-19"),
        ("20210319", "2021-03-19"),
        ("2021-02-30", None),
        ("March 19, 2021", None),
        ("1850-01-01", None),
    ],
)
def test_iso_date(value: str, expected: str | None) -> None:
    assert iso_date(value) == expected


# --- Korean -------------------------------------------------------------------------------------


def test_a_korean_page_is_marked_ko_and_not_for_extraction() -> None:
    doc = html_to_document(KOREAN, "korean.html")
    assert doc.language == "ko"
    assert doc.outlet == "북한소식" and doc.published == "2021-03-21"
    status = extraction_status(doc)
    assert status is not None and "not extracted yet" in status and "ko" in status


# --- charsets and bad pages ---------------------------------------------------------------------


def test_a_wrong_single_byte_declaration_over_utf8_is_overruled() -> None:
    data = ARTICLE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace("Hyesan,", "Hyesan “혜산”,").encode()
    decoded = decode_html(data, "x.html")
    assert decoded.encoding == "utf-8" and "“혜산”" in decoded.text
    assert decoded.note is not None and "iso-8859-1" in decoded.note and "wrong" in decoded.note
    assert "“혜산”" in html_to_document(data, "x.html").text


def test_a_wrong_utf8_declaration_over_legacy_bytes_is_detected() -> None:
    body = "<p>“Soldiers were ordered to search every house,” the source said — a crackdown.</p>" * 20
    data = f'<html><head><meta charset="utf-8"></head><body><article>{body}</article></body></html>'.encode("cp1252")
    decoded = decode_html(data, "x.html")
    assert "“Soldiers were ordered" in decoded.text and "—" in decoded.text
    assert decoded.note is not None and "utf-8" in decoded.note.lower()


def test_a_server_declared_charset_is_used_for_euc_kr() -> None:
    data = KOREAN.replace('<meta charset="utf-8">', "").encode("euc-kr")
    decoded = decode_html(data, "k.html", declared="EUC-KR")
    assert decoded.encoding == "euc_kr" and "혜산" in decoded.text
    assert extract_page(data, "k.html", declared_charset="EUC-KR").document.language == "ko"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"PK\x03\x04" + b"\x00" * 50, "ZIP archive"),
        (bytes(range(256)) * 8, "binary data"),
    ],
)
def test_binary_data_named_html_is_an_error(data: bytes, kind: str) -> None:
    assert sniff_binary(data) is not None
    with pytest.raises(InputError) as caught:
        html_to_document(data, "photo.html")
    assert caught.value.origin == "photo.html" and kind in caught.value.problem and "not HTML" in caught.value.problem


def test_utf16_with_a_bom_is_text() -> None:
    data = ARTICLE.encode("utf-16")
    assert sniff_binary(data) is None
    assert decode_html(data, "x").text.startswith("<!DOCTYPE html>")


def test_broken_html_still_yields_its_text() -> None:
    broken = (
        "<html><head><title>Arrests</title><body><div><p>Security agents arrested three smugglers in Hyesan "
        "on Tuesday, a source said.<p>The smugglers had carried phones across the Yalu <b>River<i> at night, "
        "the source added, and were taken to the provincial detention centre.</div></span></td><p>Unclosed"
    )
    doc = html_to_document(broken, "broken.html")
    assert "Security agents arrested three smugglers" in doc.text


@pytest.mark.parametrize("page", ["<<<>>>", "<html><body><script>var x = 1;</script></body></html>", "   "])
def test_a_page_without_article_text_is_an_error(page: str) -> None:
    with pytest.raises(InputError) as caught:
        html_to_document(page, "empty.html")
    assert caught.value.origin == "empty.html"


# --- offset map ---------------------------------------------------------------------------------


def test_every_sentence_maps_back_to_the_same_words_on_the_page() -> None:
    page = extract_page(ARTICLE, "article.html")
    text = page.document.text
    assert page.offsets.coverage > 0.97
    for m in re.finditer(r"[^.\n]+[.”]?", text):
        start, end = m.span()
        if not text[start:end].strip():
            continue
        lo, hi = page.offsets.page_span(start, end)
        assert visible(ARTICLE[lo:hi]) == " ".join(text[start:end].split())


def test_entities_and_markup_inside_a_span_are_kept_on_the_page_side() -> None:
    page = extract_page(ARTICLE, "article.html")
    text = page.document.text
    start = text.index("China & are hiding")
    lo, hi = page.offsets.page_span(start, start + len("China & are hiding"))
    assert ARTICLE[lo:hi] == "China &amp; are hiding"
    start = text.index("North Korea Monitor on Sunday")
    lo, hi = page.offsets.page_span(start, start + len("North Korea Monitor on Sunday"))
    assert ARTICLE[lo:hi] == "North Korea Monitor</em> on Sunday"
    start = text.index("Ryanggang Province")
    assert ARTICLE[to_page_offset(page.document, start) :].startswith("Ryanggang&nbsp;Province")


def test_lists_and_tables_that_trafilatura_rewrites_still_map() -> None:
    html = (
        "<html><body><article><p>The directive listed the punishments for those caught with foreign media.</p>"
        "<ul><li>Three years of reform through labour</li><li>Confiscation of property</li></ul>"
        "<table><tr><td>Hyesan</td><td>12 arrests</td></tr></table></article></body></html>"
    )
    page = extract_page(html, "list.html")
    text = page.document.text
    for phrase in ("Confiscation of property", "12 arrests", "Three years of reform"):
        start = text.index(phrase)
        lo, hi = page.offsets.page_span(start, start + len(phrase))
        assert html[lo:hi] == phrase


def test_offsets_hold_on_generated_pages() -> None:
    rng = random.Random(7)
    words = ["soldiers", "deserted", "Hyesan", "border", "&amp;", "guards", "river", "&#8220;source&#8221;",
             "Ryanggang", "<b>search</b>", "<a href='/x'>officials</a>", "arrested", "smugglers", "&nbsp;"]  # fmt: skip
    for _ in range(20):
        paragraphs = [
            "<p>" + " ".join(rng.choice(words) for _ in range(rng.randint(12, 40))) + ".</p>"
            for _ in range(rng.randint(3, 8))
        ]
        html = "<html><body><nav>Home News</nav><article>" + "\n".join(paragraphs) + "</article></body></html>"
        try:
            page = extract_page(html, "gen.html")
        except InputError:
            continue
        text = page.document.text
        assert page.offsets.coverage > 0.95
        for m in re.finditer(r"\S+(?: \S+){0,4}", text):
            lo, hi = page.offsets.page_span(*m.span())
            assert visible(html[lo:hi]) == m.group()


def test_offset_map_can_be_rebuilt_from_text_and_page() -> None:
    doc = html_to_document(ARTICLE, "article.html")
    start = doc.text.index("25th Brigade")
    rebuilt = offset_map(doc.text, ARTICLE)
    assert ARTICLE[rebuilt.to_page(start) :].startswith("25th Brigade")
    assert page_of(doc) is not None and to_page_offset(doc, start) == rebuilt.to_page(start)
