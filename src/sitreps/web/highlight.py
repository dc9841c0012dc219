"""Report text as HTML with the spans of an event's fields marked, every character escaped.

The spans come from the stored canonical records (character offsets into the document's
cleaned text). Marks nest: the evidence sentence holds the date, place, actors and sources
found in it; a span that crosses the end of the mark it starts in is cut there, so the HTML
stays well formed whatever offsets a record carries. Spans outside the text are dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from markupsafe import Markup, escape

FIELD_SPANS = ("date", "location")
"""Fields of an event record with one span each; actors, targets and sources have one per item."""


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str  # a CSS class suffix: evidence, date, location, actor, target, source
    anchor: str | None = None  # an element id, for links from the event's fields
    title: str | None = None


def _span(value: Any) -> tuple[int, int] | None:
    if isinstance(value, dict) and isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
        return value["start"], value["end"]
    return None


def record_marks(record: dict[str, Any], prefix: str) -> list[Mark]:
    """The marks of one stored record: its evidence sentence and each field's span.

    Anchors are `{prefix}-evidence`, `{prefix}-date`, `{prefix}-location`, `{prefix}-actor-N`,
    `{prefix}-target-N`, `{prefix}-source-N`.
    """
    marks: list[Mark] = []
    evidence = record.get("evidence") or {}
    if span := _span(evidence.get("span")):
        marks.append(Mark(*span, "evidence", f"{prefix}-evidence", "the sentence that states the event"))
    for name in FIELD_SPANS:
        field = record.get(name) or {}
        if span := _span(field.get("span")):
            marks.append(Mark(*span, name, f"{prefix}-{name}", name))
    for plural, kind in (("actors", "actor"), ("targets", "target"), ("sources", "source")):
        for n, item in enumerate(record.get(plural) or []):
            if span := _span(item.get("span")):
                marks.append(Mark(*span, kind, f"{prefix}-{kind}-{n}", kind))
    return marks


def _events(text: str, marks: Iterable[Mark]) -> Iterator[tuple[int, str, Mark | None]]:
    """(position, "open" | "close", mark) in document order, nesting kept by clipping."""
    ordered = sorted((m for m in marks if 0 <= m.start < m.end <= len(text)), key=lambda m: (m.start, -m.end))
    stack: list[Mark] = []
    for mark in ordered:
        while stack and stack[-1].end <= mark.start:
            closed = stack.pop()
            yield closed.end, "close", closed
        if stack:
            mark = replace(mark, end=min(mark.end, stack[-1].end))
        stack.append(mark)
        yield mark.start, "open", mark
    while stack:
        closed = stack.pop()
        yield closed.end, "close", closed


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """`text` as escaped HTML with each mark a `<mark class="hl hl-KIND" id=ANCHOR>` element."""
    parts: list[str] = []
    position = 0
    seen: set[str] = set()
    for at, what, mark in _events(text, marks):
        parts.append(str(escape(text[position:at])))
        position = at
        assert mark is not None
        if what == "close":
            parts.append("</mark>")
            continue
        attrs = f' class="hl hl-{escape(mark.kind)}"'
        if mark.anchor and mark.anchor not in seen:
            seen.add(mark.anchor)
            attrs += f' id="{escape(mark.anchor)}"'
        if mark.title:
            attrs += f' title="{escape(mark.title)}"'
        parts.append(f"<mark{attrs}>")
    parts.append(str(escape(text[position:])))
    return Markup("".join(parts))
