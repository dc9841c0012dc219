"""Round 23: a measure taken now by a named body is an incident, a habit of a kind stays generic."""

from __future__ import annotations

from tests.rule_helpers import extract, of_type


def _modalities(text: str, etype: str, words: str) -> list[str]:
    return [m.modality for m in of_type(extract(text, "2024-05-02"), etype, words)]


def test_measures_taken_to_tighten_security_are_the_crackdown() -> None:
    text = (
        "After two soldiers fled across the river last week, the border unit in Hyesan has taken measures to tighten"
        " security along the riverbank."
    )
    assert "asserted" in _modalities(text, "CRACKDOWN", "tighten")


def test_measures_only_to_be_taken_are_no_crackdown_told() -> None:
    text = "The border unit in Hyesan will take measures to tighten security along the riverbank, a source said."
    assert "asserted" not in _modalities(text, "CRACKDOWN", "tighten")


def test_deployment_of_teams_is_the_measure_not_a_topic() -> None:
    text = (
        "Security officials in Ryanggang Province have completed the deployment of inspection teams along the border."
    )
    found = _modalities(text, "CRACKDOWN", "inspection teams")
    assert found and "generic" not in found


def test_target_of_crackdowns_is_a_crackdown_told() -> None:
    text = "Hyesan has become the main target of crackdowns under the border closure policy, a resident said."
    found = _modalities(text, "CRACKDOWN", "crackdowns")
    assert found and "generic" not in found


def test_crackdown_stepped_up_as_an_order_is_given_is_told() -> None:
    text = (
        "North Korea has told its border guards to open fire on residents who approach the Tumen outside of permitted"
        " hours, as it steps up crackdowns on people trying to flee to China."
    )
    assert "asserted" in _modalities(text, "CRACKDOWN", "steps up")


def test_search_going_on_as_the_town_is_sealed_is_told() -> None:
    text = (
        "A soldier deserted his post in Musan after shooting his commander, leading authorities to seal off the town as"
        " they continue to search for him."
    )
    assert "asserted" in _modalities(text, "SEARCH", "search for him")


def test_repeated_beating_of_one_soldier_is_an_incident() -> None:
    text = "A source said the private had been repeatedly beaten by his platoon leader before he fled the unit."
    assert "asserted" in _modalities(text, "VIOLENCE", "beaten")


def test_soldiers_beaten_repeatedly_in_general_stay_generic() -> None:
    text = "Soldiers are repeatedly beaten by their superiors in frontline units, defectors say."
    assert set(_modalities(text, "VIOLENCE", "beaten")) <= {"generic"}


def test_habit_cue_inside_a_clause_of_a_phrase_does_not_make_a_habit() -> None:
    text = (
        "The provincial committee also imposed harsher quarantine rules recently, with fear that frequent border"
        " crossers could bring the virus in from China."
    )
    found = _modalities(text, "DIRECTIVE", "imposed")
    assert found and "generic" not in found
