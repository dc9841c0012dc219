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
from dataclasses import replace
from functools import lru_cache
from typing import Any

from sitreps.extract.places import Gazetteer
from sitreps.model import Mention, Place, Span
from sitreps.nlp import full_text

BORDER_WORDS = {"border", "frontier", "boundary"}
DESTINATION_PREPS = {"to", "into", "across", "toward", "towards", "in"}
FOREIGN_DEFECTION = {"CN", "KR", "RU"}
ORIGIN_TYPES = {"DEFECTION", "DESERTION"}  # "fled from Hyesan": where it happened
CHARGE_WORDS = {"for", "because", "over"}
# China's returns are placed where they cross ("China sent 60 North Koreans back"): the report's province there
STATE_KEEPS = {"ARREST"}
SEQUENCE = {"after", "before", "since", "until", "till", "once"}  # a clause about another happening
LOCATIVE = {"in", "at", "near", "inside"}
SENDING = {"send", "dispatch", "despatch", "deploy", "post", "station", "assign", "mobilize", "mobilise"}
DISPATCHED_TYPES = {"SEARCH", "CRACKDOWN", "ARREST"}  # what a team sent somewhere does there
# "detained on suspicion of carrying cash from Sanhe", "on charges of smuggling goods from Dandong"
CHARGE_NOUNS = {"suspicion", "charge", "accusation", "allegation"}
# handed back, sent back, repatriated: the place is the side that hands them over (rule 6), not where they go
REPATRIATING = {"hand", "send", "return", "repatriate", "deport", "expel", "extradite", "transfer"}
# "two of them were taken to Pyongyang": where the held were moved to, not where they were caught
MOVING = {"take", "bring", "transfer", "move", "escort", "transport", "drag", "haul"}
COORDINATED = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*")
# "the border with China", "its frontier with China": the neighbour, not where it happened
BORDER_WITH = re.compile(r"\b(?:border|frontier|boundary)\s+with\s+(?:the\s+)?$", re.I)
# "searching stations as far as Hamhung": how far a search reached, not where it was
AS_FAR_AS = re.compile(r"\bas\s+far\s+(?:away\s+|north\s+|south\s+|east\s+|west\s+)?as\s+$", re.I)
CAPITALS = {"pyongyang", "seoul", "beijing"}
BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
SOURCE_NOUNS = {"source", "informant"}
# an incident known by its place ("the JSA incident", "the Hyesan case")
NAMED_INCIDENTS = {"incident", "case", "affair", "accident", "tragedy"}
# "two residents of Onjin County", "a woman from Hoeryong": where the people live, which says where what is done to
# them happened only when nothing else in the sentence does
DWELLERS = {"resident", "native", "villager", "inhabitant", "citizen", "local", "family", "household", "man", "woman",
            "person", "people", "farmer", "trader", "merchant", "worker", "student", "youth", "peddler"}  # fmt: skip
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


# prepositions that date an event by an occasion ("after the Games in Hangzhou", "ahead of the congress")
TIME_PREPS = {"after", "before", "during", "following", "since", "until", "ahead", "amid"}


def _occasion_in_time(path: list[Any], other_events: frozenset[int]) -> bool:
    """The place is that of an occasion named to date the event ("after the end of the Asian Games in Hangzhou",
    "during the party congress in Pyongyang"): a noun under a time preposition that is no event of the sentence."""
    for t in path:
        if t.dep_ == "prep" and t.lower_ in TIME_PREPS:
            return not any(u.i in other_events for u in path)
    return False


def _repatriation(head: Any, etype: str) -> bool:
    """ "handed back to the North", "sent back", "repatriated": custody passed across the border."""
    if etype != "ARREST" or head.lemma_.lower() not in REPATRIATING:
        return False
    if head.lemma_.lower() in ("hand", "send", "transfer"):
        return any(
            (c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "over", "home"))
            or (head.lemma_.lower() == "hand" and c.dep_ in ("prep", "dative") and c.lower_ == "to")
            for c in head.children
        )  # "handed back", "handed over", "was handed to North Korean security officials"
    return True


def _dispatch(verb: Any, head: Any) -> bool:
    """ "sent agents to Longjing to track him down", "deployed agents to its consulate in Shenyang to monitor
    escapees": the trigger is the team sent (or what it was sent to do) by a verb of sending."""
    if verb.lemma_.lower() not in SENDING:
        return False
    tok = head
    for _ in range(4):
        if tok.i == verb.i:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _state_doer(root: Any, ancestor_ids: dict[int, int]) -> bool:
    """The country named is the subject of the trigger's clause: the state itself is the doer."""
    if root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX") or root.head.i not in ancestor_ids:
        return False
    # the subject of the trigger's own clause ("North Korea tightens discipline ..., and officers could face
    # punishment": not the punishment's)
    by_depth = sorted(ancestor_ids, key=ancestor_ids.__getitem__)
    doc = root.doc
    clause = next((i for i in by_depth if any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[i].children)), None)
    return clause is not None and clause == int(root.head.i)


def _doer_clause(path: list[Any], head: Any) -> bool:
    """The place lies in a relative clause about the trigger's own subject ("a soldier who deserted ... in X")."""
    return (
        bool(path)
        and path[-1].dep_ in ("nsubj", "nsubjpass")
        and path[-1].head.i == head.i
        and any(t.dep_ == "relcl" for t in path)
    )


def _setting(tok: Any) -> bool:
    """ "detained nine North Koreans at a checkpoint near Dandong": a trigger noun that only says where this event
    happened; its place is this event's too."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE | {"on"}


def _nested_origin(root: Any) -> bool:
    """ "a deserter from a unit in South Hwanghae": the place of the doer's unit, not the place he came from
    ("sent from the command in Pyongyang" is where he came from)."""
    if root.lower_ in CAPITALS:
        return False
    tok = root
    located = False
    for _ in range(8):
        if tok.head.i == tok.i or (tok.dep_ in ("relcl", "acl") and not located):
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "from":
            return located
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "of"):
            located = True
        tok = tok.head
    return False


def _between_second(root: Any) -> bool:
    """The second of two places joined under "between" ("between North Korea and China")."""
    return bool(root.dep_ == "conj" and root.head.dep_ == "pobj" and root.head.head.lower_ == "between")


def _dweller_place(root: Any) -> bool:
    """ "two residents of Onjin County", "residents from the Namundong area of Hoeryong City": the place tells where
    people live (through at most one more place noun), not where this event happened."""
    tok = root.head if root.dep_ == "appos" else root  # "Onjin County, South Hwanghae Province"
    for _ in range(2):
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "from"):
            return False
        holder = tok.head.head
        if holder.pos_ in ("NOUN", "PROPN") and holder.lemma_.lower() in DWELLERS:
            return True
        tok = holder
    return False


# a headline or a photo's caption above the lead: "... (Daily NK)", "Image: Daily NK", "FILE PHOTO: ...", "x.jpg"
CAPTION = re.compile(
    r"\((?:[A-Z][\w.]*\s?){1,3}\)\s*$|\bImage:|\bPhoto:|\bFILE PHOTO\b|\.(?:jpe?g|png)\b|/\s*(?:Image|Photo)\b", re.I
)


def _is_lead(sent: Any) -> bool:
    """The report's first sentence of running text: a headline or captions before it do not count."""
    if sent.start == 0:
        return True
    text = full_text(sent.doc)
    at = 0
    while at < sent.start_char:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        para = text[at:end].strip()
        if para and para[-1] in ".\"”’'" and not CAPTION.search(para):
            return False  # running text before this sentence
        at = end + 1
    return text[sent.start_char - 1 : sent.start_char] in ("\n", "") or not text[: sent.start_char].strip()


