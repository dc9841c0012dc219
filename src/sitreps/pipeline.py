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
    FREQUENCY_ADVERBS,
    HEALTH_CAUSE,
    INCURSION,
    SELDOM_ADVERBS,
    VOICE,
    names_a_base,
)
from sitreps.extract.events import FINDING_VERBS, WISH_WORDS, Trigger, TriggerFinder
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
from sitreps.extract.modality import PRESENT_TAGS, done_by_anyone, is_infinitive, is_negated, is_purpose, modality
from sitreps.extract.places import Gazetteer, load_gazetteer, resolve_places
from sitreps.extract.references import ReferenceFinder, ReportCue
from sitreps.extract.restate import mark_presupposed
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
            _date_by_occasion(mentions, occasion, document.text)
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
                anchor = _occasion_anchor(tok, self.actors)
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
        if capital and root.dep_ == "poss" and root.head.lemma_.lower() in (
            "military", "army", "navy", "agency", "ministry", "government", "service", "police", "authority",
            "authorities", "force", "troops", "court", "regime", "leadership", "official", "intelligence", "office"
        ):
            return True
        # "according to Seoul": the government as a source
        if capital and root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
            return True
        # "Seoul officials said", "Beijing authorities": the government's people, not where an event was
        if capital and root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in (
            "official", "authority", "authorities", "government", "spokesman", "spokeswoman", "spokesperson"
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
        if capital and holder is not None and root.head.lower_ == "in" and holder.lemma_.lower() in (
            "authority", "authorities", "regime", "leadership", "government"
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
            or _purpose_told(trig, head)
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
            issuers = actors or _pronoun_issuer(head, self.actors)  # "so they ordered ...": who "they" are
            issuers = issuers or _caused_issuer(head, self.actors)  # "led police to order ...": the police
            authority_only = lemma in self.profile.authority_only
            if head.pos_ != "NOUN" and authority_only and not has_authority(issuers) and not passive:
                return None  # a passive order ("residents have been told to ...") names no issuer
            if lemma in SPEECH_DIRECTIVES and not passive and not any(
                a.cls == "LEADERSHIP" or any(w in a.text.lower() for w in INSTITUTIONS) for a in issuers
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
        if _dropped_detection(trig, head, sentence_triggers, targets):
            return None
        if _wire_non_incident(trig, head, actors) or (trig.type == "DEFECTION" and _wish_of_known(head)):
            return None  # fact-finding, attribution, a quotation, a procedure carried out
        if _move_not_told(trig, head):
            return None  # a lure, the source's own flight, "the first time ... since", an aim, a suspicion at large
        if trig.type == "SMUGGLING" and _smuggling_not_told(head, sentence_triggers):
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
        if trig.type == "ARREST" and lemma == "hold" and _held_post(head):
            return None  # "a man who once held office in a regional city": a post, no custody
        if trig.type == "ARREST" and lemma == "return" and not _sent_back(head):
            return None  # "as he returned across the border": going back, not being sent back
        if trig.type == "PUNISHMENT" and HEALTH_CAUSE.search(nlp.span_text(sent)[head.idx - sent.start_char :][:80]):
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
        if trig.type in MOVE_HABIT_TYPES and mention.modality != "generic" and _habit_or_count(head):
            mention.modality = "generic"  # "rarely attempt to defect", "every time they crossed": a habit, a count
        if trig.type == "DESERTION" and _country_deserted(head):
            mention.type = "DEFECTION"  # "is believed to have deserted North Korea": a country left, not a unit
        if trig.type == "DEFECTION" and _line_incursion(head, sent):
            mention.type = "OTHER"  # "a group of North Korean forces crossed the MDL": an incursion (rule 10)
        if trig.type in ("PUNISHMENT", "CRACKDOWN", "ARREST") and _faced_by_kind(head):
            mention.modality = "generic"  # "defectors who are sent back face harsh punishment"
        if trig.type == "DEFECTION" and INCURSION.search(nlp.span_text(sent)):
            mention.type = "OTHER"  # crossed the line and "withdrew north": a crossing that is no defection (rule 10)
        if trig.type == "VIOLENCE" and ACCIDENT.search(nlp.span_text(sent)):
            mention.type = "OTHER"  # killed by a flood, a landmine, a crash: an accident
        if trig.type == "VIOLENCE" and lemma == "shoot" and (
            EXECUTION_CONTEXT.search(nlp.span_text(sent))
            or any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children)
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
        if trig.type == "ARREST" and mention.modality == "planned" and _operation_for_kind(head):
            mention.type, mention.modality = "CRACKDOWN", "asserted"  # "operations to arrest North Koreans who ..."
        if trig.type in ("ARREST", "PUNISHMENT") and _habit_in_present(head):
            mention.modality = "generic"  # "where they arrest and repatriate defectors": what they do
        if trig.type == "CRACKDOWN" and mention.modality == "generic" and _measure_under_way(head):
            mention.modality = "asserted"  # "inspections of the border units are underway": one measure now
        if trig.type == "PUNISHMENT" and _execution_named_by_date(head):
            mention.anaphoric = True  # "did not go to the September execution": the one told before
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
# an infinitive that tells what a wish, attempt or decision is about: the event itself, not another's aim
WISH_NOUNS = {"wish", "desire", "intention"}
GRANTING_VERBS = {"accept", "grant", "approve", "honor", "honour"}
ATTEMPT_NOUNS = {"attempt", "bid"}
DECISION_NOUNS = {"decision", "plan"}
# "led police to order ...", "prompted the ministry to ban ...": what was brought about, misparsed as an aim
RESULT_VERBS = {"lead", "prompt", "spur", "force", "compel", "cause"}
HELPING_VERBS = {"help", "assist", "aid"}


def _purpose_told(trig: Trigger, head: Any) -> bool:
    """An infinitive that is the event itself, though it looks like an aim: the defection a person expressed a
    wish for or was caught helping with, the crossing of an attempt, the punishment a decision was made about,
    the order a cause led someone to give."""
    if not is_infinitive(head):
        return False
    gov = head.head
    glemma = gov.lemma_.lower()
    if head.dep_ == "acl" and gov.pos_ == "NOUN":
        if trig.type == "DEFECTION" and glemma in WISH_NOUNS:
            # "Seoul has accepted his wish to defect": the defection granted; "expressed their desire to defect" most
            # often restates a crossing the report has told already, and stays an aim
            return (
                any(c.dep_ == "poss" for c in gov.children)
                and gov.dep_ == "dobj"
                and gov.head.lemma_.lower() in GRANTING_VERBS
            )
        if trig.type == "DEFECTION" and glemma in ATTEMPT_NOUNS:
            return any(c.dep_ in ("poss", "det") for c in gov.children)  # "in their attempt to cross to China"
        if glemma in DECISION_NOUNS and gov.dep_ in ("dobj", "nsubjpass") and gov.head.lemma_.lower() in (
            "make", "take", "establish", "adopt", "draw", "draft", "reach"
        ):
            return True  # "a decision has been made to punish", "established plans to increase surveillance"
    if head.dep_ == "advcl" and gov.pos_ == "VERB":
        if glemma in RESULT_VERBS and any(c.dep_ in ("dobj", "prep") for c in gov.children):
            return True  # "has led to police to order its officers to fire": the order given
        nsubjpass = next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
        if nsubjpass is not None and nsubjpass.lemma_.lower() in DECISION_NOUNS and glemma in ("make", "take", "reach"):
            return True  # "a decision has been made to punish the guard"
    if trig.type == "DEFECTION" and head.dep_ in ("acl", "relcl", "advcl"):
        for anc in list(head.ancestors)[:4]:
            if anc.pos_ == "VERB" and anc.lemma_.lower() in HELPING_VERBS:
                return True  # "were caught helping a family of four to defect": helping others leave (a defection)
            if anc.pos_ == "VERB":
                break
    return False
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
    if _smugglers_of_a_kind(head) or _told_as_habit(head) or _kin_who_left(head):
        return True  # "there are so many smugglers bringing goods through", "guards often take bribes to ..."
    near = [head, *list(head.ancestors)[:3]]
    for tok in list(head.ancestors)[3:8]:  # "made a living by accepting bribes by closing their eyes on smuggling"
        if any(c.dep_ == "dobj" and c.lower_ in LIVELIHOOD_WORDS for c in tok.children):
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            break
    for tok in near:
        if tok.i != head.i and tok.lemma_.lower() in LIVING_VERBS and tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in ("off", "on", "by") for c in tok.children
        ):
            return True
        if any(t.lower_ in LIVELIHOOD_WORDS and t.dep_ in ("dobj", "compound", "pobj") for t in (tok, *tok.children)):
            return True
    return False


# relatives named by who among them left: "families with members known to have left for China"
KIN = {"family", "member", "relative", "kin", "parent", "child", "son", "daughter", "sibling", "brother", "sister",
       "husband", "wife", "spouse", "household", "relation"}  # fmt: skip


def _kin_who_left(head: Any) -> bool:
    """A crossing told only to say which relatives someone has ("calls to members of their families who had
    escaped to South Korea or China", "families with members known to have left for China"): a kind of
    family, no incident."""
    if head.pos_ != "VERB":
        return False
    clause = head
    for _ in range(3):
        if clause.dep_ in ("relcl", "acl") or clause.head.i == clause.i:
            break
        if clause.dep_ != "xcomp":
            return False
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl"):
        return False
    kin = clause.head
    if kin.tag_ != "NNS" or kin.lemma_.lower() not in KIN:
        return False
    if kin.dep_ == "dobj":  # "to contact their family members who have fled abroad": whom they have, a state
        if not any(c.dep_ == "poss" for c in kin.children) or not any(
            c.dep_ == "aux" and c.lower_ in ("have", "has") for c in head.children
        ):
            return False
    elif kin.dep_ != "pobj":
        return False
    return not any(c.dep_ == "nummod" for c in kin.children) and not any(
        t.ent_type_ == "DATE" for t in clause.subtree
    )


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
    """Rule 2: an order to catch a specific person ("ordered every police post to catch him") is a hunt, and so is
    the work of catching them ("has been busy trying to catch the defectors")."""
    if _ordered_passive_capture(head):
        return True
    if not (is_infinitive(head) and head.dep_ in ("xcomp", "acl", "advcl", "ccomp")):
        return False
    gov = head.head  # "ordered ... to catch him", "an order ... to catch him", "put out an order ... to catch him"
    effort = head.dep_ == "xcomp" and gov.lemma_.lower() in EFFORT_VERBS and not is_negated(gov)
    if not effort and not any(
        t.lemma_.lower() in ORDERING_WORDS for t in (gov, *(c for c in gov.children if c.dep_ == "dobj"))
    ):
        return False
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        if obj.lower_ in ("him", "her", "them") or obj.ent_type_ == "PERSON":
            return True
        if any(c.dep_ in ("poss", "det") and c.lower_ not in ("a", "an", "any", "every", "all") for c in obj.children):
            return True
    return False

# trying to catch someone is hunting them (rule 2): "trying to catch the family", "struggling to track him"
EFFORT_VERBS = {"try", "attempt", "strive", "struggle", "scramble", "endeavor", "endeavour"}


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


# what a person says under questioning: the questioning is the occasion of the statement, not a measure
STATEMENT_VERBS = {"say", "confess", "admit", "tell", "claim", "reveal", "insist", "deny", "explain", "state",
                   "testify", "acknowledge"}  # fmt: skip
RELEASE_VERBS = {"release", "free"}


def _questioned_in_custody(head: Any, sentence_triggers: list[Trigger], actors: list[Actor]) -> bool:
    """Questioning told with the custody it happens in ("was detained and is being questioned", "held for
    questioning"), or South Korea's screening of a new arrival."""
    if any(any(b in a.text.lower() for b in SCREENING_BODIES) for a in actors):
        return True
    if head.dep_ == "advcl" and head.head.lemma_.lower() in STATEMENT_VERBS:
        return True  # "when questioned, the crew said ...", "confessed while being questioned": what was said
    if any(c.dep_ == "conj" and c.lemma_.lower() in RELEASE_VERBS for c in head.children):
        return True  # "were interrogated for two months, but then released": the custody and its end
    arrests = {t.head.i for t in sentence_triggers if t.type == "ARREST"}
    if not arrests:
        return False
    if head.dep_ in ("pcomp", "advcl") and head.head.lower_ in TIME_MARKS | {"following"}:
        return True  # "awaiting repatriation after being interrogated": a step of the custody told
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


INVOLVEMENT = {"involve", "involved", "engage", "engaged", "participate", "implicate", "implicated", "active"}


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
    if tok.dep_ in ("nmod", "compound") and tok.head.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod") for c in tok.head.children
    ):
        return True  # "managed to maintain both smuggling and defection operations": the activities at large
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in INVOLVEMENT:
        word = tok.head.head
        clause = word.head if word.dep_ in ("acomp", "xcomp") else word
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and all(c.tag_ == "NNS" for c in subjects):
            return True  # "the authorities are becoming more involved in illegal smuggling": many, at large
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
    from sitreps.extract.modality import uttered_threat

    uttered = uttered_threat(head)
    if uttered is not None:
        return uttered  # "Kim said that those who neglected their duties would be severely punished"
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


# a picture's caption: what it shows is a scene, not an incident told
CAPTION = re.compile(r"\b(?:seen |shown |pictured )?in (?:this|a|the above) (?:file )?(?:photo|picture|image)\b|"
                     r"^\s*(?:FILE )?PHOTO\b", re.I)
WARS = {"war", "wars"}
# what is "slapped" or "hit" when no one is struck: "sanctions slapped on North Korea"
IMPOSED_THINGS = {"sanction", "tariff", "fine", "ban", "embargo", "penalty", "restriction", "label"}


REMOVED_THINGS = {"post", "mine", "landmine", "fence", "wire", "barrier", "camera", "equipment", "facility",
                  "structure", "sign", "poster", "loudspeaker", "speaker", "bunker", "weapon", "obstacle"}  # fmt: skip
UNKNOWING = {"clear", "unclear", "known", "unknown", "know", "confirm", "confirmed", "certain", "sure", "say"}


def _any_in_question(head: Any) -> bool:
    """An indirect question about anyone at all ("it was not clear if any guards were injured", "unknown whether
    any soldiers were punished"): nothing told happened."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    people = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if not any(any(d.dep_ == "det" and d.lower_ == "any" for d in p.children) for p in people):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in verb.children):
        return False
    above = verb.head  # "it was not clear if ...": the adjective hangs on "was"
    words = {above.lemma_.lower(), *(c.lower_ for c in above.children if c.dep_ in ("acomp", "attr"))}
    return verb.dep_ in ("ccomp", "advcl") and bool(words & UNKNOWING)


def _war_dead(head: Any) -> bool:
    """A killing in a war ("killed during the Korean War", "those who died in the war"), or a penalty "slapped on"
    a country: no violence of the report's time."""
    if head.dep_ == "acl" and head.head.lemma_.lower() in IMPOSED_THINGS:
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in IMPOSED_THINGS for c in head.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ in ("during", "in") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in WARS for o in c.children
        )
        for c in head.children
    )


