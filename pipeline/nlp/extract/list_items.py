"""Items of a list that continue a cooperation lead-in carry its claim (issue 12, seventeenth
round).

Agreements, memoranda, protocols, joint communiqués and fact sheets list the fields or acts of
their cooperation under a lead-in that ends with a colon ("The Parties shall cooperate in the
following areas:", "Cooperation under this Memorandum may include:", "The two sides agreed on
the following activities:"), then one item a line: "space weather and the study of the
ionosphere;", "the exchange of engineers for up to a year;", "Joint training of analysts
(2027)." An item is the rest of its lead-in's sentence: what it claims is the lead-in's claim
with the item's content (annotation guide: "the items of a lead-in 'The Parties shall cooperate
in the following areas:' are the Parties' acts"). The masked TF-IDF heads read each item alone,
and an item names a field of science or a piece of hardware with no word of acting together, so
they call it neutral, and the relation gate, seeing no side and no relation word, caps it too
(blind dev: 13 such items called neutral in 7 documents of agreements and statements).

The rule: a line that ends with a colon, names cooperation (cooperate, cooperation,
collaborate, partnership, joint, together) and whose cooperation head is over its threshold
opens a list; each following sentence that is an item (see :func:`is_list_item`) gets at least the
lead-in's cooperation head, until the first sentence that is not an item. An item is a line
without its own predicate: it opens in lower case (after an optional list marker: "-", "*", "•",
"(a)", "(iv)", "3.", "b)"), or it has no finite verb or modal (a noun phrase or a gerund:
"Feasibility study of a joint satellite.", "- Signing a memorandum with Poland"). An item with
its own subject and finite verb ("The Office provides three services: ...", "(a) Strategic
partners take part in ...") is a sentence of its own and keeps its own heads, and so does an
item that is only names (a list of partners: "Canada;", "the European Space Agency (ESA);", a
crew list's "<name> – <mission> (1991) <country>"): a bare name is no claim. The enacting formula of an instrument ("have agreed as follows:") is
raised to cooperation by :mod:`pipeline.classify.instrument_lines`, but what follows it is the
articles, not items of a cooperation, so it opens no list. A lead-in whose only link to another body is a
duty done "in consultation with" or "in coordination with" it ("The Secretary, in consultation
with the Administrator, shall:") opens no list: its items are one body's duties (real dev: an
executive order's items, neutral). The competition head is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from spacy.tokens import Span

from pipeline.classify.instrument_lines import is_enacting_formula

#: A list marker at the start of a line: a bullet, a dash, "(a)", "(iv)", "3.", "b)".
_MARKER = re.compile(r"^\s*(?:[-–—•*·▪]+\s*|\(?(?:[a-z]{1,2}|[ivxlc]{1,5}|\d{1,2})[.)]\s+)")
#: A word that names cooperation as what the list holds ("cooperate in the following areas:",
#: "Cooperation under this Memorandum may include:", "joint activities such as:"); a duty done
#: "in consultation with" or "in coordination with" another body is procedure, and its items
#: are one body's duties.
_COOPERATION = re.compile(
    r"\b(?:co-?operat\w*|collaborat\w*|partnerships?|joint(?:ly)?|together)\b", re.IGNORECASE
)
#: Tags of a finite verb or a modal (Penn tags: past, present, modal).
_FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})


def _words(sent: Span) -> list:
    return [t for t in sent if t.is_alpha]


def opens_list(sent: Span) -> bool:
    """Whether ``sent`` is a lead-in line: it ends with a colon and is no enacting formula."""
    text = sent.text.strip()
    return text.endswith(":") and not is_enacting_formula(text)


def names_cooperation(sent: Span) -> bool:
    """Whether the lead-in ``sent`` names cooperation as what its list holds."""
    return bool(_COOPERATION.search(sent.text))


def is_list_item(sent: Span) -> bool:
    """Whether ``sent`` is an item that continues a lead-in (no predicate of its own, not only
    names): see the module docstring."""
    text = sent.text.strip()
    if not text or text.endswith(":"):
        return False
    words = _words(sent)
    if not words:
        return False
    rest = _MARKER.sub("", text, count=1)
    first = next((c for c in rest if c.isalpha()), "")
    lower_start = first.islower()
    finite = any(t.tag_ in _FINITE for t in sent)
    if not lower_start and finite:
        return False
    # A line of names only (a list of partners) is no claim.
    actors = sent.doc.spans.get("actors", ())
    named = {i for span in (*actors, *sent.ents) for i in range(span.start, span.end)}
    content = [t for t in words if not t.is_stop]
    return not content or not all(t.i in named or t.pos_ == "PROPN" for t in content)


def continue_lead_ins(
    sents: Sequence[Span], probs: np.ndarray, threshold_cooperation: float
) -> np.ndarray:
    """Head probabilities (n, 2) of the consecutive sentences ``sents`` of one document: each
    item of a list under a lead-in whose cooperation head reaches ``threshold_cooperation``
    gets at least the lead-in's cooperation head."""
    probs = np.asarray(probs, dtype=float)
    out = probs.copy()
    lead: float | None = None
    for i, sent in enumerate(sents):
        if opens_list(sent):
            over = out[i, 0] >= threshold_cooperation
            lead = float(out[i, 0]) if over and names_cooperation(sent) else None
            continue
        if lead is None:
            continue
        if is_list_item(sent):
            out[i, 0] = max(out[i, 0], lead)
        else:
            lead = None
    return out


__all__ = ["continue_lead_ins", "is_list_item", "names_cooperation", "opens_list"]
