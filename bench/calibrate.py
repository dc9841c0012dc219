"""Fit the confidence model on the development gold and print its reliability table.

Runs the pipeline over the development reports, labels each predicted incident right or wrong
against the gold (the same matching as `sitreps eval`), fits a logistic regression (L2, plain
gradient descent with numpy) over `sitreps.extract.confidence.FEATURES`, writes the weights to
`src/sitreps/profiles/dprk/confidence.json`, and prints the reliability table of the fitted
model on the development set and, when given, on a held-back set it was not fitted on.

    .venv/bin/python bench/calibrate.py --dev eval/dev --dev-samples --heldout eval/heldout [--heldout <folder> ...]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

from sitreps.commands.common import samples_path
from sitreps.evaluate import read_jsonl, reliability, score
from sitreps.extract import confidence
from sitreps.model import Document
from sitreps.pipeline import PIPELINE_VERSION, process_many

WEIGHTS = Path(__file__).parents[1] / "src/sitreps/profiles/dprk/confidence.json"


def load_pairs(folder: Path | None, with_samples: bool) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    reports: list[dict[str, Any]] = []
    gold: list[dict[str, Any]] = []
    if with_samples:
        reports += read_jsonl(samples_path("reports.jsonl"))
        gold += read_jsonl(samples_path("gold.jsonl"))
    if folder is not None:
        for path in sorted(folder.glob("reports*.jsonl")):
            reports += read_jsonl(path)
        for path in sorted(folder.glob("gold*.jsonl")):
            gold += read_jsonl(path)
    return reports, gold


def predict(reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    docs = [Document(text=r["text"], url=r.get("url"), title=r.get("title"), outlet=r.get("outlet"),
                     published=r.get("published")) for r in reports]  # fmt: skip
    return [m.to_event(a.document, PIPELINE_VERSION) for a in process_many(docs) for m in a.mentions]


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 4000, lr: float = 0.1) -> np.ndarray:
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y) + l2 * np.r_[0.0, w[1:]] / len(y)
        w -= lr * grad
    return w


def table(outcomes: list[tuple[dict[str, Any], bool]], title: str) -> None:
    print(f"\n{title}\n| confidence | events | mean confidence | precision |\n|---|---|---|---|")
    for row in reliability(outcomes):
        print(f"| {row['bin']} | {row['events']} | {row['mean_confidence']} | {row['precision']} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dev", type=Path, default=None)
    parser.add_argument("--dev-samples", action="store_true", help="also fit on the bundled samples")
    parser.add_argument(
        "--heldout",
        type=Path,
        action="append",
        default=[],
        help="a set it is not fitted on, for its reliability table (may be given several times)",
    )
    parser.add_argument("--write", action="store_true", help="write the fitted weights into the profile")
    args = parser.parse_args()
    reports, gold = load_pairs(args.dev, args.dev_samples)
    preds = predict(reports)
    outcomes = score(gold, preds).outcomes
    x = np.array([confidence.features(p) for p, _ in outcomes])
    y = np.array([1.0 if ok else 0.0 for _, ok in outcomes])
    w = fit(x, y)
    weights = {name: round(float(v), 4) for name, v in zip(confidence.FEATURES, w, strict=True)}
    print(f"fitted on {len(y)} predicted incidents from {len(reports)} reports; base precision {y.mean():.3f}")
    if args.write:
        WEIGHTS.write_text(json.dumps({"fitted_on": f"{len(reports)} development reports", "weights": weights},
                                      indent=2) + "\n")  # fmt: skip
        confidence.load_weights.cache_clear()
    wt = tuple(weights[name] for name in confidence.FEATURES)
    rescored = [({**p, "confidence": confidence.score(p, wt)}, ok) for p, ok in outcomes]
    table(rescored, "development set (fitted here)")
    for folder in args.heldout:
        h_reports, h_gold = load_pairs(folder, False)
        h_out = score(h_gold, predict(h_reports)).outcomes
        table([({**p, "confidence": confidence.score(p, wt)}, ok) for p, ok in h_out], f"{folder} (not fitted)")


if __name__ == "__main__":
    main()
