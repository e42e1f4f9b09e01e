"""Words broken at a line end: whether the hyphen belongs to the word ("long-term") or only to
the break ("interna-" + "tional"). Used wherever lines are joined (plain text, PDF layout)."""

from __future__ import annotations

from collections.abc import Container

#: First parts of true hyphenated compounds: a line-end hyphen after these is kept.
KEEP_HYPHEN_PREFIXES = frozenset(
    [
        "long",
        "so",
        "short",
        "self",
        "well",
        "non",
        "co",
        "cross",
        "multi",
        "inter",
        "intra",
        "anti",
        "post",
        "pre",
        "mid",
        "low",
        "high",
        "techno",
        "state",
        "space",
        "ground",
        "sub",
        "semi",
        "quasi",
        "ex",
        "half",
        "full",
        "large",
        "small",
        "near",
        "far",
        "middle",
        "lunar",
        "earth",
        "sino",
        "euro",
        "afro",
        "pan",
        "one",
        "two",
        "three",
        "four",
        "five",
    ]
)


def rejoin_hyphenated(left: str, right: str, *, known: Container[str] = frozenset()) -> str:
    """Join a word broken at a line end: ``left`` ends with '-', ``right`` is the next word.

    Evidence from the document itself comes first: ``known`` is the set of words (lower-case)
    seen elsewhere in it; if the hyphenated form is known, the hyphen stays, if the joined form
    is known, it goes; if both parts are words of the document (three letters or more) and the
    joined form is not, the hyphen stays ("state-" + "owned"). Otherwise the hyphen stays when
    either part starts with a capital or a digit ("US-led", "Sino-Russian", "2020-") or the first
    part is a common compound head ("long-term", "self-reliance", "so-called"); else the word is
    rejoined ("interna-" + "tional").
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
    if stem.lower() in KEEP_HYPHEN_PREFIXES:
        return hyphenated
    tail = right.rstrip(".,;:!?)]\"'\u2019\u201d").lower()
    if len(stem) >= 3 and len(tail) >= 3 and stem.lower() in known and tail in known:
        return hyphenated
    return joined
