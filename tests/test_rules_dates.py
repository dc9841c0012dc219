"""Dates and back-references that come from the story, not only from the sentence: one test per rule.

Every sentence here is written for this suite, in the style of border reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract


def events(text: str, published: str = "2022-10-12") -> list[Mention]:
    return extract(text, published)


def find(mentions: list[Mention], type_: str, words: str) -> Mention:
    return next(m for m in mentions if m.type == type_ and words in m.evidence.text)


def test_the_same_trial_takes_the_trials_date() -> None:
    text = (
        "Two smugglers were publicly executed in Hoeryong on October 3, a source said.\n"
        "The trial was held at the city stadium in front of several thousand residents.\n"
        "At the same trial, four border guards were sentenced to ten years in a labor camp for taking bribes."
    )
    m = find(events(text), "PUNISHMENT", "At the same trial")
    assert m.date.value == "2022-10-03"


def test_since_the_incident_dates_what_followed_from_it() -> None:
    text = (
        "A man was shot by border guards while wading across the Tumen River in Musan on September 28, "
        "a source told the newspaper.\n"
        "Since the incident, state security agents have been going from house to house along the river looking for "
        "Chinese phones."
    )
    m = find(events(text), "CRACKDOWN", "Since the incident")
    assert m.date.value == "2022-09-28"


def test_after_the_incident_leaves_the_date_open() -> None:
    text = (
        "A man was shot by border guards while wading across the Tumen River in Musan on September 28, "
        "a source told the newspaper.\n"
        "After the incident, state security agents began going from house to house along the river looking for "
        "Chinese phones."
    )
    m = find(events(text), "CRACKDOWN", "After the incident")
    assert m.date.value is None


def test_a_vague_lead_takes_the_day_the_report_then_gives() -> None:
    text = (
        "A border guard shot dead a woman carrying goods across the Yalu River in Hyesan late last month, "
        "sources said.\n"
        "The guard opened fire at around 3 a.m. on September 23 as she climbed the embankment, a source said."
    )
    lead = events(text)[0]
    assert lead.type == "VIOLENCE"
    assert lead.date.value == "2022-09-23"


def test_a_since_lead_keeps_its_start() -> None:
    text = (
        "Police in Chongjin have been checking travel permits at the station since early this month, "
        "a source said.\n"
        "A soldier without papers was detained there on October 6, the source added."
    )
    lead = events(text)[0]
    assert lead.type == "CRACKDOWN"
    assert lead.date.value == "2022-10"


def test_what_set_the_story_off_is_a_back_reference() -> None:
    text = (
        "Military police in South Hamgyong Province have been stopping soldiers at railway stations since "
        "early this month, a source said.\n"
        "The provincial party committee ordered the checks late last month after two soldiers from a "
        "coastal unit in Hongwon County deserted together in August, according to the source."
    )
    found = events(text)
    desertion = find(found, "DESERTION", "deserted together")
    assert desertion.is_back_reference
    assert desertion.date.value == "2022-08"
    order = find(found, "DIRECTIVE", "ordered the checks")
    assert not order.is_back_reference  # it ordered the story's own checks


def test_an_order_is_not_dated_by_what_prompted_it() -> None:
    text = (
        "The county security department ordered every household to report visitors after a family of four "
        "crossed the river in mid-September, a source said."
    )
    order = find(events(text, "2022-10-20"), "DIRECTIVE", "ordered every household")
    assert order.date.value is None


def test_an_earlier_order_recalled_in_passing_is_a_back_reference() -> None:
    text = (
        "A soldier deserted his post in Kimhyongjik County on October 4 and has not been found, a source said.\n"
        "In late July, the Border Guard Command sent down an order telling guards to shoot anyone who "
        "approaches the river at night."
    )
    order = find(events(text), "DIRECTIVE", "In late July")
    assert order.is_back_reference


def test_the_case_told_from_its_start_is_not_a_back_reference() -> None:
    text = (
        "A smuggler was publicly executed in Manpo on September 29, a source said.\n"
        "State security agents had arrested him at his home in early August, the source added."
    )
    arrest = find(events(text), "ARREST", "arrested him")
    assert arrest.date.value == "2022-08"
    assert not arrest.is_back_reference


def test_an_event_in_that_case_shares_the_recalled_incidents_standing() -> None:
    text = (
        "About 200 troops were posted to border companies in Hyesan on October 1, a source said.\n"
        "The deployment was ordered after agents caught guards letting smugglers bring in flour in "
        "mid-September, according to the source.\n"
        "Three guards and a smuggler were arrested in that case."
    )
    found = events(text, "2022-10-10")
    arrest = find(found, "ARREST", "in that case")
    assert arrest.date.value == "2022-09"
    assert arrest.is_back_reference


# --- helper B2: dates and back-references from a second set of development reports ------------------------


def stated(mentions: list[Mention], type_: str, words: str) -> Mention:
    """The event of that type with a statement holding those words (statements merge into one event)."""
    return next(m for m in mentions if m.type == type_ and any(words in s.text for s in m.statements))


def test_nothing_in_the_opening_sentence_is_a_back_reference() -> None:
    text = (
        "Border units in Musan have been placed under a sweeping inspection after a guard and two civilians "
        "crossed the Tumen River into China last month, Daily NK has learned.\n"
        "An inspection team from Pyongyang arrived in the county on October 3 and began questioning officers."
    )
    m = find(events(text), "DEFECTION", "crossed the Tumen")
    assert not m.is_back_reference


def test_the_leads_incident_retold_from_an_earlier_report_is_not_a_back_reference() -> None:
    text = (
        "A border guard who deserted his post in Hyesan last month is still at large, Daily NK has learned.\n"
        "As Daily NK reported on September 20, the guard, a 20-year-old private, disappeared from his post on the "
        "night of September 14 with his rifle."
    )
    m = stated(events(text), "DESERTION", "disappeared from his post")
    assert not m.is_back_reference


def test_a_report_cited_with_todays_date_is_not_a_back_reference() -> None:
    text = (
        "North Korea has launched an inspection of coastal units after two fishermen escaped by boat last month.\n"
        "Meanwhile, KCNA reported Tuesday that Kim Jong Un ordered frontline units to tighten discipline."
    )
    m = find(events(text), "DIRECTIVE", "Kim Jong Un ordered")
    assert not m.is_back_reference


def test_a_report_cited_after_the_fact_with_an_earlier_date_is_a_back_reference() -> None:
    text = (
        "Two soldiers deserted their unit in Kapsan on October 2, a source told the newspaper.\n"
        "The authorities have tightened surveillance of fishing boats since the summer, Daily NK reported in August."
    )
    m = find(events(text), "CRACKDOWN", "fishing boats")
    assert m.is_back_reference


def test_a_clock_window_does_not_date_an_event() -> None:
    text = (
        "A soldier deserted his post in Samsu on October 5, a source said.\n"
        "Since then anyone walking along the river after 8 p.m. has been stopped and searched by the police."
    )
    for m in events(text):
        assert m.date.text != "8 p.m."


def test_the_first_months_of_the_year_start_in_january() -> None:
    text = "According to the ministry, 412 defectors reached the South in the first nine months of this year."
    m = find(events(text), "DEFECTION", "reached the South")
    assert (m.date.value, m.date.end) == ("2022-01", "2022-09")


def test_two_months_joined_make_a_span() -> None:
    text = "At least 30 North Koreans were detained by Chinese police in Jilin over July and August, activists said."
    m = find(events(text), "ARREST", "detained")
    assert (m.date.value, m.date.end) == ("2022-07", "2022-08")


def test_this_winter_told_in_march_is_the_winter_just_past() -> None:
    text = "Security agents have detained the families of five people who fled to China this winter, a source said."
    m = find(events(text, published="2022-03-15"), "DEFECTION", "fled to China")
    assert m.date.value == "2021-WI"


def test_a_detail_in_a_relative_clause_does_not_move_the_storys_month() -> None:
    text = (
        "A smuggler was shot dead by guards near Hyesan at around 1 a.m. on September 26, a source said.\n"
        "The man had arranged the crossing with a sergeant of the unit that took over the posts in August.\n"
        "The sergeant was arrested by the unit's security officer the following day.\n"
        '"His wife was taken in for questioning on the 28th," the source said.'
    )
    ms = events(text)
    assert find(ms, "ARREST", "the following day").date.value == "2022-09-27"
    assert find(ms, "ARREST", "on the 28th").date.value == "2022-09-28"


def test_days_later_after_a_month_keeps_the_month() -> None:
    text = (
        "At least ten soldiers fled their barracks in Pyongyang in September, a source said.\n"
        "Some of them were caught at Pyongsong station three days later."
    )
    m = find(events(text), "ARREST", "three days later")
    assert m.date.value == "2022-09"


def test_the_day_after_the_escape_counts_from_the_escape() -> None:
    text = (
        "Two women crossed the Tumen River into China from Onsong on September 3, a source told the newspaper.\n"
        "Their families were taken away by state security agents the day after the escape."
    )
    m = find(events(text), "ARREST", "the day after the escape")
    assert m.date.value == "2022-09-04"


def test_a_long_habit_in_a_relative_clause_is_not_dated_by_the_arrest() -> None:
    text = (
        "On September 11, state security agents arrested a man in Hyesan who had been bringing in Chinese phones "
        "for years, a source said."
    )
    m = find(events(text), "SMUGGLING", "bringing in")
    assert m.date.value is None


def test_the_two_are_the_people_just_told_of() -> None:
    text = (
        "Two soldiers of a border unit in Samsu deserted with their rifles on October 4, a source said.\n"
        "The two had been stealing corn from nearby villages for weeks because their rations had been cut."
    )
    m = find(events(text), "OTHER", "stealing corn")
    assert not m.is_back_reference


def test_a_yearly_tally_of_arrivals_is_not_a_back_reference() -> None:
    text = (
        "A North Korean soldier crossed the Military Demarcation Line on Tuesday, the Joint Chiefs of Staff said.\n"
        "Some 1,100 North Koreans arrived in the South last year, according to the unification ministry."
    )
    m = find(events(text), "DEFECTION", "arrived in the South")
    assert not m.is_back_reference


def test_a_measure_in_place_since_last_year_is_background() -> None:
    text = (
        "Thai police detained eight North Koreans near the Laos border on October 9, officials said.\n"
        "Chinese police have intensified checks on the highways leading to Laos since last year, an activist said."
    )
    m = find(events(text), "CRACKDOWN", "intensified checks")
    assert m.is_back_reference


def test_an_investigation_that_began_earlier_is_part_of_the_story() -> None:
    text = (
        "A military tribunal in Sinuiju sentenced eleven customs officers to long prison terms on October 10.\n"
        "The agency said Kim Jong Un had personally directed the investigation, which began in the spring."
    )
    m = find(events(text), "CRACKDOWN", "investigation")
    assert not m.is_back_reference


def test_a_recalled_arrest_takes_the_date_of_its_report() -> None:
    text = (
        "North Korea said it had arrested a group of brokers near Hoeryong on October 1.\n"
        "In 2019, KCNA said it had detained a Chinese businessman in Rason, and he was later sentenced to hard "
        "labour."
    )
    ms = events(text)
    arrest = find(ms, "ARREST", "Chinese businessman")
    assert arrest.is_back_reference and arrest.date.value == "2019"
    assert find(ms, "PUNISHMENT", "later sentenced").is_back_reference


def test_an_incident_of_another_unit_is_a_separate_incident() -> None:
    text = (
        "Two soldiers of a border unit in Samsu deserted with their rifles on October 4, a source said.\n"
        "In September, two soldiers from another unit broke into a house in Pochon County and beat the owner."
    )
    m = find(events(text), "VIOLENCE", "another unit")
    assert m.is_back_reference


def test_an_earlier_crossing_by_someone_new_is_a_separate_incident() -> None:
    text = (
        "SEOUL, Oct. 12 (Yonhap) -- A North Korean man crossed the western sea border on a small boat early "
        "Wednesday and was taken into custody, the JCS said.\n"
        "Earlier this month, a North Korean soldier crossed the Military Demarcation Line in the central sector "
        "on Oct. 3, military officials said."
    )
    m = find(events(text), "DEFECTION", "Earlier this month")
    assert m.is_back_reference and m.date.value == "2022-10-03"


def test_a_day_told_in_a_relative_clause_still_moves_the_story_on() -> None:
    text = (
        "Guards in Hyesan caught a soldier who had deserted from his unit on September 5, a source said.\n"
        "The next day, his company commander was dismissed."
    )
    m = find(events(text), "PUNISHMENT", "dismissed")
    assert m.date.value == "2022-09-06"


def test_state_media_reporting_with_no_date_is_not_an_earlier_report() -> None:
    text = (
        "North Korea has executed two border guards for smuggling, state media said on Tuesday.\n"
        "KCNA reported that the leader ordered all border units to tighten discipline."
    )
    m = find(events(text), "DIRECTIVE", "ordered all border units")
    assert not m.is_back_reference


def test_hours_later_is_the_day_counted_from() -> None:
    text = (
        "A border guard deserted his post in Hyesan last month, a source told the newspaper.\n"
        "The guard left his sentry box with his rifle at around midnight on September 20 and ran toward the river.\n"
        "He was caught about three hours later by soldiers from the next company."
    )
    m = find(events(text), "ARREST", "three hours later")
    assert m.date.value == "2022-09-20"


def test_weeks_after_late_month_move_into_the_next_month_and_share_its_recall() -> None:
    text = (
        "State security agents launched a sweep for deserters at markets in Chongjin early this month, a source said.\n"
        "The sweep was ordered after three soldiers from a coastal unit went AWOL in late July and robbed farmhouses.\n"
        "Two of the three were caught two weeks later near Kilju."
    )
    m = find(events(text), "ARREST", "two weeks later")
    assert m.date.value == "2022-08"
    assert m.is_back_reference


def test_terms_handed_down_at_a_dated_trial_take_its_date() -> None:
    text = (
        "Authorities held a public trial in Manpo last week for a ring of copper smugglers, sources said.\n"
        "The trial was held on Friday at the city stadium.\n"
        "The leader of the ring was sentenced to life in a labor camp, and four others were given terms of up to "
        "ten years."
    )
    m = find(events(text), "PUNISHMENT", "sentenced to life")
    assert m.date.value == "2022-10-07"


def test_a_step_of_the_case_told_with_when_is_not_recalled() -> None:
    text = (
        "Four customs officers in Sinuiju were sentenced to hard labor at a public trial on October 5, a source "
        "said.\n"
        "The case came to light in July, when an inspection team from Pyongyang arrived and seized the ledgers."
    )
    m = find(events(text), "CRACKDOWN", "inspection team")
    assert not m.is_back_reference


def test_a_participle_with_a_subject_is_told_in_the_past() -> None:
    # the tagger sometimes reads "NK News reported in December that ..." as a participle: with a subject of its
    # own and no auxiliary it is a simple past, so a year-less month is the last one before publication
    from types import SimpleNamespace

    from sitreps.extract.time import _verb_tense

    subject = SimpleNamespace(dep_="nsubj", lower_="news", lemma_="news", tag_="NNP", children=())
    verb = SimpleNamespace(tag_="VBN", dep_="ROOT", lemma_="report", lower_="reported", children=(subject,))
    verb.head = verb
    assert _verb_tense(verb) == "past"


def test_right_after_the_verdict_takes_the_trials_day() -> None:
    text = (
        "Authorities held a public trial in Hyesan on October 4 for a group of brokers, sources said.\n"
        "Their leader was sentenced to death at the trial.\n"
        "He was taken away by security agents right after the sentence was read out, one source said."
    )
    m = find(events(text), "ARREST", "right after the sentence")
    assert m.date.value == "2022-10-04"


def test_an_undated_perfect_lead_takes_the_day_the_next_sentence_gives() -> None:
    text = (
        "Chinese police have detained eight North Koreans who crossed the Tumen River, a rights group said "
        "Wednesday.\n"
        "The group was found hiding in a barn near Tumen city on Sunday night, the group's director said."
    )
    m = find(events(text), "ARREST", "have detained")
    assert m.date.value == "2022-10-09"


def test_an_undated_incident_told_by_someone_months_ago_is_recalled() -> None:
    text = (
        "North Korea has dismissed two border commanders, state media said on Tuesday.\n"
        "Last March, a U.S. general who led the command at the time said North Korea had issued shoot-to-kill "
        "orders along its border with China."
    )
    m = find(events(text), "DIRECTIVE", "shoot-to-kill")
    assert m.is_back_reference
    assert m.date.value == "2022-03"


# -- round 5: rules checked against the wording of real wire and Daily NK copy --------------------------


def test_outlet_that_has_learned_tells_its_own_news() -> None:
    text = (
        "Daily NK has learned that a woman who ran a remittance business in Musan was arrested by state "
        "security agents, a source said.\n"
        "She had been sending money to families of defectors for years."
    )
    m = find(events(text), "ARREST", "has learned")
    assert not m.is_back_reference and m.reported_by is None


def test_a_day_after_said_dates_the_telling_not_the_clause_told() -> None:
    text = (
        "A border guard was beaten to death by smugglers near Hyesan, a source told the broadcaster.\n"
        "Another source said Friday the killing has led to a state of emergency along the river."
    )
    m = find(events(text, "2022-10-12"), "CRACKDOWN", "state of emergency")
    assert m.date.value != "2022-10-07"


def test_a_hedged_incident_dated_well_before_is_recalled() -> None:
    text = (
        "North Korea executed three officials of the border security bureau in Hyesan on October 5, a source said.\n"
        "A former bureau chief is also believed to have been executed in March for taking bribes from smugglers."
    )
    m = find(events(text), "PUNISHMENT", "believed")
    assert m.is_back_reference


def test_an_incident_of_the_leads_kind_earlier_this_month_is_recalled() -> None:
    text = (
        "A North Korean soldier crossed the military demarcation line in the eastern sector on Tuesday and "
        "asked to defect, the Joint Chiefs of Staff said.\n"
        "A North Korean fisherman defected to the South earlier this month across the western sea border."
    )
    m = find(events(text, "2022-10-19"), "DEFECTION", "fisherman")
    assert m.is_back_reference


def test_earlier_this_week_takes_the_sunday_told_next() -> None:
    text = (
        "SEOUL, Oct. 11 (Yonhap) -- About a dozen North Korean soldiers briefly crossed the land border earlier "
        "this week and went back after warning shots, the military said Tuesday.\n"
        "The soldiers crossed the line in the central sector at around 11 a.m. Sunday, according to the military."
    )
    mentions = events(text, "2022-10-11")
    lead = next(x for x in mentions if "earlier this week" in x.evidence.text)
    assert lead.date.value == "2022-10-09"


def test_a_date_inside_a_noun_phrase_does_not_date_the_arrest() -> None:
    text = (
        "A defector was arrested by Chinese police in Yanji on Monday, an activist said.\n"
        "The defector was arrested in possession of a video of a pastor's October 2 crossing of the Tumen River."
    )
    mentions = events(text)
    assert all(m.date.value != "2022-10-02" for m in mentions if m.type == "ARREST")


def test_an_undated_lead_is_not_measured_against_a_date_told_late() -> None:
    text = (
        "Two border guards were attacked and badly injured by unknown assailants near Hyesan, a source said.\n"
        "Security officials have been mobilized to find the suspects.\n"
        "The area is often used by smugglers.\n"
        "Local people are afraid to go out at night.\n"
        "A pastor who helped defectors across the river was killed by North Korean agents in Changbai in March."
    )
    m = find(events(text), "VIOLENCE", "pastor")
    assert m.is_back_reference
