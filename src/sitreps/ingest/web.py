"""Fetching pages and feeds over HTTP(S), politely and defensively (httpx).

`Fetcher.fetch(url)` returns a `FetchResult` or raises `FetchError` (an `InputError`, so a
batch reports it against the URL and goes on). What it does for every request:

- timeouts: connect, read (between bytes) and a total deadline per response, so a server
  that drips a byte a second cannot hold a batch;
- retries with exponential backoff (and jitter) on network errors, timeouts, 429 and 5xx,
  honouring `Retry-After` up to a cap; 4xx other than 429 is final;
- a per-host rate limit: at most one request per `per_host_interval` seconds to a host, or
  per its robots.txt `Crawl-delay` when that is longer;
- robots.txt, fetched once per host and obeyed (RFC 9309: a missing robots.txt allows all,
  an unreachable one (5xx, network error) disallows all);
- a size cap on the body, checked against Content-Length first, then while streaming both
  the bytes on the wire and the bytes after gzip/deflate decoding, which is done here with a
  bounded output size so a gzip bomb costs at most the cap in memory;
- content-type checks (HTML, XML feeds, or what the caller accepts);
- redirects followed by hand, each hop checked against robots.txt and recorded, a loop or
  more than `max_redirects` hops an error;
- an honest User-Agent naming sitreps, its version, and a contact from `$SITREPS_CONTACT`;
- an optional cache keyed by URL (`HttpCache`, one SQLite file) holding the body with its
  ETag / Last-Modified: the next fetch of that URL is conditional, and a 304 is answered
  from the cache.
"""

from __future__ import annotations

import email.utils
import json
import os
import random
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpx

from sitreps import __version__
from sitreps.errors import InputError

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
    "application/x-rss+xml", "application/x-atom+xml",
})  # fmt: skip
TEXT_TYPES = frozenset({"text/plain"})
PAGE_OR_FEED = HTML_TYPES | FEED_TYPES

REDIRECTS = frozenset({301, 302, 303, 307, 308})
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
ROBOTS_TOKEN = "sitreps"
ROBOTS_TTL = 86400.0  # seconds a host's robots.txt is kept (RFC 9309 asks for no more than a day)


def user_agent(contact: str | None = None) -> str:
    """`sitreps/VERSION (+what it is; contact)`: who is asking, and how to reach them."""
    contact = contact if contact is not None else os.environ.get("SITREPS_CONTACT")
    tail = f"; contact: {contact}" if contact else ""
    return f"sitreps/{__version__} (incident extraction from news reports; python-httpx{tail})"


class FetchError(InputError):
    """A URL could not be fetched (or was refused: robots.txt, size, content type)."""

    def __init__(self, url: str, problem: str, *, status: int | None = None, retryable: bool = False) -> None:
        super().__init__(url, problem)
        self.status = status
        self.retryable = retryable


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How politely and how defensively to fetch."""

    user_agent: str = field(default_factory=user_agent)
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 90.0
    retries: int = 3  # attempts after the first
    backoff: float = 1.0  # seconds before the first retry; doubled each time, jittered
    backoff_max: float = 60.0  # cap on one wait, Retry-After included
    per_host_interval: float = 1.0  # seconds between two requests to one host
    max_crawl_delay: float = 60.0  # cap on a robots.txt Crawl-delay
    max_bytes: int = 10 * 1024 * 1024  # body size cap, after decoding
    max_redirects: int = 10
    respect_robots: bool = True
    trust_env: bool = True  # proxies and certificates from the environment


@dataclass(slots=True)
class FetchResult:
    """One fetched URL."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content: bytes
    content_type: str  # media type, lower case, no parameters ("" when the server gave none)
    charset: str | None
    headers: dict[str, str]
    redirects: list[tuple[int, str]] = field(default_factory=list)  # (status, location) per hop
    from_cache: bool = False
    not_modified: bool = False  # the server answered 304
    fetched_at: str = ""

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


class Fetches(Protocol):
    """What a reader needs of a fetcher (a `Fetcher`, or a stand-in)."""

    def fetch(self, url: str, *, accept: Iterable[str] | None = ...) -> FetchResult: ...


# --- cache -----------------------------------------------------------------------------------


@dataclass(slots=True)
class CacheEntry:
    url: str
    final_url: str
    status: int
    content_type: str
    charset: str | None
    headers: dict[str, str]
    content: bytes
    stored_at: str


