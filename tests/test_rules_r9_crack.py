"""Round 9 crackdown, directive and punishment rules, from wordings seen in real wire and border reports: one test
per rule, each with a counter-test that the measure or order itself is still found.

Every sentence here is written for this suite, in the style of wire and border reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract


def events(text: str, published: str = "2019-05-14") -> list[Mention]:
    return extract(text, published)


def types_of(mentions: list[Mention], words: str) -> set[str]:
    return {m.type for m in mentions if any(words in s.text for s in m.statements)}


def test_a_crackdown_scaled_back_is_no_crackdown() -> None:
    text = "Beijing seems to be quietly scaling back its crackdowns on cross-border trade in Dandong, traders said."
    assert "CRACKDOWN" not in types_of(events(text), "scaling back")


def test_a_crackdown_stepped_up_is_still_a_crackdown() -> None:
    text = "Chinese police have stepped up their crackdowns on cross-border trade in Dandong, traders said."
    assert "CRACKDOWN" in types_of(events(text), "stepped up")


def test_checkpoints_dismantled_are_no_measure() -> None:
    text = "The roadside checkpoints were dismantled on Friday after the two soldiers were caught, a resident said."
    assert "CRACKDOWN" not in types_of(events(text), "dismantled")


def test_south_korean_forces_watching_the_line_is_no_crackdown() -> None:
    text = "South Korea's army has strengthened vigilance along the eastern front, the Joint Chiefs of Staff said."
    assert "CRACKDOWN" not in types_of(events(text), "vigilance")


def test_the_military_tracking_in_a_jcs_statement_is_no_crackdown() -> None:
    text = '"The military spotted the man near the MDL and conducted surveillance," the JCS said in a text message.'
    assert "CRACKDOWN" not in types_of(events(text), "surveillance")


def test_north_korean_forces_strengthening_vigilance_is_a_crackdown() -> None:
    text = "North Korea's border guard has strengthened vigilance along the Tumen River, a source in Musan said."
    assert "CRACKDOWN" in types_of(events(text), "vigilance")


def test_such_crackdowns_restate_the_measure_told() -> None:
    text = (
        "North Korea has sharply stepped up surveillance of residents in Hoeryong, a source said on Monday. "
        "Partly because of such crackdowns, fewer people now reach China, the source added."
    )
    found = [m for m in events(text) if m.type == "CRACKDOWN"]
    assert len(found) == 1 and all("such crackdowns" not in s.text for s in found[0].statements)


def test_the_crackdown_an_order_asks_for_is_part_of_the_order() -> None:
    text = "Kim Jong Un has ordered tighter crackdowns on residents who use Chinese phones, a source said on Monday."
    assert "CRACKDOWN" not in types_of(events(text), "tighter crackdowns")


def test_a_level_of_punishment_raised_is_a_policy() -> None:
    text = "Since last year the authorities have raised the level of punishment for people caught with smuggled goods."
    assert "PUNISHMENT" not in types_of(events(text), "level of punishment")


def test_an_order_to_punish_whoever_does_something_is_no_punishment() -> None:
    text = (
        "Kim Jong Un has ordered the security ministry to track down and punish those who sell smuggled phones, "
        "a source in Hyesan said."
    )
    found = events(text)
    assert "PUNISHMENT" not in types_of(found, "punish those")
    assert "DIRECTIVE" in types_of(found, "punish those")


def test_punishing_two_named_guards_is_still_a_punishment() -> None:
    text = "The brigade punished the two guards who let the smugglers cross, a source in Hyesan said on Monday."
    assert "PUNISHMENT" in types_of(events(text), "punished the two")


def test_the_order_issued_again_is_the_order_told() -> None:
    text = (
        "The Ministry of State Security sent a directive to its provincial offices on May 3 telling them to watch "
        'returnees closely, a source said. "The ministry issued the order for closer watch because it fears '
        'leaks," the source said.'
    )
    found = [m for m in events(text) if m.type == "DIRECTIVE"]
    assert len(found) == 1


def test_an_order_issued_first_in_a_report_is_kept() -> None:
    text = "The provincial party committee issued the order on Monday to close all ferry crossings, a source said."
    assert "DIRECTIVE" in types_of(events(text), "issued the order")


def test_a_border_that_is_sealed_is_no_order() -> None:
    text = "Escapes across the DMZ are rare because the border is tightly sealed and guarded by troops."
    assert "DIRECTIVE" not in types_of(events(text), "tightly sealed")


def test_news_being_monitored_is_no_crackdown() -> None:
    text = "The spy agency said it is closely monitoring reports that several officials were executed in Sinuiju."
    assert "CRACKDOWN" not in types_of(events(text), "monitoring reports")


def test_agents_sent_to_monitor_officials_is_a_crackdown() -> None:
    text = (
        "Pyongyang has sent security agents to Shenyang to monitor officials at its trading companies, a source said."
    )
    assert "CRACKDOWN" in types_of(events(text), "to monitor officials")


def test_punishments_used_as_a_means_of_rule_are_no_punishment() -> None:
    text = "The regime is using harsh punishments to frighten people away from the river, an activist said on Monday."
    assert "PUNISHMENT" not in types_of(events(text), "harsh punishments")


def test_patrols_doubled_are_a_crackdown() -> None:
    text = "Night patrols along the Yalu in Sinuiju have been doubled since the escape, a source said on Monday."
    assert "CRACKDOWN" in types_of(events(text), "doubled")


def test_counting_heads_in_every_household_is_a_crackdown() -> None:
    text = "Since last week, neighborhood unit leaders in Musan have been counting heads in every home each night."
    assert "CRACKDOWN" in types_of(events(text), "counting heads")


def test_a_public_trial_told_as_publicly_tried_is_a_punishment() -> None:
    text = "The six smugglers were publicly tried at a stadium in Hyesan on June 3, a source in the city said."
    assert "PUNISHMENT" in types_of(events(text), "publicly tried")


def test_a_general_sacked_is_a_punishment() -> None:
    text = "A corps general was sacked last week after a soldier walked across the border unnoticed, officials said."
    assert "PUNISHMENT" in types_of(events(text), "sacked")
