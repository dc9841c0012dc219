"""Round 20, precision: threats, penalties for a kind, trends, charges, recordings and feared violence."""

from __future__ import annotations

from tests.rule_helpers import extract, of_type


def incidents(text: str, etype: str, words: str) -> list:
    return [m for m in of_type(extract(text, "2021-05-20", "Daily NK"), etype, words) if m.modality != "generic"]


def test_warning_that_punishment_awaits_is_no_punishment() -> None:
    text = (
        "Security agents searched homes in Musan last week. "
        '"We were warned that punishment would await anyone found hiding a Chinese phone," a resident said.'
    )
    assert not incidents(text, "PUNISHMENT", "would await")


def test_punishment_meted_out_to_those_found_is_a_policy() -> None:
    text = (
        "The inspection groups are meant to root out illegal phone use and to mete out harsh punishment to those "
        "they catch in the act."
    )
    assert not incidents(text, "PUNISHMENT", "mete out")


def test_a_greater_number_apprehended_is_a_trend() -> None:
    text = (
        "Agents posing as traders have been sent to China, which is why a greater number have been apprehended on "
        "the way to Laos recently."
    )
    assert not incidents(text, "ARREST", "greater number")


def test_crime_of_the_executed_is_the_charge() -> None:
    text = (
        "Two people were publicly executed in Hoeryong earlier this month. The first was a 40-year-old farmer who "
        "had committed a murder-robbery. The second was a woman who had tried to murder her husband."
    )
    assert not incidents(text, "VIOLENCE", "murder")


def test_crime_told_in_its_own_right_stays() -> None:
    text = "A soldier killed two officers at a guard post in Onsong on Monday, a source said."
    assert incidents(text, "VIOLENCE", "killed")


def test_caught_on_camera_is_no_arrest() -> None:
    text = "On Sunday a soldier waded across the Yalu River near Hyesan and was caught on camera by a reporter."
    assert not incidents(text, "ARREST", "caught on camera")


def test_torture_they_may_face_is_no_violence() -> None:
    text = (
        "Chinese police detained seven North Koreans in Shenyang last week. Those detained could be undergoing "
        "torture, an activist said."
    )
    assert not incidents(text, "VIOLENCE", "torture")


def test_beating_that_could_have_happened_stays() -> None:
    text = "The guard could have been beaten by his squad leader in Hyesan before he fled, a source said."
    assert incidents(text, "VIOLENCE", "beaten")


def test_what_a_deserter_may_do_stays_a_fear() -> None:
    text = "Guards are worried that the deserter from the 9th Corps may try to rob houses in Musan, a source said."
    assert incidents(text, "VIOLENCE", "rob")


def test_report_that_could_not_be_verified_is_no_new_incident() -> None:
    text = (
        "Chinese police arrested five North Korean defectors in Yanji on Monday, an activist group said. Reports of "
        "the arrests of two more women in Tumen could not be independently verified."
    )
    assert not incidents(text, "ARREST", "could not be")


def test_looking_into_a_possibility_is_no_crackdown() -> None:
    text = (
        "Two North Koreans were found on a South Korean island on Monday. Investigators are looking into the "
        "possibility that the pair drifted across the sea border, an official said."
    )
    assert not incidents(text, "CRACKDOWN", "possibility")
