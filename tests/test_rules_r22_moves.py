"""Round 22 rules on leavings, smuggling and violence: "made it to the South" and "got out of North Korea" tell a
defection; the second way out joined by "or" is no second defection; "the penalty for smuggling" names the offence,
no run of goods; someone killed or hurt in a mishap (a collapse, a crash) is no violence."""

from __future__ import annotations

from tests.rule_helpers import extract, of_type

PUBLISHED = "2024-06-10"


def test_made_it_to_the_south_is_a_defection() -> None:
    found = extract(
        "Two teenagers from Hyesan made it to the South in May via a third country, a source said.", PUBLISHED
    )
    assert of_type(found, "DEFECTION", "made it to the South")


def test_got_out_of_north_korea_is_a_defection() -> None:
    found = extract("A former trade official got out of North Korea in July with his wife, a source said.", PUBLISHED)
    assert of_type(found, "DEFECTION", "got out of North Korea")


def test_made_it_out_of_the_north_is_a_defection() -> None:
    found = extract("The young soldier made it out of the North in late March, his brother told reporters.", PUBLISHED)
    assert of_type(found, "DEFECTION", "made it out of the North")


def test_the_other_way_out_is_no_second_defection() -> None:
    found = extract(
        "Officials do not know if the family went to China or fled to Russia last month, a source said.", PUBLISHED
    )
    assert not of_type(found, "DEFECTION", "fled to Russia")


def test_two_steps_of_one_flight_stay() -> None:
    found = extract("The two soldiers fled to China and crossed the river on May 3, a source said.", PUBLISHED)
    assert of_type(found, "DEFECTION", "fled to China")


def test_fear_of_punishment_for_smuggling_is_no_run_of_goods() -> None:
    found = extract(
        "The habit is spreading due to fear of punishment by the authorities for smuggling out goods that could "
        "leak internal information.",
        PUBLISHED,
    )
    assert not of_type(found, "SMUGGLING", "smuggling out goods")


def test_killed_in_a_mine_collapse_is_no_violence() -> None:
    found = extract("Three miners were killed in a collapse at a coal mine in Hoeryong last week.", PUBLISHED)
    assert not of_type(found, "VIOLENCE", "were killed")


def test_passenger_injured_after_a_crash_is_no_violence() -> None:
    found = extract(
        "A truck overturned on an icy road near Hyesan on Nov. 16. A passenger was injured and taken to hospital.",
        PUBLISHED,
    )
    assert not of_type(found, "VIOLENCE", "was injured")


def test_killed_by_border_guards_stays_violence() -> None:
    found = extract("Two smugglers were killed by border guards near the river in Musan in May.", PUBLISHED)
    assert of_type(found, "VIOLENCE", "were killed")


def test_a_guess_that_he_made_it_is_no_second_defection() -> None:
    found = extract(
        "A soldier left his post and headed south in a fishing boat on April 3, a source said. "
        "Everyone assumes he made it to the South, because no wreckage has been found.",
        PUBLISHED,
    )
    assert of_type(found, "DEFECTION", "headed south")
    assert not of_type(found, "DEFECTION", "made it to the South")
