"""Crossings and flights (DEFECTION, DESERTION, OTHER) and wire-report wording that tell no incident: plans,
wishes, habits, returns at sea, South Korea's own procedures.
"""

from __future__ import annotations

import re
from typing import Any

from sitreps import nlp
from sitreps.extract.cues import EXECUTION_CONTEXT
from sitreps.extract.events import Trigger
from sitreps.extract.modality import is_infinitive, is_purpose
from sitreps.extract.rules.shared import FORCED, FOREIGN_RETURNERS, INQUIRY, sea_return_story
from sitreps.model import Actor

QUESTIONING = {"question", "questioning", "interrogate", "interrogation", "debrief", "debriefing"}
# South Korea's screening of arrivals is no enforcement incident ("being questioned by the NIS")
SCREENING_BODIES = ("intelligence service", "nis", "unification", "joint chiefs", "jcs", "south korean", "seoul")
# the same, as whole words ("nis" is no body inside "ministry" or "punished", so the Ministry of State Security's
# inquiries are kept), with Seoul's defense ministry that the substring used to catch
SCREENING_RE = re.compile(
    r"\b(?:"
    + "|".join((*SCREENING_BODIES, "defense ministry", "defence ministry", "ministry of national defense"))
    + r")\b"
)
WH_MARKS = {"whether", "if"}
CLAIMS = {"report", "claim", "information", "account", "story", "rumor", "rumour", "allegation"}
LEAVING = {"defect", "defection", "flee", "escape", "surrender", "asylum", "defector", "desert"}
# what is "executed" when no one is put to death
EXECUTED_THINGS = {"procedure", "plan", "order", "operation", "task", "mission", "policy", "strategy", "directive",
                   "project", "maneuver", "manoeuvre", "drill", "duty", "contract", "program", "programme"}  # fmt: skip


def _asks_whether(verb: Any) -> bool:
    """An inquiry into whether a report or claim is true ("is investigating whether the report is correct"):
    checking news, no crackdown on anyone."""
    for c in verb.children:
        if c.dep_ == "ccomp" and any(m.lower_ in WH_MARKS for m in c.children if m.dep_ in ("mark", "advmod")):
            if any(n.dep_.startswith("nsubj") and n.lemma_.lower() in CLAIMS for n in c.children):
                return True
    return False


RECORDINGS = {"camera", "cameras", "video", "film", "tape", "cctv", "footage", "photo", "photos", "radar"}


def _on_record(head: Any) -> bool:
    """ "caught on camera", "caught on video": recorded, not arrested."""
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.lower_ in RECORDINGS for g in c.children)
        for c in head.children
    )


HYPOTHESES = {"possibility", "likelihood", "hypothesis", "theory"}


def _hypothesis_checked(head: Any) -> bool:
    """An inquiry into a possibility ("are looking into the possibility that the men drifted", "investigating the
    possibility of a defection"): checking what may have happened, no crackdown on anyone."""
    objects = [c for c in head.children if c.dep_ == "dobj"]
    objects += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children]
    return any(o.lemma_.lower() in HYPOTHESES for o in objects)


VERIFYING = {"verify", "confirm", "corroborate"}


def _unverified_report(head: Any) -> bool:
    """The event inside what "could not be verified" ("the latest claim of the North's public executions could
    not be independently verified", "reports of the arrests could not be confirmed"): wire copy's caveat on a
    report it has told, no incident of its own."""
    tok = head
    for _ in range(4):
        if tok.dep_ not in ("pobj", "prep", "compound", "nmod", "conj") or tok.head.i == tok.i:
            break
        tok = tok.head
    verb = tok.head
    return tok.dep_ == "nsubjpass" and verb.lemma_.lower() in VERIFYING and any(c.dep_ == "neg" for c in verb.children)


def wire_non_incident(trig: Trigger, head: Any, actors: list[Actor]) -> bool:
    """Wire-report wording that tells no incident of its own (found on Yonhap, Reuters and AFP reports)."""
    lemma = head.lemma_.lower()
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
        return True  # "according to the investigation": a source, not an event
    if trig.type == "ARREST" and lemma == "catch" and _on_record(head):
        return True  # "was caught on camera crossing the river": filmed, not taken into custody
    if trig.type == "CRACKDOWN" and _hypothesis_checked(head):
        return True  # "investigators are looking into the possibility that they drifted": a hypothesis checked
    if head.pos_ == "NOUN" and _unverified_report(head):
        return True  # "the claim of the executions could not be independently verified": the report, told before
    if (
        trig.type == "CRACKDOWN"
        and lemma in INQUIRY
        and head.pos_ == "VERB"
        and any(c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in CLAIMS for c in head.children)
    ):
        return True  # "their claim for asylum was being investigated": a claim checked, no crackdown
    if trig.type == "CRACKDOWN" and (lemma in INQUIRY or lemma in QUESTIONING) and _seoul_procedure(head, actors):
        return True  # "relevant authorities will investigate", "the man was under investigation", "During the probe"
    if trig.type == "CRACKDOWN" and (lemma in INQUIRY or lemma in QUESTIONING) and _joint_screening(head):
        return True  # "the results of the joint interrogation", "plans a joint investigation": Seoul's screening
    if trig.type == "CRACKDOWN" and lemma in INQUIRY:
        if any(SCREENING_RE.search(a.text.lower()) for a in actors):
            return True  # "South Korean authorities took the boat for investigation": Seoul's screening
        verb = head
        for _ in range(5):  # "took the boat to a port for investigation": the clause that holds the inquiry
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and head.pos_ == "NOUN" and SCREENING_RE.search(" ".join(t.lower_ for t in subj.subtree)):
            return True
        if _asks_whether(verb):
            return True  # "is investigating whether the report is correct": checking the news
    if (
        trig.type == "DIRECTIVE"
        and lemma == "tell"
        and any(
            c.dep_ == "ccomp" and any(n.dep_ == "nsubj" and c.i < n.i < head.i for n in head.children)
            for c in head.children
        )
    ):
        return True  # '"... will be returned," the ministry told reporters': a quotation attributed
    if trig.type == "PUNISHMENT" and lemma == "execute" and head.pos_ == "VERB":
        objs = [c for c in head.children if c.dep_ == "dobj"]
        if objs and all(o.lemma_.lower() in EXECUTED_THINGS for o in objs):
            return True  # "before executing a routine guidance procedure": a procedure carried out
    return False


