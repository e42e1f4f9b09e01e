"""Relation cues: a few dense features that say which kinds of relation words a sentence holds.

The TF-IDF features of the claim classifier know a word only if the training sentences used it.
Event coders (PETRARCH, PLOVER) go the other way: verb dictionaries, which generalise to new
sentences but miss everything outside the list. These features take the dictionary side as a
complement to the n-grams: the number of cooperation cues ("signed", "hosted", "jointly",
"memorandum"), competition cues ("outpaced", "sanctions", "rival", "blacklisted"), negation
and hedging words, and their products, so the linear model can learn "both kinds of cue
present" (the ``both`` label) and "a negated cooperation cue" (often exclusion) as one weight
each. The lists are written for this tool from the relation types of the annotation guide;
each entry is a lower-case word, or a word prefix when it ends in ``*``.
"""

from __future__ import annotations

import math
import re
from typing import Any

COOPERATION_CUES = """
    cooperat* co-operat* collaborat* partner* jointly joint together alongside
    sign signs signed signing signator* join joins joined joining accede* acced* adher*
    ratif* host hosts hosted hosting contribut* fund funds funded funding co-fund* financ*
    donat* grant grants granted provid* offer offers offered supply supplied
    consult* invit* coordinat* assist* help helps helped helping support* exchang* share
    shares shared sharing co-develop* codevelop* co-build* co-chair* co-host* co-sponsor*
    memorand* mou mous agreement* accord accords treaty treaties pact pacts alliance*
    allied ally allies multilateral* bilateral* mutual* reciproc* welcom* train trains
    trained training rescue* participat* member members membership dialogue* integrat*
    interoperab* harmoni* friendship goodwill aid
    """
#: Rivalry words only. Words that name rivalry in some sentences but mostly something else in
#: real prose are left to the n-grams, which see their context (issue 12: on the real dev
#: documents they made most false competition and `both` calls): threat (of drought, debris,
#: space weather), warn (warning satellites), challenge (common challenges), restrict
#: (restricted areas, radiation limits), against (the fight against disease), ahead, behind,
#: lag, block (building blocks), pressure (pressurised modules), independent, camp, leadership
#: and "compet*" beyond competition words (competent, competence).
COMPETITION_CUES = """
    competi* competing compete competes competed competitor* rival* race races racing
    outpac* overtak* surpass* vie vies vied vying contest* dominan* dominat* supremac*
    hegemon* oppos* counter countering countered confront* tension* hostil* adversar* enemy
    enemies deter deters deterred deterring deterrence exclud* exclusion* ban bans banned
    banning prohibit* forbid* sanction* embargo* blacklist* retaliat* denounc* condemn*
    accus* reject* veto* expel* expuls* withdr* undercut* outbid* zero-sum weaponi*
    militari* coerc* self-relian* decoupl* bloc blocs
    """
NEGATION_CUES = """
    not no never without neither nor *n't cannot refus* declin* lack* absent none fail*
    halt* suspend* cancel* terminat*
    """
HEDGE_CUES = """
    could might may would should must need needs ought plan plans planned planning intend*
    propos* aim aims seek* expect* potential* possib* likely perhaps consider*
    """
BOTH_CUES = """
    interplay tension* between mix mixture while whereas but yet despite although
    counterweight* counterbalanc* coalition* against
    """

_GROUPS = {
    "cooperation": COOPERATION_CUES,
    "competition": COMPETITION_CUES,
    "negation": NEGATION_CUES,
    "hedge": HEDGE_CUES,
    "contrast": BOTH_CUES,
}


def _pattern(cues: str) -> re.Pattern[str]:
    """One regex for a cue list, as a trie of the cues' letters: a word, or a prefix when it
    ends in ``*``; a leading ``*`` drops the word start (``*n't`` matches "don't"). At each
    place the longest cue that matches wins. A trie regex tries a letter once instead of once
    per cue, which makes it several times faster than a plain alternation of the cues."""
    bounded: dict[str, Any] = {}
    free: dict[str, Any] = {}
    for cue in set(cues.split()):
        trie = free if cue.startswith("*") else bounded
        node = trie
        for ch in cue.strip("*"):
            node = node.setdefault(ch, {})
        if node.get("") != "":  # a prefix cue covers a word cue of the same letters
            node[""] = "" if cue.endswith("*") else r"\b"  # what must follow the cue
    alternatives = []
    if bounded:
        alternatives.append(r"\b" + _emit(bounded))
    if free:
        alternatives.append(_emit(free))
    return re.compile("(?:" + "|".join(alternatives) + ")")


