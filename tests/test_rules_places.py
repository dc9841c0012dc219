"""Where events happen: rules on the places tied to a trigger, and on the province filled in when none is.

Every sentence here was written for these tests in the style of the outlets the project reads.
"""

from __future__ import annotations

from typing import Any

from sitreps import nlp
from sitreps.extract.location import attach_place, locate
from sitreps.extract.places import load_gazetteer, resolve_places
from sitreps.model import Document, Evidence, Mention, Place, Span
from sitreps.pipeline import analyse


def _attach(text: str, trigger: str, etype: str, others: tuple[str, ...] = ()) -> Place | None:
    doc = nlp.load()(text)
    head = next(t for t in doc if t.text == trigger)
    other_heads = frozenset(t.i for t in doc if t.text in others)
    return attach_place(head, resolve_places(text, load_gazetteer()), etype, other_heads)


def _stated(
    text: str, etype: str, backref: bool = False, location: Place | None = None, trigger: str | None = None
) -> Any:
    at = text.index(trigger) if trigger else 0
    span = Span(at, at + len(trigger)) if trigger else Span(0, 1)
    ev = Evidence(text=text, span=Span(0, len(text)), trigger=trigger or "x", trigger_span=span)
    return Mention(type=etype, modality="asserted", evidence=ev, is_back_reference=backref, location=location)


# -- the place tied to the trigger ------------------------------------------------------------------


def test_the_north_and_the_chinese_side_are_countries() -> None:
    places = resolve_places("They fear she will be beaten once she is back in the North.", load_gazetteer())
    assert [(p.text, p.country, p.precision) for p in places] == [("North", "KP", "country")]
    places = resolve_places("He may rob villagers on the Chinese side of the river.", load_gazetteer())
    assert [(p.country, p.precision) for p in places] == [("CN", "country")]
    # a word of a longer name or a possessor is not the country on its own
    assert resolve_places("The North Korean border guards and the North's army.", load_gazetteer()) == []


def test_the_neighbour_in_the_border_with_is_not_the_place() -> None:
    place = _attach("Kim ordered the units to seal every gap along the frontier with China.", "seal", "CRACKDOWN")
    assert place is None


def test_how_far_a_search_reached_is_not_where_it_was() -> None:
    place = _attach("Military police have been checking markets as far as Hamhung.", "checking", "CRACKDOWN")
    assert place is None


def test_a_place_in_the_suspicion_is_a_charge() -> None:
    text = "Her husband was detained on suspicion of carrying cash across the river from Changbai in China."
    assert _attach(text, "detained", "ARREST") is None


def test_the_unit_of_the_doer_places_the_event_when_nothing_else_does() -> None:
    text = "Last year a deserter from a unit in South Hwanghae Province shot dead two police officers."
    place = _attach(text, "shot", "VIOLENCE")
    assert place is not None and place.admin1 == "South Hwanghae"
    # but the capital an officer was sent from is where he came from
    text = "The commander was replaced by an officer sent from the General Staff in Pyongyang."
    assert _attach(text, "replaced", "OTHER") is None


def test_two_towns_of_one_province_give_the_province_and_of_two_provinces_neither() -> None:
    place = _attach("Special forces arrived in Hyesan and Pochon on Friday.", "arrived", "CRACKDOWN")
    assert place is not None and (place.admin1, place.admin2, place.precision) == ("Ryanggang", None, "admin1")
    place = _attach("The ministry sent inspectors to Sinuiju and Hyesan in March.", "sent", "CRACKDOWN")
    assert place is not None and (place.admin1, place.precision) == (None, "country")
    # a county and its province are one place
    place = _attach("Guards were arrested in Musan County, North Hamgyong Province.", "arrested", "ARREST")
    assert place is not None and place.admin2 == "Musan"


def test_a_repatriation_is_placed_on_the_side_that_hands_them_over() -> None:
    text = "The women were handed over at the bridge between Tumen and Namyang in March."
    place = _attach(text, "handed", "ARREST")
    assert place is not None and (place.country, place.admin1) == ("CN", "Jilin")
    text = "About 30 refugees who had been held in Tumen were handed back to guards at the bridge to Namyang."
    place = _attach(text, "handed", "ARREST")
    assert place is not None and (place.country, place.admin1) == ("CN", "Jilin")


