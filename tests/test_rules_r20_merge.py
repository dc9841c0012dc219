"""Round 20: the within-report merge. One custody told in a main clause and an "after she was caught" clause, a verb
joined by "and finally", and a crackdown measure added with an active "also"."""

from __future__ import annotations

from tests.rule_helpers import extract, of_type


def test_arrest_told_again_in_an_after_clause_is_one_arrest() -> None:
    found = extract(
        "A trader in Hyesan was detained by police on May 2 after he was arrested at a checkpoint with Chinese "
        "phones, a source said.",
        "2022-05-10",
    )
    assert len(of_type(found, "ARREST", "trader in Hyesan")) == 1


def test_active_doer_before_a_passive_stays_two_acts() -> None:
    found = extract(
        "Guards in Musan shot two smugglers near the river on May 2 before they were shot by soldiers from the "
        "other bank, a source said.",
        "2022-05-10",
    )
    assert len(of_type(found, "VIOLENCE", "shot")) == 2


def test_and_finally_joins_the_steps_of_one_defection() -> None:
    found = extract(
        "A young North Korean soldier who defected to South Korea this week left his unit earlier this month and "
        "finally crossed the military demarcation line on Monday, the military said on June 16.",
        "2022-06-16",
    )
    assert len(of_type(found, "DEFECTION", "young North Korean soldier")) == 1


def test_his_family_after_and_is_still_a_subject_of_its_own() -> None:
    found = extract(
        "A bureau chief in Hyesan was sent to a prison camp in March, and his family was exiled to a remote "
        "village, a source said.",
        "2022-05-10",
    )
    assert len(of_type(found, "PUNISHMENT", "bureau chief")) == 2


def test_crackdown_measure_added_with_active_also_stays_apart() -> None:
    found = extract(
        "Border guards in Musan have stepped up patrols along the Tumen River since early May, a source said.\n"
        "The guards have also tightened surveillance of residents living near the river, the source added.",
        "2022-05-20",
    )
    crackdowns = of_type(found, "CRACKDOWN", "")
    assert len(crackdowns) == 2
