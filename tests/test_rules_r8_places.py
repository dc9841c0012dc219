"""Round 8 place rules, from wordings seen in real reports: one test per rule.

Every sentence here is written for this suite, in the style of wire and border reporting.
"""

from __future__ import annotations

from sitreps.extract.location import provinces_by_country, sector_province
from sitreps.model import Mention, Place
from tests.rule_helpers import extract


def events(text: str, published: str = "2019-05-10") -> list[Mention]:
    return extract(text, published)


def placed(mentions: list[Mention], trigger: str) -> list[Mention]:
    return [m for m in mentions if trigger in m.evidence.trigger.lower()]


def test_a_colon_dateline_is_where_the_story_was_filed() -> None:
    text = (
        "SEOUL: South Korean soldiers fired warning shots at North Korean troops who were hunting for a comrade "
        "that had fled across the border on Tuesday, a defence official said."
    )
    found = placed(events(text), "fired")
    assert found and all(m.location is not None and m.location.admin1 != "Seoul" for m in found)


def test_seoul_officials_are_who_speaks_not_where() -> None:
    text = (
        "Twelve North Koreans were sent back to the North on Friday, ten days after their boat drifted south, "
        "Seoul officials said."
    )
    found = placed(events(text), "sent")
    assert found and all(m.location is not None and m.location.admin1 != "Seoul" for m in found)


def test_a_capitals_agency_is_the_government_not_a_place() -> None:
    text = (
        "A North Korean man who crossed the land border into the South was detained on Monday, the Joint Chiefs of "
        "Staff said. Defectors are usually handed over to Seoul's intelligence agency for questioning."
    )
    found = placed(events(text), "detained")
    assert found
    assert all(m.location is not None and m.location.country == "KR" and m.location.admin1 is None for m in found)


def test_fishermen_the_south_repatriates_are_handed_over_on_its_side() -> None:
    text = (
        "The ministry said two fishermen were handed back at the truce village on Monday. "
        "In March, the ROK repatriated five DPRK sailors whose vessel had drifted into its waters."
    )
    found = placed(events(text), "repatriated")
    assert found and all(m.location is not None and m.location.country == "KR" for m in found)


def test_goods_smuggled_into_a_chinese_town_are_placed_there() -> None:
    text = (
        "A source reported on Monday that North Korean squid was being smuggled in bulk into Hunchun through "
        "Chinese customs posts."
    )
    found = [m for m in events(text) if m.type == "SMUGGLING"]
    assert found and found[0].location is not None and found[0].location.admin1 == "Jilin"


def _cn(admin1: str) -> Place:
    return Place(text=admin1, span=None, country="CN", admin1=admin1, precision="admin2")


def test_chinese_provinces_spread_across_the_country_give_none() -> None:
    spread = [_cn("Jilin"), _cn("Hebei"), _cn("Shandong"), _cn("Yunnan")]
    assert "CN" not in provinces_by_country(spread)
    assert provinces_by_country([_cn("Jilin"), _cn("Jilin"), _cn("Liaoning")])["CN"] == "Jilin"


def test_a_sector_named_only_far_down_the_report_is_not_its_own() -> None:
    lead = "A North Korean soldier crossed the border to defect early on Saturday, the military said. " * 10
    assert sector_province(lead + "Last year another man swam across the Yellow Sea border.") is None
    assert sector_province("A soldier crossed the central front on Saturday. " + lead) == "Kangwon"