def _conjoined_attempt(head: Any, meet: Any) -> bool:
    """ "tried to smuggle gold through Hyesan but were arrested": a verb joined to this one with the same subject; where
    they were doing it is where this happened when nothing else says."""
    return head.dep_ == "conj" and head.head.i == meet.i and meet.pos_ in ("VERB", "AUX")


def attach_place(
    head: Any, places: list[Place], etype: str, other_events: frozenset[int] = frozenset()
) -> Place | None:
    """The most specific place tied to this event in its sentence (not a defector's destination).

    `other_events` are the heads of the sentence's other triggers: a place under one of them is where that
    event happened ("issued orders following last month's escape via Panmunjom": the escape's place).
    A place that only tells where the doer's unit is ("a deserter from a unit in South Hwanghae") is used
    when nothing else places the event.
    """
    if not places:
        return None
    doc = head.doc
    ancestors = [head]
    while ancestors[-1].head.i != ancestors[-1].i:
        ancestors.append(ancestors[-1].head)
    ancestor_ids = {t.i: depth for depth, t in enumerate(ancestors)}
    repatriation = _repatriation(head, etype)
    # "executed an official in Sinuiju and told its troops to shoot": the place of the first verb is its own
    meet_stop = head
    while meet_stop.dep_ == "conj" and meet_stop.head.i != meet_stop.i:
        meet_stop = meet_stop.head
    conjoined = {t.i for t in meet_stop.subtree} if meet_stop.i != head.i else set()
    usable: list[tuple[Place, Any, bool, bool]] = []
    for p in places:
        assert p.span is not None
        chars = doc.char_span(p.span.start, p.span.end, alignment_mode="expand")
        if chars is None:
            continue
        before = doc[max(0, chars.start - 5) : chars.start].text_with_ws  # (doc.text joins every token)
        if BORDER_WITH.search(before) or AS_FAR_AS.search(before):
            continue  # "along the frontier with China", "searched as far as Hamhung"
        root = chars.root
        if p.precision == "country" and (BETWEEN.search(before) or _between_second(root)):
            continue  # "the border between North Korea and China", "trade between China and the North": a line
        if p.precision == "country" and root.dep_ == "pobj" and root.head.lower_ == "with":
            continue  # "smugglers with China", "border crossings with China": the partner, not the place
        destination = root.dep_ == "pobj" and root.head.lower_ in DESTINATION_PREPS - {"in"}
        path = _path(root, ancestor_ids.keys() | {head.i})
        if any(
            t.dep_ == "dobj" and t.head.dep_ == "conj" and t.head.pos_ == "VERB" and t.head.i != head.i for t in path
        ):
            continue  # "ordered two executions and blockaded the capital Pyongyang": what the other verb acted on
        if any(t.pos_ == "NOUN" and t.lemma_.lower() in SOURCE_NOUNS for t in path):
            continue  # "citing a source in South Pyongan Province": where the source is (its province comes last)
        if any(t.lower_ == "according" for t in path):
            continue  # "according to Seoul and rights groups": who tells it, not where it happened
        if root.dep_ == "compound" and root.head.i != head.i and root.head.lemma_.lower() in NAMED_INCIDENTS:
            continue  # "orders detailing the JSA incident": the place names another incident, not this event's
        if _occasion_in_time(path, other_events):
            continue  # "sent back 500 people after the end of the Asian Games in Hangzhou": where the occasion was
        # "an official who managed exports for a company in Dandong has defected", "waitresses at a restaurant in
        # Ningbo fled": where the doer was is where they left from (rule 7), abroad too
        in_doer = (
            etype in ORIGIN_TYPES
            and p.country != "KR"
            and bool(path)
            and path[-1].dep_ in ("nsubj", "nsubjpass")
            and path[-1].head.i == head.i
            and not any(t.dep_ == "prep" and t.lower_ in DESTINATION_PREPS - {"in"} for t in path)
            and any(t.dep_ == "prep" and t.lower_ in LOCATIVE for t in path)
        )
        if etype == "DEFECTION" and (p.country in FOREIGN_DEFECTION or destination) and not in_doer:
            continue  # rule 7: a defection is placed where the person left from
        if etype == "DESERTION" and p.country == "KR":
            continue  # "crossed the front in Paju after slipping away from his post": he left his unit in the North
        verb = root.head.head
        # "sent two agents to Longjing to track him down": a team sent somewhere works there
        dispatched = destination and etype in DISPATCHED_TYPES and _dispatch(verb, head)
        # "seafood smuggled into Hunchun": goods smuggled into a foreign town cross there, when nothing else places it
        smuggled_into = etype == "SMUGGLING" and p.country in ("CN", "RU") and p.precision != "country"
        if destination and (p.country != "KP" or repatriation) and not dispatched and not smuggled_into:
            continue  # "handed back to the North at the bridge to Namyang": China hands them over
        if destination and etype == "ARREST" and verb.i == head.i and head.lemma_.lower() in MOVING:
            continue  # "two of them were taken to Pyongyang for questioning": they were caught elsewhere
        if (
            destination
            and not dispatched
            and verb.i != head.i
            and verb.pos_ == "VERB"
            and not (head.head.i == verb.i and head.dep_ in ("dobj", "nsubjpass", "nsubj"))
        ):
            continue  # "arrested, and two were taken to Pyongyang": where another verb took them
        if (
            etype != "ARREST"
            and p.country != "KP"
            and not (smuggled_into and destination)
            and any(
                t.dep_ in ("prep", "dative")
                and t.lower_ in DESTINATION_PREPS - {"in"}
                and not (etype in DISPATCHED_TYPES and _dispatch(t.head, head))
                for t in path
            )
        ):
            continue  # "sold ore to Chinese buyers in Nanping": where the goods went
        meet = path[-1].head if path else root
        shared = bool(path) and path[-1].dep_ in ("nsubj", "nsubjpass")  # a subject both verbs share
        if etype == "DIRECTIVE" and conjoined and meet.i in other_events and meet.i != head.i and not shared:
            continue  # the place of a conjoined verb that is another event ("executed ... in Sinuiju and told")
        preps = {t.lower_ for t in path if t.dep_ == "prep"} | {t.head.lower_ for t in path if t.dep_ == "pobj"}
        if not in_doer and (preps & CHARGE_WORDS or any(t.lemma_.lower() in CHARGE_NOUNS for t in path)):
            continue  # rule 5: the place in a charge is not where the punishment happened
        origin = "from" in preps
        fallback = False
        dweller = etype not in ORIGIN_TYPES and p.country == "KP" and _dweller_place(root)
        if origin and repatriation and p.country != "KP":
            pass  # "a woman who had been repatriated from Changbai": the side that handed her over
        elif dweller:
            fallback = True  # "residents of Onjin County tried to smuggle gold through Hyesan": their home
        elif origin and etype not in ORIGIN_TYPES and (p.country != "KP" or etype != "SMUGGLING"):
            if not _nested_origin(root):
                continue  # "an inspection team from Pyongyang", "an order from Pyongyang"
            fallback = True
        clauses = [k for k, t in enumerate(path) if t.dep_ in ("relcl", "acl") and t.i != head.i]
        if clauses and not in_doer:
            source = next((k for k, t in enumerate(path) if t.dep_ == "pobj" and t.head.lower_ == "from"), -1)
            held = repatriation and p.country != "KP"  # "40 North Koreans who had been held in Tumen were handed over"
            episode = (
                _doer_clause(path, head)
                and root.dep_ == "pobj"
                and root.head.lower_ in LOCATIVE
                and any(t.i in other_events for t in path)
            )  # "a soldier who deserted with a rifle in South Hamgyong shot dead two officers": his own earlier act
            if not (held or episode or (origin and _nested_origin(root) and max(clauses) < source)):
                continue  # "a guard who fled to China": the place describes a person, not this event
            fallback = True  # "two soldiers from a unit building a power station in Chagang Province"
        if any(t.i in other_events and not _setting(t) for t in path):
            if not _doer_clause(path, head) and not _conjoined_attempt(head, meet):
                continue  # a place under another event is that event's ("caught at Chongjin station")
            # "two soldiers who fled their unit in Hoeryong crossed the Tumen", "a soldier who deserted in South
            # Hamgyong shot dead two officers": the doer's own earlier act, the episode's place when nothing else is
            fallback = True
        if root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.lemma_.lower() in BORDER_WORDS:
            continue  # "the border with China"
        if any(
            t.dep_ == "advcl" and t.i != head.i and any(c.dep_ == "mark" and c.lower_ in SEQUENCE for c in t.children)
            for t in path
        ):
            fallback = True  # "beaten after a load was seized on the Chinese side": where the other happening was
        if any(t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.lower_ in SEQUENCE for t in path):
            fallback = True  # "arrested after making calls to relatives in South Korea": where the other doing was
        if smuggled_into and destination:
            fallback = True
        in_subject = any(t.dep_ in ("nsubj", "nsubjpass", "agent") for t in path)
        usable.append((p, root, in_subject, fallback))
    if not usable:
        return None

    def rank(item: tuple[Place, Any, bool, bool]) -> tuple[int, int, int, int, int, float, int]:
        p, root, in_subject, fallback = item
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
        kp = 0 if (p.country == "KP") != repatriation else 1
        side = kp if repatriation else 0  # the side that hands them over comes before the most specific place
        return (1 if fallback else 0, 0 if p.admin1 else 1, 1 if in_subject else 0, side, depth, spec, kp)

    best, best_root, _, _ = min(usable, key=rank)
    if (
        best.precision == "country"
        and etype not in STATE_KEEPS
        and _state_doer(best_root, ancestor_ids)
        and not any(p.admin1 and p.country == best.country for p in places)  # "the brigade which guards Ryanggang"
        and not _is_lead(head.sent)  # the lead ("North Korea has sentenced ...") tells the story the report places
    ):
        # "North Korea has stepped up surveillance of fishing boats", "China has stepped up checks on buses": the
        # state acts for the whole country; named with no gazetteer id, it takes no province from the report
        return replace(best, gazetteer_id=None)
    if not best.admin1 or sum(1 for u in usable if u[0].admin1 and u[0].precision == best.precision) < 2:
        return best
    return _coordinated(full_text(doc), best, [u[0] for u in usable])


