"""Round 21: one order told twice in a report (a lead naming its issuer, then the details telling "the orders")."""

from __future__ import annotations

from tests.rule_helpers import extract, of_type


def _orders(text: str) -> list:
    return [m for m in extract(text, "2024-03-25") if m.type == "DIRECTIVE"]


def test_named_order_then_the_orders_issued_is_one_order() -> None:
    found = extract(
        "Kim Jong Un has ordered border guards in Ryanggang Province to shoot anyone who approaches the Yalu "
        "River, sources said this week. A source told reporters that the orders were issued to the units in "
        "early March.",
        "2024-03-25",
    )
    assert len([m for m in found if m.type == "DIRECTIVE"]) == 1
    assert of_type(found, "DIRECTIVE", "the orders were issued")[0].actors


def test_order_noun_read_as_issuer_is_no_issuer() -> None:
    found = _orders(
        "Kim Jong Un ordered the Ministry of Social Security on May 2 to wipe out smuggling rings in Hyesan, a "
        'source said. "A command demanding that the rings be eliminated completely was handed down," the source '
        "added."
    )
    assert len(found) == 1


def test_warning_and_warns_are_one_word() -> None:
    found = _orders(
        "The government warns that smugglers in Sinuiju will be charged with treason. Residents were given a "
        "warning against smuggling at neighborhood meetings on May 4, a source in North Pyongan Province said."
    )
    assert len(found) == 1


def test_unattributed_order_told_first_stays_apart() -> None:
    found = _orders(
        "A source said an order was issued in Musan County telling guards to watch the riverbank for smugglers. "
        "The county party committee has since ordered farm managers to count their workers every night."
    )
    assert len(found) == 2


def test_order_from_an_unnamed_issuer_stays_apart() -> None:
    found = _orders(
        "The authorities in Hyesan have begun threatening harsh penalties for smugglers, a source said. "
        '"This is because there was a direct order from the top that smuggling must be rooted out," the source '
        "said."
    )
    assert len(found) == 2