def _dropped_detection(trig: Trigger, head: Any, sentence_triggers: list[Trigger], targets: list[Actor]) -> bool:
    """Triggers that tell no incident of their own, found from the parse around them."""
    lemma = head.lemma_.lower()
    if _custody_dropped(trig, head):
        return True
    if _domestic_dropped(trig, head):
        return True
    if _wire_dropped(trig, head, sentence_triggers):
        return True
    if _directive_dropped(trig, head, sentence_triggers):
        return True
    if CAPTION.search(nlp.span_text(head.sent)):
        return True  # "A border patrol checkpoint ... can be seen in this photo": a picture's caption, no incident
    if trig.type == "VIOLENCE" and _war_dead(head):
        return True  # "remains of soldiers killed during the 1950-53 Korean War": history, no incident
    if trig.type in ("SEARCH", "CRACKDOWN") and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and o.lower_ == "remains" for o in c.children)
        for c in head.children
    ):
        return True  # "a joint search for remains of soldiers killed in the war": recovering the war dead
    if trig.type == "PUNISHMENT" and lemma == "remove" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in REMOVED_THINGS for c in head.children
    ):
        return True  # "completed removing 20 front-line guard posts and landmines": things taken away, no one
    if _any_in_question(head):
        return True  # "It was not clear if any guards were injured": whether it happened at all is unknown
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
    if trig.type == "CRACKDOWN" and lemma in QUESTIONING and head.pos_ == "NOUN" and (
        head.dep_ == "pobj" and head.head.lower_ == "during"
    ):
        return True  # "said so during a government interrogation": the occasion of what was said or done
    if trig.type == "CRACKDOWN" and lemma in INQUIRY and head.dep_ == "pcomp" and head.head.lower_ in (
        "after", "following"
    ) and any(t.type == "ARREST" for t in sentence_triggers):
        return True  # "handed them over to the police after investigating the circumstances": a step of custody
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
    if trig.type == "CRACKDOWN" and lemma in INQUIRY and head.pos_ == "VERB" and any(
        c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in CLAIMS for c in head.children
    ):
        return True  # "their claim for asylum was being investigated": a claim checked, no crackdown
    if trig.type == "CRACKDOWN" and (lemma in INQUIRY or lemma in QUESTIONING) and _seoul_procedure(head, actors):
        return True  # "relevant authorities will investigate", "the man was under investigation", "During the probe"
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
    """A group of soldiers crossing the MDL or the NLL, with no word of leaving: an incursion, not a defection.
    A boat that crosses or drifts over the line is a crossing too: people defect, vessels do not (rule 10)."""
    if _sea_crossing_returned(head, sent):
        return True  # "North Koreans who crossed the sea border were sent back home": a crossing (rule 10)
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    leaving = any(t.lemma_.lower() in LEAVING for t in sent)
    if subject is None and head.dep_ in ("xcomp", "ccomp", "advcl") and head.head.pos_ == "VERB":
        subject = next((c for c in head.head.children if c.dep_ == "nsubjpass"), None)  # "a boat was seen crossing"
    if subject is not None and subject.lemma_.lower() in VESSELS and head.pos_ == "VERB" and not leaving:
        return True  # "a wooden boat carrying them crossed the NLL", "their boat drifted across the border"
    if head.lemma_.lower() != "cross" or leaving:
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
    from sitreps.extract.modality import uttered_threat

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
    """What a search is "for", also where the parser hung the "for" on the verb ("stepped up its hunt for people"),
    and what people go "in search of"."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"]
    if head.dep_ == "pobj" and head.head.lower_ == "in" and head.lower_ == "search":
        preps += [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    if not preps and head.i + 1 < len(head.doc) and head.dep_ in ("dobj", "nsubjpass"):
        after = head.doc[head.i + 1]
        if after.lower_ == "for" and after.dep_ == "prep" and after.head.i == head.head.i:
            preps.append(after)
    return [obj for prep in preps for obj in prep.children if obj.dep_ == "pobj"]


def _sweeps_for_kind(head: Any) -> bool:
    """A search "for deserting soldiers", "for runaway soldiers": anyone of a kind, a sweep (rule 2)."""
    if head.pos_ == "VERB" and head.lemma_.lower() in SENDING_VERBS and _sent_for_kind(head):
        return True  # "sent a team into China to arrest and repatriate defectors": whoever they find
    if head.pos_ == "NOUN" and head.lower_ in ("team", "teams") and _sent_for_kind(head.head):
        return True  # "arrest teams have been organized with orders to track down and arrest defectors"
    if head.pos_ == "VERB" and any(
        obj.dep_ == "dobj" and obj.tag_ in ("NNS", "NNPS")
        and not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)
        and any(c.dep_ in ("acl", "relcl") for c in obj.children)
        for obj in head.children
    ):
        return True  # "to hunt down people using Chinese phones": whoever does it, a sweep
    if head.pos_ == "VERB" and _hunts_whoever(head):
        return True  # "to track down anyone involved", "tracking down defectors": anyone of a kind
    return any(
        obj.tag_ in ("NNS", "NNPS")
        and not any(c.dep_ in ("det", "poss", "nummod") and c.lower_ not in ("any", "all") for c in obj.children)
        for obj in _search_objects(head)
    )


# who is sought "in search of": people, not a catch of squid or work
SOUGHT_PEOPLE = {"defector", "soldier", "deserter", "fugitive", "escapee", "family", "man", "woman", "people",
                 "person", "child", "son", "daughter", "wife", "husband", "guard", "smuggler", "broker", "refugee",
                 "group", "crew", "survivor", "body", "resident", "relative", "member", "agent", "officer"}  # fmt: skip
# a search for things is a sweep ("searching for phones"); one for a pretext or a way is no search at all
SEARCHED_THINGS = {"phone", "phones", "goods", "contraband", "drugs", "money", "cash", "evidence", "documents",
                   "material", "materials", "videos", "dvds", "usb", "radios", "radio", "devices", "device",
                   "weapons", "weapon", "signals", "signal", "leaflets", "bibles", "books", "items"}  # fmt: skip
ABSTRACT_AIMS = {"excuse", "excuses", "way", "ways", "opportunity", "opportunities", "chance", "reason", "pretext",
                 "answer", "answers", "solution", "solutions", "work", "job", "jobs", "food", "help", "buyers",
                 "customers", "income", "firewood", "wood", "fuel", "water", "herbs", "mushrooms", "shelter",
                 "housing", "medicine"}  # fmt: skip


def _search_aim(head: Any) -> str | None:
    """ "thing" when a search is for things, "abstract" when for an excuse or a way, or when people go "in search
    of" anything but people ("went far out in search of squid"), else None."""
    objs = _search_objects(head)
    if objs and all(o.lower_ in ABSTRACT_AIMS for o in objs):
        return "abstract"
    if objs and head.dep_ == "pobj" and head.head.lower_ == "in" and not any(
        o.lower_ in ("him", "her", "them") or o.ent_type_ == "PERSON" or o.lemma_.lower() in SOUGHT_PEOPLE
        for o in objs
    ):
        return "abstract"
    if objs and all(o.lower_ in SEARCHED_THINGS for o in objs):
        return "thing"
    return None


