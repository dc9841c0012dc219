"""Where each event happened: the place tied to it in the text, else the source's or report's province.

`attach_place` picks, among the places named in the event's sentence, the one the parse ties to
the trigger (a place under the trigger or a head above it), the most specific first. It leaves out
places that do not say where the event happened: a defector's destination (TAXONOMY rule 7), the
place in a charge ("executed for letting shipments from Dandong through", rule 5), and, except for
defections and desertions, a place the doer or an order came *from* ("an inspection team from
Pyongyang arrived in Manpo", "an order from Pyongyang"). `locate` fills in an event with no place
of its own from its source's province, else the report's dominant province, marked `inferred`
(TAXONOMY "Places"); a border river, the DMZ or the NLL, which name no province, get the province
the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from sitreps.extract.places import Gazetteer
from sitreps.model import Mention, Place, Span

BORDER_WORDS = {"border", "frontier", "boundary"}
DESTINATION_PREPS = {"to", "into", "across", "toward", "towards", "in"}
FOREIGN_DEFECTION = {"CN", "KR", "RU"}
ORIGIN_TYPES = {"DEFECTION", "DESERTION"}  # "fled from Hyesan": where it happened
CHARGE_WORDS = {"for", "because", "over"}
COORDINATED = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*")
SPECIFICITY = {"place": 0.0, "admin2": 1.0, "admin1": 2.0, "country": 3.0}


def _path(root: Any, stop: set[int], limit: int = 12) -> list[Any]:
    """Tokens from a place's root up to (not including) the first token in `stop`."""
    path = []
    tok = root
    for _ in range(limit):
        if tok.i in stop or tok.head.i == tok.i:
            break
        path.append(tok)
        tok = tok.head
    return path


def attach_place(
    head: Any, places: list[Place], etype: str, other_events: frozenset[int] = frozenset()
) -> Place | None:
    """The most specific place tied to this event in its sentence (not a defector's destination).

    `other_events` are the heads of the sentence's other triggers: a place under one of them is where that
    event happened ("issued orders following last month's escape via Panmunjom": the escape's place).
    """
    if not places:
        return None
    doc = head.doc
    ancestors = [head]
    while ancestors[-1].head.i != ancestors[-1].i:
        ancestors.append(ancestors[-1].head)
    ancestor_ids = {t.i: depth for depth, t in enumerate(ancestors)}
    usable: list[tuple[Place, Any, bool]] = []
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
        path = _path(root, ancestor_ids.keys() | {head.i})
        preps = {t.lower_ for t in path if t.dep_ == "prep"} | {t.head.lower_ for t in path if t.dep_ == "pobj"}
        if preps & CHARGE_WORDS:
            continue  # rule 5: the place in a charge is not where the punishment happened
        origin = "from" in preps
        if origin and etype not in ORIGIN_TYPES and (p.country != "KP" or etype != "SMUGGLING"):
            continue  # "an inspection team from Pyongyang", "an order from Pyongyang"
        if any(t.dep_ in ("relcl", "acl") and t.i != head.i for t in path):
            continue  # "a guard who fled to China": the place describes a person, not this event
        if any(t.i in other_events for t in path):
            continue  # a place under another event is that event's ("caught at Chongjin station")
        if root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.lemma_.lower() in BORDER_WORDS:
            continue  # "the border with China"
        in_subject = any(t.dep_ in ("nsubj", "nsubjpass", "agent") for t in path)
        usable.append((p, root, in_subject))
    if not usable:
        return None

    def rank(item: tuple[Place, Any, bool]) -> tuple[int, int, int, float, int]:
        p, root, in_subject = item
        depth = 99
        tok = root
        for _ in range(12):
            if tok.i in ancestor_ids:
                depth = ancestor_ids[tok.i]
                break
            if tok.head.i == tok.i:
                break
            tok = tok.head
        spec = SPECIFICITY.get(p.precision or "country", 3.0)
        if p.precision == "place" and not p.admin1:
            spec = 2.5  # a river or the DMZ says less than a county or a province
        kp = 0 if p.country == "KP" else 1
        return (0 if p.admin1 else 1, 1 if in_subject else 0, depth, spec, kp)

    best = min(usable, key=rank)[0]
    if best.precision == "admin1" and best.span is not None:
        for p, _root, _subj in usable:
            if p.precision != "admin1" or p.admin1 == best.admin1 or p.span is None:
                continue
            first, second = sorted((best.span, p.span), key=lambda sp: sp.start)
            if COORDINATED.fullmatch(doc.text[first.end : second.start]):
                # "in North Hamgyong and Ryanggang provinces": in neither one alone
                text = doc.text[first.start : second.end]
                return Place(text=text, span=Span(first.start, second.end), country=best.country, precision="country")
    return best


