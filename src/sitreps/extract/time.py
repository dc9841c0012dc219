"""Time expressions: find them in English news text and normalise them to TIMEX3 values.

`find_times(text, anchor)` finds every time expression of a text and resolves it against an
`Anchor`: the document's publication date, the tense of the clause, and the moving reference
of the report (the last absolute day, month or year mentioned before the expression).
`find_document_times(sentences, published)` does the same for a spaCy-parsed document, taking
the tense of each expression from its governing verb and moving the reference as it reads.

Values are written as TIMEX3 writes them: `2019-08-12`, `2019-08`, `2019-W33`, `2019-SU`,
`2019-Q3`, `2019`, `199` (the 1990s), `19` (the 20th century), `2019-08-12TNI`,
`2019-08-12T15:00Z`, `PRESENT_REF`, `P2W`, `PT3H`, `PXY`; `XXXX-08-12` when no year can be
known (no publication date). Types are DATE, TIME, DURATION and SET. Impossible dates
("February 30", "the 32nd", "13/45/2019") are returned unresolved (value None), never as an
invalid ISO string, and resolution never falls back silently to the publication date: an
anaphoric expression ("two days later") with nothing before it to count from stays unresolved.

docs/time.md describes what is resolved how, and the known limits.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from sitreps import nlp
from sitreps.extract.timex_holidays import anniversary, fixed_month_day, holiday_date
from sitreps.model import DatePrecision, EventDate, Span, TimeExpression

Tense = Literal["past", "present", "future", "unknown"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_UNITS_1_19 = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS_1_19)}
NUMBER_WORDS.update(_TENS)
NUMBER_WORDS.update({"a": 1, "an": 1, "hundred": 100, "a hundred": 100, "one hundred": 100, "a dozen": 12,
                     "dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2})  # fmt: skip
VAGUE_NUMBERS = {"several", "a few", "few", "many", "some", "dozens of", "hundreds of", "a number of", "numerous"}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
    "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
UNIT_LETTERS = {
    "second": ("T", "S", 1), "minute": ("T", "M", 1), "hour": ("T", "H", 1), "day": ("", "D", 1),
    "night": ("", "D", 1), "week": ("", "W", 1), "fortnight": ("", "W", 2), "month": ("", "M", 1),
    "quarter": ("", "Q", 1), "year": ("", "Y", 1), "decade": ("", "Y", 10), "century": ("", "Y", 100),
}  # fmt: skip
TIME_ZONES = {
    "utc": "Z", "gmt": "Z", "z": "Z", "kst": "+09:00", "pyt": "+09:00", "jst": "+09:00", "cst": "-06:00",
    "est": "-05:00", "edt": "-04:00", "et": "-05:00", "cdt": "-05:00", "pst": "-08:00", "pdt": "-07:00",
    "cet": "+01:00", "cest": "+02:00", "bst": "+01:00",
}  # fmt: skip

# --- regular expression pieces ------------------------------------------------------------------


def _month(name: str = "month") -> str:
    return (rf"(?P<{name}>(?:January|February|March|April|May|June|July|August|September|October|November|December)"
            rf"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![\w-])")  # fmt: skip


def _year(name: str = "year") -> str:
    return rf"(?P<{name}>1[0-9]\d\d|20\d\d)(?![\d,]\d)"


_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_ABBR = (
    r"(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|(?P<wdabbr>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])(?!,\d{3})"
_ORDW = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_ORD = rf"(?P<ord>[0-3]?\d(?:st|nd|rd|th)|{_ORDW})"
_NUMW = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven"
         r"|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
         r"|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|one\s+hundred|hundred|a\s+dozen|dozen")  # fmt: skip
_VAGUE = r"several|a\s+few|few|many|some|dozens\s+of|hundreds\s+of|a\s+number\s+of|numerous|a\s+couple(?:\s+of)?"
_NUM = rf"(?P<num>\d+(?:\.\d+)?|{_NUMW}|{_VAGUE}|an?)"
_UNIT = r"(?P<unit>second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?"
_MODS = (r"(?P<mod>about|around|approximately|roughly|nearly|almost|more\s+than|less\s+than|fewer\s+than"
         r"|(?:well|just)\s+(?:over|under)|(?:over|under)(?!\s+the\b)|at\s+least|up\s+to|some|only|a\s+mere|barely"
         r"|no\s+more\s+than|at\s+most)\s+")  # fmt: skip
_PART = (r"(?P<part>early|mid|late|earlier|later|the\s+(?:very\s+)?(?:end|beginning|start|middle|rest|first\s+half"
         r"|second\s+half|latter\s+half|latter\s+part|early\s+part|first\s+part)\s+of)")  # fmt: skip
_REL = r"(?P<rel>last|this|next|past|previous|coming|current)"
_TZ = (r"(?:\s*(?P<tz>UTC|GMT|KST|PYT|JST|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|ET)(?:\s*(?P<tzoff>[+-]\s*\d{1,2}))?"
       r"|\s*\(\s*(?P<tz2>UTC|GMT)\s*(?P<tzoff2>[+-]\s*\d{1,2})\s*\))?")  # fmt: skip
_AMPM = r"(?P<ampm>[ap]\.\s?m\.|[ap]m\b|[AP]\.\s?M\.|[AP]M\b)"
_CLOCK = (rf"(?:(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*{_AMPM}"
          r"|(?<![\d:])(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?![\d:])(?:\s*(?:hours|hrs|h)\b)?"
          r"|(?P<hm>[01]\d[0-5]\d|2[0-3][0-5]\d)\s*(?=(?:hours|hrs|GMT|UTC|KST)\b)(?:hours|hrs)?"
          r"|(?P<noon>noon|midday|midnight))")  # fmt: skip


def _dayword(n: str) -> str:
    return rf"(?:{_WEEKDAY.replace('weekday', 'cday' + n)}|(?P<crel{n}>today|yesterday|tomorrow|tonight))"


# words before a bare month, season or ordinal day that make it a date ("in May"), not a name ("Theresa May")
_DATE_CONTEXT = {
    "in", "on", "of", "since", "by", "until", "till", "through", "from", "to", "during", "before", "after",
    "early", "late", "mid", "last", "next", "this", "that", "each", "every", "between", "and", "or", "around",
    "throughout", "for", "as", "at", "into", "the", "past", "mid-", "beginning", "end", "start",
}  # fmt: skip
# determiners before a month used as a modifier ("their January sales"); not for "May" ("the May government")
_MODIFIER_CONTEXT = {"their", "its", "his", "her", "our", "my", "your", "a", "an", "whose"}
_PREV_WORD = re.compile(r"([A-Za-z][\w'’-]*)\W*$")
_NEXT_WORD = re.compile(r"^\s*([A-Za-z][\w'’-]*|[^\sA-Za-z])?")


@dataclass(frozen=True, slots=True)
class Reference:
    """An absolute time mentioned in the report: what anaphoric expressions count from."""

    day: date  # the first day of what was mentioned
    precision: Literal["day", "month", "year"]
    part: str | None = None  # START, MID or END of a month ("late October")


@dataclass(frozen=True, slots=True)
class Anchor:
    """What relative expressions resolve against."""

    published: date | None
    past: bool = True  # tense of the governing clause, when `tense` is not given
    tense: Tense | None = None  # from the governing verb: overrides `past`
    reference: tuple[Reference, ...] = ()  # the report's moving reference, oldest first

    @property
    def mode(self) -> Tense:
        if self.tense is not None:
            return self.tense
        return "past" if self.past else "future"


@dataclass(slots=True)
class Res:
    """A resolved expression."""

    type: TimexType
    value: str | None
    precision: DatePrecision | None = None
    end: str | None = None
    mod: str | None = None
    ref: Reference | None = None  # a new moving reference this expression sets


Resolver = Callable[[re.Match[str], Anchor], Res]
Check = Callable[[re.Match[str]], bool]

# --- calendar helpers ------------------------------------------------------------------------------


def _day(year: int | None, month: int, day: int) -> str | None:
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    last = calendar.monthrange(year if year else 2000, month)[1]  # 2000 is a leap year
    if day > last:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"


def _month_value(year: int | None, month: int) -> str | None:
    if not 1 <= month <= 12:
        return None
    return f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}"


def _shift_month(d: date, months: int) -> date:
    total = d.year * 12 + (d.month - 1) + months
    return date(total // 12, total % 12 + 1, 1)


def _week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def _quarter(d: date) -> int:
    return (d.month - 1) // 3 + 1


def _year_for(month: int, day: int | None, a: Anchor) -> int | None:
    """The year of a year-less month (and day), from the publication date and the tense.

    Past: the latest one not after publication; future: the first one not before it; present
    or unknown tense: the nearest one (a month within six months of publication).
    """
    pub = a.published
    if pub is None:
        return None
    mode = a.mode
    when, now = (month, day or 0), (pub.month, pub.day if day else 0)
    if mode == "past":
        return pub.year - 1 if when > now else pub.year
    if mode == "future":
        return pub.year + 1 if when < now else pub.year
    here = pub.toordinal() if day else pub.year * 12 + pub.month

    def distance(year: int) -> int:
        if day:
            try:
                return abs(date(year, month, day).toordinal() - here)
            except ValueError:
                return abs(date(year, month, 28).toordinal() - here)
        return abs(year * 12 + month - here)

    return min((pub.year, pub.year - 1, pub.year + 1), key=distance)


def _season_year(season: str, a: Anchor) -> int | None:
    """The year of a year-less season: by tense the last or next one, else the nearest."""
    pub = a.published
    if pub is None:
        return None
    current = _season_index(pub)
    base = pub.year if not (season == "WI" and pub.month < 3) else pub.year - 1
    index = base * 4 + SEASON_START[season] // 3 - 1
    options = (index, index - 4, index + 4)
    if a.mode == "past":
        index = max(i for i in options if i <= current)
    elif a.mode == "future":
        index = min(i for i in options if i >= current)
    else:
        index = min(options, key=lambda i: (abs(i - current), -i))
    return index // 4


def _season_index(d: date) -> int:
    """Seasons counted from year 0: spring = Mar-May, ..., winter = Dec-Feb (of the December's year)."""
    m = d.month
    if m < 3:
        return (d.year - 1) * 4 + 3
    return d.year * 4 + (m // 3 - 1)


def _number(text: str | None) -> float | None:
    """The count of a numeral ("two", "21", "twenty-one", "a"), None when it is vague ("several")."""
    if text is None:
        return 1
    t = re.sub(r"\s+", " ", text.lower()).strip()
    if t in VAGUE_NUMBERS or t in ("a couple",):
        return 2 if t == "a couple" else None
    if re.fullmatch(r"\d+(\.\d+)?", t):
        return float(t)
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    parts = re.split(r"[\s-]", t)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in NUMBER_WORDS:
        return _TENS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


_LEADING_NUMBER = re.compile(r"(\d{1,4})")


def _ordinal(text: str) -> int | None:
    t = text.lower()
    if t in ORDINAL_WORDS:
        return ORDINAL_WORDS[t]
    m = _LEADING_NUMBER.match(t)
    return int(m.group(1)) if m else None


def _unit(text: str) -> str:
    u = text.lower()
    if u.startswith("centur"):
        return "century"
    return u[:-1] if u.endswith("s") and u[:-1] in UNIT_LETTERS else u


def _fmt_number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _duration(n: float | None, unit: str) -> str:
    """A TIMEX3 duration: P2W, PT3H, P10Y for a decade, PXY when the count is vague."""
    time_part, letter, factor = UNIT_LETTERS[unit]
    if n is None:
        return f"P{time_part}X{letter}"
    n = n * factor
    if not float(n).is_integer():  # halves into the next unit down
        smaller = {"Y": ("", "M", 12), "D": ("T", "H", 24), "H": ("T", "M", 60), "W": ("", "D", 7)}.get(letter)
        if smaller and float(n * smaller[2]).is_integer():
            time_part, letter, factor = smaller
            n = n * factor
    return f"P{time_part}{_fmt_number(n)}{letter}"


def _mod_of(part: str | None) -> str | None:
    if not part:
        return None
    p = re.sub(r"\s+", " ", part.lower())
    if p in ("early", "earlier") or "beginning" in p or "start" in p or "first" in p or "early part" in p:
        return "START"
    if p in ("late", "later") or "end" in p or "second half" in p or "latter" in p or "rest" in p:
        return "END"
    if p == "mid" or "middle" in p:
        return "MID"
    return None


def _approx(mod: str | None) -> str | None:
    if not mod:
        return None
    m = re.sub(r"\s+", " ", mod.lower())
    if m in ("more than", "over", "well over", "just over", "at least"):
        return "MORE_THAN" if m != "at least" else "EQUAL_OR_MORE"
    if m in ("less than", "fewer than", "under", "just under", "well under", "almost", "nearly", "barely"):
        return "LESS_THAN"
    if m in ("no more than", "at most", "up to"):
        return "EQUAL_OR_LESS"
    return "APPROX"


def _ref_for(a: Anchor, need: str) -> Reference | None:
    """The latest reference at least as fine as `need`, if the coarser ones after it contain it."""
    rank = {"day": 0, "month": 1, "year": 2}
    coarser: list[Reference] = []
    for ref in reversed(a.reference):
        if rank[ref.precision] <= rank[need]:
            for c in coarser:
                if c.day.year != ref.day.year or (c.precision == "month" and c.day.month != ref.day.month):
                    return None  # a later, coarser mention moved the story elsewhere
            return ref
        coarser.append(ref)
    return None


def _res_day(d: date, mod: str | None = None) -> Res:
    return Res("DATE", d.isoformat(), "day", mod=mod, ref=Reference(d, "day"))


def _res_month(year: int | None, month: int, mod: str | None = None) -> Res:
    value = _month_value(year, month)
    part = mod if mod in ("START", "MID", "END") else None
    ref = Reference(date(year, month, 1), "month", part) if year and value else None
    return Res("DATE", value, "month", mod=mod, ref=ref)


def _res_year(year: int, mod: str | None = None) -> Res:
    if not 1 <= year <= 9999:
        return Res("DATE", None)
    return Res("DATE", f"{year:04d}", "year", mod=mod, ref=Reference(date(year, 1, 1), "year"))


def _weekday_date(wd: int, a: Anchor, rel: str | None = None) -> date | None:
    pub = a.published
    if pub is None:
        return None
    back = (pub.weekday() - wd) % 7  # days back to the latest such weekday (0: the day itself)
    ahead = (wd - pub.weekday()) % 7
    if rel == "last":
        return pub - timedelta(days=back or 7)
    if rel == "next":
        return pub + timedelta(days=ahead or 7)
    if rel == "this":
        return pub - timedelta(days=pub.weekday()) + timedelta(days=wd)
    mode = a.mode
    if mode == "past":
        return pub - timedelta(days=back)
    if mode == "future":
        return pub + timedelta(days=ahead)
    return pub - timedelta(days=back) if back <= 3 else pub + timedelta(days=ahead)


def _with_part_of_day(res: Res, pod: str | None) -> Res:
    if pod and res.value and res.precision == "day":
        return Res("TIME", f"{res.value}T{PARTS_OF_DAY[pod.lower()]}", "day", mod=res.mod, ref=res.ref)
    return res


def _prev_word(m: re.Match[str], start: int | None = None) -> str:
    end = m.start() if start is None else start
    w = _PREV_WORD.search(m.string, max(0, end - 40), end)
    return w.group(1).lower() if w else ""


def _next_text(m: re.Match[str], n: int = 24) -> str:
    return m.string[m.end() : m.end() + n]


# --- resolvers ---------------------------------------------------------------------------------------


def _g(m: re.Match[str], name: str) -> str | None:
    """A named group, None when the pattern has no such group or it did not take part."""
    try:
        return m.group(name)
    except IndexError:
        return None


def _explicit_year(m: re.Match[str]) -> int | None:
    y = _g(m, "year")
    return int(y) if y else None


def _r_month_day(m: re.Match[str], a: Anchor) -> Res:
    month = MONTHS[m.group("month").lower().rstrip(".")]
    day_text = _g(m, "day") or _g(m, "ord") or ""
    day = _ordinal(day_text)
    if day is None:
        return Res("DATE", None)
    year = _explicit_year(m) or _year_for(month, day, a)
    if _g(m, "lrel") and a.published is not None and not _explicit_year(m):  # "last Feb 4th": the one just past
        year = a.published.year - ((month, day) > (a.published.month, a.published.day))
    value = _day(year, month, day)
    if value is None:
        return Res("DATE", None)
    ref = Reference(date.fromisoformat(value), "day") if year else None
    res = Res("DATE", value, "day", ref=ref)
    day2 = _g(m, "day2")
    if day2 and year:
        end = _day(year, month, int(day2))
        if end and end > value:
            res.end = end
    return res


def _r_month(m: re.Match[str], a: Anchor) -> Res:
    month = MONTHS[m.group("month").lower().rstrip(".")]
    part = _g(m, "part")
    rel = (_g(m, "rel") or "").lower()
    explicit = _explicit_year(m)
    pub = a.published
    week = _g(m, "week")
    yrel = (_g(m, "yrel") or "").lower()
    if explicit:
        year: int | None = explicit
    elif yrel:
        year = pub.year + {"last": -1, "this": 0, "next": 1}[yrel] if pub else None
    elif rel in ("last", "this past", "past") and pub:
        year = pub.year if month < pub.month else pub.year - 1
        if rel == "last" and month == pub.month - 1:
            year -= 1  # the month just gone is "last month"; "last November" told in December is a year back
    elif rel in ("next", "this coming", "coming") and pub:
        year = pub.year if month > pub.month else pub.year + 1
    elif rel == "this" and pub:
        year = pub.year
    else:
        year = _year_for(month, None, a)
    if week:
        if not year:
            return Res("DATE", None)
        last = calendar.monthrange(year, month)[1]
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(week.lower())
        d = date(year, month, 1 + 7 * (n - 1)) if n else date(year, month, last - 6)
        return Res("DATE", _week(d), "week")
    return _res_month(year, month, _mod_of(part))


def _r_month_span(m: re.Match[str], a: Anchor) -> Res:
    """A span of months ("over July and August", "between March and May"): the first, ending with the second."""
    first = MONTHS[m.group("month").lower().rstrip(".")]
    last = MONTHS[m.group("month2").lower().rstrip(".")]
    if last <= first:
        return Res("DATE", None)
    year = _explicit_year(m) or _year_for(last, None, a)
    value, end = _month_value(year, first), _month_value(year, last)
    if value is None or year is None:
        return Res("DATE", value, "month")
    return Res("DATE", value, "month", end=end, ref=Reference(date(year, first, 1), "month"))


def _r_numeric_date(m: re.Match[str], a: Anchor) -> Res:
    y = m.group("y")
    year = int(y)
    if len(y) == 2:
        cut = (a.published.year % 100 + 10) if a.published else 30
        year += 2000 if year <= cut else 1900
    first, second = int(m.group("a")), int(m.group("b"))
    if _g(m, "ymd"):
        month, day = first, second
    elif first > 12 or _g(m, "dot") is not None:  # 25/12/2019, 12.08.2019: day first
        day, month = first, second
    else:  # US order, the default of English news
        month, day = first, second
    value = _day(year, month, day)
    return _res_day(date.fromisoformat(value)) if value else Res("DATE", None)


def _r_ord_rel_month(m: re.Match[str], a: Anchor) -> Res:
    day = _ordinal(m.group("ord"))
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    if day is None:
        return Res("DATE", None)
    if rel in ("last", "this", "next"):
        if a.published is None:
            return Res("DATE", None)
        target = _shift_month(a.published.replace(day=1), {"last": -1, "this": 0, "next": 1}[rel])
    else:
        ref = _ref_for(a, "month")
        if ref is None:
            return Res("DATE", None)
        target = _shift_month(ref.day.replace(day=1), {"the previous": -1, "the following": 1, "the next": 1,
                                                       "the same": 0, "that": 0}.get(rel, 0))  # fmt: skip
    value = _day(target.year, target.month, day)
    return _res_day(date.fromisoformat(value)) if value else Res("DATE", None)


def _r_bare_ordinal(m: re.Match[str], a: Anchor) -> Res:
    day = _ordinal(m.group("ord"))
    ref = _ref_for(a, "month")
    if day is None or not 1 <= day <= 31:
        return Res("DATE", None)
    last = a.reference[-1] if a.reference else None
    if ref is not None and ref.precision == "month" and last is ref:
        base = ref.day  # "in March ... on the 23rd"
    elif last is not None and last.precision == "day" and day >= last.day.day:
        base = last.day.replace(day=1)  # "on September 26 ... on the 28th"
    elif a.published is not None:
        pub = a.published
        base = pub.replace(day=1)
        if a.mode == "past" and day > pub.day:
            base = _shift_month(base, -1)
        elif a.mode == "future" and day < pub.day:
            base = _shift_month(base, 1)
        elif a.mode in ("present", "unknown") and abs(day - pub.day) > 15:
            base = _shift_month(base, -1 if day > pub.day else 1)
    else:
        return Res("DATE", None)
    value = _day(base.year, base.month, day)
    return _res_day(date.fromisoformat(value)) if value else Res("DATE", None)


def _r_year(m: re.Match[str], a: Anchor) -> Res:
    return _res_year(int(m.group("year")), _mod_of(_g(m, "part")))


def _r_short_year(m: re.Match[str], a: Anchor) -> Res:
    yy = int(m.group("yy"))
    full = _g(m, "full")
    if full:
        century = int(full) // 100 * 100
        year = century + yy
        if year < int(full):
            year += 100
    else:
        cut = (a.published.year % 100 + 5) if a.published else 30
        year = (2000 if yy <= cut else 1900) + yy
    return _res_year(year)


def _r_decade(m: re.Match[str], a: Anchor) -> Res:
    mod = _mod_of(_g(m, "part"))
    if _g(m, "dec"):
        return Res("DATE", m.group("dec")[:3], "year", mod=mod)
    words = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
             "eighties": 8, "nineties": 9}  # fmt: skip
    d = _g(m, "d2")
    digit = int(d[0]) if d else words[m.group("dw").lower()]
    century = 19
    if d and a.published and digit * 10 <= a.published.year % 100 - 10 and digit < 3:
        century = 20
    return Res("DATE", f"{century}{digit}", "year", mod=mod)


def _r_century(m: re.Match[str], a: Anchor) -> Res:
    n = _ordinal(m.group("c"))
    if not n or n > 30:
        return Res("DATE", None)
    return Res("DATE", f"{n - 1:02d}", "year", mod=_mod_of(_g(m, "part")))


def _r_quarter(m: re.Match[str], a: Anchor) -> Res:
    q_text = (_g(m, "q") or "").lower()
    qn = _g(m, "qn")
    q = int(qn) if qn else {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                            "final": 4}.get(q_text)  # fmt: skip
    rel = (_g(m, "rel") or "").lower()
    explicit = _explicit_year(m)
    yy = _g(m, "yy")
    pub = a.published
    if yy:
        explicit = 2000 + int(yy)
    if explicit:
        year: int | None = explicit
        if q is None:  # "the last quarter of 2009"
            q = 4
    elif rel and pub:
        year = pub.year + {"last": -1, "this": 0, "next": 1, "current": 0}.get(rel.split()[-1], 0)
        if q is None:
            q = 4
    elif pub:
        current = _quarter(pub)
        if q is None:  # "the last quarter": the one before this
            prev = _shift_month(pub.replace(day=1), -3)
            return Res("DATE", f"{prev.year:04d}-Q{_quarter(prev)}", "month")
        year = pub.year
        if a.mode == "past" and q >= current:
            year -= 1 if q > current or (pub.month % 3 == 1 and pub.day < 15) else 0
        elif a.mode == "future" and q < current:
            year += 1
    else:
        return Res("DATE", None)
    if q is None or year is None:
        return Res("DATE", None)
    return Res("DATE", f"{year:04d}-Q{q}", "month")


def _r_half(m: re.Match[str], a: Anchor) -> Res:
    h = 1 if m.group("h").lower() == "first" else 2
    explicit = _explicit_year(m)
    rel = (_g(m, "rel") or "").lower()
    pub = a.published
    if explicit:
        year = explicit
    elif pub is None:
        return Res("DATE", None)
    else:
        year = pub.year + {"last": -1, "next": 1}.get(rel, 0)
        if not rel and a.mode == "past" and h == 2 and pub.month <= 6:
            year -= 1
    return Res("DATE", f"{year:04d}-H{h}", "month")


def _r_months_of_year(m: re.Match[str], a: Anchor) -> Res:
    """The first or last months of a year ("the first nine months of this year"): a span at month precision."""
    n = _number(_g(m, "num"))
    if n is None or not float(n).is_integer() or not 1 <= int(n) <= 12:
        return Res("DATE", None)
    explicit = _explicit_year(m)
    rel = (_g(m, "rel") or "").lower()
    if explicit:
        year = explicit
    elif a.published is None:
        return Res("DATE", None)
    else:
        year = a.published.year + {"last": -1, "next": 1}.get(rel, 0)
    first, last = (1, int(n)) if m.group("fl").lower() == "first" else (13 - int(n), 12)
    return Res("DATE", f"{year:04d}-{first:02d}", "month", end=f"{year:04d}-{last:02d}")


def _r_fiscal(m: re.Match[str], a: Anchor) -> Res:
    explicit = _explicit_year(m)
    yy = _g(m, "yy")
    if explicit:
        return _res_year(explicit)
    if yy:
        return _res_year(2000 + int(yy) if len(yy) == 2 else int(yy))
    rel = (_g(m, "rel") or "this").lower().split()[-1]
    if a.published is None:
        return Res("DATE", None)
    return _res_year(a.published.year + {"last": -1, "previous": -1, "next": 1}.get(rel, 0))


def _r_dct_day(m: re.Match[str], a: Anchor) -> Res:
    rel = m.group("rel").lower()
    pod = _g(m, "pod")
    if a.published is None:
        return Res("TIME" if pod or rel == "tonight" else "DATE", None)
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[rel]
    extra = (_g(m, "extra") or "").lower()
    if extra.startswith("the day before"):
        offset = -2
    elif extra.startswith("the day after"):
        offset = 2
    d = a.published + timedelta(days=offset)
    res = _res_day(d)
    if rel == "tonight":
        pod = "tonight"
    return _with_part_of_day(res, pod)


def _relative_unit(unit: str, offset: int, a: Anchor, mod: str | None, part: str | None) -> Res:
    pub = a.published
    if pub is None:
        return Res("DATE", None)
    if unit == "year":
        year = pub.year + offset
        return _res_year(year, mod)
    if unit == "month":
        d = _shift_month(pub.replace(day=1), offset)
        return _res_month(d.year, d.month, mod)
    if unit == "week":
        return Res("DATE", _week(pub + timedelta(weeks=offset)), "week", mod=mod)
    if unit == "weekend":
        sat = pub + timedelta(days=(5 - pub.weekday()))  # this week's Saturday
        if offset < 0 or (offset == 0 and a.mode == "past" and pub.weekday() < 5):
            sat -= timedelta(days=7)
        elif offset > 0:
            sat += timedelta(days=7)
        return Res("DATE", _week(sat) + "-WE", "week", mod=mod)
    if unit == "quarter":
        d = _shift_month(pub.replace(day=1), 3 * offset)
        return Res("DATE", f"{d.year:04d}-Q{_quarter(d)}", "month", mod=mod)
    if unit == "decade":
        return Res("DATE", f"{pub.year // 10 + offset:03d}", "year", mod=mod)
    if unit == "century":
        return Res("DATE", f"{pub.year // 100 + offset:02d}", "year", mod=mod)
    return Res("DATE", None)


def _r_rel_weekday(m: re.Match[str], a: Anchor) -> Res:
    rel = re.sub(r"\s+", " ", m.group("rel").lower()).replace("this past", "last").replace("this coming", "next")
    rel = {"coming": "next", "past": "last"}.get(rel, rel)
    d = _weekday_date(WEEKDAYS[m.group("weekday").lower()], a, rel)
    if d is None:
        return Res("DATE", None)
    return _with_part_of_day(_res_day(d, _mod_of(_g(m, "part"))), _g(m, "pod"))


def _r_weekday(m: re.Match[str], a: Anchor) -> Res:
    d = _weekday_date(WEEKDAYS[m.group("weekday").lower()], a)
    pod = _g(m, "pod")
    if d is None:
        return Res("TIME" if pod else "DATE", None)
    return _with_part_of_day(_res_day(d, _mod_of(_g(m, "part"))), pod)


def _r_season(m: re.Match[str], a: Anchor) -> Res:
    season = SEASONS[m.group("season").lower()]
    rel = (_g(m, "rel") or "").lower()
    explicit = _explicit_year(m)
    mod = _mod_of(_g(m, "part"))
    if explicit:
        return Res("DATE", f"{explicit:04d}-{season}", "season", mod=mod)
    pub = a.published
    if pub is None:
        return Res("DATE", f"XXXX-{season}", "season", mod=mod)
    current = _season_index(pub)
    base_year = pub.year if not (season == "WI" and pub.month < 3) else pub.year - 1
    index = base_year * 4 + SEASON_START[season] // 3 - 1
    if rel in ("last", "past", "this past"):
        while index >= current:
            index -= 4
    elif rel in ("next", "coming", "this coming"):
        while index <= current:
            index += 4
    elif rel == "this":
        # "this winter" told in March is the one just past; in the past tense never one still ahead
        if index > current and (a.mode == "past" or index - current > current - (index - 4)):
            index -= 4
    else:
        year = _season_year(season, a)
        return Res("DATE", f"{year:04d}-{season}", "season", mod=mod)
    return Res("DATE", f"{index // 4:04d}-{season}", "season", mod=mod)


def _r_ago(m: re.Match[str], a: Anchor) -> Res:
    n = _number(_g(m, "num"))
    unit = _unit(m.group("unit"))
    pub = a.published
    if n is None:
        return Res("DATE", "PAST_REF")
    if pub is None:
        return Res("DATE", None)
    mod = _approx(_g(m, "mod"))
    k = int(n) if float(n).is_integer() else None
    try:
        if unit in ("day", "night") and k is not None:
            return _res_day(pub - timedelta(days=k), mod)
        if unit in ("week", "fortnight") and k is not None:
            d = pub - timedelta(weeks=k * (2 if unit == "fortnight" else 1))
            return Res("DATE", _week(d), "week", mod=mod)
        if unit == "month" and k is not None:
            d = _shift_month(pub.replace(day=1), -k)
            return _res_month(d.year, d.month, mod)
        if unit == "year" and k is not None:
            return _res_year(pub.year - k, mod)
        if unit == "decade" and k is not None:
            return _res_year(pub.year - 10 * k, mod or "APPROX")
        if unit in ("hour", "minute", "second"):
            return Res("DATE", pub.isoformat(), "day", mod=mod)
    except (OverflowError, ValueError):
        return Res("DATE", None)
    return Res("DATE", None)


def _offset_from(ref: date, n: int, unit: str, sign: int) -> tuple[str, DatePrecision, Reference] | None:
    if unit in ("day", "night"):
        d = ref + timedelta(days=sign * n)
        return d.isoformat(), "day", Reference(d, "day")
    if unit in ("week", "fortnight"):
        d = ref + timedelta(weeks=sign * n * (2 if unit == "fortnight" else 1))
        return d.isoformat(), "day", Reference(d, "day")
    if unit == "month":
        d = _shift_month(ref.replace(day=1), sign * n)
        return f"{d.year:04d}-{d.month:02d}", "month", Reference(d, "month")
    if unit in ("year", "decade"):
        y = ref.year + sign * n * (10 if unit == "decade" else 1)
        if not 1 <= y <= 9999:
            return None
        return f"{y:04d}", "year", Reference(date(y, 1, 1), "year")
    return None


HOURS_SAME_DAY = 12
"""A few hours after a day told ("about two hours later") are that day."""
PART_DAY = {"START": 5, "MID": 15, "END": 24}
"""The day of the month that "early", "mid" and "late" are counted from ("two weeks after late October")."""


def _r_anaphoric_offset(m: re.Match[str], a: Anchor) -> Res:
    n = _number(_g(m, "num"))
    unit = _unit(m.group("unit"))
    sign = -1 if m.group("dir").lower() in ("earlier", "before", "previously", "prior") else 1
    if n is not None and unit in ("hour", "minute") and sign > 0 and n <= HOURS_SAME_DAY:
        ref = _ref_for(a, "day")  # "caught about two hours later": the day counted from
        if ref is not None and ref.precision == "day":
            return Res("DATE", ref.day.isoformat(), "day", mod=_approx(_g(m, "mod")))
        return Res("DATE", None)
    if n is None or not float(n).is_integer() or unit in ("hour", "minute", "second", "quarter", "century"):
        return Res("DATE", None)
    need = {"day": "day", "night": "day", "week": "day", "fortnight": "day", "month": "month"}.get(unit, "year")
    ref = _ref_for(a, need)
    short = (unit in ("day", "night") and int(n) <= 7) or (unit == "week" and int(n) == 1)
    month = _ref_for(a, "month") if ref is None and sign > 0 and unit in ("day", "night", "week") else None
    if month is not None and month.precision == "month" and (month.part or not short):
        # "went AWOL in late October ... caught two weeks later": the month that many days after that part
        days = int(n) * (7 if unit == "week" else 1)
        d = month.day + timedelta(days=PART_DAY.get(month.part or "MID", 15) - 1 + days)
        return _res_month(d.year, d.month, _approx(_g(m, "mod")))
    if month is not None and month.precision == "month" and short:
        # "fled in January ... caught three days later": some day that month
        return _res_month(month.day.year, month.day.month, _approx(_g(m, "mod")))
    if ref is None:
        return Res("DATE", None)
    try:
        out = _offset_from(ref.day, int(n), unit, sign)
    except (OverflowError, ValueError):
        return Res("DATE", None)
    if out is None:
        return Res("DATE", None)
    value, precision, new_ref = out
    return Res("DATE", value, precision, mod=_approx(_g(m, "mod")), ref=new_ref)


_DURATION_BEFORE = {"over", "for", "during", "within", "throughout", "in", "across", "through"}


def _r_day_before_after(m: re.Match[str], a: Anchor) -> Res:
    ref = _ref_for(a, "day")
    if ref is None:
        return Res("DATE", None)
    if ref.precision != "day":
        return Res("DATE", None)
    sign = 1 if m.group("dir").lower() == "after" else -1
    pod = m.group("pod").lower()
    return _with_part_of_day(_res_day(ref.day + timedelta(days=sign)), pod if pod in PARTS_OF_DAY else None)


def _clock(m: re.Match[str]) -> str | None:
    """ "T15:30" from a clock time, with its zone ("Z", "+09:00") when one is given."""
    if _g(m, "noon"):
        word = m.group("noon").lower()
        hh, mm = (24, 0) if word == "midnight" else (12, 0)
    elif _g(m, "h"):
        hh = int(m.group("h")) % 12
        mm = int(_g(m, "mi") or 0)
        if m.group("ampm").lower().startswith("p"):
            hh += 12
    elif _g(m, "h24"):
        hh, mm = int(m.group("h24")), int(m.group("mi24"))
    elif _g(m, "hm"):
        hh, mm = int(m.group("hm")[:2]), int(m.group("hm")[2:])
    elif _g(m, "oclock"):
        n = _number(m.group("oclock"))
        if n is None or not 1 <= n <= 12:
            return None
        hh, mm = int(n), 0
    else:
        return None
    if hh > 24 or mm > 59:
        return None
    zone = ""
    tz = _g(m, "tz") or _g(m, "tz2")
    off = _g(m, "tzoff") or _g(m, "tzoff2")
    if tz:
        if off:
            hours = int(re.sub(r"\s+", "", off))
            zone = "Z" if hours == 0 else f"{'+' if hours > 0 else '-'}{abs(hours):02d}:00"
            if abs(hours) > 14:
                zone = ""
        else:
            zone = TIME_ZONES.get(tz.lower(), "")
    return f"T{hh:02d}:{mm:02d}{zone}"


def _r_clock(m: re.Match[str], a: Anchor) -> Res:
    t = _clock(m)
    if t is None:
        return Res("TIME", None)
    day: str | None = None
    cday, crel = _g(m, "cday1") or _g(m, "cday2"), _g(m, "crel1") or _g(m, "crel2")
    if cday and a.published:
        d = _weekday_date(WEEKDAYS[cday.lower()], a)
        day = d.isoformat() if d else None
    elif crel and a.published:
        day = (a.published + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(crel.lower(), 0))).isoformat()
    elif (after := _CLOCK_DATE.match(m.string, m.end())) is not None:
        day = _r_month_day(after, a).value
    else:
        ref = _ref_for(a, "day")
        if ref is not None and ref.precision == "day":
            day = ref.day.isoformat()
        elif a.published is not None and a.tense in (None, "present", "future"):
            # in a past-tense sentence of a report with no day told before it ("were arrested at around
            # midnight"), a bare clock time is some earlier night, not the day of publication
            day = a.published.isoformat()
    return Res("TIME", f"{day or 'XXXX-XX-XX'}{t}", "day" if day else None)