LECTURING_VERBS = {"hold", "conduct", "deliver", "give", "organize", "organise", "run", "convene", "carry"}
ISSUING_VERBS = {"issue", "receive", "give", "hand", "send", "come", "pass", "adopt", "announce", "post", "get", "put",
                 "say", "state", "read", "stipulate", "specify", "declare", "require", "apply", "take", "convey",
                 "relay", "transmit", "circulate", "distribute", "deliver"}  # fmt: skip


def _order_noun_in_use(head: Any) -> bool:
    """An order noun that is really an order: it says what to do, who gave it, or it was issued or received."""
    for c in head.children:
        if c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ in ("from", "by", "to", "on", "against")):
            return True
    if any(c.dep_ == "poss" for c in head.children):
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "under":
        return True  # "under orders to stop all crossings"
    if head.dep_ == "attr" and any(c.dep_ == "expl" for c in head.head.children):
        return True  # "there was a directive at the meeting to ...": an order given
    if head.lemma_.lower() == "lecture":  # "security officials held lectures for residents": a lecture given
        return bool(head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in LECTURING_VERBS)
    return bool(head.dep_ in ("dobj", "nsubj", "nsubjpass") and head.head.lemma_.lower() in ISSUING_VERBS)


def _is_reference(head: Any) -> bool:
    """ "those arrested", "the 7 smugglers arrested": a pointer back to an event, not a new one."""
    if head.dep_ == "acl" and head.tag_ == "VBN":
        noun = head.head
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)
        return bool(noun.lower_ in ("those", "ones", "all", "people", "persons", "others", "some", "many")
                    or noun.pos_ == "PRON" or definite)  # fmt: skip
    return False


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


