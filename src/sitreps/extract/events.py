"""Event triggers: words and phrases of the profile's lexicon found in the parse.

A trigger is kept only where its part of speech fits the lexicon entry (a verb entry on a verb,
a noun entry on a noun), where it is not an adjectival participle ("the deserted soldier"), and,
for heads that need one, where its object names a border or a foreign place ("fled to China",
not "fled the scene").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy

from sitreps import nlp
from sitreps.profile import Profile, TriggerEntry

VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}
CLAUSE_DEPS = {"ROOT", "xcomp", "ccomp", "conj", "advcl", "relcl", "pcomp", "acl"}


@dataclass(slots=True)
class Trigger:
    type: str
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    head: Any  # the spaCy Token that anchors the event in the parse
    entry: TriggerEntry

    @property
    def text(self) -> str:
        doc = self.head.doc
        return str(doc[self.start : self.end].text)


class TriggerFinder:
    """The profile's trigger phrases as spaCy Matcher patterns, with the checks the parse allows.

    Each lexicon entry becomes two token patterns: one on the lemmas ("flee DET unit" matches
    "fled their unit") and one on the lower-cased words ("forcibly repatriated"); `DET` matches a
    determiner or possessive, a word ending in `*` a prefix.
    """

    def __init__(self, profile: Profile, vocab: Any, foreign_names: frozenset[str] = frozenset()) -> None:
        from spacy.matcher import Matcher, PhraseMatcher
        from spacy.tokens import Doc

        self.profile = profile
        # lower-cased one-word names of places outside North Korea, for "@foreign" in requires_object
        self.foreign_names = foreign_names
        self.entries = list(profile.triggers)
        # plain phrases go to two PhraseMatchers (fast), those with DET or a prefix to a Matcher
        self.by_lower = PhraseMatcher(vocab, attr="LOWER")
        self.by_lemma = PhraseMatcher(vocab, attr="LEMMA")
        self.patterns = Matcher(vocab)
        # The Matcher is run only on short windows that start at a word one of its patterns starts with: the
        # same matches as over the whole document, at a fraction of the cost (every pattern is tried at every
        # token it is given). A pattern that starts with DET or a prefix has no such word: then `anchors` is None.
        self._anchors: set[int] | None = set()
        self._window = 1
        for index, entry in enumerate(self.entries):
            key = str(index)
            if any(w == "det" or w.endswith("*") for w in entry.words):
                patterns = [[_token_pattern(w, attr) for w in entry.words] for attr in ("LEMMA", "LOWER")]
                self.patterns.add(key, patterns)
                self._window = max(self._window, len(entry.words))
                first = entry.words[0]
                if first == "det" or first.endswith("*") or self._anchors is None:
                    self._anchors = None
                else:
                    variants = [first, first[:-1]] if len(first) > 4 and first.endswith("ks") else [first]
                    self._anchors.update(vocab.strings.add(w) for w in variants)
                continue
            words = list(entry.words)
            self.by_lower.add(key, [Doc(vocab, words=words)])
            self.by_lemma.add(key, [Doc(vocab, words=words, lemmas=words)])
        self._anchor_ids = None if self._anchors is None else numpy.array(sorted(self._anchors), dtype=numpy.uint64)
        self._doc: Any = None
        self._matches: list[tuple[int, int, TriggerEntry]] = []

    def _doc_matches(self, doc: Any) -> list[tuple[int, int, TriggerEntry]]:
        """Every lexicon match in the document (computed once per document)."""
        if self._doc is not doc:
            strings = doc.vocab.strings
            seen: set[tuple[int, int, int]] = set()
            matches = []
            for match_id, start, end in self._all_matches(doc):
                index = int(strings[match_id])
                if (index, start, end) not in seen:
                    seen.add((index, start, end))
                    matches.append((start, end, self.entries[index]))
            self._doc, self._matches = doc, sorted(matches, key=lambda m: (m[0], m[1]))
        return self._matches

    def _all_matches(self, doc: Any) -> list[tuple[int, int, int]]:
        """The matches of the two PhraseMatchers and of the Matcher, in document token offsets."""
        found = list(self.by_lower(doc)) + list(self.by_lemma(doc))
        if self._anchor_ids is None:
            return found + list(self.patterns(doc))
        from spacy.attrs import LEMMA, LOWER

        words = doc.to_array([LEMMA, LOWER])
        starts = numpy.flatnonzero(numpy.isin(words, self._anchor_ids).any(axis=1))
        windows: list[list[int]] = []
        for start in starts.tolist():
            end = min(start + self._window, len(doc))
            if windows and start <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], end)
            else:
                windows.append([start, end])
        for begin, end in windows:
            found += [(match_id, begin + s, begin + e) for match_id, s, e in self.patterns(doc[begin:end])]
        return found

    @staticmethod
    def _pos_fits(entry: TriggerEntry, token: Any) -> bool:
        if entry.pos == "any":
            return True
        if token.dep_ == "amod":
            # "have begun arresting smugglers": a gerund after a verb of onset, misread as an adjective
            # "two residents smuggled sugar and oil": a finite past tense misread as an adjective
            return entry.pos == "verb" and (_gerund_after_onset(token) or _finite_past_as_modifier(token))
        is_verb = token.pos_ in ("VERB", "AUX") or token.tag_ in VERB_TAGS
        if entry.pos == "verb":
            # a noun in a clause position reads as a mistagged verb, but not one joined to another noun
            # ("sentry duty and military discipline")
            nominal_conj = token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN")
            return is_verb or (token.pos_ == "NOUN" and token.dep_ in CLAUSE_DEPS and not nominal_conj)
        in_name = token.ent_type_ in ("ORG", "FAC", "WORK_OF_ART", "EVENT")
        if token.dep_ == "compound":
            # "the detention centre", "execution ground": a kind of thing, not an event; "an escape attempt" is one
            return token.head.lemma_.lower() in ATTEMPT_NOUNS and token.head.i == token.i + 1
        return token.pos_ == "NOUN" and not in_name and not (token.dep_ == "xcomp" and not is_verb)

    def _object_ok(self, entry: TriggerEntry, head: Any) -> bool:
        particles = self.profile.requires_particle.get((entry.type, entry.words[0]))
        if (
            particles is not None
            and len(entry.words) == 1
            and not any(c.lower_ in particles and c.dep_ in ("prep", "prt", "advmod", "dative") for c in head.children)
        ):
            return False
        needed = self.profile.requires_object.get((entry.type, entry.words[0]))
        if needed is None or len(entry.words) > 1:
            return True
        # a passive participle names its object by the noun it describes ("a sack of goods thrown from a boat")
        described = head.head
        if head.dep_ == "acl" and head.tag_ == "VBN" and (described.lower_ in needed or described.lemma_ in needed):
            return True
        if head.dep_ == "oprd" and any(
            c.dep_ == "dobj" and (c.lower_ in needed or c.lemma_.lower() in needed) for c in head.head.children
        ):
            return True  # "keeping its border closed": the object of "keep" is what is closed
        frontier = [head]
        for _depth in range(3):
            nxt = []
            for tok in frontier:
                for child in tok.children:
                    # the subject of a small clause is the verb's object ("let the smugglers through")
                    small_clause = child.dep_ == "nsubj" and tok.dep_ in ("ccomp", "xcomp") and tok.head.i == head.i
                    # the subject of a passive is its object ("the border was closed")
                    if child.dep_ in ("nsubj", "punct", "cc", "mark", "aux", "neg") and not small_clause:
                        continue
                    if child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"):
                        continue  # "received a commendation late last year": a time, not what was received
                    if child.dep_ == "nsubjpass" and _depth == 0:
                        # "officials were handed orders": with an object of its own, the subject is the recipient
                        recipient = any(c.dep_ == "dobj" for c in tok.children)
                        if not recipient and (child.lower_ in needed or child.lemma_.lower() in needed):
                            return True
                        continue
                    if child.dep_ == "conj" and child.pos_ == "VERB":
                        continue
                    if child.lower_ in needed or child.lemma_.lower() in needed:
                        return True
                    # "find!" : the word must be an infinitive verb ("mobilized soldiers to find him")
                    if child.tag_ == "VB" and f"{child.lemma_.lower()}!" in needed:
                        return True
                    if "@foreign" in needed and child.lower_ in self.foreign_names and child.pos_ == "PROPN":
                        return True
                    if "@person" in needed and child.ent_type_ == "PERSON" and child.dep_ in ("dobj", "nsubjpass"):
                        return True
                    if child.dep_ == "advcl" and tok.i == head.i:
                        continue  # "after they found phones in her home, officials carried out an investigation"
                    if child.dep_ == "pcomp" and tok.dep_ == "prep" and tok.lower_ == "for":
                        continue  # "taken away for using Chinese phones": the reason, not what was taken
                    nxt.append(child)
            frontier = nxt
        return _held_for(head, needed)

    def find(self, sent: Any) -> list[Trigger]:
        """Triggers in one sentence, overlapping matches of a type reduced to the longest."""
        found: list[Trigger] = []
        doc = sent.doc
        for start, end, entry in self._doc_matches(doc):
            if start < sent.start or end > sent.end:
                continue
            token = doc[start]
            n = end - start
            head = doc[start:end].root if n > 1 else token
            if n == 1 and not self._pos_fits(entry, token):
                continue
            if token.lower_ == "order" and start > sent.start and doc[start - 1].lower_ == "in":
                continue
            if not self._object_ok(entry, head):
                continue
            found.append(Trigger(entry.type, start, end, head, entry))
        kept = [
            t for t in _longest(found)
            if not _is_charge(t, found) and not _is_circumstance(t, found) and not _is_prevented(t) and not _is_topic(t)
            and not _any_of_kind(t) and not _describes_person(t) and not _embedded(t, found)
            and not _caught_before_sentence(t, found)
        ]  # fmt: skip
        kept = _one_journey(kept)
        crossing = any(t.type == "DEFECTION" for t in kept)
        runs = {
            t.head.i
            for t in kept
            if t.type == "SMUGGLING" and t.entry.words[0] not in BRIBE_PHRASES and _is_run_purpose(t.head)
        }
        stolen: set[int] = set()
        for trig in kept:
            if trig.type == "DEFECTION" and any(c.i in runs for c in trig.head.children):
                trig.type = "SMUGGLING"  # "took four boats across the river to smuggle in rice": the crossing is a run
            if trig.type == "DEFECTION" and _carries_goods(trig.head):
                trig.type = "SMUGGLING"  # "waded across the river with sacks of bracken": a smuggling run
            if trig.type == "ARREST" and _arrests_kind_ongoing(trig.head):
                trig.type = "CRACKDOWN"  # "have been detaining people who use Chinese phones": a sweep (rule 2)
            if trig.type == "PUNISHMENT" and trig.head.lemma_.lower() == "expel" and _vessels_sent_off(trig.head):
                trig.type = "OTHER"  # "380 boats were expelled for illegal fishing": turned back at sea, no penalty
            if trig.type == "CRACKDOWN" and trig.head.lemma_.lower() == "raid" and _raid_to_steal(trig.head):
                trig.type = "VIOLENCE"  # "raided homes, stealing money and phones": a robbery (TAXONOMY)
                stolen.update(c.i for c in trig.head.children if c.lemma_.lower() in STEALING)
        kept = [t for t in kept if not (t.type == "OTHER" and t.head.i in stolen)]  # the theft is the robbery
        # the bribe that lets people cross is part of their crossing ("paid the guards to look the other way")
        kept = [t for t in kept if not (crossing and t.type == "SMUGGLING" and t.entry.words[0] in BRIBE_PHRASES)]
        kept = _outermost(_precedence(_punishment_over_violence(kept)))
        return _mines_laid(kept) + _left_on_duty(kept)


def _held_for(head: Any, needed: Any) -> bool:
    """ "took the boat to a military port for investigation": the "for" phrase hung on the place, below the search."""
    right = head.right_edge
    if "for" not in nlp.full_text(head.doc)[head.left_edge.idx : right.idx + len(right)].lower():
        return False  # no "for" under the head at all (most heads): skip the walk
    for tok in head.subtree:
        if tok.dep_ != "pobj" or tok.head.lower_ != "for" or tok.lower_ not in needed:
            continue
        up = tok.head
        while up.i != head.i and up.dep_ in ("prep", "pobj"):
            up = up.head
        if up.i == head.i:
            return True
    return False


def _left_on_duty(found: list[Trigger]) -> list[Trigger]:
    """Rule 1: a crossing "while on patrol", "while on night duty" is also a desertion from the post."""
    added = []
    for trig in found:
        if trig.type != "DEFECTION" or trig.head.pos_ != "VERB":
            continue
        for prep in trig.head.sent:
            if (
                prep.lower_ == "on"
                and prep.dep_ == "prep"
                and prep.i > 0
                and prep.doc[prep.i - 1].lower_ == "while"
                and any(o.dep_ == "pobj" and o.lemma_.lower() in DUTY_WORDS for o in prep.children)
                and _duty_of(prep, trig.head)
            ):
                added.append(Trigger("DESERTION", trig.start, trig.end, trig.head, trig.entry))
                break
    return added


def _duty_of(prep: Any, head: Any) -> bool:
    """ "while on duty" told of the crossing: hung on the crossing itself, on a verb below it ("crossed the border
    after shooting two superiors while on guard duty") or on the reporting verb ("escaped ..., while on night duty,
    a source said"), not inside a relative clause or a participant ("a guard who was on duty")."""
    tok = prep.head
    for _ in range(6):
        if tok.i == head.i:
            return True
        if tok.dep_ in DUTY_BARRIERS or tok.head.i == tok.i:
            break
        tok = tok.head
    said = prep.head
    return bool(said.lemma_.lower() in SAYING and said.i != head.i and head.head.i == said.i)


def _mines_laid(found: list[Trigger]) -> list[Trigger]:
    """ "laying landmines along the border": the mines are what is put down, no blast (OTHER) of their own."""
    laid = {c.i for t in found if t.type == "CRACKDOWN" for c in t.head.children if c.dep_ == "dobj"}
    return [t for t in found if not (t.type == "OTHER" and t.head.i in laid)]


# what a soldier is on when he crosses ("while on patrol", "while on night duty")
DUTY_WORDS = {"duty", "patrol", "guard", "watch", "sentry"}
# a "while on duty" below these tells of someone else (a guard who was on duty, a man shot while on patrol)
DUTY_BARRIERS = {"relcl", "acl", "nsubj", "nsubjpass", "dobj", "pobj", "appos", "ccomp", "xcomp"}
SAYING = {"say", "tell", "report", "add", "claim"}
# verbs of onset whose gerund the parser reads as an adjective of the object ("began arresting smugglers")
ONSET_OF_GERUND = {"begin", "start", "continue", "keep", "resume", "commence"}
# a trigger noun before these names an incident ("an escape attempt", "a defection bid")
ATTEMPT_NOUNS = {"attempt", "bid"}


def _arrests_kind_ongoing(head: Any) -> bool:
    """Arrests going on of anyone of a kind ("agents have been detaining people who were caught using Chinese
    phones", "are busting remittance brokers"): a progressive verb whose object is a bare plural, a sweep."""
    if head.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in head.children):
        return False
    return any(c.dep_ == "dobj" and nlp.bare_plural(c) for c in head.children)


