"""Round 18: states of affairs and trends that are no incidents: a change told over a leader's rule ("since Kim took
power, border security has been tightened"), what people of a kind can do ("trucks can cross the river in winter"),
a way of making a living, a list of kinds of offence under "include", a likeness or a concession ("as if they were
defectors", "even if I get caught") and a rule told "in the most serious cases". Incidents told in their own right
stay.

Every sentence here is written for this suite, in the style of border reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract, of_type

PUBLISHED = "2024-03-12"


def incidents(found: list[Mention], etype: str, words: str) -> list[Mention]:
    return [m for m in of_type(found, etype, words) if m.modality != "generic"]


def test_change_since_taking_power_is_a_trend() -> None:
    found = extract(
        "Since the Kim regime took power, surveillance of border guards has been strengthened.",
        PUBLISHED,
    )
    assert not incidents(found, "CRACKDOWN", "strengthened")


def test_change_since_taking_power_in_a_year_is_a_trend() -> None:
    found = extract(
        "Since he came to power in 2012, Kim Jong Un has stepped up surveillance along the Tumen River, analysts say.",
        PUBLISHED,
    )
    assert not incidents(found, "CRACKDOWN", "stepped up")


def test_measure_told_as_done_stays() -> None:
    found = extract(
        "The Ministry of State Security has stepped up surveillance along the Tumen River since last week.",
        PUBLISHED,
    )
    assert incidents(found, "CRACKDOWN", "stepped up")


def test_what_vehicles_can_do_is_no_crossing() -> None:
    found = extract("Heavy lorries loaded with timber can cross the frozen river in January.", PUBLISHED)
    assert not incidents(found, "DEFECTION", "cross")


def test_crossing_by_known_people_stays() -> None:
    found = extract("Three women crossed the frozen river into China in January.", PUBLISHED)
    assert incidents(found, "DEFECTION", "crossed")


def test_living_made_by_smuggling_is_a_livelihood() -> None:
    found = extract("The two men made their living smuggling prior to the pandemic.", PUBLISHED)
    assert not incidents(found, "SMUGGLING", "smuggling")


def test_kinds_listed_under_include_are_no_incidents() -> None:
    found = extract(
        "This includes absence from work, begging, unlicensed trading, drug trafficking and bribery among cadres.",
        PUBLISHED,
    )
    assert not incidents(found, "SMUGGLING", "trafficking")


def test_charges_of_one_man_under_include_are_not_a_list_of_kinds() -> None:
    found = extract("His charges include drug trafficking across the Yalu River in February.", PUBLISHED)
    assert incidents(found, "SMUGGLING", "trafficking")


def test_as_if_is_no_incident() -> None:
    found = extract(
        "Posing as if they were also defectors wishing to flee to South Korea, the agents won the trust of the group.",
        PUBLISHED,
    )
    assert not incidents(found, "DEFECTION", "flee")


def test_even_if_is_no_incident() -> None:
    found = extract("Even if I am arrested by the police, my relatives can pay them off.", PUBLISHED)
    assert not incidents(found, "ARREST", "arrested")


def test_plain_if_about_someone_stays_hypothetical() -> None:
    found = extract("If he is arrested by the police, his relatives will pay them off.", PUBLISHED)
    assert [m.modality for m in of_type(found, "ARREST", "arrested")] == ["hypothetical"]


def test_most_serious_cases_is_a_rule() -> None:
    found = extract("In the most serious cases, smugglers are executed in front of the market.", PUBLISHED)
    assert not incidents(found, "PUNISHMENT", "executed")


def test_foreign_measure_since_a_reign_stays() -> None:
    found = extract(
        "Chinese police have stepped up checks on trains in the northeast since Kim Jong Un took power in 2011.",
        PUBLISHED,
    )
    assert incidents(found, "CRACKDOWN", "stepped up")


def test_whether_a_rule_turns_on_is_no_incident() -> None:
    found = extract(
        "The sentence differs depending on whether a person is fleeing to South Korea or only to China.",
        PUBLISHED,
    )
    assert not incidents(found, "DEFECTION", "fleeing")


def test_unclear_whether_stays_uncertain() -> None:
    found = extract("It was unclear whether the two soldiers had fled to China.", PUBLISHED)
    assert [m.modality for m in of_type(found, "DEFECTION", "fled")] == ["uncertain"]


def test_what_some_do_in_the_present_is_a_habit() -> None:
    found = extract("While some officers desert out of hunger, others desert their posts to trade.", PUBLISHED)
    assert not incidents(found, "DESERTION", "desert")


def test_some_of_the_soldiers_last_week_stays() -> None:
    found = extract("Some of the soldiers deserted their posts in Hyesan last week.", PUBLISHED)
    assert incidents(found, "DESERTION", "deserted")


def test_more_people_who_could_leave_is_a_forecast() -> None:
    found = extract(
        "Believing that more people could try to defect as the rivers freeze over, the authorities have added patrols.",
        PUBLISHED,
    )
    assert not incidents(found, "DEFECTION", "defect")


def test_several_more_people_stay() -> None:
    found = extract("Several more people may have been executed in Hyesan last month, the source said.", PUBLISHED)
    assert incidents(found, "PUNISHMENT", "executed")


def test_more_than_a_number_stays() -> None:
    found = extract("More than 20 soldiers deserted their posts in Hyesan last month.", PUBLISHED)
    assert incidents(found, "DESERTION", "deserted")
