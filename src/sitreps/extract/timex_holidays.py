"""Holidays and anniversaries that reports date things by, resolved to calendar days.

Fixed-date holidays are (month, day) pairs; the Korean lunar holidays (Seollal, the Lunar New
Year; Chuseok; Daeboreum) come from tables of their Gregorian dates for 1950-2050, computed with
the KARI lunar calendar (the `korean-lunar-calendar` package, 0.4.0) and checked against known
years; Korea's Seollal differs from China's Spring Festival in a few years (1997, 2027, 2028),
and the Korean date is the one used here. Easter and US Thanksgiving are computed.

North Korean holidays: the Day of the Sun (Kim Il Sung's birthday, April 15), the Day of the
Shining Star (Kim Jong Il's birthday, February 16), Kim Jong Un's birthday (January 8), Party
Foundation Day (October 10), Victory Day (July 27), Liberation Day (August 15), the founding of
the Republic (September 9), Army Foundation Day (February 8 since 2018, April 25 before), the
Day of Songun (August 25), and the death anniversaries of Kim Il Sung (July 8) and Kim Jong Il
(December 17). "The Nth anniversary of" a founding, birth or death with a known first year
resolves to that year plus N.
"""

from __future__ import annotations

from datetime import date, timedelta

LUNAR_FIRST_YEAR = 1950
LUNAR_LAST_YEAR = 2050

_SEOLLAL = (
    "0217 0206 0127 0214 0204 0124 0212 0131 0219 0208 0128 0215 0205 0125 0213 0202 0122 0209 0130 0217 "
    "0206 0127 0215 0203 0123 0211 0131 0218 0207 0128 0216 0205 0125 0213 0202 0220 0209 0129 0218 0206 "
    "0127 0215 0204 0123 0210 0131 0219 0208 0128 0216 0205 0124 0212 0201 0122 0209 0129 0218 0207 0126 "
    "0214 0203 0123 0210 0131 0219 0208 0128 0216 0205 0125 0212 0201 0122 0210 0129 0217 0207 0127 0213 "
    "0203 0123 0211 0131 0219 0208 0128 0215 0204 0124 0212 0201 0122 0210 0130 0217 0206 0126 0214 0202 "
    "0123 "
)
_CHUSEOK = (
    "0926 0915 1003 0922 0911 0930 0919 0908 0927 0917 1005 0924 0913 1002 0920 0910 0929 0918 1006 0926 "
    "0915 1003 0922 0911 0930 0920 0908 0927 0917 1005 0923 0912 1001 0921 0910 0929 0918 1007 0925 0914 "
    "1003 0922 0911 0930 0920 0909 0927 0916 1005 0924 0912 1001 0921 0911 0928 0918 1006 0925 0914 1003 "
    "0922 0912 0930 0919 0908 0927 0915 1004 0924 0913 1001 0921 0910 0929 0917 1006 0925 0915 1003 0922 "
    "0912 1001 0919 0908 0927 0916 1004 0924 0913 1002 0921 0910 0928 0917 1005 0925 0915 1004 0922 0911 "
    "0930 "
)
_DAEBOREUM = (
    "0303 0220 0210 0228 0218 0207 0226 0214 0305 0222 0211 0301 0219 0208 0227 0216 0205 0223 0213 0303 "
    "0220 0210 0229 0217 0206 0225 0214 0304 0221 0211 0301 0219 0208 0227 0216 0306 0223 0212 0303 0220 "
    "0210 0301 0218 0206 0224 0214 0304 0222 0211 0302 0219 0207 0226 0215 0205 0223 0212 0304 0221 0209 "
    "0228 0217 0206 0224 0214 0305 0222 0211 0302 0219 0208 0226 0215 0205 0224 0212 0303 0221 0210 0227 "
    "0217 0206 0225 0214 0305 0222 0211 0301 0218 0207 0226 0215 0205 0224 0213 0303 0220 0209 0228 0216 "
    "0206 "
)


def _table(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((int(v[:2]), int(v[2:])) for v in text.split())


_LUNAR: dict[str, tuple[tuple[int, int], ...]] = {
    "seollal": _table(_SEOLLAL),
    "chuseok": _table(_CHUSEOK),
    "daeboreum": _table(_DAEBOREUM),
}

# key -> (month, day); "army" changes date in 2018 (see holiday_date)
FIXED: dict[str, tuple[int, int]] = {
    "sun": (4, 15),
    "star": (2, 16),
    "kju_birthday": (1, 8),
    "party": (10, 10),
    "victory": (7, 27),
    "liberation": (8, 15),
    "republic": (9, 9),
    "songun": (8, 25),
    "kis_death": (7, 8),
    "kji_death": (12, 17),
    "christmas": (12, 25),
    "christmas_eve": (12, 24),
    "new_year": (1, 1),
    "new_year_eve": (12, 31),
    "may_day": (5, 1),
    "women": (3, 8),
    "valentine": (2, 14),
    "halloween": (10, 31),
}

# anniversary targets: key -> the first year of the thing remembered, and its day
ORIGINS: dict[str, tuple[int, int, int]] = {
    "sun": (1912, 4, 15),  # Kim Il Sung born
    "star": (1942, 2, 16),  # Kim Jong Il born (official date)
    "party": (1945, 10, 10),  # Workers' Party founded
    "victory": (1953, 7, 27),  # armistice
    "liberation": (1945, 8, 15),
    "republic": (1948, 9, 9),
    "army": (1948, 2, 8),  # Korean People's Army founded
    "kis_death": (1994, 7, 8),
    "kji_death": (2011, 12, 17),
}


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def holiday_date(key: str, year: int) -> date | None:
    """The day of holiday `key` in `year`, or None when it is not known for that year."""
    if not 1 <= year <= 9999:
        return None
    if key in _LUNAR:
        if not LUNAR_FIRST_YEAR <= year <= LUNAR_LAST_YEAR:
            return None
        month, day = _LUNAR[key][year - LUNAR_FIRST_YEAR]
        return date(year, month, day)
    if key == "army":
        return date(year, 2, 8) if year >= 2018 else date(year, 4, 25)
    if key == "easter":
        return _easter(year) if year >= 1583 else None
    if key == "thanksgiving":  # fourth Thursday of November
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if key in FIXED:
        month, day = FIXED[key]
        return date(year, month, day)
    return None


def fixed_month_day(key: str) -> tuple[int, int] | None:
    """(month, day) of a holiday whose date does not move, for a value without a year."""
    return FIXED.get(key)


def anniversary(key: str, n: int) -> date | None:
    """The day of the `n`th anniversary of the origin of `key` (a founding, birth or death)."""
    origin = ORIGINS.get(key)
    if origin is None or not 0 < n < 500:
        return None
    year, month, day = origin
    if key == "army":
        return holiday_date("army", year + n)
    return date(year + n, month, day)