def _directive_dropped(trig: Trigger, head: Any, sentence_triggers: list[Trigger]) -> bool:
    """A DIRECTIVE trigger that gives no order of its own: an order restated ("these orders", "orders on this",
    "under Kim's orders" told again), a verb of ordering with nothing ordered ("directed by the Central Party"), a
    warning someone heeds, an order whose event is the punishment it orders ("ordered the dismissal of the
    commander"), a rule announced as already carried out, international sanctions, an economic order."""
    if _measure_not_told(trig, head):
        return True
    if trig.type != "DIRECTIVE":
        return False
    if _order_restated(head) or _border_state(head) or _mobilised_to_attend(head) or _address_unit(head):
        return True
    if _order_as_background(head) or _warned_one(head) or _warning_at_the_line(head) or _standing_offer(head):
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
        if any(c.dep_ == "prep" and c.lower_ in ("on", "about") and all(
            g.lower_ in DEMONSTRATIVES or g.lower_ == "it" for g in c.children if g.dep_ == "pobj"
        ) and any(g.dep_ == "pobj" for g in c.children) for c in kids):
            return True  # "passing down orders on this": the order just told
        new = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in kids)  # "follows an order from"
        heeded = head.head.lemma_.lower() if head.dep_ == "dobj" else head.head.head.lemma_.lower()
        if not new and head.dep_ in ("dobj", "pobj") and heeded in HEEDING:
            # "shoot anyone who fails to heed their warnings", "to follow the orders set by the border patrol",
            # "comply with the ban": an order already given, followed or not
            return True
        if head.dep_ == "pobj" and head.head.lower_ in CARRIED_UNDER and _order_told_before(head):
            return True  # "Under Kim Jong Un's orders, fences are being installed": the order already told
    elif head.pos_ in ("VERB", "AUX"):
        if lemma in ORDERING and not any(
            c.dep_ in ORDER_CONTENT or (c.dep_ == "nsubjpass" and c.pos_ != "PRON") for c in kids
        ) and not any(c.dep_ == "prep" and c.lower_ in ("to", "that") for c in kids):
            # "they are directed by the Central Party", "ordered by the administration": nothing ordered ("the
            # sweep was ordered by the committee" orders the sweep)
            return True
        if lemma in ORDERING and not any(c.dep_ in ("xcomp", "ccomp") for c in kids) and any(
            c.dep_ == "dobj" and t.head.i == c.i and t.type == "PUNISHMENT" for c in kids for t in sentence_triggers
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
        if head.dep_ == "relcl" and head.head.lemma_.lower() in SOMEONE and any(
            c.dep_ == "nsubjpass" and c.lower_ in ("who", "that") for c in kids
        ):
            return True  # "someone who had been instructed by the agency to report on him": who the person is
    if any(
        c.dep_ == "prep" and c.lower_ in ("under", "through", "by")
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
        if c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "the" for g in c.children) and any(
            g.dep_ == "prep" and g.lower_ == "of" for g in c.children
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
    return bool(aux) and all(c.lower_ in ("is", "are") for c in aux) and not any(
        c.dep_ == "agent" for c in head.children
    )


MEANS_VERBS = {"use", "employ", "wield"}
KIND_PRONOUNS = {"those", "anyone", "anybody", "everyone", "everybody", "whoever"}


def _punishing_a_kind(head: Any) -> bool:
    """ "ordered his security staff to hunt down and punish those who leak information": whoever does so is to be
    punished, a rule or a threat told in an order (the order is the event), no one punished yet."""
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
    if trig.type == "PUNISHMENT" and head.pos_ == "NOUN" and head.tag_ == "NNS" and (
        (head.dep_ == "dobj" and head.head.lemma_.lower() in MEANS_VERBS)
        or (head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lemma_.lower() == "resort")
    ):
        return True  # "the authorities are using brutal punishments to ...": a means of rule, no one punished
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
        c.dep_ in ("dobj", "pobj", "prep") and (c.lemma_.lower() in NEWS_WATCHED or any(
            g.dep_ == "pobj" and g.lemma_.lower() in NEWS_WATCHED for g in c.children))
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


# what someone is keen or unable to do is an aim, not an act ("officials are eager to arrest residents")
EAGERNESS = {"eager", "keen", "desperate", "determined", "anxious", "ready", "willing", "reluctant", "unwilling",
             "unable", "hesitant", "impatient", "quick"}  # fmt: skip
# what is feared or rumoured to come: "sparking fears that they could face execution if repatriated"
FEAR_NOUNS = {"fear", "concern", "worry", "anxiety", "alarm", "dread"}
# what someone is made to believe will happen: "tried to convince residents that the group would be caught"
PERSUADING = {"convince", "persuade", "assure", "reassure", "warn", "threaten", "promise", "vow", "boast", "remind"}
WILL_WOULD = {"will", "would", "'ll", "could", "might", "may"}


def _aim_or_prospect(trig: Trigger, head: Any) -> bool:
    """An arrest, a crackdown or a punishment that is only aimed at, feared or promised: "security officials are
    eager to arrest residents", "fearing dismissal or demotion", "sparking fears that they could face execution",
    "tried to convince residents that the group would be caught and punished"."""
    if trig.type not in ("ARREST", "PUNISHMENT", "CRACKDOWN"):
        return False
    if head.dep_ == "xcomp" and head.head.pos_ == "ADJ" and head.head.lemma_.lower() in EAGERNESS:
        return is_infinitive(head)
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "fearing dismissal or demotion": the second noun of what is feared
    if first.i != head.i and _feared_outcome(first):
        return True
    if trig.type == "CRACKDOWN":
        return False
    tok = first
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ in ("acl", "ccomp") and any(c.dep_ == "aux" and c.lower_ in WILL_WOULD for c in tok.children):
            holder = tok.head
            if holder.pos_ == "NOUN" and holder.lemma_.lower() in FEAR_NOUNS:
                return True  # "fears that they could face persecution and even execution"
            if holder.pos_ == "NOUN" and holder.dep_ in ("dobj", "dative"):
                holder = holder.head  # "convince residents that ...", the clause hung on the person persuaded
            persuaded = holder.pos_ == "VERB" and holder.lemma_.lower() in PERSUADING
            return persuaded and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        tok = tok.head
    return False


# a measure told as in progress: "inspections of the border units are underway"
UNDER_WAY = {"underway", "ongoing", "afoot"}


def _measure_under_way(head: Any) -> bool:
    """A crackdown noun whose clause says it is going on now ("Inspections of the guard units by the Defense
    Security Command are underway"): one measure in progress, not a habit."""
    if head.pos_ != "NOUN" or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    if verb.lemma_.lower() != "be":
        return False
    for c in verb.children:
        if c.lower_ in UNDER_WAY or (c.lower_ == "under" and any(g.lower_ == "way" for g in c.children)):
            return True
        if c.lower_ == "in" and any(g.lower_ == "progress" for g in c.children):
            return True
    return False


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}  # fmt: skip


def _execution_named_by_date(head: Any) -> bool:
    """ "the August execution", "reported on the December 19 execution": a punishment the report has told, named by
    its date, after an earlier sentence told an execution."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    if not any(c.dep_ in ("compound", "nmod") and c.lower_ in MONTHS for c in head.children):
        return False
    return head.sent.start > 0 and bool(EXECUTION_CONTEXT.search(nlp.full_text(head.doc)[: head.sent.start_char]))


HABIT_PRONOUNS = {"they", "we", "you"}


def _habit_in_present(head: Any) -> bool:
    """ "... where they arrest and forcibly repatriate said defectors": a plural present with no auxiliary says what
    people do, not what was done."""
    if head.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in head.children) and head.head.tag_ == "VBP":
        head = head.head  # "they arrest and forcibly repatriate ..."
    if head.tag_ != "VBP" or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in HABIT_PRONOUNS for c in head.children)


OPERATION_NOUNS = {"operation", "campaign", "effort", "drive", "mission", "sweep", "raid"}


def _operation_for_kind(head: Any) -> bool:
    """ "carrying out special operations to arrest North Koreans who contact ...": an operation against anyone of a
    kind (a bare plural) is a sweep (rule 2), not an arrest."""
    if not is_infinitive(head) or head.dep_ not in ("xcomp", "advcl", "acl"):
        return False
    gov = head.head
    nouns = [gov] if gov.pos_ == "NOUN" else [c for c in gov.children if c.dep_ == "dobj"]
    if not any(n.lemma_.lower() in OPERATION_NOUNS for n in nouns):
        return False
    return any(
        c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS")
        and not any(d.dep_ in ("det", "poss", "nummod") for d in c.children)
        for c in head.children
    )


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
                if obj.dep_ == "pobj" and obj.lower_ in HELD_PEOPLE and any(
                    c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("the", "these", "those"))
                    for c in obj.children
                ):
                    return True
    return bool(SCREENERS.search(nlp.span_text(head.sent)))


# what people are ordered to come and see (an execution, a trial, a rally): a mobilisation, no order to the forces
ATTENDING = {"gather", "attend", "participate", "watch", "witness", "assemble"}


def _mobilised_to_attend(head: Any) -> bool:
    """ "handed down an order for people to gather at the airfield", "were ordered to participate in the public
    execution": people called to watch, not an order about forces, borders or enforcement."""
    holders = [head, *(c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in ORDER_NOUNS)]
    aims = [c for h in holders for c in h.children if c.dep_ in ("xcomp", "acl", "relcl", "advcl") and c.pos_ == "VERB"]
    return bool(aims) and all(a.lemma_.lower() in ATTENDING and is_infinitive(a) for a in aims)


VESSELS = {"boat", "ship", "vessel", "trawler", "craft", "sailboat", "motorboat", "raft"}
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


def _seoul_rescuer(agent: str) -> bool:
    """ "South Korea rescued him", "our navy": South Korea takes the people it rescues into its custody (rule 6)."""
    return "south korea" in agent or "seoul" in agent.split() or "our" in agent.split()


def _condition_of_risk(head: Any) -> bool:
    """The condition of a risk ("at risk of being sent to camps if they are caught", "run the risk of jail if they
    are caught crossing"): what would bring about what people risk, no incident."""
    if head.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children):
        return False
    gov = head.head
    if _feared_outcome(gov):
        return True
    holders = [c for c in gov.children if c.dep_ in ("dobj", "attr")]
    holders += [g for c in gov.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(h.lemma_.lower() in FEARED_HOLDERS for h in holders)


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


def _warning_at_the_line(head: Any) -> bool:
    """ "issued warnings and fired warning shots": warnings broadcast at soldiers crossing a line, not an order."""
    if head.lemma_.lower() not in ("warn", "warning") and not any(
        c.dep_ == "dobj" and c.lemma_.lower() == "warning" for c in head.children
    ):
        return False
    return any(t.lower_ == "warning" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lemma_.lower() == "shot" for t in
               head.sent)


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
    if head.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ in ("over", "into", "about")
        and any(g.lemma_.lower() in LEAVING for g in c.children)
        for c in head.children
    ) and any(b in nlp.span_text(head.sent).lower() for b in SCREENING_BODIES):
        return True  # "taken into custody by South Korean guards, he would face an investigation over his defection"
    if head.pos_ != "NOUN" or head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ in REFERENCE_PREPS and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return bool(clause.dep_ == "ROOT" and prep.head.i == clause.i and prep.i < clause.i)  # "During the probe, ..."
    # "defected to a South Korean island ... and was under investigation": the screening of the arrival
    return prep.lower_ == "under" and clause.dep_ == "conj" and clause.head.lemma_.lower() in LEAVING


