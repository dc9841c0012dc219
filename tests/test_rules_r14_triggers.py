"""Round 14 trigger rules, from incidents whose sentence had no trigger of their type: a gerund after a verb of
onset ("began arresting"), "incarcerated", a "defection attempt", a reason ("taken away for using phones") that is
no object of the verb, mines laid along the border, an ambush, a burglary, and a crossing "while on patrol".

Every sentence here is written for this suite, in the style of border and wire reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract, of_type


def events(text: str, published: str = "2023-06-20") -> list[Mention]:
    return extract(text, published)


def test_gerund_after_onset_verb_is_an_arrest() -> None:
    text = "Security agents in Hyesan have started arresting brokers and their helpers this month, a source said."
    assert of_type(events(text), "ARREST", "arresting brokers")


def test_adjective_participle_stays_refused() -> None:
    text = "The guards described the arresting officer as calm and the market as quiet."
    assert not of_type(events(text), "ARREST", "arresting officer")


def test_incarcerated_is_custody() -> None:
    text = "Her parents have been incarcerated in a provincial security bureau facility since May, a source said."
    assert of_type(events(text), "ARREST", "incarcerated")


def test_defection_attempt_is_a_defection() -> None:
    text = "Last week a couple from Musan County made a defection attempt that ended at the riverbank."
    assert of_type(events(text), "DEFECTION", "defection attempt")


def test_reason_for_taking_is_no_smuggled_goods() -> None:
    text = "At least three traders were taken away for selling Chinese phones in the market in early March."
    found = events(text)
    assert of_type(found, "ARREST", "taken away")
    assert not of_type(found, "SMUGGLING", "taken away")


def test_mines_laid_along_border_is_a_crackdown_not_a_blast() -> None:
    text = "Border troops have been laying landmines along the riverbank near Hoeryong since April, sources said."
    found = events(text)
    assert of_type(found, "CRACKDOWN", "laying landmines")
    assert not of_type(found, "OTHER", "laying landmines")


def test_ambush_is_violence() -> None:
    text = "Two smugglers ambushed a patrolling guard near the river in Sinuiju on the night of May 2."
    assert of_type(events(text), "VIOLENCE", "ambushed")


def test_burglary_by_soldiers_is_other() -> None:
    text = "Hungry soldiers from a coastal unit burglarized three farm houses in Kimchaek on June 9, a source said."
    assert of_type(events(text), "OTHER", "burglarized")


def test_crossing_while_on_patrol_is_also_a_desertion() -> None:
    text = "A private crossed the Tumen River near Namyang on the night of March 2 while on patrol, a source said."
    found = events(text)
    assert of_type(found, "DEFECTION", "while on patrol")
    assert of_type(found, "DESERTION", "while on patrol")


def test_crossing_without_duty_is_no_desertion() -> None:
    text = "A farmer crossed the Tumen River near Namyang on the night of March 2, a source said."
    assert not of_type(events(text), "DESERTION", "crossed")


def test_brought_in_for_questioning_is_custody() -> None:
    text = "The four fishermen were brought to a naval base in Donghae on Tuesday for questioning by investigators."
    assert of_type(events(text), "ARREST", "brought")


def test_for_investigation_hung_on_the_place_still_counts() -> None:
    text = "Officials took the two men to a military port for investigation."
    assert of_type(events(text), "ARREST", "took the two men")


def test_hyphenated_reeducation_is_a_punishment() -> None:
    text = "After her return from China she was subjected to re-education for two years in Chongori, a source said."
    assert of_type(events(text), "PUNISHMENT", "re-education")


def test_abuse_and_sentence_joined_by_and_are_two_deeds() -> None:
    text = "In detention she was beaten by guards and was subjected to re-education for a year, the report said."
    found = events(text)
    assert of_type(found, "VIOLENCE", "beaten")
    assert of_type(found, "PUNISHMENT", "re-education")
