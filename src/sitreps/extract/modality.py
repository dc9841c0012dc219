"""Modality and negation of an event, read off the path from its trigger to the sentence root.

- negated: "did not cross", "has still not been apprehended", "no arrests", "failed to find";
- uncertain: under a verb of fear or belief ("worried the man fled"), or hedged ("may have");
- hypothetical: inside an "if"/"unless" clause, or with "would";
- planned: under an order or intention not yet carried out ("plans to", "will", "told to");
- generic: habitual or general ("frequent reports of", "in the past", bare plurals in the present).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from sitreps.extract.cues import FREQUENCY_ADVERBS, SELDOM_ADVERBS
from sitreps.extract.location import ACTOR_COUNTRIES
from sitreps.nlp import bare_plural, span_text

# adverbs that make a present-tense verb a habit
HABIT_ON_VERB = FREQUENCY_ADVERBS | SELDOM_ADVERBS

UNCERTAIN_LEMMAS = {
    "worry", "worried", "fear", "suspect", "believe", "think", "rumor", "rumour", "speculate",
    "presume", "allege", "suspicion", "concern", "afraid", "doubt", "guess", "assume", "suppose",
    "possible", "likely", "possibility", "unconfirmed", "speculation", "seem", "appear", "expect",
    "sign", "signs", "indication", "indications", "unclear", "rumors", "likelihood", "chance", "chances",
}  # fmt: skip
RUMOUR_NOUNS = {"rumor", "rumour", "speculation", "suspicion", "word"}
RUMOUR_SUBJECTS = {"people", "residents", "locals", "rumors", "rumours", "many", "some", "others", "everyone"}
HEDGE_ADVERBS = {"possibly", "allegedly", "apparently", "likely", "probably", "perhaps", "presumably"}
MODAL_UNCERTAIN = {"may", "might", "could"}
PLANNED_LEMMAS = {
    "plan", "intend", "prepare", "aim", "vow", "threaten", "schedule", "seek", "want", "due",
    "order", "instruct", "tell", "urge", "call", "demand", "direct", "command", "push", "ask", "require",
}  # fmt: skip
# verbs whose infinitive complement happened ("decided to desert", "helped them to defect")
DONE_CONTROL = {
    "decide",
    "manage",
    "attempt",
    "try",
    "start",
    "begin",
    "continue",
    "help",
    "dare",
    "go",
    "come",
    "choose",
    "proceed",
    "get",
    "use",
    "have",
    "be",
    "appear",
    "seem",
    "fail",
    "refuse",
    "need",
    "prompt",
    "force",
    "spur",
    "compel",
    "drive",
    "lead",
}  # "prompting police to set up checkpoints"
ORDER_NOUNS = {"order", "orders", "instruction", "instructions", "directive", "decree", "decision", "command"}
NEGATORS = {"not", "n't", "never", "no", "without"}
NEGATING_VERBS = {"fail", "deny", "refuse", "avoid", "stop", "cease", "quit"}  # "stopped moving goods"
ESCAPING_VERBS = {"avoid", "evade", "dodge", "escape"}  # "avoided punishment": it did not happen


@lru_cache(maxsize=1 << 12)
def _generic_cue(text: str) -> bool:
    """Whether a sentence holds a habitual cue (asked for each of its events, hence cached)."""
    return GENERIC_CUES.search(text) is not None


GENERIC_CUES = re.compile(
    r"\b(?:frequent(?:ly)?|often|routinely|regularly|usually|commonly|typically|habitually|"
    r"in the past|there have been (?:many |numerous |several )?reports|are known to(?! have)|have been known to|"
    r"tends? to|increasingly|every year|each year|time and again|repeatedly|generally|"
    r"(?:a|the) (?:rise|increase|surge|spike|jump|uptick|growth) in|a (?:steady |growing )?stream of|"
    r"the number of (?:\w+ ){1,4}(?:is|are|has been|have been) (?:rising|increasing|growing|climbing)|"
    r"a (?:growing|rising|increasing) number of|more and more|it is common|widespread|rampant|"
    r"continue to|have long|for years|for (?:two |three |several |many )?decades|despite repeated|"
    r"since the (?:19|20)\d0s|in recent years|over the years|since taking power|"
    r"in (?:the )?(?:most |more )?(?:serious|severe|extreme|grave) cases|in such cases|"
    r"have been reported in many|in many (?:border )?(?:cities|areas|places|towns|regions)|is common|are common|"
    r"become common|amid reports|on the rise|thousands of|tens of thousands|hundreds of|has long|here before|"
    r"\d{1,3},\d{3} North Koreans|since the end of the|since (?:the )?Kim Jong[ -]Un took power|"
    r"(?:the )?first (?:time|such|known|case)\b[^.]{0,40}\bsince|the first \w+ (?:by|of|in) [^.]{0,40}since)\b",
    re.I,
)


def _ancestors_in_clause(token: Any) -> list[Any]:
    """The token and its heads up to the sentence root."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def is_infinitive(head: Any) -> bool:
    return bool(head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children))


CAUSING_VERBS = {"get", "have", "make", "see"}


def is_purpose(head: Any) -> bool:
    """A purpose infinitive ("dispatched a team to arrest them"): the aim of another event, not one itself. Also
    what the purpose is to bring about ("deserted in order to get his supervisor punished")."""
    if (
        head.tag_ in ("VBN", "VBD")
        and head.dep_ in ("ccomp", "xcomp", "oprd")
        and (head.head.lemma_.lower() in CAUSING_VERBS)
    ):
        return is_purpose(head.head)
    if is_infinitive(head) and head.dep_ == "advcl" and _by_vehicle(head.head):
        return False  # "took four boats into the river to smuggle in rice": the trip is the act itself
    return is_infinitive(head) and head.dep_ in ("advcl", "acl", "relcl")


# a trip made in a vehicle for an aim: the aim is what the trip does
VEHICLE_VERBS = {"take", "use", "drive", "row", "sail", "board", "rent", "hire", "launch"}
VEHICLES = {"boat", "boats", "raft", "rafts", "truck", "trucks", "car", "cars", "vehicle", "vehicles", "ship",
            "ships", "vessel", "vessels", "barge", "barges", "lorry", "lorries", "van", "vans"}  # fmt: skip


