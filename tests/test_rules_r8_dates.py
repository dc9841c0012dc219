"""Round-8 rules for event dates and back-references (TAXONOMY.md rules 3 and 11). Every sentence here is
written for this suite in the style of real reports."""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract, find


def events(text: str, published: str = "2023-09-08", outlet: str = "Daily NK") -> list[Mention]:
    return extract(text, published, outlet)


def test_a_participle_is_not_dated_by_the_main_clause() -> None:
    text = (
        "Two guards who fled to China on September 1 were caught by Chinese police on September 4.\n"
        "The two were handed back at Hyesan two days ago, the source said, adding that security agents "
        "dispatched to hunt them down had come back with them."
    )
    m = find(events(text), "SEARCH", "dispatched")
    assert m.date.value is None


def test_another_outlets_report_of_last_week_further_down_is_a_recall() -> None:
    text = (
        "Chinese police arrested nine North Korean defectors at a bus terminal in Yanji on September 2, a source "
        "told Daily NK.\n"
        "The nine are being held at a detention centre in Tumen, the source said.\n"
        "Their families have been told nothing about them.\n"
        "Radio Free Asia reported on September 4 that at least 25 defectors were detained in Shenyang over June "
        "and July."
    )
    m = find(events(text), "ARREST", "Shenyang")
    assert m.is_back_reference


def test_a_total_for_months_well_before_the_lead_is_recalled() -> None:
    text = (
        "Chinese police arrested six North Korean defectors in Dandong on August 30, a source told Daily NK.\n"
        "The six are expected to be sent back next week.\n"
        "In March and April, about 40 North Korean defectors were arrested in several Chinese cities, the source "
        "added."
    )
    m = find(events(text), "ARREST", "March and April")
    assert m.is_back_reference


def test_a_clock_time_after_a_recalled_day_belongs_to_the_story() -> None:
    text = (
        "A North Korean soldier defected across the Military Demarcation Line on Thursday, officials said.\n"
        "The defection came three weeks after another soldier was wounded by gunfire while running across the "
        "border on Aug. 17.\n"
        "In the latest case, a young soldier crossed the line at around 7:15 a.m., a military spokesman said."
    )
    found = events(text, published="2023-09-07")
    m = find(found, "DEFECTION", "7:15")
    assert m.date.value == "2023-09-07"
    assert not m.is_back_reference


def test_had_also_under_this_weeks_telling_is_no_recall() -> None:
    text = (
        "A North Korean soldier crossed the border into the South on Thursday, the Joint Chiefs of Staff said.\n"
        "Three North Korean fishermen found on a drifting boat had also sought to defect, officials said on "
        "Thursday."
    )
    m = find(events(text, published="2023-09-07"), "DEFECTION", "fishermen")
    assert not m.is_back_reference


def test_the_rest_of_a_recalled_group_goes_on_with_the_recall() -> None:
    text = (
        "One more North Korean fisherman was rescued in South Korean waters on September 3, a government official "
        "said.\n"
        "Another group of four North Korean fishermen were also rescued in the East Sea in July.\n"
        "Two of them were sent back to the North, but the other two were allowed to stay."
    )
    m = next(m for m in events(text) if "sent back" in m.evidence.text)
    assert m.is_back_reference
    assert m.date.value == "2023-07"


def test_last_months_repatriation_of_new_people_is_a_separate_incident() -> None:
    text = (
        "SEOUL:\n"
        "South Korea sent back two North Korean fishermen at Panmunjom on Wednesday, officials said.\n"
        "The two had been found adrift off the east coast on Sunday.\n"
        "Last month, South Korea sent back five North Korean fishermen whose boat had drifted south."
    )
    m = find(events(text, published="2023-09-06"), "OTHER", "Last month")
    assert m.is_back_reference


def test_the_day_a_source_informed_the_outlet_does_not_date_the_lead() -> None:
    text = (
        "North Korea has stepped up inspections along the border with China.\n"
        "The inspections have been tightened since the new year, a source in Ryanggang Province informed Daily NK "
        "on September 5."
    )
    m = find(events(text), "CRACKDOWN", "stepped up")
    assert m.date.value != "2023-09-05"
