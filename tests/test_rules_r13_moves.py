"""Round 13 rules on leavings, line crossings and shootings, from wordings seen in real border and wire reports:
a shooting an order or rule calls for, a shooting that is the execution told nearby, a shooting only wondered
about, a crossing into the North, the wish to defect of people already brought in, and sailors who refuse to go
home (a defection).

Every sentence here is written for this suite, in the style of border and wire reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract


def events(text: str, published: str = "2023-05-16") -> list[Mention]:
    return extract(text, published)


def of_type(mentions: list[Mention], kind: str, words: str = "") -> list[Mention]:
    return [m for m in mentions if m.type == kind and any(words in s.text for s in m.statements)]


def test_shooting_a_rule_calls_for_is_no_violence() -> None:
    text = (
        "Word has come down that if an escapee ignores warnings to stop crossing the river, they are to be shot "
        "on the spot, a source in North Hamgyong Province said."
    )
    assert not of_type(events(text), "VIOLENCE")


def test_shooting_soldiers_are_required_to_attempt_is_no_violence() -> None:
    text = (
        "Another part of the new order is that even if a person has already passed the middle of the Yalu "
        "River, soldiers are still required to try and kill them."
    )
    assert not of_type(events(text), "VIOLENCE", "kill them")


def test_shooting_told_among_an_execution_is_the_execution() -> None:
    text = (
        "\u201cFive people were arrested for smuggling along the Yalu River. Two of them, the ones who had gone to "
        "China and back, were shot to death.\u201d News of the executions spread quickly across the province."
    )
    found = events(text)
    assert not of_type(found, "VIOLENCE")
    assert of_type(found, "PUNISHMENT", "executions")


def test_shooting_at_the_river_is_still_violence() -> None:
    text = "A woman was shot dead by border guards while crossing the Tumen River near Musan on May 3."
    assert of_type(events(text), "VIOLENCE", "shot dead")


def test_shooting_only_wondered_about_is_no_violence() -> None:
    text = (
        "The source was unsure whether the border patrols would really fire on those crossing the river, but "
        "residents have grown fearful."
    )
    assert not of_type(events(text), "VIOLENCE")


def test_crossing_into_the_north_is_no_defection() -> None:
    text = (
        "The man set off a search by the South Korean military on Sunday when cameras spotted him crossing the "
        "eastern part of the border into the North."
    )
    assert not of_type(events(text), "DEFECTION")


def test_defector_from_the_south_crossing_is_no_defection() -> None:
    text = (
        "North Korea handed back a defector from South Korea on Thursday, a man who reportedly crossed the "
        "border to escape his debts."
    )
    assert not of_type(events(text), "DEFECTION", "crossed the border")


def test_willingness_of_people_already_told_is_no_second_defection() -> None:
    text = (
        "Two North Koreans crossed the western sea border on a small wooden boat on Saturday. "
        "The pair told the South Korean military that they were willing to defect to the South."
    )
    found = events(text)
    assert of_type(found, "DEFECTION", "crossed the western sea border")
    assert not of_type(found, "DEFECTION", "willing to defect")


def test_crew_who_refuse_to_go_home_defect() -> None:
    text = "Early last month, two of the four crew members rescued at sea refused to return home, officials said."
    assert of_type(events(text), "DEFECTION", "refused to return home")
