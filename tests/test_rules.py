"""Decision rules and reading habits the extraction learned from real reporting, one test each.

Every sentence here is written for this suite; each asserts what a careful coder would code.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract


def events(text: str, published: str = "2021-05-10") -> list[Mention]:
    return extract(text, published)


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


# --- habits learnt from a second reading of real reports (Daily NK, RFA, ASIAPRESS, Yonhap, AFP, Reuters) ---


def test_a_habit_that_describes_the_person_does_not_make_the_arrest_generic() -> None:
    text = (
        "A Hoeryong trader who often made calls to Seoul on a Chinese phone was arrested and sent to a prison camp "
        "for leaking secrets, Daily NK has learned."
    )
    assert kinds(text) == [("ARREST", "asserted"), ("PUNISHMENT", "asserted")]


def test_a_rise_in_desertions_is_a_trend_not_an_incident() -> None:
    text = "The extra checkpoints went up on March 3 after a rise in desertions from coastal units."
    assert ("DESERTION", "generic") in kinds(text)
    text = "Information tends to leak out through smuggling, a source in Ryanggang Province said."
    assert all(m == "generic" for _t, m in kinds(text))


def test_many_soldiers_doing_something_now_is_generic() -> None:
    text = "A lot of soldiers from the artillery units near Kilju are going AWOL, the source said."
    assert kinds(text) == [("DESERTION", "generic")]


def test_what_anyone_would_do_or_suffer_is_a_rule_not_an_incident() -> None:
    text = "Guards were reminded in July that anyone caught near the riverbank after dark will be shot on sight."
    assert not {"ARREST", "VIOLENCE"} & {t for t, _m in kinds(text)}


def test_a_bare_clock_time_does_not_date_a_past_event_on_the_day_of_publication() -> None:
    found = events("Two soldiers were arrested at around 2 a.m. near the Tumen River.")
    (event,) = [m for m in found if m.type == "ARREST"]
    assert event.date.value is None


def test_his_desertion_restates_the_desertion_already_told() -> None:
    text = (
        "A private from the 9th Corps deserted his post in Kyongsong on April 3, a source said. "
        "Harsh treatment by his platoon leader appears to be the cause of his desertion."
    )
    assert [t for t, _m in kinds(text)] == ["DESERTION"]


def test_a_sweep_of_stations_for_deserters_is_a_crackdown() -> None:
    text = "Military police have been combing train stations in Chongjin this month for runaway soldiers."
    assert [t for t, _m in kinds(text)] == ["CRACKDOWN"]


def test_an_outlet_cited_with_an_apposition_marks_a_back_reference() -> None:
    text = "Daily NK, a Seoul-based news outlet, reported in March that guards in Musan had been arrested."
    (event,) = events(text)
    assert event.is_back_reference and event.reported_by == "Daily NK"


def test_what_people_are_suspected_of_assisting_in_is_a_charge() -> None:
    text = "Pyongyang has launched a crackdown on border guards suspected of assisting in the trafficking of women."
    assert [t for t, _m in kinds(text)] == ["CRACKDOWN"]


def test_a_bust_is_an_arrest() -> None:
    text = "Two customs officials were busted for smuggling at the Sinuiju freight yard on June 2, a source said."
    assert [t for t, _m in kinds(text)] == ["ARREST"]


def test_a_public_shooting_of_the_condemned_is_the_execution() -> None:
    text = (
        "In early May a fishing boat captain from Kimchaek was executed by firing squad, a source told RFA. "
        "They publicly shot him at the harbour in front of 200 workers."
    )
    assert [t for t, _m in kinds(text)] == ["PUNISHMENT"]


def test_carrying_out_an_investigation_is_no_smuggling() -> None:
    text = (
        "After agents found Chinese phones and sacks of cash in his home, officials carried out an investigation "
        "of the people he had dealt with."
    )
    assert "SMUGGLING" not in [t for t, _m in kinds(text)]


def test_officials_handed_orders_are_not_handed_over() -> None:
    text = "Guard officers were handed orders to fire warning shots at anyone approaching the river."
    assert "ARREST" not in [t for t, _m in kinds(text)]


def test_going_back_across_the_border_is_not_being_sent_back() -> None:
    text = (
        "The smuggler carried a sack of pine nuts across the river and was spotted by a patrol as he returned "
        "across the border."
    )
    assert "ARREST" not in [t for t, _m in kinds(text)]


def test_a_discharge_for_ill_health_is_no_punishment() -> None:
    text = "He had served in the 27th Brigade for three years before being discharged due to a lung ailment."
    assert "PUNISHMENT" not in [t for t, _m in kinds(text)]


def test_a_warning_to_one_man_to_stop_is_no_directive() -> None:
    text = "The man was shot in late April after border guards warned him twice to stop."
    assert "DIRECTIVE" not in [t for t, _m in kinds(text)]


def test_an_order_to_shoot_parsed_as_a_clause_is_no_shooting() -> None:
    text = "Kim Jong Un has ordered the units along the Yalu to shoot at residents who try to leave the country."
    assert [t for t, _m in kinds(text)] == ["DIRECTIVE"]


def test_a_directive_that_named_people_be_captured_is_a_hunt() -> None:
    text = "Kim Jong Un issued a directive that the nine defectors from Musan should be captured and brought back."
    found = [t for t, _m in kinds(text)]
    assert "SEARCH" in found and "ARREST" not in found


def test_an_escape_via_panmunjom_is_a_defection_and_its_place_stays_with_it() -> None:
    text = (
        "The military has begun issuing new orders to border units following last month's escape by a soldier "
        "via the Joint Security Area at Panmunjom."
    )
    by_type = {m.type: m for m in events(text, published="2017-12-18")}
    assert "DEFECTION" in by_type
    directive = by_type["DIRECTIVE"]
    assert directive.location is None or directive.location.inferred  # not placed by the escape's Panmunjom


def test_a_capital_that_acts_is_not_where_the_report_happened() -> None:
    text = (
        "Pyongyang issued an emergency order on Sunday for a check of border guards, a source said. "
        "Investigators sent from Pyongyang arrested three guards in Hyesan on Monday."
    )
    arrest = next(m for m in events(text) if m.type == "ARREST")
    assert arrest.location is not None and arrest.location.admin1 == "Ryanggang"
    directive = next(m for m in events(text) if m.type == "DIRECTIVE")
    assert directive.location is None or directive.location.admin1 != "Pyongyang"


def test_a_relative_clause_keeps_its_own_date() -> None:
    text = (
        "Residents were ordered on May 4 to gather at the stadium, where six people had been executed by firing "
        "squad on April 2."
    )
    punishment = next(m for m in events(text) if m.type == "PUNISHMENT")
    assert punishment.date.value == "2021-04-02"


def test_a_hedge_on_the_next_clause_does_not_reach_the_arrest() -> None:
    text = "The two were arrested by an inspection team on May 3, so they will probably be sent to a labor camp."
    assert ("ARREST", "asserted") in kinds(text)


def test_a_place_under_another_event_is_that_events() -> None:
    text = ("Two soldiers from a post in Onsong deserted together last month and were caught a week later at"
            " Hoeryong station, a source said.")  # fmt: skip
    found = {m.type: m for m in events(text)}
    desertion, arrest = found["DESERTION"].location, found["ARREST"].location
    assert desertion is not None and "Onsong" in (desertion.admin2 or desertion.place or "")
    assert arrest is not None and "Hoeryong" in (arrest.admin2 or arrest.place or "")


def test_a_habit_in_one_clause_does_not_make_the_next_clause_generic() -> None:
    text = ("A soldier deserted his post in Hyesan on May 3, a source said. The source said the soldier had"
            " been beaten by his officers for years and that he decided to desert after a quarrel.")  # fmt: skip
    assert ("DESERTION", "generic") not in kinds(text, "2021-05-10")
    text = "Soldiers there have deserted for years, the source said."
    assert ("DESERTION", "generic") in kinds(text)
