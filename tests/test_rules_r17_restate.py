"""Round 17: one incident told several times in a report is one event (TAXONOMY.md rule 4).

A hedged retelling of the same people ("the man was apparently shot") is the incident told, and an act named as
known and done to one person ("the shooting of a defector") points back at it; people named by other words stay
apart.
"""

from __future__ import annotations

from tests.rule_helpers import extract, of_type


def test_hedged_retelling_of_the_same_man_is_the_shooting_told() -> None:
    text = (
        "A man was shot dead by North Korean border guards near Hyesan on March 3 after crossing the river, an "
        "activist said on Monday.\n"
        "The man was apparently shot from a guard post on the North Korean bank, the activist said.\n"
    )
    found = extract(text, "2024-03-11")
    assert len(of_type(found, "VIOLENCE", "")) == 1


def test_hedged_punishment_of_another_commander_stays_apart() -> None:
    text = (
        "Three border guards in Onsong were detained after a family crossed the river on May 2, a source said.\n"
        "The battalion commander was dismissed and sent to a farm in Kyongwon, the source said.\n"
        "The company commander will probably be expelled from the party, the source added.\n"
    )
    found = extract(text, "2024-05-20")
    assert len(of_type(found, "PUNISHMENT", "commander")) == 2


def test_the_shooting_of_a_defector_points_back_at_the_refugee_shot() -> None:
    text = (
        "A refugee was shot dead by North Korean border guards near Hyesan on June 4, a human rights group said "
        "on Tuesday.\n"
        "The shooting of a defector was part of a wider campaign against escapes, the group said.\n"
    )
    found = extract(text, "2024-06-11")
    assert len(of_type(found, "VIOLENCE", "")) == 1
