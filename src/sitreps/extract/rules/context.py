"""What the mention builder asks of a trigger's context: habits and counts, occasions, stories told before,
fatalities, issuers named by pronouns, and `dropped_detection`, the dispatch to the rules by type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sitreps import nlp
from sitreps.extract.actors import ActorFinder
from sitreps.extract.cues import EXECUTION_CONTEXT, FREQUENCY_ADVERBS, SELDOM_ADVERBS
from sitreps.extract.events import WISH_WORDS, Trigger
from sitreps.extract.modality import is_infinitive, is_negated
from sitreps.extract.places import Gazetteer
from sitreps.extract.references import ReportCue
from sitreps.extract.rules.custody import VESSELS, custody_dropped, domestic_dropped, present_simple
from sitreps.extract.rules.moves import LEAVING, QUESTIONING, SCREENING_BODIES, sea_crossing_returned, wire_dropped
from sitreps.extract.rules.orders import ISSUING_VERBS, KIND_PRONOUNS, directive_dropped
from sitreps.extract.rules.shared import INQUIRY
from sitreps.model import Actor, EventDate, Fatalities, Mention, Place, Source, Span


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


OBLIGATION = {"must", "should", "shall", "will", "would"}
# the arrangement that makes a run or a crossing happen: its purpose is the run itself ("paid the guards to let
# his trucks through", "arranged with Chinese traders to bring back medicine", "rented trucks to haul goods")
PAYING_VERBS = {"pay", "bribe", "arrange", "rent", "hire", "lend", "use", "conspire", "collude"}
# forces sent somewhere for a measure: the purpose is the crackdown ("deployed agents to Hyesan to investigate brokers")
SENDING_VERBS = {"deploy", "dispatch", "send", "station", "post", "assign", "mobilize", "mobilise"}
PURSUIT_VERBS = {"track", "hunt", "arrest", "catch", "capture", "search", "abduct", "kidnap", "seize", "repatriate"}
# an infinitive that tells what a wish, attempt or decision is about: the event itself, not another's aim
WISH_NOUNS = {"wish", "desire", "intention"}
GRANTING_VERBS = {"accept", "grant", "approve", "honor", "honour"}
ATTEMPT_NOUNS = {"attempt", "bid"}
DECISION_NOUNS = {"decision", "plan"}
# "led police to order ...", "prompted the ministry to ban ...": what was brought about, misparsed as an aim
RESULT_VERBS = {"lead", "prompt", "spur", "force", "compel", "cause"}
HELPING_VERBS = {"help", "assist", "aid"}


def purpose_told(trig: Trigger, head: Any) -> bool:
    """An infinitive that is the event itself, though it looks like an aim: the defection a person expressed a
    wish for or was caught helping with, the crossing of an attempt, the punishment a decision was made about,
    the order a cause led someone to give."""
    if not is_infinitive(head):
        return False
    gov = head.head
    glemma = gov.lemma_.lower()
    if head.dep_ == "acl" and gov.pos_ == "NOUN":
        if trig.type == "DEFECTION" and glemma in WISH_NOUNS:
            # "Seoul has accepted his wish to defect": the defection granted; "expressed their desire to defect" most
            # often restates a crossing the report has told already, and stays an aim
            return (
                any(c.dep_ == "poss" for c in gov.children)
                and gov.dep_ == "dobj"
                and gov.head.lemma_.lower() in GRANTING_VERBS
            )
        if trig.type == "DEFECTION" and glemma in ATTEMPT_NOUNS:
            return any(c.dep_ in ("poss", "det") for c in gov.children)  # "in their attempt to cross to China"
        if (
            glemma in DECISION_NOUNS
            and gov.dep_ in ("dobj", "nsubjpass")
            and gov.head.lemma_.lower() in ("make", "take", "establish", "adopt", "draw", "draft", "reach")
        ):
            return True  # "a decision has been made to punish", "established plans to increase surveillance"
    if head.dep_ == "advcl" and gov.pos_ == "VERB":
        if glemma in RESULT_VERBS and any(c.dep_ in ("dobj", "prep") for c in gov.children):
            return True  # "has led to police to order its officers to fire": the order given
        nsubjpass = next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
        if nsubjpass is not None and nsubjpass.lemma_.lower() in DECISION_NOUNS and glemma in ("make", "take", "reach"):
            return True  # "a decision has been made to punish the guard"
    if trig.type == "DEFECTION" and head.dep_ in ("acl", "relcl", "advcl"):
        for anc in list(head.ancestors)[:4]:
            if anc.pos_ == "VERB" and anc.lemma_.lower() in HELPING_VERBS:
                return True  # "were caught helping a family of four to defect": helping others leave (a defection)
            if anc.pos_ == "VERB":
                break
    return False


ORDERING_WORDS = {"order", "instruct", "command", "direct", "tell", "orders", "instruction", "instructions",
                  "directive"}  # fmt: skip


def governing_verb(head: Any) -> str:
    """The lemma of the first verb above `head`, across a misattached noun ("paid the commander in charge of the
    crossing 3,000 yuan to let his trucks through", where "let" hangs from "crossing")."""
    tok = head
    for _ in range(6):
        if tok.head.i == tok.i:
            return ""
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return str(tok.lemma_.lower())
    return ""


def execution_told_before(head: Any, sent: Any) -> bool:
    """A passive "was shot" whose subject is someone the previous sentence told was executed or sentenced."""
    subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    if not subjects or sent.start == 0:
        return False
    if not all(
        s.lower_ in ("he", "she", "they")
        or s.ent_type_ == "PERSON"
        or any(c.dep_ == "det" and c.lower_ in ("the", "this", "both") for c in s.children)
        for s in subjects
    ):
        return False
    previous = sent.doc[sent.start - 1].sent
    return bool(EXECUTION_CONTEXT.search(previous.text))


ROAD_CHECKS = {"stop", "check", "checkpoint", "checkpoints", "roadblock", "roadblocks", "set", "put"}
HUNT_TOLD = re.compile(
    r"\bmanhunt\b|\bat large\b|\b(?:search|hunt|look)(?:ing|ed)?\s+for\s+(?:him|her|them|a|an|the|two|three|four|five|"
    r"six|\d+)\b|\b(?:catch|track down|find) (?:him|her|them)\b",
    re.I,
)


def hunt_told_before(sent: Any) -> bool:
    """The report has told of a hunt for particular people before this sentence ("a manhunt", "looking for him")."""
    return bool(HUNT_TOLD.search(nlp.full_text(sent.doc)[: sent.start_char]))


SMUGGLING_WORDS = re.compile(r"\bsmuggl\w*|\bcontraband\b|\bgoods\b", re.I)
FLIGHT_WORDS = re.compile(r"\bdefect\w*|\bescape\w*|\bfled\b|\bflee\w*|\brefugees?\b|\bbrokers?\b", re.I)


LIVELIHOOD_WORDS = {"living", "livelihood", "livelihoods", "income", "incomes"}
LIVING_VERBS = {"live", "survive", "subsist", "get"}


def livelihood(head: Any) -> bool:
    """An activity told as how people live ("made their living smuggling", "earn a living by smuggling herbs",
    "live off smuggling"): a way of life, no incident."""
    if _smugglers_of_a_kind(head) or _told_as_habit(head) or _kin_who_left(head):
        return True  # "there are so many smugglers bringing goods through", "guards often take bribes to ..."
    near = [head, *list(head.ancestors)[:3]]
    for tok in list(head.ancestors)[3:8]:  # "made a living by accepting bribes by closing their eyes on smuggling"
        if any(c.dep_ == "dobj" and c.lower_ in LIVELIHOOD_WORDS for c in tok.children):
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            break
    for tok in near:
        if (
            tok.i != head.i
            and tok.lemma_.lower() in LIVING_VERBS
            and tok.pos_ == "VERB"
            and any(c.dep_ == "prep" and c.lower_ in ("off", "on", "by") for c in tok.children)
        ):
            return True
        if any(t.lower_ in LIVELIHOOD_WORDS and t.dep_ in ("dobj", "compound", "pobj") for t in (tok, *tok.children)):
            return True
    return False


# relatives named by who among them left: "families with members known to have left for China"
KIN = {"family", "member", "relative", "kin", "parent", "child", "son", "daughter", "sibling", "brother", "sister",
       "husband", "wife", "spouse", "household", "relation"}  # fmt: skip


def _kin_who_left(head: Any) -> bool:
    """A crossing told only to say which relatives someone has ("calls to members of their families who had
    escaped to South Korea or China", "families with members known to have left for China"): a kind of
    family, no incident."""
    if head.pos_ != "VERB":
        return False
    clause = head
    for _ in range(3):
        if clause.dep_ in ("relcl", "acl") or clause.head.i == clause.i:
            break
        if clause.dep_ != "xcomp":
            return False
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl"):
        return False
    kin = clause.head
    if kin.tag_ != "NNS" or kin.lemma_.lower() not in KIN:
        return False
    if kin.dep_ == "dobj":  # "to contact their family members who have fled abroad": whom they have, a state
        if not any(c.dep_ == "poss" for c in kin.children) or not any(
            c.dep_ == "aux" and c.lower_ in ("have", "has") for c in head.children
        ):
            return False
    elif kin.dep_ != "pobj":
        return False
    return not any(c.dep_ == "nummod" for c in kin.children) and not any(t.ent_type_ == "DATE" for t in clause.subtree)


TRADERS = {"smuggler", "smugglers", "trader", "traders", "merchant", "merchants", "dealer", "dealers"}


def paid_by_trader(head: Any) -> bool:
    """A smuggler "bribed the guards to get him across": the crossing a trader pays for is a run of goods."""
    tok = head
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in PAYING_VERBS:
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in TRADERS for c in tok.children)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def smuggling_story(sent: Any) -> bool:
    """The story so far is about a run of goods, not people leaving: a crossing arranged there is smuggling."""
    told = nlp.full_text(sent.doc)[: sent.end_char]
    return len(SMUGGLING_WORDS.findall(told)) > len(FLIGHT_WORDS.findall(told))


