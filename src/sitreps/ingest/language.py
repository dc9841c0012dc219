"""Which language a document is in, by script: Hangul-dominant text is Korean.

The extraction is English-only, so the question that matters is "may this text be fed to
the English pipeline?". A script census answers it without a model: letters are counted by
Unicode block and the dominant script decides. Latin-script text is taken as English (the
census cannot tell English from French); the other scripts get their usual language code.

`NOT_EXTRACTED` is the status a store records for a document kept but not extracted.
"""

from __future__ import annotations

from sitreps.model import Document

EXTRACTED_LANGUAGES = frozenset({"en"})
"""Languages the extraction pipeline reads."""

NOT_EXTRACTED = "not_extracted"
"""Status of a stored document the English extraction did not read (see `extraction_status`)."""

DOMINANT = 0.5
"""Share of the letters a script needs to decide the language."""

_SAMPLE = 20_000  # characters looked at; a long document's language shows in its first pages


def _script(char: str) -> str | None:
    code = ord(char)
    if code < 0x250:
        return "latin" if char.isalpha() else None
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F or 0xA960 <= code <= 0xA97F:
        return "hangul"
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF:
        return "kana"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if 0x0400 <= code <= 0x04FF:
        return "cyrillic"
    if 0x0600 <= code <= 0x06FF:
        return "arabic"
    if 0x1E00 <= code <= 0x1EFF:
        return "latin"
    return "other" if char.isalpha() else None


def script_counts(text: str) -> dict[str, int]:
    """Letters of `text` (its first 20,000 characters) counted by script."""
    counts: dict[str, int] = {}
    for char in text[:_SAMPLE]:
        if char.isascii():
            if char.isalpha():
                counts["latin"] = counts.get("latin", 0) + 1
            continue
        script = _script(char)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    return counts


def detect_language(text: str, hint: str | None = None) -> str:
    """ISO 639-1 code of the text's language by its dominant script.

    "ko" when Hangul makes up at least half the letters (Korean text mixes in Latin names and
    Han characters); "ja" when kana is present among dominant CJK; "zh", "ru", "ar" likewise;
    Latin script is "en" unless `hint` (an HTML `lang` attribute, say) names another
    Latin-script language. Text without letters is "und".
    """
    counts = script_counts(text)
    letters = sum(counts.values())
    if letters == 0:
        return "und"
    share = {script: n / letters for script, n in counts.items()}
    if share.get("hangul", 0.0) >= DOMINANT:
        return "ko"
    cjk = share.get("han", 0.0) + share.get("kana", 0.0)
    if cjk >= DOMINANT:
        return "ja" if share.get("kana", 0.0) >= 0.05 else "zh"
    if share.get("cyrillic", 0.0) >= DOMINANT:
        return "ru"
    if share.get("arabic", 0.0) >= DOMINANT:
        return "ar"
    if share.get("latin", 0.0) >= DOMINANT:
        base = (hint or "").strip().lower().replace("_", "-").split("-")[0]
        if base and base.isalpha() and len(base) in (2, 3) and base not in ("ko", "ja", "zh", "ru", "ar"):
            return base
        return "en"
    return "und"


def is_extractable(document: Document) -> bool:
    """True when the English extraction may read this document."""
    return document.language in EXTRACTED_LANGUAGES


def extraction_status(document: Document) -> str | None:
    """None for a document to extract; otherwise the status to store it with, and why.

    >>> extraction_status(Document(text="북한 군인 두 명이 탈영했다", language="ko"))
    'not_extracted: language ko is not read by the English extraction (not extracted yet)'
    """
    if is_extractable(document):
        return None
    return f"{NOT_EXTRACTED}: language {document.language} is not read by the English extraction (not extracted yet)"
