"""Rivalry told as a choice between camps, a race to be first, a field grown contested, a side
displaced by others, a hedge against a side or harm to its satellites.

Four forms of a competition claim that name no rival with a word of rivalry, and that the
competition head under-reads (seventeenth round: 29 competition or `both` sentences of the
blind dev documents, in all six families, most of them under the head's threshold or rejected
as `both` for want of a competition word). The guide calls "programs or blocs set against each
other" and "races and contests for ... the making of rules" competition claims:

- **camps**: sides set against each other as camps that others must choose between. Choosing,
  picking or taking sides, choosing between two programmes or powers, the pressure to choose;
  one camp, bloc or superpower chosen, picked, joined or made part of (twentieth round: "should
  not have to pick one superpower", "we are not joining anybody's camp");
  being split into two (or rival) camps, caught or sitting between two of them, a foot in each
  camp; forming small circles, exclusive blocs or cliques; one camp, programme, coalition or
  partner chosen *over*, played *against* or lost *for* the other ("joining one programme
  would close the door to the other", "pick one lunar programme over the other"). Naming two
  coalitions alone is not of this shape ("the two coalitions differ most on ownership" compares
  them): the form needs the choice, the split or the exclusion;
- **first**: a race to be first told by who wins it, "whoever gets there first", "whoever
  builds the networks first will write the rules", and the race for the making of rules,
  "whoever writes the rules for the south pole"; not "whoever shows up" (no race is named);
- **contested**: the field itself grown competitive or contested, "space is increasingly
  contested", "the environment has become much more competitive". A competitive market, price
  or selection is not of this shape (open to bidders: a neutral description or a cooperation
  rule, see :mod:`pipeline.classify.both_rule`), nor an industry made "more competitive" by its
  own government (a state's own industrial policy with no rival): the form needs a verb of
  becoming or "increasingly" and, before it, the field (space, orbit, the Moon, the
  environment, the region, the market). The same scarce goods sought by several sides are a
  field contested too: "both coalitions are aiming for the same few craters", "missions of each
  coalition will prospect the same ground";
- **displaced**: a side crowded, priced or squeezed out, or shut out of something, by others;
  sides drawn or lured away from another ("a tool to draw developing countries away from the
  Accords"); views presented in (direct) opposition to another group's (the guide's own "in
  direct opposition to"). Heat drawn away from a circuit or a spacecraft pulling away from a
  station is not of this shape: the one drawn away must be a side.

Two more (eighteenth round) name the side a state's strategy is aimed at, without a word of
rivalry (the guide's "threats, security worries or hostility aimed at another actor"):

- **hedged**: a system or policy built as insurance, a hedge, a bulwark, a counterweight or a
  buffer against a side ("built as insurance against entcountry", "a hedge against foreign
  pressure" is not: the side must be a state, an agency, a rival or foreign powers);
- **harmed**: a capability or payload able or used to damage, destroy, disable, disrupt, attack,
  blind or jam the satellites or space objects of another state, a foreign state or a rival ("a
  payload likely to be used to damage the space objects of another state"); not the liability
  for "damage to the space objects of another State" of the space treaties, which names no
  hostile act.

One more (nineteenth round) is the register of groups of developing or smaller states, their
statements at the UN and the news and history that report them: orbits and spectrum are finite,
and what a few take the others lose (the guide's "conflicting interests between actors"):

- **scarce**: orbits, orbital slots, frequencies or spectrum taken up, crowded, grabbed, hoarded
  or reserved by some while smaller, developing or later states (latecomers, newcomers, the
  rest) are named as those who need them, or before others can take the best of them ("a
  handful of operators file for tens of thousands of satellites, taking up orbits that
  developing countries will need"); or a fair, equitable or larger share of such a resource
  pressed, lobbied or fought for ("delegates pressed for a fair share of the geostationary
  orbit"). Blind dev: four such sentences in four documents of four families, all marked
  competition, none called so. A share of a mission's cost, debris crowding an orbit, or a
  satellite taking up its own orbit name no side that loses and are left alone; "access ...
  must be equitable" alone states a principle, not a contest, and is left to the heads.

:func:`camp_forms` names the forms a masked sentence holds; the rivalry rule
(:mod:`pipeline.classify.rivalry_rule`) raises the competition head of such sentences, and the
`both` rule (:mod:`pipeline.classify.both_rule`) counts each form as the competition half of a
`both` claim beside a word of cooperation ("signed agreements with both camps", "we intend to
be at that table with our partners").

One more (twentieth round) is the contest for the making of rules told by who is left out of it
(the guide's "races and contests for ... the making of rules"), in statements at the UN, the
white papers and the news and papers that report them:
- **club**: rules, norms or standards written, drawn up, set or imposed by a few (a small,
  closed or single group, a club or bloc, a group of like-minded states, a handful) or only by
  those who arrive first, or imposed on others ("will not accept rules drawn up by a small group
  of countries and imposed on others", "negotiated at the UN rather than set by any single group
  of States", "resource rules written by one club"). Blind dev: six such sentences in five
  documents of four families, all marked competition or `both`, three called cooperation or
  neutral. Rules set by a working group or by "the group" a text names are not of this shape
  (no few set against the rest).

This module imports nothing of the project.
"""

