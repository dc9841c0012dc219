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


# --- sweeps, hunts, smuggling and crossings (issue 3, genre wording) ------------------------------------


def types(text: str, published: str = "2021-05-10") -> set[str]:
    return {t for t, m in kinds(text, published) if m != "generic"}


def test_an_inspection_group_is_a_crackdown() -> None:
    assert types("The Ministry of State Security sent an inspection group to Musan county in early May.") == {
        "CRACKDOWN"
    }


def test_installing_cameras_and_checking_papers_are_crackdown_measures() -> None:
    assert types("The authorities installed new surveillance cameras along the Yalu in Sinuiju in March.") == {
        "CRACKDOWN"
    }
    assert types("Police have been checking the papers of everyone travelling to Hyesan since the 10th.") == {
        "CRACKDOWN"
    }


def test_strengthened_surveillance_and_house_searches_are_crackdowns() -> None:
    assert types("Border guards strengthened surveillance of the riverbank in Musan on April 30.") == {"CRACKDOWN"}
    assert types("Agents have been going through the houses of traders in Hoeryong since late April.") == {"CRACKDOWN"}


def test_questioning_people_is_a_crackdown() -> None:
    assert types("State security agents questioned the fishermen who owned the boat on Monday.") == {"CRACKDOWN"}


def test_an_order_to_catch_him_is_a_directive_and_a_hunt() -> None:
    found = kinds("The provincial security bureau put out an order to every police station to catch him.")
    assert ("DIRECTIVE", "asserted") in found
    assert ("SEARCH", "asserted") in found
    assert not any(t == "ARREST" for t, _m in found)


def test_searching_houses_for_a_person_is_a_hunt_not_a_sweep() -> None:
    assert types("Soldiers searched every house in the village for him on Tuesday.") == {"SEARCH"}


def test_sending_agents_to_find_out_is_an_inquiry() -> None:
    assert types("The ministry sent agents to the village on May 3 to find out who had sheltered the soldier.") == {
        "CRACKDOWN"
    }


def test_paying_guards_to_let_goods_through_is_smuggling() -> None:
    assert types("A trader paid the battalion commander 3,000 yuan a month to let his trucks through.") == {"SMUGGLING"}


def test_letting_smugglers_bring_goods_in_is_one_smuggling_event() -> None:
    found = kinds("Since March the company had been letting smugglers bring in flour and cooking oil at night.")
    assert [t for t, _m in found] == ["SMUGGLING"]


def test_taking_bribes_from_smugglers_and_swapping_goods_are_smuggling() -> None:
    assert types("Guards at the post took bribes from smugglers throughout April.") == {"SMUGGLING"}
    assert types("The crew had been swapping squid for diesel with Chinese boats since March.") == {"SMUGGLING"}


def test_a_crossing_with_sacks_of_goods_is_smuggling_not_defection() -> None:
    assert types("Three soldiers waded across the river with sacks of copper on the night of May 2.") == {"SMUGGLING"}
    assert types("A man crossed the frozen Tumen on May 3 carrying a sack of herbs.") == {"SMUGGLING"}


def test_leading_people_across_the_river_is_a_defection() -> None:
    assert types("A sergeant led four people across the Yalu River on the night of May 3.") == {"DEFECTION"}
    assert types("A family of four waded into the Tumen near Onsong on Tuesday.") == {"DEFECTION"}


def test_agents_crossing_to_hunt_defectors_do_not_defect() -> None:
    assert types("North Korean agents crossed into China last month to track down the defectors.") == {"SEARCH"}


def test_a_crossing_that_turns_back_is_no_defection() -> None:
    text = "Ten North Korean soldiers crossed the MDL on Tuesday and withdrew north after warning shots."
    assert "DEFECTION" not in types(text)


def test_what_identifies_the_people_arrested_or_shot_is_no_incident() -> None:
    assert types("A guard who helped a family of four cross the Yalu River was arrested on May 2.") == {"ARREST"}
    assert types("Guards shot a woman who was trying to carry goods across the river on May 1.") == {"VIOLENCE"}
    assert types("Eight people were arrested in Hyesan on May 4 after an inspection uncovered a smuggling ring.") == {
        "ARREST"
    }


def test_a_crossing_told_of_the_person_arrested_abroad_is_kept() -> None:
    found = types("Chinese police arrested a North Korean man who fled to Yanji last week.")
    assert found == {"ARREST", "DEFECTION"}


def test_stopping_an_activity_is_not_doing_it() -> None:
    assert types("Smugglers along the Tumen have stopped moving goods across the river.") == set()


def test_the_months_an_order_sets_lie_after_the_order() -> None:
    text = "On Monday Kim Jong Un ordered the ministry to send an inspection group to all border units in June."
    by_type = {m.type: m for m in events(text, published="2021-05-10")}
    assert by_type["CRACKDOWN"].date.value == "2021-06"
    assert by_type["DIRECTIVE"].date.value == "2021-05-10"


def test_a_noun_joined_to_another_noun_is_no_mistagged_verb() -> None:
    found = kinds("The commander told officers to check sentry duty and military discipline in every company.")
    assert "PUNISHMENT" not in [t for t, _ in found]
