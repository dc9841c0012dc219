"""Further CLI commands, one module each, registered on the main Typer app by `register`.

A module here defines plain functions with Typer annotations and a `register(app)` that adds
them; `sitreps.cli` calls `register(app)` once. Keeping each feature's commands in its own
module lets the library and its command line grow feature by feature.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

MODULES: tuple[str, ...] = ("store", "watch", "db", "places", "web")


def register(app: Any) -> None:
    for name in MODULES:
        import_module(f"sitreps.commands.{name}").register(app)
