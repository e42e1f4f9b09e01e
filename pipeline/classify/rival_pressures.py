"""Rivalry said by pressure on partners, by a rival not matched, and by a race to be sooner.

A competition claim is a relation *against another side* (annotation guide): keeping another
actor out, commercial rivalry between companies, races for leadership. News stories, editorials
and research reports say three such forms without a word of rivalry, and the masked TF-IDF heads
read them as cooperation (the partners named) or as neutral. On pooled blind dev (twenty-first
round) they stood in news, papers and hearings documents of three families, and the team's
training sentences that hold them are all competition or `both`:

- **shunned**: a side pressed, asked, urged, told, warned or pushed to keep away from another
  side, to keep its distance from it, to keep it off its facilities, not to cooperate, work,
  join or sign with it, to shun it, or to think twice before dealing with it ("has pressed its
  partners to keep their distance from entcountry lunar missions", "asked new signatories to
  keep away from the entprogram", "urged them not to join the entprogram"). It is the pressure
  of exclusion (the guide's keeping another actor out), aimed at the side to be shunned; the
  partners pressed are the object of the pressure, not a cooperation of the sentence, so, as
  for a bar on cooperation, the cooperation half of a `both` is looked for outside the span
  from the verb of pressure to the shunned side (:func:`shun_spans`);
- **outmatched**: a side that has yet to, cannot, is unable to, fails or struggles to match
  another, or that no one (no rival, no company) can match ("entcompany has yet to match
  entcompany on price", "a price no private company can match"), and sides pitted against
  each other ("the order pits entcountry's rocket against entcompany"): a contest between the
  sides told by comparison, the guide's commercial rivalry or race. A side must be named or
  counted (a placeholder, a rival, a company, a power), so that "the results match the model"
  and "matching funds" stay out (no failure to match, no side);
- **sooner**: doing something before a side does or can ("to land astronauts on the Moon
  before entcountry does", "to set the rules before the others can"): a race to be first,
  whoever the side;
- **opposed**: an act that drew a side's criticism, protest, warning or condemnation ("drew
  criticism in Washington", "drawing protests from entcountry and others", "has drawn a warning
  from entcountry"), or a side punished ("to punish countries for choosing their own
  partners"): opposition or hostility aimed at another actor. The objecting side must be named
  (a placeholder, a capital, states or governments): "the mandate has drawn criticism" names
  none, and "would punish scientists" punishes no side. A side's formal objection to another
  side's declarations, reservations or acts, the register of a treaty depositary's status page
  ("the Government of entcountry objects to the declarations made by entcountry", "associates
  itself with the objection of entcountry to the reservations of entcountry"), is opposition
  aimed at that side too; both sides must be named;
- **dictated**: a side's choice of partners defended against others' say ("entcountry chooses
  its partners for itself, and no delegation has the right to make that choice on its behalf",
  "no third party has the right to point fingers at that choice", "should not let any foreign
  power dictate who its partners were"): others' pressure rejected, the guide's competition half
  (a pressure taken as real); the partners chosen are the cooperation half of a `both` when the
  sentence holds a cooperation word (the rivalry rule's cue test for this form asks for a
  cooperation cue only, as for reliance refused). "No state has the right to claim the Moon"
  names no choice of partners and stays out.

:func:`pressure_forms` names the forms a masked sentence holds; the rivalry rule
(:func:`pipeline.classify.rivalry_rule.raise_competition`) raises the competition head of such
sentences as for its own forms. This module imports ``re`` only.
"""

from __future__ import annotations

import re

