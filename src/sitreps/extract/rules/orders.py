"""Orders and measures (DIRECTIVE, CRACKDOWN) that tell no incident of their own: aims, prospects, background,
restated or standing orders, warnings to one person.
"""

from __future__ import annotations

import re
from typing import Any

from sitreps import nlp
from sitreps.extract.events import Trigger
from sitreps.extract.modality import is_infinitive

ISSUING_VERBS = {"issue", "receive", "give", "hand", "send", "come", "pass", "adopt", "announce", "post", "get", "put",
                 "say", "state", "read", "stipulate", "specify", "declare", "require", "apply", "take", "convey",
                 "relay", "transmit", "circulate", "distribute", "deliver"}  # fmt: skip


# verbs of ordering that say nothing without what is ordered ("they are directed by the Central Party": run by)
ORDERING = {"order", "direct", "instruct", "command"}
ORDER_CONTENT = {"dobj", "dative", "xcomp", "ccomp", "oprd", "acomp", "attr"}
SOMEONE = {"someone", "somebody", "person", "man", "woman", "informant", "one"}
ORDER_NOUNS = {"order", "directive", "instruction", "decree", "edict", "guideline", "mandate", "warning", "lecture"}
DEMONSTRATIVES = {"this", "that", "these", "those", "such"}
# what people do with an order already given ("follow the orders set by the border patrol", "violated the ban")
HEEDING = {"heed", "ignore", "disregard", "defy", "obey", "disobey", "follow", "violate", "breach", "comply", "flout",
           "break", "observe"}  # fmt: skip
# what an order was carried out under ("under Kim's orders, fences are being installed")
CARRIED_UNDER = {"under", "upon", "on", "following", "per"}
MODALS = {"will", "would", "must", "should", "shall", "can", "could", "may", "'ll"}
# an order about the economy, not about forces, borders or enforcement ("an order to increase seafood production")
ECONOMY = {"production", "output", "harvest", "yield", "quota", "export", "exports", "construction", "farming",
           "revenue", "income", "crop", "crops", "catch", "sale", "sales", "manufacturing"}  # fmt: skip
SANCTIONS = {"sanction", "sanctions", "resolution", "resolutions"}
PAPERS = {"travel", "movement", "transit", "dispatch"}