# South Korea's usual wording for its own screening bodies ("related agencies will question him")
SEOUL_BODIES = ("related agencies", "relevant agencies", "related authorities", "relevant authorities",
                "related government agencies", "relevant government agencies")  # fmt: skip
REFERENCE_PREPS = {"during", "after", "following", "throughout"}
ORDER_HEADS = {"order", "orders", "directive", "instruction", "instructions", "policy", "rule", "zone", "command"}
TOUGHENING = {"toughen", "strengthen", "tighten", "harden", "stiffen", "intensify", "increase", "raise", "step",
              "reinforce", "introduce", "impose"}  # fmt: skip
SHOTS = {"shot", "shots", "round", "rounds", "bullet", "bullets", "missile", "missiles", "gun", "guns", "salvo",
         "volley", "artillery", "shell", "shells", "rocket", "rockets", "fire"}  # fmt: skip
ABSTRACT_HOLDERS = {"root", "roots", "cause", "causes", "source", "sources", "seed", "seeds", "problem", "issue",
                    "threat", "risk", "spirit", "idea", "thought", "culture"}  # fmt: skip
BLAME_WORDS = {"responsible", "accountable", "blame", "blamed", "liable"}
RESCUING = {"help", "aid", "assist", "let", "allow", "enable", "facilitate"}


def _seoul_procedure(head: Any, actors: list[Actor]) -> bool:
    """South Korea's handling of an arrival, told in wire copy: "relevant authorities will investigate", "a
    questioning will be conducted by related agencies", "defected ... and was under investigation", "During the
    investigation, the crew told ..."."""
    clause = head
    for _ in range(4):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    words = " ".join(t.lower_ for t in clause.subtree)
    if any(b in words for b in SEOUL_BODIES) or any(any(b in a.text.lower() for b in SEOUL_BODIES) for a in actors):
        return True
    if (
        head.pos_ == "NOUN"
        and any(
            c.dep_ == "prep"
            and c.lower_ in ("over", "into", "about")
            and any(g.lemma_.lower() in LEAVING for g in c.children)
            for c in head.children
        )
        and SCREENING_RE.search(nlp.span_text(head.sent).lower())
    ):
        return True  # "taken into custody by South Korean guards, he would face an investigation over his defection"
    if head.pos_ != "NOUN" or head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ in REFERENCE_PREPS and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return bool(clause.dep_ == "ROOT" and prep.head.i == clause.i and prep.i < clause.i)  # "During the probe, ..."
    # "defected to a South Korean island ... and was under investigation": the screening of the arrival
    return prep.lower_ == "under" and clause.dep_ == "conj" and clause.head.lemma_.lower() in LEAVING


def _joint_screening(head: Any) -> bool:
    """South Korea's "joint investigation" (or interrogation) of an arrival by its intelligence service, military
    and police: a noun with "joint" in a report that names Seoul's screening bodies and no North Korean body in
    the sentence (a "joint inspection" by the MSS and the police is a crackdown)."""
    if head.pos_ != "NOUN" or not any(c.dep_ in ("amod", "compound") and c.lower_ == "joint" for c in head.children):
        return False
    sent = nlp.span_text(head.sent).lower()
    if any(b in sent for b in NORTH_BODIES):
        return False
    return bool(SCREENING_RE.search(nlp.full_text(head.doc).lower()))


# North Korea's own enforcement bodies, named in a sentence that tells their joint inquiry
NORTH_BODIES = ("state security", "mss", "people's security", "public security", "prosecutor", "bowibu",
                "inspection team", "grouppa", "gruppa", "party", "north korean authorities")  # fmt: skip


CRIMES = {"murder", "kill", "killing", "rob", "robbery", "rape", "stab", "stabbing", "assault", "homicide", "beat",
          "beating", "violence", "attack"}  # fmt: skip
PENALISING = {"execute", "sentence", "punish", "shoot", "hang", "execution", "convict", "charge",
              "accuse", "try", "arrest", "detain", "guilty", "death", "punishment"}  # fmt: skip
CHARGE_PREPS = {"for", "of", "with", "over"}


