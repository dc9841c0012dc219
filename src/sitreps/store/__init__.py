"""Where documents, mentions and linked events live: `Store.open(path_or_url)`."""

from sitreps.store.db import (
    CANDIDATE_LIMIT,
    CORRECTABLE_FIELDS,
    COUNT_KEYS,
    EXTRACTED_LANGUAGES,
    REVIEW_ACTIONS,
    AddResult,
    AddStatus,
    DocumentChange,
    Store,
    database_url,
)

__all__ = [
    "CANDIDATE_LIMIT",
    "CORRECTABLE_FIELDS",
    "COUNT_KEYS",
    "EXTRACTED_LANGUAGES",
    "REVIEW_ACTIONS",
    "AddResult",
    "AddStatus",
    "DocumentChange",
    "Store",
    "database_url",
]
