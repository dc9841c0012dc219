"""Actors and targets: role phrases around a trigger, with class, unit and count.

The doer of a verb trigger is its subject (or the "by" agent of a passive); those acted on are
its object, its passive subject, or the object of "for"/"on"/"against". A noun trigger takes
the doer of the verb it is the object of ("the base mounted a search") and its own "by"/"from"
phrases; its possessor and "of" phrase are the people acted on ("his arrest").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitreps.model import Actor, Span
from sitreps.profile import Profile

UNIT_RE = re.compile(
    r"\b(?:the\s+)?(?:\d{1,4}(?:st|nd|rd|th)\s+(?:Border\s+Guard\s+)?(?:Brigade|Corps|Division|Regiment|Battalion|"
    r"Company|Squadron|Fleet|Platoon|Army|Unit)|Border\s+Guard\s+Command|Border\s+Patrol|Ministry\s+of\s+State\s+"
    r"Security|Ministry\s+of\s+Social\s+Security|Ministry\s+of\s+People's\s+Security|State\s+Security\s+Department|"
    r"Military\s+Security\s+Command|Korean\s+People's\s+Army|General\s+Staff|Unit\s+\d{2,6})\b"
)
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12, "a dozen": 12,
}  # fmt: skip
PRONOUNS = {"he", "she", "they", "him", "her", "them", "it", "who", "which", "that", "himself", "herself",
            "themselves", "we", "i", "you", "us", "one", "this", "those", "these", "some", "many"}  # fmt: skip
LIGHT_VERBS = {"mount", "launch", "conduct", "carry", "stage", "begin", "start", "lead", "order", "organize",
               "organise", "step", "intensify", "hold", "commit", "issue", "hand", "give", "deliver", "make",
               "perform", "undertake", "initiate", "wage", "dispatch", "send", "run"}  # fmt: skip
UNDERGO_VERBS = {"receive", "face", "suffer", "undergo", "get", "be", "endure", "avoid", "escape", "fear"}
AIMED_VERBS = {"shoot", "fire", "aim", "throw", "attack", "strike", "lunge", "swing", "shout"}
# passive hearsay verbs whose subject does what the infinitive says ("Kim is said to have ordered ...")
HEARSAY = {"say", "believe", "report", "think", "understand", "know", "rumor", "rumour", "allege", "presume",
           "suppose", "suspect", "expect"}  # fmt: skip
AUTHORITY = {"LEADERSHIP", "PARTY_OFFICIAL", "MILITARY", "SECURITY_POLICE", "FOREIGN_AUTHORITY"}
NAMED_PERSON = "UNKNOWN"  # a named official ("Ryu called on police officers to ...") can give orders


def parse_count(token: Any) -> int | None:
    """The number a count modifier states ("two", "20", "about 20"), or None."""
    text = token.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)


class ActorFinder:
    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        # phrases already read in the current document, by head token: several triggers of a sentence share
        # their subjects and objects (kept for one document at a time; callers get copies)
        self._padded = [(f" {text} ", text, c) for text, c in profile.actor_phrases]
        self._doc: Any = None
        self._phrases: dict[int, Actor | None] = {}

    def classify(self, phrase: str, head: Any) -> str | None:
        """Actor class of a role phrase, or None when it names no actor of interest."""
        low = " " + phrase.lower().replace("’", "'") + " "
        stripped = low.strip()
        cls: str | None = None
        for padded, text, c in self._padded:
            if padded in low or stripped.endswith(text):
                cls = c
                break
        lemma = head.lemma_.lower()
        if cls is None:
            cls = self.profile.actor_heads.get(lemma) or self.profile.actor_heads.get(head.lower_)
        if cls is None and head.ent_type_ == "PERSON":
            # on this beat a bare "Kim" in a report about the leadership is the leader
            cls = "LEADERSHIP" if phrase.strip() in ("Kim", "Kim Jong-un", "Kim Jong Un") else "UNKNOWN"
        if cls is None:
            return None
        mods = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss")}
        mods |= {t.lower_ for t in head.lefts}
        mods |= {w.strip(".,'’").lower() for w in phrase.split()[:-1]}
        if lemma in ("officer", "official", "agent") and mods & self.profile.police_modifiers:
            cls = "SECURITY_POLICE"
        if cls in ("SECURITY_POLICE", "MILITARY", "PARTY_OFFICIAL") and (mods & self.profile.foreign_modifiers):
            if not ({"north", "korean"} <= mods and "south" not in mods):
                cls = "FOREIGN_AUTHORITY"
        return cls

    def phrase(self, head: Any) -> Actor | None:
        """The role phrase headed by a noun token, as an Actor (None for pronouns and non-actors)."""
        if head.doc is not self._doc:
            self._doc, self._phrases = head.doc, {}
        if head.i not in self._phrases:
            self._phrases[head.i] = self._read_phrase(head)
        found = self._phrases[head.i]
        return replace(found) if found is not None else None

    def _read_phrase(self, head: Any) -> Actor | None:
        if head.lower_ in PRONOUNS or head.pos_ == "PRON":
            return None
        if head.lower_ == "one" or head.tag_ == "CD":
            # "one of its guards", "two of his sergeants": the people are in the "of" phrase
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            inner = self.phrase(pobj)
                            if inner:
                                inner.count = parse_count(head)
                            return inner
            return None
        left = head
        for child in head.lefts:
            if child.dep_ in ("compound", "amod", "nummod", "quantmod", "nmod", "det", "poss", "npadvmod") and (
                child.i < left.i
            ):
                left = child
        # extend through the leftmost child of the leftmost modifier (e.g. "North Korean" -> "North")
        for tok in list(left.subtree):
            if tok.i < left.i and tok.i >= head.sent.start:
                left = tok
        while left.i < head.i and (left.dep_ in ("det", "punct", "case") or left.pos_ == "DET"):
            left = left.doc[left.i + 1]
        doc = head.doc
        # include "of"-less proper name appositions like "leader Kim Jong Un"
        right = head
        if head.ent_type_ == "PERSON":
            while right.i + 1 < len(doc) and doc[right.i + 1].ent_type_ == "PERSON":
                right = doc[right.i + 1]
        span = doc[left.i : right.i + 1]
        text = span.text
        cls = self.classify(text, head)
        if cls is None:
            for child in head.children:
                if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                    return self.phrase(child)
            return None
        count = None
        for child in head.children:
            if child.dep_ == "nummod":
                count = parse_count(child)
        if head.tag_ in ("NN", "NNP") and head.lower_ not in ("police",) and count is None:
            count = None
        return Actor(
            text=text,
            cls=cls,
            span=Span(span.start_char, span.end_char),
            unit=self.unit_near(head),
            count=count,
        )

    @staticmethod
    def unit_near(head: Any) -> str | None:
        """A military or security unit named in the phrase around the head ("25th Brigade")."""
        sub = list(head.subtree)
        if not sub:
            return None
        text = head.doc[sub[0].i : sub[-1].i + 1].text  # a span's text, not the whole document's
        m = UNIT_RE.search(text)
        if m:
            return re.sub(r"^the\s+", "", m.group(0))
        return None

    def arguments(self, head: Any) -> tuple[list[Actor], list[Actor]]:
        """(actors, targets) of the event anchored at `head`."""
        actors: list[Actor] = []
        targets: list[Actor] = []

        def add(lst: list[Actor], tok: Any) -> None:
            for t in [tok, *[c for c in tok.conjuncts if c.i > tok.i]]:
                a = self.phrase(t)
                if a and all(x.span != a.span for x in actors + targets):
                    lst.append(a)

        def by_agent(tok: Any) -> list[Any]:
            # "by" names the doer; "from" only for a noun ("a beating from an officer", "an order from
            # Pyongyang"), since after a verb it is where someone came from ("defected from North Korea")
            preps = ("by", "from") if tok.pos_ in ("NOUN", "PROPN") else ("by",)
            out = []
            for child in tok.children:
                if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in preps):
                    out += [c for c in child.children if c.dep_ == "pobj"]
            return out

        is_noun = head.pos_ in ("NOUN", "PROPN")
        if not is_noun:
            for child in head.children:
                if child.dep_ in ("nsubj", "csubj"):
                    add(actors, child)
                elif child.dep_ in ("dobj", "nsubjpass", "dative"):
                    add(targets, child)
                elif child.dep_ == "prep" and child.lower_ in ("for", "on", "against", "at"):
                    if child.lower_ == "at" and head.lemma_.lower() not in AIMED_VERBS:
                        continue  # "held at a detention centre" is where, not whom
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            add(targets, pobj)
            for agent in by_agent(head):
                add(actors, agent)
            participle = head.dep_ == "advcl" and head.tag_ == "VBG"  # "..., urging residents to call police"
            own_subject = any(c.dep_ in ("nsubjpass", "nsubj") for c in head.children)
            # a conjoined clause with a subject of its own ("police are stopping women, and guards have been told
            # to shoot") does not share the first clause's doer
            shares = head.dep_ == "xcomp" or participle or (head.dep_ == "conj" and not own_subject)
            if not actors and shares and head.head.i != head.i:
                for child in head.head.children:
                    if child.dep_ == "nsubj":
                        add(actors, child)
                    if child.dep_ == "nsubjpass" and head.dep_ == "conj" and not own_subject:
                        add(targets, child)
                    if child.dep_ == "nsubjpass" and head.dep_ == "xcomp" and head.head.lemma_.lower() in HEARSAY:
                        add(actors, child)  # "Kim is said to have ordered ...", "the guard is believed to have fled"
            if head.dep_ in ("relcl", "acl") and head.head.pos_ in ("NOUN", "PROPN"):
                add(targets if head.tag_ == "VBN" else actors, head.head)
            if not targets and not own_subject and _passive_infinitive(head):
                # "an officer helped several people to defect, only to be turned in by a colleague": the one turned
                # in is the subject of the clause it follows, above any "to defect" whose subject is its object
                clause = head.head
                while clause.dep_ == "xcomp" and clause.head.i != clause.i:
                    clause = clause.head
                for child in clause.children:
                    if child.dep_ in ("nsubj", "nsubjpass"):
                        add(targets, child)
        else:
            for child in head.children:
                if child.dep_ == "poss":
                    add(targets, child)
                elif child.dep_ == "prep" and child.lower_ in ("of", "for", "on", "against"):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            add(targets, pobj)
            for agent in by_agent(head):
                add(actors, agent)
            verb = head.head
            if head.dep_ == "pobj" and verb.dep_ == "prep":
                verb = verb.head
            if head.dep_ == "nsubj" and verb.lemma_.lower() in ("come", "arrive", "go", "pass"):
                for prep in verb.children:  # "an order came from the Border Guard Command"
                    if prep.dep_ == "prep" and prep.lower_ == "from":
                        for agent in prep.children:
                            if agent.dep_ == "pobj":
                                add(actors, agent)
            if head.dep_ in ("dobj", "pobj", "nsubjpass", "attr") and verb.i != head.i:
                subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                undergo = verb.lemma_.lower() in UNDERGO_VERBS
                for s in subj:
                    # "residents were given a warning": a passive subject with the trigger as object receives it
                    given = s.dep_ == "nsubjpass" and head.dep_ == "dobj"
                    add(targets if undergo or given else actors, s)
                for child in verb.children:
                    if child.dep_ == "prep" and child.lower_ in ("for", "against", "on"):
                        for pobj in child.children:
                            if pobj.dep_ == "pobj" and pobj.i != head.i:
                                add(targets, pobj)
                for agent in by_agent(verb):
                    add(actors, agent)
            if verb.lemma_.lower() == "be" and head.lower_ in ("target", "targets", "subject", "object"):
                targets.extend(actors)  # "X was the target of a crackdown"
                actors.clear()
        return actors, targets


def _passive_infinitive(head: Any) -> bool:
    """ "..., only to be turned in", "..., to be sent back": a passive infinitive clause that follows another."""
    if head.dep_ != "advcl" or head.tag_ != "VBN" or head.head.i == head.i:
        return False
    kids = {c.dep_: c.lower_ for c in head.children}
    return kids.get("auxpass") == "be" and kids.get("aux") == "to"


def has_authority(actors: list[Actor]) -> bool:
    """Someone who can give an order: an institution or official, or a named person."""
    return any(a.cls in AUTHORITY or (a.cls == NAMED_PERSON and a.text[:1].isupper()) for a in actors)
