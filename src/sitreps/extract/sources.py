"""Sources: how each sentence of a report is attributed.

An attribution is the subject of a reporting verb ("a Ryanggang Province-based source told
Daily NK", "the Unification Ministry said") or the object of "according to". A sentence with no
attribution of its own inherits the last one (a quotation runs over several sentences, and "he
said" refers back); sentences before the first attribution take the first one (the lead
summarises what the source says next). Another outlet's earlier report ("Daily NK reported in May
that ...") is background in the writer's own voice: the sentences after it inherit no source until
one is named again, or pointed back to ("he said", "the source added").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from spacy.attrs import LEMMA, POS
from spacy.symbols import AUX, VERB

from sitreps.model import Place, Source, Span
from sitreps.nlp import span_text
from sitreps.profile import Profile

VERB_POS = {int(VERB), int(AUX)}
PRONOUN_SUBJECTS = {"he", "she", "they", "the source", "the resident", "the official", "the sources",
                    "this source", "the insider", "the person", "the informant", "another source"}  # fmt: skip


# groups that report without being outlets, officials or anonymous sources ("a Seoul-based rights group")
ORGANISATION = re.compile(
    r"\b(?:group|organi[sz]ation|activists?|ngo|association|network|foundation|committee)\b", re.I
)
# a sentence whose attribution points back to the last source named ("he said", "the source added")
BACK = Source(kind="unattributed", text="", span=None)
BACK_POINTER = re.compile(r"(?:the|this|that|our|the same)\s+(?:source|sources|resident|informant|insider)\b")
ANAPHORIC_PLACE = re.compile(r"\b(?:the|that|this|same)\s+(?:province|city|county|region|area)\b", re.I)
# when the parse misses it: "..., a source in North Hamgyong Province told this outlet."
SOURCE_CLAUSE = re.compile(
    r"(?P<src>(?:an?|the|another|one|two|three|several|multiple|other)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:sources?|residents?|insiders?|officials?|informants?|correspondents?|traders?|contacts?)"
    r"(?:\s+(?:in|from|inside|near|based\s+in|with|familiar\s+with|close\s+to)\s+[^,.;\"“”]{1,60}?)?)"
    r"\s+(?:told|tells|said|says|added|adds|explained|noted|reported|confirmed|revealed|relayed)\b",
    re.I,
)


class SourceFinder:
    def __init__(self, profile: Profile) -> None:
        self.cues = profile.sources
        self.verbs = set(self.cues.get("verbs", []))
        self._verb_ids: set[int] = set()  # the verbs' lemma ids in the parser's string store

    def _verb_positions(self, doc: Any) -> list[int]:
        """Where the document has a reporting verb (lemma and part of speech read from the parse's arrays in one
        pass: walking every token of every sentence cost a tenth of the extraction)."""
        if not self._verb_ids:
            self._verb_ids = {doc.vocab.strings.add(v) for v in self.verbs} | {
                doc.vocab.strings.add(v.capitalize()) for v in self.verbs
            }
        rows = doc.to_array([LEMMA, POS])
        return [i for i, (lemma, pos) in enumerate(rows.tolist()) if pos in VERB_POS and lemma in self._verb_ids]

    def classify(self, phrase: str, ent_types: set[str], places: list[Place]) -> tuple[str, str | None]:
        """(kind, admin1) of a source phrase."""
        low = " " + phrase.lower().replace("’", "'") + " "

        def has(key: str) -> bool:
            return any(f" {c} " in low or f" {c}'" in low or f" {c}," in low for c in self.cues.get(key, []))

        in_china = has("china") or any(p.country == "CN" for p in places)
        kp_places = [p for p in places if p.country == "KP" and p.admin1]
        if has("official_media"):
            return "official_media", None
        if has("government"):
            return "government", None
        if has("outlets") and not has("anonymous"):
            return "other_outlet", None  # "Daily NK sources" are anonymous sources, not another outlet
        if in_china and not kp_places:
            cn = [p for p in places if p.country == "CN"]
            return "anonymous_china", cn[0].admin1 if cn else None
        if has("anonymous") or kp_places:
            return "anonymous_local", kp_places[0].admin1 if kp_places else None
        if "PERSON" in ent_types:
            return "named_person", None
        return "unattributed", None

    def _source_phrase(self, sent: Any, verbs: list[int]) -> Any | None:
        """The token span that names the source in this sentence, or None."""
        for tok in sent if "ccording" in span_text(sent) else ():
            if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
                to = tok.doc[tok.i + 1]
                pobj = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
                if not pobj:
                    for c in to.subtree:
                        if c.pos_ in ("NOUN", "PROPN"):
                            pobj = [c]
                            break
                if pobj:
                    sub = list(pobj[0].subtree)
                    return tok.doc[sub[0].i : sub[-1].i + 1]
        doc = sent.doc
        for i in verbs[bisect_left(verbs, sent.start) : bisect_left(verbs, sent.end)]:
            tok = doc[i]
            if tok.lemma_.lower() in self.verbs and tok.pos_ in ("VERB", "AUX"):
                subj = [c for c in tok.children if c.dep_ == "nsubj"]
                if not subj or any(c.dep_ == "xcomp" for c in tok.children):
                    continue
                # "told Daily NK" / "said" must govern reported content or close the sentence
                sub = list(subj[0].subtree)
                return tok.doc[sub[0].i : sub[-1].i + 1]
        m = SOURCE_CLAUSE.search(span_text(sent))
        if m:
            return sent.doc.char_span(
                sent.start_char + m.start("src"), sent.start_char + m.end("src"), alignment_mode="expand"
            )
        return None

    def attribute(self, sents: list[Any], places: list[Place], outlet: str | None) -> list[list[Source]]:
        """Sources for each sentence, with carry-over (see module docstring)."""
        per_sent: list[Source | None] = []  # BACK: the sentence points back to the last source
        verbs = self._verb_positions(sents[0].doc) if sents else []
        for sent in sents:
            phrase = self._source_phrase(sent, verbs)
            if phrase is None:
                per_sent.append(None)
                continue
            text = phrase.text
            lowered = text.lower()
            seen_before = any(p is not None for p in per_sent)
            pointer = lowered in PRONOUN_SUBJECTS or BACK_POINTER.match(lowered) is not None
            if (len(phrase) == 1 and phrase[0].pos_ == "PRON") or (pointer and seen_before):
                per_sent.append(BACK)  # "he said", "the source added": refers back
                continue
            inside = [
                p for p in places if p.span and phrase.start_char <= p.span.start and p.span.end <= phrase.end_char
            ]
            ents = {t.ent_type_ for t in phrase if t.ent_type_}
            kind, admin1 = self.classify(text, ents, inside)
            if kind == "anonymous_local" and admin1 is None and ANAPHORIC_PLACE.search(text):
                # "a source in the province": the province the report has named before
                before = [p for p in places if p.country == "KP" and p.admin1 and p.span
                          and p.span.start < phrase.start_char]  # fmt: skip
                admin1 = before[-1].admin1 if before else None
            if kind == "unattributed" and not ORGANISATION.search(text):
                per_sent.append(None)
                continue  # an unclassified subject of "said" is too often not a source at all
            if kind == "other_outlet" and outlet and outlet.lower() in lowered and "reported" not in span_text(sent):
                # "told Daily NK" names the outlet itself, not the source
                per_sent.append(None)
                continue
            per_sent.append(Source(kind=kind, text=text, span=Span(phrase.start_char, phrase.end_char), admin1=admin1))
        out: list[list[Source]] = []
        first = next((s for s in per_sent if s is not None and s is not BACK and s.kind != "other_outlet"), None)
        current: Source | None = None  # what a sentence with no attribution inherits
        last: Source | None = None  # the last source named, which "he said" points back to
        recalled = False  # an earlier report of another outlet was told since
        for src in per_sent:
            if src is BACK:
                current = last
                recalled = False
                src = None
            if src is not None:
                if src.kind != "other_outlet":
                    current = last = src
                    recalled = False
                else:
                    recalled = True
                out.append([src])
            elif recalled:
                out.append([])  # the writer's background after "Daily NK reported in May that ..."
            elif current is not None:
                out.append([current])
            elif first is not None:
                out.append([first])
            else:
                out.append([])
        return out
