"""Cross-document linking quality: pairwise and B³ F1 of reports clustered into incidents.

Three sets (see bench/RESULTS.md for the figures and what each measures):

1. `tests/data/linking/reports.jsonl`: our own multi-outlet set (22 incidents, each reported
   2-3 times by different outlets in their own styles, 3 of them also recalled by a later
   report, plus 10 look-alike distractors). Every report goes through the real pipeline and
   `Store.add_document`; each report's lead statement (its first direct, non-generic mention
   of the gold type), and each recall (its first back-reference of the recalled type), is an
   item; the store's event id is its predicted cluster. A report whose statement the pipeline
   missed is a cluster of its own.
2. ECB+ test topics 36-45 (`../shared/data/ecbplus`): each topic's documents clustered into
   its two seminal events (the "ecb" and "ecbplus" halves). Documents are not about North
   Korea, so the pipeline finds no events there; each document becomes one event record
   (type OTHER, its annotated sentences as evidence, the year it states, the places spaCy
   finds as `place`) and `link.match_score` decides, through the same incremental best-match
   procedure the store uses.
3. MEANTIME English (`../shared/data/meantime-en`): each document's first mention of each
   cross-document event instance (one annotated in two documents or more), as a record of its
   sentence, clustered into instances the same way.

Run: .venv/bin/python bench/linking.py [--only own|ecbplus|meantime] [--json FILE]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OWN = ROOT / "tests" / "data" / "linking" / "reports.jsonl"
SHARED = ROOT.parent / "shared" / "data"
if not SHARED.exists():
    SHARED = Path("/work/shared/data")


# --- metrics ------------------------------------------------------------------------------


def pairwise(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """Precision, recall and F1 over pairs of items placed in one cluster."""
    items = sorted(gold)
    tp = fp = fn = 0
    for a, b in combinations(items, 2):
        same_gold = gold[a] == gold[b]
        same_pred = predicted[a] == predicted[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}


def b_cubed(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """B³ precision, recall and F1 (Bagga and Baldwin, 1998), averaged over items."""
    gold_sets: dict[str, set[str]] = defaultdict(set)
    pred_sets: dict[str, set[str]] = defaultdict(set)
    for item, cluster in gold.items():
        gold_sets[cluster].add(item)
    for item, cluster in predicted.items():
        pred_sets[cluster].add(item)
    p = r = 0.0
    for item in gold:
        g, s = gold_sets[gold[item]], pred_sets[predicted[item]]
        overlap = len(g & s)
        p += overlap / len(s)
        r += overlap / len(g)
    n = len(gold) or 1
    p, r = p / n, r / n
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def scores(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, Any]:
    return {
        "items": len(gold),
        "gold_clusters": len(set(gold.values())),
        "predicted_clusters": len(set(predicted.values())),
        "pairwise": pairwise(gold, predicted),
        "b_cubed": b_cubed(gold, predicted),
    }


# --- 1. our own multi-outlet set ------------------------------------------------------------


def own_set(path: Path = OWN, db: str | None = None) -> dict[str, Any]:
    """Ingest the set through the pipeline and the store; score the store's clusters."""
    from sitreps.model import Document
    from sitreps.pipeline import PIPELINE_VERSION, process_many
    from sitreps.store import Store

    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [
        Document(text=r["text"], url=r["url"], title=r["title"], outlet=r["outlet"], published=r["published"])
        for r in records
    ]
    analyses = process_many(docs)
    gold: dict[str, str] = {}
    predicted: dict[str, str] = {}
    missed: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        target = db or str(Path(tmp) / "linking.db")
        with Store.open(target) as store:
            for analysis in analyses:
                store.add_document(analysis.document, analysis.mentions, PIPELINE_VERSION)
            for record, analysis in zip(records, analyses, strict=True):
                doc_id = analysis.document.id
                by_mention = {m["id"]: m["event_id"] for m in store.mentions(document_id=doc_id)}
                wanted = [(record["key"], record["incident"], record["type"], False)]
                if record.get("recalls"):
                    recall = record["recalls"]
                    wanted.append((record["key"] + "/recall", recall["incident"], recall["type"], True))
                for item, incident, type_, back in wanted:
                    gold[item] = incident
                    found = next(
                        (
                            m
                            for m in analysis.mentions
                            if m.type == type_ and m.is_back_reference == back and m.modality != "generic"
                        ),
                        None,
                    )
                    if found is None:
                        predicted[item] = f"missed:{item}"
                        missed.append(item)
                        continue
                    predicted[item] = by_mention[found.event_id(analysis.document, PIPELINE_VERSION)]
    result = scores(gold, predicted)
    result["missed_by_pipeline"] = missed
    result["errors"] = _pair_errors(gold, predicted)
    return result


def _pair_errors(gold: dict[str, str], predicted: dict[str, str]) -> list[str]:
    errors = []
    for a, b in combinations(sorted(gold), 2):
        if (gold[a] == gold[b]) != (predicted[a] == predicted[b]):
            kind = "split" if gold[a] == gold[b] else "merged"
            errors.append(f"{kind}: {a} / {b}")
    return errors