from __future__ import annotations

import re

_W = r"(?:[\w'’-]+\s+)"
#: What a side can be called when sides are camps to choose between.
_CAMP = (
    r"(?:camps?|blocs?|coalitions?|clubs?|circles|alliances?|programmes?|programs?|partners?|"
    r"powers?|superpowers?|sides?|ent(?:country|agency|program|organization))"
)
_CAMPS = re.compile(
    # choosing between sides, or the pressure to
    r"\b(?:choos\w*|chose|chosen|pick\w*|tak(?:e|es|ing)|took)\s+(?:a\s+|one\s+)?sides\b"
    r"|\b(?:choos\w*|chose|chosen|pick\w*)\s+between\s+(?:the\s+)?(?:two\s+|rival\s+)?"
    + _W
    + r"{0,2}?"
    + _CAMP
    + r"\b"
    r"|\b(?:pressure|pressed|pressured|forced|asked|told)\s+(?:\w+\s+){0,3}?to\s+choose\b"
    # one camp, bloc or superpower to be chosen, picked or joined: a single side taken
    # ("should not have to pick one superpower", "not joining anybody's camp", "pick a relay
    # network and, with it, a camp", "would make it part of a bloc"); not a partner or a
    # programme picked, which may be a cooperation choice, nor "a side" as a modifier
    r"|\b(?:choos\w*|chose|chosen|pick\w*|join\w*|enter\w*|part\s+of)\s+(?:[^.;]{0,30}?\s)?"
    r"(?:a|one|either|any|anybody's|anyone's|somebody's|someone's|a\s+single)\s+"
    r"(?:[\w-]+\s+)?(?:camp|bloc|superpower|side)\b"
    # the side as the object itself, not a modifier ("a side entrance")
    r"(?=\s*(?:[.,;:!?)\"']|$|(?:in|of|against|and|or|over|with|at|now|yet)\b))"
    # split into camps, caught between them, a foot in each
    r"|\bsplit\w*\s+(?:up\s+)?(?:into|between)\s+(?:the\s+)?(?:two|rival)\b"
    r"|\b(?:caught|squeezed|torn|sits?|sitting|sat|stuck|trapped)\s+(?:\w+\s+)?between\s+"
    r"(?:the\s+)?(?:two|rival)\b"
    r"|\bfoot\s+in\s+(?:each|both)\s+camps?\b"
    # blocs formed against others
    r"|\bform\w*\s+(?:small|exclusive|closed|rival)\s+(?:blocs?|circles|cliques|clubs)\b"
    r"|\brival\s+(?:blocs|camps)\b|\bbloc\s+(?:confrontation|politics|rivalry)\b"
    # one camp chosen over, played against or lost for the other
    r"|\bone\s+" + _W + r"{0,2}?" + _CAMP + r"\s+(?:[^.;]{0,80}?\s)?"
    r"(?:over|against|lose|loses|losing|lost|close\w*|refus\w*|exclud\w*|instead\s+of|"
    r"rather\s+than)\s+(?:[^.;]{0,30}?\s)?the\s+other\b"
)
_FIRST = re.compile(
    r"\bwhoever\s+" + _W + r"{1,7}?first\b"
    r"|\bwhoever\s+(?:writes|sets|makes|shapes|controls|drafts)\s+(?:the\s+)?(?:rules|norms|"
    r"standards)\b"
)
_CONTESTED = re.compile(
    r"\b(?:space|orbits?|moon|environment|landscape|arena|domain|field|region|market|"
    r"situation)\b[^.;]{0,60}?\b(?:(?:has|have)\s+(?:\w+\s+)?(?:become|grown)|becom\w*|"
    r"grow\w*|getting|increasingly)\s+(?:much\s+|far\s+|ever\s+|even\s+)?(?:more\s+)?"
    r"(?:\w+\s+and\s+(?:more\s+)?)?(?:competitive|contested)\b"
    # the same scarce goods sought by several sides ("aiming for the same few craters")
    r"|\b(?:aim\w*|go(?:es|ing)?|head\w*|target\w*|eye\w*|prospect\w*)\s+(?:for\s+|at\s+)?"
    r"the\s+same\s+(?:[\w-]+\s+){0,2}?(?:craters?|sites?|slots?|frequenc\w+|orbits?|"
    r"customers?|resources?|ground|regions?|locations?|markets?|areas?)\b"
)
_DISPLACED = re.compile(
    r"\b(?:crowd|pric|squeez)(?:e|ed|es|ing|s)?\s+out\b|\bshut\s+out\s+of\b"
    r"|\bin\s+(?:direct\s+|open\s+)?opposition\s+to\b"
    r"|\b(?:draw|draws|drew|drawn|drawing|lur(?:e|es|ed|ing)|peel\w*)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:countries|states|nations|partners|members|allies|governments|ent(?:country|agency)|"
    r"them|others)\s+away\s+from\b"
)
#: A few who make the rules for all: a small, closed or single group, a club or bloc, a group of
#: (like-minded) states, a few or a handful, those who arrive first.
_FEW = (
    r"(?:(?:(?:a|one|any|the|that)\s+)?(?:small|closed|select|single|exclusive|narrow)\s+"
    r"(?:group|club|circle|bloc|handful)\b(?!\s+of\s+(?!(?:[\w-]+\s+)?(?:countries|states|"
    r"nations|powers|governments|entcountry)\b))"
    r"|(?:a|one|that|any)\s+(?:club|bloc|circle)\b"
    r"|(?:(?:a|one|any)\s+)?group\s+of\s+(?:like-minded\s+)?(?:countries|states|nations|powers|"
    r"governments|entcountry)\b"
    r"|a\s+(?:few|handful)\b(?:\s+of\s+[\w-]+)?)"
)
_CLUB = re.compile(
    r"\b(?:rules|norms|standards|principles|rulebooks?)\b[^.;]{0,60}?\b(?:written|drawn\s+up|"
    r"drafted|set|made|decided|dictated|imposed|shaped)\s+(?:only\s+)?by\s+"
    + _FEW
    + r"|\b(?:not\s+)?(?:only|just)\s+by\s+(?:those|the\s+few|a\s+few)\s+who\s+"
    r"(?:arrive|get|come|land|go)\w*\s+(?:there\s+)?first\b"
    r"|\bimposed\s+on\s+(?:others|other\s+(?:countries|states|nations)|everyone\s+else|"
    r"the\s+rest)\b"
)
#: A side that strategy is aimed at, for the two forms below.
_SIDE = (
    r"(?:ent(?:country|agency)\b|rivals?\b|adversar\w*|foreign\b|another\s+(?:state|country|"
    r"nation|power|party)\b|other\s+(?:states|countries|nations|powers)\b|outside\s+powers?\b)"
)
_HEDGED = re.compile(
    r"\b(?:insurance|hedg\w*|bulwark|counterweight|buffer)\s+against\s+(?:the\s+|a\s+|any\s+)?"
    + _SIDE
)
_HARMED = re.compile(
    r"\b(?:to|could|would|may|might|can|will)\s+(?:\w+\s+)?(?:damage|destroy|disable|disrupt|"
    r"attack|blind|jam)\s+(?:or\s+\w+\s+(?:with\s+)?)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:satellites?|space\s+objects?|spacecraft|space\s+systems?|space\s+assets?)\s+of\s+"
    r"(?:an?\s+|the\s+)?" + _SIDE
)

