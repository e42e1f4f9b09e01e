"""Export controls that hold a side back: the guide's "keeping another actor out or restricting
it: bans, prohibitions on working with a country, sanctions, export controls".

The competition head reads export controls well when the sentence also names the rival ("the
United States restricts the transfer of any component to entcountry"). Hearings, audits,
working papers and agency pages say it in a drier register, where the regime is named and what
it holds back is the work with partners or what may be passed on, without a word of rivalry:
"its hardware falls under entcountry export controls, which limit what entagency may pass on to
third countries", "I agree that export controls should stay tight", "any joint project involving
export-controlled components would need approval from entcountry", "licence reviews have held
up the exchange of design data with the partner's team", "components of the highest performance
remain controlled, and sales to entcountry are still barred". Blind dev (twentieth round): eight
such competition or `both` sentences in seven documents of four families (hearings, papers,
whitepapers, news) were called neutral or cooperation.

:func:`holds_back` recognises the form (``controlled`` of :mod:`pipeline.classify.rivalry_rule`):

- **a regime that restricts**: an export-control regime (export controls or rules, export
  licences, export-controlled or "controlled" goods, components or technology, a licence review,
  reviews of technical data) and, in the same sentence, a word of holding back (limit, restrict,
  bar, block, prohibit, keep ... off / out / away, tight, approval, slow, held up, delay,
  difficult, hard);
- **sales to a side barred**: sales, exports or transfers to a state side (a country or agency,
  anything foreign, a rival or adversary) barred, banned, prohibited, restricted or blocked.

Left alone: a regime eased or simplified with nothing kept ("shall ease licensing requirements
for partner nations": cooperation), a definition ("The term 'covered technology' means any item
... controlled under ..."), an instrument's own duty to obtain the licences for what a side
delivers (cooperation, no restriction named), and a question about controls that names no
holding back ("We ask whether export controls push states toward rival partners").

This module imports nothing of the project.
"""

from __future__ import annotations

import re

#: An export-control regime, or goods held under one.
_REGIME = re.compile(
    r"\bexport[\s-]+control\w*|\bexport\s+(?:rules|regulations|restrictions?|regimes?|"
    r"licen[cs]\w*)\b"
    r"|\bcontrolled\s+(?:[\w-]+\s+){0,2}?(?:components?|technolog\w*|items?|goods|parts|"
    r"hardware|data)\b"
    r"|\b(?:remain|remains|stay|stays|are\s+still|is\s+still)\s+controlled\b"
    r"|\blicen[cs](?:e|es|ing)\s+reviews?\b|\breviews?\s+of\s+(?:technical\s+data|exports?)\b"
)
#: A word of holding back.
_HOLD_BACK = re.compile(
    r"\b(?:limit|limits|limited|limiting|restrict\w*|bar|bars|barred|barring|block\w*|"
    r"prohibit\w*|forbid\w*|tight\w*|approv\w*|slow\w*|held\s+up|hold(?:s|ing)?\s+up|"
    r"delay\w*|stall\w*|difficult|hard|harder|denied|deny|denies)\b"
    r"|\b(?:keep|keeps|kept|keeping)\s+(?:[\w'’-]+\s+){0,5}?(?:off|out|away)\b"
)
#: A regime eased, with nothing said to stay in force.
_EASED = re.compile(
    r"\b(?:eas(?:e|es|ed|ing)|relax\w*|loosen\w*|lift\w*|streamlin\w*|simplif\w*)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:licen[cs]\w*|controls?|rules|requirements|restrictions)\b"
)
_KEPT = re.compile(r"\b(?:still|remain\w*|but)\b")
#: A definition of the instrument's terms.
_DEFINITION = re.compile(r"\b(?:means|the\s+term)\b")
#: A state side (as the rivalry rule names it).
_SIDE = (
    r"(?:ent(?:country|agency)\b|foreign\w*|rivals?\b|adversar\w*|other\s+(?:nations|states|"
    r"countries|powers)\b|another\s+(?:state|country|nation|power)\b)"
)
_SALES_BARRED = re.compile(
    r"\b(?:sales|exports?|transfers?|deliveries)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?to\s+"
    r"(?:the\s+|any\s+)?(?:[\w-]+\s+){0,2}?" + _SIDE + r"[^.;]{0,30}?\b(?:barred|banned|"
    r"prohibited|restricted|blocked|forbidden)\b"
)


#: Controls on goods, named without "export" ("controls on satellite components", "such controls
#: drive states toward other suppliers"), for the `both` half only.
_CONTROLS_ON = re.compile(
    # the controls of a state or of trade, not quality or thermal controls of a test
    r"(?:^|\b(?:the|such|these|those|its|their|our|ent(?:country|agency)|new|tight\w*|strict\w*|"
    r"technology|trade|security|same|to|under|by)\s+)controls\s+on\s+(?:[\w-]+\s+){0,2}?"
    r"(?:components?|technolog\w*|exports?|items?|parts|"
    r"hardware|goods)\b|\b(?:such|these|those|the)\s+controls\s+(?:push|drive|pushed|drove|"
    r"steer|keep|kept)\w*\b"
)


def names_regime(text: str) -> bool:
    """Does the masked sentence ``text`` name an export-control regime or goods held under one
    (with or without a word of holding back)? The `both` rule reads it as the competition half
    of a sentence whose two heads are high (:func:`pipeline.classify.both_rule.has_both_cues`),
    as it reads "export controls": the guide names export controls among the ways of keeping
    another actor out."""
    low = text.lower().replace("’", "'")
    return bool(_REGIME.search(low) or _CONTROLS_ON.search(low)) and not _DEFINITION.search(low)


def holds_back(text: str) -> bool:
    """Does the masked sentence ``text`` name an export-control regime that holds a side back, or
    sales to a side barred (the module docstring's form)?"""
    low = text.lower().replace("’", "'")
    if _SALES_BARRED.search(low):
        return True
    if _DEFINITION.search(low):
        return False
    if not _REGIME.search(low) or not _HOLD_BACK.search(low):
        return False
    return not (_EASED.search(low) and not _KEPT.search(low))


__all__ = ["holds_back", "names_regime"]
