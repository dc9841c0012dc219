"""The one extraction code path: `process(document) -> list[Mention]`.

Every entry point (CLI `extract` / `inspect` / `ingest`, and later the HTTP API and the
scale-out runner) calls `analyse` or `process` here. The stages live in `sitreps.extract`:
time, places, sources, references, events, actors, modality; `sitreps.merge` joins repeated
statements of one incident within the report.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sitreps import __version__, nlp
from sitreps.errors import InputError
from sitreps.extract.actors import ActorFinder, has_authority
from sitreps.extract.confidence import load_weights
from sitreps.extract.confidence import score as score_confidence
from sitreps.extract.events import FINDING_VERBS, WISH_WORDS, Trigger, TriggerFinder
from sitreps.extract.location import (
    attach_place,
    continued_place,
    dominant_admin1,
    locate,
    provinces_by_country,
    sector_province,
)
from sitreps.extract.modality import done_by_anyone, is_infinitive, is_negated, is_purpose, modality
from sitreps.extract.places import Gazetteer, load_gazetteer, resolve_places
from sitreps.extract.references import RECALL_CUES, ReferenceFinder, ReportCue
from sitreps.extract.sources import SourceFinder
from sitreps.extract.time import date_start, find_document_times, is_datable, parse_published, to_event_date
from sitreps.merge import merge_mentions
from sitreps.model import Actor, Document, EventDate, Evidence, Fatalities, Mention, Place, Source, Span, TimeExpression
from sitreps.profile import Profile, load_profile

PIPELINE_VERSION = f"sitreps-{__version__}+rules.1"
# spaCy's parser refuses longer texts (its max_length); a report is far shorter than this
MAX_DOCUMENT_CHARS = 1_000_000
# speech verbs are directives only from the leadership or an institution ("Kim Jong Un told ...")
SPEECH_DIRECTIVES = {"tell", "urge", "call", "demand", "stress", "emphasize"}
INSTITUTIONS = ("ministry", "committee", "command", "party", "government", "authorities", "headquarters",
                "department", "commission", "bureau", "pyongyang", "leadership")


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
        foreign = _foreign_names(gazetteer)
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
        published = parse_published(document.published)
        sents = [s for s in doc.sents if s.text.strip()]
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
            if p.span and not any(p.span.overlaps(s) for s in source_spans) and not _based(document.text, p)
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
            cues = self.references.cues(sent.text, sent.start_char)
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
        lead_date = _date_by_discourse(mentions, sents, found, document.text)
        lead_end = next((s.end_char for s in sents if dateline is None or s.end_char > dateline.end() + 2), 0)
        opening_end = next((s.end_char for s in sents[3:] if s.start_char >= lead_end), len(document.text))
        _mark_recalled(mentions, document.text, published, lead_date, lead_end, opening_end)
        if occasion is not None:
            _date_by_occasion(mentions, occasion, document.text)
        # the most named province of each country: not the dateline's, nor a "Seoul-based" group's (a source's is)
        provinces = provinces_by_country([
            p for p in spoken
            if not (dateline and p.span and p.span.start < dateline.end())
            and (not _based(document.text, p) or any(p.span and p.span.overlaps(s) for s in source_spans))
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
        analysis.mentions = merge_mentions(mentions)
        weights = load_weights(self.profile.name)
        for m in analysis.mentions:
            m.confidence = score_confidence(m.to_event(document, PIPELINE_VERSION), weights)
        return analysis

    def _occasion(
        self, sents: list[Any], times: list[tuple[TimeExpression, Any]], places: list[Place], published: date | None
    ) -> Occasion | None:
        """The meeting or visit the report is about ("Kim made the remarks on Tuesday at a meeting ... in
        Pyongyang", "Kim inspected a unit in Ryanggang Province on Tuesday"): its date and place."""
        for sent in sents:
            for tok in sent:
                anchor = _occasion_anchor(tok, self.actors)
                if anchor is None:
                    continue
                here = [(t, s) for t, s in times if s.start == sent.start and is_datable(t)]
                expr = _attach(anchor, here, self, False)
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
        chars = doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
        if chars is None:
            return False
        root = chars.root
        speaking = self.sources.verbs | {"call", "accuse"}
        if root.dep_ in ("nsubj", "poss") and root.head.lemma_.lower() in speaking:
            return True
        capital = chars.text.lower() in CAPITALS
        while capital and root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # "Beijing and Pyongyang had agreed": both governments
        # "despite repeated threats from Pyongyang", "under pressure from Beijing": the government's words or will
        if capital and root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.lemma_.lower() in VOICE:
            return True
        # "Seoul's military said", "analysts in Seoul said": whose people speak, not where an event was
        holder = root.head if root.dep_ == "poss" else root.head.head if root.dep_ == "pobj" else None
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
            chars is not None and chars.text.lower() in CAPITALS and chars.root.dep_ == "pobj"
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
        hunt = trig.type == "ARREST" and _ordered_capture(head)  # rule 2: an order to catch him is a hunt
        # a purpose "to look for him" is the search itself; "paid the guards to let his trucks through" the smuggling
        governor = _governing_verb(head)
        purpose_kept = (
            trig.type == "SEARCH"
            or hunt
            or (trig.type in ("SMUGGLING", "DEFECTION") and governor in PAYING_VERBS)
            # "deployed agents to monitor ...", but agents "sent to question his relatives" are part of a hunt
            or (trig.type == "CRACKDOWN" and governor in SENDING_VERBS and head.lemma_.lower() not in QUESTIONING)
        )
        if is_negated(head) or _is_reference(head) or (is_purpose(head) and not purpose_kept):
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
                if not actors and not _order_noun_in_use(head):
                    return None
            elif lemma in self.profile.authority_only and not has_authority(actors) and not passive:
                return None  # a passive order ("residents have been told to ...") names no issuer
            if lemma in SPEECH_DIRECTIVES and not passive and not any(
                a.cls == "LEADERSHIP" or any(w in a.text.lower() for w in INSTITUTIONS) for a in actors
            ):
                return None
            if lemma == "warn" and any(c.dep_ == "dobj" and c.lower_ in ("him", "her") for c in head.children):
                return None  # guards "warned him several times to stop": a warning to one person, no order
            if head.lemma_.lower() == "tell" and not any(
                c.dep_ == "xcomp" or (c.dep_ == "ccomp" and any(a.lower_ in OBLIGATION for a in c.children))
                for c in head.children
            ):
                return None  # "told Daily NK" is attribution; "told them to ...", "told them they must ..." an order
            if head.lower_ == "warning" and (
                (head.dep_ == "pobj" and head.head.lower_ == "without") or not has_authority(actors)
            ):
                return None  # "shot without warning", "the disclosure sends a warning": no order given
        if _dropped_detection(trig, head, sentence_triggers, targets):
            return None
        if _wire_non_incident(trig, head, actors) or (trig.type == "DEFECTION" and _wish_of_known(head)):
            return None  # fact-finding, attribution, a quotation, a procedure carried out
        if trig.type == "SMUGGLING" and _smuggling_not_told(head, sentence_triggers):
            return None
        start_char = sent.doc[trig.start].idx
        cues = [c for c in cues if not c.official or _report_date(c, times) is not None]
        cue = next((c for c in cues if c.end <= start_char), None)
        if cue is not None and _current_report(cue, times, self._published):
            cue = None  # "KCNA reported Tuesday that ...": today's news, not an earlier report recalled
        if cue is None:  # "..., KCNA reported in December": an earlier report, cited after what it told
            cue = next((c for c in cues if c.start > start_char and _current_report(c, times, self._published)
                        is False and _report_date(c, times) is not None), None)  # fmt: skip
        backref = cue is not None
        own_times = [(t, s) for t, s in times if s.start == sent.start and is_datable(t)]
        own_times = [(t, s) for t, s in own_times if not _clock_bound(t, self._text)]  # "after 7 p.m."
        date_expr = _attach(head, own_times, self, backref, range(trig.start, trig.end))
        event_date = to_event_date(date_expr) if date_expr else EventDate()
        told = None if date_expr else _told_on(head, [t for t, s in times if s.start == sent.start], self)
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
            text=sent.text, span=Span(sent.start_char, sent.end_char), trigger=trig.text,
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
        if trig.type == "ARREST" and head.pos_ == "NOUN" and head.dep_ == "dobj" and (
            head.head.lemma_.lower() in ("order", "instruct", "demand", "call")
        ):
            mention.type, mention.modality = "SEARCH", "asserted"  # rule 2: an ordered arrest of someone is a hunt
        if hunt:
            mention.type, mention.modality = "SEARCH", "asserted"
        if trig.type == "SEARCH" and (
            any(t.text.lower().startswith(("anyone", "any ", "everyone")) for t in targets) or _sweeps_for_kind(head)
            or _sweeps_places(head)
        ):
            mention.type = "CRACKDOWN"  # rule 2: a sweep for anyone of a kind ("combing stations for deserters")
        if trig.type == "ARREST" and head.lemma_.lower() == "stop" and _sweeps_places(head):
            mention.type = "CRACKDOWN"  # "stopping every young man in uniform at the station": checks, no arrest
        if mention.type == "CRACKDOWN" and head.lemma_.lower() in ROAD_CHECKS and _hunt_told_before(sent):
            mention.type = "SEARCH"  # after "a manhunt for him": checkpoints and stopped cars are the hunt (rule 2)
        aim = _search_aim(head) if trig.type == "SEARCH" else None
        if aim == "abstract":
            return None  # "looking for any excuse to arrest people": no one is searched for
        if aim == "thing":
            mention.type = "CRACKDOWN"  # "searching houses for phones": a sweep
        if trig.type == "DIRECTIVE" and mod == "planned" and any(
            t.type == "DIRECTIVE" and _complement_of(head, t.head) for t in sentence_triggers
        ):
            return None  # "instructed them to seal off the border": what an order asks is part of that order
        if trig.type == "VIOLENCE" and mod == "planned":
            return None  # an order to shoot is the directive itself, not a shooting
        lemma = head.lemma_.lower()
        if trig.type == "CRACKDOWN" and mod == "planned" and _vague_measure(head):
            return None  # "ordered the units to tighten the blockade": an exhortation, not a concrete measure
        questioned = lemma in QUESTIONING and _questioned_in_custody(head, sentence_triggers, actors)
        if trig.type == "CRACKDOWN" and questioned:
            return None  # "was detained and is being questioned": the questioning is part of the custody
        caught_doing = any(c.tag_ == "VBG" for c in head.children) and any(c.dep_ == "dobj" for c in head.children)
        if trig.type == "ARREST" and lemma == "catch" and (any(a.cls == "CIVILIAN" for a in actors) or caught_doing):
            return None  # "a farmer who caught him stealing": found out, not taken into custody
        if trig.type == "ARREST" and lemma == "return" and not _sent_back(head):
            return None  # "as he returned across the border": going back, not being sent back
        if trig.type == "PUNISHMENT" and HEALTH_CAUSE.search(sent.text[head.idx - sent.start_char :][:80]):
            return None  # "discharged due to a physical ailment": released for health, not punished
        if trig.type in ("CRACKDOWN", "SEARCH") and head.dep_ == "pobj" and head.head.lower_ == "without":
            return None  # "let his trucks through without inspection": the check that did not happen
        if trig.type == "CRACKDOWN" and lemma in ("take", "move") and not _campaign_moves(head, sentence_triggers):
            return None  # "the unit that took over the posts": a description; "smugglers moved on to ...": no campaign
        if trig.type == "CRACKDOWN" and lemma == "inspect" and any(a.cls == "LEADERSHIP" for a in actors):
            return None  # the leader "inspected" a unit: a visit, not a crackdown
        if trig.type == "DEFECTION" and (
            (lemma == "arrange" and _smuggling_story(sent)) or (governor in PAYING_VERBS and _paid_by_trader(head))
        ):
            mention.type = "SMUGGLING"  # a smuggler "had arranged the crossing with a sergeant": a run of goods
        if trig.type == "SMUGGLING" and mention.modality in ("asserted", "hypothetical") and _smuggling_practice(head):
            mention.modality = "generic"
        if trig.type == "SMUGGLING" and mention.modality == "generic" and _ongoing_by_one(head):
            mention.modality = "asserted"  # "a smuggler who had been carrying goods for years": one man's runs
        if trig.type in ("SMUGGLING", "DEFECTION") and _livelihood(head):
            mention.modality = "generic"  # "made their living smuggling", "live off smuggling": a way of life
        if trig.type == "DEFECTION" and _line_incursion(head, sent):
            mention.type = "OTHER"  # "a group of North Korean forces crossed the MDL": an incursion (rule 10)
        if trig.type in ("PUNISHMENT", "CRACKDOWN", "ARREST") and _faced_by_kind(head):
            mention.modality = "generic"  # "defectors who are sent back face harsh punishment"
        if trig.type == "DEFECTION" and INCURSION.search(sent.text):
            mention.type = "OTHER"  # crossed the line and "withdrew north": a crossing that is no defection (rule 10)
        if trig.type == "VIOLENCE" and ACCIDENT.search(sent.text):
            mention.type = "OTHER"  # killed by a flood, a landmine, a crash: an accident
        if trig.type == "VIOLENCE" and lemma == "shoot" and (
            EXECUTION_CONTEXT.search(sent.text) or any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children)
        ):
            mention.type = "PUNISHMENT"  # "shot right after the verdict", "shot for running a network"
        if trig.type == "VIOLENCE" and lemma == "shoot" and _execution_told_before(head, sent):
            mention.type = "PUNISHMENT"  # "He was executed in March. He was shot in front of other officers."
        if trig.type == "VIOLENCE" and any(t.lower_ in ("anyone", "anybody", "whoever") for t in head.subtree):
            return None  # "anyone crossing would be shot": a threat, part of an order
        if trig.type == "OTHER" and lemma == "break" and any(
            t.type == "VIOLENCE" for t in sentence_triggers if t.head.i != head.i
        ):
            return None  # the break-in is part of the robbery told in the same sentence
        if trig.type == "OTHER" and lemma == "break" and any(
            c.dep_ == "conj" and c.lemma_.lower() in ("take", "steal", "tie", "grab", "carry") for c in head.children
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
        if mention.modality in ("asserted", "uncertain") and date_expr is None and _bare_topic(head, sentence_triggers):
            mention.modality = "generic"  # "the last stronghold for smuggling and defections": the activity at large
        threat = _threatened(head) if trig.type == "PUNISHMENT" else None
        if threat is not None:
            if not any(t.type == "DIRECTIVE" and t.head.i == threat.i for t in sentence_triggers):
                mention.actors, mention.targets = self.actors.arguments(threat)
                mention.type = "DIRECTIVE"  # "announced severe punishments for ...": the threat is the policy
                mention.modality = "generic" if mention.modality == "generic" else "asserted"
            else:
                return None  # "warned that they would face punishment": the warning is the directive
        if trig.type in ("VIOLENCE", "PUNISHMENT"):
            mention.fatalities = _fatalities(head, trig)
        return mention


@dataclass(slots=True)
class Occasion:
    """The meeting or visit where the leadership's orders and decisions in a report were made."""

    date: EventDate
    place: Place | None
    span: Span
    leader: Actor | None = None


OCCASION_NOUNS = {"meeting", "conference", "plenum", "session", "congress", "rally"}
OCCASION_VERBS = {"take", "open", "hold", "convene", "close"}  # "a conference took place", "was held"
VISIT_VERBS = {"inspect", "visit", "tour"}
OCCASION_DOERS = {"DIRECTIVE", "PUNISHMENT", "OTHER"}
AT_OCCASION = re.compile(
    r"\b(?:at|during) (?:the|this|that) (?:meeting|conference|plenum|session|congress|site|visit)\b|\bon the spot\b",
    re.I,
)


def _occasion_anchor(tok: Any, actors: ActorFinder) -> Any | None:
    """The verb of a meeting or visit told in the lead ("made the remarks at a meeting", "a conference took
    place", "a meeting ... held in Pyongyang", "Kim inspected a unit"), else None."""
    lemma = tok.lemma_.lower()
    if lemma in VISIT_VERBS and tok.pos_ == "VERB":
        doers, _ = actors.arguments(tok)
        return tok if any(a.cls == "LEADERSHIP" for a in doers) else None
    if lemma not in OCCASION_NOUNS or tok.pos_ != "NOUN":
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during") and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in OCCASION_VERBS:
        return tok.head
    return next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in OCCASION_VERBS), None)