def _crime_charged(head: Any) -> bool:
    """A crime told only as what someone was punished for: "executed for having committed a murder-robbery",
    "charged with murder", or "the man executed was a farmer who had killed ..." (a pluperfect relative clause on
    someone whose execution the sentence or the two before tell)."""
    if head.lemma_.lower() not in CRIMES and head.lower_ not in CRIMES:
        return False
    tok = head
    for _ in range(5):
        if tok.dep_ == "prep" and tok.lower_ in CHARGE_PREPS and tok.head.lemma_.lower() in PENALISING:
            return True  # "executed for (having committed) murder", "accused of killing"
        if tok.dep_ == "relcl":
            if not any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children):
                return False
            told = head.sent
            for _ in range(2):  # "Two were executed. The first was a man who had ... The second was a woman who had"
                if told.start == 0:
                    break
                told = told.doc[told.start - 1].sent
            return bool(EXECUTION_CONTEXT.search(nlp.full_text(head.doc)[told.start_char : head.sent.end_char]))
        if tok.dep_ not in ("xcomp", "pcomp", "pobj", "dobj", "prep", "compound", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def wire_dropped(trig: Trigger, head: Any, sentence_triggers: list[Trigger]) -> bool:
    """Triggers in wire and analysis copy that tell no incident: the weapon in an order ("shoot-to-kill orders"),
    a killing told as the executions it was, a punishment made tougher (a policy), shots "fired" (no dismissal),
    the offence someone is blamed or punished for (rule 5), a pursuit that is the shooting's circumstance, an
    abstraction ("the roots of defection")."""
    lemma = head.lemma_.lower()
    if trig.type == "VIOLENCE":
        tok = head
        for _ in range(3):
            if tok.dep_ not in ("compound", "amod", "nmod", "dobj", "npadvmod", "punct") or tok.head.i == tok.i:
                break
            tok = tok.head
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in ORDER_HEADS and tok.i > head.i:
                return True  # "shoot-to-kill orders": the order is the event
        if lemma in ("kill", "murder") and any(
            t.type == "PUNISHMENT"
            and t.head.lemma_.lower() == "execution"
            and t.head.dep_ == "pobj"
            and t.head.head.lower_ in ("in", "as", "amid")
            for t in sentence_triggers
        ):
            return True  # "has killed 15 officials ..., in the latest executions": the executions are the event
        if _shooting_ordered(head) or _shot_as_executed(head) or _violence_wondered(head):
            return True  # "they are to be shot on the spot"; "the nine were then shot to death" (the execution)
        if _crime_charged(head):
            return True  # "executed for having committed a murder-robbery": the charge, told with its penalty
        if _violence_feared(head):
            return True  # "where they may face torture", "could be undergoing torture": a feared fate, none told
        if _hurt_by_mishap(head, sentence_triggers):
            return True  # "killed in a mine collapse", "a passenger was injured" after a crash: no one attacked
    if trig.type == "PUNISHMENT" and head.pos_ == "NOUN" and lemma in ("punishment", "penalty", "sentence"):
        obj = head
        while obj.dep_ == "conj" and obj.head.pos_ == "NOUN":
            obj = obj.head
        if obj.dep_ == "dobj" and obj.head.lemma_.lower() in TOUGHENING:
            return True  # "toughening border controls and punishment for escape attempts": a policy
    if (
        trig.type == "PUNISHMENT"
        and lemma == "fire"
        and any(c.dep_ in ("nsubjpass", "dobj", "nsubj") and c.lemma_.lower() in SHOTS for c in head.children)
    ):
        return True  # "warning shots being fired from the South": gunfire, no one dismissed
    if (
        trig.type == "PUNISHMENT"
        and lemma == "fire"
        and head.dep_ in ("acl", "relcl")
        and (head.head.lemma_.lower() in SHOTS)
    ):
        return True
    if trig.type in ("DEFECTION", "SMUGGLING") and _blamed_for(head, sentence_triggers):
        return True
    if (
        trig.type == "ARREST"
        and head.dep_ == "conj"
        and is_purpose(head.head)
        and any(t.head.i == head.head.i and t.type in ("ARREST", "SEARCH") for t in sentence_triggers)
    ):
        return True  # "sent a team to arrest and repatriate defectors": the aim, like the "arrest" it joins
    if (
        trig.type == "SEARCH"
        and lemma in ("pursue", "chase")
        and head.dep_ == "pcomp"
        and (
            head.head.lower_ in ("after", "while")
            and any(t.type in ("VIOLENCE", "ARREST") and t.head.i == head.head.head.i for t in sentence_triggers)
        )
    ):
        return True  # "shot dead five refugees after pursuing them across the frontier": the chase ends in the shots
    if trig.type == "SEARCH" and head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ in ("in", "during"):
        if lemma in ("pursuit", "chase") and any(
            t.type in ("VIOLENCE", "ARREST") and t.head.i > head.i for t in sentence_triggers
        ):
            return True  # "in a rare cross-border pursuit, shot dead five defectors": how the shooting came about
    abstract = head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in ABSTRACT_HOLDERS
    # "to dig out the roots of defection": the activity at large
    return (
        trig.type in ("DEFECTION", "DESERTION", "SMUGGLING")
        and head.pos_ == "NOUN"
        and abstract
        and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)
    )


def _blamed_for(head: Any, sentence_triggers: list[Trigger]) -> bool:
    """The offence someone is blamed or punished for, reached through helping verbs ("tortured for smuggling and
    aiding others in fleeing", "those responsible for letting the man cross the border"): a charge (rule 5)."""
    sanctions = {t.head.i for t in sentence_triggers if t.type in ("ARREST", "PUNISHMENT", "VIOLENCE")}
    tok = head
    helped = False
    for _ in range(7):
        if tok.head.i == tok.i:
            return False
        parent = tok.head
        if parent.lemma_.lower() in RESCUING:
            helped = True
            if (
                parent.tag_ == "VBG"
                and parent.dep_ == "conj"
                and parent.head.i in sanctions
                and any(c.dep_ == "prep" and c.lower_ == "for" for c in parent.head.children)
            ):
                return True  # "tortured for smuggling activities and aiding others in fleeing", parsed flat
        if parent.dep_ == "prep" and parent.lower_ == "for" and tok.dep_ in ("pobj", "pcomp"):
            grand = parent.head
            return bool(grand.lower_ in BLAME_WORDS or (helped and grand.i in sanctions))
        if tok.dep_ in ("relcl", "ROOT") or (
            tok.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "nsubj" for c in tok.children)
        ):
            return False
        tok = parent
    return False


