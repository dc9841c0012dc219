"""Round 12 (where): the border named by both its sides places an event in no province."""

from sitreps.extract.location import _nationwide


def test_binational_border_region_is_no_province() -> None:
    near = "agents began sweeping homes in the Sino-North Korean border region for phones"
    assert _nationwide(near, near)


def test_areas_bordering_china_is_no_province() -> None:
    near = "the police stepped up patrols in areas bordering China and in the interior"
    assert _nationwide(near, near)


def test_border_region_of_a_province_keeps_it() -> None:
    near = "patrols rose in the China-North Korea border area of Hyesan last week"
    assert not _nationwide(near, near)


def test_place_naming_another_incident_does_not_place_an_order() -> None:
    from sitreps.model import Document
    from sitreps.pipeline import process

    text = (
        "A source in North Hamgyong Province told this outlet on May 3 that orders were issued to the border "
        "troops on April 20 detailing the Hyesan incident."
    )
    doc = Document(text=text, url="https://example.org/r12-where", published="2019-05-05")
    orders = [m for m in process(doc) if m.type == "DIRECTIVE"]
    assert orders
    assert all(m.location is None or m.location.admin1 != "Ryanggang" for m in orders)