#: A finite orbital resource: orbits, orbital positions or slots, frequencies, spectrum, bands.
_RESOURCE = (
    r"(?:orbits?|orbital\s+(?:positions?|slots?|resources?)|slots?|frequenc(?:y|ies)|spectrum|"
    r"(?:radio\s+)?bands?|geostationary\s+(?:orbit|arc|positions?|slots?))\b"
)
#: Taking it: taken (up), crowded, grabbed, hoarded, locked or used up, reserved; "the best of
#: it" taken.
_TAKEN = re.compile(
    r"\b(?:tak(?:e|es|ing|en)|took)\s+(?:up\s+)?(?:(?:the\s+best\s+of|most\s+of|the\s+best|"
    r"all\s+the|the)\s+)?"
    + _W
    + r"{0,3}?"
    + _RESOURCE
    + r"|\b(?:crowd(?:s|ed|ing)?|grab\w*|hoard\w*|monopoli[sz]\w*|lock\w*\s+up|fill\w*\s+up|"
    r"us(?:e|es|ed|ing)\s+up|reserv(?:e|es|ed|ing))\s+"
    + _W
    + r"{0,3}?"
    + _RESOURCE
    + r"|\b(?:tak(?:e|es|ing|en)|took)\s+(?:the\s+)?best\s+of\s+(?:it|them)\b"
)
#: Those who lose it: smaller, developing, poorer, emerging or later states or operators, or
#: latecomers, newcomers, everyone else.
_LOSERS = re.compile(
    r"\b(?:developing|smaller|small|poorer|poor|emerging|newer|later|other)\s+(?:[\w-]+\s+)?"
    r"(?:countries|states|nations|operators|members)\b"
    r"|\b(?:latecomers|late-?comers|newcomers|everyone\s+else|the\s+rest\s+of\s+(?:us|the\s+world))\b"
)
#: Debris or junk as what crowds an orbit: no side takes it.
_NO_TAKER = re.compile(r"\b(?:debris|junk|fragments?|dust)\b")
#: A fair, equitable or larger share of the resource pressed, lobbied or fought for.
_SHARE_SOUGHT = re.compile(
    r"\b(?:press\w*|push\w*|lobb\w*|fight\w*|fought|demand\w*|campaign\w*)\s+for\s+"
    r"(?:a|an|their|its)\s+(?:fair\s+|fairer\s+|equitable\s+|larger\s+|bigger\s+|greater\s+)?"
    r"share\s+of\s+(?:the\s+)?" + _W + r"{0,2}?" + _RESOURCE
)


