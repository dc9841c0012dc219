"""SEARCH and sweep predicates: places and kinds of people swept, hunts, searches' aims, ordered captures."""

from __future__ import annotations

import re
from typing import Any

from sitreps import nlp
from sitreps.extract.modality import is_infinitive, is_negated
from sitreps.extract.rules.orders import KIND_PRONOUNS

# forces sent somewhere for a measure: the purpose is the crackdown ("deployed agents to Hyesan to investigate brokers")
SENDING_VERBS = {"deploy", "dispatch", "send", "station", "post", "assign", "mobilize", "mobilise"}
PURSUIT_VERBS = {"track", "hunt", "arrest", "catch", "capture", "search", "abduct", "kidnap", "seize", "repatriate"}


ORDERING_WORDS = {"order", "instruct", "command", "direct", "tell", "orders", "instruction", "instructions",
                  "directive"}  # fmt: skip


ROAD_CHECKS = {"stop", "check", "checkpoint", "checkpoints", "roadblock", "roadblocks", "set", "put"}
HUNT_TOLD = re.compile(
    r"\bmanhunt\b|\bat large\b|\b(?:search|hunt|look)(?:ing|ed)?\s+for\s+(?:him|her|them|a|an|the|two|three|four|five|"
    r"six|\d+)\b|\b(?:catch|track down|find) (?:him|her|them)\b",
    re.I,
)


def hunt_told_before(sent: Any) -> bool:
    """The report has told of a hunt for particular people before this sentence ("a manhunt", "looking for him")."""
    return bool(HUNT_TOLD.search(nlp.full_text(sent.doc)[: sent.start_char]))


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


# places searched one after another: "searching houses", "going through every home" (a sweep, rule 2)
DWELLINGS = {"house", "houses", "home", "homes", "household", "households", "apartment", "apartments", "dormitory",
             "dormitories", "workplace", "workplaces", "flat", "flats"}  # fmt: skip
EVERYONE = {"anyone", "anybody", "everyone", "everybody"}


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
    if head.pos_ == "VERB" and head.lemma_.lower() in SENDING_VERBS and _sent_to_inquire(head):
        return True  # "dispatched a team to investigate the case": an inquiry, no hunt for someone
    if head.pos_ == "NOUN" and head.lower_ in ("team", "teams") and _sent_for_kind(head.head):
        return True  # "arrest teams have been organized with orders to track down and arrest defectors"
    if head.pos_ == "VERB" and any(
        obj.dep_ == "dobj"
        and obj.tag_ in ("NNS", "NNPS")
        and not any(
            c.dep_ in ("poss", "nummod") or (c.dep_ == "det" and c.lower_ not in ("any", "all")) for c in obj.children
        )
        and any(c.dep_ in ("acl", "relcl") for c in obj.children)
        for obj in head.children
    ):
        return True  # "to hunt down people using Chinese phones", "any residents who abetted it": a sweep
    if head.pos_ == "VERB" and _people_searched(head):
        return True  # "residents who go to the mountains are searched at sentry posts": checks on a kind
    if head.pos_ == "VERB" and _hunts_whoever(head):
        return True  # "to track down anyone involved", "tracking down defectors": anyone of a kind
    if head.pos_ == "VERB" and _kind_sought_past_place(head):
        return True  # "combing the villages near the border for phone users": the "for" hung on the place
    return any(
        obj.tag_ in ("NNS", "NNPS")
        and not any(c.dep_ in ("det", "poss", "nummod") and c.lower_ not in ("any", "all") for c in obj.children)
        for obj in _search_objects(head)
    )


def _people_searched(head: Any) -> bool:
    """People of a kind searched, their bodies and bags ("travellers are searched at checkpoints"), not a search
    for someone."""
    if head.lemma_.lower() != "search" or _search_objects(head):
        return False
    return any(
        c.dep_ in ("nsubjpass", "dobj")
        and c.tag_ in ("NNS", "NNPS")
        and c.lemma_.lower() in SEARCHED_PEOPLE
        and not any(d.dep_ in ("det", "poss", "nummod") for d in c.children)
        for c in head.children
    )


# people whose bodies and bags are searched: "travellers are searched at checkpoints"
SEARCHED_PEOPLE = {"resident", "korean", "koreans", "people", "traveller", "traveler", "passenger", "villager",
                   "trader", "merchant", "citizen", "worker", "student", "woman", "man", "local"}  # fmt: skip
INQUIRY_VERBS = {"investigate", "inspect", "probe", "examine", "audit", "inquire", "review"}


def _sent_to_inquire(head: Any) -> bool:
    """People sent "to investigate the case", "to inspect the border units", and not also to catch someone."""
    aims = [t for t in head.subtree if t.dep_ in ("advcl", "xcomp", "acl") and t.pos_ == "VERB"]
    aims += [c for t in aims for c in t.children if c.dep_ == "conj"]  # "to investigate and arrest them"
    return any(t.lemma_.lower() in INQUIRY_VERBS for t in aims) and not any(
        t.lemma_.lower() in PURSUIT_VERBS or t.lemma_.lower() in ("find", "locate") for t in aims
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
    return any(c.dep_ == "dobj" and nlp.bare_plural(c) for c in head.children)


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
