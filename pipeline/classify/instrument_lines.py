"""Lines of a legal instrument that the claim heads misread (issue 12, sixteenth round; joint
bodies, the testimonium and final clauses, eighteenth round).

**The enacting formula is a cooperation claim.** Treaties, memoranda, protocols and exchanges
of notes carry one line between the preamble and the articles in which the parties say that
they have agreed ("... have agreed as follows:", "Have reached the following understanding:",
in an exchange of notes "I have the honour to propose the following arrangements:"). The
annotation guide counts agreeing to an accord as cooperation, and the blind writers mark the
line so in every instrument they wrote (5 of 5 such lines, all called neutral). The masked
TF-IDF heads read it as neutral (no cooperation word, a short line) and the relation gate takes
it for a line with no relation (no actor, no relation word), so these rules run after the gate.
The formula must end the line (before an optional colon or full stop) and have its verb after
"have", "has" or "hereby" or open the line, so "The schedule is as follows:", "the committee
agreed as follows on the budget, ..." and a denied formula ("have not agreed") are left alone.

**A side's lead-in of duties is neutral.** A memorandum lists what each side does under a
lead-in that is one actor and a modal before a colon ("NASA will:", "The CSA shall:", "ESA
agrees to:"); the items after it carry the content (a contribution is cooperation), the lead-in
itself none. The heads read the actor and the modal of a provision as cooperation (blind dev:
4 of 4 such lines called cooperation at 0.81-0.86). Only a line of one actor (a masking
placeholder, with an optional article) is capped: "The Parties shall:", "Each Party will:" or
"The Parties agree to:" name both sides and are left to the heads.

**A joint body and the testimonium are cooperation claims** (eighteenth round). The closing
articles of an instrument set up a body in which every side sits ("A Joint Committee composed
of an equal number of representatives of each Party is hereby established", "a Steering Board
made up of two officials from each Participant") and end with the clause that witnesses the
signing ("IN WITNESS WHEREOF, the undersigned, duly authorised by their Governments, have
signed this Agreement"). The guide counts coordination bodies and signing an accord as
cooperation; the shipped training sentences and the blind writers mark both forms so, and the
heads leave them under the threshold (blind dev: 3 of 3, at 0.01-0.27), reading a procedural
line with no cooperation word. :func:`is_joint_body_or_testimonium` recognises a body composed
of members *of each / both / all* sides, and a line that opens with "In witness whereof" and
reports a signing; a denied line is left alone. The other closing clauses are final clauses (below).

**An instrument's final clauses are neutral** (the guide's decision of the eighteenth round,
after the real gold's reading of a convention's entry into force, depositary and review
clauses). The clauses that govern the text's own life make no claim, even when the procedure is
joint: the instrument (or "It", "They", "These arrangements" with a word of the form) "shall
enter into force / take effect / remain in force / lapse", "may be amended / extended /
renewed / terminated", "shall not affect the rights ..."; "Either / Any Party (Participant,
Government, Cooperating Agency, Member State ...) may terminate / withdraw from ...", the terms
of a withdrawal ("A withdrawing Member State shall pay ..."); "Any dispute /
difference / question concerning the interpretation or application of this Agreement shall be
settled / resolved ...", "Disputes shall be settled ...", "Any disagreement that cannot be
settled ... will be referred to ...". The heads read the Parties, the consultations and the
written agreement as cooperation (blind dev: 13 of 17 such clauses called cooperation at
0.57-0.92). The instrument must be the clause's subject: "the executing agencies shall conclude,
within six months of the entry into force of this Agreement, an arrangement" and "Any State ...
may accede to it" (joining, cooperation) are left to the heads, as are a review conference and
a denied form. Its cooperation head is capped just under the threshold, and its competition head
too (:func:`pipeline.classify.competition_rule.no_competition_relation`: a member leaving under
the clause is no rivalry).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

#: The enacting formula at the end of a line: "have agreed as follows", "agree as follows",
#: "have reached the following understanding", "have agreed upon the following provisions",
#: "have the honour to propose the following arrangements".
_FORMULA = re.compile(
    r"\b(?:agreed?|reached|concluded|propose)\s+"
    r"(?:(?:up)?on\s+)?"
    r"(?:as\s+follows|the\s+following(?:\s+(?:understanding|arrangements?|provisions?|"
    r"articles?|terms?))?)"
    r"\s*[:.]?\s*$",
    re.IGNORECASE,
)
#: The formula's verb after "have", "has" or "hereby" (an optional "the honour to" between), or
#: opening the line (its subject stands in the preamble before it).
_FORMULA_VERB = re.compile(
    r"\b(?:have|has|hereby)\s+(?:(?:now\s+)?(?:the\s+)?hono(?:u)?r\s+to\s+)?"
    r"(?:agreed?|reached|concluded|propose)\b|^\s*(?:agree|agreed|have|hereby)\b",
    re.IGNORECASE,
)
#: A denied formula is no agreement.
_DENIED = re.compile(r"\b(?:not|never|no|cannot|yet\s+to)\b", re.IGNORECASE)
#: One actor (a masking placeholder, optionally after an article) and a modal before a colon.
_LEAD_IN = re.compile(
    r"^\s*(?:the\s+)?ent[a-z]+\s+"
    r"(?:shall|will|must|should|agrees\s+to|undertakes\s+to|is\s+to|is\s+responsible\s+for)"
    r"\s*:\s*$",
    re.IGNORECASE,
)

#: A body whose members come from every side ("composed of two representatives of each Party").
_JOINT_BODY = re.compile(
    r"\b(?:composed|made\s+up|consisting|comprised)\s+of\s+(?:[\w-]+\s+){0,6}?"
    r"(?:representatives?|officials?|members?|delegates?|experts?|nominees?)\s+"
    r"(?:\w+\s+){0,2}?(?:of|from)\s+(?:each|both|all|every)\b",
    re.IGNORECASE,
)
#: The testimonium: "In witness whereof ... have signed / put their signatures to".
_TESTIMONIUM = re.compile(
    r"^\W*in\s+witness\s+whereof\b.*\b(?:signed|signatures?|sign)\b", re.IGNORECASE
)
#: The instrument as a final clause's subject: its name after "This" / "The present" / "The"
#: (masked or not), or a pronoun or "These arrangements" (then with a word of the form, below).
_INSTRUMENT = (
    r"(?:(?:this|the\s+present|the)\s+(?:(?:framework|implementing|trilateral|bilateral|"
    r"supplementary)\s+)?(?:agreement|memorandum(?:\s+of\s+understanding)?|mou|protocol|"
    r"arrangements?|convention|treaty|accord|exchange\s+of\s+notes|letter(?:\s+of\s+intent)?|"
    r"charter|note)|(?:this\s+|the\s+)?entagreement)"
)
_PRONOUN = r"(?:it|they|these\s+arrangements)"
#: The life of the text: entering into force, lasting, ending, being changed, its relation to
#: the parties' other commitments.
_LIFE = (
    r"\s+(?:shall|will|may|is\s+to)\s+(?:not\s+)?(?:enter\s+into\s+force|take\s+effect|"
    r"remain\s+in\s+(?:force|effect)|lapse|expire|be\s+(?:amended|extended|renewed|modified|"
    r"revised|terminated|denounced)|affect\s+(?:the\s+)?(?:rights|obligations))\b"
)
_LIFE_CLAUSE = re.compile(r"^\s*" + _INSTRUMENT + _LIFE, re.IGNORECASE)
_PRONOUN_CLAUSE = re.compile(r"^\s*" + _PRONOUN + _LIFE, re.IGNORECASE)
#: With a pronoun subject, a word that only an instrument's final clause uses beside it.
_FORM_WORD = re.compile(
    r"\b(?:in\s+force|take\s+effect|written|exchange\s+of\s+notes|signature|part(?:y|ies)|"
    r"participants?|governments?)\b",
    re.IGNORECASE,
)
#: "Either / Any Party may terminate / withdraw from" (the party term masked or not).
_ENDING = re.compile(
    r"^\s*(?:either|any|each)\s+(?:contracting\s+|cooperating\s+|member\s+|signatory\s+)?"
    r"(?:part(?:y|icipant)|government|side|signatory|agency|state\s+party|state|"
    r"ent[a-z]+)\s+may\s+(?:at\s+any\s+time\s+)?(?:terminate|withdraw\s+from|denounce)\b"
    # the terms of a withdrawal: what a withdrawing side still owes or keeps
    r"|^\s*(?:a|the|any)\s+withdrawing\s+(?:contracting\s+|member\s+)?(?:part(?:y|icipant)|"
    r"state|government|signatory|ent[a-z]+)\b",
    re.IGNORECASE,
)
#: Disputes over the text: the noun opens the line and is "settled / resolved / referred".
_DISPUTE_OPENING = re.compile(
    r"^\s*(?:any\s+)?(?:disputes?|differences?|disagreements?|questions?)\b", re.IGNORECASE
)
_SETTLED = re.compile(
    r"\b(?:shall|will|are\s+to|is\s+to)\s+be\s+(?:settled|resolved|referred)\b", re.IGNORECASE
)
#: ... over the text's interpretation or application, or put straight ("Disputes shall be
#: settled"), or an escalation ("that cannot be settled at the level of ...").
_DISPUTE_OVER = re.compile(
    r"\b(?:interpretation|application|implementation)\b|^\s*(?:any\s+)?disputes?\s+"
    r"(?:shall|will)\b|\bcannot\s+be\s+(?:settled|resolved)\b",
    re.IGNORECASE,
)

#: How far over the cooperation threshold an enacting formula's head is lifted, and how far
#: under it a lead-in's head is capped.
_OVER = 0.05
_BELOW = 1e-3


def is_enacting_formula(text: str) -> bool:
    """Whether the (masked or plain) sentence ``text`` ends with an instrument's enacting
    formula (see the module docstring)."""
    line = " ".join(str(text).split())
    if not _FORMULA.search(line) or _DENIED.search(line):
        return False
    return bool(_FORMULA_VERB.search(line))


def is_joint_body_or_testimonium(text: str) -> bool:
    """Whether the (masked or plain) sentence ``text`` sets up a body with members of every side
    or is an instrument's testimonium (see the module docstring)."""
    line = " ".join(str(text).split())
    if _DENIED.search(line):
        return False
    return bool(_JOINT_BODY.search(line) or _TESTIMONIUM.search(line))