def directive_dropped(trig: Trigger, head: Any, sentence_triggers: list[Trigger]) -> bool:
    """A DIRECTIVE trigger that gives no order of its own: an order restated ("these orders", "orders on this",
    "under Kim's orders" told again), a verb of ordering with nothing ordered ("directed by the Central Party"), a
    warning someone heeds, an order whose event is the punishment it orders ("ordered the dismissal of the
    commander"), a rule announced as already carried out, international sanctions, an economic order."""
    if _measure_not_told(trig, head):
        return True
    if trig.type == "SEARCH" and _public_asked_to_watch(head):
        return True
    if trig.type != "DIRECTIVE":
        return False
    if _order_restated(head) or _border_state(head) or _mobilised_to_attend(head) or _address_unit(head):
        return True
    if head.lemma_.lower() in TOUGHENING and any(
        t.type == "CRACKDOWN" and t.head.i == head.i for t in sentence_triggers
    ):
        return True  # "has been toughening border controls and punishment for ...": the measure is the crackdown
    if _order_as_background(head) or _warned_one(head) or _warning_at_the_line(head) or _standing_offer(head):
        return True
    if _standing_ban(head) or _order_content_told(head):
        return True
    lemma = head.lemma_.lower()
    kids = list(head.children)
    if head.pos_ == "NOUN":
        if lemma not in ORDER_NOUNS:
            return False
        if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in kids) or any(
            c.dep_ == "amod" and c.lower_ == "same" for c in kids
        ):
            return True  # "the delivery of these orders": an order told before
        if any(c.dep_ in ("compound", "amod") and c.lower_ in PAPERS for c in kids):
            return True  # "checking his travel orders": a permit carried, no order given
        if any(
            c.dep_ == "prep"
            and c.lower_ in ("on", "about")
            and all(g.lower_ in DEMONSTRATIVES or g.lower_ == "it" for g in c.children if g.dep_ == "pobj")
            and any(g.dep_ == "pobj" for g in c.children)
            for c in kids
        ):
            return True  # "passing down orders on this": the order just told
        new = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in kids)  # "follows an order from"
        heeded = head.head.lemma_.lower() if head.dep_ == "dobj" else head.head.head.lemma_.lower()
        if not new and head.dep_ in ("dobj", "pobj") and heeded in HEEDING:
            # "shoot anyone who fails to heed their warnings", "to follow the orders set by the border patrol",
            # "comply with the ban": an order already given, followed or not
            return True
        if head.dep_ == "pobj" and head.head.lower_ in CARRIED_UNDER and _order_told_before(head):
            return True  # "Under Kim Jong Un's orders, fences are being installed": the order already told
        if _order_obeyed(head) or _private_sender(head):
            return True
    elif head.pos_ in ("VERB", "AUX"):
        if (
            lemma in ORDERING
            and not any(c.dep_ in ORDER_CONTENT or (c.dep_ == "nsubjpass" and c.pos_ != "PRON") for c in kids)
            and not any(c.dep_ == "prep" and c.lower_ in ("to", "that") for c in kids)
        ):
            # "they are directed by the Central Party", "ordered by the administration": nothing ordered ("the
            # sweep was ordered by the committee" orders the sweep)
            return True
        if (
            lemma in ORDERING
            and not any(c.dep_ in ("xcomp", "ccomp") for c in kids)
            and any(
                c.dep_ == "dobj" and t.head.i == c.i and t.type == "PUNISHMENT" for c in kids for t in sentence_triggers
            )
        ):
            return True  # "ordered the dismissal and demotion of the commander": the punishment is the event
        if lemma == "announce" and _announced_as_done(head):
            return True
        if lemma == "threaten" and any(c.dep_ == "dobj" and c.lower_ in ("him", "her", "me", "us") for c in kids):
            return True  # an officer "threatened him with punishment": a threat to one person, no policy
        if lemma == "shut" and head.dep_ in ("oprd", "acomp", "amod"):
            return True  # "has kept its borders shut since 2020": a state kept, not a closure ordered
        if head.dep_ in ("relcl", "acl") and head.head.lemma_.lower() in SANCTIONS:
            return True  # "sanctions that were adopted through UN resolutions": foreign policy, no order
        if (
            head.dep_ == "relcl"
            and head.head.lemma_.lower() in SOMEONE
            and any(c.dep_ == "nsubjpass" and c.lower_ in ("who", "that") for c in kids)
        ):
            return True  # "someone who had been instructed by the agency to report on him": who the person is
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("under", "through", "by")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in SANCTIONS for g in c.children)
        for c in kids
    ):
        return True  # "is now banned under international sanctions"
    if "Security Council" in head.sent.text and any(
        t.lower_ == "council" and t.i > 0 and t.doc[t.i - 1].lower_ == "security" for t in head.subtree
    ):
        return True  # "have been banned since the UN Security Council prohibited ...": sanctions, no order of the North
    return _economic_order(head, sentence_triggers)


def _order_told_before(head: Any) -> bool:
    """An order noun in a circumstance ("under orders from Kim") when an earlier sentence already told an order carried
    out in the same way: the same order told again."""
    doc = head.doc
    start = head.sent.start
    for tok in doc[:start]:
        told = tok.lemma_.lower() in ("order", "instruction", "directive") and tok.pos_ == "NOUN"
        if told and tok.dep_ == "pobj" and tok.head.lower_ in CARRIED_UNDER:
            return True
    return False