def test_where_another_verb_took_them_is_not_where_they_were_caught() -> None:
    text = "Six brokers were arrested in March, and two of them were taken to Pyongyang for questioning."
    assert _attach(text, "arrested", "ARREST") is None


def test_where_goods_were_sold_abroad_is_not_where_the_smuggling_was() -> None:
    text = "Smugglers sold phones to dealers in Changbai, paying the guards to look away."
    assert _attach(text, "paying", "SMUGGLING") is None


def test_an_order_conjoined_with_an_execution_is_not_placed_by_it() -> None:
    text = "The regime executed a trade official in Sinuiju and told its troops to shoot smugglers."
    assert _attach(text, "told", "DIRECTIVE", others=("executed",)) is None


# -- the province filled in -------------------------------------------------------------------------


def test_an_event_placed_only_in_china_takes_the_chinese_province_of_the_report() -> None:
    gaz = load_gazetteer()
    (china,) = resolve_places("in China", gaz)
    m = _stated("Beijing sent 40 North Koreans back in China on Friday.", "ARREST", location=china)
    locate(m, "Liaoning", gaz, {"CN": "Liaoning", "KP": "North Pyongan"})
    assert (m.location.country, m.location.admin1, m.location.inferred) == ("CN", "Liaoning", True)


def test_a_recalled_incident_at_the_same_place_takes_the_report_province() -> None:
    gaz = load_gazetteer()
    m = _stated("The outlet reported in May that a guard had been shot at the same airfield.", "PUNISHMENT", True)
    locate(m, "Ryanggang", gaz, {"KP": "Ryanggang"})
    assert m.location.admin1 == "Ryanggang"
    m = _stated("The outlet reported in May that a guard had been shot for smuggling.", "PUNISHMENT", True)
    locate(m, "Ryanggang", gaz, {"KP": "Ryanggang"})
    assert m.location.admin1 is None
    m = _stated("After a similar escape in 2015, two officers of the same unit were shot.", "PUNISHMENT", True)
    locate(m, "Kangwon", gaz, {"KP": "Kangwon"})
    assert m.location.admin1 is None


def test_a_river_takes_the_report_province_only_where_it_flows() -> None:
    gaz = load_gazetteer()
    (yalu,) = resolve_places("the Yalu River", gaz)
    m = _stated("Guards were posted along the Yalu River.", "CRACKDOWN", location=yalu)
    locate(m, "North Hamgyong", gaz, {"KP": "North Hamgyong"})
    assert m.location.admin1 is None
    (amnok,) = resolve_places("the Amnok", gaz)
    m = _stated("The outlet said in May that troops were sent to guard the Amnok.", "CRACKDOWN", True, amnok)
    locate(m, "North Pyongan", gaz, {"KP": "North Pyongan"})
    assert m.location.admin1 == "North Pyongan"


def test_closing_the_border_and_orders_to_border_units_take_no_province() -> None:
    gaz = load_gazetteer()
    m = _stated("Trade has collapsed since the authorities closed the border in 2020.", "DIRECTIVE", trigger="closed")
    locate(m, "Ryanggang", gaz, {"KP": "Ryanggang"})
    assert m.location.admin1 is None
    m = _stated("The commission sent down an order telling border units to shoot.", "DIRECTIVE", trigger="order")
    locate(m, "North Hamgyong", gaz, {"KP": "North Hamgyong"})
    assert m.location.admin1 is None
    m = _stated("The corps commander ordered every unit to send out teams.", "DIRECTIVE", trigger="ordered")
    locate(m, "Kangwon", gaz, {"KP": "Kangwon"})
    assert m.location.admin1 == "Kangwon"  # a corps' units are its own area's


def test_what_awaits_people_sent_back_is_somewhere_in_the_north() -> None:
    gaz = load_gazetteer()
    m = _stated("If the police catch them, they will be handed back and spend years in a camp.", "PUNISHMENT")
    m.modality = "hypothetical"
    locate(m, "Ryanggang", gaz, {"KP": "Ryanggang"})
    assert (m.location.country, m.location.admin1) == ("KP", None)