def _by_vehicle(verb: Any) -> bool:
    return verb.lemma_.lower() in VEHICLE_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in VEHICLES for c in verb.children
    )


def is_negated(head: Any) -> bool:
    """True when the event is denied ("he did not cross", "no arrests were made")."""
    for child in head.children:
        if child.dep_ == "neg" or (child.lower_ in NEGATORS and child.dep_ in ("det", "advmod", "neg")):
            return True
        # "no shots were fired", "found no phones": the participant itself is denied
        if child.dep_ in ("nsubjpass", "dobj") and any(c.dep_ == "det" and c.lower_ == "no" for c in child.children):
            return True
    # under a denied observation: "detected no vessels pursuing the boat", "had not seen any soldiers chasing him"
    for anc in list(head.ancestors)[:3]:
        if anc.pos_ in ("NOUN", "PRON") and any(c.dep_ == "det" and c.lower_ == "no" for c in anc.children):
            return True
        if anc.pos_ == "VERB" and head.dep_ in ("acl", "xcomp", "ccomp") and any(c.dep_ == "neg" for c in anc.children):
            return True
    # a negated governing verb of an xcomp ("did not try to cross", "failed to catch", "no one tried to cross")
    tok = head
    for _ in range(2):
        if tok.dep_ in ("xcomp", "auxpass", "aux") and tok.head.i != tok.i:
            tok = tok.head
            if tok.lemma_.lower() in NEGATING_VERBS or _done_by_no_one(tok):
                return True
            if any(c.dep_ == "neg" for c in tok.children):
                return True
        else:
            break
    if _under_no_circumstances(head):
        return True
    # the noun trigger is what someone escapes ("may be able to avoid severe punishment")
    if head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.lemma_.lower() in ESCAPING_VERBS:
        return True
    # the noun trigger is the object of a negated verb ("has not launched a search")
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass", "pobj"):
        verb = head.head if head.dep_ != "pobj" else head.head.head
        if any(c.dep_ == "neg" for c in verb.children):
            return True
    return False


def _done_by_no_one(verb: Any) -> bool:
    """ "no one is attempting to smuggle", "nobody tried to cross": the attempt is denied."""
    return any(
        c.dep_ == "nsubj"
        and (c.lower_ in ("nobody", "noone") or (c.lower_ == "one" and any(d.lower_ == "no" for d in c.children)))
        for c in verb.children
    )


# "under no circumstances", "in no case", "at no time": a phrase that denies the clause it modifies
NO_OCCASION = {"circumstance", "circumstances", "case", "account", "time", "point"}


def _under_no_circumstances(head: Any) -> bool:
    """ "under no circumstances should defectors be forcibly repatriated": the act is ruled out, not told."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    for tok in (head, verb):
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("under", "in", "at", "on"):
                continue
            for obj in prep.children:
                if (
                    obj.dep_ == "pobj"
                    and obj.lower_ in NO_OCCASION
                    and any(d.dep_ == "det" and d.lower_ == "no" for d in obj.children)
                ):
                    return not (prep.lower_ == "in" and obj.lower_ == "time")  # "caught in no time": quickly
    return False


PRESENT_TAGS = {"VBZ", "VBP"}


def _present_rule(verb: Any) -> bool:
    """A present simple with no modal ("allows", "are arrested", "do not relay"); a bare participle of an elided
    clause ("if caught") goes with it."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "would", "could", "might", "may", "shall", "'ll", "should", "must", "been", "being",
                        "has", "have", "had", "was", "were", "'ve", "’ve", "'d", "’d") for a in auxes):  # fmt: skip
        return False
    if verb.tag_ in PRESENT_TAGS:
        return True
    if verb.tag_ in ("VB", "VBN") and any(a.tag_ in PRESENT_TAGS for a in auxes):
        return True  # "are arrested", "do not relay"
    return verb.tag_ == "VBN" and not auxes and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _zero_conditional(condition: Any) -> bool:
    """An if-clause and its main clause both in the present simple ("South Korea usually allows them to stay if
    they pass questioning", "fearing blame if the defectors are arrested, the brokers do not relay news"): how
    things go, a rule told in general, not a supposed incident."""
    main = condition.head
    for _ in range(3):
        if main.head.i == main.i:
            break
        if main.dep_ in ("advcl", "xcomp", "conj") and main.tag_ == "VBG":
            main = main.head  # "fearing blame if ...": the participle hangs on the clause that says what they do
        elif main.dep_ in ("ccomp", "xcomp") and is_infinitive(main):
            main = main.head  # "allows them to stay if ...": the verb that governs the infinitive
        else:
            break
    if condition.dep_ != "advcl" or not _present_rule(condition) or not _present_rule(main):
        return False
    if any(c.dep_ == "acomp" and c.lower_ in PREDICTIONS for c in main.children):
        return False  # "if he is caught, he is likely to be executed": a forecast about someone
    if any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS for c in main.children):
        return True  # "Seoul usually lets them stay if they ...": what is done each time
    return not any(_someone_known(c) for v in (condition, main) for c in v.children if c.dep_ in SUBJECTS)


# people of a kind, not known ones: the subject of a condition that states a rule
CLASS_PRONOUNS = {"anyone", "anybody", "someone", "somebody", "whoever", "everyone", "everybody", "one"}
CLASS_PLURALS = {"people", "residents", "citizens", "civilians", "locals", "individuals", "persons", "traders",
                 "smugglers", "defectors", "soldiers", "troops", "workers", "farmers", "women", "men", "students",
                 "escapees", "deserters", "merchants", "villagers", "households", "families",
                 "koreans"}  # fmt: skip
CLASS_SINGULARS = {"person", "citizen", "individual", "civilian", "resident", "soldier", "trader", "smuggler",
                   "defector", "family", "household", "worker"}  # fmt: skip
GENERIC_ADJECTIVES = {"ordinary", "average", "regular", "common", "normal", "typical"}
# what states a rule: "a decree whereby, if ...", "residents were told that if ..."
RULE_NOUNS = ORDER_NOUNS | {"law", "rule", "rules", "regulation", "regulations", "notice", "policy", "measure",
                            "guideline", "guidelines", "announcement", "edict", "warning"}  # fmt: skip
TELLING_VERBS = {"tell", "warn", "notify", "inform", "announce", "declare", "stipulate", "instruct", "order"}