# verbs that draw others into leaving: "inducing citizens to defect" tells a lure, no one leaving
INDUCING = {"induce", "lure", "entice", "encourage", "persuade", "tempt", "incite", "coax", "instigate", "urge"}
# verbs a source speaks with: "who defected five years ago, told RFA" is who the source is
SOURCE_SPEECH = {"tell", "say", "explain", "add", "recall", "testify", "note", "describe", "confirm"}
# what is kept from happening: "to discourage others from trying to slip across", "to prevent defections"
PREVENTING = {"discourage", "deter", "prevent", "stop", "dissuade", "bar", "ban", "prohibit", "stem", "curb", "block"}
# a leaving feared or suspected at large: "suspecting defections", "concerned over possible mass defections"
SUSPICION_HOLDERS = {"suspect", "fear", "concern", "concerned", "worry", "worried", "suspicion", "anxiety", "alarm"}
FIRSTS = {"first", "second", "third", "latest", "last"}
LEAVING_TYPES = ("DEFECTION", "DESERTION")


def _source_who_left(head: Any) -> bool:
    """ "The woman, who defected to South Korea five years ago, told RFA ...": the source's own flight says who
    the source is, no incident of the report."""
    clause = head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl") or head.tag_ not in ("VBD", "VBN"):
        return False
    person = clause.head
    for _ in range(3):
        if person.dep_ in ("nsubj", "nsubjpass"):
            # "A soldier deserted on May 2, a source said" parsed with "deserted" under "soldier": the speech verb
            # has another subject, the source, and the soldier is not who speaks
            return person.head.lemma_.lower() in SOURCE_SPEECH and not any(
                c.dep_ == "nsubj" and c.i != person.i for c in person.head.children
            )
        if person.dep_ == "pobj" and person.head.dep_ == "prep":
            person = person.head  # "a man from Musan, who fled ...": the clause hung on the place
        elif person.dep_ not in ("appos", "conj") or person.head.i == person.i:
            return False
        person = person.head
    return False


def _first_since(head: Any) -> bool:
    """ "This is the first time a soldier has defected since August last year", "the first such defection since
    2017": the incident already told, set against the last one."""
    if head.dep_ in ("relcl", "acl") and head.head.lower_ == "time":
        return any(c.dep_ == "amod" and c.lower_ in FIRSTS for c in head.head.children)
    return (
        head.pos_ == "NOUN"
        and any(c.dep_ == "amod" and c.lower_ in FIRSTS for c in head.children)
        and any(t.lower_ == "since" for t in head.subtree)
    )


def _kept_from(head: Any) -> bool:
    """A leaving that a measure keeps people from ("to discourage others from trying to slip across the border",
    "to prevent people from crossing", "to stem defections"): an aim, no incident."""
    if head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.lemma_.lower() in PREVENTING:
        return True
    tok = head
    for _ in range(3):
        if tok.dep_ == "pcomp" and tok.head.lower_ == "from":
            return tok.head.head.lemma_.lower() in PREVENTING
        if _listed_after_kept(tok):
            return True
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _listed_after_kept(tok: Any) -> bool:
    """ "implemented to prevent people from crossing into China, defect across the border, or engage in
    smuggling": a later item of the list kept from, hung by the parser on the main verb as a clause of its own
    (no subject, no "to"), after the "prevent ... from" it continues."""
    if tok.dep_ != "advcl" or tok.tag_ not in ("VB", "VBG"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in tok.children):
        return False
    if tok.i == 0 or tok.doc[tok.i - 1].lower_ not in (",", "or", "and"):
        return False
    return any(
        sib.i < tok.i
        and sib.dep_ in ("xcomp", "advcl")
        and sib.lemma_.lower() in PREVENTING
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in sib.children)
        for sib in tok.head.children
    )


def _suspected_at_large(head: Any) -> bool:
    """ "suspecting defections", "concerned over possible mass defections": leavings at large that someone
    fears or suspects, no incident (a case feared of someone named is kept, as uncertain)."""
    if head.pos_ != "NOUN" or not head.tag_.endswith("S"):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    if any(c.dep_ == "amod" and c.tag_ == "VBG" and c.lemma_.lower() in SUSPICION_HOLDERS for c in head.children):
        return True  # "put on alert, suspecting defections", parsed with the participle on the noun
    gov = head.head
    if head.dep_ == "pobj" and gov.lower_ in ("over", "about", "of"):
        gov = gov.head
    elif head.dep_ != "dobj":
        return False
    return gov.lemma_.lower() in SUSPICION_HOLDERS or gov.lower_ in SUSPICION_HOLDERS


FACING = {"face", "risk"}
# a condition of being sent back or caught: what would follow is a fear voiced for people ("if repatriated")
RETURN_CONDITIONS = {"repatriate", "return", "send", "deport", "catch", "arrest", "capture", "hand", "force"}


