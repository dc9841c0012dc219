"""The trigger finder: the profile's lexicon matched in the parse.

The Matcher that holds the phrases with DET is run only on short windows starting at the words its
phrases start with; these tests check that it finds what the Matcher finds over the whole document.
"""

from __future__ import annotations

from typing import Any

import pytest

from sitreps import nlp
from sitreps.extract.events import TriggerFinder
from sitreps.pipeline import default_extractor

TEXTS = [
    # a DET phrase at the very end of the report, then two that share a window
    "A source said a private in the 27th Brigade left his post",
    "Two guards left their post and fled their unit together before dawn on the 3rd, a source said.",
    # the same words with nothing between them, and a DET phrase that starts the report
    "Leave the post? The officer left post duty to others. He then abandoned his unit near Hyesan.",
    # nothing the windowed Matcher could start on
    "The market in Hyesan was quiet on Tuesday, traders said.",
]


@pytest.fixture(scope="module")
def finder() -> TriggerFinder:
    return default_extractor().triggers


def _whole_document(finder: TriggerFinder, doc: Any) -> set[tuple[int, int, int]]:
    return set(finder.by_lower(doc)) | set(finder.by_lemma(doc)) | set(finder.patterns(doc))


@pytest.mark.parametrize("text", TEXTS)
def test_windowed_matcher_finds_what_the_whole_document_matcher_finds(finder: TriggerFinder, text: str) -> None:
    doc = nlp.load()(text)
    assert set(finder._all_matches(doc)) == _whole_document(finder, doc)


def test_phrases_with_a_determiner_are_found_at_the_end_and_side_by_side(finder: TriggerFinder) -> None:
    strings = nlp.load().vocab.strings
    found = set()
    for text in TEXTS[:2]:
        doc = nlp.load()(text)
        found |= {(finder.entries[int(strings[m])].type, doc[s:e].text) for m, s, e in finder._all_matches(doc)}
    assert ("DESERTION", "left his post") in found
    assert ("DESERTION", "left their post") in found
    assert ("DESERTION", "fled their unit") in found


def test_windows_are_anchored_on_the_first_words_of_determiner_phrases(finder: TriggerFinder) -> None:
    strings = nlp.load().vocab.strings
    assert finder._anchor_ids is not None
    anchors = {strings[int(i)] for i in finder._anchor_ids}
    assert {"leave", "flee", "abandon"} <= anchors
    assert "post" not in anchors  # a last word opens no window


def test_a_word_class_in_requires_object_expands_to_its_words() -> None:
    from sitreps.profile import load_profile

    profile = load_profile()
    carry = profile.requires_object[("SMUGGLING", "carry")]
    assert {"copper", "methamphetamine", "kilograms"} <= carry
    assert not any(word.startswith("$") for words in profile.requires_object.values() for word in words)
    assert {"across", "smuggled"} <= profile.requires_object[("SMUGGLING", "bring")]  # a class and words of its own
