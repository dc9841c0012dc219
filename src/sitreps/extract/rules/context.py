"""Trigger-context tests no topic module holds: purposes, issuers, measures, and `dropped_detection`, the dispatch."""

from __future__ import annotations

import re
from typing import Any

from sitreps import nlp
from sitreps.extract.actors import ActorFinder
from sitreps.extract.events import WISH_WORDS, Trigger
from sitreps.extract.modality import is_infinitive
from sitreps.extract.places import Gazetteer
from sitreps.extract.references import ReportCue
from sitreps.extract.rules.custody import VESSELS, custody_dropped, domestic_dropped
from sitreps.extract.rules.moves import LEAVING, QUESTIONING, SCREENING_RE, sea_crossing_returned, wire_dropped
from sitreps.extract.rules.orders import ISSUING_VERBS, directive_dropped
from sitreps.extract.rules.shared import INQUIRY, THOSE
from sitreps.model import Actor, Source, Span

OBLIGATION = {"must", "should", "shall", "will", "would"}
# the arrangement that makes a run or a crossing happen: its purpose is the run itself ("paid the guards to let
# his trucks through", "arranged with Chinese traders to bring back medicine", "rented trucks to haul goods")
PAYING_VERBS = {"pay", "bribe", "arrange", "rent", "hire", "lend", "use", "conspire", "collude"}


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
    if trig.type == "CRACKDOWN" and _measure_taken(head):
        return True  # "the garrison has taken measures to tighten security": the measure is the tightening
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


# "took measures to ...", "has adopted steps to ...": a measure taken, told by what it does
MEASURE_NOUNS = {"measure", "step", "action", "countermeasure"}
TAKING_VERBS = {"take", "adopt", "implement", "introduce", "enforce"}


def _measure_taken(head: Any) -> bool:
    """An infinitive that says what a measure taken does ("the border garrison has taken measures to tighten
    security", "police took steps to block the road"): the measure itself, not an aim beside it. A measure only
    urged or planned stays what its verb makes it."""
    gov = head.head
    if head.dep_ in ("acl", "relcl") and gov.lemma_.lower() in MEASURE_NOUNS and gov.dep_ in ("dobj", "nsubjpass"):
        verb = gov.head
    elif head.dep_ == "advcl" and gov.pos_ == "VERB":
        verb = gov
        if not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in MEASURE_NOUNS for c in verb.children):
            return False
    else:
        return False
    if verb.lemma_.lower() not in TAKING_VERBS or verb.tag_ == "VB":
        return False  # "ordered to take measures to ...", "will take steps to ...": not taken yet
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


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


SMUGGLING_WORDS = re.compile(r"\bsmuggl\w*|\bcontraband\b|\bgoods\b", re.I)
FLIGHT_WORDS = re.compile(r"\bdefect\w*|\bescape\w*|\bfled\b|\bflee\w*|\brefugees?\b|\bbrokers?\b", re.I)


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
    if any(SCREENING_RE.search(a.text.lower()) for a in actors):
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


SUSPECTING = {"find", "catch", "suspect", "accuse", "discover"}
ROBBING = {"break", "rob", "loot", "steal", "raid"}


TIME_MARKS = {"after", "before", "since", "until", "till", "when", "once"}
CROSSING_PLACE_PREPS = {"at", "through", "via", "near", "to", "from", "across"}
CIRCUMSTANCE_PREPS = {"during", "after", "under", "of", "following", "before"}


# what is "attacked" in a figure of speech ("attacking the use of Chinese phones"), not in an assault
ABSTRACT_TARGETS = {"use", "problem", "practice", "issue", "idea", "phenomenon", "culture", "trend", "habit", "policy"}
PLACE_TARGETS = {"station", "post", "office", "house", "home", "building", "camp", "unit", "base", "village", "car"}


INVOLVEMENT = {"involve", "involved", "engage", "engaged", "participate", "implicate", "implicated", "active"}


