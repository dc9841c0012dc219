"""The gazetteer: every spelling resolves to one entry, and context picks among namesakes."""

from __future__ import annotations

import pytest

from sitreps.extract.places import load_gazetteer, normalise, resolve_places


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
