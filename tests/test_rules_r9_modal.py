"""Round-9 rules for non-incidents, modality, back-references and the within-report merge. Every sentence here is
written for this suite in the style of real reports."""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract, find


def events(text: str, published: str = "2024-03-12", outlet: str = "Korea JoongAng Daily") -> list[Mention]:
    return extract(text, published, outlet)


def of_type(found: list[Mention], etype: str) -> list[Mention]:
    return [m for m in found if m.type == etype]


# -- a citation of the same day is the news itself (references.py) -------------------------------------------


def test_an_outlet_that_reported_earlier_the_same_day_is_no_recall() -> None:
    text = (
        "The Foreign Ministry said Tuesday that it is checking an activist group's claim that nine North Korean "
        "defectors were detained in China.\n"
        "Radio Free Asia reported earlier Tuesday that nine North Korean defectors heading for Laos were "
        "detained by Chinese police in Kunming."
    )
    found = events(text)
    arrests = of_type(found, "ARREST")
    assert len(arrests) == 1
    assert not arrests[0].is_back_reference


def test_an_outlet_that_reported_earlier_in_a_past_month_is_still_a_recall() -> None:
    text = (
        "Chinese police detained six North Korean defectors at a hotel in Shenyang on Sunday, a source told "
        "Daily NK.\n"
        "The six are being held at a police station in the city, the source said.\n"
        "Radio Free Asia reported earlier in January that 12 defectors were arrested in Dandong."
    )
    m = find(events(text), "ARREST", "Dandong")
    assert m.is_back_reference


# -- a denied act (modality.py) ------------------------------------------------------------------------------------


def test_under_no_circumstances_rules_the_act_out() -> None:
    text = (
        "\u201cOur position is that under no circumstances should North Korean escapees be forcibly repatriated "
        "against their will,\u201d a ministry spokesman said."
    )
    assert of_type(events(text), "ARREST") == []


def test_caught_in_no_time_is_still_an_arrest() -> None:
    text = "The smuggler was caught in no time by guards patrolling the riverbank in Hyesan on March 3."
    assert of_type(events(text), "ARREST")


# -- a present-tense condition is a rule, not a supposition (modality.py) ------------------------------------------


def test_a_condition_in_the_present_with_a_habit_is_generic() -> None:
    text = "Seoul usually lets North Koreans stay if they pass a joint interrogation and ask for asylum."
    for m in events(text):
        assert m.modality == "generic"


def test_a_condition_in_the_present_on_people_of_a_kind_is_generic() -> None:
    text = (
        "\u201cThe guides, fearing trouble if the escapees are arrested, do not pass any news to their families,\u201d "
        "the activist said."
    )
    for m in of_type(events(text), "ARREST"):
        assert m.modality == "generic"


def test_a_condition_about_one_known_person_stays_hypothetical() -> None:
    text = (
        "The deserter has not been found. If the private is caught inside the country, he is likely to be sent to "
        "a military court."
    )
    m = find(events(text), "ARREST", "caught")
    assert m.modality == "hypothetical"


def test_a_future_condition_stays_hypothetical() -> None:
    text = "If the four are sent back to North Korea, they will be tortured, the activist warned."
    for m in events(text):
        assert m.modality == "hypothetical"


# -- statistics and scene-setting clauses (modality.py) ------------------------------------------------------------


def test_a_count_compared_with_last_year_is_a_statistic() -> None:
    text = (
        "A total of 105 North Koreans arrived in the South between January and March, down from 123 in the same "
        "period last year, ministry figures show."
    )
    for m in of_type(events(text), "DEFECTION"):
        assert m.modality == "generic"


def test_a_recent_crossing_told_beside_no_comparison_stays_an_incident() -> None:
    text = "Two North Koreans crossed the maritime border in the Yellow Sea on March 9, the military said."
    m = find(events(text), "DEFECTION", "crossed")
    assert m.modality == "asserted"


def test_a_cue_in_a_clause_that_sets_the_scene_does_not_reach_the_main_clause() -> None:
    text = (
        "As disappearances continue to occur in Musan, security agents have set up checkpoints on every road "
        "out of the county, a source told Daily NK."
    )
    m = find(events(text), "CRACKDOWN", "checkpoints")
    assert m.modality == "asserted"


def test_known_to_have_been_arrested_is_a_fact_not_a_habit() -> None:
    text = "Seven of the 11 soldiers who fled to China in February are known to have been arrested by Chinese police."
    m = find(events(text, published="2024-04-02", outlet="Daily NK"), "ARREST", "arrested")
    assert m.modality == "asserted"


# -- the merge: steps of one custody, and other people added with "also" (merge.py) -------------------------------


def test_arrested_in_one_place_and_held_in_another_is_one_arrest() -> None:
    text = (
        "Eight North Korean defectors were arrested by Chinese police in Kunming, near the border with Laos, and "
        "detained in Tumen, a source told Daily NK on Monday."
    )
    assert len(of_type(events(text), "ARREST")) == 1


def test_arrested_and_sent_back_the_next_day_stay_two_steps() -> None:
    text = (
        "The two women were arrested by Chinese police in Yanji on March 2 and repatriated the following day, "
        "a source said."
    )
    assert len(of_type(events(text), "ARREST")) == 2


def test_others_held_responsible_also_and_dismissed_are_another_punishment() -> None:
    text = (
        "A border guard in Hyesan was caught and punished in early February for helping a smuggler carry copper "
        "to China.\n"
        "The guard was sentenced to five years in a labor camp. His platoon leaders were also held responsible "
        "and expelled from the party."
    )
    punishments = of_type(events(text, published="2024-03-12", outlet="Daily NK"), "PUNISHMENT")
    assert len(punishments) == 2


# -- a post held is no custody (pipeline._held_post); a role phrase's head is the word before its modifiers --------


def test_a_man_who_held_office_was_not_taken_into_custody() -> None:
    text = (
        "A North Korean man who once held office in a county people's committee was arrested after trying to flee, "
        "sources said.\n"
        "The man, a retiree in his 60s, was detained on Nov. 5, Radio Free Asia reported this week."
    )
    found = events(text, published="2024-11-14", outlet="UPI")
    arrests = of_type(found, "ARREST")
    assert len(arrests) == 1
    assert all(s.trigger != "held" for s in arrests[0].statements)


def test_held_at_the_security_office_is_custody() -> None:
    text = "The two smugglers were held at the county security office for a week in October, the source said."
    assert of_type(events(text, published="2024-11-14", outlet="Daily NK"), "ARREST")


# -- a border river is on both sides (merge.py) ---------------------------------------------------------------------


def test_a_return_via_the_border_river_restates_the_return_from_china() -> None:
    text = (
        "A group of North Korean defectors caught in Shenyang last month were repatriated at the beginning of "
        "October, a source in China told Daily NK.\n"
        "\u201cThe group was repatriated via the Tumen River at the start of this month,\u201d the source said."
    )
    found = events(text, published="2024-10-15", outlet="Daily NK")
    returns = [m for m in of_type(found, "ARREST") if any("repatriated" in (s.trigger or "") for s in m.statements)]
    assert len(returns) == 1
