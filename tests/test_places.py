"""The gazetteer: every spelling resolves to one entry, and context picks among namesakes."""

from __future__ import annotations

import json

import pytest

from sitreps.extract.places import load_gazetteer, normalise, resolve_places
from sitreps.model import Place


@pytest.mark.parametrize(
    ("name", "admin1", "admin2"),
    [
        ("Ryanggang", "Ryanggang", None),
        ("Yanggang Province", "Ryanggang", None),
        ("량강도", "Ryanggang", None),
        ("양강도", "Ryanggang", None),
        ("North Hamgyong Province", "North Hamgyong", None),
        ("Hamgyong-bukto", "North Hamgyong", None),
        ("Hoeryong", "North Hamgyong", "Hoeryong"),
        ("Hoiryeong", "North Hamgyong", "Hoeryong"),
        ("회령", "North Hamgyong", "Hoeryong"),
        ("Musan County", "North Hamgyong", "Musan"),
        ("Onsong-gun", "North Hamgyong", "Onsong"),
        ("Hyesan City", "Ryanggang", "Hyesan"),
        ("Sinŭiju", "North Pyongan", "Sinuiju"),
        ("Pyongyang", "Pyongyang", None),
        ("Rason", "Rason", None),
        ("Kaesong", "Kaesong", None),
    ],
)
def test_variants_resolve(name: str, admin1: str, admin2: str | None) -> None:
    (place,) = resolve_places(f"It happened in {name} last week.", load_gazetteer())
    assert place.country == "KP"
    assert place.admin1 == admin1
    if admin2:
        assert place.admin2 == admin2


def test_every_kp_province_has_an_iso_code() -> None:
    gaz = load_gazetteer()
    provinces = [e for e in gaz.by_id.values() if e.level == "admin1" and e.country == "KP"]
    assert len(provinces) == 13
    assert sorted(e.iso_code or "" for e in provinces) == sorted(
        f"KP-{n:02d}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15)
    )


def test_neighbours_are_in_their_own_country() -> None:
    places = resolve_places("He was caught in Changbai, across the river from Hyesan, then held in Dandong.",
                            load_gazetteer())  # fmt: skip
    by_text = {p.text: p for p in places}
    assert (by_text["Changbai"].country, by_text["Changbai"].admin1) == ("CN", "Jilin")
    assert (by_text["Dandong"].country, by_text["Dandong"].admin1) == ("CN", "Liaoning")
    assert by_text["Hyesan"].country == "KP"


def test_suffix_forms_and_spans() -> None:
    text = "a Ryanggang Province-based source said"
    (place,) = resolve_places(text, load_gazetteer())
    assert place.admin1 == "Ryanggang" and place.precision == "admin1"
    assert place.span is not None and text[place.span.start : place.span.end] == "Ryanggang Province-based"


def test_normalise() -> None:
    assert normalise("Hoeryŏng") == normalise("Hoe-ryong") == "hoeryong"
    assert normalise("P'yŏngyang") == "pyongyang"


# -- the gazetteer as a ruler: suffixes, people, Hangul ---------------------------------------------


def _one(text: str) -> Place:
    places = resolve_places(text, load_gazetteer())
    assert len(places) == 1, [p.text for p in places]
    return places[0]


def test_suffixed_variants_need_their_suffix() -> None:
    assert _one("a factory in Chollima District burned").admin1 == "Nampo"
    assert _one("a flat in Chung District was searched").admin1 == "Pyongyang"
    assert resolve_places("Chollima speed campaigns resumed.", load_gazetteer()) == []


def test_people_are_not_counties() -> None:
    gaz = load_gazetteer()
    assert resolve_places("Kim Jong Suk was honoured at the ceremony.", gaz) == []
    assert resolve_places("He studied at Kim Chaek University of Technology.", gaz) == []
    assert _one("guards in Kim Jong Suk County were arrested").admin2 == "Kimjongsuk"
    assert _one("guards in Kimjongsuk were arrested").admin2 == "Kimjongsuk"


