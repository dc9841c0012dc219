"""The analyst's desk: a JSON API and server-rendered pages over a sitreps database.

`create_app(Settings(db=...))` builds the FastAPI application that `sitreps serve` runs with
uvicorn. The parts:

- `settings`: what the operator chooses (database, public or token-only reads, a tile URL);
- `auth`: tokens (hashed in the `users` table), the session cookie, CSRF tokens;
- `api`: the `/api` routes (OpenAPI at `/openapi.json`, docs at `/docs`);
- `pages`: the HTML pages (list, map, timeline, event, review forms, login);
- `highlight`: report text with the spans of an event's fields marked, escaped;
- `app`: wiring, static files (ours and Leaflet's, from `xstatic-leaflet`), security headers.

See docs/web.md.
"""

from sitreps.web.app import create_app
from sitreps.web.settings import Settings

__all__ = ["Settings", "create_app"]