def _announced_as_done(verb: Any) -> bool:
    """ "announced that five smugglers had been punished", "announced the punishment of the two guards": news of what
    was done, not a rule ("announced that any smuggling will be treated as treason")."""
    for c in verb.children:
        if c.dep_ == "ccomp":
            clause = [c, *(g for g in c.children if g.dep_ in ("aux", "auxpass"))]
            ruled = any(t.lower_ in MODALS or t.tag_ in ("VBZ", "VBP", "VB") for t in clause)
            return not ruled
        if (
            c.dep_ == "dobj"
            and any(g.dep_ == "det" and g.lower_ == "the" for g in c.children)
            and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
        ):
            return True
    return False


def _economic_order(head: Any, sentence_triggers: list[Trigger]) -> bool:
    """An order whose ordered action is about the economy ("the regime's order to increase seafood production"), with no
    other event in it: no order to the forces, borders or enforcement."""
    aims = [c for c in head.children if c.dep_ in ("acl", "xcomp", "relcl") and c.pos_ == "VERB"]
    if not aims:
        return False
    others = {t.head.i for t in sentence_triggers if t.type != "DIRECTIVE"}
    for aim in aims:
        sub = list(aim.subtree)
        if any(t.i in others for t in sub):
            return False
        if any(t.dep_ == "dobj" and t.head.i == aim.i and t.lemma_.lower() in ECONOMY for t in sub):
            return True
    return False


# verbs that end or shrink a measure ("the state of emergency was withdrawn", "scaling back its crackdowns")
ENDING_MEASURE = {"withdraw", "lift", "dismantle", "ease", "relax", "loosen", "end", "abolish", "scrap", "cancel",
                  "scale", "wind", "call"}  # fmt: skip
ENDING_PARTICLES = {"scale": ("back", "down"), "wind": ("down",), "call": ("off",)}
LEVEL_WORDS = {"level", "levels", "degree", "severity", "intensity", "standard"}
SOUTH_FORCES = ("south korea", "south korean", "seoul's", "jcs", "joint chiefs", "rok ")
FORCE_HEADS = {"military", "troops", "army", "soldiers", "forces", "marines", "navy"}
NEWS_WATCHED = {"report", "situation", "development", "news", "media", "trend", "claim", "rumor", "rumour"}
ORDERED_MEASURES = {"crackdown", "crackdowns", "clampdown", "clampdowns", "surveillance", "control", "controls"}


def _order_restated(head: Any) -> bool:
    """ "North Korea issued the order for increased surveillance" after an earlier sentence told an order: "the order"
    issued is that order told again, not a new one."""
    if head.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() not in ISSUING_VERBS:
            return False
        nouns = [c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in ORDER_NOUNS]
        if not nouns:
            return False
        noun = nouns[0]
    elif head.lemma_.lower() in ORDER_NOUNS and head.dep_ == "dobj" and head.head.lemma_.lower() in ISSUING_VERBS:
        noun = head
    else:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
        c.dep_ in ("acl", "relcl", "poss") or (c.dep_ == "amod" and c.lower_ == "following") for c in noun.children
    ):
        return False  # "were given the following warning": the order told next, not one told before
    return any(
        (t.pos_ == "NOUN" and t.lemma_.lower() in ORDER_NOUNS) or (t.pos_ == "VERB" and t.lemma_.lower() in ORDERING)
        for t in head.doc[: head.sent.start]
    )


BORDER_STATES = {"seal", "close", "shut"}


def _border_state(head: Any) -> bool:
    """ "Defection via the DMZ is rare as the border is tightly sealed": how the border is, in the present tense, not a
    closure ordered."""
    if head.lemma_.lower() not in BORDER_STATES or head.tag_ != "VBN":
        return False
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    return (
        bool(aux) and all(c.lower_ in ("is", "are") for c in aux) and not any(c.dep_ == "agent" for c in head.children)
    )


MEANS_VERBS = {"use", "employ", "wield"}
KIND_PRONOUNS = {"those", "anyone", "anybody", "everyone", "everybody", "whoever"}


ATTRIBUTIVE_PUNISHMENTS = {"education", "reeducation", "re-education", "training"}
FIRED_AT = {"upon", "on", "at", "into"}


