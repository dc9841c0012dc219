"""Round 16 custody wordings: people "hauled in" or "hauled off", who "fell into the hands of" the police, were "found
hiding", were sent, taken or transferred to a holding facility; hunts told as tracing, tracking or locating someone,
agents dispatched "to seek out" a family, a bounty "for the recapture" of a prisoner. And what is no custody: a
facility that holds no one in custody, documents that fall into someone's hands, an arrest named only as what a tip
would lead to.

Every sentence here is written for this suite, in the style of border reporting.
"""

from __future__ import annotations

from sitreps.model import Document, Mention
from sitreps.pipeline import process


def events(text: str, published: str = "2023-06-20") -> list[Mention]:
    return process(Document(text=text, published=published, outlet="Daily NK"))


def asserted(text: str, etype: str) -> list[Mention]:
    return [m for m in events(text) if m.type == etype and m.modality == "asserted"]


def test_hauled_in_is_an_arrest() -> None:
    assert asserted("A trader in Hyesan was hauled in by state security agents last week.", "ARREST")


def test_hauled_off_is_an_arrest() -> None:
    text = "The police hauled off three youths for watching South Korean films in Pyongsong last week."
    assert asserted(text, "ARREST")


def test_fell_into_the_hands_of_police_is_an_arrest() -> None:
    assert asserted("The defector fell into the hands of Chinese police in Yanji in May.", "ARREST")


def test_landed_in_the_hands_of_authorities_is_an_arrest() -> None:
    assert asserted("The escapee landed in the hands of the authorities in Dandong.", "ARREST")


def test_documents_falling_into_hands_are_no_arrest() -> None:
    assert not asserted("The documents fell into the hands of South Korean intelligence.", "ARREST")


def test_sent_to_a_holding_facility_is_custody() -> None:
    assert asserted("The MSS sent him to a holding facility in Hyesan.", "ARREST")


def test_transferred_to_a_detention_facility_is_custody() -> None:
    assert asserted("The two were transferred to a detention facility in Chongjin on May 3.", "ARREST")


def test_quarantine_or_medical_facility_is_no_custody() -> None:
    assert not asserted("Patients with fever were sent to a quarantine facility in Hyesan last month.", "ARREST")
    assert not asserted("The injured soldier was taken to a medical facility in Pyongyang.", "ARREST")


def test_found_hiding_is_an_arrest_not_a_sea_rescue() -> None:
    found = events("One of the deserters was found hiding in a hut near Kapsan on May 9.")
    assert any(m.type == "ARREST" for m in found)
    assert not any(m.type == "OTHER" for m in found)


def test_information_leading_to_an_arrest_is_no_arrest() -> None:
    text = "Police notices offer up to 5,000 dollars for information leading to an arrest."
    assert not asserted(text, "ARREST")


def test_tracing_the_family_is_a_search() -> None:
    assert asserted("The MSS began tracing the family after they disappeared.", "SEARCH")


def test_trying_to_locate_a_soldier_is_a_search() -> None:
    assert asserted("Police are trying to locate the missing soldier.", "SEARCH")


def test_tracking_a_phone_signal_is_no_search() -> None:
    assert not asserted("The MSS tracked the phone signal to a house in Hyesan.", "SEARCH")


def test_agents_dispatched_to_seek_out_a_family_is_a_search() -> None:
    assert asserted("The MSS dispatched agents to seek out the family in China.", "SEARCH")


def test_bounty_for_recapture_is_a_search() -> None:
    text = "Chinese police are offering a bounty for the recapture of the prisoner."
    assert asserted(text, "SEARCH")
