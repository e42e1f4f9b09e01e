"""A person's name whose last part is joined by a hyphen, which the NER cuts at the hyphen.

The tokenizer splits "Do-hyun" and "Abdel-Wahab" into three tokens, and the statistical NER
often ends the name before them: "Member Kim Do-hyun" gives "Kim", "Karim Abdel-Wahab" gives
"Karim Abdel". Such names are common in every register: Korean given names of two syllables
("Yoon Jae-hwan", family name first), Arabic compound names ("Abdel-Wahab", "Al-Mansouri"),
double-barrelled family names ("Okonkwo-Hale"). The name goes on over a hyphen written with no
space on either side and a word of letters after it; and a one-word name goes on over a
following capitalised word so joined ("Kim" + "Do-hyun"). A spaced dash ("Kim - the member")
is punctuation, not part of a name.

:func:`hyphen_end` is a pure function over token texts and their trailing spaces, so its table
test reads lists.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from spacy.tokens import Doc


def _glued_hyphen(words: Sequence[str], spaces: Sequence[bool], i: int) -> bool:
    """Whether ``words[i]`` is a hyphen glued to the words on both sides, before a word of
    letters."""
    return (
        0 < i < len(words) - 1
        and words[i] == "-"
        and not spaces[i - 1]
        and not spaces[i]
        and words[i + 1].isalpha()
    )


def hyphen_end(words: Sequence[str], spaces: Sequence[bool], start: int, end: int) -> int:
    """The end of the name ``words[start:end]`` past the hyphened parts the NER cut off:
    "Karim Abdel" + "-Wahab", "Kim" + "Do-hyun"; ``end`` when none follows."""
    if (
        end - start == 1
        and end + 2 < len(words)
        and spaces[end - 1]
        and words[end][:1].isupper()
        and words[end].isalpha()
        and _glued_hyphen(words, spaces, end + 1)
    ):
        end += 3  # "Kim" + "Do-hyun": a given name of two parts after a one-word name
    while _glued_hyphen(words, spaces, end):
        end += 2  # "Karim Abdel" + "-Wahab"
    return end


def hyphened(doc: Doc, found: list, covered: np.ndarray) -> list:
    """``found`` names (``(start, end, ...)`` token spans of ``doc``) each taken on over the
    hyphened parts the NER cut off (:func:`hyphen_end`) when no other actor holds them."""
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    out = []
    for start, end, *rest in found:
        longer = hyphen_end(words, spaces, start, end)
        if longer > end and not covered[end:longer].any():
            end = longer
        out.append((start, end, *rest))
    return out
