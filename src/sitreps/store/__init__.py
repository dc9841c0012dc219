"""Where documents, mentions and linked events live: `Store.open(path_or_url)`."""

from sitreps.store.db import CANDIDATE_LIMIT, AddResult, AddStatus, Store, database_url

__all__ = ["CANDIDATE_LIMIT", "AddResult", "AddStatus", "Store", "database_url"]
