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
  sentence ("etc.", and "Inc.", "Ltd.", "U.S.", "et al." before a capitalised function word:
  "... in the U.S. The ...");
- a sentence starts on a capitalised function word that never continues a name ("The", "We",
  "However", "In") after a period that ends a word, a symbol or a single letter: "... in
  section 4. Finally", "... for different L. We", "... of tB. For" (``senter`` often misses
  these in scientific prose). A name's initial is followed by a name, not by such a word; the
  few such words that are also surnames ("He", "An") do not count after a capital initial
  ("K. He"); after a one-letter abbreviation ("n.", "p.") such a word means the letter was a
  variable ("... for every n. The"); the imperatives and participles that open a step of an
  argument ("Note", "Let", "Following") count too, but not after a label's letter ("Guideline
  C. Consider");
- after a symbol that is never an initial or an abbreviation (a lower-case letter other than
  "v.", a word with a Greek letter or a mathematical sign, a word that starts in lower case and
  has a capital: "δE", "10^9 y", "keV"), any capitalised word starts a sentence ("... the
  offset δE. Figure 3 ..."), and so does it after a capital letter that the document uses as
  a symbol elsewhere (standing alone after a lower-case word, with no period or name after it:
  "between A and B", "N = 10") or that is coordinated with one ("A and B."), when no capitalised
  word comes before the letter and the tagger does not read the next word as a proper noun
  ("Smith and B. Jones", "George W. Bush", "by A. Lee" stay whole), and after a
  number that is no label ("... in Fig. 2. Smaller", not "Section 2. Purposes");
- an opening bracket that is still open 20 tokens on, at such a sentence end, lost its closer
  in text extraction: the sentence ends there all the same;
- no sentence is only an enumeration label ("1.", "III.", "4.2.", "(a)"): the label opens the
  sentence that follows it;
- a period, comma, colon or semicolon never starts a sentence, and neither does a lower-case
  word after a spaced ellipsis (". . ."), with or without a closing quotation mark after it.
- a lower-case function word ("and", "of", "the") never starts a sentence after a period: the
  period is an abbreviation's or the text lost a word ("... the laboratory. and in 1932 ...");
- a dash after a question or exclamation mark, with a lower-case word after it, does not start
  a sentence: the question stood between dashes ("... trust \u2014 is it not? \u2014 and ...");
  nor does a lower-case word after an exclamation mark glued to a capitalised word, which is
  part of a name ("... through the Ascend! programme");
- a picture's credit line ("Image credit:", "Credit:", "Photo courtesy of") starts a sentence
  after any period, an abbreviation's too ("... in Washington, D.C. Image credit: ...").

Ingestion joins a block that continues the unfinished sentence of the block before it
(:func:`pipeline.ingest.textclean.merge_continued_blocks`), so a paragraph the layout cut at a
page or column break is one block again.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.data.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from pipeline.nlp.extensions import register_extensions

#: Abbreviations after which a sentence never ends (lower-cased, with their period). Also a
#: statute's "et seq." before its bracket or a lower-case word, a currency's "Rs." before its
#: amount, an engineer's title "Engr." / "Eng." before a name, and "Ma." (María) in Filipino
#: given names ("Dr. Ma. Teresa Cruz"); "seq." and "ma." still end a sentence before a
#: capitalised function word (:data:`DEFAULT_NAME_FINAL_ABBREVIATIONS`). "Res." is a US
#: resolution's designation before its number ("H. Res. 1102"), and "Con." a concurrent one's
#: ("S. Con. Res. 12").
DEFAULT_ABBREVIATIONS = [
    "e.g.", "i.e.", "cf.", "al.", "etc.", "vs.", "viz.", "approx.", "ca.", "resp.",
    "art.", "arts.", "fig.", "figs.", "no.", "nos.", "vol.", "vols.", "pp.", "p.", "para.",
    "paras.", "sec.", "secs.", "ch.", "chap.", "eq.", "ed.", "eds.", "op.", "cit.", "ibid.",
    "dr.", "mr.", "mrs.", "ms.", "prof.", "gen.", "col.", "lt.", "sen.", "rep.", "gov.",
    "amb.", "hon.", "st.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
    "sept.", "oct.", "nov.", "dec.", "inc.", "ltd.", "co.", "corp.", "dept.", "univ.",
    "u.s.", "u.k.", "u.n.", "u.s.s.r.", "p.r.c.", "n.", "nn.", "cl.", "subpara.", "reg.",
    "ref.", "refs.", "eqs.", "sect.", "sects.", "tab.", "suppl.", "thm.", "lem.", "esp.", "incl.",
    "fn.", "pg.", "pub.", "seq.", "rs.", "engr.", "eng.", "ma.", "res.", "con.",
]  # fmt: skip


#: Abbreviations that also end sentences: a capitalised word after "etc." starts a sentence.
DEFAULT_FINAL_ABBREVIATIONS = ["etc."]
#: Abbreviations that end a sentence when a capitalised function word follows ("... Ltd. The"),
#: and "no." and "ma." (María abbreviated before a name), which are also words ('He said no.
#: The ...', '... his ma. She ...').
DEFAULT_NAME_FINAL_ABBREVIATIONS = [
    "inc.", "ltd.", "co.", "corp.", "jr.", "sr.", "u.s.", "u.k.", "u.n.", "u.s.s.r.", "p.r.c.",
    "al.", "no.", "seq.", "ma.",
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
        self.long_bracket_tokens = 20
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
        sent_start = 0  # index of the first token of the current sentence
        symbols = _symbol_letters(doc)
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
                sent_start = i
                continue
            if i == 0:
                continue
            prev = doc[i - 1]
            # Brackets: no boundary inside "( ... )" or "[ ... ]" (citations, enumerations).
            if depth == 0 and (
                _credit_line(doc, i)
                or _clock_place_or_date_ends_sentence(doc, i)
                or self._abbreviation_ends_sentence(prev, token)
                or _opening_quote(doc, i)
                and _ends_sentence(doc, i - 1, split=True)
                or self._period_ends_sentence(doc, i, sent_start, symbols)
            ):
                token.is_sent_start = True
            elif (
                depth > 0
                and i - opened_at > self.long_bracket_tokens
                and self._period_ends_sentence(doc, i, sent_start, symbols)
            ):
                # A bracket left open long before a sentence end ("(Refs. 17 and 20 show
                # ... properties. We ...") was never closed: text extraction lost its closer.
                token.is_sent_start = True
                depth = 0
            elif (
                depth > 0
                or prev.lower_ in self.abbreviations
                or (token.text in _CLOSERS and not _opening_quote(doc, i))
                or prev.text.endswith(".")
                and len(prev.text) > 1
                and token.is_digit
                or _after_ellipsis(doc, i)
                and token.text[:1].islower()
                or _PUNCTUATION_ONLY.match(token.text)
                or _LABEL.match(doc[sent_start:i].text)
                or _dash_goes_on(doc, i)
                or _exclaimed_name(doc, i)
                or _time_goes_on(doc, i)
                or token.text in _LOWER_CONTINUATIONS
                and prev.text.endswith(".")
                and not prev.text.endswith("..")
            ):
                token.is_sent_start = False
            elif token.is_sent_start and not _ends_sentence(doc, i - 1):
                # senter sometimes starts a sentence mid-clause ("continued [14]."); within a
                # paragraph a sentence only starts after terminal punctuation.
                token.is_sent_start = False
            if token.is_sent_start:
                sent_start = i
            if depth > 0 and i - opened_at > self.max_bracket_tokens:
                depth = 0  # an unbalanced bracket must not swallow the paragraph
            # Count brackets by character: the tokenizer leaves some glued to words, as in
            # "(HAL)-manufactured" or "(LPSC).At", and a missed closer would hold the depth.
            opens = token.text.count("(") + token.text.count("[")
            closes = token.text.count(")") + token.text.count("]")
            if opens > closes and depth == 0:
                opened_at = i  # the outermost bracket: a nested one closes before it
            depth = max(0, depth + opens - closes)
        return doc

    def _period_ends_sentence(
        self, doc: Doc, i: int, sent_start: int, symbols: frozenset[str] = frozenset()
    ) -> bool:
        """Whether token ``i``, a capitalised function word that never continues a name, starts a
        sentence after a period that ends a word: "in section 4. Finally", "for different L. We",
        "of tB. For". Any capitalised word does after a symbol that is never an initial or an
        abbreviation ("the shift δE. Figure 2", "per unit time t. Section 4"), after a capital
        letter that ``symbols`` holds and a word that is not capitalised ("between A and B.
        Different"), and after a number that is no label ("shown in Fig. 2. Smaller"). Not after
        a known abbreviation, an ellipsis, or a sentence that is only a label ("4. The ...")."""
        token, prev = doc[i], doc[i - 1]
        word = token.text
        if word != word.capitalize() or not prev.whitespace_:
            return False
        if not _opener(token, _OPENERS):
            if _WORD.match(word) is None or not prev.text.endswith(".") or i - 1 <= sent_start:
                return False
            if prev.text != ".":
                glued = _glued_word(doc, i - 1)
                if _never_initial(glued[:-1]):
                    # "1/N." is a symbol even though "n." is an abbreviation
                    return prev.lower_ not in self.abbreviations or glued != prev.text
                # a capital letter used as a symbol elsewhere, after a word that is no name:
                # "between A and B. Different", not "Smith and B. Jones" nor "George W. Bush"
                letter = prev.text[:-1]
                return (
                    (
                        letter in symbols
                        # coordinated with a symbol: "A and B.", "x, y and Z."
                        or doc[i - 2].text in ("and", "or", ",")
                        and i >= 3
                        and (doc[i - 3].text in symbols or _never_initial(doc[i - 3].text))
                    )
                    and len(letter) == 1
                    and letter.isupper()
                    and glued == prev.text
                    # the tagger reads a surname after an initial as a proper noun: "with
                    # L. Mahadevan" stays whole, "with L. Larger" does not
                    and token.tag_ not in ("NNP", "NNPS", "")
                    and not doc[i - 2].text[:1].isupper()
                    and not doc[i - 2].text.endswith(".")
                )
            if i < 3 or doc[i - 2].whitespace_ or i - 2 <= sent_start:
                return False
            stem = _glued_word(doc, i - 2)
            if stem.isdigit():
                # "shown in Fig. 2. Smaller": a number ends the sentence; not a label's number
                # ("Section 2. Purposes", "Article 5. Definitions")
                return not self._after_label(doc, i - 1, sent_start) or doc[i - 3].text.endswith(
                    "."
                )
            return _never_initial(stem)
        if prev.text in _CLOSERS and i >= 3 and i - 2 > sent_start:
            # a period inside a closing quotation mark or bracket: 'replied "No." The ...'
            return doc[i - 2].text.endswith(".") and not doc[i - 2].text.endswith("..")
        if (
            not prev.text.endswith(".")
            or prev.text.endswith("..")
            or prev.lower_ in self.abbreviations
            # a one-letter abbreviation ("n." a note, "p." a page) comes before a number; before
            # a capitalised function word the letter is a variable ("... over 1, ..., N. The")
            and len(prev.text) > 2
        ):
            return False
        if word.lower() in _STEP_OPENERS and self._after_label(doc, i - 1, sent_start):
            return False  # "Theorem 7. Assume ...", "Guideline C. Consider ...": a label
        if prev.text == ".":  # the tokenizer split the period from the word it ends
            before = doc[i - 2] if i >= 2 else None
            return (
                before is not None
                and i - 2 > sent_start
                and not before.whitespace_
                and before.lower_ + "." not in self.abbreviations
                and not before.text.endswith((".", "…"))
            )
        # A word the tokenizer kept with its period: a single letter ("L.", "c."), a symbol
        # ("tB.", "δE."), or an abbreviation spaCy knows ("Calif.", "a.m.", "D.C.").
        if i - 1 <= sent_start:
            return False  # "Q. The ..." opens a transcript's question
        stem = prev.text[:-1]
        # "K. He", "L. An": an initial and a surname
        return not (len(stem) == 1 and stem.isupper() and word.lower() in _SURNAME_OPENERS)

    @staticmethod
    def _after_label(doc: Doc, j: int, sent_start: int) -> bool:
        """Whether the period at token ``j`` ends a label: a number or a capital letter after a
        capitalised word, or at the start of the sentence ("Theorem 7.", "Guideline C.")."""
        k = j - 1 if doc[j].text == "." else j
        number = doc[k].text.rstrip(".")
        if not (number.isdigit() or len(number) == 1 and number.isupper()):
            return False
        return k == sent_start or doc[k - 1].text[:1].isupper()

    def _abbreviation_ends_sentence(self, prev, token) -> bool:
        """Whether ``token`` starts a sentence after an abbreviation ending the previous one."""
        if not token.text[:1].isupper() or not prev.whitespace_:
            return False
        if prev.lower_ in self.final:
            return True
        if (
            prev.lower_ == "al."
            and prev.i > 0
            and prev.nbor(-1).lower_ == "et"
            and _WORD.match(token.text)
            and token.i + 1 < len(token.doc)
            and token.nbor().text[:1].islower()
        ):
            # "et al." goes on with a year, a bracket or a verb, never with a capitalised word
            # before a lower-case one: "... by Lee et al. Recent work", not "et al. Science 12"
            return True
        # not a single letter: "No. I", "Inc. A" may go on with a numeral or a letter
        return prev.lower_ in self.name_final and len(token) > 1 and _opener(token, _OPENERS)


_TERMINAL = (".", "!", "?", "\u2026")
#: Imperatives and participles that open a step of an argument ("... for any n. Note that").
#: After a capital letter they start a sentence only when the letter follows no capitalised word:
#: "the field Z. Following ..." but not a label and its text, "Guideline C. Consider ...".
_STEP_OPENERS = frozenset(
    ["note", "notice", "observe", "recall", "let", "consider", "suppose", "assume", "using",
     "following", "according"]
)  # fmt: skip
#: Capitalised function words that start a sentence and never continue a name: after a word's
#: period ("... in section 4. Finally"), or after "U.S.", "Ltd." or "et al.", they mean the
#: period ended the sentence. Articles, pronouns, prepositions, conjunctions, sentence adverbs,
#: and the imperatives and participles of :data:`_STEP_OPENERS`.
_OPENERS = frozenset(
    ["the", "this", "these", "those", "it", "its", "they", "he", "she", "we", "there", "however",
     "but", "a", "an", "that", "their", "our", "his", "her", "you", "i", "in", "for", "on", "at",
     "as", "by", "to", "from", "with", "after", "before", "during", "if", "when", "while",
     "although", "though", "since", "because", "moreover", "furthermore", "thus", "hence",
     "therefore", "then", "finally", "also", "such", "each", "both", "all", "another", "some",
     "many", "most", "here", "additionally", "meanwhile", "instead", "indeed", "nevertheless",
     "nonetheless", "similarly", "likewise", "consequently", "accordingly", "overall",
     "specifically", "notably", "later", "currently", "previously", "recently",
     "what", "how", "why", "where", "which", "who", "once", "through", "without",
     "within", "among", "despite", "unlike", "every", "any", "neither", "either", "only", "even",
     "not", "obviously", "clearly", "now", "together", *_STEP_OPENERS]
)  # fmt: skip
#: Openers that are also surnames: after an initial ("K. He") they continue the name.
_SURNAME_OPENERS = frozenset(["he", "her", "an", "so", "to", "i", "a"])
#: A token of punctuation that ends a sentence or a clause (".", "?!", "...", ",", ";"), also
#: with a closing bracket glued to it (the last dot of "\u27e8. . .\u27e9"): it never opens a
#: sentence.
_PUNCTUATION_ONLY = re.compile(r"^[.!?\u2026,;:]+[)\]\u27e9]?$")
#: An enumeration label standing alone ("1.", "4.2.", "III.", "b)", "(iv)", "a."): it opens the
#: sentence that follows it.
_LABEL = re.compile(
    r"^(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,6}|[IVXLC]{1,6}|[A-Za-z])\s?[.)]|"
    r"\((?:\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6}|[A-Za-z])\))$"
)


#: A capitalised word of letters ("Figure", "Numerical"), not a name's initial or an acronym.
_WORD = re.compile(r"^[^\W\d_][^\W\d_A-Z]+$")


def _glued_word(doc: Doc, j: int) -> str:
    """The text of token ``j`` with the tokens glued to it before ("M/H" of "M", "/", "H"), less
    opening brackets and quotation marks."""
    start = j
    while start > 0 and not doc[start - 1].whitespace_ and j - start < 8:
        start -= 1
    return doc[start : j + 1].text.lstrip("([{\"'“‘")


def _symbol_letters(doc: Doc) -> frozenset[str]:
    """The capital letters that ``doc`` uses as symbols: standing alone in a sentence after a word
    that is not capitalised or after a comma or bracket, with no period and no capitalised word
    after them ("between A and B", "of size N,", "N = 10"). A name's initial has a period or a
    name after it; "I" is a pronoun."""
    found = set()
    for i, token in enumerate(doc):
        text = token.text
        if len(text) != 1 or not text.isupper() or not text.isalpha() or text == "I" or i == 0:
            continue
        before = doc[i - 1].text
        if not (before[:1].islower() or before in (",", "(", "[", "=")):
            continue
        after = doc[i + 1].text if i + 1 < len(doc) else ""
        if after.startswith(".") or after[:1].isupper():
            continue
        found.add(text)
    return frozenset(found)


def _never_initial(stem: str) -> bool:
    """Whether ``stem``, a word before a period, is a symbol and never a name's initial or an
    abbreviation: a lower-case letter ("t", "y" for years in "10^9 y"; not "v" as in "Smith v.
    Jones"), a word with a Greek letter, a mathematical sign or a slash ("δE", "α", "M/H"), or a word
    that starts in lower case and has a capital in it ("tB", "keV", "pH")."""
    if len(stem) == 1:
        return (stem.islower() and stem.isascii() and stem != "v") or _greek_or_sign(stem)
    if "." in stem or not stem:
        return False
    if any(_greek_or_sign(ch) or ch in "/^" for ch in stem):
        return True
    return stem[0].islower() and any(ch.isupper() for ch in stem)


def _greek_or_sign(ch: str) -> bool:
    """A Greek letter, a mathematical sign ("−", "∆") or a combining accent of a symbol ("N̄")."""
    return "\u0370" <= ch <= "\u03ff" or unicodedata.category(ch) in ("Sm", "Mn")


def _opener(token, words: frozenset[str]) -> bool:
    """Whether ``token`` is one of ``words`` standing alone: followed by a space or a comma, not
    the first part of a compound ("In-Space")."""
    if token.lower_ not in words:
        return False
    return bool(token.whitespace_) or token.i + 1 == len(token.doc) or token.nbor().text == ","


def _after_ellipsis(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows an ellipsis ("...", "\u2026", or spaced ". . ."), possibly
    closed by a quotation mark or bracket."""
    j = i - 1
    if j > 0 and doc[j].text in _CLOSERS:
        j -= 1
    if doc[j].text.endswith(("\u2026", "...")):
        return True
    return j >= 1 and doc[j].text == "." and doc[j - 1].text == "."


def _opening_quote(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a quotation: a curly opening quote, or a straight one with space
    before it and a word right after it."""
    token = doc[i]
    if token.text in ("“", "‘"):
        return True
    if token.text not in ('"', "'") or i == 0 or not doc[i - 1].whitespace_:
        return False
    return i + 1 < len(doc) and not token.whitespace_ and doc[i + 1].text[:1].isalnum()


#: Lower-case function words that go on with a clause and never start a sentence, even after a
#: period ("... led by the laboratory. and in 1932 ..." in text that lost a word); not the
#: articles "a" and "an", which scientific prose also uses as variables ("... the axis. a is").
_LOWER_CONTINUATIONS = frozenset(
    ["and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "with", "by", "from", "the",
     "as", "than", "that", "which", "whose", "whom"]
)  # fmt: skip


_DASHES = frozenset(["\u2014", "\u2013", "--"])


def _exclaimed_name(doc: Doc, i: int) -> bool:
    """Whether token ``i``, a lower-case word, goes on after an exclamation mark that belongs to
    a name ("the Ascend! programme", "a Jeopardy! episode"): the mark is glued to a capitalised
    word, and a sentence never starts in lower case."""
    return (
        i >= 2
        and doc[i - 1].text == "!"
        and not doc[i - 2].whitespace_
        and doc[i - 2].text[:1].isupper()
        and doc[i].text[:1].islower()
        and doc[i].is_alpha
    )


def _dash_goes_on(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a dash after a question or exclamation mark that the sentence goes
    on after in lower case: a question put in between dashes ("... is about life \u2014 isn't
    it? \u2014 and what we do ...")."""
    return (
        doc[i].text in _DASHES
        and doc[i - 1].text.endswith(("?", "!"))
        and i + 1 < len(doc)
        and doc[i + 1].text[:1].islower()
    )


#: Time zones written after a clock time ("10:30 a.m. EDT", "9 p.m. UTC").
_TIME_ZONES = frozenset(
    ["utc", "gmt", "bst", "cet", "cest", "eet", "eest", "wet", "msk", "ist", "jst", "kst", "cst",
     "cdt", "est", "edt", "mst", "mdt", "pst", "pdt", "akst", "akdt", "hst", "aest", "aedt",
     "awst", "nzst", "nzdt", "et", "ct", "mt", "pt", "z"]
)  # fmt: skip
#: Words that go on with a clock time: a zone, a weekday or month ("3 a.m. Tuesday, March 5"),
#: or a place or zone name before "time" ("9 a.m. Moscow time", "a.m. Eastern Standard").
_MONTH_NAMES = frozenset(MONTH_NAMES)
_CALENDAR = _MONTH_NAMES | frozenset(WEEKDAY_NAMES)
_MONTH_STEMS = frozenset(m[:3] for m in MONTH_NAMES) | {"sept"}
_CLOCK = frozenset(["a.m.", "p.m."])
_ZONE_WORDS = frozenset(["time", "standard", "daylight", "summer", "local"])


def _time_goes_on(doc: Doc, i: int) -> bool:
    """Whether token ``i`` continues the clock time before it: "10:30 a.m. EDT", "9 p.m.
    Tuesday", "7 a.m. Moscow time", "11 a.m. local time"."""
    if doc[i - 1].lower_ not in _CLOCK:
        return False
    word = doc[i].lower_
    if word in _TIME_ZONES or word in _CALENDAR or word in _ZONE_WORDS:
        return True
    return i + 1 < len(doc) and doc[i + 1].lower_ in _ZONE_WORDS


def _clock_place_or_date_ends_sentence(doc: Doc, i: int) -> bool:
    """Whether capitalised token ``i`` starts a sentence after a period that can only end one:
    after a clock time ("... at 11 a.m. NASA will ..."), unless a zone, weekday, month or place
    of a zone follows (:func:`_time_goes_on`); after "D.C." closing a place ("... in Washington,
    D.C. Leaders ..."), unless a date follows (a dateline); after a date's day or year ("... on
    March 5. NASA will ...", "... in May 2024. ESA ...").

    The words that ``_period_ends_sentence`` counts (capitalised function words) need no such
    help; these periods are followed by a name or acronym as often as by anything else."""
    token, prev = doc[i], doc[i - 1]
    if i < 2 or not token.text[:1].isupper() or not token.text[:1].isalpha():
        return False
    if not prev.whitespace_ or not prev.text.endswith("."):
        return False
    if prev.lower_ in _CLOCK:
        return not _time_goes_on(doc, i)
    if prev.text == "D.C." and doc[i - 2].text == ",":
        return token.lower_ not in _CALENDAR
    if prev.text != "." or i < 4 or doc[i - 2].whitespace_ or not doc[i - 2].text.isdigit():
        return False
    number = doc[i - 2].text
    day = len(number) <= 2 and 1 <= int(number) <= 31
    year = len(number) == 4 and 1900 <= int(number) <= 2100
    if _month(doc[i - 3]):
        return day or year  # "March 5.", "Jan. 12.", "May 2024."
    # "March 5, 2024."
    return year and doc[i - 3].text == "," and i >= 6 and _month(doc[i - 5])


def _month(token) -> bool:
    """A month's name, in full or cut short ("March", "Jan.", "Sept")."""
    word = token.lower_.rstrip(".")
    return word in _MONTH_NAMES or word in _MONTH_STEMS and token.text[:1].isupper()


#: The words of a picture's credit line ("Image credit: ...", "Photo courtesy of ...").
_CREDIT = re.compile(
    r"^(?:(?:image|photo|photograph|video|picture)s? )?(?:credits? ?:|courtesy (?:of|by)\b)"
)


def _credit_line(doc: Doc, i: int) -> bool:
    """Whether a picture's credit line ("Image credit: ...", "Credit: ...", "Photo courtesy of
    ...") starts at token ``i``, capitalised, after a period that ends the sentence before, even
    an abbreviation's ("... in Washington, D.C. Image credit: ...")."""
    prev = doc[i - 1] if i > 0 else None
    if prev is None or not prev.text.endswith(".") or not prev.whitespace_:
        return False
    return doc[i].text[:1].isupper() and _CREDIT.match(doc[i : i + 4].text.lower()) is not None


def _ends_sentence(doc: Doc, i: int, *, split: bool = False) -> bool:
    """Whether token ``i`` can end a sentence: terminal punctuation, possibly followed by a
    closing quote or bracket ("... end.\u201d", "... end.)"). With ``split``, only terminal
    punctuation the tokenizer split from its word: not an initial or abbreviation ("J.")."""
    token = doc[i]
    ends = (lambda t: t in _TERMINAL) if split else (lambda t: t.endswith(_TERMINAL))
    if ends(token.text):
        return True
    return token.text in _CLOSERS and i > 0 and ends(doc[i - 1].text)
