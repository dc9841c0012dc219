"""The lead's measure when the opening tells no date: the first dated incident, unless it lies years before the
report (`story.STALE_LEAD_DAYS`); then the publication date measures what is recalled.

Every sentence here is written for this suite, in the style of wire reporting.
"""

from __future__ import annotations

from tests.rule_helpers import extract, of_type

TEXT = (
    "SEOUL, July 2 (UPI) -- Fear of purges is driving North Korean trade officials posted in China to defect, "
    "and Pyongyang has ordered many of them home, sources said. "
    "The rise in defections is most marked among mid-ranking officials at overseas posts, a source said. "
    "South Korea's spy agency said North Korea executed four trade officials in 2012, and the number has risen "
    "every year since. "
    "Last week, two officials from a trading company in Dandong were arrested by Chinese police, a source said.\n"
)


def test_an_incident_years_before_an_undated_opening_is_recalled() -> None:
    found = extract(TEXT, "2015-07-02")
    executed = of_type(found, "PUNISHMENT", "executed")
    assert executed
    assert all(m.is_back_reference for m in executed)
    arrested = of_type(found, "ARREST", "arrested")
    assert arrested
    assert not any(m.is_back_reference for m in arrested)


def test_the_same_incident_in_a_report_of_its_own_year_is_the_story() -> None:
    executed = of_type(extract(TEXT.replace("in 2012", "in May"), "2012-07-02"), "PUNISHMENT", "executed")
    assert executed
    assert not any(m.is_back_reference for m in executed)