def _emit(node: dict) -> str:
    """The regex of a trie node: longer cues (the branches) before the one ending here."""
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        branches.append(node[""])
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_PATTERNS = {name: _pattern(cues) for name, cues in _GROUPS.items()}

#: One cue list as a regex (the word / prefix rules above), for lists kept elsewhere.
cue_pattern = _pattern

#: The columns :class:`RelationCues` writes, in order.
FEATURE_NAMES = (
    "cue_cooperation", "cue_competition", "cue_negation", "cue_hedge", "cue_contrast",
    "cue_coop_x_comp", "cue_coop_x_neg", "cue_comp_x_neg", "cue_coop_x_comp_x_contrast",
)  # fmt: skip


def cue_counts(text: str) -> dict[str, int]:
    """How many cues of each group ``text`` holds (lower-cased)."""
    lower = text.lower()
    return {name: len(p.findall(lower)) for name, p in _PATTERNS.items()}


def cue_features(text: str) -> list[float]:
    """The unweighted relation-cue features of one sentence, in the order of FEATURE_NAMES:
    log(1 + count) of each cue group, then the products cooperation x competition,
    cooperation x negation, competition x negation and cooperation x competition x contrast."""
    c = {k: math.log1p(v) for k, v in cue_counts(text).items()}
    coop, comp, neg = c["cooperation"], c["competition"], c["negation"]
    return [
        coop, comp, neg, c["hedge"], c["contrast"],
        coop * comp, coop * neg, comp * neg, coop * comp * c["contrast"],
    ]  # fmt: skip


# -- who the relation is between (issue 12) ------------------------------------------------------
#
# The guide asks for a relation *between two or more actors*. On real documents most false
# cooperation claims are sentences with a cooperation word ("support", "provide", "share") and one
# actor or none ("the station supports missions of two months"). These features say how many
# parties a (masked) sentence names and whether the cue words meet more than one of them; they
# read the placeholders of entity masking (``pipeline.classify.masking``), so a sentence's
# actors count whatever their names.

#: Placeholders of the actor types that can be a side of a relation (programs, missions,
#: stations and agreements are what sides do things with).
_PARTY_PLACEHOLDER = re.compile(r"\bent(?:country|agency|organization|company|person)\b")
#: Words that name or imply several sides without a proper name.
_GROUP = re.compile(
    r"\b(?:nations|countries|states|partners|allies|agencies|governments|sides|parties|leaders|"
    r"presidents|ministers|members|both|each\s+other|one\s+another|together|jointly|"
    r"bilateral\w*|multilateral\w*|international\w*|mutual\w*|among|between|with)\b"
)
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:we|our|us)\b")

#: The columns of :func:`structure_features`, in order.
STRUCTURE_FEATURE_NAMES = (
    "parties_log", "parties_none", "parties_one", "parties_two_or_more", "group_words_log",
    "first_person_plural", "several_sides", "cooperation_x_several", "cooperation_x_single",
    "competition_x_several", "competition_x_single", "no_side_at_all",
)  # fmt: skip


def structure_features(text: str) -> list[float]:
    """How many sides a masked sentence names and whether its cue words meet several of them,
    in the order of STRUCTURE_FEATURE_NAMES. "Several sides": two party placeholders, a word
    naming a group of sides ("nations", "partners", "bilateral", "together", "with"), or "we"
    with a party placeholder."""
    lower = text.lower()
    parties = len(_PARTY_PLACEHOLDER.findall(lower))
    groups = len(_GROUP.findall(lower))
    we = bool(_FIRST_PERSON_PLURAL.search(lower))
    counts = cue_counts(lower)
    coop, comp = math.log1p(counts["cooperation"]), math.log1p(counts["competition"])
    several = float(parties >= 2 or groups > 0 or (we and parties >= 1))
    return [
        math.log1p(parties), float(parties == 0), float(parties == 1), float(parties >= 2),
        math.log1p(groups), float(we), several,
        coop * several, coop * (1 - several), comp * several, comp * (1 - several),
        float(parties == 0 and groups == 0 and not we),
    ]  # fmt: skip


def all_cue_features(text: str, *, structure: bool = False) -> list[float]:
    """:func:`cue_features`, followed by :func:`structure_features` when ``structure``."""
    return cue_features(text) + (structure_features(text) if structure else [])
