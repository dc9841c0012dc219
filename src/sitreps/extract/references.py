"""Back-references: earlier incidents a report recalls as background.

Two signals (TAXONOMY.md decision rule 3):
- an outlet's earlier report is cited ("Daily NK reported in June that ...", "as RFA reported
  last year", "according to an earlier report by NK News"): every event stated after the cue in
  that sentence is a back-reference with `reported_by` set to the outlet;
- an event dated clearly before the incident the report is about (its own date more than a
  month before the lead's), or introduced by a recall cue ("previously", "last year", "earlier
  this year") in a sentence that is not the lead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitreps.profile import Profile

RECALL_CUES = re.compile(
    r"\b(?:previously|earlier(?! (?:this|that|in the) (?:month|week|year|day)| today| (?:on )?(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day)|in the past|last year|"  # "reported earlier Tuesday": the day's news, no recall
    r"the previous year|"
    r"a similar (?:case|incident)|in a similar|recalled|had also|was also reported|"
    r"(?:in|since) (?:19|20)\d\d|years? ago)\b",
    re.I,
)


# a word every citation pattern below needs: a cheap test before the outlet alternations
CITING_WORDS = re.compile(r"report|revealed|disclosed|wrote|learned|confirmed|article", re.I)

# "reported earlier Tuesday", "reported earlier this week": the adverb belongs to the citation, so that the date
# that follows it is the cited report's date (a citation of the same day is the news itself, no recall)
LATER_WORD = r"(?:\s+earlier(?=\s+(?:on\s+|this\s+|last\s+|in\s+)?[A-Z0-9a-z]))?"

# "has learned": an outlet telling its own news now, never an earlier report
CURRENT_NEWS = re.compile(r"\b(?:has|have)\s+learned\b", re.I)


@dataclass(frozen=True, slots=True)
class ReportCue:
    outlet: str
    start: int  # character offset where the citing clause begins
    end: int
    official: bool = False  # state media ("KCNA reported in May ..."): an earlier report only when dated


class ReferenceFinder:
    def __init__(self, profile: Profile) -> None:
        # state media cited for an earlier report ("KCNA reported in December that ...") count as outlets too
        self.official = {o.lower() for o in profile.sources.get("official_media", [])}
        outlets = sorted(
            [*profile.sources.get("outlets", []), *profile.sources.get("official_media", [])], key=len, reverse=True
        )
        names = "|".join(re.escape(o) for o in outlets)
        self.patterns = [
            re.compile(
                rf"\b(?P<outlet>{names})(?:'s)?(?:\s+\([^()]{{1,60}}\))?\s+"  # "RFA (quoting HRW) reported"
                rf"(?:has\s+|had\s+|also\s+|previously\s+|earlier\s+|first\s+)*"
                rf"(?:reported|revealed|disclosed|wrote|learned|confirmed)\b{LATER_WORD}",
                re.I,
            ),
            # "Daily NK, a Seoul-based online newspaper, reported this month that ..."
            re.compile(
                rf"\b(?P<outlet>{names}),\s+(?:an?|the)\s+[^,.;]{{3,60}},\s+(?:has\s+|had\s+|also\s+|earlier\s+)*"
                rf"(?:reported|revealed|disclosed|wrote)\b",
                re.I,
            ),
            re.compile(rf"\b(?:as|first)\s+reported\s+by\s+(?P<outlet>{names})\b", re.I),
            re.compile(
                rf"\b(?:an?|the)\s+(?:earlier|previous|prior|separate)\s+(?:report|article)\s+(?:by|from|in)\s+"
                rf"(?P<outlet>{names})\b",
                re.I,
            ),
            re.compile(
                rf"\b(?P<outlet>{names})(?:'s)?\s+(?:earlier|previous|prior)\s+(?:report|reporting|article)\b", re.I
            ),
            re.compile(rf"\bin\s+(?:an?\s+)?(?:earlier|previous)\s+report,?\s+(?P<outlet>{names})\b", re.I),
        ]

    def cues(self, sentence: str, offset: int) -> list[ReportCue]:
        """Outlet citations in a sentence (character offsets relative to the document)."""
        if not CITING_WORDS.search(sentence):
            return []  # every pattern needs one of these words: most sentences cite nothing
        found = []
        for pattern in self.patterns:
            for m in pattern.finditer(sentence):
                if CURRENT_NEWS.search(m.group(0)):
                    continue  # "Daily NK has learned that ...": how a report opens its own news, not a citation
                name = m.group("outlet")
                official = name.lower() in self.official
                found.append(ReportCue(_canonical(name), offset + m.start(), offset + m.end(), official))
        found.sort(key=lambda c: c.start)
        return found


_CANON = {
    "daily nk": "Daily NK", "nk daily": "Daily NK", "rfa": "Radio Free Asia", "radio free asia": "Radio Free Asia",
    "nk news": "NK News", "nk pro": "NK Pro", "yonhap": "Yonhap", "asiapress": "ASIAPRESS", "asia press": "ASIAPRESS",
    "afp": "AFP", "reuters": "Reuters", "upi": "UPI", "ap": "AP", "associated press": "AP", "kyodo": "Kyodo",
    "voa": "Voice of America", "voice of america": "Voice of America",
}  # fmt: skip


def _canonical(name: str) -> str:
    return _CANON.get(name.lower(), name)