def _sent_for_kind(head: Any) -> bool:
    """People sent "to arrest and repatriate defectors", "to catch smugglers": an aim at a bare plural, a kind."""
    for tok in head.subtree:
        if tok.lemma_.lower() not in PURSUIT_VERBS or tok.dep_ not in ("advcl", "xcomp", "acl", "conj"):
            continue
        for verb in (tok, *(c for c in tok.children if c.dep_ == "conj")):
            for obj in verb.children:
                if obj.dep_ == "dobj" and obj.tag_ in ("NNS", "NNPS") and not any(
                    c.dep_ in ("det", "poss", "nummod") for c in obj.children
                ):
                    return True
    return False


def _wire_dropped(trig: Trigger, head: Any, sentence_triggers: list[Trigger]) -> bool:
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
            t.type == "PUNISHMENT" and t.head.lemma_.lower() == "execution" and t.head.dep_ == "pobj"
            and t.head.head.lower_ in ("in", "as", "amid")
            for t in sentence_triggers
        ):
            return True  # "has killed 15 officials ..., in the latest executions": the executions are the event
        if _shooting_ordered(head) or _shot_as_executed(head) or _violence_wondered(head):
            return True  # "they are to be shot on the spot"; "the nine were then shot to death" (the execution)
    if trig.type == "PUNISHMENT" and head.pos_ == "NOUN" and lemma in ("punishment", "penalty", "sentence"):
        obj = head
        while obj.dep_ == "conj" and obj.head.pos_ == "NOUN":
            obj = obj.head
        if obj.dep_ == "dobj" and obj.head.lemma_.lower() in TOUGHENING:
            return True  # "toughening border controls and punishment for escape attempts": a policy
    if trig.type == "PUNISHMENT" and lemma == "fire" and any(
        c.dep_ in ("nsubjpass", "dobj", "nsubj") and c.lemma_.lower() in SHOTS for c in head.children
    ):
        return True  # "warning shots being fired from the South": gunfire, no one dismissed
    if trig.type == "PUNISHMENT" and lemma == "fire" and head.dep_ in ("acl", "relcl") and (
        head.head.lemma_.lower() in SHOTS
    ):
        return True
    if trig.type in ("DEFECTION", "SMUGGLING") and _blamed_for(head, sentence_triggers):
        return True
    if trig.type == "ARREST" and head.dep_ == "conj" and is_purpose(head.head) and any(
        t.head.i == head.head.i and t.type in ("ARREST", "SEARCH") for t in sentence_triggers
    ):
        return True  # "sent a team to arrest and repatriate defectors": the aim, like the "arrest" it joins
    if trig.type == "SEARCH" and lemma in ("pursue", "chase") and head.dep_ == "pcomp" and (
        head.head.lower_ in ("after", "while") and any(
            t.type in ("VIOLENCE", "ARREST") and t.head.i == head.head.head.i for t in sentence_triggers
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
    return trig.type in ("DEFECTION", "DESERTION", "SMUGGLING") and head.pos_ == "NOUN" and abstract and not any(
        c.dep_ in ("det", "poss", "nummod") for c in head.children
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
            if parent.tag_ == "VBG" and parent.dep_ == "conj" and parent.head.i in sanctions and any(
                c.dep_ == "prep" and c.lower_ == "for" for c in parent.head.children
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


# what a person holds as a post, not a place of custody: "held office", "held a senior post"
POSTS = {"office", "post", "posts", "position", "positions", "rank", "title", "seat", "job", "portfolio"}


def _held_post(head: Any) -> bool:
    """ "who once held office in Hyesan", "held a senior post": the object of "hold" is a post (custody is held "in
    a cell", "at the office")."""
    return any(c.dep_ == "dobj" and c.lower_ in POSTS for c in head.children)


COLLECTIVE_ISSUERS = {"team", "group", "unit", "committee", "ministry", "department", "bureau", "office",
                      "squad", "command", "brigade", "battalion", "regiment", "division", "corps", "police",
                      "leadership"}  # fmt: skip


def _caused_issuer(head: Any, finder: ActorFinder) -> list[Actor]:
    """The issuer of an order that something led to ("has led police to order its officers to ...", "leading Kim Yo
    Jong to issue an order"): the one the causing verb moves, its object or its "to" phrase."""
    gov = head.head
    if head.dep_ not in ("advcl", "xcomp", "ccomp") or gov.lemma_.lower() not in RESULT_VERBS:
        return []
    for c in gov.children:
        if c.dep_ == "dobj" and c.i < head.i:
            found = finder.phrase(c)
            return [found] if found is not None else []
        if c.dep_ == "prep" and c.lower_ == "to" and c.i < head.i:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            found = finder.phrase(obj) if obj is not None else None
            return [found] if found is not None else []
    return []


def _pronoun_issuer(head: Any, finder: ActorFinder) -> list[Actor]:
    """The one a pronoun issuer stands for ("so they ordered the replacement", "adding that he has ordered"): the
    nearest subject of the same number before it, in its sentence or the one before, that names an actor."""
    pron = next((c for c in head.children if c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they")), None)
    if pron is None:
        return []
    plural = pron.lower_ == "they"
    sent = pron.sent
    start = sent.start
    if start > 0:
        start = head.doc[start - 1].sent.start
    for tok in reversed(head.doc[start : pron.i]):
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ in ("he", "she", "they") or tok.lemma_ == "source":
            continue  # the pronoun told before stands for the same one; the source is who tells, not who orders
        if plural:  # "they": people ("the inspectors", "some of the detainees") or a body ("the MSS"), not a person
            many = tok.tag_ in ("NNS", "NNPS") or tok.lower_ in ("some", "many", "both", "all", "most", "others")
            many = many or tok.lemma_.lower() in COLLECTIVE_ISSUERS  # "an inspection team ... they ordered"
            if not many and not (tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON"):
                continue
        elif tok.tag_ not in ("NN", "NNP"):
            continue
        found = finder.phrase(tok)
        return [found] if found is not None else []  # the nearest one is who the pronoun stands for
    return []


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
    if head.lemma_.lower() in PLAIN_CARRYING and not SMUGGLING_CUE.search(nlp.span_text(head.sent)):
        return True  # "families are sending food to hungry soldiers": goods carried at home, nothing illicit told
    if _counterfactual(head) or _run_in_mind(head) or _known_ring_described(head):
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


# plain verbs of carrying goods: a smuggling run only where the sentence tells the border, a foreign side or
# something illicit ("sending food to soldiers" is no run; "carrying copper across the Tumen" is)
PLAIN_CARRYING = {"send", "carry", "bring", "move", "transport", "ship", "ferry", "deliver", "supply", "receive",
                  "transfer", "haul"}  # fmt: skip
SMUGGLING_CUE = re.compile(
    r"smuggl|contraband|illegal|illicit|unauthori[sz]ed|\bchin(?:a|ese)\b|\bborder|\briver|\byalu\b|\btumen\b|"
    r"\bamnok\b|\bdandong\b|\bacross\b|\bover to\b|\bbribe|\bsecret|\bcustoms\b|\bforeign|\brussia|"
    r"\bsouth korea|\bsanction|\bbroker|\bcross|traffick|\bdrugs?\b|narcotic|methamphetamine|\bmeth\b|\bopium|\bheroin",
    re.I,
)


# a run only in someone's mind: decided, planned, hoped or believed they could (the attempt, if any, is told apart)
INTENT_VERBS = {"decide", "plan", "conspire", "scheme", "look", "hope", "want", "intend", "aim", "wish", "dream",
                "agree", "plot", "mean"}  # fmt: skip
BELIEF_VERBS = {"believe", "think", "figure", "reckon", "expect", "assume", "calculate"}


def _known_ring_described(head: Any) -> bool:
    """ "Three members of the smuggling ring are from Ongjin", "the organizations to be involved in the smuggling
    are entities under Office 39": a run or ring told before, named again (definite) inside the subject of a
    copula that says who or where its people are."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
        return False
    tok = head
    for _ in range(4):
        if tok.dep_ == "nsubj":
            verb = tok.head
            return verb.lemma_ == "be" and not any(c.dep_ in ("acomp", "xcomp") for c in verb.children)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _run_in_mind(head: Any) -> bool:
    """ "decided to smuggle the gold out", "was simply looking to send samples", "believed that they could
    transport the gold across land": an intention or a belief, not a run."""
    if head.tag_ != "VB":
        return False
    if head.dep_ == "xcomp" and head.head.lemma_.lower() in INTENT_VERBS:
        return True
    return head.dep_ == "ccomp" and head.head.lemma_.lower() in BELIEF_VERBS and any(
        c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "can") for c in head.children
    )


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


# verbs that tell how much of an activity goes on
ACTIVITY_LEVELS = {"thrive", "flourish", "boom", "prosper", "halt", "stop", "cease", "decline", "dwindle", "surge",
                   "soar", "slow", "resume", "shrink", "grow", "increase", "decrease", "drop", "fall",
                   "rise"}  # fmt: skip


def _smuggling_practice(head: Any) -> bool:
    """Smuggling named as a practice: a bare noun or gerund that is the subject of a present-tense or modal
    clause ("smuggling seafood is now treated as a political crime", "smuggling has picked up", "smuggling
    cannot happen without the guards"), or runs told with a habitual "would" and no condition ("guards on duty
    would carry them up the bank for 100 yuan a load")."""
    if head.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") and not any(
        c.dep_ in ("det", "poss", "nummod") for c in head.children
    ):
        verb = head.head
        if verb.lemma_.lower() in ACTIVITY_LEVELS or any(
            c.dep_ == "prep" and any(o.lemma_.lower() in ("halt", "standstill", "end") for o in c.children)
            for c in verb.children
        ):
            return True  # "smuggling came to a near halt", "smuggling thrived": the trade at large
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


# conditions that make a present-tense clause a rule of how things go ("when a suspect is detained, ...")
HABIT_MARKS = {"when", "whenever", "if", "once"}


def _present_simple(verb: Any) -> bool:
    """ "is detained", "are arrested", "arrest": a present tense that is not progressive."""
    if verb.tag_ in PRESENT_TAGS:
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBN"
        and any(a.tag_ in PRESENT_TAGS for a in auxes)
        and not any(a.lower_ in ("being", "been", "has", "have") for a in auxes)
    )


def _indefinite_subject(verb: Any) -> bool:
    """A subject that names anyone of a kind: "a suspect", "anyone", "smugglers"."""
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        dets = [c for c in subj.children if c.dep_ in ("det", "poss", "nummod")]
        if subj.lower_ in ("anyone", "anybody", "someone", "somebody", "whoever"):
            return True
        if any(d.lower_ in ("a", "an", "any", "every") for d in dets):
            return True
        if subj.tag_ == "NNS" and not dets:
            return True
    return False


def _habitual_when(head: Any) -> bool:
    """A rule told in the present, with a condition on anyone of a kind ("when a suspect is detained, their
    relatives are also arrested"): how things go, no incident."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if not _present_simple(verb):
        return False
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    if verb.dep_ == "advcl":
        clauses.append(verb)
    for clause in clauses:
        marked = any(c.lower_ in HABIT_MARKS and c.dep_ in ("mark", "advmod") for c in clause.children)
        main = clause.head
        if marked and _present_simple(clause) and _present_simple(main) and _indefinite_subject(clause):
            return True
    return False


# verbs whose object is a checkpoint as a place of duty: "guards manning checkpoints"
STAFFING_VERBS = {"man", "staff", "guard", "run", "operate", "pass", "reach", "approach", "leave"}
PLACE_PREPS = {"at", "in", "near", "through", "past", "from", "to", "by", "around", "outside"}


def _checkpoint_as_place(head: Any) -> bool:
    """A checkpoint named as the place where something happens or where guards serve ("at a checkpoint in
    Cholsan", "guards manning checkpoints"): no check set up or carried out."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ("checkpoint", "roadblock"):
        return False
    if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
        return True
    return head.dep_ == "dobj" and head.head.lemma_.lower() in STAFFING_VERBS


def _domestic_dropped(trig: Trigger, head: Any) -> bool:
    """Enforcement triggers of domestic-outlet reports that tell no incident: a rule of how things go, a
    checkpoint named as a place."""
    if trig.type in ("ARREST", "CRACKDOWN", "PUNISHMENT") and _habitual_when(head):
        return True
    return trig.type == "CRACKDOWN" and _checkpoint_as_place(head)


# quantities that make a plural a kind ("so many smugglers bringing goods"), not a group of people
KIND_QUANTITIES = {"many", "numerous", "countless", "more", "most"}


def _smugglers_of_a_kind(head: Any) -> bool:
    """A run told of smugglers at large: "there are so many smugglers bringing goods through", "many traders
    carrying goods across": a participle on a plural that counts a kind."""
    if head.dep_ != "acl" or head.tag_ != "VBG":
        return False
    noun = head.head
    if noun.lower_ in ("those", "anyone", "anybody", "people"):
        return True  # "those smuggling innocuous goods have halted": who they are, no run
    if noun.tag_ != "NNS":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    verb = noun.head
    existential = noun.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children)
    counted = any(c.dep_ == "amod" and c.lower_ in KIND_QUANTITIES for c in noun.children)
    return (existential or counted) and _present_simple(verb)


def _told_as_habit(head: Any) -> bool:
    """ "border guards often take bribes to look the other way": a run or a deal told with an adverb of
    frequency on its clause, in the present."""
    for tok in [head, *list(head.ancestors)[:3]]:
        often = any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS for c in tok.children)
        if tok.pos_ in ("VERB", "AUX") and often:
            return _present_simple(tok) or tok.tag_ == "VB"
    return False


def _counterfactual(head: Any) -> bool:
    """ "would have been fine with smuggling other goods": a run that did not happen."""
    for anc in list(head.ancestors)[:4]:
        auxes = {c.lower_ for c in anc.children if c.dep_ == "aux"}
        if {"would", "have"} <= auxes or {"could", "have"} <= auxes:
            return True
    return False


# South Korea's return of North Koreans found at sea who ask to go home, and their rescue: no custody of defectors
# (rule 6), the sea incident is OTHER; China's, Russia's or any forced return stays ARREST.
SEA_FINDS = {"rescue", "find", "pick"}  # "picked up from a sinking boat"
RETURNING = {"repatriate", "repatriation", "send", "return", "hand"}
FORCES = {"police", "guard", "guards", "coast", "coastguard", "navy", "marine", "marines", "troops", "military",
          "soldiers", "army", "forces", "patrol", "sailors", "agents", "officers"}  # fmt: skip
# steps towards an arrest ("moving to arrest them", "set about to arrest them"); a plan to arrest stays planned
ONSET_VERBS = {"move", "set", "prepare", "gear"}
FOREIGN_RETURNERS = re.compile(r"\b(?:china|chinese|beijing|russia\w*|laos|lao|vietnam\w*|thai\w*|mongolia\w*)\b", re.I)
FORCED = re.compile(r"\bforc(?:ed|ibly|efully)\b|\bagainst (?:their|his|her) will\b", re.I)
SEOUL_SIDE = ("south korea", "seoul", "rok", "republic of korea", "government", "unification", "ministry")
SEA_RETURN = re.compile(
    r"\bdrift(?:s|ed|ing)?\b|\badrift\b|\bastray\b|\bown request\b|\bfree will\b|"
    r"\b(?:wish|wishes|wished|want|wanted|wants|desire|request|requested|asked|sought|hope|hoped)\b"
    r"[^.]{0,25}?\b(?:go|return|be sent|be repatriated|be returned)\s+(?:back|home)\b",
    re.I,
)


def _sea_return_story(doc: Any) -> bool:
    """The report tells of North Koreans adrift at sea, or who asked to go home, and of no returns by China or
    another third country (computed once per document)."""
    found = doc.user_data.get("sitreps_sea_return")
    if found is None:
        text = nlp.full_text(doc)
        found = bool(SEA_RETURN.search(text)) and not FOREIGN_RETURNERS.search(text)
        doc.user_data["sitreps_sea_return"] = found
    return bool(found)


def _agent_words(head: Any) -> str:
    """The words of who does it: the subject, or the "by" phrase of a passive."""
    agents = [c for c in head.children if c.dep_ == "nsubj"]
    agents += [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return " ".join(t.lower_ for a in agents for t in a.subtree)


def _sea_return(trig: Trigger, head: Any) -> str | None:
    """ "OTHER" for South Korea's return of North Koreans who want to go home ("Seoul repatriated five fishermen",
    "the two who want to go back will be sent across the sea border") and for a rescue at sea with no force that
    takes them in ("was rescued while drifting"); "drop" for a rescued boat or a rescue that only describes
    people being sent back; None when the custody stands (China's returns, "rescued by South Korean marines")."""
    lemma = head.lemma_.lower()
    sent = head.sent.text
    if lemma in SEA_FINDS:
        patients = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")] + [
            g for c in head.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"
        ]  # "rescued North Korean ships going astray"
        if patients and all(p.lemma_.lower() in VESSELS or p.lower_ in ("ships", "boats") for p in patients):
            return "drop"  # "rescued North Korean ships going astray", "a ship ... was found drifting"
        agent = _agent_words(head)
        if not agent and head.dep_ == "conj" and head.head.pos_ == "VERB":
            agent = _agent_words(head.head)  # "the Coast Guard found a boat drifting and rescued three crew"
        if any(w in FORCES for w in agent.split()) or (lemma == "rescue" and _seoul_rescuer(agent)):
            return None  # "maritime police had found two men drifting", "rescued by South Korean marines"
        if lemma == "rescue" and head.dep_ in ("relcl", "acl") and any(
            a.lemma_.lower() in RETURNING for a in list(head.ancestors)[:3]
        ):
            return "drop"  # "plans to repatriate eight North Koreans who were rescued last week"
        if lemma == "find" or _sea_return_story(head.doc):
            return "OTHER"
        return None
    if lemma not in RETURNING or FORCED.search(sent) or FOREIGN_RETURNERS.search(sent):
        return None
    if lemma == "hand" and not any(c.lower_ == "back" for c in head.children):
        return None  # "handed over to the NIS": custody; "handed back to the North": a return
    if lemma == "return" and not _sent_back(head):
        return None
    if any(w in _agent_words(head) for w in SEOUL_SIDE) or _sea_return_story(head.doc):
        return "OTHER"
    return None


def _custody_dropped(trig: Trigger, head: Any) -> bool:
    """ARREST triggers that tell no custody: a photo "taken in February", a step towards an arrest told later
    ("moving to arrest them", "set about to arrest them"), a boat rescued; South Korea's return of people who
    want to go home is retyped OTHER here, and an inquiry "into their whereabouts" SEARCH (the trigger's type changes,
    the mention is kept)."""
    if trig.type == "CRACKDOWN" and head.pos_ == "NOUN" and head.lemma_.lower() in INQUIRY and any(
        c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ == "whereabouts" for g in c.children)
        for c in head.children
    ):
        trig.type = "SEARCH"  # "prompted a major investigation into their whereabouts": the hunt for them (rule 2)
        return False
    if _feared_outcome(head) or _aim_or_prospect(trig, head) or _condition_of_risk(head):
        return True  # "in danger of being caught", "for fear of being arrested": what may happen, no incident
    if trig.type in ("SMUGGLING", "DEFECTION", "DESERTION") and _fought_activity(head):
        return True  # "deployed to target corruption and smuggling": the activity fought, no incident (rule 5)
    if trig.type == "PUNISHMENT" and (_trial_ahead(head) or _rebuke(head)):
        return True  # "prisoners awaiting trial", "to condemn Seoul": no sentence passed
    if trig.type == "SEARCH" and _search_of_things(head):
        return True  # "searched her home and found cash": a house or body search, no manhunt
    if trig.type != "ARREST":
        return False
    lemma = head.lemma_.lower()
    if lemma == "hand" and any(c.dep_ == "prt" and c.lower_ == "down" for c in head.children):
        return True  # "an order handed down by the authorities": no one handed over
    if lemma == "take" and _things_taken(head):
        return True  # "robbers take away what you are carrying": goods taken, no one
    if lemma in RETURNING and WISHED_RETURN.search(nlp.span_text(head.sent)) and not FORCED.search(
        nlp.span_text(head.sent)
    ):
        trig.type = "OTHER"  # "two were sent back according to their wishes": a return asked for, no custody
        return False
    if lemma == "take" and any(
        t.lower_ == "in" and any(c.dep_ == "pobj" for c in t.children) for t in head.doc[trig.start : trig.end]
    ):
        return True  # "a photo which was taken in February 2019": "in" governs a time, no one taken in
    if head.dep_ == "xcomp" and is_infinitive(head) and head.head.lemma_.lower() in ONSET_VERBS:
        return True  # "conducted surveillance on the two before moving to arrest them": the arrest is told apart
    if lemma == "catch" and any(c.dep_ == "prt" and c.lower_ == "up" for c in head.children):
        return True  # "before the law caught up with him": a figure of speech
    if lemma in SEA_FINDS or lemma in RETURNING:
        outcome = _sea_return(trig, head)
        if outcome == "drop":
            return True
        if outcome == "OTHER":
            trig.type = "OTHER"
    return False


# a return that the people asked for ("sent back according to their wishes", "after he expressed his desire to go
# home"): South Korea's return, OTHER by the coding conventions; "against their will" stays ARREST (FORCED)
WISHED_RETURN = re.compile(
    r"\b(?:according to|in line with|in accordance with|at) (?:their|his|her) (?:own )?(?:wish(?:es)?|request)\b|"
    r"\bexpress(?:ed|ing)? (?:a |his |her |their )?(?:desire|wish|will)\b|\bvoluntar(?:y|ily)\b",
    re.I,
)
# words before a trial still ahead: "awaiting trial", "pending trial", "prior to trial", "before trial"
TRIAL_AHEAD = {"await", "awaiting", "pending", "before", "prior", "ahead", "until", "till"}
# what a house or body search goes through: "searched her home", "a search of the family's house"
SEARCHED_PLACES = {"home", "house", "houses", "homes", "residence", "apartment", "flat", "room", "belongings",
                   "bag", "bags", "luggage", "baggage", "car", "vehicle", "truck", "premises", "office", "property",
                   "quarters", "dormitory", "warehouse", "shop", "store", "phone", "pocket", "pockets", "cargo",
                   "container", "body"}  # fmt: skip
# what robbers or officials take away that is no person: "take away what you're carrying", "took away his phone"
TAKEN_THINGS = {"what", "whatever", "everything", "anything", "something", "it", "money", "cash", "phone", "phones",
                "belongings", "goods", "property", "clothes", "food", "items", "valuables", "possessions"}  # fmt: skip


def _trial_ahead(head: Any) -> bool:
    """A trial still to come ("five prisoners awaiting trial escaped", "the haircut men get prior to trial"): the
    people are held, no sentence is passed."""
    if head.lemma_.lower() != "trial":
        return False
    gov = head.head
    if gov.lower_ == "to" and gov.dep_ == "prep":
        gov = gov.head  # "prior to trial"
    if gov.lemma_.lower() in ("await", "pending") or gov.lower_ in ("awaiting", "pending"):
        return True
    bare = not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in head.children)
    return bare and gov.lower_ in TRIAL_AHEAD


def _rebuke(head: Any) -> bool:
    """ "Pyongyang uses detainees to condemn Seoul", "the execution was condemned by rights groups": a censure, no
    penalty; "condemned to death" (a "to" complement) stays."""
    if head.lemma_.lower() not in ("condemn", "condemnation") or head.dep_ == "amod":
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children)


