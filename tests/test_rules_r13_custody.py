"""Round 13 custody rules, from wordings seen in real arrest, trial and smuggling reports: a trial still ahead
("awaiting trial"), a censure ("to condemn Seoul"), a house or body search, an order "handed down", goods "taken
away", a return the people asked for, and goods carried at home with nothing illicit told are no incidents of
their types; the incidents beside them stay.

Every sentence here is written for this suite, in the style of border and wire reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract, of_type


def events(text: str, published: str = "2023-06-20") -> list[Mention]:
    return extract(text, published)


def test_prisoners_awaiting_trial_are_not_sentenced() -> None:
    text = "Four inmates who were awaiting trial broke out of a county jail in Kapsan on June 3, a source said."
    assert not of_type(events(text), "PUNISHMENT", "awaiting trial")


def test_haircut_prior_to_trial_is_no_sentence() -> None:
    text = "The runaways are easy to spot because of the short haircut every man gets prior to trial, the source said."
    assert not of_type(events(text), "PUNISHMENT", "prior to trial")


def test_public_trial_stays() -> None:
    text = "Three smugglers were put on trial in Hyesan on June 5 and sentenced to ten years, a source said."
    assert of_type(events(text), "PUNISHMENT", "trial")


def test_condemning_a_government_is_no_punishment() -> None:
    text = "Analysts said the regime often parades detainees on television to condemn Seoul and Washington."
    assert not of_type(events(text), "PUNISHMENT", "condemn")


def test_condemned_to_death_stays() -> None:
    text = "A provincial court condemned two border guards to death last week, a source in Hyesan said."
    assert of_type(events(text), "PUNISHMENT", "condemned")


def test_house_search_is_no_manhunt() -> None:
    text = "Security agents searched his house in Hoeryong and found 30,000 yuan hidden in a jar, a source said."
    assert not of_type(events(text), "SEARCH", "searched")


def test_search_for_people_stays() -> None:
    text = "Police searched for the three runaways in the hills around Unhung for a week, a source said."
    assert of_type(events(text), "SEARCH", "searched")


def test_order_handed_down_is_no_arrest() -> None:
    text = "An order was handed down by the provincial authorities telling residents to stay home after dark."
    assert not of_type(events(text), "ARREST", "handed down")


def test_goods_taken_away_are_no_arrest() -> None:
    text = "Thieves on the road take away whatever you carry, even your shoes, a resident of Musan said."
    assert not of_type(events(text), "ARREST", "take away")


def test_people_taken_away_stay() -> None:
    text = "Security agents took away the woman and her son on June 3, a source in Hyesan said."
    assert of_type(events(text), "ARREST", "took away")


def test_return_asked_for_is_no_arrest() -> None:
    text = (
        "South Korea rescued five North Korean fishermen near Ulleung Island on June 1. "
        "Of them, three were sent back to the North on June 9 according to their wishes, the ministry said."
    )
    assert not of_type(events(text), "ARREST", "sent back")


def test_food_sent_to_soldiers_is_no_smuggling() -> None:
    text = "Parents in Chongjin are sending rice and clothes to their hungry sons at the barracks, a source said."
    assert not of_type(events(text), "SMUGGLING", "sending")


def test_goods_carried_across_the_river_stay() -> None:
    text = "The woman was carrying 20 kilograms of copper across the Tumen River when guards stopped her on May 2."
    assert of_type(events(text), "SMUGGLING", "carrying")


def test_drugs_moved_by_traffickers_are_smuggling() -> None:
    text = (
        "Traffickers moved two kilograms of methamphetamine out of Hamhung, South Hamgyong Province, on February 14 "
        "in a truck loaded with dried fish, a source said."
    )
    assert of_type(events(text, "2023-02-20"), "SMUGGLING", "methamphetamine")
