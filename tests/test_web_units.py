"""The web desk's pure parts: highlighting, the correction form, settings; and the commands
`sitreps users` and `sitreps serve` run as a user would."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup

from sitreps.web.forms import correction
from sitreps.web.highlight import Mark, highlight, record_marks
from sitreps.web.settings import Settings

SITREPS = [str(Path(sys.executable).with_name("sitreps"))]


def test_highlight_nests_field_spans_inside_the_evidence() -> None:
    text = "Intro. A guard deserted in Hyesan on May 3. Outro."
    html = highlight(text, [Mark(7, 43, "evidence", "s0-evidence"), Mark(27, 33, "location", "s0-location"),
                            Mark(37, 42, "date", "s0-date")])  # fmt: skip
    assert str(html) == (
        'Intro. <mark class="hl hl-evidence" id="s0-evidence">A guard deserted in '
        '<mark class="hl hl-location" id="s0-location">Hyesan</mark> on '
        '<mark class="hl hl-date" id="s0-date">May 3</mark>.</mark> Outro.'
    )


def test_highlight_escapes_text_and_clips_crossing_spans() -> None:
    text = "<b>one</b> & two"
    html = str(highlight(text, [Mark(0, 8, "evidence"), Mark(5, 14, "date"), Mark(50, 60, "actor")]))
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html
    assert html.count("<mark") == html.count("</mark>") == 2
    # the date span crossed the end of the evidence: it is cut there
    assert html.index('hl-date">') < html.index("</mark></mark>")


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=6))
def test_highlight_always_keeps_the_text_and_balances_marks(text: str, spans: list[tuple[int, int]]) -> None:
    html = str(highlight(text, [Mark(a, b, "actor") for a, b in spans]))
    assert html.count("<mark") == html.count("</mark>")
    stripped = re.sub(r"</?mark[^>]*>", "", html)
    assert Markup(stripped).unescape() == text


def test_record_marks_reads_every_span_of_a_record() -> None:
    record = {
        "evidence": {"text": "x", "span": {"start": 0, "end": 10}},
        "date": {"value": "2020", "span": {"start": 2, "end": 4}},
        "location": {"span": None},
        "actors": [{"text": "a", "span": {"start": 5, "end": 6}}, {"text": "b"}],
        "sources": [{"kind": "unattributed", "text": "s", "span": {"start": 7, "end": 8}}],
    }
    anchors = [m.anchor for m in record_marks(record, "s1")]
    assert anchors == ["s1-evidence", "s1-date", "s1-actor-0", "s1-source-0"]


EVENT = {
    "type": "DESERTION", "modality": "asserted", "is_back_reference": False, "reported_by": None,
    "date": {"value": "2021-03-05", "precision": "day"},
    "location": {"country": "KP", "admin1": "Ryanggang", "place": None, "admin2": "Hyesan", "precision": "admin2"},
    "fatalities": None,
}  # fmt: skip
UNCHANGED = {"type": "DESERTION", "modality": "asserted", "date_value": "2021-03-05", "date_precision": "day",
             "admin1": "Ryanggang", "place": "Hyesan", "fatalities": "", "reported_by": ""}  # fmt: skip


def test_an_unchanged_form_corrects_nothing() -> None:
    assert correction(UNCHANGED, EVENT) == {}


def test_the_form_sends_only_what_changed() -> None:
    fields = correction({**UNCHANGED, "type": "DEFECTION", "date_value": "2021-03", "date_precision": "month"}, EVENT)
    assert fields["type"] == "DEFECTION"
    assert fields["date"]["value"] == "2021-03" and fields["date"]["precision"] == "month"
    assert set(fields) == {"type", "date"}


def test_a_corrected_place_is_looked_up_in_the_gazetteer() -> None:
    fields = correction({**UNCHANGED, "place": "Hoeryong", "admin1": "North Hamgyong"}, EVENT)
    where = fields["location"]
    assert where["admin1"] == "North Hamgyong" and where["lat"] is not None and 42 < where["lat"] < 43
    unknown = correction({**UNCHANGED, "place": "Nowhere-ri", "admin1": "Chagang"}, EVENT)["location"]
    assert unknown["place"] == "Nowhere-ri" and unknown["admin1"] == "Chagang" and unknown["lat"] is None


def test_the_json_box_corrects_any_field() -> None:
    actors = [{"text": "two border guards", "class": "MILITARY", "unit": None, "count": 2, "span": None}]
    fields = correction({**UNCHANGED, "fields_json": json.dumps({"actors": actors, "modality": "asserted"})}, EVENT)
    assert fields == {"actors": actors}  # the modality was already that
    with pytest.raises(ValueError, match="JSON"):
        correction({**UNCHANGED, "fields_json": "{not json"}, EVENT)
    with pytest.raises(ValueError, match="object"):
        correction({**UNCHANGED, "fields_json": "[1, 2]"}, EVENT)


def test_bad_form_values_are_refused() -> None:
    with pytest.raises(ValueError, match="fatalities"):
        correction({**UNCHANGED, "fatalities": "many"}, EVENT)
    with pytest.raises(ValueError, match="precision"):
        correction({**UNCHANGED, "date_value": "2021", "date_precision": "decade"}, EVENT)


def test_only_web_urls_become_links() -> None:
    from sitreps.web.pages import is_web_url

    assert is_web_url("https://www.dailynk.com/english/x") and is_web_url("HTTP://example.org")
    for bad in ("javascript:alert(1)//", " javascript:x", "data:text/html,<b>", "//evil.example", None, 3):
        assert not is_web_url(bad)


def test_a_cached_count_computed_across_a_review_is_not_kept() -> None:
    from sitreps.web.app import CachedCall

    calls: list[int] = []

    def compute(**filters: str) -> int:
        calls.append(1)
        if len(calls) == 1:
            cache.clear()  # a review lands while the first count is running
        return len(calls)

    cache = CachedCall(compute)
    assert cache({"type": "ARREST"}) == 1
    assert cache({"type": "ARREST"}) == 2  # the first result was not kept
    assert cache({"type": "ARREST"}) == 2  # the second was
    assert len(calls) == 2


def test_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREPS_READS", "token")
    monkeypatch.setenv("SITREPS_TILE_URL", "https://{s}.tiles.example.org/{z}/{x}/{y}.png")
    settings = Settings.from_env("x.db")
    assert settings.reads == "token" and settings.tile_url and settings.db == "x.db"
    assert Settings.from_env("x.db", reads="public").reads == "public"
    with pytest.raises(ValueError, match="reads"):
        Settings.from_env("x.db", reads="everyone")
    with pytest.raises(ValueError, match="tile URL"):
        Settings.from_env("x.db", tile_url="javascript:alert(1)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_users_and_serve_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "desk.db")
    env = {**os.environ, "SITREPS_DB": db}
    added = subprocess.run([*SITREPS, "users", "add", "mina"], capture_output=True, text=True, env=env, timeout=120)
    assert added.returncode == 0, added.stderr
    token = added.stdout.strip()
    assert len(token) >= 40 and "shown once" in added.stderr
    again = subprocess.run([*SITREPS, "users", "add", "mina"], capture_output=True, text=True, env=env, timeout=120)
    assert again.returncode == 2 and "exists" in again.stderr
    listed = subprocess.run([*SITREPS, "users", "list"], capture_output=True, text=True, env=env, timeout=120)
    assert "mina" in listed.stdout and token not in listed.stdout
    port = _free_port()
    # two worker processes: each must build its app with the command line's settings
    server = subprocess.Popen([*SITREPS, "serve", "--port", str(port), "--reads", "token", "--workers", "2"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/events", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        assert response.status_code == 401
        ok = httpx.get(f"http://127.0.0.1:{port}/api/events", headers={"Authorization": f"Bearer {token}"})
        assert ok.status_code == 200 and ok.json() == {"events": [], "next_cursor": None}
        revoked = subprocess.run([*SITREPS, "users", "revoke", "mina"], capture_output=True, text=True, env=env,
                                 timeout=120)  # fmt: skip
        assert revoked.returncode == 0
        refused = httpx.get(f"http://127.0.0.1:{port}/api/events", headers={"Authorization": f"Bearer {token}"})
        assert refused.status_code == 401
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=20)
    bad = subprocess.run([*SITREPS, "serve", "--reads", "all"], capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 2 and "reads" in bad.stderr
