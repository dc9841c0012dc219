"""Round 10 arrest, crackdown, punishment and directive rules, from wordings seen in real border and wire reports:
one test per rule, most with a counter-test that the incident itself is still found.

Every sentence here is written for this suite, in the style of border and wire reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract


def events(text: str, published: str = "2017-05-10") -> list[Mention]:
    return extract(text, published)


def found(mentions: list[Mention], kind: str, words: str) -> list[Mention]:
    return [m for m in mentions if m.type == kind and any(words in s.text for s in m.statements)]


def test_an_arrest_officials_are_eager_to_make_is_no_arrest() -> None:
    text = "A source in Hoeryong said the local police officers are keen to arrest traders before the holiday."
    assert not found(events(text), "ARREST", "keen to arrest")


def test_officials_who_arrested_traders_still_made_an_arrest() -> None:
    text = "A source in Hoeryong said the local police officers arrested three traders before the holiday."
    assert found(events(text), "ARREST", "arrested three traders")


def test_a_demotion_feared_is_no_punishment() -> None:
    text = "Police officers in Musan are working through the night, fearing dismissal or demotion, a source said."
    assert not found(events(text), "PUNISHMENT", "demotion")


def test_a_punishment_in_what_officials_promised_residents_is_no_incident() -> None:
    text = (
        "After the escape, neighbourhood unit chiefs tried to assure residents that the family would be caught "
        "and severely punished."
    )
    mentions = events(text)
    assert not found(mentions, "ARREST", "caught")
    assert not found(mentions, "PUNISHMENT", "punished")


def test_execution_feared_for_people_held_in_china_is_no_incident() -> None:
    text = (
        "Police in Shenyang have detained six North Korean women, raising fears that they could face torture and "
        "even execution if sent home."
    )
    mentions = events(text)
    assert not found(mentions, "PUNISHMENT", "execution")
    assert found(mentions, "ARREST", "detained six")


def test_inspections_under_way_are_one_measure_not_a_habit() -> None:
    text = "Inspections of the coastal guard posts by the Military Security Command are underway, a source said."
    crackdowns = found(events(text), "CRACKDOWN", "Inspections")
    assert crackdowns and crackdowns[0].modality == "asserted"


def test_what_agents_do_in_the_present_is_a_habit() -> None:
    text = (
        "Posing as brokers, the agents hide who they are until the last minute, when they arrest and forcibly "
        "repatriate the defectors."
    )
    arrests = found(events(text), "ARREST", "they arrest")
    assert arrests and all(m.modality == "generic" for m in arrests)


def test_an_execution_named_by_its_month_is_the_one_told_before() -> None:
    text = (
        "On September 25, a man was executed by firing squad in Hyesan, a resident said. It was the second public "
        "execution in the city this year, following the execution of nine people on August 30. The resident said "
        "that he had been badly shaken after seeing the August execution, so he stayed home on the day."
    )
    assert len(found(events(text, "2017-10-02"), "PUNISHMENT", "execution")) == 2


def test_an_order_to_come_and_watch_a_trial_is_no_directive() -> None:
    text = "The city authorities handed down an order for workers to gather at the stadium for the public trial."
    assert not found(events(text), "DIRECTIVE", "order")


def test_an_order_to_search_houses_is_still_a_directive() -> None:
    text = "The city authorities handed down an order for police to search every house in the district."
    assert found(events(text), "DIRECTIVE", "order")


def test_operations_to_arrest_a_kind_of_people_are_a_crackdown() -> None:
    text = (
        "The security ministry is carrying out special operations to arrest residents who call relatives in "
        "South Korea, sources said."
    )
    mentions = events(text)
    assert found(mentions, "CRACKDOWN", "operations")
    assert not found(mentions, "ARREST", "operations")


def test_border_security_enhanced_is_a_crackdown() -> None:
    text = "North Korea has enhanced security along the Tumen River since the spring, a source in Onsong said."
    assert found(events(text), "CRACKDOWN", "enhanced")


def test_a_listening_post_set_up_is_a_crackdown() -> None:
    text = "State security agents have set up a listening post in a Sinuiju school to catch callers, a source said."
    assert found(events(text), "CRACKDOWN", "listening post")
