"""Would a learned filter over the predicted events raise F1? (An experiment; nothing here is shipped.)

Labels every predicted incident of the `--train` folders right or wrong (the matching of `sitreps eval`), fits
a logistic regression (L2, numpy) over the event's type, trigger, the words of its sentence (per type) and the
features of `sitreps.extract.confidence`, then drops the events of each `--test` folder scored under a cut-off
and prints the micro F1 (OTHER aside) at each cut-off; 0.0 is the extractor as it is.

    .venv/bin/python bench/learned_filter.py --train eval/dev --train-samples --train <real set> \
        --test eval/heldout --test <untouched real set>
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from calibrate import fit, load_pairs, predict

from sitreps.evaluate import score
from sitreps.extract import confidence

WORD = re.compile(r"[a-z]+")
CUTS = (0.0, 0.2, 0.3, 0.4, 0.5)


def features(event: dict[str, Any]) -> list[str]:
    kind = event["type"]
    trigger = (event["evidence"].get("trigger") or "").lower()
    names = [f"type={kind}", f"trigger={kind}|{trigger}", f"modality={kind}|{event.get('modality')}"]
    names += [f"c:{n}" for n, v in zip(confidence.FEATURES, confidence.features(event), strict=True) if v]
    names += [f"word={kind}|{w}" for w in set(WORD.findall(event["evidence"]["text"].lower()))]
    return names


def outcomes(folders: list[Path], samples: bool) -> tuple[list[tuple[dict[str, Any], bool]], tuple[int, int, int]]:
    reports: list[dict[str, Any]] = []
    gold: list[dict[str, Any]] = []
    for i, folder in enumerate(folders or [None]):  # type: ignore[list-item]
        r, g = load_pairs(folder, samples and i == 0)
        reports += r
        gold += g
    report = score(gold, predict(reports))
    micro = report.micro
    kept = [(p, ok) for p, ok in report.outcomes if p["type"] != "OTHER"]
    return kept, (micro.tp, micro.fp, micro.fn)


def matrix(events: list[dict[str, Any]], vocab: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(events), len(vocab) + 1))
    x[:, 0] = 1.0  # bias first, as calibrate.fit expects
    for i, event in enumerate(events):
        for name in features(event):
            if name in vocab:
                x[i, vocab[name] + 1] = 1.0
    return x


def f1_after(counts: tuple[int, int, int], scored: list[tuple[bool, float]], cut: float) -> float:
    tp, fp, fn = counts
    for ok, p in scored:
        if p < cut:
            tp, fp, fn = (tp - 1, fp, fn + 1) if ok else (tp, fp - 1, fn)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, action="append", default=[])
    parser.add_argument("--train-samples", action="store_true", help="also fit on the bundled samples")
    parser.add_argument("--test", type=Path, action="append", default=[])
    parser.add_argument("--l2", type=float, default=1.0)
    args = parser.parse_args()
    train, _ = outcomes(args.train, args.train_samples)
    counted = Counter(name for p, _ in train for name in features(p))
    vocab = {name: i for i, name in enumerate(n for n, k in counted.items() if k >= 2)}
    w = fit(matrix([p for p, _ in train], vocab), np.array([1.0 if ok else 0.0 for _, ok in train]), l2=args.l2)
    print(f"fitted on {len(train)} predicted incidents, {len(vocab)} features")
    print("| set | " + " | ".join(f"cut {c}" for c in CUTS) + " |")
    print("|---|" + "---|" * len(CUTS))
    for folder in args.test:
        events, counts = outcomes([folder], False)
        probs = 1.0 / (1.0 + np.exp(-(matrix([p for p, _ in events], vocab) @ w)))
        scored = [(ok, float(p)) for (_, ok), p in zip(events, probs, strict=True)]
        print(f"| {folder} | " + " | ".join(f"{f1_after(counts, scored, c):.3f}" for c in CUTS) + " |")


if __name__ == "__main__":
    main()
