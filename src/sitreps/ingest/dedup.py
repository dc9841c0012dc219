"""Near-duplicate documents: wire copies, re-posts, one page under two URLs (MinHash LSH).

A document's text is reduced to its set of word shingles (lower-cased word 3-grams), the set
to a MinHash signature (datasketch), and the signatures go into an LSH index that answers
"which stored documents probably share at least `threshold` of their shingles with this
one" without comparing against every document. Candidates are then checked against their
stored signatures, and the closest one above the threshold is the original.

The index lives in memory and is rebuilt from the stored documents' texts at start-up
(`NearDuplicateIndex.rebuild`); 128 permutations cost about 1 KiB per document.

A near-duplicate is stored as one more `Location` of the original document, not as a
document of its own (see docs/ingest.md for what the store keeps).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sitreps.model import Document

DEFAULT_THRESHOLD = 0.8
SHINGLE_WORDS = 3
NUM_PERM = 128

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Lower-cased word n-grams of a text (the whole text as one shingle when it is shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def jaccard(a: str, b: str, size: int = SHINGLE_WORDS) -> float:
    """Exact Jaccard similarity of two texts' shingle sets (for tests and checks)."""
    sa, sb = shingles(a, size), shingles(b, size)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


@dataclass(frozen=True, slots=True)
class Location:
    """One place a document was found: a URL (or input) with what that place said about it."""

    url: str | None
    origin: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    seen_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    @classmethod
    def of(cls, doc: Document) -> Location:
        return cls(url=doc.url, origin=doc.origin, outlet=doc.outlet, title=doc.title, published=doc.published)


@dataclass(slots=True)
class Match:
    """The stored document a new one duplicates, and their estimated similarity."""

    key: str
    similarity: float


class NearDuplicateIndex:
    """MinHash LSH over document texts, keyed by document id."""

    def __init__(
        self, threshold: float = DEFAULT_THRESHOLD, num_perm: int = NUM_PERM, shingle_words: int = SHINGLE_WORDS
    ) -> None:
        from datasketch import MinHashLSH  # type: ignore[import-untyped]

        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], not {threshold}")
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_words = shingle_words
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._signatures: dict[str, Any] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: object) -> bool:
        return key in self._signatures

    def signature(self, text: str) -> Any:
        """The MinHash of a text's shingles (a `datasketch.LeanMinHash`)."""
        from datasketch import LeanMinHash, MinHash

        minhash = MinHash(num_perm=self.num_perm)
        grams = shingles(text, self.shingle_words)
        if grams:
            minhash.update_batch(list(grams))
        return LeanMinHash(minhash)

    def add(self, key: str, text: str | None = None, *, signature: Any = None) -> None:
        """Index a document (again under the same key: no change)."""
        if key in self._signatures:
            return
        sig = signature if signature is not None else self.signature(text or "")
        self._lsh.insert(key, sig)
        self._signatures[key] = sig

    def remove(self, key: str) -> None:
        if key in self._signatures:
            self._lsh.remove(key)
            del self._signatures[key]

    def find(self, text: str | None = None, *, signature: Any = None, exclude: str | None = None) -> Match | None:
        """The indexed document closest to this text at or above the threshold, if any."""
        sig = signature if signature is not None else self.signature(text or "")
        best: Match | None = None
        for key in self._lsh.query(sig):
            if key == exclude:
                continue
            similarity = float(sig.jaccard(self._signatures[key]))
            if similarity >= self.threshold and (
                best is None or similarity > best.similarity or (similarity == best.similarity and key < best.key)
            ):
                best = Match(key, similarity)
        return best

    def check(self, doc: Document) -> Match | None:
        """The original this document duplicates (exact or near); otherwise index it and return None."""
        if doc.id in self._signatures:
            return Match(doc.id, 1.0)
        sig = self.signature(doc.text)
        match = self.find(signature=sig)
        if match is None:
            self.add(doc.id, signature=sig)
        return match

    @classmethod
    def rebuild(cls, items: Iterable[tuple[str, str]], **options: Any) -> NearDuplicateIndex:
        """An index over (document id, text) pairs, e.g. every current document of a store."""
        index = cls(**options)
        for key, text in items:
            index.add(key, text)
        return index


@dataclass(slots=True)
class Group:
    """One document and every location it (or a near copy of it) was found at."""

    document: Document
    locations: list[Location]


def group_near_duplicates(docs: Iterable[Document], threshold: float = DEFAULT_THRESHOLD) -> list[Group]:
    """Fold a batch of documents into groups of near-duplicates, first seen first.

    The first document of a group is kept whole; each later copy adds its location.
    """
    index = NearDuplicateIndex(threshold=threshold)
    groups: dict[str, Group] = {}
    for doc in docs:
        match = index.check(doc)
        if match is None:
            groups[doc.id] = Group(doc, [Location.of(doc)])
        else:
            groups[match.key].locations.append(Location.of(doc))
    return list(groups.values())