_GAP = r"(?:[\w'’-]+\s+)"
#: A side: a placeholder of a state, agency, programme, mission, station, organisation or
#: company (commercial rivalry counts), a rival, anything foreign, other states or powers.
_SIDE = (
    r"(?:ent(?:country|agency|program|mission|station|organization|company)\b|foreign\w*|"
    r"rivals?\b|rival\s+\w+|adversar\w*|competitors?\b|other\s+(?:nations|states|countries|"
    r"powers|programm?es|coalition|camp|bloc)\b|the\s+other\s+(?:side|camp|bloc|coalition)\b)"
)
#: A verb of pressure on a side.
_PRESS = (
    r"(?:press|presses|pressed|pressing|pressur(?:e|es|ed|ing)|push|pushes|pushed|pushing|"
    r"ask|asks|asked|asking|urg(?:e|es|ed|ing)|tell|tells|told|telling|warn|warns|warned|"
    r"warning|lean(?:s|ed|ing)?\s+on|lobb(?:y|ies|ied|ying))"
)
#: What the pressed side is to do: keep away or its distance, keep the shunned side off, not
#: deal with it, shun it, think twice.
_SHUN = (
    r"(?:to\s+)?(?:keep|stay)\s+(?:" + _GAP + r"{0,2}?(?:distance|away|clear)\s+(?:from|of)"
    r"|" + _GAP + r"{1,4}?(?:off|out\s+of)\b)"
    r"|not\s+to\s+(?:cooperate|co-operate|collaborate|work|join|sign|partner|deal|engage|"
    r"take\s+part|participate)\w*"
    r"|to\s+(?:shun|avoid|boycott|cut\s+ties\s+with)\b"
    r"|(?:should|to)\s+think\s+twice\b"
)
_SHUNNED = re.compile(rf"\b{_PRESS}\s+{_GAP}{{0,4}}?(?:{_SHUN})(?:\s+{_GAP}{{0,5}}?{_SIDE})?")
#: "should think twice before ..." with no verb of pressure: advice to a side to hold back.
_TWICE = re.compile(r"\bthink\s+twice\s+before\b")
#: How far after the form its side may stand (characters).
_SIDE_REACH = 70
_SIDE_RE = re.compile(_SIDE)

_OUTMATCHED = re.compile(
    r"\b(?:(?:yet|unable|fail(?:s|ed|ing)?|struggl(?:e|es|ed|ing)|trying|try|tries|tried)\s+to|"
    r"cannot|can't|could\s+not|couldn't|can\s+no\s+longer|(?:no|none\s+of\s+the)\s+"
    + _GAP
    + r"{0,3}?(?:can|could)|nobody\s+(?:else\s+)?(?:can|could)|none\s+(?:can|could))\s+"
    r"(?:yet\s+)?match\b"
    # sides pitted against each other
    r"|\bpit(?:s|ted|ting)?\s+" + _GAP + r"{1,6}?against\b"
)
#: A side in the sentence of a form of comparison (placeholders, rivals, companies, powers).
_ANY_SIDE = re.compile(
    _SIDE + r"|\b(?:compan(?:y|ies)|firms?|providers?|powers?|nations?|states|countries|"
    r"each\s+other|one\s+another)\b"
)
_SOONER = re.compile(
    r"\bbefore\s+(?:the\s+|their\s+|its\s+|our\s+)?(?:ent(?:country|agency|company|organization)|rivals?|"
    r"competitors?|others|the\s+other|(?:any|some)one\s+else|(?:any|some)body\s+else)\s+"
    r"(?:does|do|did|can|could|gets?|got)\b"
)

#: Sides that can object or be punished: placeholders of states, agencies and bodies, and words
#: for states and their governments.
_STATES = (
    r"(?:ent(?:country|agency|organization)\b|(?:other\s+|foreign\s+|several\s+|many\s+)?"
    r"(?:countries|states|nations|governments|capitals|allies|partners)\b)"
)
#: A capital or a country named in the raw case, not a month, a day or a season.
_CAPITAL = (
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|"
    r"Autumn|Winter|Parliament|Congress|Court|Media|Public)\b)[A-Z][a-z]+\b"
)
_OBJECTION = re.compile(
    # an act that drew a side's objection ("drew criticism in Washington", "drawing protests
    # from entcountry and others", "has drawn a warning from entcountry")
    r"\b(?:drew|drawn|draws?|drawing|provok\w*|prompt\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:warnings?|criticism|protests?|objections?|rebukes?|condemnation|complaints?)\s+"
    r"(?:from|in|by)\s+(?:the\s+)?(?:" + _STATES + r"|" + _CAPITAL + r")"
    # a side punished ("to punish countries for choosing their own partners")
    r"|\bpunish(?:es|ed|ing)?\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?" + _STATES
)
#: What a side formally objects to: another side's declarations, reservations, claims or acts.
_OBJECTED_ACT = (
    r"(?:declarations?|reservations?|statements?|claims?|proposals?|measures?|decisions?|"
    r"conduct|actions?|acts?|tests?|deployments?|interpretations?|conditions?)"
)
_FORMAL_OBJECTION = re.compile(
    # a side objecting to another side's act ("the Government of entcountry objects to the
    # declarations made by entcountry upon ratification"); not "space objects to orbit"
    r"(?<!space\s)\bobject(?:s|ed|ing)?\s+to\s+(?:the\s+|any\s+|all\s+)?(?:[\w-]+\s+){0,3}?"
    + _OBJECTED_ACT
    + r"\s+(?:[\w-]+\s+){0,3}?(?:of|by)\s+(?:the\s+)?"
    + _STATES
    # the objection of one side to another's act ("associates itself with the objection of
    # entcountry to the declarations of entcountry")
    + r"|\bobjections?\s+(?:of|by)\s+(?:the\s+)?"
    + _STATES
    + r"\s+(?:[\w-]+\s+){0,3}?to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    + _OBJECTED_ACT
    + r"\s+(?:[\w-]+\s+){0,3}?(?:of|by)\s+(?:the\s+)?"
    + _STATES
)

