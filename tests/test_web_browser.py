"""The pages in a real browser: Debian's chromium driven by Playwright (never a downloaded
browser), over real HTTP on loopback. Each test keeps screenshots under `tests/artifacts/`
(or `$SITREPS_TEST_ARTIFACTS`) for a person to look at.

Chromium is `$SITREPS_CHROMIUM`, else `chromium` on the PATH (`.ci/services.sh` installs
it). Without it the tests are skipped, except on CI, where they fail.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sitreps.store import Store
from sitreps.web import Settings, create_app
from tests.web_fixtures import analyse_samples, fill, serving

ON_CI = os.environ.get("CI", "").lower() in ("true", "1")
ARTIFACTS = Path(os.environ.get("SITREPS_TEST_ARTIFACTS") or Path(__file__).resolve().parent / "artifacts")
CHROMIUM = os.environ.get("SITREPS_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")

if CHROMIUM is None:
    if ON_CI:
        raise RuntimeError("chromium is not installed: .ci/services.sh installs it")
    pytest.skip("chromium is not installed (apt-get install chromium)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


class Desk:
    def __init__(self, url: str, store: Store, token: str) -> None:
        self.url, self.store, self.token = url, store, token


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    target = str(tmp_path_factory.mktemp("browser") / "desk.db")
    store = fill(target, analyse_samples())
    token = store.add_user("browser-analyst")
    with serving(create_app(Settings(db=target), store=store)) as live:
        yield Desk(live.url, store, token)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    opened.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield opened
    context.close()
    assert not errors, f"the page logged errors: {errors}"


def shot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    assert path.stat().st_size > 5_000
    return path


def test_the_map_draws_provinces_and_events(desk: Desk, page: Any) -> None:
    page.goto(f"{desk.url}/map")
    page.wait_for_selector("#map[data-ready='true']", timeout=20_000)
    provinces = page.locator("path.province")
    assert provinces.count() == 13
    places = desk.store.map_summary()["points"]
    markers = page.locator("path.event-marker")
    assert markers.count() == len(places) > 0
    markers.first.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(timeout=5_000)
    assert "list them" in popup.inner_text()
    page.wait_for_timeout(400)  # let the popup fade in before the screenshot
    shot(page, "map")
    popup.locator("a").click()
    page.wait_for_url("**/?*place=*")
    assert page.locator("table.events tbody tr").count() >= 1
    assert page.input_value("input[name=place]")  # the place filter shows in the filter bar


def test_filtering_the_list(desk: Desk, page: Any) -> None:
    page.goto(f"{desk.url}/")
    everything = page.locator("table.events tbody tr").count()
    page.select_option("select[name=type]", "DESERTION")
    page.fill("input[name=admin1]", "Ryanggang")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/?*type=DESERTION*")
    rows = page.locator("table.events tbody tr")
    expected = desk.store.events(type="DESERTION", admin1="Ryanggang")
    assert rows.count() == len(expected) < everything
    assert all(tag == "desertion" for tag in page.locator("table.events tbody .tag").all_inner_texts())
    assert f"{len(expected)} event" in page.inner_text("#total")
    shot(page, "list-filtered")
    page.goto(f"{desk.url}/timeline?type=ARREST")
    bars = page.locator("svg.timeline a rect")
    assert bars.count() > 0 and page.locator("svg.timeline rect.t-DESERTION").count() == 0
    bars.first.click()
    page.wait_for_url("**/?*since=*")
    assert all(tag == "arrest" for tag in page.locator("table.events tbody .tag").all_inner_texts())
    shot(page, "timeline-to-list")


def test_an_event_shows_its_evidence_highlighted_and_can_be_confirmed(desk: Desk, page: Any) -> None:
    event = next(e for e in desk.store.events(type="DESERTION") if (e["date"].get("span") or {}))
    page.goto(f"{desk.url}/?type=DESERTION")
    page.click(f"a[href='/events/{event['id']}']")
    page.wait_for_url(f"**/events/{event['id']}")
    page.click("dd a[href$='-date']")
    target = page.locator("mark.hl:target")
    target.wait_for(timeout=5_000)
    assert "hl-date" in (target.get_attribute("class") or "")
    assert target.inner_text() == event["date"]["text"]
    assert target.evaluate("el => getComputedStyle(el).outlineStyle") == "solid"
    evidence = page.locator(".report-text mark.hl-evidence").first.inner_text()
    assert evidence.replace("\n", " ").startswith(event["evidence"]["text"][:30].replace("\n", " "))
    shot(page, "event-highlight")
    page.click("text=Sign in")
    page.fill("input[name=token]", desk.token)
    page.click("form button[type=submit] >> text=Sign in")
    page.wait_for_url(f"**/events/{event['id']}")
    page.click("button[value=confirm]")
    page.wait_for_selector("#status:text('confirmed')")
    assert desk.store.event_detail(event["id"])["event"]["status"] == "confirmed"
    assert "browser-analyst" in page.inner_text("table.audit")
    shot(page, "event-confirmed")


def test_hostile_report_text_does_not_run(desk: Desk, page: Any) -> None:
    events = desk.store.events()
    hostile = next(e for e in events if any(r["url"] == "https://example.org/hostile" for r in e["reports"]))
    page.goto(f"{desk.url}/events/{hostile['id']}")
    page.wait_for_selector(".report-text")
    assert page.evaluate("() => window.__pwned === undefined")
    assert "<script>window.__pwned = 1</script>" in page.inner_text(".report-text")
    shot(page, "hostile-escaped")
