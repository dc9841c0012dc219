"""Smuggling and crackdown rules: detection in the pipeline and within-report merging, on sentences written for
this suite."""

from __future__ import annotations

from sitreps.merge import merge_mentions
from sitreps.model import Actor, Document, EventDate, Evidence, Mention, Span
from sitreps.pipeline import process


def said(sentence: str, trigger: str, etype: str, *, start: int = 0, actors: tuple[str, ...] = ()) -> Mention:
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
        actors=[Actor(text=a, cls="MILITARY") for a in actors],
        statements=[evidence],
    )


def story(*sentences: str, etype: str, triggers: tuple[str, ...], actors: tuple[tuple[str, ...], ...] = ()) -> int:
    mentions, start = [], 0
    for k, (s, t) in enumerate(zip(sentences, triggers, strict=True)):
        mentions.append(said(s, t, etype, start=start, actors=actors[k] if actors else ()))
        start += len(s) + 1
    return len(merge_mentions(mentions))


def types(text: str, published: str = "2020-05-04") -> list[tuple[str, str]]:
    doc = Document(url="https://example.org/t", title="", outlet="Daily NK", published=published, text=text)
    return [(m.type, m.modality) for m in process(doc)]


def test_run_of_goods_and_bribe_that_let_it_pass_are_two_events() -> None:
    run = "The gang had been sending zinc across the river in sacks since the winter."
    bribe = "The guards on that stretch were paid 300 yuan a night to look the other way."
    assert story(run, bribe, etype="SMUGGLING", triggers=("sending", "look the other way")) == 2
    paid = "The trader paid the company commander 2,000 yuan a month to let his boats through."
    shipped = "In April he shipped ten tons of rice from Dandong to Sinuiju."
    assert story(shipped, paid, etype="SMUGGLING", triggers=("shipped", "let")) == 2


def test_statement_of_run_and_protection_restates_either() -> None:
    lead = "A ring that moved copper across the Tumen with the help of border guards has been broken up."
    body = "The guards were paid 100 yuan a load to switch off the searchlights."
    assert story(lead, body, etype="SMUGGLING", triggers=("moved", "switch off the searchlights")) == 1


def test_arrangement_by_another_person_is_its_own_event() -> None:
    run = "Three soldiers waded across with sacks of herbs and brought back sugar."
    deal = "Their company commander had arranged the trade with a Chinese dealer."
    two = story(run, deal, etype="SMUGGLING", triggers=("brought", "the trade with"),
                actors=(("three soldiers",), ("company commander",)))  # fmt: skip
    assert two == 2
    same = story(run, deal, etype="SMUGGLING", triggers=("brought", "the trade with"), actors=((), ("man",)))
    assert same == 1


def test_installed_devices_stay_apart_from_the_sweep() -> None:
    sweep = "Police and state security agents have been searching houses in the riverside districts."
    devices = "Radio detectors have also been installed on the roofs of three apartment blocks."
    assert story(sweep, devices, etype="CRACKDOWN", triggers=("searching", "installed")) == 2
    carried = "Agents carrying detectors went from house to house at night."
    assert story(sweep, carried, etype="CRACKDOWN", triggers=("searching", "house to house")) == 1


def test_custody_warning_topic_and_ban_are_no_smuggling() -> None:
    assert ("SMUGGLING", "asserted") not in types("Five people were taken away for using Chinese phones last week.")
    text = "The army will hold a trial to warn soldiers against colluding with smugglers."
    assert all(t != "SMUGGLING" for t, _ in types(text))
    text = "A guard killed a fellow soldier in a quarrel over smuggling money in March."
    assert all(t != "SMUGGLING" for t, _ in types(text))


def test_offence_behind_a_sentence_is_a_charge() -> None:
    text = (
        "A guard in Musan was sentenced to six years in a labor camp after he was caught selling diesel to smugglers."
    )
    assert all(t != "SMUGGLING" for t, _ in types(text))
    text = (
        "Two officers were executed after an inspection team found they had taken bribes to let Chinese goods through."
    )
    assert all(t != "SMUGGLING" for t, _ in types(text))


def test_one_persons_runs_over_years_are_an_incident() -> None:
    text = "Police arrested a woman in Hyesan who had been bringing in Chinese phones from Changbai for years."
    assert ("SMUGGLING", "asserted") in types(text)


def test_smuggling_as_a_practice_is_generic() -> None:
    text = "The source said smuggling seafood is now treated as a political crime in the province."
    assert ("SMUGGLING", "asserted") not in types(text)
