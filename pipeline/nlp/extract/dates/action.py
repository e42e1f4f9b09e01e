"""A UN draft's record of its own adoption, a source of ``document.document_date_evidence``.

A draft resolution or decision of a UN body (an "L." document: "A/C.1/81/L.14/Rev.1") prints
the day it was issued under its "Distr." line at the head, and the copy that circulates after
the vote carries the action taken on it at the foot: "At its 24th meeting, on 4 November 2026,
the Committee adopted draft resolution A/C.1/81/L.14/Rev.1 by a recorded vote of 161 to 4".
The guide dates such a text by the day of the vote, as a resolution is dated by its adoption
line and not by its "Distr." date (round 22). The record dates the text only when the draft
it adopts is the text's own, named by the symbol at its head: a committee's report lists the
adoption of several drafts, none of which is the report, and a resolution recalls drafts of
other years.
"""

from __future__ import annotations

import re

from pipeline.nlp.extract.dates.labels import _DMY, _MDY

#: The symbol of a UN draft: a body's prefix, its parts and the "L." number, perhaps revised,
#: added to or corrected ("A/C.1/81/L.14/Rev.1", "A/AC.105/L.330", "A/81/L.23/Add.1").
_DRAFT_SYMBOL = r"[A-Z]{1,3}(?:/[A-Za-z0-9.]+){0,4}?/L\.\d+(?:/(?:Rev|Add|Corr)\.\d*)*"
_SYMBOL_AT_HEAD = re.compile(rf"(?<![\w/])(?P<symbol>{_DRAFT_SYMBOL})(?![\w/])")
#: The revision, addendum or corrigendum part of a symbol: a revised draft is the same draft
#: (and a title may keep "Rev." without its number once the reader has joined the head's lines).
_REVISION = re.compile(r"(?:/(?:Rev|Add|Corr)\.\d*)+$")
#: The record of the action taken: "on <date>, the <body> adopted (the revised) draft
#: resolution / decision <symbol>", the body named by a word UN bodies take ("Committee",
#: "General Assembly", "Council", "Commission", "Conference", "Subcommittee").
_ACTION_RECORD = re.compile(
    rf"\bon\s+(?P<date>{_DMY}|{_MDY}),?\s+the\s+(?:[A-Z][\w-]*\s+){{0,4}}?"
    r"(?:Committee|Assembly|Council|Commission|Conference|Subcommittee)"
    # the rest of a body's name: "the Committee on the Peaceful Uses of Outer Space"
    r"(?:\s+(?:on|of|for)(?:\s+(?:the|and|of|on|for|[A-Z][\w-]*)){1,8}?)?\s+adopted\s+"
    r"(?:the\s+)?(?:revised\s+|amended\s+|oral\s+)?draft\s+(?:resolution|decision)\s+"
    rf"(?P<symbol>{_DRAFT_SYMBOL})(?![\w/]|\.\w)"
)


def _draft(symbol: str) -> str:
    """The symbol of the draft without its revision, addendum or corrigendum."""
    return _REVISION.sub("", symbol)


def action_record_date(head: str, text: str, title: str = "") -> str | None:
    """The day of the record that the text's own draft was adopted (``_ACTION_RECORD``, whose
    draft is the first draft symbol of ``title`` or of the first 600 characters of ``head``,
    revisions aside), else None."""
    first = _ACTION_RECORD.search(head[:600])
    # the head's symbol, not the one the record itself names
    own = _SYMBOL_AT_HEAD.search(title) or _SYMBOL_AT_HEAD.search(
        head[: first.start() if first else 600]
    )
    if own is None:
        return None
    for m in _ACTION_RECORD.finditer(text):
        if _draft(m["symbol"]) == _draft(own["symbol"]):
            return m["date"]
    return None


__all__ = ["action_record_date"]
