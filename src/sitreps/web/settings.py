"""What the operator of `sitreps serve` chooses, from options or the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

Reads = Literal["public", "token"]


@dataclass(frozen=True, slots=True)
class Settings:
    """The web desk's settings.

    - `db`: the database (a SQLite path or a database URL).
    - `reads`: "public" (anyone may read; writes need a token) or "token" (reads too).
    - `tile_url`: an optional map tile URL template (`https://.../{z}/{x}/{y}.png`) for those
      with internet access; without it the map draws the shipped boundaries only.
    - `max_extract_chars`: the largest text `POST /api/extract` takes.
    """

    db: str
    reads: Reads = "public"
    tile_url: str | None = None
    tile_attribution: str | None = None
    max_extract_chars: int = 200_000
    page_size: int = 50
    max_page_size: int = 500

    @classmethod
    def from_env(cls, db: str, **overrides: object) -> Settings:
        """Settings from `SITREPS_READS`, `SITREPS_TILE_URL` and `SITREPS_TILE_ATTRIBUTION`, then
        `overrides` (the command line's options) where not None."""
        values: dict[str, object] = {"db": db}
        reads = os.environ.get("SITREPS_READS")
        if reads:
            values["reads"] = reads
        if os.environ.get("SITREPS_TILE_URL"):
            values["tile_url"] = os.environ["SITREPS_TILE_URL"]
        if os.environ.get("SITREPS_TILE_ATTRIBUTION"):
            values["tile_attribution"] = os.environ["SITREPS_TILE_ATTRIBUTION"]
        values.update({k: v for k, v in overrides.items() if v is not None})
        if values.get("reads", "public") not in ("public", "token"):
            raise ValueError(f"reads: {values['reads']!r} is not 'public' or 'token'")
        tile = values.get("tile_url")
        if tile is not None and not (isinstance(tile, str) and tile.startswith(("https://", "http://"))):
            raise ValueError(f"tile URL: {tile!r} is not an http(s) URL template")
        return cls(**values)  # type: ignore[arg-type]
