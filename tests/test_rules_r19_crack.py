"""Round 19, CRACKDOWN: a measure that stopped, was withdrawn, is an anonymous official's reason or is an army's
drill tells no crackdown; a town put under lockdown and a crackdown period set do."""

from __future__ import annotations

from tests.rule_helpers import extract, of_type


def test_measure_no_longer_taken_is_no_crackdown() -> None:
    found = extract(
        "Police inspections are no longer being carried out at the market in Hyesan, a source said on Monday.",
        "2023-03-10",
        "dailynk",
    )
    assert not of_type(found, "CRACKDOWN", "inspections")


def test_emergency_declared_then_withdrawn_is_no_crackdown() -> None:
    found = extract(
        "The state of emergency declared in Musan County was lifted on Tuesday after the soldier was found.",
        "2023-03-10",
        "dailynk",
    )
    assert not of_type(found, "CRACKDOWN", "state of emergency")


def test_investigation_as_reason_for_anonymity_is_no_crackdown() -> None:
    found = extract(
        "The fishermen have not said whether they want to stay, the official said, asking not to be named because "
        "an investigation is still going on.",
        "2023-03-10",
        "yonhap",
    )
    assert not of_type(found, "CRACKDOWN", "investigation")


def test_military_drills_stepped_up_are_no_crackdown() -> None:
    found = extract(
        "Seoul has been stepping up joint military drills with Washington since the spring.", "2023-03-10", "yonhap"
    )
    assert not of_type(found, "CRACKDOWN", "drills")


def test_town_put_under_lockdown_is_crackdown() -> None:
    found = extract(
        "Sinuiju was put under lockdown on Friday after three smugglers went missing, a source in North Pyongan "
        "Province told Daily NK.",
        "2023-03-10",
        "dailynk",
    )
    assert len(of_type(found, "CRACKDOWN", "lockdown")) == 1


def test_crackdown_period_set_is_crackdown() -> None:
    found = extract(
        "The provincial police named October a special crackdown period on drug dealing, a source said on Monday.",
        "2023-03-10",
        "dailynk",
    )
    assert len(of_type(found, "CRACKDOWN", "crackdown period")) == 1
