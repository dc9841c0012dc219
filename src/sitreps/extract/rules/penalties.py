"""Penalties and deaths: penalties in law or faced by a kind, executions told before or by date, fatalities."""

from __future__ import annotations

from typing import Any

from sitreps import nlp
from sitreps.extract.cues import EXECUTION_CONTEXT
from sitreps.extract.events import Trigger
from sitreps.extract.rules.shared import THOSE
from sitreps.model import Fatalities


def execution_told_before(head: Any, sent: Any) -> bool:
    """A passive "was shot" whose subject is someone the previous sentence told was executed or sentenced."""
    subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    if not subjects or sent.start == 0:
        return False
    if all(_some_of_them(s) for s in subjects):  # "3 of them were shot to death", after the report told executions
        return bool(EXECUTION_CONTEXT.search(nlp.full_text(head.doc)[: sent.start_char]))
    if not all(
        s.lower_ in ("he", "she", "they")
        or s.ent_type_ == "PERSON"
        or any(c.dep_ == "det" and c.lower_ in ("the", "this", "both") for c in s.children)
        for s in subjects
    ):
        return False
    previous = sent.doc[sent.start - 1].sent
    return bool(EXECUTION_CONTEXT.search(previous.text))


def _some_of_them(subject: Any) -> bool:
    """ "3 of them", "two of those": some of a group the report has told."""
    if not (subject.like_num or subject.lower_ in ("all", "some", "most", "several", "one", "both")):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.lower_.strip("-–—") in ("them", "those", "these") for g in c.children)
        for c in subject.children
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
    if head.dep_ == "dobj" and _dealt_to_a_kind(gov):
        return True  # "to mete out severe punishment to those they find in violation": a policy, no one punished
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


DEALING_PREPS = {"to", "on", "upon", "against"}


def _dealt_to_a_kind(verb: Any) -> bool:
    """A verb that hands out a penalty to people of a kind, not yet or as a rule ("to mete out punishment to those
    they find", "will impose penalties on those who ..."): "imposed a fine on those who were caught" is past."""
    if verb.pos_ != "VERB" or verb.tag_ in ("VBD", "VBN"):
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in DEALING_PREPS:
            continue
        for who in prep.children:
            if who.dep_ == "pobj" and who.lower_ in THOSE and any(c.dep_ in ("relcl", "acl") for c in who.children):
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