_CLOCK_DATE = re.compile(rf",?\s+(?:on\s+)?{_month()}\s*{_DAY}(?:,?\s*{_year()})?")


def _r_part_of_day(m: re.Match[str], a: Anchor) -> Res:
    det = (_g(m, "det") or "").lower()
    pod = m.group("pod").lower()
    pub = a.published
    if _OF_A_DAY.match(_next_text(m, 12)):
        return Res("TIME", None)  # "in the early morning hours of Oct. 1": the day named after it
    if det in ("this", "early", "late", "") or det.startswith("in the"):
        if det == "" or det.startswith("in the") or det in ("early", "late"):
            ref = _ref_for(a, "day")
            base = ref.day if ref is not None and ref.precision == "day" else pub
        else:
            base = pub
    elif det in ("last",):
        base = pub - timedelta(days=1) if pub else None
        if pod != "night" and pub is not None:  # "last evening": yesterday's
            base = pub - timedelta(days=1)
    elif det == "that":
        ref = _ref_for(a, "day")
        base = ref.day if ref is not None and ref.precision == "day" else None
    else:
        base = pub
    if base is None:
        return Res("TIME", None)
    return Res("TIME", f"{base.isoformat()}T{PARTS_OF_DAY[pod]}", "day", mod=_mod_of(det) if det else None)


