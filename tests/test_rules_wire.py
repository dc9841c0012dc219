"""Detection rules learned from wire-service reporting (Yonhap, Reuters, AFP, UPI, NK News), one test each.

Every sentence here is written for this suite in the style of wire copy; each asserts what a careful coder
would code.
"""

from __future__ import annotations

from sitreps.model import Document, Mention
from sitreps.pipeline import process


def events(text: str, published: str = "2023-06-12") -> list[Mention]:
    return process(Document(text=text, published=published, outlet="Yonhap"))


def kinds(text: str, published: str = "2023-06-12") -> list[tuple[str, str]]:
    return [(m.type, m.modality) for m in events(text, published)]


def test_seoul_screening_a_new_arrival_is_no_crackdown() -> None:
    text = (
        "A North Korean soldier crossed the Military Demarcation Line on Sunday, the Joint Chiefs of Staff "
        "said. The South Korean military took him into custody and will investigate the route he took."
    )
    found = kinds(text)
    assert ("DEFECTION", "asserted") in found
    assert not any(t == "CRACKDOWN" for t, _m in found)


def test_checking_whether_a_report_is_true_is_no_crackdown() -> None:
    text = "Seoul's spy agency is investigating whether the claim is accurate, a spokesman said on Monday."
    assert not any(t == "CRACKDOWN" for t, _m in kinds(text))


def test_according_to_an_investigation_is_a_source() -> None:
    text = "According to the investigation, 11 crew members were aboard the boat when it left Chongjin in May."
    assert not any(t == "CRACKDOWN" for t, _m in kinds(text))


def test_a_quotation_told_to_reporters_is_no_order() -> None:
    text = '"The two fishermen will be sent home through Panmunjom," the ministry told reporters on Monday.'
    assert not any(t == "DIRECTIVE" for t, _m in kinds(text))


def test_a_procedure_executed_is_no_execution() -> None:
    text = "Troops tracked the man near the line before executing a standard guidance procedure, the JCS said."
    assert not any(t == "PUNISHMENT" for t, _m in kinds(text))


def test_officials_executed_stay_a_punishment() -> None:
    text = "North Korea executed four officials of the railway ministry last month, the spy agency told lawmakers."
    assert ("PUNISHMENT", "asserted") in kinds(text)


def test_a_group_of_soldiers_crossing_the_mdl_is_an_incursion() -> None:
    text = (
        "The Joint Chiefs of Staff said a group of North Korean troops crossed the MDL in the eastern sector on Friday."
    )
    found = kinds(text)
    assert ("OTHER", "asserted") in found
    assert not any(t == "DEFECTION" for t, _m in found)


def test_one_soldier_crossing_the_mdl_stays_a_defection() -> None:
    text = "A North Korean soldier crossed the MDL in the eastern sector on Friday, the Joint Chiefs of Staff said."
    assert ("DEFECTION", "asserted") in kinds(text)


def test_punishment_that_returnees_face_is_generic() -> None:
    text = "Rights groups say North Koreans who are sent back from China face harsh punishment in labour camps."
    assert all(m == "generic" for t, m in kinds(text) if t == "PUNISHMENT")
    assert any(t == "PUNISHMENT" for t, _m in kinds(text))


def test_punishment_that_named_people_face_is_not_generic() -> None:
    text = "The three smugglers caught in Hyesan last week face execution, a source said."
    assert not any(t == "PUNISHMENT" and m == "generic" for t, m in kinds(text))


def test_a_wish_to_defect_of_people_already_told_is_no_second_defection() -> None:
    text = (
        "Four North Korean fishermen crossed the sea border in a wooden boat on Tuesday. "
        "Two of them said they wanted to defect and the other two were sent back to the North."
    )
    assert [t for t, _m in kinds(text)].count("DEFECTION") == 1


def test_an_assassination_is_violence() -> None:
    text = "Agents of the Reconnaissance General Bureau carried out the assassination in Kuala Lumpur on Feb. 13."
    assert any(t == "VIOLENCE" for t, _m in kinds(text))


def test_taking_a_hostage_is_violence() -> None:
    text = "The armed deserter resisted arrest in Dandong on Thursday and took a hostage, police said."
    assert any(t == "VIOLENCE" for t, _m in kinds(text))


def test_demonstrative_plural_recalls_the_events_told() -> None:
    text = (
        "China returned about 200 North Koreans across the border at Tumen on April 26, Yonhap reported. "
        "If confirmed, these repatriations would draw sharp criticism from Seoul."
    )
    assert [t for t, _m in kinds(text)].count("ARREST") == 1


def test_what_is_done_to_those_caught_is_generic() -> None:
    text = "Those caught crossing the river without a permit are sent to labour camps, rights groups say."
    found = kinds(text)
    assert any(t == "PUNISHMENT" for t, _m in found)
    assert all(m == "generic" for t, m in found if t == "PUNISHMENT")


def test_executing_a_person_stays_an_execution() -> None:
    text = "Guards caught the soldier at the river before executing the man in front of his unit, a source said."
    assert any(t == "PUNISHMENT" for t, _m in kinds(text))
