"""Round-9 rules added when the helpers' work was merged: another incident told as "similar" or "separate",
habits on a present-tense verb, places that only date or attribute an event; and what "caught" means with
police or a farmer as the catcher (unchanged, kept as a guard). Every sentence here is written for this suite
in the style of real reports."""

from __future__ import annotations

from sitreps.model import Document, Mention
from sitreps.pipeline import process


def events(text: str, published: str = "2016-04-28", outlet: str = "Radio Free Asia") -> list[Mention]:
    return process(Document(text=text, published=published, outlet=outlet))


def of_type(found: list[Mention], etype: str) -> list[Mention]:
    return [m for m in found if m.type == etype and m.modality != "generic"]


def test_a_similar_campaign_elsewhere_is_another_crackdown() -> None:
    text = (
        "Border guards in Hyesan have been searching every house near the river since last week, a source in "
        "Ryanggang Province told RFA.\n"
        "A second source said a similar campaign had begun in Hoeryong, where patrols along the Tumen have been "
        "stepped up."
    )
    crackdowns = of_type(events(text), "CRACKDOWN")
    assert len(crackdowns) == 2, [(m.evidence.text, [s.text for s in m.statements]) for m in crackdowns]


def test_the_same_campaign_told_again_stays_one() -> None:
    text = (
        "Border guards in Hyesan have been searching every house near the river since last week, a source in "
        "Ryanggang Province told RFA.\n"
        "The house searches have been stepped up after dark, the source added."
    )
    assert len(of_type(events(text), "CRACKDOWN")) == 1


def test_a_habit_on_a_present_verb_is_generic_even_in_a_dated_sentence() -> None:
    text = "North Korea regularly tightens border controls before major events, but this year the measures are harsher."
    found = [m for m in events(text) if m.type == "CRACKDOWN"]
    assert found and all(m.modality == "generic" for m in found)


def test_a_past_crackdown_in_the_same_sentence_shape_is_asserted() -> None:
    text = "North Korea tightened border controls before the congress this year, a source said."
    found = [m for m in events(text) if m.type == "CRACKDOWN"]
    assert found and all(m.modality == "asserted" for m in found)


def test_an_occasion_that_dates_the_event_does_not_place_it() -> None:
    text = "In October, China sent back 500 North Koreans in one night after the end of the Asian Games in Hangzhou."
    arrests = of_type(events(text, published="2024-05-02", outlet="Reuters"), "ARREST")
    assert arrests and all(m.location is None or m.location.admin1 != "Zhejiang" for m in arrests)


def test_a_place_in_the_event_itself_still_places_it() -> None:
    text = "Chinese police detained four North Korean women at a guesthouse in Hangzhou last week, activists said."
    arrests = of_type(events(text, published="2024-05-02", outlet="Reuters"), "ARREST")
    assert arrests and arrests[0].location is not None and arrests[0].location.admin1 == "Zhejiang"


def test_who_tells_it_is_not_where_it_happened() -> None:
    text = "In October, China sent back about 500 North Koreans in one night, according to Seoul and rights groups."
    arrests = of_type(events(text, published="2024-05-02", outlet="Reuters"), "ARREST")
    assert arrests and all(m.location is None or m.location.country != "KR" for m in arrests)


def test_police_catching_people_hiding_take_them_into_custody() -> None:
    text = "Chinese police caught a group of four North Koreans hiding in a barn in Changbai on Sunday, sources said."
    arrests = of_type(events(text), "ARREST")
    assert arrests and arrests[0].location is not None and arrests[0].location.country == "CN"


def test_a_farmer_catching_a_thief_is_no_custody() -> None:
    text = "A farmer caught a soldier stealing corn from his field in Kapsan last month, a source said."
    assert not of_type(events(text), "ARREST")
