"""Each event's place: the place tied to it in the sentence, else the source's or report's province."""

from __future__ import annotations

from typing import Any

import pytest

from sitreps import nlp
from sitreps.extract.location import attach_place, dominant_admin1, locate, sector_province
from sitreps.extract.places import load_gazetteer, resolve_places
from sitreps.model import Actor, Evidence, Mention, Place, Source, Span


def _attach(text: str, trigger: str, etype: str) -> Place | None:
    doc = nlp.load()(text)
    head = next(t for t in doc if t.text == trigger)
    places = resolve_places(text, load_gazetteer())
    return attach_place(head, places, etype)


@pytest.mark.parametrize(
    ("text", "trigger", "etype", "expected"),
    [
        ("Two smugglers were arrested in Hyesan on Monday.", "arrested", "ARREST", "Hyesan"),
        # rule 7: a defection is placed where the person left from
        ("A soldier defected from Musan to China.", "defected", "DEFECTION", "Musan"),
        # rule 5: the place in a charge is not where the punishment happened
        ("He was executed in Sinuiju for letting shipments from Dandong through.", "executed", "PUNISHMENT",
         "Sinuiju"),
        # where the doer came from is not where the event happened
        ("An inspection team from Pyongyang arrested three guards in Manpo.", "arrested", "ARREST", "Manpo"),
    ],
)  # fmt: skip
def test_attach_place(text: str, trigger: str, etype: str, expected: str) -> None:
    place = _attach(text, trigger, etype)
    assert place is not None and (place.admin2 or place.admin1) == expected


def test_an_order_from_pyongyang_does_not_place_the_order() -> None:
    assert _attach("The bureau received an order from Pyongyang to find him.", "order", "DIRECTIVE") is None


def _mention(location: Place | None, sources: list[Source] | None = None, etype: str = "ARREST") -> Any:
    ev = Evidence(text="x", span=Span(0, 1), trigger="x", trigger_span=Span(0, 1))
    return Mention(type=etype, modality="asserted", evidence=ev, location=location, sources=sources or [])


def test_locate_infers_the_source_province() -> None:
    gaz = load_gazetteer()
    m = _mention(None, [Source(kind="anonymous_local", text="a source in Ryanggang", admin1="Ryanggang")])
    locate(m, "North Hamgyong", gaz)
    assert (m.location.admin1, m.location.precision, m.location.inferred) == ("Ryanggang", "admin1", True)


def test_locate_gives_a_river_its_province() -> None:
    gaz = load_gazetteer()
    (river,) = resolve_places("crossed the Tumen River", gaz)
    m = _mention(river)
    locate(m, "Rason", gaz)
    assert (m.location.place, m.location.admin1, m.location.inferred) == ("Tumen River", "Rason", True)


def test_dominant_province_follows_the_country_the_report_is_about() -> None:
    gaz = load_gazetteer()
    text = "Police in Dandong and elsewhere in Liaoning detained them; Pyongyang protested. Dandong is quiet."
    assert dominant_admin1(resolve_places(text, gaz)) == "Liaoning"
    text = "In Hyesan, Ryanggang Province, guards who had fled to Changbai were returned."
    assert dominant_admin1(resolve_places(text, gaz)) == "Ryanggang"


def test_no_dominant_province_when_the_report_ranges_over_several() -> None:
    gaz = load_gazetteer()
    spread = "Guards in Hyesan, Hoeryong and Sinuiju were questioned; in Hyesan the checks went on."
    assert dominant_admin1(resolve_places(spread, gaz)) is None  # Ryanggang twice in four
    leaning = "Guards in Hyesan and Sinuiju were questioned; in Hyesan the checks went on."
    assert dominant_admin1(resolve_places(leaning, gaz)) == "Ryanggang"  # two in three
    often = "Hyesan, Hoeryong, Sinuiju and Manpo were searched. Hyesan was sealed. Hyesan's market shut."
    assert dominant_admin1(resolve_places(often, gaz)) == "Ryanggang"  # named three times


