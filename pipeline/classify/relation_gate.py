"""Sentences that cannot state a relation between actors: no side, no relation, no space affairs.

A cooperation or competition claim is a relation between actors in space affairs (annotation
guide). Scholarly and technical prose uses the relation vocabulary in a technical sense
("contributions to the susceptibility", "training data", "the exchange parameters", "thermal
noise dominates"), and the masked TF-IDF model reads those words as claims (issue 12: 69 of
6,511 sentences of 25 arXiv papers were labelled claims, nearly all falsely).

:func:`no_relation` recognises a masked sentence that has none of what a claim needs:

- **no actor mention**: no placeholder of masking (``entcountry``, ``entagency``, ...);
- **no party expression**: no word for a side (states, nations, countries, parties, partners,
  agencies, governments, sides, members, signatories, allies, blocs, powers, leaders,
  delegations, participants, adversaries, donors, negotiators, envoys, diplomats, institutions,
  anything foreign, "each other", "one another", international, bilateral, multilateral);
- **no side named by a pronoun in a relation**: a personal pronoun that can stand for a side
  (we, our, us, they, their, them: treaty, joint-statement and speech sentences name their
  parties that way) or a word that counts or groups sides (both, two, all, each, neither,
  the other, others, together, joint) counts only together with a word of acting with another
  side: working or being together (not "together with", a preposition), having agreed,
  common, sharing, commitments, ties, discussing, talking, or "joint" before a joint
  undertaking (statement, venture, mission, group, meeting, review, programme ...). Alone those words are the author's "we" of every paper
  ("we show that", "our method", "both terms", "the two models", "a joint distribution"): in
  the fifteenth round, with the previous-sentence mixing gone, they let 114 of 166 claims
  through the gate in 25 scholarly papers that hold none;
- **no relation word**: no word of cooperation, collaboration, competition, rivalry, race,
  contest, treaty, accord, memorandum, agreement, consultation, pledge, sanction, embargo,
  blockade, boycott, tariff, dispute, hostility, coercion or co-development, whatever its sense;
- **no word of space affairs, governance or rules**: space, launch, satellite, orbit, the
  Moon, Mars, astronauts; council, president, ministry, administration, commission, committee,
  office, department, authority, community, government, policy, public and private, industry,
  users, operators, contractors, register, military, defence, security, trade; stations,
  landers, rovers; charters, conventions, regulations, guidelines, articles.

Before the search, the technical compounds of those words are taken out: the spaces of
mathematics and physics (parameter, phase, state, feature, vector, Hilbert ... space; space
coordinates), the states of physics (quantum, ground, entangled, equilibrium ... states) and
agreement of a result with data ("good agreement", "in agreement with the
observations"): they are the scholarly senses of "space" and "agreement", not space affairs or
an accord.

Every one of those lists is general: a sentence of a treaty, statement, speech, news story or
paper about space relations that holds a claim names a side, a relation or the field itself. On
the real dev sets 2 of 597 gold claims are such sentences (a rhetorical threat with "them", a
speech's "we will develop tools"; 1 before the pronoun condition), on the blind dev documents
23 of 745 (22 before; mostly agreement headings such as "have agreed as follows", which the
model calls neutral anyway), and 2 of the 5,685 claims of the shipped training sentences
(``scripts/experiment_results.md``, tenth and fifteenth rounds), while about one in seven of the
real neutral sentences is.

:func:`cap_unrelated` lowers both heads of such sentences to just under their thresholds (as
the competition rule does), so every consumer of the head probabilities reads the same
decision; a model's ``relation_gate`` setting turns it on.

This module imports NumPy only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

#: How far under its threshold a lowered head is put.
_BELOW = 1e-3

#: An actor placeholder of masking (``pipeline.classify.masking``); dates do not count.
_ACTOR = re.compile(
    r"\bent(?:country|agency|organization|company|person|program|mission|station|agreement)\b"
)
#: Words for a side (pronouns and words that count sides: ``_WEAK_SIDE``).
_PARTY = (
    r"states?|nations?|national|countr(?:y|ies)|part(?:y|ies)|partners?|partnerships?|"
    r"agenc(?:y|ies)|governments?|sides?|members?|membership|signator(?:y|ies)|"
    r"each\s+other|one\s+another|international\w*|bilateral\w*|multilateral\w*|"
    r"allies|allied|alliances?|coalitions?|blocs?|camps?|powers|leaders?|delegat\w*|participants?|"
    r"adversar\w*|foreign\w*|donors?|negotiat\w*|envoys?|diplomat\w*|institutions?|secretary"
)
#: Pronouns that can stand for a side and words that count or group sides: a side only with a
#: word of :data:`_WITH_SIDE` (alone, they are the author's "we" and the "both" of a method).
_WEAK_SIDE = re.compile(
    r"\b(?:we|our|ours|us|they|their|them|both|two|all|each|neither|others?|together|jointly|joint)\b"
)
#: Acting with another side: with a word of ``_WEAK_SIDE``, a relation between sides.
_WITH_SIDE = re.compile(
    r"\b(?:together(?!\s+with\b)|agreed|common|shar(?:e|es|ed|ing)|commit\w*|ties|discuss\w*|talk\w*|"
    r"joint(?:ly)?\s+(?:\w+\s+)?(?:statements?|declarations?|communiq\w*|ventures?|missions?|programm?es?|"
    r"projects?|efforts?|work\w*|groups?|organi[sz]ations?|meetings?|reviews?|exercises?|"
    r"research|development|operations?|activit\w*|teams?|cent(?:er|re)s?|stud\w*|plans?|"
    r"initiatives?))\b"
)
#: Technical compounds of words of ``_DOMAIN`` and ``_RELATION``: the spaces of mathematics and
#: physics, and the agreement of a result with data; taken out before the search.
_TECHNICAL = re.compile(
    r"\b(?:parameter|phase|state|search|feature|vector|hilbert|latent|function|configuration|"
    r"sample|solution|design|embedding|metric|euclidean|hypothesis|colou?r|tangent|projective|"
    r"topological|banach|sobolev|fock|momentum|position|real|complex)\s+spaces?\b|"
    r"\bspace\s+(?:coordinates?|dimensions?|variables?)\b|"
    r"\b(?:good|full|excellent|close|reasonable|perfect|fair|better|poor)\s+agreement\b|"
    r"\b(?:quantum|ground|excited|bound|entangled|separable|uniform|pure|mixed|spin|"
    r"equilibrium|steady|stationary|metastable|initial|final|eigen)\s+states?\b|"
    r"\bagreement\s+with\s+(?:the\s+)?(?:[\w-]+\s+(?:and\s+)?){0,3}?"
    r"(?:data|results?|observations?|experiments?|"
    r"measurements?|theory|predictions?|simulations?)\b"
)
#: Relation words, in any sense.
_RELATION = (
    r"cooperat\w*|co-operat\w*|collaborat\w*|compet\w*|rival\w*|race|races|treaty|treaties|"
    r"accords?|memorand\w*|agreements?|consult\w*|contest\w*|scrambl\w*|zero-sum|pledg\w*|"
    r"sanction\w*|embargo\w*|blockad\w*|boycott\w*|tariffs?|disput\w*|hostil\w*|sabotag\w*|"
    r"occup\w*|coerci\w*|co-develop\w*"
)
#: Words of space affairs and of governance.
_DOMAIN = (
    r"space|launch\w*|satellit\w*|spacecraft|orbit\w*|lunar|moon|mars|astronaut\w*|"
    r"cosmonaut\w*|council|president\w*|minist\w*|administration|commission|committee|office|"
    r"department|authorit\w*|communit\w*|entit(?:y|ies)|users?|operators?|contractors?|"
    r"stations?|landers?|rovers?|friend\w*|register|"
    r"registry|federal|public|private|commercial|industry|industrial|government\w*|militar\w*|"
    r"defen[cs]e|security|polic(?:y|ies)|charters?|conventions?|regulations?|guidelines?|"
    r"articles?|trade(?!-)"
)
_ANY = re.compile(rf"\b(?:{_PARTY}|{_RELATION}|{_DOMAIN})\b")


def no_relation(text: str) -> bool:
    """Whether the masked sentence ``text`` names no actor, no side, no relation and nothing of
    space affairs or governance (see the module docstring): it cannot be a claim."""
    low = text.lower()
    if _ACTOR.search(low):
        return False
    low = _TECHNICAL.sub(" ", low)
    if _ANY.search(low):
        return False
    return not (_WEAK_SIDE.search(low) and _WITH_SIDE.search(low))


def cap_unrelated(
    texts: Sequence[str], probs: np.ndarray, thresholds: Sequence[float]
) -> np.ndarray:
    """Head probabilities (n, 2) with both heads of every sentence that :func:`no_relation`
    recognises lowered to just under ``thresholds`` (cooperation, competition)."""
    probs = np.asarray(probs, dtype=float)
    if not len(probs):
        return probs
    out = probs.copy()
    ceilings = np.array([max(0.0, float(t) - _BELOW) for t in thresholds])
    for i, text in enumerate(texts):
        if (out[i] > ceilings).any() and no_relation(str(text)):
            out[i] = np.minimum(out[i], ceilings)
    return out


__all__ = ["cap_unrelated", "no_relation"]
