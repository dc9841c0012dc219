"""The web desk: `sitreps serve`, and `sitreps users add | list | revoke` for its tokens."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from sitreps.commands.common import db_target, err, fail, out
from sitreps.errors import SitrepsError

if TYPE_CHECKING:
    from fastapi import FastAPI

    from sitreps.store import Store
    from sitreps.web.settings import Settings

DbOpt = Annotated[str | None, typer.Option(help="Database path or URL (default sitreps.db or $SITREPS_DB).")]

users_app = typer.Typer(no_args_is_help=True, help="Tokens for the web desk: writes (review) need one.")


def _store(db: str | None) -> Store:
    from sitreps.store import Store

    try:
        return Store.open(db_target(db))
    except SitrepsError as exc:
        raise fail(str(exc)) from exc


@users_app.command("add")
def users_add(name: Annotated[str, typer.Argument(help="Who the token is for.")], db: DbOpt = None) -> None:
    """Make a token for NAME and print it once (only its hash is stored)."""
    if not name.strip() or len(name) > 100:
        raise fail("users add: NAME must be 1 to 100 characters")
    with _store(db) as store:
        try:
            token = store.add_user(name.strip())
        except ValueError as exc:
            raise fail(f"users add: {exc}") from exc
    out.print(token, markup=False, highlight=False)
    err.print(
        f"token for {name.strip()} (shown once; sign in with it at /login or send it as 'Authorization: Bearer ...')",
        markup=False, highlight=False,
    )  # fmt: skip


@users_app.command("list")
def users_list(db: DbOpt = None) -> None:
    """The users and when their tokens were made or revoked."""
    with _store(db) as store:
        rows = store.users()
    table = Table("name", "created", "revoked")
    for row in rows:
        table.add_row(row["name"], row["created_at"] or "", row.get("revoked_at") or "")
    out.print(table)


@users_app.command("revoke")
def users_revoke(name: str, db: DbOpt = None) -> None:
    """Revoke NAME's token: it no longer signs in or writes."""
    with _store(db) as store:
        if not store.revoke_user(name):
            raise fail(f"users revoke: no active user {name!r}")
    err.print(f"revoked {name}", markup=False, highlight=False)


def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    reads: Annotated[
        str | None, typer.Option(help="'public' (default) or 'token': whether reading needs a token too.")
    ] = None,
    tile_url: Annotated[
        str | None, typer.Option(help="Map tile URL template for those with internet; default: boundaries only.")
    ] = None,
    tile_attribution: Annotated[str | None, typer.Option(help="Credit line of the tiles.")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes.", min=1, max=64)] = 1,
) -> None:
    """Serve the web desk: the JSON API (/api, schema at /openapi.json) and the pages."""
    import uvicorn

    from sitreps.web.settings import Settings

    try:
        settings = Settings.from_env(db_target(db), reads=reads, tile_url=tile_url, tile_attribution=tile_attribution)
    except ValueError as exc:
        raise fail(str(exc)) from exc
    app = _app(settings)
    err.print(f"sitreps: serving {settings.db} on http://{host}:{port}/ (reads: {settings.reads})",
              markup=False, highlight=False)  # fmt: skip
    if workers > 1:
        import os

        # each worker builds its own app from the environment: hand it every setting
        os.environ["SITREPS_DB"] = settings.db
        os.environ["SITREPS_READS"] = settings.reads
        for name, value in (("SITREPS_TILE_URL", settings.tile_url),
                            ("SITREPS_TILE_ATTRIBUTION", settings.tile_attribution)):  # fmt: skip
            if value:
                os.environ[name] = value
        uvicorn.run("sitreps.web.asgi:app", host=host, port=port, workers=workers, log_level="warning")
        return
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def _app(settings: Settings) -> FastAPI:
    from sitreps.web import create_app

    try:
        return create_app(settings)
    except SitrepsError as exc:
        raise fail(str(exc)) from exc


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.add_typer(users_app, name="users")