def _coordinated(text: str, best: Place, usable: list[Place]) -> Place:
    """ "in Hoeryong and Onsong": the province both lie in; "to Sinuiju and Hyesan": neither province."""
    if not best.admin1 or best.span is None:
        return best
    # "Musan County, North Hamgyong Province" is one place and its province, not two places
    chain = sorted(
        (p for p in usable if p.admin1 and p.span is not None and p.precision == best.precision),
        key=lambda p: p.span.start if p.span else 0,
    )
    if best not in chain:
        return best
    i = j = chain.index(best)
    while i > 0 and _joined(text, chain[i - 1], chain[i]):
        i -= 1
    while j + 1 < len(chain) and _joined(text, chain[j], chain[j + 1]):
        j += 1
    group = chain[i : j + 1]
    if len(group) < 2 or len({(p.admin1, p.admin2, p.place) for p in group}) < 2:
        return best
    first, last = group[0].span, group[-1].span
    assert first is not None and last is not None
    if BETWEEN.search(text[max(0, first.start - 20) : first.start]):
        return best  # "the bridge between Tumen and Namyang": one crossing, two ends
    span = Span(first.start, last.end)
    if len({(p.country, p.admin1) for p in group}) > 1:
        # "in North Hamgyong and Ryanggang provinces", "sent teams to Sinuiju and Hyesan": in neither one alone
        return Place(text=text[span.start : span.end], span=span, country=best.country, precision="country")
    return Place(
        text=text[span.start : span.end], span=span, country=best.country, admin1=best.admin1, precision="admin1"
    )


def _joined(text: str, a: Place, b: Place) -> bool:
    assert a.span is not None and b.span is not None
    return a.span.end <= b.span.start and COORDINATED.fullmatch(text[a.span.end : b.span.start]) is not None


DOMINANT_TIMES = 3  # named this often, a province is the report's whatever else it names
DOMINANT_SHARE = 0.6  # else it must make this share of the places named in its country


def dominant_admin1(places: list[Place]) -> str | None:
    """The province the report is mostly about, or None when no province stands out.

    The country named most often below country level wins (North Korea on a tie), then its most
    named province: a report about Dandong and Liaoning that mentions Pyongyang once is about
    Liaoning. That province counts as the report's only when it is named often (`DOMINANT_TIMES`)
    or makes most of the country's places (`DOMINANT_SHARE`): a report that names Hyesan once,
    Hoeryong once and Sinuiju once is about the border, and an event it does not place is in none
    of them (real reports coded by hand put such events in no province two times in three).
    """
    named = [p for p in places if p.admin1 and p.precision != "country"]
    if not named:
        return None
    by_country = Counter(p.country for p in named)
    top = max(by_country.values())
    country = "KP" if by_country.get("KP") == top else by_country.most_common(1)[0][0]
    counts = Counter(p.admin1 for p in named if p.country == country)
    province, times = counts.most_common(1)[0]
    if times < DOMINANT_TIMES and times < DOMINANT_SHARE * sum(counts.values()):
        return None
    return province