def _search_of_things(head: Any) -> bool:
    """A house, luggage or body search ("agents searched her home and found cash", "a search of the house"): no
    hunt for someone (rule 2); "searched for him" stays."""
    if head.lemma_.lower() != "search":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children):
        return False
    if head.pos_ == "NOUN":
        objects = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    else:
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    # one home or bag searched: "searching houses" one after another is a sweep, retyped CRACKDOWN elsewhere
    return any(o.tag_ in ("NN", "NNP") and o.lemma_.lower() in SEARCHED_PLACES for o in objects)


def _things_taken(head: Any) -> bool:
    """ "robbers will take away what you're carrying", "took away their phones": goods taken, no custody."""
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in head.children):
        return False
    for c in head.children:
        if c.dep_ == "dobj" and (c.lower_ in TAKEN_THINGS or c.lemma_.lower() in TAKEN_THINGS):
            return True
        if c.dep_ in ("ccomp", "dobj") and any(t.lower_ in ("what", "whatever") for t in list(c.subtree)[:2]):
            return True
    return False


# what people fear may happen to them: "in danger of being caught", "for fear of being arrested", "afraid of"
FEARED_HOLDERS = {"danger", "risk", "fear", "threat", "possibility", "prospect", "likelihood", "afraid", "scared",
                  "fearful", "wary", "terrified", "frightened", "worried"}  # fmt: skip
