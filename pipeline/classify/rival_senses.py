"""Competition words in a sense that names no rival ("false friends" of the competition head).

A general cause of false competition calls on the pooled real dev sets (issue 12, twelfth round
of ``scripts/experiment_results.md``), a property of English prose on any topic rather than of
one document: the vocabulary of rivalry used where no side is set against another.
:func:`only_false_friends` recognises it and
:func:`pipeline.classify.competition_rule.cap_competition` lowers the competition head of such
sentences to just under its threshold:

- *approval* ``sanction``: a project, programme, budget or sum "sanctioned" is one approved
  (administrative English, common in Indian and British usage: "the ministry sanctioned funds
  for a second launch pad", "the mission was sanctioned two years later"). The punitive sense
  keeps its side and is left alone: the noun "sanctions", sanctions *on* or *against* someone,
  sanctioned firms, entities, persons or officials;
- *a rivalry era used as a date*: "during the Cold War", "at the close of the space race",
  "since the Cold War" place an event in time. Only when no other competition or rivalry word
  is left in the sentence does it make no competition claim ("after the Cold War the institute
  moved to a new campus"); "during the space race, each side tried to outdo the other" keeps
  its claim;
- *exclusion denied in a call for inclusion*: "no nation should be excluded", "the effort
  cannot be global if some states are excluded", "without excluding anyone" urge that all
  take part (a cooperation claim at most); exclusion imposed on a side ("the rules exclude
  firms of that country") is not of this shape and keeps its claim.
- *a target denied*: "their cooperation is not directed against any third country", "is not an
  act against anyone", "does not seek to exclude anyone": the diplomatic formula that states a
  relation and denies it has a target. The guide reads it as the relation that stands (its
  modality table: "a denied target ... not negated"), a cooperation claim at most; a rivalry
  named beside it ("and does not seek to compete with other initiatives") keeps its claim.
- *a choice not asked of partners* (eighteenth round, a guide decision: exclusion denied is no
  competition claim): "does not ask its partners to choose between programmes", "will not ask
  any of its members to pick one programme over the other", "No member will be asked to favour
  one coalition over the other" deny the pressure to choose that the camps form of
  :mod:`pipeline.classify.rival_camps` names; they state the actor's openness, a cooperation
  claim at most. The denied choice is taken out before the rivalry forms are read, so a
  rivalry or a pressure named beside it ("... but Beijing presses them to take sides") keeps its
  claim, and so does a side's refusal of a pressure ("the country will not be forced to choose
  sides": the pressure of others is there).

It reads the masked sentence (``entcountry``, ``entagency``, ...), as the classifier does.
This module imports the cue lists and the rivalry rule's forms only.
"""

from __future__ import annotations

import re

from pipeline.classify.cue_words import COMPETITION_CUES, cue_pattern
from pipeline.classify.rivalry_rule import rivalry_forms
from pipeline.classify.target_denials import NO_TARGET as _NO_TARGET

# -- false friends -------------------------------------------------------------------------------