_OF_A_DAY = re.compile(r"\s+(?:hours\s+)?of\s", re.I)
_THE_REL = re.compile(r"\bthe\s+(past|last)\s", re.I)
_SPAN_PREPS = frozenset({"in", "over", "during", "within", "throughout", "across"})
_SPAN_DAYS = {"day": 1, "night": 1, "week": 7, "fortnight": 14, "month": 30}


def _span_to_now(m: re.Match[str], a: Anchor, rel: str, n: float | None, unit: str) -> Res | None:
    """ "(arrested) in the last two weeks", "over the past month": the span up to publication, as
    the month it began in and the month of publication (its end)."""
    days = _SPAN_DAYS.get(unit)
    if rel not in ("past", "last", "previous") or days is None or n is None or a.published is None:
        return None
    if a.mode == "future" or _prev_word(m) not in _SPAN_PREPS or _next_text(m, 4).lower().startswith(" of"):
        return None
    start = a.published - timedelta(days=int(n * days))
    first, last = f"{start.year:04d}-{start.month:02d}", f"{a.published.year:04d}-{a.published.month:02d}"
    return Res("DATE", first, "month", end=last if last != first else None)


def _r_duration(m: re.Match[str], a: Anchor) -> Res:
    unit = _unit(m.group("unit"))
    num = _g(m, "num")
    n = _number(num) if num is not None else None
    if n is not None and _g(m, "half"):
        n += 0.5
    if _g(m, "halfa"):
        n = 0.5
    if _g(m, "the") and (span := _span_to_now(m, a, (_g(m, "rel") or "").lower(), n, unit)) is not None:
        return span
    return Res("DURATION", _duration(n, unit), mod=_approx(_g(m, "mod")))


