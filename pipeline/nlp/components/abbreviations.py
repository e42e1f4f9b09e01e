"""Acronym definitions found in the document, after Schwartz & Hearst (2003).

A. S. Schwartz and M. A. Hearst, "A simple algorithm for identifying abbreviation definitions in
biomedical text", Pacific Symposium on Biocomputing 2003. As in scispacy's
``AbbreviationDetector``: find "long form (SF)" and "SF (long form)" pairs; the short form is
1-10 characters, starts with an alphanumeric character and contains a letter; the long form is
the shortest run of at most ``min(|SF| + 5, 2 * |SF|)`` words before the parenthesis whose
characters, read right to left, contain every character of the short form in order, the first
character of the short form starting a word.

The result is written to ``doc._.sc_abbreviations`` as ``{short_form: long_form}``: the actor
component uses it to link "CNSA" to "China National Space Administration".
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.extensions import register_extensions

_PAREN = re.compile(r"\(([^()]{1,12})\)")
_WORD = re.compile(r"\S+")


def find_abbreviations(text: str) -> dict[str, str]:
    """All ``{short_form: long_form}`` definitions of the form "long form (SF)" in ``text``."""
    found: dict[str, str] = {}
    for m in _PAREN.finditer(text):
        short = m.group(1).strip()
        if not _is_short_form(short):
            continue
        before = text[max(0, m.start() - 300) : m.start()]
        # Only the current clause can hold the long form.
        before = re.split(r"[.;:!?\n(]\s", before)[-1]
        words = _WORD.findall(before)
        limit = min(len(short) + 5, 2 * len(short))
        long_form = best_long_form(short, words[-limit:])
        if long_form and short not in found:
            found[short] = long_form
    return found


def _is_short_form(candidate: str) -> bool:
    if not 2 <= len(candidate) <= 10 or " " in candidate.strip():
        return False
    if not candidate[0].isalnum() or not any(c.isalpha() for c in candidate):
        return False
    # Acronyms carry capitals ("CNSA", "MoU", "ILRS"); a plain lower-case word is a gloss.
    return sum(c.isupper() for c in candidate) >= 2 or candidate.isupper()


def best_long_form(short: str, words: list[str]) -> str | None:
    """Schwartz & Hearst's right-to-left character match of ``short`` against ``words``."""
    candidate = " ".join(words).strip(" ,\"'“”‘’")
    if not candidate:
        return None
    s_index = len(short) - 1
    l_index = len(candidate) - 1
    while s_index >= 0:
        c = short[s_index].lower()
        if not c.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (
            candidate[l_index].lower() != c
            or (s_index == 0 and l_index > 0 and candidate[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    start = candidate.rfind(" ", 0, l_index + 1) + 1
    long_form = candidate[start:].strip()
    if len(long_form.split()) < 2 or long_form.lower() == short.lower():
        return None
    return long_form


@Language.factory("spaceclaims_abbreviations", default_config={})
def make_abbreviation_detector(nlp: Language, name: str) -> AbbreviationDetector:
    return AbbreviationDetector()


class AbbreviationDetector:
    """Write the document's acronym definitions to ``doc._.sc_abbreviations``."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.sc_abbreviations = find_abbreviations(doc.text)
        return doc