def _province(gazetteer: Gazetteer, name: str) -> Any:
    entry = gazetteer.province("KP", name)
    if entry is None:
        entry = next((e for (_c, a), e in gazetteer.admin1.items() if a == name), None)
    return entry


# who acted tells the country of an event with no place of its own: "caught by Chinese police"
ACTOR_COUNTRIES = (
    ("KR", ("south korea", "south's", "seoul", "joint chiefs", "unification ministry", "ministry of unification",
            "national intelligence service", "united nations command")),
    ("CN", ("chinese", "china", "beijing", "public security")),
    ("RU", ("russian", "russia")),
    # the escape route through South-East Asia and Mongolia
    ("TH", ("thai", "thailand")),
    ("LA", ("lao ", "laos", "laotian")),
    ("VN", ("vietnam",)),
    ("MN", ("mongolia",)),
)  # fmt: skip
# types that happen in North Korea: its courts' sentences, and (rule 7) leaving a unit or the country
KP_TYPES = {"PUNISHMENT", "DESERTION", "DEFECTION"}
LEAVING_TYPES = {"DESERTION", "DEFECTION"}
# an event over the whole border or country has no province: "all border guard units", "border towns"
NATIONWIDE = re.compile(
    r"\b(?:all|every|each)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}(?:units?|posts?|regiments?|companies|areas|"
    r"regions|provinces|counties|towns|cities)\b|\bborder\s+(?:areas|regions|towns|cities|counties|villages|provinces)\b|"
    r"\bother\s+(?:border\s+)?(?:cities|towns|areas|regions|provinces|counties)\b|\bnationwide\b|"
    r"\b(?:across|throughout|all\s+over)\s+the\s+(?:entire\s+|whole\s+)?country\b|\bthe\s+(?:entire|whole)\s+country\b|"
    # the border as a whole: "tightened surveillance along the Chinese border", "smuggling along the border has dropped"
    r"\balong\s+the\s+(?:entire\s+|whole\s+)?(?:(?:Chinese|China|Sino-North\s+Korean|North\s+Korea-China|"
    r"China-North\s+Korea|Sino-Korean|northern)\s+)?border\b(?!\s+(?:in|near|at|of|around)\b)|"
    # the border named by both its sides: "crackdowns in the Sino-North Korean border region", "areas bordering China"
    r"\b(?:Sino-North\s+Korean|Sino-Korean|North\s+Korea-China|China-North\s+Korea)\s+border\s+(?:region|area|zone)s?\b"
    r"(?!\s+(?:of|in|near|around)\b)|\bareas?\s+(?:that\s+)?border(?:s|ing)?\s+China\b|"
    # an order to the border troops as a whole: "instructing border units to shoot anyone ..."
    r"(?<!the )(?<!its )\bborder\s+(?:guard\s+)?units\b|"
    # closing the border is done for all of it: "since it closed the border", "ordered the border sealed"
    r"\b(?:clos|seal|shut)\w*\s+(?:off\s+)?(?:the|its)\s+(?:\w+\s+)?(?:borders?|frontiers?)\b|"
    r"\bke(?:ep|eps|eping|pt)\s+(?:the|its)\s+(?:borders?|frontiers?)(?:\s+with\s+(?:the\s+)?[A-Z]\w+)?\s+(?:closed|sealed|shut)\b|"
    r"\b(?:the|its|[A-Z]\w+(?:\s+Korea)?['’]s)\s+(?:borders?|frontiers?)(?:\s+with\s+(?:the\s+)?[A-Z]\w+)?\s+"
    r"(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+|have\s+been\s+|remained\s+|remains\s+)?(?:closed|sealed|shut)\b",
    re.I,
)
# south of the DMZ's or the sea border's line is South Korea
SOUTH_OF_LINE = re.compile(
    r"\bsouth\s+of\s+the\s+(?:(?:military\s+)?demarcation\s+line|northern\s+limit\s+line|MDL|NLL|(?:sea\s+|maritime\s+)?"
    r"(?:line|border))\b",
    re.I,
)
CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while)\s+|;\s+")
# a count in the hundreds or thousands is the country's ("771 defectors reached the South", "sent back 500")
STATISTIC = re.compile(
    r"\b(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d{3,})\s+(?:(?:North|South)\s+Korean\s+)?"
    r"(?:North\s+Koreans|defectors|escapees|refugees)\b|\bmass\s+(?:repatriations?|deportations?|arrests?)\b"
)
# a provincial or local body's "all units" are the units of its province; a corps' or a brigade's, its area's
LOCAL = re.compile(
    r"\b(?:provincial|province's|province’s|city's|city’s|county's|county’s|county|local|corps|brigade|regiment|"
    r"division|battalion)\b|\bthe\s+unit\b",
    re.I,
)
# the bodies of every province at once ("ordered provincial bureaus to set up task forces in border areas"), not one
EVERY_PROVINCE = re.compile(
    r"(?<!the )(?<!its )\bprovincial\s+(?:party\s+|security\s+|police\s+|people['’]s\s+)?(?:bureaus|committees|"
    r"departments|offices|branches|governments|authorities|officials|chiefs|heads)\b",
    re.I,
)
# a recalled incident said to be in the same place as the report's ("at the same airfield", "the provincial
# security department"): the report's province
SAME_PLACE = re.compile(
    r"\b(?:the|that)\s+same\s+(?:[\w-]+\s+)?(?:area|district|city|county|town|village|airfield|unit|corps|brigade|"
    r"regiment|division|battalion|company|province|region|prison|camp|place|site|market|station|neighbou?rhood|"
    r"mine|factory|farm|post|border|stretch|river|bridge)\b|\bthe\s+(?:provincial|city's|city’s|county's|county’s)\b|"
    # "the brigade has been under orders": the unit the report is about
    r"\b[Tt]he\s+(?:brigade|regiment|battalion|division|company|unit)\b"
    r"(?!\s+(?:responsible|that|which|who|where|of|in|at|on|near|from)\b)",
    re.I,
)
# what awaits people sent back to North Korea happens somewhere there, not in the report's province
AWAITING_TYPES = {"PUNISHMENT", "VIOLENCE"}
RETURNED = re.compile(
    r"\b(?:sent|handed|taken|returned|forced)\s+(?:\w+\s+)?back\b|\brepatriat\w*|\bdeport\w*|"
    r"\bback\s+in\s+the\s+North\b|\breturnees?\b",
    re.I,
)
SIMILAR = re.compile(r"\b(?:a|another)\s+similar\b", re.I)  # "after a similar defection in 2015": elsewhere
# custody passed back across the border: "repatriated", "deported", "sent back to the North", "handed over to North
# Korean security officials" (not "sent back to their unit", "handed over to the military police")
HANDED_BACK = re.compile(
    r"\b(?:repatriat|deport|extradit)\w*|"
    r"\b(?:sen[dt]|hand|return|forc|tak|turn)\w*\s+(?:[\w-]+\s+){0,3}?(?:back|over)"
    r"(?=\s+(?:to|into|across|over|through|via)\s+(?:the\s+)?(?:North\b|North\s+Korea|North\s+Korean|DPRK|border)|"
    r"\s+(?:home|across|via|through)\b|\s*[,.;]|\s+(?:in|at|on|after|before|within|soon|later|last|this|by)\b|$)",
    re.I,
)
# who hands people back when the text does not say: China first (the usual case), then the others named
HANDING_ORDER = ("CN", "RU", "KR")
# the provinces along each border river: a river takes the report's province only when it flows past it
RIVER_PROVINCES = {
    "Tumen River": {"North Hamgyong", "Ryanggang", "Rason"},
    "Yalu River": {"Ryanggang", "Chagang", "North Pyongan"},
    "Imjin River": {"Kaesong", "North Hwanghae", "Kangwon"},
    "Taedong River": {"South Pyongan", "Pyongyang", "Nampo", "South Hwanghae"},
}


