"""Round 20 (the lead's own): a misparse that hung the incident's verb under its subject, which the speech verb
then took ("A soldier deserted on May 2, a source said")."""

from __future__ import annotations

from tests.rule_helpers import extract, find, of_type


def test_a_bare_desertion_told_by_a_source_is_kept() -> None:
    found = extract("A soldier deserted on February 12, a source said.", "2020-03-01")
    assert find(found, "DESERTION", "deserted").date.value == "2020-02-12"


def test_the_source_who_defected_years_ago_still_tells_no_incident() -> None:
    found = extract(
        "The woman, who defected to South Korea in 2014, told Daily NK that checks at the border had tightened.",
        "2020-03-01",
    )
    assert not of_type(found, "DEFECTION", "defected")


def test_a_wire_lead_in_the_simple_past_takes_the_day_the_next_sentence_gives() -> None:
    found = extract(
        "A North Korean soldier defected to South Korea across the central front, defence officials said.\n"
        "He was spotted near a South Korean guard post in Cheorwon at around 7 a.m. on Monday, the officials said.",
        "2015-06-17",
    )
    assert find(found, "DEFECTION", "defected").date.value == "2015-06-15"


def test_the_next_sentence_day_of_another_incident_does_not_date_the_lead() -> None:
    found = extract(
        "A North Korean soldier defected to South Korea across the central front, defence officials said.\n"
        "His company commander was arrested by the military security command on Monday, a source said.",
        "2015-06-17",
    )
    assert find(found, "ARREST", "arrested").date.value == "2015-06-15"
    assert find(found, "DEFECTION", "defected").date.value is None


def test_the_day_a_lockdown_ends_does_not_date_it() -> None:
    found = extract("Hyesan was placed under lockdown until Dec. 4, a source told Daily NK.", "2021-11-25")
    lockdown = find(found, "CRACKDOWN", "lockdown")
    assert lockdown.date.value is None


def test_the_ministry_of_state_security_is_no_screening_body() -> None:
    """ "nis" (Seoul's intelligence service) used to match inside "Ministry": the North's own questioning of
    residents was taken for South Korea's screening of an arrival."""
    from sitreps import nlp
    from sitreps.extract.rules.context import questioned_in_custody
    from sitreps.model import Actor

    doc = nlp.load()("The Ministry of State Security questioned residents of the village.")
    verb = next(t for t in doc if t.lower_ == "questioned")
    north = [Actor(text="The Ministry of State Security", cls="SECURITY_POLICE")]
    south = [Actor(text="the National Intelligence Service", cls="FOREIGN_AUTHORITY")]
    assert not questioned_in_custody(verb, [], north)
    assert questioned_in_custody(verb, [], south)


def test_the_regime_as_the_subject_issues_an_order() -> None:
    """A role phrase is read without its article, so "the regime" was only found inside a longer name; as a bare
    subject it named no issuer and the order was dropped."""
    found = extract(
        "The regime has issued an order to fire on residents who approach the river, a source in Ryanggang "
        "Province said.",
        "2020-09-01",
    )
    order = find(found, "DIRECTIVE", "issued an order")
    assert [a.cls for a in order.actors] == ["LEADERSHIP"]
