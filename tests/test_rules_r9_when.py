"""Round-9 rules for the date and place of each event (TAXONOMY.md "Dates", rule 3 and "Places"). Every
sentence here is written for this suite in the style of real reports."""

from __future__ import annotations

from sitreps.model import Document, Mention
from sitreps.pipeline import analyse
from tests.rule_helpers import extract, find


def events(text: str, published: str = "2015-08-20", outlet: str = "Daily NK") -> list[Mention]:
    return extract(text, published, outlet)


def test_a_crossing_told_as_done_is_not_dated_by_an_occasion_still_ahead() -> None:
    text = (
        "Three families from Onsong County have recently fled across the Tumen River, despite tight controls "
        "ahead of the Party anniversary in October, Daily NK has learned.\n"
        "Security agents are questioning their neighbours, a source in North Hamgyong Province said."
    )
    m = find(events(text), "DEFECTION", "fled across")
    assert m.date.value is None


def test_an_upcoming_anniversary_told_in_the_past_tense_lies_ahead() -> None:
    text = (
        "Kim had told the border units in early July to stay on alert because of the upcoming Party anniversary "
        "on Oct. 10, the source said.\n"
        "A group of six people crossed the river near Musan on Aug. 9, according to the source."
    )
    found = events(text, published="2015-08-18")
    m = find(found, "DEFECTION", "crossed the river")
    assert m.date.value == "2015-08-09"
    assert not m.is_back_reference
    dates = analyse(Document(text=text, published="2015-08-18", outlet="UPI")).dates
    assert [t.value for t in dates if t.text == "Oct. 10"] == ["2015-10-10"]


def test_the_lead_is_not_measured_against_a_day_after_publication() -> None:
    text = (
        "Two families from Musan County have recently escaped the country, despite orders to prevent incidents "
        "ahead of a Party anniversary in October, Daily NK has learned.\n"
        "\u201cAt the beginning of last month, eight people in two families crossed the Tumen River,\u201d a source "
        "in North Hamgyong Province said."
    )
    m = find(events(text), "DEFECTION", "crossed the Tumen")
    assert m.date.value == "2015-07"
    assert not m.is_back_reference


def test_teams_set_up_in_a_month_are_not_scheduled_for_next_year() -> None:
    text = (
        "Joint inspection teams were set up in Hoeryong in late February on orders from the Central Committee, "
        "a source in North Hamgyong Province said."
    )
    found = events(text, published="2017-03-09")
    assert any(m.date.value == "2017-02" for m in found if m.type in ("CRACKDOWN", "DIRECTIVE"))
    assert not any((m.date.value or "").startswith("2018") for m in found)