def test_forms_as_reports_write_them() -> None:
    assert _one("a county in Ryanggang").admin1 == "Ryanggang"
    assert _one("the city of Hyesan").admin2 == "Hyesan"
    p = _one("residents of Musan county said")
    assert (p.admin2, p.precision) == ("Musan", "admin2")
    assert _one("in Jongpyong").admin2 == "Chongpyong"  # DPRK spelling
    assert _one("혜산에서 체포되었다").admin2 == "Hyesan"  # Hangul with a particle
    assert _one("guards along the demilitarized zone").place == "Demilitarized Zone"


def test_china_side_is_never_north_korea() -> None:
    gaz = load_gazetteer()
    (tumen,) = [p for p in resolve_places("He reached Tumen, across the river from Namyang.", gaz) if p.text == "Tumen"]
    assert tumen.country == "CN"
    river = resolve_places("Guards crossed the Tumen at night.", gaz)[0]
    assert river.place == "Tumen River"
    (cn,) = [p for p in resolve_places("They were held in China's Tumen for a week.", gaz) if p.text == "Tumen"]
    assert (cn.country, cn.admin1) == ("CN", "Jilin")
    (jilin,) = [p for p in resolve_places("She was caught in Tumen, Jilin Province.", gaz) if p.text == "Tumen"]
    assert jilin.country == "CN"


def test_context_picks_the_namesake() -> None:
    gaz = load_gazetteer()
    # Kangwon (North) vs Gangwon (South): the spelling and the report decide
    assert resolve_places("A soldier crossed into Gangwon Province.", gaz)[0].country == "KR"
    assert resolve_places("Troops in Kangwon Province were inspected.", gaz)[0].country == "KP"
    # "Jilin and Liaoning provinces": both provinces, not Jilin city
    places = resolve_places("detention centres in Jilin and Liaoning provinces", gaz)
    assert [(p.admin1, p.precision) for p in places] == [("Jilin", "admin1"), ("Liaoning", "admin1")]
    # the border town, not the namesake 1,500 km away
    assert resolve_places("smuggled across the Yalu to Ji'an", gaz)[1].admin1 == "Jilin"


def test_parent_chain_and_coordinates() -> None:
    gaz = load_gazetteer()
    (town,) = [e for e in gaz.lookup("Hoeryong") if e.level == "city"]
    assert [p.name for p in gaz.parent_entries(town)] == ["North Korea", "North Hamgyong", "Hoeryong"]
    assert town.lat is not None and 42 < town.lat < 43
    assert all(e.country == "KP" for e in gaz.lookup("회령"))


def _variant_rows() -> list[dict[str, str]]:
    import csv
    from pathlib import Path

    path = Path(__file__).parent / "data" / "places_variants.tsv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.parametrize("r", _variant_rows(), ids=lambda r: r["variant"])
def test_variant_table(r: dict[str, str]) -> None:
    p = _one(f"It happened in {r['variant']} last week.")
    entry = load_gazetteer().by_id[p.gazetteer_id or ""]
    assert (p.country, p.admin1 or "") == (r["country"], r["admin1"]), r["variant"]
    if r["target"]:
        assert r["target"] in (p.admin2, p.place, entry.name), r["variant"]


def test_variant_table_has_150_rows() -> None:
    assert len(_variant_rows()) >= 150


def test_places_command() -> None:
    from typer.testing import CliRunner

    from sitreps.cli import app

    result = CliRunner().invoke(app, ["places", "Hoiryeong", "--format", "jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["admin1"] for r in rows} == {"North Hamgyong"}
    assert all(r["lat"] and r["parents"][0]["name"] == "North Korea" for r in rows)
    assert CliRunner().invoke(app, ["places", "Nowhereville"]).exit_code == 1


def test_words_that_begin_no_name_are_skipped_without_losing_short_or_suffixed_names() -> None:
    gazetteer = load_gazetteer()
    assert not gazetteer._may_start("Wednesday")  # no name of the gazetteer begins with "wed"
    assert gazetteer._may_start("Hyesan-si") and gazetteer._may_start("U")  # a suffixed form; a key under 3 letters
    text = "Officials in Hyesan-si and U.S. envoys met on Wednesday; 혜산시에서 a guard was seen near Musan County."
    found = {t.text for t in gazetteer.find(text)}
    assert {"Hyesan-si", "Musan County"} <= found
    assert any(t.startswith("U.S") for t in found)
    assert any(t.startswith("혜산") for t in found)
