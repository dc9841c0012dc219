"""Round 7: background, aims, fears and kinds of people that are no incident; smuggling runs told in full.

Every sentence here is written for this suite in the style of real reports; each asserts what a careful coder
would code.
"""

from __future__ import annotations

from sitreps.model import Document, Mention
from sitreps.pipeline import process


def events(text: str, published: str = "2021-04-20") -> list[Mention]:
    return process(Document(text=text, published=published, outlet="Daily NK"))


def incidents(text: str, kind: str) -> list[Mention]:
    return [m for m in events(text) if m.type == kind and m.modality != "generic"]


def test_smuggling_run_with_goods_and_route_is_kept_beside_the_arrest() -> None:
    text = "A trader trying to carry 30 kg of copper across the Tumen River near Musan was arrested last week."
    found = {m.type for m in events(text)}
    assert {"ARREST", "SMUGGLING"} <= found


def test_smuggling_charge_with_place_and_date_is_an_incident() -> None:
    text = "Three customs officers were caught for smuggling at the Namyang bridge in Onsong on Feb. 9."
    assert incidents(text, "SMUGGLING")


def test_bare_smuggling_charge_stays_a_charge() -> None:
    text = "Three customs officers were arrested for smuggling last week."
    assert not incidents(text, "SMUGGLING")


def test_classed_as_defection_is_no_defection() -> None:
    text = "Any absence from work is now being treated as attempted defection, a source said."
    assert not incidents(text, "DEFECTION")


def test_prevented_crossing_with_its_own_subject() -> None:
    text = "The unit was set up last year to prevent the growing number of residents fleeing across the river."
    assert not incidents(text, "DEFECTION")


def test_goal_of_an_operation_is_no_crackdown() -> None:
    text = "The operation was launched with the goal of tracking down brokers operating in Yanji."
    assert all(m.evidence.trigger.lower() != "tracking down" for m in incidents(text, "CRACKDOWN"))


def test_crossing_into_a_far_third_country_is_a_later_leg() -> None:
    text = "The five were caught in Inner Mongolia while trying to cross into Mongolia in January."
    assert not incidents(text, "DEFECTION")


def test_defectors_after_crossing_in_the_present_is_general() -> None:
    text = "Escapees face constant danger from informants in China after crossing the river."
    assert not incidents(text, "DEFECTION")


def test_what_punishments_include_is_general() -> None:
    text = "Penalties include up to ten years in a labor camp for those caught with foreign videos."
    assert not incidents(text, "PUNISHMENT")


def test_avoided_punishment_did_not_happen() -> None:
    text = "Because of his connections, the official is expected to avoid heavy punishment."
    assert not incidents(text, "PUNISHMENT")


def test_rising_number_of_deserters_is_a_trend() -> None:
    text = "One reason for the growing number of soldiers leaving their units is the lack of food."
    assert not incidents(text, "DESERTION")


def test_many_incidents_in_brackets_are_a_count() -> None:
    text = "There have been many incidents (robberies and assaults) near the station, so patrols were stepped up."
    assert not incidents(text, "VIOLENCE")


def test_war_dead_are_no_violence() -> None:
    text = "The two sides agreed to recover the remains of soldiers killed during the Korean War."
    assert not incidents(text, "VIOLENCE")


def test_sanctions_slapped_on_a_country_are_no_violence() -> None:
    text = "Sanctions slapped on Pyongyang by the Security Council remain in force, the ministry said."
    assert not incidents(text, "VIOLENCE")


def test_photo_caption_is_no_incident() -> None:
    text = "A guard post on the Yalu River near Sinuiju can be seen in this photo taken in May 2019."
    assert not incidents(text, "CRACKDOWN")


def test_relatives_who_left_describe_a_family() -> None:
    text = "Households with relatives known to have fled to South Korea are under close watch, the source said."
    assert not incidents(text, "DEFECTION")


def test_activities_kept_going_are_general() -> None:
    text = "Even so, the city kept up both smuggling and defection networks, sources said."
    assert not incidents(text, "SMUGGLING")


def test_unknown_whether_anyone_was_hurt() -> None:
    text = "It was unclear if any soldiers were hurt in the scuffle, the source added."
    assert not incidents(text, "VIOLENCE")


def test_removed_things_are_no_dismissal() -> None:
    text = "Engineers finished removing 12 guard posts and several landmines from the area on Tuesday."
    assert not incidents(text, "PUNISHMENT")


def test_soldiers_stationed_describes_them() -> None:
    text = "The four soldiers were stationed at a post near Hyesan before they fled, the source said."
    assert not incidents(text, "CRACKDOWN")


def test_punishment_sought_as_a_purpose() -> None:
    text = "The private deserted on the eve of the holiday in order to get his platoon leader punished."
    assert not incidents(text, "PUNISHMENT")


def test_trade_that_came_to_a_halt_is_the_trade_at_large() -> None:
    text = "Smuggling across the Tumen came to a standstill when the pandemic began, the source said."
    assert not incidents(text, "SMUGGLING")


def test_many_involved_in_smuggling_is_general() -> None:
    text = "Border officials are increasingly involved in smuggling, according to the source."
    assert not incidents(text, "SMUGGLING")


def test_one_man_involved_in_smuggling_stays_an_incident() -> None:
    text = "He had been involved in car smuggling near Sinuiju since last spring, the source said."
    assert incidents(text, "SMUGGLING")


def test_smuggling_related_names_a_kind_of_arrest() -> None:
    text = "It was the first smuggling-related arrest reported in the county this year."
    assert not incidents(text, "SMUGGLING")