def _date_by_occasion(mentions: list[Mention], occasion: Occasion, text: str) -> None:
    """The leadership's orders, dismissals and appointments at the report's meeting or visit take its date
    and place when their own sentence gives none (the phrase "at the meeting", or the leader as doer, ties
    them to it)."""
    for m in mentions:
        if m.is_back_reference or m.pluperfect or m.modality == "generic" or m.type not in OCCASION_DOERS:
            continue
        tied = (
            any(a.cls == "LEADERSHIP" or any(w in a.text.lower() for w in OCCASION_NOUNS) for a in m.actors)
            or AT_OCCASION.search(m.evidence.text) is not None
            or m.evidence.span.overlaps(occasion.span)
        )
        if not tied:
            continue
        if m.date.value is None and occasion.date.value is not None:
            m.date = occasion.date
        loc = m.location
        if occasion.place is not None and (loc is None or loc.inferred or loc.country != "KP" or m.type == "DIRECTIVE"):
            m.location = occasion.place


OBLIGATION = {"must", "should", "shall", "will", "would"}
# the arrangement that makes a run or a crossing happen: its purpose is the run itself ("paid the guards to let
# his trucks through", "arranged with Chinese traders to bring back medicine", "rented trucks to haul goods")
PAYING_VERBS = {"pay", "bribe", "arrange", "rent", "hire", "lend", "use", "conspire", "collude"}
# forces sent somewhere for a measure: the purpose is the crackdown ("deployed agents to Hyesan to investigate brokers")
SENDING_VERBS = {"deploy", "dispatch", "send", "station", "post", "assign", "mobilize", "mobilise"}
PURSUIT_VERBS = {"track", "hunt", "arrest", "catch", "capture", "search", "abduct", "kidnap", "seize", "repatriate"}
ORDERING_WORDS = {"order", "instruct", "command", "direct", "tell", "orders", "instruction", "instructions",
                  "directive"}  # fmt: skip


