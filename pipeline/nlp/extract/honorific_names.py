"""Names after an honorific of address ("Mr Thabo Kgosana, Chief Executive Officer of ...",
"Ms Z Ngcobo (ANC) said", "Mr P de Bruyn (DA) asked"), for the persons component
(``pipeline.nlp.components.persons``, rule 5).

Meeting reports and minutes in the Commonwealth style (a parliament's committee summaries, a
council's minutes) name each speaker once by honorific, given name or initial and surname, then
by honorific and surname only. The statistical NER reads these names poorly: it takes "Ms Z
Ngcobo" for a body, "Kgosana" alone for an organisation, and leaves "P de Bruyn" unmarked, and a
name with a party in brackets has none of the ties (a role, a verb of leading) the component
asks of a name. An honorific of address is itself the strongest cue there is that a person
follows: the rule reads the words after it, not the NER's spans.

The rule (:func:`honorific_names`): an honorific (Mr, Mrs, Ms, Dr, Prof, with or without a full
stop) followed by a name of two to four words, a given name or an initial, perhaps a second
given name or initial, a lower-case particle ("de", "van der") and a surname in title case
(hyphens allowed: "Okonjo-Reyes"); the word after the name must not be capitalised (a longer
run of capitals is a body's name: "Mr Smith Space Centre") and no word of it may be a title
("Mr President", "Madam Chair") or a word of another actor already found. A single surname
after the honorific ("Mr Kgosana") is left to the component's surname rules, which name it in
full from such a mention.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from pipeline.nlp.extract.persons import PARTICLES, ROLE_NOUNS, _words, said_before

#: Honorifics of address, as American (with a full stop) and British style (without) write them.
HONORIFICS = _words("Mr Mrs Ms Dr Prof Mr. Mrs. Ms. Dr. Prof.")


def _initial(word: str) -> bool:
    """A given name's initial: one capital letter, with or without a full stop ("P", "P.")."""
    return len(word.rstrip(".")) == 1 and word[:1].isupper() and word[:1].isalpha()


def _name_word(word: str) -> bool:
    """A given name or surname in title case, hyphens and apostrophes allowed ("Kgosana",
    "Okonjo-Reyes", "O'Neil"), not in capitals throughout (an acronym: "Ms NASA")."""
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return (
        len(letters) >= 2
        and letters.isalpha()
        and word[:1].isupper()
        and not letters.isupper()
        and all(part[:1].isupper() for part in word.split("-") if part)
    )


def honorific_names(
    words: Sequence[str], free: Sequence[bool], blocked: Collection[str]
) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` (indices into ``words``, a sentence's words; the honorific left
    out) of each name of two to four words after an honorific of address. ``free`` says which
    words no actor or name found before covers; ``blocked`` holds words that are no part of a
    person's name (titles, demonyms, words of bodies' names)."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words) - 2:
        if words[i] not in HONORIFICS:
            i += 1
            continue
        j = i + 1
        name: list[str] = []
        while j < len(words) and len(name) < 4 and free[j] and words[j] not in blocked:
            word = words[j]
            after = [*words[j + 1 : j + 3], "", ""]
            # a particle before the surname, or before another particle ("van der Merwe")
            particle = word in PARTICLES and (
                _name_word(after[0]) or (after[0] in PARTICLES and _name_word(after[1]))
            )
            if not (_initial(word) or _name_word(word) or (particle and name)):
                break
            name.append(word)
            j += 1
        nxt = words[j] if j < len(words) else "."
        if (
            len(name) >= 2
            and _name_word(name[-1])
            and not (nxt[:1].isupper() and nxt[:1].isalpha())
            and not nxt[:1].isdigit()
        ):
            out.append((i + 1, j, " ".join(name)))
        i = max(j, i + 1)
    return out


#: "Eng." (engineer) is a title of address in the Gulf states, Egypt and Nigeria, "Engr." in
#: the Philippines: it stands before a full name as "Dr." does.
_HONORIFIC_WORDS = _words("Mr. Mrs. Ms. Dr. Prof. Sir Dame H.E. Amb. Sheikh Sheikha Eng. Engr.")


def cued_body_read(
    stripped: Sequence[str], before: Sequence[str], size: int, titles: Collection[str]
) -> bool:
    """Whether a name the NER read as a body or a place is a person's: two words or more
    once titles are stripped, nothing but titles stripped ("the General Budget" is a
    body's), and a title, a role noun or a verb of speech right before it ("chief
    executive Nadia Farouk", "said Tomasz Wielgosz"). The caller asks for a tie after it
    too (", a spokesman for ...", "said"): against the NER's reading, two cues."""
    if size < 2 or any(w not in titles and w not in _HONORIFIC_WORDS for w in stripped):
        return False
    last = before[-1] if before else ""
    return (
        bool(stripped)
        or last in titles
        or last.lower().rstrip("s") in ROLE_NOUNS
        or said_before(before)
    )
