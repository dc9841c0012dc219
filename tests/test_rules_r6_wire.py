"""Round-6 rules for wire and analysis copy (Yonhap, Reuters, AFP, UPI, NK News), one test each.

Every sentence here is written for this suite in the style of wire copy; each asserts what a careful coder
would code under TAXONOMY.md.
"""

from __future__ import annotations

from sitreps.model import Document, Mention
from sitreps.pipeline import process


def events(text: str, published: str = "2022-05-18") -> list[Mention]:
    return process(Document(text=text, published=published, outlet="Yonhap"))


def kinds(text: str, published: str = "2022-05-18") -> list[tuple[str, str]]:
    return [(m.type, m.modality) for m in events(text, published)]


def test_a_boat_crossing_the_line_is_no_defection() -> None:
    text = (
        "A fishing boat carrying the five men crossed the Northern Limit Line at around 10 a.m. on Tuesday "
        "on its way home, the unification ministry said."
    )
    assert not any(t == "DEFECTION" for t, _m in kinds(text))


def test_a_boat_drifting_south_is_a_crossing() -> None:
    text = "The eight fishermen were sent home on Friday, two weeks after their small boat drifted across the border."
    assert not any(t == "DEFECTION" for t, _m in kinds(text))


def test_people_who_cross_by_boat_still_defect() -> None:
    text = "Three North Koreans crossed the western sea border in a wooden boat on Monday and asked to stay in Seoul."
    assert ("DEFECTION", "asserted") in kinds(text)


def test_related_agencies_questioning_an_arrival_is_no_crackdown() -> None:
    text = (
        "The soldier walked across the MDL on Wednesday morning, the JCS said. A joint questioning will be "
        "conducted by related agencies to learn his motive."
    )
    found = kinds(text)
    assert ("DEFECTION", "asserted") in found
    assert not any(t == "CRACKDOWN" for t, _m in found)


def test_an_arrival_under_investigation_is_no_crackdown() -> None:
    text = "A North Korean woman defected to a border island on Monday and was under investigation by authorities."
    assert not any(t == "CRACKDOWN" for t, _m in kinds(text))


def test_an_asylum_claim_checked_is_no_crackdown() -> None:
    text = "The two men said they wanted to stay in the South. Their claim for asylum is being investigated."
    assert not any(t == "CRACKDOWN" for t, _m in kinds(text))


def test_a_shoot_to_kill_order_is_no_shooting() -> None:
    text = "Pyongyang has issued shoot-to-kill orders along its northern border, a US general said on Thursday."
    found = kinds(text)
    assert not any(t == "VIOLENCE" for t, _m in found)


def test_what_an_order_asks_is_planned() -> None:
    text = "The leader is said to have ordered last year that anyone defecting across the river should be shot."
    assert not any(t == "VIOLENCE" for t, _m in kinds(text))


def test_killings_told_as_executions_are_one_punishment() -> None:
    text = "North Korea has killed nine officials this year, lawmakers said on Tuesday, in the latest executions."
    found = kinds(text)
    assert any(t == "PUNISHMENT" for t, _m in found)
    assert not any(t == "VIOLENCE" for t, _m in found)


def test_tougher_punishment_is_a_policy_not_a_sentence() -> None:
    text = "Since last year the regime has been toughening border controls and punishment for failed escapes."
    assert not any(t == "PUNISHMENT" for t, _m in kinds(text))


def test_warning_shots_fired_dismiss_no_one() -> None:
    text = "Officials could not confirm reports of warning shots being fired from the South on Monday."
    assert not any(t == "PUNISHMENT" for t, _m in kinds(text))


def test_what_someone_is_blamed_for_is_a_charge() -> None:
    text = 'Officials said "harsh punishment" will be given to those responsible for letting the woman cross the river.'
    assert not any(t == "DEFECTION" for t, _m in kinds(text))


def test_helping_others_flee_behind_torture_is_a_charge() -> None:
    text = "A man in his 50s was detained and beaten for smuggling copper and helping other residents in fleeing."
    assert not any(t == "DEFECTION" for t, _m in kinds(text))


def test_a_leader_threatening_punishment_gives_a_directive() -> None:
    text = (
        "Kim said at the meeting on June 3 that officials who neglected their border duties would be severely "
        "punished, blaming local cadres."
    )
    found = kinds(text, "2022-06-05")
    assert ("DIRECTIVE", "asserted") in found
    assert not any(t == "PUNISHMENT" for t, _m in found)


def test_a_pursuit_that_ends_in_a_shooting_is_part_of_it() -> None:
    text = "Border guards, in a rare pursuit across the ice, shot dead three men near Hyesan on Saturday."
    found = kinds(text)
    assert ("VIOLENCE", "asserted") in found
    assert not any(t == "SEARCH" for t, _m in found)


def test_pursuing_a_programme_is_no_search() -> None:
    text = "The defection comes as the North keeps pursuing its missile programme in defiance of sanctions."
    assert not any(t == "SEARCH" for t, _m in kinds(text))


def test_a_team_sent_to_arrest_defectors_is_a_sweep() -> None:
    text = "State security recently sent a team into China to arrest and repatriate defectors, a source said."
    found = kinds(text)
    assert ("CRACKDOWN", "asserted") in found
    assert not any(t in ("SEARCH", "ARREST") for t, _m in found)


def test_the_roots_of_defection_are_no_defection() -> None:
    text = "Kim told the security organs to dig out the roots of defection along the border, the source said."
    assert not any(t == "DEFECTION" for t, _m in kinds(text))


def test_thousands_of_cases_are_a_tally() -> None:
    text = "The group documented some 3,400 cases of torture and sexual violence in detention facilities since 2000."
    assert all(m == "generic" for t, m in kinds(text) if t == "VIOLENCE")


def test_gunshot_wounds_are_violence() -> None:
    text = "A soldier suffered gunshot wounds as he ran across the border on Nov. 2, officials said."
    assert any(t == "VIOLENCE" for t, _m in kinds(text))


def test_a_forced_abortion_is_violence() -> None:
    text = "She was sent back from China in March and was forced to undergo an abortion in a holding center."
    assert any(t == "VIOLENCE" for t, _m in kinds(text))


def test_those_who_sought_to_defect_tried() -> None:
    text = "Two North Korean men found in a small boat on Wednesday had also sought to defect, officials said."
    assert ("DEFECTION", "asserted") in kinds(text)
