"""Sentence boundaries for scholarly and legal prose.

spaCy's statistical ``senter`` is fast but splits after abbreviations common in papers and
treaties ("Art. 5", "Fig. 2", "et al.", "No. 12", "pp. 3-9") and knows nothing of the
paragraphs ingestion found. This component runs after it and corrects it:

- every block (paragraph) starts a sentence, and no sentence crosses a block boundary;
- no sentence starts right after a known abbreviation, inside brackets, or on a closing
  quotation mark or citation bracket that belongs to the previous sentence, nor in lower case
  after an ellipsis;
- a sentence does start on an opening quotation mark after a sentence end (a straight ``"`` is
  opening when space precedes it and a word follows), and after an abbreviation that can end a
  sentence ("etc.", and "Inc.", "Ltd.", "U.S." before a capitalised function word: "... in the
  U.S. The ...").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

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


#: Abbreviations that also end sentences: a capitalised word after "etc." starts a sentence.
DEFAULT_FINAL_ABBREVIATIONS = ["etc."]
#: Abbreviations that end a sentence when a capitalised function word follows ("... Ltd. The").
DEFAULT_NAME_FINAL_ABBREVIATIONS = [
    "inc.", "ltd.", "co.", "corp.", "jr.", "sr.", "u.s.", "u.k.", "u.n.", "u.s.s.r.", "p.r.c.",
]  # fmt: skip


@Language.factory(
    "spaceclaims_sentences",
    default_config={
        "abbreviations": DEFAULT_ABBREVIATIONS,
        "final_abbreviations": DEFAULT_FINAL_ABBREVIATIONS,
        "name_final_abbreviations": DEFAULT_NAME_FINAL_ABBREVIATIONS,
    },
)
def make_sentence_fixer(
    nlp: Language,
    name: str,
    abbreviations: list[str],
    final_abbreviations: list[str],
    name_final_abbreviations: list[str],
) -> SentenceFixer:
    return SentenceFixer(
        nlp,
        abbreviations=abbreviations,
        final_abbreviations=final_abbreviations,
        name_final_abbreviations=name_final_abbreviations,
    )


_OPEN = {"(": ")", "[": "]"}
_CLOSERS = {")", "]", "”", "’", '"', "'"}


class SentenceFixer:
    """Correct sentence starts set by ``senter`` (see module docstring)."""

    def __init__(
        self,
        nlp: Language,
        *,
        abbreviations: list[str],
        final_abbreviations: Sequence[str] = (),
        name_final_abbreviations: Sequence[str] = (),
    ) -> None:
        register_extensions()
        self.abbreviations = {a.lower() for a in abbreviations}
        self.final = {a.lower() for a in final_abbreviations}
        self.name_final = {a.lower() for a in name_final_abbreviations}
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
                depth == 0
                and self._abbreviation_ends_sentence(prev, token)
                or depth == 0
                and _opening_quote(doc, i)
                and _ends_sentence(doc, i - 1, split=True)
            ):
                token.is_sent_start = True
            elif (
                depth > 0
                or prev.lower_ in self.abbreviations
                or (token.text in _CLOSERS and not _opening_quote(doc, i))
                or prev.text.endswith(".")
                and len(prev.text) > 1
                and token.is_digit
                or prev.text.endswith(("…", "..."))
                and token.text[:1].islower()
            ):
                token.is_sent_start = False
            elif token.is_sent_start and not _ends_sentence(doc, i - 1):
                # senter sometimes starts a sentence mid-clause ("continued [14]."); within a
                # paragraph a sentence only starts after terminal punctuation.
                token.is_sent_start = False
            if depth > 0 and i - opened_at > self.max_bracket_tokens:
                depth = 0  # an unbalanced bracket must not swallow the paragraph
            # Count brackets by character: the tokenizer leaves some glued to words, as in
            # "(HAL)-manufactured" or "(LPSC).At", and a missed closer would hold the depth.
            opens = token.text.count("(") + token.text.count("[")
            closes = token.text.count(")") + token.text.count("]")
            if opens > closes:
                opened_at = i
            depth = max(0, depth + opens - closes)
        return doc

    def _abbreviation_ends_sentence(self, prev, token) -> bool:
        """Whether ``token`` starts a sentence after an abbreviation ending the previous one."""
        if not token.text[:1].isupper() or not prev.whitespace_:
            return False
        if prev.lower_ in self.final:
            return True
        return prev.lower_ in self.name_final and token.lower_ in _SENTENCE_OPENERS


_TERMINAL = (".", "!", "?", "\u2026")
#: Words that start a sentence, never continue a name: after "U.S." or "Ltd." they mean the
#: abbreviation ended the sentence.
_SENTENCE_OPENERS = frozenset(
    [
        "the",
        "this",
        "these",
        "those",
        "it",
        "its",
        "they",
        "he",
        "she",
        "we",
        "there",
        "however",
        "but",
    ]
)


def _opening_quote(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a quotation: a curly opening quote, or a straight one with space
    before it and a word right after it."""
    token = doc[i]
    if token.text in ("“", "‘"):
        return True
    if token.text not in ('"', "'") or i == 0 or not doc[i - 1].whitespace_:
        return False
    return i + 1 < len(doc) and not token.whitespace_ and doc[i + 1].text[:1].isalnum()


def _ends_sentence(doc: Doc, i: int, *, split: bool = False) -> bool:
    """Whether token ``i`` can end a sentence: terminal punctuation, possibly followed by a
    closing quote or bracket ("... end.\u201d", "... end.)"). With ``split``, only terminal
    punctuation the tokenizer split from its word: not an initial or abbreviation ("J.")."""
    token = doc[i]
    ends = (lambda t: t in _TERMINAL) if split else (lambda t: t.endswith(_TERMINAL))
    if ends(token.text):
        return True
    return token.text in _CLOSERS and i > 0 and ends(doc[i - 1].text)
