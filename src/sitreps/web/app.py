"""The web desk's application: the store, the routes, static files and security headers."""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from sitreps import __version__
from sitreps.errors import StoreError
from sitreps.export import geojson_feature
from sitreps.store import Store
from sitreps.web import api, pages
from sitreps.web.auth import CSRF_COOKIE
from sitreps.web.settings import Settings

STATIC = Path(str(resources.files("sitreps") / "web" / "static"))
MAP_PROPERTIES = ("id", "type", "date", "country", "admin1", "admin2", "place", "geo_precision", "reports")
"""What `/api/events.geojson?compact=true` keeps of each feature: what the map draws."""
COUNTS_TTL_S = 30.0
"""Counts for the charts are cached this long (and dropped on every review)."""


class CachedCall:
    """A store aggregate (counts, the map) kept for `COUNTS_TTL_S` per filter set: counting a
    million rows is the slow part of a page, and charts need not be exact to the second. Every
    review through the desk clears it."""

    def __init__(self, compute: Callable[..., Any], ttl: float = COUNTS_TTL_S, size: int = 256) -> None:
        self.compute, self.ttl, self.size = compute, ttl, size
        self._lock = threading.Lock()
        self._kept: dict[tuple[Any, ...], tuple[float, Any]] = {}
        self._generation = 0  # bumped by clear(): a result computed across a clear is not kept

    def __call__(self, *args: Any) -> Any:
        filters = args[-1]
        key = (args[:-1], tuple(sorted(filters.items())))
        now = time.monotonic()
        with self._lock:
            hit = self._kept.get(key)
            if hit is not None and now - hit[0] < self.ttl:
                return hit[1]
            generation = self._generation
        found = self.compute(*args[:-1], **filters)
        with self._lock:
            if generation != self._generation:
                return found
            if len(self._kept) >= self.size:
                self._kept.clear()
            self._kept[key] = (now, found)
        return found

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()
            self._generation += 1


def _leaflet_dir() -> Path:
    from xstatic.pkg import leaflet

    return Path(leaflet.BASE_DIR)


def security_headers(settings: Settings) -> dict[str, str]:
    """Headers on every response: a strict content security policy (our own scripts and
    styles only; map tiles from the configured origin), no framing, no sniffing."""
    images = "'self' data:"
    if settings.tile_url:
        parts = urlsplit(settings.tile_url.replace("{s}", "*"))
        images += f" {parts.scheme}://{parts.netloc}"
    policy = (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        f"img-src {images}; connect-src 'self'; font-src 'self'; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
    return {
        "Content-Security-Policy": policy,
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "same-origin",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Permissions-Policy": "geolocation=(), camera=(), microphone=()",
    }


def create_app(settings: Settings, store: Store | None = None) -> FastAPI:
    """The application over `settings.db` (or an already open `store`)."""
    app = FastAPI(
        title="sitreps",
        version=__version__,
        description="Incidents read from news reports: typed, dated, placed, sourced, with their evidence.",
        docs_url=None,  # Swagger UI and ReDoc load third-party JavaScript: the schema is at /openapi.json
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store or Store.open(settings.db)
    app.state.counts = CachedCall(app.state.store.counts)

    def geojson(limit: int, compact: bool = False, **filters: Any) -> dict[str, Any]:
        features = []
        seen = 0
        for event in app.state.store.iter_events(limit=limit, **filters):
            seen += 1
            feature = geojson_feature(event)
            if feature is not None:
                if compact:
                    feature["properties"] = {k: feature["properties"][k] for k in MAP_PROPERTIES}
                features.append(feature)
        return {"type": "FeatureCollection", "features": features, "truncated": seen >= limit}

    def review(event_id: str, body: dict[str, Any], user: str) -> dict[str, Any]:
        action = body.pop("action")
        try:
            result: dict[str, Any] = app.state.store.review_event(event_id, action, user=user, **body)
        except KeyError as exc:
            missing = exc.args[0] if exc.args else event_id
            if missing != event_id:  # an id among other_ids
                raise HTTPException(status_code=404, detail=f"other_ids: no event {missing}") from exc
            raise HTTPException(status_code=404, detail=f"no event {event_id}") from exc
        app.state.counts.clear()
        app.state.map_summary.clear()
        return result

    app.state.map_summary = CachedCall(app.state.store.map_summary)
    app.state.geojson = geojson
    app.state.review = review

    headers = security_headers(settings)

    @app.middleware("http")
    async def _headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers.update(headers)
        if request.url.path.startswith("/api/") or (settings.reads == "token" and not request.url.path.startswith(
                "/static/")):  # fmt: skip
            response.headers.setdefault("Cache-Control", "no-store")
        if request.url.scheme == "https":
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        new_csrf = getattr(request.state, "new_csrf", None)
        if new_csrf:
            response.set_cookie(CSRF_COOKIE, new_csrf, httponly=True, samesite="strict", path="/")
        return response

    @app.exception_handler(ValueError)
    async def _refused(request: Request, exc: ValueError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return pages.error_page(request, 400, str(exc))

    @app.exception_handler(StoreError)
    async def _store_down(request: Request, exc: StoreError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": f"database error: {exc}"}, status_code=503)
        return pages.error_page(request, 503, f"database error: {exc}")

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return pages.error_page(request, exc.status_code, str(exc.detail), headers=exc.headers)

    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static/leaflet", StaticFiles(directory=_leaflet_dir()), name="leaflet")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
