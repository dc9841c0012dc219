"""Round 18: orders (DIRECTIVE) and their borders on real text.

An order is given by an authority about forces, borders or enforcement. An order obeyed ("following orders from the
Marshal", "act on orders from officers"), one from a private person ("on instructions from his aunt"), a ban in force
("currently bans") and a warning broadcast at a boat crossing a line tell no order of their own. Money demanded is
extortion (OTHER) only when the money is what is demanded; an appeal to the public to look out for escapees is no
search; punishments made harsher are a policy (DIRECTIVE), no one punished.
"""

from __future__ import annotations

from sitreps import nlp
from sitreps.extract.rules.orders import told_to_a_group
from tests.rule_helpers import extract, of_type


def test_authorities_demanding_units_collect_money_is_an_order_not_extortion() -> None:
    text = "The provincial authorities demanded that border units collect 300 yuan from every trader at the bridge.\n"
    found = extract(text, "2024-03-11")
    assert of_type(found, "DIRECTIVE", "demanded")
    assert not of_type(found, "OTHER", "demanded")


def test_a_guard_demanding_yuan_is_still_extortion() -> None:
    text = "A border guard in Musan had been demanding 800 yuan from each smuggler since January, a source said.\n"
    found = extract(text, "2024-03-11")
    assert of_type(found, "OTHER", "demanding")


def test_orders_followed_as_the_cause_of_an_act_are_no_order() -> None:
    text = (
        "The two traders were taken away from the market at once, following orders from the provincial committee, "
        "he said.\n"
    )
    assert not of_type(extract(text, "2024-03-11"), "DIRECTIVE", "orders")


def test_acting_on_orders_from_officers_is_no_order() -> None:
    text = "Some guards rob villagers on their own, while others act on direct orders from officers who run raids.\n"
    assert not of_type(extract(text, "2024-03-11"), "DIRECTIVE", "orders")


def test_instructions_from_a_relative_are_no_order() -> None:
    text = "The woman kept travelling to the border towns on instructions from her cousin in Dandong, a source said.\n"
    assert not of_type(extract(text, "2024-03-11"), "DIRECTIVE", "instructions")


def test_an_appeal_to_residents_to_watch_for_escapees_is_no_search() -> None:
    text = "Officials urged villagers to be on the lookout for the two inmates, who fled from the prison on Monday.\n"
    assert not of_type(extract(text, "2024-03-11"), "SEARCH", "lookout")


def test_toughened_punishments_are_a_policy_not_a_punishment() -> None:
    text = "Sources said the regime has toughened punishments for smugglers caught on the river.\n"
    found = extract(text, "2024-03-11")
    assert not of_type(found, "PUNISHMENT", "punishments")


def test_stiffened_penalties_are_a_directive() -> None:
    text = "The Ministry of State Security stiffened the penalties for illegal phone calls to China in March.\n"
    assert of_type(extract(text, "2024-05-11"), "DIRECTIVE", "stiffened")


def test_toughening_border_controls_and_punishment_is_the_crackdown_only() -> None:
    text = "The regime has been toughening border controls and punishment for failed escapes since 2012.\n"
    assert not of_type(extract(text, "2024-05-11"), "DIRECTIVE", "toughening")


def test_a_ban_currently_in_force_is_no_order() -> None:
    text = "The provincial committee currently bans all traders from staying overnight in the border districts.\n"
    assert not of_type(extract(text, "2024-03-11"), "DIRECTIVE", "bans")


def test_warning_broadcasts_at_a_boat_crossing_the_line_are_no_order() -> None:
    text = "The South Korean navy issued warning broadcasts, but the fishing boat crossed the line at 6 a.m.\n"
    assert not of_type(extract(text, "2024-03-11"), "DIRECTIVE", "issued")


def test_told_to_a_group_finds_orders_to_many_not_words_to_one() -> None:
    parse = nlp.load()
    many = parse("Cadres told residents to report anyone who tries to cross the river.")
    one = parse("A cadre told him to leave the area at once.")
    press = parse("Officials told reporters that the order came down.")
    appeal = parse("Officials urged residents to stay indoors.")
    assert any(told_to_a_group(t) for t in many)
    assert not any(told_to_a_group(t) for t in one)
    assert not any(told_to_a_group(t) for t in press)
    assert not any(told_to_a_group(t) for t in appeal)


def test_what_the_order_told_before_says_is_no_new_order() -> None:
    text = (
        "The Ministry of Social Security issued an order on the border on August 2, a source said.\n"
        "The order designated the riverbank a closed zone and banned residents from fishing there, the source said.\n"
    )
    found = extract(text, "2024-08-20")
    assert len(of_type(found, "DIRECTIVE", "")) == 1


def test_a_threat_against_a_kind_of_people_is_a_directive() -> None:
    text = "The provincial security bureau openly threatened those who keep in touch with defectors, a source said.\n"
    assert of_type(extract(text, "2024-03-11"), "DIRECTIVE", "threatened")


def test_officials_telling_residents_to_act_is_an_order() -> None:
    text = (
        "Security officials in Hoeryong told residents to report anyone who tries to cross the river at night, "
        "a source in North Hamgyong Province said.\n"
    )
    found = extract(text, "2024-03-11")
    assert of_type(found, "DIRECTIVE", "told")


def test_an_official_telling_one_man_to_leave_is_no_order() -> None:
    text = "An official at the checkpoint told him to leave the area, the man said.\n"
    assert not of_type(extract(text, "2024-03-11"), "DIRECTIVE", "told")
