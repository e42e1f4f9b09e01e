"""Words broken at a line-end hyphen: joined again, or kept as compounds, as a reader would.

Shared by the text path (``textclean.join_lines``) and the PDF path (``pdf.layout.assembly``).
"""

from __future__ import annotations

import re
from collections.abc import Container


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: First parts of true hyphenated compounds: a line-end hyphen after these is kept.
KEEP_HYPHEN_PREFIXES = _words(
    """long so short self well non co cross multi inter intra anti post pre
    mid low high techno state space ground sub semi quasi ex half full large
    small near far middle lunar earth sino euro afro pan one two three four five"""
)


#: Heads that English joins to a word with a hyphen as a rule ("so-called", "self-made",
#: "well-known"), even where a glued form is found in a word list (in lower case only:
#: "So-" + "viet" is a name broken at the line end).
_HYPHENATED_HEADS = frozenset(["so", "self", "well", "ill", "all"])
#: Endings that a word list may hold as words of their own ("ens", "ion"): a line-end
#: hyphen before one of them broke a word ("broad-" + "ens"), it did not make a compound.
_SUFFIXES = _words(
    """ens ing ings ers est ity ities ous ism isms ist ists ful ive ives ent ents ant ants ary
    ory ate ates ated ise ize ion ions ness ment ments less able ible ally ance ence ical ial ian ians"""
)
_POSSESSIVE = re.compile("['\u2019]s$")


def rejoin_hyphenated(
    left: str,
    right: str,
    *,
    known: Container[str] = frozenset(),
    lexicon: Container[str] = frozenset(),
) -> str:
    """Join a word broken at a line end: ``left`` ends with '-', ``right`` is the next word.

    Evidence from the document itself comes first: ``known`` is the set of words (lower-case)
    seen elsewhere in it; if the hyphenated form is known, the hyphen stays, if the joined form
    is known, it goes; if both parts are words of the document (three letters or more) and the
    joined form is not, the hyphen stays ("state-" + "owned"). Otherwise the hyphen stays when
    either part starts with a capital or a digit ("US-led", "Sino-Russian", "2020-") or the first
    part is a common compound head ("long-term", "self-reliance", "so-called"); else the word is
    rejoined ("interna-" + "tional").

    ``lexicon`` (lower-case English words, e.g. ``resources.english_words()``) lets the
    decision be a reader's when the document gives no evidence: a joined form that is a word
    is the word ("ex-" + "plain", "so-" + "lutions", "pre-" + "viously"); else the hyphen
    stays when the second part is a word and the first is a word or a compound head
    ("civilian-" + "defense", "non-" + "linear"), and goes when the second part is no word
    ("inter-" + "mittency").
    """
    stem = left[:-1]
    joined = stem + right
    hyphenated = left + right
    if hyphenated.lower() in known:
        return hyphenated
    if joined.lower() in known:
        return joined
    if not stem or not right:
        return hyphenated
    if stem[0].isupper() and stem.isupper():
        return hyphenated
    if right[0].isupper() or right[0].isdigit() or stem[-1].isdigit():
        return hyphenated
    if lexicon and stem.isalpha():
        tail = _POSSESSIVE.sub("", right.rstrip(".,;:!?)]\"'\u2019\u201d")).lower()
        word = _POSSESSIVE.sub("", joined.rstrip(".,;:!?)]\"'\u2019\u201d")).lower()
        right_word = len(tail) >= 2 and tail in lexicon and tail not in _SUFFIXES
        if word in lexicon and not (right_word and stem in _HYPHENATED_HEADS):
            return joined
        # (a capitalised stem of three letters is rather the start of a name: "Lud-" "wig")
        head_word = stem.lower() in KEEP_HYPHEN_PREFIXES or (
            len(stem) >= (3 if stem.islower() else 4) and stem.lower() in lexicon
        )
        return hyphenated if head_word and right_word else joined
    if stem.lower() in KEEP_HYPHEN_PREFIXES:
        return hyphenated
    tail = right.rstrip(".,;:!?)]\"'\u2019\u201d").lower()
    if len(stem) >= 3 and len(tail) >= 3 and stem.lower() in known and tail in known:
        return hyphenated
    return joined
