"""Cross-document linking: is this mention the same incident as an event already stored?

Events and mentions are dicts in the shape of `event.schema.json` (as `Mention.to_event`
returns them); candidates may also carry `"reports"` (the documents that state them), which
lets a back-reference ("Daily NK reported in June that...") find the report it recalls.

The decision is deliberately conservative: merging two different incidents hides one from
the analyst, while leaving a duplicate apart costs one click in review. Hard rules first
(same type, no generic statements, dates that overlap at their precision, places that do
not contradict, actor classes that are not disjoint), then a score over how much agrees.

Back-references are dated by the earlier *report* unless the text dates the incident, so
their window also reaches `BACK_REFERENCE_LOOKBACK_DAYS` into the past. Once matched,
`merge_event` folds the mention into the event's canonical record.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Any

MATCH_THRESHOLD = 0.55
"""The score a candidate needs to count as the same incident."""

MIN_OVERLAP = 0.15
"""Below the same day, two statements must share at least this much evidence (`evidence_overlap`)."""

UNDATED_MIN_SIMILARITY = 0.5
"""Two undated mentions merge only when their evidence shares this much (token Jaccard)."""

BACK_REFERENCE_LOOKBACK_DAYS = 92
"""How far before a back-reference's date the recalled incident may lie."""

UNDATED_LOOKBACK_DAYS = 31
"""An undated statement in a report is taken to be about the month before its publication
(news reports recent incidents); that window is weaker evidence than a stated date."""

_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_STOPWORDS = frozenset(
    (
        "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "for",
        "from", "had", "has", "have", "he", "her", "his", "in", "into", "is", "it", "its",
        "of", "on", "or", "said", "says", "she", "that", "the", "their", "them", "there",
        "they", "this", "to", "told", "was", "were", "which", "who", "will", "with", "would",
        "after", "before", "about", "according", "source", "sources", "local",
        # attribution boilerplate: how outlets say who told them, not what happened
        "told", "tells", "resident", "residents", "province", "learned", "reported", "reports",
        "daily", "nk", "rfa", "news", "korean", "service", "north", "korea", "yonhap", "asia",
        "press", "reporting", "partner", "familiar", "affairs", "sources", "city", "county",
    )
)  # fmt: skip
_TOKEN = re.compile(r"[^\W_]+")


# --- dates --------------------------------------------------------------------------------


def date_window(value: str | None, precision: str | None, end: str | None = None) -> tuple[str, str] | None:
    """First and last ISO day an event date can mean, or None when it has no year.

    `2019-08-12` → (2019-08-12, 2019-08-12); `2019-08` → the whole of August; `2019-W33`,
    `2019-SU`, `2019` likewise; a coarser `precision` than the value widens it (a day at
    week precision means its ISO week). Year-less (`--08-12`) and unresolved values give
    None, because they cannot be placed on a calendar. `end` (a span's end) extends the window.
    """
    window = _parse_window(value)
    if window is None:
        return None
    start, stop = window
    if precision == "week" and start == stop:
        start = start - timedelta(days=start.weekday())
        stop = start + timedelta(days=6)
    elif precision == "month" and (start.year, start.month) == (stop.year, stop.month):
        start, stop = _month(start.year, start.month)
    elif precision == "year" and start.year == stop.year:
        start, stop = date(start.year, 1, 1), date(start.year, 12, 31)
    if end:
        end_window = _parse_window(end)
        if end_window is not None and end_window[1] > stop:
            stop = end_window[1]
    return start.isoformat(), stop.isoformat()


def search_window(event: dict[str, Any]) -> tuple[str, str] | None:
    """The days an event's incident may fall on, as linking sees them.

    A stated date gives its window (`date_window`); a back-reference's reaches
    `BACK_REFERENCE_LOOKBACK_DAYS` further back, since it is dated by the earlier report. An
    undated statement falls back on its report: the `UNDATED_LOOKBACK_DAYS` before
    publication (a back-reference: a year before). None when there is neither.
    """
    when = event.get("date") or {}
    window = date_window(when.get("value"), when.get("precision"), when.get("end"))
    if window is None:
        return _report_window(event)
    if not event.get("is_back_reference"):
        return window
    start = date.fromisoformat(window[0]) - timedelta(days=BACK_REFERENCE_LOOKBACK_DAYS)
    return start.isoformat(), window[1]


