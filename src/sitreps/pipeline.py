"""The one extraction code path: `process(document) -> list[Mention]`.

Every entry point (CLI `extract` / `inspect` / `ingest`, and later the HTTP API and the
scale-out runner) calls `analyse` or `process` here. The stages live in `sitreps.extract`:
time, places, sources, references, events, actors, modality; the rules that decide whether a
trigger tells an incident of its type live in `sitreps.extract.rules` (by type: orders, custody,
moves; `context` holds what the mention builder asks of a trigger's context); `sitreps.merge`
joins repeated statements of one incident within the report.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from sitreps import __version__, nlp
from sitreps.errors import InputError
from sitreps.extract.actors import ActorFinder, has_authority
from sitreps.extract.confidence import load_weights
from sitreps.extract.confidence import score as score_confidence
from sitreps.extract.cues import (
    ACCIDENT,
    ADDRESSING,
    CAPITALS,
    DATELINE,
    EXECUTION_CONTEXT,
    HEALTH_CAUSE,
    INCURSION,
    VOICE,
    names_a_base,
)
from sitreps.extract.events import Trigger, TriggerFinder
from sitreps.extract.location import (
    attach_place,
    continued_place,
    dominant_admin1,
    handed_over_at_panmunjom,
    locate,
    national_order_place,
    provinces_by_country,
    sector_province,
)
from sitreps.extract.modality import done_by_anyone, is_infinitive, is_negated, is_purpose, modality
from sitreps.extract.places import Gazetteer, load_gazetteer, resolve_places
from sitreps.extract.references import ReferenceFinder, ReportCue
from sitreps.extract.restate import mark_presupposed
from sitreps.extract.rules.context import (
    OBLIGATION,
    PAYING_VERBS,
    bare_topic,
    campaign_moves,
    caused_issuer,
    complement_of,
    country_deserted,
    cue_source,
    dropped_detection,
    foreign_names,
    governing_verb,
    held_post,
    is_reference,
    line_incursion,
    measure_under_way,
    order_noun_in_use,
    paid_by_trader,
    pronoun_issuer,
    purpose_told,
    questioned_in_custody,
    smuggling_story,
    threatened,
    vague_measure,
    wish_of_known,
)
from sitreps.extract.rules.custody import sent_back, smuggling_not_told
from sitreps.extract.rules.habits import (
    MOVE_HABIT_TYPES,
    habit_in_present,
    habit_or_count,
    livelihood,
    ongoing_by_one,
    smuggling_practice,
)
from sitreps.extract.rules.moves import QUESTIONING, move_not_told, wire_non_incident
from sitreps.extract.rules.occasion import Occasion, date_by_occasion, occasion_anchor
from sitreps.extract.rules.orders import told_to_a_group
from sitreps.extract.rules.penalties import execution_named_by_date, execution_told_before, faced_by_kind, fatalities
from sitreps.extract.rules.searches import (
    PURSUIT_VERBS,
    ROAD_CHECKS,
    SENDING_VERBS,
    hunt_told_before,
    operation_for_kind,
    ordered_capture,
    search_aim,
    sweeps_for_kind,
    sweeps_places,
)
from sitreps.extract.sources import SourceFinder
from sitreps.extract.story import (
    SINCE,
    attach_date,
    clock_bound,
    current_report,
    date_by_discourse,
    mark_recalled,
    report_date,
    told_on,
)
from sitreps.extract.time import date_start, find_document_times, is_datable, parse_published, to_event_date
from sitreps.merge import merge_mentions
from sitreps.model import Actor, Document, EventDate, Evidence, Mention, Place, Source, Span, TimeExpression
from sitreps.profile import Profile, load_profile

PIPELINE_VERSION = f"sitreps-{__version__}+rules.1"
# spaCy's parser refuses longer texts (its max_length); a report is far shorter than this
MAX_DOCUMENT_CHARS = 1_000_000
# speech verbs are directives only from the leadership or an institution ("Kim Jong Un told ...")
SPEECH_DIRECTIVES = {"tell", "urge", "call", "demand", "stress", "emphasize"}
INSTITUTIONS = (
    "ministry",
    "committee",
    "command",
    "party",
    "government",
    "authorities",
    "headquarters",
    "department",
    "commission",
    "bureau",
    "pyongyang",
    "leadership",
)


@dataclass(slots=True)
class Analysis:
    """Everything the pipeline found in one document (what `sitreps inspect` shows)."""

    document: Document
    sentences: list[Span] = field(default_factory=list)
    dates: list[TimeExpression] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    triggers: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        doc = self.document
        events = [m.to_event(doc, PIPELINE_VERSION) for m in self.mentions]
        return {
            "document": doc.to_json(),
            "pipeline_version": PIPELINE_VERSION,
            "sentences": [{"start": s.start, "end": s.end, "text": doc.text[s.start : s.end]} for s in self.sentences],
            "dates": [t.to_json() for t in self.dates],
            "places": [p.to_inspect_json() for p in self.places],
            "actors": [a.to_json() for a in self.actors],
            "sources": [s.to_json() for s in self.sources],
            "triggers": self.triggers,
            "events": events,
        }


class Extractor:
    """The stages, built once from a profile and reused for every document."""

    def __init__(self, profile: Profile, gazetteer: Gazetteer) -> None:
        self.profile = profile
        self.gazetteer = gazetteer
        foreign = foreign_names(gazetteer)
        self.triggers = TriggerFinder(profile, nlp.load().vocab, foreign)
        self.actors = ActorFinder(profile)
        self.sources = SourceFinder(profile)
        self.references = ReferenceFinder(profile)
        self._text = ""
        self._published: date | None = None

    # -- one document --------------------------------------------------------------------
    def analyse(self, document: Document, parsed: Any | None = None) -> Analysis:
        if document.language != "en":
            return Analysis(document=document)  # not extracted yet: no English extraction on other languages
        if len(document.text) > MAX_DOCUMENT_CHARS:
            raise InputError(
                document.origin or document.url or document.id,
                f"document too long ({len(document.text):,} characters; the limit is {MAX_DOCUMENT_CHARS:,})",
            )
        doc = parsed if parsed is not None else nlp.load()(document.text)
        nlp.seed_text(doc, document.text)
        published = parse_published(document.published)
        sents = [s for s in doc.sents if document.text[s.start_char : s.end_char].strip()]
        analysis = Analysis(document=document, sentences=[Span(s.start_char, s.end_char) for s in sents])

        found = find_document_times(sents, published, text=document.text)
        times: list[tuple[TimeExpression, Any]] = [(expr, sents[i]) for expr, i in found]
        analysis.dates = [t for t, _ in times]
        dateline = DATELINE.match(document.text)
        if dateline:  # "SEOUL, Oct. 5 (Yonhap) --" dates the filing, not the incident
            times = [(t, s) for t, s in times if t.span.start >= dateline.end()]

        places = resolve_places(document.text, self.gazetteer)
        analysis.places = places
        sent_sources = self.sources.attribute(sents, places, document.outlet)
        seen_sources: dict[tuple[int, int], Source] = {}
        for srcs in sent_sources:
            for s in srcs:
                if s.span:
                    seen_sources[(s.span.start, s.span.end)] = s
        analysis.sources = sorted(seen_sources.values(), key=lambda s: s.span.start if s.span else 0)

        source_spans = [s.span for s in analysis.sources if s.span]
        if dateline:  # "SEOUL, Oct. 5 (Yonhap) --" says where the story was filed, not where it happened
            source_spans.append(Span(0, dateline.end()))
        spoken = [p for p in places if not self._speaker(doc, p)]  # "Seoul said": a source, not a place
        # "a Seoul-based group", "a Yanggang Province-based source": who someone is, not where an event was
        event_places = [
            p for p in spoken
            if p.span and not any(p.span.overlaps(s) for s in source_spans) and not names_a_base(document.text, p)
        ]  # fmt: skip
        # the report's province: every place it names (sources' included) but the dateline's
        named = [p for p in spoken if not (dateline and p.span and p.span.start < dateline.end())]
        # "investigators sent from Pyongyang" do not make a report about Hyesan one about the capital
        dominant = dominant_admin1([p for p in named if not self._sent_from_capital(doc, p)])

        mentions: list[Mention] = []
        occasion = self._occasion(sents[:3], times, event_places, published)
        # "Kim Jong Un ... inspected a unit": the "he" of the orders that follow
        self._antecedent: Actor | None = occasion.leader if occasion is not None else None
        self._text = document.text
        self._published = published
        for index, sent in enumerate(sents):
            cues = self.references.cues(nlp.span_text(sent), sent.start_char)
            triggers = self.triggers.find(sent)
            for trig in triggers:
                analysis.triggers.append(
                    {"text": trig.text, "type": trig.type, "start": doc[trig.start].idx,
                     "end": doc[trig.end - 1].idx + len(doc[trig.end - 1].text), "head": trig.head.text}
                )  # fmt: skip
                mention = self._mention(trig, triggers, sent, times, event_places, sent_sources[index], cues)
                if mention is not None:
                    mentions.append(mention)
                    for a in mention.actors + mention.targets:
                        if all(a.span != b.span for b in analysis.actors):
                            analysis.actors.append(a)
        lead_date = date_by_discourse(mentions, sents, found, document.text)
        lead_end = next((s.end_char for s in sents if dateline is None or s.end_char > dateline.end() + 2), 0)
        opening_end = next((s.end_char for s in sents[3:] if s.start_char >= lead_end), len(document.text))
        mark_recalled(mentions, document.text, published, lead_date, lead_end, opening_end)
        if occasion is not None:
            date_by_occasion(mentions, occasion, document.text)
        # the most named province of each country: not the dateline's, nor a "Seoul-based" group's (a source's is)
        provinces = provinces_by_country([
            p for p in spoken
            if not (dateline and p.span and p.span.start < dateline.end())
            and (not names_a_base(document.text, p) or any(p.span and p.span.overlaps(s) for s in source_spans))
        ])  # fmt: skip
        sector = sector_province(document.text)
        if sector is not None:
            provinces.setdefault("KP", sector)  # a report about the DMZ is about the province across it
        starts = [s.start_char for s in sents]
        met = (occasion.place, occasion.span) if occasion is not None and occasion.place is not None else None
        prior: list[tuple[Mention, Any]] = []  # the events of the nearest earlier sentence that has events
        current: list[tuple[Mention, Any]] = []
        at = -1
        for m in mentions:
            k = max(0, bisect_right(starts, m.evidence.span.start) - 1)
            if k != at:
                prior, current, at = (current or prior) if k - at <= 2 else [], [], k
            span = m.evidence.trigger_span or m.evidence.span
            chars = doc.char_span(span.start, span.end, alignment_mode="expand")
            # "The soldier told investigators he had fled his unit": the place of the crossing just told; in a
            # sentence that names a place, the place of an event told before in it
            sent = sents[k]
            told = prior
            if any(p.span and sent.start_char <= p.span.start < sent.end_char for p in event_places):
                told = current
            going_on = continued_place(chars.root, m, told, met) if chars is not None and len(chars) else None
            entry = self.gazetteer.province("KP", going_on) if going_on else None
            if entry is not None:
                m.location = entry.to_place(None, None, inferred=True)
            else:
                locate(m, dominant, self.gazetteer, provinces)
            current.append((m, sent))
        mark_presupposed(mentions, doc, analysis.dates)  # "after he heard his accomplice was caught": told before
        analysis.mentions = merge_mentions(mentions)
        for m in analysis.mentions:
            national_order_place(m)  # an order of the state as a whole: not the province a merged statement gave
            handed_over_at_panmunjom(m, self.gazetteer)  # the South's return at the truce village: its side
        weights = load_weights(self.profile.name)
        for m in analysis.mentions:
            m.confidence = score_confidence(m.to_event(document, PIPELINE_VERSION), weights)
        return analysis

    def _occasion(
        self, sents: list[Any], times: list[tuple[TimeExpression, Any]], places: list[Place], published: date | None
    ) -> Occasion | None:
        """The meeting or visit the report is about ("Kim made the remarks on Tuesday at a meeting ... in
        Pyongyang", "Kim inspected a unit in Ryanggang Province on Tuesday"): its date and place."""
        self._published = published  # the dates attached below are weighed against this report's day
        for sent in sents:
            for tok in sent:
                anchor = occasion_anchor(tok, self.actors)
                if anchor is None:
                    continue
                here = [(t, s) for t, s in times if s.start == sent.start and is_datable(t)]
                expr = attach_date(anchor, here, self, False)
                when = to_event_date(expr) if expr else EventDate()
                start = date_start(when.value) if when.value else None
                if start is not None and published is not None and start > published:
                    when = EventDate()
                in_sent = [p for p in places if p.span and sent.start_char <= p.span.start < sent.end_char]
                where = attach_place(anchor, in_sent, "DIRECTIVE")
                doers, _ = self.actors.arguments(anchor)
                leader = next((a for a in doers if a.cls == "LEADERSHIP"), None)
                if where is not None and (where.country != "KP" or not where.admin1):
                    where = None
                if when.value is None and where is None:
                    continue
                return Occasion(date=when, place=where, span=Span(sent.start_char, sent.end_char), leader=leader)
        return None

    def _speaker(self, doc: Any, place: Place) -> bool:
        """A capital that speaks for its government ("Seoul said"): a source, not a location."""
        if place.span is None:
            return False
        at, text = place.span.start, nlp.full_text(doc)
        if 0 < at < 800 and text[at - 1] == "\n" and DATELINE.match(text[at : at + 80]):
            return True  # a headline, then "SEOUL, Aug. 1 (Yonhap) --": where the story was filed
        opens = at == 0 or (at < 800 and text[at - 1] == "\n")
        if opens and re.match(r"\s*(?::|[-–—]{1,2}\s)", text[place.span.end : place.span.end + 4]):
            return True  # "SEOUL: South Korean guards fired ...", "Seoul - A North Korean ...": a dateline too
        chars = doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
        if chars is None:
            return False
        root = chars.root
        speaking = self.sources.verbs | {"call", "accuse"}
        if root.dep_ in ("nsubj", "poss") and root.head.lemma_.lower() in speaking:
            return True
        capital = chars.text.lower() in CAPITALS
        # "handed over to Seoul's intelligence agency", "Beijing's police": the government's own bodies
        if (
            capital
            and root.dep_ == "poss"
            and root.head.lemma_.lower()
            in (
                "military",
                "army",
                "navy",
                "agency",
                "ministry",
                "government",
                "service",
                "police",
                "authority",
                "authorities",
                "force",
                "troops",
                "court",
                "regime",
                "leadership",
                "official",
                "intelligence",
                "office",
            )
        ):
            return True
        # "according to Seoul": the government as a source
        if capital and root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
            return True
        # "Seoul officials said", "Beijing authorities": the government's people, not where an event was
        if (
            capital
            and root.dep_ in ("compound", "amod", "nmod")
            and root.head.lemma_.lower()
            in ("official", "authority", "authorities", "government", "spokesman", "spokeswoman", "spokesperson")
        ):
            return True
        while capital and root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # "Beijing and Pyongyang had agreed": both governments
        # "despite repeated threats from Pyongyang", "under pressure from Beijing": the government's words or will
        if capital and root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.lemma_.lower() in VOICE:
            return True
        # "Seoul's military said", "analysts in Seoul said": whose people speak, not where an event was
        holder = root.head if root.dep_ == "poss" else root.head.head if root.dep_ == "pobj" else None
        # "the authorities in Pyongyang are becoming more involved": the government, not the city
        if (
            capital
            and holder is not None
            and root.head.lower_ == "in"
            and holder.lemma_.lower() in ("authority", "authorities", "regime", "leadership", "government")
        ):
            return True
        if capital and holder is not None and (root.dep_ == "poss" or root.head.lower_ == "in"):
            if holder.dep_ == "nsubj" and holder.head.lemma_.lower() in speaking:
                return True
        # a capital addressed as its government ("Beijing had asked Pyongyang to strengthen ...")
        if capital and root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() in speaking | ADDRESSING:
            return True
        # a capital that acts for its government ("Pyongyang issued an order", "Beijing sent them back")
        return capital and root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX")

    def _sent_from_capital(self, doc: Any, place: Place) -> bool:
        """ "investigators sent from Pyongyang": where they came from, not what the report is about."""
        if place.span is None:
            return False
        chars = doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
        return bool(
            chars is not None
            and chars.text.lower() in CAPITALS
            and chars.root.dep_ == "pobj"
            and chars.root.head.lower_ == "from"
        )

    def _mention(
        self,
        trig: Trigger,
        sentence_triggers: list[Trigger],
        sent: Any,
        times: list[tuple[TimeExpression, Any]],
        places: list[Place],
        sources: list[Source],
        cues: list[ReportCue],
    ) -> Mention | None:
        head = trig.head
        hunt = trig.type == "ARREST" and ordered_capture(head)  # rule 2: an order to catch him is a hunt
        # a purpose "to look for him" is the search itself; "paid the guards to let his trucks through" the smuggling
        governor = governing_verb(head)
        purpose_kept = (
            trig.type == "SEARCH"
            or hunt
            or (trig.type in ("SMUGGLING", "DEFECTION") and governor in PAYING_VERBS)
            # "deployed agents to monitor ...", but agents "sent to question his relatives" are part of a hunt
            or (trig.type == "CRACKDOWN" and governor in SENDING_VERBS and head.lemma_.lower() not in QUESTIONING)
            or purpose_told(trig, head)
        )
        if is_negated(head) or is_reference(head) or (is_purpose(head) and not purpose_kept):
            return None
        if done_by_anyone(head):
            return None  # "anyone found trying to defect will be shot": a rule or a threat, no incident
        if trig.type == "DEFECTION" and any(
            c.dep_ in ("advcl", "xcomp") and is_infinitive(c) and c.lemma_.lower() in PURSUIT_VERBS
            for c in head.children
        ):
            return None  # agents "crossed into China to track down the defectors": a pursuit, not a defection
        actors, targets = self.actors.arguments(head)
        if "target" in trig.text.lower():
            targets, actors = actors + targets, []  # "X was the target of a crackdown"
        clause = head
        while clause.dep_ in ("conj", "xcomp") and not any(c.dep_ == "nsubj" for c in clause.children):
            clause = clause.head
        pronoun_subject = any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in clause.children)
        if not actors and pronoun_subject and self._antecedent is not None:
            actors = [Actor(text=self._antecedent.text, cls=self._antecedent.cls, unit=self._antecedent.unit)]
        for a in actors:  # "he" later refers back to the last named person
            phrase = head.doc.char_span(a.span.start, a.span.end, alignment_mode="expand") if a.span else None
            named = phrase is not None and any(t.ent_type_ == "PERSON" for t in phrase)
            if named:
                self._antecedent = a
        # a passive order with no agent ("residents have been told to ...") names no issuer to check
        passive = any(c.dep_ == "auxpass" for c in head.children) and not actors
        if trig.type == "DIRECTIVE":
            lemma = head.lemma_.lower()
            if head.pos_ == "NOUN":
                if actors and not has_authority(actors):
                    return None
                if not actors and not order_noun_in_use(head):
                    return None
            issuers = actors or pronoun_issuer(head, self.actors)  # "so they ordered ...": who "they" are
            issuers = issuers or caused_issuer(head, self.actors)  # "led police to order ...": the police
            authority_only = lemma in self.profile.authority_only
            if head.pos_ != "NOUN" and authority_only and not has_authority(issuers) and not passive:
                return None  # a passive order ("residents have been told to ...") names no issuer
            if (
                lemma in SPEECH_DIRECTIVES
                and not passive
                and not (has_authority(issuers) and told_to_a_group(head))
                and not any(a.cls == "LEADERSHIP" or any(w in a.text.lower() for w in INSTITUTIONS) for a in issuers)
            ):
                return None
            if lemma == "warn" and any(c.dep_ == "dobj" and c.lower_ in ("him", "her") for c in head.children):
                return None  # guards "warned him several times to stop": a warning to one person, no order
            if head.lemma_.lower() == "tell" and not any(
                c.dep_ == "xcomp" or (c.dep_ == "ccomp" and any(a.lower_ in OBLIGATION for a in c.children))
                for c in head.children
            ):
                return None  # "told Daily NK" is attribution; "told them to ...", "told them they must ..." an order
            # "residents were given a warning at meetings": a warning handed down, its issuer left unsaid
            handed = not actors and head.dep_ == "dobj" and any(c.dep_ == "auxpass" for c in head.head.children)
            if head.lower_ == "warning" and (
                (head.dep_ == "pobj" and head.head.lower_ == "without") or not (has_authority(actors) or handed)
            ):
                return None  # "shot without warning", "the disclosure sends a warning": no order given
        if dropped_detection(trig, head, sentence_triggers, targets):
            return None
        if wire_non_incident(trig, head, actors) or (trig.type == "DEFECTION" and wish_of_known(head)):
            return None  # fact-finding, attribution, a quotation, a procedure carried out
        if move_not_told(trig, head):
            return None  # a lure, the source's own flight, "the first time ... since", an aim, a suspicion at large
        if trig.type == "SMUGGLING" and smuggling_not_told(head, sentence_triggers):
            return None
        start_char = sent.doc[trig.start].idx
        cues = [c for c in cues if not c.official or report_date(c, times) is not None]
        cue = next((c for c in cues if c.end <= start_char), None)
        if cue is not None and current_report(cue, times, self._published):
            cue = None  # "KCNA reported Tuesday that ...": today's news, not an earlier report recalled
        if cue is None:  # "..., KCNA reported in December": an earlier report, cited after what it told
            cue = next((c for c in cues if c.start > start_char and current_report(c, times, self._published)
                        is False and report_date(c, times) is not None), None)  # fmt: skip
        backref = cue is not None
        own_times = [(t, s) for t, s in times if s.start == sent.start and is_datable(t)]
        own_times = [(t, s) for t, s in own_times if not clock_bound(t, self._text)]  # "after 7 p.m."
        date_expr = attach_date(head, own_times, self, backref, range(trig.start, trig.end))
        event_date = to_event_date(date_expr) if date_expr else EventDate()
        told = None if date_expr else told_on(head, [t for t, s in times if s.start == sent.start], self)
        # a "since" date starts a span ("since the 1990s"): it does not make a statement specific
        since = date_expr is not None and bool(
            SINCE.search(self._text[max(0, date_expr.span.start - 30) : date_expr.span.start])
        )
        mod = modality(head, trig.start, has_date=date_expr is not None and not since)
        others = frozenset(t.head.i for t in sentence_triggers if t.head.i != head.i)
        place = attach_place(head, [p for p in places if p.span and sent.start_char <= p.span.start < sent.end_char],
                              trig.type, others)  # fmt: skip
        end_char = sent.doc[trig.end - 1].idx + len(sent.doc[trig.end - 1].text)
        evidence = Evidence(
            text=nlp.span_text(sent), span=Span(sent.start_char, sent.end_char), trigger=trig.text,
            trigger_span=Span(start_char, end_char),
        )  # fmt: skip
        mention = Mention(
            type=trig.type,
            modality=mod,
            evidence=evidence,
            is_back_reference=backref,
            reported_by=cue.outlet if cue else None,
            date=event_date,
            location=place,
            actors=actors,
            targets=targets,
            sources=[cue_source(cue)] if cue else list(sources),
            statements=[evidence],
            report_date=to_event_date(told) if told else None,
        )
        if (
            trig.type == "ARREST"
            and head.pos_ == "NOUN"
            and head.dep_ == "dobj"
            and (head.head.lemma_.lower() in ("order", "instruct", "demand", "call"))
        ):
            mention.type, mention.modality = "SEARCH", "asserted"  # rule 2: an ordered arrest of someone is a hunt
        if hunt:
            mention.type, mention.modality = "SEARCH", "asserted"
        if trig.type == "SEARCH" and (
            any(t.text.lower().startswith(("anyone", "any ", "everyone")) for t in targets)
            or sweeps_for_kind(head)
            or sweeps_places(head)
        ):
            mention.type = "CRACKDOWN"  # rule 2: a sweep for anyone of a kind ("combing stations for deserters")
        if trig.type == "ARREST" and head.lemma_.lower() == "stop" and sweeps_places(head):
            mention.type = "CRACKDOWN"  # "stopping every young man in uniform at the station": checks, no arrest
        if mention.type == "CRACKDOWN" and head.lemma_.lower() in ROAD_CHECKS and hunt_told_before(sent):
            mention.type = "SEARCH"  # after "a manhunt for him": checkpoints and stopped cars are the hunt (rule 2)
        aim = search_aim(head) if trig.type == "SEARCH" else None
        if aim == "abstract":
            return None  # "looking for any excuse to arrest people": no one is searched for
        if aim == "thing":
            mention.type = "CRACKDOWN"  # "searching houses for phones": a sweep
        if (
            trig.type == "DIRECTIVE"
            and mod == "planned"
            and any(t.type == "DIRECTIVE" and complement_of(head, t.head) for t in sentence_triggers)
        ):
            return None  # "instructed them to seal off the border": what an order asks is part of that order
        if trig.type == "VIOLENCE" and mod == "planned":
            return None  # an order to shoot is the directive itself, not a shooting
        lemma = head.lemma_.lower()
        if trig.type == "CRACKDOWN" and mod == "planned" and vague_measure(head):
            return None  # "ordered the units to tighten the blockade": an exhortation, not a concrete measure
        questioned = lemma in QUESTIONING and questioned_in_custody(head, sentence_triggers, actors)
        if trig.type == "CRACKDOWN" and questioned:
            return None  # "was detained and is being questioned": the questioning is part of the custody
        caught_doing = any(c.tag_ == "VBG" for c in head.children) and any(c.dep_ == "dobj" for c in head.children)
        if trig.type == "ARREST" and lemma == "catch" and (any(a.cls == "CIVILIAN" for a in actors) or caught_doing):
            return None  # "a farmer who caught him stealing": found out, not taken into custody
        if trig.type == "ARREST" and lemma == "hold" and held_post(head):
            return None  # "a man who once held office in a regional city": a post, no custody
        if trig.type == "ARREST" and lemma == "return" and not sent_back(head):
            return None  # "as he returned across the border": going back, not being sent back
        if trig.type == "PUNISHMENT" and HEALTH_CAUSE.search(nlp.span_text(sent)[head.idx - sent.start_char :][:80]):
            return None  # "discharged due to a physical ailment": released for health, not punished
        if trig.type in ("CRACKDOWN", "SEARCH") and head.dep_ == "pobj" and head.head.lower_ == "without":
            return None  # "let his trucks through without inspection": the check that did not happen
        if trig.type == "CRACKDOWN" and lemma in ("take", "move") and not campaign_moves(head, sentence_triggers):
            return None  # "the unit that took over the posts": a description; "smugglers moved on to ...": no campaign
        if trig.type == "CRACKDOWN" and lemma == "inspect" and any(a.cls == "LEADERSHIP" for a in actors):
            return None  # the leader "inspected" a unit: a visit, not a crackdown
        if trig.type == "DEFECTION" and (
            (lemma == "arrange" and smuggling_story(sent)) or (governor in PAYING_VERBS and paid_by_trader(head))
        ):
            mention.type = "SMUGGLING"  # a smuggler "had arranged the crossing with a sergeant": a run of goods
        if trig.type == "SMUGGLING" and mention.modality in ("asserted", "hypothetical") and smuggling_practice(head):
            mention.modality = "generic"
        if trig.type == "SMUGGLING" and mention.modality == "generic" and ongoing_by_one(head):
            mention.modality = "asserted"  # "a smuggler who had been carrying goods for years": one man's runs
        if trig.type in ("SMUGGLING", "DEFECTION") and livelihood(head):
            mention.modality = "generic"  # "made their living smuggling", "live off smuggling": a way of life
        if trig.type in MOVE_HABIT_TYPES and mention.modality != "generic" and habit_or_count(head):
            mention.modality = "generic"  # "rarely attempt to defect", "every time they crossed": a habit, a count
        if trig.type == "DESERTION" and country_deserted(head):
            mention.type = "DEFECTION"  # "is believed to have deserted North Korea": a country left, not a unit
        if trig.type == "DEFECTION" and line_incursion(head, sent):
            mention.type = "OTHER"  # "a group of North Korean forces crossed the MDL": an incursion (rule 10)
        if trig.type in ("PUNISHMENT", "CRACKDOWN", "ARREST") and faced_by_kind(head):
            mention.modality = "generic"  # "defectors who are sent back face harsh punishment"
        if trig.type == "DEFECTION" and INCURSION.search(nlp.span_text(sent)):
            mention.type = "OTHER"  # crossed the line and "withdrew north": a crossing that is no defection (rule 10)
        if trig.type == "VIOLENCE" and ACCIDENT.search(nlp.span_text(sent)):
            mention.type = "OTHER"  # killed by a flood, a landmine, a crash: an accident
        if (
            trig.type == "VIOLENCE"
            and lemma == "shoot"
            and (
                EXECUTION_CONTEXT.search(nlp.span_text(sent))
                or any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children)
            )
        ):
            mention.type = "PUNISHMENT"  # "shot right after the verdict", "shot for running a network"
        if trig.type == "VIOLENCE" and lemma == "shoot" and execution_told_before(head, sent):
            mention.type = "PUNISHMENT"  # "He was executed in March. He was shot in front of other officers."
        if trig.type == "VIOLENCE" and any(t.lower_ in ("anyone", "anybody", "whoever") for t in head.subtree):
            return None  # "anyone crossing would be shot": a threat, part of an order
        if (
            trig.type == "OTHER"
            and lemma == "break"
            and any(t.type == "VIOLENCE" for t in sentence_triggers if t.head.i != head.i)
        ):
            return None  # the break-in is part of the robbery told in the same sentence
        if (
            trig.type == "OTHER"
            and lemma == "break"
            and any(
                c.dep_ == "conj" and c.lemma_.lower() in ("take", "steal", "tie", "grab", "carry")
                for c in head.children
            )
        ):
            mention.type = "VIOLENCE"  # "broke into a house, tied up the couple and took rice": a robbery
        verb = head if head.pos_ in ("VERB", "AUX") else head.head
        reported = any(a.lemma_.lower() in self.sources.verbs for a in head.ancestors)
        perfect = any(c.lower_ == "had" and c.dep_ in ("aux", "auxpass") for c in verb.children)
        mention.pluperfect = perfect and not reported
        definite = any(c.lower_ in ("the", "this", "that", "these", "those") and c.dep_ == "det" for c in head.children)
        if head.pos_ == "NOUN" and definite and not actors and not targets and date_expr is None:
            mention.anaphoric = True
        if head.pos_ == "NOUN" and any(c.dep_ == "poss" for c in head.children) and not head.tag_.endswith("S"):
            mention.anaphoric = True  # "the main reason for his desertion", "Kang's desertion took place during ..."
        if mention.modality in ("asserted", "uncertain") and date_expr is None and bare_topic(head, sentence_triggers):
            mention.modality = "generic"  # "the last stronghold for smuggling and defections": the activity at large
        if trig.type == "ARREST" and mention.modality == "planned" and operation_for_kind(head):
            mention.type, mention.modality = "CRACKDOWN", "asserted"  # "operations to arrest North Koreans who ..."
        if trig.type in ("ARREST", "PUNISHMENT") and habit_in_present(head):
            mention.modality = "generic"  # "where they arrest and repatriate defectors": what they do
        if trig.type == "CRACKDOWN" and mention.modality == "generic" and measure_under_way(head):
            mention.modality = "asserted"  # "inspections of the border units are underway": one measure now
        if trig.type == "PUNISHMENT" and execution_named_by_date(head):
            mention.anaphoric = True  # "did not go to the September execution": the one told before
        threat = threatened(head) if trig.type == "PUNISHMENT" else None
        if threat is not None:
            if not any(t.type == "DIRECTIVE" and t.head.i == threat.i for t in sentence_triggers):
                mention.actors, mention.targets = self.actors.arguments(threat)
                mention.type = "DIRECTIVE"  # "announced severe punishments for ...": the threat is the policy
                mention.modality = "generic" if mention.modality == "generic" else "asserted"
            else:
                return None  # "warned that they would face punishment": the warning is the directive
        if trig.type in ("VIOLENCE", "PUNISHMENT"):
            mention.fatalities = fatalities(head, trig)
        return mention


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    return Extractor(load_profile("dprk"), load_gazetteer("dprk"))


def analyse(document: Document) -> Analysis:
    """Everything the pipeline finds in one document."""
    return default_extractor().analyse(document)


def process(document: Document) -> list[Mention]:
    """The events stated in one document, merged within it: the one extraction code path."""
    return analyse(document).mentions


def process_many(documents: list[Document], batch_size: int = 32) -> list[Analysis]:
    """Analyse documents with spaCy's batched `pipe` (same results as `analyse`, faster)."""
    ex = default_extractor()
    language = nlp.load()
    english = [d for d in documents if d.language == "en"]
    parsed = dict(zip((id(d) for d in english), language.pipe((d.text for d in english), batch_size=batch_size),
                      strict=True))  # fmt: skip
    return [ex.analyse(d, parsed.get(id(d))) for d in documents]
