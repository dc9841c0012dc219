"""Round 14 rules for triggers a rule had wrongly dropped: an infinitive that tells the event itself though it looks
like an aim (a defection someone was caught helping with, the crossing of an attempt, a punishment a decision was
made about, a wish to defect that Seoul has accepted), and an order whose issuer is the one a cause moved ("led
police to order ..."). The aims and wishes beside them stay dropped.

Every sentence here is written for this suite, in the style of border and wire reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract, of_type


def events(text: str, published: str = "2023-06-20") -> list[Mention]:
    return extract(text, published)


def test_guards_caught_helping_a_family_to_defect() -> None:
    text = "An officer and two of his men from the Hyesan unit were caught helping a family of four to defect in May."
    assert of_type(events(text), "DEFECTION", "to defect")


def test_crossing_of_an_attempt_is_a_defection() -> None:
    text = "Some of the 30 residents detained in Musan in their attempt to cross over to China were released, he said."
    assert of_type(events(text), "DEFECTION", "cross")


def test_accepted_wish_to_defect_is_a_defection() -> None:
    text = "The unification ministry said Seoul has accepted her wish to defect after questioning her for a week."
    assert of_type(events(text), "DEFECTION", "defect")


def test_expressed_desire_to_defect_stays_an_aim() -> None:
    text = "The fishermen drifted south on Monday. Two of them expressed their desire to defect, the ministry said."
    assert not of_type(events(text), "DEFECTION", "desire to defect")


def test_decision_made_to_punish_is_a_punishment() -> None:
    text = "It appears that a decision has been made to punish the company commander over the shooting, a source said."
    assert of_type(events(text), "PUNISHMENT", "punish")


def test_agents_sent_to_punish_stay_an_aim() -> None:
    text = "The ministry dispatched inspectors to Hyesan to punish officials who took bribes, the source said."
    assert not of_type(events(text), "PUNISHMENT", "punish")


def test_order_given_by_the_one_a_cause_led() -> None:
    text = "The string of robberies in Chongjin has led police to order patrols to arrest armed gangs on sight."
    assert of_type(events(text), "DIRECTIVE", "order")


def test_order_led_by_no_authority_stays_dropped() -> None:
    text = "The rumours have led residents to order more rice from traders before the holiday, the source said."
    assert not of_type(events(text), "DIRECTIVE", "order")


def test_warning_given_at_meetings_is_an_order() -> None:
    text = (
        "Border patrols were told to shoot on sight in April. Residents were given the following warning against "
        "river crossings on May 3 at neighbourhood meetings."
    )
    assert of_type(events(text), "DIRECTIVE", "following warning")


def test_warning_sent_by_a_disclosure_stays_dropped() -> None:
    text = "Analysts said the disclosure sends a warning to smugglers along the Yalu, the source said."
    assert not of_type(events(text), "DIRECTIVE", "warning")
