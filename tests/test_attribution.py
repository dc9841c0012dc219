"""Who a statement is attributed to, and whom an event acts on, where the report's wording hides it."""

from __future__ import annotations

from tests.rule_helpers import extract, find

REPORT = (
    "Security agents arrested two traders in Hyesan on May 3, a source in Ryanggang Province told Daily NK.\n"
    "The two had been selling Chinese phones, the source said.\n"
    "Daily NK reported in April that a border guard in the city deserted his post.\n"
    "In March, Kim Jong Un ordered border units to tighten discipline.\n"
    "\u201cThe agents are now questioning their families,\u201d the source added.\n"
)


def test_a_quoted_source_covers_the_sentences_that_follow_it() -> None:
    arrest = find(extract(REPORT, "2024-05-10", "Daily NK"), "ARREST", "arrested two traders")
    assert [s.text for s in arrest.sources] == ["a source in Ryanggang Province"]


def test_another_outlets_earlier_report_ends_the_sources_carry() -> None:
    found = extract(REPORT, "2024-05-10", "Daily NK")
    desertion = find(found, "DESERTION", "deserted his post")
    assert [(s.kind, s.text) for s in desertion.sources] == [("other_outlet", "Daily NK")]
    order = find(found, "DIRECTIVE", "ordered border units")
    assert order.sources == []  # the writer's own background, not the Ryanggang source's words


def test_the_source_pointed_back_to_covers_its_sentence_again() -> None:
    found = extract(REPORT, "2024-05-10", "Daily NK")
    questioning = find(found, "CRACKDOWN", "questioning their families")
    assert [s.text for s in questioning.sources] == ["a source in Ryanggang Province"]


def test_the_one_turned_in_is_the_subject_of_the_clause_before() -> None:
    text = (
        "In June a company commander in Musan helped three residents to cross the Tumen River, only to be turned in "
        "by another officer, a source in North Hamgyong Province said.\n"
    )
    arrest = find(extract(text, "2024-07-02"), "ARREST", "turned in")
    assert [a.text for a in arrest.actors] == ["officer"]
    assert [t.text for t in arrest.targets] == ["company commander"]
