"""Round-10 merge rules (TAXONOMY.md rule 4): a handover at the truce village restates South Korea's return of people
who asked to go home; a rescue and the return days later, or a crossing and the shots that met it, stay apart; a group
named only as people ("300 residents", "the people") is the counted group told before; a trigger named as a thing
told ("at the same time as the execution") is not made new by "another" earlier in its sentence. Every sentence here
is written for this suite in the style of real reports.
"""

from __future__ import annotations

from sitreps.merge import _new_people, _people_compatible, _places_compatible, compatible
from sitreps.model import Actor, Document, EventDate, Evidence, Mention, Place, Span
from sitreps.pipeline import process


def found(text: str, published: str = "2018-03-10", outlet: str = "Yonhap") -> list[Mention]:
    return [m for m in process(Document(text=text, published=published, outlet=outlet)) if m.modality != "generic"]


def evidence(text: str, trigger: str, start: int = 0) -> Evidence:
    at = text.index(trigger)
    return Evidence(
        text=text,
        span=Span(start, start + len(text)),
        trigger=trigger,
        trigger_span=Span(start + at, start + at + len(trigger)),
    )


def mention(etype: str, text: str, trigger: str, start: int = 0, **fields: object) -> Mention:
    e = evidence(text, trigger, start)
    return Mention(type=etype, modality="asserted", evidence=e, statements=[e], **fields)  # type: ignore[arg-type]


def test_handover_at_the_truce_village_is_the_return_told() -> None:
    text = (
        "South Korea sent two North Korean fishermen back home on Thursday after they drifted across the sea "
        "border last month, the unification ministry said.\n"
        "The two fishermen, who said they wished to go home, were handed over to the North at the border village of "
        "Panmunjom on Thursday afternoon, the ministry said."
    )
    events = found(text)
    assert not [m for m in events if m.type == "ARREST" and any("handed" in (s.trigger or "") for s in m.statements)]
    returns = [m for m in events if m.type == "OTHER" and any("handed" in (s.trigger or "") for s in m.statements)]
    assert len(returns) == 1 and any((s.trigger or "").startswith("sent") for s in returns[0].statements)


def test_truce_village_lies_on_both_sides_only() -> None:
    village = Place(text="Panmunjom", span=None, country="KP", admin1="Kaesong")
    seoul_side = Place(text="Seoul", span=None, country="KR", admin1="Seoul")
    abroad = Place(text="Washington", span=None, country="US")
    assert _places_compatible(village, seoul_side)
    assert not _places_compatible(village, abroad)


def test_handover_by_china_is_not_merged_with_another_type() -> None:
    custody = mention("ARREST", "Chinese police handed them over to the North.", "handed", date=EventDate("2018-03-08"))
    crackdown = mention("CRACKDOWN", "Police stepped up checks on the border.", "stepped up checks", start=60)
    assert not compatible(custody, crackdown)


def test_rescue_and_return_days_later_are_two_incidents() -> None:
    rescue = mention("OTHER", "The coast guard rescued the crew in the East Sea.", "rescued")
    back = mention("OTHER", "The crew were repatriated through Panmunjom.", "repatriated", start=60)
    assert not compatible(rescue, back)


def test_crossing_in_a_relative_clause_tells_who_was_returned() -> None:
    text = "Seoul repatriated seven fishermen whose boat crossed into its waters."
    back = mention("OTHER", text, "repatriated")
    crossing = mention("OTHER", text, "crossed")
    assert compatible(back, crossing)


def test_crossing_and_warning_shots_are_one_event_per_side() -> None:
    text = "Eight North Korean soldiers crossed the line before South Korean troops fired warning shots."
    crossing = mention("OTHER", text, "crossed the line")
    shots = mention("OTHER", text, "fired warning shots")
    assert not compatible(crossing, shots)


def test_group_named_only_as_people_is_the_counted_group() -> None:
    assert _people_compatible(
        [Actor("400 residents", "CIVILIAN", count=400)], [Actor("400 people", "CIVILIAN", count=400)]
    )
    assert _people_compatible([Actor("people", "CIVILIAN")], [Actor("more than 300 defectors", "DEFECTOR", count=300)])
    assert not _people_compatible(
        [Actor("40 residents", "CIVILIAN", count=40)], [Actor("400 people", "CIVILIAN", count=400)]
    )
    assert not _people_compatible([Actor("people", "CIVILIAN")], [Actor("six officials", "PARTY_OFFICIAL", count=6)])
    assert not _people_compatible([Actor("a resident", "CIVILIAN")], [Actor("two defectors", "DEFECTOR", count=2)])


def test_round_up_told_again_with_another_word_for_the_people() -> None:
    text = (
        "North Korean security agents rounded up 400 people in Musan for phone calls to the South, a source said. "
        "A source in the county told Daily NK that agents arrested 400 residents after checking call records."
    )
    arrests = [m for m in found(text, outlet="Daily NK") if m.type == "ARREST"]
    assert len(arrests) == 1


def test_definite_trigger_after_another_is_the_one_told() -> None:
    assert not _new_people(evidence("Another hearing was held at the same time as the execution.", "execution"))
    assert _new_people(evidence("Another man was executed in Hoeryong.", "executed"))
