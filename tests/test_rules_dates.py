"""Dates and back-references that come from the story, not only from the sentence: one test per rule.

Every sentence here is written for this suite, in the style of border reporting.
"""

from __future__ import annotations

from sitreps.model import Document, Mention
from sitreps.pipeline import process


def events(text: str, published: str = "2022-10-12") -> list[Mention]:
    return process(Document(text=text, published=published))


def find(mentions: list[Mention], type_: str, words: str) -> Mention:
    return next(m for m in mentions if m.type == type_ and words in m.evidence.text)


def test_the_same_trial_takes_the_trials_date() -> None:
    text = (
        "Two smugglers were publicly executed in Hoeryong on October 3, a source said.\n"
        "The trial was held at the city stadium in front of several thousand residents.\n"
        "At the same trial, four border guards were sentenced to ten years in a labor camp for taking bribes."
    )
    m = find(events(text), "PUNISHMENT", "At the same trial")
    assert m.date.value == "2022-10-03"


def test_since_the_incident_dates_what_followed_from_it() -> None:
    text = (
        "A man was shot by border guards while wading across the Tumen River in Musan on September 28, "
        "a source told the newspaper.\n"
        "Since the incident, state security agents have been going from house to house along the river looking for "
        "Chinese phones."
    )
    m = find(events(text), "CRACKDOWN", "Since the incident")
    assert m.date.value == "2022-09-28"


def test_after_the_incident_leaves_the_date_open() -> None:
    text = (
        "A man was shot by border guards while wading across the Tumen River in Musan on September 28, "
        "a source told the newspaper.\n"
        "After the incident, state security agents began going from house to house along the river looking for "
        "Chinese phones."
    )
    m = find(events(text), "CRACKDOWN", "After the incident")
    assert m.date.value is None


def test_a_vague_lead_takes_the_day_the_report_then_gives() -> None:
    text = (
        "A border guard shot dead a woman carrying goods across the Yalu River in Hyesan late last month, "
        "sources said.\n"
        "The guard opened fire at around 3 a.m. on September 23 as she climbed the embankment, a source said."
    )
    lead = events(text)[0]
    assert lead.type == "VIOLENCE"
    assert lead.date.value == "2022-09-23"


def test_a_since_lead_keeps_its_start() -> None:
    text = (
        "Police in Chongjin have been checking travel permits at the station since early this month, "
        "a source said.\n"
        "A soldier without papers was detained there on October 6, the source added."
    )
    lead = events(text)[0]
    assert lead.type == "CRACKDOWN"
    assert lead.date.value == "2022-10"


def test_what_set_the_story_off_is_a_back_reference() -> None:
    text = (
        "Military police in South Hamgyong Province have been stopping soldiers at railway stations since "
        "early this month, a source said.\n"
        "The provincial party committee ordered the checks late last month after two soldiers from a "
        "coastal unit in Hongwon County deserted together in August, according to the source."
    )
    found = events(text)
    desertion = find(found, "DESERTION", "deserted together")
    assert desertion.is_back_reference
    assert desertion.date.value == "2022-08"
    order = find(found, "DIRECTIVE", "ordered the checks")
    assert not order.is_back_reference  # it ordered the story's own checks


def test_an_order_is_not_dated_by_what_prompted_it() -> None:
    text = (
        "The county security department ordered every household to report visitors after a family of four "
        "crossed the river in mid-September, a source said."
    )
    order = find(events(text, "2022-10-20"), "DIRECTIVE", "ordered every household")
    assert order.date.value is None


def test_an_earlier_order_recalled_in_passing_is_a_back_reference() -> None:
    text = (
        "A soldier deserted his post in Kimhyongjik County on October 4 and has not been found, a source said.\n"
        "In late July, the Border Guard Command sent down an order telling guards to shoot anyone who "
        "approaches the river at night."
    )
    order = find(events(text), "DIRECTIVE", "In late July")
    assert order.is_back_reference


def test_the_case_told_from_its_start_is_not_a_back_reference() -> None:
    text = (
        "A smuggler was publicly executed in Manpo on September 29, a source said.\n"
        "State security agents had arrested him at his home in early August, the source added."
    )
    arrest = find(events(text), "ARREST", "arrested him")
    assert arrest.date.value == "2022-08"
    assert not arrest.is_back_reference


def test_an_event_in_that_case_shares_the_recalled_incidents_standing() -> None:
    text = (
        "About 200 troops were posted to border companies in Hyesan on October 1, a source said.\n"
        "The deployment was ordered after agents caught guards letting smugglers bring in flour in "
        "mid-September, according to the source.\n"
        "Three guards and a smuggler were arrested in that case."
    )
    found = events(text, "2022-10-10")
    arrest = find(found, "ARREST", "in that case")
    assert arrest.date.value == "2022-09"
    assert arrest.is_back_reference