def _governing_verb(head: Any) -> str:
    """The lemma of the first verb above `head`, across a misattached noun ("paid the commander in charge of the
    crossing 3,000 yuan to let his trucks through", where "let" hangs from "crossing")."""
    tok = head
    for _ in range(6):
        if tok.head.i == tok.i:
            return ""
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return str(tok.lemma_.lower())
    return ""


def _execution_told_before(head: Any, sent: Any) -> bool:
    """A passive "was shot" whose subject is someone the previous sentence told was executed or sentenced."""
    subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    if not subjects or sent.start == 0:
        return False
    if not all(
        s.lower_ in ("he", "she", "they")
        or s.ent_type_ == "PERSON"
        or any(c.dep_ == "det" and c.lower_ in ("the", "this", "both") for c in s.children)
        for s in subjects
    ):
        return False
    previous = sent.doc[sent.start - 1].sent
    return bool(EXECUTION_CONTEXT.search(previous.text))


ROAD_CHECKS = {"stop", "check", "checkpoint", "checkpoints", "roadblock", "roadblocks", "set", "put"}
HUNT_TOLD = re.compile(
    r"\bmanhunt\b|\bat large\b|\b(?:search|hunt|look)(?:ing|ed)?\s+for\s+(?:him|her|them|a|an|the|two|three|four|five|"
    r"six|\d+)\b|\b(?:catch|track down|find) (?:him|her|them)\b",
    re.I,
)


def _hunt_told_before(sent: Any) -> bool:
    """The report has told of a hunt for particular people before this sentence ("a manhunt", "looking for him")."""
    return bool(HUNT_TOLD.search(nlp.full_text(sent.doc)[: sent.start_char]))


SMUGGLING_WORDS = re.compile(r"\bsmuggl\w*|\bcontraband\b|\bgoods\b", re.I)
FLIGHT_WORDS = re.compile(r"\bdefect\w*|\bescape\w*|\bfled\b|\bflee\w*|\brefugees?\b|\bbrokers?\b", re.I)


LIVELIHOOD_WORDS = {"living", "livelihood", "livelihoods", "income", "incomes"}
LIVING_VERBS = {"live", "survive", "subsist", "get"}


def _livelihood(head: Any) -> bool:
    """An activity told as how people live ("made their living smuggling", "earn a living by smuggling herbs",
    "live off smuggling"): a way of life, no incident."""
    near = [head, *list(head.ancestors)[:3]]
    for tok in near:
        if tok.i != head.i and tok.lemma_.lower() in LIVING_VERBS and tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in ("off", "on", "by") for c in tok.children
        ):
            return True
        if any(t.lower_ in LIVELIHOOD_WORDS and t.dep_ in ("dobj", "compound", "pobj") for t in (tok, *tok.children)):
            return True
    return False


TRADERS = {"smuggler", "smugglers", "trader", "traders", "merchant", "merchants", "dealer", "dealers"}


def _paid_by_trader(head: Any) -> bool:
    """A smuggler "bribed the guards to get him across": the crossing a trader pays for is a run of goods."""
    tok = head
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in PAYING_VERBS:
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in TRADERS for c in tok.children)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _smuggling_story(sent: Any) -> bool:
    """The story so far is about a run of goods, not people leaving: a crossing arranged there is smuggling."""
    told = nlp.full_text(sent.doc)[: sent.end_char]
    return len(SMUGGLING_WORDS.findall(told)) > len(FLIGHT_WORDS.findall(told))


CAMPAIGN_DOERS = {"group", "team", "unit", "campaign", "crackdown", "inspection", "investigation", "inspector",
                  "investigator", "agent", "squad", "force", "corps", "brigade", "battalion", "soldier", "troop",
                  "grouppa", "sweep", "probe"}  # fmt: skip


