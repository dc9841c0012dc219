"""Round 6 date and back-reference rules, from wordings seen in real reports: one test per rule.

Every sentence here is written for this suite, in the style of border reporting.
"""

from __future__ import annotations

from datetime import date

from sitreps.extract.references import ReferenceFinder
from sitreps.extract.time import Anchor, find_times
from sitreps.model import Document, Mention
from sitreps.pipeline import process
from sitreps.profile import load_profile


def events(text: str, published: str) -> list[Mention]:
    return process(Document(text=text, published=published))


def find(mentions: list[Mention], type_: str, words: str) -> Mention:
    return next(m for m in mentions if m.type == type_ and words in m.evidence.text)


def times(text: str, published: date) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(text, Anchor(published))]


def test_the_evening_of_an_ordinal_day_is_that_day() -> None:
    found = times("Two guards were caught near the river on the evening of the 14th and sent home.", date(2019, 5, 20))
    assert ("the 14th", "2019-05-14") in found
    assert times("the night of the 3rd battalion's drill", date(2019, 5, 20)) == []


def test_a_day_after_the_evening_of_the_ordinal_counts_from_it() -> None:
    text = (
        "Two police agents who fled to Changbai in early May were captured by Chinese troops on the night of the 9th "
        "and handed back the following day, a source said."
    )
    m = find(events(text, "2019-05-20"), "ARREST", "captured")
    assert m.date.value == "2019-05-09"


def test_in_the_last_two_weeks_is_the_span_up_to_publication() -> None:
    assert times("Police may have detained a dozen defectors in the last two weeks.", date(2018, 6, 10)) == [
        ("the last two weeks", "2018-05")
    ]
    assert times("over the past month, agents searched houses", date(2018, 6, 20))[0][1] == "2018-05"
    # a span of a named month and a span told ahead are not counted back from publication
    assert times("in the last two weeks of March", date(2018, 6, 10))[0][1] != "2018-05"


def test_last_month_name_just_gone_is_a_year_back() -> None:
    # "last October" told in November: writers say "last month" for the month just gone
    assert times("Last October, a guard crossed the river.", date(2020, 11, 3)) == [("Last October", "2019-10")]
    assert times("Last August, a guard crossed the river.", date(2020, 11, 3)) == [("Last August", "2020-08")]


def test_sentence_initial_last_month_name_is_read_as_relative() -> None:
    assert times("Last June, two soldiers fled.", date(2021, 3, 2)) == [("Last June", "2020-06")]


def test_last_month_and_day_is_the_one_just_past() -> None:
    found = times("the guards who fled to China last Mar 6th were caught, a source said on the 9th", date(2015, 3, 12))
    assert found == [("last Mar 6th", "2015-03-06"), ("the 9th", "2015-03-09")]


def test_early_morning_hours_of_a_day_take_that_day() -> None:
    text = (
        "A family of five recently fled to China from Musan, a source told the newspaper.\n"
        "The family crossed the Tumen River in the early morning hours of Sept. 4, the source said."
    )
    m = find(events(text, "2021-09-17"), "DEFECTION", "")  # the lead, merged with the crossing told after it
    assert m.date.value == "2021-09-04"


def test_coordinated_custody_verbs_share_the_date() -> None:
    text = "The former official had retired in August and was arrested and detained on Oct. 5, the source said."
    m = find(events(text, "2020-10-20"), "ARREST", "arrested")
    assert m.date.value == "2020-10-05"


def test_a_schedule_told_in_the_past_perfect_is_not_ahead() -> None:
    text = "A source said on the 2nd that the execution of two border guards in Onsong had been set for late January."
    m = find(events(text, "2016-02-04"), "PUNISHMENT", "execution")
    assert m.date.value == "2016-01"


def test_outlet_with_a_parenthetical_cites_an_earlier_report() -> None:
    finder = ReferenceFinder(load_profile())
    cues = finder.cues("NK News (citing two sources) reported in May that a guard fled.", 0)
    assert [c.outlet for c in cues] == ["NK News"]


def test_a_hedged_earlier_crossing_of_the_story_s_own_man_is_recalled() -> None:
    text = (
        "A man crossed the border into North Korea on Sunday, the defence ministry in Seoul said on Monday.\n"
        "Officials believe he is the same man who defected to the South by climbing the fence in March 2020."
    )
    m = find(events(text, "2022-05-09"), "DEFECTION", "March 2020")
    assert m.is_back_reference
