"""Places: recognise toponyms with the profile's gazetteer and resolve each to one entry.

Recognition is the gazetteer used as an entity ruler: every window of up to `MAX_WORDS` words that
starts with a capital (or is Hangul, or starts one of the gazetteer's lower-case phrases such as
"demilitarized zone") is looked up in a hash index of normalised names -- lower case, no
diacritics, apostrophes, hyphens or spaces, so "Hoeryŏng", "Hoeryong" and "Hoe-ryong" are one key.
Multi-word names of landmarks are also matched in lower case ("the demilitarized zone").
Generic suffixes as reports write them ("Province", "City", "County", "-gun", "-si", "-do",
"-based", "Oblast") are stripped and kept as a hint of the level the text means; a variant that the
gazetteer lists only with such a suffix ("Chollima District", "Kim Jong Suk County") is found only
when the text writes a suffix, and a name written in several words ("Kim Jong Suk") reaches an
entry only through a variant written in several words, so people are not taken for counties.

Resolution scores each candidate entry with the report's evidence (`choose`): a parent or country
named right beside the toponym ("Tumen, Jilin", "China's Tumen", "Changbai, across the river
from Hyesan"), the level the suffix names, the provinces and places named elsewhere in the report
and their distance, the beat's country (North Korea for this profile), and size. A name the text
puts outside North Korea is never placed inside it.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from sitreps.model import Place, PlacePrecision, Span

LEVEL_ORDER = ("admin1", "city", "admin2", "town", "crossing", "river", "landmark", "country")
LEVELS = ("country", "admin1", "admin2", "city", "town", "river", "crossing", "landmark")
KP_ADMIN1 = (
    "Pyongyang", "South Pyongan", "North Pyongan", "Chagang", "South Hwanghae", "North Hwanghae",
    "Kangwon", "South Hamgyong", "North Hamgyong", "Ryanggang", "Rason", "Nampo", "Kaesong",
)  # fmt: skip
MAX_WORDS = 7

# Generic words after a name, with the level they point to (None: no level).
_SUFFIX_WORDS = {
    "province": "admin1", "provinces": "admin1", "prefecture": "admin2", "county": "admin2",
    "counties": "admin2", "city": "city", "cities": "city", "district": "admin2", "districts": "admin2",
    "town": "town", "township": "town", "village": "town", "river": "river", "rivers": "river", "island": "town",
    "oblast": "admin1", "krai": "admin1", "kray": "admin1", "okrug": "admin1", "municipality": "admin1",
    "special": None, "autonomous": None, "region": None, "area": None, "areas": None,
    "based": None,
}  # fmt: skip
# Suffixes joined with a hyphen ("Onsong-gun", "Hyesan-si", "Ryanggang-do", "Wiyon-dong").
_SUFFIX_HYPHEN = {
    "based": None, "do": "admin1", "gun": "admin2", "kun": "admin2", "si": "city", "shi": "city",
    "ri": "town", "ni": "town", "li": "town", "dong": "town", "gu": "admin2", "guyok": "admin2",
    "guyeok": "admin2", "up": "town", "eup": "town", "area": None, "region": None,
}  # fmt: skip
_HANGUL_SUFFIX = {"도": "admin1", "군": "admin2", "시": "city", "구역": "admin2", "동": "town", "리": "town"}
_HANGUL_PARTICLES = ("에서는", "에서", "으로", "에는", "에", "의", "로", "은", "는", "이", "가", "을", "를", "과", "와")
# Words before a name that name its level ("the city of Hyesan", "Musan county" is a suffix).
_PRE_LEVEL = re.compile(r"\b(city|town|county|province|village|district|prefecture)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_LEVEL_FITS = {
    "admin1": {"admin1"},
    "admin2": {"admin2", "city"},
    "city": {"city", "admin2", "town"},
    "town": {"town", "city"},
    "river": {"river"},
}
_TOKEN = re.compile(r"[^\W\d_][\w'’ʼ\-‐]*|\d+")
_GAP_OK = re.compile(r"[\s.\-‐'’]*")
_HANGUL = re.compile(r"[가-힣]+")

# Country cues right beside a name: "China's Tumen", "the Chinese border city of Dandong",
# "Tumen, China", "Dandong in northeastern China", "on the Chinese side".
_COUNTRY_WORDS = {
    "CN": r"China|Chinese",
    "KR": r"South\s+Korea|South\s+Korean|ROK",
    "RU": r"Russia|Russian",
    "KP": r"North\s+Korea|North\s+Korean|DPRK",
}
_NOUNS = (
    r"(?:(?:border|northeastern|northeast|eastern|western|southern|northern|port|coastal|frontier|small|"
    r"major|remote)\s+)*(?:city|town|county|village|province|region|port|prefecture|district|area)?"
)
_BEFORE_CUE = {
    cc: re.compile(rf"\b(?:{words})(?:'s|’s)?\s+{_NOUNS}\s*(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)
    for cc, words in _COUNTRY_WORDS.items()
}
_AFTER_CUE = {
    cc: re.compile(
        rf"^\s*(?:,|\(|in|of|on\s+the)\s*(?:the\s+)?(?:(?:north|northeast|northeastern|east|eastern|south|southern|"
        rf"west|western|northern)\s+)?(?:{words})(?:'s)?(?:\s+side)?\b",
        re.IGNORECASE,
    )
    for cc, words in _COUNTRY_WORDS.items()
}
# "Changbai, across the river from Hyesan": the name is on the other side from the next one.
_ACROSS = re.compile(
    r"^\s*,?\s*(?:which\s+(?:is|lies)\s+|just\s+|directly\s+|right\s+)*(?:across|opposite)\s+"
    r"(?:the\s+(?:\w+\s+){0,2}(?:river|border|bridge)\s+)?(?:from\s+)?$",
    re.IGNORECASE,
)
# "the Tumen", "the frozen Tumen", "the icy Yalu": a river (a town takes no article of its own)
_ARTICLE = re.compile(
    r"\b[Tt]he\s+(?:(?:frozen|icy|iced|shallow|narrow|swollen|muddy|upper|lower|middle|fast-flowing|wide)\s+){0,2}$"
)
_PARENT_GAP = re.compile(r"^\s*(?:,|in|of|,\s*in)\s*(?:the\s+)?$", re.IGNORECASE)
# "the Kumgang Trading Company", "Mirim Shipping Company", "Korea Kumgang Group": a name in a firm's name is no place
_FIRM_AFTER = re.compile(
    r"[ \t]+(?:(?:General|Trading|Trade|Shipping|Mining|Foreign|Export|Import)[ \t]+){0,2}"
    r"(?:Company|Companies|Corporation|Corp\b|Group|Bank|Trading\b)"
)


@lru_cache(maxsize=1 << 16)  # a pure function of words that recur in every report
def normalise(name: str) -> str:
    """The lookup key of a place name: lower case, no diacritics, letters and digits only."""
    stripped = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
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
    population: int = 0
    parents: tuple[str, ...] = ()

    @property
    def precision(self) -> PlacePrecision:
        if self.level == "country":
            return "country"
        if self.level == "admin1":
            return "admin1"
        if self.level == "admin2" or (self.level in ("city", "town") and self.admin2 == self.name):
            return "admin2"  # a city that is its own county-level unit ("Hyesan City", "Dandong")
        return "place"

    def to_place(self, text: str | None, span: Span | None, inferred: bool = False) -> Place:
        precision = self.precision
        return Place(
            text=text,
            span=span,
            country=self.country,
            admin1=self.admin1 if self.level != "country" else None,
            admin2=self.admin2 if precision in ("admin2", "place") else None,
            place=self.name if precision == "place" else None,
            lat=self.lat,
            lon=self.lon,
            gazetteer_id=self.id,
            precision=precision,
            inferred=inferred,
        )


@dataclass(frozen=True, slots=True)
class Form:
    """How one normalised key reaches one entry."""

    entry: Entry
    bare: bool  # some variant with this key has no generic suffix (else the text must write one)
    spaced: bool  # some variant with this key and no suffix is written in several words
    primary: bool  # the key is the entry's own name


@dataclass(slots=True)
class Toponym:
    """A toponym found in a text, with every entry it may name."""

    text: str
    span: Span
    forms: list[Form]
    hint: str | None = None
    suffixed: bool = False
    cue_country: str | None = None  # a country named right beside it
    not_country: str | None = None  # "across the river from <a place in this country>"
    parents: set[tuple[str, str | None]] = field(default_factory=set)  # (country, admin1) named right after
    article: bool = False  # "the Tumen"
    preposition: bool = False  # "in Tumen"

    @property
    def entries(self) -> list[Entry]:
        return [f.entry for f in self.forms]


class Gazetteer:
    """Name index over the profile's gazetteer: key -> forms (lookups, never scans)."""

    def __init__(self, entries: Iterable[tuple[Entry, list[str]]]) -> None:
        self.index: dict[str, list[Form]] = {}
        self.lower: dict[str, list[Form]] = {}  # lower-case phrases ("demilitarized zone")
        self.lower_first: set[str] = set()
        self.by_id: dict[str, Entry] = {}
        self.names: dict[str, list[str]] = {}
        self.admin1: dict[tuple[str, str], Entry] = {}
        self.max_words = MAX_WORDS
        flags: dict[tuple[str, str], list[bool]] = {}
        lower_flags: dict[tuple[str, str], bool] = {}
        for entry, names in entries:
            self.by_id[entry.id] = entry
            self.names[entry.id] = list(dict.fromkeys([entry.name, *names]))
            if entry.level == "admin1" and entry.admin1:
                self.admin1[(entry.country, entry.admin1)] = entry
            primary, _hint, _suffixed = _strip_suffix(entry.name)
            for name in self.names[entry.id]:
                key, _hint, suffixed = _strip_suffix(name)
                if not key:
                    continue
                bare_words = _bare_words(name)
                k = (key, entry.id)
                f = flags.setdefault(k, [False, False, key == primary])
                f[0] = f[0] or not suffixed
                f[1] = f[1] or (not suffixed and len(bare_words) > 1)
                if name[:1].islower() or (entry.level == "landmark" and len(bare_words) > 1):
                    # "the demilitarized zone", "the military demarcation line"
                    lower_flags[k] = True
                    self.lower_first.add(name.split()[0].lower())
        # the first three letters of every key, and the keys shorter than that: a window whose first word (of three
        # letters or more) starts with none of them can match no name (a window's key starts with its first word's)
        self.heads = {key[:3] for key, _eid in flags}
        self.short = tuple(key for key, _eid in flags if len(key) < 3)
        for (key, eid), (bare, spaced, primary_) in flags.items():
            form = Form(self.by_id[eid], bare, spaced, primary_)
            self.index.setdefault(key, []).append(form)
            if lower_flags.get((key, eid)):
                self.lower.setdefault(key, []).append(form)

    # -- lookups -------------------------------------------------------------------------------
    def lookup(self, name: str) -> list[Entry]:
        """Every entry a name may refer to, as the text writes it (suffixes and all)."""
        return [f.entry for f in self.match(name)[0]]

    def match(self, surface: str, lower: bool = False) -> tuple[list[Form], str | None, bool]:
        """(forms that this surface may name, level hint, whether it carries a suffix)."""
        key, hint, suffixed = _strip_suffix(surface)
        forms = (self.lower if lower else self.index).get(key)
        if not forms and _HANGUL.fullmatch(surface):
            for particle in _HANGUL_PARTICLES:
                if surface.endswith(particle) and len(surface) > len(particle) + 1:
                    return self.match(surface[: -len(particle)])
        if not forms:
            return [], hint, suffixed
        spaced = len(_bare_words(surface)) > 1
        kept = [f for f in forms if suffixed or (f.bare and (f.spaced or not spaced))]
        return kept, hint, suffixed

    def province(self, country: str, admin1: str) -> Entry | None:
        return self.admin1.get((country, admin1))

    def parent_entries(self, entry: Entry) -> list[Entry]:
        """The parent chain, outermost first (country, province, county)."""
        return [self.by_id[p] for p in entry.parents if p in self.by_id]

    # -- recognition ---------------------------------------------------------------------------
    def _may_start(self, word: str) -> bool:
        """Whether a capitalised word can begin a name of the gazetteer (Hangul always can: particles)."""
        if _HANGUL.match(word):
            return True
        key = normalise(word)
        return len(key) < 3 or key[:3] in self.heads or key.startswith(self.short)

    def find(self, text: str, offset: int = 0) -> list[Toponym]:
        """Toponyms in text, longest match first, with their candidate entries."""
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        found: list[Toponym] = []
        n = len(tokens)
        i = 0
        while i < n:
            start = tokens[i][0]
            first = text[start : tokens[i][1]]
            upper = first[:1].isupper() or bool(_HANGUL.match(first))
            lower = not upper and first.lower() in self.lower_first
            if not (upper or lower) or (upper and not self._may_start(first)):
                i += 1
                continue
            matched = False
            top = min(n, i + self.max_words)
            j = i + 1
            while j < top and _GAP_OK.fullmatch(text[tokens[j - 1][1] : tokens[j][0]]):
                j += 1
            for k in range(j, i, -1):
                end = tokens[k - 1][1]
                surface = _trim(text[start:end])
                forms, hint, suffixed = self.match(surface, lower=lower)
                if not forms:
                    continue
                end = start + len(surface)
                if _FIRM_AFTER.match(text, end):
                    i, matched = k, True  # a firm's name, not where it is
                    break
                pre = text[max(0, start - 40) : start]
                if hint is None:
                    m = _PRE_LEVEL.search(pre)
                    if m:
                        hint = _SUFFIX_WORDS.get(m.group(1).lower())
                found.append(
                    Toponym(
                        surface, Span(start + offset, end + offset), forms, hint, suffixed,
                        article=_ARTICLE.search(pre) is not None,
                        preposition=bool(re.search(r"\b(?:in|at|near|from|to|into|toward|towards)\s+$", pre)),
                    )
                )  # fmt: skip
                i = k
                matched = True
                break
            if not matched:
                i += 1
        _read_cues(text, found, offset)
        return found