def _campaign_moves(head: Any, sentence_triggers: list[Trigger]) -> bool:
    """A force or campaign that takes over stretches of the border or moves on to other places ("the inspection
    group will move on to Samsu County"), told in a main clause rather than as a description of the unit."""
    if head.dep_ in ("relcl", "acl", "amod"):
        return False
    clause = head
    for _ in range(4):  # up through "is planning to move on", "will then move on"
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) or clause.head.i == clause.i:
            break
        clause = clause.head
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subj in subjects:
        words = {t.lemma_.lower() for t in (subj, *(c for c in subj.children if c.dep_ == "compound"))}
        if words & CAMPAIGN_DOERS:
            return True
    others = [t for t in sentence_triggers if t.type == "CRACKDOWN" and t.head.i != head.i]
    return head.lemma_.lower() == "move" and any(t.head.i < head.i for t in others) and not subjects


def _complement_of(tok: Any, governor: Any) -> bool:
    """`tok` lies in what `governor` asks for: up through complements only ("instructed them to seal off")."""
    for _ in range(8):
        if tok.dep_ not in ("xcomp", "ccomp", "prep", "pobj", "pcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == governor.i:
            return True
    return False


def _ordered_capture(head: Any) -> bool:
    """Rule 2: an order to catch a specific person ("ordered every police post to catch him") is a hunt."""
    if _ordered_passive_capture(head):
        return True
    if not (is_infinitive(head) and head.dep_ in ("xcomp", "acl", "advcl", "ccomp")):
        return False
    gov = head.head  # "ordered ... to catch him", "an order ... to catch him", "put out an order ... to catch him"
    if not any(t.lemma_.lower() in ORDERING_WORDS for t in (gov, *(c for c in gov.children if c.dep_ == "dobj"))):
        return False
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        if obj.lower_ in ("him", "her", "them") or obj.ent_type_ == "PERSON":
            return True
        if any(c.dep_ in ("poss", "det") and c.lower_ not in ("a", "an", "any", "every", "all") for c in obj.children):
            return True
    return False

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


QUESTIONING = {"question", "questioning", "interrogate", "interrogation", "debrief", "debriefing"}
# South Korea's screening of arrivals is no enforcement incident ("being questioned by the NIS")
SCREENING_BODIES = ("intelligence service", "nis", "unification", "joint chiefs", "jcs", "south korean", "seoul")
# measures told only by their direction ("tighten", "strengthen", "root out") are exhortations when ordered;
# an order to double patrols or to set up checkpoints is a concrete measure (samples/README.md)
VAGUE_MEASURES = {"tighten", "strengthen", "intensify", "heighten", "bolster", "root", "stamp", "seal", "crack",
                  "clamp", "reinforce", "increase", "expand", "redouble", "beef", "ramp", "step", "eliminate"}
CONCRETE_MEASURES = {"patrol", "patrols", "inspection", "inspections", "checkpoint", "checkpoints", "check", "checks",
                     "search", "searches", "post", "posts", "team", "teams", "camera", "cameras", "fence", "fences",
                     "wire", "guard", "guards", "troops", "soldiers"}  # fmt: skip


def _vague_measure(head: Any) -> bool:
    """A planned crackdown named only by its direction: "tighten the blockade", "root out brokers"."""
    if head.lemma_.lower() not in VAGUE_MEASURES:
        return False
    near = [t for c in head.children for t in (c, *c.children)]
    return not any(t.lemma_.lower() in CONCRETE_MEASURES or t.lower_ in CONCRETE_MEASURES for t in near)


def _questioned_in_custody(head: Any, sentence_triggers: list[Trigger], actors: list[Actor]) -> bool:
    """Questioning told with the custody it happens in ("was detained and is being questioned", "held for
    questioning"), or South Korea's screening of a new arrival."""
    if any(any(b in a.text.lower() for b in SCREENING_BODIES) for a in actors):
        return True
    arrests = {t.head.i for t in sentence_triggers if t.type == "ARREST"}
    if not arrests:
        return False
    if head.dep_ == "conj" and head.head.i in arrests:
        return True
    if any(c.dep_ == "conj" and c.i in arrests for c in head.children):
        return True
    return any(a.i in arrests for a in list(head.ancestors)[:4])


def _sent_back(head: Any) -> bool:
    """ "was returned", "returned them", "forcibly returned", "the people that Beijing returned": someone sent back."""
    for c in head.children:
        if c.dep_ in ("auxpass", "dobj") or (c.dep_ == "advmod" and c.lower_ == "forcibly"):
            return True
        if head.dep_ == "relcl" and c.dep_ == "nsubj" and c.lower_ not in ("who", "that", "which"):
            return True
    return False


# places searched one after another: "searching houses", "going through every home" (a sweep, rule 2)
DWELLINGS = {"house", "houses", "home", "homes", "household", "households", "apartment", "apartments", "dormitory",
             "dormitories", "workplace", "workplaces", "flat", "flats"}  # fmt: skip
EVERYONE = {"anyone", "anybody", "everyone", "everybody"}
SUSPECTING = {"find", "catch", "suspect", "accuse", "discover"}
ROBBING = {"break", "rob", "loot", "steal", "raid"}
THOSE = {"those", "anyone", "anybody", "people", "whoever", "others"}
TIME_MARKS = {"after", "before", "since", "until", "till", "when", "once"}
CROSSING_PLACE_PREPS = {"at", "through", "via", "near", "to", "from", "across"}
CIRCUMSTANCE_PREPS = {"during", "after", "under", "of", "following", "before"}


def _sweeps_places(head: Any) -> bool:
    """A search of dwellings as such ("searching houses one inminban at a time") or of anyone who passes
    ("anyone entering the zone has been stopped and searched", "stopping every young man"): a sweep."""
    if _searched_for_person(head):
        return False
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i and not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in clause.children
    ):
        clause = clause.head
    near = [clause, *list(clause.ancestors)[:2]]
    near += [c for c in clause.children if c.dep_ in ("advcl", "csubj", "csubjpass") and c.tag_ == "VBG"]
    if head.lemma_.lower() in ("search", "stop", "check") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in EVERYONE for t in near for c in t.children
    ):
        return True  # "anyone entering the zone has been stopped and searched" (also as the parser splits it)
    for c in (*head.children, *(clause.children if clause is not head else ())):
        if c.dep_ == "dobj" and c.lower_ in DWELLINGS and c.tag_ == "NNS" and not any(
            d.dep_ in ("det", "poss", "nummod") for d in c.children
        ):
            return True
        if c.dep_ in ("dobj", "nsubjpass") and (
            c.lower_ in EVERYONE or any(d.dep_ == "det" and d.lower_ in ("every", "all") for d in c.children)
        ) and head.lemma_.lower() in ("search", "stop", "check"):
            return True
    return False


def _searched_for_person(head: Any) -> bool:
    return any(
        obj.lower_ in ("him", "her", "them") or obj.ent_type_ == "PERSON" for obj in _search_objects(head)
    )


# what is "attacked" in a figure of speech ("attacking the use of Chinese phones"), not in an assault
ABSTRACT_TARGETS = {"use", "problem", "practice", "issue", "idea", "phenomenon", "culture", "trend", "habit", "policy"}
PLACE_TARGETS = {"station", "post", "office", "house", "home", "building", "camp", "unit", "base", "village", "car"}