def dominant_admin1(places: list[Place]) -> str | None:
    """The province the report is mostly about.

    The country named most often below country level wins (North Korea on a tie), then its most
    named province: a report about Dandong and Liaoning that mentions Pyongyang once is about
    Liaoning.
    """
    named = [p for p in places if p.admin1 and p.precision != "country"]
    if not named:
        return None
    by_country = Counter(p.country for p in named)
    top = max(by_country.values())
    country = "KP" if by_country.get("KP") == top else by_country.most_common(1)[0][0]
    counts = Counter(p.admin1 for p in named if p.country == country)
    return counts.most_common(1)[0][0]


def _province(gazetteer: Gazetteer, name: str) -> Any:
    entry = gazetteer.province("KP", name)
    if entry is None:
        entry = next((e for (_c, a), e in gazetteer.admin1.items() if a == name), None)
    return entry


# who acted tells the country of an event with no place of its own: "caught by Chinese police"
ACTOR_COUNTRIES = (
    ("KR", ("south korea", "seoul", "joint chiefs", "unification ministry", "ministry of unification",
            "national intelligence service", "united nations command")),
    ("CN", ("chinese", "china", "beijing", "public security")),
    ("RU", ("russian", "russia")),
)  # fmt: skip
# types that happen in North Korea: its courts' sentences, and (rule 7) leaving a unit or the country
KP_TYPES = {"PUNISHMENT", "DESERTION", "DEFECTION"}
LEAVING_TYPES = {"DESERTION", "DEFECTION"}
# an event over the whole border or country has no province: "all border guard units", "border towns"
NATIONWIDE = re.compile(
    r"\b(?:all|every|each)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}(?:units?|posts?|regiments?|companies|areas|"
    r"regions|provinces|counties|towns|cities)\b|\bborder\s+(?:areas|regions|towns|cities|counties|villages)\b|"
    r"\bother\s+(?:border\s+)?(?:cities|towns|areas|regions|provinces|counties)\b|\bnationwide\b|"
    r"\b(?:across|throughout)\s+the\s+country\b",
    re.I,
)
# a provincial or local body's "all units" are the units of its province
LOCAL = re.compile(r"\b(?:provincial|province's|city's|county's|county|local)\b", re.I)


# sectors of the DMZ front and the sea border, and the North Korean province each faces
SECTORS = (
    (re.compile(r"\b(?:western|west)\s+(?:sea\s+border|sea|coast)\b|\bYellow Sea\b", re.I), "South Hwanghae"),
    (re.compile(r"\b(?:western|west)\s+(?:front|sector|frontline|front line)\b|\bPanmunjom\b", re.I), "Kaesong"),
    (re.compile(r"\b(?:central|eastern|east)\s+(?:front|sector|frontline|front line)\b", re.I), "Kangwon"),
)


def sector_province(text: str) -> str | None:
    """The North Korean province across a named sector of the DMZ ("the central front" → Kangwon)."""
    found = [(m.start(), province) for pattern, province in SECTORS for m in [pattern.search(text)] if m]
    return min(found)[1] if found else None


def actor_country(m: Mention) -> str | None:
    """The country of the foreign authority that acted ("Chinese police" → CN), else None."""
    for a in m.actors:
        if a.cls not in ("FOREIGN_AUTHORITY", "UNKNOWN", "MILITARY", "SECURITY_POLICE", None):
            continue
        text = a.text.lower()
        for country, words in ACTOR_COUNTRIES:
            if any(w in text for w in words):
                return country
    return None