def _trim(surface: str) -> str:
    """A window's text without trailing punctuation and possessive."""
    surface = surface.rstrip(".-‐’'")
    for pos in ("'s", "’s"):
        if surface.endswith(pos):
            surface = surface[: -len(pos)]
    return surface


def _bare_words(name: str) -> list[str]:
    """The words of a name without its generic suffixes (hyphens join words)."""
    words = name.split()
    while len(words) > 1 and normalise(words[-1]) in _SUFFIX_WORDS:
        words.pop()
    return words


@lru_cache(maxsize=1 << 16)
def _strip_suffix(name: str) -> tuple[str, str | None, bool]:
    """Normalised key, level hint and whether a generic suffix was removed."""
    if _HANGUL.fullmatch(name):
        for suffix, level in _HANGUL_SUFFIX.items():
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                return normalise(name), level, False  # Hangul variants are listed with their suffix
        return normalise(name), None, False
    hint: str | None = None
    suffixed = False
    words = name.split()
    changed = True
    while changed and words:
        changed = False
        last = words[-1]
        parts = re.split(r"[-‐]", last)
        if len(parts) > 1 and parts[0] and normalise(parts[-1]) in _SUFFIX_HYPHEN:
            hint = hint or _SUFFIX_HYPHEN[normalise(parts[-1])]
            words[-1] = "-".join(parts[:-1])
            changed = suffixed = True
        elif len(words) > 1 and normalise(last) in _SUFFIX_WORDS:
            hint = hint or _SUFFIX_WORDS[normalise(last)]
            words.pop()
            changed = suffixed = True
    return normalise(" ".join(words)), hint, suffixed