def _scarce(low: str) -> bool:
    """A finite orbital resource taken by some at the others' cost, or a share of it sought (the
    form "scarce" of the module docstring)."""
    if _SHARE_SOUGHT.search(low):
        return True
    taken = _TAKEN.search(low)
    if not taken or _NO_TAKER.search(low[: taken.start()]):
        return False
    return bool(_LOSERS.search(low) or re.search(r"\bbefore\b", low[: taken.start()]))


def without_share_sought(text: str) -> str:
    """The masked sentence ``text`` (lower case) with every share of an orbital resource sought
    blanked out: the "share" of "a fair share of the spectrum" is a portion, not the sharing
    that the cooperation cues name, so a `both` test reads the rest."""
    return _SHARE_SOUGHT.sub(" ", text.lower().replace("’", "'"))


#: The forms, in the order :func:`camp_forms` reports them.
FORMS = ("camps", "first", "contested", "displaced", "hedged", "harmed", "scarce", "club")


def camp_forms(text: str) -> list[str]:
    """The forms of :data:`FORMS` the masked sentence ``text`` holds."""
    low = text.lower().replace("’", "'")
    found = []
    patterns = (_CAMPS, _FIRST, _CONTESTED, _DISPLACED, _HEDGED, _HARMED)
    for name, pattern in zip(FORMS[: len(patterns)], patterns, strict=True):
        if pattern.search(low):
            found.append(name)
    if _scarce(low):
        found.append("scarce")
    if _CLUB.search(low):
        found.append("club")
    return found


__all__ = ["FORMS", "camp_forms", "without_share_sought"]