CAMPAIGN_DOERS = {"group", "team", "unit", "campaign", "crackdown", "inspection", "investigation", "inspector",
                  "investigator", "agent", "squad", "force", "corps", "brigade", "battalion", "soldier", "troop",
                  "grouppa", "sweep", "probe"}  # fmt: skip


def campaign_moves(head: Any, sentence_triggers: list[Trigger]) -> bool:
    """A force or campaign that takes over stretches of the border or moves on to other places ("the inspection
    group will move on to Samsu County"), told in a main clause rather than as a description of the unit."""
    if head.dep_ in ("relcl", "acl", "amod"):
        return False
    clause = head
    for _ in range(4):  # up through "is planning to move on", "will then move on"
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) or clause.head.i == clause.i:
            break
        clause = clause.head
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subj in subjects:
        words = {t.lemma_.lower() for t in (subj, *(c for c in subj.children if c.dep_ == "compound"))}
        if words & CAMPAIGN_DOERS:
            return True
    others = [t for t in sentence_triggers if t.type == "CRACKDOWN" and t.head.i != head.i]
    return head.lemma_.lower() == "move" and any(t.head.i < head.i for t in others) and not subjects


def complement_of(tok: Any, governor: Any) -> bool:
    """`tok` lies in what `governor` asks for: up through complements only ("instructed them to seal off")."""
    for _ in range(8):
        if tok.dep_ not in ("xcomp", "ccomp", "prep", "pobj", "pcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == governor.i:
            return True
    return False


def ordered_capture(head: Any) -> bool:
    """Rule 2: an order to catch a specific person ("ordered every police post to catch him") is a hunt, and so is
    the work of catching them ("has been busy trying to catch the defectors")."""
    if _ordered_passive_capture(head):
        return True
    if not (is_infinitive(head) and head.dep_ in ("xcomp", "acl", "advcl", "ccomp")):
        return False
    gov = head.head  # "ordered ... to catch him", "an order ... to catch him", "put out an order ... to catch him"
    effort = head.dep_ == "xcomp" and gov.lemma_.lower() in EFFORT_VERBS and not is_negated(gov)
    if not effort and not any(
        t.lemma_.lower() in ORDERING_WORDS for t in (gov, *(c for c in gov.children if c.dep_ == "dobj"))
    ):
        return False
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        if obj.lower_ in ("him", "her", "them") or obj.ent_type_ == "PERSON":
            return True
        if any(c.dep_ in ("poss", "det") and c.lower_ not in ("a", "an", "any", "every", "all") for c in obj.children):
            return True
    return False


# trying to catch someone is hunting them (rule 2): "trying to catch the family", "struggling to track him"
EFFORT_VERBS = {"try", "attempt", "strive", "struggle", "scramble", "endeavor", "endeavour"}


def _ordered_passive_capture(head: Any) -> bool:
    """ "issued a directive that the 16 defectors should be captured": the ordered capture of specific people."""
    if head.dep_ not in ("ccomp", "acl") or head.head.lemma_.lower() not in ORDERING_WORDS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("should", "must", "be") for c in head.children):
        return False
    for subj in (c for c in head.children if c.dep_ == "nsubjpass"):
        if subj.lower_ in ("he", "she", "they") or subj.ent_type_ == "PERSON":
            return True
        if any(c.dep_ in ("nummod", "poss") or (c.dep_ == "det" and c.lower_ in ("the", "these", "those"))
               for c in subj.children):  # fmt: skip
            return True
    return False


# measures told only by their direction ("tighten", "strengthen", "root out") are exhortations when ordered;
# an order to double patrols or to set up checkpoints is a concrete measure (samples/README.md)
VAGUE_MEASURES = {
    "tighten",
    "strengthen",
    "intensify",
    "heighten",
    "bolster",
    "root",
    "stamp",
    "seal",
    "crack",
    "clamp",
    "reinforce",
    "increase",
    "expand",
    "redouble",
    "beef",
    "ramp",
    "step",
    "eliminate",
}
CONCRETE_MEASURES = {"patrol", "patrols", "inspection", "inspections", "checkpoint", "checkpoints", "check", "checks",
                     "search", "searches", "post", "posts", "team", "teams", "camera", "cameras", "fence", "fences",
                     "wire", "guard", "guards", "troops", "soldiers"}  # fmt: skip


def vague_measure(head: Any) -> bool:
    """A planned crackdown named only by its direction: "tighten the blockade", "root out brokers"."""
    if head.lemma_.lower() not in VAGUE_MEASURES:
        return False
    near = [t for c in head.children for t in (c, *c.children)]
    return not any(t.lemma_.lower() in CONCRETE_MEASURES or t.lower_ in CONCRETE_MEASURES for t in near)


# what a person says under questioning: the questioning is the occasion of the statement, not a measure
STATEMENT_VERBS = {"say", "confess", "admit", "tell", "claim", "reveal", "insist", "deny", "explain", "state",
                   "testify", "acknowledge"}  # fmt: skip
RELEASE_VERBS = {"release", "free"}