def _bare_topic(head: Any, sentence_triggers: list[Trigger]) -> bool:
    """A bare activity noun hung on a noun that tells no incident: "a stronghold for smuggling and defections",
    "the causes of desertion", "a lot of contact ..., including a lot of smuggling"."""
    if head.pos_ != "NOUN" or head.tag_ not in ("NN", "NNS"):
        return False
    tok = head
    while tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        tok = tok.head
    if any(c.dep_ in ("det", "poss", "nummod") for c in tok.children) or any(
        c.dep_ in ("det", "poss", "nummod") for c in head.children
    ):
        return False
    if tok.dep_ != "pobj" or tok.head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    holder = tok.head.head
    if holder.lemma_.lower() in ("lot", "number", "deal"):  # "including a lot of smuggling"
        holder = holder.head.head if holder.dep_ == "pobj" else holder
        if holder.pos_ not in ("NOUN", "PROPN"):
            return False
    event_heads = {t.head.i for t in sentence_triggers}
    return holder.i not in event_heads and not any(c.dep_ == "nummod" for c in holder.children)


THREAT_VERBS = {"announce", "threaten", "warn", "vow", "pledge", "promise"}


def _threatened(head: Any) -> Any | None:
    """The verb that threatens a punishment rather than reporting one: "announced severe punishments for
    using ...", "threatened to exile their families", "warned of harsh punishment", "warned that they would
    face punishment"."""
    tok, verb = head, None
    if head.pos_ == "NOUN" and head.dep_ == "dobj":
        verb = head.head
    elif head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ in ("of", "with"):
        verb = head.head.head
    elif head.pos_ == "VERB" and head.dep_ == "xcomp":
        verb = head.head
    if head.pos_ == "VERB" and head.dep_ == "conj" and head.head.dep_ == "xcomp":
        verb = head.head.head  # "threatening to charge users with espionage and exile their families"
    if verb is not None and verb.lemma_.lower() == "face" and verb.dep_ == "ccomp":
        tok, verb = verb, verb.head  # "warned that they would face the harshest punishment"
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in tok.children):
            return None
    if verb is None or verb.lemma_.lower() not in THREAT_VERBS:
        return None
    if verb.lemma_.lower() == "announce" and (tok.dep_ != "dobj" or tok.tag_ not in ("NNS", "NN")):
        return None  # "announced the execution of ...": a report of what was done
    if verb.lemma_.lower() == "announce" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    return verb


def _dropped_detection(trig: Trigger, head: Any, sentence_triggers: list[Trigger], targets: list[Actor]) -> bool:
    """Triggers that tell no incident of their own, found from the parse around them."""
    lemma = head.lemma_.lower()
    if trig.type in ("DEFECTION", "SMUGGLING") and any(
        a.lemma_.lower() in SUSPECTING and a.tag_ in ("VBN", "VBD") and (
            (a.dep_ == "acl" and a.head.lower_ in THOSE)  # also misparsed as "those" found (a clause of its own)
            or any(c.dep_ == "nsubj" and c.lower_ in THOSE and c.i == a.i - 1 for c in a.children)
        )
        for a in list(head.ancestors)[:4]
    ):
        return True  # "those found to have tried to reach South Korea face ...": a charge, no incident (rule 5)
    if trig.type == "OTHER" and lemma in ("disappear", "vanish") and any(
        c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in head.children
    ):
        return True  # "in the days after he vanished": the disappearance already told, recalled as a time
    if trig.type == "ARREST" and lemma in ("hand", "turn", "surrender") and not targets and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" for c in head.children
    ):
        return True  # "hand over any Chinese phones", "handed over bundles": things given, no one taken
    if trig.type == "VIOLENCE" and lemma in ("attack", "hit", "strike") and head.pos_ == "VERB" and not targets and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.ent_type_ != "PERSON"
        and (c.lemma_.lower() in ABSTRACT_TARGETS or any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children))
        and c.lemma_.lower() not in PLACE_TARGETS
        for c in head.children
    ):
        return True  # "has been attacking use of Chinese phones", "hit the market hard": no one assaulted
    if trig.type == "ARREST" and lemma == "pick" and not any(
        c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in head.children
    ) and head.dep_ not in ("acl", "relcl"):
        return True  # "smuggling has picked up": trade growing, no arrest
    if trig.type == "DEFECTION" and head.pos_ == "NOUN" and head.lower_.startswith("crossing") and (
        head.dep_ == "pobj" and head.head.lower_ in CROSSING_PLACE_PREPS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    ):
        return True  # "handed over at the border crossing", "through the Tumen crossing": a checkpoint, a place
    if trig.type == "CRACKDOWN" and lemma in QUESTIONING and head.pos_ == "NOUN" and not any(
        c.dep_ in ("det", "poss", "amod", "compound") for c in head.children
    ):
        prep = head.head if head.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "of" and prep.head.lower_ in ("weeks", "days", "months", "hours"):
            prep = prep.head.head if prep.head.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in CIRCUMSTANCE_PREPS:
            return True  # "beaten during questioning", "died after weeks of interrogation": the custody's course
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ in ("after", "since", "following") and all(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children
    ) and any(True for _ in head.children):
        return True  # "After the robbery, police set up checkpoints": the robbery told before, recalled as a time
    if trig.type == "CRACKDOWN" and lemma == "raid" and head.pos_ == "NOUN" and head.dep_ == "pobj" and (
        head.head.lower_ in ("in", "during") and any(t.type == "ARREST" and t.head.i == head.head.head.i
                                                     for t in sentence_triggers)
    ):
        return True  # "arrested in a police raid": the raid is how they were taken, one ARREST
    if trig.type == "SMUGGLING" and lemma in ("take", "steal") and any(
        t.type in ("OTHER", "VIOLENCE") and t.head.i != head.i and t.head.lemma_.lower() in ROBBING
        for t in sentence_triggers
    ):
        return True  # "broke into a house and took a sack of rice": a theft, part of the robbery
    # "set up checkpoints on every road and searched the woods": the checkpoints serve the hunt
    return trig.type == "CRACKDOWN" and lemma in ("set", "put", "post", "add") and any(
        t.type == "SEARCH"
        and t.head.pos_ == "VERB"
        and (t.head.head.i == head.i or head.head.i == t.head.i)
        and (t.head.dep_ == "conj" or head.dep_ == "conj")
        for t in sentence_triggers
    )


# wire-report wording that names no incident: an inquiry into facts, attribution, a procedure carried out
INQUIRY = {"investigate", "investigation", "probe", "inquiry", "examine", "examination", "review"}
WH_MARKS = {"whether", "if"}
CLAIMS = {"report", "claim", "information", "account", "story", "rumor", "rumour", "allegation"}
# the sea and land lines between the Koreas: a group of soldiers stepping across them is an incursion (rule 10)
INTER_KOREAN_LINES = {"mdl", "nll", "demarcation", "line", "inter-korean"}
LEAVING = {"defect", "defection", "flee", "escape", "surrender", "asylum", "defector", "desert"}
GROUP_NOUNS = {"group", "dozen", "dozens", "unit", "squad", "platoon", "team"}
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


def _wire_non_incident(trig: Trigger, head: Any, actors: list[Actor]) -> bool:
    """Wire-report wording that tells no incident of its own (found on Yonhap, Reuters and AFP reports)."""
    lemma = head.lemma_.lower()
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
        return True  # "according to the investigation": a source, not an event
    if trig.type == "CRACKDOWN" and lemma in INQUIRY:
        if any(any(b in a.text.lower() for b in SCREENING_BODIES) for a in actors):
            return True  # "South Korean authorities took the boat for investigation": Seoul's screening
        verb = head
        for _ in range(5):  # "took the boat to a port for investigation": the clause that holds the inquiry
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if (
            subj is not None
            and head.pos_ == "NOUN"
            and any(b in " ".join(t.lower_ for t in subj.subtree) for b in SCREENING_BODIES)
        ):
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


