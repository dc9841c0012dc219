"""The story a report tells, read across its sentences: which date belongs to each event (its own clause, an
anchoring phrase, a counted offset, a trial, the lead) and which events are recalled background (TAXONOMY
rules 3 and 11). See docs/extraction.md, "Dates" and "Back-references"."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sitreps import nlp
from sitreps.extract.cues import DATELINE, DEADLINE, ORDER_LEMMAS
from sitreps.extract.references import RECALL_CUES, ReportCue
from sitreps.extract.time import date_start, is_datable, to_event_date
from sitreps.model import EventDate, Mention, Span, TimeExpression

if TYPE_CHECKING:
    from sitreps.pipeline import Extractor


def _possessed_date(tok: Any, end: int) -> bool:
    """The date modifies a noun as a possessive or inside a possessed noun phrase ("last month's escape", "a
    pastor's October 2 crossing"): it dates that noun, not the verb above it. A bare "the Oct. 5 incident" stays
    open, as before."""
    noun = tok.head
    if tok.dep_ not in ("poss", "compound", "nmod") or noun.pos_ not in ("NOUN", "PROPN") or noun.i < end:
        return False
    return tok.dep_ == "poss" or any(c.dep_ == "poss" for c in noun.children)


def _anchor_token(doc: Any, span: Span) -> Any | None:
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    if chars is None or len(chars) == 0:
        return None
    tok = chars.root
    if _possessed_date(tok, chars.end):
        return tok.head  # "last month's escape", "Park's Christmas Eve crossing": that noun's own date
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.i != chars.root.i:
            return tok
        tok = tok.head
    return tok


UNTIL = re.compile(r"\b(?:until|till)\s+(?:the\s+)?$", re.I)


def attach_date(
    head: Any, times: list[tuple[TimeExpression, Any]], ex: Extractor, backref: bool, words: range = range(0)
) -> TimeExpression | None:
    """The date that belongs to this event: the first one attached to the trigger (any of its `words`: "went
    missing the following year") or a head above it. An event told as done is not dated after publication:
    "have recently escaped ..., ahead of a Party anniversary in October" is dated by some other phrase, or none."""
    # "placed under lockdown until Dec. 4": the day a state ends dates neither its start nor the event
    times = [(t, s) for t, s in times if not UNTIL.search(ex._text[max(0, t.span.start - 12) : t.span.start])]
    expr = _attach_date(head, times, ex, backref, words)
    for _ in range(2):
        if expr is None or not _after(expr, ex._published) or not _told_as_done(_clause_verb(head)):
            break
        times = [(t, s) for t, s in times if t is not expr]
        expr = _attach_date(head, times, ex, backref, words)
    return expr


def _clause_verb(head: Any) -> Any:
    """The trigger if it is a verb, else the verb above it ("the timing of their defection may have triggered")."""
    tok = head
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


# how what an order calls for hangs on it ("ordered ... to arrest", "an order to report on the arrest")
ORDERED_CONTENT = {"xcomp", "ccomp", "acl", "dobj", "prep", "pobj"}


def _attach_date(
    head: Any, times: list[tuple[TimeExpression, Any]], ex: Extractor, backref: bool, words: range = range(0)
) -> TimeExpression | None:
    if not times:
        return None
    doc = head.doc
    anchors: dict[int, list[TimeExpression]] = {}
    for expr, _sent in times:
        tok = _anchor_token(doc, expr.span)
        if tok is None:
            continue
        attributing = tok.lemma_.lower() in ex.sources.verbs and not any(c.dep_ == "xcomp" for c in tok.children)
        # "said Thursday the incident has resulted in ...": the parser may hang the telling's day on the clause told
        attributing = attributing or bool(TOLD_ON.search(ex._text[max(0, expr.span.start - 40) : expr.span.start]))
        if attributing and tok.i != head.i and not backref:
            continue  # "told Daily NK on Monday" dates the telling, not the incident
        anchors.setdefault(tok.i, []).append(expr)
    own = [e for i in words if i != head.i and i in anchors for e in anchors[i]]
    if own and head.i not in anchors:
        return min(own, key=lambda e: abs(e.span.start - head.idx))
    if head.i not in anchors and head.pos_ == "VERB":
        # "was arrested and detained on Nov. 3": a date on the verb coordinated right after it is shared
        for c in head.children:
            if (c.dep_ == "conj" and c.i in anchors and c.i - head.i <= 3 and c.pos_ == "VERB"
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)):  # fmt: skip
                return min(anchors[c.i], key=lambda e: e.span.start)
    tok = head
    order_at: int | None = None  # the order the trigger is the content of ("ordered ... on May 3 to arrest ...")
    for _ in range(12):
        if tok.i in anchors:
            if order_at is not None and tok.i in (order_at, doc[order_at].head.i):
                return None  # the order's day, not that of the arrest or inspection it calls for
            exprs = anchors[tok.i]
            # "Earlier this month, a soldier crossed ... on Sept. 18": the day, not the period around it
            return min(exprs, key=lambda e: (PRECISION_RANK.get(to_event_date(e).precision or "", 9),
                                             abs(e.span.start - head.idx)))  # fmt: skip
        if tok.head.i == tok.i or _participle_of_noun(tok, head):
            break  # "personnel dispatched to track them down had returned ...": not dated by the clause above
        if tok.dep_ == "relcl" and head.lemma_.lower() not in ORDER_LEMMAS:
            # leaving a relative clause: its own date comes first ("the airfield where nine people had been
            # executed by firing squad on August 30" is not dated by the main clause's "that afternoon")
            own = [e for i, exprs in anchors.items() for e in exprs if head.i in {a.i for a in doc[i].ancestors}]
            if own:
                return min(own, key=lambda e: abs(e.span.start - head.idx))
            if _background_clause(tok):
                return None  # "a man who had been bringing in phones for years": not dated by his arrest
        content = tok.dep_ in ORDERED_CONTENT  # "ordered them to search", not "stopped and searched, and told to"
        # "handed down an order to the team on Aug. 21 to report on the arrest": the order's purpose clause
        purpose = tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        tok = tok.head
        ordering = tok.lemma_.lower() in ORDER_LEMMAS or tok.lower_ in ORDER_LEMMAS
        holds_order = purpose and any(c.dep_ == "dobj" and c.lemma_.lower() in ORDER_LEMMAS for c in tok.children)
        if order_at is None and ((content and ordering) or holds_order):
            order_at = tok.i
    # a date in a clause the trigger governs ("ordered ... to tighten control ... on Monday")
    below = [e for i, exprs in anchors.items() for e in exprs if head.i in {a.i for a in doc[i].ancestors}]
    # "ordered the sweep after three soldiers deserted in May": the date of what prompted the order;
    # "smuggling, which Pyongyang has tried to stamp out since it closed the border in January": another event
    prompted = head.lemma_.lower() in ORDER_LEMMAS | BANS or head.lower_ in ORDER_LEMMAS
    below = [e for e in below if not _in_subordinate_event(_anchor_token(doc, e.span), head, prompted)]
    # "arrested in possession of footage of Park's Christmas Eve crossing": a date inside a noun phrase is its own
    below = [e for e in below if not _in_noun_phrase(_anchor_token(doc, e.span), head)]
    if head.lemma_.lower() in ORDER_LEMMAS or head.lower_ in ORDER_LEMMAS:
        # "ordered ... to launch an inspection from April": a deadline or start of what is ordered, not the order's date
        below = [e for e in below if not DEADLINE.search(ex._text[max(0, e.span.start - 20) : e.span.start])]
        # an order is reported after it was given: a month after publication is when the ordered action is due
        below = [e for e in below if not _after(e, ex._published)]
    if below:
        return min(below, key=lambda e: abs(e.span.start - head.idx))
    return _while_clause_date(head, anchors, ex)


# "arrested ... while attempting to flee on Nov. 3, Daily NK has learned": the parser hangs the "while" clause on
# the closing reporting verb, but it tells the circumstances of the event before it
WHILE_MARKS = {"while", "when"}


def _while_clause_date(head: Any, anchors: dict[int, list[TimeExpression]], ex: Extractor) -> TimeExpression | None:
    """The date of a "while"/"when" clause that follows the trigger's clause but hangs on the reporting verb the
    sentence closes with ("X was arrested ... while attempting to flee ... on Nov. 3, a source said")."""
    clause = _clause_verb(head)
    teller = clause.head
    telling = teller.lemma_.lower() in ex.sources.verbs or teller.lemma_.lower() in REPORTING_LEMMAS
    if clause.dep_ != "ccomp" or teller.i <= clause.i or not telling:
        return None
    for c in teller.children:
        marked = any(g.dep_ == "mark" and g.lower_ in WHILE_MARKS for g in c.children)
        if c.dep_ != "advcl" or c.i < clause.i or not marked:
            continue
        own = [e for i, xs in anchors.items() for e in xs if i == c.i or c.i in {a.i for a in head.doc[i].ancestors}]
        if own:
            return min(own, key=lambda e: e.span.start)
    return None


def _told_as_done(head: Any) -> bool:
    """The trigger is a verb told as done: a simple past or a perfect ("escaped", "have escaped")."""
    if head.tag_ == "VBD":
        return True
    return head.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in head.children)


CURRENT_REPORT_DAYS = 7
# a bare clock time ("7 p.m.", "midnight") and the word before it
BARE_CLOCK = re.compile(
    r"(?:(?:about|around|approximately)\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?|midnight|noon|\d{1,2}"
    r"\s+o['’]clock)",
    re.I,
)
CLOCK_BOUND = re.compile(r"\b(?:after|before|until|till|between|from|to|by|past)\s+(?:about\s+|around\s+)?$", re.I)


# a day told right after a reporting verb ("said Thursday", "told RFA on Wednesday") dates the telling
TOLD_ON = re.compile(
    r"\b(?:said|says|told|added|announced|showed|shows|revealed|claimed|disclosed|confirmed)\s+"
    r"(?:(?:[A-Z][\w.'’]*|the|its)\s+){0,4}(?:on\s+)?$"
)


def _participle_of_noun(tok: Any, head: Any) -> bool:
    """The trigger is a past participle describing a noun ("personnel dispatched to track them down had returned
    on Friday"): what was done to them came before the main clause's event, whose date is not its own."""
    if tok.i != head.i and not (tok.i == head.head.i and head.dep_ == "xcomp"):
        return False
    if tok.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    if tok.dep_ == "acl":
        return tok.head.dep_ in ("nsubj", "nsubjpass")
    # the parser may make the participle the clause's verb, with the noun as its subject: a past participle
    # with a subject but no auxiliary is no finite clause, whatever the parse says
    return tok.dep_ in ("ccomp", "conj") and any(c.dep_ == "nsubj" for c in tok.children)


def _in_noun_phrase(tok: Any | None, head: Any) -> bool:
    """`tok` hangs, below the trigger, on a preposition that modifies a noun ("footage of the crossing"): what
    it dates is that noun's, not the trigger's."""
    for _ in range(12):
        if tok is None or tok.i == head.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "prep" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != head.i:
            return True
        tok = tok.head
    return False


def clock_bound(expr: TimeExpression, text: str) -> bool:
    """A bare clock time that bounds a window or a rule ("after 7 p.m.", "between midnight and 5 a.m.", "moved
    forward to 8 p.m."): when something may happen each day, not when an event did."""
    if not BARE_CLOCK.fullmatch(expr.text.strip()):
        return False
    before = text[max(0, expr.span.start - 20) : expr.span.start]
    after = text[expr.span.end : expr.span.end + 12]
    return bool(CLOCK_BOUND.search(before)) or bool(re.match(r"\s*(?:and|to|until|till|-|–)\s*\d", after))


def report_date(cue: ReportCue, times: list[tuple[TimeExpression, Any]]) -> EventDate | None:
    """The date right after a report cue ("reported in December", "reported on Monday")."""
    for expr, _sent in times:
        if cue.end <= expr.span.start <= cue.end + 4 and is_datable(expr):
            return to_event_date(expr)
    return None


def current_report(cue: ReportCue, times: list[tuple[TimeExpression, Any]], published: date | None) -> bool:
    """The cited report is dated within a week of publication ("reported on Monday"): the news itself."""
    value = report_date(cue, times)
    start = date_start(value.value) if value is not None and value.value else None
    if published is None or value is None or start is None:
        return False
    recent = value.precision in ("day", "week") and timedelta(0) <= published - start <= timedelta(
        days=CURRENT_REPORT_DAYS
    )
    return recent and (cue.official or _opening(cue, times))


LEAD_SENTENCES = 2


def _opening(cue: ReportCue, times: list[tuple[TimeExpression, Any]]) -> bool:
    """The citation is in the report's first sentences, where a rewrite cites the outlet whose news it retells;
    further down, another outlet's report of last Sunday is an earlier report recalled ("Radio Free Asia
    reported on September 3 that at least 41 defectors were detained over July and August")."""
    doc = times[0][1].doc
    dateline = DATELINE.match(nlp.full_text(doc))
    k = 0
    for sent in doc.sents:
        if dateline is not None and sent.end_char <= dateline.end() + 2:
            continue  # "SEOUL, Feb. 13 (UPI) --" parsed as a sentence of its own
        if k >= LEAD_SENTENCES:
            return False
        if cue.start < sent.end_char:
            return True
        k += 1
    return True


def told_on(head: Any, times: list[TimeExpression], ex: Extractor) -> TimeExpression | None:
    """The date of the telling that governs the event ("In 2015, KCNA said it had detained ...")."""
    above: set[int] = set()
    tok = head
    for _ in range(8):  # the verbs whose reported clause the event lies in
        if tok.head.i == tok.i:
            break
        if tok.dep_ == "ccomp":
            above.add(tok.head.i)
        tok = tok.head
    for expr in times:
        tok = _anchor_token(head.doc, expr.span) if is_datable(expr) else None
        if tok is not None and tok.i in above and tok.lemma_.lower() in ex.sources.verbs:
            return expr
    return None


def _background_clause(clause: Any) -> bool:
    """A relative clause in the perfect progressive ("who had been bringing in phones for years"): what
    someone had long been doing before the main clause's time, not an incident on its date."""
    auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    return clause.tag_ == "VBG" and "been" in auxes and bool(auxes & {"had", "has", "have"})


PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}
SUBORDINATE_MARKS = {"after", "before", "until", "till", "because", "once"}


BANS = {"ban", "forbid", "prohibit", "decide"}


def _in_subordinate_event(tok: Any | None, head: Any, prompted: bool) -> bool:
    """`tok` lies in a clause below the trigger that tells another event: a relative clause ("smuggling,
    which Pyongyang has tried to stamp out since ..."), or for an order, what came before or after it
    ("ordered the sweep after three soldiers deserted in May"). Its date is that event's."""
    if tok is None:
        return False
    for _ in range(12):
        if tok.i == head.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "relcl" and tok.head.i != head.i:  # "the inspection that started in the spring" is its own
            # but a present-tense description ("beat a woman who sells goods at the market on August 2") holds
            # no dated event of its own: the parser hung the main event's date on it
            return not (tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children))
        marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
        if prompted and tok.dep_ == "advcl" and marks & SUBORDINATE_MARKS:
            return True
        tok = tok.head
    return False


def _after(expr: TimeExpression, published: date | None) -> bool:
    """The expression starts after the publication date."""
    value = to_event_date(expr).value
    start = date_start(value) if value else None
    return start is not None and published is not None and start > published


SINCE = re.compile(r"\b(?:since|from)\b[^.;,]{0,22}$", re.I)
# "since the end of", "from early": a date that starts a span; not "from China in" (the date of another phrase)
SPAN_START = re.compile(r"\b(?:since|from)\s+(?:(?!in\b|on\b|at\b|during\b)[a-z]+[\s-]+){0,4}$", re.I)


# "the investigation, which began in the spring": the start of something still going on, like "since"
BEGUN = re.compile(r"\b(?:began|begun|started|begin|start)\s+(?:in|on|at|during)?\s*$", re.I)
LONG_RUNNING_DAYS = 270
"""A measure of people new to the story in place since more than this many days before the lead ("checks on
the highways since last year") is the background the story happens against, not part of it."""
RECALL_GAP_DAYS = 20
"""An incident with people new to the story, dated more than this many days before the lead, is recalled
(rule 3). Closer ones are recalled only when told as what set the story off ("after ... in May")."""
GIVEN_GAP_DAYS = 120
"""An incident of the story's own people is part of the case told, unless it lies months before the lead
("both had been arrested in China last year")."""
STALE_LEAD_DAYS = 365
"""When the opening tells no date, the first dated incident is the lead's measure, unless it ended more than this
many days before publication: "Seoul's spy agency said the North executed three officials in 2012", in a report
of 2015 on officials who flee, is the background the story is told against, not its incident."""
EARLY = re.compile(r"\bearly\b", re.I)


def _period_end(value: str, start: date) -> date:
    """Last day an ISO value at its precision can mean."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return start
    if re.fullmatch(r"\d{4}-W\d{2}", value):
        return start + timedelta(days=6)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        nxt = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return nxt - timedelta(days=1)
    if re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", value):
        return start + timedelta(days=91)
    return date(start.year, 12, 31)


# the part of a month a vague date names ("in late July", "mid-September", "early this month")
MONTH_PART = re.compile(r"\b(early|mid|middle|late|end)\b", re.I)
PART_DAYS = {"early": (1, 10), "mid": (11, 20), "middle": (11, 20), "late": (21, 31), "end": (21, 31)}


def _month_part(words: str | None, value: str, start: date, end: date) -> tuple[date, date]:
    """The days a month told with its part can mean: "late last month" is not the 3rd of it, "mid-September" not
    the 10th."""
    if not words or not re.fullmatch(r"\d{4}-\d{2}", value):
        return start, end
    part = MONTH_PART.search(words)
    if part is None:
        return start, end
    first, last = PART_DAYS[part.group(1).lower()]
    return start.replace(day=first), min(end, start.replace(day=min(last, end.day)))


def mark_recalled(
    mentions: list[Mention],
    text: str,
    published: date | None,
    lead_date: date | None = None,
    lead_end: int = 0,
    opening_end: int | None = None,
) -> None:
    """Rule 3: an earlier, separate incident that the report recalls as background.

    The lead's date is the first date the report gives an incident of its story. An asserted event is
    recalled when its people are new to the story (not "he", "the ring", "its members": those make it part
    of the case told) and it is either dated well before the lead, told as what set a story event off ("the
    inspection was launched after two women crossed the river in late December"), or told undated in the
    past perfect or with a recall cue ("previously"). A phrase that ties an event to a recalled one ("in
    that case", "that night") makes it recalled too.
    """
    if lead_date is not None and published is not None and lead_date > published:
        lead_date = None  # "ahead of the anniversary in October": an occasion still to come dates no incident told
    first = mentions[0] if mentions else None
    gap = text[lead_end : first.evidence.span.start] if first is not None else "x"
    undated_opening = not TIME_WORDS.search(text[: min(lead_end, len(text))])
    if first is not None and first.evidence.span.start >= lead_end and not gap.strip() and undated_opening:
        # the opening sentence tells no incident ("SEOUL:" alone, a standfirst "Life as a border guard is no longer
        # cushy"): the lead is the sentence right after it
        lead_end = first.evidence.span.end
    in_lead = [m for m in mentions if m.evidence.span.start < lead_end]
    for m in in_lead:  # the opening sentence tells what the report is about, unless it cites an earlier report
        if m.reported_by is None:
            m.is_back_reference = False
    for m in mentions:  # "As Daily NK reported on April 23, the guard ... disappeared": the lead's incident retold
        if m.is_back_reference and m.reported_by and m not in in_lead and _retells_lead(m, in_lead):
            m.is_back_reference, m.reported_by = False, None
    reference = lead_date
    for m in mentions if reference is None else ():
        if opening_end is not None and m.evidence.span.start >= opening_end:
            break  # an undated lead is not measured against a date told far down ("killed in April")
        start = date_start(m.date.value) if m.date.value else None
        if start is not None and published is not None and start > published:
            continue  # "the timing of their defection ... the upcoming anniversary on Oct. 10": not the lead's day
        if start is not None and not m.is_back_reference and m.modality != "generic":
            stale = published is not None and published - timedelta(days=STALE_LEAD_DAYS)
            if stale and m.date.value and _period_end(m.date.value, start) < stale:
                continue  # years before the report: a figure of the background, not the story's incident
            reference = start
            break
    if reference is None:
        reference = published
    if reference is None:
        return
    lead_types = {m.type for m in in_lead if m.modality != "generic"}
    lead = next((m for m in mentions if m.modality != "generic" and not m.is_back_reference and not (
        m.cause and m.date.value and (date_start(m.date.value) or reference) < reference)), None)  # fmt: skip
    exact = reference if lead is not None and lead.date.precision == "day" else None  # the lead's own day
    standing: list[Mention] = []  # the leader's orders told in the past perfect: recalled, but no sequel of theirs
    # "The latest crackdown came after nine North Koreans crossed ... in June": the lead's date is the one of what
    # set the story off, when no incident of the story has that date itself
    cause_dated = lead_date is not None and not any(
        o.date.value and not o.cause and _covers(o.date.value, lead_date) for o in mentions if o.modality != "generic"
    )
    for m in mentions:
        if m is lead or m.is_back_reference or m.modality not in RECALLED_MODALITIES or m.anchor is not None:
            continue
        if m in in_lead:
            continue
        start = date_start(m.date.value) if m.date.value else None
        if _leader_had_ordered(m, text) and (start is None or start <= reference):
            # "Kim had instructed the military in early July to ...": the order before the story's incident, even
            # with the leader named in it already, and even when it is the report's first date; flagged below
            standing.append(m)
            continue
        if _such_case(m, text) and (start is None or start < reference):
            m.is_back_reference = True  # "The last known such case occurred on Sept. 26, when a boat crossed ..."
            continue
        if m.given and (start is None or start >= reference - timedelta(days=GIVEN_GAP_DAYS)):
            if not (start is None and m.pluperfect and _cued_before(m, text)):
                continue  # "they arrested him at the end of April": the case itself, told from its start
            m.is_back_reference = True  # "the mother had previously defected": her own, earlier incident
            continue
        before = text[max(0, m.date.span.start - 30) : m.date.span.start] if m.date.span is not None else ""
        since = bool(SPAN_START.search(before) or BEGUN.search(before))
        old = start is not None and start < reference - timedelta(days=LONG_RUNNING_DAYS)
        if since and m.type != "DIRECTIVE" and (m.given or not old):
            continue  # "since last autumn": an ongoing part of the story; an order "since May" is background
        end = _period_end(m.date.value, start) if m.date.value and start else None
        if end is not None and start is not None and EARLY.search(m.date.text or ""):
            end = start + (end - start) / 3  # "early this year": its first third
        if end is not None and start is not None and start <= reference <= end and PRIOR.match(m.date.text or ""):
            end = reference - timedelta(days=1)  # "earlier this month", told after the lead's day: before it
        earlier = end is not None and end < reference - timedelta(days=RECALL_GAP_DAYS)
        if m.tally and start is not None and start.year >= reference.year - 1 and _setting_tally(m, reference):
            earlier = False  # this year's or last year's figures: the story's setting
        setting_off = (
            (m.cause or _follows_from(m, text))
            and start is not None
            and (start < reference or (start == reference and cause_dated and _dated_in_clause(m)))
        )
        trig = m.evidence.trigger_span
        habit = trig is not None and bool(HABIT.search(text[max(0, trig.start - 16) : trig.end]))
        telling = m.report_date
        cued = any(c.group(0).lower() != "had also" or not _current(telling, published)
                   for c in RECALL_CUES.finditer(m.evidence.text))  # fmt: skip
        recalled = start is None and m.date.value is None and (cued or (m.pluperfect and not habit))
        told_start = date_start(telling.value) if start is None and telling is not None and telling.value else None
        if told_start is not None and telling is not None and telling.value:  # "Last September, X said they had":
            told_end = _period_end(telling.value, told_start)  # the incident predates a telling well before the lead
            recalled = recalled or told_end < reference - timedelta(days=RECALL_GAP_DAYS)
        if m.modality != "asserted":  # "is believed to have been executed last year": only a date well before
            # the lead makes a hedged incident a recalled one; the story's own people only months before it
            # ("presumed to be the man who defected in November 2020", in a report on his crossing back)
            long_before = start is not None and start < reference - timedelta(days=GIVEN_GAP_DAYS)
            m.is_back_reference = earlier and (not m.given or long_before)
            continue
        if earlier or setting_off or recalled or (start is not None and end is not None and end < reference
                                                  and _separate(m, lead_types, text, exact)):  # fmt: skip
            m.is_back_reference = True
    _clock_of_the_story(mentions)
    _episode_goes_on(mentions, text, lead_end)
    for m in mentions:  # "Three guards were arrested in that case": the recalled incident's sequel
        if m.anchor is not None and m.anchor.is_back_reference and m.modality == "asserted":
            m.is_back_reference = True
            m.reported_by = m.anchor.reported_by
    for k, m in enumerate(mentions):  # "..., and he was later sentenced": told on about the recalled incident
        if m.is_back_reference or m.modality != "asserted" or m.date.value is not None or not m.given:
            continue
        told = [o for o in mentions[:k] if o.evidence.span == m.evidence.span and o.is_back_reference]
        if told:
            m.is_back_reference, m.reported_by = True, told[-1].reported_by
    for m in standing:  # flagged only now: "two of them were taken to Pyongyang", told next, is the story's own
        m.is_back_reference = True
    for m in mentions:  # rule 3: a back-reference with no date of its own takes its report's
        if m.is_back_reference and m.date.value is None and m.report_date is not None:
            m.date = m.report_date


# "had previously", "had once": the person's own earlier incident, not a step of the case told
HAD_BEFORE = re.compile(r"\bhad\s+(?:previously|once)\s+(?:been\s+)?$", re.I)


# "the last known such case", "a previous such incident", "a similar case in March": an earlier case of the story's
# kind, named just before the event that tells it ("..., when a boat crossed the NLL")
SUCH_CASE = re.compile(
    r"\b(?:the\s+(?:last|previous|prior)\s+(?:known\s+|reported\s+|confirmed\s+)?(?:such\s+|similar\s+)?"
    r"|a\s+(?:previous\s+|prior\s+)?(?:such|similar)\s+)(?:case|incident|crossing|defection|instance)s?\b",
    re.I,
)
SUCH_CASE_REACH = 90


def _such_case(m: Mention, text: str) -> bool:
    """The event is told as an earlier case of the story's kind: "The last known such case occurred on Sept. 26, when
    a North Korean boat crossed the NLL", "following a similar case in March in which two were rescued". The cue
    stands before the trigger in its sentence; an event told before the cue ("In May, Seoul rescued four, following
    a similar case in March") is the one the earlier case is compared with."""
    trig = m.evidence.trigger_span
    if trig is None:
        return False
    window = text[max(m.evidence.span.start, trig.start - SUCH_CASE_REACH) : trig.start]
    return SUCH_CASE.search(window) is not None


# "following last month's daring escape", "in the wake of a soldier's recent defection": an earlier incident named
# as a noun phrase after the word that makes it what set the story off
FOLLOWING = re.compile(r"(?<!the )\b(?:following|in\s+the\s+wake\s+of)\s+(?:[\w'’.-]+\s+){0,5}$", re.I)


def _follows_from(m: Mention, text: str) -> bool:
    """The event is named as what the story followed ("issuing fresh orders following last month's escape")."""
    trig = m.evidence.trigger_span
    if trig is None:
        return False
    return FOLLOWING.search(text[max(m.evidence.span.start, trig.start - 60) : trig.start]) is not None


def _dated_in_clause(m: Mention) -> bool:
    """The date is told after the trigger ("came after nine crossed ... in June"), not before the "after" that
    introduces the event ("were tried late last month after an inspection found ...": the main clause's)."""
    trig = m.evidence.trigger_span
    return trig is not None and m.date.span is not None and m.date.span.start > trig.start


def _covers(value: str, day: date) -> bool:
    """The ISO value's period holds the day ("2021-05" holds the 21st of May)."""
    start = date_start(value)
    return start is not None and start <= day <= _period_end(value, start)


def _cued_before(m: Mention, text: str) -> bool:
    """A past perfect marked as before the story ("the mother had previously defected", "he had once been
    arrested"): told about people of the story, it is still an earlier, separate incident (rule 3)."""
    trig = m.evidence.trigger_span
    return trig is not None and HAD_BEFORE.search(text[max(0, trig.start - 40) : trig.start]) is not None


def _leader_had_ordered(m: Mention, text: str) -> bool:
    """The leader's order told in the past perfect ("Kim Jong Un had ordered guards to ..."): given before the
    story's events, background to them (rule 3), even when the leader is already named in the story."""
    trig = m.evidence.trigger_span
    if m.type != "DIRECTIVE" or m.modality != "asserted" or trig is None:
        return False
    window = text[max(0, trig.start - 60) : trig.end]
    return bool(HAD_ORDERED.search(window))


# "Kim Jong Un had ordered", "the leader had personally instructed": the order comes right after "had"
HAD_ORDERED = re.compile(
    r"\b(?:Kim(?:\s+Jong[\s-]+(?:Un|Il))?|leader)\s+had\s+(?:(?:already|personally|also|earlier|previously)\s+)?"
    r"(?:ordered|instructed|directed|handed\s+down|issued|decreed|demanded|told)\b[^.;]*$",
    re.I,
)


# "earlier this month": a period that ends before the day the report is about
PRIOR = re.compile(r"(?:a\s+little\s+)?earlier\s+th(?:is|at)\s+(?:week|month|year)\b", re.I)
# a hedged incident ("was possibly killed in April") is recalled like an asserted one when dated well before
RECALLED_MODALITIES = ("asserted", "uncertain")
ANOTHER = re.compile(r"\b(?:another|a separate|a different)\b", re.I)
OPENS_ANOTHER = re.compile(r"[\s\"“]*(?:another|a separate|a different)\b", re.I)
# "who had been bringing in phones for years": what someone had long been doing, not an incident recalled
HABIT = re.compile(r"\bhad\s+been\s+\w+ing$", re.I)


# a word that dates something: an opening sentence with one tells the story's time, whether or not it names an event
TIME_WORDS = re.compile(
    r"\b(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|"
    r"(?:this|last|next|early|late|earlier|recent)\w*\s+(?:week|month|year|spring|summer|autumn|fall|winter))",
    re.I,
)


def _current(telling: EventDate | None, published: date | None) -> bool:
    """Told within a week of publication ("officials said on Thursday"): a past perfect under it is the
    tense of reported speech, not a recall."""
    start = date_start(telling.value) if telling is not None and telling.value else None
    return (
        start is not None
        and published is not None
        and timedelta(0) <= published - start <= timedelta(days=CURRENT_REPORT_DAYS)
    )


def _clock_of_the_story(mentions: list[Mention]) -> None:
    """A bare clock time ("crossed the border at around 8:04 a.m.") was resolved against the last day told; when
    that day is a recalled incident's ("after another soldier was shot on Nov. 13"), the clock belongs to the
    story's own day: a recall told in one sentence is not retold to the minute by new people."""
    lead = next((o for o in mentions if o.date.precision == "day" and not o.is_back_reference
                 and o.modality != "generic"), None)  # fmt: skip
    if lead is None:
        return
    recalled = {o.date.value for o in mentions if o.is_back_reference and o.date.value
                and not BARE_CLOCK.fullmatch((o.date.text or "").strip())}  # fmt: skip
    for m in mentions:
        if not m.is_back_reference or m.reported_by or m.given or m.date.value not in recalled:
            continue
        if not BARE_CLOCK.fullmatch((m.date.text or "").strip()):
            continue
        m.date = EventDate(value=lead.date.value, precision="day", text=m.date.text, span=m.date.span)
        m.is_back_reference = False


# "the rest", "the other two": the remainder of a group just told
REMAINDER = re.compile(
    r"\b(?:(?:one|two|three|four|five|some|most|all|each|none|several|many)\s+of\s+(?:them|those)"
    r"|the\s+(?:rest|others?|other\s+(?:one|two|three|four|five|\d+)|remaining|remainder))\b",
    re.I,
)


def _episode_goes_on(mentions: list[Mention], text: str, lead_end: int) -> None:
    """An undated incident of the rest of a group just told ("One of them was sent back", "the other two were
    allowed to stay") in the sentence right after a recalled one goes on telling that recalled episode: its date
    and standing. ("He", "the guard" may be the story's own people: they decide nothing here.)"""
    for k in range(1, len(mentions)):
        m = mentions[k]
        if m.is_back_reference or m.date.value is not None or m.modality != "asserted":
            continue
        if m.evidence.span.start < lead_end:
            continue
        before = [o for o in mentions[:k] if o.evidence.span != m.evidence.span]
        if not before or before[-1].evidence.span.end > m.evidence.span.start:
            continue
        prev = before[-1]
        if not (prev.is_back_reference and prev.date.value and prev.modality == "asserted"):
            continue
        if text[prev.evidence.span.end : m.evidence.span.start].strip():
            continue  # not the very next sentence
        trigger = m.evidence.trigger_span
        if trigger is None or not REMAINDER.search(text, m.evidence.span.start, trigger.start):
            continue
        m.is_back_reference, m.date, m.reported_by = True, prev.date, prev.reported_by


def _setting_tally(m: Mention, reference: date) -> bool:
    """A count over a period is the story's setting when it is a year's figure or runs up to the lead; a total
    for months that ended well before it ("In April and May, about 30 were arrested") is earlier incidents."""
    first = date_start(m.date.value or "")
    if m.date.precision == "year" or m.date.end is None or (first is not None and first.month == 1 and first.day == 1):
        return True  # a year's figure, or a running count ("in the first nine months of this year")
    last = date_start(m.date.end)
    return last is None or _period_end(m.date.end, last) >= reference - timedelta(days=RECALL_GAP_DAYS)


COUNTED_PEOPLE = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b", re.I)


def _separate(m: Mention, lead_types: set[str], text: str, reference: date | None = None) -> bool:
    """Dated before the lead, with new people who are marked as others ("two soldiers from another unit"), or
    who are introduced afresh for an incident of the lead's kind on a day of their own ("a North Korean soldier
    crossed the MDL on Sept. 18", in a report about a later crossing): an earlier, separate incident."""
    if m.given:
        return False
    spans = [a.span for a in m.actors + m.targets if a.span is not None]
    if any(ANOTHER.search(text[s.start : s.end + 24]) for s in spans):  # "two soldiers from another unit"
        return True
    if OPENS_ANOTHER.match(text, m.evidence.span.start):  # "Another group of three seamen were also rescued ..."
        return True
    introduced = any(re.search(r"\ban?\s+$", text[max(0, s.start - 4) : s.start], re.I) for s in spans)
    own_day = m.date.precision == "day" or bool(PRIOR.match(m.date.text or ""))
    if not own_day and reference is not None and m.date.precision == "month" and m.date.value:
        # "Last month, the ROK repatriated seven fishermen", in a report on this month's repatriation: a whole
        # month before the lead's is a time of its own; a count introduces people as well as "a"
        start = date_start(m.date.value)
        own_day = start is not None and _period_end(m.date.value, start) < reference.replace(day=1)
        introduced = introduced or any(COUNTED_PEOPLE.match(text, s.start) for s in spans)
    return m.type in lead_types and own_day and introduced


def _retells_lead(m: Mention, lead: list[Mention]) -> bool:
    """An incident of the lead's type dated within the lead's date: the story's own incident, told again
    with the outlet that first reported it."""
    start = date_start(m.date.value) if m.date.value else None
    for o in lead:
        first = date_start(o.date.value) if o.date.value else None
        if o.type != m.type or o.modality == "generic" or first is None or start is None:
            continue
        if first <= start <= _period_end(o.date.value or "", first):
            return True
    return False


# -- discourse: dates and background that the report gives across sentences ---------------------------
# a phrase that puts an event at the time of one told before ("at the same trial", "since the incident",
# "during the raid", "in that case", "since then", "that night"); "after the incident" leaves it open (rule 11)
SAME_TIME = re.compile(
    r"\b(?:(?P<prep>at|during|since|in|on|from)\s+(?:the|that|this)\s+(?:same\s+|very\s+)?(?P<noun>[a-z]+)"
    r"|(?P<then>since then|from then on)|(?P<pod>that|the same)\s+(?:night|morning|evening|afternoon|day))\b",
    re.I,
)
# nouns that name an occurrence, so "the same N" / "since the N" points at an event told before
OCCURRENCE_NOUNS = {"trial", "raid", "incident", "case", "meeting", "time", "operation", "attack", "escape",
                    "shooting", "clash", "accident", "flood", "verdict", "hearing", "session", "killing",
                    "crossing", "defection", "desertion", "arrest", "execution", "inspection", "sweep", "search",
                    "crackdown", "robbery", "beating", "explosion", "fire", "storm", "rally", "conference"}  # fmt: skip
PERSONAL = {"he", "she", "him", "her", "they", "them"}
POSSESSIVE = {"his", "her", "its", "their"}
# definite nouns that name an institution, not a participant of the case ("the authorities", "the ministry")
INSTITUTION_NOUNS = {"authority", "ministry", "department", "police", "government", "party", "committee",
                     "command", "bureau", "military", "army", "regime", "state", "agency", "office", "court",
                     "leadership", "navy", "headquarters", "commission", "source", "report"}  # fmt: skip
VAGUE_PRECISIONS = ("week", "month")


def date_by_discourse(
    mentions: list[Mention], sents: list[Any], times: list[tuple[TimeExpression, int]], text: str
) -> date | None:
    """Dates and standing that come from the story rather than the sentence.

    - The lead's vague date ("last week", "earlier this month", "in late October") gives way to the day
      the next sentences name inside that period: the report sums up first, then tells the day.
    - An undated event tied by a phrase to an earlier one ("at the same trial", "since the incident",
      "during the raid", "that night") takes that event's date (rule 11's anchoring phrase).
    - Each event learns whether its people were already in the story (`given`) and whether it is told
      as what set a story event off (`cause`), for the back-reference test in `mark_recalled`.

    Returns the lead's date: the first the opening sentence gives an incident (the day the report then
    tells, when it does), the date earlier incidents are measured against.
    """
    if not mentions or not sents:
        return None
    doc = sents[0].doc
    starts = [s.start_char for s in sents]
    heads: list[Any] = []
    index: list[int] = []
    for m in mentions:
        span = m.evidence.trigger_span or m.evidence.span
        chars = doc.char_span(span.start, span.end, alignment_mode="expand")
        heads.append(chars.root if chars is not None and len(chars) else None)
        index.append(max(0, bisect_right(starts, m.evidence.span.start) - 1))
    story: set[str] = set()  # the people and incidents of earlier sentences, by head lemma
    told = 0
    for k, (m, head) in enumerate(zip(mentions, heads, strict=True)):
        while told < k and index[told] < index[k]:
            story |= _story_words(mentions[told], heads[told], doc)
            told += 1
        if head is not None:
            m.given = _given(head, m.type, story)
            m.cause = _cause(head)
            m.tally = _tally(head, m)
    dateline = DATELINE.match(text)  # "SEOUL, Feb. 13 (UPI) --" may be parsed as a sentence of its own
    lead_sent = next((i for i, s in enumerate(sents) if dateline is None or s.end_char > dateline.end() + 2), 0)
    told_at = sorted({i for m, i in zip(mentions, index, strict=True) if m.modality != "generic"})
    if told_at and told_at[0] == lead_sent + 1:
        lead_sent += 1  # a standfirst that tells no incident ("Life as a border guard is no longer cushy"): the next
    lead_date = _refine_lead(mentions, index, times, doc, text, lead_sent)
    for k, m in enumerate(mentions):
        if m.date.value is not None and index[k] > lead_sent and COUNTED.search(m.date.text or ""):
            m.anchor = _counted_from(m, k, mentions, index)  # "caught two weeks later": after the deserters fled
        if m.date.value is not None or m.anaphoric or m.modality in ("generic", "hypothetical", "planned"):
            continue
        sent_text = text[m.evidence.span.start : m.evidence.span.end]
        if _date_by_offset(m, k, mentions, index, sent_text, heads[k]):
            continue
        trial = _trial_of(m, k, mentions, heads, index)
        if trial is not None:  # "The trial was held on Thursday ... The two leaders were sentenced to life"
            m.date, m.anchor = trial.date, trial
            continue
        if _date_on_the_spot(m, k, mentions, index, heads, sents, sent_text) or _date_of_the_capture(
            m, k, mentions, index, heads
        ):
            continue
        found = SAME_TIME.search(sent_text)
        if found is None:
            continue
        trigger = m.evidence.trigger_span
        if trigger is not None and m.evidence.span.start + found.start() <= trigger.start < (
            m.evidence.span.start + found.end()
        ):
            continue  # "since the defection" is a pointer to the event, not one more of it
        if heads[k] is not None and not _own_phrase(heads[k], m.evidence.span.start + found.start(),
                                                     m.evidence.span.start + found.end()):  # fmt: skip
            continue  # "Gen. Abrams, who commanded USFK at the time, said ...": another clause's time
        noun = (found.group("noun") or "").lower()
        prep = (found.group("prep") or "").lower()
        if prep and (noun not in OCCURRENCE_NOUNS or (prep in ("in", "on", "from") and noun != "case")):
            continue
        anchor = _antecedent(mentions, index, k, noun, sents)
        if anchor is not None:
            m.date = anchor.date
            m.anchor = anchor
    return lead_date


# "arrested on the spot", "caught at the scene": at the time of the episode just told
ON_THE_SPOT = re.compile(r"\b(?:on\s+the\s+spot|on[\s-]site|at\s+the\s+scene|on\s+the\s+scene|red-handed)\b", re.I)
SPOT_REACH = 2  # sentences back to the episode
CAPTURES = {"ARREST", "VIOLENCE"}  # what is done to people at a scene


def _date_on_the_spot(
    m: Mention, k: int, mentions: list[Mention], index: list[int], heads: list[Any], sents: list[Any], sent_text: str
) -> bool:
    """ "Three soldiers broke into a home earlier this month ... The remaining soldier was arrested on site": an
    event told as happening at the scene of the episode just told takes that episode's date."""
    if m.type not in CAPTURES or m.modality != "asserted" or m.is_back_reference or heads[k] is None:
        return False  # "dismissed on the spot" at an inspection means at once, not at a scene
    found = ON_THE_SPOT.search(sent_text)
    if found is None:
        return False
    start = m.evidence.span.start + found.start()
    chars = heads[k].doc.char_span(start, m.evidence.span.start + found.end(), alignment_mode="expand")
    if chars is None or not len(chars) or _clause_verb(chars.root).i != _clause_verb(heads[k]).i:
        return False  # "one was caught at the scene, while another fled but later turned himself in"
    anchor = _antecedent(mentions, index, k, "", sents)
    if anchor is None or anchor.is_back_reference or index[k] - index[mentions.index(anchor)] > SPOT_REACH:
        return False
    m.date, m.anchor = anchor.date, anchor
    return True


# the attempt a capture ends: "attempted to cross the river at 1 AM on June 2. ... the two were arrested"
ATTEMPTS = {"DEFECTION", "DESERTION", "SMUGGLING"}


def _date_of_the_capture(m: Mention, k: int, mentions: list[Mention], index: list[int], heads: list[Any]) -> bool:
    """ "At around 1 AM on June 2, the couple attempted to cross the Tumen River. Upon being discovered by border
    guards, the two were arrested": the capture of the people of a crossing told on a day in the sentence just
    before is on that day."""
    if m.type not in CAPTURES or m.modality != "asserted" or m.is_back_reference or not m.given:
        return False
    head = heads[k]
    if head is None or head.tag_ not in ("VBD", "VBN"):
        return False
    before = [j for j in range(k) if index[j] == index[k] - 1]
    if not before:
        return False
    o = mentions[before[-1]]
    if not (o.type in ATTEMPTS and o.modality == "asserted" and not o.is_back_reference
            and o.date.precision == "day" and o.date.value):  # fmt: skip
        return False
    m.date, m.anchor = o.date, o
    return True


def _own_phrase(head: Any, start: int, end: int) -> bool:
    """The phrase at [start, end) hangs on the event's own clause: the verb above it is the trigger or governs
    it, not a relative clause about someone in the sentence."""
    chars = head.doc.char_span(start, end, alignment_mode="expand")
    if chars is None or not len(chars):
        return True
    verb = chars.root
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.i == head.i or verb.dep_ != "relcl" or any(a.i == verb.i for a in head.ancestors)


# an occasion at which sentences are passed: the terms handed down are dated by it
TRIAL_WORDS = {"trial", "tribunal", "hearing", "court", "verdict", "try", "sentencing"}
TRIAL_SENTENCES = 2


def _trial_of(m: Mention, k: int, mentions: list[Mention], heads: list[Any], index: list[int]) -> Mention | None:
    """The dated trial an undated sentence was passed at: the last dated PUNISHMENT told in the same or one of
    the two sentences before, when it is a trial ("held a public trial on Thursday ... five others were given
    terms of between seven and 12 years")."""
    if m.type != "PUNISHMENT" or m.modality != "asserted" or m.is_back_reference:
        return None
    head = heads[k]
    if head is None or head.lemma_.lower() in TRIAL_WORDS:
        return None
    for j in range(k - 1, -1, -1):
        o = mentions[j]
        if index[k] - index[j] > TRIAL_SENTENCES:
            break
        if o.type != "PUNISHMENT" or o.date.value is None:
            continue
        if o.anchor is not None and o.anchor.date == o.date:
            o = o.anchor  # "the two leaders were sentenced to life, and five others were given terms"
            j = mentions.index(o)
        h = heads[j]
        if h is not None and h.lemma_.lower() in TRIAL_WORDS and not o.is_back_reference and o.modality == "asserted":
            return o
        break
    return None


# a date the time parser counted from the one told before: "two weeks later", "the next afternoon", "that night"
COUNTED = re.compile(
    r"\b(?:later|afterwards?|after|earlier|before)$|^(?:the\s+(?:next|following|same|very)|that)\s+"
    r"(?:day|morning|afternoon|evening|night|week|weekend|month)$",
    re.I,
)


def _counted_from(m: Mention, k: int, mentions: list[Mention], index: list[int]) -> Mention | None:
    """The event a counted date starts from: the last one dated before it in an earlier sentence, not after it."""
    start = date_start(m.date.value or "")
    for j in range(k - 1, -1, -1):
        o = mentions[j]
        first = date_start(o.date.value) if o.date.value else None
        if index[j] < index[k] and first is not None and o.modality != "generic" and start and first <= start:
            return o
    return None


# a phrase that counts from an event told before: "the day after the escape", "two days after the defection",
# "in the days after he vanished", "hours after the raid"
OFFSET_AFTER = re.compile(
    r"\b(?:(?P<n>the|a|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|nights?|mornings?|evenings?|weeks?)"
    r"|(?:in\s+|within\s+)?the\s+(?:days|weeks|hours)|(?:just\s+|only\s+|a\s+few\s+|several\s+)?hours"
    r"|(?P<now>right|immediately|just|shortly|minutes))"
    r"\s+(?:after|following)\s+(?:(?:the|his|her|their)\s+(?P<noun>[a-z]+)|(?P<pron>he|she|they)\s+(?P<verb>[a-z]+))",
    re.I,
)
NUMBER_WORDS = {"the": 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# what the noun or verb of such a phrase names, as an event type
OCCURRENCE_TYPES = {
    "escape": "DEFECTION", "defection": "DEFECTION", "crossing": "DEFECTION", "flight": "DEFECTION",
    "escaped": "DEFECTION", "fled": "DEFECTION", "crossed": "DEFECTION", "defected": "DEFECTION",
    "desertion": "DESERTION", "vanished": "DESERTION", "disappeared": "DESERTION", "deserted": "DESERTION",
    "disappearance": "DESERTION", "arrest": "ARREST", "detention": "ARREST", "capture": "ARREST",
    "raid": "CRACKDOWN", "inspection": "CRACKDOWN", "robbery": "VIOLENCE", "shooting": "VIOLENCE",
    "killing": "VIOLENCE", "attack": "VIOLENCE", "beating": "VIOLENCE", "murder": "VIOLENCE",
    "execution": "PUNISHMENT", "trial": "PUNISHMENT", "verdict": "PUNISHMENT", "sentence": "PUNISHMENT",
    "sentencing": "PUNISHMENT", "ruling": "PUNISHMENT",
}  # fmt: skip


def _date_by_offset(
    m: Mention, k: int, mentions: list[Mention], index: list[int], sent_text: str, head: Any | None
) -> bool:
    """Rule 11's anchoring phrase: an undated event "the day after the escape" takes the escape's date moved by
    the offset (a day when both are exact, else the escape's month). True when it found its anchor."""
    found = OFFSET_AFTER.search(sent_text)
    if found is None or head is None:
        return False
    first = head.doc.char_span(m.evidence.span.start + found.start(), m.evidence.span.start + found.end(),
                               alignment_mode="expand")  # fmt: skip
    verb = first[0] if first is not None and len(first) else None
    for _ in range(6):  # the verb the phrase modifies must be the event's own
        if verb is None or verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    own_clause = bool(found.group("now")) and verb is not None and verb.head.i == head.i and verb.dep_ == "advcl"
    if verb is None or (verb.i != head.i and head.head.i != verb.i and not own_clause):
        return False  # "taken away right after the sentence was read out": a clause of the event's own
    trigger = m.evidence.trigger_span
    at = m.evidence.span.start
    if trigger is not None and at + found.start() <= trigger.start < at + found.end():
        return False  # the trigger is the event pointed at
    word = (found.group("noun") or found.group("verb") or "").lower()
    if found.group("noun") and word not in OCCURRENCE_NOUNS and word not in OCCURRENCE_TYPES:
        return False
    kind = OCCURRENCE_TYPES.get(word)
    before = [j for j in range(k) if index[j] < index[k] and mentions[j].date.value
              and mentions[j].modality != "generic" and not mentions[j].is_back_reference]  # fmt: skip
    typed = [j for j in before if mentions[j].type == kind] if kind else []
    if not (typed or before):
        return False
    anchor = mentions[(typed or before)[0] if typed else before[-1]]
    value, precision = anchor.date.value or "", anchor.date.precision
    start = date_start(value)
    if start is None:
        return False
    n, unit = found.group("n"), (found.group("unit") or "").lower()
    if found.group("now"):
        pass  # "right after the sentence was read out": the same day
    elif precision == "day" and n is not None:
        step = NUMBER_WORDS.get(n.lower()) or int(n)
        d = start + timedelta(days=step * (7 if unit.startswith("week") else 1))
        value = d.isoformat()
    elif precision in ("day", "week"):
        value, precision = f"{start.year:04d}-{start.month:02d}", "month"
    span = Span(m.evidence.span.start + found.start(), m.evidence.span.start + found.end())
    m.date = EventDate(value=value, precision=precision, text=found.group(0), span=span)
    m.anchor = anchor
    return True


def _story_words(m: Mention, head: Any, doc: Any) -> set[str]:
    words = {head.lemma_.lower()} if head is not None else set()
    for a in m.actors + m.targets:
        if a.span is not None:
            chars = doc.char_span(a.span.start, a.span.end, alignment_mode="expand")
            if chars is not None and len(chars):
                words.add(chars.root.lemma_.lower())
    return words


def _antecedent(mentions: list[Mention], index: list[int], k: int, noun: str, sents: list[Any]) -> Mention | None:
    """The earlier dated event a phrase points at: the last one in a sentence that names the noun
    ("the trial was held on Thursday ... at the same trial"), the last of the same type for "at the same
    time", else the last dated one before."""
    before = [j for j in range(k) if mentions[j].date.value and mentions[j].modality != "generic"
              and index[j] < index[k]]  # fmt: skip
    if not before:
        return None
    typed = [j for j in before if mentions[j].type == OCCURRENCE_TYPES.get(noun) and not mentions[j].is_back_reference]
    if noun == "time":
        same = [j for j in before if mentions[j].type == mentions[k].type]
        if same:
            return mentions[same[-1]]
    elif typed:
        return mentions[typed[0]]  # "since the desertion": the story's desertion, first told
    elif noun and noun not in ("case", "incident"):
        named = [i for i in range(index[k]) if any(t.lemma_.lower() == noun for t in sents[i])]
        if named:  # the sentence that names it, or its nearest dated neighbour before it
            earlier = [j for j in before if index[j] <= named[-1]]
            if earlier:
                return mentions[earlier[-1]]
    return mentions[before[-1]]


REPORTING_LEMMAS = {
    "tell",
    "say",
    "report",
    "add",
    "learn",
    "confirm",
    "quote",
    "explain",
    "write",
    "reveal",
    "inform",
    "convey",
    "relay",
    "note",
    "state",
    "claim",
    "announce",
    "disclose",
    "mention",
    "indicate",
}


def _refine_lead(
    mentions: list[Mention],
    index: list[int],
    times: list[tuple[TimeExpression, int]],
    doc: Any,
    text: str,
    lead_sent: int = 0,
) -> date | None:
    """A lead dated "last week" or "in late October" takes the day the next sentences give inside that
    period ("at around 2 AM on October 24"), unless that day dates an incident of another type. Returns
    the lead's date: the first date of the opening sentence, or that day."""
    dateline = DATELINE.match(text)
    opening: EventDate | None = None
    opening_at = lead_sent
    single = True
    days: list[EventDate] = []
    for expr, i in times:
        if i > 3 + lead_sent or not is_datable(expr) or (dateline is not None and expr.span.start < dateline.end()):
            continue
        when = to_event_date(expr)
        tok = _anchor_token(doc, expr.span)
        if tok is not None and tok.lemma_.lower() in REPORTING_LEMMAS:
            continue  # "told Daily NK on Saturday" dates the telling
        if i <= lead_sent + 1 and opening is None:
            opening, opening_at = when, i  # the opening sentence's first date, else the next one's
        elif i == opening_at > lead_sent:
            single = False  # the next sentence gives two dates: which one is the lead's is not clear
        elif i > lead_sent and when.precision == "day":
            days.append(when)
    lead_date = date_start(opening.value) if opening is not None and opening.value else None
    if opening is not None and opening.precision in VAGUE_PRECISIONS and opening.span is not None and lead_date:
        if not SPAN_START.search(text[max(0, opening.span.start - 30) : opening.span.start]):
            end = _period_end(opening.value or "", lead_date)
            since = _week_from(lead_date, opening.precision)
            since, end = _month_part(opening.text, opening.value or "", since, end)
            lead_date = next((s for d in days if (s := date_start(d.value or "")) and since <= s <= end),
                             lead_date)  # fmt: skip
    for m, i in zip(mentions, index, strict=True):
        lead_here = i == lead_sent and opening is not None and opening_at > lead_sent and single
        if lead_here and opening is not None and _undated_summing_lead(m, doc):
            owners = {o.type for o in mentions if o.date.span is not None and o.date.span == opening.span}
            if opening.precision == "day" and (not owners or m.type in owners):
                m.date = opening  # "Thai police have detained 11 North Koreans ... The group was found on Sunday"
            continue
        if i != lead_sent or m.modality == "generic" or m.is_back_reference or m.date.span is None:
            continue
        value = m.date.value
        if value is None or m.date.precision not in VAGUE_PRECISIONS:
            continue
        if SPAN_START.search(text[max(0, m.date.span.start - 30) : m.date.span.start]):
            continue  # "since early this month": a span, its start is what it says
        start = date_start(value)
        if start is None:
            continue
        end = _period_end(value, start)
        start = _week_from(start, m.date.precision)
        start, end = _month_part(m.date.text, value, start, end)
        for d in days:
            first = date_start(d.value) if d.value else None
            if first is None or not start <= first <= end:
                continue
            owners = {o.type for o in mentions if o.date.span is not None and o.date.span == d.span}
            if not owners or m.type in owners:
                m.date = d
            break
    return lead_date


def _week_from(start: date, precision: str | None) -> date:
    """Where a week told of ("earlier this week") may begin: wire copy counts weeks from Sunday, so a Tuesday
    report's "earlier this week" takes in the Sunday before the ISO week's Monday."""
    return start - timedelta(days=1) if precision == "week" else start


def _undated_summing_lead(m: Mention, doc: Any) -> bool:
    """An asserted lead told undated in the present perfect ("North Korea has sentenced ...", "police have
    detained ...") or the simple past ("A soldier crossed the border, officials said. He walked ... on Monday"):
    wire copy sums the news up first and gives its day in the next sentence."""
    if m.date.value is not None or m.modality != "asserted" or m.is_back_reference or m.reported_by:
        return False
    span = m.evidence.trigger_span
    chars = doc.char_span(span.start, span.end, alignment_mode="expand") if span is not None else None
    if chars is None or not len(chars):
        return False
    verb = chars.root
    if verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"):
        verb = verb.head  # "has launched a crackdown"
    if verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
               for c in verb.children)  # fmt: skip


def _arguments(head: Any, directive: bool) -> list[tuple[Any, bool]]:
    """The people a trigger's clause is about, each with whether it is the subject: subject, object,
    agent, the noun a relative clause hangs on, the owner of a noun trigger ("its members"). An order's
    issuer says nothing about which case it belongs to: for a DIRECTIVE only what it is about counts."""
    clause = head
    if head.pos_ not in ("VERB", "AUX") and head.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
        clause = head.head
    args: list[tuple[Any, bool]] = []
    if clause is not head:
        args += [(c, True) for c in head.children if c.dep_ == "poss"]
    for _ in range(3):  # "... and were caught": the subject of the first verb
        args += [(c, c.dep_ != "dobj") for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        args += [(g, True) for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if clause.dep_ == "relcl":
            args.append((clause.head, True))
        if any(subject for _, subject in args) or clause.dep_ != "conj":
            break
        clause = clause.head
    if directive:
        args = [(a, s) for a, s in args if not s or a.dep_ == "nsubjpass"]
    return args


def _given(head: Any, kind: str, story: set[str]) -> bool:
    """The event's people are already in the story: a personal pronoun ("they arrested him"), a subject's
    owner ("its members"), or a definite noun for someone or something told before ("the ring", "the
    women", "the sweep"); institutions ("the authorities") are everywhere and decide nothing."""
    for arg, subject in _arguments(head, kind == "DIRECTIVE"):
        for tok in (arg, *(g for c in arg.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj")):  # fmt: skip
            if tok.lower_ in PERSONAL and tok.pos_ == "PRON":
                return True
            if tok.lower_ == "both" or (tok.pos_ == "NUM" and any(c.lower_ == "the" for c in tok.children)):
                return True  # "the two", "both": the people just told of
            if subject and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE for c in tok.children):
                return True
            if tok.pos_ != "NOUN" or tok.lemma_.lower() in INSTITUTION_NOUNS:
                continue
            definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                           for c in tok.children)  # fmt: skip
            names = {tok.lemma_.lower()} | {c.lemma_.lower() for c in tok.children if c.dep_ == "compound"}
            if definite and (names & story or (subject and tok.lemma_.lower() in CASE_NOUNS)):
                return True  # "the ring", "the women"; "the case came to light in April": the story's own case
    clause = head if head.pos_ in ("VERB", "AUX") else head.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    linked = [*clause.children, *(g for c in clause.children if c.dep_ == "conj" for g in c.children)]
    # "the ring was uncovered in October when an inspection team arrived": a step of the story's case
    if clause.dep_ in ("advcl", "relcl") and any(c.dep_ in ("mark", "advmod") and c.lower_ == "when" for c in linked):
        main = clause.head
        for _ in range(3):  # "came to light in April, when ...": the clause the date belongs to
            if main.pos_ in ("VERB", "AUX") or main.head.i == main.i:
                break
            main = main.head
        return main.i != clause.i and main.pos_ in ("VERB", "AUX") and _given(main, "", story)
    return False


CASE_NOUNS = {"case", "affair", "scandal"}


TALLY_MIN = 20
ARRIVAL_LEMMAS = {"arrive", "reach", "resettle", "enter", "come"}


def _tally(head: Any, m: Mention) -> bool:
    """Many people counted over a period: arrivals in the South ("1,400 North Koreans arrived in the South last
    year") or a total over a span ("at least 20 were detained in May and June")."""
    if m.date.value is None or m.date.precision == "day":
        return False
    if head.lemma_.lower() not in ARRIVAL_LEMMAS and m.date.end is None:
        return False
    for arg, _subject in _arguments(head, False):
        for c in arg.children:
            if c.dep_ == "nummod" and c.like_num:
                try:
                    if float(c.text.replace(",", "")) >= TALLY_MIN:
                        return True
                except ValueError:
                    continue
    return False


CAUSE_PATH = {"conj", "xcomp", "ccomp", "acl", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "pcomp", "advcl"}


def _cause(head: Any) -> bool:
    """Told in an "after" clause with a subject of its own, as what set a story event off ("the sweep
    was ordered after three soldiers deserted together in May")."""
    tok = head
    for _ in range(6):
        mark = {c.lower_ for c in tok.children if c.dep_ == "mark"}
        if tok.dep_ == "advcl" and mark:
            return "after" in mark and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        if tok.head.i == tok.i or tok.dep_ not in CAUSE_PATH:
            return False
        tok = tok.head
    return False