def _finite_past_as_modifier(token: Any) -> bool:
    """A past tense verb the parser hung as an adjective on a later noun ("two residents of Hyesan smuggled sugar
    and oil from China": "smuggled" tagged VBD but attached as amod): the tag says it is the finite verb."""
    if token.head.i <= token.i or token.i <= token.sent.start:
        return False
    if token.tag_ == "VBD":
        return True
    # "residents of Hyesan smuggled seasonings" tagged VBN: a participle right after a name or a plural noun that
    # is no nationality ("the smuggled goods", "Chinese smuggled goods" stay adjectives)
    before = token.doc[token.i - 1]
    return token.tag_ == "VBN" and before.tag_ in ("NNP", "NNPS", "NNS") and before.ent_type_ != "NORP"


def _gerund_after_onset(token: Any) -> bool:
    """ "have begun arresting smugglers": the -ing word right after a verb of onset, the object's noun its head."""
    if token.tag_ != "VBG" or token.i == 0:
        return False
    verb = token.doc[token.i - 1]
    if verb.pos_ == "ADV" and token.i > 1:
        verb = token.doc[token.i - 2]  # "started actively arresting"
    noun = token.head
    return verb.lemma_.lower() in ONSET_OF_GERUND and noun.i > token.i and noun.head.i == verb.i


