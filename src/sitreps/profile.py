"""A domain profile: the lexicons and gazetteer that tell the general extractor about one beat.

Profiles are data (TOML and TSV under `profiles/<name>/`); this module only reads them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One trigger phrase: its words, the index of its head word, and its part of speech."""

    type: str
    words: tuple[str, ...]
    pos: str  # "verb", "noun" or "any"


@dataclass(slots=True)
class Profile:
    name: str
    triggers: list[TriggerEntry]
    requires_object: dict[tuple[str, str], set[str]]
    requires_particle: dict[tuple[str, str], set[str]]
    authority_only: set[str]
    actor_phrases: list[tuple[str, str]]  # (lower-cased phrase, class), longest first
    actor_heads: dict[str, str]
    foreign_modifiers: set[str]
    police_modifiers: set[str]
    sources: dict[str, list[str]] = field(default_factory=dict)


def _read_toml(profile: str, name: str) -> dict[str, Any]:
    path = resources.files("sitreps") / "profiles" / profile / name
    with path.open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=4)
def load_profile(name: str = "dprk") -> Profile:
    """The named profile, read once."""
    trig = _read_toml(name, "triggers.toml")
    # named word lists ("$goods") that requires_object lists use instead of repeating them
    classes = {f"${k}": [w.lower() for w in words] for k, words in trig.pop("word_classes", {}).items()}
    triggers: list[TriggerEntry] = []
    requires: dict[tuple[str, str], set[str]] = {}
    particle: dict[tuple[str, str], set[str]] = {}
    authority: set[str] = set()
    for etype, spec in trig.items():
        for key, pos in (("verbs", "verb"), ("nouns", "noun"), ("phrases", "any")):
            for phrase in spec.get(key, []):
                triggers.append(TriggerEntry(etype, tuple(phrase.lower().split()), pos))
        for head, objects in spec.get("requires_object", {}).items():
            requires[(etype, head)] = {w for o in objects for w in classes.get(o.lower(), [o.lower()])}
        for head, particles in spec.get("requires_particle", {}).items():
            particle[(etype, head)] = {p.lower() for p in particles}
        authority |= {a.lower() for a in spec.get("authority_only", [])}
    actors = _read_toml(name, "actors.toml")
    modifiers = actors.pop("modifiers", {})
    phrases: list[tuple[str, str]] = []
    heads: dict[str, str] = {}
    for cls, spec in actors.items():
        phrases += [(p.lower(), cls) for p in spec.get("phrases", [])]
        for head in spec.get("heads", []):
            heads.setdefault(head.lower(), cls)
    phrases.sort(key=lambda p: -len(p[0]))
    return Profile(
        name=name,
        triggers=triggers,
        requires_object=requires,
        requires_particle=particle,
        authority_only=authority,
        actor_phrases=phrases,
        actor_heads=heads,
        foreign_modifiers={m.lower() for m in modifiers.get("foreign", [])},
        police_modifiers={m.lower() for m in modifiers.get("police_modifiers", [])},
        sources={k: [v.lower() for v in vals] for k, vals in _read_toml(name, "sources.toml").items()},
    )
