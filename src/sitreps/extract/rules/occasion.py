"""The meeting or visit where a report's leadership orders were made, and the date and place it lends them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sitreps.extract.actors import ActorFinder
from sitreps.model import Actor, EventDate, Mention, Place, Span


@dataclass(slots=True)
class Occasion:
    """The meeting or visit where the leadership's orders and decisions in a report were made."""

    date: EventDate
    place: Place | None
    span: Span
    leader: Actor | None = None


OCCASION_NOUNS = {"meeting", "conference", "plenum", "session", "congress", "rally"}
OCCASION_VERBS = {"take", "open", "hold", "convene", "close"}  # "a conference took place", "was held"
VISIT_VERBS = {"inspect", "visit", "tour"}
OCCASION_DOERS = {"DIRECTIVE", "PUNISHMENT", "OTHER"}
AT_OCCASION = re.compile(
    r"\b(?:at|during) (?:the|this|that) (?:meeting|conference|plenum|session|congress|site|visit)\b|\bon the spot\b",
    re.I,
)


def occasion_anchor(tok: Any, actors: ActorFinder) -> Any | None:
    """The verb of a meeting or visit told in the lead ("made the remarks at a meeting", "a conference took
    place", "a meeting ... held in Pyongyang", "Kim inspected a unit"), else None."""
    lemma = tok.lemma_.lower()
    if lemma in VISIT_VERBS and tok.pos_ == "VERB":
        doers, _ = actors.arguments(tok)
        return tok if any(a.cls == "LEADERSHIP" for a in doers) else None
    if lemma not in OCCASION_NOUNS or tok.pos_ != "NOUN":
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during") and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in OCCASION_VERBS:
        return tok.head
    return next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in OCCASION_VERBS), None)


def date_by_occasion(mentions: list[Mention], occasion: Occasion, text: str) -> None:
    """The leadership's orders, dismissals and appointments at the report's meeting or visit take its date
    and place when their own sentence gives none (the phrase "at the meeting", or the leader as doer, ties
    them to it)."""
    for m in mentions:
        if m.is_back_reference or m.pluperfect or m.modality == "generic" or m.type not in OCCASION_DOERS:
            continue
        tied = (
            any(a.cls == "LEADERSHIP" or any(w in a.text.lower() for w in OCCASION_NOUNS) for a in m.actors)
            or AT_OCCASION.search(m.evidence.text) is not None
            or m.evidence.span.overlaps(occasion.span)
        )
        if not tied:
            continue
        if m.date.value is None and occasion.date.value is not None:
            m.date = occasion.date
        loc = m.location
        if occasion.place is not None and (loc is None or loc.inferred or loc.country != "KP" or m.type == "DIRECTIVE"):
            m.location = occasion.place
