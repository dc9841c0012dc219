"""Round 12 defection rules, from wordings seen in real wire and border reports: North Koreans at sea whom South
Korea sends home crossed the line, they did not defect (rule 10); their way home told ahead is no crossing; relatives
"who have fled abroad" and defectors surveyed by when they arrived describe people, no flight of the report.

Every sentence here is written for this suite, in the style of wire and border reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract, of_type


def events(text: str, published: str = "2021-05-14") -> list[Mention]:
    return extract(text, published)


def test_sea_crossers_sent_home_crossed_the_line() -> None:
    text = (
        "Two North Koreans who crossed into South Korean waters in the West Sea on Friday were repatriated "
        "to the North on Sunday, the Unification Ministry said."
    )
    found = events(text)
    assert not of_type(found, "DEFECTION", "crossed into")
    assert of_type(found, "OTHER", "crossed into")


def test_drift_across_sea_border_in_return_story_is_a_crossing() -> None:
    text = (
        "Seoul sent a North Korean fisherman back to the North on Tuesday, officials said. "
        "He drifted across the Northern Limit Line in a small boat earlier this month."
    )
    found = events(text)
    assert not of_type(found, "DEFECTION", "drifted")


def test_sea_crossing_with_defection_stays_defection() -> None:
    text = "Two North Koreans crossed the maritime border in a wooden boat on Friday and said they wanted to defect."
    assert [m for m in events(text) if m.type == "DEFECTION"]


def test_way_home_told_ahead_is_no_crossing() -> None:
    text = (
        "South Korea will send back five North Korean fishermen found adrift last week, the ministry said. "
        "The fishermen are set to board their boat and cross the Northern Limit Line in the afternoon."
    )
    found = events(text)
    assert not of_type(found, "DEFECTION", "cross the Northern Limit Line")
    assert not of_type(found, "OTHER", "cross the Northern Limit Line")


def test_boat_seen_crossing_the_line_is_a_crossing() -> None:
    text = "A North Korean wooden boat was spotted crossing the Northern Limit Line at around 10 p.m. on Friday."
    assert not [m for m in events(text) if m.type == "DEFECTION"]


def test_relatives_who_have_fled_are_no_defection() -> None:
    text = (
        "Residents in Hyesan face labor camps if they are found using Chinese phones to call their family "
        "members who have fled abroad, a source said."
    )
    assert not [m for m in events(text) if m.type == "DEFECTION" and m.modality != "generic"]


def test_defectors_surveyed_by_arrival_are_no_defection() -> None:
    text = (
        "The study is based on interviews with 210 North Korean defectors who arrived in South Korea "
        "between 2016 and 2018, the institute said."
    )
    assert not [m for m in events(text) if m.type == "DEFECTION"]