def questioned_in_custody(head: Any, sentence_triggers: list[Trigger], actors: list[Actor]) -> bool:
    """Questioning told with the custody it happens in ("was detained and is being questioned", "held for
    questioning"), or South Korea's screening of a new arrival."""
    if any(any(b in a.text.lower() for b in SCREENING_BODIES) for a in actors):
        return True
    if head.dep_ == "advcl" and head.head.lemma_.lower() in STATEMENT_VERBS:
        return True  # "when questioned, the crew said ...", "confessed while being questioned": what was said
    if any(c.dep_ == "conj" and c.lemma_.lower() in RELEASE_VERBS for c in head.children):
        return True  # "were interrogated for two months, but then released": the custody and its end
    arrests = {t.head.i for t in sentence_triggers if t.type == "ARREST"}
    if not arrests:
        return False
    if head.dep_ in ("pcomp", "advcl") and head.head.lower_ in TIME_MARKS | {"following"}:
        return True  # "awaiting repatriation after being interrogated": a step of the custody told
    if head.dep_ == "conj" and head.head.i in arrests:
        return True
    if any(c.dep_ == "conj" and c.i in arrests for c in head.children):
        return True
    return any(a.i in arrests for a in list(head.ancestors)[:4])


# places searched one after another: "searching houses", "going through every home" (a sweep, rule 2)
DWELLINGS = {"house", "houses", "home", "homes", "household", "households", "apartment", "apartments", "dormitory",
             "dormitories", "workplace", "workplaces", "flat", "flats"}  # fmt: skip
EVERYONE = {"anyone", "anybody", "everyone", "everybody"}
SUSPECTING = {"find", "catch", "suspect", "accuse", "discover"}
ROBBING = {"break", "rob", "loot", "steal", "raid"}
THOSE = {"those", "anyone", "anybody", "people", "whoever", "others"}
TIME_MARKS = {"after", "before", "since", "until", "till", "when", "once"}
CROSSING_PLACE_PREPS = {"at", "through", "via", "near", "to", "from", "across"}
CIRCUMSTANCE_PREPS = {"during", "after", "under", "of", "following", "before"}


def sweeps_places(head: Any) -> bool:
    """A search of dwellings as such ("searching houses one inminban at a time") or of anyone who passes
    ("anyone entering the zone has been stopped and searched", "stopping every young man"): a sweep."""
    if _searched_for_person(head):
        return False
    clause = head
    while (
        clause.dep_ == "conj"
        and clause.head.i != clause.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in clause.children)
    ):
        clause = clause.head
    near = [clause, *list(clause.ancestors)[:2]]
    near += [c for c in clause.children if c.dep_ in ("advcl", "csubj", "csubjpass") and c.tag_ == "VBG"]
    if head.lemma_.lower() in ("search", "stop", "check") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in EVERYONE for t in near for c in t.children
    ):
        return True  # "anyone entering the zone has been stopped and searched" (also as the parser splits it)
    for c in (*head.children, *(clause.children if clause is not head else ())):
        if (
            c.dep_ == "dobj"
            and c.lower_ in DWELLINGS
            and c.tag_ == "NNS"
            and not any(d.dep_ in ("det", "poss", "nummod") for d in c.children)
        ):
            return True
        if (
            c.dep_ in ("dobj", "nsubjpass")
            and (c.lower_ in EVERYONE or any(d.dep_ == "det" and d.lower_ in ("every", "all") for d in c.children))
            and head.lemma_.lower() in ("search", "stop", "check")
        ):
            return True
    return _passers_checked(head)


# people stopped as they pass ("searched travellers at the checkpoint", "checking passengers' bags"): a sweep
PASSERS = {"travellers", "travelers", "passengers", "pedestrians", "passersby", "commuters", "traders", "merchants",
           "vendors", "residents", "villagers", "vehicles", "cars", "trucks", "buses", "trains", "students",
           "youths", "women"}  # fmt: skip


def _passers_checked(head: Any) -> bool:
    """ "stopped and searched travellers", "checking pedestrians": a bare plural of people who pass (no article,
    number or owner) stopped or searched as they come, not a hunt for someone."""
    if head.lemma_.lower() not in ("search", "stop", "check", "frisk"):
        return False
    verbs = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if head.dep_ == "conj" and head.head.pos_ == "VERB":
        verbs.append(head.head)  # "stopped and searched travellers": the object hangs on the second verb
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and c.lower_ in PASSERS
        and not any(d.dep_ in ("det", "poss", "nummod") for d in c.children)
        for v in verbs
        for c in v.children
    )


def _searched_for_person(head: Any) -> bool:
    return any(obj.lower_ in ("him", "her", "them") or obj.ent_type_ == "PERSON" for obj in _search_objects(head))


# what is "attacked" in a figure of speech ("attacking the use of Chinese phones"), not in an assault
ABSTRACT_TARGETS = {"use", "problem", "practice", "issue", "idea", "phenomenon", "culture", "trend", "habit", "policy"}
PLACE_TARGETS = {"station", "post", "office", "house", "home", "building", "camp", "unit", "base", "village", "car"}


INVOLVEMENT = {"involve", "involved", "engage", "engaged", "participate", "implicate", "implicated", "active"}


def bare_topic(head: Any, sentence_triggers: list[Trigger]) -> bool:
    """A bare activity noun hung on a noun that tells no incident: "a stronghold for smuggling and defections",
    "the causes of desertion", "a lot of contact ..., including a lot of smuggling"."""
    if head.pos_ != "NOUN" or head.tag_ not in ("NN", "NNS"):
        return False
    tok = head
    while tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        tok = tok.head
    if any(c.dep_ in ("det", "poss", "nummod") for c in tok.children) or any(
        c.dep_ in ("det", "poss", "nummod") for c in head.children
    ):
        return False
    if (
        tok.dep_ in ("nmod", "compound")
        and tok.head.tag_ == "NNS"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.head.children)
    ):
        return True  # "managed to maintain both smuggling and defection operations": the activities at large
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in INVOLVEMENT:
        word = tok.head.head
        clause = word.head if word.dep_ in ("acomp", "xcomp") else word
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and all(c.tag_ == "NNS" for c in subjects):
            return True  # "the authorities are becoming more involved in illegal smuggling": many, at large
    if tok.dep_ != "pobj" or tok.head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    holder = tok.head.head
    if holder.lemma_.lower() in ("lot", "number", "deal"):  # "including a lot of smuggling"
        holder = holder.head.head if holder.dep_ == "pobj" else holder
        if holder.pos_ not in ("NOUN", "PROPN"):
            return False
    event_heads = {t.head.i for t in sentence_triggers}
    return holder.i not in event_heads and not any(c.dep_ == "nummod" for c in holder.children)


THREAT_VERBS = {"announce", "threaten", "warn", "vow", "pledge", "promise"}


def threatened(head: Any) -> Any | None:
    """The verb that threatens a punishment rather than reporting one: "announced severe punishments for
    using ...", "threatened to exile their families", "warned of harsh punishment", "warned that they would
    face punishment"."""
    from sitreps.extract.modality import uttered_threat

    uttered = uttered_threat(head)
    if uttered is not None:
        return uttered  # "Kim said that those who neglected their duties would be severely punished"
    tok, verb = head, None
    if head.pos_ == "NOUN" and head.dep_ == "dobj":
        verb = head.head
    elif head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ in ("of", "with"):
        verb = head.head.head
    elif head.pos_ == "VERB" and head.dep_ == "xcomp":
        verb = head.head
    if head.pos_ == "VERB" and head.dep_ == "conj" and head.head.dep_ == "xcomp":
        verb = head.head.head  # "threatening to charge users with espionage and exile their families"
    if verb is not None and verb.lemma_.lower() == "face" and verb.dep_ == "ccomp":
        tok, verb = verb, verb.head  # "warned that they would face the harshest punishment"
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in tok.children):
            return None
    if verb is None or verb.lemma_.lower() not in THREAT_VERBS:
        return None
    if verb.lemma_.lower() == "announce" and (tok.dep_ != "dobj" or tok.tag_ not in ("NNS", "NN")):
        return None  # "announced the execution of ...": a report of what was done
    if verb.lemma_.lower() == "announce" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    return verb


