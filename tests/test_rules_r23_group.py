"""Round 23: a group's custody told again by a verb whose people point back at the group ("detain the group",
"all nine of them were handed over") is a retelling, marked anaphoric; other people ("another group", "eight other
defectors") are not."""

from __future__ import annotations

import pytest

from sitreps import nlp
from sitreps.extract.restate import _group_told_again
from tests.rule_helpers import extract


def _verb(sentence: str, word: str):  # type: ignore[no-untyped-def]
    doc = nlp.load()(sentence)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("It was unknown whether Pyongyang had asked Beijing to detain the group for repatriation.", "detain"),
        ("A source said all nine of them were handed over to the North Korean side.", "handed"),
        ("A source said the 23 were sent back to North Korea.", "sent"),
    ],
)
def test_group_pointed_back_at_is_told_again(sentence: str, word: str) -> None:
    assert _group_told_again(_verb(sentence, word))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Another group of ten was arrested near Hyesan.", "arrested"),
        ("A source said eight other defectors were also caught.", "caught"),
        ("Police detained a group of five smugglers.", "detained"),
    ],
)
def test_other_people_are_not_the_group(sentence: str, word: str) -> None:
    assert not _group_told_again(_verb(sentence, word))


def test_uncertain_retelling_of_group_joins_its_custody() -> None:
    text = (
        "Police in Yunnan have arrested 14 North Korean defectors, a rights group said on Sunday. The group of "
        "defectors was taken into custody in Kunming on Friday. “Officials are still checking the reports,” Lee said, "
        "adding that it was unknown whether Pyongyang had asked Beijing to detain the group for repatriation or if "
        "the police acted on their own."
    )
    arrests = [m for m in extract(text, "2024-03-10") if m.type == "ARREST"]
    assert len(arrests) == 1


def test_other_defectors_stay_apart() -> None:
    text = (
        "Chinese police arrested 23 North Korean defectors in Yanji last week. A source said eight other defectors "
        "were also caught and repatriated."
    )
    assert len([m for m in extract(text, "2024-03-10") if m.type == "ARREST"]) == 2