class HttpCache:
    """Bodies of fetched URLs with their validators, in one SQLite file, keyed by URL."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(self.path), check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS http_cache (url TEXT PRIMARY KEY, final_url TEXT, status INTEGER,"
            " content_type TEXT, charset TEXT, headers TEXT, content BLOB, stored_at TEXT)"
        )
        self._db.commit()

    def get(self, url: str) -> CacheEntry | None:
        with self._lock:
            row = self._db.execute(
                "SELECT url, final_url, status, content_type, charset, headers, content, stored_at"
                " FROM http_cache WHERE url = ?",
                (url,),
            ).fetchone()
        if row is None:
            return None
        return CacheEntry(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]), bytes(row[6]), row[7])

    def put(self, result: FetchResult) -> None:
        """Keep a 200 response that carries an ETag or a Last-Modified date."""
        if result.status != 200 or not (result.etag or result.last_modified):
            return
        keep = {k: v for k, v in result.headers.items() if k in ("etag", "last-modified", "content-type")}
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO http_cache VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (result.final_url, result.final_url, result.status, result.content_type, result.charset,
                 json.dumps(keep), result.content, result.fetched_at),
            )  # fmt: skip
            self._db.commit()

    def close(self) -> None:
        with self._lock:
            self._db.close()


def default_cache_path() -> Path | None:
    """`$SITREPS_HTTP_CACHE` ("off" for none), else `$XDG_CACHE_HOME/sitreps/http.sqlite`."""
    setting = os.environ.get("SITREPS_HTTP_CACHE")
    if setting is not None:
        return None if setting.strip().lower() in ("", "off", "0", "no", "none") else Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitreps" / "http.sqlite"


# --- the fetcher -----------------------------------------------------------------------------


def media_type(content_type: str | None) -> tuple[str, str | None]:
    """("text/html", "utf-8") from "text/HTML; charset=UTF-8"."""
    if not content_type:
        return "", None
    parts = [p.strip() for p in content_type.split(";")]
    charset = None
    for p in parts[1:]:
        key, _, value = p.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return parts[0].lower(), charset


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _human(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MiB"
    if size >= 1024:
        return f"{size / 1024:.0f} KiB"
    return f"{size} bytes"


@dataclass(slots=True)
class _Reply:
    status: int
    reason: str
    headers: dict[str, str]
    content: bytes = b""


@dataclass(slots=True)
class _Robots:
    parser: RobotFileParser | None  # None: allow everything
    refusal: str | None = None  # set: disallow everything, for this reason
    expires: float = 0.0  # on the fetcher's clock


class Fetcher:
    """An HTTP client with the policy above; one per batch or watch process.

    `sleep` and `clock` are injectable so tests can observe waits without waiting.
    """

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        cache: HttpCache | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.cache = cache
        self._sleep = sleep
        self._clock = clock
        self._next_allowed: dict[str, float] = {}
        self._host_interval: dict[str, float] = {}
        self._robots: dict[str, _Robots] = {}
        self._lock = threading.Lock()
        p = self.policy
        self.client = httpx.Client(
            timeout=httpx.Timeout(connect=p.connect_timeout, read=p.read_timeout, write=p.read_timeout,
                                  pool=p.connect_timeout),
            follow_redirects=False,
            headers={"User-Agent": p.user_agent, "Accept-Encoding": "gzip, deflate"},
            trust_env=p.trust_env,
            transport=transport,
        )  # fmt: skip
        self.requests = 0  # requests sent, robots.txt included (for tests and logs)
        self.waited = 0.0  # seconds slept for rate limits and backoff

    @classmethod
    def default(cls) -> Fetcher:
        """A fetcher with the default policy and the cache at `default_cache_path()`."""
        path = default_cache_path()
        cache = None
        if path is not None:
            try:
                cache = HttpCache(path)
            except (OSError, sqlite3.Error):
                cache = None
        return cls(cache=cache)

    def close(self) -> None:
        self.client.close()
        if self.cache is not None:
            self.cache.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- public -------------------------------------------------------------------------------

    def fetch(
        self,
        url: str,
        *,
        accept: Iterable[str] | None = PAGE_OR_FEED,
        validators: tuple[str | None, str | None] | None = None,
        use_cache: bool = True,
    ) -> FetchResult:
        """GET `url`, following redirects; raises `FetchError`.

        `accept`: media types to take (None: any); a response with no Content-Type is taken
        and left to the parser to judge. `validators`: (ETag, Last-Modified) from the
        caller's own records, sent when the cache has none; a 304 then comes back as a
        result with `not_modified` set and an empty body.
        """
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(url, "not an http(s) URL")
        accepted = frozenset(accept) if accept is not None else None
        current = urlunsplit(parts._replace(fragment=""))
        redirects: list[tuple[int, str]] = []
        seen = {current}
        while True:
            self._check_robots(current, url)
            cached = self.cache.get(current) if (self.cache is not None and use_cache) else None
            headers: dict[str, str] = {}
            etag, modified = (
                (cached.headers.get("etag"), cached.headers.get("last-modified")) if cached else (None, None)
            )
            if cached is None and validators is not None and not redirects:
                etag, modified = validators
            if etag:
                headers["If-None-Match"] = etag
            if modified:
                headers["If-Modified-Since"] = modified
            reply = self._with_retries(current, headers, accepted, url)
            if reply.status in REDIRECTS:
                location = reply.headers.get("location")
                if not location:
                    raise FetchError(
                        url, f"HTTP {reply.status} redirect without a Location header", status=reply.status
                    )
                target = urlunsplit(urlsplit(urljoin(current, location.strip()))._replace(fragment=""))
                redirects.append((reply.status, target))
                if target in seen:
                    chain = " -> ".join([url, *(t for _, t in redirects)])
                    raise FetchError(url, f"redirect loop: {chain}", status=reply.status)
                if len(redirects) > self.policy.max_redirects:
                    raise FetchError(url, f"more than {self.policy.max_redirects} redirects", status=reply.status)
                if urlsplit(target).scheme not in ("http", "https"):
                    raise FetchError(url, f"redirect to a non-http(s) URL: {target}", status=reply.status)
                seen.add(target)
                current = target
                continue
            now = datetime.now(UTC).isoformat(timespec="seconds")
            if reply.status == 304:
                if cached is not None:
                    return FetchResult(
                        url=url, final_url=current, status=200, content=cached.content,
                        content_type=cached.content_type, charset=cached.charset,
                        headers={**cached.headers, **reply.headers}, redirects=redirects, from_cache=True,
                        not_modified=True, fetched_at=now,
                    )  # fmt: skip
                return FetchResult(url, current, 304, b"", "", None, reply.headers, redirects, False, True, now)
            if reply.status >= 400 or reply.status < 200:
                raise FetchError(url, f"HTTP {reply.status} {reply.reason}".rstrip(), status=reply.status)
            ctype, charset = media_type(reply.headers.get("content-type"))
            result = FetchResult(url, current, reply.status, reply.content, ctype, charset, reply.headers, redirects,
                                 fetched_at=now)  # fmt: skip
            if self.cache is not None and use_cache:
                self.cache.put(result)
            return result

    # -- robots.txt ---------------------------------------------------------------------------

    def _check_robots(self, url: str, origin: str) -> None:
        if not self.policy.respect_robots:
            return
        host = _host_key(url)
        robots = self._robots.get(host)
        if robots is None or robots.expires < self._clock():
            robots = self._fetch_robots(host, origin)
            self._robots[host] = robots
        if robots.refusal is not None:
            raise FetchError(origin, robots.refusal)
        if robots.parser is not None and not robots.parser.can_fetch(ROBOTS_TOKEN, url):
            raise FetchError(origin, f"disallowed by {host}/robots.txt for user agent {ROBOTS_TOKEN!r}")

    def _fetch_robots(self, host: str, origin: str) -> _Robots:
        """The host's rules, kept a day (an unreachable robots.txt: ten minutes)."""
        url = f"{host}/robots.txt"
        now = self._clock()
        try:
            reply = self._with_retries(url, {}, None, url, limit=512 * 1024, follow=True)
        except FetchError as exc:
            if exc.status is None:  # the host did not answer: not worth remembering, say so
                raise FetchError(origin, f"cannot fetch {url}: {exc.problem}", retryable=False) from exc
            if 400 <= exc.status < 500:
                return _Robots(None, expires=now + ROBOTS_TTL)
            return _Robots(
                None, f"{url} unreachable ({exc.problem}); not fetching from this host (RFC 9309)", now + 600.0
            )
        if 400 <= reply.status < 500:
            return _Robots(None, expires=now + ROBOTS_TTL)
        if reply.status >= 300:
            return _Robots(None, f"{url} unreachable (HTTP {reply.status}); not fetching from this host (RFC 9309)",
                           now + 600.0)  # fmt: skip
        parser = RobotFileParser(url)
        parser.parse(reply.content.decode("utf-8", "replace").splitlines())
        delay = parser.crawl_delay(ROBOTS_TOKEN)
        if delay is not None:
            self._host_interval[host] = min(float(delay), self.policy.max_crawl_delay)
        return _Robots(parser, expires=now + ROBOTS_TTL)

    # -- one request, with retries --------------------------------------------------------------

    def _with_retries(
        self, url: str, headers: dict[str, str], accept: frozenset[str] | None, origin: str,
        *, limit: int | None = None, follow: bool = False,
    ) -> _Reply:  # fmt: skip
        attempts = self.policy.retries + 1
        last: FetchError | None = None
        for attempt in range(attempts):
            try:
                reply = self._exchange(url, headers, accept, origin, limit=limit, follow=follow)
            except FetchError as exc:
                if not exc.retryable:
                    raise
                last = exc
                wait = None
            else:
                if reply.status not in RETRY_STATUS:
                    return reply
                last = FetchError(origin, f"HTTP {reply.status} {reply.reason}".rstrip(), status=reply.status)
                wait = _retry_after(reply.headers.get("retry-after"))
            if attempt + 1 < attempts:
                backoff = self.policy.backoff * (2**attempt) * (0.5 + random.random() / 2)
                self._pause(min(max(backoff, wait or 0.0), self.policy.backoff_max))
        assert last is not None
        raise FetchError(origin, f"{last.problem} (after {attempts} attempts)", status=last.status)

    def _pause(self, seconds: float) -> None:
        if seconds > 0:
            self.waited += seconds
            self._sleep(seconds)

    def _rate_limit(self, url: str) -> None:
        host = _host_key(url)
        with self._lock:
            interval = max(self.policy.per_host_interval, self._host_interval.get(host, 0.0))
            now = self._clock()
            start = max(now, self._next_allowed.get(host, now))
            self._next_allowed[host] = start + interval
        self._pause(start - now)

    def _exchange(
        self, url: str, headers: dict[str, str], accept: frozenset[str] | None, origin: str,
        *, limit: int | None = None, follow: bool = False,
    ) -> _Reply:  # fmt: skip
        """One GET; the body is read only for a 2xx answer, within the size cap and deadline."""
        limit = limit or self.policy.max_bytes
        self._rate_limit(url)
        self.requests += 1
        started = self._clock()
        try:
            request = self.client.build_request("GET", url, headers=headers)
            response = self.client.send(request, stream=True, follow_redirects=follow)
        except httpx.TimeoutException as exc:
            raise FetchError(origin, f"timed out ({type(exc).__name__})", retryable=True) from exc
        except httpx.HTTPError as exc:
            raise FetchError(origin, f"network error: {type(exc).__name__}: {exc}", retryable=True) from exc
        try:
            got = {k.lower(): v for k, v in response.headers.items()}
            reply = _Reply(response.status_code, response.reason_phrase or "", got)
            if not 200 <= response.status_code < 300:
                return reply
            ctype, _ = media_type(got.get("content-type"))
            if accept is not None and ctype and ctype not in accept:
                raise FetchError(origin, f"content type {ctype} is not one of {', '.join(sorted(accept))}")
            declared = got.get("content-length", "").strip()
            if declared.isdigit() and int(declared) > limit and not got.get("content-encoding"):
                raise FetchError(origin, f"body of {_human(int(declared))} is over the {_human(limit)} cap")
            reply.content = self._read_body(response, origin, limit, started)
            return reply
        finally:
            response.close()

    def _read_body(self, response: httpx.Response, origin: str, limit: int, started: float) -> bytes:
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        decoder: Any = None
        if encoding in ("gzip", "x-gzip"):
            decoder = zlib.decompressobj(31)
        elif encoding == "deflate":
            decoder = zlib.decompressobj(15)
        elif encoding not in ("identity", ""):
            raise FetchError(origin, f"unsupported content-encoding {encoding!r}")
        body = bytearray()
        wire = 0
        deadline = self.policy.total_timeout
        try:
            for chunk in response.iter_raw():
                wire += len(chunk)
                if wire > limit:
                    raise FetchError(origin, f"body over the {_human(limit)} cap (on the wire)")
                if decoder is None:
                    body += chunk
                else:
                    body += self._inflate(decoder, chunk, limit - len(body), origin)
                    if len(body) > limit:
                        raise FetchError(origin, f"body over the {_human(limit)} cap after {encoding} decoding"
                                         f" ({_human(wire)} on the wire: a compression bomb?)")  # fmt: skip
                if len(body) > limit:
                    raise FetchError(origin, f"body over the {_human(limit)} cap")
                if self._clock() - started > deadline:
                    raise FetchError(origin, f"response took longer than {deadline:g} s (slow server)")
        except httpx.TimeoutException as exc:
            raise FetchError(origin, f"timed out reading the body ({type(exc).__name__})", retryable=True) from exc
        except httpx.HTTPError as exc:
            raise FetchError(origin, f"network error reading the body: {type(exc).__name__}: {exc}",
                             retryable=True) from exc  # fmt: skip
        if decoder is not None and not decoder.eof and wire:
            raise FetchError(origin, f"truncated {encoding} body")
        return bytes(body)

    @staticmethod
    def _inflate(decoder: Any, chunk: bytes, room: int, origin: str) -> bytes:
        """Decode one chunk, never producing more than `room` + 1 bytes."""
        out = bytearray()
        data = chunk
        while data:
            try:
                piece = decoder.decompress(data, max(1, room - len(out) + 1))
            except zlib.error as exc:
                raise FetchError(origin, f"corrupt compressed body ({exc})") from exc
            out += piece
            if len(out) > room:
                return bytes(out)
            data = decoder.unconsumed_tail
            if decoder.eof:
                break
        return bytes(out)