def _read_cues(text: str, found: list[Toponym], offset: int) -> None:
    """Countries and parents named right beside each toponym."""
    for idx, t in enumerate(found):
        start, end = t.span.start - offset, t.span.end - offset
        before = text[max(0, start - 60) : start]
        after = text[end : end + 60]
        for cc, rx in _BEFORE_CUE.items():
            if rx.search(before):
                t.cue_country = cc
        if t.cue_country is None:
            for cc, rx in _AFTER_CUE.items():
                if rx.match(after):
                    t.cue_country = cc
                    break
        nxt = found[idx + 1] if idx + 1 < len(found) else None
        if nxt is None:
            continue
        gap = text[end : nxt.span.start - offset]
        if t.hint is None and nxt.hint and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", gap) and nxt.text.endswith("s"):
            t.hint = nxt.hint  # "Jilin and Liaoning provinces"
        if _PARENT_GAP.match(gap):
            for e in nxt.entries:
                if e.level == "admin1":
                    t.parents.add((e.country, e.admin1))
                elif e.level == "country":
                    t.parents.add((e.country, None))
        elif _ACROSS.match(gap):
            countries = {e.country for e in nxt.entries}
            if len(countries) == 1:
                t.not_country = countries.pop()


@lru_cache(maxsize=4)
def load_gazetteer(profile: str = "dprk") -> Gazetteer:
    """The profile's gazetteer, read once from `profiles/<profile>/gazetteer.tsv`."""
    path = resources.files("sitreps") / "profiles" / profile / "gazetteer.tsv"
    rows: list[tuple[Entry, list[str]]] = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
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
                population=int(row.get("population") or 0),
                parents=tuple(p for p in (row.get("parents") or "").split("|") if p),
            )
            variants = [v for v in (row["variants"] or "").split("|") if v]
            rows.append((entry, variants))
    return Gazetteer(rows)