def test_a_local_body_receiving_an_order_from_the_capital_is_placed_in_its_province() -> None:
    gaz = load_gazetteer()
    from sitreps.model import Actor

    m = _stated("The city's security bureau received an order from Pyongyang to find him.", "DIRECTIVE")
    m.actors = [Actor("Pyongyang", "LEADERSHIP")]
    locate(m, "Rason", gaz, {"KP": "Rason"})
    assert m.location.admin1 == "Rason"


def test_a_crossing_of_the_dmz_line_takes_no_province_but_a_sector() -> None:
    gaz = load_gazetteer()
    (mdl,) = resolve_places("the MDL", gaz)
    m = _stated("A patrol boat briefly crossed the MDL before turning back.", "OTHER", location=mdl)
    locate(m, "Kangwon", gaz, {"KP": "Kangwon"})
    assert m.location.admin1 is None


# -- through the pipeline -----------------------------------------------------------------------------


def test_a_capital_whose_officials_speak_is_not_a_place() -> None:
    text = (
        "Seoul (AFP) - South Korean troops fired warning shots after a dozen North Korean soldiers crossed the "
        "border on Monday, Seoul's military said.\nAnalysts in Seoul said the soldiers had strayed while working."
    )
    mentions = analyse(Document(text=text, outlet="AFP", published="2024-06-11")).mentions
    assert mentions and all(m.location is None or m.location.admin1 != "Seoul" for m in mentions)


# -- helper C2: places across the river, teams sent abroad, whole-country statements ----------------------


def test_rivers_named_together_and_a_river_with_an_adjective_are_rivers() -> None:
    gaz = load_gazetteer()
    places = resolve_places("He called for cameras at guard posts along the Yalu and Tumen rivers.", gaz)
    assert [p.place for p in places] == ["Yalu River", "Tumen River"]
    (tumen,) = resolve_places("Two soldiers crossed the frozen Tumen at night.", gaz)
    assert tumen.place == "Tumen River"
    # a far-off village reached only by a variant spelling is not taken
    assert resolve_places("They broke into a house at a farm near Chongsong.", gaz) == []


def test_a_team_sent_abroad_searches_where_it_was_sent() -> None:
    text = "The provincial security bureau has sent two agents to Longjing to track him down."
    place = _attach(text, "track", "SEARCH")
    assert place is not None and (place.country, place.admin1) == ("CN", "Jilin")
    # where someone else was taken is still not where he was caught
    text = "Six brokers were arrested in March, and two of them were taken to Pyongyang for questioning."
    assert _attach(text, "arrested", "ARREST") is None


def test_a_repatriation_from_a_chinese_town_is_placed_there() -> None:
    text = "A woman who had been repatriated from Changbai died in a holding center in Hyesan."
    place = _attach(text, "repatriated", "ARREST")
    assert place is not None and (place.country, place.admin1) == ("CN", "Jilin")
    text = "The group was handed to North Korean security officials at the crossing between Tumen and Namyang."
    place = _attach(text, "handed", "ARREST", others=("crossing",))
    assert place is not None and place.country == "CN"


def test_a_defector_posted_abroad_left_from_where_he_worked() -> None:
    text = "A North Korean official who ran a trading company in Dandong has defected to South Korea."
    place = _attach(text, "defected", "DEFECTION")
    assert place is not None and (place.country, place.admin1) == ("CN", "Liaoning")
    # a destination is still not where he left from
    assert _attach("A guard fled to Changbai last week.", "fled", "DEFECTION") is None


def test_a_trigger_noun_that_only_sets_the_scene_shares_its_place() -> None:
    text = "Chinese border police detained nine North Koreans at a checkpoint near Dandong."
    place = _attach(text, "detained", "ARREST", others=("checkpoint",))
    assert place is not None and place.admin1 == "Liaoning"