# sectors of the DMZ front and the sea border, and the North Korean province each faces
# "the central section of the border", "the eastern part of the inter-Korean border": a sector too
_STRETCH = (
    r"(?:front|sector|frontline|front line|(?:section|part|portion|stretch|area)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:border|DMZ|demilitari[sz]ed\s+zone|MDL|front(?:\s*line)?))"
)
SECTORS = (
    (re.compile(r"\b(?:western|west)\s+(?:sea\s+border|sea|coast)\b|\bYellow Sea\b", re.I), "South Hwanghae"),
    (re.compile(r"\b(?:western|west)\s+" + _STRETCH + r"\b|\bPanmunjom\b", re.I), "Kaesong"),
    (re.compile(r"\b(?:central|eastern|east)\s+" + _STRETCH + r"\b", re.I), "Kangwon"),
)
SECTOR_WORDS = ("west", "yellow sea", "panmunjom", "central", "east")
# the provinces along each sector's stretch of the line: the west's faces several (the Han estuary and the Kaesong
# area, the Hwanghae coast), so the province the report names there, if any, tells which; a recalled crossing
# "on the western front" with no place of its own is in none of them in particular
SECTOR_PROVINCES = {
    "South Hwanghae": {"South Hwanghae", "Kaesong"},
    "Kaesong": {"Kaesong", "North Hwanghae"},
    "Kangwon": {"Kangwon"},
}
LEAD_CHARS = 700  # the opening of a report: its first paragraph or two
ONE_PLACE_SECTOR = re.compile(r"\bPanmunjom\b|\bJoint\s+Security\s+Area\b|\bJSA\b", re.I)


def sector_province(text: str, at: int | None = None) -> str | None:
    """The North Korean province across a named sector of the DMZ ("the central front" → Kangwon): the first
    named, or with `at` (a trigger's offset) the one named nearest to it ("crossed the central front, the second
    since one crossed the western front in 2014")."""
    low = text.lower()
    if not any(word in low for word in SECTOR_WORDS):
        return None  # the cheap test first: every sector's pattern holds one of these words
    found = [(m.start(), m.end(), province) for pattern, province in SECTORS for m in pattern.finditer(text)]
    if not found:
        return None
    if at is None:
        # a report's own sector is named in its opening; one named only further down is another crossing's
        # ("another defected across the Yellow Sea border last year") or the scene of something else
        first = min(found)
        return first[2] if first[0] < LEAD_CHARS else None
    return min(found, key=lambda f: (max(f[0] - at, at - f[1], 0), f[0]))[2]


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
        (top, n), total = counts.most_common(1)[0], sum(counts.values())
        if country in ("CN", "RU") and len(counts) > 1 and 2 * n <= total:
            continue  # "arrested in Jilin and Hebei ... in Shandong and Yunnan": across the country, none of them
        out[country] = top
    return out


def _near_trigger(m: Mention, reach: int = 50) -> str:
    """The evidence within a few words of the trigger."""
    ev = m.evidence
    if ev.trigger_span is None:
        return ev.text
    start = ev.trigger_span.start - ev.span.start
    end = ev.trigger_span.end - ev.span.start
    return ev.text[max(0, start - reach) : end + reach]


# the line between the Koreas, and who stands south of it
AT_THE_LINE = re.compile(
    r"\b(?:MDL|DMZ|NLL|(?:Military\s+)?Demarcation\s+Line|Demilitarized\s+Zone|Northern\s+Limit\s+Line|"
    r"(?:inter-Korean|sea|maritime|land)\s+border|(?:central|eastern|western|east|west)\s+(?:front|sector|section|part))\b",
    re.I,
)
SOUTHERN_FORCES = re.compile(
    r"\b(?:South\s+Korean|South\s+Korea['’]s|the\s+South['’]s|our)\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|military|"
    r"navy|marines|forces|army|units?|guards?|guard\s+posts?|post|vessels?|ships?|boats?|coast\s+guard)\b",
    re.I,
)
# "the military took him into custody" in a report the South's military or government gives: its own forces
BARE_FORCES = re.compile(r"(?:(?:the|our)\s+)?(?:military|troops|soldiers|army|navy|marines|forces|guards?)", re.I)
SOUTHERN_VOICE = re.compile(
    r"\bJCS\b|Joint\s+Chiefs|defen[cs]e\s+ministry|ministry\s+of\s+(?:national\s+)?defen[cs]e|South\s+Korea|Seoul",
    re.I,
)
INTO_SOUTH = re.compile(r"\b(?:into|to|in)\s+(?:the\s+South\b|South\s+Korea(?:n\s+(?:territory|waters))?\b)")
SURRENDER = re.compile(r"\bturn(?:s|ed|ing)?\s+(?:himself|herself|themselves)\s+in\b", re.I)
NORTHERN_DOER = re.compile(r"\b(?:North\s+Korean|the\s+North['’]s|North\s+Korea['’]s)\s+(?:\w+\s+)?"
                           r"(?:troops|soldiers|guards|navy|forces|army|units?|boats?|vessels?)\b", re.I)  # fmt: skip


def _southern_side(m: Mention) -> str | None:
    """ "walked across the MDL and turned himself in", "prompting South Korean troops to fire warning shots": what
    the South's forces do at the line is on the South's side (KR)."""
    ev = m.evidence
    if ev.trigger_span is None or m.type not in ("ARREST", "OTHER"):
        return None
    start = ev.trigger_span.start - ev.span.start
    trigger = ev.text[start : ev.trigger_span.end - ev.span.start]
    if m.type == "ARREST" and SURRENDER.search(trigger) and AT_THE_LINE.search(ev.text):
        return "KR"
    if (
        m.type == "ARREST"
        and m.actors
        and all(BARE_FORCES.fullmatch(a.text.strip()) for a in m.actors)
        and any(s.kind == "government" and SOUTHERN_VOICE.search(s.text) for s in m.sources)
    ):
        return "KR"  # "The military then took him into custody," a JCS officer said
    if (
        m.type == "ARREST"
        and not m.actors
        and INTO_SOUTH.search(ev.text)
        and any(s.kind == "government" and SOUTHERN_VOICE.search(s.text) for s in m.sources)
    ):
        return "KR"  # "A man who crossed into the South has been detained," Seoul's military said: by its forces
    before = ev.text[max(0, start - 90) : start]
    joins = [j.end() for j in CLAUSE_JOIN.finditer(before)]
    own = before[joins[-1] if joins else 0 :]  # the trigger's own clause
    if "warning shot" in trigger.lower() and SOUTHERN_FORCES.search(own) and not NORTHERN_DOER.search(own):
        return "KR"
    return None