def _r_duration_vague(m: re.Match[str], a: Anchor) -> Res:
    return Res("DURATION", _duration(None, _unit(m.group("unit"))))


def _r_duration_one(m: re.Match[str], a: Anchor) -> Res:
    unit = _g(m, "unit") or m.group("unit2")
    rel = _THE_REL.search(m.group(0))
    if rel and _g(m, "unit") and (span := _span_to_now(m, a, rel.group(1).lower(), 1, _unit(unit))) is not None:
        return span
    return Res("DURATION", _duration(1, _unit(unit)), mod=_approx(_g(m, "mod")))


def _r_set(m: re.Match[str], a: Anchor) -> Res:
    unit = (_g(m, "unit") or "").lower()
    adv = (_g(m, "adv") or "").lower()
    if adv:
        unit = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year",
                "hourly": "hour", "nightly": "night", "quarterly": "quarter"}[adv]  # fmt: skip
    wd = _g(m, "weekday")
    if wd:
        return Res("SET", f"XXXX-WXX-{WEEKDAYS[wd.lower()] + 1}")
    if unit in PARTS_OF_DAY:
        return Res("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}")
    if unit in SEASONS:
        return Res("SET", f"XXXX-{SEASONS[unit]}")
    if unit == "weekend":
        return Res("SET", "XXXX-WXX-WE")
    num = _g(m, "num")
    n = _number(num) if num else 1
    return Res("SET", _duration(n, _unit(unit)))


def _r_ref(value: str) -> Resolver:
    def resolve(m: re.Match[str], a: Anchor) -> Res:
        return Res("DATE", value)

    return resolve


def _r_the_time(m: re.Match[str], a: Anchor) -> Res:
    return Res("DATE", "PRESENT_REF" if a.mode in ("present", "future") else "PAST_REF")


def _r_holiday(m: re.Match[str], a: Anchor) -> Res:
    key = next(k[2:] for k, v in m.groupdict().items() if k.startswith("h_") and v is not None)
    explicit = _explicit_year(m)
    rel = (_g(m, "rel") or "").lower()
    pub = a.published
    if explicit:
        d = holiday_date(key, explicit)
        return _res_day(d) if d else Res("DATE", None)
    if pub is None:
        md = fixed_month_day(key)
        return Res("DATE", _day(None, *md), "day") if md else Res("DATE", None)
    if rel:
        year = pub.year + {"last": -1, "next": 1}.get(rel.split()[0], 0)
        d = holiday_date(key, year)
        return _res_day(d) if d else Res("DATE", None)
    this_year = holiday_date(key, pub.year)
    if this_year is None:
        return Res("DATE", None)
    year = pub.year
    if a.mode == "past" and this_year > pub:
        year -= 1
    elif a.mode == "future" and this_year < pub:
        year += 1
    elif a.mode in ("present", "unknown") and abs((this_year - pub).days) > 183:
        year += -1 if this_year > pub else 1
    d = holiday_date(key, year)
    return _res_day(d) if d else Res("DATE", None)


def _r_anniversary(m: re.Match[str], a: Anchor) -> Res:
    key = next(k[2:] for k, v in m.groupdict().items() if k.startswith("h_") and v is not None)
    n = _ordinal(m.group("n")) if m.group("n") else None
    if n is None:
        return Res("DATE", None)
    d = anniversary(key, n)
    return _res_day(d) if d else Res("DATE", None)


# --- checks on a match (the text around it) ----------------------------------------------------------


def _ok_bare_month(m: re.Match[str]) -> bool:
    """A month name alone is a date after a date word ("in May", "since June"), not in a name."""
    if _g(m, "part") or _g(m, "rel") or _g(m, "year") or _g(m, "week") or _g(m, "yrel"):
        return True
    prev = _prev_word(m)
    if prev in _DATE_CONTEXT or (prev in _MODIFIER_CONTEXT and m.group("month") != "May"):
        return True
    if not prev:  # sentence-initial "May" is too often the verb or a name
        nxt = _NEXT_WORD.match(_next_text(m))
        return m.group("month") != "May" and bool(nxt and nxt.group(1) in (",", None))
    before = m.string[: m.start()].rstrip()
    if before.endswith((",", "(", ";", ":", "–", "-")):
        return m.group("month") != "May" or before.endswith(("(", ","))
    return False


def _ok_year(m: re.Match[str]) -> bool:
    before = m.string[max(0, m.start() - 2) : m.start()]
    after = _next_text(m, 12)
    if re.search(r"[$£€¥#№]\s?$|[\d.,]$", before) or re.match(r"\s?(?:%|percent|per\s+cent|[.,]\d)", after):
        return False
    if re.match(r"\s*(?:km|kilomet|met(?:er|re)s?\b|miles?\b|feet\b|ft\b|kg\b|tons?\b|tonnes?\b|won\b|yuan\b"
                r"|dollars?\b|people\b|troops\b|soldiers\b|workers\b|units?\b|cases\b|households?\b"
                r"|families\b|residents\b|defectors\b|hectares\b)", after):  # fmt: skip
        return False
    return not re.search(r"(?:No\.|number|Room|Flight|flight|Route|route|model|Model|A|Resolution)\s?$",
                         m.string[max(0, m.start() - 12) : m.start()])  # fmt: skip


def _ok_duration(m: re.Match[str]) -> bool:
    """ "a second" is a count ("a second time", "a second consecutive day"), not a duration."""
    num = (_g(m, "num") or "").lower()
    if m.group("unit").lower() != "second" or num not in ("a", "an", "one"):
        return True
    nxt = _NEXT_WORD.match(_next_text(m))
    word = ((nxt.group(1) or "") if nxt else "").lower()
    return word in ("", "later", "earlier", "ago", "after", "before", "of", "and", "or") or not word[0].isalnum()


_PART_OF_DAY_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "dawn", "hours", "midnight"})


def _ok_bare_ordinal(m: re.Match[str]) -> bool:
    """ "on the 23rd": after a date preposition, and not before a noun ("the 23rd division"); also
    "(on) the evening of the 27th", "the night of the 2nd"."""
    prev = _prev_word(m)
    if prev == "of":
        w = _PREV_WORD.search(m.string, max(0, m.start() - 40), m.start())
        if w is None or _prev_word(m, w.start()) not in _PART_OF_DAY_NOUNS:
            return False
    elif prev not in ("on", "by", "until", "till", "since", "from", "to", "through", "and", "before", "after"):
        return False
    nxt = _NEXT_WORD.match(_next_text(m))
    word = nxt.group(1) if nxt else None
    return word is None or not word[0].isalnum() or word.lower() in (
        "and", "or", "to", "when", "while", "at", "in", "after", "before", "as", "but", "with", "until", "this",
        "last", "next", "he", "she", "they", "it", "police", "authorities", "officials",
    )  # fmt: skip


def _ok_after_before(m: re.Match[str]) -> bool:
    """ "two days later" but not "two days later than planned"; "a week before" only without an object."""
    direction = m.group("dir").lower()
    nxt = _NEXT_WORD.match(_next_text(m))
    word = (nxt.group(1) or "") if nxt else ""
    if direction in ("later", "earlier", "afterwards", "afterward", "previously"):
        return word.lower() != "than"
    return word == "" or not word[0].isalnum() or word.lower() in ("and", "but", "when", "so")


