"""Shared fixtures: the bundled reports, the test reports written for this suite, the seed."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitreps.ingest.files import clean_text
from sitreps.model import Document
from sitreps.pipeline import Analysis, analyse

DATA = Path(__file__).parent / "data"
REPORTS = DATA / "reports"
SEED_DIR = Path(__file__).resolve().parents[2] / "shared" / "seed"


def report(name: str, published: str | None, outlet: str | None = None) -> Document:
    text = clean_text((REPORTS / f"{name}.txt").read_text(encoding="utf-8"))
    return Document(text=text, published=published, outlet=outlet, url=f"https://example.org/test/{name}")


@pytest.fixture(scope="session")
def musan() -> Analysis:
    return analyse(report("musan_desertion", "2021-03-20", "Daily NK"))


@pytest.fixture(scope="session")
def hyesan() -> Analysis:
    return analyse(report("hyesan_execution", "2020-10-17", "Daily NK"))


@pytest.fixture(scope="session")
def kcna() -> Analysis:
    return analyse(report("kcna_directive", "2022-06-08", "Yonhap"))