# a picture's caption: what it shows is a scene, not an incident told
CAPTION = re.compile(
    r"\b(?:seen |shown |pictured )?in (?:this|a|the above) (?:file )?(?:photo|picture|image)\b|"
    r"^\s*(?:FILE )?PHOTO\b",
    re.I,
)
WARS = {"war", "wars"}
# what is "slapped" or "hit" when no one is struck: "sanctions slapped on North Korea"
IMPOSED_THINGS = {"sanction", "tariff", "fine", "ban", "embargo", "penalty", "restriction", "label"}


REMOVED_THINGS = {"post", "mine", "landmine", "fence", "wire", "barrier", "camera", "equipment", "facility",
                  "structure", "sign", "poster", "loudspeaker", "speaker", "bunker", "weapon", "obstacle"}  # fmt: skip
UNKNOWING = {"clear", "unclear", "known", "unknown", "know", "confirm", "confirmed", "certain", "sure", "say"}


def _any_in_question(head: Any) -> bool:
    """An indirect question about anyone at all ("it was not clear if any guards were injured", "unknown whether
    any soldiers were punished"): nothing told happened."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    people = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if not any(any(d.dep_ == "det" and d.lower_ == "any" for d in p.children) for p in people):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in verb.children):
        return False
    above = verb.head  # "it was not clear if ...": the adjective hangs on "was"
    words = {above.lemma_.lower(), *(c.lower_ for c in above.children if c.dep_ in ("acomp", "attr"))}
    return verb.dep_ in ("ccomp", "advcl") and bool(words & UNKNOWING)


def _war_dead(head: Any) -> bool:
    """A killing in a war ("killed during the Korean War", "those who died in the war"), or a penalty "slapped on"
    a country: no violence of the report's time."""
    if head.dep_ == "acl" and head.head.lemma_.lower() in IMPOSED_THINGS:
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in IMPOSED_THINGS for c in head.children):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("during", "in")
        and any(o.dep_ == "pobj" and o.lemma_.lower() in WARS for o in c.children)
        for c in head.children
    )


def dropped_detection(trig: Trigger, head: Any, sentence_triggers: list[Trigger], targets: list[Actor]) -> bool:
    """Triggers that tell no incident of their own, found from the parse around them."""
    lemma = head.lemma_.lower()
    if custody_dropped(trig, head):
        return True
    if domestic_dropped(trig, head):
        return True
    if wire_dropped(trig, head, sentence_triggers):
        return True
    if directive_dropped(trig, head, sentence_triggers):
        return True
    if CAPTION.search(nlp.span_text(head.sent)):
        return True  # "A border patrol checkpoint ... can be seen in this photo": a picture's caption, no incident
    if trig.type == "VIOLENCE" and _war_dead(head):
        return True  # "remains of soldiers killed during the 1950-53 Korean War": history, no incident
    if trig.type in ("SEARCH", "CRACKDOWN") and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and o.lower_ == "remains" for o in c.children)
        for c in head.children
    ):
        return True  # "a joint search for remains of soldiers killed in the war": recovering the war dead
    if (
        trig.type == "PUNISHMENT"
        and lemma == "remove"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in REMOVED_THINGS for c in head.children)
    ):
        return True  # "completed removing 20 front-line guard posts and landmines": things taken away, no one
    if _any_in_question(head):
        return True  # "It was not clear if any guards were injured": whether it happened at all is unknown
    if (
        trig.type in ("DEFECTION", "SMUGGLING")
        and any(
            a.lemma_.lower() in SUSPECTING
            and a.tag_ in ("VBN", "VBD")
            and (
                (a.dep_ == "acl" and a.head.lower_ in THOSE)  # also misparsed as "those" found (a clause of its own)
                or any(c.dep_ == "nsubj" and c.lower_ in THOSE and c.i == a.i - 1 for c in a.children)
            )
            for a in list(head.ancestors)[:4]
        )
    ):
        return True  # "those found to have tried to reach South Korea face ...": a charge, no incident (rule 5)
    if (
        trig.type == "OTHER"
        and lemma in ("disappear", "vanish")
        and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in head.children)
    ):
        return True  # "in the days after he vanished": the disappearance already told, recalled as a time
    if (
        trig.type == "ARREST"
        and lemma in ("hand", "turn", "surrender")
        and not targets
        and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in head.children)
    ):
        return True  # "hand over any Chinese phones", "handed over bundles": things given, no one taken
    if (
        trig.type == "VIOLENCE"
        and lemma in ("attack", "hit", "strike")
        and head.pos_ == "VERB"
        and not targets
        and any(
            c.dep_ == "dobj"
            and c.pos_ == "NOUN"
            and c.ent_type_ != "PERSON"
            and (c.lemma_.lower() in ABSTRACT_TARGETS or any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children))
            and c.lemma_.lower() not in PLACE_TARGETS
            for c in head.children
        )
    ):
        return True  # "has been attacking use of Chinese phones", "hit the market hard": no one assaulted
    if (
        trig.type == "ARREST"
        and lemma == "pick"
        and not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in head.children)
        and head.dep_ not in ("acl", "relcl")
    ):
        return True  # "smuggling has picked up": trade growing, no arrest
    if (
        trig.type == "DEFECTION"
        and head.pos_ == "NOUN"
        and head.lower_.startswith("crossing")
        and (
            head.dep_ == "pobj"
            and head.head.lower_ in CROSSING_PLACE_PREPS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        )
    ):
        return True  # "handed over at the border crossing", "through the Tumen crossing": a checkpoint, a place
    if (
        trig.type == "CRACKDOWN"
        and lemma in QUESTIONING
        and head.pos_ == "NOUN"
        and (head.dep_ == "pobj" and head.head.lower_ == "during")
    ):
        return True  # "said so during a government interrogation": the occasion of what was said or done
    if (
        trig.type == "CRACKDOWN"
        and lemma in INQUIRY
        and head.dep_ == "pcomp"
        and head.head.lower_ in ("after", "following")
        and any(t.type == "ARREST" for t in sentence_triggers)
    ):
        return True  # "handed them over to the police after investigating the circumstances": a step of custody
    if (
        trig.type == "CRACKDOWN"
        and lemma in QUESTIONING
        and head.pos_ == "NOUN"
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in head.children)
    ):
        prep = head.head if head.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "of" and prep.head.lower_ in ("weeks", "days", "months", "hours"):
            prep = prep.head.head if prep.head.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in CIRCUMSTANCE_PREPS:
            return True  # "beaten during questioning", "died after weeks of interrogation": the custody's course
    if (
        head.pos_ == "NOUN"
        and head.dep_ == "pobj"
        and head.head.lower_ in ("after", "since", "following")
        and all(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)
        and any(True for _ in head.children)
    ):
        return True  # "After the robbery, police set up checkpoints": the robbery told before, recalled as a time
    if (
        trig.type == "CRACKDOWN"
        and lemma == "raid"
        and head.pos_ == "NOUN"
        and head.dep_ == "pobj"
        and (
            head.head.lower_ in ("in", "during")
            and any(t.type == "ARREST" and t.head.i == head.head.head.i for t in sentence_triggers)
        )
    ):
        return True  # "arrested in a police raid": the raid is how they were taken, one ARREST
    if (
        trig.type == "SMUGGLING"
        and lemma in ("take", "steal")
        and any(
            t.type in ("OTHER", "VIOLENCE") and t.head.i != head.i and t.head.lemma_.lower() in ROBBING
            for t in sentence_triggers
        )
    ):
        return True  # "broke into a house and took a sack of rice": a theft, part of the robbery
    # "set up checkpoints on every road and searched the woods": the checkpoints serve the hunt
    return (
        trig.type == "CRACKDOWN"
        and lemma in ("set", "put", "post", "add")
        and any(
            t.type == "SEARCH"
            and t.head.pos_ == "VERB"
            and (t.head.head.i == head.i or head.head.i == t.head.i)
            and (t.head.dep_ == "conj" or head.dep_ == "conj")
            for t in sentence_triggers
        )
    )