# -- resolution ----------------------------------------------------------------------------------


def km(a: Entry | Place, b: Entry | Place) -> float:
    """Great-circle distance in km (infinite when a point is missing)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


_LEVEL_PRIOR = {
    "country": 0.7, "admin1": 0.7, "admin2": 0.5, "city": 0.5, "town": 0.0, "river": 0.3,
    "crossing": 0.3, "landmark": 0.3,
}  # fmt: skip
SETTLEMENTS = {"admin2", "city", "town"}
MIN_SCORE = 1.5  # below it, a settlement reached only by a variant spelling is not taken


# The gazetteer's points of North Korea's 13 provincial-level units (geoBoundaries-derived).
_KP_POINTS = (
    (40.90, 126.71), (37.95, 126.53), (38.79, 127.51), (38.84, 125.33), (41.79, 129.39), (38.57, 126.19),
    (40.10, 125.24), (39.08, 125.93), (42.39, 130.47), (41.25, 128.08), (40.19, 127.88), (38.20, 125.43),
    (39.63, 126.17),
)  # fmt: skip
_NEAR: dict[str, bool] = {}


def _near_kp(e: Entry) -> bool:
    """Within about 150 km of North Korea's border regions (cached)."""
    near = _NEAR.get(e.id)
    if near is None:
        assert e.lat is not None and e.lon is not None
        near = any(km(e, Place(None, None, None, lat=la, lon=lo)) < 150 for la, lo in _KP_POINTS)
        _NEAR[e.id] = near
    return near


