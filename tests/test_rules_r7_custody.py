"""Round 7 custody, search and sea-return rules, from wordings seen in real reports: one test per rule.

Every sentence here is written for this suite, in the style of wire and border reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract


def events(text: str, published: str = "2018-08-20") -> list[Mention]:
    return extract(text, published)


def types_of(mentions: list[Mention], words: str) -> set[str]:
    return {m.type for m in mentions if any(words in s.text for s in m.statements)}


def test_seoul_returning_fishermen_who_want_to_go_home_is_no_arrest() -> None:
    text = (
        "South Korea on Tuesday repatriated four North Korean fishermen whose boat drifted into its waters last week, "
        "the unification ministry said. All four had expressed their wish to go back home."
    )
    found = events(text)
    assert "OTHER" in types_of(found, "repatriated four")
    assert "ARREST" not in types_of(found, "repatriated four")


def test_a_planned_return_by_seoul_is_planned_other() -> None:
    text = (
        "Seoul plans to send the two North Korean crew members back home on Friday, after they said they wanted to "
        "return home, a ministry official said."
    )
    found = [m for m in events(text) if "send" in m.evidence.trigger.lower()]
    assert found and all(m.type == "OTHER" and m.modality == "planned" for m in found)


def test_china_sending_people_back_stays_arrest() -> None:
    text = (
        "Chinese police sent back nine North Koreans who had been caught in Yanji, a source said. The nine had "
        "hoped to go home one day, but not this way."
    )
    assert "ARREST" in types_of(events(text), "sent back")


def test_rescue_while_drifting_is_no_custody() -> None:
    text = "A North Korean fisherman was rescued while drifting in a broken boat off the east coast last week."
    found = events(text)
    assert "ARREST" not in types_of(found, "rescued")


def test_rescue_by_marines_of_a_man_who_crossed_is_custody() -> None:
    text = (
        "A North Korean man crossed the western sea border on a raft and was rescued by South Korean marines off "
        "Baengnyeong Island on Monday, the JCS said."
    )
    assert "ARREST" in types_of(events(text), "rescued by")


def test_boats_rescued_are_no_arrest() -> None:
    text = "South Korea has rescued North Korean boats going astray three times this year, the ministry said."
    assert "ARREST" not in types_of(events(text), "rescued")


def test_people_found_drifting_by_coast_guard_are_taken_in() -> None:
    text = "The coast guard found three North Korean men drifting in a small boat near Ulleung Island on Sunday."
    assert "ARREST" in types_of(events(text), "found three")


def test_trying_to_catch_a_named_family_is_a_search() -> None:
    text = "Since then, state security agents have been busy trying to catch the family, a source in Hyesan said."
    found = events(text)
    assert "SEARCH" in types_of(found, "trying to catch")
    assert "ARREST" not in types_of(found, "trying to catch")


def test_moving_to_arrest_is_no_arrest_of_its_own() -> None:
    text = "Security agents watched the two smugglers for a week before moving to arrest them at the river."
    assert "ARREST" not in types_of(events(text), "moving to arrest")


def test_a_photo_taken_in_a_month_is_no_arrest() -> None:
    text = "A guard post in Sakju County is seen in this photo, which was taken in March 2020."
    assert "ARREST" not in types_of(events(text), "taken in March")


def test_taken_in_for_questioning_is_still_arrest() -> None:
    text = "His brother was taken in for questioning by the city security department on May 6."
    assert "ARREST" in types_of(events(text), "taken in for")


def test_the_law_catching_up_is_a_figure_of_speech() -> None:
    text = "He knew it was only a matter of time before the law caught up with him in Sinuiju."
    assert "ARREST" not in types_of(events(text), "caught up")


def test_going_in_search_of_fish_is_no_search() -> None:
    text = "Many fishermen were sent far out to sea in search of crabs in the East Sea this summer."
    assert "SEARCH" not in types_of(events(text), "in search of")


def test_arrest_teams_with_orders_to_catch_defectors_are_a_sweep() -> None:
    text = (
        "Provincial arrest teams were organized in Jilin with orders to track down and arrest North Korean defectors."
    )
    teams = [m for m in events(text) if m.evidence.trigger == "arrest teams"]
    assert [m.type for m in teams] == ["CRACKDOWN"]


def test_soldiers_securing_a_man_is_custody() -> None:
    text = '"Our troops secured the man near the guard post at around 7 a.m.," a JCS officer said on Tuesday.'
    assert "ARREST" in types_of(events(text), "secured the man")


def test_sent_back_apart_from_its_particle() -> None:
    text = "Seoul sent the three fishermen from Kimchaek back home on Monday after they asked to go home."
    assert "OTHER" in types_of(events(text), "back home")


def test_an_investigation_into_their_whereabouts_is_a_search() -> None:
    text = "The escape of the two soldiers has prompted a wide investigation into their whereabouts, a source said."
    found = [m for m in events(text) if m.evidence.trigger == "investigation"]
    assert [m.type for m in found] == ["SEARCH"]