def _punishing_a_kind(head: Any) -> bool:
    """ "ordered his security staff to hunt down and punish those who leak information": whoever does so is to be
    punished, a rule or a threat told in an order (the order is the event), no one punished yet. Nor is anyone
    punished by "fired upon" (shots), "revolutionary education sessions" (a kind of session) or a country "held
    responsible" (blame)."""
    lemma = head.lemma_.lower()
    if lemma == "fire" and any(c.dep_ in ("prep", "prt") and c.lower_ in FIRED_AT for c in head.children):
        return True  # "the commander was fired upon": shots, not a dismissal
    if lemma in ATTRIBUTIVE_PUNISHMENTS and head.dep_ == "compound":
        return True  # "revolutionary education sessions", "a labor training camp": a kind of thing, no one punished
    if lemma == "hold" and any(
        c.dep_ == "nsubjpass" and (c.ent_type_ in ("GPE", "ORG", "NORP") or c.lower_ in ("north", "pyongyang"))
        for c in head.children
    ):
        return True  # "North Korea was held responsible for the sinking": blame laid on a state
    if head.pos_ != "VERB" or not any(
        c.dep_ == "dobj" and c.lower_ in KIND_PRONOUNS and any(g.dep_ in ("relcl", "acl") for g in c.children)
        for c in head.children
    ):
        return False
    verb = head.head if head.dep_ == "conj" else head
    return is_infinitive(verb) or any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.children)


def _measure_not_told(trig: Trigger, head: Any) -> bool:
    """A crackdown or punishment trigger that tells no measure taken: a measure ended or scaled back ("the state of
    emergency was withdrawn", "scaling back its crackdowns"), one taken by South Korea's own forces ("South Korea's
    military has strengthened vigilance", "the military ... conducted tracking and surveillance," the JCS said), a
    crackdown of the kind just told ("due to such crackdowns"), the crackdown an order asks for ("ordered tighter
    crackdowns on ...": the order is the event), and a level of punishment raised (a policy)."""
    if (
        trig.type == "PUNISHMENT"
        and head.pos_ == "NOUN"
        and head.tag_ == "NNS"
        and (
            (head.dep_ == "dobj" and head.head.lemma_.lower() in MEANS_VERBS)
            or (head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lemma_.lower() == "resort")
        )
    ):
        return True  # "the authorities are using brutal punishments to ...": a means of rule, no one punished
    if (
        trig.type == "PUNISHMENT"
        and head.pos_ == "NOUN"
        and (
            (head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in TOUGHENING)
            or any(c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in TOUGHENING for c in head.children)
        )
    ):
        return True  # "has toughened punishments for defectors": a policy (the DIRECTIVE), no one punished
    if trig.type == "PUNISHMENT":
        return _punishing_a_kind(head) or bool(
            head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "of"
            and head.head.head.lower_ in LEVEL_WORDS
        )  # fmt: skip
    if trig.type != "CRACKDOWN":
        return False
    if head.lemma_.lower() in QUESTIONING_NOUNS and _questioning_of_held(head):
        return True
    if head.pos_ == "NOUN":
        if any(c.dep_ in ("amod", "det", "predet") and c.lower_ == "such" for c in head.children):
            return True  # "apparently due to such crackdowns": the measures just told, no new one
        if head.lower_ in ORDERED_MEASURES and head.dep_ == "dobj" and head.head.lemma_.lower() in ORDERING:
            return True  # "he has ordered tighter crackdowns on ...": what the order asks, not a measure taken
        if head.lower_ in ORDERED_MEASURES and _ordered_along(head):
            return True  # "ordered tighter border security and a crackdown on ...": the second thing ordered
        if head.lemma_.lower() == "effort" and _effort_asked(head):
            return True  # "urged officials to redouble efforts to crack down on ...": what the order asks
    if head.lemma_.lower() in ("monitor", "watch", "monitoring") and any(
        c.dep_ in ("dobj", "pobj", "prep")
        and (
            c.lemma_.lower() in NEWS_WATCHED
            or any(g.dep_ == "pobj" and g.lemma_.lower() in NEWS_WATCHED for g in c.children)
        )
        for c in head.children
    ):
        return True  # "the NIS is closely monitoring recent reports that ...": news followed, no one watched
    ender = head.head if head.dep_ in ("dobj", "nsubjpass") else None
    if ender is not None and ender.lemma_.lower() in ENDING_MEASURE:
        particles = ENDING_PARTICLES.get(ender.lemma_.lower())
        if particles is None or any(c.dep_ == "prt" and c.lower_ in particles for c in ender.children):
            return True
    clause = head
    for _ in range(5):
        if clause.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            break
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subj in subjects:
        own = [subj, *(t for c in subj.children if c.dep_ in ("poss", "compound", "amod") for t in c.subtree)]
        words = " ".join(t.lower_ for t in sorted(own, key=lambda t: t.i)) + " "
        if any(w in words for w in SOUTH_FORCES):
            return True  # "South Korea's military has strengthened vigilance in the area"
        if subj.lower_ in FORCE_HEADS and any(w in head.sent.text.lower() for w in SOUTH_FORCES):
            return True  # "The military ... conducted tracking and surveillance," the JCS said
    return False


