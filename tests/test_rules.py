"""Decision rules and reading habits the extraction learned from real reporting, one test each.

Every sentence here is written for this suite; each asserts what a careful coder would code.
"""

from __future__ import annotations

from sitreps.model import Document, Mention
from sitreps.pipeline import process


def events(text: str, published: str = "2021-05-10") -> list[Mention]:
    return process(Document(text=text, published=published))


def kinds(text: str, published: str = "2021-05-10") -> list[tuple[str, str]]:
    return [(m.type, m.modality) for m in events(text, published)]


def test_rumours_are_uncertain() -> None:
    assert kinds("Rumors are spreading that the authorities executed a money broker in Sinuiju.") == [
        ("PUNISHMENT", "uncertain")
    ]


def test_a_first_time_since_is_background_not_an_incident() -> None:
    text = "It was the first time since 2015 that a North Korean soldier defected across the DMZ."
    assert all(modality == "generic" for _type, modality in kinds(text))


def test_a_capital_that_speaks_is_not_where_it_happened() -> None:
    (event,) = events("North Korea dismissed its security minister Ri Chol Man in April, Seoul said on Monday.")
    assert event.type == "PUNISHMENT"
    assert event.location is not None and event.location.country == "KP"


def test_a_passive_order_without_an_issuer_is_a_directive() -> None:
    text = "Residents along the Yalu have been told not to approach the river after dark, a source said."
    assert ("DIRECTIVE", "asserted") in kinds(text)


def test_an_ordered_arrest_of_someone_is_a_hunt() -> None:
    text = "Kim Jong Un ordered the arrest of a border guard who fled to China with his rifle."
    found = kinds(text)
    assert ("DIRECTIVE", "asserted") in found
    assert ("SEARCH", "asserted") in found
    assert not any(t == "ARREST" for t, _m in found)


def test_what_a_campaign_is_against_is_no_incident() -> None:
    text = "The Ministry of Social Security launched a campaign against smuggling and defection in Hyesan last week."
    assert [t for t, _m in kinds(text)] == ["CRACKDOWN"]


def test_an_activity_as_a_subject_is_generic() -> None:
    assert kinds("Going AWOL is considered a grave offence in the Korean People's Army.") == [("DESERTION", "generic")]


def test_what_should_happen_is_not_done() -> None:
    text = "The order said that guards should shoot anyone approaching the river at night."
    assert not any(t == "VIOLENCE" and m == "asserted" for t, m in kinds(text))


def test_dispatching_people_to_find_someone_is_a_search() -> None:
    text = "The brigade mobilized about 300 soldiers to find the deserter, a source in Musan said."
    assert [t for t, _m in kinds(text)] == ["SEARCH"]


def test_a_sweep_of_stations_and_markets_is_a_crackdown() -> None:
    text = "Military police have been searching stations and markets in Hamhung for soldiers without papers."
    assert [t for t, _m in kinds(text)] == ["CRACKDOWN"]


def test_the_place_of_a_relative_clause_describes_a_person() -> None:
    text = "Kim Jong Un ordered border units to tighten watch after a guard who fled to China was caught."
    directive = next(m for m in events(text) if m.type == "DIRECTIVE")
    assert directive.location is None or directive.location.country != "CN"


def test_crossings_described_as_moving_south_are_defections_dated_by_their_clause() -> None:
    text = "The soldier was spotted moving southward across the Military Demarcation Line at 11 p.m. on Wednesday."
    (event,) = events(text, "2019-08-01")
    assert event.type == "DEFECTION"
    assert event.date.value == "2019-07-31"
