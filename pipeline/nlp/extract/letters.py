"""The sender and the addressee of a letter between two bodies (a letter of intent, a letter of
one agency's head to another's).

A letter names its two sides by its form, not by its title: the body that writes it signs
under the complimentary close ("Yours sincerely," then the signatory's name, post and body)
and often heads its letterhead; the body it is written to stands in the address block above
the salutation ("Dear Director General,"). Its "we", "our teams" and "I would propose" are the
sender's; its "you" and "your agency" are the addressee's; "our two agencies" and "both
agencies" are the two (annotation guide, "Parties": "a letter between two bodies"). Without
this reading the party rules take the state the text mentions most for the speaker, which in a
letter to a foreign agency is the addressee's state.

The rule: a text with a salutation line ("Dear ...") and, after it, a complimentary close
("Yours sincerely", "Yours faithfully", "Sincerely", "Kind regards", "Respectfully"); the
sender is the first body (an agency, organisation or company, not a person or a state) in the
twelve lines after the close, else the first body of the letterhead before the salutation; the
addressee is the last other body in the address block (the ten lines before the salutation).
Both must be found, else the text is read as before.

A pure function over the text and actor tuples ``(start char, end char, canonical, type)``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: An actor found in a text: start char, end char, canonical name, type.
CharActor = tuple[int, int, str, str]

#: The salutation of a letter on a line of its own ("Dear Director General,", "Dear Dr. Roe").
_SALUTATION = re.compile(r"(?m)^[ \t]*Dear\s+[A-Z][^\n]{0,80}$")
#: A complimentary close on a line of its own (a "(signed)" of a copy may run into it).
_CLOSE = re.compile(
    r"(?mi)^[ \t]*(?:yours\s+(?:sincerely|faithfully|truly)|sincerely(?:\s+yours)?|"
    r"(?:with\s+)?(?:kind|best|warm)\s+regards|respectfully(?:\s+yours)?)\b[^\n\w]{0,3}"
    r"(?:\(signed\))?[ \t]*$"
)
#: Actor types that can write or receive a letter as a body.
_BODIES = frozenset({"agency", "organization", "company"})
#: How far before the salutation its letterhead and address block may reach (characters).
_HEAD = 1500
#: How many non-empty lines after the close the signature block runs.
_SIGNATURE_LINES = 12
#: How many non-empty lines before the salutation the address block runs.
_ADDRESS_LINES = 10


def letter_sides(text: str, actors: Sequence[CharActor]) -> tuple[tuple[str, str], ...]:
    """``((sender, type), (addressee, type))`` of the letter ``text``, or ``()`` when it is no
    letter between two bodies (see the module docstring)."""
    dear = _SALUTATION.search(text, 0, _HEAD + 200)
    if dear is None:
        return ()
    close = _CLOSE.search(text, dear.end())
    if close is None:
        return ()
    bodies = sorted(a for a in actors if a[3] in _BODIES)
    signature_end = _line_end(text, close.end(), _SIGNATURE_LINES)
    signed = [a for a in bodies if close.end() <= a[0] < signature_end]
    head = [a for a in bodies if a[1] <= dear.start()]
    sender = signed[0] if signed else (head[0] if head else None)
    if sender is None:
        return ()
    address_start = _line_start(text, dear.start(), _ADDRESS_LINES)
    addressed = [a for a in head if a[0] >= address_start and a[2] != sender[2]]
    if not addressed:
        return ()
    addressee = addressed[-1]
    return ((sender[2], sender[3]), (addressee[2], addressee[3]))


def _line_end(text: str, start: int, lines: int) -> int:
    """The end of the ``lines``-th non-empty line after ``start``."""
    end = start
    while lines > 0:
        nxt = text.find("\n", end + 1)
        if nxt < 0:
            return len(text)
        lines -= bool(text[end + 1 : nxt].strip())
        end = nxt
    return end


def _line_start(text: str, end: int, lines: int) -> int:
    """The start of the ``lines``-th non-empty line before ``end``."""
    start = end
    while lines > 0:
        prev = text.rfind("\n", 0, max(start - 1, 0))
        if prev < 0:
            return 0
        lines -= bool(text[prev + 1 : start].strip())
        start = prev
    return start
