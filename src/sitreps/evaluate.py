"""Scoring predicted events against a gold JSONL.

Gold lines (see `samples/README.md`) carry `url`, `type`, `modality`, `is_back_reference`,
`date`, `location` and `evidence` (an exact substring of the report). A predicted event matches
a gold event of the same document and type when one of its statements and the gold evidence
contain one another. Matching is one-to-one, in document order.

Detection is scored on incidents: events whose modality is not `generic`, on either side.
The headline is the micro-averaged F1 over the nine types, OTHER aside. Field accuracies are
computed over matched incident pairs: date (value exact at the gold precision), admin1,
back-reference flag; modality accuracy is over every matched pair, generic ones included.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from sitreps.errors import GoldError
from sitreps.model import EVENT_TYPES

SCORED_TYPES = tuple(t for t in EVENT_TYPES if t != "OTHER")
METRICS = ("micro_f1", "date", "admin1", "back_reference", "modality")


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Report:
    per_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    fields: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    errors: list[dict[str, Any]] = field(default_factory=list)
    # every predicted incident with whether it matched a gold incident (for calibration)
    outcomes: list[tuple[dict[str, Any], bool]] = field(default_factory=list)

    @property
    def micro(self) -> Counts:
        total = Counts()
        for etype, c in self.per_type.items():
            if etype in SCORED_TYPES:
                total.tp += c.tp
                total.fp += c.fp
                total.fn += c.fn
        return total

    def accuracy(self, name: str) -> float:
        values = self.fields.get(name, [])
        return sum(values) / len(values) if values else 0.0

    def metrics(self) -> dict[str, float]:
        out = {"micro_f1": round(self.micro.f1, 4)}
        for name in ("date", "admin1", "back_reference", "modality"):
            out[name] = round(self.accuracy(name), 4)
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "metrics": self.metrics(),
            "micro": _counts_json(self.micro),
            "per_type": {t: _counts_json(c) for t, c in sorted(self.per_type.items())},
            "field_support": {k: len(v) for k, v in self.fields.items()},
        }


def _counts_json(c: Counts) -> dict[str, float]:
    return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(c.precision, 4),
            "recall": round(c.recall, 4), "f1": round(c.f1, 4)}  # fmt: skip


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Records of a JSON Lines file; a malformed line is a GoldError naming file and line."""
    if not path.exists():
        raise GoldError(f"{path}: no such file")
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{number}: invalid JSON ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise GoldError(f"{path}:{number}: expected a JSON object")
        records.append(record)
    return records


def _doc_key(record: dict[str, Any]) -> str:
    if "document" in record and isinstance(record["document"], dict):
        doc = record["document"]
        return str(doc.get("url") or doc.get("id"))
    return str(record.get("url") or record.get("document_id"))


def _statements(pred: dict[str, Any]) -> list[str]:
    texts = [s.get("text", "") for s in pred.get("statements", []) if isinstance(s, dict)]
    return texts or [pred.get("evidence", {}).get("text", "")]


def _overlaps(gold_evidence: str, pred: dict[str, Any]) -> bool:
    """The gold evidence and one of the predicted statements contain one another, or share a
    long stretch of text (a sentence the parser split in two, or one it joined)."""
    g = gold_evidence.strip()
    for t in _statements(pred):
        t = t.strip()
        if not g or not t:
            continue
        if g in t or t in g:
            return True
        match = SequenceMatcher(None, g, t, autojunk=False).find_longest_match(0, len(g), 0, len(t))
        if match.size >= min(40, int(0.6 * len(g))):
            return True
    return False


def _is_incident(event: dict[str, Any]) -> bool:
    return event.get("modality") != "generic"


