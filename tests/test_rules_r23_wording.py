"""Round 23: crackdown wordings (placed under strict control, posts erected, cameras set up, signals tracked), a
crossing "while on duty" told below the crossing or on the reporting verb, Seoul's joint interrogation."""

from __future__ import annotations

from tests.rule_helpers import extract, of_type


def test_desertion_duty_below_crossing() -> None:
    text = "A soldier crossed the river into China after shooting an officer while on guard duty, a source said."
    assert of_type(extract(text, "2021-05-20"), "DESERTION", "crossed")


def test_desertion_duty_on_reporting_verb() -> None:
    text = "A soldier escaped across the river to China while on night duty on May 2, a source said."
    assert of_type(extract(text, "2021-05-20"), "DESERTION", "escaped")


def test_joint_interrogation_is_screening() -> None:
    text = (
        "A North Korean man crossed the border into South Korea on Monday, the Joint Chiefs of Staff said.\n"
        "The results of the joint interrogation by the intelligence service will be released later, officials said."
    )
    assert not of_type(extract(text, "2021-05-20"), "CRACKDOWN", "joint interrogation")


def test_state_security_inquiry_kept() -> None:
    # "nis" inside "Ministry" once read the North's secret police as Seoul's intelligence service
    text = "Smugglers in Musan have been investigated by the Ministry of State Security since early May, a source said."
    assert of_type(extract(text, "2021-05-20"), "CRACKDOWN", "investigated")