def _feared_if(head: Any) -> bool:
    """What people would face if something happened to them ("they will face persecution if repatriated", "could
    face execution if sent back"): a fear voiced for them, neither the condition nor the outcome is an incident."""
    tok = head
    for _ in range(4):
        if tok.dep_ == "advcl" and tok.head.lemma_.lower() in FACING:
            return tok.lemma_.lower() in RETURN_CONDITIONS and any(
                c.dep_ == "mark" and c.lower_ == "if" for c in tok.children
            )
        if tok.lemma_.lower() in FACING and tok.pos_ == "VERB":
            return any(
                c.dep_ == "advcl"
                and c.lemma_.lower() in RETURN_CONDITIONS
                and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
                for c in tok.children
            )
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def move_not_told(trig: Trigger, head: Any) -> bool:
    """Leavings that tell no incident: a lure ("inducing citizens to defect"), the source's own past flight,
    a restatement set against the last case ("the first time ... since"), an aim ("to discourage others from
    trying to cross"), leavings at large suspected or feared ("suspecting defections")."""
    if _feared_if(head):
        return True
    if trig.type in ("DEFECTION", "SMUGGLING") and _assisted_activity(head):
        return True
    if trig.type not in LEAVING_TYPES:
        return False
    if head.dep_ in ("xcomp", "ccomp") and head.head.lemma_.lower() in INDUCING:
        return True
    if _could_move(head) or _leaving_at_large(head) or _own_leaving_recalled(head) or _named_as_example(head):
        return True
    if _many_have_left(head):
        return True
    if _arrivals_surveyed(head) or (trig.type == "DEFECTION" and _return_trip(head)) or _cumulative_count(head):
        return True
    if trig.type == "DEFECTION" and (_arrival_without_wish(head) or _later_step(head) or _other_way_out(head)):
        return True
    if trig.type == "DEFECTION" and _arrival_guessed(head):
        return True
    if trig.type == "DEFECTION" and (_toward_north(head) or _willing_known(head) or _asked_to_stay(head)):
        return True
    return _source_who_left(head) or _first_since(head) or _kept_from(head) or _suspected_at_large(head)


# verbs of a way out offered as the other choice ("planned to defect to the South, or escape to China")
WAYS_OUT = {"defect", "flee", "escape", "cross", "go", "head", "swim", "run", "leave"}


def _other_way_out(head: Any) -> bool:
    """The second of two ways out joined by "or" ("was planning to defect to South Korea, or escape to China"):
    one leaving told with its alternative, no second defection."""
    if head.dep_ != "conj" or head.head.lemma_.lower() not in WAYS_OUT:
        return False
    first = head.head
    return any(c.dep_ == "cc" and c.lower_ == "or" and first.i < c.i < head.i for c in first.children)


# verbs of a guess about how a flight ended ("everyone assumes he made it to the South")
GUESSING = {"assume", "presume", "guess", "hope", "think", "suppose", "expect"}


def _arrival_guessed(head: Any) -> bool:
    """ "Everyone assumes he made it to the South": a guess at how a flight told before ended, no leaving of its
    own."""
    return head.lemma_.lower() in ("make", "get") and head.dep_ == "ccomp" and head.head.lemma_.lower() in GUESSING


# the North as where someone went: "crossing the border into the North", "fled back to North Korea"
NORTH_BOUND = {"into", "to"}
FROM_SOUTH = re.compile(r"\bdefectors? from (?:South Korea|the South)\b", re.I)


def _north_named(tok: Any) -> bool:
    if tok.lower_ == "north":
        return any(c.lower_ == "the" for c in tok.children)
    return tok.lower_ == "korea" and any(c.lower_ == "north" for c in tok.children)


def _toward_north(head: Any) -> bool:
    """A crossing into the North ("spotted him crossing the border into the North", "a defector from South Korea,
    who crossed the border"): someone going back or going over from the South, a line crossing (rule 10), no
    defection from North Korea."""
    if head.pos_ != "VERB":
        return False
    for c in head.children:
        if (
            c.dep_ == "prep"
            and c.lower_ in NORTH_BOUND
            and any(o.dep_ == "pobj" and _north_named(o) for o in c.children)
        ):
            return True
    return head.lemma_.lower() in ("cross", "enter") and bool(FROM_SOUTH.search(nlp.span_text(head.sent)))


WILLING = {"willing", "eager", "ready"}


def _willing_known(head: Any) -> bool:
    """ "The pair told the military that they were willing to defect": the wish of people the report has brought in,
    what their crossing was for, no defection of its own."""
    adj = head.head
    if head.lemma_.lower() != "defect" or head.dep_ != "xcomp" or adj.lower_ not in WILLING or adj.i == head.i:
        return False
    verb = adj.head if adj.dep_ == "acomp" else adj
    return any(
        c.dep_ == "nsubj"
        and (c.tag_ == "PRP" or any(d.dep_ == "det" and d.lower_ == "the" for d in c.children))
        and c.lower_ not in ("i", "we", "you")
        for c in verb.children
    )


# what an order makes of a shooting: "soldiers are required to try and kill them", "they are to be shot"
REQUIRING = {"require", "order", "instruct", "command", "direct", "authorize", "authorise", "oblige", "obligate"}


def _shooting_ordered(head: Any) -> bool:
    """Violence that an order or rule calls for ("they are to be shot on the spot", "soldiers are still required to
    try and kill them"): the order is the event, no shooting is told."""
    if head.pos_ != "VERB":
        return False
    verb = head.head if head.dep_ == "conj" and head.head.lemma_.lower() in ("try", "attempt") else head
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    gov = verb.head
    if gov.lemma_.lower() == "be" and any(c.dep_ == "auxpass" for c in head.children):
        return True  # "are to be shot": the rule's wording
    return gov.lemma_.lower() in REQUIRING and any(c.dep_ == "nsubjpass" for c in gov.children)