# --- documents as event records, for the general-news corpora ------------------------------

_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def document_event(doc_id: str, text: str, nlp: Any) -> dict[str, Any]:
    """One event record for a whole news document: what `link.match_score` reads."""
    parsed = nlp(text[:5000])
    places = Counter(e.text for e in parsed.ents if e.label_ in ("GPE", "LOC", "FAC"))
    people = Counter(e.text for e in parsed.ents if e.label_ in ("PERSON", "ORG", "NORP"))
    years = Counter(_YEAR.findall(text))
    year = years.most_common(1)[0][0] if years else None
    place = places.most_common(1)[0][0] if places else None
    return {
        "id": doc_id,
        "type": "OTHER",
        "modality": "asserted",
        "is_back_reference": False,
        "reported_by": None,
        "date": {"value": year, "precision": "year" if year else None, "end": None},
        "location": {"country": None, "admin1": None, "admin2": None, "place": place,
                     "precision": "place" if place else None},
        "actors": [{"text": name, "class": "UNKNOWN"} for name, _ in people.most_common(5)],
        "targets": [],
        "evidence": {"text": text},
        "statements": [],
    }  # fmt: skip


def cluster(records: list[dict[str, Any]], score: Callable[[dict[str, Any], dict[str, Any]], float],
            threshold: float) -> dict[str, str]:  # fmt: skip
    """The store's procedure: each record joins the best-scoring earlier cluster at or above
    `threshold` (compared with the cluster's first record, as the store compares with the
    event), or starts its own."""
    heads: list[dict[str, Any]] = []
    assigned: dict[str, str] = {}
    for record in records:
        best, best_score = None, threshold
        for head in heads:
            s = score(record, head)
            if s >= best_score and (best is None or s > best_score):
                best, best_score = head, s
        if best is None:
            heads.append(record)
            assigned[record["id"]] = record["id"]
        else:
            assigned[record["id"]] = assigned[best["id"]]
    return assigned


def general_score(a: dict[str, Any], b: dict[str, Any]) -> float:
    """`link.match_score` on document records, plus a place/people overlap for news in general.

    `link.match_score` is tuned to incident statements (a sentence each) in one country; on
    whole documents its parts still apply: the year window (hard rule), and the evidence
    similarity; the shared named places and participants stand in for the gazetteer and the
    actor classes, which these texts do not have.
    """
    from sitreps import link

    wa, wb = link.date_window(a["date"]["value"], "year"), link.date_window(b["date"]["value"], "year")
    if wa and wb and wa != wb:
        return 0.0
    names_a = {x["text"].casefold() for x in a["actors"]} | {str(a["location"]["place"]).casefold()}
    names_b = {x["text"].casefold() for x in b["actors"]} | {str(b["location"]["place"]).casefold()}
    names = len(names_a & names_b) / len(names_a | names_b) if names_a | names_b else 0.0
    return link.evidence_similarity(a, b) + 0.5 * names


# --- 2. ECB+ -------------------------------------------------------------------------------


def _ecb_text(path: Path, selected: set[int] | None) -> str:
    root = ET.parse(path).getroot()
    sentences: dict[int, list[str]] = defaultdict(list)
    for token in root.iter("token"):
        sentences[int(token.get("sentence", "0"))].append(token.text or "")
    keep = [s for s in sorted(sentences) if selected is None or s in selected] or sorted(sentences)
    return "\n".join(" ".join(sentences[s]) for s in keep)


def ecbplus(nlp: Any, threshold: float) -> dict[str, Any]:
    base = SHARED / "ecbplus"
    folder = base / "test-topics-36-45"
    selected: dict[str, set[int]] = defaultdict(set)
    with (base / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh):
            if len(row) >= 3 and row[2].isdigit():
                selected[f"{row[0]}_{row[1]}"].add(int(row[2]))
    per_topic = {}
    all_gold: dict[str, str] = {}
    all_pred: dict[str, str] = {}
    for topic_dir in sorted(folder.iterdir(), key=lambda p: int(p.name)):
        records, gold = [], {}
        for path in sorted(topic_dir.glob("*.xml")):
            doc_id = path.stem
            half = "ecbplus" if doc_id.endswith("ecbplus") else "ecb"
            text = _ecb_text(path, selected.get(doc_id))
            records.append(document_event(doc_id, text, nlp))
            gold[doc_id] = f"{topic_dir.name}-{half}"
        predicted = cluster(records, general_score, threshold)
        per_topic[topic_dir.name] = scores(gold, predicted)
        all_gold.update(gold)
        all_pred.update({k: f"{topic_dir.name}:{v}" for k, v in predicted.items()})
    total = scores(all_gold, all_pred)
    total["per_topic"] = {t: {"pairwise_f1": s["pairwise"]["f1"], "b3_f1": s["b_cubed"]["f1"]}
                          for t, s in per_topic.items()}  # fmt: skip
    total["threshold"] = threshold
    return total


# --- 3. MEANTIME ---------------------------------------------------------------------------


