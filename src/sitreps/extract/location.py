"""Where each event happened: the place tied to it in the text, else the source's or report's province.

`attach_place` picks, among the places named in the event's sentence, the one the parse ties to
the trigger (a place under the trigger or a head above it), the most specific first; a defection
is placed where the person left from, never at the destination (TAXONOMY rule 7). `locate`
fills in an event with no place of its own from its source's province, else the report's
dominant province, marked `inferred` (TAXONOMY "Places").
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sitreps.extract.places import Gazetteer
from sitreps.model import Mention, Place

DESTINATION_PREPS = {"to", "into", "across", "toward", "towards", "in"}
FOREIGN_DEFECTION = {"CN", "KR", "RU"}


def attach_place(head: Any, places: list[Place], etype: str) -> Place | None:
    """The most specific place tied to this event in its sentence (not a defector's destination)."""
    if not places:
        return None
    doc = head.doc
    usable: list[tuple[Place, Any]] = []
    for p in places:
        assert p.span is not None
        chars = doc.char_span(p.span.start, p.span.end, alignment_mode="expand")
        if chars is None:
            continue
        root = chars.root
        destination = root.dep_ == "pobj" and root.head.lower_ in DESTINATION_PREPS - {"in"}
        if etype == "DEFECTION" and (p.country in FOREIGN_DEFECTION or destination):
            continue  # rule 7: a defection is placed where the person left from
        if destination and p.country != "KP":
            continue
        usable.append((p, root))
    if not usable:
        return None
    # prefer places in the trigger's own clause: walk up from each place to the trigger's ancestors
    ancestors = [head]
    while ancestors[-1].head.i != ancestors[-1].i:
        ancestors.append(ancestors[-1].head)
    ancestor_ids = {t.i: depth for depth, t in enumerate(ancestors)}

    def rank(item: tuple[Place, Any]) -> tuple[int, int, float, int]:
        p, root = item
        depth = 99
        tok = root
        for _ in range(12):
            if tok.i in ancestor_ids:
                depth = ancestor_ids[tok.i]
                break
            if tok.head.i == tok.i:
                break
            tok = tok.head
        spec = {"place": 0.0, "admin2": 1.0, "admin1": 2.0, "country": 3.0}.get(p.precision or "country", 3.0)
        if p.precision == "place" and not p.admin1:
            spec = 2.5  # a river or the DMZ says less than a county or a province
        kp = 0 if p.country == "KP" else 1
        return (0 if p.admin1 else 1, depth, spec, kp)

    best = min(usable, key=rank)
    return best[0]


def dominant_admin1(places: list[Place]) -> str | None:
    counts = Counter(p.admin1 for p in places if p.country == "KP" and p.admin1)
    if not counts:
        return None
    return counts.most_common(1)[0][0]


def locate(m: Mention, dominant: str | None, gazetteer: Gazetteer) -> None:
    """Fill the location from the source's province or the report's province when none is named."""
    if m.location is not None and m.location.precision != "country":
        return
    if m.location is not None and m.location.country != "KP":
        return
    province = next((s.admin1 for s in m.sources if s.admin1), None)
    if province is None and m.type != "DIRECTIVE":
        province = dominant
    if province is not None and not any(a.cls == "LEADERSHIP" for a in m.actors):
        entry = gazetteer.province("KP", province)
        if entry is not None:
            m.location = entry.to_place(None, None, inferred=True)
            return
    if m.location is None:
        m.location = Place(text=None, span=None, country="KP", precision="country", inferred=True)
