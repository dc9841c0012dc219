"""Fetching over HTTP against a real server on 127.0.0.1: errors, limits, politeness, cache.

`LocalSite` (also used by the feed and watch tests) is a `ThreadingHTTPServer` in a thread,
serving whatever routes a test gives it and recording every request it receives.
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from sitreps.errors import InputError
from sitreps.ingest import read_inputs
from sitreps.ingest.web import Fetcher, FetchError, FetchPolicy, HttpCache, user_agent
from sitreps.model import Document

DATA = Path(__file__).parent / "data" / "ingest"
ARTICLE = (DATA / "article.html").read_bytes()

Handler = Callable[["_Handler"], None]


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})


@dataclass
class Seen:
    path: str
    headers: dict[str, str]


class _Handler(BaseHTTPRequestHandler):
    site: LocalSite

    def do_GET(self) -> None:
        self.site.requests.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}))
        route = self.site.routes.get(self.path.split("?")[0])
        if route is None:
            self.reply(Response(404, b"<html><body>not found</body></html>"))
        elif isinstance(route, Response):
            self.reply(route)
        else:
            route(self)

    def reply(self, response: Response, *, length: bool = True) -> None:
        self.send_response(response.status)
        for key, value in response.headers.items():
            self.send_header(key, value)
        if length:
            self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(response.body)

    def log_message(self, format: str, *args: Any) -> None:  # silence the request log
        pass


class LocalSite:
    """An HTTP server on 127.0.0.1 with routes a test sets: path -> Response or handler."""

    def __init__(self) -> None:
        handler = type("Handler", (_Handler,), {"site": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.routes: dict[str, Response | Handler] = {}
        self.requests: list[Seen] = []
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site() -> Iterator[LocalSite]:
    s = LocalSite()
    yield s
    s.close()


def quick(**changes: Any) -> FetchPolicy:
    """A policy for tests: short timeouts, tiny backoff, no rate limit, no proxies."""
    options: dict[str, Any] = dict(
        connect_timeout=2.0, read_timeout=2.0, total_timeout=5.0, retries=2, backoff=0.01,
        per_host_interval=0.0, max_bytes=1024 * 1024, trust_env=False,
    )  # fmt: skip
    options.update(changes)
    return FetchPolicy(**options)


def page(title: str, body: str) -> bytes:
    head = f"<html><head><title>{title}</title></head>"
    return f"{head}<body><article><h1>{title}</h1>{body}</article></body></html>".encode()


# --- plain fetching --------------------------------------------------------------------------


def test_fetches_a_page_with_an_honest_user_agent(site: LocalSite) -> None:
    site.routes["/article.html"] = Response(200, ARTICLE)
    with Fetcher(quick()) as fetcher:
        got = fetcher.fetch(site.url("/article.html"))
    assert got.status == 200 and got.content == ARTICLE
    assert got.content_type == "text/html" and got.charset == "utf-8"
    assert got.redirects == [] and not got.from_cache
    agent = site.requests[-1].headers["user-agent"]
    assert agent.startswith("sitreps/") and "incident extraction" in agent
    assert site.requests[-1].headers["accept-encoding"] == "gzip, deflate"
    assert "contact: desk@example.org" in user_agent("desk@example.org")


def test_404_is_final_and_not_retried(site: LocalSite) -> None:
    with Fetcher(quick()) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(site.url("/missing.html"))
    assert caught.value.status == 404
    assert "HTTP 404" in caught.value.problem and caught.value.origin.endswith("/missing.html")
    assert site.hits("/missing.html") == 1


def test_500_is_retried_with_growing_backoff_then_reported(site: LocalSite) -> None:
    site.routes["/down"] = Response(500, b"oops")
    waits: list[float] = []
    with Fetcher(quick(retries=3, backoff=1.0), sleep=waits.append) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(site.url("/down"))
    assert site.hits("/down") == 4
    assert "HTTP 500" in caught.value.problem and "after 4 attempts" in caught.value.problem
    assert len(waits) == 3 and waits[0] < waits[1] < waits[2]  # 1, 2, 4 s, jittered down to half
    assert 0.5 <= waits[0] <= 1.0 and 2.0 <= waits[2] <= 4.0


def test_a_flaky_server_succeeds_on_a_retry(site: LocalSite) -> None:
    calls = {"n": 0}

    def flaky(h: _Handler) -> None:
        calls["n"] += 1
        h.reply(Response(503, b"busy") if calls["n"] < 3 else Response(200, ARTICLE))

    site.routes["/flaky"] = flaky
    with Fetcher(quick(), sleep=lambda s: None) as fetcher:
        got = fetcher.fetch(site.url("/flaky"))
    assert got.content == ARTICLE and calls["n"] == 3


def test_retry_after_is_honoured_up_to_the_cap(site: LocalSite) -> None:
    site.routes["/limited"] = Response(429, b"slow down", {"Retry-After": "7"})
    waits: list[float] = []
    with Fetcher(quick(retries=1, backoff_max=5.0), sleep=waits.append) as fetcher, pytest.raises(FetchError):
        fetcher.fetch(site.url("/limited"))
    assert waits == [5.0]


def test_connection_refused_is_a_network_error(site: LocalSite) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with Fetcher(quick(retries=1), sleep=lambda s: None) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(f"http://127.0.0.1:{port}/x")
    assert "network error" in caught.value.problem and "after 2 attempts" in caught.value.problem
    assert "robots.txt" in caught.value.problem  # the first thing asked of a new host


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/x", "file:///etc/passwd", "http:///nohost"])
def test_only_http_urls_are_fetched(url: str) -> None:
    with Fetcher(quick()) as fetcher, pytest.raises(FetchError, match="not an http"):
        fetcher.fetch(url)


# --- redirects --------------------------------------------------------------------------------


def test_redirects_are_followed_and_recorded(site: LocalSite) -> None:
    site.routes["/old"] = Response(301, b"", {"Location": "/moved"})
    site.routes["/moved"] = Response(302, b"", {"Location": site.url("/article.html")})
    site.routes["/article.html"] = Response(200, ARTICLE)
    with Fetcher(quick()) as fetcher:
        got = fetcher.fetch(site.url("/old"))
    assert got.url == site.url("/old") and got.final_url == site.url("/article.html")
    assert got.redirects == [(301, site.url("/moved")), (302, site.url("/article.html"))]


def test_a_redirect_loop_is_an_error_naming_the_chain(site: LocalSite) -> None:
    site.routes["/loop-a"] = Response(302, b"", {"Location": "/loop-b"})
    site.routes["/loop-b"] = Response(302, b"", {"Location": "/loop-a"})
    with Fetcher(quick()) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(site.url("/loop-a"))
    assert "redirect loop" in caught.value.problem
    assert "/loop-a -> " in caught.value.problem and "/loop-b" in caught.value.problem
    assert site.hits("/loop-a") == 1 and site.hits("/loop-b") == 1


def test_too_many_redirects(site: LocalSite) -> None:
    for i in range(6):
        site.routes[f"/hop{i}"] = Response(307, b"", {"Location": f"/hop{i + 1}"})
    with Fetcher(quick(max_redirects=3)) as fetcher, pytest.raises(FetchError, match="more than 3 redirects"):
        fetcher.fetch(site.url("/hop0"))


# --- limits -----------------------------------------------------------------------------------


def test_a_gzip_bomb_is_stopped_at_the_cap_in_bounded_memory(site: LocalSite) -> None:
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)  # 64 MiB in ~64 KiB
    assert len(bomb) < 200_000
    site.routes["/bomb.html"] = Response(200, bomb, {"Content-Type": "text/html", "Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        with Fetcher(quick(max_bytes=1024 * 1024)) as fetcher, pytest.raises(FetchError) as caught:
            fetcher.fetch(site.url("/bomb.html"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "cap after gzip decoding" in caught.value.problem and "compression bomb" in caught.value.problem
    assert peak < 8 * 1024 * 1024  # never near the 64 MiB the bomb expands to


def test_gzip_bodies_within_the_cap_are_decoded(site: LocalSite) -> None:
    site.routes["/z.html"] = Response(
        200, gzip.compress(ARTICLE), {"Content-Type": "text/html", "Content-Encoding": "gzip"}
    )
    with Fetcher(quick()) as fetcher:
        assert fetcher.fetch(site.url("/z.html")).content == ARTICLE


def test_an_oversized_body_is_refused_from_its_content_length(site: LocalSite) -> None:
    site.routes["/big.html"] = Response(200, b"x" * (3 * 1024 * 1024))
    with Fetcher(quick(max_bytes=1024 * 1024)) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(site.url("/big.html"))
    assert "3.0 MiB is over the 1.0 MiB cap" in caught.value.problem


def test_an_oversized_body_without_content_length_is_cut_off(site: LocalSite) -> None:
    def endless(h: _Handler) -> None:  # HTTP/1.0, no Content-Length: the body ends when the socket closes
        h.reply(Response(200, b"<p>" + b"y" * (3 * 1024 * 1024)), length=False)

    site.routes["/stream.html"] = endless
    with Fetcher(quick(max_bytes=1024 * 1024)) as fetcher, pytest.raises(FetchError, match=r"over the 1\.0 MiB cap"):
        fetcher.fetch(site.url("/stream.html"))


def test_wrong_content_type_is_refused(site: LocalSite) -> None:
    site.routes["/logo.html"] = Response(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, {"Content-Type": "image/png"})
    with Fetcher(quick()) as fetcher, pytest.raises(FetchError, match="content type image/png is not one of"):
        fetcher.fetch(site.url("/logo.html"))


def test_a_slow_drip_hits_the_total_deadline(site: LocalSite) -> None:
    def drip(h: _Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        for _ in range(40):  # a byte every 0.1 s: never idle long enough for the read timeout
            try:
                h.wfile.write(b"<")
                h.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                return
            time.sleep(0.1)

    site.routes["/drip.html"] = drip
    started = time.monotonic()
    policy = quick(read_timeout=1.0, total_timeout=0.8, retries=0)
    with Fetcher(policy) as fetcher, pytest.raises(FetchError, match=r"longer than 0\.8 s"):
        fetcher.fetch(site.url("/drip.html"))
    assert time.monotonic() - started < 3.0


def test_a_stalled_response_hits_the_read_timeout_and_is_retried(site: LocalSite) -> None:
    def stall(h: _Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "1000")
        h.end_headers()
        h.wfile.write(b"<html>")
        h.wfile.flush()
        time.sleep(1.5)

    site.routes["/stall.html"] = stall
    with (
        Fetcher(quick(read_timeout=0.3, retries=1), sleep=lambda s: None) as fetcher,
        pytest.raises(FetchError) as caught,
    ):
        fetcher.fetch(site.url("/stall.html"))
    assert "timed out" in caught.value.problem and "after 2 attempts" in caught.value.problem
    assert site.hits("/stall.html") == 2


# --- politeness -------------------------------------------------------------------------------


def test_robots_txt_is_obeyed(site: LocalSite) -> None:
    site.routes["/robots.txt"] = Response(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"})
    site.routes["/private/report.html"] = Response(200, ARTICLE)
    site.routes["/public.html"] = Response(200, ARTICLE)
    with Fetcher(quick()) as fetcher:
        assert fetcher.fetch(site.url("/public.html")).status == 200
        with pytest.raises(FetchError, match=r"disallowed by .*robots.txt"):
            fetcher.fetch(site.url("/private/report.html"))
        fetcher.fetch(site.url("/public.html"))
    assert site.hits("/private/report.html") == 0
    assert site.hits("/robots.txt") == 1  # once per host


def test_a_redirect_into_a_disallowed_path_is_refused(site: LocalSite) -> None:
    site.routes["/robots.txt"] = Response(
        200, b"User-agent: sitreps\nDisallow: /private/\n", {"Content-Type": "text/plain"}
    )
    site.routes["/go"] = Response(302, b"", {"Location": "/private/x.html"})
    with Fetcher(quick()) as fetcher, pytest.raises(FetchError, match="disallowed"):
        fetcher.fetch(site.url("/go"))
    assert site.hits("/private/x.html") == 0


def test_an_unreachable_robots_txt_disallows_the_host(site: LocalSite) -> None:
    site.routes["/robots.txt"] = Response(503, b"down")
    site.routes["/a.html"] = Response(200, ARTICLE)
    with Fetcher(quick()) as fetcher, pytest.raises(FetchError, match=r"robots\.txt unreachable"):
        fetcher.fetch(site.url("/a.html"))
    assert site.hits("/a.html") == 0


def test_per_host_rate_limit_spaces_requests(site: LocalSite) -> None:
    site.routes["/a.html"] = Response(200, ARTICLE)
    with Fetcher(quick(per_host_interval=0.25, respect_robots=False)) as fetcher:
        started = time.monotonic()
        for _ in range(3):
            fetcher.fetch(site.url("/a.html"))
        elapsed = time.monotonic() - started
    assert elapsed >= 0.5
    assert fetcher.waited >= 0.45


def test_crawl_delay_lengthens_the_interval(site: LocalSite) -> None:
    site.routes["/robots.txt"] = Response(200, b"User-agent: *\nCrawl-delay: 3\n", {"Content-Type": "text/plain"})
    site.routes["/a.html"] = Response(200, ARTICLE)
    waits: list[float] = []
    now = {"t": 100.0}

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now["t"] += seconds

    with Fetcher(quick(per_host_interval=0.5), sleep=sleep, clock=lambda: now["t"]) as fetcher:
        fetcher.fetch(site.url("/a.html"))
        fetcher.fetch(site.url("/a.html"))
    assert waits[-1] == pytest.approx(3.0)


# --- cache ------------------------------------------------------------------------------------


def _conditional(etag: str | None = None, modified: str | None = None) -> Handler:
    def serve(h: _Handler) -> None:
        headers = {"Content-Type": "text/html; charset=utf-8"}
        if etag:
            headers["ETag"] = etag
        if modified:
            headers["Last-Modified"] = modified
        if (etag and h.headers.get("If-None-Match") == etag) or (
            modified and h.headers.get("If-Modified-Since") == modified
        ):
            h.reply(Response(304, b"", headers))
        else:
            h.reply(Response(200, ARTICLE, headers))

    return serve


@pytest.mark.parametrize("validator", ["etag", "last-modified"])
def test_the_cache_makes_the_next_fetch_conditional(site: LocalSite, tmp_path: Path, validator: str) -> None:
    if validator == "etag":
        site.routes["/c.html"] = _conditional(etag='"v1"')
    else:
        site.routes["/c.html"] = _conditional(modified="Wed, 21 Oct 2020 07:28:00 GMT")
    cache = HttpCache(tmp_path / "http.sqlite")
    with Fetcher(quick(respect_robots=False), cache=cache) as fetcher:
        first = fetcher.fetch(site.url("/c.html"))
    assert not first.from_cache
    with Fetcher(quick(respect_robots=False), cache=HttpCache(tmp_path / "http.sqlite")) as fetcher:
        second = fetcher.fetch(site.url("/c.html"))
    assert second.from_cache and second.not_modified and second.content == ARTICLE
    sent = site.requests[-1].headers
    assert sent.get("if-none-match") == '"v1"' if validator == "etag" else sent.get("if-modified-since")


def test_caller_validators_give_an_empty_not_modified_result(site: LocalSite) -> None:
    site.routes["/c.html"] = _conditional(etag='"v7"')
    with Fetcher(quick(respect_robots=False)) as fetcher:
        got = fetcher.fetch(site.url("/c.html"), validators=('"v7"', None))
    assert got.not_modified and got.status == 304 and got.content == b""


# --- through read_inputs ----------------------------------------------------------------------


def test_read_inputs_takes_urls_and_url_lists(site: LocalSite, tmp_path: Path) -> None:
    site.routes["/article.html"] = Response(200, ARTICLE)
    site.routes["/old"] = Response(301, b"", {"Location": "/article2.html"})
    site.routes["/article2.html"] = Response(
        200, page("Arrests in Sinuiju", "<p>" + "Police arrested four traders in Sinuiju for smuggling. " * 5 + "</p>")
    )
    site.routes["/logo.png"] = Response(200, b"\x89PNG\r\n\x1a\n", {"Content-Type": "image/png"})
    site.routes["/error"] = Response(500, b"")
    listing = tmp_path / "urls.txt"
    listing.write_text(
        f"# collected on Monday\n{site.url('/old')}\n\n{site.url('/logo.png')}\nnot a url\n{site.url('/error')}\n"
    )
    with Fetcher(quick(), sleep=lambda s: None) as fetcher:
        items = list(read_inputs([site.url("/article.html"), f"@{listing}", site.url("/nope")], fetcher=fetcher))
    docs = [i for i in items if isinstance(i, Document)]
    errors = {e.origin: e.problem for e in items if isinstance(e, InputError)}
    assert [d.title for d in docs] == ["Two soldiers desert from border unit in Hyesan", "Arrests in Sinuiju"]
    assert docs[0].url == site.url("/article.html") and docs[0].outlet == "North Korea Monitor"
    assert docs[1].url == site.url("/article2.html") and docs[1].origin == site.url("/old")
    assert docs[1].outlet == "127.0.0.1"  # no site name on the page: the host
    assert "content type image/png" in errors[site.url("/logo.png")]
    assert "not an http(s) URL" in errors[f"{listing}:5"]
    assert "HTTP 500" in errors[site.url("/error")]
    assert "HTTP 404" in errors[site.url("/nope")]
    assert len(items) == 6
