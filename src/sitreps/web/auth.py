"""Who is asking: tokens, the session cookie and CSRF tokens.

- A token is made by `sitreps users add NAME` (or `Store.add_user`) and shown once; the
  store keeps only its SHA-256. Tokens are 256 random bits, so a fast hash is enough.
- API clients send `Authorization: Bearer TOKEN`. A browser signs in at `/login` with the
  token and gets a session: a random id in an HttpOnly, SameSite=Strict cookie (never the
  token itself), stored hashed, ending after 12 hours, at sign-out, or when the token is revoked.
- CSRF: every page sets a random `sitreps_csrf` cookie (SameSite=Strict) and every form
  carries the same value in a hidden field; a form POST whose field and cookie differ is
  refused. An API write authenticated by the cookie (not by a Bearer header) must send the
  value in an `X-CSRF-Token` header. Bearer requests need neither: a browser never adds them.
"""

from __future__ import annotations

import hmac
import secrets

from fastapi import HTTPException, Request

SESSION_COOKIE = "sitreps_session"
CSRF_COOKIE = "sitreps_csrf"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


def current_user(request: Request) -> str | None:
    """The user named by the request's Bearer token or session cookie, else None."""
    cached: str | None = getattr(request.state, "user", None)
    if cached is not None:
        return cached or None
    store = request.app.state.store
    token, session = bearer_token(request), request.cookies.get(SESSION_COOKIE)
    user = store.user_for_token(token) if token else (store.session_user(session) if session else None)
    request.state.user = user or ""
    return user


def csrf_value(request: Request) -> str:
    """The CSRF value of this browser: its cookie, or a fresh one the response will set."""
    value = request.cookies.get(CSRF_COOKIE) or getattr(request.state, "new_csrf", None)
    if not value:
        value = secrets.token_urlsafe(24)
        request.state.new_csrf = value
    return value


def check_csrf(request: Request, submitted: str | None) -> None:
    cookie = request.cookies.get(CSRF_COOKIE)
    if not cookie or not submitted or not hmac.compare_digest(cookie.encode(), submitted.encode()):
        raise HTTPException(status_code=403, detail="CSRF check failed: reload the page and try again")


def require_writer(request: Request) -> str:
    """The user allowed to write, or 401; cookie-authenticated API writes need the CSRF header."""
    user = current_user(request)
    if user is None:
        raise HTTPException(
            status_code=401, detail="a token is needed to write", headers={"WWW-Authenticate": "Bearer"}
        )
    if bearer_token(request) is None:
        check_csrf(request, request.headers.get(CSRF_HEADER))
    return user


def require_reader(request: Request) -> str | None:
    """Reads are public unless the settings say "token"; then a known token is needed."""
    if request.app.state.settings.reads == "public":
        return None
    user = current_user(request)
    if user is None:
        raise HTTPException(
            status_code=401, detail="this desk needs a token to read", headers={"WWW-Authenticate": "Bearer"}
        )
    return user