def _ok_season(m: re.Match[str]) -> bool:
    if _g(m, "rel") or _g(m, "year") or _g(m, "part") or _g(m, "the"):
        return True
    word = m.group("season")
    if word[0].isupper() and m.start() > 0:
        return False  # "Summer Davos", a name
    return _prev_word(m) in ("in", "during", "since", "until", "by", "through", "over", "each", "every", "of")


def _ok_bare_units(m: re.Match[str]) -> bool:
    prev = _prev_word(m)
    if prev in ("the", "those", "these", "its", "his", "her", "their", "our", "of") and m.group(0).startswith(
        ("day", "minute", "hour")
    ):
        return False
    return prev not in ("per", "a", "an", "each", "every", "several", "few", "many", "some")


def _ok_set_article(m: re.Match[str]) -> bool:
    before = m.string[max(0, m.start() - 16) : m.start()]
    return bool(re.search(r"(?:\d|%|million|billion|thousand|hundred|dollars|won|yuan|euros|pounds|times|once"
                          r"|twice|percent|cent|hours|meals|shifts)\s*$", before))  # fmt: skip


_ADVERB_SET_NEXT = {"and", "or", "at", "in", "on", "for", "from", "to", "since", "until", "by", "basis", "during"}


def _ok_adverb_set(m: re.Match[str]) -> bool:
    adv = m.group("adv").lower()
    if adv in ("annually", "yearly", "quarterly"):
        return True
    nxt = _NEXT_WORD.match(_next_text(m))
    word = (nxt.group(1) or "") if nxt else ""
    return word == "" or not word[0].isalnum() or word.lower() in _ADVERB_SET_NEXT


def _ok_now(m: re.Match[str]) -> bool:
    after = _next_text(m, 2)
    return not after.startswith("-") and _prev_word(m) not in ("until", "till", "by")


def _ok_the_past(m: re.Match[str]) -> bool:
    nxt = _NEXT_WORD.match(_next_text(m))
    word = ((nxt.group(1) or "") if nxt else "").lower()
    return word not in UNIT_LETTERS and word.rstrip("s") not in UNIT_LETTERS and _number(word) is None


def _ok_decade_words(m: re.Match[str]) -> bool:
    return _prev_word(m) not in ("his", "her", "their", "its", "my", "our", "your", "early", "late", "mid")


# --- the rules ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    check: Check | None = None
    needs: tuple[frozenset[str], ...] = ()  # kinds of word the text must hold (one of each group)
    anchors: frozenset[str] | None = None  # kinds of word a match is built around; None: search the text
    before: int = 0  # how many words before an anchor word a match may start


# Speed: one pass splits the text into words and looks up the kind of each (WORD_KINDS). A
# rule runs only when the text holds the kinds of word it needs, and a rule with anchors is
# tried only at the few word starts just before an anchor word, not at every character.
_KIND_WORDS: dict[str, str] = {
    "month": "january february march april may june july august september october november december jan feb mar "
             "apr jun jul aug sep sept oct nov dec",
    "wd": "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun",
    "dct": "yesterday today tomorrow tonight",
    "unit": "second seconds minute minutes hour hours day days night nights week weeks fortnight fortnights month "
            "months quarter quarters year years decade decades century centuries weekend weekends",
    "pod": "morning afternoon evening night tonight",
    "season": "spring summer autumn fall winter",
    "present": "now currently present nowadays days moment being time",
    "pastref": "recently lately times past",
    "future": "future",
    "time": "time",
    "set": "every each daily weekly monthly annually yearly hourly nightly quarterly once twice thrice times per",
    "clock": "noon midday midnight clock",
    "fiscal": "fiscal financial fy",
    "decadew": "twenties thirties forties fifties sixties seventies eighties nineties",
    "century": "century centuries",
    "quarter": "quarter quarters q",
    "half": "half",
    "ago": "ago",
    "dir": "later earlier after before previously afterwards afterward",
    "ordw": " ".join(w for w in ORDINAL_WORDS if "-" not in w),
    "holiday": "seollal sollal lunar chinese festival chuseok chusok thanksgiving daeboreum sun star birthday party "
               "wpk victory liberation foundation founding songun anniversary christmas women valentine halloween "
               "easter",
}  # fmt: skip
WORD_KINDS: dict[str, frozenset[str]] = {}
for _kind, _words in _KIND_WORDS.items():
    for _w in _words.split():
        WORD_KINDS[_w] = WORD_KINDS.get(_w, frozenset()) | {_kind}
_DIGIT = frozenset({"digit"})
_WORDS = re.compile(r"[A-Za-z]+|\d+")

# rule name -> (needed kinds: groups of alternatives, anchor kinds or None, words before an anchor)
_RULE_NEEDS: dict[str, tuple[tuple[str, ...], str | None, int]] = {
    "weekday_date": (("wd", "month"), "wd", 0), "weekday_date_dm": (("wd", "month"), "wd", 0),
    "month_day": (("month", "digit"), "month", 2), "day_month": (("month", "digit"), "month", 2),
    "ord_of_month": (("month",), "month", 5), "ord_rel_month": (("unit",), "unit", 6),
    "month": (("month",), "month", 7),
    "iso_date": (("digit",), "digit", 0), "ymd_date": (("digit",), "digit", 0), "slash_date": (("digit",), "digit", 0),
    "year": (("digit",), "digit", 5), "year_range_end": (("digit",), None, 0), "apostrophe_year": (("digit",), None, 0),
    "decade": (("digit",), "digit", 5), "decade_short": (("digit",), None, 0), "decade_words": (("decadew",), None, 0),
    "century": (("century",), "century", 6), "quarter": (("quarter",), "quarter", 4),
    "q_quarter": (("quarter",), "quarter", 0), "half": (("half",), "half", 2),
    "month_span": (("month",), "month", 0), "months_of_year": (("unit",), "unit", 3),
    "fiscal": (("fiscal",), "fiscal", 2),
    "fy": (("fiscal",), "fiscal", 0), "dct_day": (("dct",), "dct", 4), "relative": (("unit",), "unit", 6),
    "rel_weekday": (("wd",), "wd", 3), "the_weekend": (("unit",), "unit", 1), "weekday": (("wd",), "wd", 1),
    "season": (("season",), "season", 3),
    "ago": (("ago",), "ago", 7), "offset": (("unit", "dir"), "dir", 7), "anaphoric": (("unit pod",), "unit pod", 2),
    "day_before_after": (("unit pod", "dir"), "unit pod", 1), "clock": (("digit clock",), "digit clock wd dct", 2),
    "oclock": (("clock",), "clock", 2), "part_of_day": (("pod",), "pod", 2), "duration": (("unit",), "unit", 7),
    "duration_ahalf": (("half",), "half", 2), "duration_and_half": (("half",), "unit", 3),
    "duration_one": (("unit",), "unit", 4), "duration_vague": (("unit",), "unit", 2),
    "duration_bare": (("unit",), "unit", 0), "set_every": (("set",), "set", 0), "set_every_n": (("set",), "set", 0),
    "set_times": (("set",), "set", 1), "set_per": (("unit",), "unit", 1), "set_adverb": (("set",), "set", 0),
    "present": (("present",), "present", 3), "past_ref": (("pastref",), "pastref", 2),
    "future_ref": (("future",), "future", 3), "the_time": (("time",), "time", 1),
    "holiday": (("holiday",), None, 0), "anniversary": (("holiday",), None, 0), "birthday_n": (("holiday",), None, 0),
    "ordinal_day": (("digit ordw",), "digit ordw", 1),
}  # fmt: skip


def _rule(name: str, pattern: str, resolve: Resolver, check: Check | None = None, flags: int = 0) -> Rule:
    groups, anchors, before = _RULE_NEEDS[name]
    needs = tuple(frozenset(group.split()) for group in groups)
    return Rule(name, re.compile(pattern, flags), resolve, check, needs,
                frozenset(anchors.split()) if anchors else None, before)  # fmt: skip


_I = re.IGNORECASE
_HOLIDAY_NAMES = (
    r"(?P<h_seollal>(?:the\s+)?(?:Lunar|lunar)\s+New\s+Year(?:['’]s\s+Day)?|Seollal|Sollal|(?:the\s+)?Chinese\s+New"
    r"\s+Year|(?:the\s+)?Spring\s+Festival)"
    r"|(?P<h_chuseok>Chuseok|Chusok|Korean\s+Thanksgiving|(?:the\s+)?Mid-Autumn\s+Festival)"
    r"|(?P<h_daeboreum>(?:Jeongwol\s+)?Daeboreum)"
    r"|(?P<h_sun>(?:the\s+)?Day\s+of\s+the\s+Sun|(?:the\s+)?Sun(?:'s)?\s+Day|Kim\s+Il[\s-]?[Ss]ung['’]s\s+birthday"
    r"|(?:the\s+)?birthday\s+of\s+Kim\s+Il[\s-]?[Ss]ung)"
    r"|(?P<h_star>(?:the\s+)?Day\s+of\s+the\s+Shining\s+Star|Kim\s+Jong[\s-]?[Ii]l['’]s\s+birthday"
    r"|(?:the\s+)?birthday\s+of\s+Kim\s+Jong[\s-]?[Ii]l)"
    r"|(?P<h_kju_birthday>Kim\s+Jong[\s-]?[Uu]n['’]s\s+birthday|(?:the\s+)?birthday\s+of\s+Kim\s+Jong[\s-]?[Uu]n)"
    r"|(?P<h_party>(?:the\s+)?(?:Party|party)\s+(?:Foundation|Founding)\s+Day|(?:the\s+)?(?:Workers['’]\s+Party|WPK|"
    r"[Pp]arty)['’]s\s+(?:founding|foundation)\s+(?:day|anniversary)|(?:the\s+)?(?:founding|foundation)\s+"
    r"anniversary\s+of\s+the\s+(?:Workers['’]\s+)?[Pp]arty(?:\s+of\s+Korea)?)"
    r"|(?P<h_victory>(?:the\s+)?Day\s+of\s+Victory(?:\s+in\s+the\s+(?:Great\s+)?Fatherland\s+Liberation\s+War)?"
    r"|Victory\s+Day)"
    r"|(?P<h_liberation>(?:National\s+)?Liberation\s+Day)"
    r"|(?P<h_republic>(?:the\s+)?Day\s+of\s+the\s+Found(?:ation|ing)\s+of\s+the\s+(?:DPRK|Republic)"
    r"|(?:DPRK|Republic)\s+(?:Foundation|Founding)\s+Day)"
    r"|(?P<h_army>(?:the\s+)?(?:KPA|Army|army)\s+(?:Foundation|Founding)\s+Day)"
    r"|(?P<h_songun>(?:the\s+)?Day\s+of\s+Songun|Songun\s+Day)"
    r"|(?P<h_kis_death>(?:the\s+)?(?:death\s+)?anniversary\s+of\s+Kim\s+Il[\s-]?[Ss]ung['’]s\s+death"
    r"|Kim\s+Il[\s-]?[Ss]ung['’]s\s+death\s+anniversary)"
    r"|(?P<h_kji_death>(?:the\s+)?(?:death\s+)?anniversary\s+of\s+Kim\s+Jong[\s-]?[Ii]l['’]s\s+death"
    r"|Kim\s+Jong[\s-]?[Ii]l['’]s\s+death\s+anniversary)"
    r"|(?P<h_christmas_eve>Christmas\s+Eve)|(?P<h_christmas>Christmas(?:\s+Day)?)"
    r"|(?P<h_new_year_eve>New\s+Year['’]s\s+Eve)|(?P<h_new_year>New\s+Year['’]s(?:\s+Day)?)"
    r"|(?P<h_may_day>May\s+Day)|(?P<h_women>International\s+Women['’]s\s+Day)"
    r"|(?P<h_valentine>(?:St\.?\s+)?Valentine['’]s\s+Day)|(?P<h_halloween>Halloween)"
    r"|(?P<h_easter>Easter(?:\s+Sunday)?)|(?P<h_thanksgiving>Thanksgiving(?:\s+Day)?)"
)
_ANNIVERSARY_TARGETS = (
    r"(?:(?P<h_kis_death>(?:the\s+death\s+of\s+Kim\s+Il[\s-]?[Ss]ung|Kim\s+Il[\s-]?[Ss]ung['’]s\s+death))"
    r"|(?P<h_kji_death>(?:the\s+death\s+of\s+Kim\s+Jong[\s-]?[Ii]l|Kim\s+Jong[\s-]?[Ii]l['’]s\s+death))"
    r"|(?P<h_party>the\s+(?:founding|foundation)\s+of\s+the\s+(?:Workers['’]\s+)?Party(?:\s+of\s+Korea)?"
    r"|the\s+(?:Workers['’]\s+)?Party['’]s\s+(?:founding|foundation))"
    r"|(?P<h_sun>(?:the\s+)?(?:birth\s+of\s+)?Kim\s+Il[\s-]?[Ss]ung(?:['’]s\s+birth)?)"
    r"|(?P<h_star>(?:the\s+)?(?:birth\s+of\s+)?Kim\s+Jong[\s-]?[Ii]l(?:['’]s\s+birth)?)"
    r"|(?P<h_republic>the\s+(?:founding|foundation)\s+of\s+the\s+(?:DPRK|Republic|country|state))"
    r"|(?P<h_army>the\s+(?:founding|foundation)\s+of\s+the\s+(?:Korean\s+People['’]s\s+Army|KPA))"
    r"|(?P<h_victory>the\s+(?:Korean\s+War\s+)?armistice|the\s+end\s+of\s+the\s+Korean\s+War)"
    r"|(?P<h_liberation>(?:the\s+)?(?:Korea['’]s\s+)?liberation(?:\s+from\s+Japan(?:ese\s+colonial\s+rule)?)?))"
)

