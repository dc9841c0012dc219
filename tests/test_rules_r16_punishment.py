"""Round 16 punishment rules: more ways news states a punishment act, and penalties that a law only sets out."""

from __future__ import annotations

from tests.rule_helpers import extract, find

PUB = "2024-06-10"


def _punishments(text: str) -> list[str]:
    return [m.modality for m in extract(text, PUB, "Daily NK") if m.type == "PUNISHMENT"]


def test_faced_a_firing_squad() -> None:
    found = extract("The battalion officer faced a firing squad in Sinuiju last month, the source said.", PUB)
    assert find(found, "PUNISHMENT", "firing squad").modality == "asserted"


def test_killed_by_the_firing_squad_is_punishment() -> None:
    found = extract("A young farmer was killed by the firing squad in front of a crowd in Hyesan.", PUB)
    assert find(found, "PUNISHMENT", "firing squad")
    assert not [m for m in found if m.type == "VIOLENCE"]


def test_sent_to_a_kwanliso() -> None:
    assert _punishments("The trader was sent to a kwanliso in April, a source in Musan said.") == ["asserted"]


def test_received_labor_training() -> None:
    assert _punishments("Three guards received labor training for six months, the source said.") == ["asserted"]


def test_official_was_fired() -> None:
    assert _punishments("The county security chief was fired last week after the inspection.") == ["asserted"]


def test_fired_upon_is_no_dismissal() -> None:
    assert _punishments("The commander was fired upon by guards as he ran toward the river.") == []


def test_forced_to_undergo_revolutionary_education() -> None:
    assert _punishments("The vice minister was forced to undergo revolutionary education in March.") == ["asserted"]


def test_forcibly_relocated_family() -> None:
    text = "The family was forcibly relocated to a remote farm in April, the source said."
    assert _punishments(text) == ["asserted"]


def test_may_be_held_responsible() -> None:
    text = "The mine manager and the party secretary may also be held responsible for the accident."
    assert _punishments(text) == ["uncertain"]


def test_state_held_responsible_is_blame() -> None:
    assert _punishments("North Korea was held responsible for the sinking of the patrol boat.") == []


def test_penalty_a_code_entails() -> None:
    text = "Article 80 of the Criminal Code entails a sentence of at least two years in a labor camp."
    assert "asserted" not in _punishments(text)


def test_penalty_an_offence_can_lead_to() -> None:
    text = "Dereliction of duty can lead to a sentence of three or more years in jail."
    assert "asserted" not in _punishments(text)


def test_law_that_punishes() -> None:
    text = "The country passed a law in 2021 that punishes the sale of foreign films with long prison terms."
    assert "asserted" not in _punishments(text)


def test_kind_can_be_sentenced() -> None:
    text = "Under the new rules, sellers of foreign phones can be sentenced to death."
    assert "asserted" not in _punishments(text)


def test_named_sentence_still_told() -> None:
    text = "The court handed the smuggler a sentence of ten years in a labor camp last month."
    assert _punishments(text) == ["asserted"]
