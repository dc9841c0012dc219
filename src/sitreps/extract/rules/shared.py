"""Parse tests and word lists shared by the detection rules of several types."""

from __future__ import annotations

import re
from typing import Any

from sitreps import nlp

# wire-report wording that names no incident: an inquiry into facts, attribution, a procedure carried out
INQUIRY = {"investigate", "investigation", "probe", "inquiry", "examine", "examination", "review"}
FOREIGN_RETURNERS = re.compile(r"\b(?:china|chinese|beijing|russia\w*|laos|lao|vietnam\w*|thai\w*|mongolia\w*)\b", re.I)
FORCED = re.compile(r"\bforc(?:ed|ibly|efully)\b|\bagainst (?:their|his|her) will\b", re.I)
THOSE = {"those", "anyone", "anybody", "people", "whoever", "others"}
SEA_RETURN = re.compile(
    r"\bdrift(?:s|ed|ing)?\b|\badrift\b|\bastray\b|\bown request\b|\bfree will\b|"
    r"\b(?:wish|wishes|wished|want|wanted|wants|desire|request|requested|asked|sought|hope|hoped)\b"
    r"[^.]{0,25}?\b(?:go|return|be sent|be repatriated|be returned)\s+(?:back|home)\b",
    re.I,
)


def sea_return_story(doc: Any) -> bool:
    """The report tells of North Koreans adrift at sea, or who asked to go home, and of no returns by China or
    another third country (computed once per document)."""
    found = doc.user_data.get("sitreps_sea_return")
    if found is None:
        text = nlp.full_text(doc)
        found = bool(SEA_RETURN.search(text)) and not FOREIGN_RETURNERS.search(text)
        doc.user_data["sitreps_sea_return"] = found
    return bool(found)