def _no_province(m: Mention, reach: int = 50) -> bool:
    """An event over the whole border or country ("all border guard units", "in border towns"), said
    within a few words of the trigger."""
    ev = m.evidence
    # a local body in the trigger's own clause ("the provincial committee ordered border guard units in the city"),
    # not in a clause joined before it ("the provincial bureau chief was summoned, and the authorities ordered ...")
    own = ev.text
    if ev.trigger_span is not None:
        start = ev.trigger_span.start - ev.span.start
        joins = [j.end() for j in CLAUSE_JOIN.finditer(ev.text, 0, start)]
        own = ev.text[joins[-1] if joins else 0 :]
    return _nationwide(_near_trigger(m, reach), own)


@lru_cache(maxsize=1 << 13)
def _nationwide(near: str, own: str) -> bool:
    """The test of `_no_province` on the words near the trigger and the trigger's own clause (asked several
    times per event, hence cached on the two strings)."""
    if STATISTIC.search(near):
        return True  # "1,127 North Korean defectors arrived in the South in 2017": a national count
    if NATIONWIDE.search(near) is None:
        return False
    return LOCAL.search(EVERY_PROVINCE.sub(" ", own)) is None


IN_COUNTRY = re.compile(r"\b(?:in|into|inside|to|across|from)\s+$", re.I)  # not "in northeast China"


def _whole_country(m: Mention, loc: Place) -> bool:
    """ "caught in China", "sent agents into China": the country as a whole, not one of its provinces."""
    if loc.span is None or loc.text is None:
        return False
    at = loc.span.start - m.evidence.span.start
    return at >= 0 and IN_COUNTRY.search(m.evidence.text[max(0, at - 25) : at]) is not None


NOT_A_DOER = re.compile(r"\b(?:in|into|inside|to|across|from|of|with|by|through|via|and|or|for)\s+(?:the\s+)?$", re.I)
VERB_GROUP = re.compile(r"\s+(?:(?!and\b|or\b|but\b)[a-z]+\s+){0,4}")  # "may have", "began": not "and Russia"


def _state_as_doer(m: Mention, loc: Place) -> bool:
    """ "China may have arrested as many as 14", "as China began repatriating North Koreans": the country named as
    the subject of the trigger did it as a state, somewhere in it, not in the province the report names most."""
    ev = m.evidence
    if loc.span is None or ev.trigger_span is None or loc.span.end > ev.trigger_span.start:
        return False
    at, end = loc.span.start - ev.span.start, loc.span.end - ev.span.start
    if at < 0 or NOT_A_DOER.search(ev.text[max(0, at - 25) : at]):
        return False
    return VERB_GROUP.fullmatch(ev.text[end : ev.trigger_span.start - ev.span.start]) is not None


def _handed_back(m: Mention) -> bool:
    """ "were repatriated", "sent back to the North", "deported": custody passed back across the border."""
    ev = m.evidence
    if m.type != "ARREST" or ev.trigger_span is None:
        return False
    start = ev.trigger_span.start - ev.span.start
    return HANDED_BACK.match(ev.text, start, min(len(ev.text), ev.trigger_span.end - ev.span.start + 50)) is not None


def _handing_side(m: Mention, gazetteer: Gazetteer, provinces: dict[str, str]) -> Place | None:
    """People handed back with no foreign place or doer of their own: the side that hands them over (rule 6), the
    neighbour the report names below country level (China first; South Korea only at the line) and its most named
    province there."""
    if not _handed_back(m):
        return None
    loc = m.location
    if loc is not None and (loc.country != "KP" or (loc.admin1 and loc.text and not _destination_text(m, loc))):
        return None  # its own place on the handing side, or a North Korean place that is not where they went
    at_line = AT_THE_LINE.search(m.evidence.text) is not None
    country = next((c for c in HANDING_ORDER if c in provinces and (c != "KR" or at_line)), None)
    if country is None:
        return None
    entry = gazetteer.province(country, provinces[country])
    if entry is None or _no_province(m) or m.modality == "generic":
        return Place(text=None, span=None, country=country, precision="country", inferred=True)
    return entry.to_place(None, None, inferred=True)


SOUTH_SIDE = re.compile(r"\b(?:South\s+Korea|ROK|Republic\s+of\s+Korea|the\s+South)\b")


def _returned_by_south(m: Mention) -> bool:
    """ "the ROK repatriated seven fishermen", "Three who crossed into South Korea were repatriated to the North":
    people the South sends back are handed over on its side (rule 6)."""
    ev = m.evidence
    if m.type not in ("OTHER", "ARREST") or ev.trigger_span is None:
        return False
    start = ev.trigger_span.start - ev.span.start
    if HANDED_BACK.match(ev.text, start, min(len(ev.text), ev.trigger_span.end - ev.span.start + 50)) is None:
        return False
    before = ev.text[:start]
    return SOUTH_SIDE.search(before) is not None and "China" not in before and "Chinese" not in before


# the verb of a return across the line: "sent ... back", "handed over", "repatriated", "returned"
RETURN_VERB = re.compile(r"\b(?:sen[dt]|hand|repatriat|return|deport)\w*", re.I)
BY_THE_NORTH = re.compile(r"\b(?:North\s+Korea|the\s+North|Pyongyang|DPRK)\b(?!\s+Korean)(?:['’]s)?\s+(?:\w+\s+)?$")


def handed_over_at_panmunjom(m: Mention, gazetteer: Gazetteer) -> None:
    """ "South Korea handed over five fishermen ... at the truce village of Panmunjom": the South hands people back on
    its own side of the truce village (rules 6 and 13), in its province (Gyeonggi), not the North's (Kaesong). Asked
    after merging, as the truce village is often named only in a later statement of the return."""
    loc = m.location
    if m.type != "OTHER" or loc is None or loc.gazetteer_id != "sitreps:panmunjom":
        return
    returned = False
    for ev in [m.evidence, *m.statements]:
        if ev.trigger_span is None:
            continue
        start = ev.trigger_span.start - ev.span.start
        if RETURN_VERB.match(ev.text, start) is None:
            continue
        if BY_THE_NORTH.search(ev.text[max(0, start - 40) : start]):
            return  # "North Korea returned the fishermen at Panmunjom": the North's side
        returned = True
    entry = gazetteer.province("KR", "Gyeonggi") if returned else None
    if entry is not None:
        m.location = entry.to_place(loc.text, loc.span, inferred=loc.inferred)