def _ordered_along(head: Any) -> bool:
    """A measure noun joined to the object of an order ("ordered tighter border security and a crackdown on
    defectors"): what the order asks for, like the first object, not a measure taken."""
    tok = head
    for _ in range(3):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.dep_ == "dobj":
            return tok.head.lemma_.lower() in ORDERING
    return False


# verbs that ask for a measure: "urged officials to redouble efforts to crack down on ..."
ASKING_VERBS = ORDERING | {"urge", "call", "demand", "tell", "instruct", "stress", "emphasize", "emphasise"}


def _effort_asked(head: Any) -> bool:
    """ "efforts to crack down" as the object of a verb an order or a call asks for ("urged officials to step up
    efforts to crack down on ...", "called for efforts to crack down ..."): no measure taken yet."""
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "prep":
        return verb.head.lemma_.lower() in ASKING_VERBS  # "called for efforts to crack down"
    if head.dep_ != "dobj":
        return False
    if verb.lemma_.lower() in ASKING_VERBS:
        return True
    # "urged officials (at a meeting) to redouble efforts": the infinitive parsed as xcomp or advcl
    asked = verb.dep_ in ("xcomp", "ccomp") or (
        verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )
    return asked and verb.head.lemma_.lower() in ASKING_VERBS


# the questioning of people held: a step of their custody or of South Korea's screening, not a crackdown
QUESTIONING_NOUNS = {"investigation", "interrogation", "questioning", "check", "investigate", "interrogate",
                     "question"}  # fmt: skip
# South Korea's own bodies that screen arrivals ("the JCS said", "South Korean Coast Guard officers"); not its spy
# agency or government, whom the North's own crackdowns name ("residents who passed news to South Korean intelligence")
SCREENERS = re.compile(
    r"\b(?:jcs|joint chiefs|south korean (?:military|coast guard|navy|marines)|unification ministry|"
    r"ministry of unification)\b",
    re.I,
)
HELD_PEOPLE = {"man", "men", "people", "crew", "crewmen", "fishermen", "sailors", "soldiers", "defectors",
               "woman", "women", "north koreans", "koreans", "persons", "individuals"}  # fmt: skip


def _questioning_of_held(head: Any) -> bool:
    """ "Investigation of the four men took four days", "an interrogation of the six men concluded ...": the
    questioning of a group already held (told by number or as known) is a step of their custody; and an
    investigation or questioning told beside South Korea's bodies ("under investigation by intelligence
    authorities" after "detected by South Korean Coast Guard officers", "an investigation is under way," the JCS
    said) is South Korea's screening of arrivals, not a crackdown."""
    if head.pos_ == "NOUN":
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                if (
                    obj.dep_ == "pobj"
                    and obj.lower_ in HELD_PEOPLE
                    and any(
                        c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("the", "these", "those"))
                        for c in obj.children
                    )
                ):
                    return True
    if _held_group_told_before(head):
        return True
    return bool(SCREENERS.search(nlp.span_text(head.sent)))


