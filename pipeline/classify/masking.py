"""Entity masking: the classifier reads what is claimed, not who claims it.

A model trained on sentences that name China in competition claims and Japan in cooperation
claims learns the names, and then labels a real sentence by who is in it. With masking, every
actor mention is replaced by a placeholder of its type and every date by one placeholder
before the sentence is featurised ("entcountry and entagency signed an agreement in entdate"),
so that swapping the countries of a sentence cannot change its label.

The mentions come from the spaCy pipeline's actor and date spans
(``pipeline.nlp.masking``); this module only applies them, so that the classifier stays a
function of text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from pipeline.schema import ACTOR_TYPES

#: Placeholder of each mention type: one lower-case word that never occurs in prose.
PLACEHOLDERS = {kind: f"ent{kind}" for kind in (*ACTOR_TYPES, "date")}
#: Turns raw sentences into the masked form a masking model reads (``pipeline.nlp.masking``).
TextPreparer = Callable[[Sequence[str]], list[str]]


def mask_spans(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, kind)`` span replaced by the placeholder of ``kind``.

    Overlapping spans keep the one that starts first (the longer one on a tie); an unknown
    kind is masked as an organisation.
    """
    out, pos = [], 0
    for start, end, kind in sorted(spans, key=lambda s: (s[0], s[0] - s[1])):
        if start < pos or start >= end:
            continue
        out.append(text[pos:start])
        out.append(PLACEHOLDERS.get(kind, PLACEHOLDERS["organization"]))
        pos = end
    out.append(text[pos:])
    return "".join(out)
