"""End-to-end extraction on reports written for this suite (tests/data/reports)."""

from __future__ import annotations

from sitreps.model import Document, Mention
from sitreps.pipeline import Analysis, analyse, process


def events_of(analysis: Analysis, etype: str, modality: str | None = None) -> list[Mention]:
    return [m for m in analysis.mentions if m.type == etype and (modality is None or m.modality == modality)]


def test_desertion_is_dated_placed_and_attributed(musan: Analysis) -> None:
    (desertion,) = events_of(musan, "DESERTION", "asserted")
    assert desertion.date.value == "2021-03-03"
    assert desertion.date.precision == "day"
    assert desertion.location is not None
    assert (desertion.location.country, desertion.location.admin1, desertion.location.admin2) == (
        "KP", "North Hamgyong", "Musan",
    )  # fmt: skip
    assert desertion.location.inferred is False
    assert [(a.cls, a.count) for a in desertion.actors] == [("MILITARY", 2)]
    assert desertion.sources[0].kind == "anonymous_local"
    assert desertion.sources[0].admin1 == "North Hamgyong"


def test_belief_makes_a_defection_uncertain_and_places_it_where_it_started(musan: Analysis) -> None:
    (defection,) = events_of(musan, "DEFECTION")
    assert defection.modality == "uncertain"
    assert defection.location is not None and defection.location.country == "KP"  # not China (rule 7)


def test_conditional_arrest_is_hypothetical_and_not_merged_with_a_real_one(musan: Analysis) -> None:
    arrests = events_of(musan, "ARREST")
    assert sorted(a.modality for a in arrests) == ["asserted", "hypothetical"]
    real = next(a for a in arrests if a.modality == "asserted")
    assert real.date.value == "2021-02"  # "last month" from 2021-03-20
    assert real.location is not None and real.location.admin2 == "Hoeryong"  # spelt "Hoiryeong"
    assert [a.cls for a in real.actors] == ["SECURITY_POLICE"]


def test_habitual_statement_is_generic(musan: Analysis) -> None:
    generic = [m for m in musan.mentions if m.modality == "generic"]
    assert {m.type for m in generic} >= {"DESERTION"}
    assert all("often" in m.evidence.text for m in generic)


def test_execution_has_fatalities_place_and_weekday_date(hyesan: Analysis) -> None:
    (execution,) = events_of(hyesan, "PUNISHMENT")
    assert execution.date.value == "2020-10-14"
    assert execution.fatalities is not None and execution.fatalities.best == 3
    assert execution.location is not None and execution.location.admin2 == "Hyesan"
    assert len(execution.statements) == 2  # the lead and the quote are one incident


def test_back_reference_is_flagged_with_outlet_and_report_date(hyesan: Analysis) -> None:
    backrefs = [m for m in hyesan.mentions if m.is_back_reference]
    assert {m.type for m in backrefs} >= {"ARREST"}
    assert {m.reported_by for m in backrefs} == {"Radio Free Asia"}
    assert {m.date.value for m in backrefs} == {"2019"}  # "last year" from 2020


def test_arrest_in_china_is_placed_in_china(hyesan: Analysis) -> None:
    arrest = next(m for m in events_of(hyesan, "ARREST") if not m.is_back_reference)
    assert arrest.location is not None
    assert (arrest.location.country, arrest.location.admin1) == ("CN", "Jilin")
    assert arrest.actors[0].cls == "FOREIGN_AUTHORITY"
    assert arrest.targets[0].count == 8
    assert arrest.sources[0].kind == "anonymous_china"


def test_negated_violence_is_not_an_event(hyesan: Analysis) -> None:
    assert not events_of(hyesan, "VIOLENCE")


def test_directive_by_the_leader_from_official_media(kcna: Analysis) -> None:
    directives = events_of(kcna, "DIRECTIVE")
    assert len(directives) == 2  # rule 4: orders to different units are different events
    directive = directives[0]
    assert directives[1].actors[0].text == "Kim Jong Un"  # "He instructed ...": the antecedent
    assert directive.actors[0].text == "Kim Jong Un"
    assert directive.actors[0].cls == "LEADERSHIP"
    assert directive.date.value == "2022-06-06"  # "on Monday" before Wednesday 2022-06-08
    assert directive.sources[0].kind == "official_media"
    assert any(t.unit == "Border Guard Command" or t.text == "Border Guard Command" for t in directive.targets)


def test_ordered_action_is_planned(kcna: Analysis) -> None:
    assert {m.modality for m in kcna.mentions if m.type != "DIRECTIVE"} == {"planned"}


def test_year_less_dates_without_publication_date() -> None:
    doc = Document(text="A border guard deserted his post on August 12, a source in Ryanggang Province said.")
    (event,) = process(doc)
    assert event.date.value == "--08-12"
    assert event.date.precision == "day"
    month = process(Document(text="Two soldiers deserted their unit in June, a source in Hyesan said."))
    assert month[0].date.value == "--06"


def test_month_after_publication_month_means_previous_year() -> None:
    doc = Document(text="A soldier deserted his post in November, a source said.", published="2021-03-02")
    (event,) = process(doc)
    assert event.date.value == "2020-11"


def test_process_is_deterministic_and_ids_are_stable() -> None:
    text = "Chinese police arrested three North Korean defectors in Dandong on May 4."
    doc = Document(text=text, published="2023-05-10")
    first = [m.to_event(doc, "v1")["id"] for m in process(doc)]
    second = [m.to_event(doc, "v1")["id"] for m in process(doc)]
    assert first == second and len(first) == 1
    assert process(doc)[0].location is not None and process(doc)[0].location.admin1 == "Liaoning"


