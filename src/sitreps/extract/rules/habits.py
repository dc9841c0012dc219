"""Habits and generic practice: livelihoods, smuggling as a practice, runs of a habit, counts, the present tense."""

from __future__ import annotations

from typing import Any

from sitreps.extract.cues import FREQUENCY_ADVERBS, SELDOM_ADVERBS
from sitreps.extract.rules.custody import present_simple

LIVELIHOOD_WORDS = {"living", "livelihood", "livelihoods", "income", "incomes"}
LIVING_VERBS = {"live", "survive", "subsist", "get"}


def livelihood(head: Any) -> bool:
    """An activity told as how people live ("made their living smuggling", "earn a living by smuggling herbs",
    "live off smuggling"): a way of life, no incident."""
    if _smugglers_of_a_kind(head) or _told_as_habit(head) or _kin_who_left(head):
        return True  # "there are so many smugglers bringing goods through", "guards often take bribes to ..."
    if any(c.dep_ in ("amod", "compound") and c.lower_ in LIVELIHOOD_WORDS for c in head.children):
        return True  # "made their living smuggling", parsed with "living" as a modifier of the trigger
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


HABIT_PRONOUNS = {"they", "we", "you"}


def habit_in_present(head: Any) -> bool:
    """ "... where they arrest and forcibly repatriate said defectors": a plural present with no auxiliary says what
    people do, not what was done."""
    if head.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in head.children) and head.head.tag_ == "VBP":
        head = head.head  # "they arrest and forcibly repatriate ..."
    if head.tag_ != "VBP" or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in HABIT_PRONOUNS for c in head.children)


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
