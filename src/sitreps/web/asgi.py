"""An importable application for ASGI servers with several workers (`sitreps serve --workers N`,
or `uvicorn sitreps.web.asgi:app`): settings from the environment (`SITREPS_DB` and the others
that `Settings.from_env` reads). Each worker keeps its own 30-second cache of counts, so after a
review the other workers' charts may lag by up to that long."""

from __future__ import annotations

import os

from sitreps.web.app import create_app
from sitreps.web.settings import Settings

app = create_app(Settings.from_env(os.environ.get("SITREPS_DB") or "sitreps.db"))
