"""Round 12 back-reference rules, from wordings seen in real border reports: the leader's order told in the
past perfect ("Kim Jong Un had ordered guards to ...") came before the story's incident and is background to
it (TAXONOMY rule 3), even under a source's words; an order of his told after the
story's incident is part of it.

Every sentence here is written for this suite, in the style of border and wire reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract, of_type


def events(text: str, published: str = "2022-09-20") -> list[Mention]:
    return extract(text, published)


def test_leader_order_in_past_perfect_is_recalled() -> None:
    text = (
        "A soldier was shot dead by border guards last week while wading across the Yalu River near Hyesan, a "
        "source in Ryanggang Province said. "
        "The source said Kim Jong Un had ordered guards to shoot anyone approaching the river without a permit."
    )
    found = of_type(events(text), "DIRECTIVE", "had ordered")
    assert found
    assert all(m.is_back_reference for m in found)


def test_leader_order_handed_down_is_recalled() -> None:
    text = (
        "Four smugglers were arrested in Sinuiju on Sept. 2 while carrying phones across the Yalu River, a "
        "source in North Pyongan Province said. "
        "The source said leader Kim Jong Un had handed down an order in mid-August to treat smuggling as treason."
    )
    found = of_type(events(text), "DIRECTIVE", "handed down")
    assert found
    assert all(m.is_back_reference for m in found)


def test_leader_order_after_the_incident_is_the_story() -> None:
    text = (
        "Two border guards deserted their post in Hoeryong in early July, a source in North Hamgyong "
        "Province said. "
        "The source said Kim Jong Un had ordered in August that every guard company be inspected."
    )
    found = of_type(events(text), "DIRECTIVE", "had ordered")
    assert found
    assert not any(m.is_back_reference for m in found)


def test_remainder_told_after_leader_order_is_the_story() -> None:
    text = (
        "An inspection team from Pyongyang arrived in Musan in mid-January to root out brokers, a source in "
        "North Hamgyong Province told Daily NK. "
        "The source said that Kim Jong Un had told a meeting of party officials late last year to root out the "
        "brokers. "
        '"Nine brokers were arrested over January and February, and three of them were taken to Pyongyang for '
        'more questioning," the source said.'
    )
    found = [m for m in events(text, "2015-02-20") if m.type == "ARREST"]
    assert found
    assert not any(m.is_back_reference for m in found)
