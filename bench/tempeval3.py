"""Score the time module the TempEval-3 way on TempEval-3 platinum and on MEANTIME (English).

    .venv/bin/python bench/tempeval3.py                      # platinum, the headline figures
    .venv/bin/python bench/tempeval3.py --corpus meantime    # MEANTIME English, 120 Wikinews articles
    .venv/bin/python bench/tempeval3.py --errors             # every miss, false alarm and wrong value

Each document is parsed with the project's spaCy pipeline (`sitreps.nlp.load()`) and run through
`find_document_times(sentences, dct)`, exactly as the extraction pipeline calls it, with the
document's creation time (the TIMEX3 with functionInDocument="CREATION_TIME") as the anchor.

Scoring follows the official TempEval-3 entity scorer (`evaluate_entities.py`, UzZaman 2013), which
is not copied here; what it computes, rewritten:

* gold: every TIMEX3 inside <TEXT> (platinum) or every TIMEX3 with token anchors (MEANTIME), the
  document creation time excluded (the official script skips tid t0).
* MEANTIME specifics: the CAT files hold tokens, not text, so the text is rebuilt (one line per
  sentence, no space before closing punctuation). TIMEX3 are annotated only in the title, the
  dateline and the first four sentences (sentences 0-5: no TIMEX3 lies beyond), so system
  expressions after sentence 5 are not scored. The dateline's TIMEX3 is the CREATION_TIME: it is
  left out of gold and a system expression over it is not scored, unless --with-dct-line. Two
  articles lack the CREATION_TIME markable: their DCT is the time the other TIMEX3 anchor on; one
  writes it DD-MM-YYYY (03-02-2009), read as such.
* matching: the official tool first aligns system and gold entities whose extents overlap (its
  TimeML-Normalizer gives them one id). Here: one-to-one, each gold TIMEX3 in text order takes the
  still-unmatched system expression that overlaps it most.
* relaxed P = matched / system, R = matched / gold; strict counts only matched pairs whose extents
  are identical (the script compares the two texts), P and R over the same denominators.
* type and value: over the relaxed-matched pairs, accuracy = pairs with an equal attribute /
  matched pairs; attribute F1 = accuracy x relaxed F1 (the script's "Attribute F1" line, the
  ranking metric of the task). A system expression left unresolved (value None) is a wrong value.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
PLATINUM = DATA / "tempeval3-platinum" / "te3-platinum"
MEANTIME = DATA / "meantime-en" / "intra_cross-doc_annotation"
# MEANTIME annotates TIMEX3 only in the title (sentence 0), the dateline (1) and sentences 2-5.
ANNOTATED_SENTENCES = 5


@dataclass
class Timex:
    start: int
    end: int
    type: str
    value: str | None
    text: str


@dataclass
class GoldDoc:
    name: str
    text: str
    dct: date | None
    gold: list[Timex]
    system: list[Timex] = field(default_factory=list)
    scored_until: int | None = None  # system expressions past this offset are not scored
    ignored: list[tuple[int, int]] = field(default_factory=list)  # the dateline, when it is the DCT


# --- readers -----------------------------------------------------------------------------

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')


def read_tml(path: Path) -> GoldDoc:
    """A TimeML file: the text inside <TEXT> with its tags removed, TIMEX3 spans into that text."""
    raw = path.read_text(encoding="utf-8")
    dct_m = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    dct = None
    if dct_m:
        value = dict(_ATTR.findall(dct_m.group(0))).get("value", "")
        dct = _date(value)
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    out: list[str] = []
    length = 0
    gold: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name = m.group(1), m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            gold.append(Timex(start, length, attrs.get("type", ""), attrs.get("value"), ""))
            open_timex = None
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    for g in gold:
        g.text = text[g.start : g.end]
    return GoldDoc(path.stem, text, dct, gold)


_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d",
                    "'m", "'", "''"}  # fmt: skip
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}


def read_meantime(path: Path, with_dct_line: bool = False) -> GoldDoc:
    """A MEANTIME CAT file: tokens detokenised into text (one line per sentence), TIMEX3 token spans."""
    root = ET.parse(path).getroot()
    starts: dict[str, int] = {}
    ends: dict[str, int] = {}
    parts: list[str] = []
    length = 0
    sentence = None
    prev = ""
    quote_open = False
    scored_until = None
    for tok in root.iter("token"):
        if scored_until is None and int(tok.get("sentence", "0")) > ANNOTATED_SENTENCES:
            scored_until = length
        word = tok.text or ""
        sep = ""
        if sentence is not None and tok.get("sentence") != sentence:
            sep = "\n"
            quote_open = False
        elif parts:
            sep = " "
            if word in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER:
                sep = ""
            if word == '"':
                sep = "" if quote_open else " "
            elif prev == '"' and quote_open:
                sep = ""
        if word == '"':
            quote_open = not quote_open
        sentence = tok.get("sentence")
        parts.append(sep)
        length += len(sep)
        starts[tok.get("t_id", "")] = length
        parts.append(word)
        length += len(word)
        ends[tok.get("t_id", "")] = length
        prev = word
    text = "".join(parts)
    markables = root.find("Markables")
    timexes = list(markables.iter("TIMEX3")) if markables is not None else []
    dct = None
    for m in timexes:
        if m.get("functionInDocument") == "CREATION_TIME":
            dct = _date(m.get("value", ""))
    if dct is None:  # two articles lack the CREATION_TIME markable: the time the others anchor on
        anchors = Counter(m.get("anchorTimeID") for m in timexes if m.get("anchorTimeID"))
        by_id = {m.get("m_id"): m for m in timexes}
        for mid, _n in anchors.most_common():
            if mid in by_id and (d := _date(by_id[mid].get("value", ""))):
                dct = d
                break
    gold: list[Timex] = []
    ignored: list[tuple[int, int]] = []
    for m in timexes:
        ids = [a.get("t_id", "") for a in m.iter("token_anchor")]
        if not ids:
            continue
        s, e = starts[ids[0]], ends[ids[-1]]
        if m.get("functionInDocument") == "CREATION_TIME" and not with_dct_line:
            ignored.append((s, e))
            continue
        gold.append(Timex(s, e, m.get("type", ""), m.get("value"), text[s:e]))
    gold.sort(key=lambda t: t.start)
    return GoldDoc(path.stem, text, dct, gold, scored_until=scored_until, ignored=ignored)


def _date(value: str) -> date | None:
    try:
        if m := re.match(r"(\d{4})-(\d{2})-(\d{2})", value):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", value):  # one MEANTIME DCT is written DD-MM-YYYY
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return None


# --- running and scoring -----------------------------------------------------------------


def run_system(docs: list[GoldDoc]) -> float:
    """Parse every document and run the time module on it; the seconds the time module took."""
    from sitreps import nlp
    from sitreps.extract.time import find_document_times

    language = nlp.load()
    spent = 0.0
    for d, parsed in zip(docs, language.pipe(d.text for d in docs), strict=True):
        sents = [s for s in parsed.sents if s.text.strip()]
        t0 = time.perf_counter()
        found = find_document_times(sents, d.dct, text=d.text)
        spent += time.perf_counter() - t0
        system = [Timex(e.span.start, e.span.end, e.type, e.value, e.text) for e, _i in found]
        d.system = [
            t for t in system
            if (d.scored_until is None or t.start < d.scored_until)
            and not any(t.start < e and s < t.end for s, e in d.ignored)
        ]  # fmt: skip
    return spent


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[tuple[str, str, Any, Any]] = field(default_factory=list)

    def f1(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.system if self.system else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def report(self) -> dict[str, float]:
        rp, rr, rf = self.f1(self.relaxed)
        sp, sr, sf = self.f1(self.strict)
        type_acc = self.type_ok / self.relaxed if self.relaxed else 0.0
        value_acc = self.value_ok / self.relaxed if self.relaxed else 0.0
        return {
            "relaxed_P": 100 * rp, "relaxed_R": 100 * rr, "relaxed_F1": 100 * rf,
            "strict_P": 100 * sp, "strict_R": 100 * sr, "strict_F1": 100 * sf,
            "type_acc": 100 * type_acc, "type_F1": 100 * type_acc * rf,
            "value_acc": 100 * value_acc, "value_F1": 100 * value_acc * rf,
        }  # fmt: skip


def score(docs: list[GoldDoc]) -> Score:
    s = Score()
    for d in docs:
        s.gold += len(d.gold)
        s.system += len(d.system)
        used: set[int] = set()
        for g in d.gold:
            best, best_overlap = None, 0
            for i, t in enumerate(d.system):
                if i in used:
                    continue
                overlap = min(g.end, t.end) - max(g.start, t.start)
                if overlap > best_overlap:
                    best, best_overlap = i, overlap
            if best is None:
                s.errors.append(("missed", d.name, g, None))
                continue
            used.add(best)
            t = d.system[best]
            s.relaxed += 1
            if (t.start, t.end) == (g.start, g.end):
                s.strict += 1
            else:
                s.errors.append(("extent", d.name, g, t))
            if t.type == g.type:
                s.type_ok += 1
            else:
                s.errors.append(("type", d.name, g, t))
            if t.value is not None and t.value == g.value:
                s.value_ok += 1
            else:
                s.errors.append(("value", d.name, g, t))
        for i, t in enumerate(d.system):
            if i not in used:
                s.errors.append(("spurious", d.name, None, t))
    return s


def load(corpus: str, with_dct_line: bool = False) -> list[GoldDoc]:
    if corpus == "platinum":
        return [read_tml(p) for p in sorted(PLATINUM.glob("*.tml"))]
    return [read_meantime(p, with_dct_line) for p in sorted(MEANTIME.glob("*/*.xml"))]


def _fmt(t: Timex | None) -> str:
    return "-" if t is None else f"{t.text!r} {t.type} {t.value}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", choices=("platinum", "meantime"), default="platinum")
    parser.add_argument(
        "--with-dct-line",
        action="store_true",
        help="MEANTIME: also score the dateline TIMEX3 marked CREATION_TIME (it is in the text)",
    )
    parser.add_argument("--errors", action="store_true", help="list every error, by category")
    args = parser.parse_args(argv)
    docs = load(args.corpus, args.with_dct_line)
    if not docs:
        print(f"no documents found for {args.corpus} under {DATA}", file=sys.stderr)
        return 1
    seconds = run_system(docs)
    s = score(docs)
    r = s.report()
    print(f"{args.corpus}: {len(docs)} documents, {s.gold} gold TIMEX3, {s.system} system, "
          f"{s.relaxed} relaxed matches, {s.strict} strict")  # fmt: skip
    print(f"relaxed  P {r['relaxed_P']:.2f}  R {r['relaxed_R']:.2f}  F1 {r['relaxed_F1']:.2f}")
    print(f"strict   P {r['strict_P']:.2f}  R {r['strict_R']:.2f}  F1 {r['strict_F1']:.2f}")
    print(f"type     accuracy {r['type_acc']:.2f}  F1 {r['type_F1']:.2f}")
    print(f"value    accuracy {r['value_acc']:.2f}  F1 {r['value_F1']:.2f}")
    print(f"time module: {seconds * 1000:.1f} ms for all documents")
    counts = Counter(kind for kind, *_ in s.errors)
    print("errors: " + ", ".join(f"{k} {counts[k]}" for k in ("missed", "spurious", "extent", "type", "value")))
    if args.errors:
        for kind in ("missed", "spurious", "extent", "type", "value"):
            print(f"\n== {kind} ==")
            for k, name, g, t in s.errors:
                if k == kind:
                    print(f"{name[:28]:28}  gold {_fmt(g):50}  sys {_fmt(t)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