# custody told of people: "were arrested", "detained", "caught", "in custody", "repatriated"
CUSTODY_LEMMAS = {"arrest", "detain", "catch", "apprehend", "nab", "capture", "custody", "detention", "repatriate",
                  "jail", "imprison", "arrestee", "detainee"}  # fmt: skip
HELD_PRONOUNS = {"they", "them", "those", "their"}
HELD_GROUPS = HELD_PEOPLE | {"suspects", "detainees", "couple", "pair", "trio"}
NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}


def _questioned_group(head: Any) -> list[Any]:
    """Who is questioned: the object of "questioned the five", the subject of "the two are being investigated", the
    owner of "their interrogation"."""
    if head.pos_ == "NOUN":
        return [c for c in head.children if c.dep_ == "poss"]
    passive = any(c.dep_ == "auxpass" for c in head.children)
    group = [c for c in head.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if not group and passive and head.dep_ in ("pcomp", "advcl"):
        clause = head.head.head if head.dep_ == "pcomp" else head.head  # "after being interrogated, they were sent"
        group = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return group


def _held_reference(tok: Any) -> str | None:
    """ "they", "the two", "the five North Koreans", "these men": people told before (the number word, if any, or
    ""); None for anyone else ("residents of the village", "local traders")."""
    low: str = tok.lower_
    if low in HELD_PRONOUNS:
        return ""
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet")}
    if low in NUMBER_WORDS:
        return low if dets & {"the", "these", "those", "all"} else None
    if low not in HELD_GROUPS:
        return None
    nums: list[str] = [c.lower_ for c in tok.children if c.dep_ == "nummod"]
    if dets & {"these", "those"}:
        return nums[0] if nums else ""
    if "the" in dets and nums:
        return nums[0]
    return None


def _held_group_told_before(head: Any) -> bool:
    """ "Two young women were arrested ... The two are being investigated", "... were detained on March 3.
    Officials were questioning the four men", "a coast guard official said. Authorities were questioning the five
    North Koreans": the questioning of people whose custody (or South Korea's screening of them) was told in the one
    to three sentences before is a step of that custody, not a new crackdown."""
    refs = [r for r in (_held_reference(t) for t in _questioned_group(head)) if r is not None]
    if head.pos_ == "NOUN":
        pobj = head.head if head.dep_ in ("compound", "nmod", "conj") else head
        known = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in (*head.children, *pobj.children))
        if known and pobj.dep_ == "pobj" and pobj.head.lower_ in ("during", "throughout"):
            refs.append("")  # "During the interrogation (process), the department pressured them": the known one
    if not refs:
        return False
    sent = head.sent
    told = [sent]
    for _ in range(3):
        if told[-1].start == 0:
            break
        told.append(head.doc[told[-1].start - 1].sent)
    before = told[1:]
    if not before:
        return False
    custody = any(t.lemma_.lower() in CUSTODY_LEMMAS for s in before for t in s) or any(
        SCREENERS.search(nlp.span_text(s)) for s in before
    )
    if not custody:
        return False
    number = next((r for r in refs if r), "")
    if number and number in NUMBER_WORDS:
        return any(t.lower_ == number for s in before for t in s)  # "Two ... were arrested" ... "the two"
    return True


# what people are ordered to come and see (an execution, a trial, a rally): a mobilisation, no order to the forces
ATTENDING = {"gather", "attend", "participate", "watch", "witness", "assemble"}


def _mobilised_to_attend(head: Any) -> bool:
    """ "handed down an order for people to gather at the airfield", "were ordered to participate in the public
    execution": people called to watch, not an order about forces, borders or enforcement."""
    holders = [head, *(c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in ORDER_NOUNS)]
    aims = [c for h in holders for c in h.children if c.dep_ in ("xcomp", "acl", "relcl", "advcl") and c.pos_ == "VERB"]
    return bool(aims) and all(a.lemma_.lower() in ATTENDING and is_infinitive(a) for a in aims)


