"""Round 16: ways English news words a DIRECTIVE that the extractor missed (notices and announcements of a
rule, new rules, things made mandatory)."""

from __future__ import annotations

from sitreps.model import Document, Mention
from sitreps.pipeline import process


def extract(text: str, published: str | None, outlet: str | None = None) -> list[Mention]:
    return process(Document(text=text, published=published, outlet=outlet))


def find(found: list[Mention], etype: str, words: str) -> Mention:
    for m in found:
        if m.type == etype and any(words in s.text for s in m.statements):
            return m
    raise AssertionError(f"no {etype} with {words!r}: {[(m.type, m.evidence.text) for m in found]}")


def directives(text: str) -> list[str]:
    return [m.evidence.text for m in extract(text, "2023-06-20", "Daily NK") if m.type == "DIRECTIVE"]


def test_notice_that_anyone_entering_is_a_directive() -> None:
    assert directives("The county security office posted a notice that anyone entering the buffer zone will be shot.")


def test_notice_without_a_rule_is_no_directive() -> None:
    assert not directives("Traders took notice of the empty stalls in the market last week.")


def test_new_rule_requires_is_a_directive() -> None:
    assert directives("A new rule requires border guards to hand in their phones before each shift, a source said.")


def test_made_it_mandatory_is_a_directive() -> None:
    assert directives(
        "The provincial security bureau made it mandatory for households near the river to register visitors."
    )