def _class_subject(subj: Any) -> bool:
    """ "anyone", "an ordinary citizen", "people", "smugglers": whoever it may be, not someone known."""
    low = subj.lower_
    if low in CLASS_PRONOUNS:
        return not any(c.dep_ == "prep" for c in subj.children) or low != "one"
    dets = {c.lower_ for c in subj.children if c.dep_ in ("det", "poss", "nummod", "predet")}
    if subj.tag_ in ("NNS", "NNPS"):
        if dets - {"any", "all"}:
            return False  # "the families", "two soldiers", "their relatives"
        return low in CLASS_PLURALS or (subj.lemma_.lower() + "s") in CLASS_PLURALS
    if subj.tag_ != "NN":
        return False
    if dets & {"any", "every", "each"}:
        return True
    if dets and dets <= {"a", "an"}:
        adjs = {c.lower_ for c in subj.children if c.dep_ == "amod"}
        return bool(adjs & GENERIC_ADJECTIVES) or (low in CLASS_SINGULARS and not adjs)
    return False


def _rule_conditional(condition: Any) -> bool:
    """A condition that states a rule for people of a kind ("if an ordinary citizen crosses the border this way,
    he will be sentenced", "if people go near the river, they could be shot", "smugglers have to pay if they are
    caught"), or one inside the rule a decree or a warning states ("a decree whereby, if they are caught, their
    families will be sent to a camp", "people were told that if they approach the river ..."): who is meant, no
    incident."""
    subjects = [c for c in condition.children if c.dep_ in SUBJECTS]
    if any(_class_subject(s) for s in subjects):
        return True
    if condition.dep_ not in ("advcl", "ccomp"):
        return False
    main = condition.head
    for _ in range(3):  # "smugglers have to pay ... if they are caught": the clause that has the subject
        if any(c.dep_ in SUBJECTS for c in main.children) or main.head.i == main.i:
            break
        if main.dep_ not in ("xcomp", "conj"):
            break
        main = main.head
    pronoun = not subjects or any(s.lower_ in ("they", "you") for s in subjects)
    if pronoun and any(_class_subject(c) for c in main.children if c.dep_ in SUBJECTS):
        return True
    if any(c.lower_ in ("whereby", "wherein") for c in main.children):
        return True
    up = main.head
    if main.dep_ in ("acl", "relcl", "ccomp") and up.lemma_.lower() in RULE_NOUNS and up.pos_ == "NOUN":
        return True
    return (
        pronoun
        and main.dep_ == "ccomp"
        and up.lemma_.lower() in TELLING_VERBS
        and any(_class_subject(c) for c in up.children if c.dep_ in ("nsubjpass", "dobj", "dative"))
    )


SUBJECTS = ("nsubj", "nsubjpass")
PREDICTIONS = {"likely", "certain", "sure", "bound", "expected", "unlikely", "set", "due"}


def _someone_known(subj: Any) -> bool:
    """A subject that names one known person ("he", "the guard", "the private", "Kim"): the condition is about
    them, a supposition, not a rule."""
    if subj.lower_ in ("he", "she", "it", "i", "we"):
        return True
    if subj.pos_ == "PROPN" and subj.tag_ != "NNPS":
        return True
    return subj.tag_ == "NN" and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "every")
                                     for c in subj.children)  # fmt: skip


