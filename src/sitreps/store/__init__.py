"""Where documents, mentions and linked events live: `Store.open(path_or_url)`."""

from sitreps.store.db import (
    CANDIDATE_LIMIT,
    EXTRACTED_LANGUAGES,
    AddResult,
    AddStatus,
    DocumentChange,
    Store,
    database_url,
)

__all__ = [
    "CANDIDATE_LIMIT",
    "EXTRACTED_LANGUAGES",
    "AddResult",
    "AddStatus",
    "DocumentChange",
    "Store",
    "database_url",
]
