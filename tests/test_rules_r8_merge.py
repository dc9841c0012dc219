"""Round-8 merge rules (TAXONOMY.md rule 4): people brought in as others ("another", "the rest", "two of them")
make an incident of their own; a comma clause with a subject of its own tells another punishment; a defection
restated with its defector in another role is the defection told; a cause clause ("because they were caught")
restates the arrest. Every sentence here is written for this suite in the style of real reports.
"""

from __future__ import annotations

from sitreps.merge import _comma_clause, _doers_compatible, _new_people
from sitreps.model import Actor, Document, Evidence, Mention, Span
from sitreps.pipeline import process


def of_type(text: str, etype: str, published: str = "2023-05-12") -> list[Mention]:
    found = process(Document(text=text, published=published, outlet="Daily NK"))
    return [m for m in found if m.type == etype and m.modality != "generic"]


def evidence(text: str, trigger: str) -> Evidence:
    at = text.index(trigger)
    return Evidence(text=text, span=Span(0, len(text)), trigger=trigger, trigger_span=Span(at, at + len(trigger)))


def test_another_in_a_while_clause_is_a_second_arrest() -> None:
    text = (
        "Two customs officers were busted for smuggling copper near Manpo on April 2, a source said. "
        "One of the officers was caught on the spot, while another ran off but later turned himself in."
    )
    found = of_type(text, "ARREST")
    assert any("turned himself in" in s.text and s.trigger == "turned himself in" for m in found for s in m.statements)
    joined = [m for m in found if {s.trigger for s in m.statements} >= {"was caught", "turned himself in"}]
    assert not joined


def test_another_group_in_a_later_sentence_stays_apart() -> None:
    text = (
        "Chinese police arrested eight North Korean defectors in Shenyang last week, an activist said. "
        "Earlier, another group of four defectors was detained near the border with Laos."
    )
    assert len(of_type(text, "ARREST")) == 2


def test_new_people_markers() -> None:
    assert _new_people(evidence("They have arrested two of them, but one is still at large.", "arrested"))
    assert _new_people(evidence("Another group of four was detained near Tumen.", "detained"))
    assert not _new_people(evidence("The four were detained near Tumen.", "detained"))
    assert not _new_people(evidence("One was detained near Tumen.", "detained"))


def test_comma_clause_with_a_subject_of_its_own() -> None:
    assert _comma_clause(" on charges of spying, her husband was ")
    assert not _comma_clause(" on Monday, the source said, and ")
    assert not _comma_clause(" in the same month, ")


def test_family_exiled_after_the_prison_camp_is_a_punishment_of_its_own() -> None:
    text = (
        "Police in Hoeryong have cracked down on people using Chinese phones. "
        "“In the end, Ri was sent to a political prison camp for espionage, his wife was banished to a remote "
        "village and their house was seized,” the source said."
    )
    assert len(of_type(text, "PUNISHMENT")) >= 2


def test_quoted_restatement_with_the_defector_in_another_role_joins() -> None:
    text = (
        "South Korean troops fired warning shots at North Korean soldiers chasing a private who had defected "
        "across the border, officials said the defection was confirmed.\n"
        '"Today a North Korean private defected through our guard post in the eastern sector," Kim said.'
    )
    assert len(of_type(text, "DEFECTION")) == 1


def test_because_they_were_caught_restates_the_arrest() -> None:
    text = (
        "Two border guards were arrested in Hyesan on March 3 after taking goods from a Chinese trader. "
        "The guards will face harsh punishment because they were caught so soon after the border closed."
    )
    found = of_type(text, "ARREST")
    assert not any(m.evidence.text.startswith("The guards will") for m in found)


def test_defector_named_as_target_on_one_side_and_doer_on_the_other() -> None:
    lead = Mention(type="DEFECTION", modality="asserted", evidence=evidence("a private who had defected", "defected"))
    lead.targets = [Actor(text="private", cls="MILITARY")]
    lead.actors = [Actor(text="officials", cls="PARTY_OFFICIAL")]
    quote = Mention(type="DEFECTION", modality="asserted", evidence=evidence("a private defected", "defected"))
    quote.actors = [Actor(text="North Korean private", cls="MILITARY")]
    assert _doers_compatible(lead, quote)
    other = Mention(type="DEFECTION", modality="asserted", evidence=evidence("a fisherman defected", "defected"))
    other.actors = [Actor(text="fisherman", cls="CIVILIAN")]
    assert not _doers_compatible(lead, other)
