"""Round 6 place rules: firms named after places, where residents live, a dateline below a headline, captions above
the lead, and events over the whole country or border.

Every sentence here was written for these tests in the style of the outlets the project reads.
"""

from __future__ import annotations

from sitreps import nlp
from sitreps.extract.location import attach_place
from sitreps.extract.places import load_gazetteer, resolve_places
from sitreps.model import Document, Mention, Place
from sitreps.pipeline import analyse


def _attach(text: str, trigger: str, etype: str, others: tuple[str, ...] = ()) -> Place | None:
    doc = nlp.load()(text)
    head = next(t for t in doc if t.text == trigger)
    other_heads = frozenset(t.i for t in doc if t.text in others)
    return attach_place(head, resolve_places(text, load_gazetteer()), etype, other_heads)


def _events(text: str, outlet: str = "Daily NK", published: str = "2022-05-10") -> list[Mention]:
    return analyse(Document(text=text, outlet=outlet, published=published)).mentions


# -- a firm named after a place is no place ------------------------------------------------------------------


def test_a_place_in_a_firms_name_is_not_a_place() -> None:
    text = "The manager of the Kumgang Trading Company branch in Musan County was detained last week."
    names = [p.text for p in resolve_places(text, load_gazetteer())]
    assert "Kumgang" not in names
    assert "Musan County" in names
    assert resolve_places("Staff of the Mirim Shipping Company were questioned.", load_gazetteer()) == []


def test_a_firms_name_does_not_move_the_arrest() -> None:
    text = (
        "The head of the Kumgang Trading Company's Hoeryong office was arrested in late May, a source in North "
        "Hamgyong Province told Daily NK."
    )
    arrest = next(m for m in _events(text) if m.type == "ARREST")
    assert arrest.location is not None and arrest.location.admin1 == "North Hamgyong"


# -- where residents live says where things done to them happened only when nothing else does ------------------


def test_where_the_doers_came_from_gives_way_to_where_they_acted() -> None:
    text = (
        "Three residents of Kangnyong County, South Hwanghae Province, tried to sell copper to Chinese traders "
        "through Sinuiju but were caught by border guards."
    )
    place = _attach(text, "caught", "ARREST", others=("sell",))
    assert place is not None and place.admin1 == "North Pyongan"


def test_residents_from_a_city_place_their_arrest_over_a_country_in_an_after_clause() -> None:
    text = (
        "Two residents from the riverside districts of Musan County were detained on their way home after phoning "
        "relatives in South Korea."
    )
    place = _attach(text, "detained", "ARREST")
    assert place is not None and place.country == "KP" and place.admin1 == "North Hamgyong"


def test_a_residents_home_still_places_what_happened_to_them_alone() -> None:
    place = _attach("A woman from Hoeryong was sentenced to ten years in a labor camp.", "sentenced", "PUNISHMENT")
    assert place is not None and place.admin1 == "North Hamgyong"


# -- a dateline under a headline is where the story was filed ---------------------------------------------------


def test_a_dateline_below_a_headline_is_not_the_events_place() -> None:
    text = (
        "N. Korean man held after crossing border: JCS\n"
        "SEOUL, March 3 (Yonhap) -- A North Korean man was taken into custody after he crossed the military "
        "demarcation line on the central front, the Joint Chiefs of Staff (JCS) said Tuesday."
    )
    arrest = next(m for m in _events(text, outlet="Yonhap", published="2023-03-03") if m.type == "ARREST")
    assert arrest.location is not None and arrest.location.admin1 != "Seoul"


# -- a caption above the lead does not make the lead a later sentence --------------------------------------------


def test_the_lead_below_a_photo_caption_takes_the_sources_province() -> None:
    text = (
        "A guard post on the bank of the Yalu River (Daily NK)\n"
        "North Korea has sentenced a customs official to ten years in a labor camp for taking bribes, Daily NK "
        "has learned.\n"
        "A source in North Pyongan Province said the official had let trucks through the Sinuiju customs house "
        "without checks."
    )
    punishment = next(m for m in _events(text) if m.type == "PUNISHMENT")
    assert punishment.location is not None and punishment.location.admin1 == "North Pyongan"


# -- the whole country or the whole border has no province -------------------------------------------------------


def test_a_search_of_the_entire_country_has_no_province() -> None:
    text = (
        "The security ministry ordered its agents to find the two men, searching the entire country if needed, a "
        "source in South Pyongan Province told Daily NK."
    )
    hunts = [m for m in _events(text) if m.type == "SEARCH"]
    assert hunts and all(m.location is None or m.location.admin1 is None for m in hunts)


def test_surveillance_along_the_chinese_border_has_no_province() -> None:
    text = (
        "A man was arrested in Pochon County last month for calling his brother in Seoul, a source in Ryanggang "
        "Province said.\n"
        "The authorities have stepped up surveillance along the Chinese border since the spring."
    )
    crackdown = next(m for m in _events(text) if m.type == "CRACKDOWN")
    assert crackdown.location is not None and crackdown.location.admin1 is None


# -- the authorities in the capital are the government ------------------------------------------------------------


def test_the_authorities_in_pyongyang_are_the_government_not_the_place() -> None:
    text = (
        "Border guards in Hyesan have been told to help move copper across the river, a source in Ryanggang Province "
        "said.\n"
        "The authorities in Pyongyang are now taking a larger share of the smuggling trade, he added."
    )
    smuggling = [m for m in _events(text) if m.type == "SMUGGLING"]
    assert smuggling and all(m.location is None or m.location.admin1 != "Pyongyang" for m in smuggling)