def _line_incursion(head: Any, sent: Any) -> bool:
    """A group of soldiers crossing the MDL or the NLL, with no word of leaving: an incursion, not a defection."""
    if head.lemma_.lower() != "cross" or any(t.lemma_.lower() in LEAVING for t in sent):
        return False
    objs = [
        t for c in head.children for t in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])
    ]
    if not any(t.lower_ in INTER_KOREAN_LINES for o in objs for t in o.subtree):
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return subj.tag_ in ("NNS", "NNPS") or subj.lower_ in GROUP_NOUNS


def _wish_of_known(head: Any) -> bool:
    """The wish to defect of people the report has already brought in ("the crew said they wanted to defect", "guided
    him to defect"): what the crossing already told was for, no defection of its own."""
    gov = head.head
    if head.lemma_.lower() != "defect" or head.dep_ not in ("xcomp", "ccomp", "acl") or gov.i == head.i:
        return False
    if gov.lemma_.lower() not in WISH_WORDS and gov.lemma_.lower() != "guide":
        return False
    who = [c for c in gov.children if c.dep_ in ("nsubj", "dobj")]
    return any(
        w.tag_ == "PRP"
        or any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "his", "their") for c in w.children)
        for w in who
        if w.lower_ not in ("i", "we", "you")
    )


def _faced_by_kind(head: Any) -> bool:
    """A punishment that people of a kind "face" ("defectors who are deported back face harsh punishment"): a
    general statement; "he faces execution" or "the two men face ..." name someone."""
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


def _search_objects(head: Any) -> list[Any]:
    """What a search is "for", also where the parser hung the "for" on the verb ("stepped up its hunt for people")."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"]
    if not preps and head.i + 1 < len(head.doc) and head.dep_ in ("dobj", "nsubjpass"):
        after = head.doc[head.i + 1]
        if after.lower_ == "for" and after.dep_ == "prep" and after.head.i == head.head.i:
            preps.append(after)
    return [obj for prep in preps for obj in prep.children if obj.dep_ == "pobj"]


def _sweeps_for_kind(head: Any) -> bool:
    """A search "for deserting soldiers", "for runaway soldiers": anyone of a kind, a sweep (rule 2)."""
    if head.pos_ == "VERB" and any(
        obj.dep_ == "dobj" and obj.tag_ in ("NNS", "NNPS")
        and not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)
        and any(c.dep_ in ("acl", "relcl") for c in obj.children)
        for obj in head.children
    ):
        return True  # "to hunt down people using Chinese phones": whoever does it, a sweep
    return any(
        obj.tag_ in ("NNS", "NNPS")
        and not any(c.dep_ in ("det", "poss", "nummod") and c.lower_ not in ("any", "all") for c in obj.children)
        for obj in _search_objects(head)
    )


# a search for things is a sweep ("searching for phones"); one for a pretext or a way is no search at all
SEARCHED_THINGS = {"phone", "phones", "goods", "contraband", "drugs", "money", "cash", "evidence", "documents",
                   "material", "materials", "videos", "dvds", "usb", "radios", "radio", "devices", "device",
                   "weapons", "weapon", "signals", "signal", "leaflets", "bibles", "books", "items"}  # fmt: skip
ABSTRACT_AIMS = {"excuse", "excuses", "way", "ways", "opportunity", "opportunities", "chance", "reason", "pretext",
                 "answer", "answers", "solution", "solutions", "work", "job", "jobs", "food", "help", "buyers",
                 "customers", "income"}  # fmt: skip


def _search_aim(head: Any) -> str | None:
    """ "thing" when a search is for things, "abstract" when for an excuse or a way, else None."""
    objs = _search_objects(head)
    if objs and all(o.lower_ in ABSTRACT_AIMS for o in objs):
        return "abstract"
    if objs and all(o.lower_ in SEARCHED_THINGS for o in objs):
        return "thing"
    return None


ISSUING_VERBS = {"issue", "receive", "give", "hand", "send", "come", "pass", "adopt", "announce", "post", "get", "put",
                 "say", "state", "read", "stipulate", "specify", "declare", "require", "apply", "take"}  # fmt: skip


def _order_noun_in_use(head: Any) -> bool:
    """An order noun that is really an order: it says what to do, who gave it, or it was issued or received."""
    for c in head.children:
        if c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ in ("from", "by", "to", "on", "against")):
            return True
    if any(c.dep_ == "poss" for c in head.children):
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "under":
        return True  # "under orders to stop all crossings"
    return bool(head.dep_ in ("dobj", "nsubj", "nsubjpass") and head.head.lemma_.lower() in ISSUING_VERBS)


def _is_reference(head: Any) -> bool:
    """ "those arrested", "the 7 smugglers arrested": a pointer back to an event, not a new one."""
    if head.dep_ == "acl" and head.tag_ == "VBN":
        noun = head.head
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)
        return bool(noun.lower_ in ("those", "ones", "all", "people", "persons", "others", "some", "many")
                    or noun.pos_ == "PRON" or definite)  # fmt: skip
    return False


def _foreign_names(gazetteer: Gazetteer) -> frozenset[str]:
    """One-word names (lower case) that only places outside North Korea bear: "Hunchun", "Dandong"."""
    kp: set[str] = set()
    other: set[str] = set()
    for entry_id, names in gazetteer.names.items():
        bucket = kp if gazetteer.by_id[entry_id].country == "KP" else other
        bucket.update(n.lower() for n in names if n.isalpha())
    return frozenset(other - kp)


def cue_source(cue: ReportCue) -> Source:
    return Source(kind="other_outlet", text=cue.outlet, span=Span(cue.start, cue.end))


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


def _attach(
    head: Any, times: list[tuple[TimeExpression, Any]], ex: Extractor, backref: bool, words: range = range(0)
) -> TimeExpression | None:
    """The date that belongs to this event: the first one attached to the trigger (any of its `words`: "went
    missing the following year") or a head above it."""
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
    tok = head
    for _ in range(12):
        if tok.i in anchors:
            exprs = anchors[tok.i]
            # "Earlier this month, a soldier crossed ... on Sept. 18": the day, not the period around it
            return min(exprs, key=lambda e: (PRECISION_RANK.get(to_event_date(e).precision or "", 9),
                                             abs(e.span.start - head.idx)))  # fmt: skip
        if tok.head.i == tok.i:
            break
        if tok.dep_ == "relcl" and head.lemma_.lower() not in ORDER_LEMMAS:
            # leaving a relative clause: its own date comes first ("the airfield where nine people had been
            # executed by firing squad on August 30" is not dated by the main clause's "that afternoon")
            own = [e for i, exprs in anchors.items() for e in exprs if head.i in {a.i for a in doc[i].ancestors}]
            if own:
                return min(own, key=lambda e: abs(e.span.start - head.idx))
            if _background_clause(tok):
                return None  # "a man who had been bringing in phones for years": not dated by his arrest
        tok = tok.head
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
    return None


CURRENT_REPORT_DAYS = 7
# a bare clock time ("7 p.m.", "midnight") and the word before it
BARE_CLOCK = re.compile(
    r"(?:(?:about|around|approximately)\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?|midnight|noon|\d{1,2}"
    r"\s+o['’]clock)",
    re.I,
)
CLOCK_BOUND = re.compile(r"\b(?:after|before|until|till|between|from|to|by|past)\s+(?:about\s+|around\s+)?$", re.I)


# a day told right after a reporting verb ("said Thursday", "told RFA on Wednesday") dates the telling
TOLD_ON = re.compile(r"\b(?:said|says|told|added|announced)\s+(?:(?:[A-Z][\w.'’]*|the|its)\s+){0,4}(?:on\s+)?$")


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


def _clock_bound(expr: TimeExpression, text: str) -> bool:
    """A bare clock time that bounds a window or a rule ("after 7 p.m.", "between midnight and 5 a.m.", "moved
    forward to 8 p.m."): when something may happen each day, not when an event did."""
    if not BARE_CLOCK.fullmatch(expr.text.strip()):
        return False
    before = text[max(0, expr.span.start - 20) : expr.span.start]
    after = text[expr.span.end : expr.span.end + 12]
    return bool(CLOCK_BOUND.search(before)) or bool(re.match(r"\s*(?:and|to|until|till|-|–)\s*\d", after))


def _report_date(cue: ReportCue, times: list[tuple[TimeExpression, Any]]) -> EventDate | None:
    """The date right after a report cue ("reported in December", "reported on Monday")."""
    for expr, _sent in times:
        if cue.end <= expr.span.start <= cue.end + 4 and is_datable(expr):
            return to_event_date(expr)
    return None


def _current_report(cue: ReportCue, times: list[tuple[TimeExpression, Any]], published: date | None) -> bool:
    """The cited report is dated within a week of publication ("reported on Monday"): the news itself."""
    value = _report_date(cue, times)
    start = date_start(value.value) if value is not None and value.value else None
    if published is None or value is None or start is None:
        return False
    return value.precision in ("day", "week") and timedelta(0) <= published - start <= timedelta(
        days=CURRENT_REPORT_DAYS
    )


def _told_on(head: Any, times: list[TimeExpression], ex: Extractor) -> TimeExpression | None:
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


ACCIDENT = re.compile(
    r"\b(?:flood(?:s|ing)?|landmine|mine exploded|explosion|plunged|crash(?:ed)?|accident|avalanche|typhoon|"
    r"landslide|drown(?:ed)?|collapsed|overturned|rolled (?:over|down)|electric shock|electrocuted|went off|"
    r"high-voltage)\b",
    re.I,
)
INCURSION = re.compile(
    r"\b(?:withdrew|withdrawn|retreated|went back|turned back|pulled back|moved back)\b[^.;]{0,25}\b(?:north|across|"
    r"to the north|to their side|over the line|after (?:warning|the warning))|\bby (?:mistake|accident)\b|"
    r"\b(?:accidentally|mistakenly|inadvertently)\b",
    re.I,
)
EXECUTION_CONTEXT = re.compile(r"\b(?:verdict|trial|execut\w*|firing squad|sentenced to death|death sentence)\b", re.I)
DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)?,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)?\s*"
    r"\((?:[A-Z][A-Za-z.]*\s?){1,3}\)\s*[-–—]{1,2}\s*"
)
DEADLINE = re.compile(
    r"\b(?:from|by|before|until|till|through|starting|beginning|within|than)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I
)
ORDER_LEMMAS = {"order", "instruct", "direct", "command", "tell", "urge", "call", "demand", "orders", "instruction",
                "directive", "decree"}  # fmt: skip
