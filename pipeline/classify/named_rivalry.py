"""Rivalry named outright: a word of rivalry between sides in a sentence about sides or space.

The competition head learns rivalry from the team's sentences, where "race", "rivalry" or
"competition" mostly come with more words of a contest; in the registers users bring (hearings,
wire news, policy papers, speeches, strategies) a sentence often names the rivalry in one word
and says nothing else of it: "only two governments were in the race", "here the rivalry is less
polite", "we cannot pretend the competition is not there", "space exploration is not a
zero-sum game", "their missions will compete for the same landing sites". On the 52 blind dev
documents (sixteenth round) the head left 23 such competition or `both` sentences under its
threshold in five of the six families, and 7 sentences of other labels. The guide calls a
rivalry stated, reported, judged or denied a competition claim (a denial is a claim with the
modality `negated`).

:func:`names_rivalry` recognises the form: a noun or verb of rivalry (rival, rivalry, race,
contest, zero-sum, compete, competition, competitor; "raced" only against or with each other)
and, among the sentence's other words, a side or the field (an actor placeholder of masking,
states, nations, powers, agencies, partners, coalitions, blocs, sides; space, lunar, the Moon,
orbit, launch, satellites, rockets). Senses that name no rival are taken out first, because
scholarly and everyday prose has many: contests of students, designs or prizes; competition for
grants or proposals; a race against time or to finish a task; the human race; preventing an
arms race (a shared norm); competing estimates, hypotheses, priorities or designs; "former
rivals" and rivals "once" (a rivalry over, told beside a cooperation); the words quoted as words
("neither 'cooperation' nor 'competition'"); "rival" as "match" ("our results rival the best
measurements"); a rivalry era used as a date ("during the space race", "post-space race"). The
rivalry rule (:mod:`pipeline.classify.rivalry_rule`) raises the competition head of such
sentences; its other rules decide the cooperation head and `both` as for every form.

This module imports nothing of the project.
"""

from __future__ import annotations

import re

#: Nouns and verbs of rivalry between sides.
_RIVALRY_WORD = re.compile(
    r"\b(?:rival|rivals|rivalry|rivalries|race|races|contest|contests|zero-sum|compete|"
    r"competes|competed|competing|competition|competitors?)\b"
    r"|\braced\s+(?:each\s+other|one\s+another|against)\b"
    # a scramble for a scarce good ("the scramble for orbital slots")
    r"|\bscrambl(?:e|es|ed|ing)\s+for\b"
)
#: Senses of those words that name no rival (see the module docstring).
_NO_RIVAL = re.compile(
    r"\b(?:open|fair|free|design|student|students'?|science|photo|essay|art|prize|innovation|"
    r"innovations|hackathon|challenge|robotics|cubesat|rover|pitch|business)\s+(?:[\w-]+\s+)?"
    r"(?:competition|contest)s?\b"
    r"|\b(?:competition|contest)s?\s+(?:for|among|between)\s+(?:the\s+best\s+)?(?:students?|"
    r"teams|universities|schools|ideas|proposals|grants|funding|prizes?)\b"
    r"|\brac(?:e|es|ed|ing)\s+(?:against\s+(?:time|the\s+clock)|to\s+(?:finish|fix|complete|"
    r"repair|the\s+pad|meet))\b"
    r"|\bhuman\s+race\b"
    r"|\bprevent\w*\s+(?:of\s+)?(?:an?\s+)?arms\s+race\b"
    r"|\bcompeting\s+(?:interests|demands|priorities|needs|estimates|explanations|hypotheses|"
    r"views|theories|accounts|readings|interpretations|options|designs|models)\b"
    r"|\b(?:former|erstwhile|onetime|one-time)\s+rivals?\b"
    r"|\bonce\s+(?:(?:we|they)\s+)?(?:were\s+)?(?:rivals?|raced|competed)\b"
    r"|\bwere\s+once\s+rivals\b"
    r"|[\"“'‘](?:cooperation|competition|rivalry|race|contest)[\"”'’]"
    r"|\brival(?:s|led|ling)?\s+(?:the|much|many|larger|deeper|systems|models|methods)\b"
    r"|\b(?:during|after|before|since|following|until|through|throughout|in|at|by|from)\s+"
    r"(?:the\s+)?(?:(?:end|height|start|beginning|close|days|era|years|time|peak|aftermath)\s+"
    r"of\s+(?:the\s+)?)?(?:space|moon|lunar)\s+race(?:\s+(?:era|years|period))?\b"
    r"|\bpost-(?:space|moon)[\s-]race\b"
)
#: A side or the field among the sentence's other words.
_SIDE_OR_FIELD = re.compile(
    r"\bent(?:country|agency|organization|company|person|program|mission|station|agreement)\b"
    r"|\b(?:states?|nations?|countr(?:y|ies)|governments?|powers?|superpowers?|agenc(?:y|ies)|"
    r"partners?|allies|coalitions?|blocs?|camps?|sides?|adversar\w*|space|lunar|moon|orbit\w*|"
    r"launch\w*|satellit\w*|rockets?|spacecraft|mars|astronaut\w*|cosmonaut\w*)\b"
)


def names_rivalry(text: str) -> bool:
    """Whether the masked sentence ``text`` names a rivalry outright (see the module
    docstring): a word of rivalry in a sense that can have a rival, and a side or the field
    among its other words."""
    rest = _NO_RIVAL.sub(" ", text.lower())
    if not _RIVALRY_WORD.search(rest):
        return False
    return bool(_SIDE_OR_FIELD.search(_RIVALRY_WORD.sub(" ", rest)))


__all__ = ["names_rivalry"]
