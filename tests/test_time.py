"""The time module: finding time expressions and normalising them to TIMEX3 values."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitreps.extract.time import (
    Anchor,
    Reference,
    date_start,
    expression_tense,
    find_document_times,
    find_times,
    is_datable,
    is_valid_value,
    parse_published,
    to_event_date,
)
from sitreps.extract.timex_holidays import anniversary, holiday_date
from sitreps.model import Span, TimeExpression

PUB = Anchor(date(2019, 8, 29))  # a Thursday


def values(text: str, anchor: Anchor = PUB) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.value, t.precision) for t in find_times(text, anchor)]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("on August 12", "2019-08-12", "day"),
        ("on Aug. 3", "2019-08-03", "day"),
        ("on 12 August 2017", "2017-08-12", "day"),
        ("on the 12th of August", "2019-08-12", "day"),
        ("in June", "2019-06", "month"),
        ("in November", "2018-11", "month"),  # later than August in the past: last year
        ("in early March 2016", "2016-03", "month"),
        ("at the end of June", "2019-06", "month"),
        ("in October of next year", "2020-10", "month"),
        ("last month", "2019-07", "month"),
        ("last year", "2018", "year"),
        ("since last year", "2018", "year"),
        ("early this year", "2019", "year"),
        ("late last year", "2018", "year"),
        ("at the end of the month", "2019-08", "month"),
        ("on the 23rd", "2019-08-23", "day"),
        ("on the 30th", "2019-07-30", "day"),  # after the 29th: the previous month
        ("around the fourth of last month", "2019-07-04", "day"),
        ("Wednesday (July 20)", "2019-07-20", "day"),
        ("Monday, Aug. 12, 2019", "2019-08-12", "day"),
        ("on Monday", "2019-08-26", "day"),
        ("last Thursday", "2019-08-22", "day"),
        ("yesterday", "2019-08-28", "day"),
        ("this spring", "2019-SP", "season"),
        ("last summer", "2018-SU", "season"),  # this summer is under way: the one before
        ("in the spring of 2018", "2018-SP", "season"),
        ("last week", "2019-W34", "week"),
        ("three days ago", "2019-08-26", "day"),
        ("two years ago", "2017", "year"),
        ("in 2017", "2017", "year"),
        ("in mid-2017", "2017", "year"),
        ("in the 1990s", "199", "year"),
        ("in the 20th century", "19", "year"),
        ("in the first quarter of 2019", "2019-Q1", "month"),
        ("in the second quarter", "2019-Q2", "month"),
        ("in the first half of 2019", "2019-H1", "month"),
        ("on 2019-08-12", "2019-08-12", "day"),
        ("on 8/12/2019", "2019-08-12", "day"),  # US order
        ("on 25/12/2018", "2018-12-25", "day"),  # day first when the first number cannot be a month
        ("on 12.08.2019", "2019-08-12", "day"),  # dotted: day first
    ],
)
def test_resolution(text: str, value: str, precision: str) -> None:
    found = values(text)
    assert found, text
    assert found[0][1:] == (value, precision), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Thursday", ("Thursday", "DATE", "2019-08-29")),
        ("Friday night", ("Friday night", "TIME", "2019-08-23TNI")),
        ("yesterday morning", ("yesterday morning", "TIME", "2019-08-28TMO")),
        ("tonight", ("tonight", "TIME", "2019-08-29TNI")),
        ("at 3 p.m. on Monday", ("3 p.m. on Monday", "TIME", "2019-08-26T15:00")),
        ("at 08:30 UTC", ("08:30 UTC", "TIME", "2019-08-29T08:30Z")),
        ("at 6:40 p.m. (GMT +8)", ("6:40 p.m. (GMT +8)", "TIME", "2019-08-29T18:40+08:00")),
        ("over the weekend", ("the weekend", "DATE", "2019-W34-WE")),  # past tense: the one gone
        ("last weekend", ("last weekend", "DATE", "2019-W34-WE")),
        ("for two weeks", ("two weeks", "DURATION", "P2W")),
        ("for almost seven years", ("almost seven years", "DURATION", "P7Y")),
        ("for the past two years", ("the past two years", "DURATION", "P2Y")),
        ("for two and a half years", ("two and a half years", "DURATION", "P30M")),
        ("a four-week course", ("four-week", "DURATION", "P4W")),
        ("six straight days", ("six straight days", "DURATION", "P6D")),
        ("in recent weeks", ("recent weeks", "DURATION", "PXW")),
        ("for several months", ("several months", "DURATION", "PXM")),
        ("for years", ("years", "DURATION", "PXY")),
        ("for three hours", ("three hours", "DURATION", "PT3H")),
        ("a decade", ("a decade", "DURATION", "P10Y")),
        ("every day", ("every day", "SET", "P1D")),
        ("every Monday", ("every Monday", "SET", "XXXX-WXX-1")),
        ("twice a week", ("twice a week", "SET", "P1W")),
        ("it is held annually", ("annually", "SET", "P1Y")),
        ("now", ("now", "DATE", "PRESENT_REF")),
        ("currently", ("currently", "DATE", "PRESENT_REF")),
        ("recently", ("recently", "DATE", "PAST_REF")),
        ("in the future", ("the future", "DATE", "FUTURE_REF")),
    ],
)
def test_types_and_extents(text: str, expected: tuple[str, str, str | None]) -> None:
    found = [(t.text, t.type, t.value) for t in find_times(text, PUB)]
    assert expected in found, found


def test_spans_index_the_text() -> None:
    text = "He deserted on August 12 and was seen in Hyesan last month, two days after the 23rd."
    found = find_times(text, PUB, offset=0)
    assert len(found) >= 2
    for t in found:
        assert text[t.span.start : t.span.end] == t.text
    shifted = find_times(text, PUB, offset=100)
    assert [t.span.start - 100 for t in shifted] == [t.span.start for t in found]


def test_not_times() -> None:
    for text in [
        "Theresa May said so.",
        "He may go.",
        "It cost $2019.",
        "2010 people were arrested.",
        "He was the first to arrive.",
        "a 90-year-old man",
        "He came second.",
        "a second time",
        "The fall of the regime.",
        "prices fall every",
    ]:
        found = [(t.text, t.value) for t in find_times(text, PUB) if t.type in ("DATE", "TIME")]
        assert found == [], (text, found)


def test_no_publication_date_keeps_dates_year_less() -> None:
    anchor = Anchor(None)
    (t,) = find_times("on August 12", anchor)
    assert t.value == "XXXX-08-12"
    assert to_event_date(t).value == "--08-12"
    (m,) = find_times("in June", anchor)
    assert to_event_date(m).value == "--06"
    (r,) = find_times("last month", anchor)
    assert r.value is None
    (w,) = find_times("on Monday", anchor)
    assert w.value is None
    (h,) = find_times("on the Day of the Sun", anchor)
    assert h.value == "XXXX-04-15"
    (y,) = find_times("on August 12, 2019", anchor)
    assert y.value == "2019-08-12"


@pytest.mark.parametrize(
    "text", ["on February 30", "on the 32nd", "on February 29, 2019", "on 13/45/2019", "on 2019-02-30", "June 31"]
)
def test_impossible_dates_are_unresolved(text: str) -> None:
    found = find_times(text, PUB)
    assert found, text  # reported ...
    assert all(t.value is None for t in found), found  # ... as unresolved


def test_leap_day_is_a_day() -> None:
    assert values("on February 29, 2020") == [("February 29, 2020", "2020-02-29", "day")]


# --- tense -----------------------------------------------------------------------------------------


def test_tense_of_the_anchor() -> None:
    future = Anchor(date(2019, 8, 29), tense="future")
    present = Anchor(date(2019, 8, 29), tense="present")
    assert values("in June", future)[0][1] == "2020-06"
    assert values("in November", future)[0][1] == "2019-11"
    assert values("on Monday", future)[0][1] == "2019-09-02"
    assert values("in October", present)[0][1] == "2019-10"  # nearest
    assert values("in March", present)[0][1] == "2019-03"
    assert values("in January", present)[0][1] == "2020-01"  # five months ahead, seven back


@pytest.fixture(scope="module")
def parse() -> Any:
    from sitreps import nlp

    return nlp.load()


def doc_times(parse: Any, text: str, published: date | None = date(2019, 8, 29)) -> list[tuple[str, str | None]]:
    doc = parse(text)
    sents = [s for s in doc.sents if s.text.strip()]
    return [(t.text, t.value) for t, _ in find_document_times(sents, published)]


def test_tense_from_the_governing_verb(parse: Any) -> None:
    assert doc_times(parse, "He defected in November.") == [("November", "2018-11")]
    assert doc_times(parse, "He will visit Pyongyang in November.") == [("November", "2019-11")]
    assert doc_times(parse, "He will visit Pyongyang in June.") == [("June", "2020-06")]
    assert doc_times(parse, "Officials said on Monday that he would return in March.") == [
        ("Monday", "2019-08-26"),
        ("March", "2020-03"),
    ]
    assert doc_times(parse, "The party plans to hold a congress in January.") == [("January", "2020-01")]
    assert doc_times(parse, "A hearing has been scheduled for June 3.") == [("June 3", "2020-06-03")]


def test_expression_tense(parse: Any) -> None:
    doc = parse("Soldiers were arrested in June and will be tried in October.")
    sent = next(iter(doc.sents))
    june = doc.text.index("June")
    october = doc.text.index("October")
    assert expression_tense(sent, june, june + 4) == "past"
    assert expression_tense(sent, october, october + 7) == "future"


def test_moving_anchor(parse: Any) -> None:
    text = (
        "The soldier crossed the river on July 22. Two days earlier he had deserted his unit. "
        "He was caught the next day. That night he escaped again. A week later he reached Yanji. "
        "In 2015 his brother had fled, and the following year his mother."
    )
    assert doc_times(parse, text) == [
        ("July 22", "2019-07-22"),
        ("Two days earlier", "2019-07-20"),
        ("the next day", "2019-07-21"),
        ("That night", "2019-07-21TNI"),
        ("A week later", "2019-07-28"),
        ("2015", "2015"),
        ("the following year", "2016"),
    ]


def test_anaphora_without_a_reference_stays_unresolved(parse: Any) -> None:
    assert doc_times(parse, "Two days later he was caught. The next day he escaped.") == [
        ("Two days later", None),
        ("The next day", None),
    ]


def test_moving_anchor_in_one_text() -> None:
    found = values("He fled on July 22; two weeks later he was caught, and a month later he was tried.")
    assert found == [
        ("July 22", "2019-07-22", "day"),
        ("two weeks later", "2019-08-05", "day"),
        ("a month later", "2019-09", "month"),
    ]
    ref = Anchor(date(2019, 8, 29), reference=(Reference(date(2019, 3, 1), "day"),))
    assert values("the day after", ref)[0][1] == "2019-03-02"
    assert values("a week before", ref)[0][1] == "2019-02-22"


def test_duration_with_an_event_complement_is_a_duration() -> None:
    found = find_times("Two years after the famine, he left. He arrived a week before the meeting.", PUB)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("Two years", "DURATION", "P2Y"),
        ("a week", "DURATION", "P1W"),
    ]


# --- holidays ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("during the Lunar New Year", "2019-02-05"),
        ("on Seollal", "2019-02-05"),
        ("over Chuseok", "2018-09-24"),  # 2019's falls after publication; a past clause: 2018's
        ("on the Day of the Sun", "2019-04-15"),
        ("on Kim Il Sung's birthday", "2019-04-15"),
        ("on Party Foundation Day", "2018-10-10"),
        ("ahead of the party's founding anniversary", "2018-10-10"),
        ("on the Day of the Shining Star", "2019-02-16"),
        ("on Kim Jong Il's birthday", "2019-02-16"),
        ("on Christmas Day", "2018-12-25"),
        ("the 75th anniversary of the founding of the Workers' Party", "2020-10-10"),
        ("Kim Il Sung's 107th birthday", "2019-04-15"),
        ("on the 7th anniversary of Kim Jong Il's death", "2018-12-17"),
        ("the Day of the Sun 2017", "2017-04-15"),
    ],
)
def test_holidays(text: str, value: str) -> None:
    found = find_times(text, PUB)
    assert [t.value for t in found if t.type == "DATE"][:1] == [value], found


def test_holiday_tables() -> None:
    assert holiday_date("seollal", 2013) == date(2013, 2, 10)
    assert holiday_date("seollal", 1997) == date(1997, 2, 8)  # Korea's, a day after China's
    assert holiday_date("seollal", 2100) is None
    assert holiday_date("army", 2019) == date(2019, 2, 8)
    assert holiday_date("army", 2010) == date(2010, 4, 25)
    assert holiday_date("easter", 2019) == date(2019, 4, 21)
    assert holiday_date("thanksgiving", 2019) == date(2019, 11, 28)
    assert anniversary("party", 75) == date(2020, 10, 10)


def test_future_holiday() -> None:
    found = find_times("on the Lunar New Year", Anchor(date(2019, 8, 29), tense="future"))
    assert found[0].value == "2020-01-25"


# --- values for events ----------------------------------------------------------------------------


def expr(value: str, type_: str = "DATE", precision: Any = "day") -> TimeExpression:
    return TimeExpression(text="x", span=Span(0, 1), type=type_, value=value, precision=precision)  # type: ignore[arg-type]


def test_to_event_date() -> None:
    assert to_event_date(expr("2019-Q3", precision="month")).to_json()["value"] == "2019-07"
    assert to_event_date(expr("2019-Q3", precision="month")).end == "2019-09"
    assert to_event_date(expr("2019-H2", precision="month")).end == "2019-12"
    decade = to_event_date(expr("199", precision="year"))
    assert (decade.value, decade.end, decade.precision) == ("1990", "1999", "year")
    night = to_event_date(expr("2019-08-12TNI", "TIME"))
    assert (night.value, night.precision) == ("2019-08-12", "day")
    weekend = to_event_date(expr("2019-W33-WE", precision="week"))
    assert (weekend.value, weekend.precision) == ("2019-W33", "week")
    assert to_event_date(expr("XXXX-08-12")).value == "--08-12"
    assert to_event_date(expr("PRESENT_REF", precision=None)).value is None
    assert to_event_date(expr("P2W", "DURATION", None)).value is None
    assert not is_datable(expr("P2W", "DURATION", None))
    assert is_datable(expr("2019-08-12TNI", "TIME"))
    assert not is_datable(expr("PAST_REF", precision=None))


def test_ranges_carry_an_end() -> None:
    (t,) = find_times("from July 20-22", PUB)
    assert (t.value, t.end) == ("2019-07-20", "2019-07-22")
    assert to_event_date(t).end == "2019-07-22"


def test_parse_published_and_date_start() -> None:
    assert parse_published("2019-08-29T10:00:00+09:00") == date(2019, 8, 29)
    assert parse_published("2019-02-30") is None
    assert parse_published("yesterday") is None
    assert date_start("2019-W33") == date(2019, 8, 12)
    assert date_start("2019-SU") == date(2019, 6, 1)
    assert date_start("2019-Q3") == date(2019, 7, 1)
    assert date_start("2019-08-12T15:00Z") == date(2019, 8, 12)
    assert date_start("199") == date(1990, 1, 1)
    assert date_start("2019-W33-WE") == date(2019, 8, 17)
    assert date_start("2019-02-30") is None


def test_is_valid_value() -> None:
    for good in ["2019", "2019-08", "2019-08-12", "2019-W33", "2019-SU", "2019-Q3", "XXXX-08-12", "199", "19",
                 "2019-08-12TNI", "2019-08-12T15:00Z", "P2W", "PT3H", "PXY", "PRESENT_REF", "XXXX-WXX-1",
                 "2019-W33-WE", "XXXX-XX-XXTMO"]:  # fmt: skip
        assert is_valid_value(good), good
    for bad in ["2019-13", "2019-02-30", "2019-W54", "2019-08-12T25:00", "XXXX-02-30", "20190812", "P2", ""]:
        assert not is_valid_value(bad), bad


# --- property tests ---------------------------------------------------------------------------------

_PIECES = list("abc 0123456789/-,.()thndrs:'") + [
    "January ", "February ", "Feb. ", "the ", "30th ", "32nd ", "of last month ", "Wednesday ", "last ",
    "year ", "week ", "ago ", "13/45/2019 ", "spring ", "2019 ", "(", "July 20)", "two weeks ", "later ",
    "earlier ", "the next day ", "that night ", "on ", "in ", "May ", "31 ", "29 ", "February 29 ", "12:61 ",
    "25:00 ", "p.m. ", "Q4 ", "quarter ", "1990s ", "century ", "Lunar New Year ", "Day of the Sun ", "every ",
    "Monday ", "morning ", "a few ", "days ", "9999 ", "0000 ", "1000 ", "the 31st ", "of next year ",
]  # fmt: skip
ISO = re.compile(r"^(\d{4}|XXXX)(-(\d{2}|XX|W\d{2}|SP|SU|FA|WI|Q[1-4]|H[12])(-(\d{2}|XX|WE))?)?"
                 r"(T(\d{2}:\d{2}|MO|AF|EV|NI)(Z|[+-]\d{2}:\d{2})?)?$|^\d{2,3}$|^P(T?)(\d+(\.\d+)?|X)[YMWDQHS]$|^(PRESENT|PAST|FUTURE)_REF$"
                 r"|^XXXX-WXX-[1-7WE]+$|^XXXX-XX-XXT(MO|AF|EV|NI)$")  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    published=st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))),
    tense=st.sampled_from(["past", "present", "future", "unknown", None]),
    reference=st.lists(
        st.builds(
            Reference,
            st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
            st.sampled_from(["day", "month", "year"]),
        ),
        max_size=3,
    ),
)
def test_never_crashes_and_never_yields_an_invalid_value(
    text: str, published: date | None, tense: Any, reference: list[Reference]
) -> None:
    for t in find_times(text, Anchor(published, tense=tense, reference=tuple(reference))):
        assert text[t.span.start : t.span.end] == t.text
        if t.value is None:
            assert t.precision is None
            continue
        assert ISO.match(t.value), t.value
        assert is_valid_value(t.value), t.value
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value):
            date.fromisoformat(t.value)  # a real calendar day
        event = to_event_date(t)
        assert event.value is None or not event.value.startswith("XXXX")
        if event.value and event.value[:4].isdigit():
            assert date_start(event.value) is not None or event.value.startswith("--")


@settings(max_examples=60, deadline=None)
@given(
    text=st.lists(st.sampled_from([*_PIECES, ". ", "He fled ", "she will go ", "was seen "]), max_size=25).map("".join),
    published=st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))),
)
def test_document_times_never_crash(parse: Any, text: str, published: date | None) -> None:
    doc = parse(text)
    sents = [s for s in doc.sents if s.text.strip()]
    for t, i in find_document_times(sents, published):
        assert doc.text[t.span.start : t.span.end] == t.text
        assert sents[i].start_char <= t.span.start < sents[i].end_char
        assert t.value is None or is_valid_value(t.value)