# the sea and land lines between the Koreas: a group of soldiers stepping across them is an incursion (rule 10)
INTER_KOREAN_LINES = {"mdl", "nll", "demarcation", "line", "inter-korean"}
GROUP_NOUNS = {"group", "dozen", "dozens", "unit", "squad", "platoon", "team"}


def line_incursion(head: Any, sent: Any) -> bool:
    """A group of soldiers crossing the MDL or the NLL, with no word of leaving: an incursion, not a defection.
    A boat that crosses or drifts over the line is a crossing too: people defect, vessels do not (rule 10)."""
    if sea_crossing_returned(head, sent):
        return True  # "North Koreans who crossed the sea border were sent back home": a crossing (rule 10)
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    leaving = any(t.lemma_.lower() in LEAVING for t in sent)
    if subject is None and head.dep_ in ("xcomp", "ccomp", "advcl") and head.head.pos_ == "VERB":
        subject = next((c for c in head.head.children if c.dep_ == "nsubjpass"), None)  # "a boat was seen crossing"
    if subject is not None and subject.lemma_.lower() in VESSELS and head.pos_ == "VERB" and not leaving:
        return True  # "a wooden boat carrying them crossed the NLL", "their boat drifted across the border"
    if head.lemma_.lower() != "cross" or leaving:
        return False
    objs = [
        t for c in head.children for t in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])
    ]
    if not any(t.lower_ in INTER_KOREAN_LINES for o in objs for t in o.subtree):
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return subj.tag_ in ("NNS", "NNPS") or subj.lower_ in GROUP_NOUNS


def wish_of_known(head: Any) -> bool:
    """The wish to defect of people the report has already brought in ("the crew said they wanted to defect", "guided
    him to defect"): what the crossing already told was for, no defection of its own."""
    gov = head.head
    if head.lemma_.lower() != "defect" or head.dep_ not in ("xcomp", "ccomp", "acl") or gov.i == head.i:
        return False
    if gov.lemma_.lower() not in WISH_WORDS and gov.lemma_.lower() != "guide":
        return False
    who = [c for c in gov.children if c.dep_ in ("nsubj", "dobj")]
    return any(
        w.tag_ == "PRP"
        or any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "his", "their") for c in w.children)
        for w in who
        if w.lower_ not in ("i", "we", "you")
    )


# verbs by which a law or an offence sets out its penalty ("the crime carries a sentence of ...")
PRESCRIBING = {"entail", "carry", "stipulate", "prescribe", "warrant", "attract", "mandate", "specify", "set"}
LAWS = {"law", "laws", "code", "act", "article", "articles", "decree", "regulation", "regulations", "statute"}
PENALTIES = {"sentence", "penalty", "punishment", "term", "execution", "death", "imprisonment", "banishment", "exile"}


def penalty_in_law(head: Any) -> bool:
    """A penalty that a law or an offence sets out, not one handed to anyone: "the crime carries a sentence of 15
    years", "negligence can lead to a sentence of a year in jail", "a law that punishes distribution with long
    prison terms", "penalties range from ... to death", "is punishable by death", "distributors can be
    sentenced to death"."""
    if head.dep_ == "prep" and head.head.lemma_.lower() in PRESCRIBING:  # "entails ... in a labor camp"
        return any(c.dep_ == "dobj" and c.lemma_.lower() in PENALTIES for c in head.head.children)
    if head.pos_ == "NOUN":
        if head.lemma_.lower() not in PENALTIES:
            outer = head
            for _ in range(3):  # "a sentence of two years in a labor camp": the camp is part of the penalty
                if outer.dep_ != "pobj" or outer.head.dep_ != "prep":
                    return False
                outer = outer.head.head
                if outer.pos_ == "VERB" and outer.lemma_.lower() in PRESCRIBING:
                    return any(c.dep_ == "dobj" and c.lemma_.lower() in PENALTIES for c in outer.children)
                if outer.lemma_.lower() in PENALTIES and outer.pos_ == "NOUN":
                    return penalty_in_law(outer)
            return False
        gov = head.head
        if head.dep_ == "conj":
            gov = gov.head
        if head.dep_ == "dobj" and gov.lemma_.lower() in PRESCRIBING:
            return True
        if head.dep_ == "pobj" and gov.dep_ == "prep":
            verb = gov.head
            if gov.lower_ == "to" and verb.lemma_.lower() == "lead":
                return True  # "can lead to a sentence of ..."
            if gov.lower_ == "by" and verb.lower_ == "punishable":
                return True
            if gov.lower_ == "with" and verb.lemma_.lower() == "punish" and _law_subject(verb):
                return True  # "a law that punishes distribution with long prison terms"
        return bool(head.dep_ == "nsubj" and gov.lemma_.lower() == "range")  # "penalties range from ... to death"
    if head.pos_ != "VERB" or head.lemma_.lower() not in ("punish", "sentence", "execute", "shoot", "imprison"):
        return False
    if head.lemma_.lower() == "punish" and _law_subject(head):
        return True
    subj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    return bool(
        subj is not None
        and any(c.dep_ == "aux" and c.lower_ == "can" for c in head.children)
        and subj.tag_ in ("NNS", "NNPS")
        and not any(c.dep_ in ("det", "poss", "nummod") for c in subj.children)
    )  # "distributors of foreign films can be sentenced to death": what the law allows


