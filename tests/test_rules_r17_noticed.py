"""Round 17: conditions that state a rule, custody places, returns not yet made, watches kept now."""

from __future__ import annotations

from tests.rule_helpers import extract, of_type

PUB = "2024-05-10"


def _incidents(found, etype, words):
    return [m for m in of_type(found, etype, words) if m.modality != "generic"]


def test_condition_on_an_ordinary_citizen_is_a_rule() -> None:
    found = extract("If an ordinary resident crosses the river without a permit, he will be sent to a labor camp for "
                    "five years.", PUB)  # fmt: skip
    assert not _incidents(found, "DEFECTION", "crosses")
    assert not _incidents(found, "PUNISHMENT", "labor camp")


def test_condition_on_people_in_general_is_a_rule() -> None:
    found = extract("If people walk along the riverbank after dark, they could be shot at by the guards.", PUB)
    assert not _incidents(found, "VIOLENCE", "shot")


def test_condition_inside_a_decree_is_a_rule() -> None:
    found = extract("A new decree was read out to villagers whereby, if they are caught by inspectors, their whole "
                    "family will be sent to a remote mountain village.", PUB)  # fmt: skip
    assert not _incidents(found, "ARREST", "caught")


def test_condition_on_a_known_person_stays_hypothetical() -> None:
    found = extract("If he is caught by the police, he will be sent back to the North.", PUB)
    assert any(m.modality == "hypothetical" for m in of_type(found, "ARREST", "caught"))


def test_no_one_attempting_is_denied() -> None:
    found = extract("No one is attempting to smuggle goods across the river this month, a trader said.", PUB)
    assert not of_type(found, "SMUGGLING", "smuggle")


def test_sent_to_a_holding_centre_is_custody() -> None:
    found = extract("The two traders were sent to a holding centre run by the state security department.", PUB)
    assert of_type(found, "ARREST", "holding centre")


def test_sent_to_pretrial_detention_is_custody() -> None:
    found = extract("The smugglers were sent to pretrial detention in Sinuiju last week.", PUB)
    assert of_type(found, "ARREST", "pretrial detention")


def test_facing_repatriation_is_not_done() -> None:
    found = extract("Four North Korean women are facing forcible repatriation, an activist group said.", PUB)
    arrests = of_type(found, "ARREST", "repatriation")
    assert arrests and all(m.modality == "planned" for m in arrests)


def test_on_the_lookout_now_is_no_habit() -> None:
    found = extract("Soldiers are on the lookout for the three prisoners, a source said.", PUB)
    assert any(m.modality == "asserted" for m in of_type(found, "SEARCH", "lookout"))
