"""Round-7 rules for restatements (TAXONOMY.md rule 4): a mention that presupposes an incident already told
joins it instead of standing alone; a mention that tells something new (a date or a count of its own, or a
conditional) stays apart. Every sentence here is written for this suite in the style of real reports.
"""

from __future__ import annotations

from sitreps.merge import merge_mentions
from sitreps.model import Document, EventDate, Evidence, Mention, Span
from sitreps.pipeline import process


def events(text: str, published: str = "2023-04-20", outlet: str = "Daily NK") -> list[Mention]:
    return process(Document(text=text, published=published, outlet=outlet))


def of_type(text: str, etype: str, published: str = "2023-04-20") -> list[Mention]:
    return [m for m in events(text, published) if m.type == etype and m.modality != "generic"]


def test_whether_clause_restates_the_crossing() -> None:
    text = (
        "A North Korean man crossed the military demarcation line into the South on Tuesday and was taken into "
        "custody, the Joint Chiefs of Staff said. His identity and whether he crossed the border to defect were "
        "not immediately known."
    )
    found = of_type(text, "DEFECTION")
    assert len(found) == 1
    assert len(found[0].statements) >= 2


def test_found_out_they_had_crossed_is_the_crossing_told() -> None:
    text = (
        "Two women from Hyesan crossed the Yalu River into China in April and came back home in August. "
        "A neighbor found out they had crossed the border and told the police."
    )
    assert len(of_type(text, "DEFECTION")) == 1


def test_heard_his_partner_was_caught_is_the_arrest_told() -> None:
    text = (
        "Two soldiers were busted for smuggling copper at a river crossing near Sinuiju on March 3. One was caught "
        "on the spot, while the other ran off. The runaway gave himself up after he heard his partner was caught."
    )
    found = of_type(text, "ARREST")
    assert not any(m.evidence.text.startswith("The runaway") for m in found)


def test_of_the_arrested_points_back() -> None:
    text = (
        "Police in Musan detained nine border guards on Friday for helping a smuggling ring. "
        '"Of the arrested, the platoon leader is likely to be punished most harshly," the source said.'
    )
    found = of_type(text, "ARREST")
    assert len(found) == 1


def test_after_defecting_is_the_defection_told() -> None:
    text = (
        "A North Korean man who defected to the South in 2021 crossed back into the North on Saturday. "
        "The man is believed to have worked at a factory in Incheon after defecting, officials said."
    )
    found = of_type(text, "DEFECTION")
    assert not any(m.evidence.text.startswith("The man is believed") for m in found)


def test_a_conditional_stays_its_own_statement() -> None:
    text = (
        "Chinese police caught five North Koreans near Tumen on Monday. "
        "If they are sent back, they will almost certainly be punished harshly."
    )
    found = [m for m in events(text) if m.type == "ARREST"]
    assert all(not m.anaphoric for m in found if "If they" in m.evidence.text)


def test_a_dated_clause_tells_a_new_incident() -> None:
    text = (
        "A soldier walked across the border in the eastern sector on Monday. In March, another soldier crossed "
        "the western front after slipping away from his post at night."
    )
    found = of_type(text, "DEFECTION")
    assert len(found) >= 2


def _said(sentence: str, trigger: str, etype: str, start: int, date: str | None = None) -> Mention:
    at = sentence.index(trigger)
    evidence = Evidence(
        sentence, Span(start, start + len(sentence)), trigger, Span(start + at, start + at + len(trigger))
    )
    precision = None if date is None else "day"
    return Mention(type=etype, modality="asserted", evidence=evidence,
                   date=EventDate(value=date, precision=precision), statements=[evidence])  # fmt: skip


def test_a_pointer_joins_the_latest_incident_at_a_fitting_time() -> None:
    first = _said("Guards caught a trader on May 2.", "caught", "ARREST", 0, "2023-05-02")
    second = _said("Guards caught a porter on June 9.", "caught", "ARREST", 40, "2023-06-09")
    pointer = _said("After the arrest on May 2 the market was shut.", "arrest", "ARREST", 80, "2023-05-02")
    pointer.anaphoric = True
    merged = merge_mentions([first, second, pointer])
    assert len(merged) == 2
    assert len(merged[0].statements) == 2


def test_a_pointer_with_nothing_told_before_stands_alone() -> None:
    pointer = _said("Since the arrest the market has been quiet.", "arrest", "ARREST", 0)
    pointer.anaphoric = True
    other = _said("Soldiers crossed the river.", "crossed", "DEFECTION", 50)
    assert len(merge_mentions([other, pointer])) == 2