DESTINATION_BEFORE = re.compile(r"\b(?:to|into|across|over|via|through|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _destination_text(m: Mention, loc: Place) -> bool:
    """The place is where they were handed back to or through ("repatriated to Onsong", "via the Tumen River")."""
    if loc.span is None:
        return False
    at = loc.span.start - m.evidence.span.start
    return at >= 0 and DESTINATION_BEFORE.search(m.evidence.text[max(0, at - 40) : at]) is not None


def locate(m: Mention, dominant: str | None, gazetteer: Gazetteer, provinces: dict[str, str] | None = None) -> None:
    """Fill the location from the source's province or the report's province when none is named.

    `provinces` (the most named province of each country) lets an event done by a foreign authority
    ("caught by Chinese police") take that country's province instead of North Korea's, and an event
    placed only in China or South Korea ("China sent 60 North Koreans back") the province the report
    names there, and people handed back with no place or doer of their own the side that hands them over.
    """
    provinces = provinces or {}
    loc = m.location
    if (loc is None or loc.precision == "country" or loc.country == "KR") and _returned_by_south(m):
        if m.location is None or m.location.country != "KR":
            m.location = Place(text=None, span=None, country="KR", precision="country", inferred=True)
        return
    handing = _handing_side(m, gazetteer, provinces)
    if handing is not None:
        m.location = handing
        return
    loc = m.location
    if loc is not None and loc.country != "KP":
        if loc.precision == "country" and not loc.admin1 and loc.country and loc.gazetteer_id is not None:
            name = provinces.get(loc.country)
            entry = gazetteer.province(loc.country, name) if name else None
            if (entry is not None and not _no_province(m) and not _whole_country(m, loc) and m.modality != "generic"
                    and not _state_as_doer(m, loc)):  # fmt: skip
                m.location = entry.to_place(None, None, inferred=True)
        return
    foreign = actor_country(m) or _southern_side(m)
    if foreign is not None and (loc is None or not loc.admin1):
        name = next((s.admin1 for s in m.sources if s.admin1 and gazetteer.province(foreign, s.admin1)), None)
        if not (foreign == "KR" and m.is_back_reference):
            # a recalled crossing ended at another stretch of the South's line than this report's
            name = name or provinces.get(foreign)
        entry = gazetteer.province(foreign, name) if name else None
        if entry is not None:
            m.location = entry.to_place(None, None, inferred=True)
        else:
            m.location = Place(text=None, span=None, country=foreign, precision="country", inferred=True)
        return
    if m.type not in LEAVING_TYPES and (loc is None or not loc.admin1) and SOUTH_OF_LINE.search(_near_trigger(m)):
        # "a patrol boat came 2 km south of the line": on the South Korean side, in the province the report names
        entry = gazetteer.province("KR", provinces["KR"]) if "KR" in provinces else None
        if entry is not None:
            m.location = entry.to_place(None, None, inferred=True)
        else:
            m.location = Place(text=None, span=None, country="KR", precision="country", inferred=True)
        return
    trigger = m.evidence.trigger_span
    sector = sector_province(m.evidence.text, trigger.start - m.evidence.span.start if trigger else None)
    if sector is not None and (loc is None or not loc.admin1):
        along = SECTOR_PROVINCES.get(sector, {sector})
        if m.is_back_reference and len(along) > 1 and not ONE_PLACE_SECTOR.search(m.evidence.text):
            sector = None  # "another crossed the western front in 2014": somewhere along it
        elif provinces.get("KP") in along:
            sector = provinces["KP"]  # "crossed the western sea border ... paddled from Kaepung County": Kaesong
    if m.type == "OTHER":
        sector = None  # a crossing of the line (rule 10) is on the line itself, whichever stretch of it
    if sector is not None and (loc is None or not loc.admin1):
        entry = gazetteer.province("KP", sector)
        if entry is not None:  # "crossed the MDL on the central front"
            m.location = entry.to_place(loc.text if loc else None, loc.span if loc else None, inferred=True)
            return
    if loc is not None and loc.precision == "country" and loc.text and loc.gazetteer_id is None:
        return  # several provinces named ("in North Hamgyong and Ryanggang provinces"): none of them
    province = next((s.admin1 for s in m.sources if s.admin1), None)
    same = False
    if province is None and not m.is_back_reference:
        province = dominant
    elif province is None and SAME_PLACE.search(m.evidence.text) and not SIMILAR.search(m.evidence.text):
        province, same = dominant, True  # a recalled incident "at the same airfield": the report's province
    entry = _province(gazetteer, province) if province else None
    if entry is not None and entry.country == "KR":
        # a report filed from Seoul: South Korea holds only what its own forces do (caught above)
        province = provinces.get("KP")
    if province is not None and m.type in KP_TYPES:
        entry = _province(gazetteer, province)
        if entry is not None and entry.country != "KP":
            # in a report about China, a desertion or defection left from the North Korean place it names;
            # a sentence awaiting those sent back is passed somewhere in North Korea
            province = provinces.get("KP") if m.type in LEAVING_TYPES and not same else None
    river_province = province
    if province is not None and _no_province(m):
        province = None
    if m.type in AWAITING_TYPES and m.modality != "asserted" and RETURNED.search(m.evidence.text):
        province = None  # "if they are sent back, they will face a prison camp": somewhere in North Korea
    if loc is not None and loc.precision == "place" and not loc.admin1:
        # a border river: the province from the source or the report (a recalled incident's too), where the
        # river flows past it; the DMZ or the NLL: no province but a sector's, except for who left from it
        entry = gazetteer.by_id.get(loc.gazetteer_id or "")
        river = entry is not None and entry.level == "river"
        if river:  # "patrols along the Tumen", "guard the Amnok": the stretch in the report's province
            province = river_province or (dominant if m.is_back_reference else None)
        if river and province is not None and loc.place in RIVER_PROVINCES:
            province = province if province in RIVER_PROVINCES[loc.place or ""] else None
        if not river and m.type == "OTHER":
            province = None  # a crossing of the line (rule 10) is on the line itself
        elif not river and river_province is None and not m.is_back_reference and not _no_province(m):
            # "crossed the inter-Korean border", the sector named in another sentence: the province across it
            province = provinces.get("KP")
        entry = _province(gazetteer, province) if province else None
        if entry is not None and entry.country == "KP":
            # a copy: the sentence's other events share the place named ("searching ... within 30 meters of the MDL,
            # prompting South Korean troops to fire warning shots")
            m.location = replace(loc, admin1=entry.admin1, inferred=True)
        return
    if loc is not None and loc.precision != "country":
        return
    leader = m.type == "DIRECTIVE" and any(a.cls == "LEADERSHIP" for a in m.actors)
    if _national_order(m):
        leader = True  # "North Korean authorities have instructed border guards": the state's, as the leader's
    if leader and LOCAL.search(m.evidence.text):
        leader = False  # "the city's bureau received an order from Pyongyang": where the addressed units are
    if province is not None and not leader:
        entry = _province(gazetteer, province)
        if entry is not None and (loc is None or entry.country == loc.country):
            m.location = entry.to_place(None, None, inferred=True)
            return
    if m.location is None:
        m.location = Place(text=None, span=None, country="KP", precision="country", inferred=True)


# -- the place of the episode a sentence goes on telling ----------------------------------------------------------

PERSONS = {"he", "she", "they", "him", "her", "them"}
# definite nouns for institutions or the report itself are everywhere in a story and tie it to nothing
NOT_PARTICIPANTS = {"authority", "ministry", "department", "police", "government", "party", "committee", "command",
                    "bureau", "military", "army", "regime", "state", "agency", "office", "court", "leadership",
                    "navy", "headquarters", "commission", "source", "report", "official", "officer", "guard",
                    "resident", "people", "country", "border", "river", "area", "time", "year", "month", "day",
                    "week", "agent", "investigator", "group", "case", "incident", "situation", "matter"}  # fmt: skip
DEFINITE = {"the", "this", "that", "these", "those"}
MEETINGS = {"meeting", "conference", "plenum", "session", "congress", "visit", "inspection", "rally"}
PARTICIPANT_DEPS = {"nsubj", "nsubjpass", "dobj"}


def _participants(head: Any) -> list[Any]:
    """The subjects and objects of the trigger's clause and of the clauses above it ("The soldier told
    investigators that he had fled his unit after being beaten": "he" and "The soldier" for "beaten")."""
    out: list[Any] = []
    tok = head
    for _ in range(8):
        out.extend(c for c in tok.children if c.dep_ in PARTICIPANT_DEPS)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return out


def _pointers(head: Any) -> tuple[bool, set[str]]:
    """Whether the trigger's clauses name their people by a personal pronoun, and the definite nouns they use for
    someone or something told before ("the soldier", "the meeting", "the five")."""
    pronoun = False
    nouns: set[str] = set()
    for tok in _participants(head):
        if tok.pos_ == "PRON" and tok.lower_ in PERSONS:
            pronoun = True
        elif tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children):
            lemma = tok.lemma_.lower()
            if lemma not in NOT_PARTICIPANTS:
                nouns.add(lemma)
    return pronoun, nouns