def test_inspect_shows_every_stage(musan: Analysis) -> None:
    data = musan.to_json()
    assert set(data) >= {"document", "sentences", "dates", "places", "actors", "sources", "triggers", "events"}
    text = musan.document.text
    for section in ("dates", "places"):
        for item in data[section]:
            assert text[item["start"] : item["end"]] == item["text"]
    assert any(p["admin2"] == "Musan" for p in data["places"])
    assert any(d["value"] == "2021-03-03" and d["type"] == "DATE" for d in data["dates"])
    for trig in data["triggers"]:
        assert text[trig["start"] : trig["end"]] == trig["text"]


def _events(text: str, published: str = "2019-07-28") -> list[Mention]:
    return process(Document(text=text, published=published))


def test_fatalities_count_the_victims_conservatively() -> None:
    (killing,) = _events("Two armed border guards killed around six to seven members of their own unit on the 23rd.")
    assert killing.fatalities is not None
    assert (killing.fatalities.best, killing.fatalities.low, killing.fatalities.high) == (6, 6, 7)
    (shooting,) = _events("Guards shot dead a man who was wading into the river.")
    assert shooting.fatalities is not None and shooting.fatalities.best == 1
    (wounding,) = _events("Guards shot at a smuggler near the bridge.")
    assert wounding.fatalities is None


def test_charges_are_not_incidents() -> None:
    events = _events("A woman in Hyesan was sentenced to ten years in a labor camp for helping her neighbours defect.")
    assert [m.type for m in events] == ["PUNISHMENT"]
    events = _events("A man was arrested on charges of smuggling copper across the Yalu on July 20.")
    assert [m.type for m in events] == ["ARREST"]


def test_purpose_clause_is_not_a_separate_event() -> None:
    events = _events("The Ministry of State Security dispatched a team to China to arrest the two deserters.")
    assert [m.type for m in events] == ["SEARCH"]


def test_order_content_is_planned_and_shoot_orders_are_directives_only() -> None:
    events = _events("Kim Jong Un ordered border units to shoot anyone approaching the river.")
    assert [(m.type, m.modality) for m in events] == [("DIRECTIVE", "asserted")]


def test_dateline_place_does_not_locate_the_event() -> None:
    text = "SEOUL, Oct. 5 (Yonhap) -- A North Korean soldier defected across the MDL in Kangwon Province on Tuesday."
    (event,) = _events(text, "2022-10-06")
    assert event.location is not None and event.location.admin1 == "Kangwon"
    assert event.date.value == "2022-10-04"


def test_documents_in_other_languages_are_not_extracted() -> None:
    korean = Document(text="양강도 혜산시에서 국경경비대 군인 두 명이 탈영했다.", language="ko")
    assert process(korean) == []
    assert analyse(korean).sentences == []


def test_aggregates_since_a_decade_are_generic() -> None:
    text = "More than 30 North Korean soldiers have defected across the DMZ since the end of the 1950-53 Korean War."
    events = _events(text, "2021-05-01")
    assert events and all(m.modality == "generic" for m in events)


def test_denied_observation_is_no_event() -> None:
    assert _events("The military said it had not detected any North Korean soldiers chasing him.") == []


def test_a_document_longer_than_the_parser_takes_is_an_input_error() -> None:
    import pytest

    from sitreps.errors import InputError
    from sitreps.pipeline import MAX_DOCUMENT_CHARS

    with pytest.raises(InputError, match="too long"):
        analyse(Document(text="x " * (MAX_DOCUMENT_CHARS // 2 + 1)))


def test_orders_at_a_meeting_take_its_date_and_place() -> None:
    events = _events(
        "Kim Jong Un made the remarks on Tuesday at a meeting of the Central Military Commission in Pyongyang. "
        "He ordered border units to tighten surveillance along the river. "
        "A new commander of the border guard command was appointed at the meeting.",
        published="2021-03-03",
    )
    directive = next(m for m in events if m.type == "DIRECTIVE")
    assert (directive.date.value, directive.location and directive.location.admin1) == ("2021-03-02", "Pyongyang")
    appointment = next(m for m in events if m.type == "OTHER")
    assert appointment.date.value == "2021-03-02"


def test_a_visit_by_the_leader_resolves_his_orders_he() -> None:
    events = _events(
        "Kim Jong Un inspected a border guard unit in Chagang Province on Monday. "
        "He instructed the officers to seal off the border.",
        published="2022-05-10",
    )
    directives = [m for m in events if m.type == "DIRECTIVE"]
    assert len(directives) == 1  # what he instructed is part of the order, not another one
    assert (directives[0].date.value, directives[0].location and directives[0].location.admin1) == (
        "2022-05-09",
        "Chagang",
    )


def test_an_order_is_not_dated_by_the_month_it_asks_for() -> None:
    events = _events("The ministry ordered the police to inspect every market in June.", published="2023-04-20")
    directive = next(m for m in events if m.type == "DIRECTIVE")
    assert directive.date.value is None


def test_a_date_hung_on_a_present_tense_description_dates_the_main_event() -> None:
    """ "who sells goods" holds no dated event of its own; "who fled on May 3" does."""
    text = (
        "Border troops assaulted a woman who sells goods at the Onsong market on August 2, a resident told RFA.\n"
        "Police arrested a broker who had guided three women across the river on July 28, the resident said."
    )
    mentions = process(Document(text=text, published="2023-08-10"))
    beating = next(m for m in mentions if m.type == "VIOLENCE")
    assert beating.date.value == "2023-08-02"
    arrest = next(m for m in mentions if m.type == "ARREST")
    assert arrest.date.value != "2023-07-28"