def _law_subject(verb: Any) -> bool:
    """The doer of a verb is a law ("a law that punishes ...", "the code punishes ...")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and subj.lower_ in LAWS


def faced_by_kind(head: Any) -> bool:
    """A punishment that people of a kind "face" ("defectors who are deported back face harsh punishment"): a
    general statement; "he faces execution" or "the two men face ..." name someone. So is a penalty that a law
    sets out."""
    from sitreps.extract.modality import uttered_threat

    if penalty_in_law(head):
        return True
    if uttered_threat(head) is not None:
        return False  # the leader's threat to punish those who ...: a directive, told as asserted
    if head.pos_ == "VERB":  # "those found to have met missionaries are executed": what happens to a kind
        subj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        present = any(c.dep_ in ("auxpass", "aux") and c.tag_ in ("VBP", "VBZ", "MD") for c in head.children)
        return bool(
            subj is not None
            and subj.lower_ in THOSE
            and present
            and any(c.dep_ in ("acl", "relcl") for c in subj.children)
        )
    if head.pos_ != "NOUN":
        return False
    gov = head.head
    if head.dep_ == "conj":
        gov = gov.head
    if gov.dep_ == "prep" and head.dep_ == "pobj":
        gov = gov.head  # "face years in labour camps"
    if gov.lemma_.lower() != "face" or gov.pos_ not in ("VERB", "AUX"):
        return False
    clause = gov
    while clause.dep_ in ("xcomp", "conj") and not any(c.dep_.startswith("nsubj") for c in clause.children):
        clause = clause.head  # "are expected to face a tribunal": the subject sits on "expected"
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return clause is gov
    if subj.lower_ in THOSE:
        return True
    kind = any(c.dep_ in ("relcl", "acl") for c in subj.children)  # "defectors who are sent back"
    named = any(c.dep_ in ("det", "poss", "prep") for c in subj.children)
    return subj.tag_ in ("NNS", "NNPS") and kind and not named


def _search_objects(head: Any) -> list[Any]:
    """What a search is "for", also where the parser hung the "for" on the verb ("stepped up its hunt for people"),
    and what people go "in search of"."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"]
    if head.dep_ == "pobj" and head.head.lower_ == "in" and head.lower_ == "search":
        preps += [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    if not preps and head.i + 1 < len(head.doc) and head.dep_ in ("dobj", "nsubjpass"):
        after = head.doc[head.i + 1]
        if after.lower_ == "for" and after.dep_ == "prep" and after.head.i == head.head.i:
            preps.append(after)
    return [obj for prep in preps for obj in prep.children if obj.dep_ == "pobj"]


def sweeps_for_kind(head: Any) -> bool:
    """A search "for deserting soldiers", "for runaway soldiers": anyone of a kind, a sweep (rule 2)."""
    if head.pos_ == "VERB" and head.lemma_.lower() in SENDING_VERBS and _sent_for_kind(head):
        return True  # "sent a team into China to arrest and repatriate defectors": whoever they find
    if head.pos_ == "NOUN" and head.lower_ in ("team", "teams") and _sent_for_kind(head.head):
        return True  # "arrest teams have been organized with orders to track down and arrest defectors"
    if head.pos_ == "VERB" and any(
        obj.dep_ == "dobj"
        and obj.tag_ in ("NNS", "NNPS")
        and not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)
        and any(c.dep_ in ("acl", "relcl") for c in obj.children)
        for obj in head.children
    ):
        return True  # "to hunt down people using Chinese phones": whoever does it, a sweep
    if head.pos_ == "VERB" and _hunts_whoever(head):
        return True  # "to track down anyone involved", "tracking down defectors": anyone of a kind
    if head.pos_ == "VERB" and _kind_sought_past_place(head):
        return True  # "combing the villages near the border for phone users": the "for" hung on the place
    return any(
        obj.tag_ in ("NNS", "NNPS")
        and not any(c.dep_ in ("det", "poss", "nummod") and c.lower_ not in ("any", "all") for c in obj.children)
        for obj in _search_objects(head)
    )


def _kind_sought_past_place(head: Any) -> bool:
    """A search of places "for" anyone of a kind, where the parser hung the "for" inside the places searched
    ("combing the villages near the border for phone users")."""
    for obj in (c for c in head.children if c.dep_ == "dobj" and c.tag_ == "NNS"):
        for prep in obj.subtree:
            if prep.dep_ != "prep" or prep.lower_ != "for" or prep.i == head.i:
                continue
            if any(
                o.dep_ == "pobj"
                and o.tag_ in ("NNS", "NNPS")
                and o.lemma_.lower() not in ("year", "month", "week", "day", "hour")
                and not any(d.dep_ in ("det", "poss", "nummod") for d in o.children)
                for o in prep.children
            ):
                return True
    return False


# who is sought "in search of": people, not a catch of squid or work
SOUGHT_PEOPLE = {"defector", "soldier", "deserter", "fugitive", "escapee", "family", "man", "woman", "people",
                 "person", "child", "son", "daughter", "wife", "husband", "guard", "smuggler", "broker", "refugee",
                 "group", "crew", "survivor", "body", "resident", "relative", "member", "agent", "officer"}  # fmt: skip
# a search for things is a sweep ("searching for phones"); one for a pretext or a way is no search at all
SEARCHED_THINGS = {"phone", "phones", "goods", "contraband", "drugs", "money", "cash", "evidence", "documents",
                   "material", "materials", "videos", "dvds", "usb", "radios", "radio", "devices", "device",
                   "weapons", "weapon", "signals", "signal", "leaflets", "bibles", "books", "items"}  # fmt: skip
ABSTRACT_AIMS = {"excuse", "excuses", "way", "ways", "opportunity", "opportunities", "chance", "reason", "pretext",
                 "answer", "answers", "solution", "solutions", "work", "job", "jobs", "food", "help", "buyers",
                 "customers", "income", "firewood", "wood", "fuel", "water", "herbs", "mushrooms", "shelter",
                 "housing", "medicine"}  # fmt: skip


def search_aim(head: Any) -> str | None:
    """ "thing" when a search is for things, "abstract" when for an excuse or a way, or when people go "in search
    of" anything but people ("went far out in search of squid"), else None."""
    objs = _search_objects(head)
    if objs and all(o.lower_ in ABSTRACT_AIMS for o in objs):
        return "abstract"
    if (
        objs
        and head.dep_ == "pobj"
        and head.head.lower_ == "in"
        and not any(
            o.lower_ in ("him", "her", "them") or o.ent_type_ == "PERSON" or o.lemma_.lower() in SOUGHT_PEOPLE
            for o in objs
        )
    ):
        return "abstract"
    if objs and all(o.lower_ in SEARCHED_THINGS for o in objs):
        return "thing"
    return None


LECTURING_VERBS = {"hold", "conduct", "deliver", "give", "organize", "organise", "run", "convene", "carry"}


def order_noun_in_use(head: Any) -> bool:
    """An order noun that is really an order: it says what to do, who gave it, or it was issued or received."""
    for c in head.children:
        if c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ in ("from", "by", "to", "on", "against")):
            return True
    if any(c.dep_ == "poss" for c in head.children):
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "under":
        return True  # "under orders to stop all crossings"
    if head.dep_ == "attr" and any(c.dep_ == "expl" for c in head.head.children):
        return True  # "there was a directive at the meeting to ...": an order given
    if head.lemma_.lower() == "lecture":  # "security officials held lectures for residents": a lecture given
        return bool(head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in LECTURING_VERBS)
    return bool(head.dep_ in ("dobj", "nsubj", "nsubjpass") and head.head.lemma_.lower() in ISSUING_VERBS)


def is_reference(head: Any) -> bool:
    """ "those arrested", "the 7 smugglers arrested": a pointer back to an event, not a new one."""
    if head.dep_ == "acl" and head.tag_ == "VBN":
        noun = head.head
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)
        return bool(noun.lower_ in ("those", "ones", "all", "people", "persons", "others", "some", "many")
                    or noun.pos_ == "PRON" or definite)  # fmt: skip
    return False


# a measure told as in progress: "inspections of the border units are underway"
UNDER_WAY = {"underway", "ongoing", "afoot"}


def measure_under_way(head: Any) -> bool:
    """A crackdown noun whose clause says it is going on now ("Inspections of the guard units by the Defense
    Security Command are underway"): one measure in progress, not a habit."""
    if head.pos_ != "NOUN" or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    if verb.lemma_.lower() != "be":
        return False
    for c in verb.children:
        if c.lower_ in UNDER_WAY or (c.lower_ == "under" and any(g.lower_ == "way" for g in c.children)):
            return True
        if c.lower_ == "in" and any(g.lower_ == "progress" for g in c.children):
            return True
    return False


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}  # fmt: skip