def is_duty_lead_in(text: str) -> bool:
    """Whether the masked sentence ``text`` is one actor's lead-in of a list of duties
    ("entagency will:", "The entagency shall:")."""
    return bool(_LEAD_IN.match(" ".join(str(text).split())))


def is_final_clause(text: str) -> bool:
    """Whether the (masked or plain) sentence ``text`` is one of an instrument's final clauses
    (see the module docstring)."""
    line = " ".join(str(text).split())
    if _LIFE_CLAUSE.search(line) or _ENDING.search(line):
        return True
    if _PRONOUN_CLAUSE.search(line):
        return bool(_FORM_WORD.search(line))
    return bool(
        _DISPUTE_OPENING.search(line) and _SETTLED.search(line) and _DISPUTE_OVER.search(line)
    )


def instrument_lines(
    texts: Sequence[str], probs: np.ndarray, threshold_cooperation: float
) -> np.ndarray:
    """Head probabilities (n, 2), masked ``texts``: the cooperation head of every enacting
    formula, joint body and testimonium raised to just over ``threshold_cooperation`` (a higher
    head is kept), that of every one-actor lead-in of duties and every final clause lowered to
    just under it."""
    probs = np.asarray(probs, dtype=float)
    if not len(probs):
        return probs
    out = probs.copy()
    floor = min(1.0, float(threshold_cooperation) + _OVER)
    ceiling = max(0.0, float(threshold_cooperation) - _BELOW)
    for i, text in enumerate(texts):
        if out[i, 0] < floor and (
            is_enacting_formula(str(text)) or is_joint_body_or_testimonium(str(text))
        ):
            out[i, 0] = floor
        elif out[i, 0] > ceiling and (is_duty_lead_in(str(text)) or is_final_clause(str(text))):
            out[i, 0] = ceiling
    return out


__all__ = [
    "instrument_lines",
    "is_duty_lead_in",
    "is_enacting_formula",
    "is_final_clause",
    "is_joint_body_or_testimonium",
]
