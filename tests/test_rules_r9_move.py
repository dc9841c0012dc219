"""Round-9 detection rules for leaving, smuggling, custody, searches and violence (precision on unseen real
reports): what people fear or risk ("in danger of being caught") is no arrest; a habit or a count ("rarely attempt
to defect", "every time they crossed", "the number of North Koreans trying to cross", "repeated beatings") is no
incident; an activity a measure aims at ("to target corruption and smuggling") is rule 5; a search for firewood is
no hunt; "came to the border" is no crossing. Every sentence here is written for this suite in the style of real
reports.
"""

from __future__ import annotations

from sitreps.model import Document, Mention
from sitreps.pipeline import process


def incidents(text: str, etype: str, published: str = "2022-06-14") -> list[Mention]:
    found = process(Document(text=text, published=published, outlet="RFA"))
    return [m for m in found if m.type == etype and m.modality != "generic"]


def test_in_danger_of_being_caught_is_no_arrest() -> None:
    text = "The family hid in a cornfield for two days, in danger of being caught by soldiers searching the area."
    assert not incidents(text, "ARREST")


def test_for_fear_of_being_arrested_is_no_arrest() -> None:
    text = "The broker has stopped answering his phone for fear of being arrested by state security agents."
    assert not incidents(text, "ARREST")


def test_afraid_of_being_detained_is_no_arrest() -> None:
    text = "Traders in Hyesan say they are afraid of being detained at the new checkpoints."
    assert not incidents(text, "ARREST")


def test_a_real_arrest_next_to_a_fear_is_kept() -> None:
    text = "Police arrested two smugglers in Sinuiju on June 3, and other traders now fear being caught as well."
    found = incidents(text, "ARREST")
    assert len(found) == 1
    assert found[0].statements[0].trigger == "arrested"


def test_rarely_attempt_to_defect_is_a_habit() -> None:
    text = "Residents of the border towns rarely attempt to defect in winter, when the river is watched closely."
    assert not incidents(text, "DEFECTION")


def test_seldom_desert_is_a_habit() -> None:
    text = "Officers seldom desert their units, a former soldier told the outlet."
    assert not incidents(text, "DESERTION")


def test_every_time_they_crossed_is_no_one_crossing() -> None:
    text = "The traders said they paid the guards every time they crossed the river with goods."
    assert not incidents(text, "DEFECTION")


def test_the_number_of_people_trying_to_cross_is_a_count() -> None:
    text = "The new fences are cutting the number of North Koreans attempting to flee the country, the source said."
    assert not incidents(text, "DEFECTION")


def test_a_crossing_told_with_its_day_is_kept() -> None:
    text = "Two border guards crossed the Tumen River into China on June 2, a source in Onsong told RFA."
    assert len(incidents(text, "DEFECTION")) == 1


def test_repeated_beatings_are_a_series() -> None:
    text = "The private may have fled after enduring repeated beatings from his squad leader."
    assert not incidents(text, "VIOLENCE")


def test_smuggling_targeted_by_a_deployment_is_no_run() -> None:
    text = "Pyongyang has sent 800 soldiers to the Yalu to target corruption and smuggling in Jagang Province."
    assert not incidents(text, "SMUGGLING")


def test_a_smuggling_run_with_its_goods_is_kept() -> None:
    text = "Two soldiers smuggled 30 kg of copper across the Yalu on May 28, a source said."
    assert len(incidents(text, "SMUGGLING")) == 1


def test_looking_for_firewood_is_no_search() -> None:
    text = "Residents say they must report to the cooperative every time they look for firewood in the hills."
    assert not incidents(text, "SEARCH")


def test_a_search_for_a_man_is_kept() -> None:
    text = "Security agents searched for the missing soldier in Musan for two weeks, a source said."
    assert len(incidents(text, "SEARCH")) == 1


def test_coming_to_the_border_region_is_no_crossing() -> None:
    text = "Agents wanted to know why the two men had come to the border region in late May."
    assert not incidents(text, "DEFECTION")


def test_coming_across_the_border_is_a_crossing() -> None:
    text = "A North Korean soldier came across the border in Gangwon Province on Tuesday, the JCS said."
    assert len(incidents(text, "DEFECTION", published="2022-06-16")) == 1