def test_an_unplaced_event_in_a_report_over_several_provinces_has_no_province() -> None:
    from sitreps.model import Document
    from sitreps.pipeline import default_extractor

    text = (
        "Security agents questioned traders in Hyesan, Hoeryong and Sinuiju this month, a source told Daily NK.\n\n"
        "Two smugglers were arrested last week, the source said."
    )
    analysis = default_extractor().analyse(Document(text=text, url="u", published="2024-05-20"))
    arrests = [m for m in analysis.mentions if m.type == "ARREST"]
    assert len(arrests) == 1
    assert arrests[0].location is not None and arrests[0].location.admin1 is None
    one = text.replace("Hyesan, Hoeryong and Sinuiju", "Hyesan")
    analysis = default_extractor().analyse(Document(text=one, url="u", published="2024-05-20"))
    (arrest,) = [m for m in analysis.mentions if m.type == "ARREST"]
    assert arrest.location is not None and arrest.location.admin1 == "Ryanggang"


def _stated(text: str, etype: str = "ARREST", actors: list[Actor] | None = None) -> Any:
    ev = Evidence(text=text, span=Span(0, len(text)), trigger="x", trigger_span=Span(0, 1))
    return Mention(type=etype, modality="asserted", evidence=ev, actors=actors or [])


def test_two_provinces_joined_name_neither() -> None:
    place = _attach("Agents will inspect border units in North Hamgyong and Ryanggang provinces.", "inspect",
                    "CRACKDOWN")  # fmt: skip
    assert place is not None and (place.country, place.admin1, place.precision) == ("KP", None, "country")
    m = _mention(place, etype="CRACKDOWN")
    locate(m, "Ryanggang", load_gazetteer())
    assert m.location.admin1 is None


def test_a_foreign_authority_places_the_event_in_its_country() -> None:
    gaz = load_gazetteer()
    police = [Actor("Chinese police", "FOREIGN_AUTHORITY")]
    m = _stated("If the police catch them they will be sent back.", actors=police)
    locate(m, "Ryanggang", gaz, {"KP": "Ryanggang", "CN": "Jilin"})
    assert (m.location.country, m.location.admin1) == ("CN", "Jilin")
    m = _stated("He was taken into custody by South Korean troops.", actors=[Actor("South Korean troops", "MILITARY")])
    locate(m, "Ryanggang", gaz, {"KP": "Ryanggang"})
    assert (m.location.country, m.location.admin1) == ("KR", None)


def test_a_sentence_awaiting_repatriated_people_gets_no_chinese_province() -> None:
    m = _stated("If they are sent back, they will end up in a prison camp.", etype="PUNISHMENT")
    locate(m, "Liaoning", load_gazetteer(), {"CN": "Liaoning"})
    assert (m.location.country, m.location.admin1) == ("KP", None)


def test_an_event_over_the_whole_border_takes_no_province() -> None:
    m = _stated("x the ministry will inspect all border guard posts in the spring.", etype="CRACKDOWN")
    locate(m, "North Hamgyong", load_gazetteer())
    assert (m.location.country, m.location.admin1) == ("KP", None)
    m = _stated("x the provincial command ordered all units to hold roll calls.", etype="DIRECTIVE")
    locate(m, "Chagang", load_gazetteer())
    assert m.location.admin1 == "Chagang"  # a provincial body's "all units" are its province's


def test_a_sector_of_the_dmz_names_the_province_across_it() -> None:
    assert sector_province("A soldier walked across the MDL on the central front at dawn.") == "Kangwon"
    assert sector_province("He crossed near the truce village on the western front.") == "Kaesong"
    assert sector_province("Two fishermen crossed the western sea border in a boat.") == "South Hwanghae"
    m = _stated("A soldier crossed the line on the eastern front on Friday.", etype="DEFECTION")
    locate(m, "Seoul", load_gazetteer(), {"KR": "Seoul"})
    assert (m.location.country, m.location.admin1) == ("KP", "Kangwon")


def test_a_report_filed_from_seoul_does_not_place_north_korean_events_there() -> None:
    m = _stated("Troops of the North fired warning shots near the line.", etype="VIOLENCE")
    locate(m, "Seoul", load_gazetteer(), {"KR": "Seoul"})
    assert (m.location.country, m.location.admin1) == ("KP", None)
