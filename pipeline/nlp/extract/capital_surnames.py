"""Names whose family name is written in capitals after the given name ("Ingrid HALVORSEN"),
and a third word of a name the NER cut short ("Helena Duarte" of "Helena Duarte Vasconcelos").

The European Parliament's minutes and summaries, the Council's and the Commission's documents,
and French official style write a person's family name in capitals after the given name:
"Piotr ZALESKI (ECR, PL) asked ...", "Dr Matthieu RAVEL (Head of Strategy, ESA) reported";
later mentions use the family name in title case ("Ms Halvorsen replied"). The statistical NER
reads some of these names and misses others (a given name it takes for a nationality), and
:func:`pipeline.nlp.extract.persons.is_name` refuses a word in capitals, which is usually an
acronym. :func:`capitals_family_last` gives such a name its canonical form (the family name in
title case) and the word later mentions use; :func:`capital_surname_names` finds the names the
NER missed, by that shape alone: a capitalised given name, then a word of three letters or more
in capitals that no actor of the document covers and no abbreviation of the document defines,
then the end of the name (a bracket, a comma, a word in lower case).

Iberian and Latin American names carry two family names ("Helena Duarte Vasconcelos"), which the
NER often cuts after the second word; :func:`third_name_word` says whether the word after such
a cut goes on with the name. All functions are pure.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

_VOWELS = frozenset("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ")
_ROMAN = re.compile(r"^[IVXLCDM]+$")


def _capital_family(word: str) -> bool:
    """Whether ``word`` can be a family name written in capitals: letters only, three or more,
    a vowel among them (not an acronym such as "CSTB"), not a Roman numeral ("XIV")."""
    return (
        word.isalpha()
        and word.isupper()
        and len(word) >= 3
        and bool(_VOWELS.intersection(word))
        and not _ROMAN.match(word)
    )


def _given(word: str) -> bool:
    """Whether ``word`` can be a given name: letters only, a capital then small letters."""
    return word.isalpha() and len(word) >= 2 and word[0].isupper() and word[1:].islower()


def capitals_family_last(words: Sequence[str]) -> tuple[str, str] | None:
    """``(family name, name)`` of a name of two words, a given name then a family name in
    capitals ("Ingrid HALVORSEN" -> ``("Halvorsen", "Ingrid Halvorsen")``); None for any other
    shape ("Mr YAMADA", "ESA Council", "Anna Berg")."""
    if len(words) != 2:
        return None
    given, family = words
    if not (_given(given) and _capital_family(family)):
        return None
    family = family.capitalize()
    return family, f"{given} {family}"


def capital_surname_names(
    words: Sequence[str],
    free: Sequence[bool],
    blocked: Collection[str],
    titles: Collection[str] = (),
) -> list[tuple[int, int, str]]:
    """``(start, end, canonical name)`` (indices into ``words``, a sentence's words) of each
    given name followed by a family name in capitals ("Piotr ZALESKI (ECR, PL)"). ``free``
    says which words no actor or name found before covers; ``blocked`` holds words that are no
    given name (titles, demonyms, stop words, words of bodies' names) and the abbreviations the
    document defines, which are no family name; ``titles`` may stand before the given name
    ("Dr Matthieu RAVEL"), another capitalised word may not. The word after the name must end it: not
    another capitalised word ("Space ESA Council") nor a digit."""
    out = []
    for i in range(len(words) - 1):
        given, family = words[i], words[i + 1]
        if not (free[i] and free[i + 1]) or given in blocked or family in blocked:
            continue
        if capitals_family_last([given, family]) is None:
            continue
        nxt = words[i + 2] if i + 2 < len(words) else "."
        if nxt[:1].isupper() or nxt[:1].isdigit():
            continue
        before = words[i - 1] if i else ""
        if before[:1].isupper() and before.isalpha() and before not in titles:
            continue  # "European Space AGENCY": a run of capitalised words is a body's name
        out.append((i, i + 2, f"{given} {family.capitalize()}"))
    return out


def third_name_word(word: str, after: str, *, proper: bool, blocked: Collection[str]) -> bool:
    """Whether ``word``, right after a name of two words the NER found ("Helena Duarte"), is
    the name's third word, a second family name ("Vasconcelos"): a capitalised word of letters
    only that the tagger reads as a proper noun (``proper``) and the NER marked as nothing, not
    a title, a stop word or a word of a body's name (``blocked``), and not itself followed by a
    capitalised word ("Anna Berg Space Centre" is a body; "Helena Duarte Vasconcelos on")."""
    return (
        proper
        and _given(word)
        and word not in blocked
        and not after[:1].isupper()
        and not after[:1].isdigit()
    )
