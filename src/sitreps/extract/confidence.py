"""Confidence that an extracted event is a real incident of its type: a calibrated probability.

The score is a logistic model over what the extraction itself knows of an event (is it dated,
placed, attributed, with a multi-word trigger, stated more than once, of which type). Its weights
are fitted on the development gold by `bench/calibrate.py` and kept as data in the profile
(`profiles/<name>/confidence.json`); bench/RESULTS.md holds the reliability table. Without a
weights file every event gets a neutral 0.5.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any

from sitreps.model import EVENT_TYPES

FEATURES: tuple[str, ...] = (
    "bias", "dated", "day_precision", "placed", "place_inferred", "has_actor", "has_target", "sourced",
    "official_or_government", "multiword_trigger", "statements_2plus", "back_reference", "uncertain",
    "hypothetical", "planned", *(f"type_{t}" for t in EVENT_TYPES),
)  # fmt: skip


def features(event: dict[str, Any]) -> list[float]:
    """The feature vector of one event record (event.schema.json shape), in FEATURES order."""
    date = event.get("date") or {}
    loc = event.get("location") or {}
    sources = event.get("sources") or []
    trigger = (event.get("evidence") or {}).get("trigger") or ""
    values = {
        "bias": 1.0,
        "dated": float(bool(date.get("value"))),
        "day_precision": float(date.get("precision") == "day"),
        "placed": float(loc.get("precision") in ("place", "admin2", "admin1") and not loc.get("inferred")),
        "place_inferred": float(bool(loc.get("inferred"))),
        "has_actor": float(bool(event.get("actors"))),
        "has_target": float(bool(event.get("targets"))),
        "sourced": float(bool(sources)),
        "official_or_government": float(any(s.get("kind") in ("official_media", "government") for s in sources)),
        "multiword_trigger": float(" " in trigger.strip()),
        "statements_2plus": float(len(event.get("statements") or []) >= 2),
        "back_reference": float(bool(event.get("is_back_reference"))),
        "uncertain": float(event.get("modality") == "uncertain"),
        "hypothetical": float(event.get("modality") == "hypothetical"),
        "planned": float(event.get("modality") == "planned"),
    }
    for t in EVENT_TYPES:
        values[f"type_{t}"] = float(event.get("type") == t)
    return [values[name] for name in FEATURES]


@lru_cache(maxsize=4)
def load_weights(profile: str = "dprk") -> tuple[float, ...] | None:
    path = resources.files("sitreps") / "profiles" / profile / "confidence.json"
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    weights = data["weights"]
    return tuple(float(weights.get(name, 0.0)) for name in FEATURES)


def score(event: dict[str, Any], weights: tuple[float, ...] | None) -> float:
    """Calibrated probability that the event is right (0.5 when no weights are fitted)."""
    if event.get("modality") == "generic":
        return 0.2
    if weights is None:
        return 0.5
    z = sum(w * x for w, x in zip(weights, features(event), strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