# an execution's wording nearby: the shooting is the execution (a PUNISHMENT), not another killing
EXECUTION_WORD = re.compile(r"\bexecut|\bfiring squad", re.I)


def _shot_as_executed(head: Any) -> bool:
    """ "The nine were then immediately shot to death", told among the sentences on a public execution: the way
    they were executed, no killing of its own."""
    if head.lemma_.lower() != "shoot" or not any(c.dep_ == "auxpass" for c in head.children):
        return False
    if not any(
        (c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ == "death" for o in c.children)) or c.lower_ == "dead"
        for c in head.children
    ):
        return False
    if any(c.dep_ in ("advcl", "prep") and c.lower_ in ("while", "when", "as", "during") for c in head.children):
        return False
    if any(c.dep_ == "advcl" for c in head.children):
        return False  # "shot dead while crossing", "when they tried to flee": a shooting at the border
    doc, sent = head.doc, head.sent
    lo = doc[max(sent.start - 1, 0)].sent
    for _ in range(2):
        if lo.start == 0:
            break
        lo = doc[lo.start - 1].sent
    hi = doc[min(sent.end, len(doc) - 1)].sent
    return bool(EXECUTION_WORD.search(nlp.full_text(doc)[lo.start_char : hi.end_char]))


def _violence_wondered(head: Any) -> bool:
    """ "uncertainty over whether the border patrols would actually fire on those crossing": a question about what
    guards might do, no shooting told."""
    return (
        head.pos_ == "VERB"
        and any(c.dep_ == "mark" and c.lower_ == "whether" for c in head.children)
        and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might") for c in head.children)
    )


# mishaps that kill or hurt with no attacker ("killed in a mine collapse", "injured when the truck overturned")
HARM_VERBS = {"kill", "injure", "wound"}
MISHAPS = re.compile(
    r"\baccident|\bcollaps|\bexplo|\bblast\b|\bflood|\blandslide|\bcrash|\boverturn|\bskid|\bderail|"
    r"\bcave-in|\bavalanche|\btyphoon|\bfire broke out|\bcaught fire",
    re.I,
)


def _hurt_by_mishap(head: Any, sentence_triggers: list[Trigger]) -> bool:
    """Someone killed or hurt in a mishap ("three miners were killed in a collapse", "a passenger in the vehicle was
    injured" after the car overturned): a passive with no doer, the mishap named in its sentence or the one
    before, and no other violence in the sentence."""
    if head.lemma_.lower() not in HARM_VERBS or head.pos_ != "VERB":
        return False
    if not any(c.dep_ == "auxpass" for c in head.children) and head.dep_ not in ("conj", "acl"):
        return False
    if any(c.dep_ == "agent" for c in head.children):
        if not any(MISHAPS.search(t.lower_) for c in head.children if c.dep_ == "agent" for t in c.subtree):
            return False  # "killed by soldiers": a doer named
    if any(t.type == "VIOLENCE" and t.head.lemma_.lower() not in HARM_VERBS for t in sentence_triggers):
        return False
    doc, sent = head.doc, head.sent
    before = doc[sent.start - 1].sent if sent.start > 0 else sent
    return bool(MISHAPS.search(nlp.full_text(doc)[before.start_char : sent.end_char]))


SPECULATING = {"may", "might", "could"}
SUFFERING = {"face", "suffer", "undergo", "endure", "experience", "risk"}


def _violence_feared(head: Any) -> bool:
    """Violence someone may suffer, told with "may", "might" or "could" ("they may face persecution, including
    torture", "those arrested could be undergoing torture", "could be beaten"): a fate feared, no violence told;
    "could have been beaten" looks back and stays, and "may try to rob" is a fear about what someone does."""
    tok = head
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.dep_ not in ("dobj", "pobj", "prep", "conj", "appos") or tok.head.i == tok.i:
            return False
        tok = tok.head
    suffered = tok.lemma_.lower() in SUFFERING or any(c.dep_ == "auxpass" for c in tok.children)
    if not suffered:
        return False  # "may try to rob residents": what a known man may do, a fear about him
    verbs = [tok]
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        verbs.append(tok.head)  # "could be interrogated and undergoing torture": the modal is shared
    auxes = [c for v in verbs for c in v.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lower_ in SPECULATING for a in auxes) and not any(a.lower_ == "have" for a in auxes)


# verbs of helping others on their way: "assisting defections", "facilitate smuggling and river crossings"
ASSISTING = {"assist", "facilitate", "aid", "abet", "enable", "organize", "organise", "arrange", "broker"}


def _assisted_activity(head: Any) -> bool:
    """A bare activity noun that someone assists or facilitates ("charges of assisting defections and smuggling",
    "those who take money to facilitate smuggling, river crossings and defections"): what they do at large, a charge
    or a kind (rule 5), no incident; "facilitated the defection of a family" names one."""
    if head.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    tok = head
    while tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        tok = tok.head
        if any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
            return False
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in ASSISTING


# the arrival of defectors described, not told: "interviews with 186 defectors who arrived between 2014 and 2015"
ARRIVALS = {"arrive", "come", "reach", "enter", "settle"}
ARRIVED = {"defector", "refugee", "escapee"}
SURVEYS = {"interview", "survey", "testimony", "poll", "study", "questionnaire", "research", "report", "data"}


