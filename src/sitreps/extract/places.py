"""Places: recognise toponyms with the profile's gazetteer and resolve them to entries.

Names are matched after normalisation (lower case, diacritics, apostrophes, hyphens and spaces
removed), so "Hoeryŏng", "Hoeryong" and "Hoe-ryong" are one key; Hangul matches as written.
Generic suffixes ("Province", "City", "County", "-gun", "-si", "-do", "-based") are stripped
and kept as a hint of the level the text means.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitreps.model import Place, PlacePrecision, Span

LEVEL_ORDER = ("admin1", "city", "admin2", "town", "crossing", "river", "landmark", "country")
KP_ADMIN1 = (
    "Pyongyang", "South Pyongan", "North Pyongan", "Chagang", "South Hwanghae", "North Hwanghae",
    "Kangwon", "South Hamgyong", "North Hamgyong", "Ryanggang", "Rason", "Nampo", "Kaesong",
)  # fmt: skip

_SUFFIX_WORDS = {
    "province": "admin1", "provinces": "admin1", "prefecture": "admin2", "county": "admin2",
    "city": "city", "district": "admin2", "town": "town", "village": "town", "river": "river",
    "island": "town", "special": None, "autonomous": None, "region": None,
}  # fmt: skip
_SUFFIX_HYPHEN = {
    "based": None, "do": "admin1", "gun": "admin2", "kun": "admin2", "si": "city", "shi": "city",
    "ri": "town", "dong": "town", "gu": "admin2", "guyok": "admin2", "up": "town", "eup": "town",
}  # fmt: skip
_HANGUL_SUFFIX = {"도": "admin1", "군": "admin2", "시": "city"}

_CANDIDATE = re.compile(
    r"(?:[A-Z][\w'’ʼ.]*(?:-[\w'’ʼ]+)*)(?:\s+(?:of\s+)?[A-Z][\w'’ʼ]*(?:-[\w'’ʼ]+)*)*|[가-힣]+"
)


def normalise(name: str) -> str:
    """The lookup key of a place name: lower case, no diacritics, letters and digits only."""
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    )
    return re.sub(r"[\W_]+", "", stripped.lower())


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer row."""

    id: str
    name: str
    level: str
    country: str
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    iso_code: str | None

    def to_place(self, text: str | None, span: Span | None, inferred: bool = False) -> Place:
        precision: PlacePrecision
        if self.level == "country":
            precision = "country"
        elif self.level == "admin1":
            precision = "admin1"
        elif self.level == "admin2":
            precision = "admin2"
        else:
            precision = "place"
        return Place(
            text=text,
            span=span,
            country=self.country,
            admin1=self.admin1 if self.level != "country" else None,
            admin2=self.admin2,
            place=self.name if precision == "place" else None,
            lat=self.lat,
            lon=self.lon,
            gazetteer_id=self.id,
            precision=precision,
            inferred=inferred,
        )


class Gazetteer:
    """Name index over the profile's gazetteer: key -> entries (lookups, never scans)."""

    def __init__(self, entries: list[tuple[Entry, list[str]]]) -> None:
        self.index: dict[str, list[Entry]] = {}
        self.by_id: dict[str, Entry] = {}
        self.admin1: dict[tuple[str, str], Entry] = {}
        for entry, names in entries:
            self.by_id[entry.id] = entry
            if entry.level == "admin1" and entry.admin1:
                self.admin1[(entry.country, entry.admin1)] = entry
            for name in {entry.name, *names}:
                key = normalise(name)
                if key and entry not in self.index.setdefault(key, []):
                    self.index[key].append(entry)
        self.max_words = 5

    def lookup(self, name: str) -> list[Entry]:
        """Every entry a name may refer to, after stripping generic suffixes."""
        key, _hint = _strip_suffix(name)
        return list(self.index.get(key, []))

    def province(self, country: str, admin1: str) -> Entry | None:
        return self.admin1.get((country, admin1))

    def find(self, text: str, offset: int = 0) -> list[tuple[str, Span, list[Entry], str | None]]:
        """Toponyms in text: (surface text, span, candidate entries, level hint)."""
        found: list[tuple[str, Span, list[Entry], str | None]] = []
        for m in _CANDIDATE.finditer(text):
            words = [(w.group(0), m.start() + w.start()) for w in re.finditer(r"\S+", m.group(0))]
            i = 0
            while i < len(words):
                matched = False
                for j in range(min(len(words), i + self.max_words), i, -1):
                    if words[j - 1][0].lower() == "of":
                        continue
                    start = words[i][1]
                    end = words[j - 1][1] + len(words[j - 1][0])
                    surface = text[start:end].rstrip(".’'")
                    end = start + len(surface)
                    key, hint = _strip_suffix(surface)
                    entries = self.index.get(key)
                    if entries:
                        found.append((surface, Span(start + offset, end + offset), entries, hint))
                        i = j
                        matched = True
                        break
                if not matched:
                    i += 1
        return found


