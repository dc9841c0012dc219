"""Round 11 custody rules, from wordings seen in real wire reports: South Korea's rescue of North Koreans at sea
told with South Korea or its coast guard as the rescuer is custody (ARREST, rule 6), also when the rescue is the
second verb of a sentence whose subject is the coast guard; an arrest named only as the condition of a risk
("at risk of being sent to camps if they are caught") is no incident.

Every sentence here is written for this suite, in the style of border and wire reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract, of_type


def events(text: str, published: str = "2018-03-09") -> list[Mention]:
    return extract(text, published)


SEA_STORY = "Seoul sent the fishermen home on Friday after they said they wanted to go back home. "


def test_south_korea_rescuing_people_at_sea_is_custody() -> None:
    text = SEA_STORY + "South Korea rescued the two men on Feb. 12 after finding them adrift near Ulleung Island."
    assert of_type(events(text), "ARREST", "South Korea rescued")


def test_a_rescue_sharing_the_coast_guard_as_subject_is_custody() -> None:
    text = SEA_STORY + "Our coast guard spotted a small wooden boat drifting last week and rescued two crew members."
    assert of_type(events(text), "ARREST", "rescued two crew members")


def test_a_rescue_with_no_rescuer_in_a_return_story_stays_other() -> None:
    text = SEA_STORY + "The two men were rescued while drifting in a broken boat last month."
    found = events(text)
    assert not of_type(found, "ARREST", "were rescued while drifting")


def test_the_condition_of_a_risk_is_no_arrest() -> None:
    text = "Ordinary residents are at risk of being sent to prison camps if they are caught using foreign phones."
    assert not of_type(events(text), "ARREST", "caught")


def test_the_condition_of_a_risk_run_is_no_arrest() -> None:
    text = "Traders run the risk of years in a labor camp if they are caught carrying Chinese mobile phones."
    assert not of_type(events(text), "ARREST", "caught")


def test_an_arrest_on_a_condition_met_stays() -> None:
    text = "Border guards arrested two smugglers near Hyesan last week after they were caught carrying copper."
    assert of_type(events(text), "ARREST", "arrested two smugglers")


def test_a_neighbourhood_unit_in_an_address_is_no_ban() -> None:
    text = (
        "The three who were arrested included a man in his 50s who lived in Hyemyong-dong 23-ban, "
        "and a couple in Wiyon-dong 8-ban who traded copper, a source said."
    )
    assert not of_type(events(text), "DIRECTIVE", "ban")


def test_a_ban_on_phones_stays_an_order() -> None:
    text = "The provincial security bureau banned residents from using Chinese mobile phones near the river last week."
    assert of_type(events(text), "DIRECTIVE", "banned")