def _arrivals_surveyed(head: Any) -> bool:
    """Defectors described by when they reached the South ("interviews with 186 North Korean defectors who arrived in
    South Korea between late 2014 and last year"): who was asked, or a span of years, no flight of the report."""
    if head.lemma_.lower() not in ARRIVALS or head.dep_ != "relcl" or head.head.lemma_.lower() not in ARRIVED:
        return False
    if head.head.tag_ != "NNS":
        return False
    if any(t.lower_ in ("between", "since") for t in head.subtree):
        return True
    return any(a.lemma_.lower() in SURVEYS for a in list(head.head.ancestors)[:4])


STAYING = {"stay", "remain"}
# what someone who has arrived asks for: "told a Marine that he wanted to stay in the South"
STAY_WISHES = {"want", "ask", "wish", "hope", "request", "seek", "desire", "intend", "plan", "wishing", "wanting"}


def _asked_to_stay(head: Any) -> bool:
    """ "crossed the sea border and asked to stay in the South", "told a Marine he wanted to stay in the South":
    the wish of people whose crossing is the incident, no defection of its own ("the other two remained in the
    South" and "chose to stay" tell who stayed and are kept)."""
    if head.lemma_.lower() not in STAYING or head.dep_ not in ("xcomp", "acl"):
        return False
    wish = head.head
    if wish.lemma_.lower() in ("desire", "wish", "intention") and wish.dep_ == "pobj":
        return True  # "expressed their wish to stay in the South"
    return wish.lemma_.lower() in STAY_WISHES or wish.lower_ in STAY_WISHES


# a count no single incident reaches: "more than 30,000 North Koreans have fled", the total since the war
CUMULATIVE = 10000
LEADING = {"lead", "drive", "prompt", "push", "force", "cause", "spur"}


def _count_of(tok: Any) -> float:
    try:
        return float(tok.text.replace(",", ""))
    except ValueError:
        return 0.0


def _cumulative_count(head: Any) -> bool:
    """ "More than 30,000 North Koreans have fled their homeland", "years of poverty have led some 34,000 people to
    flee to the South": the running total of all who ever left, a statistic, no incident (an annual count, "1,047
    defectors arrived last year", stays)."""
    if head.pos_ not in ("VERB", "AUX"):
        return False
    people = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not people and head.dep_ in ("xcomp", "ccomp") and head.head.lemma_.lower() in LEADING:
        people = [c for c in head.head.children if c.dep_ in ("dobj", "nsubj")]  # "led 30,000 people to flee"
    return any(t.like_num and _count_of(t) >= CUMULATIVE for p in people for t in p.subtree if t.i < head.i)


def _return_trip(head: Any) -> bool:
    """ "The sailors are scheduled to board the boats and cross the NLL today": the way home of people sent back,
    told ahead, no crossing of the report's own."""
    verb = head.head if head.dep_ == "conj" else head
    if not (is_infinitive(head) or is_infinitive(verb)):
        return False
    return sea_crossing_returned(head, head.sent)


# a crossing at sea by people South Korea sends home: the line crossed, no defection (rule 10)
SEA_WORDS = {"sea", "maritime", "nll", "boat", "vessel", "waters", "fishing", "fishermen", "ship"}
SEA_CROSSINGS = {"cross", "drift", "sail"}
NOT_RETURNED = {"defect", "defection", "defector", "asylum", "stay", "remain"}


def sea_crossing_returned(head: Any, sent: Any) -> bool:
    """ "Three North Koreans who crossed into South Korea in the East Sea were repatriated", "sent a man back after
    he drifted across the maritime border": people at sea who go home crossed the line, they did not defect."""
    if head.lemma_.lower() not in SEA_CROSSINGS or head.pos_ != "VERB":
        return False
    lemmas = {t.lemma_.lower() for t in sent}
    if not lemmas & SEA_WORDS:
        return False
    text = nlp.span_text(sent)
    if NO_WISH.search(text) and not FORCED.search(text):
        return True  # "crossed the sea border by boat, but have not expressed any wish to defect" (rule 10)
    if lemmas & NOT_RETURNED:
        return False
    if FORCED.search(text) or FOREIGN_RETURNERS.search(text):
        return False
    if SENT_HOME.search(text):
        return True
    if not sea_return_story(head.doc):
        return False
    whole = nlp.full_text(head.doc)
    return len(DEFECT_WORD.findall(whole)) <= len(NO_WISH.findall(whole))  # only "no wish to defect" is said


# a wish to defect denied: "have not expressed any wish to defect", "made sure they did not want to defect"
NO_WISH = re.compile(
    r"(?:\bno|\bnot|n't|\bnever|\bnone)\b[^.]{0,40}?\b(?:wish|wishes|wished|intention|intentions|intend|intended|desire|"
    r"desired|willingness|want|wanted|plan|plans|planned)\b[^.]{0,12}?\bto defect",
    re.I,
)


DEFECT_WORD = re.compile(r"\bdefect", re.I)
SENT_HOME = re.compile(r"\brepatriat|\b(?:sen[dt]|sending|return(?:s|ed|ing)?)\b[^.]{0,80}?\b(?:back|home)\b", re.I)


# what could move people to leave: "films that could motivate North Koreans to defect"
MOTIVATING = {"motivate", "inspire", "drive", "prompt", "push", "lead", "cause"}
MAY = {"could", "would", "may", "might", "can", "will"}


def _could_move(head: Any) -> bool:
    """ "DVDs that could motivate North Koreans to defect": what might draw people away, said of a kind (a modal or
    the present tense), no one leaving ("the purge prompted him to defect" tells one and stays)."""
    gov = head.head
    if head.dep_ not in ("xcomp", "ccomp") or gov.lemma_.lower() not in MOTIVATING or gov.i == head.i:
        return False
    return gov.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in MAY for c in gov.children)


