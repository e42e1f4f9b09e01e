"""Two kinds of real text that the competition head over-reads, and the guide's answer to each.

A competition claim needs a relation *against another side*: a rival, a contest, one actor
acting against or keeping out another (annotation guide). Two kinds of neutral text carry the
vocabulary of competition without such a relation, and on real documents (issue 12) they drew
most of the false competition calls the dev sets did not show:

- **headings, titles and bylines** ("Defence Space Strategy of the United Kingdom", "Ministry of
  National Defense, Press Office"): a line in title case with no sentence end names a document,
  an office or an author; it makes no claim (:func:`is_heading`);
- **rules on a party's own conduct** ("No Party shall establish military installations on the
  Moon", "The directive prohibits the department from developing weapons for use from
  orbit"): the guide calls rules that only restrict what each party itself may do neutral,
  unless they are framed as rivalry. :func:`is_own_conduct_rule` recognises a prohibition
  whose only competition words are the prohibition's own (ban, prohibit, forbid), with no
  other side in its reach: no party named after the prohibition word, no cooperation word (a
  ban on *working with* a country is exclusion, a competition claim), no trade word (export,
  sale, transfer: export controls aimed at others are competition), no rivalry word.

:func:`cap_competition` lowers the competition head of such sentences to just under its
threshold (as the `both` rule does), so every consumer of the head probabilities reads the same
decision; a model's ``competition_rule`` setting turns it on. The rule reads the masked sentence
(actor mentions as ``entcountry``, ``entagency``, ...), as the classifier does.

- **a state's own capability or security with no rival** ("the country puts self-reliance in
  science first, so that its space industry is held in its own hands", "securing the use of
  space has become a matter of national security", "it will strengthen its ability to act
  independently in space", "it intends to land its own astronauts", "two constellations of its
  own"): the guide counts self-reliance or independence a competition claim only when it is
  sought explicitly against other actors or outside constraints, and a capability with no
  relation between actors is neutral. :func:`is_own_capability` recognises words of
  self-reliance, independence, autonomy, sovereignty, one's own control, one's own thing ("its
  own", "of their own") or national security in a sentence with at most one party named, no
  word of another side or of trade (as for the own-conduct rule), no outside constraint (access
  denied, a permission), no word of force (a threat, an attack, a weapon), no competition cue
  besides self-reliance, no rivalry form and no cooperation cue.

- **a pledge of restraint** ("pledged not to conduct destructive missile tests", "declared that
  it would carry out no such tests, following entcountry"): the own-conduct rule made as a
  promise, which often names the sides it follows or invites to join, so the other-side test
  of the own-conduct rule would keep it; joining or inviting a restraint is no rivalry
  (:func:`is_restraint_pledge`), unless the pledge is refused or denied or the sentence holds
  rivalry besides.

A further kind, competition words in a sense that names no rival (an approval "sanction", a
rivalry era used as a date), is recognised by :mod:`pipeline.classify.rival_senses`, and one
more, a short question that only asks where a side stands ("Where does that leave
entcountry?"), by :mod:`pipeline.classify.standing_questions`.

This module imports NumPy, the cue lists, those modules and the rivalry forms only (the predictor
uses it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from pipeline.classify.both_rule import RIVALRY_CUES
from pipeline.classify.cue_words import COMPETITION_CUES, cue_counts, cue_pattern
from pipeline.classify.instrument_lines import is_final_clause
from pipeline.classify.rival_senses import only_false_friends
from pipeline.classify.rivalry_rule import rivalry_forms
from pipeline.classify.standing_questions import asks_standing

#: How far under its threshold a lowered competition head is put.
_BELOW = 1e-3

# -- headings ------------------------------------------------------------------------------------

#: Words a title leaves in lower case.
_SMALL_WORDS = frozenset(
    ("a", "an", "and", "the", "of", "on", "for", "in", "to", "by", "at", "from", "with",
     "before", "after", "as", "or", "under", "into", "its", "their", "his", "her", "our", "vs",
     "versus")
)  # fmt: skip
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_PLACEHOLDER = re.compile(r"^ent[a-z]+$")
#: A numbered heading may end with a full stop ("Sec. 3. Policy of the United States.").
_NUMBERED = re.compile(r"^\W*(?:sec(?:tion)?|art(?:icle)?|chapter|part|annex)\.?\s+[\w.-]+\s", re.I)
_SENTENCE_END = (".", "!", "?", ";", ":", ",")
#: Competition and rivalry words: a heading that holds one ("Strategic Competition in Space",
#: "The New Space Race") may well state a claim and is left to the model.
_RIVALRY = cue_pattern(COMPETITION_CUES + " " + RIVALRY_CUES + " war wars warfare arms")
HEADING_MAX_WORDS = 25
#: Share of a heading's content words (not small words, not placeholders) that are capitalised.
HEADING_CAPITALISED = 0.75


def is_heading(text: str) -> bool:
    """Whether ``text`` is a title, heading or byline: at most :data:`HEADING_MAX_WORDS` words,
    no sentence end (unless it is a numbered section heading), most content words capitalised,
    and no competition or rivalry word."""
    s = text.strip()
    words = _WORD.findall(s)
    if not words or len(words) > HEADING_MAX_WORDS:
        return False
    if s.endswith(_SENTENCE_END) and not _NUMBERED.match(s):
        return False
    if _RIVALRY.search(s.lower()):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS and not _PLACEHOLDER.match(w)]
    if not content:
        return True
    capitalised = sum(w[0].isupper() for w in content)
    return capitalised / len(content) >= HEADING_CAPITALISED


# -- rules on a party's own conduct --------------------------------------------------------------

_PROHIBITION = re.compile(
    r"\b(?:prohibit\w*|forbid\w*|forbade|ban|bans|banned|banning|bar|bars|barred|barring|"
    r"shall\s+not|may\s+not|undertakes?\s+not|refrain\w*|"
    r"no\s+(?:[\w-]+\s+){1,3}?(?:shall|may)|"
    # a pledge of self-restraint ("commits not to conduct destructive tests")
    r"not\s+to\s+(?:\w+\s+)?(?:conduct|test|deploy|place|station|establish|develop|use|launch|"
    r"carry|install|build|claim|fly|operate)\w*)\b"
)
#: The competition cues a prohibition brings itself.
_PROHIBITION_CUE = re.compile(r"^(?:prohibit\w*|forbid\w*|ban|bans|banned|banning)$")
_COMPETITION = cue_pattern(COMPETITION_CUES)
_RIVALRY_ONLY = cue_pattern(RIVALRY_CUES.replace(" against ", " "))
#: A party placeholder of masking: a side the prohibition could be aimed at.
_PARTY = re.compile(r"\bent(?:country|agency|organization|company|person)\b")
#: Words of trade or of another side: the prohibition reaches beyond the party's own conduct.
_OTHER_SIDE = re.compile(
    r"\b(?:export\w*|import\w*|sell\w*|sale|sales|transfer\w*|purchas\w*|buy\w*|foreign\w*|"
    r"abroad|outside|west|western|east|eastern|other\s+(?:states?|countries|parties|nations|"
    r"governments?|actors?|operators?)|another\s+(?:state|country|party|nation|government|actor)|"
    r"another's|other's|each\s+other|exclusiv\w*|"
    r"rival\w*|adversar\w*|enem\w*|neighbou?r\w*|hostile|concern|others|behind|surrender\w*|"
    # suppliers and buyers: a ban on dealing with them keeps another side out
    r"procur\w*|contract\w*|firms?|compan(?:y|ies)|entit(?:y|ies)|investors?|suppliers?|"
    r"vendors?|owned\s+(?:or\s+controlled\s+)?by|controlled\s+by|[\w]+-made|"
    r"(?:made|manufactured|built|designed)\s+(?:in|by)|origin\w*|listed|designat\w*|watchlist\w*|"
    r"delegations?|visit\w*|admit\w*|entry)\b"
)
#: "against" sets the prohibition against a side only when a side follows it.
_AGAINST_SIDE = re.compile(
    r"\bagainst\s+(?:\w+\s+){0,3}?(?:ent(?:country|agency|organization|company|person)|other|"
    r"another|foreign\w*|rival\w*|adversar\w*|enem\w*|any\s+(?:state|country|nation))\b"
)


def is_own_conduct_rule(text: str) -> bool:
    """Whether the masked sentence ``text`` is a prohibition on the conduct of its own subject
    only (see the module docstring)."""
    low = text.lower()
    hit = _PROHIBITION.search(low)
    if not hit:
        return False
    if any(not _PROHIBITION_CUE.match(c) for c in _COMPETITION.findall(low)):
        return False  # a competition word besides the prohibition's own
    if _RIVALRY_ONLY.search(low) or _AGAINST_SIDE.search(low):
        return False
    if cue_counts(low)["cooperation"]:
        return False  # cooperation forbidden to an actor is exclusion
    # a party named after the prohibition, or a word of trade or of another side
    return not (_PARTY.search(low, hit.start()) or _OTHER_SIDE.search(low))


# -- a state's own capability with no rival ------------------------------------------------------

_OWN_CAPABILITY = re.compile(
    r"\b(?:self-relian\w*|self-sufficien\w*|independen\w*|autonom\w*|sovereign\w*|"
    r"(?:its|our|their)\s+own\s+(?:hands|control)|national\s+security|"
    r"of\s+(?:its|our|their)\s+own|(?:its|our|their)\s+own\s+[a-z-]+)\b"
)
#: Words of force, which aim at someone even when the sentence names one side only ("tested a
#: missile that destroyed one of its own satellites, and jams signals").
_HOSTILE = re.compile(
    r"\b(?:threat\w*|attack\w*|jam|jams|jammed|jamming|aggress\w*|destro\w*|destructi\w*|"
    r"missiles?|weapons?)\b"
)
#: Words that set the context against others though no side is named: a rival context, or
#: the outside constraint the guide names (access denied, a permission not to be asked, rules
#: written in one's own favour).
_RIVAL_CONTEXT = re.compile(
    r"\b(?:geopolitic\w*|strategic\s+competition|great[\s-]power|permission|denied|denial|"
    r"ruled\s+out|favou?r|before\s+(?:our|their|its)\s+own)\b"
)


def is_own_capability(text: str) -> bool:
    """Whether the masked sentence ``text`` seeks self-reliance, independence or security for
    one party only, with no other side (see the module docstring)."""
    low = text.lower()
    if not _OWN_CAPABILITY.search(low) or len(_PARTY.findall(low)) > 1:
        return False
    if _OTHER_SIDE.search(low) or _RIVAL_CONTEXT.search(low) or cue_counts(low)["cooperation"]:
        return False
    if _HOSTILE.search(low):
        return False  # a threat, an attack, a weapon: aimed at someone
    if any(not c.startswith("self-relian") for c in _COMPETITION.findall(low)):
        return False
    return not rivalry_forms(text)


# -- a pledge of restraint ------------------------------------------------------------------------

#: A verb of pledging, then within the clause a restraint: "pledged not to conduct", "declared
#: that it would carry out no destructive tests", "has committed never to test", "a commitment
#: not to".
_PLEDGE = re.compile(
    r"\b(?:pledg\w*|commit\w*|declar\w*|vow\w*|promis\w*|undert(?:ook|ake|akes|aking)|"
    r"announc\w*|renounc\w*)\b[^.;:]{0,60}?\b(?:not\s+to|never\s+to|to\s+not|"
    r"(?:would|will|shall)\s+(?:\w+\s+){0,2}?(?:no(?!\s+longer)|never)|no\s+(?:[\w-]+\s+){0,3}?"
    r"(?:tests?|testing|launch\w*|deployment\w*|weapons?))\b"
)
#: A pledge refused, rejected or denied is a stance against it, not restraint.
_PLEDGE_DENIED = re.compile(
    r"\b(?:refus\w*|reject\w*|declin\w*|not|never|no|without|fail\w*)\s+(?:\w+\s+){0,2}?$"
)


def is_restraint_pledge(text: str) -> bool:
    """Whether the masked sentence ``text`` reports or makes a pledge of restraint ("pledged not
    to conduct destructive tests") with no rivalry besides: the guide's rule that only limits
    what a party itself may do, made as a promise. Other sides may be named, as those the
    pledge follows or invites ("following entcountry", "and asked others to follow"): joining
    a restraint is no rivalry. Not when the pledge is refused or denied, nor beside a
    competition cue other than a prohibition's own, "against" a side, or a rivalry form."""
    low = text.lower()
    hit = _PLEDGE.search(low)
    if not hit or _PLEDGE_DENIED.search(low[: hit.start()]):
        return False
    if any(not _PROHIBITION_CUE.match(c) for c in _COMPETITION.findall(low)):
        return False
    if _AGAINST_SIDE.search(low):
        return False
    return not rivalry_forms(text)


def no_competition_relation(text: str) -> bool:
    """A heading, a rule on a party's own conduct, a party's own capability with no rival, a
    pledge of restraint, competition words only in a sense that names no rival
    (:func:`pipeline.classify.rival_senses.only_false_friends`), or a short question that only
    asks where a side stands (:func:`pipeline.classify.standing_questions.asks_standing`), or
    an instrument's final clause (:func:`pipeline.classify.instrument_lines.is_final_clause`:
    withdrawal under the clause is the text's own life, no rivalry): no competition claim,
    whatever the words."""
    return (
        is_heading(text)
        or is_own_conduct_rule(text)
        or is_own_capability(text)
        or is_restraint_pledge(text)
        or only_false_friends(text)
        or asks_standing(text)
        or is_final_clause(text)
    )


def cap_competition(texts: Sequence[str], probs: np.ndarray, threshold: float) -> np.ndarray:
    """Head probabilities (n, 2) with the competition head of every heading and own-conduct
    rule lowered to just under ``threshold`` (the competition head's threshold)."""
    probs = np.asarray(probs, dtype=float)
    if not len(probs):
        return probs
    out = probs.copy()
    ceiling = max(0.0, threshold - _BELOW)
    for i, text in enumerate(texts):
        if out[i, 1] > ceiling and no_competition_relation(str(text)):
            out[i, 1] = ceiling
    return out


__all__ = [
    "HEADING_CAPITALISED",
    "HEADING_MAX_WORDS",
    "cap_competition",
    "is_heading",
    "is_own_capability",
    "is_own_conduct_rule",
    "no_competition_relation",
]