def score(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> Report:
    """Compare predicted events with gold events (see module docstring)."""
    report = Report()
    by_doc_gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_doc_pred: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        for key in ("type", "modality", "evidence"):
            if key not in g:
                raise GoldError(f"gold event without {key!r}: {json.dumps(g)[:120]}")
        by_doc_gold[_doc_key(g)].append(g)
    for p in predicted:
        by_doc_pred[_doc_key(p)].append(p)
    for doc in sorted(set(by_doc_gold) | set(by_doc_pred)):
        golds, preds = by_doc_gold.get(doc, []), list(by_doc_pred.get(doc, []))
        used: set[int] = set()
        for g in golds:
            match = next(
                (
                    i
                    for i, p in enumerate(preds)
                    if i not in used and p["type"] == g["type"] and _overlaps(g["evidence"], p)
                ),
                None,
            )
            if match is None:
                if _is_incident(g):
                    report.per_type[g["type"]].fn += 1
                    report.errors.append({"doc": doc, "kind": "missed", "type": g["type"], "evidence": g["evidence"]})
                continue
            used.add(match)
            p = preds[match]
            report.fields["modality"].append(p.get("modality") == g.get("modality"))
            if _is_incident(g) and _is_incident(p):
                report.per_type[g["type"]].tp += 1
                report.outcomes.append((p, True))
                _score_fields(report, g, p, doc)
            elif _is_incident(g):
                report.per_type[g["type"]].fn += 1
                report.errors.append(
                    {"doc": doc, "kind": "called generic", "type": g["type"], "evidence": g["evidence"]}
                )
            elif _is_incident(p):
                report.per_type[p["type"]].fp += 1
                report.outcomes.append((p, False))
                report.errors.append({"doc": doc, "kind": "generic as incident", "type": p["type"],
                                      "evidence": p["evidence"]["text"]})  # fmt: skip
        for i, p in enumerate(preds):
            if i not in used and _is_incident(p):
                report.per_type[p["type"]].fp += 1
                report.outcomes.append((p, False))
                evidence = p["evidence"]
                report.errors.append(
                    {"doc": doc, "kind": "spurious", "type": p["type"], "trigger": evidence.get("trigger"),
                     "evidence": evidence["text"]}
                )  # fmt: skip
    return report


def _score_fields(report: Report, g: dict[str, Any], p: dict[str, Any], doc: str) -> None:
    gd, pd = g.get("date") or {}, p.get("date") or {}
    ok = gd.get("value") == pd.get("value")
    report.fields["date"].append(ok)
    if not ok:
        report.errors.append({"doc": doc, "kind": "date", "type": g["type"], "gold": gd.get("value"),
                              "pred": pd.get("value"), "evidence": g["evidence"]})  # fmt: skip
    gl, pl = g.get("location") or {}, p.get("location") or {}
    ok = gl.get("admin1") == pl.get("admin1")
    report.fields["admin1"].append(ok)
    if not ok:
        report.errors.append({"doc": doc, "kind": "admin1", "type": g["type"], "gold": gl.get("admin1"),
                              "pred": pl.get("admin1"), "evidence": g["evidence"]})  # fmt: skip
    ok = bool(g.get("is_back_reference")) == bool(p.get("is_back_reference"))
    report.fields["back_reference"].append(ok)
    if not ok:
        report.errors.append({"doc": doc, "kind": "back_reference", "type": g["type"],
                              "gold": g.get("is_back_reference"), "evidence": g["evidence"]})  # fmt: skip


def reliability(outcomes: list[tuple[dict[str, Any], bool]], bins: int = 5) -> list[dict[str, Any]]:
    """Reliability table: for each confidence bin, how many predicted incidents and how many were right."""
    rows = []
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        inside = [ok for p, ok in outcomes if low <= float(p.get("confidence", 0.0)) < high or (b == bins - 1 and
                  float(p.get("confidence", 0.0)) == 1.0)]  # fmt: skip
        confs = [float(p.get("confidence", 0.0)) for p, _ in outcomes if low <= float(p.get("confidence", 0.0)) < high]
        rows.append({
            "bin": f"{low:.1f}-{high:.1f}", "events": len(inside),
            "mean_confidence": round(sum(confs) / len(confs), 3) if confs else None,
            "precision": round(sum(inside) / len(inside), 3) if inside else None,
        })  # fmt: skip
    return rows


def check_floors(metrics: dict[str, float], baseline: dict[str, float]) -> list[str]:
    """Every metric that fell below its floor, as a message."""
    return [
        f"{name} {metrics.get(name, 0.0):.4f} is below its floor {floor:.4f}"
        for name, floor in sorted(baseline.items())
        if metrics.get(name, 0.0) + 1e-9 < floor
    ]


def raise_floors(metrics: dict[str, float], baseline: dict[str, float]) -> dict[str, float]:
    """New floors: each the higher of the old floor and today's figure (floors only go up).

    Today's figure is rounded down to two decimals, a margin against a parse that differs in
    the last bit on another processor.
    """
    return {name: max(baseline.get(name, 0.0), math.floor(metrics.get(name, 0.0) * 100) / 100) for name in METRICS}
