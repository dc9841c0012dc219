"""Fields of matched events (round 13): dates, provinces and the back-reference flag.

Every sentence here is written for this suite; each asserts what a careful coder would code.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract


def events(text: str, published: str = "2021-05-10") -> list[Mention]:
    return extract(text, published)


def test_a_measure_of_the_state_itself_takes_no_province() -> None:
    text = (
        "A woman was arrested in Hyesan last week for selling Chinese phones, a source in Ryanggang Province said. "
        "Pyongyang has stepped up inspections of households in areas near the border, the source added."
    )
    crackdowns = [m for m in events(text) if m.type == "CRACKDOWN"]
    assert crackdowns
    for m in crackdowns:
        assert m.location is not None and m.location.country == "KP" and m.location.admin1 is None


def test_a_local_body_keeps_the_report_province() -> None:
    text = (
        "A woman was arrested in Hyesan last week for selling Chinese phones, a source in Ryanggang Province said. "
        "The provincial security bureau has stepped up inspections of households near the border, the source added."
    )
    crackdowns = [m for m in events(text) if m.type == "CRACKDOWN"]
    assert crackdowns and all(m.location is not None and m.location.admin1 == "Ryanggang" for m in crackdowns)


def test_what_an_order_calls_for_is_not_dated_by_the_order() -> None:
    text = "Kim Jong Un ordered the Ministry of State Security on May 3 to launch an inspection of all border units."
    found = events(text)
    order = next(m for m in found if m.type == "DIRECTIVE")
    assert order.date.value == "2021-05-03"
    planned = [m for m in found if m.modality == "planned"]
    assert planned and all(m.date.value is None for m in planned)


def test_a_past_perfect_marked_previously_is_an_earlier_incident() -> None:
    text = (
        "Two smugglers were arrested in Hoeryong on May 2, a source in North Hamgyong Province said. "
        "The two had previously been arrested for carrying copper across the Tumen River."
    )
    arrests = [m for m in events(text) if m.type == "ARREST"]
    assert [m.is_back_reference for m in arrests] == [False, True]


def test_a_day_after_showed_dates_the_report_not_the_measure() -> None:
    text = (
        "North Korea has tightened its control of the border with China, "
        "a study by a Seoul research institute showed Tuesday."
    )
    (event,) = [m for m in events(text, "2021-05-12") if m.type == "CRACKDOWN"]
    assert event.date.value is None


def test_the_leaders_past_perfect_order_is_background_even_as_the_first_date() -> None:
    text = (
        "North Korea has tightened security in Onsong County after a border guard deserted, "
        "a source in North Hamgyong Province said. "
        "Kim Jong Un had ordered border units in early April to prevent any incident ahead of the anniversary. "
        "The guard left his post on April 20 and has not been found."
    )
    orders = [m for m in events(text) if m.type == "DIRECTIVE"]
    assert orders and all(m.is_back_reference for m in orders)


def test_a_while_clause_before_a_closing_reporting_verb_dates_the_arrest() -> None:
    text = (
        "A family of three was arrested off the coast of Kimchaek in North Hamgyong Province while attempting "
        "to flee the country in a small boat on April 27, Daily NK has learned."
    )
    arrests = [m for m in events(text) if m.type == "ARREST"]
    assert arrests and arrests[0].date.value == "2021-04-27"


def test_the_purpose_of_a_handed_down_order_is_not_dated_by_it() -> None:
    text = (
        "“The Central Committee handed down an order to the provincial security bureau on May 2 to carry out "
        "the public execution of everyone involved in the smuggling,” the source said."
    )
    found = events(text)
    assert any(m.type == "DIRECTIVE" and m.date.value == "2021-05-02" for m in found)
    executions = [m for m in found if m.type == "PUNISHMENT"]
    assert executions and all(m.date.value is None for m in executions)