def modality(head: Any, trigger_start: int, has_date: bool) -> str:
    """The modality of the event anchored at `head` (see module docstring)."""
    sent = head.sent
    chain = _ancestors_in_clause(head)
    # hypothetical: an "if" / "unless" clause on the path
    for tok in chain:
        children = list(tok.children)
        if any(c.dep_ == "mark" and _supposed_only(c) for c in children):
            return "generic"  # "acting as if they were defectors", "even if I get caught": no incident told
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") and not _if_only(c) for c in children):
            if _rule_conditional(tok):
                return "generic"  # "if anyone crosses, he will be sentenced": a rule, no incident
            return "generic" if not has_date and _zero_conditional(tok) else "hypothetical"
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in children):
            if _whether_of_a_rule(tok):
                return "generic"  # "punishment varies depending on whether one is heading for the South"
            return "uncertain"  # "it was unclear whether he had been purged"
        for clause in children:  # the result of a condition: "if caught, they will be sent back"
            if clause.dep_ != "advcl":
                continue
            marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
            if marks & {"if", "unless"} and not any(_if_only(c) for c in clause.children if c.dep_ == "mark"):
                if _rule_conditional(clause):
                    return "generic"
                return "generic" if not has_date and _zero_conditional(clause) else "hypothetical"
    if _trend_of(head) or _case_count(head) or _tally_compared(head) or _kinds_listed(head):
        return "generic"  # "the rise in beatings is believed to ...": a trend, whatever its cause
    if _over_a_reign(chain) or _ability_of_a_kind(head) or _more_of_a_kind(head):
        return "generic"  # "since Kim took power in 2011, border security has been strengthened"; "trucks can cross"
    if not has_date and _of_those(head):
        return "generic"  # "punishment for those who were caught fleeing": who is meant, not what happened
    if _order_content(head):
        return "planned"  # "is said to have ordered that would-be defectors be shot": what the order asks
    if any(t.lower_ in ("likely", "prone") and any(c.lower_ in ("more", "less") for c in t.children) for t in chain):
        return "generic"  # "those aiming for the South are more likely to end up in prison camps": a tendency
    # uncertain: fear / belief verbs above, rumour ("people say"), modals or hedges on the trigger
    for tok in chain[1:]:
        if tok.lemma_.lower() in UNCERTAIN_LEMMAS or tok.lower_ in UNCERTAIN_LEMMAS:
            return "uncertain"
        if tok.lemma_.lower() == "say" and any(c.dep_ == "nsubj" and c.lower_ in RUMOUR_SUBJECTS for c in tok.children):
            return "uncertain"
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in RUMOUR_NOUNS for c in tok.children):
            return "uncertain"  # "Rumors are spreading that the government executed ..."
    if any(c.lower_ == "would" and c.dep_ == "aux" for c in head.children):
        return "hypothetical"
    # "may face ... execution", also through "including" ("may face punishment, including the death penalty")
    governing = next((t for t in chain if t.pos_ in ("VERB", "AUX") and t.dep_ != "prep"), head)
    hedged = (*chain[:2], governing)
    if head.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        hedged = (head,)  # a clause of its own: "they were arrested, so they will probably be punished"
    if head.dep_ == "conj" and head.tag_ == "VBD":
        hedged = (head,)  # "could not tolerate it, and deserted the army": a past tense takes no modal of its own
    for tok in {t.i: t for t in hedged}.values():
        for child in tok.children:
            if child.dep_ == "aux" and child.lower_ in MODAL_UNCERTAIN:
                return "uncertain"
            if child.dep_ == "advmod" and child.lower_ in HEDGE_ADVERBS:
                return "uncertain"
    if head.dep_ in ("dobj", "pobj") and head.head.lemma_.lower() in ("fear", "worry", "suspect"):
        return "uncertain"
    if any(t.lemma_.lower() == "risk" and t.pos_ == "NOUN" for t in chain[1:4]):
        return "uncertain"  # "are at risk of being repatriated": it may come or not
    # planned: future auxiliaries, or under an order / intention
    verbs = [head]
    if head.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in head.children):
        verbs.append(head.head)  # "will be expelled from the party and discharged": the auxiliary is shared
    if head.dep_ == "acomp" and head.tag_ == "VBN" and head.head.lemma_ == "be":
        verbs.append(head.head)  # "their families will be exiled", parsed with "exiled" as the complement of "be"
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "aux" and child.lower_ in ("will", "shall", "'ll", "should", "must"):
                return "planned"  # what is to happen, or is required to ("defectors should be shot")
    if head.dep_ == "xcomp" and head.head.lemma_.lower() == "seek" and head.head.tag_ in ("VBD", "VBN"):
        return "asserted"  # "had sought to defect": an attempt made, as with "tried to"
    if head.dep_ in ("xcomp",) and head.head.lemma_.lower() in PLANNED_LEMMAS:
        return "planned"
    if is_infinitive(head) and head.dep_ == "ccomp" and head.head.lemma_.lower() in PLANNED_LEMMAS:
        return "planned"  # "ordered the forces to shoot" parsed with the forces as the infinitive's subject
    if is_infinitive(head) and head.dep_ == "xcomp" and head.head.lemma_.lower() not in DONE_CONTROL:
        return "planned"
    if (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        and any(c.dep_ == "auxpass" for c in head.children)
        and head.dep_ in ("xcomp", "ccomp", "conj", "advcl")
        and head.head.lemma_.lower() in PLANNED_LEMMAS
    ):
        return "planned"  # "called for guard posts to be fitted with cameras": a passive infinitive asked for
    # the object of an ordered action ("instructed X to carry out an inspection", "an order to double patrols")
    for tok in chain[1:4] if not (head.tag_ == "VBD" and head.dep_ == "conj") else ():
        # (a past-tense verb joined to the infinitive is done, not ordered: "ordered them to root out ... and
        # dismissed the commander")
        if (
            is_infinitive(tok)
            and tok.dep_ in ("xcomp", "acl")
            and (tok.head.lemma_.lower() in PLANNED_LEMMAS or tok.head.lemma_.lower() in ORDER_NOUNS)
        ):
            return "planned"
        if tok.pos_ == "VERB" and tok.tag_ != "VB":
            break
    if head.dep_ == "pobj" and head.head.head.lemma_.lower() in ("plan", "preparation", "prepare", "brace"):
        return "planned"
    if _return_ahead(head):
        return "planned"  # "are facing forcible repatriation": sent back not yet
    if head.pos_ == "NOUN" and (
        (head.dep_ == "dobj" and head.head.lemma_.lower() == "await")
        or (head.dep_ == "pobj" and head.head.lower_ in ("pending", "awaiting"))
    ):
        return "planned"  # "prisoners awaiting trial", "held pending trial": not yet held
    # generic: a habit adverb on a present-tense trigger, whatever the sentence dates ("North Korea regularly
    # tightens border controls before major events, but this year's measures are the strictest"); habitual cues
    # in the sentence, or bare plural subjects without a date
    if head.tag_ in PRESENT_TAGS and any(c.dep_ == "advmod" and c.lower_ in HABIT_ON_VERB for c in head.children):
        return "generic"
    if _ongoing_as(head):
        return "asserted"  # "..., as it steps up crackdowns on people trying to escape": a measure going on now
    if not has_date and _generic_cue(span_text(sent)) and not _one_known_undergoes(head):
        cue_scope = _generic_scope(head)
        if cue_scope:
            return "generic"
    if not has_date and not _on_the_lookout(head) and (_bare_plural_generic(head) or _present_of_anyone(head)):
        return "generic"
    clause = head.head
    present = clause.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                                   for c in clause.children)  # fmt: skip
    if head.tag_ == "VBG" and head.dep_ in ("csubj", "csubjpass", "nsubj", "nsubjpass") and present:
        return "generic"  # "Going AWOL is considered an offence": an activity in general
    return "asserted"


# who acts for the state: a body named, or a pronoun standing for it
BODY_WORDS = {"authority", "authorities", "official", "officials", "ministry", "party", "government", "regime",
              "committee", "police", "state", "military", "agency", "agents", "guards", "pyongyang", "korea", "it",
              "they"}  # fmt: skip