LEAVING_NOUNS = {"defection", "escape", "desertion", "crossing"}
MOVING = {"sneak", "slip", "cross", "come", "go", "head", "enter", "leave", "flee", "escape", "swim", "sail", "travel",
          "move", "walk", "run", "set", "arrive", "drift", "jump"}  # fmt: skip
# a quantity or a time or place that makes a bare noun one set of cases: "defections from Hyesan last month"
NAMING_ENTS = {"DATE", "TIME", "CARDINAL", "GPE", "LOC", "FAC", "ORG", "NORP", "QUANTITY"}


def _leaving_at_large(head: Any) -> bool:
    """A bare leaving noun, with no determiner, possessive, number, date or place ("to root out smuggling, illegal
    border crossings and defections", "officials most prone to defection", "the rise in defections"): the activity
    as a topic or a kind, no incident ("his defection", "three defections", "defections from Musan in May" stay)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in LEAVING_NOUNS or head.dep_ in ("compound", "nsubj"):
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "compound", "amod", "prep", "acl", "relcl") for c in head.children):
        return False
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        return False  # "a series of defections": the set is counted
    if head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.lemma_.lower() in MOVING:
        return False  # "sneaked into the South for defection": the aim of a crossing told
    return not any(t.ent_type_ in NAMING_ENTS for t in head.sent if t.i > head.i and t.i - head.i < 4)


def _own_leaving_recalled(head: Any) -> bool:
    """ "roamed about the province after their defection", "after her defection we confirmed her will": the leaving
    of people the report has brought in, recalled as the time of what they did next (its own telling is elsewhere)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in LEAVING_NOUNS or head.dep_ != "pobj":
        return False
    if head.head.lower_ not in ("after", "following", "since"):
        return False
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children) and not any(
        c.dep_ in ("prep", "amod", "compound") for c in head.children
    )


def _arrival_without_wish(head: Any) -> bool:
    """ "Thirty-one North Koreans crossed the sea border by boat and arrived in the South, but they have not expressed
    any wish to defect": people come by sea whom the report says do not mean to stay, a crossing (rule 10); the
    report's only word of defecting is the wish denied."""
    if head.pos_ != "VERB" or head.lemma_.lower() not in ARRIVALS | SEA_CROSSINGS | {"leave"}:
        return False
    whole = nlp.full_text(head.doc)
    wishes = len(NO_WISH.findall(whole))
    if not wishes or len(DEFECT_WORD.findall(whole)) > wishes or FORCED.search(nlp.span_text(head.sent)):
        return False
    return bool({t.lemma_.lower() for t in head.doc} & SEA_WORDS)


# the later steps of a journey: "the group has arrived in Thailand", "they had tried to reach South Korea"
LATER_STEPS = {"arrive", "reach", "head"}
FLIGHT_VERBS = {"defect", "flee", "escape", "cross", "swim", "wade", "slip", "sneak"}
FLED_NOUNS = {"defection", "escape", "defector", "escapee"}


def _later_step(head: Any) -> bool:
    """ "The group has arrived in Thailand", "They had attempted to reach South Korea", told of people the report
    has already brought out of the North (a pronoun or "the ..." after a flight in an earlier sentence): a later
    step of the same journey, no second defection."""
    if head.lemma_.lower() not in LATER_STEPS or head.pos_ != "VERB":
        return False
    verb = head
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.head.i == verb.i or verb.dep_ not in ("xcomp", "pcomp", "advcl", "conj", "prep"):
            break
        verb = verb.head
    else:
        subj = None
    if subj is None:
        return False
    known = subj.lower_ in ("they", "he", "she") or any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "their", "his", "her") for c in subj.children
    )
    if not known:
        return False
    # a flight told before ("fled", "the defection"), or the people called by it ("five defectors were arrested")
    return any(
        (t.pos_ == "VERB" and t.lemma_.lower() in FLIGHT_VERBS) or t.lemma_.lower() in FLED_NOUNS
        for t in head.doc[: head.sent.start]
    )


EXAMPLE_MARKS = {"like", "as", "including"}


def _named_as_example(head: Any) -> bool:
    """ "residents engaged in illegal activities like smuggling and helping people defect", "crimes such as helping
    people flee to China": a leaving given as an example of a kind of activity, no incident."""
    tok = head
    for _ in range(4):
        if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ in EXAMPLE_MARKS:
            mark = tok.head
            return (
                mark.lower_ != "as"
                or any(c.lower_ == "such" for c in mark.head.children)
                or (mark.i > 0 and mark.doc[mark.i - 1].lower_ == "such")
            )
        if tok.dep_ not in ("ccomp", "xcomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# a leaving told of a bare quantity: "Only a few have dared to cross the DMZ", "Thousands have fled since"
MANY_FEW = {"few", "many", "thousands", "hundreds", "tens", "countless", "dozens"}


def _many_have_left(head: Any) -> bool:
    """ "Only a few have dared to cross the DMZ", "thousands have fled to China over the years": a count of all who
    ever did, with no one named (the subject a bare quantity, a perfect or present tense), a statistic."""
    verb = head
    if head.dep_ == "xcomp" and head.head.pos_ == "VERB":
        verb = head.head  # "have dared to cross"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in MANY_FEW or any(c.dep_ == "prep" for c in subj.children):
        return False  # "many of the soldiers" names a group
    return verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
