"""Within-report merge: one incident stated several times in a report becomes one mention.

Two statements merge when they have the same type, the same back-reference standing, the
same modality (a feared arrest is not the arrest that happened; a hedged retelling that names the same people by
the same word, "the man was apparently shot", is the shooting told), compatible dates (equal, one
undated, or one inside the other at its precision), compatible places (same province, or one
inferred or unknown), and no contradicting people (different counts, or targets of disjoint
classes). Two triggers of one sentence stay apart when each has a clause and a subject of its own
("the head got ten years, and the other four got five"), and join when one is the aim of the other
("sent a team to track him down"). The merged mention keeps the best-supported date (the most precise), the best place
(stated over inferred, then the most specific), the most factual modality, and every
statement as evidence. A statement that points back at an incident ("after defecting", "whether he crossed",
"the arrested"; marked `anaphoric` by sitreps.extract.restate) joins the latest incident of its type told before
it whose date, place and people fit, whatever its modality. A custody of "a broker" told after the incident named
its broker as known ("the broker") is another person's; a custody of one person told in the body by another word
than the lead's undated one ("have arrested a phone broker" / "a resident of Onsong was arrested") is the lead's.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sitreps.model import Actor, Evidence, Mention, Place

# types whose people are the doers: two defections by different people are two events
DOER_TYPES = {"DEFECTION", "DESERTION", "SMUGGLING"}
MODALITY_RANK = {"asserted": 0, "uncertain": 1, "planned": 2, "hypothetical": 3, "generic": 4}
PLACE_RANK = {"place": 0, "admin2": 1, "admin1": 2, "country": 3, None: 4}
DATE_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4, None: 5}


def _dates_compatible(a: Mention, b: Mention) -> bool:
    va, vb = a.date.value, b.date.value
    if va is None or vb is None:
        return True
    if va.startswith(vb) or vb.startswith(va):
        return True
    # a week or a season holds days and months that are not its prefix ("2021-W16" in "2021-04")
    sa, sb = _period(va), _period(vb)
    if sa is None or sb is None or ("W" not in va + vb and not _is_season(va) and not _is_season(vb)):
        return False
    inside = (sa[0] <= sb[0] and sb[1] <= sa[1]) or (sb[0] <= sa[0] and sa[1] <= sb[1])
    weeks = "W" in va + vb  # a week may straddle two months
    return inside or (weeks and sa[0] <= sb[1] and sb[0] <= sa[1])


SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _is_season(value: str) -> bool:
    return value[-2:] in SEASON_MONTHS


def _period(value: str) -> tuple[date, date] | None:
    """First and last day of a day, month, ISO week or season value; None for other forms."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = date.fromisoformat(value)
            return day, day
        if re.fullmatch(r"\d{4}-\d{2}", value):
            first = date(int(value[:4]), int(value[5:7]), 1)
            return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            monday = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            return monday, monday + timedelta(days=6)
        if re.fullmatch(r"\d{4}-(?:SP|SU|FA|WI)", value):
            first = date(int(value[:4]), SEASON_MONTHS[value[5:]], 1)
            after = date(first.year + (first.month + 3 > 12), (first.month + 2) % 12 + 1, 1)
            return first, after - timedelta(days=1)
    except ValueError:
        return None
    return None


# rivers and seas that part two countries: a place named only by one is on either side ("repatriated via the
# Tumen River" and "repatriated from China" are one return)
BORDER_WATERS = re.compile(r"\b(?:tumen|yalu|amnok|duman|tuman)\b", re.I)
# the truce village straddles the line: a handover "at Panmunjom" is on both sides ("handed over at Panmunjom" and "sent
# back to the North" from Seoul are one return)
TRUCE_VILLAGE = re.compile(r"\b(?:panmunj[eo]+m|truce village|joint security area)\b", re.I)


def _border_of(p: Place) -> set[str]:
    """The countries a place on the line belongs to: both Koreas for Panmunjom, North Korea and China for a border
    river named with no province; none for other places."""
    named = f"{p.text or ''} {p.place or ''}"
    if TRUCE_VILLAGE.search(named):
        return {"KP", "KR"}
    if p.admin1 is None and BORDER_WATERS.search(named):
        return {"KP", "CN"}
    return set()


