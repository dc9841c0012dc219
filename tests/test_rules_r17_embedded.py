"""Round 17: activities named inside another event or statement, no incident of their own: the attempts a measure
fights ("to stamp out residents' attempts to flee"), the means of another deed ("via smuggling boats"), a trend
given as the backdrop of an order ("with defections continuing unabated"), the targets of a campaign ("the targets
are smuggling and illegal crossings"), a leaving people only think about, and a crossing told to say who was shot
("the two who had been making crossings were shot"). Incidents told in their own right stay.

Every sentence here is written for this suite, in the style of border reporting.
"""

from __future__ import annotations

from tests.rule_helpers import extract, of_type

PUBLISHED = "2024-03-12"


def test_attempts_a_measure_fights_are_no_defection() -> None:
    found = extract(
        "Border guards were told to stamp out residents attempts to cross into China.",
        PUBLISHED,
    )
    assert not of_type(found, "DEFECTION", "attempts")


def test_attempt_told_of_people_stays() -> None:
    found = extract("Two soldiers attempted to flee to China across the Yalu River in Hyesan last week.", PUBLISHED)
    assert of_type(found, "DEFECTION", "attempted")


def test_smuggling_boats_as_means_of_defection_are_no_smuggling() -> None:
    found = extract(
        "Several families have defected to China via smuggling boats from the coast near Sinuiju this month.",
        PUBLISHED,
    )
    assert of_type(found, "DEFECTION", "families")
    assert not of_type(found, "SMUGGLING", "families")


def test_trend_behind_an_order_is_no_incident() -> None:
    found = extract(
        "With defections and smuggling continuing unabated, the Central Committee has ordered border units to tighten "
        "controls.",
        PUBLISHED,
    )
    assert of_type(found, "DIRECTIVE", "Central Committee")
    assert not of_type(found, "DEFECTION", "Central Committee")
    assert not of_type(found, "SMUGGLING", "Central Committee")


def test_targets_of_a_campaign_are_no_incidents() -> None:
    found = extract(
        "The main targets are the smuggling of copper, illegally crossing the river into China and the use of "
        "Chinese phones.",
        PUBLISHED,
    )
    assert not of_type(found, "SMUGGLING", "targets")
    assert not of_type(found, "DEFECTION", "targets")


def test_people_only_considering_leaving_are_no_defection() -> None:
    found = extract(
        "News of the arrests spread quickly, a warning to others who may be considering defecting themselves.",
        PUBLISHED,
    )
    assert not of_type(found, "DEFECTION", "considering")


def test_crossings_that_say_who_was_shot_are_no_defection() -> None:
    found = extract(
        "Of the five smugglers detained, the two who had been making border crossings were shot in Hyesan.",
        PUBLISHED,
    )
    assert not of_type(found, "DEFECTION", "crossings")


def test_caught_at_an_offence_before_an_execution_is_no_arrest() -> None:
    found = extract("Residents who were caught selling Chinese phones were publicly executed in Hyesan.", PUBLISHED)
    assert of_type(found, "PUNISHMENT", "executed")
    assert not of_type(found, "ARREST", "caught")


def test_soldier_deployed_to_the_border_who_defected_is_no_deployment() -> None:
    found = extract(
        "A North Korean soldier deployed to the border as part of efforts to seal the border against COVID-19 "
        "recently defected across the border with China.",
        PUBLISHED,
    )
    assert of_type(found, "DEFECTION", "defected")
    assert not of_type(found, "CRACKDOWN", "deployed")
