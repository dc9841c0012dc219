"""Within-report merge rules (sitreps.merge), on statements built from sentences written for this suite."""

from __future__ import annotations

from sitreps.merge import merge_mentions
from sitreps.model import Actor, EventDate, Evidence, Mention, Span


def said(
    sentence: str,
    trigger: str,
    etype: str,
    *,
    start: int = 0,
    nth: int = 0,
    modality: str = "asserted",
    date: str | None = None,
    targets: tuple[str, ...] = (),
    actors: tuple[str, ...] = (),
) -> Mention:
    """A statement of `sentence` (at offset `start` of the report) whose trigger is the nth `trigger` in it."""
    at = -1
    for _ in range(nth + 1):
        at = sentence.index(trigger, at + 1)
    evidence = Evidence(
        text=sentence,
        span=Span(start, start + len(sentence)),
        trigger=trigger,
        trigger_span=Span(start + at, start + at + len(trigger)),
    )
    precision = None if date is None else ("day" if len(date) == 10 else "month")
    return Mention(
        type=etype,
        modality=modality,
        evidence=evidence,
        date=EventDate(value=date, precision=precision),  # type: ignore[arg-type]
        targets=[Actor(text=t, cls="UNKNOWN") for t in targets],
        actors=[Actor(text=a, cls="PARTY_OFFICIAL") for a in actors],
        statements=[evidence],
    )


def test_coordinated_clauses_with_their_own_subjects_are_two_sentences() -> None:
    s = "The chief of the unit got twelve years, and the other three got between four and six years."
    merged = merge_mentions([said(s, "got", "PUNISHMENT"), said(s, "got", "PUNISHMENT", nth=1)])
    assert len(merged) == 2


def test_while_clause_with_another_person_punished_stays_apart() -> None:
    s = "The sergeant was sent to a labour unit for a year, while his platoon leader was given a reprimand."
    merged = merge_mentions([said(s, "sent", "PUNISHMENT"), said(s, "given", "PUNISHMENT")])
    assert len(merged) == 2


def test_verbs_sharing_their_subject_are_one_incident() -> None:
    s = "The two guards were dismissed and expelled from the party last week."
    merged = merge_mentions([said(s, "dismissed", "PUNISHMENT"), said(s, "expelled", "PUNISHMENT")])
    assert len(merged) == 1
    s = "They were caught in Tumen and sent back within days."
    assert len(merge_mentions([said(s, "caught", "ARREST"), said(s, "sent back", "ARREST")])) == 1


def test_pronoun_subject_joins_but_before_orders_two_happenings() -> None:
    s = "Police caught the woman near the river, and she was handed over to the security department."
    assert len(merge_mentions([said(s, "caught", "ARREST"), said(s, "handed", "ARREST")])) == 1
    s = "The deserter stabbed a farmer before he was shot by the patrol."
    assert len(merge_mentions([said(s, "stabbed", "VIOLENCE"), said(s, "shot", "VIOLENCE")])) == 2


def test_event_named_as_a_thing_is_not_a_new_clause() -> None:
    s = "The court sentenced nine smugglers to labour camps after a public trial in the market."
    merged = merge_mentions([said(s, "sentenced", "PUNISHMENT"), said(s, "public trial", "PUNISHMENT")])
    assert len(merged) == 1
    s = "The trial took place at the stadium, and the man was shot soon after the verdict."
    assert len(merge_mentions([said(s, "trial", "PUNISHMENT"), said(s, "shot", "PUNISHMENT")])) == 1


def test_toll_of_one_blast_is_one_incident() -> None:
    s = "One soldier was killed and two others wounded when a mine exploded near the fence."
    merged = merge_mentions([said(s, "killed", "OTHER"), said(s, "wounded", "OTHER"), said(s, "exploded", "OTHER")])
    assert len(merged) == 1


def test_reported_clause_of_the_same_people_stays_joined() -> None:
    s = "The officers face a military tribunal, and a source said they could be executed."
    merged = merge_mentions([said(s, "military tribunal", "PUNISHMENT"), said(s, "executed", "PUNISHMENT")])
    assert len(merged) == 1


def test_two_coordinated_orders_to_different_addressees_are_two_directives() -> None:
    s = "He directed the border units to double their patrols and told the police to search every train."
    merged = merge_mentions([said(s, "directed", "DIRECTIVE"), said(s, "told", "DIRECTIVE")])
    assert len(merged) == 2


def test_act_and_its_aim_are_one_event_despite_parsed_people() -> None:
    s = "The ministry sent agents to the port town of Kimchaek to hunt down the missing sailor."
    sent = said(s, "sent", "SEARCH", targets=("agents",))
    hunt = said(s, "hunt down", "SEARCH", targets=("sailor",))
    assert len(merge_mentions([sent, hunt])) == 1
    s = "Three fishermen crossed the sea border at dawn and asked to defect to the South."
    crossed = said(s, "crossed", "DEFECTION")
    defect = said(s, "defect", "DEFECTION", modality="planned")
    (merged,) = merge_mentions([crossed, defect])
    assert merged.modality == "asserted"


def test_plural_and_singular_heads_are_the_same_people() -> None:
    lead = "Soldiers of a new unit caught two border guards carrying a bundle from China."
    body = "The surviving guard has since been handed over to military security."
    caught = said(lead, "caught", "ARREST", targets=("two border guards",))
    handed = said(body, "handed", "ARREST", start=len(lead) + 1, targets=("surviving guard",))
    assert len(merge_mentions([caught, handed])) == 1


def test_generic_and_party_issuers_name_the_same_order() -> None:
    lead = "Authorities in the province have banned boats from leaving port at night."
    body = "The provincial party committee ordered that no boat may go out until spring."
    banned = said(lead, "banned", "DIRECTIVE", actors=("Authorities",))
    ordered = said(body, "ordered", "DIRECTIVE", start=len(lead) + 1, actors=("provincial party committee",))
    assert len(merge_mentions([banned, ordered])) == 1
    first = said(lead, "banned", "DIRECTIVE", actors=("the ruling party",))
    second = said(body, "ordered", "DIRECTIVE", start=len(lead) + 1, actors=("Central Committee",))
    assert len(merge_mentions([first, second])) == 1


def test_two_named_issuers_still_make_two_orders() -> None:
    lead = "The defence ministry ordered frontline units to hold roll calls every hour."
    body = "The border command ordered residents to stay away from the river."
    first = said(lead, "ordered", "DIRECTIVE", actors=("defence ministry",))
    second = said(body, "ordered", "DIRECTIVE", start=len(lead) + 1, actors=("border command",))
    assert len(merge_mentions([first, second])) == 2