@dataclass(slots=True)
class Context:
    """What the rest of the report says about where it is."""

    admin1: set[tuple[str, str | None]] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    anchors: list[Entry] = field(default_factory=list)
    rivers: set[str] = field(default_factory=set)  # rivers the report names as rivers ("the Tumen River")


def score(form: Form, t: Toponym, ctx: Context, prefer_country: str | None = "KP") -> float:
    """How plausible it is that this toponym names this entry (higher is better)."""
    e = form.entry
    s = 0.0
    if t.hint is not None:
        s += 3.0 if e.level in _LEVEL_FITS.get(t.hint, {t.hint}) else -1.0
    if t.cue_country is not None and e.level != "river":  # a border river is on both sides
        s += 6.0 if e.country == t.cue_country else -6.0
    if t.not_country is not None and e.country == t.not_country:
        s -= 8.0
    if t.parents:
        if (e.country, e.admin1) in t.parents or (e.country, None) in t.parents:
            s += 5.0
        elif e.level != "country":
            s -= 2.0
    if e.admin1 and (e.country, e.admin1) in ctx.admin1:
        s += 2.0
    if e.country in ctx.countries:
        s += 0.5
    if e.id in ctx.rivers:
        s += 3.0  # "across the Tumen River ... smuggling along the Tumen": the same river
    if e.level not in ("country", "admin1") and ctx.anchors:
        near = min(km(e, a) for a in ctx.anchors)
        if near < 60:
            s += 2.0
        elif near < 200:
            s += 1.0
    if prefer_country is not None and e.country == prefer_country:
        s += 1.5
    elif prefer_country == "KP" and e.lat is not None and _near_kp(e):
        s += 1.5  # the Chinese and Russian border towns, the DMZ area: this beat's neighbours
    if form.primary:
        s += 0.5
    s += _LEVEL_PRIOR.get(e.level, 0.0)
    s += 0.2 * math.log10(e.population + 1)
    if t.article:
        s += 1.5 if e.level in ("river", "landmark") else -0.5 if e.level in SETTLEMENTS else 0.0
    elif t.preposition and e.level == "river" and not t.suffixed:
        s -= 0.5
    return s


