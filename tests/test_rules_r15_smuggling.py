"""Round 15 rules for SMUGGLING: more of the ways reports word a run of goods (illegal exports and imports,
dealing in goods, goods floated across, phones and handsets, livestock and pelts), and smuggling named without
a run (anti-smuggling operations, the charges of a trial, what a curfew is meant to prevent, a run that is only
considered, runs told as a habit in a "when ... would" sentence or as what trucks can do).

Every sentence here is written for this suite, in the style of border and wire reporting.
"""

from __future__ import annotations

from sitreps.model import Mention
from tests.rule_helpers import extract


def events(text: str, published: str = "2023-06-20") -> list[Mention]:
    return extract(text, published)


def smuggling(text: str) -> list[Mention]:
    return [m for m in events(text) if m.type == "SMUGGLING"]


def incidents(text: str) -> list[Mention]:
    return [m for m in smuggling(text) if m.modality != "generic"]


def test_illegal_export_is_a_run() -> None:
    assert incidents("A trader in Manpo illegally exported 300 kilograms of copper to China in May, a source said.")


def test_import_told_as_illegal_after_the_object() -> None:
    assert incidents("Two brothers in Hoeryong imported Chinese handsets illegally in early June, the source said.")


def test_export_told_by_customs_is_trade() -> None:
    assert not smuggling("North Korea exported 3 million tons of coal to China last year, according to customs data.")


def test_dealing_in_chinese_goods() -> None:
    assert incidents("A woman in Sinuiju dealt in Chinese cellphones for two years before she was caught in May.")


def test_dealing_in_grain_at_a_market_is_no_run() -> None:
    assert not smuggling("Traders deal in rice and corn at the Sunam market, a resident said.")


def test_goods_floated_across_the_river() -> None:
    assert incidents("Smugglers floated sacks of sugar across the river on rafts on the night of June 4.")


def test_pelts_are_goods() -> None:
    assert incidents("A hunter sent fox pelts across the Tumen River to a Chinese buyer last month.")


def test_anti_smuggling_operation_is_no_run() -> None:
    assert not smuggling("Anti-smuggling operations were launched by police on both sides of the river near Dandong.")


def test_charges_of_a_trial_are_no_run() -> None:
    text = (
        "The court sentenced eight men on charges of robbery, assisting defections and smuggling to ten years in May."
    )
    assert not smuggling(text)


def test_what_a_curfew_prevents_is_no_run() -> None:
    text = (
        "A curfew was imposed in May to prevent residents from crossing the border at night or engaging in smuggling."
    )
    assert not smuggling(text)


def test_a_run_only_considered() -> None:
    assert not incidents("With the markets closed, more families in Musan are considering smuggling to get by.")


def test_when_would_tells_a_habit() -> None:
    text = "In the past, when smugglers moved goods across the river, they would hand the guards a tenth of the profit."
    assert not incidents(text)


def test_what_trucks_can_carry_is_a_habit() -> None:
    assert not incidents("Heavy trucks carrying tonnes of ore can cross the river once the Yalu freezes over.")
