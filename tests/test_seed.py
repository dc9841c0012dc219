"""The seed report (../shared/seed), pinned to what the foundation issue asks of it.

Runs wherever the shared folder sits beside the checkout (developers' machines and CI);
skipped elsewhere, since the seed is not ours to ship.
"""

from __future__ import annotations

import pytest

from sitreps.ingest.files import clean_text
from sitreps.model import Document, Mention
from sitreps.pipeline import Analysis, analyse
from tests.conftest import SEED_DIR

pytestmark = pytest.mark.skipif(not SEED_DIR.is_dir(), reason="../shared/seed is not beside this checkout")


@pytest.fixture(scope="module")
def seed() -> Analysis:
    (path,) = sorted(SEED_DIR.glob("*.txt"))
    text = clean_text(path.read_text(encoding="utf-8"))
    return analyse(Document(text=text, published="2019-08-29", outlet="Daily NK"))


def find(seed: Analysis, etype: str, *, backref: bool | None = None, modality: str | None = None) -> list[Mention]:
    return [
        m for m in seed.mentions
        if m.type == etype and (backref is None or m.is_back_reference == backref)
        and (modality is None or m.modality == modality)
    ]  # fmt: skip


def test_the_desertion(seed: Analysis) -> None:
    (m,) = find(seed, "DESERTION", backref=False, modality="asserted")
    assert (m.date.value, m.date.precision) == ("2019-08-12", "day")
    assert m.location is not None
    assert (m.location.country, m.location.admin1, m.location.inferred) == ("KP", "Ryanggang", True)
    assert any(a.text == "border guard" and a.cls == "MILITARY" for a in m.actors)
    assert any(s.kind == "anonymous_local" and s.admin1 == "Ryanggang" for s in m.sources)


def test_the_search(seed: Analysis) -> None:
    (m,) = find(seed, "SEARCH", backref=False, modality="asserted")
    assert m.location is not None and (m.location.country, m.location.admin1) == ("KP", "Ryanggang")
    actor_texts = " ".join(a.text for a in m.actors)
    assert "base" in actor_texts and "political guidance official" in actor_texts
    assert any("soldier" in t.text for t in m.targets)


def test_the_feared_defection(seed: Analysis) -> None:
    (m,) = find(seed, "DEFECTION", backref=False, modality="uncertain")
    assert "worried the man fled to China" in m.evidence.text


def test_back_references(seed: Analysis) -> None:
    expected = {("DESERTION", "2019-06"), ("VIOLENCE", "2019-06"), ("SMUGGLING", "2019-05"),
                ("CRACKDOWN", "2019-05"), ("DEFECTION", "2019-06")}  # fmt: skip
    found = {(m.type, m.date.value) for m in seed.mentions if m.is_back_reference and m.reported_by == "Daily NK"}
    assert expected <= found


def test_the_directive(seed: Analysis) -> None:
    (m,) = find(seed, "DIRECTIVE")
    assert m.date.value == "2019-03"
    assert any(a.cls == "LEADERSHIP" and "Kim Jong Un" in a.text for a in m.actors)
    assert m.sources == []  # told in the writer's voice after the recalled Daily NK reports, not by the source


def test_the_officer_turned_in(seed: Analysis) -> None:
    (m,) = find(seed, "ARREST", backref=True)
    assert [a.text for a in m.targets] == ["political guidance officer"]


def test_generic_sentences_give_no_asserted_incident(seed: Analysis) -> None:
    generic_sentences = ("There have been frequent reports", "have in the past fled", "officers involved in smuggling")
    for m in seed.mentions:
        for stmt in m.statements:
            if any(g in stmt.text for g in generic_sentences):
                assert m.modality != "asserted", (m.type, stmt.text)
