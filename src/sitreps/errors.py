"""One exception root with a stable code per kind of failure (shown as `[E00x]`)."""

from __future__ import annotations


class SitrepsError(Exception):
    """Base of every error sitreps raises on purpose."""

    code = "E000"
    http_status = 500

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class InputError(SitrepsError):
    """An input could not be read as a document (missing, empty, binary, bad encoding, bad JSON)."""

    code = "E001"
    http_status = 400

    def __init__(self, origin: str, problem: str) -> None:
        super().__init__(f"{origin}: {problem}")
        self.origin = origin
        self.problem = problem


class ModelError(SitrepsError):
    """The language pipeline is missing or not the pinned one."""

    code = "E002"


class StoreError(SitrepsError):
    """The database could not be opened or written."""

    code = "E003"


class GoldError(SitrepsError):
    """A gold or prediction file for `sitreps eval` is malformed."""

    code = "E004"
    http_status = 400