def test_a_place_in_a_clause_about_an_earlier_happening_comes_last() -> None:
    text = (
        "Two soldiers from a guard post near Hoeryong were beaten by their platoon leader after a load of copper "
        "was seized on the Chinese side."
    )
    place = _attach(text, "beaten", "VIOLENCE")
    assert place is not None and place.admin1 == "North Hamgyong"


def test_a_deserter_does_not_leave_his_unit_in_the_south() -> None:
    text = "Another soldier crossed the front in Paju after slipping away from his guard post."
    assert _attach(text, "slipping", "DESERTION") is None


def test_the_state_as_the_doer_takes_no_province() -> None:
    text = (
        "Border guards in Hyesan detained three smugglers on Monday, a source in Ryanggang Province said.\n"
        "North Korea has also stepped up surveillance of fishing boats since the summer."
    )
    mentions = analyse(Document(text=text, outlet="Daily NK", published="2023-12-05")).mentions
    watch = [m for m in mentions if m.type == "CRACKDOWN"]
    assert watch and all(m.location is not None and m.location.admin1 is None for m in watch)


def test_national_counts_and_whole_country_statements_take_no_province() -> None:
    gaz = load_gazetteer()
    m = _stated("About 1,100 North Koreans reached the South last year.", "DEFECTION", trigger="reached")
    locate(m, "Pyongyang", gaz, {"KP": "Pyongyang"})
    assert (m.location.country, m.location.admin1) == ("KP", None)
    m = _stated("The border with China has been closed since January 2020.", "DIRECTIVE", trigger="closed")
    locate(m, "North Pyongan", gaz, {"KP": "North Pyongan"})
    assert m.location.admin1 is None
    m = _stated("The Central Committee sent a directive to the border provinces.", "DIRECTIVE", trigger="directive")
    locate(m, "Chagang", gaz, {"KP": "Chagang"})
    assert m.location.admin1 is None
    text = "If they are caught in China, they will be sent back."
    (china,) = resolve_places(text, gaz)
    m = _stated(text, "ARREST", location=china, trigger="caught")
    locate(m, "Ryanggang", gaz, {"CN": "Jilin", "KP": "Ryanggang"})
    assert (m.location.country, m.location.admin1) == ("CN", None)


def test_an_order_to_border_cities_after_a_local_official_was_summoned_takes_no_province() -> None:
    gaz = load_gazetteer()
    text = (
        "The provincial power bureau chief was summoned, and the authorities have ordered that the fence in "
        "border cities be fed from generators."
    )
    m = _stated(text, "DIRECTIVE", trigger="ordered")
    locate(m, "Ryanggang", gaz, {"KP": "Ryanggang"})
    assert m.location.admin1 is None


def test_south_of_the_line_is_the_south_korean_side() -> None:
    gaz = load_gazetteer()
    text = "A North Korean patrol boat came about 2 km south of the line before heading back north."
    m = _stated(text, "OTHER", trigger="came")
    locate(m, "North Hamgyong", gaz, {"KP": "North Hamgyong", "KR": "Gangwon"})
    assert (m.location.country, m.location.admin1) == ("KR", "Gangwon")


def test_where_the_held_were_taken_is_not_where_they_were_caught() -> None:
    text = "Six smugglers were detained in Hyesan last week, and two of them were taken to Pyongyang for questioning."
    place = _attach(text, "taken", "ARREST", ("detained",))
    assert place is None or place.admin1 != "Pyongyang"
    text = "Two of the brokers were later taken to Pyongyang for further questioning, the source said."
    assert _attach(text, "taken", "ARREST") is None


def test_the_doers_own_earlier_act_places_the_event_when_nothing_else_does() -> None:
    text = "In 2019, two privates who deserted their unit in Onsong crossed the frozen river and robbed a farmhouse."
    place = _attach(text, "crossed", "DEFECTION", ("deserted", "robbed"))
    assert place is not None and place.admin1 == "North Hamgyong"
    text = "Police say a soldier who deserted with his rifle in South Hamgyong Province shot dead two police officers."
    place = _attach(text, "shot", "VIOLENCE", ("deserted",))
    assert place is not None and place.admin1 == "South Hamgyong"


