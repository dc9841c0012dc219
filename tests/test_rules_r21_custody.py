"""Round 21 custody rules: questioning of people whose custody was told in the sentences before is a step of that
custody, not a new crackdown; a crackdown on a new group stays."""

from __future__ import annotations

from tests.rule_helpers import extract, of_type

PUBLISHED = "2024-06-10"


def test_the_two_investigated_after_their_arrest_is_no_crackdown() -> None:
    found = extract(
        "Two women from Hoeryong were arrested last week while trying to cross the Tumen River, a source said. "
        "The two are now being investigated by the provincial security department.",
        PUBLISHED,
    )
    assert of_type(found, "ARREST", "were arrested")
    assert not of_type(found, "CRACKDOWN", "being investigated")


def test_questioning_the_four_men_detained_before_is_no_crackdown() -> None:
    found = extract(
        "Four North Koreans were detained by border guards in Musan on March 3. "
        "Security officials were questioning the four men about their contacts in China, the source said.",
        PUBLISHED,
    )
    assert of_type(found, "ARREST", "were detained")
    assert not of_type(found, "CRACKDOWN", "questioning the four men")


def test_screened_arrivals_questioned_later_is_no_crackdown() -> None:
    found = extract(
        "Three North Koreans on a wooden boat crossed the sea border on Sunday, a South Korean coast guard official "
        "said. Officials were questioning the three North Koreans, he added.",
        PUBLISHED,
    )
    assert not of_type(found, "CRACKDOWN", "questioning the three")


def test_during_the_interrogation_of_those_arrested_is_no_crackdown() -> None:
    found = extract(
        "Two residents of Hyesan were arrested by the provincial security department on May 2 while trying to flee. "
        "They have been held in a cell since then. "
        "During the interrogation and beating process, agents have pressured them to name their broker.",
        PUBLISHED,
    )
    assert not of_type(found, "CRACKDOWN", "During the interrogation")


def test_questioning_a_new_group_stays_a_crackdown() -> None:
    found = extract(
        "Two smugglers were arrested in Sinuiju on June 4, a source said. "
        "Security agents questioned residents of the village about the smuggling ring.",
        PUBLISHED,
    )
    assert of_type(found, "CRACKDOWN", "questioned residents")


def test_a_number_not_told_before_stays_a_crackdown() -> None:
    found = extract(
        "Two smugglers were arrested in Sinuiju on June 4, a source said. "
        "Security agents then questioned the six guards who had let them pass.",
        PUBLISHED,
    )
    assert of_type(found, "CRACKDOWN", "questioned the six guards")


def test_caught_and_later_held_is_one_custody() -> None:
    found = extract(
        "A soldier was caught by border guards near Musan in April and later held at a detention center in Hoeryong.",
        PUBLISHED,
    )
    assert len([m for m in found if m.type == "ARREST"]) == 1
