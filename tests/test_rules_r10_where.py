"""Round 10 date and place rules, from wordings seen in real border reports: national orders are placed in the
country, not the source's province; a capture at the scene, or at the end of a crossing told the sentence before,
takes that day.

Every sentence here is written for this suite, in the style of border reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract


def events(text: str, published: str = "2022-06-20") -> list[Mention]:
    return extract(text, published)


def of_type(mentions: list[Mention], kind: str, words: str) -> Mention:
    return next(m for m in mentions if m.type == kind and any(words in s.text for s in m.statements))


def test_an_order_of_the_national_authorities_is_not_in_the_sources_province() -> None:
    text = (
        "The North Korean authorities have instructed border guards to fire at anyone caught wading across the "
        "river, a source in Ryanggang Province told Daily NK on Friday."
    )
    order = of_type(events(text), "DIRECTIVE", "instructed")
    assert order.location is not None and order.location.country == "KP" and order.location.admin1 is None


def test_an_order_of_a_national_ministry_is_not_in_the_sources_province() -> None:
    text = (
        "The Ministry of Social Security warned residents last month that anyone trading with Chinese smugglers "
        "would be punished, a source in North Hamgyong Province told Daily NK."
    )
    order = of_type(events(text), "DIRECTIVE", "warned")
    assert order.location is not None and order.location.admin1 is None


def test_a_restated_national_order_keeps_no_province() -> None:
    text = (
        "The North Korean authorities have ordered border guards to shoot anyone who approaches the river at "
        "night, a source in North Hamgyong Province said. \u201cAn order has been sent down to the guard posts "
        "to treat every crosser as a traitor,\u201d the source added."
    )
    order = of_type(events(text), "DIRECTIVE", "ordered")
    assert order.location is not None and order.location.admin1 is None


def test_an_order_of_a_provincial_body_keeps_its_province() -> None:
    text = (
        "The provincial security bureau has ordered border guards to double their night patrols, a source in "
        "Ryanggang Province told Daily NK on Friday."
    )
    order = of_type(events(text), "DIRECTIVE", "ordered")
    assert order.location is not None and order.location.admin1 == "Ryanggang"


def test_a_capture_on_the_spot_takes_the_episodes_date() -> None:
    text = (
        "Two smugglers were carrying copper across the Yalu River near Hyesan on June 3, a source said. "
        "One of them was arrested on the spot, while the other escaped into the hills."
    )
    arrest = of_type(events(text), "ARREST", "arrested")
    assert arrest.date.value == "2022-06-03"


def test_a_capture_with_no_scene_words_stays_undated() -> None:
    text = (
        "Two smugglers were carrying copper across the Yalu River near Hyesan on June 3, a source said. "
        "A third man from the same village was arrested, the source added."
    )
    arrest = of_type(events(text), "ARREST", "arrested")
    assert arrest.date.value is None


def test_the_capture_that_ends_a_crossing_takes_its_day() -> None:
    text = (
        "At around 2 AM on June 9, the pair attempted to cross the Tumen River near Musan. "
        "Spotted by a border patrol lying in wait on the bank, the two were arrested."
    )
    arrest = of_type(events(text), "ARREST", "arrested")
    assert arrest.date.value == "2022-06-09"


def test_china_as_the_doer_is_the_state_not_its_most_named_province() -> None:
    text = (
        "China may have detained as many as a dozen North Korean escapees over the past month, a Seoul-based "
        "activist said. Several of them had been hiding in Shenyang and Dandong, according to the activist."
    )
    arrest = of_type(events(text), "ARREST", "detained")
    assert arrest.location is not None and arrest.location.country == "CN" and arrest.location.admin1 is None


def test_people_caught_in_a_named_chinese_city_keep_its_province() -> None:
    text = (
        "Chinese police detained a dozen North Korean escapees in Shenyang last month, a Seoul-based activist said. "
        "Several of them had been hiding in Dandong, according to the activist."
    )
    arrest = of_type(events(text), "ARREST", "detained")
    assert arrest.location is not None and arrest.location.admin1 == "Liaoning"