def execution_named_by_date(head: Any) -> bool:
    """ "the August execution", "reported on the December 19 execution": a punishment the report has told, named by
    its date, after an earlier sentence told an execution."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    if not any(c.dep_ in ("compound", "nmod") and c.lower_ in MONTHS for c in head.children):
        return False
    return head.sent.start > 0 and bool(EXECUTION_CONTEXT.search(nlp.full_text(head.doc)[: head.sent.start_char]))


HABIT_PRONOUNS = {"they", "we", "you"}


def habit_in_present(head: Any) -> bool:
    """ "... where they arrest and forcibly repatriate said defectors": a plural present with no auxiliary says what
    people do, not what was done."""
    if head.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in head.children) and head.head.tag_ == "VBP":
        head = head.head  # "they arrest and forcibly repatriate ..."
    if head.tag_ != "VBP" or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in HABIT_PRONOUNS for c in head.children)


OPERATION_NOUNS = {"operation", "campaign", "effort", "drive", "mission", "sweep", "raid"}


def operation_for_kind(head: Any) -> bool:
    """ "carrying out special operations to arrest North Koreans who contact ...": an operation against anyone of a
    kind (a bare plural) is a sweep (rule 2), not an arrest."""
    if not is_infinitive(head) or head.dep_ not in ("xcomp", "advcl", "acl"):
        return False
    gov = head.head
    nouns = [gov] if gov.pos_ == "NOUN" else [c for c in gov.children if c.dep_ == "dobj"]
    if not any(n.lemma_.lower() in OPERATION_NOUNS for n in nouns):
        return False
    return any(
        c.dep_ == "dobj"
        and c.tag_ in ("NNS", "NNPS")
        and not any(d.dep_ in ("det", "poss", "nummod") for d in c.children)
        for c in head.children
    )


def _sent_for_kind(head: Any) -> bool:
    """People sent "to arrest and repatriate defectors", "to catch smugglers": an aim at a bare plural, a kind."""
    for tok in head.subtree:
        if tok.lemma_.lower() not in PURSUIT_VERBS or tok.dep_ not in ("advcl", "xcomp", "acl", "conj"):
            continue
        for verb in (tok, *(c for c in tok.children if c.dep_ == "conj")):
            for obj in verb.children:
                if (
                    obj.dep_ == "dobj"
                    and obj.tag_ in ("NNS", "NNPS")
                    and not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)
                ):
                    return True
    return False


# what a person holds as a post, not a place of custody: "held office", "held a senior post"
POSTS = {"office", "post", "posts", "position", "positions", "rank", "title", "seat", "job", "portfolio"}


def held_post(head: Any) -> bool:
    """ "who once held office in Hyesan", "held a senior post": the object of "hold" is a post (custody is held "in
    a cell", "at the office")."""
    return any(c.dep_ == "dobj" and c.lower_ in POSTS for c in head.children)


COLLECTIVE_ISSUERS = {"team", "group", "unit", "committee", "ministry", "department", "bureau", "office",
                      "squad", "command", "brigade", "battalion", "regiment", "division", "corps", "police",
                      "leadership"}  # fmt: skip


def caused_issuer(head: Any, finder: ActorFinder) -> list[Actor]:
    """The issuer of an order that something led to ("has led police to order its officers to ...", "leading Kim Yo
    Jong to issue an order"): the one the causing verb moves, its object or its "to" phrase."""
    gov = head.head
    if head.dep_ not in ("advcl", "xcomp", "ccomp") or gov.lemma_.lower() not in RESULT_VERBS:
        return []
    for c in gov.children:
        if c.dep_ == "dobj" and c.i < head.i:
            found = finder.phrase(c)
            return [found] if found is not None else []
        if c.dep_ == "prep" and c.lower_ == "to" and c.i < head.i:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            found = finder.phrase(obj) if obj is not None else None
            return [found] if found is not None else []
    return []


def pronoun_issuer(head: Any, finder: ActorFinder) -> list[Actor]:
    """The one a pronoun issuer stands for ("so they ordered the replacement", "adding that he has ordered"): the
    nearest subject of the same number before it, in its sentence or the one before, that names an actor."""
    pron = next((c for c in head.children if c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they")), None)
    if pron is None:
        return []
    plural = pron.lower_ == "they"
    sent = pron.sent
    start = sent.start
    if start > 0:
        start = head.doc[start - 1].sent.start
    for tok in reversed(head.doc[start : pron.i]):
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ in ("he", "she", "they") or tok.lemma_ == "source":
            continue  # the pronoun told before stands for the same one; the source is who tells, not who orders
        if plural:  # "they": people ("the inspectors", "some of the detainees") or a body ("the MSS"), not a person
            many = tok.tag_ in ("NNS", "NNPS") or tok.lower_ in ("some", "many", "both", "all", "most", "others")
            many = many or tok.lemma_.lower() in COLLECTIVE_ISSUERS  # "an inspection team ... they ordered"
            if not many and not (tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON"):
                continue
        elif tok.tag_ not in ("NN", "NNP"):
            continue
        found = finder.phrase(tok)
        return [found] if found is not None else []  # the nearest one is who the pronoun stands for
    return []


def foreign_names(gazetteer: Gazetteer) -> frozenset[str]:
    """One-word names (lower case) that only places outside North Korea bear: "Hunchun", "Dandong"."""
    kp: set[str] = set()
    other: set[str] = set()
    for entry_id, names in gazetteer.names.items():
        bucket = kp if gazetteer.by_id[entry_id].country == "KP" else other
        bucket.update(n.lower() for n in names if n.isalpha())
    return frozenset(other - kp)


def cue_source(cue: ReportCue) -> Source:
    return Source(kind="other_outlet", text=cue.outlet, span=Span(cue.start, cue.end))


KILLING = {"kill", "execute", "shoot", "murder", "slay", "execution", "killing", "death", "dead", "behead", "die"}
VAGUE_COUNTS = {"several": 3, "a few": 2, "few": 2, "many": 10, "dozens": 12, "dozen": 12, "scores": 20,
                "hundreds": 100, "a number": 3}  # fmt: skip


def _victims(head: Any) -> list[Any]:
    """The tokens naming who was killed: the object, the passive subject, or "of" the noun."""
    out = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            out += [c for c in prep.children if c.dep_ == "pobj"]
    if head.pos_ == "NOUN" and head.dep_ in ("dobj", "pobj") and not out:
        out += [c for c in head.head.children if c.dep_ == "nsubjpass"]
    return out


def fatalities(head: Any, trig: Trigger) -> Fatalities | None:
    """People killed, counted conservatively: a range gives its low end as the best figure."""
    from sitreps.extract.actors import parse_count

    words = {t.lemma_.lower() for t in head.doc[trig.start : trig.end]} | {head.lemma_.lower()}
    if not words & KILLING:
        return None
    if head.lemma_.lower() == "shoot" and "dead" not in {t.lower_ for t in head.subtree}:
        return None  # "shot at" or "shot" may wound
    numbers: list[int] = []
    vague: int | None = None
    for victim in _victims(head):
        for tok in victim.subtree:
            n = parse_count(tok)
            if n is not None and tok.dep_ in ("nummod", "quantmod", "conj", "pobj", "nsubj", "nsubjpass", "dobj"):
                numbers.append(n)
            elif tok.lower_ in VAGUE_COUNTS:
                vague = VAGUE_COUNTS[tok.lower_]
            if tok.dep_ == "prep" and tok.lower_ == "of" and numbers:
                break  # "six of their colleagues": the count comes before "of"
    if numbers:
        low, high = min(numbers[:2]), max(numbers[:2])
        return Fatalities(best=low, low=low, high=high)
    if vague is not None:
        return Fatalities(best=vague, low=vague, high=None)
    victims = _victims(head)
    if victims and all(v.tag_ in ("NN", "NNP", "PRP") and v.lower_ not in ("them", "they") for v in victims):
        return Fatalities(best=1, low=1, high=1)
    return None


# verbs that tell how much of an activity goes on
ACTIVITY_LEVELS = {"thrive", "flourish", "boom", "prosper", "halt", "stop", "cease", "decline", "dwindle", "surge",
                   "soar", "slow", "resume", "shrink", "grow", "increase", "decrease", "drop", "fall",
                   "rise"}  # fmt: skip


def smuggling_practice(head: Any) -> bool:
    """Smuggling named as a practice: a bare noun or gerund that is the subject of a present-tense or modal
    clause ("smuggling seafood is now treated as a political crime", "smuggling has picked up", "smuggling
    cannot happen without the guards"), or runs told with a habitual "would" and no condition ("guards on duty
    would carry them up the bank for 100 yuan a load")."""
    if head.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") and not any(
        c.dep_ in ("det", "poss", "nummod") for c in head.children
    ):
        verb = head.head
        if verb.lemma_.lower() in ACTIVITY_LEVELS or any(
            c.dep_ == "prep" and any(o.lemma_.lower() in ("halt", "standstill", "end") for o in c.children)
            for c in verb.children
        ):
            return True  # "smuggling came to a near halt", "smuggling thrived": the trade at large
        tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        return bool(tags & {"VBZ", "VBP", "MD"}) and not any(
            c.lower_ in ("will", "would", "could", "might") for c in verb.children
        )
    if _run_of_a_habit(head):
        return True
    if head.pos_ not in ("VERB", "AUX") or not any(c.lower_ == "would" and c.dep_ == "aux" for c in head.children):
        return False
    sent = head.sent
    return not any(t.lower_ in ("if", "unless", "otherwise") for t in sent)


def _run_of_a_habit(head: Any) -> bool:
    """ "when smugglers moved goods across the river, they would give the guards a share": a run in a "when"
    clause of a habitual "would" or "used to"; "trucks carrying ore can cross the river in winter": a run
    that can be made, told of a kind of vehicle or people."""
    when = any(c.dep_ == "advmod" and c.lower_ in ("when", "whenever") for c in head.children)
    if when and head.dep_ in ("advcl", "ccomp"):
        main = head.head
        return any(c.dep_ == "aux" and c.lower_ == "would" for c in main.children) or any(
            c.lower_ == "used" and c.dep_ in ("aux", "xcomp") for c in main.children
        )
    if head.dep_ == "acl" and head.head.dep_ == "nsubj" and head.head.tag_ == "NNS":
        verb = head.head.head
        return any(c.dep_ == "aux" and c.lower_ == "can" for c in verb.children)
    return False


def ongoing_by_one(head: Any) -> bool:
    """ "a smuggler who had been carrying goods across the river for years", "the fisherman had been selling squid
    to Chinese boats for years": one person's activity over a span, an incident of its own, not a habit of many."""
    if head.tag_ != "VBG" or not any(c.lower_ == "been" for c in head.children):
        return False
    if not any(c.lower_ == "had" for c in head.children):
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if head.dep_ == "relcl":
        subjects = [head.head]
    return bool(subjects) and all(s.tag_ == "NN" or (s.lower_ in ("he", "she") and s.pos_ == "PRON") for s in subjects)


# quantities that make a plural a kind ("so many smugglers bringing goods"), not a group of people
KIND_QUANTITIES = {"many", "numerous", "countless", "more", "most"}


def _smugglers_of_a_kind(head: Any) -> bool:
    """A run told of smugglers at large: "there are so many smugglers bringing goods through", "many traders
    carrying goods across": a participle on a plural that counts a kind."""
    if head.dep_ != "acl" or head.tag_ != "VBG":
        return False
    noun = head.head
    if noun.lower_ in ("those", "anyone", "anybody", "people"):
        return True  # "those smuggling innocuous goods have halted": who they are, no run
    if noun.tag_ != "NNS":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    verb = noun.head
    existential = noun.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children)
    counted = any(c.dep_ == "amod" and c.lower_ in KIND_QUANTITIES for c in noun.children)
    return (existential or counted) and present_simple(verb)


def _told_as_habit(head: Any) -> bool:
    """ "border guards often take bribes to look the other way": a run or a deal told with an adverb of
    frequency on its clause, in the present."""
    for tok in [head, *list(head.ancestors)[:3]]:
        often = any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS for c in tok.children)
        if tok.pos_ in ("VERB", "AUX") and often:
            return present_simple(tok) or tok.tag_ == "VB"
    return False


# a habit or a series, not one incident: "repeated beatings", "frequent arrests"
SERIES_ADJECTIVES = {"repeated", "frequent", "constant", "regular", "routine", "habitual", "occasional", "daily",
                     "continual", "continuous", "recurring", "persistent"}  # fmt: skip
MOVE_HABIT_TYPES = ("DEFECTION", "DESERTION", "SMUGGLING", "ARREST", "SEARCH", "VIOLENCE")


def habit_or_count(head: Any) -> bool:
    """A leaving, a smuggling run, an arrest or a beating told as a habit or a count, not one incident: "North
    Koreans rarely attempt to defect", "soldiers seldom desert", "every time they crossed the river", "reducing the
    number of North Koreans trying to cross"."""
    verb = head
    chain = [head]
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "rarely attempt to defect": the habit is on the verb that carries the trigger
        chain.append(verb)
    if any(c.dep_ == "advmod" and c.lower_ in SELDOM_ADVERBS for v in chain for c in v.children):
        return True
    if head.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in SERIES_ADJECTIVES for c in head.children):
        return True  # "after enduring repeated beatings", "frequent arrests of smugglers"
    if any(c.lower_ == "whenever" and c.dep_ in ("advmod", "mark") for c in verb.children):
        return True
    if (
        verb.dep_ in ("relcl", "acl")
        and verb.head.lower_ == "time"
        and any(c.dep_ == "det" and c.lower_ in ("every", "each") for c in verb.head.children)
    ):
        return True  # "every time they crossed the river": each crossing, no one of them
    if head.head.lemma_.lower() not in ("try", "attempt", "seek") and verb is head:
        carrier = head  # the participle itself ("the number of soldiers leaving their posts")
    else:
        carrier = verb
    if carrier.tag_ != "VBG":
        return False
    if carrier.dep_ in ("acl", "relcl"):
        people = carrier.head
    elif carrier.dep_ == "advcl":  # "reducing the number of North Koreans trying to cross": hung on the verb
        people = carrier.doc[carrier.i - 1] if carrier.i > 0 else carrier
    else:
        return False
    if people.lemma_.lower() == "number":
        return True  # the parser hung the participle on "number" itself
    return bool(people.dep_ == "pobj" and people.head.lower_ == "of" and people.head.head.lemma_.lower() == "number")


