"""Round 15 wordings of a defection or desertion act (a dash across the line, coming over to the South, staying in
the South while the rest of a crew goes home, going missing from a unit, failing to return to it, walking off a
work site) and wordings that tell none (the running total of all who ever left, a wish to stay voiced by someone
whose crossing is already told).

Every sentence here is written for this suite, in the style of border and wire reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract, of_type


def events(text: str, published: str = "2024-05-15") -> list[Mention]:
    return extract(text, published)


def test_dash_across_the_border_is_a_defection() -> None:
    text = "A young soldier dashed across the border on Monday under fire from his own unit, officials said."
    assert of_type(events(text), "DEFECTION", "dashed across")


def test_dash_as_a_noun_is_a_defection() -> None:
    text = "Another soldier was badly wounded during a dash across the border on March 4, the military said."
    assert of_type(events(text), "DEFECTION", "dash across")


def test_run_across_the_demarcation_line() -> None:
    text = "A North Korean private ran across the Military Demarcation Line on Sunday morning, the JCS said."
    assert of_type(events(text), "DEFECTION", "ran across")


def test_came_over_to_the_south() -> None:
    text = "A North Korean soldier came over to the South early on Friday, the military said."
    assert of_type(events(text), "DEFECTION", "came over")


def test_jumped_the_border() -> None:
    text = "A farmer from Musan jumped the border last week after selling his house, a source said."
    assert of_type(events(text), "DEFECTION", "jumped the border")


def test_those_who_stayed_in_the_south_defected() -> None:
    text = "Three of the crew were sent home on Tuesday, while the other two remained in the South, the ministry said."
    assert of_type(events(text), "DEFECTION", "remained in the South")


def test_chose_to_stay_in_south_korea() -> None:
    text = "Of the six fishermen found adrift in May, four chose to stay in South Korea, the ministry said."
    assert of_type(events(text), "DEFECTION", "stay in South Korea")


def test_wish_to_stay_after_a_crossing_is_no_second_defection() -> None:
    text = "He landed on the island in a small boat on Monday and told a Marine that he wanted to stay in the South."
    assert not of_type(events(text), "DEFECTION", "wanted to stay")


def test_went_missing_from_his_unit_is_a_desertion() -> None:
    text = "A private went missing from his unit in Kangwon Province last week, a source told Daily NK."
    found = events(text)
    assert of_type(found, "DESERTION", "went missing")
    assert not of_type(found, "OTHER", "went missing")


def test_failed_to_return_to_his_unit_is_a_desertion() -> None:
    text = "A corporal failed to return to his unit after home leave in April, a source in the province said."
    assert of_type(events(text), "DESERTION", "failed to return")


def test_walked_away_from_a_work_site_is_a_desertion() -> None:
    text = "The three privates walked away from a road construction site in Unsan County on the night of May 2."
    assert of_type(events(text), "DESERTION", "walked away")


def test_running_total_since_the_war_is_no_incident() -> None:
    text = (
        "More than 30,000 North Korean civilians have fled their homeland, but it is rare for them to cross the land"
        " border."
    )
    assert not [m for m in events(text) if m.type == "DEFECTION" and m.modality != "generic"]


def test_total_that_hardship_led_to_flee_is_no_incident() -> None:
    text = "Years of poverty have led more than 30,000 people to flee to the South in the decades since the war."
    assert not [m for m in events(text) if m.type == "DEFECTION" and m.modality != "generic"]


def test_annual_count_stays() -> None:
    text = "About 2,900 people fled to China in 2009, according to the ministry's figures."
    assert of_type(events(text), "DEFECTION", "fled to China")
