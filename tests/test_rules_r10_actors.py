"""Round 10 people rules, from wordings seen in real border and wire reports: an issuer told as hearsay
("is said to have ordered") and an issuer told as a pronoun ("so they ordered") still give the order its issuer,
with counter-tests that a pronoun standing for people without authority gives no order.

Every sentence here is written for this suite, in the style of border and wire reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract, of_type


def events(text: str, published: str = "2021-05-14") -> list[Mention]:
    return extract(text, published)


def test_an_order_told_as_hearsay_keeps_its_issuer() -> None:
    text = "The regiment commander is said to have ordered his men to seal off the riverbank near Musan."
    found = of_type(events(text), "DIRECTIVE", "said to have ordered")
    assert found and any("commander" in a.text for a in found[0].actors)


def test_a_flight_told_as_belief_keeps_who_fled() -> None:
    text = "The sergeant is believed to have fled across the Tumen River with his rifle, a source said."
    found = of_type(events(text), "DEFECTION", "believed to have fled")
    assert found and any("sergeant" in a.text for a in found[0].actors)


def test_they_who_order_are_the_inspectors_told_before() -> None:
    text = (
        "An inspection team from the Central Committee arrived in Hoeryong last month. "
        "After checking the guard posts, they ordered the replacement of two squad leaders."
    )
    assert of_type(events(text), "DIRECTIVE", "they ordered")


def test_he_who_orders_is_the_leader_told_before() -> None:
    text = (
        "Kim Jong Un was angered by the escape, a source said, adding that he had ordered the border units "
        "to double their night patrols."
    )
    assert of_type(events(text), "DIRECTIVE", "he had ordered")


def test_they_who_are_traders_give_no_order() -> None:
    text = "The traders waited near the bridge in Sinuiju. Later they ordered the porters to carry the sacks across."
    assert not of_type(events(text), "DIRECTIVE", "they ordered")


def test_they_never_stands_for_one_named_person() -> None:
    text = (
        "Park said the relatives of the detained women live in Seoul, and that they had urged the government to "
        "intervene on their behalf."
    )
    assert not of_type(events(text), "DIRECTIVE", "urged")
