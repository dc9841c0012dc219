"""Helpers shared by the rule tests: run the pipeline on a report written for the test, find one event in it."""

from __future__ import annotations

from sitreps.model import Document, Mention
from sitreps.pipeline import process


def extract(text: str, published: str | None, outlet: str | None = None) -> list[Mention]:
    """The events of one report, as `process` gives them."""
    return process(Document(text=text, published=published, outlet=outlet))


def find(found: list[Mention], etype: str, words: str) -> Mention:
    """The event of type `etype` with `words` in one of its statements (an assertion error naming what was found
    otherwise)."""
    for m in found:
        if m.type == etype and any(words in s.text for s in m.statements):
            return m
    raise AssertionError(f"no {etype} with {words!r}: {[(m.type, m.evidence.text) for m in found]}")


def of_type(found: list[Mention], etype: str, words: str) -> list[Mention]:
    """The events of type `etype` with `words` in one of their statements."""
    return [m for m in found if m.type == etype and any(words in s.text for s in m.statements)]
