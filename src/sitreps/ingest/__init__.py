"""Readers that turn what analysts collect into Documents.

Files, folders and stdin (`files`), HTML pages with an offset map back to the page (`html`),
RSS / Atom feeds (`feeds`), WARC / ARC archives (`warc`), URLs over HTTP (`web`), near-duplicate
detection (`dedup`), language by script (`language`) and feed watching (`watch`).
"""

from sitreps.ingest.files import read_inputs

__all__ = ["read_inputs"]
