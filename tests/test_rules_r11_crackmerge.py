"""Round 11 crackdown rules, from wordings seen in real border and wire reports: crackdowns told in separate
sentences by different bodies are measures of their own (rule 4), while a crackdown told again by a body named
alike, or pointed back at, stays one; the questioning of a group already held, or South Korea's screening of an
arrival, is no crackdown.

Every sentence here is written for this suite, in the style of border and wire reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract, of_type


def events(text: str, published: str = "2021-05-14") -> list[Mention]:
    return extract(text, published)


def crackdowns(text: str) -> list[Mention]:
    return [m for m in events(text) if m.type == "CRACKDOWN" and m.modality != "generic"]


def test_measures_of_two_bodies_are_two_crackdowns() -> None:
    text = (
        "The Ministry of Social Security has stepped up house searches in Musan County, a source said. "
        "The border guard command also increased night patrols along the Tumen River, the source added."
    )
    found = crackdowns(text)
    assert len(found) == 2


def test_a_measure_told_again_by_the_same_body_is_one() -> None:
    text = (
        "The Ministry of State Security has stepped up surveillance of families of defectors in Hyesan. "
        "State security agents have also intensified surveillance of people who receive money from China."
    )
    found = crackdowns(text)
    assert len(found) == 1


def test_a_crackdown_pointed_back_at_stays_one() -> None:
    text = (
        "Military police have launched a sweep for deserters at Chongjin Station, a source said. "
        "The sweep was ordered by the General Political Bureau after three soldiers went missing in early May."
    )
    found = crackdowns(text)
    assert len(found) == 1


def test_questioning_of_the_men_held_is_no_crackdown() -> None:
    text = (
        "Five North Korean fishermen were rescued near the eastern sea border on Tuesday. "
        "An interrogation of the five men found they had drifted after their engine failed."
    )
    assert not of_type(events(text), "CRACKDOWN", "interrogation")


def test_screening_beside_south_korean_bodies_is_no_crackdown() -> None:
    text = (
        "Two North Koreans were found on a small boat by South Korean Coast Guard officers on Monday and have "
        "since been under investigation by the authorities."
    )
    assert not of_type(events(text), "CRACKDOWN", "investigation")


def test_an_inquiry_into_guards_on_duty_stays_a_crackdown() -> None:
    text = (
        "Provincial security officers launched an investigation of the guards at the Namyang checkpoint last week, "
        "a source said."
    )
    assert of_type(events(text), "CRACKDOWN", "investigation")
