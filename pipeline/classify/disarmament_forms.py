"""Two forms of the disarmament register: arms-control talks advocated, and space called a
domain of war.

Statements at the Conference on Disarmament and the First Committee, the UN resolutions that
follow them, the Secretary-General's messages, national security strategies and the news that
reports them speak of outer space in two set phrases that the masked TF-IDF heads under-read
(twenty-second round: pooled blind dev, statements, agreements, whitepapers and news; the real
gold reads a leader's "space is a new place for conflictuality" as competition):

- **talks advocated** (:func:`advocates_talks`): an actor supports, calls for, urges, promotes,
  reaffirms or reiterates the negotiation of an instrument, a treaty, rules or norms, or
  negotiations, on the prevention of an arms race in outer space or of the placement of
  weapons there ("We reiterate our call for the early negotiation of a legally binding
  instrument on the prevention of an arms race in outer space", "urge the Conference to open
  negotiations on the prevention of an arms race", "will continue to promote legally binding
  rules for the prevention of an arms race"), or the negotiation of a legally binding
  instrument whatever its subject ("supports the negotiation of a legally binding instrument").
  States that negotiate rules together are in a relation of cooperation: the guide's "we
  support negotiations on a treaty" is a cooperation claim. Whether the arms race the
  instrument would prevent also makes the sentence a competition claim (`both`) is an open
  question of the guide; the rule decides only the cooperation half, which both readings
  share, and leaves the competition head to the model and the rivalry rule.
  :func:`raise_arms_talks` lifts the cooperation head of such a sentence to just over its
  threshold (a higher head is kept; the competition head is never changed). An arms race told
  without talks ("An arms race in outer space would put at risk ...") or the item on an agenda
  ("has stood on the agenda of this Conference") is no advocacy and is left alone.
- **war domain** (:func:`calls_space_war_domain`): space, orbit or the Moon called, declared,
  described, turned or becoming a domain, arena, theatre, place or sphere of war, warfare,
  warfighting, armed conflict or combat, or a warfighting domain, a battlefield or a
  battleground ("Several States have openly declared space a domain of warfare", "the risk
  that outer space becomes an arena of armed conflict", "space is a new place for
  conflictuality"). Setting space up as a field of war between states is a rivalry the guide
  calls competition (threats and hostility aimed at others), also when the speaker deplores it
  or denies it (a denial is a competition claim negated). "The law of armed conflict applies
  in space" names no domain of war and is left alone. The rivalry rule
  (:func:`pipeline.classify.rivalry_rule.raise_competition`) raises the competition head of
  such sentences as for its other forms.

Both read the masked sentence (``entcountry``, ``entagency``, ...). This module imports NumPy
and the shared lift only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from pipeline.classify.head_lifts import lift_cooperation_head

_GAP = r"(?:[\w'’,-]+\s+)"

#: An actor's advocacy: support, a call, an urging, promotion, reaffirmed commitment.
_ADVOCACY = re.compile(
    r"\b(?:support|supports|supported|supporting|call|calls|called|calling|urge|urges|urged|"
    r"urging|promote|promotes|promoted|promoting|advocat\w*|favou?r|favou?rs|favou?red|"
    r"reiterat\w*|reaffirm\w*|seek|seeks|sought|seeking|press\w*\s+for|work\w*\s+(?:for|"
    r"towards?)|commit(?:s|ted|ting|ments?)?|appeal\w*|champion\w*|back|backs|backed|backing|endors\w*|"
    r"open\s+negotiations|start\s+negotiations|begin\s+negotiations|(?:useful|sound|good|solid)\s+"
    r"basis)\b"
)
#: Talks or their outcome: a negotiation, an instrument, a treaty, rules or norms.
_TALKS = re.compile(
    r"\b(?:negotiat\w*|instruments?|treat(?:y|ies)|rules|norms|conventions?|agreements?)\b"
)
#: What the talks would prevent: an arms race in space, weapons placed there.
_ARMS_TARGET = re.compile(
    r"\b(?:arms\s+race|placement\s+of\s+weapons|weapons?\s+in\s+(?:outer\s+)?space|"
    r"weaponi[sz]ation)\b"
)
#: A legally binding instrument negotiated, whatever its subject.
_BINDING_TALKS = re.compile(
    r"\bnegotiat\w*\s+" + _GAP + r"{0,8}?(?:an?\s+|the\s+)?legally\s+binding\s+"
    r"(?:instrument|treaty|agreement|convention)\b"
    r"|\blegally\s+binding\s+(?:instrument|treaty)\b"
)
#: The advocacy denied or opposed ("does not support", "opposes the negotiation"): no lift.
_DENIED = re.compile(
    r"\b(?:not|never|no\s+longer)\s+" + _GAP + r"?(?:support|call|urge|promote|favou?r|back|"
    r"endorse|seek)\w*\b|\boppos\w*\s+(?:the\s+|any\s+)?(?:negotiat\w*|instrument|treaty)"
)


def advocates_talks(text: str) -> bool:
    """Whether the masked sentence ``text`` advocates arms-control talks (the module
    docstring's **talks advocated**)."""
    low = " ".join(str(text).lower().replace("’", "'").split())
    if not _ADVOCACY.search(low) or _DENIED.search(low):
        return False
    if _BINDING_TALKS.search(low):
        return True
    return bool(_TALKS.search(low) and _ARMS_TARGET.search(low))


def raise_arms_talks(
    texts: Sequence[str],
    probs: np.ndarray,
    threshold_cooperation: float,
    threshold_competition: float | None = None,
) -> np.ndarray:
    """Head probabilities (n, 2), masked ``texts``: the cooperation head of every sentence that
    advocates arms-control talks raised to just over ``threshold_cooperation`` (a higher head
    is kept; the competition head is never changed). With ``threshold_competition``, a
    sentence whose competition head already reaches it is left alone: lifting its cooperation
    head would send it to the `both` decision, whose answer for these sentences the guide has
    not settled, and a rejected `both` falls back to cooperation and drops the competition
    reading the model made."""
    return lift_cooperation_head(
        texts,
        probs,
        threshold_cooperation,
        advocates_talks,
        unless_competition=threshold_competition,
    )


#: Space or a part of it: the field called a domain of war.
_SPACE = re.compile(r"\b(?:space|orbits?|orbital|the\s+moon|lunar|cislunar)\b")
#: A domain, arena or theatre of war or conflict; a warfighting domain; a battlefield.
_WAR_DOMAIN = re.compile(
    r"\b(?:domain|arena|theat(?:re|er)|place|sphere|realm)s?\s+(?:of|for)\s+(?:armed\s+|open\s+|"
    r"military\s+)?(?:war|wars|warfare|war-?fighting|conflict|conflicts|conflictuality|combat|"
    r"confrontation|hostilities)\b"
    r"|\b(?:war-?fighting|warfare)\s+domains?\b"
    r"|\bbattle(?:field|ground)s?\b"
)


def calls_space_war_domain(text: str) -> bool:
    """Whether the masked sentence ``text`` calls space a domain of war (the module docstring's
    **war domain**)."""
    low = " ".join(str(text).lower().replace("’", "'").split())
    return bool(_WAR_DOMAIN.search(low) and _SPACE.search(low))


__all__ = ["advocates_talks", "calls_space_war_domain", "raise_arms_talks"]
