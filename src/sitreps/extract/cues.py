"""Word patterns the pipeline's stages share: adverbs of frequency, accidents, incursions, executions, datelines,
deadlines, orders, capitals that speak for their governments."""

from __future__ import annotations

import re

from sitreps.model import Place

# adverbs of frequency: what people "often" do, or "rarely" do, is a habit, not an incident
FREQUENCY_ADVERBS = {"often", "usually", "routinely", "frequently", "typically", "generally", "regularly", "commonly",
                     "always", "habitually", "normally", "customarily", "repeatedly"}  # fmt: skip
SELDOM_ADVERBS = {"rarely", "seldom", "sometimes", "occasionally", "hardly"}

ACCIDENT = re.compile(
    r"\b(?:flood(?:s|ing)?|landmine|mine exploded|explosion|plunged|crash(?:ed)?|accident|avalanche|typhoon|"
    r"landslide|drown(?:ed)?|collapsed|overturned|rolled (?:over|down)|electric shock|electrocuted|went off|"
    r"high-voltage)\b",
    re.I,
)
INCURSION = re.compile(
    r"\b(?:withdrew|withdrawn|retreated|went back|turned back|pulled back|moved back)\b[^.;]{0,25}\b(?:north|across|"
    r"to the north|to their side|over the line|after (?:warning|the warning))|\bby (?:mistake|accident)\b|"
    r"\b(?:accidentally|mistakenly|inadvertently)\b",
    re.I,
)
EXECUTION_CONTEXT = re.compile(r"\b(?:verdict|trial|execut\w*|firing squad|sentenced to death|death sentence)\b", re.I)
DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)?,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)?\s*"
    r"\((?:[A-Z][A-Za-z.]*\s?){1,3}\)\s*[-–—]{1,2}\s*"
)
DEADLINE = re.compile(
    r"\b(?:from|by|before|until|till|through|starting|beginning|within|than)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I
)
ORDER_LEMMAS = {"order", "instruct", "direct", "command", "tell", "urge", "call", "demand", "orders", "instruction",
                "directive", "decree"}  # fmt: skip
CAPITALS = {"pyongyang", "seoul", "beijing", "washington", "tokyo", "moscow"}
# verbs whose object is a government when it is a capital ("urged Beijing", "asked Pyongyang")
# what a government utters or exerts ("threats from Pyongyang", "pressure from Beijing")
VOICE = {"threat", "warning", "pressure", "demand", "request", "message", "statement", "criticism", "protest",
         "rhetoric", "propaganda", "signal", "complaint", "response", "reaction", "provocation"}  # fmt: skip
ADDRESSING = {"ask", "urge", "tell", "warn", "press", "pressure", "demand", "request", "notify", "inform", "criticize",
              "criticise", "condemn", "blame"}  # fmt: skip
BASED = re.compile(r"\s*[-‐]\s*based\b", re.I)


def names_a_base(text: str, place: Place) -> bool:
    """ "a Seoul-based group": the place says who someone is, not where something happened."""
    if place.span is None:
        return False
    written = text[place.span.start : place.span.end].lower()
    return written.endswith("based") or BASED.match(text, place.span.end) is not None


HEALTH_CAUSE = re.compile(
    r"^\w+(?: from (?:the|his|her) (?:military|army|unit|service))? (?:due to|because of|owing to|for) "
    r"(?:an? |his |her |poor |ill )?(?:\w+ )?(?:ailment|illness|sickness|disease|malnutrition|injury|injuries|health|"
    r"tuberculosis|disability)",
    re.I,
)
