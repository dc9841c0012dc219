"""Round 7 DIRECTIVE rules, from wordings seen in real reports: one test per rule.

Every sentence here is written for this suite, in the style of border reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract


def events(text: str, published: str = "2021-06-20") -> list[Mention]:
    return extract(text, published)


def directives(text: str, published: str = "2021-06-20") -> list[Mention]:
    return [m for m in events(text, published) if m.type == "DIRECTIVE"]


def triggers(text: str) -> list[str]:
    return [s.trigger for m in directives(text) for s in m.statements]


# --- new wordings of an order ------------------------------------------------------------------------------


def test_a_threat_of_punishment_by_the_authorities_is_a_directive() -> None:
    found = directives("Provincial authorities are threatening harsh punishment for traders who hide Chinese phones.")
    assert len(found) == 1 and found[0].modality == "asserted"
    assert not any(m.type == "PUNISHMENT" for m in events("Police threatened severe penalties for river crossers."))


def test_an_announced_rule_is_a_directive_but_announced_news_is_not() -> None:
    assert directives("The county police announced that any crossing of the river will be treated as treason.")
    assert directives("The city security bureau announced cash rewards for residents who report smugglers.")
    assert not directives("State media announced that the two guards had been punished for taking bribes.")
    assert not directives("The court announced the punishment of the three brokers on Monday.")


def test_a_declared_rule_about_how_an_offence_is_treated_is_a_directive() -> None:
    assert directives("The authorities declared that selling phone cards is now considered espionage.")


def test_a_law_enacted_or_rules_introduced_are_directives() -> None:
    assert directives("North Korea enacted a law against foreign films in March, a source said.")
    assert directives("Chinese police introduced new rules for bus passengers near the border in May.")
    assert not directives("The factory introduced a new shift for workers in May.")


def test_a_border_shut_down_is_a_directive_but_a_border_kept_shut_is_not() -> None:
    assert directives("North Korea shut down its border with China in late January, the source said.")
    assert not directives("The regime has kept the border almost entirely shut for two years, the source said.")


def test_a_lecture_held_by_security_officials_is_a_directive() -> None:
    found = directives(
        "Security officials held a lecture for factory workers in Musan on May 3 warning against defection."
    )
    assert len(found) == 1
    assert not directives("Residents said the lectures were boring.")


def test_an_existential_directive_is_an_order_given() -> None:
    text = "On May 4, there was a directive at the neighborhood meeting to tighten night patrols along the river."
    assert directives(text)


def test_an_order_conveyed_to_units_is_in_use() -> None:
    assert directives("An order has been conveyed to the border posts to detain anyone who approaches the fence.")


# --- what gives no order of its own -------------------------------------------------------------------------


def test_an_order_restated_with_a_demonstrative_is_no_new_order() -> None:
    text = (
        "The Ministry of State Security ordered border units to seal the riverbank on June 2. "
        "Unit leaders were strict in passing on these orders from the ministry, a resident said."
    )
    assert len(directives(text)) == 1


def test_orders_on_this_restate_the_order_told() -> None:
    text = "Police are now passing down orders on this through the neighborhood units, the source said."
    assert not directives(text)


def test_a_verb_of_ordering_with_nothing_ordered_is_no_order() -> None:
    assert not directives("The new inspections are different because they are directed by the Central Committee.")
    assert not directives("Some squads claim that they are ordered by the county office, the source said.")
    assert directives("The sweep was ordered by the provincial party committee in April.")


def test_a_warning_someone_heeds_is_no_order() -> None:
    text = "The rules let guards shoot anyone who does not heed their warnings, a source said."
    assert "warnings" not in triggers(text)


def test_an_ordered_dismissal_is_the_punishment_not_a_directive() -> None:
    found = events("The Ministry of State Security ordered the dismissal of the company commander at the post.")
    assert not any(m.type == "DIRECTIVE" for m in found)
    assert any(m.type == "PUNISHMENT" for m in found)


def test_international_sanctions_are_no_directive() -> None:
    assert not directives("Imports of trucks into North Korea are now banned under UN sanctions, a trader said.")
    text = (
        "Trade has suffered from the enforcement of sanctions that were adopted through Security Council resolutions."
    )
    assert not directives(text)


def test_an_economic_order_is_no_directive() -> None:
    assert not directives("The regime's recent order to raise coal output has sent miners deep into old shafts.")
    assert directives("The regime's recent order to arrest smugglers has filled the county jails.")


def test_a_person_described_by_an_order_gets_none() -> None:
    text = "The neighbor was someone who had been instructed by the police to report on the family, the source said."
    assert not directives(text)


def test_a_circumstantial_order_told_again_is_no_new_order() -> None:
    text = (
        "Work began at once under Kim Jong Un's orders, the source said. "
        "Under the leader's orders, new fences are also being built along the river near Hyesan."
    )
    assert len([s for m in directives(text) for s in m.statements]) == 1


def test_a_threat_to_one_person_is_no_directive() -> None:
    assert not directives("The police officer threatened him with punishment unless he paid a bribe, the source said.")


def test_an_order_followed_or_broken_is_no_new_order() -> None:
    text = "The notice told residents to obey the orders and restrictions set by the border guards, the source said."
    assert "orders" not in triggers(text)
    assert not directives("Two traders who violated the ban were fined, a source said.")
    assert directives("The sweep follows an order from the provincial police in May to stop all river crossings.")


def test_travel_orders_are_papers_not_orders() -> None:
    assert not directives("Military police at the station check every soldier's travel orders, a source said.")


def test_a_ban_told_with_the_security_council_is_sanctions() -> None:
    text = "Coal exports to China have been banned since the UN Security Council prohibited them in 2017."
    assert not directives(text)
