"""Round 20 (recall): wordings of real reports the lexicon or the parse missed."""

from __future__ import annotations

from tests.rule_helpers import extract, of_type


def test_past_tense_misread_as_adjective_is_the_verb() -> None:
    # the parser hangs "smuggled" on "oil" as an adjective; its VBD tag says it is the finite verb
    found = extract("Two women from Hyesan smuggled sugar and soybean oil from China on March 4.", "2023-05-01")
    assert of_type(found, "SMUGGLING", "smuggled sugar")


def test_participle_after_a_name_is_the_verb() -> None:
    text = (
        "The closure followed an incident in which three residents of Hyesan smuggled seasonings, flour and "
        "cooking oil from China on Feb. 9."
    )
    assert of_type(extract(text, "2023-05-01"), "SMUGGLING", "smuggled seasonings")


def test_goods_taken_illegally_across_are_smuggling() -> None:
    text = "Chinese police last week seized a truck being taken illegally into North Korea near Dandong."
    assert of_type(extract(text, "2023-05-01"), "SMUGGLING", "taken illegally")


def test_close_eye_on_is_surveillance() -> None:
    text = "The Ministry of State Security is keeping a close eye on the smugglers in Hyesan this month."
    assert of_type(extract(text, "2023-05-01"), "CRACKDOWN", "close eye")


def test_ongoing_arrests_of_a_kind_are_a_sweep() -> None:
    text = "Since March, security agents in Hyesan have been detaining residents who were caught using Chinese phones."
    found = extract(text, "2023-05-01")
    assert of_type(found, "CRACKDOWN", "detaining residents")


def test_arrest_of_named_people_in_progress_stays_an_arrest() -> None:
    found = extract("Police were arresting the two smugglers in Hyesan on May 2 when a guard intervened.", "2023-05-03")
    assert of_type(found, "ARREST", "arresting the two smugglers")
    assert not of_type(found, "CRACKDOWN", "arresting the two smugglers")


def test_goods_got_across_are_smuggling_not_a_crossing() -> None:
    found = extract("Three traders from Musan tried to get sacks across the river on May 3.", "2023-05-10")
    assert of_type(found, "SMUGGLING", "get sacks across")
    assert not of_type(found, "DEFECTION", "get sacks across")


def test_went_over_to_a_foreign_town_is_a_defection() -> None:
    found = extract("Neighbours believe the young widow has gone over to Changbai.", "2023-05-10")
    assert of_type(found, "DEFECTION", "gone over to Changbai")
    assert not of_type(extract("The guard went over to check the boat on May 2.", "2023-05-10"), "DEFECTION", "went")


def test_made_their_way_to_the_south_is_a_defection() -> None:
    found = extract("The couple made their way to South Korea through Laos in 2019.", "2023-05-10")
    assert of_type(found, "DEFECTION", "made their way")


def test_court_martialed_is_a_punishment() -> None:
    found = extract("The battalion commander was court-martialed in Pyongyang last month.", "2023-05-10")
    assert of_type(found, "PUNISHMENT", "court-martialed")


def test_taken_to_a_camp_is_a_punishment() -> None:
    found = extract("The two guards were taken to a reeducation camp in Hyesan in March.", "2023-05-10")
    assert of_type(found, "PUNISHMENT", "reeducation camp")


def test_inspectors_sent_are_a_crackdown() -> None:
    found = extract("Central inspectors were sent to Hyesan early this month, a source said.", "2023-05-10")
    assert of_type(found, "CRACKDOWN", "inspectors were sent")


def test_investigators_sent_to_find_someone_are_a_hunt() -> None:
    found = extract("Police dispatched investigators to find the escaped prisoner on May 2.", "2023-05-10")
    assert of_type(found, "SEARCH", "dispatched investigators")
    assert not of_type(found, "CRACKDOWN", "dispatched investigators")


def test_photo_put_up_is_a_search() -> None:
    found = extract("Police put his photo up at the bus terminal in Manpo on May 2.", "2023-05-10")
    assert of_type(found, "SEARCH", "photo up")


def test_goods_exchanged_across_the_river_are_smuggling() -> None:
    found = extract("Two women were exchanging goods with Chinese dealers at the riverbank on May 3.", "2023-05-10")
    assert of_type(found, "SMUGGLING", "exchanging goods")
    assert not of_type(extract("The two sides exchanged fire on May 3.", "2023-05-10"), "SMUGGLING", "exchanged")