# nouns of putting a force or a measure in place ("the deployment of inspection teams", "the mobilization of task
# forces"), or of what a measure aims at ("the primary target of crackdowns"): the measure is told, not a topic
PUTTING_IN_PLACE = {"deployment", "mobilization", "mobilisation", "dispatch", "formation", "organization",
                    "organisation", "establishment", "creation", "installation", "stationing", "target"}  # fmt: skip


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
    if holder.lemma_.lower() in PUTTING_IN_PLACE:
        return False  # "the deployment of inspection teams along the border": the measure itself
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
    if (
        head.pos_ == "NOUN"
        and head.dep_ == "nsubj"
        and head.head.dep_ == "ccomp"
        and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "'d") for c in head.head.children)
    ):
        tok, verb = head.head, head.head.head  # "were warned that punishment would await those found guilty"
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


# what a measure is declared or set up as, before the clause that ends it ("the state of emergency declared in the
# county was withdrawn"); the verbs that end it (those of orders.py when the measure is their own subject or object)
SETTING_UP = {"declare", "impose", "issue", "establish", "set", "introduce", "put"}
ENDING = {"withdraw", "lift", "end", "cancel", "remove", "ease", "relax", "scrap", "abolish"}
# what an anonymous official says is why they may not be named: "asking not to be named because an investigation is
# under way" gives the reason, no measure of the report
UNNAMED = {"name", "identify", "anonymity"}
# armed forces' exercises stepped up or expanded ("stepping up joint military drills with the US"): no crackdown
DRILLS = {"drill", "exercise", "maneuver", "manoeuvre", "wargame"}
DRILL_KINDS = {"military", "joint", "naval", "combined", "air", "war", "live"}


def _measure_not_taken(head: Any) -> bool:
    """A crackdown word that tells no measure taken: one that has stopped ("searches are no longer taking place"),
    one declared and then withdrawn, an investigation given as the reason an official is not named, and armed
    forces' drills stepped up."""
    clause = head.head if head.dep_ in ("nsubj", "nsubjpass") else head
    if any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in (*c.children, *clause.children))
        for c in clause.children
    ):
        return True  # "searches are no longer taking place at train stations", "guards no longer patrol"
    if head.dep_ in ("nsubj", "nsubjpass") and clause.lemma_.lower() in SETTING_UP:
        enders = [c for c in clause.children if c.dep_ in ("ccomp", "conj")]
        if clause.dep_ in ("advcl", "acl", "relcl"):
            enders.append(clause.head)
        if any(
            e.lemma_.lower() in ENDING
            and any(c.dep_ == "auxpass" for c in e.children)
            and not any(c.dep_ == "nsubjpass" for c in e.children)
            for e in enders
        ):
            return True  # "the state of emergency declared in the county was withdrawn": the parse makes it a clause
    if head.pos_ == "VERB" and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in DRILLS
        and any(g.dep_ in ("amod", "compound") and g.lower_ in DRILL_KINDS for g in c.children)
        for c in head.children
    ):
        return True  # "stepping up joint military drills with the US"
    tok = head
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "because" for c in tok.children):
            gov = tok.head
            return gov.lemma_.lower() in UNNAMED or any(
                g.lemma_.lower() in UNNAMED for c in gov.children if c.dep_ in ("prep", "xcomp") for g in c.subtree
            )  # "asking not to be named because ...", "spoke on condition of anonymity because ..."
        tok = tok.head
    return False


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
    if trig.type == "CRACKDOWN" and _measure_not_taken(head):
        return True
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


COUNTRY_WORDS = {"country", "homeland", "nation", "north", "regime", "motherland", "fatherland"}


def country_deserted(head: Any) -> bool:
    """ "deserted North Korea", "deserted his country": a person who left the country, not a post or unit."""
    return any(c.dep_ == "dobj" and (c.ent_type_ == "GPE" or c.lemma_.lower() in COUNTRY_WORDS) for c in head.children)