#: A side's choice of partners defended against others' say ("no third party has the right to
#: point fingers at that choice", "should not let any foreign power dictate who its partners
#: were"): a right denied to others, or others not let to dictate or decide.
_DICTATED = re.compile(
    r"\b(?:no|nobody|none|not\s+(?:let|allow)\s+any)\s+(?:[\w-]+\s+){0,4}?(?:has|have|had)\s+"
    r"(?:the|any)\s+right\s+to\b"
    r"|\b(?:let|allow|permit)\s+(?:any|another|other|a)\s+(?:[\w-]+\s+){0,2}?(?:dictate|decide|"
    r"choose)\b"
    r"|\bdictat(?:e|es|ed|ing)\s+(?:to\s+\w+\s+)?(?:who|whom|which|its|their|our|whose)\b"
)
#: The choice defended is one of partners.
_PARTNER_CHOICE = re.compile(r"\b(?:partners?|partnerships?|choices?|choose|chooses|choosing)\b")

#: The forms, in the order :func:`pressure_forms` reports them.
FORMS = ("shunned", "outmatched", "sooner", "opposed", "dictated")


def shun_spans(low: str) -> list[tuple[int, int]]:
    """Where the lower-cased masked sentence ``low`` presses a side to shun another: each span
    runs from the verb of pressure to the shunned side (or to the end of the form, when the
    side follows within :data:`_SIDE_REACH` characters after it)."""
    spans = []
    for hit in _SHUNNED.finditer(low):
        end = hit.end()
        if not _SIDE_RE.search(low, hit.start(), end):
            side = _SIDE_RE.search(low, end, end + _SIDE_REACH)
            if not side:
                continue
            end = side.end()
        spans.append((hit.start(), end))
    for hit in _TWICE.finditer(low):
        side = _SIDE_RE.search(low, hit.end(), hit.end() + _SIDE_REACH)
        if side and not any(start <= hit.start() < stop for start, stop in spans):
            spans.append((hit.start(), side.end()))
    return spans


def pressure_forms(text: str) -> list[str]:
    """The forms (:data:`FORMS`) the masked sentence ``text`` holds."""
    low = text.lower().replace("’", "'")
    found = []
    if shun_spans(low):
        found.append("shunned")
    if _OUTMATCHED.search(low) and _ANY_SIDE.search(low):
        found.append("outmatched")
    if _SOONER.search(low):
        found.append("sooner")
    # case kept: a capital named as the objecting side ("drew criticism in Washington")
    if _OBJECTION.search(text.replace("’", "'")) or _FORMAL_OBJECTION.search(low):
        found.append("opposed")
    if dictates_partners(low):
        found.append("dictated")
    return found


def dictates_partners(low: str) -> bool:
    """Whether the lower-cased masked sentence ``low`` defends a side's choice of partners
    against others' say (the form **dictated**)."""
    return bool(_DICTATED.search(low) and _PARTNER_CHOICE.search(low))


__all__ = ["FORMS", "dictates_partners", "pressure_forms", "shun_spans"]
