"""Round 13 measure rules, from wordings seen in real border reports: "crackdown" written as a verb ("decided to
crackdown on smuggling"), a crackdown begun as "an effort to crack down on ...", and the measures an order or a
call only asks for ("ordered tighter border security and a crackdown on ...", "urged officials to redouble efforts
to crack down on ..."): the order is the event, no measure is taken yet.

Every sentence here is written for this suite, in the style of border and wire reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract, of_type


def events(text: str, published: str = "2021-10-12") -> list[Mention]:
    return extract(text, published)


def test_crackdown_written_as_a_verb() -> None:
    text = "Police in Hoeryong began to crackdown on unregistered lodgers last week, a source in the city said."
    assert of_type(events(text), "CRACKDOWN", "crackdown on unregistered")


def test_effort_to_crack_down_begun_is_a_crackdown() -> None:
    text = (
        "In early October, the provincial security bureau began a fresh effort to crack down on remittance brokers "
        "in Hyesan, a source in Ryanggang Province said."
    )
    found = of_type(events(text), "CRACKDOWN", "effort to crack down")
    assert found
    assert found[0].modality == "asserted"


def test_effort_to_crackdown_misspelled_is_a_crackdown() -> None:
    text = "Border units in Musan started an effort to crackdown on river crossings at night, the source said."
    assert of_type(events(text), "CRACKDOWN", "effort to crackdown")


def test_efforts_an_order_urges_are_not_a_crackdown() -> None:
    text = (
        "Kim Jong Un urged security officials at a meeting in Pyongyang to redouble efforts to crack down on "
        "foreign films, state media reported."
    )
    found = events(text)
    assert of_type(found, "DIRECTIVE", "urged")
    assert not of_type(found, "CRACKDOWN", "efforts to crack down")


def test_crackdown_ordered_after_another_measure_is_not_taken() -> None:
    text = (
        "The Central Committee ordered stricter guard duty and a crackdown on unauthorized travel in the border "
        "counties, a source in North Hamgyong Province said."
    )
    found = events(text)
    assert of_type(found, "DIRECTIVE", "ordered")
    assert not of_type(found, "CRACKDOWN", "crackdown on unauthorized")
