"""Round 11 leaving and hunting rules, from wordings seen in real border and wire reports: a hunt for anyone of a
kind is a sweep, a bare activity that someone assists is a charge or a kind, and an activity a measure roots out is
no incident; each with a counter-test that the incident itself is still found.

Every sentence here is written for this suite, in the style of border and wire reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract, of_type


def events(text: str, published: str = "2021-05-14") -> list[Mention]:
    return extract(text, published)


def test_a_hunt_for_anyone_involved_is_a_sweep() -> None:
    text = "Security agents in Hyesan have been told to track down anyone connected with the escape of the family."
    found = events(text)
    assert not of_type(found, "SEARCH", "track down")
    assert of_type(found, "CRACKDOWN", "track down")


def test_a_hunt_for_defectors_at_large_is_a_sweep() -> None:
    text = "The bureau was handed the task of tracking down defectors along the Tumen River."
    assert not of_type(events(text), "SEARCH", "tracking down")


def test_a_hunt_for_the_named_soldier_stays_a_search() -> None:
    text = "Police in Musan launched a search for him after the private fled his unit on Tuesday."
    assert of_type(events(text), "SEARCH", "search for him")


def test_assisted_defections_in_a_charge_are_no_incident() -> None:
    text = "The court sentenced nine residents on charges of theft, assisting defections and smuggling last week."
    found = events(text)
    assert not of_type(found, "DEFECTION", "assisting defections")
    assert of_type(found, "PUNISHMENT", "sentenced")


def test_crossings_that_bribe_takers_facilitate_are_a_kind() -> None:
    text = "The team will punish guards who take bribes to facilitate smuggling, river crossings and defections."
    found = events(text)
    assert not of_type(found, "DEFECTION", "facilitate")
    assert not of_type(found, "SMUGGLING", "facilitate")


def test_a_broker_who_helped_a_family_still_defects() -> None:
    text = "A broker in Hoeryong helped a family of four cross the Tumen River into China last month."
    assert of_type(events(text), "DEFECTION", "cross")


def test_crossings_an_order_roots_out_are_no_incident() -> None:
    text = "The general ordered the guards to root out bribery along the river, smuggling and illegal border crossings."
    found = events(text)
    assert not of_type(found, "DEFECTION", "crossings")
    assert not of_type(found, "SMUGGLING", "crossings")
