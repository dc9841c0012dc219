"""The time module: finding and normalising time expressions."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitreps.extract.time import Anchor, date_start, find_times, parse_published, to_event_date

PUB = Anchor(date(2019, 8, 29))


def values(text: str, anchor: Anchor = PUB) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.value, t.precision) for t in find_times(text, anchor)]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("on August 12", "2019-08-12", "day"),
        ("on Aug. 3", "2019-08-03", "day"),
        ("on 12 August 2017", "2017-08-12", "day"),
        ("in June", "2019-06", "month"),
        ("in November", "2018-11", "month"),  # later than August in the past: last year
        ("in early March 2016", "2016-03", "month"),
        ("last month", "2019-07", "month"),
        ("last year", "2018", "year"),
        ("early this year", "2019", "year"),
        ("late last year", "2018", "year"),
        ("on the 23rd", "2019-08-23", "day"),
        ("on the 30th", "2019-07-30", "day"),  # after the 29th: the previous month
        ("around the fourth of last month", "2019-07-04", "day"),
        ("Wednesday (July 20)", "2019-07-20", "day"),
        ("on Monday", "2019-08-26", "day"),
        ("this spring", "2019-SP", "season"),
        ("last week", "2019-W34", "week"),
        ("three days ago", "2019-08-26", "day"),
        ("in 2017", "2017", "year"),
    ],
)
def test_resolution(text: str, value: str, precision: str) -> None:
    found = values(text)
    assert found, text
    assert found[0][1:] == (value, precision)


def test_spans_index_the_text() -> None:
    text = "He deserted on August 12 and was seen in Hyesan last month."
    for t in find_times(text, PUB, offset=0):
        assert text[t.span.start : t.span.end] == t.text


def test_duration_and_set() -> None:
    found = {t.text: (t.type, t.value) for t in find_times("He was held for two weeks and beaten every day.", PUB)}
    assert found["for two weeks"] == ("DURATION", "P2W")
    assert found["every day"] == ("SET", "P1D")


def test_no_publication_date_keeps_dates_year_less() -> None:
    anchor = Anchor(None)
    (t,) = find_times("on August 12", anchor)
    assert t.value == "XXXX-08-12"
    assert to_event_date(t).value == "--08-12"
    (m,) = find_times("in June", anchor)
    assert to_event_date(m).value == "--06"
    (r,) = find_times("last month", anchor)
    assert r.value is None


@pytest.mark.parametrize("text", ["on February 30", "on the 32nd", "on February 29, 2019"])
def test_impossible_dates_are_unresolved(text: str) -> None:
    for t in find_times(text, PUB):
        assert t.value is None or not re.fullmatch(r"\d{4}-02-(29|30)", t.value)


def test_parse_published() -> None:
    assert parse_published("2019-08-29T10:00:00+09:00") == date(2019, 8, 29)
    assert parse_published("2019-02-30") is None
    assert parse_published("yesterday") is None
    assert date_start("2019-W33") == date(2019, 8, 12)
    assert date_start("2019-SU") == date(2019, 6, 1)


ISO = re.compile(r"^(\d{4}|XXXX)(-(\d{2}|W\d{2}|SP|SU|FA|WI)(-\d{2})?)?$|^P(\d+|X)[DWMY]$|^PRESENT_REF$")


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.sampled_from(list("abc 0123456789/-,.()thndrs") + [
        "January ", "February ", "Feb. ", "the ", "30th ", "32nd ", "of last month ", "Wednesday ", "last ",
        "year ", "week ", "ago ", "13/45/2019 ", "spring ", "2019 ", "(", "July 20)", "two weeks ",
    ]), max_size=30).map("".join),
    published=st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))),
    past=st.booleans(),
)  # fmt: skip
def test_never_crashes_and_never_yields_an_invalid_value(text: str, published: date | None, past: bool) -> None:
    for t in find_times(text, Anchor(published, past)):
        assert text[t.span.start : t.span.end] == t.text
        if t.value is None:
            continue
        assert ISO.match(t.value), t.value
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value):
            date.fromisoformat(t.value)  # a real calendar day
        event = to_event_date(t)
        assert event.value is None or not event.value.startswith("XXXX")