def _places_compatible(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None or a.inferred or b.inferred:
        return True
    border_a, border_b = _border_of(a), _border_of(b)
    if border_a or border_b:
        return (not border_a or b.country is None or b.country in border_a) and (
            not border_b or a.country is None or a.country in border_b
        )
    if a.country and b.country and a.country != b.country:
        return False
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    return not (a.admin2 and b.admin2 and a.admin2 != b.admin2)


PRONOUNS = {"he", "she", "they", "him", "her", "them", "his", "their", "it"}
# heads that name people by no role of their own: "300 residents" and "300 people", "more than 500 defectors" and "the
# people" are one group told twice
PLAIN_PEOPLE = {"people", "person", "resident", "citizen", "individual", "korean", "civilian", "national", "refugee",
                "escapee", "defector", "inhabitant"}  # fmt: skip


def _people_compatible(a: list[Actor], b: list[Actor], by_head: bool = True) -> bool:
    # a pronoun points back at people already named: "they publicly shot him" is the captain executed
    a = [x for x in a if x.text.lower() not in PRONOUNS]
    b = [x for x in b if x.text.lower() not in PRONOUNS]
    if not a or not b:
        return True
    heads_a = {_head(x.text) for x in a if x.text}
    heads_b = {_head(x.text) for x in b if x.text}
    if heads_a & heads_b:
        return counts_agree(a, b)  # "five senior security officials" / "five officials"
    if by_head and heads_a and heads_b:
        return _plainly_named(a, b)  # rule 4: different people acted on are different events
    if not counts_agree(a, b):
        return False
    return bool({x.cls for x in a} & {x.cls for x in b})


def _plainly_named(a: list[Actor], b: list[Actor]) -> bool:
    """Both name a group only as people, by different words ("300 residents" / "300 people", "people" / "more than 500
    defectors"), of the same size, or one of several where the other gives no size; not one person ("a resident" /
    "two defectors"), nor a group named by its role ("people" / "five leaders")."""
    if not all(_head(x.text) in PLAIN_PEOPLE for x in a + b):
        return False
    counts_a = {x.count for x in a if x.count}
    counts_b = {x.count for x in b if x.count}
    if counts_a and counts_b:
        return counts_a == counts_b and min(counts_a) > 1
    counted, bare = (counts_a, b) if counts_a else (counts_b, a)
    return bool(counted) and min(counted) > 1 and all(_plural(x.text) for x in bare)


def _plural(text: str) -> bool:
    word = text.lower().split()[-1] if text.split() else ""
    return word == "people" or (word.endswith("s") and not word.endswith("ss"))


# words after the head of a role phrase: "a man in his 40s", "a man who once held office", "members of the troupe"
POSTMODIFIER = re.compile(r"\s*(?:,|\(|\b(?:who|whom|whose|which|that|in|of|from|with|at|on|near|aged)\b).*$", re.I)


def _head(text: str, cut: bool = True) -> str:
    """The head word of a role phrase, singular: "two border guards" and "the surviving guard" are guards; "a man
    in his 40s who once held office" is a man. (An issuer keeps its last word, `cut` False: "the Ministry of State
    Security" and "the Ministry of National Defence" are two issuers.)"""
    words = ((POSTMODIFIER.sub("", text) if cut else text) or text).lower().split() or text.lower().split()
    word = words[-1]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return word


def counts_agree(a: list[Actor], b: list[Actor]) -> bool:
    counts_a = {x.count for x in a if x.count}
    counts_b = {x.count for x in b if x.count}
    return not (counts_a and counts_b and not counts_a & counts_b)


# words that open a new clause inside a sentence; "before" and "after" also order two happenings in time
CLAUSE_OPENERS = {"and", "but", "while", "whereas", "before", "after", "until", "then"}
# "wounded when a landmine exploded": a clause that tells the circumstances of the same incident
LINKING_OPENERS = {"when", "as", "because", "where", "during"}
SEQUENCE_OPENERS = {"before", "after", "until"}
AUXILIARIES = {
    "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could", "can",
    "may", "might", "must", "should", "did", "also", "then", "later", "even", "reportedly", "allegedly", "all",
    "already", "since", "soon", "quickly", "subsequently", "themselves", "both", "each", "not", "never",
}  # fmt: skip
# words before a noun: "after a public trial", "in labour camps" name the event as a thing, not as a new clause
NOMINAL_MARKERS = {"a", "an", "the", "its", "his", "her", "their", "this", "that", "these", "those", "of", "in",
                   "on", "at", "to", "for", "with", "by", "from", "into", "during", "under", "over"}  # fmt: skip
PAST_FORMS = {
    "got", "gave", "given", "sent", "held", "caught", "shot", "told", "put", "set", "took", "taken", "drove",
    "driven", "threw", "thrown", "brought", "fled", "left", "ran", "went", "beat", "beaten", "struck", "hit",
    "led", "fought", "sought", "paid", "sold", "stole", "stolen", "swam", "broke", "made", "kept", "fell", "came",
    "began", "begun", "slipped", "hid", "rode", "flew", "won", "lost",
}  # fmt: skip
# "killed two and injured six", "one killed and several others wounded": the toll of one incident
TOLL_WORDS = {"wounded", "injured", "hurt", "killed", "dead", "missing"}
REPORTING = {"said", "says", "added", "reported", "told", "believed", "thought", "claimed", "noted", "explained"}


def _clauses_apart(a: Evidence, b: Evidence, orders: bool = False) -> bool:
    """Two triggers of one sentence stated in clauses of their own, each with its own subject ("the head got
    10 years, and the other four got ...", "fired warning shots after soldiers crossed the border", "was
    demoted, while the political officer was given a reprimand"), or told one after the other ("shot dead two
    officers before he was killed"): two incidents, whatever the parse made of their people. Verbs that share
    their subject ("dismissed and expelled", "caught and sent back") and events named as things ("sentenced
    ... after a public trial") stay one."""
    if a.trigger_span is None or b.trigger_span is None or a.trigger_span.overlaps(b.trigger_span):
        return False
    first, second = sorted((a, b), key=lambda e: e.trigger_span.start if e.trigger_span else 0)
    assert first.trigger_span is not None and second.trigger_span is not None
    base = first.span.start
    gap = first.text[first.trigger_span.end - base : second.trigger_span.start - base]
    words = re.findall(r"[\w'’-]+", gap.lower())
    toll = set(second.text[second.trigger_span.start - base : second.trigger_span.end - base].lower().split())
    others = any(
        w in CLAUSE_OPENERS
        and _others(words[i + 1 : i + 3])
        and not set(words[i + 1 :]) & (LINKING_OPENERS | TOLL_WORDS)
        for i, w in enumerate(words)
    )
    if others and not toll & TOLL_WORDS:
        return True  # "one was caught at the scene, while another fled but later turned himself in"
    if _comma_clause(gap) and _finite(first) and _finite(second):
        return True  # "Han was sent to a prison camp, her family was exiled": a clause with a subject of its own
    opener = max((i for i, w in enumerate(words) if w in CLAUSE_OPENERS | LINKING_OPENERS), default=None)
    if opener is None or words[opener] in LINKING_OPENERS:
        return False
    tail = words[opener + 1 :]
    if orders and "to" in words[:opener] and not set(tail) - AUXILIARIES:
        return True  # "instructed the army to tighten the blockade and told the security organs to ...": two orders
    said = max((i for i, w in enumerate(tail) if w in REPORTING), default=None)
    if said is not None:
        tail = tail[said + 1 :]  # "and the source said they could be executed": the clause is what was said
    before = re.findall(r"[\w'’-]+", first.text[: first.trigger_span.start - base].lower())[-1:]
    after = re.findall(r"[\w'’-]+", second.text[second.trigger_span.end - base :].lower())[:1]
    if set(before) & NOMINAL_MARKERS or set(after) & {"them", "him", "her"}:
        return False  # "the trial was held ..., and the man was shot"; "before brokers took them across"
    if tail[:1] == ["that"]:
        return True  # "reported that police had detained nine, and that they were sent back"
    while tail and tail[-1] in AUXILIARIES:
        tail.pop()
    aux = len(tail) < len(words) - opener - 1
    if tail and all(w.endswith("ly") and w not in NOT_ADVERBS for w in tail):
        return False  # "left his barracks ... and finally crossed the border": an adverb, no subject of its own
    if not tail or tail[0] in NOMINAL_MARKERS - {"a", "an", "the", "its", "his", "her", "their", "this"}:
        return False  # "caught and sent back", "and at the road checkpoint"
    if tail[-1] in NOMINAL_MARKERS or (len(tail) == 1 and tail[0] in NOMINAL_MARKERS):
        return False  # "after a public trial": the event named as a thing
    verb = second.text[second.trigger_span.start - base : second.trigger_span.end - base].lower().split()
    finite = aux or any((w.endswith("ed") or w in PAST_FORMS) and w not in TOLL_WORDS for w in verb[:2])
    if not finite:
        return False  # "torture and sexual violence"
    if all(w in PRONOUNS for w in tail):
        if _passive(first) and set(tail) & {"he", "she", "they"}:
            return False  # "Kim was arrested at the time after she was caught": the one taken, told twice
        return words[opener] in SEQUENCE_OPENERS  # "before he was killed"; not "and he was handed over"
    return not ({"of"} & set(tail) and PRONOUNS & set(tail))  # "and two of them were taken": the same people


# words in -ly that are not adverbs: "and his family was exiled" has a subject of its own
NOT_ADVERBS = {"family", "ally", "assembly", "supply", "italy", "only"}


# words that bring in people other than those told: "another fled", "the other four", "the rest were freed"
OTHERS = {"another", "others", "rest", "remaining"}


def _others(words: list[str]) -> bool:
    return bool(set(words) & OTHERS) or words[:2] == ["the", "other"]


def _finite(e: Evidence) -> bool:
    """The trigger is a verb in a past form ("was exiled", "sent"), not a noun."""
    assert e.trigger_span is not None
    verb = e.text[e.trigger_span.start - e.span.start : e.trigger_span.end - e.span.start].lower().split()
    return any(w.endswith("ed") or w in PAST_FORMS for w in verb[:1])


def _passive(e: Evidence) -> bool:
    """The trigger is a passive verb ("was arrested", "had been detained"): its subject is the one acted on."""
    assert e.trigger_span is not None
    before = re.findall(r"[\w'’-]+", e.text[: e.trigger_span.start - e.span.start].lower())[-3:]
    return _finite(e) and bool(set(before) & BE_FORMS)


def _comma_clause(gap: str) -> bool:
    """After the last comma of the gap, a short subject and an auxiliary: ", her family was" (not ", the source
    said,", ", and", ", in the same month")."""
    if "," not in gap or '"' in gap or "“" in gap or "”" in gap:
        return False
    tail = re.findall(r"[\w'’-]+", gap.rsplit(",", 1)[1].lower())
    if not 2 <= len(tail) <= 4 or tail[-1] not in BE_FORMS or tail[0] not in POSSESSIVE_DETS:
        return False
    return not set(tail[:-1]) & (AUXILIARIES | REPORTING | CLAUSE_OPENERS | LINKING_OPENERS | {"which", "who"})


# a subject that opens with a possessive or a determiner and names someone ("her family", "the other guard")
POSSESSIVE_DETS = {"his", "her", "their", "the", "its"}


def _purpose(a: Evidence, b: Evidence) -> bool:
    """One trigger is the purpose or the aim of the other in one clause: "sent investigators to Hoeryong to track
    down a woman", "mobilized 500 people to search the hills", "crossed the border and asked to defect"."""
    if a.span != b.span or a.trigger_span is None or b.trigger_span is None or a.trigger_span == b.trigger_span:
        return False
    first, second = sorted((a, b), key=lambda e: e.trigger_span.start if e.trigger_span else 0)
    assert first.trigger_span is not None and second.trigger_span is not None
    base = first.span.start
    gap = re.findall(r"[\w'’-]+", first.text[first.trigger_span.end - base : second.trigger_span.start - base].lower())
    return 0 < len(gap) <= 12 and gap[-1] == "to" and not _clauses_apart(a, b)


def _one_act(a: Mention, b: Mention) -> bool:
    return any(_purpose(x, y) for x in a.statements or [a.evidence] for y in b.statements or [b.evidence])


def _in_separate_clauses(a: Mention, b: Mention) -> bool:
    return any(
        x.span == y.span and _clauses_apart(x, y, a.type == "DIRECTIVE")
        for x in a.statements or [a.evidence]
        for y in b.statements or [b.evidence]
    )


def _joined_verbs(a: Evidence, b: Evidence) -> bool:
    """Two verbs of one sentence that share their subject, the second right after "and" ("were arrested by Chinese
    police in Kunming ... and detained in Jilin"): one incident told in steps, whatever places or dates each names."""
    if a.span != b.span or a.trigger_span is None or b.trigger_span is None or a.trigger_span.overlaps(b.trigger_span):
        return False
    first, second = sorted((a, b), key=lambda e: e.trigger_span.start if e.trigger_span else 0)
    assert first.trigger_span is not None and second.trigger_span is not None
    gap = first.text[first.trigger_span.end - first.span.start : second.trigger_span.start - first.span.start]
    if any(q in gap for q in '"“”;:'):
        return False
    words = re.findall(r"[\w'’-]+", gap.lower())
    if "and" not in words or len(words) > 16 or not _finite(second):
        return False
    at = len(words) - 1 - words[::-1].index("and")
    tail, lead = words[at + 1 :], words[:at]
    if not all(w in AUXILIARIES or w.endswith("ly") for w in tail):
        return False  # "and three were detained in Musan": other people
    return not set(lead) & (CLAUSE_OPENERS | LINKING_OPENERS | PRONOUNS | {"that", "who", "which", "whom"})


def _steps_of_one(a: Mention, b: Mention) -> bool:
    return any(_joined_verbs(x, y) for x in a.statements or [a.evidence] for y in b.statements or [b.evidence])


# what an OTHER statement tells of people at sea or at the line: found or rescued, sent home, crossing, shots fired;
# a rescue and the return days later, or a crossing and the warning shots that met it, are two incidents (rule 4)
OTHER_FACETS = (
    ("rescue", re.compile(r"^(?:rescu|pick\w* up|picked|found|find|detect|spott|tow)", re.I)),
    ("return", re.compile(r"^(?:repatriat|sen[dt]\b|sending|return|hand|deport|expel)", re.I)),
    ("cross", re.compile(r"^(?:cross|drift|violat|stray|enter|intru)", re.I)),
    ("shots", re.compile(r"^(?:(?:warning )?shots?|fir(?:e|ed|ing)|warning)", re.I)),
)


def _other_facets(m: Mention) -> set[str]:
    return {
        name
        for e in m.statements or [m.evidence]
        for name, pattern in OTHER_FACETS
        if e.trigger and pattern.match(e.trigger)
    }


def _other_facets_clash(a: Mention, b: Mention) -> bool:
    fa, fb = _other_facets(a), _other_facets(b)
    if not (fa and fb) or fa & fb:
        return False
    spans_a = {e.span for e in a.statements or [a.evidence]}
    if any(e.span in spans_a for e in b.statements or [b.evidence]):
        # in one sentence a rescue or a crossing may only tell who was returned ("repatriated seven fishermen whose
        # boat crossed into its waters"); a crossing and the shots that met it are one event per side
        return (fa | fb) == {"cross", "shots"}
    return True


# "was handed over to the North at Panmunjom": South Korea's return of people who asked to go home, told again with a
# custody verb; the return (OTHER) told in the report is the incident
HANDOVER = re.compile(r"^hand(?:s|ed|ing)?\b", re.I)


def _handover_of_return(custody: Mention, other: Mention) -> bool:
    if custody.type != "ARREST" or other.type != "OTHER" or custody.is_back_reference != other.is_back_reference:
        return False
    if not all(e.trigger and HANDOVER.match(e.trigger) for e in custody.statements or [custody.evidence]):
        return False
    if _other_facets(other) != {"return"}:
        return False
    return (
        (custody.modality == other.modality or custody.anaphoric or other.anaphoric)
        and _dates_compatible(custody, other)
        and _places_compatible(custody.location, other.location)
        and _people_compatible(custody.targets, other.targets)
    )


def compatible(a: Mention, b: Mention) -> bool:
    if a.type != b.type:
        return _handover_of_return(a, b) or _handover_of_return(b, a)
    if a.type == "OTHER" and _other_facets_clash(a, b):
        return False
    if a.type == "CRACKDOWN" and _doers_differ(a, b):
        return False
    if a.type == b.type and a.is_back_reference == b.is_back_reference and _one_act(a, b):
        return _dates_compatible(a, b)  # the act and its aim: their people and modality are told once
    if (
        a.type == b.type
        and a.type != "DIRECTIVE"  # orders to two recipients are two orders
        and a.is_back_reference == b.is_back_reference
        and a.modality == b.modality
        and _dates_compatible(a, b)  # "arrested ... and repatriated the following day": two steps (rule 4)
        and _people_compatible(a.targets, b.targets)
        and _steps_of_one(a, b)
    ):
        return True  # "arrested in Kunming and detained in Jilin": steps of one custody, at two places
    return (
        a.type == b.type
        and a.is_back_reference == b.is_back_reference
        and (a.modality == b.modality or _hedged_retelling(a, b))
        and (not a.is_back_reference or a.reported_by == b.reported_by)
        and _dates_compatible(a, b)
        and _places_compatible(a.location, b.location)
        and (_people_compatible(a.targets, b.targets) or _same_day_and_place(a, b) or _lead_retold(a, b))
        and (a.type not in DOER_TYPES or _doers_compatible(a, b))
        and (a.type != "DIRECTIVE" or _same_order(a, b))
        and (a.type != "SMUGGLING" or not _facets_clash(a, b))
        and (a.type != "CRACKDOWN" or (_equipped(a) == _equipped(b) and not _another_measure(a, b)))
        and _added(a) == _added(b)
        and not _in_separate_clauses(a, b)
        and not (a.type in CUSTODY_TYPES and (_another_one(a, b) or _another_one(b, a)))
    )


# types whose people are those acted on, told by a role noun ("a broker", "the broker")
CUSTODY_TYPES = {"ARREST", "PUNISHMENT"}


# how far into a report its lead sentence runs (characters): the lead tells the incident the body then tells again
LEAD_CHARS = 300


def _lead_retold(lead: Mention, body: Mention) -> bool:
    """The lead tells an undated custody of one person ("authorities have arrested a phone broker") and the body tells
    the custody of one person by another word ("a resident of Onsong county was arrested in mid-August"): the
    report's one person told twice, the body adding the details."""
    if lead.type not in CUSTODY_TYPES or lead.date.value is not None:
        return False
    statements = lead.statements or [lead.evidence]
    if statements[0].span.start >= LEAD_CHARS:
        return False
    if len(body.statements or [body.evidence]) != 1 or body.evidence.span.start < statements[-1].span.end:
        return False
    a = [x for x in lead.targets if x.text.lower() not in PRONOUNS]
    b = [x for x in body.targets if x.text.lower() not in PRONOUNS]
    return all(len(p) == 1 and p[0].count in (None, 1) and not _plural(p[0].text) for p in (a, b))


def _article(x: Actor, m: Mention) -> str | None:
    """The word before a role phrase in the statement that names it ("a", "the"), if the phrase has no article of
    its own in its text."""
    if x.span is None:
        return None
    first = x.text.lower().split()[:1]
    if first and first[0] in ("a", "an", "the", "this", "that"):
        return first[0]
    for e in m.statements or [m.evidence]:
        if e.span.start <= x.span.start < e.span.end:
            before = re.findall(r"[\w'’-]+", e.text[: x.span.start - e.span.start].lower())[-1:]
            return before[0] if before else None
    return None


def _another_one(told: Mention, new: Mention) -> bool:
    """A person named anew with "a" ("a broker in his 40s was busted") after the incident told has already named
    its one person of that role as known ("the broker"): another person of the same kind, another custody."""
    if len(new.statements or [new.evidence]) != 1:
        return False
    if any(e.span.start >= new.evidence.span.start for e in told.statements or [told.evidence]):
        return False  # "a border guard was caught" ... "the guard was sentenced": the one told first, then known
    people = [x for x in new.targets if x.text.lower() not in PRONOUNS]
    if len(people) != 1 or people[0].count not in (None, 1) or _plural(people[0].text):
        return False
    if _article(people[0], new) not in ("a", "an"):
        return False
    head = _head(people[0].text)
    if not any(_head(x.text) == head for x in told.targets):
        return False
    known = re.compile(rf"\b(?:the|this|that)\s+(?:[\w'’-]+\s+)?{re.escape(head)}\b(?!['’]?s\b)", re.I)
    return any(known.search(e.text) for e in told.statements or [told.evidence])


def _hedged_retelling(a: Mention, b: Mention) -> bool:
    """One statement tells the incident and the other tells it again with a hedge ("a refugee was shot dead" / "the
    man was apparently shot by the guards"; "Thae defected" / "Thae is believed to have deserted"): asserted and
    uncertain are one incident when both name the same people by the same word and count. Without people named on
    both sides a hedged statement may be another incident that is only suspected, and stays apart."""
    return {a.modality, b.modality} == {"asserted", "uncertain"} and _same_people_named(a, b)


def _same_people_named(a: Mention, b: Mention) -> bool:
    """Both name the people of the act by the same word ("the man" / "a man in his 40s"), and no count differs."""
    people_a = a.targets + (a.actors if a.type in DOER_TYPES else [])
    people_b = b.targets + (b.actors if b.type in DOER_TYPES else [])
    named_a = [_words(x.text) for x in people_a if x.text and x.text.lower() not in PRONOUNS]
    named_b = [_words(x.text) for x in people_b if x.text and x.text.lower() not in PRONOUNS]
    # "the man" / "a man in his 40s": one word, the other its fuller form; not "the battalion commander" / "the
    # company commander"
    same = any(x and y and x[-1] == y[-1] and (set(x) <= set(y) or set(y) <= set(x)) for x in named_a for y in named_b)
    return same and counts_agree(people_a, people_b)


def _words(text: str) -> list[str]:
    """The words of a role phrase before its postmodifier, its head last, singular, without articles or numbers."""
    words = re.findall(r"[\w'’-]+", (POSTMODIFIER.sub("", text) or text).lower())
    kept = [w for w in words if w not in DEFINITE_OR_COUNT and not w[:1].isdigit()]
    return [*kept[:-1], _head(text)] if kept else []


DEFINITE_OR_COUNT = {"a", "an", "the", "this", "that", "these", "those", "one", "two", "three", "four", "five",
                     "six", "seven", "eight", "nine", "ten", "dozens", "some", "several", "about", "around",
                     "nearly"}  # fmt: skip


DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _same_day_and_place(a: Mention, b: Mention) -> bool:
    """Both statements date the incident to one day and place it in one province: the lead and the source's own
    words told of the same people in other words ("a trading official in Manpo was arrested" / "a man in his fifties
    who heads the branch was taken away on Sept. 14"; "seven people, including two guards" / "five smugglers and two
    guards"). Orders and sentences of one day are told apart by their people (rule 4), so not those."""
    la, lb = a.location, b.location
    return (
        a.type not in ("DIRECTIVE", "PUNISHMENT")
        and a.date.value is not None
        and a.date.value == b.date.value
        and bool(DAY.fullmatch(a.date.value))
        and la is not None
        and lb is not None
        and la.admin1 is not None
        and la.admin1 == lb.admin1
        and _counts_fit(a.targets, b.targets)
    )


def _counts_fit(a: list[Actor], b: list[Actor]) -> bool:
    """The counts agree, or the groups of one side add up to the count of the other ("seven people" / "five
    smugglers and two guards")."""
    if counts_agree(a, b):
        return True
    counts_a = [x.count for x in a if x.count]
    counts_b = [x.count for x in b if x.count]
    return (len(counts_a) == 1 and len(counts_b) > 1 and sum(counts_b) == counts_a[0]) or (
        len(counts_b) == 1 and len(counts_a) > 1 and sum(counts_a) == counts_b[0]
    )


def _doers_differ(a: Mention, b: Mention) -> bool:
    """Both crackdowns name who carries them out, and no doer is shared: "the Security Ministry decided to
    conduct a joint inspection" and "Pyongyang increased guard patrols", "the Central Party carried out
    inspections" and "Pyongyang has boosted surveillance" are measures of their own (rule 4: the doers differ)."""
    if _named_as_known(a) or _named_as_known(b):
        return False  # "the sweep was ordered by the party committee": the crackdown told, and who ordered it
    spans_a = {e.span.start for e in a.statements or [a.evidence] if e.span is not None}
    if any(e.span is not None and e.span.start in spans_a for e in b.statements or [b.evidence]):
        return False  # "an inspection team from the bureau arrived and is questioning every soldier": one told
    heads_a = {_head(x.text) for x in _doers(a)}
    heads_b = {_head(x.text) for x in _doers(b)}
    if not heads_a or not heads_b or heads_a & heads_b:
        return False
    # "state security officers" / "state security officials", "MSS agents" / "the Ministry of State Security (MSS)"
    return not _doer_words(a) & _doer_words(b)


DOER_FILLERS = {"the", "a", "an", "of", "and", "north", "korea", "korean", "korea's", "its", "local", "provincial"}


def _doers(m: Mention) -> list[Actor]:
    """Who carries a crackdown out: not the smugglers or residents a parse put beside it ("a smuggling ring ... has
    been broken up after a six-week investigation")."""
    return [x for x in m.actors if x.text and x.text.lower() not in PRONOUNS and x.cls not in CROSSERS - {"MILITARY"}]


def _doer_words(m: Mention) -> set[str]:
    return {w for x in _doers(m) for w in re.findall(r"[\w'’]+", x.text.lower()) if w not in DOER_FILLERS}


# a measure named as one told before: "the sweep", "this inspection", "the team's crackdown"
KNOWN_BEFORE = re.compile(r"\b(?:the|this|that|these|those|its|their)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


def _named_as_known(m: Mention) -> bool:
    return any(
        e.trigger_span is not None and KNOWN_BEFORE.search(e.text[: e.trigger_span.start - e.span.start])
        for e in m.statements or [m.evidence]
    )


def _doers_compatible(a: Mention, b: Mention) -> bool:
    """The doers of a defection agree, or the one who defected is named alike on both sides whatever role the
    parse gave him ("a soldier who had defected", officials said / "a North Korean soldier defected", Roh said)."""
    if _people_compatible(a.actors, b.actors, by_head=False):
        return True
    heads_a = {_head(x.text) for x in a.actors + a.targets if x.text and x.text.lower() not in PRONOUNS}
    heads_b = {_head(x.text) for x in b.actors + b.targets if x.text and x.text.lower() not in PRONOUNS}
    shared = heads_a & heads_b
    # the other doers are officials who told of it, not a broker who guided them across (an act of its own)
    bystanders = [x for x in a.actors + b.actors if x.text.lower() not in PRONOUNS and _head(x.text) not in shared]
    if any(x.cls in CROSSERS for x in bystanders):
        return False
    return bool(shared) and counts_agree(a.actors + a.targets, b.actors + b.targets)


# classes of people who may cross, guide or carry: a doer of the act, not a reporting official
CROSSERS = {"MILITARY", "CIVILIAN", "SMUGGLER", "DEFECTOR"}


BE_FORMS = {"was", "were", "is", "are", "been", "be", "being"}


def _added(m: Mention) -> bool:
    """ "An officer ... was also apprehended", "security posts have also been set up": "also" before a passive verb
    adds someone else taken or punished, or another measure, of any type (rule 4)."""
    for e in m.statements or [m.evidence]:
        if e.trigger_span is None:
            continue
        before = re.findall(r"[\w'’-]+", e.text[: e.trigger_span.start - e.span.start].lower())[-3:]
        if "also" in before:
            at = before.index("also")
            after = before[at + 1 :]  # "was also immediately arrested", not "also enforcing arrests"
            # a passive: the one taken is the subject ("an officer was also apprehended"); an active "the meeting
            # also relieved the commander" adds a deed of the same doer
            passive = bool(set(before[max(0, at - 1) : at] + after) & BE_FORMS)
            if passive and all(w in AUXILIARIES or w.endswith("ly") for w in after):
                return True
        if _added_by_shared_also(e):
            return True
    return False


def _also_active(e: Evidence) -> bool:
    """ "It has also beefed up surveillance": "also" right before an active verb."""
    if e.trigger_span is None or not _finite(e):
        return False
    before = re.findall(r"[\w'’-]+", e.text[: e.trigger_span.start - e.span.start].lower())[-3:]
    return "also" in before and all(w in AUXILIARIES for w in before[before.index("also") + 1 :])


MEASURE_FILLERS = {"the", "a", "an", "of", "on", "in", "at", "its", "their", "up", "down", "to", "and", "for", "by",
                   "along", "near", "around", "all", "more", "new", "further"}  # fmt: skip


def _measure_words(e: Evidence) -> set[str]:
    """The words of a measure: its trigger and the few words after it ("stepped up surveillance of families")."""
    if e.trigger_span is None:
        return set()
    at = e.trigger_span.start - e.span.start
    words = re.findall(r"[a-z]+", e.text[at:].lower())[: len((e.trigger or "").split()) + 3]
    return {_head(w) for w in words if w not in MEASURE_FILLERS and len(w) > 2}


def _another_measure(a: Mention, b: Mention) -> bool:
    """One crackdown is told with "also" before an active verb and the two share no word of what is done: "the
    guards have also tightened surveillance" after "stepped up patrols" is another measure of the same doer (not
    "have also intensified surveillance" after "stepped up surveillance")."""
    sa, sb = a.statements or [a.evidence], b.statements or [b.evidence]
    if any(_also_active(x) for x in sa) == any(_also_active(y) for y in sb):
        return False
    words_a = set().union(*(_measure_words(x) for x in sa))
    words_b = set().union(*(_measure_words(y) for y in sb))
    return not words_a & words_b


def _added_by_shared_also(e: Evidence) -> bool:
    """ "His superiors were also held responsible and discharged": the "also" of a passive is shared by the verb
    joined to it, which adds the same other people."""
    assert e.trigger_span is not None
    clause = re.split(r"[,;:“”\"]", e.text[: e.trigger_span.start - e.span.start])[-1]
    words = re.findall(r"[\w'’-]+", clause.lower())[-7:]
    if "also" not in words or words[-1:] != ["and"]:
        return False
    at = words.index("also")
    joined = words[at + 1 : -1]  # "held responsible": one verb and its complement, no new subject or clause
    return (
        at > 0
        and words[at - 1] in BE_FORMS
        and 1 <= len(joined) <= 3
        and not set(joined) & (CLAUSE_OPENERS | LINKING_OPENERS | PRONOUNS | {"that", "who", "which"})
    )


# the deal that lets goods pass (a bribe, protection, an arranged trade) and the run of goods itself are two
# SMUGGLING events of one ring: "the ring sent copper across in sacks" / "the guards were paid to look the other way"
DEAL = re.compile(
    r"\b(?:look(?:s|ed|ing)? the other way|blind eye|searchlights?|open(?:s|ed|ing)? the gates?|bribe[sd]?|"
    r"bribing|collu\w+|in league|protect\w*|arrang\w+|pa(?:y|ys|id|ying)\b|let|lets|letting|(?:a|their) cut|"
    r"money from|help(?:s|ed|ing)? (?:a |the )?smugglers?|work(?:s|ed|ing)? with (?:a |the )?smugglers?)\b",
    re.I,
)
# a statement that tells both (the ring "moved goods under the protection of a guard company", "carrying goods
# with the help of guards", "moving copper ..., paying off the guards") restates either
BOTH = re.compile(r"\bhelp(?:s|ed|ing)?\b|\bprotection\b|\bpa(?:y|ys|id|ying)\b|\bbrib\w+|\bcut of\b", re.I)
# the run of goods told by its verb ("moved ore", "smuggled phones"), not a ring or a practice named by a noun
RUN = re.compile(
    r"^(?:smuggl(?:e|ed|es)|carr|mov|sen[dt]|br(?:ing|ought)|ship|transport|ferr|haul|t[ao]{1,2}k|sel|sold|"
    r"receiv|trad(?:e|ed|es|ing)\b|swap|barter|sneak|slip|thr[eo]w|pass|deliver|suppl|wad|cross|"
    r"smuggling \w+ (?!ring|op|net))",
    re.I,
)


def _facet(e: Evidence) -> str | None:
    """ "deal" for a bribe or protection, "arrange" for an arrangement, "run" for goods carried, None where the
    statement tells both or names the smuggling only by a noun."""
    if e.trigger_span is None or not e.trigger:
        return None
    trigger = e.trigger.lower()
    before = e.text[: e.trigger_span.start - e.span.start].lower()
    lead_in = " ".join(re.findall(r"[\w'’-]+", before)[-3:])  # "had arranged the trade with", "paid ... to let"
    if re.search(r"\barrang\w+", trigger + " " + lead_in):
        return "arrange"  # "had arranged the trade with a Chinese smuggler": the deal, or the run it set up
    if DEAL.search(trigger):
        return "deal"
    if not RUN.match(trigger):
        return None
    return None if BOTH.search(e.text) else "run"


def _facets_clash(a: Mention, b: Mention) -> bool:
    """One tells the run of goods and the other the deal that let it pass (and neither tells both)."""
    fa = {_facet(x) for x in a.statements or [a.evidence]} - {None}
    fb = {_facet(y) for y in b.statements or [b.evidence]} - {None}
    if ("run" in fa and "deal" in fb) or ("deal" in fa and "run" in fb):
        return True
    # an arrangement is the run it set up ("had arranged the crossing" / "as he tried to carry a sack") unless
    # others made the run ("the platoon leader had arranged the trade" / "four soldiers waded across")
    if ("run" in fa and "arrange" in fb) or ("arrange" in fa and "run" in fb):
        heads_a = {_head(x.text) for x in a.actors if x.text.lower() not in PRONOUNS}
        heads_b = {_head(x.text) for x in b.actors if x.text.lower() not in PRONOUNS}
        return bool(heads_a and heads_b and not heads_a & heads_b)
    return False


# devices put up to watch the border or catch calls: a measure of its own, not a step of the sweep or the inspection
# told beside it ("phone detectors have been installed" apart from "house searches"; rule 4)
EQUIPMENT = re.compile(
    r"\b(?:detectors?|detection|cameras?|cctv|fenc\w*|searchlights?|sensors?|jamm\w*|barbed)\b", re.I
)

# devices carried on a sweep ("agents carrying detectors went from house to house") are part of it
SETTING_UP = re.compile(
    r"\b(?:set(?:ting)? up|install\w*|instal|put(?:ting)? up|mount\w*|erect\w*|complet\w*|buil[dt]\w*|"
    r"fit(?:s|ted|ting)?|add(?:s|ed|ing)?|jamm\w*)\b",
    re.I,
)


def _equipment(e: Evidence) -> bool:
    if e.trigger_span is None:
        return False
    at, end = e.trigger_span.start - e.span.start, e.trigger_span.end - e.span.start
    words = re.findall(r"[\w'’-]+", e.text[:at])[-4:] + re.findall(r"[\w'’-]+", e.text[at : end + 40])[:6]
    told = " ".join(words)
    return bool(EQUIPMENT.search(told) and SETTING_UP.search(told))


def _equipped(m: Mention) -> bool:
    """Every statement of the crackdown tells devices set up."""
    return all(_equipment(x) for x in m.statements or [m.evidence])


def _same_order(a: Mention, b: Mention) -> bool:
    """Two statements of an order are one order when one points back at it ("the order was issued ..."), or
    when the same issuer is named in both; two orders told apart by their issuers, or both unattributed,
    are two (rule 4: "the deployment was ordered by the commission" and "residents have been ordered to ...").
    Where only one names its issuer, they are one when dated alike or told by the same word ("the committee
    ordered patrols doubled" / "units were ordered to double patrols"), not when the other is told apart by
    its own words ("the order came down from the committee" / "they have been told not to use the phone"),
    and when the unattributed one, told after, retells it by the noun ("Kim ordered the guards to shoot ..." /
    "the orders were issued on May 2"; not "an order from the top", whose issuer is its own)."""
    if (a.anaphoric and _first_told(b, a)) or (b.anaphoric and _first_told(a, b)):
        return True  # an order named as known points back, not at one the report tells only later
    heads_a, heads_b = _issuers(a), _issuers(b)
    if heads_a - GENERIC_ISSUERS and heads_b - GENERIC_ISSUERS:
        heads_a, heads_b = heads_a - GENERIC_ISSUERS, heads_b - GENERIC_ISSUERS
        return bool(heads_a & heads_b) or bool(_names(a) & _names(b))
    if heads_a and heads_b:
        return True  # both name only "the authorities" or "officials"
    if heads_a and not heads_b and not _first_told(b, a) and _told_as_order(b):
        return True  # "Kim ordered the guards to shoot ..." / "the orders were issued on May 2": a retelling
    if heads_b and not heads_a and not _first_told(a, b) and _told_as_order(a):
        return True
    return _dated_alike(a, b) or bool(_order_words(a) & _order_words(b))


ORDER_NOUN = re.compile(r"\b(?:orders?|commands?|instructions?|directives?|decrees?|mandates?)\b", re.I)


def _told_as_order(m: Mention) -> bool:
    """Every statement of the order names it by a noun ("orders were issued", "an order to apprehend ...")."""
    for e in m.statements or [m.evidence]:
        if e.trigger_span is None:
            return False
        at, end = e.trigger_span.start - e.span.start, e.trigger_span.end - e.span.start
        told = e.text[max(0, at - 100) : end + 30]
        found = ORDER_NOUN.search(told)
        if not found or re.match(r"\s+(?:from|by)\b", told[found.end() :]):
            return False  # "an order from the Highest Dignity": an issuer of its own, left unnamed
    return True


def _first_told(a: Mention, b: Mention) -> bool:
    """`a` is first told before `b` is."""

    def first(m: Mention) -> int:
        return min(e.span.start for e in m.statements or [m.evidence])

    return first(a) < first(b)


def _order_words(m: Mention) -> set[str]:
    """The words of an order's triggers, singular ("orders" is "order"; the noun "warning" is "warn")."""
    return {
        re.sub(r"(?<=...)ing$", "", _head(w, cut=False))
        for e in m.statements or [m.evidence]
        for w in re.findall(r"[a-z]+", (e.trigger or "").lower())
        if len(w) > 3
    }


# issuers that name no one in particular ("the authorities ordered ...") stand for whichever organ the report names
GENERIC_ISSUERS = {"authority", "official", "officer"}
# organs of the ruling party: "the ruling party", "the Central Committee", "the Workers' Party" are one issuer
PARTY_ORGANS = {"party", "committee", "politburo", "wpk", "secretariat"}


# "a command demanding ...": the order itself, read as its issuer
ORDER_HEADS = {"order", "command", "instruction", "directive", "decree", "mandate"}


def _bare_order(text: str) -> bool:
    """ "a command" or "the orders", no organ named ("the border command" is one)."""
    words = [w for w in text.lower().split() if w not in ("a", "an", "the", "this", "that", "these", "those")]
    return len(words) == 1 and _head(words[0], cut=False) in ORDER_HEADS


def _issuers(m: Mention) -> set[str]:
    heads = {
        _head(x.text, cut=False)
        for x in m.actors
        if x.text and x.text.lower() not in PRONOUNS and not _bare_order(x.text)
    }
    return {"party" if h in PARTY_ORGANS else h for h in heads}


def _names(m: Mention) -> set[str]:
    """The words of a person's name among the issuers: "Kim Jong Un" and "Kim" are one issuer."""
    return {
        w.lower()
        for x in m.actors
        if x.cls in ("LEADERSHIP", "UNKNOWN")
        for w in x.text.split()
        if w[:1].isupper() and w.lower() not in ("the", "north", "korea", "korean", "leader")
    }


def _dated_alike(a: Mention, b: Mention) -> bool:
    return a.date.value is not None and a.date.value == b.date.value


def _absorb(into: Mention, other: Mention) -> None:
    if DATE_RANK[other.date.precision] < DATE_RANK[into.date.precision]:
        into.date = other.date
    if other.location is not None and (
        into.location is None
        or (into.location.inferred and not other.location.inferred)
        or (
            into.location.inferred == other.location.inferred
            and PLACE_RANK[other.location.precision] < PLACE_RANK[into.location.precision]
        )
    ):
        into.location = other.location
    if MODALITY_RANK[other.modality] < MODALITY_RANK[into.modality]:
        into.modality = other.modality
    for field in ("actors", "targets", "sources"):
        mine = getattr(into, field)
        for item in getattr(other, field):
            if all(item.text.lower() != x.text.lower() for x in mine):
                mine.append(item)
    if other.fatalities and not into.fatalities:
        into.fatalities = other.fatalities
    into.statements.extend(other.statements)


def _told_before(merged: list[Mention], m: Mention) -> Mention | None:
    told = [
        x for x in merged
        if x.type == m.type and x.modality != "generic" and _dates_compatible(x, m)
        and _places_compatible(x.location, m.location)
        and (_people_compatible(x.targets, m.targets) or _described_again(x, m))
        and (m.type not in DOER_TYPES or _people_compatible(x.actors, m.actors, by_head=False))
    ]  # fmt: skip
    if not told:
        return None
    same = [x for x in told if x.is_back_reference == m.is_back_reference]
    return (same or told)[-1]


def _described_again(told: Mention, m: Mention) -> bool:
    """An act named as known describes the one person it was done to by another word ("a refugee was shot dead" /
    "the shooting of an escapee"): one person of the same class on both sides."""
    a = [x for x in told.targets if x.text.lower() not in PRONOUNS]
    b = [x for x in m.targets if x.text.lower() not in PRONOUNS]
    if len(b) != 1 or b[0].count not in (None, 1) or _plural(b[0].text):
        return False
    return any(x.cls == b[0].cls and x.count in (None, 1) and not _plural(x.text) for x in a)


# words that make a statement another incident than those told
ANOTHER_WORDS = {"another", "similar", "separate"}
NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "some", "most"}


def _new_people(e: Evidence) -> bool:
    """The statement brings in people other than those told before: "another group of three was apprehended",
    "the other four got five years", "they have arrested two of them" (a part of a group told as not yet held)."""
    if e.trigger_span is None:
        return False
    at, end = e.trigger_span.start - e.span.start, e.trigger_span.end - e.span.start
    if set(e.text[at:end].lower().split()) & TOLL_WORDS:
        return False  # "one killed and two others wounded": the toll of one incident
    parts = re.split(r"[,;:“”\"]", e.text[:at])
    clause = parts[-1]
    if len(parts) > 1 and re.match(r"\s*(?:where|which|who)\b", clause):
        # "a similar campaign had begun in Onsong, where patrols were stepped up": the relative clause tells of
        # what its antecedent's clause names
        antecedent = re.findall(r"[\w'’-]+", parts[-2].lower())[-8:]
        if ANOTHER_WORDS & set(antecedent):
            return True
    words = re.findall(r"[\w'’-]+", clause.lower())[-8:]
    # "... two others wounded when a mine exploded": a clause of circumstances has its own subject
    words = words[max((i + 1 for i, w in enumerate(words) if w in LINKING_OPENERS), default=0) :]
    if words[-1:] in (["the"], ["this"], ["that"]) and len(words) > 1:
        return False  # "another trial was held at the same time as the execution": the execution told before
    if ANOTHER_WORDS & set(words):
        # "another group of three was apprehended", "a similar campaign had begun in Hoeryong", "in a separate
        # case": someone or something other than what was told ("the other", "the rest" are part of a group
        # told, maybe the group of the incident told)
        return True
    after = re.findall(r"[\w'’-]+", e.text[end : end + 30].lower())[:3]
    return (
        len(after) == 3
        and after[1] == "of"
        and after[2] in ("them", "those")
        and (after[0] in NUMBER_WORDS or after[0].isdigit())
    )


# "the broker was arrested at the same time", "at the same trial, two guards were sentenced": another act beside the
# one told, of the same moment or occasion
ALONGSIDE = re.compile(
    r"\b(?:at|around) the same (?:time|trial|hearing|meeting|rally)\b|\bin the same (?:raid|operation|sweep)\b", re.I
)


def _brings_others(m: Mention) -> bool:
    return any(_new_people(e) or ALONGSIDE.search(e.text) for e in m.statements or [m.evidence])


def merge_mentions(mentions: list[Mention]) -> list[Mention]:
    """Merge repeated statements of the same incident, keeping document order."""
    # "desertions are rising, with a dozen troops fleeing their units since January": the trend and the
    # incidents told in one sentence are one statement, and the incidents are what it reports
    told = {(m.type, m.evidence.span.start) for m in mentions if m.modality != "generic" and m.evidence.span}
    mentions = [
        m for m in mentions
        if not (m.modality == "generic" and m.evidence.span and (m.type, m.evidence.span.start) in told)
    ]  # fmt: skip
    merged: list[Mention] = []
    for m in mentions:
        # "another group of three was apprehended": people other than those of every incident told before
        others = _brings_others(m)
        target = next((x for x in merged if compatible(x, m) and (not others or _brings_others(x))), None)
        if target is None and m.anaphoric and not others:
            # "since the defection", "after he heard his accomplice was caught": the latest incident of that
            # type told before it, at a time that fits (one of the same standing first)
            target = _told_before(merged, m)
        if target is None:
            merged.append(m)
        else:
            _absorb(target, m)
            if target.type != m.type:
                target.type = "OTHER"  # the handover of a return told (see _handover_of_return)
    return merged
