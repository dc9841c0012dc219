"""The language pipeline is the pinned English small 3.8.0, imported, never downloaded."""

from __future__ import annotations

import pytest

from sitreps import nlp
from sitreps.errors import ModelError


def test_installed_meta_matches_spacys_release() -> None:
    meta = nlp.model_meta()
    nlp.check_meta(meta)
    assert meta["version"] == "3.8.0"
    assert meta["lang"] == "en"
    assert "3.8" in meta["spacy_version"] or "<3.9" in meta["spacy_version"]


def test_a_different_pipeline_is_refused() -> None:
    meta = dict(nlp.model_meta())
    meta["components"] = ["tok2vec", "parser"]
    with pytest.raises(ModelError, match=r"\[E002\].*components"):
        nlp.check_meta(meta)


def test_loaded_once_and_parses() -> None:
    assert nlp.load() is nlp.load()
    doc = nlp.load()("A border guard deserted his post.")
    assert [t.dep_ for t in doc if t.text == "deserted"] == ["ROOT"]
