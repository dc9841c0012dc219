"""Round 18, custody (ARREST): a dead person sent home is no custody; the catch behind an arrest and the holding
that follows it are the same custody, told once."""

from __future__ import annotations

from tests.rule_helpers import extract, of_type


def test_body_repatriated_is_no_custody() -> None:
    found = extract(
        "A van carrying five escapees overturned near Yanji on Monday. The driver was hurt and taken to a clinic, "
        "while the smuggler's body was recovered and repatriated to North Korea.",
        "2023-06-10",
        "dailynk",
    )
    assert not of_type(found, "ARREST", "repatriated")


def test_remains_sent_home_are_no_custody() -> None:
    found = extract("The remains of six soldiers were repatriated to the North on Tuesday.", "2023-06-10", "yonhap")
    assert not of_type(found, "ARREST", "remains")


def test_people_repatriated_stay_custody() -> None:
    found = extract("Six defectors were repatriated to the North on Tuesday, a source said.", "2023-06-10", "dailynk")
    assert len(of_type(found, "ARREST", "repatriated")) == 1


def test_catch_behind_an_arrest_is_one_custody() -> None:
    found = extract(
        "A resident of Hyesan was arrested last month after she was caught by state security agents using a "
        "smuggled phone, a source told Daily NK.",
        "2023-06-10",
        "dailynk",
    )
    assert len(of_type(found, "ARREST", "arrested")) == 1


def test_holding_after_an_arrest_is_one_custody() -> None:
    found = extract(
        "Fourteen escapees who had been detained near Dandong in March and then held in a Chinese police facility "
        "were sent back to the North last week, a source said.",
        "2023-06-10",
        "dailynk",
    )
    arrests = of_type(found, "ARREST", "detained")
    assert len(arrests) == 2  # the custody in March and the return last week (rule 4), no third for "held"
    assert sorted(m.date.value or "" for m in arrests) == ["2023-03", "2023-W22"]


def test_others_held_stay_apart() -> None:
    found = extract(
        "Police arrested a broker in Hoeryong on May 2, and his two helpers were detained in Musan on May 20.",
        "2023-06-10",
        "dailynk",
    )
    assert len(of_type(found, "ARREST", "helpers")) >= 1
    assert len(of_type(found, "ARREST", "arrested")) >= 1
    assert len([m for m in found if m.type == "ARREST"]) == 2


def test_someone_else_caught_stays_apart() -> None:
    found = extract(
        "Police arrested a broker in Hoeryong on May 20 after his wife was caught carrying a phone on May 2.",
        "2023-06-10",
        "dailynk",
    )
    assert len([m for m in found if m.type == "ARREST"]) == 2
