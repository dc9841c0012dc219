"""Round 14 modality rules, from wordings seen in real defector and border reports: what happens to people in
general, told in the present ("then they get caught", "such defectors are sent to camps"), who "those" are
("punishment for those who were caught fleeing"), and a tendency ("are more likely to end up in camps") are
generic statements, not incidents; a known group told in the present perfect ("they've arrested") stays asserted.

Every sentence here is written for this suite, in the style of border and wire reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract


def events(text: str, published: str = "2023-06-20") -> list[Mention]:
    return extract(text, published)


def of_type(mentions: list[Mention], kind: str, trigger: str) -> list[Mention]:
    return [m for m in mentions if m.type == kind and trigger in (m.evidence.trigger or "")]


def modalities(text: str, kind: str, trigger: str) -> set[str]:
    return {m.modality for m in of_type(events(text), kind, trigger)}


def test_they_get_caught_is_a_habit() -> None:
    text = "Some residents call their relatives in Seoul from the hills near the river, and then they get caught."
    assert modalities(text, "ARREST", "caught") == {"generic"}


def test_such_people_are_sent_to_camps_is_a_rule() -> None:
    text = "Such smugglers are usually fined, but such defectors are sent to political prison camps, sources said."
    assert modalities(text, "PUNISHMENT", "sent") == {"generic"}


def test_they_are_defined_and_executed_is_a_rule() -> None:
    text = "They are branded as spies and executed, according to former security officials now living in Seoul."
    assert modalities(text, "PUNISHMENT", "executed") == {"generic"}


def test_those_who_were_caught_are_a_kind_of_people() -> None:
    text = (
        "The regime has imposed harsher penalties on those who were caught crossing the Tumen River, the report said."
    )
    assert modalities(text, "ARREST", "caught") == {"generic"}
    assert modalities(text, "DEFECTION", "crossing") == {"generic"}


def test_those_the_authorities_believe_were_caught() -> None:
    text = "The harshest category is for those who the police believe were caught trying to reach Mongolia."
    assert modalities(text, "ARREST", "caught") == {"generic"}


def test_more_likely_to_end_up_in_camps_is_a_tendency() -> None:
    text = "Women who are repatriated twice are more likely to end up in labor camps, the researchers found."
    assert modalities(text, "PUNISHMENT", "camps") == {"generic"}


def test_theyve_arrested_a_known_group_stays_asserted() -> None:
    text = "“They’ve even arrested three elderly women from our village,” the source in Musan said on June 12."
    assert "asserted" in modalities(text, "ARREST", "arrested")


def test_dated_those_who_fled_stays_asserted() -> None:
    text = "Two soldiers were arrested and those who fled with them on June 3 are still being sought, the source said."
    found = of_type(events(text), "ARREST", "arrested")
    assert found and all(m.modality == "asserted" for m in found)


def test_they_are_held_is_a_state_not_a_habit() -> None:
    text = "Border guards arrested two brokers in Hyesan on June 5. They are held at the provincial detention center."
    assert "generic" not in modalities(text, "ARREST", "arrested")