FEARING_VERBS = {"risk", "fear"}  # "risk being caught", "fear arrest"


def _feared_outcome(head: Any) -> bool:
    """A trigger that names what someone fears or risks ("hid in the hills in danger of being caught", "stayed
    indoors for fear of being arrested", "ran the risk of arrest", "risked being caught"): nothing happened yet."""
    if head.dep_ in ("pcomp", "pobj") and head.head.lower_ == "of":
        return head.head.head.lemma_.lower() in FEARED_HOLDERS
    return head.dep_ in ("xcomp", "dobj") and head.head.pos_ == "VERB" and head.head.lemma_.lower() in FEARING_VERBS


# verbs whose object is an activity policed, not an incident ("to target corruption and smuggling")
POLICING_VERBS = {"target", "control", "police", "regulate", "monitor", "address", "counter", "rein", "clamp",
                  "root", "eradicate", "stamp", "weed", "tackle", "combat", "fight"}  # fmt: skip


def _fought_activity(head: Any) -> bool:
    """A bare activity noun that a measure aims at ("sent to target corruption and smuggling", "to control
    smuggling and defections"): rule 5, the activity at large, no incident."""
    if head.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    tok = head
    while tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        tok = tok.head  # "corruption and smuggling"
    if tok is not head and tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN" and tok.head.lower_ not in ("on", "in"):
        tok = tok.head.head  # "root out collaboration along the border, smuggling and ...": the list misparsed
        while tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
            tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "in") and tok.head.head.lemma_.lower() in POLICING_VERBS:
        tok = tok.head  # "clamp down on smuggling", "rein in smuggling"
    return tok.dep_ in ("dobj", "prep") and tok.head.lemma_.lower() in POLICING_VERBS