# what someone who has crossed asks for: "crossed the border and asked to defect", "saying they want to defect"
WISH_WORDS = {"want", "ask", "wish", "seek", "hope", "request", "intend", "intention", "desire", "express", "plan"}
# verbs of a crossing on one's own ("crossed the Mekong from Laos"): a leg of a journey, not leaving the country
CROSSING_VERBS = {"cross", "swim", "wade", "walk", "run", "sail", "waded", "wading", "wad"}  # the parser's "wad"
FOREIGN_ROUTE = {"laos", "thailand", "vietnam", "myanmar", "burma", "cambodia", "mongolia", "russia"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "npadvmod", "appos", "dobj"}


def _one_journey(found: list[Trigger]) -> list[Trigger]:
    """Crossings that are no defection of their own in a sentence that tells one: the wish of people who crossed
    ("crossed the sea border and asked to defect"), an earlier leg of the same people's journey ("1,400 arrived in
    the South, most of them women who had first crossed into China"), and a crossing between third countries
    ("detained 11 North Koreans who crossed the Mekong from Laos")."""
    crossings = [t for t in found if t.type == "DEFECTION"]
    kept = []
    for trig in found:
        head = trig.head
        others = [t for t in crossings if t is not trig and t.head.i != head.i]
        if trig.type != "DEFECTION":
            kept.append(trig)
            continue
        wish = (
            head.lemma_.lower() == "defect"
            and head.dep_ in ("xcomp", "acl", "ccomp")
            and (head.head.lemma_.lower() in WISH_WORDS)
        )
        if wish and others:
            continue
        if (
            head.dep_ == "relcl"
            and head.head.dep_ in ARGUMENT_DEPS
            and any(t.head.i == head.head.head.i for t in others)
        ):
            continue
        if head.lemma_.lower() in CROSSING_VERBS and (_from_third_country(head) or _into_third_country(head)):
            continue
        kept.append(trig)
    return kept


def _from_third_country(head: Any) -> bool:
    """ "crossed from Laos", "waded across the Mekong from Laos": the crossing starts in a third country."""
    near = [head, *[c for c in head.children if c.dep_ in ("prep", "dobj")]]
    near += [g for c in near[1:] for g in c.children if g.dep_ == "pobj"]
    return any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(o.dep_ == "pobj" and o.lower_ in FOREIGN_ROUTE for o in c.children)
        for t in near
        for c in t.children
    )


# third countries with no border on North Korea: crossing into them is a later leg of a journey via China
FAR_ROUTE = FOREIGN_ROUTE - {"russia"}


