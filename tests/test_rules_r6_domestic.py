"""Round-6 rules for the domestic outlets' genre (smuggling, crackdowns, arrests), on sentences written for this
suite in the style of such reports."""

from __future__ import annotations

from sitreps.merge import merge_mentions
from sitreps.model import Actor, Document, EventDate, Evidence, Mention, Span
from sitreps.pipeline import process


def said(sentence: str, trigger: str, etype: str, *, start: int = 0, targets: tuple[str, ...] = ()) -> Mention:
    at = sentence.index(trigger)
    evidence = Evidence(
        text=sentence,
        span=Span(start, start + len(sentence)),
        trigger=trigger,
        trigger_span=Span(start + at, start + at + len(trigger)),
    )
    return Mention(
        type=etype,
        modality="asserted",
        evidence=evidence,
        date=EventDate(),
        targets=[Actor(text=t, cls="CIVILIAN") for t in targets],
        statements=[evidence],
    )


def merged(*told: tuple[str, str, tuple[str, ...]], etype: str = "ARREST") -> int:
    mentions, start = [], 0
    for sentence, trigger, targets in told:
        mentions.append(said(sentence, trigger, etype, start=start, targets=targets))
        start += len(sentence) + 1
    return len(merge_mentions(mentions))


def events(text: str, published: str = "2021-06-10") -> list[tuple[str, str]]:
    doc = Document(url="https://example.org/t", title="", outlet="Daily NK", published=published, text=text)
    return [(m.type, m.modality) for m in process(doc)]


def incidents(text: str, etype: str) -> int:
    return sum(1 for t, m in events(text) if t == etype and m != "generic")


def test_passive_also_adds_someone_else_taken() -> None:
    first = "Two sisters were arrested by security agents in late April."
    second = "A local police officer who had taken their money was also arrested."
    restated = "The sisters were arrested while speaking to a relative in Seoul."
    assert merged((first, "arrested", ()), (second, "arrested", ()), (restated, "arrested", ())) == 2
    active = "The committee also dismissed the county security chief."
    earlier = "The committee dismissed the county security chief on Monday."
    assert merged((earlier, "dismissed", ()), (active, "dismissed", ()), etype="PUNISHMENT") == 1


def test_condition_on_anyone_told_in_present_is_no_arrest() -> None:
    habit = "When a trader is caught, his whole family is detained and questioned."
    assert incidents(habit, "ARREST") == 0
    deed = "When the trader was caught on May 3, his whole family was detained as well."
    assert incidents(deed, "ARREST") >= 1


def test_checkpoint_named_as_place_is_no_crackdown() -> None:
    text = "Soldiers manning checkpoints in Manpo were replaced last week after a trader vanished."
    assert incidents(text, "CRACKDOWN") == 0
    text = "Security agents set up new checkpoints on the roads out of Hyesan on June 2."
    assert incidents(text, "CRACKDOWN") == 1


def test_smugglers_of_a_kind_and_habits_are_no_run() -> None:
    kind = "Residents say there are now so many traders carrying goods across from Changbai."
    assert incidents(kind, "SMUGGLING") == 0
    those = "Those moving goods across the river at night have stopped for now."
    assert incidents(those, "SMUGGLING") == 0
    habit = "In the border towns the guards usually take money to look the other way."
    assert incidents(habit, "SMUGGLING") == 0
    deed = "On June 3 a trader carried ten sacks of herbs across the Yalu to a Chinese buyer."
    assert incidents(deed, "SMUGGLING") == 1


def test_counterfactual_run_is_no_smuggling() -> None:
    text = "The guard said he would have been happy with smuggling tobacco, but not the copper."
    assert incidents(text, "SMUGGLING") == 0


def test_checks_on_movements_and_intensified_efforts_are_crackdowns() -> None:
    text = "Since May 20, police in Hyesan have been checking residents' movements at every district post."
    assert incidents(text, "CRACKDOWN") == 1
    text = "Since April, prosecutors in Sinuiju have intensified their efforts against private trading."
    assert incidents(text, "CRACKDOWN") == 1
