"""A statement's or speech's title names its speaker before its topic: "Statement by Minister X
on Russia's anti-satellite missile test". The states of the topic are not the speaker.

The principals of a speech, statement or testimony are the countries its title names
(``claim_sides.document_principals``): "Remarks by President Macron of France" speaks for
France. A title of that kind that goes on with "on", "regarding" or "concerning" names what the
speech is about after it, and a state named there is what the speaker speaks of: the minister
who condemns another state's test, the president who marks a foreign landing. Taking that state
as the speaker makes every "we" of the text the condemned state's. So only the title's part
before its topic names the speaker; when that part names no state, the speaker is the state of
the agencies and officials the text names, as for any speech whose title names no country.

Pure functions over the title string and the title's actor mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: A speech, statement or briefing title, then the word that opens its topic (after the name
#: of the speaker: "by / from ..."). "Remarks by X at the Summit on Y" keeps Y: only the first
#: such word after the speaker's part opens the topic.
_TOPIC = re.compile(
    r"^(?:remarks|speech|address|statement|testimony|keynote|press briefing)\b"
    r"(?:\s+(?:by|from|of)\s+[^,:;]*?)?\s+(?:on|regarding|concerning|about)\s",
    re.I,
)


def topic_start(title: str) -> int:
    """The character offset at which a speech title's topic begins ("Statement by X on ..."),
    else the title's length."""
    found = _TOPIC.match(title)
    return found.end() if found else len(title)


def speaker_actors(
    title: str, found: Iterable[tuple[int, str, str, str, int]]
) -> list[tuple[str, str, str]]:
    """The title's actors ``(start char, canonical, type, country, end char)`` that may name
    the speaker, in order, as ``(canonical, type, country)``: in a speech title, the actors
    before its topic (and those of the topic that are not states or their bodies)."""
    cut = topic_start(title)
    out: list[tuple[str, str, str]] = []
    for start, name, kind, country, _ in sorted(found):
        if start >= cut and (kind == "country" or country):
            continue  # "... on Russia's destructive test": what the speaker speaks of
        out.append((name, kind, country))
    return out
