"""Round 19: smuggling that tells no run of goods, and shootings that are executions told before."""

from __future__ import annotations

import pytest

from tests.rule_helpers import extract, of_type

PUBLISHED = "2021-06-10"

NOT_A_RUN = [
    # a person crossing, not goods
    (
        "A sergeant of a front-line battalion smuggled himself across the border to the South on Friday, the JCS said.",
        "smuggled",
    ),
    # a remittance
    (
        "The woman worked as a broker in Hyesan last year, transferring money from defectors in Seoul to their "
        "families through Chinese phones.",
        "transferring",
    ),
    # a person running, no goods run
    (
        "The soldier dropped his rifle and ran toward a South Korean guard post across the border without any weapons "
        "on Monday.",
        "ran",
    ),
    # smuggling stopped, restricted, shut out
    (
        "Trade across the Yalu was cut off in early March, and smuggling between the two sides has been halted since "
        "then.",
        "smuggling",
    ),
    (
        "A guard officer in Musan demanded a bribe last month even though the border had been closed to "
        "smuggling for a year.",
        "smuggling",
    ),
    (
        "The authorities currently restrict smuggling along the Tumen River because of fears over the virus, the "
        "source said.",
        "smuggling",
    ),
    # a person sold by traffickers
    (
        "The girl, who was sold to a Chinese farmer by human traffickers in 2015, was caught by police in Jilin last "
        "year.",
        "sold",
    ),
    # a denial, a kind of people, the target of a crackdown, a charge
    (
        "The two men told the guards that they were not involved in human trafficking or smuggling, a source said on "
        "Monday.",
        "smuggling",
    ),
    (
        "Officers criticized guards in Hyesan last month for sympathizing with residents engaged in illegal smuggling.",
        "smuggling",
    ),
    (
        "The inspectors were sent to Hyesan in May to crack down on guards who take bribes to help smuggling and "
        "illegal crossings.",
        "smuggling",
    ),
    # one of a kind of activities named
    (
        "Guards in Hyesan were criticized in May for sympathizing with residents engaged in illegal activities like "
        "smuggling and helping people defect.",
        "smuggling",
    ),
    (
        "Police in Hyesan arrested 12 people on March 3 for involvement in businesses run by brokers, including "
        "smuggling and trafficking.",
        "smuggling",
    ),
    # a way of life
    (
        "Traders who made their living by trading with Chinese merchants, or by selling goods from China in local "
        "markets, lost everything this year.",
        "selling",
    ),
]


@pytest.mark.parametrize(("text", "words"), NOT_A_RUN)
def test_no_run_of_goods(text: str, words: str) -> None:
    assert not of_type(extract(text, PUBLISHED), "SMUGGLING", words)


def test_a_told_run_is_kept() -> None:
    found = extract(
        "Two residents of Hyesan were caught smuggling Chinese seasonings across the Yalu River on March 4, a source "
        "said. Border guards in Musan took bribes from smugglers last month to let goods across the Tumen.",
        PUBLISHED,
    )
    assert of_type(found, "SMUGGLING", "seasonings")
    assert of_type(found, "SMUGGLING", "bribes from smugglers")


def test_the_girl_sold_is_still_caught() -> None:
    found = extract(
        "The girl, who was sold to a Chinese farmer by human traffickers in 2015, was caught by police in Jilin last "
        "year.",
        PUBLISHED,
    )
    assert of_type(found, "ARREST", "caught")


def test_known_attempt_named_again_is_no_new_run() -> None:
    from sitreps import nlp
    from sitreps.extract.rules.custody import _known_ring_described

    doc = nlp.load()("The group behind the smuggling attempt may have been a trading company, the source said.")
    head = next(t for t in doc if t.lower_ == "smuggling")
    assert _known_ring_described(head)


def test_some_of_them_shot_after_executions_told() -> None:
    from sitreps import nlp
    from sitreps.extract.rules.penalties import execution_told_before

    doc = nlp.load()(
        "Rumours of the execution of smugglers are spreading in Hyesan. Seven people were arrested for smuggling "
        "along the border in January. Three of them were shot to death, a source said."
    )
    head = next(t for t in doc if t.lower_ == "shot")
    assert execution_told_before(head, head.sent)
    doc = nlp.load()(
        "Seven people were caught crossing the Tumen in January. Three of them were shot dead as they fled."
    )
    head = next(t for t in doc if t.lower_ == "shot")
    assert not execution_told_before(head, head.sent)


def test_some_of_them_shot_while_fleeing_is_violence() -> None:
    found = extract(
        "Seven people were caught crossing the Tumen in January. Three of them were shot dead by guards as they fled, "
        "a source said.",
        PUBLISHED,
    )
    assert of_type(found, "VIOLENCE", "shot dead")
