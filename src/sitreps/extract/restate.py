"""Restatements: a mention that presupposes an incident instead of telling a new one (TAXONOMY.md rule 4).

A report tells its incident once and then points back at it: "whether he crossed the border for defection
was not known", "after he heard his accomplice was caught", "a neighbour found out they had crossed the
border", "the soldier who defected this week", "the defections", "his arrest", "of the arrested". Such a
mention is marked `anaphoric`, and the merge joins it to the matching incident of its type told before it
(adding its statement as evidence); where none was told before, it stays an event of its own.

A mention that carries its own time expression or a count of its own people tells something new and is
left alone. The tests are cheap: the trigger's head and its few governors, no walk over the sentence.
"""

from __future__ import annotations

from typing import Any

from sitreps.model import Mention, TimeExpression

# verbs whose complement is a happening taken as known ("heard that he was caught", "found out they had
# crossed"), or as suspected of a known disappearance ("presuming he had crossed the border")
FACTIVE = {"hear", "learn", "know", "find", "discover", "realize", "realise", "notice", "presume", "suspect",
           "forget", "remember", "recall"}  # fmt: skip
# prepositions whose bare gerund takes its happening as given: "after defecting", "since crossing"
GIVEN_MARKS = {"after", "since", "following", "upon", "on"}
DEFINITE = {"the", "this", "that", "these", "those"}
POSSESSIVE = {"his", "her", "their", "its"}
# words of a noun phrase that make it a new set of people or acts ("another", "two", "a further", "more")
NEW_WORDS = {"another", "other", "further", "more", "new", "first", "second", "latest", "recent", "similar",
             "such", "previous", "earlier", "last", "next", "many", "several", "some", "all", "every"}  # fmt: skip


def mark_presupposed(mentions: list[Mention], doc: Any, times: list[TimeExpression]) -> None:
    """Mark as anaphoric each mention whose trigger presupposes an incident (see the module docstring)."""
    if len(mentions) < 2:
        return
    spans = [t.span for t in times if t.span is not None]
    for m in mentions:
        if m.anaphoric or m.modality not in ("asserted", "uncertain") or m.evidence.trigger_span is None:
            continue
        span = m.evidence.trigger_span
        chars = doc.char_span(span.start, span.end, alignment_mode="expand")
        if chars is None or not len(chars):
            continue
        head = chars.root
        if any(c.dep_ == "nummod" for c in head.children):
            continue  # "two arrests": a count of its own
        clause = _clause(head)
        if _known_happening(head) or (m.type == "DIRECTIVE" and _known_order_passed_on(head)):
            m.anaphoric = True  # "the attack took place on Saturday": the date is the known attack's
            continue
        if any(clause.left_edge.idx <= s.start < clause.right_edge.idx + len(clause.right_edge) for s in spans):
            continue  # "after he was caught on May 3": a date of its own tells the time of a happening
        sent = head.sent
        dated = any(sent.start_char <= s.start < sent.end_char for s in spans)
        if m.type in CUSTODY_TYPES and _group_told_again(head):
            m.anaphoric = True  # "detain the group for repatriation", "all 41 of them were sent back"
            continue
        if _presupposed(head, clause, dated):
            m.anaphoric = True


CUSTODY_TYPES = {"ARREST", "PUNISHMENT"}
EARLIER = {"previously", "earlier", "once", "formerly", "before"}
# quantifiers that take a part or the whole of a group told ("all of them", "all 41 of the defectors")
GROUP_PARTS = {"all", "both", "each"}


def _group_told_again(head: Any) -> bool:
    """A custody verb whose people are a group pointed back at ("the group was sent back", "detain the group",
    "the 41 were repatriated", "all 41 of them have been repatriated"): the group's custody told again, not new
    people. Not "another group", "a group of ten", "the other eight", "the group of five arrested in May"."""
    if head.pos_ != "VERB":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in EARLIER for c in head.children):
        return False  # "the two had previously been arrested for carrying copper": an earlier custody
    people = [c for c in head.children if c.dep_ in ("nsubjpass", "dobj")]
    return len(people) == 1 and _known_group(people[0])


def _known_group(noun: Any) -> bool:
    words = {c.lower_ for c in noun.children}
    if words & NEW_WORDS - GROUP_PARTS or any(c.dep_ in ("relcl", "acl", "amod", "compound") for c in noun.children):
        return False
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
    if (noun.lower_ == "group" or noun.pos_ == "NUM") and definite:
        return not any(c.dep_ == "prep" for c in noun.children)  # "the group", "the 41"
    if noun.lower_ in GROUP_PARTS or (noun.pos_ == "NUM" and words & GROUP_PARTS):
        # "all of them", "all 41 of the defectors": the whole of a group named as known
        of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        known = [g for p in of for g in p.children if g.dep_ == "pobj"]
        return len(known) == 1 and (
            known[0].lower_ in ("them", "those")
            or any(c.dep_ == "det" and c.lower_ in DEFINITE for c in known[0].children)
        )
    return False