def _strip_suffix(name: str) -> tuple[str, str | None]:
    """Normalised key and level hint of a name with its generic suffixes removed."""
    hint: str | None = None
    words = name.split()
    changed = True
    while changed and words:
        changed = False
        last = words[-1]
        parts = re.split(r"[-‐]", last)
        if len(parts) > 1 and normalise(parts[-1]) in _SUFFIX_HYPHEN:
            hint = hint or _SUFFIX_HYPHEN[normalise(parts[-1])]
            words[-1] = "-".join(parts[:-1])
            changed = True
        elif len(words) > 1 and normalise(last) in _SUFFIX_WORDS:
            hint = hint or _SUFFIX_WORDS[normalise(last)]
            words.pop()
            changed = True
    key = normalise(" ".join(words))
    if re.fullmatch(r"[가-힣]+", name) and len(name) > 2 and name[-1] in _HANGUL_SUFFIX:
        return normalise(name), _HANGUL_SUFFIX[name[-1]]
    return key, hint


@lru_cache(maxsize=4)
def load_gazetteer(profile: str = "dprk") -> Gazetteer:
    """The profile's gazetteer, read once from `profiles/<profile>/gazetteer.tsv`."""
    path = resources.files("sitreps") / "profiles" / profile / "gazetteer.tsv"
    rows: list[tuple[Entry, list[str]]] = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            entry = Entry(
                id=row["id"],
                name=row["name"],
                level=row["level"],
                country=row["country"],
                admin1=row["admin1"] or None,
                admin2=row["admin2"] or None,
                lat=float(row["lat"]) if row["lat"] else None,
                lon=float(row["lon"]) if row["lon"] else None,
                iso_code=row["iso_code"] or None,
            )
            variants = [v for v in (row["variants"] or "").split("|") if v]
            rows.append((entry, variants))
    return Gazetteer(rows)


def choose(
    entries: list[Entry], hint: str | None, context_admin1: set[str], prefer_country: str = "KP"
) -> Entry:
    """The most plausible entry: the suffix's level, the report's provinces, then the beat's country."""

    def score(e: Entry) -> tuple[int, int, int, int]:
        level_match = 0
        if hint is not None:
            level_match = 0 if e.level == hint or (hint == "city" and e.level == "admin2") else 1
        ctx = 0 if e.admin1 in context_admin1 else 1
        country = 0 if e.country == prefer_country else 1
        level = LEVEL_ORDER.index(e.level) if e.level in LEVEL_ORDER else len(LEVEL_ORDER)
        return (level_match, country, ctx, level)

    return min(entries, key=score)


def resolve_places(text: str, gazetteer: Gazetteer) -> list[Place]:
    """Every toponym in the text, resolved in the context of the report's other places."""
    raw = gazetteer.find(text)
    # first pass: unambiguous provinces give context for the ambiguous names
    context: set[str] = set()
    for _surface, _span, entries, _hint in raw:
        admin1s = {e.admin1 for e in entries if e.admin1}
        if len(admin1s) == 1:
            context |= admin1s
    places: list[Place] = []
    for surface, span, entries, hint in raw:
        entry = choose(entries, hint, context)
        places.append(entry.to_place(surface, span))
    return places