RULES: list[Rule] = [
    # absolute dates
    _rule("weekday_date", rf"\b{_WEEKDAY_ABBR},?\s*\(?\s*{_month()}\s*{_DAY}(?:,?\s*{_year()})?\s*\)?", _r_month_day),
    _rule("weekday_date_dm", rf"\b{_WEEKDAY_ABBR},?\s*\(?\s*{_DAY}\s+{_month()}(?:,?\s*{_year()})?\s*\)?",
          _r_month_day),
    _rule("month_day", rf"\b(?:(?P<lrel>[Ll]ast|[Tt]his\s+past)\s+)?"
          rf"{_month()}\s*{_DAY}(?:\s*(?:-|–|to|through)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b)?"
          rf"(?:,?\s*{_year()})?", _r_month_day),
    _rule("day_month", rf"\b{_DAY}\s+(?:of\s+)?{_month()}(?:,?\s*{_year()})?", _r_month_day),
    _rule("ord_of_month", rf"\b(?:the\s+)?{_ORD}\s+(?:day\s+)?of\s+{_month()}(?:,?\s*{_year()})?", _r_month_day),
    _rule("ord_rel_month", rf"\b(?:the\s+)?{_ORD}\s+(?:day\s+)?of\s+(?P<rel>last|this|next|the\s+previous"
          r"|the\s+following"
          r"|the\s+next|the\s+same|that)\s+month\b", _r_ord_rel_month, flags=_I),
    _rule("month", rf"\b(?:{_PART}[\s-]+)?(?:(?P<week>first|second|third|fourth|last)\s+week\s+of\s+)?"
          rf"(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Tt]his\s+past|[Tt]his\s+coming|[Pp]ast|[Cc]oming)\s+)?{_month()}"
          rf"(?:,?\s+(?:of\s+)?(?:{_year()}|(?P<yrel>this|last|next)\s+year\b))?", _r_month, _ok_bare_month),
    _rule("iso_date", r"(?<![\d/.-])(?P<y>\d{4})-(?P<a>\d{1,2})-(?P<b>\d{1,2})(?P<ymd>)(?![\d/.-])",
          _r_numeric_date),
    _rule("ymd_date", r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)[./](?P<a>\d{1,2})[./](?P<b>\d{1,2})(?P<ymd>)(?![\d/.])",
          _r_numeric_date),
    _rule("slash_date", r"(?<![\d/.-])(?P<a>\d{1,2})(?:/|(?P<dot>\.))(?P<b>\d{1,2})(?(dot)\.|/)"
          r"(?P<y>\d{4}|\d{2})(?![\d/])",
          _r_numeric_date),
    _rule("quarter", r"\b(?:the\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:[\s-]+(?:fiscal|"
          rf"financial|calendar))?[\s-]+quarter(?:\s+(?:of\s+)?(?:(?:fiscal\s+|financial\s+)?{_year()}|(?:the\s+)?"
          r"(?P<rel>this|last|next|current)\s+(?:fiscal\s+|financial\s+)?year))?", _r_quarter, flags=_I),
    _rule("q_quarter", rf"\bQ(?P<qn>[1-4])(?:\s+{_year()}|\s*['’]?(?P<yy>\d{{2}})\b)?", _r_quarter),
    _rule("half", rf"\b(?:the\s+)?(?P<h>first|second|latter)[\s-]+half\s+of\s+(?:(?:the\s+)?year\s+)?(?:{_year()}|"
          r"(?P<rel>this|last|next)\s+year|the\s+year)", _r_half, flags=_I),
    _rule("month_span", rf"\b{_month()}\s+(?:and|to|through|until|till|-|–)\s+{_month('month2')}"
          rf"(?:,?\s+{_year()})?(?!\s*\d)", _r_month_span),
    _rule("months_of_year", rf"\b(?:the\s+)?(?P<fl>first|last|final)\s+{_NUM}\s+months\s+of\s+(?:{_year()}|"
          r"(?P<rel>this|last|next)\s+year|the\s+year)", _r_months_of_year, flags=_I),
    _rule("year", rf"(?:(?<![\d$£€¥#.,/\-–'’])|(?<=\d{{4}}[-–]))(?:{_PART}[\s-]+)?{_year()}(?![\d%])",
          _r_year, _ok_year),
    _rule("year_range_end", r"(?<=(?P<full>\d{4})[-–/])(?P<yy>\d{2})(?![\d%])", _r_short_year),
    _rule("apostrophe_year", r"(?<![\w'’])['’](?P<yy>\d{2})(?![\w'’%])", _r_short_year),
    _rule("decade", rf"\b(?:the\s+)?(?:{_PART}[\s-]+)?(?P<dec>1\d\d0|20\d0)['’]?s\b", _r_decade),
    _rule("decade_short", rf"(?:\bthe\s+(?:{_PART}[\s-]+)?['’]?|(?<![\w'’])['’])(?P<d2>[0-9]0)['’]?s\b", _r_decade),
    _rule("decade_words", rf"\bthe\s+(?:{_PART}[\s-]+)?(?:nineteen[\s-])?(?P<dw>twenties|thirties|forties|fifties"
          r"|sixties|seventies|eighties|nineties)\b", _r_decade, _ok_decade_words),
    _rule("century", rf"\b(?:the\s+)?(?:{_PART}[\s-]+)?(?P<c>\d{{1,2}}(?:st|nd|rd|th)|{_ORDW})[\s-]+[Cc]entury\b",
          _r_century),
    _rule("fiscal", rf"\b(?:(?P<rel>this|last|next|the\s+current|the\s+previous)\s+)?(?:fiscal|financial)\s+year"
          rf"(?:\s+{_year()})?", _r_fiscal, lambda m: bool(_g(m, "rel") or _g(m, "year")), flags=_I),
    _rule("fy", r"\bFY\s?(?P<yy>\d{4}|\d{2})\b", _r_fiscal),
    # relative to the publication date
    _rule("dct_day", r"\b(?:(?P<extra>the\s+day\s+(?:before|after))\s+)?(?:(?P<part>earlier|later)\s+)?"
          r"(?P<rel>yesterday|today|tomorrow|tonight)\b(?:\s+(?P<pod>morning|afternoon|evening|night)\b)?",
          _r_dct_day, flags=_I),
    _rule("relative", rf"\b(?:{_PART}[\s-]+)?(?:(?P<rel>last|this|next|past|previous|coming|current)\s+"
          r"|(?<=of\s)(?P<rel2>the\s+)?)(?P<unit>week|weekend|month|year|quarter|decade|century)\b",
          lambda m, a: _r_relative_the(m, a), lambda m: bool(_g(m, "rel") or _g(m, "part")), flags=_I),
    _rule("the_weekend", r"\bthe\s+weekend\b", lambda m, a: _relative_unit("weekend", 0, a, None, None), flags=_I),
    _rule("rel_weekday", rf"\b(?:(?P<part>early|late)\s+)?(?P<rel>last|this|next|this\s+past|this\s+coming|coming|past)"
          rf"\s+{_WEEKDAY}(?:\s+(?P<pod>morning|afternoon|evening|night))?\b", _r_rel_weekday, flags=_I),
    _rule("weekday", rf"\b(?:(?P<part>early|late)\s+)?{_WEEKDAY}(?:\s+(?P<pod>morning|afternoon|evening"
          r"|night)\b)?", _r_weekday),
    _rule("season", rf"\b(?:(?P<part>early|late|mid)[\s-]+)?(?:(?P<rel>last|this|next|this\s+past|this\s+coming|past|"
          r"coming)\s+|(?P<the>the\s+))?(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b"
          rf"(?:\s+(?:of\s+)?{_year()})?(?!['’]s\b)", _r_season, _ok_season),
    _rule("ago", rf"\b(?:{_MODS})?{_NUM}[\s-]+{_UNIT}\s+ago\b", _r_ago, flags=_I),
    # anaphoric: counted from the report's moving reference
    _rule("offset", rf"\b(?:{_MODS})?{_NUM}[\s-]+{_UNIT}\s+"
          r"(?P<dir>later|earlier|afterwards?|after|before|previously)\b",
          _r_anaphoric_offset, _ok_after_before, flags=_I),
    _rule("anaphoric", r"\b(?:(?P<det>the)\s+(?P<rel>next|following|previous|preceding|prior|same|very)|(?P<det2>that)"
          r"(?:\s+(?P<rel2>same|very))?)\s+(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)\b",
          lambda m, a: _r_anaphoric_det(m, a), flags=_I),
    _rule("day_before_after", r"\bthe\s+(?P<pod>night|day|morning|evening)\s+(?P<dir>before|after)\b(?=\s*[,.;:!?)]|$)",
          _r_day_before_after, flags=_I),
    # clock times and parts of the day
    _rule("clock", rf"\b(?:{_dayword('1')}(?:,?\s+at)?\s+)?{_CLOCK}{_TZ}(?:,?\s+(?:on\s+)?{_dayword('2')})?",
          lambda m, a: _r_clock(m, a)),
    _rule("oclock", r"\b(?P<oclock>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
          r"\s+o['’]clock\b",
          _r_clock, flags=_I),
    _rule("part_of_day", r"\b(?:(?P<det>this|that|last|early|late|in\s+the)\s+)"
          r"(?P<pod>morning|afternoon|evening|night)\b",
          _r_part_of_day, flags=_I),
    # durations
    _rule("duration", rf"\b(?:{_MODS})?(?:(?P<the>the)\s+(?:(?P<rel>past|last|next|first|coming|previous"
          r"|following|final"
          rf"|remaining|initial|same|entire|whole)\s+)?)?{_NUM}(?P<half>\s+and\s+a\s+half)?[\s-]+(?:(?:straight|consecutive|successive|trading|business|working|"
          rf"calendar|full|long|more|additional|further|extra)\s+)?{_UNIT}"
          r"(?!-old|\s+old\b|[\s-]+olds?\b)", _r_duration, _ok_duration, flags=_I),
    _rule("duration_ahalf", rf"\b(?:{_MODS})?(?P<halfa>half)\s+an?\s+{_UNIT}", _r_duration, flags=_I),
    _rule("duration_and_half", rf"\b(?:{_MODS})?(?P<num>an?|one)\s+{_UNIT}\s+and\s+a\s+half(?P<half>)", _r_duration,
          flags=_I),
    _rule("duration_one", rf"\b(?:{_MODS})?the\s+(?:(?:past|last|coming|previous|entire|whole|full)\s+(?P<unit>week"
          r"|month|year|decade|century|day|quarter)|(?:next|following)\s+(?P<unit2>decade|century))\b",
          _r_duration_one, flags=_I),
    _rule("duration_vague", r"\b(?:the\s+)?(?:past|last|next|coming|recent|previous|following|early|initial)\s+"
          r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b", _r_duration_vague, flags=_I),
    _rule("duration_bare", r"(?<![\w-])(?P<unit>minutes|hours|days|weeks|months|years|decades|centuries)(?:-long)?\b",
          _r_duration_vague, _ok_bare_units),
    # sets
    _rule("set_every", r"\b(?:every|each)\s+(?:other\s+|single\s+)?(?:(?P<unit>day|night|week|weekend|month|year|"
          r"morning|afternoon|evening|quarter|spring|summer|autumn|fall|winter)|"
          rf"{_WEEKDAY})\b", _r_set, flags=_I),
    _rule("set_every_n", rf"\bevery\s+{_NUM}\s+{_UNIT}\b", _r_set, flags=_I),
    _rule("set_times", r"\b(?:once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)"
          r"\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>day|night|week|month|year|hour|minute)\b", _r_set, flags=_I),
    _rule("set_per", r"\b(?:per|a)\s+(?P<unit>day|night|week|month|year)\b", _r_set, _ok_set_article),
    _rule("set_adverb", r"\b(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly)\b", _r_set,
          _ok_adverb_set),
    # vague references
    _rule("present", r"\b(?:(?:right\s+)?now|currently|at\s+present|nowadays|these\s+days|at\s+the\s+moment|"
          r"for\s+the\s+time\s+being|the\s+present(?:\s+day)?|at\s+this\s+time)\b", _r_ref("PRESENT_REF"),
          _ok_now, flags=_I),
    _rule("past_ref", r"\b(?:(?:more\s+)?recently|lately|in\s+recent\s+times|the\s+past)\b", _r_ref("PAST_REF"),
          _ok_the_past, flags=_I),
    _rule("future_ref", r"\b(?:the\s+(?:near\s+|distant\s+)?future|in\s+future)\b", _r_ref("FUTURE_REF"), flags=_I),
    _rule("the_time", r"\b(?<=at\s)(?:the|that)\s+time\b(?!\s+(?:of|when|to|for|being)\b)", _r_the_time, flags=_I),
    # holidays and anniversaries
    _rule("holiday", rf"\b(?:(?P<rel>this|last|next)\s+year['’]s\s+)?(?:{_HOLIDAY_NAMES})(?:,?\s+(?:of\s+)?{_year()})?"
          r"(?!\w)", _r_holiday),
    _rule("anniversary", rf"\b(?:the\s+)?(?P<n>\d{{1,3}}(?:st|nd|rd|th)|{_ORDW})\s+(?:founding\s+|birth\s+|death\s+)?"
          rf"anniversary\s+of\s+{_ANNIVERSARY_TARGETS}", _r_anniversary),
    _rule("birthday_n", r"\bKim\s+(?:Il[\s-]?[Ss]ung(?P<h_sun>)|Jong[\s-]?[Ii]l(?P<h_star>))['’]s\s+"
          rf"(?P<n>\d{{1,3}}(?:st|nd|rd|th)|{_ORDW})\s+birth(?:day|\s+anniversary)", _r_anniversary),
    _rule("ordinal_day", rf"\bthe\s+{_ORD}\b", _r_bare_ordinal, _ok_bare_ordinal),
]  # fmt: skip


