"""Event detection and typing: which incidents a sentence reports, one rule each.

Every sentence here is written for this suite, in the style of reports on North Korea's borders and
security forces; each asserts what a careful coder would code under TAXONOMY.md.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract


def events(text: str, published: str = "2022-04-11") -> list[Mention]:
    return extract(text, published)


def kinds(text: str, published: str = "2022-04-11") -> list[tuple[str, str]]:
    return [(m.type, m.modality) for m in events(text, published)]


def incidents(text: str) -> set[str]:
    return {t for t, m in kinds(text) if m != "generic"}


def test_what_a_verb_of_prevention_keeps_from_happening_did_not_happen() -> None:
    text = "The quarantine unit was formed in May to stop the virus from crossing the Yalu, a source in Hyesan said."
    assert "DEFECTION" not in incidents(text)


def test_a_bare_activity_named_as_a_topic_is_no_incident() -> None:
    text = "Agents from the provincial security bureau have been gathering information on smuggling in Musan."
    assert "SMUGGLING" not in incidents(text)
    text = "RFA has reported several cases related to smuggling in Sinuiju since January."
    assert "SMUGGLING" not in incidents(text)


def test_a_livelihood_that_depends_on_smuggling_is_no_incident() -> None:
    text = "The economy of Hyesan depends on the smuggling of goods from China, residents say."
    assert "SMUGGLING" not in incidents(text)


def test_offences_listed_as_examples_of_charges_are_no_incidents() -> None:
    text = "Four prisoners held on charges such as robbery and murder broke out of the county jail on Sunday."
    assert "VIOLENCE" not in incidents(text)
    text = "Chinese police had caught them for crimes like burglary and murder before they were sent back."
    assert "VIOLENCE" not in incidents(text)


def test_suspending_trade_is_no_punishment_but_suspending_an_officer_is() -> None:
    assert "PUNISHMENT" not in incidents("The two countries suspended trade across the Yalu bridge in January.")
    text = "The company commander was suspended from duty last week after two of his men deserted."
    assert "PUNISHMENT" in incidents(text)


def test_a_unit_disbanded_by_the_leader_is_a_punishment() -> None:
    text = "An angry Kim Jong Un disbanded the border guard unit that had failed to stop the crossing in July."
    assert "PUNISHMENT" in incidents(text)


def test_an_order_that_says_something_is_a_directive() -> None:
    text = "A new order said that guards caught taking bribes from smugglers will be tried by a military court."
    assert ("DIRECTIVE", "asserted") in kinds(text)


def test_a_warning_handed_down_is_a_directive_and_its_threat_no_punishment() -> None:
    text = (
        "A warning has been handed down by the Border Guard Command that officers who fail to stop defections"
        " will be expelled from the party and discharged from the army."
    )
    found = kinds(text)
    assert ("DIRECTIVE", "asserted") in found
    assert "PUNISHMENT" not in {t for t, _m in found}


def test_a_shared_future_auxiliary_makes_both_conjuncts_planned() -> None:
    text = "The two guards will be expelled from the party and discharged from the army next month, a source said."
    assert all(m == "planned" for t, m in kinds(text) if t == "PUNISHMENT")


def test_a_search_for_people_the_parser_hangs_on_the_verb_is_a_sweep() -> None:
    text = "State security has stepped up its hunt for people using Chinese phones in Hoeryong, a source said."
    found = incidents(text)
    assert "CRACKDOWN" in found
    assert "SEARCH" not in found


def test_looking_for_an_excuse_is_no_search() -> None:
    text = "Security agents in Musan are looking for any excuse to detain traders, residents say."
    assert "SEARCH" not in incidents(text)


def test_searching_for_phones_is_a_sweep() -> None:
    text = "Police officers searched the market stalls in Hyesan for phones on Tuesday."
    assert "SEARCH" not in incidents(text)


def test_questioning_someone_in_custody_is_part_of_the_custody() -> None:
    text = "The corporal was detained on May 3 and is being questioned by the Military Security Command."
    assert [t for t, _m in kinds(text)] == ["ARREST"]


def test_south_korean_screening_of_arrivals_is_no_crackdown() -> None:
    text = "The three fishermen are being questioned by the National Intelligence Service, the ministry said."
    assert "CRACKDOWN" not in incidents(text)


def test_an_ordered_tightening_is_an_exhortation_but_ordered_patrols_are_a_measure() -> None:
    text = "Kim Jong Un ordered the border units to tighten the blockade along the Tumen, KCNA said."
    assert "CRACKDOWN" not in incidents(text)
    text = "The brigade commander ordered the companies to double their night patrols along the river."
    assert ("CRACKDOWN", "planned") in kinds(text)


def test_any_defection_is_no_particular_defection() -> None:
    text = "The commanders pledged to prevent the occurrence of any defection until the party congress in May."
    assert "DEFECTION" not in incidents(text)


def test_a_soldier_posted_at_the_border_is_no_deployment() -> None:
    text = "A soldier posted at the border in Hyesan was arrested on March 2 while returning from China."
    assert "CRACKDOWN" not in incidents(text)


def test_a_conjoined_clause_with_its_own_subject_keeps_its_own_issuer() -> None:
    text = (
        "Police have been checking the papers of every traveller on the roads to Musan, and border guards have"
        " been told to shoot anyone who approaches the river at night."
    )
    assert ("DIRECTIVE", "asserted") in kinds(text)


def test_a_trend_told_by_its_subject_is_generic() -> None:
    text = "Smuggling and defections along the Tumen have dropped sharply since the border was closed."
    assert not {"SMUGGLING", "DEFECTION"} & incidents(text)


def test_prisoners_awaiting_trial_have_not_been_tried() -> None:
    text = "Two prisoners awaiting trial escaped from the county detention centre in Unhung on Monday."
    assert ("PUNISHMENT", "asserted") not in kinds(text)


# -- batches d and e (helper A2) -----------------------------------------------------------------


def test_a_week_inside_a_month_is_one_date_for_merging() -> None:
    from sitreps.merge import _period

    assert _period("2021-W16") is not None and _period("2021-04") is not None
    text = (
        "Police in Manpo have detained at least 14 people since mid-April, a source in Chagang Province said. "
        "Fourteen people had been detained as of last week, the source said."
    )
    assert [t for t, m in kinds(text, "2021-04-27") if t == "ARREST"] == ["ARREST"]


def test_a_guard_who_disappears_from_his_post_deserts() -> None:
    text = "A 20-year-old private disappeared from his sentry post near the Tumen River on the night of March 2."
    found = incidents(text)
    assert "DESERTION" in found and "OTHER" not in found


def test_a_disappearance_recalled_as_a_time_is_no_new_incident() -> None:
    text = "His sister was questioned three times by state security agents in the week after he vanished."
    assert "OTHER" not in incidents(text)


def test_handing_over_things_is_no_arrest() -> None:
    text = "The county security department has ordered residents of Sinpa to hand over any Chinese phones by Friday."
    assert "ARREST" not in incidents(text)


def test_trade_that_picks_up_is_no_arrest() -> None:
    text = "Smuggling has picked up along the Yalu in recent weeks, a source in Hyesan said."
    assert "ARREST" not in incidents(text)


def test_a_border_crossing_named_as_a_place_is_no_defection() -> None:
    text = "The 12 women were handed to North Korean security officials at the border crossing in Tumen on Friday."
    assert "DEFECTION" not in incidents(text)


def test_searching_houses_one_after_another_is_a_sweep() -> None:
    text = "Since the 15th, police and state security officers have been searching houses in the riverside districts."
    found = incidents(text)
    assert "CRACKDOWN" in found and "SEARCH" not in found


def test_stopping_everyone_who_passes_is_a_sweep_not_an_arrest() -> None:
    text = "Military police have been stopping every soldier in uniform at the checkpoint outside Sinuiju Station."
    found = incidents(text)
    assert "ARREST" not in found and "CRACKDOWN" in found
    text = "Since early May, anyone entering the riverside zone at night has been stopped and searched."
    found = incidents(text)
    assert "SEARCH" not in found and "CRACKDOWN" in found


def test_questioning_told_as_the_course_of_custody_is_no_crackdown() -> None:
    text = "A woman who had been sent back from Changbai died in a holding center in Hyesan after weeks of questioning."
    assert "CRACKDOWN" not in incidents(text)


def test_checkpoints_set_up_for_a_hunt_are_part_of_the_hunt() -> None:
    text = "Police and soldiers set up checkpoints on every road into Kapsan and searched the hills for three days."
    found = incidents(text)
    assert "SEARCH" in found and "CRACKDOWN" not in found


def test_shots_that_were_not_fired_did_not_happen() -> None:
    text = "The North Korean patrol turned back, and no shots were fired from the northern side, the JCS said."
    found = incidents(text)
    assert "VIOLENCE" not in found and "PUNISHMENT" not in found


def test_without_warning_is_no_order() -> None:
    text = "The source said the guards fired on the boat without warning."
    assert "DIRECTIVE" not in incidents(text)


def test_a_declared_buffer_zone_is_a_directive() -> None:
    text = "In late August the authorities declared a one-kilometre buffer zone along the Yalu in Hyesan."
    assert "DIRECTIVE" in incidents(text)


def test_those_found_to_have_tried_to_defect_is_a_charge() -> None:
    text = "Those found to have tried to reach South Korea face long terms in political prison camps."
    assert "DEFECTION" not in incidents(text)


def test_a_raid_in_which_people_were_arrested_is_the_arrest() -> None:
    text = "Chinese police arrested nine North Koreans in a raid on a flat in Yanji on Feb. 3, activists said."
    found = incidents(text)
    assert "ARREST" in found and "CRACKDOWN" not in found


def test_a_break_in_with_theft_is_a_robbery() -> None:
    text = "The deserters broke into a farmhouse near Chongsong two nights later and took a sack of rice."
    found = incidents(text)
    assert "VIOLENCE" in found and "SMUGGLING" not in found and "OTHER" not in found


def test_an_incident_recalled_as_a_time_is_no_new_incident() -> None:
    text = "After the robbery, county police searched the woods along the Yalu for the deserters."
    assert "VIOLENCE" not in incidents(text)


def test_a_prompted_measure_was_taken() -> None:
    text = "Soldiers are deserting building sites in Pyongyang, prompting military police to set up checkpoints."
    assert ("CRACKDOWN", "asserted") in kinds(text)


def test_an_order_restated_by_the_issuers_surname_is_one_order() -> None:
    text = (
        "Kim Jong Un urged border guard officers in a letter on Monday to eliminate contact with smugglers. "
        "In the letter, Kim instructed the officers to report every crossing attempt."
    )
    assert [t for t in incidents(text) if t == "DIRECTIVE"] == ["DIRECTIVE"]
    assert sum(1 for m in events(text) if m.type == "DIRECTIVE") == 1


def test_a_bribe_paid_to_let_goods_through_is_smuggling_even_when_misattached() -> None:
    text = (
        "The trader paid the officer in charge of the Manpo crossing 2,000 yuan a month to let his trucks through, "
        "a source said."
    )
    assert "SMUGGLING" in incidents(text)


def test_a_crossing_arranged_in_a_smuggling_story_is_a_smuggling_run() -> None:
    text = (
        "A smuggler was shot dead by guards near Musan last week as he carried Chinese goods across the Tumen. "
        "The man had arranged the crossing with a corporal of the guard company, the source said."
    )
    found = incidents(text)
    assert "SMUGGLING" in found and "DEFECTION" not in found
    text = "The family had paid a broker in Hyesan to arrange the crossing with the guards on duty, the source said."
    assert "DEFECTION" in incidents(text)


def test_a_force_taking_over_stretches_of_the_border_is_a_crackdown() -> None:
    text = "Soldiers of a special forces unit took over several guard posts on the Yalu from the border guards in May."
    assert "CRACKDOWN" in incidents(text)
    text = "A smuggler paid a sergeant of the unit that took over the posts in the area in August, the source said."
    assert "CRACKDOWN" not in incidents(text)


def test_a_campaign_moving_on_to_other_places_is_a_planned_crackdown() -> None:
    text = "The inspection team will move on to Samsu County next month, the source said."
    assert ("CRACKDOWN", "planned") in kinds(text)
    assert "CRACKDOWN" not in incidents("The smugglers moved on to a quieter stretch of the river near Musan.")


def test_jamming_signals_and_fitting_cameras_are_crackdown_measures() -> None:
    text = "The authorities have begun jamming Chinese mobile signals along the river in Hyesan."
    assert "CRACKDOWN" in incidents(text)
    text = "Kim called for every guard post on the Tumen to be fitted with new surveillance cameras by next year."
    assert ("CRACKDOWN", "planned") in kinds(text)


def test_forces_sent_to_carry_out_a_measure_are_the_crackdown() -> None:
    text = "The ministry has deployed a team of agents from Pyongyang to Hoeryong to investigate brokers."
    assert "CRACKDOWN" in incidents(text)
    text = "The provincial command stationed 500 more soldiers along the border in Onsong to block smuggling in April."
    assert "CRACKDOWN" in incidents(text)


def test_a_check_that_was_skipped_is_no_crackdown() -> None:
    text = "The guards let the trader's trucks through without inspection every night, the source said."
    assert "CRACKDOWN" not in incidents(text)


def test_being_awol_is_desertion_and_leaving_the_barracks_too() -> None:
    assert "DESERTION" in incidents("A private who had been AWOL for two weeks was caught at Kowon station on Monday.")
    text = "Twelve soldiers of a construction brigade fled their barracks in Pyongyang in March."
    assert "DESERTION" in incidents(text)


def test_units_sent_out_on_a_tip_are_a_search() -> None:
    text = "Police units were dispatched to the village after receiving a tip that the deserter was hiding there."
    assert "SEARCH" in incidents(text)


def test_the_shooting_of_a_person_just_told_executed_is_the_execution() -> None:
    text = (
        "The battalion commander was executed in Chongjin in March, the NIS said. "
        "He was shot in front of other officers of the corps."
    )
    found = incidents(text)
    assert "PUNISHMENT" in found and "VIOLENCE" not in found


def test_road_checks_in_a_hunt_for_particular_people_are_the_search() -> None:
    text = (
        "Police are searching for two women who escaped from a detention centre in Onsong last week. "
        "Officers have been stopping cars on the roads to Namyang and checking everyone's papers, the source said."
    )
    found = incidents(text)
    assert "SEARCH" in found and "CRACKDOWN" not in found


def test_goods_handed_over_the_river_are_smuggling() -> None:
    text = "He was shot while trying to retrieve a sack of goods thrown from a Chinese boat near Sakju."
    assert "SMUGGLING" in {t for t, _ in kinds(text)}


def test_a_crossing_a_smuggler_pays_for_is_smuggling() -> None:
    text = "A smuggler carrying copper reportedly bribed the guards in Hyesan to get him across the river in May."
    found = incidents(text)
    assert "SMUGGLING" in found and "DEFECTION" not in found
    text = "The woman bribed the guards in Hyesan to get her across the river in May, the source said."
    assert "DEFECTION" in incidents(text)


def test_weeding_out_brokers_is_a_crackdown() -> None:
    text = "State security has sent agents to Yanji and Changbai this month to weed out brokers who help defectors."
    assert "CRACKDOWN" in incidents(text)


def test_smuggling_told_as_a_way_of_life_is_generic() -> None:
    text = "Many families in the riverside villages of Musan made their living smuggling before the pandemic."
    assert "SMUGGLING" not in incidents(text)
    assert "SMUGGLING" not in incidents("Some border guards in Hoeryong live off smuggling, residents say.")


# --- round 4 (A4): defections told twice, onward journeys, orders and sanctions ---------------------------------


def test_the_wish_to_defect_of_people_who_crossed_is_their_crossing() -> None:
    text = "Three North Korean fishermen crossed the eastern sea border on Sunday and asked to defect to the South."
    found = [m for m in events(text) if m.type == "DEFECTION"]
    assert [m.modality for m in found] == ["asserted"]
    text = "A wooden boat crossed the NLL early Friday with two of its crew saying they wanted to defect."
    assert len([m for m in events(text) if m.type == "DEFECTION"]) == 1


def test_an_earlier_leg_of_the_same_journey_is_one_defection() -> None:
    text = "About 900 North Koreans reached the South last year, most of them women who had first fled to China."
    assert len([m for m in events(text) if m.type == "DEFECTION"]) == 1


def test_a_crossing_between_third_countries_is_no_defection() -> None:
    text = "Police in Chiang Rai detained eight North Koreans who waded across the Mekong from Laos on Sunday."
    assert "DEFECTION" not in incidents(text)
    assert "ARREST" in incidents(text)


def test_a_guard_who_led_people_across_helped_them_defect() -> None:
    text = "The sergeant led the two women across a narrow stretch of the Tumen in early May, the source said."
    assert "DEFECTION" in incidents(text)


def test_a_border_kept_closed_is_a_directive() -> None:
    text = "Trade with China resumed in 2023 after Pyongyang kept its border closed for more than three years."
    assert "DIRECTIVE" in incidents(text)


def test_a_dismissal_joined_to_an_order_was_done_not_ordered() -> None:
    text = "Kim Jong Un ordered commanders to root out bribery among border troops and dismissed the head of a unit."
    assert ("PUNISHMENT", "asserted") in kinds(text)


def test_relieved_of_a_post_named_after_the_unit_is_a_dismissal() -> None:
    text = "The meeting also relieved the commander of a border guard brigade of his post, the agency said."
    assert "PUNISHMENT" in incidents(text)


def test_a_sanction_joined_to_a_charge_is_no_charge() -> None:
    text = "If the two women are caught, they will be charged with treason and sent to a labor camp, the source said."
    assert ("PUNISHMENT", "hypothetical") in kinds(text)
    text = "Families of the missing were told last week that they would be moved to inland areas in the spring."
    assert "PUNISHMENT" in incidents(text)


# round 5 (R1): rules from real local-source reports


def test_a_time_phrase_is_not_what_was_received() -> None:
    text = "The security bureau in Musan received an award late last year for its campaign against phone users."
    assert "PUNISHMENT" not in incidents(text)


def test_if_only_is_a_concession_not_a_condition() -> None:
    text = "Two privates deserted their company in early May to get some sleep, if only for one night, a source said."
    assert ("DESERTION", "asserted") in kinds(text)


def test_handing_in_things_is_no_arrest() -> None:
    text = "Police in Onsong urged residents to surrender their Chinese handsets before the end of March."
    assert "ARREST" not in incidents(text)


def test_a_threatened_punishment_is_a_directive() -> None:
    text = "The provincial security bureau announced harsh punishments for anyone using a foreign phone in Hyesan."
    got = kinds(text)
    assert "PUNISHMENT" not in {t for t, _ in got}
    assert ("DIRECTIVE", "asserted") in got


def test_an_announced_execution_is_still_a_punishment() -> None:
    text = "KCNA announced on Monday that a former border guard commander had been executed for treason."
    assert "PUNISHMENT" in incidents(text)


def test_a_figurative_attack_is_no_violence() -> None:
    text = "The state security ministry has been attacking the use of smuggled phones along the Tumen since spring."
    assert "VIOLENCE" not in incidents(text)


def test_an_attack_on_a_station_is_violence() -> None:
    text = "Soldiers from a unit in Kangwon Province attacked a police station in Wonsan on March 3."
    assert "VIOLENCE" in incidents(text)


def test_hunting_down_whoever_does_something_is_a_sweep() -> None:
    text = "Security agents in Hoeryong drove around the city in May to hunt down residents calling relatives abroad."
    got = incidents(text)
    assert "SEARCH" not in got


def test_a_bare_activity_hung_on_a_description_is_generic() -> None:
    text = "Hyesan has long been the main hub for smuggling and defections along the Yalu, residents say."
    assert not incidents(text) & {"SMUGGLING", "DEFECTION"}


def test_a_passive_future_parsed_as_a_complement_is_planned() -> None:
    text = "Agents said those caught will be charged with spying, and their families will be exiled to the mountains."
    assert ("PUNISHMENT", "asserted") not in kinds(text)