def provinces_by_country(places: list[Place]) -> dict[str, str]:
    """The most named province of each country the report names below country level."""
    named = [p for p in places if p.admin1 and p.country and p.precision != "country"]
    out: dict[str, str] = {}
    for country in {p.country for p in named if p.country}:
        counts = Counter(p.admin1 for p in named if p.country == country and p.admin1)
        out[country] = counts.most_common(1)[0][0]
    return out


def _no_province(m: Mention, reach: int = 50) -> bool:
    """An event over the whole border or country ("all border guard units", "in border towns"), said
    within a few words of the trigger."""
    ev = m.evidence
    text = ev.text
    if ev.trigger_span is not None:
        start = ev.trigger_span.start - ev.span.start
        end = ev.trigger_span.end - ev.span.start
        text = text[max(0, start - reach) : end + reach]
    return NATIONWIDE.search(text) is not None and LOCAL.search(ev.text) is None


def locate(
    m: Mention, dominant: str | None, gazetteer: Gazetteer, provinces: dict[str, str] | None = None
) -> None:
    """Fill the location from the source's province or the report's province when none is named.

    `provinces` (the most named province of each country) lets an event done by a foreign authority
    ("caught by Chinese police") take that country's province instead of North Korea's.
    """
    loc = m.location
    if loc is not None and loc.country != "KP":
        return
    foreign = actor_country(m)
    if foreign is not None and (loc is None or not loc.admin1):
        name = next((s.admin1 for s in m.sources if s.admin1 and gazetteer.province(foreign, s.admin1)), None)
        name = name or (provinces or {}).get(foreign)
        entry = gazetteer.province(foreign, name) if name else None
        if entry is not None:
            m.location = entry.to_place(None, None, inferred=True)
        else:
            m.location = Place(text=None, span=None, country=foreign, precision="country", inferred=True)
        return
    sector = sector_province(m.evidence.text)
    if sector is not None and (loc is None or not loc.admin1):
        entry = gazetteer.province("KP", sector)
        if entry is not None:  # "crossed the MDL on the central front"
            m.location = entry.to_place(loc.text if loc else None, loc.span if loc else None, inferred=True)
            return
    if loc is not None and loc.precision == "country" and loc.text and loc.gazetteer_id is None:
        return  # several provinces named ("in North Hamgyong and Ryanggang provinces"): none of them
    province = next((s.admin1 for s in m.sources if s.admin1), None)
    if province is None and not m.is_back_reference:
        province = dominant  # a recalled incident is not placed by the report's own province
    if province is not None and _no_province(m):
        province = None
    entry = _province(gazetteer, province) if province else None
    if entry is not None and entry.country == "KR":
        # a report filed from Seoul: South Korea holds only what its own forces do (caught above)
        province = (provinces or {}).get("KP")
    if province is not None and m.type in KP_TYPES:
        entry = _province(gazetteer, province)
        if entry is not None and entry.country != "KP":
            # in a report about China, a desertion or defection left from the North Korean place it names;
            # a sentence awaiting those sent back is passed somewhere in North Korea
            province = (provinces or {}).get("KP") if m.type in LEAVING_TYPES else None
    if loc is not None and loc.precision == "place" and not loc.admin1:
        # a border river, the DMZ, the NLL: the province from the source or the report
        entry = _province(gazetteer, province) if province else None
        if entry is not None and entry.country == "KP":
            loc.admin1 = entry.admin1
            loc.inferred = True
        return
    if loc is not None and loc.precision != "country":
        return
    if province is not None and not (m.type == "DIRECTIVE" and any(a.cls == "LEADERSHIP" for a in m.actors)):
        entry = _province(gazetteer, province)
        if entry is not None and (loc is None or entry.country == loc.country):
            m.location = entry.to_place(None, None, inferred=True)
            return
    if m.location is None:
        m.location = Place(text=None, span=None, country="KP", precision="country", inferred=True)