def _r_relative_the(m: re.Match[str], a: Anchor) -> Res:
    rel = _g(m, "rel") or "the"
    unit = _unit(m.group("unit"))
    part = _g(m, "part")
    mod = _mod_of(part)
    pub = a.published
    if rel.lower() == "the":
        offset = 0
        if pub is not None:
            if a.mode == "past" and mod == "END":
                offset = -1 if (unit == "year" and pub.month < 10) or (unit == "month" and pub.day < 20) else 0
            elif a.mode == "future" and mod == "START":
                offset = 1 if (unit == "year" and pub.month > 3) or (unit == "month" and pub.day > 10) else 0
    else:
        offset = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel.lower()]
        if rel.lower() == "previous":  # "the previous year": anaphoric
            ref = _ref_for(a, "year")
            if ref is None or unit != "year":
                return Res("DATE", None)
            return _res_year(ref.day.year - 1)
    return _relative_unit(unit, offset, a, mod, part)


def _r_anaphoric_det(m: re.Match[str], a: Anchor) -> Res:
    det = (_g(m, "det") or _g(m, "det2") or "").lower()
    rel = (_g(m, "rel") or _g(m, "rel2") or "same").lower()
    unit = m.group("unit").lower()
    if det == "that" and unit in PARTS_OF_DAY:
        ref = _ref_for(a, "day")
        if ref is None or ref.precision != "day":
            return Res("TIME", None)
        return Res("TIME", f"{ref.day.isoformat()}T{PARTS_OF_DAY[unit]}", "day")
    if det == "the" and rel == "next" and unit in ("week", "month", "year") and _prev_word(m) in _DURATION_BEFORE:
        return Res("DURATION", _duration(1, unit))
    sign = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}.get(rel, 0)
    pod = unit if unit in PARTS_OF_DAY else None
    need = "day" if pod or unit in ("day", "week", "weekend") else unit
    ref = _ref_for(a, need)
    if ref is None:
        return Res("TIME" if pod else "DATE", None)
    d = ref.day
    if pod or unit == "day":
        if ref.precision != "day":
            return Res("TIME" if pod else "DATE", None)
        return _with_part_of_day(_res_day(d + timedelta(days=sign)), pod)
    if unit in ("week", "weekend"):
        if ref.precision != "day":
            return Res("DATE", None)
        return Res("DATE", _week(d + timedelta(weeks=sign)) + ("-WE" if unit == "weekend" else ""), "week")
    if unit == "month":
        t = _shift_month(d.replace(day=1), sign)
        return _res_month(t.year, t.month)
    return _res_year(d.year + sign)


# kind of word -> the rules whose first need it meets (every rule needs at least one kind)
_RULES_BY_KIND: dict[str, tuple[int, ...]] = {}
for _i, _r in enumerate(RULES):
    for _k in _r.needs[0]:
        _RULES_BY_KIND[_k] = (*_RULES_BY_KIND.get(_k, ()), _i)


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    rule: int
    match: re.Match[str]


def scan(text: str) -> list[Candidate]:
    """The time expressions of a text as matches, longest first where they overlap, in text order."""
    starts: list[int] = []
    where: dict[str, list[int]] = {}
    for m in _WORDS.finditer(text):
        word = m.group()
        kinds = _DIGIT if word[0].isdigit() else WORD_KINDS.get(word.lower())
        if kinds:
            for kind in kinds:
                where.setdefault(kind, []).append(len(starts))
        starts.append(m.start())
    if not where:
        return []
    if "Year's" in text or "Year’s" in text or "May Day" in text:
        where.setdefault("holiday", [])
    found: list[Candidate] = []
    candidates: set[int] = set()
    for kind in where:
        candidates.update(_RULES_BY_KIND.get(kind, ()))
    for i in sorted(candidates):
        rule = RULES[i]
        if len(rule.needs) > 1 and not all(any(k in where for k in group) for group in rule.needs[1:]):
            continue
        matches: Any
        if rule.anchors is None:
            matches = rule.pattern.finditer(text)
        else:
            tried: set[int] = set()
            for kind in rule.anchors:
                for k in where.get(kind, ()):
                    tried.update(range(max(0, k - rule.before), k + 1))
            matches = [mt for j in sorted(tried) if (mt := rule.pattern.match(text, starts[j])) is not None]
        for m in matches:
            s, e = m.span()
            if e <= s:
                continue
            if rule.check is not None and not rule.check(m):
                continue
            found.append(Candidate(s, e, i, m))
    found.sort(key=lambda c: (c.start - c.end, c.rule, c.start))
    chosen: list[Candidate] = []
    for c in found:
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _resolve(c: Candidate, anchor: Anchor) -> Res:
    try:
        res = RULES[c.rule].resolve(c.match, anchor)
    except (KeyError, ValueError, OverflowError, IndexError, TypeError):
        res = Res("DATE", None)
    if res.value is not None and not is_valid_value(res.value):
        res = Res(res.type, None)
    if res.end is not None and not is_valid_value(res.end):
        res.end = None
    if res.value is None:
        res.precision = None
        res.ref = None
    return res


def _expression(text: str, c: Candidate, res: Res, offset: int) -> TimeExpression:
    return TimeExpression(
        text=text[c.start : c.end], span=Span(c.start + offset, c.end + offset), type=res.type, value=res.value,
        precision=res.precision, end=res.end,
    )  # fmt: skip


def find_times(text: str, anchor: Anchor, offset: int = 0) -> list[TimeExpression]:
    """Every time expression in `text`, resolved against `anchor`; spans shifted by `offset`.

    Absolute times found in the text move the anchor's reference as it is read, so that "two
    days later" counts from the last day mentioned before it.
    """
    found: list[TimeExpression] = []
    refs = list(anchor.reference)
    for c in scan(text):
        a = anchor
        if len(refs) != len(anchor.reference):
            a = Anchor(anchor.published, anchor.past, anchor.tense, tuple(refs))
        res = _resolve(c, a)
        if res.ref is not None:
            refs.append(res.ref)
        found.append(_expression(text, c, res, offset))
    return found


# --- tense from the parse ----------------------------------------------------------------------------

FUTURE_AUX = {"will", "shall", "'ll", "wo", "’ll"}
MODALS = {"would", "could", "may", "might", "should", "must", "can", "ca", "'d"}
SCHEDULE_VERBS = {"schedule", "slate", "plan", "set", "due", "expect"}
PLAN_VERBS = {
    "plan", "expect", "schedule", "intend", "aim", "hope", "want", "seek", "prepare", "agree", "vow", "pledge",
    "promise", "threaten", "decide", "propose", "set", "due", "likely", "going", "poise", "slate",
    # what an order asks for lies after the order, which may be before or after publication
    "order", "instruct", "direct", "command", "urge", "demand", "require", "mandate",
}  # fmt: skip


def _verb_tense(v: Any, depth: int = 0) -> Tense:
    tense = _plain_tense(v, depth)
    # "were set up in late February": a phrasal verb ("set up", "set off") schedules nothing
    if v.lemma_.lower() in SCHEDULE_VERBS and not any(c.dep_ == "prt" for c in v.children):
        # "was set for", "had been set for mid-January": a schedule told in the past may lie either side
        told_past = v.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children)
        return "unknown" if tense == "past" and told_past else "future"
    return tense


def _plain_tense(v: Any, depth: int = 0) -> Tense:
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    lowers = {c.lower_ for c in auxes}
    if lowers & FUTURE_AUX:
        return "future"
    if any(c.lower_ in MODALS for c in auxes):
        if any(c.lemma_ == "have" for c in auxes):
            return "past"  # "would have", "could have"
        return "future"
    if v.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes):
        return "past"
    if v.tag_ == "VBN" and not auxes and any(c.dep_ == "nsubj" for c in v.children):
        return "past"  # "NK News reported in December" tagged as a participle: a participle with a subject is a past
    if any(c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in auxes):
        return "past"  # present perfect: "has happened"
    if v.lemma_ == "go" and v.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in v.children):
        return "future"  # "is going to"
    if "to" in lowers and any(c.lemma_ == "have" and c.tag_ == "VB" for c in auxes):
        return "past"  # a perfect infinitive: "is believed to have been executed in March"
    if v.tag_ == "VB" and any(c.lower_ == "to" for c in auxes) and depth < 3:
        head = v.head
        if head.i != v.i and head.pos_ in ("VERB", "AUX", "ADJ"):
            governing = _verb_tense(head, depth + 1)
            if head.lemma_.lower() in PLAN_VERBS:  # "plans to visit": ahead; "agreed to sell": either side
                return "future" if governing in ("present", "future") else "unknown"
            return governing
        return "unknown"
    if v.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in auxes):
        return "present"
    if v.tag_ == "VBG" and depth < 3 and v.head.i != v.i and v.dep_ in ("advcl", "xcomp", "acl", "conj"):
        return _verb_tense(v.head, depth + 1)
    if v.tag_ == "VBN" and depth < 3 and v.dep_ in ("acl", "advcl", "conj") and v.head.i != v.i:
        return "past" if v.dep_ == "acl" else _verb_tense(v.head, depth + 1)
    return "unknown"


