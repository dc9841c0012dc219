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


def test_a_gloss_in_square_brackets_stays_in_its_sentence() -> None:
    """Daily NK glosses a place in brackets; the parser alone ends the sentence at "[" and loses the date."""
    from sitreps.model import Document
    from sitreps.pipeline import process

    text = (
        "Two soldiers were caught in Pyongsong [in South Pyongan Province] mid-last month after deserting their "
        "unit, a source told Daily NK. They were sent back to the unit."
    )
    sents = [s.text for s in nlp.load()(text).sents]
    assert len(sents) == 2 and sents[0].endswith("Daily NK.")
    arrest = next(m for m in process(Document(text=text, published="2023-05-10")) if m.type == "ARREST")
    assert arrest.date.value == "2023-04"
    assert arrest.location is not None and arrest.location.admin1 == "South Pyongan"


def test_an_unclosed_bracket_does_not_swallow_the_report() -> None:
    """Broken copy ("[Photo" never closed) keeps its sentences: only a short, closed gloss joins them."""
    text = "A guard fled [Photo. Police searched the town. Agents arrested two men. The search ended."
    assert len(list(nlp.load()(text).sents)) == 4
    assert list(nlp.load()("").sents) == []


def test_span_text_matches_span_text_across_documents_and_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    span_text = nlp.span_text
    language = nlp.load()
    first = language("Two guards fled on May 3.\nThe search  went on for a week, a source said.")
    second = language("Police in Hyesan arrested a broker. She was released two days later.")
    for doc in (first, second, first):  # switching back and forth rebuilds the cached text
        for sent in doc.sents:
            assert span_text(sent) == sent.text
        assert span_text(doc[1:4]) == doc[1:4].text

    def texts(doc: object) -> list[str]:
        return [span_text(s) for _ in range(200) for s in doc.sents]  # type: ignore[attr-defined]

    with ThreadPoolExecutor(max_workers=2) as pool:
        got_first, got_second = pool.map(texts, (first, second))
    assert set(got_first) == {s.text for s in first.sents}
    assert set(got_second) == {s.text for s in second.sents}


def test_a_headline_without_a_full_stop_ends_before_a_quotation_or_a_bullet() -> None:
    text = (
        "Photo of a border market taken by a reporting partner\n"
        "◆ Border closed and traders warned of treason charges\n"
        "“Seven people were arrested for smuggling along the river last week,” the partner said."
    )
    sents = [s.text.strip() for s in nlp.load()(text).sents]
    assert "“Seven people were arrested for smuggling along the river last week,” the partner said." in sents
    assert not any("treason" in s and "Seven" in s for s in sents)


def test_a_hard_wrapped_line_stays_in_its_sentence() -> None:
    text = (
        "Two soldiers of a border unit in Musan County deserted with their\nrifles last week, a source in North "
        "Hamgyong\nProvince said. The unit has sent a search party along the\nriver and questioned their families."
    )
    sents = [s.text for s in nlp.load()(text).sents]
    assert len(sents) == 2 and sents[0].rstrip().endswith("said.")


def test_a_title_line_ends_before_the_first_paragraph() -> None:
    text = (
        "Intelligence agency says border troops ordered to shoot intruders\n"
        "The country's intelligence agency has ordered troops to shoot anyone approaching the border.\n"
        "The order was issued last month, lawmakers were told.\n"
        "Officials did not say how many people had been shot."
    )
    first = next(iter(nlp.load()(text).sents)).text
    assert first.strip() == "Intelligence agency says border troops ordered to shoot intruders"


def test_a_paragraph_that_ends_a_sentence_is_not_run_into_the_next() -> None:
    text = (
        "North Korean authorities recently instructed soldiers along the China-North Korea border to further "
        "tighten controls along the boundary, a source told Daily NK.\n\n"
        "North Korean authorities handed down the order on May 12, the source said.\n"
    )
    sents = [s.text.strip() for s in nlp.load()(text).sents]
    assert sents == [
        "North Korean authorities recently instructed soldiers along the China-North Korea border to further "
        "tighten controls along the boundary, a source told Daily NK.",
        "North Korean authorities handed down the order on May 12, the source said.",
    ]


def test_seed_text_takes_the_text_of_its_parse_only() -> None:
    language = nlp.load()
    text = "Two guards deserted on Monday. They were caught in Hyesan."
    doc = language(text)
    nlp.seed_text(doc, text.replace("Two", "Six"))  # same length, another first word: not taken
    assert "sitreps_text" not in doc.user_data
    nlp.seed_text(doc, text + " And more.")  # another length: not taken
    assert "sitreps_text" not in doc.user_data
    nlp.seed_text(doc, text)
    assert doc.user_data["sitreps_text"] is text
    assert nlp.span_text(doc[5:7]) == doc[5:7].text
    empty = language("")
    nlp.seed_text(empty, "")  # an empty parse: nothing to seed, no error
    assert nlp.full_text(empty) == ""


def test_bare_plural_is_a_kind_not_people_told_of() -> None:
    doc = nlp.load()("Agents arrested smugglers, the two brokers and their drivers.")
    by_word = {t.text: t for t in doc}
    assert nlp.bare_plural(by_word["smugglers"])
    assert not nlp.bare_plural(by_word["brokers"])  # "the two brokers": people told of
    assert not nlp.bare_plural(by_word["drivers"])  # "their drivers"