CAPITALS = {"pyongyang", "seoul", "beijing", "washington", "tokyo", "moscow"}
# verbs whose object is a government when it is a capital ("urged Beijing", "asked Pyongyang")
# what a government utters or exerts ("threats from Pyongyang", "pressure from Beijing")
VOICE = {"threat", "warning", "pressure", "demand", "request", "message", "statement", "criticism", "protest",
         "rhetoric", "propaganda", "signal", "complaint", "response", "reaction", "provocation"}  # fmt: skip
ADDRESSING = {"ask", "urge", "tell", "warn", "press", "pressure", "demand", "request", "notify", "inform", "criticize",
              "criticise", "condemn", "blame"}  # fmt: skip
BASED = re.compile(r"\s*[-‐]\s*based\b", re.I)


def _based(text: str, place: Place) -> bool:
    """ "a Seoul-based group": the place says who someone is, not where something happened."""
    if place.span is None:
        return False
    written = text[place.span.start : place.span.end].lower()
    return written.endswith("based") or BASED.match(text, place.span.end) is not None


HEALTH_CAUSE = re.compile(
    r"^\w+(?: from (?:the|his|her) (?:military|army|unit|service))? (?:due to|because of|owing to|for) "
    r"(?:an? |his |her |poor |ill )?(?:\w+ )?(?:ailment|illness|sickness|disease|malnutrition|injury|injuries|health|"
    r"tuberculosis|disability)",
    re.I,
)
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
EARLY = re.compile(r"\bearly\b", re.I)
"""An incident of the story's own people is part of the case told, unless it lies months before the lead
("both had been arrested in China last year")."""


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