def governing_verb(sent: Any, start_char: int, end_char: int) -> Any | None:
    """The verb that governs the expression at [start_char, end_char): up the parse from its head."""
    span = sent.doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(10):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return tok
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def expression_tense(sent: Any, start_char: int, end_char: int) -> Tense:
    """The tense of the clause that governs the expression at [start_char, end_char)."""
    verb = governing_verb(sent, start_char, end_char)
    return "unknown" if verb is None else _verb_tense(verb)


# verbs of saying: a time they govern dates the report ("told Daily NK on Friday"), not the story
REPORTING_VERBS = {
    "say", "tell", "report", "announce", "add", "note", "claim", "confirm", "explain", "state", "reveal",
    "disclose", "inform", "quote", "cite", "write", "speak", "comment", "publish", "broadcast", "release",
}  # fmt: skip


def _token_veto(sent: Any, c: Candidate, base: int) -> bool:
    """Parse evidence that a match is no time: "2010 people" (a count), "Theresa May" (a name)."""
    name = RULES[c.rule].name
    if name not in ("year", "month", "weekday", "season", "holiday"):
        return False
    span = sent.doc.char_span(c.start + base, c.end + base, alignment_mode="expand")
    toks = list(span) if span is not None else []
    if not toks:
        return False
    if name == "year" and len(toks) == 1:
        t = toks[0]
        if t.dep_ == "nummod" and t.head.tag_ == "NNS" and t.head.i > t.i:
            return True
    if name in ("month", "weekday", "season") and toks[-1].ent_type_ == "PERSON":
        return not _g(c.match, "year") and not _g(c.match, "day")
    return False


_RANK = {"day": 0, "month": 1, "year": 2}


def _steps_back(ref: Reference, last: Reference) -> bool:
    """A time coarser than the story's last one and before it ("on September 26 ... the unit that took over the
    posts in August"): a look back, not the story moving on."""
    return _RANK[ref.precision] > _RANK[last.precision] and ref.day < last.day


# "because of the upcoming anniversary of the Party on Oct. 10", "ahead of the Party's founding anniversary in
# October": an occasion still ahead, or near, when the clause was told, whatever that clause's tense
UPCOMING = re.compile(r"\b(?:upcoming|forthcoming)\b[^.;:()]{0,60}$", re.I)
AHEAD_OF = re.compile(r"\b(?:ahead\s+of|run-up\s+to|in\s+preparation\s+for)\b[^.;:()]{0,60}$", re.I)


def _occasion_ahead(before: str) -> Tense | None:
    """The tense of a date named after "upcoming" (future) or "ahead of" (either side: the nearest one)."""
    if "upcoming" in before.lower() or "forthcoming" in before.lower():
        return "future" if UPCOMING.search(before) else None
    return "unknown" if AHEAD_OF.search(before) else None


def find_document_times(
    sents: Sequence[Any], published: date | None, text: str | None = None
) -> list[tuple[TimeExpression, int]]:
    """Every time expression of a parsed document, with the index of its sentence.

    Each expression is resolved against the publication date with the tense of its governing
    verb, and anaphoric ones ("two days later", "the next day", "that night") against the last
    absolute time the document mentioned before them. `text`, the document's text when the
    caller has it, saves rebuilding it from the parse (spaCy's Doc.text joins every token).
    """
    found: list[tuple[TimeExpression, int]] = []
    refs: list[Reference] = []
    doc_text = text if text is not None else ""
    doc_id = sents[0].doc if text is not None and sents else None
    for index, sent in enumerate(sents):
        if sent.doc is not doc_id:  # the document's text, built once (Doc.text joins every token)
            doc_id, doc_text = sent.doc, nlp.full_text(sent.doc)
        base = sent.start_char
        sent_text = doc_text[base : sent.end_char]
        local: list[Reference] = []  # a relative clause's date, for the rest of its sentence only
        for c in scan(sent_text):
            if _token_veto(sent, c, base):
                continue
            verb = governing_verb(sent, c.start + base, c.end + base)
            tense: Tense = "unknown" if verb is None else _verb_tense(verb)
            if tense == "past" and c.start:
                tense = _occasion_ahead(sent_text[max(0, c.start - 70) : c.start]) or tense
            anchor = Anchor(published, tense=tense, reference=tuple((refs + local)[-8:]))
            res = _resolve(c, anchor)
            # "told Daily NK on Friday" dates the telling, not the story; "the unit that took over the posts in
            # August" is a detail of someone in it ("two privates who left on February 20 were caught three days
            # later" still counts from it)
            if res.ref is not None and (verb is None or verb.lemma_.lower() not in REPORTING_VERBS):
                if verb is not None and verb.dep_ == "relcl" and refs and _steps_back(res.ref, refs[-1]):
                    local.append(res.ref)
                else:
                    refs.extend(local)
                    local = []
                    refs.append(res.ref)
            found.append((_expression(sent_text, c, res, base), index))
    return found


# --- values ----------------------------------------------------------------------------------------

_VALID = re.compile(
    r"(?P<date>(?P<y>\d{4}|XXXX)(?:-(?:(?P<m>\d{2}|XX)(?:-(?P<d>\d{2}|XX))?|W(?P<w>\d{2}|XX)(?:-(?:WE|[1-7]))?"
    r"|SP|SU|FA|WI|Q[1-4]|H[12]))?)(?:T(?:(?P<hh>\d{2}):(?P<mi>\d{2})(?::\d{2})?|MO|AF|EV|NI|DT)"
    r"(?:Z|[+-]\d{2}:\d{2})?)?"
    r"|\d{2,3}|FY\d{4}|P(?:\d+(?:\.\d+)?|X)[YMWDQ]|PT(?:\d+(?:\.\d+)?|X)[HMS]|(?:PRESENT|PAST|FUTURE)_REF"
)


def is_valid_value(value: str) -> bool:
    """True for a well-formed TIMEX3 value naming a real calendar day, week and clock time."""
    m = _VALID.fullmatch(value)
    if m is None or value in ("00", "000"):  # no year 0: the first century and decade start at year 1
        return False
    if m.group("date") is None:
        return True
    y, mo, d, w = m.group("y"), m.group("m"), m.group("d"), m.group("w")
    year = int(y) if y.isdigit() else 2000
    if year == 0:
        return False
    if mo and mo.isdigit() and not 1 <= int(mo) <= 12:
        return False
    if d and d.isdigit():
        if not (mo and mo.isdigit()) or not 1 <= int(d) <= calendar.monthrange(year, int(mo))[1]:
            return False
    if w and w.isdigit():
        try:
            date.fromisocalendar(year, int(w), 1)
        except ValueError:
            return False
    hh, mi = m.group("hh"), m.group("mi")
    return hh is None or (int(hh) <= 24 and int(mi or 0) <= 59 and not (int(hh) == 24 and int(mi or 0) > 0))


def parse_published(value: str | None) -> date | None:
    """The calendar date of an ISO 8601 publication date or date-time, else None."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _event_value(value: str, precision: DatePrecision | None) -> tuple[str, DatePrecision, str | None] | None:
    """A TIMEX3 value in the event schema's terms: ISO at day, week, month, season or year, with an end."""
    v = value.split("T", 1)[0]
    if v.startswith("FY"):
        return v[2:], "year", None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return v, "day", None
    if re.fullmatch(r"\d{4}-\d{2}", v):
        return v, "month", None
    if m := re.fullmatch(r"(\d{4}-W\d{2})(?:-WE)?", v):
        return m.group(1), "week", None
    if re.fullmatch(r"\d{4}-(?:SP|SU|FA|WI)", v):
        return v, "season", None
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
        first = 3 * int(m.group(2)) - 2
        return f"{m.group(1)}-{first:02d}", "month", f"{m.group(1)}-{first + 2:02d}"
    if m := re.fullmatch(r"(\d{4})-H([12])", v):
        first = 1 if m.group(2) == "1" else 7
        return f"{m.group(1)}-{first:02d}", "month", f"{m.group(1)}-{first + 5:02d}"
    if re.fullmatch(r"\d{4}", v):
        return v, "year", None
    if re.fullmatch(r"\d{3}", v):  # a decade
        return f"{v}0", "year", f"{v}9"
    if re.fullmatch(r"\d{2}", v):  # a century
        return f"{v}00", "year", f"{v}99"
    if m := re.fullmatch(r"XXXX-(\d{2}(?:-\d{2})?)", v):
        return "--" + m.group(1), ("day" if len(m.group(1)) == 5 else "month"), None
    if m := re.fullmatch(r"XXXX-(SP|SU|FA|WI)", v):
        return "--" + m.group(1), "season", None
    return None


def to_event_date(expr: TimeExpression) -> EventDate:
    """An event date from a DATE or TIME expression: ISO at its precision (year-less as `--MM-DD`).

    Quarters, halves, decades and centuries become a first value with an `end`; a time of day
    dates its day; weekends their ISO week.
    """
    value = expr.value
    if expr.type not in ("DATE", "TIME") or value is None or value.endswith("_REF") or "X" in value[5:].split("T")[0]:
        return EventDate(value=None, precision=None, text=expr.text, span=expr.span)
    out = _event_value(value, expr.precision)
    if out is None:
        return EventDate(value=None, precision=None, text=expr.text, span=expr.span)
    ev, precision, end = out
    if expr.end is not None:
        end_out = _event_value(expr.end, expr.precision)
        end = end_out[0] if end_out else end
    return EventDate(value=ev, precision=precision, text=expr.text, span=expr.span, end=end)


def is_datable(expr: TimeExpression) -> bool:
    """True when the expression can date an event (a resolved point or period in time)."""
    return expr.type in ("DATE", "TIME") and expr.value is not None and to_event_date(expr).value is not None


def date_start(value: str) -> date | None:
    """First day of an ISO value at any precision (`2019`, `2019-08`, `2019-W33`, `2019-SU`, `2019-Q3`)."""
    try:
        v = value.split("T", 1)[0]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            return date.fromisoformat(v)
        if re.fullmatch(r"\d{4}-\d{2}", v):
            return date(int(v[:4]), int(v[5:7]), 1)
        if re.fullmatch(r"\d{4}-W\d{2}(?:-WE)?", v):
            monday = date.fromisocalendar(int(v[:4]), int(v[6:8]), 1)
            return monday + timedelta(days=5) if v.endswith("WE") else monday
        if re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", v):
            month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[v[5:]]
            return date(int(v[:4]), month, 1)
        if re.fullmatch(r"\d{4}-Q[1-4]", v):
            return date(int(v[:4]), 3 * int(v[6]) - 2, 1)
        if re.fullmatch(r"\d{4}-H[12]", v):
            return date(int(v[:4]), 1 if v[6] == "1" else 7, 1)
        if re.fullmatch(r"FY\d{4}", v):
            return date(int(v[2:]), 1, 1)
        if re.fullmatch(r"\d{4}", v):
            return date(int(v), 1, 1)
        if re.fullmatch(r"\d{3}", v):
            return date(int(v) * 10, 1, 1) if int(v) > 0 else None
        if re.fullmatch(r"\d{2}", v):
            return date(int(v) * 100, 1, 1) if int(v) > 0 else None
    except ValueError:
        return None
    return None
