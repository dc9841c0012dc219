"""Round 12 order rules, from wordings seen in real border and wire reports: crossings blocked, rewards offered and
measures imposed are orders; a closure told as the time of something else, a warning to one person, warnings
broadcast with warning shots and a standing offer of rewards are not.

Every sentence here is written for this suite, in the style of border and wire reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract


def events(text: str, published: str = "2021-05-14") -> list[Mention]:
    return extract(text, published)


def directives(text: str) -> list[Mention]:
    return [m for m in events(text) if m.type == "DIRECTIVE"]


def test_crossings_blocked_by_the_regime_are_an_order() -> None:
    assert directives("The Kim Jong Un regime has blocked off all border crossings with China since early March.")


def test_rewards_offered_by_an_agency_are_an_order() -> None:
    assert directives("The Ministry of State Security has offered rewards to border guards who catch people fleeing.")


def test_a_standing_offer_told_in_the_present_is_no_order() -> None:
    assert not directives("Border guards who catch people trying to flee are offered cash rewards, a source said.")


def test_measures_imposed_by_the_party_are_an_order() -> None:
    assert directives("The Central Committee imposed a series of harsher quarantine measures on border towns.")


def test_a_closure_told_as_the_time_of_an_arrest_is_no_order() -> None:
    text = "The smugglers were caught soon after the border was ordered closed, the source said."
    assert not directives(text)


def test_a_closure_ordered_by_the_leader_is_still_an_order() -> None:
    assert directives("Kim Jong Un ordered the border closed in January, a source said.")


def test_a_warning_to_one_person_is_no_order() -> None:
    text = "The woman was warned by local security officials to stop phoning her son, but she ignored them."
    assert not directives(text)


def test_a_warning_to_residents_is_still_an_order() -> None:
    text = "The state security department warned residents that anyone contacting defectors would be punished."
    assert directives(text)


def test_warnings_broadcast_with_warning_shots_are_no_order() -> None:
    text = "Our military issued warnings and fired warning shots, and the soldiers went back north, an official said."
    assert not directives(text)