def test_the_sector_nearest_the_trigger_places_it() -> None:
    from sitreps.extract.location import sector_province

    text = "A private walked across the central front on Monday, a year after a civilian crossed the western front."
    assert sector_province(text) == "Kangwon"
    assert sector_province(text, text.index("crossed the western")) == "Kaesong"


def _placed(text: str) -> dict[str, str | None]:
    mentions = analyse(Document(text=text, outlet="Yonhap", published="2024-03-20")).mentions
    return {m.evidence.trigger: m.location.admin1 if m.location else None for m in mentions}


def test_a_sentence_that_goes_on_about_an_episode_takes_its_place() -> None:
    text = (
        "North Korea has tightened checks along the Yalu in Ryanggang Province after a spate of escapes, a source "
        "in Hyesan said. Guards in Hyesan and Samsu have been told to search every house near the river.\n"
        "Earlier this month, a North Korean soldier crossed the border in Onsong County, North Hamgyong Province, "
        "and was caught by Chinese police. The soldier told investigators that he had fled his unit after being "
        "beaten by an officer.\n"
        "If he is sent back, he will be executed, the source in Ryanggang Province said."
    )
    placed = _placed(text)
    assert placed.get("fled his unit") == "North Hamgyong"
    assert placed.get("executed") != "North Hamgyong"  # what may happen next is not the episode told


def test_a_sentence_without_a_pointer_to_the_episode_keeps_the_report_province() -> None:
    text = (
        "North Korea has tightened checks along the Yalu in Ryanggang Province, a source in Hyesan said. Guards in "
        "Hyesan and Samsu have been told to search every house near the river.\n"
        "Earlier this month, a North Korean soldier crossed the border in Onsong County, North Hamgyong Province. "
        "Two smugglers were arrested last week for carrying phones, the source said."
    )
    assert _placed(text).get("arrested") == "Ryanggang"


# -- the line between the Koreas, and wire-service wording -------------------------------------------------------


def _located(text: str, published: str = "2023-05-10") -> list[tuple[str, str | None, str | None, bool]]:
    mentions = analyse(Document(text=text, outlet="Yonhap", published=published)).mentions
    return [
        (m.evidence.trigger, m.location.country if m.location else None, m.location.admin1 if m.location else None,
         m.is_back_reference)
        for m in mentions
    ]  # fmt: skip


def test_a_recalled_crossing_of_the_western_front_names_no_province() -> None:
    gaz = load_gazetteer()
    text = "Two years ago, a soldier crossed the western front after slipping away from his post."
    m = _stated(text, "DEFECTION", backref=True, trigger="crossed")
    locate(m, None, gaz, {"KP": "Kangwon"})
    assert m.location is not None and m.location.country == "KP" and m.location.admin1 is None
    # the central and eastern front face one province, and the truce village is one place
    m = _stated("Two years ago, a soldier crossed the central front.", "DEFECTION", backref=True, trigger="crossed")
    locate(m, None, gaz, {"KP": "Kangwon"})
    assert m.location is not None and m.location.admin1 == "Kangwon"


def test_the_province_the_report_names_on_the_western_line_wins_over_the_sector() -> None:
    gaz = load_gazetteer()
    text = "A fisherman crossed the western sea border on a raft before dawn."
    m = _stated(text, "DEFECTION", trigger="crossed")
    locate(m, None, gaz, {"KP": "Kaesong"})  # he told troops he had rowed from Kaepung County
    assert m.location is not None and m.location.admin1 == "Kaesong"
    m = _stated(text, "DEFECTION", trigger="crossed")
    locate(m, None, gaz, {"KP": "Ryanggang"})  # a province far from the line says nothing about it
    assert m.location is not None and m.location.admin1 == "South Hwanghae"


