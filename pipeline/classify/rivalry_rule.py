"""Forms of rivalry that the competition head under-reads, and the guide's answer to each.

A competition claim is a relation *against another side* (annotation guide). The masked TF-IDF
model learns it from the team's sentences, where it is mostly said with competition words
(rival, race, sanction, deter). Real prose (news, encyclopedias, strategies, hearings, joint
statements) often says it with constructions the n-grams weigh little, and on the real dev
sets those made most of the missed competition claims (issue 12, eleventh round of
``scripts/experiment_results.md``). Each form below names a side or a contest and holds on any
document, whatever the topic:

- **severance**: cooperation, ties, exchanges or contracts with a side suspended, severed,
  frozen, halted or cut off ("the agency froze its exchanges with the institute", "the joint
  project was suspended"), or forbidden or not to be resumed with a side ("shall not resume
  cooperation with", "may not work bilaterally with"); the cooperation named is the one ended
  or denied, so the cooperation head is lowered too;
- **ending reliance on another side**: reducing, ending or avoiding reliance or dependence on a
  foreign state, a named country or agency, a rival ("so that we no longer depend on a
  rival's rockets", "learn to build satellites here rather than depend on entcountry"), or
  denying it for a subject ("neither country should depend on a single foreign power", "never
  again reliant on", "less dependent on foreign launchers"), or a side tied to, or dependent
  on, a single or few foreign providers ("would tie the network to a single foreign provider",
  "the dependence of developing countries on a small number of foreign providers"); the
  reliance refused is the
  competition half of a `both`, so a cooperation word beside it makes the other half;
- **espionage and interference**: spying, infiltration, sabotage, theft or hacking by a foreign
  or state hand, foreign interference, interference by a side or in its elections or affairs
  (not the interference of signals), with no cooperation word (a joint effort *against*
  sabotage is cooperation);
- **superiority**: superiority, primacy, pre-eminence, dominance or supremacy in or over space,
  orbit or a side; staying or keeping ahead of a side; the upper hand, an edge over a side;
  outdoing a side or each other;
- **being beaten, or ahead of a side**: beating a state or a rival, being beaten, being ahead
  of a country or rival (a race told as history);
- **falling behind**: falling or lagging behind, losing ground, losing one's place, lead or
  share in a market or field (the guide's "falling behind"), not behind a schedule or budget;
  at risk of losing one's lead, edge or standing, or a place one has built or held;
- **concern about another side's capabilities or intent**: concern, alarm, worry, threat or
  danger about or from a state's military, missiles, weapons, counterspace systems, build-up,
  tests or ambitions, or its activities, conduct or behaviour ("raises its concerns about the
  transparency of entcountry's space activities");
- **condemned conduct**: an irresponsible, reckless, dangerous, destabilising, provocative,
  hostile or unprovoked act, test, launch or manoeuvre, in a sentence that names a side, points
  at the act ("this reckless act") or names the others it endangers ("the satellites of every
  nation"); not a negated one ("not a hostile act");
- **rivalry named outright**: a word of rivalry between sides (race, rivalry, competition,
  compete, contest, zero-sum) in a sense that can have a rival, in a sentence about sides or
  space (:func:`pipeline.classify.named_rivalry.names_rivalry`): "only two governments were in
  the race", "we cannot pretend the competition is not there";
- **camps, a race to be first, a field grown contested, a hedge against a side, harm to its
  satellites**: sides set up as camps to choose between, "whoever gets there first", "space is
  increasingly contested", "built as insurance against entcountry", "used to damage the space
  objects of another state" (:func:`pipeline.classify.rival_camps.camp_forms`);
- **controlled**: an export-control regime that holds a side back, or sales to a side barred
  ("fall under entcountry export controls, which limit what entagency may pass on",
  "components remain controlled, and sales to entcountry are still barred":
  :func:`pipeline.classify.trade_controls.holds_back`);
- **disavowed**: a measure of one actor whose target is denied, with no relation beside it ("the
  act is not aimed at any partner": the guide's hostility denied, a competition claim negated,
  :func:`pipeline.classify.target_denials.denies_hostility`);
- **shunned, outmatched, sooner, opposed**: a side pressed to keep away from another ("has
  pressed its partners to keep their distance from entcountry missions"), a side that has yet
  to or cannot match another, or sides pitted against each other ("entcompany has yet to match
  entcompany on price"), a race to act before a side does ("to land astronauts before
  entcountry does"), and an act that drew a side's objection or a side punished ("drew
  criticism in Washington", "to punish countries for choosing their own partners")
  (:func:`pipeline.classify.rival_pressures.pressure_forms`);
- **war domain**: space called, declared or becoming a domain, arena or place of war or armed
  conflict, a warfighting domain or a battlefield ("Several States have openly declared space a
  domain of warfare": :func:`pipeline.classify.disarmament_forms.calls_space_war_domain`).

:func:`raise_competition` puts the competition head of such sentences just over its threshold
(never lowers it) and keeps the sentence a cooperation claim too only where the cooperation head
is confident, so the model's other rules still apply after it: a heading or a rule on a
party's own conduct (:mod:`pipeline.classify.competition_rule`), a sentence with no side or
relation (:mod:`pipeline.classify.relation_gate`) and the `both` decision
(:mod:`pipeline.classify.both_rule`) decide as before. A sentence that only announces a
document's plan (:mod:`pipeline.classify.plan_sentences`) is left alone. A model's
``rivalry_rule`` setting turns it on. The rule reads the masked sentence (actor mentions as
``entcountry``, ``entagency``, ...), as the classifier does.

This module imports NumPy, the cue lists, the `both` rule's cue test, the plan-sentence rule,
the named-rivalry test, the camp forms, the export-control form, the pressure forms and the
war-domain form only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from pipeline.classify.both_rule import has_both_cues
from pipeline.classify.cue_words import cue_counts
from pipeline.classify.disarmament_forms import calls_space_war_domain
from pipeline.classify.named_rivalry import names_rivalry
from pipeline.classify.plan_sentences import is_plan_sentence
from pipeline.classify.rival_camps import camp_forms, without_share_sought
from pipeline.classify.rival_pressures import pressure_forms, shun_spans
from pipeline.classify.target_denials import denies_hostility
from pipeline.classify.trade_controls import holds_back

#: How far over (or under) its threshold a raised (or lowered) head is put.
_MARGIN = 1e-3

#: A state-like side: a country or agency placeholder, anything foreign, a rival or adversary,
#: other nations or powers (companies and persons are not enough: a firm's supplier is trade).
_STATE_SIDE = (
    r"(?:ent(?:country|agency)\b|foreign\w*|rivals?\b|rival\s+\w+|adversar\w*|competitors?\b|"
    r"opponents?\b|enem(?:y|ies)\b|other\s+(?:nations|states|countries|powers)\b|"
    r"another\s+(?:state|country|nation|power)\b|(?:anyone|anybody)\s+else\b)"
)
_GAP = r"(?:[\w'’-]+\s+)"

_SEVERANCE = re.compile(
    r"\b(?:(?:sever(?:s|ed|ing)?|suspend\w*|freez\w*|froze|frozen|halt\w*|curtail\w*|"
    r"cut\s+off|broke\s+off|break\s+off|breaking\s+off)\s+" + _GAP + r"{0,5}?"
    r"(?:cooperation|collaboration|ties|partnership|exchanges|contacts|relations|contracts|"
    r"deliveries|joint)"
    r"|(?:cooperation|collaboration|ties|partnership|exchanges|relations|joint\s+\w+)\s+"
    + _GAP
    + r"{0,6}?(?:was|were|has\s+been|have\s+been|is|are)\s+"
    + _GAP
    + r"?"
    r"(?:severed|suspended|frozen|halted|cut\s+off|broken\s+off))\b"
)
#: Cooperation forbidden to a side, or not to be resumed with it ("the Agency shall not resume
#: cooperation with entagency", "NASA may not work bilaterally with entcountry"): the guide's
#: hard case, exclusion. A permission or duty denied (shall / may / must / can not), or any
#: modal over "not resume"; not "will not cooperate", a refusal the guide reads either way.
_FORBIDDEN = re.compile(
    r"\b(?:(?:shall|may|must|can)\s+(?:not|no\s+longer)|cannot)\s+" + _GAP + r"?"
    r"(?:cooperat\w*|collaborat\w*|work|partner|engage)\b"
    r"|\b(?:shall|may|must|can|will|would)\s+not\s+" + _GAP + r"?resume\s+" + _GAP + r"{0,3}?"
    r"(?:cooperation|collaboration|ties|partnership|exchanges|contacts|relations|joint)\b"
)
_FORBIDDEN_SIDE = re.compile(r"\bwith\s+(?:the\s+|its\s+)?" + _GAP + r"{0,2}?" + _STATE_SIDE)
#: An actor barred or kept *from* cooperation: a verb of barring, its object (up to five
#: words, "by law" included), "from" and a word of working together (up to two words between:
#: "from most bilateral work"); the side follows within :data:`_SIDE_REACH` characters.
_BARRED = re.compile(
    r"\b(?:bar|bars|barred|barring|prohibit\w*|forbid\w*|forbade|ban|bans|banned|banning|"
    r"preclud\w*|prevent\w*|block\w*|stop|stops|stopped|keep|keeps|kept)\s+" + _GAP + r"{0,5}?"
    r"from\s+" + _GAP + r"{0,2}?"
    r"(?:cooperat\w*|co-operat\w*|collaborat\w*|work|works|working|partner\w*|engag\w*|"
    r"sign\w*|join\w*|contacts?|ties|exchanges|deal\w*|trad\w*)\b"
)
_SIDE_REACH = 60
#: A bar denied just before its verb ("has not prohibited", "never barred", "hasn't banned").
#: A bar denied before its verb: "has not prohibited", "never barred", "hasn't banned", or a
#: saving clause ("Nothing in this Agreement shall prevent either Party from ...").
_DENIED_BEFORE = re.compile(
    r"(?:\bnot|\bnever|n't|\bno\s+longer)\s+(?:\w+\s+)?$"
    r"|\bnothing\b[^.;:]{0,80}?\b(?:shall|may|will|should|can|could|does|is)\s+(?:\w+\s+)?$"
)
_RELIANCE = re.compile(
    r"\b(?:end|ends|ended|ending|reduc\w*|lessen\w*|cut\w*|break\w*|eliminat\w*|avoid\w*|"
    r"free\w*|wean\w*|without|no\s+longer|not|never|neither|nor|less|rather\s+than|instead\s+of)\s+"
    + _GAP
    + r"{0,3}?"
    r"(?:relian\w*|rely\w*|dependen\w*|depend\w*)\s+"
    + _GAP
    + r"{0,3}?on\s+"
    + _GAP
    + r"{0,4}?"
    + _STATE_SIDE
)
#: Reliance on few foreign hands, judged by its own words (the guide's decision of the nineteenth
#: round: dependence on a single foreign provider is self-reliance sought against others): a
#: side tied or bound to a single or few foreign providers ("arrangements that would tie the
#: network to the services of a single foreign provider"), or the dependence of a side on a
#: small number of foreign providers ("the dependence of developing countries on a small number
#: of foreign providers of launch services"). A spread of supply with no foreign side ("shall
#: not tie a member to the products of a single supplier") is prudence, left to the heads.
_FEW_FOREIGN = (
    r"(?:a\s+single|one|a\s+sole|a\s+few|few|a\s+small\s+number\s+of|a\s+handful\s+of)\s+"
    r"(?:[\w'’-]+\s+)?(?:foreign|outside|non-[\w-]+)\b"
)
_TIED_TO_FEW = re.compile(
    r"\b(?:tie|ties|tied|tying|bind|binds|bound|binding|lock|locks|locked|locking)\s+"
    + _GAP
    + r"{0,4}?(?:in\s+)?to\s+"
    + _GAP
    + r"{0,5}?"
    + _FEW_FOREIGN
    + r"|\b(?:dependence|dependency|reliance)\s+(?:of\s+"
    + _GAP
    + r"{1,3}?)?on\s+"
    + _FEW_FOREIGN
)
_SPYING = re.compile(
    r"\b(?:espionage|spying|spied|spies|infiltrat\w*|sabotag\w*|stole|steal\w*|theft|"
    r"hack(?:s|ed|ers?|ing)?|cyber-?attack\w*|foreign\s+interference|"
    r"interference\s+(?:by|from|in)\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:elections?\b|"
    r"(?:internal|domestic)\s+affairs\b|" + _STATE_SIDE + r"))\b"
)
#: Whose hand: a foreign or state one.
_SPY_HAND = re.compile(
    r"\b(?:foreign\w*|state-(?:backed|sponsored)|entcountry|agents?|intelligence)\b"
)
_SUPERIORITY = re.compile(
    r"\b(?:(?:superiority|primacy|pre-?eminence|dominance|supremacy)\s+" + _GAP + r"{0,2}?"
    r"(?:in|over|of)\s+(?:the\s+)?(?:space|orbit|outer\s+space|skies|heavens|high\s+ground|"
    + _STATE_SIDE
    + r")"
    r"|(?:stay|keep|remain)\w*\s+ahead\s+of\s+(?:the\s+|its\s+|our\s+|their\s+)?"
    + _GAP
    + r"?"
    + _STATE_SIDE
    + r"|(?:upper\s+hand|edge)\s+over\s+(?:the\s+|its\s+|our\s+|their\s+)?"
    + _STATE_SIDE
    + r"|\bout(?:do|does|did|done|doing)\s+(?:the\s+|its\s+|our\s+|their\s+)?"
    r"(?:each\s+other|one\s+another|" + _STATE_SIDE + r"))"
)
_BEATEN = re.compile(
    r"\b(?:(?:beat|beaten|beating)\s+"
    + _GAP
    + r"{0,2}?"
    + _STATE_SIDE
    # beating anyone at all is a race ("you cannot beat anyone to the Moon")
    + r"|(?:beat|beaten|beating|beats)\s+(?:anyone|anybody|everyone|everybody)\b"
    r"|(?:were|was|been)\s+beaten\b"
    r"|ahead\s+of\s+(?:the\s+)?(?:entcountry\b|rivals?\b|competitors?\b|adversar\w*))"
)
#: Falling behind others, or losing one's place to them (the guide's "falling behind"): "Europe
#: risks losing its place in markets it created", "we cannot afford to fall behind", "lose
#: ground to rival powers"; not behind a schedule, a plan or a budget.
_BEHIND = re.compile(
    r"\b(?:(?:fall|falls|falling|fallen|fell|lag|lags|lagging|lagged|left)\s+behind\b"
    r"(?!\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:schedule|plan|time|target|budget|"
    r"deadline)s?\b)"
    # a distance behind a side ("far behind entcountry", "years behind its rivals")
    r"|(?:far|well|way|still|years|decades|a\s+decade|a\s+generation)\s+behind\s+"
    r"(?:the\s+|its\s+|our\s+|their\s+)?"
    + _STATE_SIDE
    + r"|los(?:e|es|ing|t)\s+(?:ground\b|(?:its|our|their|the)\s+(?:\w+\s+)?"
    r"(?:place|lead|edge|position|share|standing)\s+(?:to\b|(?:in|on)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:markets?|race|economy|sector|industry|world|field|rankings?)\b))"
    # at risk of losing a lead, or a place the side has built or held ("its industry risks
    # losing the position it has built over decades"); not a satellite losing its position
    r"|(?:risk\w*|could|may|might|would|will)\s+(?:\w+\s+)?los(?:e|es|ing)\s+(?:its|our|their|the)\s+"
    r"(?:\w+\s+)?(?:lead|edge|standing|leadership|advantage\b|(?:position|place|share)\s+"
    r"(?:that\s+|which\s+)?(?:it|we|they)\s+(?:has\s+|have\s+|had\s+)?(?:built|held|won|earned|"
    r"gained|enjoyed)))"
)
_CONCERN = re.compile(
    r"\b(?:concern\w*|alarm\w*|worr\w*|threat\w*|danger\w*)\s+" + _GAP + r"{0,3}?"
    r"(?:over|about|at|from|by|of|posed\s+by)\s+"
    + _GAP
    + r"{0,3}?"
    + _STATE_SIDE
    + r"(?:'s|’s)?\s+"
    + _GAP
    + r"{0,3}?"
    r"(?:military|missiles?|nuclear|weapons?|counterspace|anti-satellite|build-?up|"
    r"capabilit\w*|aggress\w*|provocat\w*|arsenal|launches|tests?|ambitions|intentions|"
    # a side's activities or conduct that another side raises concerns about
    r"activities|conduct|behaviou?r)\b"
)
_CONDEMNED = re.compile(
    r"\b(?:irresponsible|reckless|dangerous|destabili[sz]\w*|provocative|hostile|unprovoked)\s+"
    + _GAP
    + r"{0,2}?(?:act|acts|test|tests|behaviou?r|launch\w*|action\w*|conduct|"
    r"manoeuvr\w*|maneuv\w*|attacks?)\b"
)
_NEGATED_BEFORE = re.compile(r"\bnot\s+(?:an?\s+)?$")
#: A condemned act whose side the sentence does not name: one pointed at ("this reckless act",
#: "that reckless test", told after the sentence that names the tester), or one that endangers
#: others ("puts at risk the satellites of every nation"): the guide's charge that a test
#: endangered others (eighteenth round), the tester being the side.
_CONDEMNED_POINTED = re.compile(
    r"\b(?:this|that|these|those|such)\s+(?:irresponsible|reckless|dangerous|destabili[sz]\w*|"
    r"provocative|unprovoked)\b"
    r"|\b(?:of|to)\s+(?:every|all|other|each)\s+(?:other\s+)?(?:nations?|states?|countr(?:y|ies)|"
    r"spacefaring\s+nations?)\b"
)


def _barred_spans(low: str) -> list[tuple[int, int]]:
    """Where the lower-cased masked sentence ``low`` bars an actor from cooperation with a
    side: each span runs from the verb of barring to the side."""
    spans = []
    for hit in _BARRED.finditer(low):
        if _DENIED_BEFORE.search(low[: hit.start()]):
            continue
        side = _FORBIDDEN_SIDE.search(low, hit.end(), hit.end() + _SIDE_REACH)
        if side:
            spans.append((hit.start(), side.end()))
    return spans


_ANY_SIDE = re.compile(_STATE_SIDE + r"|\bent(?:organization|company|person)\b")

#: The forms, in the order :func:`rivalry_forms` reports them.
FORMS = (
    "severance", "barred", "reliance", "espionage", "superiority", "beaten", "behind", "concern",
    "condemned", "named", "camps", "first", "contested", "displaced", "hedged", "harmed",
    "scarce", "club", "controlled", "disavowed", "shunned", "outmatched", "sooner", "opposed",
    "dictated", "war domain",
)  # fmt: skip


def rivalry_forms(text: str) -> list[str]:
    """The rivalry forms (:data:`FORMS`) the masked sentence ``text`` holds."""
    low = text.lower()
    found = []
    forbidden = _FORBIDDEN.search(low)
    if _SEVERANCE.search(low) or (
        forbidden and _FORBIDDEN_SIDE.search(low, forbidden.end(), forbidden.end() + 60)
    ):
        found.append("severance")
    if _barred_spans(low):
        found.append("barred")
    if _RELIANCE.search(low) or _TIED_TO_FEW.search(low):
        found.append("reliance")
    if _SPYING.search(low) and _SPY_HAND.search(low) and not cue_counts(low)["cooperation"]:
        found.append("espionage")
    if _SUPERIORITY.search(low):
        found.append("superiority")
    if _BEATEN.search(low):
        found.append("beaten")
    if _BEHIND.search(low):
        found.append("behind")
    if _CONCERN.search(low):
        found.append("concern")
    hit = _CONDEMNED.search(low)
    if (
        hit
        and (_ANY_SIDE.search(low) or _CONDEMNED_POINTED.search(low))
        and not _NEGATED_BEFORE.search(low[: hit.start()])
    ):
        found.append("condemned")
    if names_rivalry(text):
        found.append("named")
    found += camp_forms(text)
    if holds_back(text):
        found.append("controlled")
    if denies_hostility(text):
        found.append("disavowed")
    found += pressure_forms(text)
    if calls_space_war_domain(text):
        found.append("war domain")
    return found


def raise_competition(
    texts: Sequence[str],
    probs: np.ndarray,
    thresholds: tuple[float, float],
    *,
    bar: float = 0.0,
) -> np.ndarray:
    """Head probabilities (n, 2) with the competition head of every sentence that holds a
    rivalry form raised to just over its threshold (and over ``bar``, the `both` rule's bar);
    ``thresholds`` are (cooperation, competition). The sentence stays a cooperation claim too
    (`both`) only when :func:`pipeline.classify.both_rule.resolve_both` would keep it (its
    cooperation head reaches ``bar``, it holds a cooperation cue and a competition or rivalry
    word) and the form is no severance (the cooperation a severance names is the one ended);
    otherwise its cooperation head is lowered under its threshold. A barred cooperation is not
    a cooperation word of the sentence: with the form "barred", the bar is the competition half
    and the cue test asks for a cooperation cue outside the span from the verb of barring to
    the side (with the form "shunned", outside the span from the verb of pressure to the side
    to be shunned); with the form "scarce", outside a share of an orbital resource sought."""
    probs = np.asarray(probs, dtype=float)
    if not len(probs):
        return probs
    tc, tk = thresholds
    out = probs.copy()
    for i, text in enumerate(texts):
        forms = rivalry_forms(str(text))
        if not forms or is_plan_sentence(str(text)):
            continue
        out[i, 1] = max(out[i, 1], min(1.0, max(tk, bar) + _MARGIN))
        if set(forms) <= {"reliance", "dictated"}:
            # the reliance refused (or the say of others over a side's partners rejected) is
            # the competition half; a cooperation word, the other
            cues = bool(cue_counts(str(text).lower())["cooperation"])
        elif "barred" in forms or "shunned" in forms:
            # the bar (or the pressure to shun a side) is the competition half; a cooperation
            # word outside it, the other
            rest = str(text).lower().replace("’", "'")
            spans = sorted(_barred_spans(rest) + shun_spans(rest))
            merged: list[tuple[int, int]] = []
            for start, end in spans:
                if merged and start <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
                else:
                    merged.append((start, end))
            for start, end in reversed(merged):
                rest = rest[:start] + " " + rest[end:]
            cues = bool(cue_counts(rest)["cooperation"])
        elif "scarce" in forms:
            # the "share" of a share sought is a portion: the cue test reads the rest
            cues = has_both_cues(without_share_sought(str(text)))
        else:
            cues = has_both_cues(str(text))
        keep = out[i, 0] >= max(tc, bar) and cues
        if "severance" in forms or not keep:
            out[i, 0] = min(out[i, 0], max(0.0, tc - _MARGIN))
    return out


__all__ = ["FORMS", "raise_competition", "rivalry_forms"]