#: What is approved when something is "sanctioned" in the administrative sense.
_APPROVED_THING = (
    r"(?:projects?|programmes?|programs?|missions?|schemes?|budgets?|funds?|funding|amounts?|"
    r"outlays?|grants?|money|expenditures?|posts?|proposals?|plans?|costs?|crores?|lakhs?|"
    r"loans?|positions?|facilit(?:y|ies)|centres?|centers?|laborator(?:y|ies)|complex(?:es)?|pads?|"
    r"phases?|stud(?:y|ies))"
)
_GAP = r"(?:[\w'’.,$₹-]+\s+)"
_APPROVAL = re.compile(
    # "the project was sanctioned", "funding for the mission has been sanctioned"
    r"\b" + _APPROVED_THING + r"\b\s+" + _GAP + r"{0,6}?"
    r"(?:was|were|is|are|be|been|being|got|gets|get)\s+(?:\w+\s+)?sanctioned\b"
    # "sanctioned the project", "sanctioned a sum of 500 million for the centre"
    r"|\bsanction(?:ed|ing)?\s+" + _GAP + r"{0,4}?" + _APPROVED_THING + r"\b"
    # "the sanctioned budget", "a sanctioned post"
    r"|\bsanctioned\s+(?:\w+\s+)?" + _APPROVED_THING + r"\b"
)
#: The punitive sense: sanctions (the plural noun), a sanction on someone, sanctioned firms or
#: people.
_PUNITIVE = re.compile(
    # the noun in the plural is the punitive one ("moved from sanctions to joint missions")
    r"\bsanctions\b"
    r"|\bsanction\w*\s+(?:on|against)\b"
    r"|\bsanctioned\s+(?:\w+\s+)?(?:entit(?:y|ies)|firms?|compan(?:y|ies)|individuals?|persons?|"
    r"people|officials?|countr(?:y|ies)|states?|regimes?|banks?|oligarchs?|ent(?:country|company|"
    r"organization|person|agency))\b"
)
_SANCTION = re.compile(r"\bsanction\w*")
#: A rivalry era used as a time: a preposition of time before the era's name.
_ERA = re.compile(
    r"\b(?:during|after|before|since|following|until|till|through|throughout|in|at|by|from)\s+"
    r"(?:the\s+)?(?:(?:very\s+)?(?:end|height|start|beginning|close|days|era|years|time|heyday|"
    r"peak|early\s+years|last\s+years|final\s+years|first\s+years|aftermath|wake)\s+of\s+"
    r"(?:the\s+)?)?(?:space\s+race|cold\s+war|moon\s+race|race\s+to\s+the\s+moon)"
    r"(?:\s+(?:era|years|period))?\b"
    r"|\bpost-cold[\s-]war\b|\bcold[\s-]war[\s-]era\b"
)
#: Exclusion denied in a call for inclusion: nobody is to be left out.
_NO_EXCLUSION = re.compile(
    r"\b(?:should|must|will|shall|can|would|may)\s+(?:not|never)\s+be\s+(?:\w+\s+)?excluded\b"
    r"|\b(?:no|none\s+of\s+the)\s+(?:\w+\s+){0,2}?(?:one|nation|nations|country|countries|state|"
    r"states|party|parties|people|partner|partners)\s+(?:should|must|will|shall|can|would|may|is|"
    r"are)\s+(?:\w+\s+)?(?:be\s+)?excluded\b"
    r"|\bif\s+(?:any|some)\s+(?:\w+\s+){0,6}?(?:is|are|were|was|get|gets)\s+(?:\w+\s+)?excluded\b"
    r"|\bwithout\s+excluding\s+(?:any|anyone|anybody)\b"
)
_EXCLUDE = re.compile(r"\bexclu\w*")
#: A choice not asked of partners: a denied verb of asking or pressing, or "no X will be asked",
#: then a verb of choosing between camps.
_NO_CHOICE = re.compile(
    r"(?:\b(?:does|do|did|will|would|shall|should)\s+not|\bnever)\s+(?:(?!be\b)\w+\s+)?"
    r"(?:ask|require|force|press|push|pressure|oblige|expect)\w*\s+(?:[\w'’]+\s+){0,5}?to\s+"
    r"(?:choose|pick|take\s+sides|favou?r|give\s+up)\b[^;:,]*"
    r"|\b(?:no|none\s+of\s+(?:the|its|their|our))\s+(?:\w+\s+){0,2}?(?:one|partners?|members?|"
    r"countr(?:y|ies)|states?|nations?|agenc(?:y|ies))\s+(?:will|shall|is|are|would|should)\s+be\s+"
    r"(?:asked|required|forced|pressed|pushed|expected)\s+to\s+(?:choose|pick|take\s+sides|"
    r"favou?r|give\s+up)\b[^;:,]*",
    re.IGNORECASE,
)
#: Competition and rivalry words that still make a claim once the false friends are gone.
_STILL_RIVAL = cue_pattern(
    COMPETITION_CUES + " threat* against challeng* restrict* leadership counter* concern* "
    "pressur* dependen* reliance monopol* influenc* attack* aggress* outdo* outdid outdone "
    "superior* supremacy primacy ahead behind beat beaten war wars warfare arms weapon* "
    "military militar* missile* espionage spy spies spying victor* triumph* autonom* arsenal* "
    "nuclear detente détente prestige"
)


def only_false_friends(text: str) -> bool:
    """Whether the masked sentence ``text`` holds competition vocabulary only in a sense that
    names no rival: an approval ``sanction``, a rivalry era used as a date, an exclusion
    denied in a call for inclusion, a target denied or a choice not asked of partners, and no
    other competition or rivalry word (see the module docstring)."""
    low = text.lower()
    rest = low
    found = False
    if _APPROVAL.search(low) and not _PUNITIVE.search(low):
        rest = _SANCTION.sub(" ", rest)
        found = True
    if _ERA.search(rest):
        rest = _ERA.sub(" ", rest)
        found = True
    if _NO_EXCLUSION.search(rest):
        rest = _EXCLUDE.sub(" ", rest)
        found = True
    if _NO_TARGET.search(rest):
        rest = _NO_TARGET.sub(" ", rest)
        found = True
    kept = text
    if _NO_CHOICE.search(text):
        kept = _NO_CHOICE.sub(" ", text)
        rest = _NO_CHOICE.sub(" ", rest)
        found = True
    # a form of rivalry the rivalry rule raises (condemned conduct, superiority ...) keeps its
    # claim: the cap runs after that rule and must not undo it
    return found and not _STILL_RIVAL.search(rest) and not rivalry_forms(kept)


#: The denied-target formula and the words that keep a rivalry beside it, for the rule that
#: reads the formula as the relation that stands (:mod:`pipeline.classify.denied_target`).
NO_TARGET = _NO_TARGET
STILL_RIVAL = _STILL_RIVAL
#: The choice not asked of partners, for the same rule (the guide reads it as the actor's
#: openness, a cooperation claim).
NO_CHOICE = _NO_CHOICE

__all__ = ["NO_CHOICE", "NO_TARGET", "STILL_RIVAL", "only_false_friends"]
