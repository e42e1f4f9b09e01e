""" "the Committee" of a committee's own document is that committee.

A committee's report ("The Committee noted ..."), its minutes and hearings ("report back to the
Committee"), a delegation's statement in a UN committee ("so that the Committee can adopt a
single text") and a UN text on the work of one committee ("the Committee should continue to
consider ...") call the committee by its short form after naming it once in full, in the
title, the masthead or an earlier sentence. The guide (round 19, "a short self-name of a named
body is that body") marks the short form as that committee; it stays unmarked when the text
names two or more committees it could be, or none.

Which committee: the one the document's head (its title and the lines over its text: a
report's title, a parliament's masthead, a hearing's cover) names, when it names one; else the
one committee the whole text names, from its first mention on, when the head names no
committee at all (a subcommittee's hearing that names the appropriations committee in passing
has its own committee in its head, unmarked: "the Committee" there is a guess). A UN resolution's provenance
line in brackets ("[on the report of the Fourth Committee (A/81/440)]") says which committee
forwarded the text, not whose text it is: the committees named in a bracketed line do not
count. A committee named only by generic words ("the Joint Committee", "a Steering Committee")
is a joint body an instrument sets up of the parties' own representatives, which the guide
leaves unmarked: it owns no short form. "Subcommittee" is another head word, so a
subcommittee's hearing still calls its parent "the Committee".

A pure function over the text and the actor mentions, so its table test reads plain strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: "the Committee" capitalised, not opening a longer name ("the Committee on Space Research",
#: "the Committee of the Whole", "the Committee Chair") nor part of a hyphenated one.
_THE_COMMITTEE = re.compile(
    r"\b[Tt]he\s+(?P<c>Committee)\b(?!\s+(?:(?:of|on|for)\b|[A-Z]\w*)|\s*-)"
)
#: The name of a committee: "Committee" a word of it, not "Subcommittee".
_COMMITTEE_WORD = re.compile(r"\bCommittee\b")
#: Words that name no one committee: an instrument's joint body ("the Joint Steering Committee").
_GENERIC = frozenset(
    {
        "the", "joint", "steering", "coordination", "coordinating", "committee", "management",
        "executive", "technical", "scientific", "programme", "program", "project", "mission",
        "standing", "select", "special", "ad", "hoc", "bilateral", "intergovernmental",
    }
)  # fmt: skip


def is_committee_name(surface: str) -> bool:
    """Whether a mention's words name one committee: "Committee" among them, with a word that
    is not generic ("Joint Committee on Enterprise, Trade and Employment", "First Committee";
    not "the Joint Committee")."""
    if not _COMMITTEE_WORD.search(surface):
        return False
    words = re.findall(r"[\w'’]+", surface.lower())
    return any(w not in _GENERIC for w in words)


def title_names(title: str, surface: str) -> bool:
    """Whether a document's title writes the committee name ``surface`` (a mention in its
    text) whole: a government's response "to the Joint Standing Committee on Foreign Affairs,
    Defence and Trade report" names the committee whose report it answers, and its "the
    Committee" is that one even where the text names another committee in passing."""
    if not title or not is_committee_name(surface):
        return False
    return re.search(r"(?<![\w-])" + re.escape(surface) + r"(?![\w-])", title) is not None


def own_committee(
    text: str,
    named: Iterable[tuple[int, int, str, str]],
    head: Iterable[tuple[int, int]] = (),
    title_named: Iterable[str] = (),
) -> list[tuple[int, int, str]]:
    """``(start, end, committee)`` of each "the Committee" in ``text`` that is the document's
    own committee. ``named``: ``(start, end, actor, surface)`` of the actor mentions; ``head``:
    the character ranges of the document's head lines; ``title_named``: the committees its
    title (kept apart from the text) names."""
    mentions = list(named)
    committees = [
        (start, end, actor)
        for start, end, actor, surface in mentions
        if is_committee_name(surface) and not _bracketed(text, start, end)
    ]
    spans = list(head)
    in_head = {a for s, _, a in committees if any(h0 <= s < h1 for h0, h1 in spans)}
    in_head |= set(title_named)
    if len(in_head) == 1:
        (owner,) = in_head
        first = 0
    elif in_head or any(_names_a_committee(text, h0, h1) for h0, h1 in spans):
        # a head naming two committees (a joint hearing), or one the text does not mark
        # (a subcommittee's hearing on its own): which one is a guess
        return []
    else:
        firsts: dict[str, int] = {}
        for start, _, actor in sorted(committees):
            firsts.setdefault(actor, start)
        if len(firsts) != 1:
            return []
        ((owner, first),) = firsts.items()
    taken = [(s, e) for s, e, _, _ in mentions]
    out = []
    for m in _THE_COMMITTEE.finditer(text, first):
        start, end = m.start("c"), m.end("c")
        if any(s < end and start < e for s, e in taken):
            continue
        out.append((start, end, owner))
    return out


def _names_a_committee(text: str, start: int, end: int) -> bool:
    """Whether a head line (not a bracketed note) has a committee's word ("Subcommittee on
    Space and Science", "COMMITTEE ON ...")."""
    return bool(re.search(r"committee", text[start:end], re.I)) and not _bracketed(text, start, end)


def _bracketed(text: str, start: int, end: int) -> bool:
    """Whether the mention stands in a paragraph set in square brackets (a provenance note)."""
    line_start = text.rfind("\n\n", 0, start) + 2 if "\n\n" in text[:start] else 0
    line_end = text.find("\n\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return line.startswith("[") and line.endswith("]")
