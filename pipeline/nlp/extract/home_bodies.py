"""A state body named by its bare title ("the Ministry of Defence", "the Armed Forces", "the
Council of Ministers", "Congress") is the body of the state the text is written in or names.

Every state has a ministry of defence, armed forces, a cabinet and a parliament, and a text of
that state calls its own by the bare title: a British hearing's "the Ministry of Defence" is the
UK's, a Polish doctrine's "the Armed Forces" Poland's, a Brazilian press conference's "the
Ministry of Defence" Brazil's, a Korean committee's "the Ministry of National Defense" South
Korea's. The gazetteer names each such body with its state ("UK Ministry of Defence", "Polish
Armed Forces", "Cabinet Office of Japan", "National Congress of Brazil"); the bare title is the
name without the state word (the adjective or possessive before it, "of <state>" or
"(<state>)" after it), and so one table serves every state the gazetteer lists a body of.

Which state: the one the title says when a country word or possessive stands right before it
("China's foreign ministry"); else the document's own state (:func:`home_state`): the one
state its head (title and first lines: a ministry's banner, a dateline, a committee's
masthead) names, else the state its actor mentions name far more often than any other. A bare
title only maps when that state has a listed body of that title; another state's listed body
named the same way ("Congress" for the United States Congress) yields to the home state's in
that state's text.

Pure functions over strings, so their table tests read plain names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

#: Head words of the bare titles that every state's bodies share: ministries and departments,
#: armed forces and their commands, cabinets, councils of ministers and parliaments. Names of
#: other heads (agencies, institutes, companies) are proper names, not shared titles.
_HEADS = frozenset(
    [
        "Ministry", "Department", "Office", "Forces", "Force", "Command", "Army", "Navy",
        "Cabinet", "Council", "Congress", "Assembly", "Parliament", "Senate", "Secretariat",
        "Presidency",
    ]
)  # fmt: skip
#: Bare titles of one word that name a body ("Congress", "the Senate", "the Cabinet").
_ONE_WORD = frozenset({"Congress", "Senate", "Parliament", "Cabinet", "Army", "Navy", "Assembly"})
#: Words that end a bare title before its remit ("Ministry of Defence", "Council of Ministers").
_LINKS = frozenset({"of", "for", "on"})
#: A bare title must stand for a body, not for the state itself (those are the state's names).
_STATE_WORDS = frozenset({"Government", "State", "Republic", "Federation", "Kingdom"})


def _head(bare: str) -> str:
    """The head word of a title: the word before its first "of" / "for" / "on", else its last
    word ("Ministry of Defence": Ministry; "Armed Forces": Forces)."""
    words = bare.split()
    for i, word in enumerate(words):
        if word in _LINKS and i:
            return words[i - 1]
    return words[-1]


def bare_title(name: str, qualifiers: Iterable[str]) -> str | None:
    """``name`` without the state word ``qualifiers`` holds (the state's names and adjectives):
    "UK Ministry of Defence" -> "Ministry of Defence", "Japan's Cabinet Office" -> "Cabinet
    Office", "National Congress of Brazil" -> "National Congress", "Department of Defence
    (Australia)" -> "Department of Defence"; None when no qualifier frames it or what is left is
    no shared title of a body."""
    for q in sorted(qualifiers, key=len, reverse=True):
        for prefix in (f"{q} ", f"{q}'s ", f"{q}\u2019s "):
            if name.startswith(prefix):
                return _checked(name[len(prefix) :])
        for suffix in (f" of {q}", f" of the {q}", f" ({q})"):
            if name.endswith(suffix):
                return _checked(name[: -len(suffix)])
    return None


def _checked(bare: str) -> str | None:
    bare = bare.strip()
    if not bare[:1].isupper() or _head(bare) not in _HEADS:
        return None
    if " " not in bare and bare not in _ONE_WORD:
        return None  # "Forces" alone names no body
    if any(w in _STATE_WORDS for w in bare.split()):
        return None
    return bare


def bare_titles(
    entries: Iterable[tuple[str, str, str, tuple[str, ...]]],
    qualifiers: dict[str, tuple[str, ...]],
    international: Iterable[str] = (),
) -> dict[str, dict[str, str]]:
    """``{bare title (lower case): {state: canonical name}}`` from gazetteer ``entries``
    ``(canonical, type, state, forms)`` of bodies of a state, and each state's names
    ``qualifiers``. A title two bodies of one state share maps to neither (ambiguous), and so
    does a name of an international body (``international``: "Security Council" is the UN's
    whatever state writes it)."""
    shared = {form.lower() for form in international}
    found: dict[str, dict[str, set[str]]] = {}
    for actor, kind, state, forms in entries:
        if kind not in ("agency", "organization") or state not in qualifiers:
            continue
        for form in forms:
            bare = bare_title(form, qualifiers[state])
            if bare is not None and bare.lower() not in shared:
                found.setdefault(bare.lower(), {}).setdefault(state, set()).add(actor)
    return {
        bare: {state: next(iter(a)) for state, a in by_state.items() if len(a) == 1}
        for bare, by_state in found.items()
    }


def home_state(head: Iterable[str], mentions: Iterable[str]) -> str | None:
    """The document's own state: the one state its head names (``head``: the states of the
    actors named in its title and first lines) when its text names it too, else the state its ``mentions`` (the states of
    all its actor mentions) name at least three times and at least twice as often as any other;
    None when neither holds."""
    named = set(head)
    every = Counter(mentions)
    if len(named) == 1 and every[next(iter(named))]:
        # the one state of the head, when the text names it too (an author's affiliation
        # over a paper about others is no document's state)
        return next(iter(named))
    counts = every.most_common(2)
    if not counts:
        return None
    top, n = counts[0]
    second = counts[1][1] if len(counts) > 1 else 0
    if n >= 3 and n >= 2 * second and (not named or top in named):
        return top
    return None


#: The groups of states that speak together in UN bodies (canonical gazetteer names): facts.
STATE_GROUPS = frozenset(
    {
        "Group of 77", "Group of 21", "African Group", "Arab Group", "Asia-Pacific Group",
        "Eastern European Group", "GRULAC", "WEOG", "Western Group",
    }
)  # fmt: skip
#: "the Group" capitalised, not opening a longer name ("the Group of Friends", "the Group on
#: Earth Observations", "the Group Chair").
_THE_GROUP = re.compile(r"\b[Tt]he\s+(?P<g>Group)\b(?!\s+(?:of|on|for|[A-Z])\b|\s*-)")


def own_group(text: str, named: Iterable[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """``(start, end, group)`` of each "the Group" in ``text`` after the first mention of the
    one group of states the text names (``named``: ``(start, canonical name)`` of its actor
    mentions): a statement delivered for a group calls itself "the Group" ("the Group of 77
    and China welcomes ...", then "The Group reaffirms ...", "members of the Group"), as an
    agency's report calls itself "the Agency". None when no group, or more than one, is named:
    which one "the Group" is would be a guess."""
    groups = {name: start for start, name in sorted(named, reverse=True) if name in STATE_GROUPS}
    if len(groups) != 1:
        return []
    ((group, first),) = groups.items()
    return [(m.start("g"), m.end("g"), group) for m in _THE_GROUP.finditer(text, first)]
