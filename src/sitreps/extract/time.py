"""Time expressions: find them in text and normalise them to TIMEX3 values.

The resolver anchors relative expressions ("last month", "on the 23rd", "in June") on the
document's publication date and the tense of the clause: a month later than the publication
month in a past-tense clause falls in the previous year. Without a publication date,
year-less values stay year-less (TIMEX3 `XXXX-08-12`, event schema `--08-12`).
Impossible dates ("February 30", "the 32nd") are returned unresolved (value None), never
as an invalid ISO string.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sitreps.model import DatePrecision, EventDate, Span, TimeExpression

MONTHS = {
    name.lower(): i
    for i, name in enumerate(calendar.month_name)
    if name
}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "several": 3, "a few": 3, "few": 3,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_PART = r"(?:(?P<part>early|mid|late|the end of|the beginning of|the middle of|the start of)[\s-]+)?"
_ORD = r"(?P<ord>\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + r")"
_NUM = r"(?P<num>\d+|a few|several|" + "|".join(k for k in NUMBER_WORDS if " " not in k) + r")"
_UNIT = r"(?P<unit>day|week|month|year)s?"


@dataclass(frozen=True, slots=True)
class Anchor:
    """What relative expressions resolve against."""

    published: date | None
    past: bool = True  # tense of the governing clause


# --- resolution helpers ------------------------------------------------------------------


def _iso_day(year: int | None, month: int, day: int) -> str | None:
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year if year else 2000, month)[1]  # 2000 is a leap year
    if not 1 <= day <= last:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"


def _iso_month(year: int | None, month: int) -> str:
    return f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}"


def _year_for_month(month: int, anchor: Anchor, explicit: int | None) -> int | None:
    if explicit:
        return explicit
    if anchor.published is None:
        return None
    pub = anchor.published
    if anchor.past and month > pub.month:
        return pub.year - 1
    if not anchor.past and month < pub.month:
        return pub.year + 1
    return pub.year


def _shift_month(d: date, months: int) -> date:
    total = d.year * 12 + (d.month - 1) + months
    return date(total // 12, total % 12 + 1, 1)


def _parse_ordinal(text: str) -> int | None:
    text = text.lower()
    if text in ORDINAL_WORDS:
        return ORDINAL_WORDS[text]
    m = re.match(r"(\d{1,2})", text)
    return int(m.group(1)) if m else None


def _number(text: str) -> int:
    text = text.lower()
    return int(text) if text.isdigit() else NUMBER_WORDS.get(text, 1)


# --- the patterns, most specific first ---------------------------------------------------

Resolver = Callable[[re.Match[str], Anchor], tuple[str, str | None, DatePrecision | None]]


def _r_weekday_paren(m: re.Match[str], a: Anchor) -> tuple[str, str | None, DatePrecision | None]:
    month = MONTHS[m.group("month").lower().rstrip(".")]
    year = _year_for_month(month, a, None)
    return "DATE", _iso_day(year, month, int(m.group("day"))), "day"


def _r_month_day_year(m: re.Match[str], a: Anchor) -> tuple[str, str | None, DatePrecision | None]:
    month = MONTHS[m.group("month").lower().rstrip(".")]
    explicit = int(m.group("year")) if m.group("year") else None
    year = _year_for_month(month, a, explicit)
    return "DATE", _iso_day(year, month, int(m.group("day"))), "day"


def _r_month_year(m: re.Match[str], a: Anchor) -> tuple[str, str | None, DatePrecision | None]:
    month = MONTHS[m.group("month").lower().rstrip(".")]
    explicit = int(m.group("year")) if m.group("year") else None
    return "DATE", _iso_month(_year_for_month(month, a, explicit), month), "month"


def _r_ordinal_of_month(m: re.Match[str], a: Anchor) -> tuple[str, str | None, DatePrecision | None]:
    day = _parse_ordinal(m.group("ord"))
    rel = m.group("rel").lower()
    if a.published is None or day is None:
        return "DATE", None, None
    base = date(a.published.year, a.published.month, 1)
    target = _shift_month(base, {"last": -1, "this": 0, "next": 1}[rel])
    return "DATE", _iso_day(target.year, target.month, day), "day"


def _r_bare_ordinal(m: re.Match[str], a: Anchor) -> tuple[str, str | None, DatePrecision | None]:
    day = _parse_ordinal(m.group("ord"))
    if a.published is None or day is None:
        return "DATE", None, None
    pub = a.published
    target = date(pub.year, pub.month, 1)
    if a.past and day > pub.day:
        target = _shift_month(target, -1)
    return "DATE", _iso_day(target.year, target.month, day), "day"


def _r_weekday(m: re.Match[str], a: Anchor) -> tuple[str, str | None, DatePrecision | None]:
    if a.published is None:
        return "DATE", None, None
    wd = WEEKDAYS[m.group("weekday").lower()]
    pub = a.published
    delta = (pub.weekday() - wd) % 7
    if a.past:
        d = pub - timedelta(days=delta or 0)
    else:
        d = pub + timedelta(days=(wd - pub.weekday()) % 7)
    return "DATE", d.isoformat(), "day"


def _r_relative_unit(m: re.Match[str], a: Anchor) -> tuple[str, str | None, DatePrecision | None]:
    rel = m.group("rel").lower()
    unit = m.group("unit").lower()
    if rel in ("yesterday", "today"):
        if a.published is None:
            return "DATE", None, None
        d = a.published - timedelta(days=1 if rel == "yesterday" else 0)
        return "DATE", d.isoformat(), "day"
    if a.published is None:
        return "DATE", None, None
    offset = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}.get(rel, 0)
    pub = a.published
    if unit == "year":
        return "DATE", f"{pub.year + offset:04d}", "year"
    if unit == "month":
        d = _shift_month(date(pub.year, pub.month, 1), offset)
        return "DATE", _iso_month(d.year, d.month), "month"
    if unit == "week":
        d = pub + timedelta(weeks=offset)
        iso = d.isocalendar()
        return "DATE", f"{iso.year:04d}-W{iso.week:02d}", "week"
    return "DATE", None, None


def _r_part_relative(m: re.Match[str], a: Anchor) -> tuple[str, str | None, DatePrecision | None]:
    # "early this year", "late last year", "earlier this month", "at the end of last month"
    unit = m.group("unit").lower()
    rel = m.group("rel").lower()
    if a.published is None:
        return "DATE", None, None
    offset = {"last": -1, "this": 0, "next": 1}[rel]
    pub = a.published
    if unit == "year":
        return "DATE", f"{pub.year + offset:04d}", "year"
    d = _shift_month(date(pub.year, pub.month, 1), offset)
    return "DATE", _iso_month(d.year, d.month), "month"


def _r_season(m: re.Match[str], a: Anchor) -> tuple[str, str | None, DatePrecision | None]:
    season = SEASONS[m.group("season").lower()]
    rel = (m.group("rel") or "this").lower()
    explicit = m.group("year")
    if explicit:
        return "DATE", f"{explicit}-{season}", "season"
    if a.published is None:
        return "DATE", f"XXXX-{season}", "season"
    year = a.published.year + {"last": -1, "this": 0, "next": 1}[rel]
    return "DATE", f"{year:04d}-{season}", "season"


def _r_year(m: re.Match[str], a: Anchor) -> tuple[str, str | None, DatePrecision | None]:
    return "DATE", m.group("year"), "year"


def _r_ago(m: re.Match[str], a: Anchor) -> tuple[str, str | None, DatePrecision | None]:
    if a.published is None:
        return "DATE", None, None
    n = _number(m.group("num"))
    unit = m.group("unit").lower()
    pub = a.published
    if unit == "day":
        return "DATE", (pub - timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        iso = (pub - timedelta(weeks=n)).isocalendar()
        return "DATE", f"{iso.year:04d}-W{iso.week:02d}", "week"
    if unit == "month":
        d = _shift_month(date(pub.year, pub.month, 1), -n)
        return "DATE", _iso_month(d.year, d.month), "month"
    return "DATE", f"{pub.year - n:04d}", "year"


def _r_duration(m: re.Match[str], a: Anchor) -> tuple[str, str | None, DatePrecision | None]:
    unit = m.group("unit").lower()
    letter = {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit]
    num = m.group("num")
    value = f"P{_number(num)}{letter}" if num else f"PX{letter}"
    return "DURATION", value, None


def _r_set(m: re.Match[str], a: Anchor) -> tuple[str, str | None, DatePrecision | None]:
    unit = m.group("unit").lower()
    letter = {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit]
    return "SET", f"P1{letter}", None


def _r_present(m: re.Match[str], a: Anchor) -> tuple[str, str | None, DatePrecision | None]:
    return "DATE", "PRESENT_REF", None


_PATTERNS: list[tuple[re.Pattern[str], Resolver]] = [
    (re.compile(_WEEKDAY + r"\s*\(\s*" + _MONTH + r"\s+" + _DAY + r"\s*\)"), _r_weekday_paren),
    (re.compile(_MONTH + r"\s+" + _DAY + r"\b(?:,?\s+" + _YEAR + r")?"), _r_month_day_year),
    (re.compile(r"\b" + _DAY + r"\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b"), _r_month_day_year),
    (re.compile(r"\b(?:the\s+)?" + _ORD + r"\s+of\s+(?P<rel>last|this|next)\s+month\b", re.I),
     _r_ordinal_of_month),
    (re.compile(r"\b" + _PART + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b"), _r_month_year),
    (re.compile(r"\b(?:(?:early|late|mid|earlier|later)[\s-]+|(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of\s+)"
                r"(?P<rel>last|this|next)\s+(?P<unit>year|month)\b", re.I), _r_part_relative),
    (re.compile(r"\b(?P<rel>last|this|next|past|previous|coming)\s+(?P<unit>year|month|week)\b", re.I),
     _r_relative_unit),
    (re.compile(r"\b(?P<rel>yesterday|today)(?P<unit>)", re.I), _r_relative_unit),
    (re.compile(r"\b(?:(?P<rel>last|this|next)\s+)?(?P<season>spring|summer|autumn|winter)(?:\s+(?:of\s+)?"
                + _YEAR + r")?\b", re.I), _r_season),
    (re.compile(r"\b" + _NUM + r"\s+" + _UNIT + r"\s+ago\b", re.I), _r_ago),
    (re.compile(r"\bthe\s+" + _ORD + r"\b(?!\s+(?:time|floor|brigade|corps|division|regiment|battalion|company|"
                r"unit|army|fleet|squadron|anniversary|party|congress|plenary|session|meeting|generation|"
                r"grade|year|month|day|week|of\s+(?:them|the|those|these|his|her|its)))"), _r_bare_ordinal),
    (re.compile(r"\b(?:on\s+)?" + _WEEKDAY + r"\b"), _r_weekday),
    (re.compile(r"(?<![\d/-])" + _YEAR + r"(?![\d/-])"), _r_year),
    (re.compile(r"\b(?:every|each)\s+" + _UNIT + r"\b", re.I), _r_set),
    (re.compile(r"\b(?:for\s+)?(?:more\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+)?" + _NUM + r"\s+" + _UNIT
                + r"\b(?!\s+(?:ago|later|earlier|before|after))", re.I), _r_duration),
    (re.compile(r"\bfor\s+(?P<num>)(?P<unit>day|week|month|year)s\b", re.I), _r_duration),
    (re.compile(r"\b(?:currently|now|nowadays|at present|these days)\b", re.I), _r_present),
]  # fmt: skip

_RELATIVE_OFFSET = re.compile(
    r"\b(?:more\s+than\s+|about\s+|some\s+|nearly\s+)?" + _NUM + r"\s+" + _UNIT
    + r"\s+(?P<dir>later|earlier|before|after)\b", re.I
)  # fmt: skip


def find_times(text: str, anchor: Anchor, offset: int = 0) -> list[TimeExpression]:
    """Every time expression in `text`, resolved against `anchor`; spans shifted by `offset`."""
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= ts or s >= te for ts, te in taken)

    for pattern, resolve in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if not free(s, e):
                continue
            try:
                ttype, value, precision = resolve(m, anchor)
            except (KeyError, ValueError):
                ttype, value, precision = "DATE", None, None
            if value is None:
                precision = None
            taken.append((s, e))
            found.append(
                TimeExpression(
                    text=m.group(0),
                    span=Span(s + offset, e + offset),
                    type=ttype,  # type: ignore[arg-type]
                    value=value,
                    precision=precision,
                )
            )
    for m in _RELATIVE_OFFSET.finditer(text):
        s, e = m.span()
        if free(s, e):
            taken.append((s, e))
            found.append(
                TimeExpression(
                    text=m.group(0), span=Span(s + offset, e + offset), type="DATE",
                    value=None, precision=None,
                )
            )  # fmt: skip
    found.sort(key=lambda t: t.span.start)
    return found


FUTURE_AUX = {"will", "shall", "'ll"}


def _is_future(sent: Any) -> bool:
    """A sentence about what is to come: a future auxiliary, or a plan."""
    return any(t.lower_ in FUTURE_AUX and t.dep_ == "aux" for t in sent) or any(
        t.lemma_ == "plan" and t.pos_ == "VERB" for t in sent
    )


def find_document_times(sents: Sequence[Any], published: date | None) -> list[tuple[TimeExpression, int]]:
    """Every time expression of a parsed document, with the index of its sentence.

    Each sentence is resolved against the publication date with the tense of the sentence.
    """
    found: list[tuple[TimeExpression, int]] = []
    for index, sent in enumerate(sents):
        anchor = Anchor(published, past=not _is_future(sent))
        for expr in find_times(sent.text, anchor, offset=sent.start_char):
            found.append((expr, index))
    return found


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


def to_event_date(expr: TimeExpression) -> EventDate:
    """An event date from a DATE expression: ISO value at its precision (year-less as `--MM-DD`)."""
    value = expr.value
    precision: DatePrecision | None = expr.precision
    if expr.type != "DATE" or value is None or value == "PRESENT_REF":
        return EventDate(value=None, precision=None, text=expr.text, span=expr.span)
    if value.startswith("XXXX-"):
        value = "--" + value[5:]
    return EventDate(value=value, precision=precision, text=expr.text, span=expr.span, end=expr.end)


def is_datable(expr: TimeExpression) -> bool:
    """True when the expression can date an event (a resolved point or period in time)."""
    return expr.type == "DATE" and expr.value is not None and expr.value != "PRESENT_REF"


def date_start(value: str) -> date | None:
    """First day of an ISO value at any precision (`2019`, `2019-08`, `2019-W33`, `2019-SU`)."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return date(int(value[:4]), int(value[5:7]), 1)
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        if re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", value):
            month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[value[5:]]
            return date(int(value[:4]), month, 1)
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1)
    except ValueError:
        return None
    return None