# a habit or a series, not one incident: "repeated beatings", "frequent arrests"
SERIES_ADJECTIVES = {"repeated", "frequent", "constant", "regular", "routine", "habitual", "occasional", "daily",
                     "continual", "continuous", "recurring", "persistent"}  # fmt: skip
MOVE_HABIT_TYPES = ("DEFECTION", "DESERTION", "SMUGGLING", "ARREST", "SEARCH", "VIOLENCE")


def _habit_or_count(head: Any) -> bool:
    """A leaving, a smuggling run, an arrest or a beating told as a habit or a count, not one incident: "North
    Koreans rarely attempt to defect", "soldiers seldom desert", "every time they crossed the river", "reducing the
    number of North Koreans trying to cross"."""
    verb = head
    chain = [head]
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "rarely attempt to defect": the habit is on the verb that carries the trigger
        chain.append(verb)
    if any(c.dep_ == "advmod" and c.lower_ in SELDOM_ADVERBS for v in chain for c in v.children):
        return True
    if head.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in SERIES_ADJECTIVES for c in head.children):
        return True  # "after enduring repeated beatings", "frequent arrests of smugglers"
    if any(c.lower_ == "whenever" and c.dep_ in ("advmod", "mark") for c in verb.children):
        return True
    if verb.dep_ in ("relcl", "acl") and verb.head.lower_ == "time" and any(
        c.dep_ == "det" and c.lower_ in ("every", "each") for c in verb.head.children
    ):
        return True  # "every time they crossed the river": each crossing, no one of them
    if head.head.lemma_.lower() not in ("try", "attempt", "seek") and verb is head:
        carrier = head  # the participle itself ("the number of soldiers leaving their posts")
    else:
        carrier = verb
    if carrier.tag_ != "VBG":
        return False
    if carrier.dep_ in ("acl", "relcl"):
        people = carrier.head
    elif carrier.dep_ == "advcl":  # "reducing the number of North Koreans trying to cross": hung on the verb
        people = carrier.doc[carrier.i - 1] if carrier.i > 0 else carrier
    else:
        return False
    if people.lemma_.lower() == "number":
        return True  # the parser hung the participle on "number" itself
    return bool(people.dep_ == "pobj" and people.head.lower_ == "of" and people.head.head.lemma_.lower() == "number")


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
            return person.head.lemma_.lower() in SOURCE_SPEECH
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
    return head.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in FIRSTS for c in head.children) and any(
        t.lower_ == "since" for t in head.subtree
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
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


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


COUNTRY_WORDS = {"country", "homeland", "nation", "north", "regime", "motherland", "fatherland"}


def _country_deserted(head: Any) -> bool:
    """ "deserted North Korea", "deserted his country": a person who left the country, not a post or unit."""
    return any(
        c.dep_ == "dobj" and (c.ent_type_ == "GPE" or c.lemma_.lower() in COUNTRY_WORDS) for c in head.children
    )


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
                c.dep_ == "advcl" and c.lemma_.lower() in RETURN_CONDITIONS
                and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
                for c in tok.children
            )
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _move_not_told(trig: Trigger, head: Any) -> bool:
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
    if _arrivals_surveyed(head) or (trig.type == "DEFECTION" and _return_trip(head)):
        return True
    if trig.type == "DEFECTION" and (_toward_north(head) or _willing_known(head)):
        return True
    return _source_who_left(head) or _first_since(head) or _kept_from(head) or _suspected_at_large(head)


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
        if c.dep_ == "prep" and c.lower_ in NORTH_BOUND and any(
            o.dep_ == "pobj" and _north_named(o) for o in c.children
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
        c.dep_ == "nsubj" and (c.tag_ == "PRP" or any(d.dep_ == "det" and d.lower_ == "the" for d in c.children))
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
        (c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ == "death" for o in c.children))
        or c.lower_ == "dead"
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
    return head.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ == "whether" for c in head.children) and any(
        c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might") for c in head.children
    )


HUNTING = {"track", "hunt", "chase", "pursue", "catch", "find", "locate"}
# people of a kind whom a hunt in the plural is after: "tracking down defectors"
FLEEING_KINDS = {"defector", "deserter", "escapee", "fugitive", "refugee", "runaway", "smuggler", "broker"}


def _hunts_whoever(verb: Any) -> bool:
    """A hunt whose object is anyone of a kind ("to track down anyone involved", "to track down any residents who
    abetted it", "tracking down defectors"): a sweep (rule 2), not a hunt for someone."""
    if verb.lemma_.lower() not in HUNTING:
        return False
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if obj.lower_ in KIND_PRONOUNS:  # "track down anyone involved", "hunt down those who leak"
            return True
        if obj.tag_ in ("NNS", "NNPS") and obj.lemma_.lower() in FLEEING_KINDS and not any(
            c.dep_ in ("poss", "nummod") or (c.dep_ == "det" and c.lower_ not in ("any", "all")) for c in obj.children
        ):
            return True
    return False


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


def _return_trip(head: Any) -> bool:
    """ "The sailors are scheduled to board the boats and cross the NLL today": the way home of people sent back,
    told ahead, no crossing of the report's own."""
    verb = head.head if head.dep_ == "conj" else head
    if not (is_infinitive(head) or is_infinitive(verb)):
        return False
    return _sea_crossing_returned(head, head.sent)


# a crossing at sea by people South Korea sends home: the line crossed, no defection (rule 10)
SEA_WORDS = {"sea", "maritime", "nll", "boat", "vessel", "waters", "fishing", "fishermen", "ship"}
SEA_CROSSINGS = {"cross", "drift", "sail"}
NOT_RETURNED = {"defect", "defection", "defector", "asylum", "stay", "remain"}


def _sea_crossing_returned(head: Any, sent: Any) -> bool:
    """ "Three North Koreans who crossed into South Korea in the East Sea were repatriated", "sent a man back after
    he drifted across the maritime border": people at sea who go home crossed the line, they did not defect."""
    if head.lemma_.lower() not in SEA_CROSSINGS or head.pos_ != "VERB":
        return False
    lemmas = {t.lemma_.lower() for t in sent}
    if lemmas & NOT_RETURNED or not lemmas & SEA_WORDS:
        return False
    text = nlp.span_text(sent)
    if FORCED.search(text) or FOREIGN_RETURNERS.search(text):
        return False
    if SENT_HOME.search(text):
        return True
    return _sea_return_story(head.doc) and not DEFECT_WORD.search(nlp.full_text(head.doc))


DEFECT_WORD = re.compile(r"\bdefect", re.I)
SENT_HOME = re.compile(r"\brepatriat|\b(?:sen[dt]|sending|return(?:s|ed|ing)?)\b[^.]{0,80}?\b(?:back|home)\b", re.I)


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