def _report_window(event: dict[str, Any]) -> tuple[str, str] | None:
    """The days before an undated statement's report was published."""
    if event.get("modality") == "generic":
        return None
    published = _parse_window(str((event.get("document") or {}).get("published") or ""))
    if published is None:
        return None
    day = published[0]
    back = 366 if event.get("is_back_reference") else UNDATED_LOOKBACK_DAYS
    return (day - timedelta(days=back)).isoformat(), day.isoformat()


def is_dated(event: dict[str, Any]) -> bool:
    """Whether the event states a date that can be placed on a calendar."""
    when = event.get("date") or {}
    return date_window(when.get("value"), when.get("precision"), when.get("end")) is not None


def _parse_window(value: str | None) -> tuple[date, date] | None:
    if not value or not value[:4].isdigit():
        return None  # missing, year-less ("--08-12") or TIMEX "XXXX-..."
    text = value.split("T", 1)[0]
    try:
        if re.fullmatch(r"\d{4}", text):
            year = int(text)
            return date(year, 1, 1), date(year, 12, 31)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
            return _month(int(m[1]), int(m[2]))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = date.fromisoformat(text)
            return day, day
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", text):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
        if (m := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", text)) is not None:
            year, (first, last) = int(m[1]), _SEASON_MONTHS[m[2]]
            start = date(year, first, 1)
            last_year, last_month = year + (last - 1) // 12, (last - 1) % 12 + 1
            return start, _month(last_year, last_month)[1]
    except ValueError:
        return None  # impossible dates ("2019-02-30") are as good as none
    return None


def _month(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _overlap(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


# --- the parts of a match -----------------------------------------------------------------


def _norm(text: Any) -> str | None:
    if not isinstance(text, str) or not text.strip():
        return None
    return " ".join(text.casefold().split())


def _place_score(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """How well two locations agree; None when they contradict."""
    for level in ("country", "admin1", "admin2"):
        x, y = _norm(a.get(level)), _norm(b.get(level))
        if x and y and x != y:
            return None
    place_a = _norm(a.get("place")) if a.get("precision") == "place" else None
    place_b = _norm(b.get("place")) if b.get("precision") == "place" else None
    if place_a and place_b:
        if place_a != place_b:
            return None
        return 0.3
    if _norm(a.get("admin2")) and _norm(a.get("admin2")) == _norm(b.get("admin2")):
        return 0.25
    if _norm(a.get("admin1")) and _norm(a.get("admin1")) == _norm(b.get("admin1")):
        return 0.2
    return 0.0


def _actor_classes(event: dict[str, Any]) -> set[str]:
    people = list(event.get("actors") or []) + list(event.get("targets") or [])
    return {p["class"] for p in people if p.get("class") and p["class"] != "UNKNOWN"}


def _tokens(event: dict[str, Any]) -> set[str]:
    texts = [(event.get("evidence") or {}).get("text") or ""]
    texts += [s.get("text") or "" for s in event.get("statements") or []]
    words = _TOKEN.findall(" ".join(texts).casefold())
    return {w for w in words if w not in _STOPWORDS and len(w) > 1}


def evidence_similarity(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Token Jaccard of the two events' evidence sentences (stopwords dropped), 0..1."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def evidence_overlap(a: dict[str, Any], b: dict[str, Any]) -> float:
    """How much of the shorter evidence the longer one shares: the mean of the token Jaccard
    and the overlap coefficient (shared words over the smaller set), 0..1.

    Outlets word one incident differently and at different lengths; the overlap coefficient
    rewards a short report whose every content word is in the long one, the Jaccard half keeps
    two long texts that share a few common words from scoring high.
    """
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    shared = len(ta & tb)
    return 0.5 * shared / len(ta | tb) + 0.5 * shared / min(len(ta), len(tb))


def _counts(event: dict[str, Any]) -> set[int]:
    people = list(event.get("actors") or []) + list(event.get("targets") or [])
    return {int(p["count"]) for p in people if isinstance(p.get("count"), int) and p["count"] > 0}


def _window_days(window: tuple[str, str]) -> int:
    return (date.fromisoformat(window[1]) - date.fromisoformat(window[0])).days + 1


def _outlets(event: dict[str, Any]) -> set[str]:
    names = {_norm((event.get("document") or {}).get("outlet"))}
    names |= {_norm(r.get("outlet")) for r in event.get("reports") or []}
    return {n for n in names if n}


def _recalls(back_ref: dict[str, Any], other: dict[str, Any]) -> bool:
    """A back-reference names an outlet that reported the other event."""
    named = _norm(back_ref.get("reported_by"))
    return bool(back_ref.get("is_back_reference") and named and named in _outlets(other))


# --- the decision -------------------------------------------------------------------------


def match_score(mention_event: dict[str, Any], candidate: dict[str, Any]) -> float:
    """How strongly the two describe one incident (0 when a hard rule keeps them apart).

    Hard rules: the same type; neither generic; places that do not contradict at any level
    of the hierarchy (country, province, county, place); actor classes not disjoint; head
    counts not disjoint ("four smugglers" are not "six students"); date windows that overlap
    at each date's precision (an undated statement: the month before its report).

    Then the parts that agree add up, against `MATCH_THRESHOLD`: the date, by how narrow the
    coarser of the two windows is (the same day 0.35, a week 0.25, a month 0.2, longer 0.1, a
    window inferred from an undated report's publication 0.15, and then only in the same
    county or place); the same place 0.3 / county
    0.25 / province 0.2; a shared actor class 0.15; a back-reference naming an outlet that
    reported the other 0.2; and 0.5 x `evidence_overlap`, which must reach `MIN_OVERLAP`
    unless the two share a day or one recalls the other's outlet.
    """
    if mention_event.get("type") != candidate.get("type"):
        return 0.0
    if "generic" in (mention_event.get("modality"), candidate.get("modality")):
        return 0.0  # habitual statements are never incidents to merge with
    place = _place_score(mention_event.get("location") or {}, candidate.get("location") or {})
    if place is None:
        return 0.0
    classes_a, classes_b = _actor_classes(mention_event), _actor_classes(candidate)
    if classes_a and classes_b and not classes_a & classes_b:
        return 0.0
    counts_a, counts_b = _counts(mention_event), _counts(candidate)
    if counts_a and counts_b and not counts_a & counts_b:
        return 0.0
    actors = 0.15 if classes_a & classes_b else 0.0
    similarity = evidence_overlap(mention_event, candidate)

    window_a, window_b = search_window(mention_event), search_window(candidate)
    dated_a, dated_b = is_dated(mention_event), is_dated(candidate)
    if not dated_a and not dated_b:
        # Two undated statements: only when everything else agrees strongly.
        if window_a is not None and window_b is not None and not _overlap(window_a, window_b):
            return 0.0
        same_province = place >= 0.2
        if same_province and actors and evidence_similarity(mention_event, candidate) >= UNDATED_MIN_SIMILARITY:
            return 0.4 + place + actors + 0.4 * evidence_similarity(mention_event, candidate)
        return 0.0
    if window_a is None or window_b is None or not _overlap(window_a, window_b):
        return 0.0
    if not dated_a or not dated_b:
        if place < 0.25:
            return 0.0  # dated only by its report, it must at least name the same county
        when = 0.15  # one side dated only by its report's publication: a month, less sure
    else:
        date_a, date_b = mention_event.get("date") or {}, candidate.get("date") or {}
        span = max(
            _window_days(date_window(date_a.get("value"), date_a.get("precision"), date_a.get("end")) or window_a),
            _window_days(date_window(date_b.get("value"), date_b.get("precision"), date_b.get("end")) or window_b),
        )
        back = mention_event.get("is_back_reference") or candidate.get("is_back_reference")
        if back:
            when = 0.15  # a back-reference is dated by the earlier report, not the incident
        elif span == 1:
            when = 0.35 if date_a.get("value") == date_b.get("value") else 0.15
        elif span <= 7:
            when = 0.25
        elif span <= 31:
            when = 0.2
        else:
            when = 0.1
    recalls = _recalls(mention_event, candidate) or _recalls(candidate, mention_event)
    recalled = 0.2 if recalls else 0.0
    if when < 0.35 and not recalls and similarity < MIN_OVERLAP:
        return 0.0  # short of the same day, the reports must also tell the same story
    return when + place + actors + recalled + 0.5 * similarity


def best_match(mention_event: dict[str, Any], candidates: list[dict[str, Any]]) -> tuple[str | None, float | None]:
    """The candidate this mention states again and its score, or (None, None).

    `candidates` come from blocking (same type, nearby dates); the best score at or above
    `MATCH_THRESHOLD` wins, ties going to the earlier candidate in the list.
    """
    best_id: str | None = None
    best_score = MATCH_THRESHOLD
    for candidate in candidates:
        score = match_score(mention_event, candidate)
        if score >= best_score and (best_id is None or score > best_score):
            best_id, best_score = str(candidate["id"]), score
    return (best_id, round(best_score, 4)) if best_id is not None else (None, None)


def find_match(mention_event: dict[str, Any], candidates: list[dict[str, Any]]) -> str | None:
    """The id of the candidate event this mention states again, or None for a new incident."""
    return best_match(mention_event, candidates)[0]


# --- merging a mention into an event ------------------------------------------------------

_MODALITY_RANK = {"asserted": 0, "uncertain": 1, "planned": 2, "hypothetical": 3, "generic": 4}
_PLACE_RANK = {"place": 0, "admin2": 1, "admin1": 2, "country": 3}


def _lead_rank(event: dict[str, Any]) -> tuple[int, int]:
    return (
        1 if event.get("is_back_reference") else 0,
        _MODALITY_RANK.get(str(event.get("modality")), 9),
    )


def _date_rank(when: dict[str, Any]) -> int:
    if not when.get("value") or not str(when["value"])[:4].isdigit():
        return 99
    return _PRECISION_ORDER.get(str(when.get("precision")), 50)


def _location_rank(where: dict[str, Any]) -> tuple[int, int, int]:
    return (
        _PLACE_RANK.get(str(where.get("precision")), 9),
        1 if where.get("inferred") else 0,
        1 if where.get("lat") is None or where.get("lon") is None else 0,
    )


def _foreign(item: dict[str, Any]) -> dict[str, Any]:
    """A field taken from another document: its span points into that text, so drop it."""
    return {**item, "span": None}


def _union(base: list[dict[str, Any]], extra: list[dict[str, Any]], *keys: str) -> list[Any]:
    seen = {tuple(_norm(item.get(k)) or item.get(k) for k in keys) for item in base}
    merged = list(base)
    for item in extra:
        key = tuple(_norm(item.get(k)) or item.get(k) for k in keys)
        if key not in seen:
            seen.add(key)
            merged.append(_foreign(item))
    return merged


def merge_event(event: dict[str, Any], mention_event: dict[str, Any]) -> dict[str, Any]:
    """The event after another report states it: the best-attested version, gaps filled.

    The lead statement (evidence, document, modality) is a direct report over a
    back-reference and asserted over hedged; the date and place are the most precise either
    gives (a place with coordinates over one without); actors, targets and sources are the
    union. Fields taken from the other document lose their span. The event keeps its id.
    """

    if _lead_rank(mention_event) < _lead_rank(event):
        lead, other = mention_event, event
    else:
        lead, other = event, mention_event
    merged = dict(lead)
    merged["id"] = event["id"]
    merged["is_back_reference"] = bool(event.get("is_back_reference")) and bool(mention_event.get("is_back_reference"))
    if not merged["is_back_reference"]:
        merged["reported_by"] = None
    lead_date, other_date = lead.get("date") or {}, other.get("date") or {}
    # a back-reference is dated by the earlier report, which says little about the incident
    recalled_only = bool(other.get("is_back_reference")) and not lead.get("is_back_reference")
    if _date_rank(other_date) < _date_rank(lead_date) and not recalled_only:
        merged["date"] = _foreign(other_date)
    lead_place, other_place = lead.get("location") or {}, other.get("location") or {}
    if _location_rank(other_place) < _location_rank(lead_place):
        merged["location"] = _foreign(other_place)
    for field, keys in (("actors", ("text", "class")), ("targets", ("text", "class"))):
        merged[field] = _union(list(lead.get(field) or []), list(other.get(field) or []), *keys)
    merged["sources"] = _union(list(lead.get("sources") or []), list(other.get("sources") or []), "kind", "text")
    if merged.get("fatalities") is None and other.get("fatalities") is not None:
        merged["fatalities"] = other["fatalities"]
    confidences = (float(lead.get("confidence") or 0), float(other.get("confidence") or 0))
    merged["confidence"] = max(confidences)
    return merged