def _ongoing_as(head: Any) -> bool:
    """A present clause under "as" hung on a past or perfect one, done by the state or a body of it ("Pyongyang has
    issued an order to open fire, as it steps up crackdowns on people trying to escape", "leading authorities to
    lock down the area as they continue to search for him", "the death comes as security authorities bolster
    crackdowns"): the measure going on at the time told, not a habit."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    for _ in range(2):
        if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "continue to search for him"
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    present = verb.tag_ in PRESENT_TAGS or (
        verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in PRESENT_TAGS for c in verb.children)
    )
    if not present:
        return False
    main = verb.head
    told = (
        main.tag_ == "VBD"
        or main.lemma_.lower() == "come"
        or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "had") for c in main.children)
    )
    if main.tag_ == "VB" and main.dep_ in ("conj", "xcomp", "ccomp", "advcl"):
        # "leading authorities to lock down the area as they ...": an infinitive of a past narration
        told = not any(c.dep_ == "aux" and c.tag_ == "MD" for v in (main, main.head) for c in v.children)
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    return told and bool(subjects) and all(s.lower_ in BODY_WORDS or s.lemma_.lower() in BODY_WORDS for s in subjects)


RETURN_LEMMAS = {"repatriation", "deportation", "extradition", "repatriate", "deport", "extradite", "return", "send"}


def _return_ahead(head: Any) -> bool:
    """ "are facing forcible repatriation", "face being deported": a return not yet made."""
    if head.lemma_.lower() not in RETURN_LEMMAS:
        return False
    gov = head.head
    if head.dep_ == "dobj" and head.pos_ == "NOUN" and gov.lemma_.lower() == "face":
        return True
    return head.dep_ in ("xcomp", "pcomp", "dobj") and head.tag_ == "VBN" and gov.lemma_.lower() == "face"


def _on_the_lookout(head: Any) -> bool:
    """ "police are on the lookout for the escapees": a watch kept now, not a habit."""
    return head.lower_ == "lookout" or any(c.lower_ == "lookout" for c in head.children)


def _supposed_only(mark: Any) -> bool:
    """ "as if", "as though", "even if": a likeness or a concession, what is not (or need not be) the case."""
    prev = mark.doc[mark.i - 1] if mark.i > 0 else None
    if prev is None:
        return False
    if mark.lower_ == "if":
        return bool(prev.lower_ in ("as", "even"))
    return bool(mark.lower_ == "though" and prev.lower_ == "as")


# taking power: "since Kim took power", "since taking office", "since he came to power in 2011"
REIGN_VERBS = {"take", "assume", "come", "seize", "inherit", "ascend", "rise"}
REIGN_NOUNS = {"power", "office", "helm", "reins", "throne", "position", "leadership", "rule"}
RULE_SPANS = {"rule", "reign", "leadership", "regime", "tenure"}


def _over_a_reign(chain: list[Any]) -> bool:
    """A change told over a leader's rule ("since Kim Jong Un took power, controls on soldiers have been
    strengthened", "since taking power in 2011, Kim has tightened border security", "under Kim's rule, surveillance
    has been stepped up"): a trend, no incident, whatever year the rule began."""
    for tok in chain:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        perfect = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'ve", "’ve") for c in tok.children)
        if not perfect:
            return False  # "in the years since he came to power, he purged ...": told as done, left alone
        if any(c.dep_ in SUBJECTS and _foreign(c) for c in tok.children):
            return False  # "China has stepped up checks since Kim took power": another state's measure, dated by it
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "under":
                if any(o.dep_ == "pobj" and o.lemma_.lower() in RULE_SPANS for o in c.children):
                    return True
                continue
            if c.dep_ == "prep" and c.lower_ == "since":
                clause = next((g for g in c.children if g.dep_ == "pcomp"), None)
            elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
                clause = c
            else:
                continue
            if clause is None or clause.lemma_.lower() not in REIGN_VERBS:
                continue
            objects = [g for g in clause.children if g.dep_ in ("dobj", "attr")]
            objects += [o for g in clause.children if g.dep_ == "prep" for o in g.children if o.dep_ == "pobj"]
            if any(o.lemma_.lower() in REIGN_NOUNS for o in objects):
                return True
        return False
    return False


# another state or its forces, as single words: the names `location.ACTOR_COUNTRIES` reads a doer's country from
FOREIGN_WORDS = {w.strip() for _, words in ACTOR_COUNTRIES for w in words if " " not in w.strip()} | {"moscow"}


def _foreign(subj: Any) -> bool:
    """A subject that names another state or its forces ("China", "Chinese police", "Beijing")."""
    return any(t.lower_ in FOREIGN_WORDS for t in (subj, *subj.children) if t.dep_ in (subj.dep_, "compound", "amod"))


# who "can" do a thing, told of a kind: "large trucks can cross the river in winter", "defectors can be sent to camps"
ABILITY_SUBJECTS = {"people", "anyone", "anybody", "you", "one"}
SEEING_VERBS = {"see", "hear", "spot", "find", "observe", "witness", "notice"}


def _ability_of_a_kind(head: Any) -> bool:
    """What people of a kind can do or can undergo ("trucks carrying ore can cross the river in winter",
    "defectors can be sent to prison camps"): a possibility, no incident."""
    verb = head
    if head.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in head.children):
        verb = head.head  # "can cross the river and sell the goods": the modal and the subject are shared
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VB" or verb.lemma_.lower() in SEEING_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("can", "ca") for c in verb.children):
        return False
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in ABILITY_SUBJECTS:
            return True
        if bare_plural(subj):
            return True
    return False


COMPARATIVE_COUNTS = {"more", "fewer", "less"}
GROWING_NUMBERS = {"greater", "larger", "higher", "growing", "increasing", "rising", "smaller", "lower",
                   "dwindling", "declining", "shrinking", "mounting"}  # fmt: skip


def _more_of_a_kind(head: Any) -> bool:
    """A leaving or an arrest told of "more" or "fewer" people ("believing that more people could try to defect as
    the rivers freeze", "fewer North Koreans are being caught"): a trend or a forecast of one, no incident."""
    verb = head
    for _ in range(3):
        if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "more people could try to defect": the subject is on the verb above
        else:
            break
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for subj in (c for c in verb.children if c.dep_ in SUBJECTS):
        if subj.lemma_.lower() == "number" and any(
            c.dep_ == "amod" and c.lower_ in GROWING_NUMBERS for c in subj.children
        ):
            return True  # "a greater number have been apprehended", "a growing number of soldiers are deserting"
        if subj.tag_ not in ("NNS", "NNPS") or any(
            c.dep_ in ("det", "nummod", "quantmod", "poss") or c.lower_ in ("several", "few", "many", "some")
            for c in subj.children
        ):
            continue  # "several more people may have been executed": others besides, not a count over time
        if any(c.dep_ == "amod" and c.lower_ in COMPARATIVE_COUNTS and not list(c.children) for c in subj.children):
            return not any(c.dep_ == "prep" and c.lower_ == "than" for c in subj.children)
    return False


# verbs that list kinds of a thing: "this includes desertion from work, vagrancy, drug trafficking ..."
LISTING_VERBS = {"include", "involve", "comprise", "cover", "encompass"}
LIST_SUBJECTS = {"this", "these", "that", "those", "it", "which"}


