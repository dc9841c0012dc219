"""Round 8 rules for the weakest types on real reports (CRACKDOWN, SMUGGLING, DESERTION), one test each.

Every sentence here is written for this suite in the style of real reporting; each asserts what a careful coder
would code under TAXONOMY.md.
"""

from __future__ import annotations

from sitreps.model import Document, Mention
from sitreps.pipeline import process


def events(text: str, published: str = "2022-07-20") -> list[Mention]:
    return process(Document(text=text, published=published, outlet="Daily NK"))


def kinds(text: str, published: str = "2022-07-20") -> list[tuple[str, str]]:
    return [(m.type, m.modality) for m in events(text, published)]


def types(text: str) -> set[str]:
    return {t for t, _m in kinds(text)}


# questioning as part of a custody already told, or as the occasion of what someone said


def test_said_when_questioned_is_no_crackdown() -> None:
    text = "When questioned by the security agents, the sailors said they had lost their way."
    assert "CRACKDOWN" not in types(text)


def test_confessed_while_being_questioned_is_no_crackdown() -> None:
    text = "The trader admitted everything while she was being questioned by the city security department."
    assert "CRACKDOWN" not in types(text)


def test_interrogated_and_then_released_is_no_crackdown() -> None:
    text = "The three women were interrogated by state security for a month, but then released in early June."
    assert "CRACKDOWN" not in types(text)


def test_awaiting_repatriation_after_interrogation_is_no_crackdown() -> None:
    text = "The nine defectors are awaiting repatriation after being interrogated by Chinese border police."
    found = types(text)
    assert "CRACKDOWN" not in found
    assert "ARREST" in found


def test_during_an_interrogation_is_no_crackdown() -> None:
    text = "The sailor asked to stay in the South during a joint interrogation, officials in Seoul said."
    assert "CRACKDOWN" not in types(text)


def test_questioning_relatives_stays_a_crackdown() -> None:
    text = "State security agents in Musan began questioning the relatives of the missing soldier last week."
    assert "CRACKDOWN" in types(text)


# smuggling told only as an intention, and a run told as the purpose of a trip


def test_decided_to_smuggle_is_no_run() -> None:
    text = (
        "Hearing that copper prices had risen in China, the villagers decided to smuggle the wire out of the country."
    )
    assert "SMUGGLING" not in types(text)


def test_pretext_of_looking_to_send_is_no_run() -> None:
    text = "The guard was told that the trader was only looking to send a few boxes of dried fish to her cousin."
    assert "SMUGGLING" not in types(text)


def test_believed_they_could_move_goods_is_no_run() -> None:
    text = "The smugglers believed that they could transport the copper across the river at night."
    assert "SMUGGLING" not in types(text)


def test_tried_to_smuggle_stays_a_run() -> None:
    text = "Two men from Kimchaek tried to smuggle ten kilograms of copper into China near Hyesan in May."
    assert "SMUGGLING" in types(text)


def test_boats_taken_to_smuggle_goods_is_a_run() -> None:
    text = "On June 3, the trader took two boats across the Tumen River to smuggle in flour and cooking oil from China."
    assert "SMUGGLING" in types(text)


def test_crossing_to_smuggle_is_a_run_not_a_defection() -> None:
    text = "On June 3, the trader crossed the river to smuggle in flour from China."
    found = types(text)
    assert "SMUGGLING" in found
    assert "DEFECTION" not in found


def test_crackdowns_on_smuggling_tell_no_run() -> None:
    text = "Beijing appears to be quietly scaling back its crackdowns on smuggling in the region."
    assert "SMUGGLING" not in types(text)


# desertion


def test_desertion_incident_is_a_desertion() -> None:
    text = "On June 9, there was a desertion incident in a border guard company stationed in Musan County."
    assert ("DESERTION", "asserted") in kinds(text)


def test_past_tense_after_a_modal_is_asserted() -> None:
    text = "The private could not bear the beatings any longer, and deserted his unit in early June."
    assert ("DESERTION", "asserted") in kinds(text)


def test_soldiers_who_escaped_with_their_rifles_deserted() -> None:
    text = "On the 9th, four soldiers of the 12th Border Guard brigade escaped with their rifles."
    assert ("DESERTION", "asserted") in kinds(text)


def test_where_members_of_the_ring_come_from_is_no_new_run() -> None:
    text = (
        "Border guards in Hyesan caught a smuggling ring carrying copper across the Yalu River in May.\n"
        "Two members of the smuggling ring are from Kilju, in North Hamgyong Province."
    )
    runs = [m for m in events(text) if m.type == "SMUGGLING"]
    assert all("Kilju" not in m.evidence.text for m in runs)


def test_soldiers_posted_at_the_border_are_no_deployment() -> None:
    text = (
        "But in ordinary times, soldiers posted at the border are in a fairly comfortable position and can earn extra."
    )
    assert "CRACKDOWN" not in types(text)


def test_search_for_war_remains_is_no_enforcement() -> None:
    text = "The two armies plan to begin a joint search for remains of soldiers killed during the 1950-53 Korean War."
    found = types(text)
    assert "CRACKDOWN" not in found
    assert "SEARCH" not in found