def _own_place(m: Mention) -> bool:
    """The event's place comes from its own sentence (a place named there or a sector), not from the report."""
    loc = m.location
    return loc is not None and loc.text is not None and loc.admin1 is not None


NATIONAL_BODY = re.compile(
    r"\bNorth\s+Korean\s+authorities\b|\bauthorities\s+in\s+North\s+Korea\b|\b(?:North\s+Korean|the)\s+regime\b|"
    r"\bMinistry\b|\bCentral\s+(?:Committee|Military\s+Commission)\b|\bPyongyang\b",
    re.I,
)


def _national_order(m: Mention) -> bool:
    """An order issued by the state as a whole ("North Korean authorities have instructed border guards", "the
    Ministry of Social Security warned people"): its issuer is national."""
    if m.type != "DIRECTIVE":
        return False
    return any(NATIONAL_BODY.search(a.text) for a in m.actors if a.cls != "FOREIGN_AUTHORITY")


# the state itself as the doer ("North Korea has tightened surveillance", "Pyongyang has boosted inspections")
STATE_AS_DOER = re.compile(
    r"(?:North\s+Korea|Pyongyang|the\s+North|(?:the\s+)?(?:North\s+Korean\s+)?regime|"
    r"North\s+Korea['’]s\s+(?:government|regime))",
    re.I,
)


def national_order_place(m: Mention) -> None:
    """An order issued by the leader or a national body ("North Korean authorities have instructed border guards
    to shoot ...") that no place of its own locates: the country, not the province of its source or of another
    statement of it merged in. So is a measure the state itself takes ("North Korea has tightened surveillance",
    "Pyongyang has boosted inspections"): the whole country's, not the province the report names most."""
    loc = m.location
    if loc is None or loc.country != "KP" or not loc.inferred or loc.text is not None:
        return
    if m.type == "CRACKDOWN":  # "North Korea has tightened surveillance": a measure of the whole state
        if not any(a.cls == "LEADERSHIP" and STATE_AS_DOER.fullmatch(a.text.strip()) for a in m.actors):
            return
    elif m.type != "DIRECTIVE" or (not any(a.cls == "LEADERSHIP" for a in m.actors) and not _national_order(m)):
        return
    if LOCAL.search(m.evidence.text) or not loc.admin1:
        return
    m.location = Place(text=None, span=None, country="KP", precision="country", inferred=True)


def continued_place(
    head: Any, m: Mention, prior: list[tuple[Mention, Any]], occasion: tuple[Place, Span] | None = None
) -> str | None:
    """The place of the episode the event's sentence goes on telling, when the sentence names none.

    "A soldier crossed the line in Hwacheon. The soldier told investigators he had fled his unit": the desertion
    is placed where the crossing was, not in the report's most named province. The sentence must point back to
    the earlier event's people (a personal pronoun, or "the" and a noun the earlier sentence used), and that event
    must have a North Korean place of its own (not an origin or a destination: `attach_place` left those out).
    `prior` holds the events of the nearest earlier sentence with events, with their sentences (or, when the
    event's own sentence names a place, the events before it in that sentence: "a soldier who deserted in South
    Hamgyong shot two officers before he was killed"); `occasion` the
    place and span of the meeting or visit the report tells ("The meeting decided to relieve its commander").
    """
    loc = m.location
    if loc is not None and (loc.precision != "country" or loc.gazetteer_id is None or loc.country != "KP"):
        return None  # its own place, a state acting for the whole country, or a foreign country
    if m.modality not in ("asserted", "uncertain") or (actor_country(m) or _southern_side(m)) or _no_province(m):
        return None  # what may happen next ("if they are caught, they will be shot") is not the episode told
    if m.type in AWAITING_TYPES and m.modality != "asserted" and RETURNED.search(m.evidence.text):
        return None  # what awaits those sent back happens somewhere in the North
    if sector_province(m.evidence.text) is not None:
        return None  # "fired at a soldier who ran across at Panmunjom, wounding him": the sector's own
    if m.type == "DIRECTIVE" and any(a.cls == "LEADERSHIP" for a in m.actors):
        return None  # the leadership's orders are placed by its meeting or the units addressed
    if _national_order(m) and not LOCAL.search(m.evidence.text):
        return None  # an order of a national body: the units addressed, not the episode told before
    if _returned_by_south(m):
        return None  # people the South sends back are handed over on its side
    pronoun, nouns = _pointers(head)
    if not pronoun and not nouns:
        return None
    if occasion is not None and nouns & MEETINGS and occasion[1].end <= head.sent.start_char:
        return occasion[0].admin1
    for earlier, sent in prior:
        if not _own_place(earlier) or earlier.location is None or earlier.location.country != "KP":
            continue
        if not pronoun and not any(t.pos_ == "NOUN" and t.lemma_.lower() in nouns for t in sent):
            continue
        return earlier.location.admin1
    return None