def _kinds_listed(head: Any) -> bool:
    """An activity named in a list of kinds under "include" in the present ("this includes desertion from work,
    vagrancy, illegal commercial activities, drug trafficking ...", "offences include smuggling and defection"): a
    category, no incident."""
    if head.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    tok = head
    for _ in range(10):  # up the list, also through an item's own phrase ("desertion from work, vagrancy, ...")
        if tok.dep_ == "conj" or (tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "NOUN"):
            tok = tok.head if tok.dep_ == "conj" else tok.head.head
            continue
        break
    if tok.dep_ != "dobj" or any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False
    verb = tok.head
    if verb.lemma_.lower() not in LISTING_VERBS or verb.tag_ not in PRESENT_TAGS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.lower_ in LIST_SUBJECTS
        or (s.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in s.children))
        for s in subjects
    )


# what a rule or a measure turns on: "depending on whether ...", "regardless of whether ..."
TURNING_ON = {"depend", "depending", "regardless", "irrespective", "based", "vary", "differ"}


def _whether_of_a_rule(clause: Any) -> bool:
    """A "whether" clause that says what something turns on ("the punishment varies depending on whether an
    individual is heading for South Korea", "regardless of whether they crossed once or twice"): the cases of a
    rule, no incident."""
    if clause.dep_ not in ("pcomp", "pobj") or clause.head.lower_ not in ("on", "of", "upon"):
        return False
    up = clause.head.head
    return up.lemma_.lower() in TURNING_ON or up.lower_ in TURNING_ON


def _if_only(mark: Any) -> bool:
    """ "if only for a single night", "if only briefly": a concession, no condition."""
    nxt = mark.doc[mark.i + 1] if mark.i + 1 < len(mark.doc) else None
    return mark.lower_ == "if" and nxt is not None and nxt.lower_ == "only"


def _generic_scope(head: Any) -> bool:
    """A generic cue governs this trigger (not merely another clause of the sentence)."""
    chain = _ancestors_in_clause(head)
    for tok in chain:
        # not a cue that only describes a person ("a man who made frequent calls ... was arrested")
        words = " ".join(t.lower_ for t in _clause_tokens(tok, scene=True))
        if GENERIC_CUES.search(words) and tok.dep_ != "ROOT":
            return True
        for child in tok.children:
            # not a cue inside a clause of the phrase ("with fear that frequent border crossers could bring it")
            if child.dep_ in ("advmod", "prep", "npadvmod", "aux") and GENERIC_CUES.search(
                " ".join(t.lower_ for t in _clause_tokens(child))
            ):
                return True
        if tok.dep_ == "ROOT":
            # a root-level cue ("There have been frequent reports of ...") covers the whole sentence, but
            # not one that describes a person ("a man who made frequent calls ... was arrested"), nor one of a
            # clause that sets the scene ("As missing person cases continue to occur, authorities have ...")
            # nor one in a sibling clause ("Many are suspected of ..., they said, adding one officer was caught")
            aside = {
                t.i
                for c in tok.children
                if c.dep_ in ("ccomp", "parataxis") and not (c.left_edge.i <= head.i <= c.right_edge.i)
                for t in c.subtree
            }
            before = [t.lower_ for t in _clause_tokens(tok, scene=True) if t.i < head.i and t.i not in aside]
            if GENERIC_CUES.search(" ".join(before)):
                return True
        if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            break  # a clause of its own: "had been aggrieved for years and (that) he decided to desert"
    return False


# one person, named or pointed at: "he", "the soldier", "Kim"
PERSON_NOUNS = {"soldier", "man", "woman", "defector", "officer", "guard", "smuggler", "trader", "resident",
                "student", "private", "sergeant", "boy", "girl", "worker", "farmer", "victim", "prisoner",
                "mother", "father", "son", "daughter", "wife", "husband"}  # fmt: skip


