"""The HTML pages: event list, map, timeline, event (with review), sign-in.

Rendered on the server with Jinja2 (autoescaped: report text can hold no markup that runs).
The only scripts are Leaflet and our own `static/map.js`; the pages work without JavaScript
except the map itself.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, timedelta
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import ValidationError

from sitreps.store.db import SESSION_LIFETIME
from sitreps.web.api import EventFilters
from sitreps.web.auth import CSRF_FIELD, SESSION_COOKIE, check_csrf, csrf_value, current_user
from sitreps.web.forms import DATE_PRECISIONS, correction
from sitreps.web.highlight import highlight, record_marks

TYPES = ("DESERTION", "DEFECTION", "SMUGGLING", "ARREST", "CRACKDOWN", "PUNISHMENT", "VIOLENCE", "SEARCH",
         "DIRECTIVE", "OTHER")  # fmt: skip
MODALITIES = ("asserted", "uncertain", "hypothetical", "planned", "generic")
STATUSES = ("machine", "confirmed", "corrected", "rejected")
FILTER_KEYS = tuple(EventFilters.model_fields)

templates = Environment(
    loader=FileSystemLoader(str(resources.files("sitreps") / "web" / "templates")),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def is_web_url(value: object) -> bool:
    """An http(s) URL, safe as a link target (never `javascript:` or `data:`)."""
    return isinstance(value, str) and value.lower().startswith(("https://", "http://"))


templates.tests["web_url"] = is_web_url


def _provinces() -> list[str]:
    path = resources.files("sitreps") / "web" / "static" / "boundaries" / "kp_admin1.geojson"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return sorted(f["properties"]["name"] for f in data.get("features", []))


PROVINCES = _provinces()


def require_page_reader(request: Request) -> None:
    """Token-only desks send visitors without a session to the sign-in page."""
    if request.app.state.settings.reads == "token" and current_user(request) is None:
        here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        target = "/login?" + urlencode({"next": here})
        raise HTTPException(status_code=303, detail="sign in", headers={"Location": target})


router = APIRouter(include_in_schema=False)
reader = [Depends(require_page_reader)]


def render(request: Request, name: str, status_code: int = 200, headers: Mapping[str, str] | None = None,
           **context: Any) -> HTMLResponse:  # fmt: skip
    page = templates.get_template(name).render(
        request=request, user=current_user(request), csrf=csrf_value(request), csrf_field=CSRF_FIELD,
        path=request.url.path, settings=request.app.state.settings, **context,
    )  # fmt: skip
    return HTMLResponse(page, status_code=status_code, headers=headers)


def error_page(request: Request, status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
    if 300 <= status < 400 and headers and "Location" in headers:
        return RedirectResponse(headers["Location"], status_code=status)
    return render(request, "error.html", status_code=status, headers=headers, status=status, message=message)


def page_filters(request: Request) -> tuple[EventFilters, dict[str, str]]:
    """The filter bar's values from the query string (blank fields ignored)."""
    raw = {k: v for k, v in request.query_params.items() if k in FILTER_KEYS and v.strip()}
    try:
        return EventFilters(**raw), raw  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ValueError(f"filters: {problems}") from exc


def query(raw: dict[str, str], **changes: str | None) -> str:
    """A query string of the current filters with some changed (None removes one)."""
    merged = {**raw, **changes}
    return urlencode({k: v for k, v in merged.items() if v})


def filter_context(raw: dict[str, str]) -> dict[str, Any]:
    return {"raw": raw, "types": TYPES, "modalities": MODALITIES, "statuses": STATUSES, "provinces": PROVINCES,
            "query": query}  # fmt: skip


@router.get("/", response_class=HTMLResponse, dependencies=reader)
def event_list(request: Request, cursor: str | None = None) -> HTMLResponse:
    filters, raw = page_filters(request)
    store = request.app.state.store
    page_size = request.app.state.settings.page_size
    events, next_cursor = store.events_page(limit=page_size, cursor=cursor or None, **filters.store_filters())
    by_type = request.app.state.counts(("type",), {k: v for k, v in filters.store_filters().items() if k != "type"})
    total = sum(row["count"] for row in by_type if not filters.type or row["type"] == filters.type)
    return render(request, "events.html", events=events, next_cursor=next_cursor, by_type=by_type, total=total,
                  first_page=not cursor, **filter_context(raw))  # fmt: skip


@router.get("/map", response_class=HTMLResponse, dependencies=reader)
def map_page(request: Request) -> HTMLResponse:
    filters, raw = page_filters(request)
    by_precision = request.app.state.counts(("country",), filters.store_filters())
    return render(request, "map.html", map_url="/api/map?" + query(raw), by_country=by_precision,
                  **filter_context(raw))  # fmt: skip