def choose(
    entries: Sequence[Entry] | Sequence[Form],
    hint: str | None = None,
    context_admin1: set[str] | None = None,
    prefer_country: str | None = "KP",
    toponym: Toponym | None = None,
    context: Context | None = None,
) -> Entry:
    """The most plausible entry for one toponym (ties: gazetteer order, the beat's country first)."""
    forms = [f if isinstance(f, Form) else Form(f, True, True, False) for f in entries]
    t = toponym or Toponym("", Span(0, 0), forms, hint)
    ctx = context or Context(admin1={(prefer_country or "KP", a) for a in context_admin1 or set()})
    best = forms[max(range(len(forms)), key=lambda i: (score(forms[i], t, ctx, prefer_country), -i))].entry
    if best.level in SETTLEMENTS and best.name == best.admin1 and t.hint not in ("city", "admin2", "town"):
        # "Pyongyang", "Rason", "Seoul", "Jilin": the provincial-level unit of that name
        for f in forms:
            if f.entry.level == "admin1" and (f.entry.country, f.entry.admin1) == (best.country, best.admin1):
                return f.entry
    return best


def _context(found: Sequence[Toponym], chosen: Sequence[Entry | None], skip: int) -> Context:
    ctx = Context()
    for i, (t, e) in enumerate(zip(found, chosen, strict=True)):
        if i == skip or e is None:
            continue
        if t.span.start <= found[skip].span.start < t.span.end:
            continue
        ctx.countries.add(e.country)
        if e.admin1:
            ctx.admin1.add((e.country, e.admin1))
        if e.level not in ("country", "admin1", "river", "landmark") and e.lat is not None:
            ctx.anchors.append(e)
        if e.level == "river" and t.hint == "river":
            ctx.rivers.add(e.id)
    return ctx


def resolve_toponyms(found: Sequence[Toponym], prefer_country: str | None = "KP") -> list[Entry | None]:
    """One entry for each toponym, in the context of the others (two passes)."""
    # first pass: names with one reading (or one province) anchor the rest
    chosen: list[Entry | None] = []
    for t in found:
        entries = t.entries
        if not entries:
            chosen.append(None)
            continue
        same = {(e.country, e.admin1) for e in entries}
        chosen.append(entries[0] if len(entries) == 1 or (len(same) == 1 and len(entries) <= 2) else None)
    first = list(chosen)
    for i, t in enumerate(found):
        if t.forms:
            ctx = _context(found, first, i)
            chosen[i] = choose(t.forms, t.hint, None, prefer_country, t, ctx)
    # second pass: every choice is now context for the others
    final: list[Entry | None] = []
    for i, t in enumerate(found):
        if not t.forms:
            final.append(None)
            continue
        ctx = _context(found, chosen, i)
        best = choose(t.forms, t.hint, None, prefer_country, t, ctx)
        form = next(f for f in t.forms if f.entry is best)
        if best.level in SETTLEMENTS and not form.primary and score(form, t, ctx, prefer_country) < MIN_SCORE:
            # only a variant spelling of a far-off village ("a farm near Chongsong" is no South Jeolla town)
            final.append(None)
            continue
        final.append(best)
    return final