def test_who_turns_himself_in_at_the_line_does_so_on_the_souths_side() -> None:
    gaz = load_gazetteer()
    text = "Last year, a private walked across the MDL in the eastern sector and turned himself in."
    m = _stated(text, "ARREST", backref=True, trigger="turned himself in")
    locate(m, None, gaz, {"KP": "Kangwon", "KR": "Gangwon"})
    assert m.location is not None and m.location.country == "KR" and m.location.admin1 is None
    # a deserter who gives himself up to the North's military police is in the North
    text = "A deserter turned himself in to military police in Hamhung after a week."
    m = _stated(text, "ARREST", trigger="turned himself in")
    locate(m, "South Hamgyong", gaz, {"KP": "South Hamgyong"})
    assert m.location is not None and m.location.country == "KP"


def test_warning_shots_by_the_souths_troops_are_on_its_side() -> None:
    text = (
        "SEOUL, May 9 (Yonhap) -- A North Korean soldier crossed the Military Demarcation Line in Yanggu County, "
        "Gangwon Province, on Tuesday and was taken into custody, the Joint Chiefs of Staff said.\n"
        "Hours later, some 15 North Korean soldiers searching for him came within 20 meters of the MDL, prompting "
        "South Korean troops to fire about 10 warning shots."
    )
    shots = [x for x in _located(text) if "warning shots" in x[0]]
    assert shots and all(x[1] == "KR" and x[2] == "Gangwon" for x in shots)


def test_provincial_bureaus_of_every_province_are_no_one_province() -> None:
    gaz = load_gazetteer()
    text = "He ordered provincial bureaus to set up special task forces in border areas by the end of June."
    m = _stated(text, "CRACKDOWN", trigger="task forces")
    locate(m, "Pyongyang", gaz, {"KP": "Pyongyang"})
    assert m.location is not None and m.location.admin1 is None
    text = "The provincial bureau set up special task forces in border areas in March."
    m = _stated(text, "CRACKDOWN", trigger="task forces")
    locate(m, "Ryanggang", gaz, {"KP": "Ryanggang"})
    assert m.location is not None and m.location.admin1 == "Ryanggang"


def test_the_place_of_a_cited_source_is_not_the_events() -> None:
    text = (
        "At least ten soldiers from a brigade building flats in Pyongyang's Sadong district fled their barracks "
        "in March, the outlet reported, citing a source in South Pyongan Province."
    )
    place = _attach(text, "fled", "DESERTION")
    assert place is not None and place.admin1 == "Pyongyang"


def test_the_object_of_a_conjoined_verb_is_not_the_orders_place() -> None:
    text = "Kim Jong Un ordered the execution of two officials, banned river fishing and sealed off the city of Hyesan."
    assert _attach(text, "ordered", "DIRECTIVE") is None


# -- round 5: rules checked against real reports -----------------------------------------------------------------


def test_people_sent_back_with_no_place_of_their_own_are_on_the_handing_side() -> None:
    gaz = load_gazetteer()
    text = "A further group of defectors was sent back to the North last week, the activist said."
    m = _stated(text, "ARREST", trigger="sent back")
    locate(m, "North Hamgyong", gaz, {"KP": "North Hamgyong", "CN": "Jilin"})
    assert m.location is not None and (m.location.country, m.location.admin1) == ("CN", "Jilin")
    # through a border river: still China's side
    text = "The group was repatriated via the Yalu River in early May."
    river = resolve_places(text, gaz)[0]
    m = _stated(text, "ARREST", trigger="repatriated", location=river)
    locate(m, None, gaz, {"CN": "Liaoning"})
    assert m.location is not None and (m.location.country, m.location.admin1) == ("CN", "Liaoning")
    # a national count has no province
    text = "A mass repatriation of more than 400 defectors was carried out in one night."
    m = _stated(text, "ARREST", trigger="repatriation")
    locate(m, None, gaz, {"CN": "Jilin"})
    assert m.location is not None and (m.location.country, m.location.admin1) == ("CN", None)


def test_sent_back_to_a_unit_is_not_a_repatriation() -> None:
    gaz = load_gazetteer()
    text = "The soldiers caught at the station were sent back to their units the next morning."
    m = _stated(text, "ARREST", trigger="sent back")
    locate(m, "South Pyongan", gaz, {"KP": "South Pyongan", "CN": "Liaoning"})
    assert m.location is not None and (m.location.country, m.location.admin1) == ("KP", "South Pyongan")