def _bins(keys: list[str], by: str) -> list[tuple[str, str, str]]:
    """Every period from the first key to the last: (key, since, until) for links."""
    if not keys:
        return []
    out: list[tuple[str, str, str]] = []
    if by == "year":
        return [(str(y), str(y), str(y)) for y in range(int(min(keys)), int(max(keys)) + 1)]
    if by == "week":
        first, last = min(keys), max(keys)
        start = date.fromisocalendar(int(first[:4]), int(first[6:]), 1)
        end = date.fromisocalendar(int(last[:4]), int(last[6:]), 1)
        while start <= end:
            year, week, _ = start.isocalendar()
            out.append((f"{year}-W{week:02d}", start.isoformat(), (start + timedelta(days=6)).isoformat()))
            start += timedelta(days=7)
        return out
    year, month = int(min(keys)[:4]), int(min(keys)[5:7])
    last_year, last_month = int(max(keys)[:4]), int(max(keys)[5:7])
    while (year, month) <= (last_year, last_month):
        key = f"{year:04d}-{month:02d}"
        out.append((key, key, key))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


MAX_BINS = 400


@router.get("/timeline", response_class=HTMLResponse, dependencies=reader)
def timeline(request: Request, by: str = "month") -> HTMLResponse:
    if by not in ("month", "week"):
        raise ValueError(f"by: {by!r} is not month or week")
    filters, raw = page_filters(request)
    asked = by
    while True:  # too many bars to draw: the next coarser period (week, month, year)
        rows = request.app.state.counts((by, "type"), filters.store_filters())
        undated = sum(r["count"] for r in rows if r[by] is None)
        dated = [r for r in rows if r[by] is not None]
        bins = _bins(sorted({r[by] for r in dated}), by)
        if len(bins) <= MAX_BINS or by == "year":
            break
        by = "month" if by == "week" else "year"
    stacks: dict[str, dict[str, int]] = {key: {} for key, _, _ in bins}
    for r in dated:
        stacks[r[by]][r["type"]] = stacks[r[by]].get(r["type"], 0) + r["count"]
    tallest = max((sum(s.values()) for s in stacks.values()), default=0)
    width, height = 960, 240
    step = width / max(len(bins), 1)
    bars = []
    for n, (key, since, until) in enumerate(bins):
        y = float(height)
        for event_type in TYPES:
            count = stacks[key].get(event_type, 0)
            if not count:
                continue
            h = height * count / tallest
            y -= h
            link = "/?" + query(raw, type=event_type, since=since, until=until)
            bars.append({"x": round(n * step, 1), "y": round(y, 1), "w": round(max(step - 1, 1), 1), "h": round(h, 1),
                         "type": event_type, "count": count, "key": key, "link": link})  # fmt: skip
    labels = [{"x": round(n * step, 2), "key": key} for n, (key, _, _) in enumerate(bins)
              if n % max(1, len(bins) // 12) == 0]  # fmt: skip
    totals = {t: sum(s.get(t, 0) for s in stacks.values()) for t in TYPES}
    return render(request, "timeline.html", bars=bars, labels=labels, width=width, height=height, by=by, asked=asked,
                  tallest=tallest, undated=undated, totals=totals, **filter_context(raw))  # fmt: skip


FULL_TEXTS = 10
"""An event page shows the whole text of this many reports; the rest show their evidence sentence."""


def merged_into(store: Any, event_id: str) -> str | None:
    """The event that an analyst merged `event_id` into, if that is where it went."""
    for row in store.audit(event_id, limit=20):
        if row["action"] == "merge" and row["event_id"] != event_id:
            return str(row["event_id"])
    return None


PLURALS = {"actor": "actors", "target": "targets", "source": "sources"}


def _same_item(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One actor, target or source in two records: the same words and class (or kind)."""
    return bool(a.get("text") == b.get("text") and a.get("class") == b.get("class") and a.get("kind") == b.get("kind"))


def _first_anchor(statements: list[dict[str, Any]], kind: str, item: dict[str, Any] | None = None) -> str | None:
    """The id of the first highlighted span of a field among the statements; for an actor,
    target or source, of the first statement that names that same item (records merged from
    several reports list their items in different orders)."""
    for n, statement in enumerate(statements):
        record = statement["data"]
        if kind in ("date", "location", "evidence"):
            if (record.get(kind) or {}).get("span"):
                return f"s{n}-{kind}"
            continue
        for i, candidate in enumerate(record.get(PLURALS[kind]) or []):
            if item is not None and candidate.get("span") and _same_item(candidate, item):
                return f"s{n}-{kind}-{i}"
    return None


@router.get("/events/{event_id}", response_class=HTMLResponse, dependencies=reader)
def event_page(request: Request, event_id: str, done: str | None = None, created: str | None = None) -> Response:
    store = request.app.state.store
    detail = store.event_detail(event_id)
    if detail is None:
        survivor = merged_into(store, event_id)
        if survivor is not None:
            return RedirectResponse(f"/events/{survivor}?" + urlencode({"done": "merge"}), status_code=303)
        raise HTTPException(status_code=404, detail=f"no event {event_id}")
    texts: list[Any] = []
    for n, statement in enumerate(detail["statements"]):
        if n >= FULL_TEXTS:
            texts.append(None)
            continue
        found = store.document_text(statement["document"]["id"])
        texts.append(highlight(found["text"], record_marks(statement["data"], f"s{n}")) if found else None)
    anchors = {kind: _first_anchor(detail["statements"], kind) for kind in ("evidence", "date", "location")}
    for kind, plural in PLURALS.items():
        for i, item in enumerate(detail["event"].get(plural) or []):
            anchors[f"{kind}-{i}"] = _first_anchor(detail["statements"], kind, item)
    return render(request, "event.html", detail=detail, event=detail["event"], texts=texts, anchors=anchors,
                  types=TYPES, modalities=MODALITIES, precisions=DATE_PRECISIONS, provinces=PROVINCES,
                  done=done, created=created if created and created != event_id else None)  # fmt: skip


@router.post("/events/{event_id}/review", dependencies=reader)
async def review_form(request: Request, event_id: str) -> Response:
    items = (await request.form()).multi_items()
    form = {k: v for k, v in items if isinstance(v, str)}
    mention_ids = [v for k, v in items if k == "mention_id" and isinstance(v, str)]
    check_csrf(request, form.get(CSRF_FIELD))
    return await run_in_threadpool(_review_form, request, event_id, form, mention_ids)


def _review_form(request: Request, event_id: str, form: dict[str, str], mention_ids: list[str]) -> Response:
    user = current_user(request)
    if user is None:
        raise HTTPException(status_code=401, detail="sign in with a token to review")
    action = form.get("action", "")
    body: dict[str, Any] = {"action": action, "note": form.get("note") or None}
    if action == "correct":
        detail = request.app.state.store.event_detail(event_id)
        if detail is None:
            raise HTTPException(status_code=404, detail=f"no event {event_id}")
        body["fields"] = correction(form, detail["event"])
        if not body["fields"]:
            raise ValueError("the correction changes nothing")
    elif action == "merge":
        body["other_ids"] = [i for i in form.get("other_ids", "").replace(",", " ").split() if i]
    elif action == "split":
        body["mention_ids"] = mention_ids
    elif action not in ("confirm", "reject", "reopen"):
        raise ValueError(f"action: {action!r} is not one of confirm, correct, reject, reopen, merge, split")
    result = request.app.state.review(event_id, {k: v for k, v in body.items() if v is not None}, user)
    target = result.get("created") if action == "split" else event_id
    return RedirectResponse(f"/events/{event_id}?" + urlencode({"done": action, "created": target or ""}),
                            status_code=303)  # fmt: skip


@router.get("/favicon.ico")
def favicon() -> Response:
    return Response(status_code=204)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> HTMLResponse:
    return render(request, "login.html", next=_safe_next(next), failed=False)


def _safe_next(target: str) -> str:
    """Only paths on this site: never another origin (`//host`, `https://...`)."""
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    check_csrf(request, str(form.get(CSRF_FIELD) or ""))
    token = str(form.get("token") or "").strip()
    target = _safe_next(str(form.get("next") or "/"))
    store = request.app.state.store
    user = await run_in_threadpool(store.user_for_token, token) if token else None
    if user is None:
        return render(request, "login.html", status_code=401, next=target, failed=True)
    session = await run_in_threadpool(store.start_session, user)
    response = RedirectResponse(target, status_code=303)
    secure = request.url.scheme == "https"
    response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="strict", secure=secure, path="/",
                        max_age=int(SESSION_LIFETIME.total_seconds()))  # fmt: skip
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    form = await request.form()
    check_csrf(request, str(form.get(CSRF_FIELD) or ""))
    session = request.cookies.get(SESSION_COOKIE)
    if session:
        await run_in_threadpool(request.app.state.store.end_session, session)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
