"""Round 10 rules on leaving, smuggling, searches and violence, and on modality, from wordings seen in real wire
and border reports: one test per rule, most with a counter-test that the incident itself is still found.

Every sentence here is written for this suite, in the style of wire and border reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract


def events(text: str, published: str = "2019-05-14") -> list[Mention]:
    return extract(text, published)


def of_type(mentions: list[Mention], kind: str) -> list[Mention]:
    return [m for m in mentions if m.type == kind]


def test_a_lure_to_defect_is_no_defection() -> None:
    text = "Soldiers on the Tumen are luring residents to defect and then arresting them for the reward, sources said."
    assert not of_type(events(text), "DEFECTION")


def test_the_sources_own_past_flight_is_no_incident() -> None:
    text = "A man from Musan, who fled to China eight years ago, told RFA that the guards had been replaced."
    assert not of_type(events(text), "DEFECTION")


def test_a_flight_told_of_someone_else_is_kept() -> None:
    text = "A man from Musan fled to China last week, a source told RFA."
    assert of_type(events(text), "DEFECTION")


def test_the_first_time_since_restates_the_lead() -> None:
    text = (
        "A North Korean soldier defected across the Demilitarized Zone on Tuesday, the JCS said.\n"
        "It is the first time a North Korean soldier has defected across the land border since March last year."
    )
    assert len(of_type(events(text, "2021-06-17"), "DEFECTION")) == 1


def test_an_aim_to_keep_people_from_crossing_is_no_defection() -> None:
    text = "Two guards were executed in public last month to deter others from trying to cross the Yalu River."
    assert not of_type(events(text), "DEFECTION")


def test_defections_suspected_at_large_are_no_incident() -> None:
    text = "Border units in Hyesan have been put on alert, suspecting defections, a source said."
    assert not of_type(events(text), "DEFECTION")


def test_a_stream_of_people_leaving_is_generic() -> None:
    text = "Guards are accused of ignoring a steady stream of residents fleeing to China, the group said."
    assert {m.modality for m in of_type(events(text), "DEFECTION")} <= {"generic"}


def test_a_cue_in_a_sibling_clause_does_not_make_an_arrest_generic() -> None:
    text = (
        "Many guards are believed to take bribes regularly, the group said, adding that one captain was caught "
        "erasing camera footage."
    )
    arrests = of_type(events(text), "ARREST")
    assert arrests and arrests[0].modality != "generic"


def test_a_living_made_by_bribes_on_smuggling_is_generic() -> None:
    text = "Guards used to earn a living by taking money for looking away from smuggling across the river."
    assert {m.modality for m in of_type(events(text), "SMUGGLING")} <= {"generic"}


def test_a_chase_ending_in_a_shooting_is_no_search() -> None:
    text = "Border guards shot dead three refugees after chasing them onto the Chinese bank, the paper reported."
    assert not of_type(events(text), "SEARCH")


def test_seouls_inquiry_into_a_defection_is_no_crackdown() -> None:
    text = (
        "The soldier was taken into custody by South Korean troops, and he will face an investigation over his "
        "defection, the military said."
    )
    assert not of_type(events(text), "CRACKDOWN")


def test_deserting_a_country_is_a_defection() -> None:
    text = "The ministry said the diplomat is believed to have deserted North Korea over his disillusionment."
    mentions = events(text)
    assert of_type(mentions, "DEFECTION") and not of_type(mentions, "DESERTION")


def test_deserting_a_unit_stays_a_desertion() -> None:
    text = "A private deserted his unit in Kaesong last week, a source said."
    assert of_type(events(text), "DESERTION")


def test_what_people_face_if_sent_back_is_no_incident() -> None:
    text = "Rights groups warned that the eleven could face torture and even execution if repatriated."
    mentions = events(text)
    assert not of_type(mentions, "ARREST") and not of_type(mentions, "PUNISHMENT")


def test_what_people_face_if_convicted_is_kept() -> None:
    text = "The two officers arrested last week could face long prison terms if convicted under military law."
    assert of_type(events(text), "PUNISHMENT")


def test_may_face_reaches_through_including() -> None:
    text = "The five may face severe punishment, including the death penalty, a rights official said."
    assert {m.modality for m in of_type(events(text), "PUNISHMENT")} == {"uncertain"}
