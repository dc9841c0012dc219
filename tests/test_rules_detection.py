"""Event detection and typing: which incidents a sentence reports, one rule each.

Every sentence here is written for this suite, in the style of reports on North Korea's borders and
security forces; each asserts what a careful coder would code under TAXONOMY.md.
"""

from __future__ import annotations

from sitreps.model import Document, Mention
from sitreps.pipeline import process


def events(text: str, published: str = "2022-04-11") -> list[Mention]:
    return process(Document(text=text, published=published))


def kinds(text: str, published: str = "2022-04-11") -> list[tuple[str, str]]:
    return [(m.type, m.modality) for m in events(text, published)]


def incidents(text: str) -> set[str]:
    return {t for t, m in kinds(text) if m != "generic"}


def test_what_a_verb_of_prevention_keeps_from_happening_did_not_happen() -> None:
    text = "The quarantine unit was formed in May to stop the virus from crossing the Yalu, a source in Hyesan said."
    assert "DEFECTION" not in incidents(text)


def test_a_bare_activity_named_as_a_topic_is_no_incident() -> None:
    text = "Agents from the provincial security bureau have been gathering information on smuggling in Musan."
    assert "SMUGGLING" not in incidents(text)
    text = "RFA has reported several cases related to smuggling in Sinuiju since January."
    assert "SMUGGLING" not in incidents(text)


def test_a_livelihood_that_depends_on_smuggling_is_no_incident() -> None:
    text = "The economy of Hyesan depends on the smuggling of goods from China, residents say."
    assert "SMUGGLING" not in incidents(text)


def test_offences_listed_as_examples_of_charges_are_no_incidents() -> None:
    text = "Four prisoners held on charges such as robbery and murder broke out of the county jail on Sunday."
    assert "VIOLENCE" not in incidents(text)
    text = "Chinese police had caught them for crimes like burglary and murder before they were sent back."
    assert "VIOLENCE" not in incidents(text)


def test_suspending_trade_is_no_punishment_but_suspending_an_officer_is() -> None:
    assert "PUNISHMENT" not in incidents("The two countries suspended trade across the Yalu bridge in January.")
    text = "The company commander was suspended from duty last week after two of his men deserted."
    assert "PUNISHMENT" in incidents(text)


def test_a_unit_disbanded_by_the_leader_is_a_punishment() -> None:
    text = "An angry Kim Jong Un disbanded the border guard unit that had failed to stop the crossing in July."
    assert "PUNISHMENT" in incidents(text)


def test_an_order_that_says_something_is_a_directive() -> None:
    text = "A new order said that guards caught taking bribes from smugglers will be tried by a military court."
    assert ("DIRECTIVE", "asserted") in kinds(text)


def test_a_warning_handed_down_is_a_directive_and_its_threat_no_punishment() -> None:
    text = (
        "A warning has been handed down by the Border Guard Command that officers who fail to stop defections"
        " will be expelled from the party and discharged from the army."
    )
    found = kinds(text)
    assert ("DIRECTIVE", "asserted") in found
    assert "PUNISHMENT" not in {t for t, _m in found}


def test_a_shared_future_auxiliary_makes_both_conjuncts_planned() -> None:
    text = "The two guards will be expelled from the party and discharged from the army next month, a source said."
    assert all(m == "planned" for t, m in kinds(text) if t == "PUNISHMENT")


def test_a_search_for_people_the_parser_hangs_on_the_verb_is_a_sweep() -> None:
    text = "State security has stepped up its hunt for people using Chinese phones in Hoeryong, a source said."
    found = incidents(text)
    assert "CRACKDOWN" in found
    assert "SEARCH" not in found


def test_looking_for_an_excuse_is_no_search() -> None:
    text = "Security agents in Musan are looking for any excuse to detain traders, residents say."
    assert "SEARCH" not in incidents(text)


def test_searching_for_phones_is_a_sweep() -> None:
    text = "Police officers searched the market stalls in Hyesan for phones on Tuesday."
    assert "SEARCH" not in incidents(text)


def test_questioning_someone_in_custody_is_part_of_the_custody() -> None:
    text = "The corporal was detained on May 3 and is being questioned by the Military Security Command."
    assert [t for t, _m in kinds(text)] == ["ARREST"]


def test_south_korean_screening_of_arrivals_is_no_crackdown() -> None:
    text = "The three fishermen are being questioned by the National Intelligence Service, the ministry said."
    assert "CRACKDOWN" not in incidents(text)


def test_an_ordered_tightening_is_an_exhortation_but_ordered_patrols_are_a_measure() -> None:
    text = "Kim Jong Un ordered the border units to tighten the blockade along the Tumen, KCNA said."
    assert "CRACKDOWN" not in incidents(text)
    text = "The brigade commander ordered the companies to double their night patrols along the river."
    assert ("CRACKDOWN", "planned") in kinds(text)


def test_any_defection_is_no_particular_defection() -> None:
    text = "The commanders pledged to prevent the occurrence of any defection until the party congress in May."
    assert "DEFECTION" not in incidents(text)


def test_a_soldier_posted_at_the_border_is_no_deployment() -> None:
    text = "A soldier posted at the border in Hyesan was arrested on March 2 while returning from China."
    assert "CRACKDOWN" not in incidents(text)


def test_a_conjoined_clause_with_its_own_subject_keeps_its_own_issuer() -> None:
    text = (
        "Police have been checking the papers of every traveller on the roads to Musan, and border guards have"
        " been told to shoot anyone who approaches the river at night."
    )
    assert ("DIRECTIVE", "asserted") in kinds(text)


def test_a_trend_told_by_its_subject_is_generic() -> None:
    text = "Smuggling and defections along the Tumen have dropped sharply since the border was closed."
    assert not {"SMUGGLING", "DEFECTION"} & incidents(text)


def test_prisoners_awaiting_trial_have_not_been_tried() -> None:
    text = "Two prisoners awaiting trial escaped from the county detention centre in Unhung on Monday."
    assert ("PUNISHMENT", "asserted") not in kinds(text)
