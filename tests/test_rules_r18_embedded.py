"""Round 18: words of one type inside another deed or statement, no incident of their own: later items of a list
that a measure keeps people from, a flight told as what a trend brings about, hardships foreseen, attempts set aside
with "regardless of", posts and cameras on the route of another deed, a soldier described by his posting; and
neighbouring types told apart: a hunt for anyone of a kind is a sweep, a team sent to investigate is an inquiry,
a raid to steal is a robbery.

Every sentence here is written for this suite, in the style of border reporting.
"""

from __future__ import annotations

from tests.rule_helpers import extract, of_type

PUBLISHED = "2024-03-12"


def test_later_items_of_a_list_kept_from_are_no_defection() -> None:
    found = extract(
        "The curfew was imposed to stop people from crossing the river into China, defecting to the South or "
        "smuggling goods at night.",
        PUBLISHED,
    )
    assert not of_type(found, "DEFECTION", "curfew")


def test_flight_a_trend_brings_about_is_no_defection() -> None:
    found = extract(
        "The crackdown on escapees in Liaoning has intensified this year, causing the escapees to flee the country "
        "via Vietnam.",
        PUBLISHED,
    )
    assert of_type(found, "CRACKDOWN", "crackdown")
    assert not of_type(found, "DEFECTION", "crackdown")


def test_flight_caused_of_a_named_soldier_stays() -> None:
    found = extract(
        "A beating by his platoon leader in Hyesan last week drove the soldier to flee across the Yalu River.",
        PUBLISHED,
    )
    assert of_type(found, "DEFECTION", "flee")


def test_difficulties_foreseen_are_no_crossing() -> None:
    found = extract(
        "If the border is sealed again, smugglers in Hyesan could face difficulties crossing the river.",
        PUBLISHED,
    )
    assert not of_type(found, "DEFECTION", "difficulties")


def test_attempts_set_aside_are_no_defection() -> None:
    found = extract(
        "The source said that regardless of the number of attempts made to cross the river, North Korea now sends "
        "those caught to labor camps.",
        PUBLISHED,
    )
    assert not of_type(found, "DEFECTION", "attempts")


def test_checkpoints_on_a_smuggling_route_are_no_crackdown() -> None:
    found = extract(
        "Large amounts of squid were smuggled into Dandong last month via Chinese customs checkpoints.", PUBLISHED
    )
    assert of_type(found, "SMUGGLING", "squid")
    assert not of_type(found, "CRACKDOWN", "checkpoints")


def test_cameras_on_a_crossing_route_are_no_crackdown() -> None:
    found = extract(
        "The soldier walked through rows of barbed wire and surveillance cameras before reaching the South.",
        PUBLISHED,
    )
    assert not of_type(found, "CRACKDOWN", "surveillance")


def test_hunt_for_any_residents_of_a_kind_is_a_sweep() -> None:
    found = extract(
        "State security has formed a task force to track down any residents who helped the family escape last month.",
        PUBLISHED,
    )
    assert not of_type(found, "SEARCH", "track down")


def test_team_sent_to_investigate_is_no_search() -> None:
    found = extract(
        "The provincial party then dispatched a team to investigate the incident at the Hyesan customs office.",
        PUBLISHED,
    )
    assert not of_type(found, "SEARCH", "dispatched")


def test_team_sent_to_arrest_named_people_stays_a_search() -> None:
    found = extract(
        "The ministry dispatched a team of agents to Shenyang to arrest the two escaped guards.",
        PUBLISHED,
    )
    assert of_type(found, "SEARCH", "dispatched")


def test_raid_to_steal_is_a_robbery() -> None:
    found = extract(
        "Hungry soldiers in Musan raided several homes last week, stealing rice, cash and clothes.", PUBLISHED
    )
    assert not of_type(found, "CRACKDOWN", "raided")
    assert of_type(found, "VIOLENCE", "raided")
    assert len(of_type(found, "OTHER", "raided")) == 0


def test_police_raid_that_seizes_phones_stays_a_crackdown() -> None:
    found = extract("Police in Hyesan raided several homes last week, seizing Chinese phones.", PUBLISHED)
    assert of_type(found, "CRACKDOWN", "raided")


def test_soldier_described_by_posting_in_a_reported_clause() -> None:
    found = extract(
        "A young soldier deployed to the riverbank as part of efforts to stop smuggling recently fled across the "
        "river with his weapon, sources have told Daily NK.",
        PUBLISHED,
    )
    assert of_type(found, "DEFECTION", "fled")
    assert not of_type(found, "CRACKDOWN", "deployed")


def test_gunfire_of_an_execution_is_no_violence() -> None:
    found = extract(
        "Three cadres of the provincial party were executed by machine-gun fire in Hamhung last month after they "
        "were charged with corruption.",
        PUBLISHED,
    )
    found += extract(
        "Two officials were reportedly executed by anti-aircraft gunfire in Pyongyang last week.", PUBLISHED
    )
    assert of_type(found, "PUNISHMENT", "executed")
    assert not of_type(found, "VIOLENCE", "gunfire")


def test_charges_listed_after_a_place_are_no_incidents() -> None:
    found = extract(
        "Kim was convicted of illegal entry into China, theft and robbery, and was due for release in 2025.",
        PUBLISHED,
    )
    assert not of_type(found, "VIOLENCE", "robbery")


def test_order_given_to_a_victim_under_torture_is_no_directive() -> None:
    found = extract(
        "Agents beat the woman for days at the Musan detention center, ordering her to reveal who had sent the money.",
        PUBLISHED,
    )
    assert of_type(found, "VIOLENCE", "beat")
    assert not of_type(found, "DIRECTIVE", "ordering")


def test_punishments_named_with_a_crackdown_are_part_of_it() -> None:
    found = extract(
        "The death comes as security agencies bolster crackdowns and punishments regarding the use of Chinese-made "
        "phones.",
        PUBLISHED,
    )
    assert not of_type(found, "PUNISHMENT", "punishments")


def test_boats_expelled_from_waters_are_no_punishment() -> None:
    found = extract(
        "Some 120 Chinese fishing boats were expelled for illegal fishing near the maritime border last month.",
        PUBLISHED,
    )
    assert not of_type(found, "PUNISHMENT", "expelled")


def test_bounty_for_a_recapture_is_the_hunt_no_directive() -> None:
    found = extract(
        "Police in Jilin are offering a 100,000 yuan bounty for the recapture of a North Korean inmate who escaped "
        "on Monday.",
        PUBLISHED,
    )
    assert of_type(found, "SEARCH", "bounty")
    assert not of_type(found, "DIRECTIVE", "offering")


def test_people_of_a_kind_searched_at_posts_is_a_sweep() -> None:
    found = extract(
        "North Koreans who go to the mountains are searched at sentry posts, a source said.",
        PUBLISHED,
    )
    assert not of_type(found, "SEARCH", "searched")


def test_reward_offered_for_information_is_the_hunt_no_directive() -> None:
    found = extract(
        "Police in Jilin have offered a reward of 20,000 yuan for information on a North Korean man who crossed the "
        "frozen river last week.",
        PUBLISHED,
    )
    assert of_type(found, "SEARCH", "reward")
    assert not of_type(found, "DIRECTIVE", "offered")


def test_rewards_offered_to_guards_stay_a_directive() -> None:
    found = extract("The border command offered rewards to guards who catch defectors.", PUBLISHED)
    assert of_type(found, "DIRECTIVE", "offered")