COUNTRY_WORDS = {"country", "homeland", "nation", "north", "regime", "motherland", "fatherland"}


def country_deserted(head: Any) -> bool:
    """ "deserted North Korea", "deserted his country": a person who left the country, not a post or unit."""
    return any(c.dep_ == "dobj" and (c.ent_type_ == "GPE" or c.lemma_.lower() in COUNTRY_WORDS) for c in head.children)


HUNTING = {"track", "hunt", "chase", "pursue", "catch", "find", "locate", "seek", "trace"}
# people of a kind whom a hunt in the plural is after: "tracking down defectors"
FLEEING_KINDS = {"defector", "deserter", "escapee", "fugitive", "refugee", "runaway", "smuggler", "broker"}


def _hunts_whoever(verb: Any) -> bool:
    """A hunt whose object is anyone of a kind ("to track down anyone involved", "to track down any residents who
    abetted it", "tracking down defectors"): a sweep (rule 2), not a hunt for someone."""
    if verb.lemma_.lower() not in HUNTING:
        return False
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if obj.lower_ in KIND_PRONOUNS:  # "track down anyone involved", "hunt down those who leak"
            return True
        if (
            obj.tag_ in ("NNS", "NNPS")
            and obj.lemma_.lower() in FLEEING_KINDS
            and not any(
                c.dep_ in ("poss", "nummod") or (c.dep_ == "det" and c.lower_ not in ("any", "all"))
                for c in obj.children
            )
        ):
            return True
    return False