def _address_unit(head: Any) -> bool:
    """ "Songbong-dong 16-ban", "47 ban": a neighbourhood unit (inminban) in an address, no ban."""
    if head.lower_ != "ban" or head.i == 0:
        return False
    prev = head.doc[head.i - 1]
    if prev.text in ("-", "‐", "‑") and head.i > 1:
        prev = head.doc[head.i - 2]
    return bool(prev.like_num)


BACKGROUND_MARKS = {"after", "since"}
ONE_PERSON = {"he", "she", "him", "her", "man", "woman", "boy", "girl", "person", "resident", "soldier", "guard"}


def _order_as_background(head: Any) -> bool:
    """ "caught soon after the border was ordered closed", "months after the border was closed": a closure with no one
    who ordered it, told as the time of something else, not an order told."""
    clause = head.head if head.dep_ in ("oprd", "xcomp", "acomp") else head
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in clause.children):
        return False
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    return passive and not any(c.dep_ == "agent" for c in clause.children)


def _warned_one(head: Any) -> bool:
    """ "The man was warned by local officials to stop", "warned him to stay away": a warning to one person, no
    policy."""
    if head.lemma_.lower() != "warn" or head.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        (c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and c.pos_ == "PRON"))
        and c.lower_ in ONE_PERSON
        and c.tag_ != "NNS"
        for c in head.children
    )


def _standing_offer(head: Any) -> bool:
    """ "Border guards who catch defectors are offered rewards", "the ministry offers rewards to citizens who report
    them": a practice told in the present, not a reward announced."""
    if head.lemma_.lower() != "offer" or head.pos_ not in ("VERB", "AUX"):
        return False
    if head.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in head.children)


LINE_WARNINGS = {"shot", "broadcast", "message", "signal"}


def _warning_at_the_line(head: Any) -> bool:
    """ "issued warnings and fired warning shots": warnings broadcast at soldiers crossing a line, not an order."""
    if head.lemma_.lower() not in ("warn", "warning") and not any(
        c.dep_ == "dobj"
        and (c.lemma_.lower() == "warning" or any(g.dep_ == "compound" and g.lower_ == "warning" for g in c.children))
        for c in head.children
    ):
        return False
    return any(
        t.lower_ == "warning" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lemma_.lower() in LINE_WARNINGS
        for t in head.sent
    )  # "issued warning broadcasts, but the vessel crossed the line"


# verbs that make a punishment harsher: a policy changed ("has toughened punishments for defectors")
TOUGHENING = {"toughen", "stiffen", "strengthen", "harden", "increase", "raise"}
# people who hand no orders of the state ("on instructions from his aunt in China")
PRIVATE_SENDERS = {"aunt", "uncle", "mother", "father", "brother", "sister", "wife", "husband", "son", "daughter",
                   "relative", "cousin", "friend", "broker", "family", "grandmother", "grandfather", "parent",
                   "acquaintance", "client", "customer", "employer", "nephew", "niece", "boyfriend",
                   "girlfriend"}  # fmt: skip


def _order_obeyed(head: Any) -> bool:
    """An order noun told as the cause of what someone did ("removed from the venue, following orders from the
    Marshal", "others act on direct orders from officers"): an order obeyed, not one told as given."""
    if head.dep_ != "pobj" or any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in head.children):
        return False
    prep = head.head
    if prep.lower_ == "following":
        return True  # "following orders from": obeying them ("following an order from ..." tells when)
    return prep.lower_ in ("on", "upon") and prep.head.lemma_.lower() == "act"