def _cross_doc_instances() -> set[str]:
    """Event instances that MEANTIME annotates in two documents or more."""
    found = set()
    with (SHARED / "meantime-en" / "list_instances.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row.get("TYPE") == "EVENT" and int(row.get("N.ANN_DOC.ALL") or 0) >= 2:
                found.add(row["#ID"])
    return found


def _meantime_items() -> Iterable[tuple[str, str, str, str]]:
    """(corpus, item id, sentence, gold instance): each document's first mention of each
    cross-document event instance, with the sentence it stands in."""
    wanted = _cross_doc_instances()
    base = SHARED / "meantime-en" / "intra_cross-doc_annotation"
    for corpus_dir in sorted(p for p in base.iterdir() if p.is_dir()):
        for path in sorted(corpus_dir.glob("*.xml")):
            root = ET.parse(path).getroot()
            tokens = {t.get("t_id"): t for t in root.iter("token")}
            sentences: dict[str, list[str]] = defaultdict(list)
            for t in root.iter("token"):
                sentences[t.get("sentence", "0")].append(t.text or "")
            markables = root.find("Markables")
            relations = root.find("Relations")
            if markables is None or relations is None:
                continue
            instance_of = {m.get("m_id"): m.get("instance_id") for m in markables if m.tag == "EVENT"}
            mention_sentence = {}
            for m in markables:
                if m.tag == "EVENT_MENTION":
                    anchors = [a.get("t_id") for a in m.findall("token_anchor")]
                    if anchors and anchors[0] in tokens:
                        mention_sentence[m.get("m_id")] = tokens[anchors[0]].get("sentence", "0")
            seen: set[str] = set()
            for rel in relations:
                if rel.tag != "REFERS_TO":
                    continue
                target = rel.find("target")
                instance = instance_of.get(target.get("m_id")) if target is not None else None
                if instance not in wanted or instance in seen:
                    continue
                for source in rel.findall("source"):
                    sentence = mention_sentence.get(source.get("m_id"))
                    if sentence is not None:
                        seen.add(str(instance))
                        yield corpus_dir.name, f"{path.stem}#{instance}", " ".join(sentences[sentence]), str(instance)
                        break


def meantime(nlp: Any, threshold: float) -> dict[str, Any]:
    by_corpus: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for corpus, item, sentence, instance in _meantime_items():
        by_corpus[corpus].append((item, sentence, instance))
    all_gold: dict[str, str] = {}
    all_pred: dict[str, str] = {}
    per_corpus = {}
    for corpus, items in sorted(by_corpus.items()):
        records = [document_event(item, sentence, nlp) for item, sentence, _ in items]
        for record in records:
            record["date"] = {"value": None, "precision": None, "end": None}  # a sentence's year is unknown
        gold = {item: instance for item, _, instance in items}
        predicted = cluster(records, general_score, threshold)
        per_corpus[corpus] = scores(gold, predicted)
        all_gold.update({f"{corpus}/{k}": v for k, v in gold.items()})
        all_pred.update({f"{corpus}/{k}": f"{corpus}:{v}" for k, v in predicted.items()})
    total = scores(all_gold, all_pred)
    total["per_corpus"] = {c: {"items": s["items"], "gold_clusters": s["gold_clusters"],
                               "pairwise_f1": s["pairwise"]["f1"], "b3_f1": s["b_cubed"]["f1"]}
                           for c, s in per_corpus.items()}  # fmt: skip
    total["threshold"] = threshold
    return total


# --- main ----------------------------------------------------------------------------------


def _line(name: str, result: dict[str, Any]) -> str:
    pw, b3 = result["pairwise"], result["b_cubed"]
    return (
        f"{name}: {result['items']} items, {result['gold_clusters']} gold / {result['predicted_clusters']} predicted"
        f" clusters; pairwise P {pw['precision']:.3f} R {pw['recall']:.3f} F1 {pw['f1']:.3f};"
        f" B3 P {b3['precision']:.3f} R {b3['recall']:.3f} F1 {b3['f1']:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=("own", "ecbplus", "meantime"))
    parser.add_argument("--threshold", type=float, default=0.25, help="for the general-news corpora")
    parser.add_argument("--db", help="database for the own set (default: a temporary SQLite file)")
    parser.add_argument("--json", type=Path, help="write every figure here")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {}
    started = time.perf_counter()
    if args.only in (None, "own"):
        results["own"] = own_set(db=args.db)
        print(_line("own multi-outlet set", results["own"]))
        for error in results["own"]["errors"]:
            print("   ", error)
        if results["own"]["missed_by_pipeline"]:
            print("    missed by the pipeline:", ", ".join(results["own"]["missed_by_pipeline"]))
    if args.only in (None, "ecbplus", "meantime"):
        from sitreps import nlp as sitreps_nlp

        language = sitreps_nlp.load()
        if args.only in (None, "ecbplus"):
            results["ecbplus"] = ecbplus(language, args.threshold)
            print(_line("ECB+ test topics 36-45, documents into seminal events", results["ecbplus"]))
        if args.only in (None, "meantime"):
            results["meantime"] = meantime(language, args.threshold)
            print(_line("MEANTIME English, mentions into cross-document event instances", results["meantime"]))
    print(f"({time.perf_counter() - started:.1f} s)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
