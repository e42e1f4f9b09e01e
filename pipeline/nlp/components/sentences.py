"""Sentence boundaries for scholarly and legal prose.

spaCy's statistical ``senter`` is fast but splits after abbreviations common in papers and
treaties ("Art. 5", "Fig. 2", "et al.", "No. 12", "pp. 3-9") and knows nothing of the
paragraphs ingestion found. This component runs after it and corrects it:

- every block (paragraph) starts a sentence, and no sentence crosses a block boundary;
- no sentence starts right after a known abbreviation, inside brackets, or on a closing
  quotation mark or citation bracket that belongs to the previous sentence.
"""

from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.extensions import register_extensions

#: Abbreviations after which a sentence never ends (lower-cased, with their period).
DEFAULT_ABBREVIATIONS = [
    "e.g.", "i.e.", "cf.", "al.", "etc.", "vs.", "viz.", "approx.", "ca.", "resp.",
    "art.", "arts.", "fig.", "figs.", "no.", "nos.", "vol.", "vols.", "pp.", "p.", "para.",
    "paras.", "sec.", "secs.", "ch.", "chap.", "eq.", "ed.", "eds.", "op.", "cit.", "ibid.",
    "dr.", "mr.", "mrs.", "ms.", "prof.", "gen.", "col.", "lt.", "sen.", "rep.", "gov.",
    "amb.", "hon.", "st.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
    "sept.", "oct.", "nov.", "dec.", "inc.", "ltd.", "co.", "corp.", "dept.", "univ.",
    "u.s.", "u.k.", "u.n.", "u.s.s.r.", "p.r.c.", "n.", "nn.", "cl.", "subpara.", "reg.",
]  # fmt: skip


@Language.factory(
    "spaceclaims_sentences",
    default_config={"abbreviations": DEFAULT_ABBREVIATIONS},
)
def make_sentence_fixer(nlp: Language, name: str, abbreviations: list[str]) -> SentenceFixer:
    return SentenceFixer(nlp, abbreviations=abbreviations)


_OPEN = {"(": ")", "[": "]"}
_CLOSERS = {")", "]", "”", "’", '"', "'"}


class SentenceFixer:
    """Correct sentence starts set by ``senter`` (see module docstring)."""

    def __init__(self, nlp: Language, *, abbreviations: list[str]) -> None:
        register_extensions()
        self.abbreviations = {a.lower() for a in abbreviations}
        self.max_bracket_tokens = 60
        # Make each abbreviation one token so "Art." is not split into "Art" + ".".
        for abbr in abbreviations:
            for form in {abbr, abbr.capitalize(), abbr.upper()}:
                if not any(ch.isspace() for ch in form):
                    nlp.tokenizer.add_special_case(form, [{"ORTH": form}])

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        blocks = doc._.sc_blocks or [(0, len(doc.text))]
        starts = [s for s, _ in blocks]
        depth = 0
        opened_at = 0
        prev_block = -1
        for i, token in enumerate(doc):
            block = bisect.bisect_right(starts, token.idx) - 1
            if token.is_space:
                if i > 0:
                    token.is_sent_start = False
                continue
            if block != prev_block:
                token.is_sent_start = True
                prev_block = block
                depth = 0
                continue
            if i == 0:
                continue
            prev = doc[i - 1]
            # Brackets: no boundary inside "( ... )" or "[ ... ]" (citations, enumerations).
            if (
                depth > 0
                or prev.lower_ in self.abbreviations
                or token.text in _CLOSERS
                or prev.text.endswith(".")
                and len(prev.text) > 1
                and token.is_digit
            ):
                token.is_sent_start = False
            elif token.is_sent_start and not _ends_sentence(doc, i - 1):
                # senter sometimes starts a sentence mid-clause ("continued [14]."); within a
                # paragraph a sentence only starts after terminal punctuation.
                token.is_sent_start = False
            if depth > 0 and i - opened_at > self.max_bracket_tokens:
                depth = 0  # an unbalanced bracket must not swallow the paragraph
            if token.text in _OPEN:
                depth += 1
                opened_at = i
            elif token.text in _OPEN.values() and depth > 0:
                depth -= 1
        return doc


_TERMINAL = (".", "!", "?", "\u2026")


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` can end a sentence: terminal punctuation, possibly followed by a
    closing quote or bracket ("... end.\u201d", "... end.)")."""
    token = doc[i]
    if token.text.endswith(_TERMINAL):
        return True
    return token.text in _CLOSERS and i > 0 and doc[i - 1].text.endswith(_TERMINAL)
