"""Round 11 place and date rules, from wordings seen in real wire reports: people the South hands back at the truce
village of Panmunjom are returned on the South's side of it (Gyeonggi), not the North's (Kaesong), with a
counter-test that a return by the North there stays on its side; a lead dated by a part of a month ("late last
month", "mid-September") is refined only to a day inside that part.

Every sentence here is written for this suite, in the style of wire reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract


def events(text: str, published: str = "2018-03-09") -> list[Mention]:
    return extract(text, published)


def returns(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.type == "OTHER"]


def test_the_south_returning_people_at_panmunjom_is_on_its_side() -> None:
    text = (
        "South Korea repatriated four North Korean fishermen on Thursday, a week after their boat drifted across "
        "the sea border, the unification ministry said.\n"
        "The four were sent back to the North at the truce village of Panmunjom at around 3 p.m., it added."
    )
    found = returns(events(text))
    assert found and found[0].location is not None
    assert (found[0].location.country, found[0].location.admin1) == ("KR", "Gyeonggi")


def test_the_south_returning_people_at_panmunjom_in_one_sentence() -> None:
    text = (
        "South Korea on Thursday returned four North Korean fishermen to their communist homeland at the border "
        "village of Panmunjom, officials said."
    )
    found = returns(events(text))
    assert found and found[0].location is not None and found[0].location.admin1 == "Gyeonggi"


def test_the_north_returning_people_at_panmunjom_stays_on_its_side() -> None:
    text = (
        "North Korea returned a South Korean fisherman to the South at the truce village of Panmunjom on "
        "Thursday, officials said."
    )
    found = returns(events(text))
    assert all(m.location is None or m.location.admin1 != "Gyeonggi" for m in found)


def test_a_day_outside_the_part_of_the_month_does_not_refine_the_lead() -> None:
    text = (
        "Border guards in Hyesan arrested two smugglers late last month, a source in Ryanggang Province told "
        "Daily NK.\nThe river had frozen over on October 4, the source said, and the smugglers crossed at night."
    )
    found = [m for m in events(text, "2021-11-05") if m.type == "ARREST"]
    assert found and found[0].date.value == "2021-10"


def test_a_day_inside_the_part_of_the_month_still_refines_the_lead() -> None:
    text = (
        "Border guards in Hyesan arrested two smugglers in mid-October, a source in Ryanggang Province told "
        "Daily NK.\nThe pair were caught on the riverbank at around 2 a.m. on October 14, the source said."
    )
    found = [m for m in events(text, "2021-11-05") if m.type == "ARREST"]
    assert found and found[0].date.value == "2021-10-14"
