"""Round 19: leavings that tell no incident of their own (defection as a topic, a kind, a recalled time)."""

from __future__ import annotations

from tests.rule_helpers import extract, of_type


def test_films_that_could_move_people_to_defect_tell_no_defection() -> None:
    found = extract(
        "The regime has tried hard to keep out foreign films, as they could motivate North Koreans to defect, "
        "the report said.",
        "2019-03-02",
    )
    assert not of_type(found, "DEFECTION", "defect")


def test_purge_that_prompted_a_named_man_to_defect_stays() -> None:
    found = extract("The purge of his uncle prompted Ri Chol to defect to China in March 2018.", "2019-03-02")
    assert of_type(found, "DEFECTION", "defect")


def test_bare_defections_as_a_trend_are_a_topic() -> None:
    found = extract("The recent spike in defections has alarmed the regime, the source said.", "2021-05-02")
    assert not of_type(found, "DEFECTION", "defections")


def test_officials_prone_to_defection_are_a_kind() -> None:
    found = extract(
        "The recall of trade officials most prone to defection comes as the elite grows nervous.", "2021-05-02"
    )
    assert not of_type(found, "DEFECTION", "defection")


def test_counted_defections_stay() -> None:
    found = extract(
        "There have been three defections in Musan County since June, a source told Daily NK.", "2021-05-02"
    )
    assert of_type(found, "DEFECTION", "defections")


def test_after_their_defection_recalls_the_flight_already_told() -> None:
    found = extract(
        "Two soldiers from the border guard deserted their unit in Hyesan on June 3. "
        "After their defection, the pair wandered around the province for a week, a source said.",
        "2020-06-20",
    )
    assert not of_type(found, "DEFECTION", "After their defection")


def test_boat_arrival_with_no_wish_to_defect_is_a_crossing() -> None:
    found = extract(
        "Twelve North Koreans crossed the western sea border on a fishing boat and arrived on Baengnyeong Island "
        "on Sunday, but they have not expressed any wish to defect, a military official said.",
        "2014-03-04",
    )
    assert not [m for m in found if m.type == "DEFECTION"]


def test_boat_arrival_with_a_wish_to_defect_stays() -> None:
    found = extract(
        "Twelve North Koreans crossed the western sea border on a fishing boat and arrived on Baengnyeong Island "
        "on Sunday, and all of them expressed a wish to defect, a military official said.",
        "2014-03-04",
    )
    assert [m for m in found if m.type == "DEFECTION"]


def test_later_step_of_a_journey_is_no_second_defection() -> None:
    found = extract(
        "A mother and her two sons crossed the Tumen River near Musan in early May, a source said. "
        "The family has since arrived in Thailand and is waiting to fly to Seoul.",
        "2015-08-22",
    )
    assert not of_type(found, "DEFECTION", "arrived in Thailand")


def test_first_arrival_told_stays() -> None:
    found = extract(
        "Five North Koreans arrived in Thailand last week after a long journey through China, a source said.",
        "2015-08-22",
    )
    assert of_type(found, "DEFECTION", "arrived in Thailand")


def test_helping_people_defect_given_as_an_example_is_a_kind() -> None:
    found = extract(
        "The directive also criticized commanders who were lenient toward residents engaged in illegal activities "
        "like smuggling and helping people defect.",
        "2022-04-02",
    )
    assert not of_type(found, "DEFECTION", "defect")


def test_only_a_few_have_crossed_is_a_statistic() -> None:
    found = extract(
        "Soldiers rarely flee across the heavily mined frontier. Only a few have dared to cross the DMZ since 2010.",
        "2022-04-02",
    )
    assert not of_type(found, "DEFECTION", "cross the DMZ")


def test_arrival_in_a_chinese_city_after_the_flight_told_is_a_later_step() -> None:
    found = extract(
        "Three women from Hoeryong fled across the Tumen River in early March. "
        "They were caught as they tried to buy train tickets after arriving in Yanji, a source said.",
        "2019-04-02",
    )
    assert not of_type(found, "DEFECTION", "after arriving in Yanji")