def _private_sender(head: Any) -> bool:
    """ "on instructions from his aunt in China": an order from a private person, no authority."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "by"):
            if any(o.dep_ == "pobj" and o.lemma_.lower() in PRIVATE_SENDERS for o in prep.children):
                return True
    return any(c.dep_ == "poss" and c.lemma_.lower() in PRIVATE_SENDERS for c in head.children)


# the public, asked to watch for someone: an appeal, no search by the forces
PUBLIC = {"resident", "people", "citizen", "public", "villager", "local", "inhabitant", "population", "household",
          "family", "neighbor", "neighbour"}  # fmt: skip
APPEALING = {"urge", "ask", "tell", "call", "warn", "order", "instruct", "appeal", "request", "encourage", "direct"}


def _public_asked_to_watch(head: Any) -> bool:
    """ "Officials urged residents to be on the lookout for the escapees", "residents were told to watch for him":
    the public asked to look out (the appeal is the order, if any), not a search by the forces."""
    tok = head
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        up = tok.head
        if up.lemma_.lower() in APPEALING and up.pos_ in ("VERB", "AUX") and tok.dep_ in ("xcomp", "ccomp", "advcl"):
            return any(
                c.dep_ in ("dobj", "nsubjpass", "dative") and c.lemma_.lower() in PUBLIC for c in up.children
            ) or any(
                c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in PUBLIC for o in c.children)
                for c in up.children
                if c.lower_ == "on"
            )  # "called on residents to watch for"
        tok = up
    return False


# the groups an authority's words can order about ("told residents to report anyone who ...", "urged traders to ...")
ADDRESSED_GROUPS = PUBLIC | {"unit", "trader", "merchant", "soldier", "guard", "troop", "officer", "official",
                             "cadre", "agent", "worker", "smuggler", "member", "student", "company",
                             "post"}  # fmt: skip


# words that order; "urged", "asked" or "appealed to" residents from officials is a request (TAXONOMY: REQUEST)
GROUP_ORDERING = {"tell", "call", "demand", "order", "instruct", "warn"}


def told_to_a_group(head: Any) -> bool:
    """A speech verb of ordering ("told", "called on", "demanded") with a group as its addressee and something to do
    ("Officials told residents to report anyone who tries to cross", "police told traders to stop ..."): an order
    to many, which officials, cadres, agents or police can give, unlike a word to one person ("an official told him
    to leave"), a statement to the press ("told Daily NK") or an appeal ("officials urged residents to ...")."""
    lemma = head.lemma_.lower()
    if lemma not in GROUP_ORDERING or head.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(head.children)
    groups = [c for c in kids if c.dep_ in ("dobj", "dative") and c.lemma_.lower() in ADDRESSED_GROUPS]
    if lemma == "call":  # "called on residents to ..."
        groups += [
            o for c in kids if c.dep_ == "prep" and c.lower_ == "on"
            for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in ADDRESSED_GROUPS
        ]  # fmt: skip
    if not any(g.tag_ == "NNS" or g.lemma_.lower() in ("public", "population", "people") for g in groups):
        return False
    return any(c.dep_ == "xcomp" for c in kids) or any(
        c.dep_ == "xcomp" for g in groups for c in g.children
    )  # "called on residents to ...": the infinitive may hang on the group


BANNING = {"ban", "prohibit", "forbid", "restrict", "bar"}


def _standing_ban(head: Any) -> bool:
    """ "Hyesan currently bans any outsiders from entering the city", "a law which forbids visiting the North": a rule
    in force, told as the present state of things, not a ban handed down."""
    if head.lemma_.lower() not in BANNING or head.tag_ not in ("VBZ", "VBP"):
        return False
    return head.dep_ == "relcl" or any(c.dep_ == "advmod" and c.lower_ in ("currently", "still") for c in head.children)


TOLD_ORDERS = ORDER_NOUNS | {"notice", "announcement", "document", "order"}


def _order_content_told(head: Any) -> bool:
    """ "The order designated areas near the border 'strict security zones' and stated that ...": what an order told
    before says, its content (the order is the event), not a new order."""
    if head.pos_ not in ("VERB", "AUX"):
        return False
    verb = head
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "The order designated ... and banned ...": the subject of the first verb
    return any(
        c.dep_ == "nsubj"
        and c.lemma_.lower() in TOLD_ORDERS
        and any(g.dep_ in ("det", "poss") and g.lower_ in ("the", "this", "that", "its", "their") for g in c.children)
        for c in verb.children
    )