def _known_act_of_one(head: Any) -> bool:
    """ "The shooting of an escapee", "the arrest of the broker": an act named as known, done to one person named
    by a singular noun; not a practice ("the surveillance of defectors", "the repatriation of North Koreans"), nor
    an act with a part of its own ("the arrest of a man in Hyesan", "the execution of a man who ...")."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
        return False
    parts = [c for c in head.children if c.dep_ in ("prep", "acl", "relcl", "compound", "nummod")]
    if len(parts) != 1 or parts[0].dep_ != "prep" or parts[0].lower_ != "of":
        return False
    objects = [c for c in parts[0].children if c.dep_ == "pobj"]
    if len(objects) != 1:
        return False
    person = objects[0]
    if (
        person.pos_ != "NOUN"
        or person.tag_ != "NN"
        or any(c.dep_ in ("prep", "relcl", "acl", "nummod", "conj") for c in person.children)
    ):
        return False
    return not {c.lower_ for c in person.children} & NEW_WORDS


# verbs that tell when or where a happening named as their subject took place
OCCURRENCE = {"happen", "occur"}


def _known_happening(head: Any) -> bool:
    """An act named as known and the subject of a verb of occurrence ("the attack took place on Saturday", "the
    shooting happened near Hyesan"): what follows dates or places the act told before, not a new one."""
    if not _known_subject(head, ("nsubj",), ("prep", "acl", "relcl")):
        return False
    verb = head.head
    lemma = verb.lemma_.lower()
    if lemma in OCCURRENCE:
        return True
    return lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


# verbs that tell how an order already named went out: "the order was handed down on March 3", "the instruction
# came down from the provincial committee", "the directive was issued last week"
PASSED_ON = {"hand", "issue", "send", "come", "arrive", "deliver", "pass", "relay", "distribute", "reach", "give"}


def _known_order_passed_on(head: Any) -> bool:
    """An order named as known ("the order", "this instruction") as the subject of a verb that tells how or when it
    went out: the order told before, dated or addressed by what follows, not a new one."""
    return _known_subject(head, ("nsubj", "nsubjpass"), ("acl", "relcl")) and head.head.lemma_.lower() in PASSED_ON


def _known_subject(head: Any, deps: tuple[str, ...], new_parts: tuple[str, ...]) -> bool:
    """A noun subject (of one of `deps`) named as known ("the attack", "this order"), with no word or part
    (`new_parts` dependencies) that makes it another one."""
    if head.pos_ != "NOUN" or head.dep_ not in deps:
        return False
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children):
        return False
    return not ({c.lower_ for c in head.children} & NEW_WORDS or any(c.dep_ in new_parts for c in head.children))


def _known(noun: Any) -> bool:
    """A pronoun, or a noun phrase named as known ("the soldiers"), without a part of a group picked out."""
    if any(c.dep_ == "prep" for c in noun.children):
        return False  # "one of the traders"
    return noun.pos_ == "PRON" or any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


def _clause(head: Any) -> Any:
    """The verb of the trigger's clause (the trigger itself when it is the verb)."""
    tok = head
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ in ("ROOT", "advcl", "ccomp", "relcl", "pcomp"):
            return tok
        tok = tok.head
    return head


def _presupposed(head: Any, verb: Any, dated: bool) -> bool:
    """`dated`: the sentence has a time expression (which may tell the time of a new act the clause hangs on)."""
    named = head.pos_ in ("NOUN", "ADJ") or (head.pos_ == "VERB" and head.dep_ in ("pobj", "nsubj", "nsubjpass"))
    if named and head.dep_ in ("pobj", "nsubj", "nsubjpass", "conj"):
        words = {c.lower_ for c in head.children if c.dep_ in ("det", "poss", "amod", "predet")}
        if words & NEW_WORDS:
            return False  # "another arrest", "the second execution": a new act
        if head.pos_ == "NOUN" and not dated and _known_act_of_one(head):
            return True  # "the shooting of an escapee after he had reached China formed part of a crackdown"
        if any(c.dep_ in ("prep", "acl", "relcl", "compound") for c in head.children):
            return False  # "the surveillance of defectors": a practice, or an act told by its parts
        if any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children):
            return True  # "the defections", "of the arrested": the act named as known, not told
        if head.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE for c in head.children):
            return True  # "his arrest", "their smuggling"
    asked = verb.head if verb.dep_ == "xcomp" else verb  # "whether he was to defect"
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in asked.children) and asked.dep_ != "ROOT":
        return True  # "whether he crossed the border for defection was not known"
    if verb.dep_ == "relcl" and not dated:
        noun = verb.head
        if any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children) and not (
            {c.lower_ for c in noun.children} & NEW_WORDS
        ):
            return True  # "the soldier who defected this week", "the fugitive who turned himself in"
    if verb.dep_ == "pcomp" and verb.head.lower_ in GIVEN_MARKS and not dated:
        return True  # "after crossing the border"
    if verb.dep_ == "advcl" and not dated and any(c.dep_ == "mark" and c.lower_ == "because" for c in verb.children):
        # "they will face harsh punishment because they were caught": the cause, already told (not "because one
        # of the traders was caught", someone picked out)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and all(_known(c) for c in subjects):
            return True
    # "heard his accomplice was caught", "found out they had crossed the border"
    governor = verb.head if verb.dep_ in ("ccomp", "xcomp", "advcl") else None
    return governor is not None and governor.lemma_.lower() in FACTIVE