def _mark_recalled(
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
        if start is not None and not m.is_back_reference and m.modality != "generic":
            reference = start
            break
    if reference is None:
        reference = published
    if reference is None:
        return
    lead_types = {m.type for m in in_lead if m.modality != "generic"}
    lead = next((m for m in mentions if m.modality != "generic" and not m.is_back_reference and not (
        m.cause and m.date.value and (date_start(m.date.value) or reference) < reference)), None)  # fmt: skip
    for m in mentions:
        if m is lead or m.is_back_reference or m.modality not in RECALLED_MODALITIES or m.anchor is not None:
            continue
        if m in in_lead:
            continue
        start = date_start(m.date.value) if m.date.value else None
        if m.given and (start is None or start >= reference - timedelta(days=GIVEN_GAP_DAYS)):
            continue  # "they arrested him at the end of April": the case itself, told from its start
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
        if m.tally and start is not None and start.year >= reference.year - 1:
            earlier = False  # this year's or last year's figures: the story's setting
        setting_off = m.cause and start is not None and start < reference
        trig = m.evidence.trigger_span
        habit = trig is not None and bool(HABIT.search(text[max(0, trig.start - 16) : trig.end]))
        cued = RECALL_CUES.search(m.evidence.text) is not None
        recalled = start is None and m.date.value is None and (cued or (m.pluperfect and not habit))
        telling = m.report_date
        told_start = date_start(telling.value) if start is None and telling is not None and telling.value else None
        if told_start is not None and telling is not None and telling.value:  # "Last September, X said they had":
            told_end = _period_end(telling.value, told_start)  # the incident predates a telling well before the lead
            recalled = recalled or told_end < reference - timedelta(days=RECALL_GAP_DAYS)
        if m.modality != "asserted":  # "is believed to have been executed last year": only a date well before
            m.is_back_reference = earlier and not m.given  # the lead makes a hedged incident a recalled one
            continue
        if earlier or setting_off or recalled or (start is not None and end is not None and end < reference
                                                  and _separate(m, lead_types, text)):  # fmt: skip
            m.is_back_reference = True
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
    for m in mentions:  # rule 3: a back-reference with no date of its own takes its report's
        if m.is_back_reference and m.date.value is None and m.report_date is not None:
            m.date = m.report_date


# "earlier this month": a period that ends before the day the report is about
PRIOR = re.compile(r"(?:a\s+little\s+)?earlier\s+th(?:is|at)\s+(?:week|month|year)\b", re.I)
# a hedged incident ("was possibly killed in April") is recalled like an asserted one when dated well before
RECALLED_MODALITIES = ("asserted", "uncertain")
ANOTHER = re.compile(r"\b(?:another|a separate|a different)\b", re.I)
# "who had been bringing in phones for years": what someone had long been doing, not an incident recalled
HABIT = re.compile(r"\bhad\s+been\s+\w+ing$", re.I)


def _separate(m: Mention, lead_types: set[str], text: str) -> bool:
    """Dated before the lead, with new people who are marked as others ("two soldiers from another unit"), or
    who are introduced afresh for an incident of the lead's kind on a day of their own ("a North Korean soldier
    crossed the MDL on Sept. 18", in a report about a later crossing): an earlier, separate incident."""
    if m.given:
        return False
    spans = [a.span for a in m.actors + m.targets if a.span is not None]
    if any(ANOTHER.search(text[s.start : s.end + 24]) for s in spans):  # "two soldiers from another unit"
        return True
    introduced = any(re.search(r"\ban?\s+$", text[max(0, s.start - 4) : s.start], re.I) for s in spans)
    own_day = m.date.precision == "day" or bool(PRIOR.match(m.date.text or ""))
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


def _date_by_discourse(
    mentions: list[Mention], sents: list[Any], times: list[tuple[TimeExpression, int]], text: str
) -> date | None:
    """Dates and standing that come from the story rather than the sentence.

    - The lead's vague date ("last week", "earlier this month", "in late October") gives way to the day
      the next sentences name inside that period: the report sums up first, then tells the day.
    - An undated event tied by a phrase to an earlier one ("at the same trial", "since the incident",
      "during the raid", "that night") takes that event's date (rule 11's anchoring phrase).
    - Each event learns whether its people were already in the story (`given`) and whether it is told
      as what set a story event off (`cause`), for the back-reference test in `_mark_recalled`.

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


REPORTING_LEMMAS = {"tell", "say", "report", "add", "learn", "confirm", "quote", "explain", "write", "reveal"}


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
            lead_date = next((s for d in days if (s := date_start(d.value or "")) and since <= s <= end),
                             lead_date)  # fmt: skip
    for m, i in zip(mentions, index, strict=True):
        lead_here = i == lead_sent and opening is not None and opening_at > lead_sent and single
        if lead_here and opening is not None and _undated_perfect_lead(m, doc):
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


def _undated_perfect_lead(m: Mention, doc: Any) -> bool:
    """An asserted lead told undated in the present perfect ("North Korea has sentenced ...", "police have
    detained ..."): wire copy sums the news up first and gives its day in the next sentence."""
    if m.date.value is not None or m.modality != "asserted" or m.is_back_reference or m.reported_by:
        return False
    span = m.evidence.trigger_span
    chars = doc.char_span(span.start, span.end, alignment_mode="expand") if span is not None else None
    if chars is None or not len(chars):
        return False
    verb = chars.root
    if verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"):
        verb = verb.head  # "has launched a crackdown"
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


def _fatalities(head: Any, trig: Trigger) -> Fatalities | None:
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


# verbs whose passive subject is forbidden, not done: "private smuggling has been banned"
BAN_VERBS = {"ban", "prohibit", "forbid", "outlaw", "bar", "criminalize", "criminalise"}
# prepositions under a noun that name what something is about: "a quarrel over smuggling money"
ABOUT_PREPS = {"over", "about", "regarding", "concerning"}
# the sanctions whose grounds are charges, not incidents (rule 5)
SANCTION_TYPES_OF_CHARGE = {"PUNISHMENT"}


def _smuggling_not_told(head: Any, sentence_triggers: list[Trigger]) -> bool:
    """A smuggling trigger that tells no run of goods of its own: custody ("taken away for using phones"), a
    warning against it, a topic ("a quarrel over smuggling money"), a ban, or the offence behind a sentence
    found out by a catch or an inspection (rule 5: "sentenced after he was caught selling fuel to smugglers",
    "shot after an inspection found they had taken bribes to let goods through")."""
    if head.lemma_.lower() == "take" and any(c.lower_ == "away" and c.dep_ in ("advmod", "prt") for c in head.children):
        return True
    prep = head.head if head.dep_ in ("pcomp", "pobj") else None
    if prep is not None and (prep.lower_ == "against" or (prep.lower_ in ABOUT_PREPS and prep.head.pos_ == "NOUN")):
        return True
    if head.dep_ == "nsubjpass" and head.head.lemma_.lower() in BAN_VERBS:
        return True
    sanctions = {i for t in sentence_triggers if t.type in SANCTION_TYPES_OF_CHARGE for i in range(t.start, t.end)}
    if not sanctions:
        return False
    tok = head
    for _ in range(5):  # up to the clause that tells the act: "had taken bribes to let ...", "caught selling"
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("xcomp", "advcl", "acl", "conj"):
            break
        if tok.head.i == tok.i:
            return False
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "catch":
            return _under_sanction(tok.head, sanctions)  # "was caught selling fuel", inside "sentenced after ..."
        tok = tok.head
    found = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in FINDING_VERBS
    return found and (_under_sanction(tok.head, sanctions) or any(c.dep_ == "conj" and c.i in sanctions
                                                                for c in tok.children))  # fmt: skip


def _under_sanction(tok: Any, sanctions: set[int]) -> bool:
    """`tok` (a catch or a finding) tells why a sanction of the same sentence was given: it is an adverbial
    clause of the sanction ("sentenced ... after he was caught"), or the sanction is joined to it ("the
    inspection found that ..., and five officers were sent to camps")."""
    if tok.dep_ == "advcl":  # the sanction's own phrase may hang under its verb ("shot by firing squad ... after")
        outside = {t.i for t in tok.head.subtree} - {t.i for t in tok.subtree}
        return bool(outside & sanctions)
    if any(c.dep_ == "conj" and c.i in sanctions for c in tok.children):
        return True
    return any(a.i in sanctions for a in list(tok.ancestors)[:3])


def _smuggling_practice(head: Any) -> bool:
    """Smuggling named as a practice: a bare noun or gerund that is the subject of a present-tense or modal
    clause ("smuggling seafood is now treated as a political crime", "smuggling has picked up", "smuggling
    cannot happen without the guards"), or runs told with a habitual "would" and no condition ("guards on duty
    would carry them up the bank for 100 yuan a load")."""
    if head.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") and not any(
        c.dep_ in ("det", "poss", "nummod") for c in head.children
    ):
        verb = head.head
        tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        return bool(tags & {"VBZ", "VBP", "MD"}) and not any(
            c.lower_ in ("will", "would", "could", "might") for c in verb.children
        )
    if head.pos_ not in ("VERB", "AUX") or not any(c.lower_ == "would" and c.dep_ == "aux" for c in head.children):
        return False
    sent = head.sent
    return not any(t.lower_ in ("if", "unless", "otherwise") for t in sent)


def _ongoing_by_one(head: Any) -> bool:
    """ "a smuggler who had been carrying goods across the river for years", "the fisherman had been selling squid
    to Chinese boats for years": one person's activity over a span, an incident of its own, not a habit of many."""
    if head.tag_ != "VBG" or not any(c.lower_ == "been" for c in head.children):
        return False
    if not any(c.lower_ == "had" for c in head.children):
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if head.dep_ == "relcl":
        subjects = [head.head]
    return bool(subjects) and all(s.tag_ == "NN" or (s.lower_ in ("he", "she") and s.pos_ == "PRON") for s in subjects)


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