def test_fishermen_handed_back_at_the_sea_border_are_on_the_souths_side() -> None:
    gaz = load_gazetteer()
    text = "The crew were handed over to North Korea near the NLL on Friday afternoon."
    m = _stated(text, "ARREST", trigger="handed over")
    locate(m, "South Hwanghae", gaz, {"KP": "South Hwanghae", "KR": "Incheon"})
    assert m.location is not None and (m.location.country, m.location.admin1) == ("KR", "Incheon")
    # away from the line, a South Korean province named in passing does not make the South the handing side
    text = "Two women were handed over to North Korean security agents after questioning."
    m = _stated(text, "ARREST", trigger="handed over")
    locate(m, "Ryanggang", gaz, {"KP": "Ryanggang", "KR": "Seoul"})
    assert m.location is not None and m.location.country == "KP"


def test_a_named_stretch_of_the_border_is_a_sector() -> None:
    gaz = load_gazetteer()
    text = "The private crossed the line in the central part of the inter-Korean border before dawn."
    m = _stated(text, "DEFECTION", trigger="crossed")
    locate(m, None, gaz, {})
    assert m.location is not None and m.location.admin1 == "Kangwon"
    # a crossing of the line (rule 10) stays on the line, whichever stretch
    text = "About 30 soldiers briefly crossed the MDL in the eastern section of the border while working."
    m = _stated(text, "OTHER", trigger="crossed")
    locate(m, None, gaz, {"KP": "Kangwon"})
    assert m.location is not None and m.location.country == "KP" and m.location.admin1 is None


def test_a_border_crossing_told_before_its_sector_takes_the_reports_sector() -> None:
    gaz = load_gazetteer()
    text = "A soldier crossed the inter-Korean border over a stream late on Sunday."
    line = resolve_places(text, gaz)[0]
    m = _stated(text, "DEFECTION", trigger="crossed", location=line)
    locate(m, None, gaz, {"KP": "Kangwon"})  # the next sentence names the central front
    assert m.location is not None and m.location.admin1 == "Kangwon"


def test_the_military_in_a_jcs_account_is_the_souths() -> None:
    from sitreps.model import Actor, Source

    gaz = load_gazetteer()
    text = "The military secured him shortly after midnight, a JCS official said."
    m = _stated(text, "ARREST", trigger="secured")
    m.actors = [Actor(text="military", cls="MILITARY")]
    m.sources = [Source(kind="government", text="a JCS official")]
    locate(m, None, gaz, {"KP": "Kaesong"})
    assert m.location is not None and m.location.country == "KR"
    # the same words from a source inside North Korea are the North's military
    m = _stated(text, "ARREST", trigger="secured")
    m.actors = [Actor(text="the military", cls="MILITARY")]
    m.sources = [Source(kind="anonymous_local", text="a source in the province", admin1="Ryanggang")]
    locate(m, None, gaz, {"KP": "Ryanggang"})
    assert m.location is not None and m.location.country == "KP"


def test_warning_shots_from_a_southern_patrol_boat_are_on_its_side() -> None:
    gaz = load_gazetteer()
    text = "The chasing vessel turned back after a South Korean naval patrol boat fired warning shots."
    m = _stated(text, "OTHER", trigger="fired warning shots")
    locate(m, "South Hwanghae", gaz, {"KP": "South Hwanghae", "KR": "Incheon"})
    assert m.location is not None and (m.location.country, m.location.admin1) == ("KR", "Incheon")


def test_a_country_between_or_with_is_a_line_or_a_partner_not_a_place() -> None:
    text = "Police said the handover was carried out at night along the border between North Korea and China."
    assert _attach(text, "handover", "ARREST") is None
    text = "Security agents arrested three men who ran smuggling deals with China."
    assert _attach(text, "arrested", "ARREST") is None


def test_threats_from_the_capital_are_the_governments() -> None:
    text = (
        "Despite repeated threats from Pyongyang, a growing number of soldiers have deserted their front-line units "
        "this winter, sources said."
    )
    assert all(x[2] != "Pyongyang" for x in _located(text))
