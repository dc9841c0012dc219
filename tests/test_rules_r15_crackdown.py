"""Round 15 crackdown wordings: a sweep named as an operation ("a joint arrest operation", "a mop-up operation"), a
place put "under special guard", a "security mobilization period", round-the-clock patrols, personnel increased
and equipment introduced, deployments doubled, guards posted along a river, agents deployed, and searches of
passers-by or of places "for" anyone of a kind (a sweep, not a manhunt).

Every sentence here is written for this suite, in the style of border reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract


def events(text: str, published: str = "2023-06-20") -> list[Mention]:
    return extract(text, published)


def crackdowns(text: str, words: str) -> list[Mention]:
    return [
        m
        for m in events(text)
        if m.type == "CRACKDOWN" and m.modality == "asserted" and any(words in s.text for s in m.statements)
    ]


def test_joint_arrest_operation_is_a_crackdown() -> None:
    text = "Police officers joined signal detection agents in Musan in a joint arrest operation last week."
    assert crackdowns(text, "arrest operation")


def test_mop_up_operation_is_a_crackdown() -> None:
    text = "The security ministry launched a mop-up operation against phone users in Onsong in January."
    assert crackdowns(text, "mop-up operation")


def test_under_special_guard_is_a_crackdown() -> None:
    text = "The authorities put the riverside villages of Kimjongsuk County under special guard from May 2."
    assert crackdowns(text, "under special guard")


def test_security_mobilization_period_is_a_crackdown() -> None:
    text = "In early March the regime launched a special security mobilization period in border towns."
    assert crackdowns(text, "mobilization period")


def test_round_the_clock_patrols_are_a_crackdown() -> None:
    text = "Border units in Manpo have run round-the-clock patrols along the river since April, a source said."
    assert crackdowns(text, "round-the-clock patrols")


def test_personnel_increased_is_a_crackdown() -> None:
    text = "The provincial security bureau increased personnel in the Samsu border area last month, a source said."
    assert crackdowns(text, "increased personnel")


def test_equipment_introduced_is_a_crackdown() -> None:
    text = "The authorities introduced new cameras on the riverbank in Hyesan in April, a source said."
    assert crackdowns(text, "introduced")


def test_introduced_rule_is_no_crackdown() -> None:
    text = "The factory introduced a new wage rule in Hyesan in April, a source said."
    assert not [m for m in events(text) if m.type == "CRACKDOWN"]


def test_deployments_doubled_is_a_crackdown() -> None:
    text = "Deployments of guards in Hoeryong were doubled through the end of March, a source said."
    assert crackdowns(text, "doubled")


def test_guards_posted_along_the_river_is_a_crackdown() -> None:
    text = "Extra soldiers were posted every 30 meters along the river in Musan last month, a source said."
    assert crackdowns(text, "posted")


def test_agents_deployed_is_a_crackdown() -> None:
    text = "The State Security Department deployed plainclothes agents to the markets of Hyesan last week."
    assert crackdowns(text, "deployed")


def test_travellers_searched_is_a_sweep() -> None:
    text = "Police stopped and searched travellers at the entrance to Hyesan last week, a source said."
    assert crackdowns(text, "searched travellers")


def test_search_for_a_named_man_stays_a_hunt() -> None:
    text = "Police searched trains at the entrance to Hyesan for him last week, a source said."
    assert not crackdowns(text, "searched")


def test_places_combed_for_a_kind_is_a_sweep() -> None:
    text = "State security agents are combing the villages near the river for phone users, a source said."
    assert crackdowns(text, "combing")