def _one_known_undergoes(head: Any) -> bool:
    """A past or perfect event of one known person, however often it came ("The soldier had been repeatedly
    beaten by his superior", "he was frequently questioned"): what happened to them, not a habit of a kind."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if verb.pos_ not in ("VERB", "AUX") or _present_rule(verb):
        return False
    past = verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ") and c.lower_ != "is"
                                     for c in verb.children)  # fmt: skip
    if not past:
        return False
    for subj in (c for c in verb.children if c.dep_ == "nsubjpass"):  # (not "Kim has repeatedly called on ...")
        if subj.lower_ in ("he", "she") or (subj.ent_type_ == "PERSON" and subj.tag_ == "NNP"):
            return True
        if subj.lower_ in PERSON_NOUNS and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "every")
                                                for c in subj.children):  # fmt: skip
            return True
    return False


TREND_NOUNS = {"rise", "increase", "surge", "spike", "jump", "uptick", "growth", "wave", "spate", "decline", "drop",
               "fall", "decrease", "number", "stream", "flow", "trickle", "exodus", "influx"}  # fmt: skip


TREND_VERBS = {"rise", "increase", "decrease", "drop", "fall", "decline", "slow", "surge", "soar", "plummet",
               "plunge", "dwindle", "grow", "climb", "spike", "shrink", "thrive", "flourish", "boom"}  # fmt: skip


# "the rising number of soldiers leaving their posts": a count that changes
TREND_ADJECTIVES = {"rising", "growing", "increasing", "declining", "falling", "dwindling", "mounting", "soaring",
                    "rise", "grow", "increase", "decline", "fall", "mount", "soar"}  # fmt: skip


def _trend_of(head: Any) -> bool:
    """ "a rise in desertions", "the number of defections", "smuggling has dropped sharply": a count over
    time, not one incident."""
    bare = not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)
    if head.pos_ == "VERB" and head.dep_ in ("acl", "relcl") and head.tag_ in ("VBG", "VBN", "VBP", "VBZ"):
        people = head.head  # "the number of defectors reaching the South dropped to 11": a count, not a crossing
        if people.lemma_.lower() in TREND_NOUNS and any(
            c.dep_ == "amod" and c.lemma_.lower() in TREND_ADJECTIVES for c in people.children
        ):
            return True  # "the rising number of soldiers leaving their posts", the participle hung on "number"
        if people.dep_ == "pobj" and people.head.lower_ == "of" and people.head.head.lemma_.lower() in TREND_NOUNS:
            holder = people.head.head
            return (
                holder.lemma_.lower() != "number"
                or any(c.dep_ == "nsubj" and c.i == holder.i for c in holder.head.children)
                or any(c.dep_ == "amod" and c.lemma_.lower() in TREND_ADJECTIVES for c in holder.children)
            )
    if head.pos_ == "NOUN" and head.dep_ == "nsubj" and bare and head.head.lemma_.lower() in TREND_VERBS:
        return True
    if head.dep_ == "conj" and head.pos_ == "NOUN" and bare and head.head.dep_ == "nsubj":
        return _trend_of(head.head)  # "smuggling and defections have dropped"
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or not head.tag_.endswith("S"):
        return False
    prep = head.head
    return prep.lower_ in ("in", "of") and prep.head.lemma_.lower() in TREND_NOUNS


# a count set against another count: "593 arrived in the first half, down from 749", "in the same period last year"
COMPARED_COUNT = re.compile(
    r"\b(?:down|up) from (?:a |the )?(?:\d|record|last)|\bthe same period (?:of |in )?(?:last|the previous) year\b|"
    r"\byear[- ]on[- ]year\b",
    re.I,
)


@lru_cache(maxsize=1 << 12)
def _compares_counts(text: str) -> bool:
    return COMPARED_COUNT.search(text) is not None


def _tally_compared(head: Any) -> bool:
    """A number of people who crossed or were caught, compared with another period: a statistic, no incident."""
    if not _compares_counts(span_text(head.sent)):
        return False
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        counted = [subj, *(c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of")]
        for tok in counted:
            for c in [*tok.children, *(g for x in tok.children for g in x.children)]:
                if c.dep_ in ("nummod", "pobj") and c.like_num:
                    return True
    return False


CASE_NOUNS = {"case", "instance", "incident", "violation", "count"}
STRICT_ORDERS = {"order", "instruct", "command", "direct", "demand", "decree", "stipulate"}


def _case_count(head: Any) -> bool:
    """ "some 7,200 cases of torture, forced labour and sexual violence": a tally of many cases, no one incident."""
    tok = head
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if head.pos_ == "NOUN" and tok.dep_ == "appos":
        holder = tok.head  # "many incidents (muggings and robberies)"
    elif head.pos_ == "NOUN" and tok.i != head.i and tok.lemma_.lower() in CASE_NOUNS:
        holder = tok  # the same, with the bracket parsed as joined to "incidents"
    elif head.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    else:
        holder = tok.head.head
    if holder.lemma_.lower() not in CASE_NOUNS or not holder.tag_.endswith("S"):
        return False
    for c in holder.children:
        if c.dep_ in ("nummod", "amod", "quantmod") and (
            c.lower_ in ("many", "numerous", "thousands", "hundreds")
            or (
                c.like_num and not c.lower_.isalpha() and int("".join(ch for ch in c.lower_ if ch.isdigit()) or 0) >= 20
            )
            or "hundred" in c.lower_
            or "thousand" in c.lower_
        ):
            return True
    return False


def _order_content(head: Any) -> bool:
    """The clause an order asks for ("ordered that gunfire should ring out", "command that defectors be shot"):
    what is to be done, not done."""
    clause = head.head if head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass") else head
    if clause.dep_ != "ccomp":
        return False
    if clause.head.lemma_.lower() not in STRICT_ORDERS and not any(
        c.dep_ == "xcomp" and c.lemma_.lower() in STRICT_ORDERS and c.i < clause.i for c in clause.head.children
    ):
        return False  # (also "appearing to command that defectors be shot", the clause hung on "appearing")
    if any(
        c.dep_ == "conj" and any(a.dep_ == "aux" and a.lower_ in ("have", "has", "had") for a in c.children)
        for c in clause.children
    ):
        return False  # "ordered that all units be inspected, and that teams have since been visiting ...": under way
    return any(
        (c.dep_ == "aux" and c.lower_ in ("should", "must", "shall", "will", "would"))
        or (c.dep_ in ("auxpass", "aux") and c.lower_ == "be" and c.tag_ == "VB")
        for c in clause.children
    )


SAY_VERBS = {"say", "announce", "declare", "state", "warn", "stress", "emphasize", "emphasise", "vow"}
PUNISH_WORDS = {"punish", "punishment", "penalty", "penalize", "penalise", "execute", "execution", "sanction"}
ISSUER_WORDS = {"official", "authority", "ministry", "party", "leader", "government", "regime", "committee", "court",
                "police", "kim", "state", "military", "command"}  # fmt: skip


def uttered_threat(head: Any) -> Any | None:
    """The speech verb of a leader or an authority that threatens a punishment ("Kim said that those who neglected
    their duties would be severely punished", "officials had said that severe punishment will be given to those
    responsible"): the threat is a directive, not a punishment carried out."""
    if head.lemma_.lower() not in PUNISH_WORDS:
        return None
    clause = head.head if head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass", "dobj") else head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SAY_VERBS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in clause.children):
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or not (speaker.lemma_.lower() in ISSUER_WORDS or speaker.ent_type_ in ("PERSON", "ORG")):
        return None
    if speaker.lemma_.lower() in ("source", "resident", "defector", "witness", "expert", "analyst"):
        return None
    return clause.head


# conjunctions of a clause that sets the scene for the main one: its cue is its own
SCENE_MARKS = {"as", "while", "because", "since", "although", "though", "whereas"}


def _clause_tokens(top: Any, scene: bool = False) -> list[Any]:
    """The subtree of `top` less the relative and participle clauses on its nouns ("a man who made frequent
    calls"), in document order; with `scene`, less its adverbial clauses of circumstance too ("As cases continue
    to occur, ...")."""
    out = []
    stack = [top]
    while stack:
        tok = stack.pop()
        out.append(tok)
        for child in tok.children:
            if child.dep_ in ("relcl", "acl") and tok.pos_ in ("NOUN", "PROPN", "PRON"):
                continue
            if (
                scene
                and child.dep_ == "advcl"
                and any(c.dep_ == "mark" and c.lower_ in SCENE_MARKS for c in child.children)
            ):
                continue
            stack.append(child)
    out.sort(key=lambda t: t.i)
    return out


ANY_PERSON = {"anyone", "anybody", "whoever", "whomever"}


def done_by_anyone(head: Any) -> bool:
    """The doer or the one acted on is anyone at all ("anyone found trying to defect", "anyone caught near the
    river will be shot"): a rule or a threat, not an incident."""
    if uttered_threat(head) is not None:
        return False  # the leader's threat is kept, to be told as a directive
    tok = head
    for _ in range(6):
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ANY_PERSON for c in tok.children):
            return True
        if _threatened_class(tok):
            return True
        for clause in (c for c in tok.children if c.dep_ in ("csubj", "csubjpass")):
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ANY_PERSON for c in clause.children):
                return True  # "(that) anyone found guilty of smuggling will be tried", parsed as a clausal subject
        if tok.dep_ in ("acl", "relcl") and tok.head.lower_ in ANY_PERSON:
            return True
        # up from a noun to its clause: "anybody caught ... would be subject to strong punishments"
        nominal = tok.dep_ in ("pobj", "prep", "acomp", "attr") and tok.pos_ != "VERB"
        if not (nominal or tok.dep_ in ("xcomp", "acl", "relcl", "conj")) or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _threatened_class(verb: Any) -> bool:
    """ "commanders who fail to prevent defections will be expelled": whoever does so, a rule or a threat."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "must", "'ll") for c in verb.children):
        return False
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if bare_plural(subj) and any(c.dep_ == "relcl" for c in subj.children):
            return True
        if subj.lower_ in ("those", "people") and any(c.dep_ == "relcl" for c in subj.children):
            return True
    return False


TIME_PREPS = {"after", "before", "upon", "on", "when", "while"}
# verbs that say what a class of things takes in ("punishments include ...", "penalties range from ...")
HOLDING_VERBS = {"include", "range", "involve", "mean", "entail", "comprise", "vary"}
QUANTIFIERS = {"lot", "lots", "many", "number", "plenty", "dozens", "scores", "hundreds", "more"}


def _quantified(subj: Any) -> bool:
    """ "a lot of soldiers", "many soldiers", "a growing number of residents" (not "two soldiers")."""
    if subj.lemma_.lower() in QUANTIFIERS and any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children):
        return True
    if subj.lower_ in ("others", "some", "many", "most") and subj.pos_ in ("PRON", "NOUN", "DET", "ADJ"):
        return not any(c.dep_ == "prep" for c in subj.children)  # "others act on orders" (not "some of the men")
    if subj.tag_ in ("NNS", "NNPS") and any(c.dep_ == "det" and c.lower_ in ("some", "most") for c in subj.children):
        return True  # "some soldiers steal on their own"
    return subj.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "amod" and c.lower_ in ("many", "more") for c in subj.children
    )


def _bare_plural_generic(head: Any) -> bool:
    """Habitual plural: "officers involved in smuggling", "soldiers desert" in the present."""

    def unmarked_plural(tok: Any) -> bool:
        if tok.tag_ not in ("NNS", "NNPS"):
            return False
        return not any(
            c.dep_ in ("det", "nummod", "poss") or c.lower_ in ("these", "those", "the", "two", "three", "several")
            for c in tok.children
        )

    # present-tense clause with a bare plural subject
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if (
        head.tag_ == "VBG"
        and head.dep_ == "pcomp"
        and head.head.lower_ in TIME_PREPS
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    ):
        verb = head.head.head  # "defectors face a surveillance network after crossing the border"
    elif head.pos_ == "NOUN" and head.dep_ == "pobj":
        tok = head  # "punishments include up to 15 years in a prison camp"
        for _ in range(4):
            if tok.dep_ not in ("pobj", "prep", "dobj") or tok.head.i == tok.i:
                break
            tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in HOLDING_VERBS:
            verb = tok
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and unmarked_plural(subj[0]) and verb.tag_ in ("VBP", "VBZ"):
        return True
    # "a lot of soldiers are going AWOL", "many soldiers are deserting": a quantity of people, in the present
    present = verb.tag_ in ("VBP", "VBZ") or (
        verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in verb.children)
    )
    if subj and present and _quantified(subj[0]):
        return True
    # participle or gerund attached to a bare plural ("officers involved in smuggling and helping others defect")
    tok = head
    for _ in range(4):
        if tok.dep_ in ("acl", "relcl") and unmarked_plural(tok.head):
            # (not "has taken measures to tighten security", "established plans to increase ...": what they do)
            return not (is_infinitive(tok) and tok.head.lemma_.lower() in MEASURE_WORDS)
        if tok.head.i == tok.i or (tok.dep_ in ("advcl", "conj") and any(c.dep_ in SUBJECTS for c in tok.children)):
            break  # "residents who approach the river, as it steps up crackdowns": a clause of its own
        tok = tok.head
    return False


MEASURE_WORDS = {"measure", "step", "action", "countermeasure", "plan"}


# verbs whose present tense tells a state that lasts ("they are held in Onsong"), not a habit
STATE_VERBS = {"hold", "detain", "imprison", "keep", "jail", "lock", "confine", "intern", "remain", "stay", "hide",
               "believe", "think", "say", "know", "consider", "suspect"}  # fmt: skip
ANYONE_PRONOUNS = {"they", "you"}


def _present_of_anyone(head: Any) -> bool:
    """An event in the present simple whose subject is people in general ("then they get caught and sent back",
    "such defectors are sent to prison camps", "you are taken away"): how things go, not an incident."""
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in STATE_VERBS:
        return False
    verb = head
    if head.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in head.children):
        verb = head.head  # "are defined as spies and executed": the subject and the auxiliary are shared
    if verb.pos_ not in ("VERB", "AUX") or not _present_rule(verb):
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # a bare participle ("defectors caught in China"): no tense of its own
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in ANYONE_PRONOUNS:
            return True
        if subj.tag_ in ("NNS", "NNPS") and any(c.dep_ in ("det", "amod", "predet") and c.lower_ == "such"
                                                for c in subj.children):  # fmt: skip
            return True
    return False


def _of_those(head: Any) -> bool:
    """A trigger in the clause that says who "those" are ("stronger punishment on those who were caught fleeing",
    "for those the authorities believe were caught"): a kind of people, not an incident."""
    tok = head
    for _ in range(5):
        if tok.dep_ in ("relcl", "acl") and tok.head.lower_ == "those" and tok.head.pos_ in ("PRON", "DET", "NOUN"):
            return True
        if tok.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "ccomp", "advcl") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