# Countries the genre names without their name: "back in the North", "fled to the South", "on the Chinese
# side" (not "the North Korean border", "the North's army": a word of a longer name, or a possessor).
_ELLIPTIC = re.compile(
    r"\b[Tt]he\s+(?:(?P<half>North|South)(?![\w'’‐-])(?!\s+[A-Z])|"
    r"(?P<side>Chinese|North\s+Korean|South\s+Korean|Russian)\s+(?:side|bank|shore)\b)"
)
_ELLIPTIC_COUNTRY = {"north": "KP", "south": "KR", "chinese": "CN", "northkorean": "KP", "southkorean": "KR",
                     "russian": "RU"}  # fmt: skip
_COUNTRY_NAMES = {"KP": "North Korea", "KR": "South Korea", "CN": "China", "RU": "Russia"}


def _elliptic_places(text: str, gazetteer: Gazetteer, taken: Sequence[Span]) -> list[Place]:
    """ "the North", "the South", "the Chinese side": the country, where no toponym covers the words."""
    out: list[Place] = []
    if "the " not in text and "The " not in text:
        return out
    for m in _ELLIPTIC.finditer(text):
        word = m.group("half") or m.group("side")
        country = _ELLIPTIC_COUNTRY[normalise(word)]
        start = m.start("half") if m.group("half") else m.start("side")
        span = Span(start, m.end())
        if any(span.overlaps(t) for t in taken):
            continue
        entry = next((e for e in gazetteer.lookup(_COUNTRY_NAMES[country]) if e.level == "country"), None)
        if entry is not None:
            out.append(entry.to_place(text[span.start : span.end], span))
    return out


def resolve_places(text: str, gazetteer: Gazetteer, prefer_country: str | None = "KP") -> list[Place]:
    """Every toponym in the text, resolved in the context of the report's other places, and the countries
    it names without a name ("back in the North")."""
    found = gazetteer.find(text)
    places: list[Place] = []
    for t, entry in zip(found, resolve_toponyms(found, prefer_country), strict=True):
        if entry is not None:
            places.append(entry.to_place(t.text, t.span))
    elliptic = _elliptic_places(text, gazetteer, [t.span for t in found])
    if elliptic:
        places = sorted(places + elliptic, key=lambda p: p.span.start if p.span else 0)
    return places


def resolve_spans(
    text: str, spans: Sequence[tuple[int, int]], gazetteer: Gazetteer, prefer_country: str | None = "KP"
) -> list[Place | None]:
    """Resolve toponyms whose spans are given (gold toponyms): one place or None for each span."""
    found: list[Toponym] = []
    for start, end in spans:
        surface = text[start:end]
        forms, hint, suffixed = gazetteer.match(_trim(surface))
        if not forms:  # "the Yalu", "Hyesan's": try without a leading article
            stripped = re.sub(r"^(?:the|The)\s+", "", surface)
            forms, hint, suffixed = gazetteer.match(_trim(stripped))
        pre = text[max(0, start - 40) : start]
        found.append(
            Toponym(
                surface, Span(start, end), forms, hint, suffixed,
                article=_ARTICLE.search(pre) is not None,
                preposition=bool(re.search(r"\b(?:in|at|near|from|to|into|toward|towards)\s+$", pre)),
            )
        )  # fmt: skip
    order = sorted(range(len(found)), key=lambda i: found[i].span.start)
    ordered = [found[i] for i in order]
    _read_cues(text, ordered, 0)
    resolved = resolve_toponyms(ordered, prefer_country)
    out: list[Place | None] = [None] * len(found)
    for i, entry in zip(order, resolved, strict=True):
        if entry is not None:
            out[i] = entry.to_place(found[i].text, found[i].span)
    return out
