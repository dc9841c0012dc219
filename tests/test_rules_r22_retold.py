"""Round 22 custody retellings: a person named anew with "a" after the one arrested was named as known ("the broker")
is another custody; the lead's undated custody of one person and the body's custody of one person told by another
word are one incident."""

from __future__ import annotations

from tests.rule_helpers import extract

PUBLISHED = "2024-06-10"


def _custodies(text: str) -> int:
    return sum(1 for m in extract(text, PUBLISHED) if m.type == "ARREST" and m.modality == "asserted")


def test_a_broker_named_anew_after_the_broker_is_another_arrest() -> None:
    text = (
        "State security agents in Hyesan arrested a broker late last month, a source said.\n"
        "The broker was held at the provincial security office for three days.\n"
        "A broker in his 30s was caught by agents while carrying money to a family in the city."
    )
    assert _custodies(text) == 2


def test_a_guard_told_first_and_then_the_guard_is_one_arrest() -> None:
    text = (
        "A border guard in Musan was detained last month, a source said.\n"
        "The guard was detained by the military security command."
    )
    assert _custodies(text) == 1


def test_the_lead_custody_told_again_by_another_word_is_one() -> None:
    text = (
        "North Korean authorities have arrested a mobile phone smuggler, a source told this outlet.\n"
        "In early May, a resident of Musan county was detained by state security agents, the source said."
    )
    assert _custodies(text) == 1