def _into_third_country(head: Any) -> bool:
    """ "trying to cross into Mongolia", "crossed into Thailand": a leg of the journey after leaving the country."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("into", "to")
        and any(o.dep_ == "pobj" and o.lower_ in FAR_ROUTE for o in c.children)
        for c in head.children
    )


def _token_pattern(word: str, attr: str) -> dict[str, Any]:
    """One token of a Matcher pattern for a lexicon word."""
    if word == "det":
        return {"TAG": {"IN": ["DT", "PRP$", "WP$", "PDT"]}}
    if word.endswith("*"):
        return {"LOWER": {"REGEX": "^" + re.escape(word[:-1])}}
    if attr == "LEMMA" and len(word) > 4 and word.endswith("ks"):
        return {"LEMMA": {"IN": [word, word[:-1]]}}  # "barracks" has the lemma "barrack"
    return {attr: word}


# verbs whose object is what is fought, not what happened ("crush smuggling", "prevent defections")
OPPOSE_VERBS = {"crush", "eradicate", "root", "stamp", "combat", "block", "prevent", "stop", "curb", "fight", "tackle",
                "deter", "suppress", "eliminate", "punish", "report", "threaten", "oppose", "stem"}  # fmt: skip
CHARGE_WORDS = {"charge", "charges", "accuse", "accused", "convict", "convicted", "guilty", "suspicion", "suspected",
                "crime", "crimes", "offence", "offense", "allegation", "allegations", "count", "counts"}  # fmt: skip
SANCTION_TYPES = {"ARREST", "PUNISHMENT", "CRACKDOWN"}


def _charge_word(tok: Any) -> bool:
    """A word of accusation ("charged with", "suspected of"), not "in charge of" a crossing."""
    if tok.lower_ == "charge" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        return False
    return bool(tok.lower_ in CHARGE_WORDS or tok.lemma_.lower() in CHARGE_WORDS)


def _is_charge(trig: Trigger, others: list[Trigger]) -> bool:
    """Rule 5: the offence behind an arrest or a sentence ("executed for smuggling") is no incident of its own.

    Also the object of a crackdown ("a campaign against smuggling"). The walk goes up from the trigger
    through nouns and gerunds to the first preposition; "for"/"of"/"with" under a sanction or a charge
    word, or "against"/"on" under a crackdown, marks the trigger as a charge. A smuggling run a sanction is
    given "for", told with its own place and goods or date ("busted for smuggling at the mouth of the Yalu on
    Mar. 1"), is an incident; one named by a charge word ("on charges of smuggling ...") stays a charge.
    """
    sanction_heads = {o.head.i for o in others if o.type in SANCTION_TYPES and o is not trig}
    crackdown_heads = {o.head.i for o in others if o.type == "CRACKDOWN" and o is not trig}
    tok = trig.head
    for _ in range(8):
        if tok.head.i == tok.i:
            return False
        parent = tok.head
        if tok.dep_ == "conj" and tok.tag_ in VERB_TAGS and parent.tag_ in VERB_TAGS and _charge_word(parent):
            return False  # "will be charged with defection and sent to a camp": a second sanction, no charge
        if _charge_word(parent):
            return True
        if tok.dep_ in ("dobj", "conj") and tok.pos_ == "NOUN" and parent.lemma_.lower() in OPPOSE_VERBS:
            return True
        if tok.dep_ == "pobj" and parent.lower_ in ("against", "for") and parent.head.lemma_.lower() in OPPOSE_VERBS:
            return True
        if tok.dep_ == "pobj" and parent.lower_ == "against" and trig.type in ("SMUGGLING", "DEFECTION", "DESERTION"):
            return True  # "a campaign against smuggling", "fortresses against defection"
        if parent.dep_ == "prep" and tok.dep_ in ("pobj", "pcomp"):
            grand = parent.head
            above = [grand, *list(grand.ancestors)[:3]]
            if parent.lower_ in ("for", "of", "with", "over", "like", "as", "including") and any(
                a.i in sanction_heads or _charge_word(a) for a in above
            ):
                return not (
                    trig.type == "SMUGGLING" and not any(_charge_word(a) for a in above) and _told_in_full(trig.head)
                )
            charged = any(_charge_word(a) for a in above)
            if charged and (parent.lower_ == "in" or trig.head.dep_ == "conj"):
                return True  # "suspected of assisting in the trafficking of people", "convicted of entry into China,
                # larceny and robbery" (the list hung on the place)
            return bool(parent.lower_ in ("against", "on", "of") and grand.i in crackdown_heads)
        if tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or tok.dep_ in ("ROOT", "relcl"):
            return False  # a finite clause of its own
        tok = parent
    return False


# verbs that keep something from happening: "stop COVID-19 from crossing the border", "banned boats from leaving"
PREVENT_VERBS = {"stop", "prevent", "ban", "bar", "keep", "block", "prohibit", "forbid", "deter", "discourage",
                 "restrict", "dissuade", "restrain"}  # fmt: skip
# prepositions of a topic: "information on smuggling", "a lecture about defection"
TOPIC_PREPS = {"on", "about", "regarding", "concerning"}
DEPENDING_VERBS = {"depend", "rely", "live", "survive", "thrive", "subsist"}
TOPIC_ADJECTIVES = {"related", "linked", "connected", "relating", "tied"}  # "incidents related to smuggling"


def _is_prevented(trig: Trigger) -> bool:
    """What a verb of prevention keeps from happening ("stop the virus from crossing") did not happen."""
    head = trig.head
    if (
        head.dep_ == "ccomp"
        and head.tag_ == "VBG"
        and head.head.lemma_.lower() in PREVENT_VERBS
        and any(c.dep_ == "nsubj" for c in head.children)
    ):
        return True  # "to prevent the number of defectors escaping", parsed as a clause with its own subject
    if head.dep_ == "acl" and head.tag_ == "VBG":
        noun = head.head  # "to prevent (the continuous number of) defectors escaping through the border"
        for _ in range(3):
            if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
                noun = noun.head.head
            elif noun.dep_ == "dobj":
                return bool(noun.head.lemma_.lower() in PREVENT_VERBS)
            else:
                return False
        return False
    if head.dep_ not in ("pcomp", "pobj") or head.head.lower_ != "from":
        return False
    return head.head.head.lemma_.lower() in PREVENT_VERBS


# what an activity is fought by: "stamp out people's attempts to escape", "crack down on bids to defect"
ATTEMPT_WORDS = {"attempt", "effort", "bid"}
# the means of another deed: "defections to China via smuggling ships", "fled through smuggling routes"
MEANS_PREPS = {"via", "through", "aboard", "by"}
MEANS_NOUNS = {"ship", "boat", "vessel", "route", "network", "channel", "broker", "vehicle", "truck", "car"}
# verbs of a trend an activity keeps up: "with defections and smuggling continuing unabated"
TREND_VERBS = {"continue", "persist", "rise", "increase", "grow", "surge", "mount", "spread", "go", "remain", "soar"}
# what a campaign is aimed at: "the main targets are smuggling, illegal crossings and phone use"
TARGET_SUBJECTS = {"target", "focus", "priority", "aim", "goal", "objective"}
# someone only thinking about leaving: "others who may be considering defecting"
PONDERING = {"consider", "contemplate", "mull", "ponder", "weigh"}
GENERIC_PEOPLE = {"other", "others", "those", "anyone", "people", "many", "some"}
LEAVING_OR_RUN = {"DEFECTION", "DESERTION", "SMUGGLING"}
# a trend that brings about a leaving at large: "the crackdown has intensified, causing defectors to flee via Laos"
CAUSING_VERBS = {"cause", "prompt", "drive", "force", "push", "lead", "spur"}
CHANGE_VERBS = TREND_VERBS | {"intensify", "tighten", "strengthen", "worsen", "escalate", "harden", "deepen"}
# a hardship foreseen: "those involved could face difficulties crossing the border"
DIFFICULTY_NOUNS = {"difficulty", "trouble", "problem", "hardship", "obstacle"}
# the route of another deed: "smuggled in via customs checkpoints", "walked through fencing and surveillance cameras"
PATH_PREPS = {"via", "through", "past"}
CHECK_POINTS = {"checkpoint", "roadblock"}
# a raid to rob people is a robbery, no crackdown: "soldiers raided homes, stealing money and phones"
STEALING = {"steal", "rob", "loot", "plunder", "pillage", "burglarize", "burglarise"}


def _embedded(trig: Trigger, found: list[Trigger]) -> bool:
    """An activity named inside another statement, no incident of its own: the aim of a measure ("stamp out
    people's attempts to escape"), the means of another deed ("via smuggling ships"), a trend given as the
    backdrop of an order ("with defections continuing unabated"), the targets of a campaign ("the targets are
    smuggling and illegal crossings"), a leaving people only think about ("others who may be considering
    defecting")."""
    head = trig.head
    if trig.type == "CRACKDOWN":
        return _checkpoint_passed(head)
    if trig.type == "DIRECTIVE":
        return _order_to_victim(head, found) or _bounty_of_hunt(head, found)
    if trig.type == "PUNISHMENT":
        return _listed_with_crackdown(head, found)
    if trig.type not in LEAVING_OR_RUN:
        return False
    return (
        _attempts_fought(head)
        or (trig.type == "SMUGGLING" and _means_of_other(head, trig, found))
        or _trend_backdrop(head)
        or _named_target(head)
        or (trig.type != "SMUGGLING" and _only_considered(head))
        or _caused_by_trend(head)
        or _hard_to_do(head)
        or _regardless_of(head)
    )


def _order_to_victim(head: Any, found: list[Trigger]) -> bool:
    """ "The agents tortured her for a month, ordering her to disclose where the money came from": what the
    torturers told their victim, no directive."""
    if head.lemma_.lower() not in ("order", "demand", "tell", "command") or head.tag_ != "VBG" or head.dep_ != "advcl":
        return False
    return any(t.type in ("VIOLENCE", "ARREST") and t.head.i == head.head.i for t in found)


def _bounty_of_hunt(head: Any, found: list[Trigger]) -> bool:
    """ "Police are offering a bounty for the recapture of a prisoner": the reward is part of the hunt told by
    "bounty for", no directive of its own."""
    if head.lemma_.lower() != "offer":
        return False
    if any(t.type == "SEARCH" and t.start <= head.i < t.end for t in found):
        return True  # "offered a reward for information on the man": the hunt's own words
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        span = {t.i for t in obj.subtree}
        if any(t.type == "SEARCH" and t.start in span for t in found):
            return True
    return False


def _listed_with_crackdown(head: Any, found: list[Trigger]) -> bool:
    """ "authorities bolster crackdowns and punishments regarding phone use": punishments at large named with a
    crackdown, part of it."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    crackdowns = {t.head.i for t in found if t.type == "CRACKDOWN"}
    if head.dep_ == "conj" and head.head.i in crackdowns:
        return True
    return any(c.dep_ == "conj" and c.i in crackdowns for c in head.children)


def _checkpoint_passed(head: Any) -> bool:
    """ "smuggled into Hunchun via customs checkpoints", "walked through rows of fencing and surveillance cameras":
    posts and cameras on the route of another deed, no crackdown of their own."""
    if head.pos_ != "NOUN":
        return False
    mod = head.head if head.dep_ == "conj" else head  # "fencing and surveillance cameras"
    if head.lemma_.lower() in CHECK_POINTS:
        noun = head
    elif mod.dep_ in ("compound", "nmod") and mod.head.pos_ == "NOUN":
        noun = mod.head  # "surveillance cameras": a thing on the route, not the watching
    else:
        return False
    for _ in range(4):
        while noun.dep_ in ("conj", "compound", "nmod") and noun.head.i != noun.i:
            noun = noun.head
        if noun.dep_ != "pobj":
            return False
        if noun.head.lower_ in PATH_PREPS:
            return True
        if noun.head.lower_ != "of":
            return False
        noun = noun.head.head  # "through rows of fencing"
    return False


def _caused_by_trend(head: Any) -> bool:
    """ "A crackdown on defectors has intensified, causing the defectors to flee via Laos": a leaving of people at
    large told as what a trend brings about."""
    if head.dep_ not in ("ccomp", "xcomp"):
        return False
    cause = head.head
    if cause.lemma_.lower() not in CAUSING_VERBS or cause.tag_ != "VBG" or cause.dep_ != "advcl":
        return False
    if cause.head.lemma_.lower() not in CHANGE_VERBS:
        return False
    who = [c for c in (*head.children, *cause.children) if c.dep_ in ("nsubj", "dobj")]
    return any(
        (w.tag_ in ("NNS", "NNPS") and not any(d.dep_ == "nummod" for d in w.children)) or w.lower_ in GENERIC_PEOPLE
        for w in who
    )


def _hard_to_do(head: Any) -> bool:
    """ "those involved could face difficulties crossing the border": a hardship foreseen, no crossing."""
    noun = head.head
    if head.dep_ == "pcomp" and noun.lower_ == "in":
        noun = noun.head  # "difficulties in crossing"
    if head.dep_ not in ("acl", "pcomp") or noun.lemma_.lower() not in DIFFICULTY_NOUNS:
        return False
    verb = noun.head
    return verb.lemma_.lower() == "face" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _regardless_of(head: Any) -> bool:
    """ "regardless of the number of attempts made to flee", "irrespective of whether they defected": a condition
    set aside, no incident."""
    for anc in list(head.ancestors)[:6]:
        if anc.lower_ == "of" and anc.head.lower_ in ("regardless", "irrespective"):
            return True
        if anc.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return False
    return False


def _attempts_fought(head: Any) -> bool:
    """ "to stamp out people's attempts to escape", "crack down on efforts to smuggle": plural attempts that a
    measure fights, no particular one (the parser may read "attempts" as a verb)."""
    if head.dep_ not in ("xcomp", "acl", "relcl"):
        return False
    attempt = head.head
    if attempt.lemma_.lower() not in ATTEMPT_WORDS or not attempt.lower_.endswith("s"):
        return False
    if any(c.dep_ in ("det", "nummod") and c.lower_ not in ("any", "all") for c in attempt.children):
        return False  # "the three attempts to cross": counted cases
    window = attempt.doc[max(attempt.sent.start, attempt.i - 4) : attempt.i]
    return any(t.lemma_.lower() in OPPOSE_VERBS or t.lemma_.lower() == "crack" for t in window)


def _means_of_other(head: Any, trig: Trigger, found: list[Trigger]) -> bool:
    """ "family defections to China via smuggling ships": a smuggling word naming the vessel or route of another
    deed told in the sentence."""
    if not any(t.type != "SMUGGLING" and t.head.i != head.i for t in found):
        return False
    if head.dep_ in ("amod", "compound") and head.head.lemma_.lower() in MEANS_NOUNS:
        noun = head.head
        return noun.dep_ == "pobj" and noun.head.lower_ in MEANS_PREPS
    if head.dep_ == "pcomp" and head.head.lower_ in MEANS_PREPS and head.tag_ == "VBG":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in MEANS_NOUNS for c in head.children)
    return False


def _trend_backdrop(head: Any) -> bool:
    """ "With defections and smuggling continuing unabated, the party ordered ...": bare activity nouns in a
    "with" phrase of a trend, the reason for what the sentence tells."""
    if head.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    doc = head.doc
    start = head.sent.start
    i = head.i - 1
    while i >= start and i >= head.i - 5 and doc[i].pos_ in ("NOUN", "ADJ", "CCONJ", "PUNCT", "ADV"):
        i -= 1
    if i < start or doc[i].lower_ != "with":
        return False
    j = head.i + 1
    end = min(head.sent.end, head.i + 6)
    while j < end and doc[j].pos_ in ("NOUN", "ADJ", "CCONJ", "PUNCT", "ADV") and doc[j].tag_ != "VBG":
        j += 1
    return j < end and doc[j].tag_ == "VBG" and doc[j].lemma_.lower() in TREND_VERBS


def _named_target(head: Any) -> bool:
    """ "The targets are the smuggling of drugs, illegally crossing the river ...": what a campaign aims at."""
    tok = head
    for _ in range(4):
        if tok.dep_ not in ("attr", "conj", "advcl", "appos", "dobj", "pobj", "prep") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in ("be", "include"):
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in TARGET_SUBJECTS for c in tok.children)
    return False


def _only_considered(head: Any) -> bool:
    """ "to warn others who may be considering defecting": a leaving people only think about."""
    if head.dep_ not in ("xcomp", "ccomp", "dobj") or head.head.lemma_.lower() not in PONDERING:
        return False
    verb = head.head
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return True
    return verb.dep_ == "relcl" and verb.head.lower_ in GENERIC_PEOPLE


VESSELS = {"boat", "ship", "vessel", "trawler", "junk"}


def _vessels_sent_off(head: Any) -> bool:
    """Boats expelled from waters: turned back at sea, not a penalty on people."""
    return any(c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in VESSELS for c in head.children)


def _raid_to_steal(head: Any) -> bool:
    """ "soldiers raided several houses, stealing money and phones", "raiding homes to steal food": a robbery."""
    return any(c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in STEALING for c in head.children)


def _any_of_kind(trig: Trigger) -> bool:
    """ "to prevent any defection", "report any crossing": any incident of a kind, no particular one."""
    head = trig.head
    return head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("any", "whatever") for c in head.children)


# verbs whose participle on a person says where he serves ("a soldier posted at the border")
STATIONING_VERBS = {"post", "deploy", "station", "assign", "base"}


def _describes_person(trig: Trigger) -> bool:
    """ "a soldier posted at the border", "guards deployed along the river": who they are, not a deployment."""
    head = trig.head
    if (
        trig.type == "CRACKDOWN"
        and head.lemma_.lower() in ("station", "base")
        and head.tag_ == "VBN"
        and any(
            c.dep_ == "nsubjpass"
            and (c.pos_ == "PRON" or any(d.lower_ in ("the", "these", "those") for d in c.children))
            for c in head.children
        )
    ):
        return True  # "the six soldiers were stationed near the border": where the people told of serve
    if (
        trig.type == "CRACKDOWN"
        and head.tag_ == "VBN"
        and head.dep_ in ("csubj", "csubjpass")
        and (head.lemma_.lower() in STATIONING_VERBS and not any(c.dep_ in ("aux", "auxpass") for c in head.children))
    ):
        return True  # "soldiers posted at the border are ...", parsed as a clause that is the subject
    if (
        trig.type == "CRACKDOWN"
        and head.dep_ in ("ROOT", "ccomp")
        and head.lemma_.lower() in STATIONING_VERBS
        and any(
            c.dep_ in ("dep", "advcl")
            and c.tag_ == "VBD"
            and not any(d.dep_ in ("nsubj", "nsubjpass", "mark") for d in c.children)
            for c in head.children
        )
        and any(c.dep_ == "nsubj" and any(d.lower_ in ("a", "an") for d in c.children) for c in head.children)
    ):
        return True  # "a soldier deployed to the border ... recently defected", the real verb parsed as "dep"/"advcl"
    if trig.type != "CRACKDOWN" or head.dep_ != "acl" or head.tag_ != "VBN":
        return False
    return bool(head.lemma_.lower() in STATIONING_VERBS and head.head.pos_ in ("NOUN", "PROPN"))


def _caught_before_sentence(trig: Trigger, others: list[Trigger]) -> bool:
    """Rule 5: "executions of people who had been caught distributing South Korean media": being caught at an
    offence says who was punished, no arrest of its own."""
    head = trig.head
    if trig.type != "ARREST" or head.lemma_.lower() != "catch" or head.dep_ not in ("relcl", "acl"):
        return False
    if not any(c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" for c in head.children):
        return False
    punished = {o.head.i for o in others if o.type == "PUNISHMENT"}
    noun = head.head
    if noun.i in punished or (noun.dep_ in ("nsubjpass", "dobj") and noun.head.i in punished):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i in punished


def _is_topic(trig: Trigger) -> bool:
    """A bare activity noun named as a topic ("collecting information on smuggling", "incidents related to
    smuggling") or as a livelihood ("the economy depends on the smuggling of goods"): no incident. With a
    determiner or a possessive ("rumours about the arrest", "reports on his defection") a topic may be one."""
    head = trig.head
    if head.dep_ in ("pobj", "pcomp") and head.head.lower_ == "of" and head.head.head.lemma_.lower() in AIM_NOUNS:
        return True  # "with the goal of tracking down defectors": what an operation is for
    if _classed_as(head):
        return True
    if head.dep_ in ("npadvmod", "compound") and head.head.lower_ in TOPIC_ADJECTIVES:
        return True  # "the first smuggling-related arrest": a kind of arrest
    if head.pos_ != "NOUN" or head.dep_ not in ("pobj", "pcomp") or head.tag_ != "NN":
        return False
    prep = head.head
    if prep.lower_ == "on" and prep.head.lemma_.lower() in DEPENDING_VERBS:
        return True
    if any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    if (
        prep.lower_ in ("on", "against")
        and prep.head.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in MEASURE_NOUNS for c in prep.head.children)
    ):
        return True  # "scaling back its crackdowns on smuggling", the "on" hung from the verb: a measure's target
    if prep.lower_ in TOPIC_PREPS:
        return bool(prep.head.pos_ == "NOUN")  # "information on smuggling" (not "went on trial")
    return bool(prep.lower_ == "to" and prep.head.lower_ in TOPIC_ADJECTIVES)


# measures aimed at an activity: "launched a crackdown on smuggling", "stepped up controls against defection"
MEASURE_NOUNS = {"crackdown", "clampdown", "campaign", "restriction", "control", "surveillance", "war", "fight",
                 "punishment", "penalty", "inspection", "measure", "ban", "offensive", "drive", "effort"}  # fmt: skip
AIM_NOUNS = {"goal", "aim", "purpose", "objective", "intention", "intent"}
# verbs that put something in a class: "disappearances are treated as attempted defections"
CLASSING_VERBS = {"treat", "regard", "consider", "view", "see", "label", "brand", "classify", "deem", "define",
                  "designate", "count", "class", "categorize", "categorise", "handle"}  # fmt: skip


def _classed_as(head: Any) -> bool:
    """A bare activity noun that says what something is taken for ("disappearances are automatically being
    treated as attempted defections"): a class, no incident."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ != "as":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    return bool(head.head.head.lemma_.lower() in CLASSING_VERBS)


GOODS_CARRIED = {"sack", "sacks", "bundle", "bundles", "bag", "bags", "goods", "load", "loads", "box", "boxes", "cargo",
                 "contraband", "backpack", "pack", "packs", "kilograms", "kg", "tons", "tonnes"}  # fmt: skip
CARRY_VERBS = {"carry", "haul", "drag", "pull", "bear", "bring", "deliver", "fetch", "collect", "pick", "receive",
               "sell", "buy"}  # fmt: skip
BRIBE_PHRASES = {"look", "turn", "turned", "bribe", "open", "switch", "switched"}


def _is_run_purpose(head: Any) -> bool:
    """A smuggling infinitive that tells what a move was for ("crossed the river to smuggle in rice")."""
    return (
        head.dep_ in ("advcl", "xcomp")
        and head.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    )


def _carries_goods(head: Any) -> bool:
    """A crossing made "with sacks", "with a bundle on her back": goods, not people, are what crosses."""
    for child in head.children:
        if child.dep_ == "dobj" and child.lower_ in GOODS_CARRIED:
            return True  # "tried to get goods across the border", "took sacks across the river": goods cross
        if child.dep_ == "prep" and child.lower_ == "with":
            if any(c.dep_ == "pobj" and c.lower_ in GOODS_CARRIED for c in child.children):
                return True
        # "crossed the river carrying a sack of copper", "crossed the ice to fetch a load from the Chinese side"
        if child.dep_ in ("advcl", "xcomp", "conj") and child.lemma_.lower() in CARRY_VERBS:
            if any(c.dep_ == "dobj" and c.lower_ in GOODS_CARRIED for c in child.children):
                return True
    return False


# verbs whose object is a network found out or broken up ("uncovered a smuggling ring"): the bust is the event
BUST_VERBS = {"uncover", "bust", "break", "dismantle", "discover", "expose", "crack", "smash", "catch", "find",
              "arrest", "detect", "raid", "investigate", "target"}  # fmt: skip
# the people a sanction or a search acts on: what they did is told to say who they are (rule 5)
ACTED_ON_TYPES = {"ARREST", "PUNISHMENT", "VIOLENCE"}
FINDING_VERBS = {"find", "discover", "uncover", "reveal", "establish", "confirm", "learn", "expose"}


def _is_circumstance(trig: Trigger, others: list[Trigger]) -> bool:
    """A crossing or a smuggling told only to identify the people acted on is no incident of its own.

    "a border guard who helped four residents escape to China has been arrested", "shot a woman who
    was wading across", "a trial for a ring of smugglers who had been moving copper": the relative
    clause says who was arrested, shot or tried (rule 5). So does a network that was broken up
    ("uncovered a smuggling ring"): the bust is the event.
    """
    head = trig.head
    if (
        trig.type == "CRACKDOWN"
        and head.pos_ == "NOUN"
        and head.dep_ == "nsubj"
        and (head.head.lemma_.lower() in FINDING_VERBS and any(o.type in ACTED_ON_TYPES for o in others))
    ):
        return True  # "arrested after an inspection uncovered a ring": the finding explains the arrest
    if trig.type not in ("DEFECTION", "SMUGGLING"):
        return False
    if trig.type == "SMUGGLING" and _told_in_full(head):
        return False  # "a smuggler attempting to move 58 kg of gold across the Yalu was arrested" (rule 5)
    if trig.type == "SMUGGLING" and head.pos_ == "NOUN" and head.dep_ in ("dobj", "nsubjpass"):
        if head.head.lemma_.lower() in BUST_VERBS:
            return True
    sanctions = [o for o in others if o.type in ACTED_ON_TYPES and o is not trig]
    if trig.type == "SMUGGLING":
        sanctions += [o for o in others if o.type == "CRACKDOWN"]
    if not sanctions:
        return False
    # "the three who had been making border crossings were shot": the noun is what a light verb makes
    start = head.head if head.pos_ == "NOUN" and head.dep_ == "dobj" and _light_relcl(head.head) else head
    # "a man who crossed into Tumen city was caught by Chinese police": his own crossing, then the arrest
    told_itself = start.dep_ == "relcl" and start.lemma_.lower() not in ("try", "attempt", "help")
    # (an investigation of "officers who took bribes from smugglers" is about them, not a smuggling run)
    acted_on = {o.head.i for o in sanctions if not (told_itself and o.type == "ARREST")}
    clause = start
    for _ in range(4):
        if clause.dep_ == "relcl" or (clause.dep_ == "acl" and clause.tag_ == "VBG"):
            break
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in FINDING_VERBS:
            return True  # "sentenced after an inspection found that they had let goods through"
        if clause.dep_ not in ("xcomp", "ccomp", "conj") or clause.head.i == clause.i:
            return False
        clause = clause.head
    else:
        return False
    if clause.dep_ == "acl" and clause.i == head.i:
        # "caught him carrying a sack of copper", "a man carrying goods across the Yalu was shot": the act is told
        acted_on = {o.head.i for o in sanctions if o.type == "CRACKDOWN"}
    noun = clause.head  # the person or group the clause describes
    for _ in range(5):  # up through "of" and "for" ("a trial for a ring of smugglers who ...")
        if noun.i in acted_on:
            return True
        if noun.dep_ in ("dobj", "nsubjpass", "pobj", "prep", "appos", "conj") and noun.head.i != noun.i:
            noun = noun.head
        else:
            break
    return noun.i in acted_on


# verbs that only carry an activity noun: "who had been making border crossings", "who carried out smuggling"
LIGHT_VERBS = {"make", "carry", "conduct", "commit", "engage", "do", "stage"}


def _light_relcl(verb: Any) -> bool:
    return bool(verb.dep_ == "relcl" and verb.lemma_.lower() in LIGHT_VERBS)


PLACE_ENTS = {"GPE", "LOC", "FAC"}
AMOUNT_ENTS = {"QUANTITY", "MONEY"}


def _told_in_full(head: Any) -> bool:
    """A smuggling run told as an incident in its own right (rule 5: who, when, where): its own phrase names a
    place and either the goods by amount or a date ("attempting to move 58 kg of gold across the Yalu River",
    "tried to transfer five kilograms of gold to a Chinese trader near Hyesan", "busted for smuggling at the
    mouth of the Yalu River in Sinuiju on Mar. 1")."""
    place = amount = date = False
    for tok in head.subtree:
        if tok.dep_ in ("relcl", "advcl") and tok.i != head.i:
            continue
        ent = tok.ent_type_
        if ent in PLACE_ENTS:
            place = True
        elif ent in AMOUNT_ENTS and tok.like_num is False and tok.dep_ in ("dobj", "pobj", "nsubjpass"):
            amount = True
        elif ent == "DATE" and tok.pos_ in ("PROPN", "NUM"):
            date = True
    return place and (amount or date)


# where one word triggers two types, the more specific reading wins (rule 2: a sweep of stations and
# markets is a CRACKDOWN, not a SEARCH; demanding money is extortion, not an order)
PRECEDENCE = {
    ("SEARCH", "CRACKDOWN"),
    ("DIRECTIVE", "OTHER"),
    ("DEFECTION", "DESERTION"),
    ("DEFECTION", "OTHER"),
    ("DEFECTION", "SMUGGLING"),
    ("ARREST", "SMUGGLING"),
    ("OTHER", "DESERTION"),
}


def _precedence(found: list[Trigger]) -> list[Trigger]:
    by_head: dict[int, set[str]] = {}
    for t in found:
        by_head.setdefault(t.head.i, set()).add(t.type)
    kept = []
    for t in found:
        others = by_head[t.head.i]
        # "dispatched investigators to find the escaped prisoner": a sending with a hunt for its aim is the hunt
        sent_to_hunt = "SEARCH" in others and "CRACKDOWN" in others and t.head.lemma_.lower() in ("dispatch", "send")
        if t.type == "SEARCH" and "CRACKDOWN" in others and (_hunts_someone(t.head) or sent_to_hunt):
            kept.append(t)  # "searched every house in the village for him": a hunt (rule 2)
        elif t.type == "CRACKDOWN" and "SEARCH" in others and (_hunts_someone(t.head) or sent_to_hunt):
            continue
        elif not any((t.type, other) in PRECEDENCE for other in others):
            kept.append(t)
    for t in kept:
        if t.type == "SEARCH" and _finding_out(t.head):
            t.type = "CRACKDOWN"  # "sent agents to every household to find out who had helped him": an inquiry
    return kept


def _hunts_someone(head: Any) -> bool:
    """The search is "for him", "for the soldier", "for Kim": a specific person, not anyone of a kind."""
    for prep in for_phrases(head):
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lower_ in ("him", "her", "them") or obj.ent_type_ == "PERSON":
                return True
            if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "every", "all")
                   for c in obj.children):  # fmt: skip
                return True
    return False


def for_phrases(head: Any) -> list[Any]:
    """The "for" phrases of a search noun, also one the parser hung on the verb ("stepped up its hunt for people")."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"]
    doc = head.doc
    if not preps and head.i + 1 < len(doc) and head.dep_ in ("dobj", "nsubjpass"):
        nxt = doc[head.i + 1]
        if nxt.lower_ == "for" and nxt.dep_ == "prep" and nxt.head.i == head.head.i:
            preps.append(nxt)
    return preps


def _finding_out(head: Any) -> bool:
    """Sent people "to find out" something: an inquiry, not a hunt."""
    return any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "find" and any(p.lower_ == "out" for p in c.children)
        for c in head.children
    )


def _punishment_over_violence(found: list[Trigger]) -> list[Trigger]:
    """ "shot by firing squad" is an execution: drop the shooting where a punishment sits on it."""
    punish = [t for t in found if t.type == "PUNISHMENT"]
    out = []
    for trig in found:
        if trig.type == "VIOLENCE" and any(p.head.i == trig.head.i or _nested(p.head, trig.head) for p in punish):
            continue
        if trig.type == "VIOLENCE" and _means_of_execution(trig.head, punish):
            continue
        out.append(trig)
    return out


def _means_of_execution(head: Any, punish: list[Trigger]) -> bool:
    """ "executed by anti-aircraft gunfire", "shot with machine guns" under a sentence: how the punishment was
    carried out, no violence of its own."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ not in ("by", "with"):
        return False
    return any(p.head.i == head.head.head.i for p in punish)


def _nested(inner: Any, outer: Any) -> bool:
    """`inner` hangs below `outer`, not as a clause joined to it ("was forced to get an abortion and was subject to
    re-education": two deeds, not one told twice)."""
    tok = inner
    while tok.head.i != tok.i:
        if tok.dep_ == "conj":
            return False
        tok = tok.head
        if tok.i == outer.i:
            return True
    return False


def _outermost(found: list[Trigger]) -> list[Trigger]:
    """One trigger per type where one sits inside the other's phrase ("executed by firing squad")."""
    heads = {(t.type, t.head.i) for t in found}
    kept = []
    for trig in found:
        inner = False
        tok = trig.head
        # "letting smugglers bring in goods", "helped them cross the river": one event told by two verbs
        nested = tok.dep_ in ("ccomp", "xcomp") and (trig.type, tok.head.i) in heads
        if trig.type in ("SMUGGLING", "DEFECTION") and nested:
            continue
        while tok.head.i != tok.i and tok.dep_ not in ("ccomp", "advcl", "relcl", "xcomp", "conj", "csubj"):
            tok = tok.head
            if (trig.type, tok.i) in heads:
                inner = True
                break
        if not inner:
            kept.append(trig)
    return kept


def _longest(found: list[Trigger]) -> list[Trigger]:
    found.sort(key=lambda t: (-(t.end - t.start), t.start))
    kept: list[Trigger] = []
    for trig in found:
        clash = any(k.type == trig.type and k.start < trig.end and trig.start < k.end for k in kept) or any(
            k.head.i == trig.head.i and k.type == trig.type for k in kept
        )
        if not clash:
            kept.append(trig)
    kept.sort(key=lambda t: t.start)
    return kept
