"""Sentences that only announce a document's plan ("This article analyses ...", "The remainder
of the paper examines ...", "Finally, it assesses ...") make no claim, whatever they are about
(annotation guide: methodological or meta sentences are neutral).

The classifier reads the words of the topic ("cooperation", "rivalry") and would label such a
sentence a claim; this rule, applied after it, recognises the plan by its grammar: the document
(or a part of it, or the authors, or "it" after a sequencing word, or a strand of the literature
it reviews) as the subject of a verb of discourse or of a method's step, at the start of the
sentence. A conference session, an edited volume, a book or a thesis is a document too ("This
session brings together four papers on ..."); the authors' questions ("We ask whether ...") and
a news explainer's signpost ("Here is what the two projects are, and why ...") announce a plan
as well (nineteenth round; blind dev: 4 such sentences in papers and news, all neutral, called
claims for the rivalry words of their topic).
"""

from __future__ import annotations

import re

import numpy as np

_DOCUMENT = (
    r"(?:this|the|our|the present|the following|the next|the last|the final|each)\s+"
    r"(?:article|paper|study|report|chapter|section|essay|analysis|work|research|note|review|"
    r"part|contribution|brief|session|volume|book|thesis|dissertation|collection|"
    r"special\s+issue)"
)
_PARTS = r"(?:the\s+(?:remainder|rest)\s+of\s+" + _DOCUMENT + r"|section\s+\d+|part\s+\w+)"
#: A literature review's subjects: a strand or body of work, or studies taken together ("A
#: third strand asks how ...", "None of these studies compares ..."). What they find is a claim
#: ("Earlier studies show that ...": "show" is no verb of a plan), what they ask or examine is
#: not.
_LITERATURE = (
    r"(?:(?:a|an|the|one|another|this|that)\s+(?:(?:second|third|fourth|further|final|related|"
    r"separate|growing|smaller|larger|newer|older)\s+)?(?:strand|body\s+of\s+(?:work|literature|"
    r"research|scholarship)|line\s+of\s+(?:work|research|inquiry)|stream\s+of\s+(?:work|"
    r"research)|literature)(?:\s+(?:on|of)\s+[\w\s-]{1,40}?)?"
    r"|(?:none|most|many|some|few|all)\s+of\s+(?:these|those|the|such)\s+(?:studies|works|accounts)"
    r"|(?:these|those|such|previous|prior|earlier|existing)\s+(?:studies|works|accounts))"
)
_IN_DOCUMENT = r"(?:in\s+" + _DOCUMENT + r"\s*,\s*)?"
_LEAD = (
    r"(?:(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|finally|lastly|in\s+sum|however|"
    r"to\s+this\s+end|accordingly|thereafter|subsequently|in\s+addition|moreover|"
    r"further(?:more)?)\s*,?\s*)?"
)
_ADVERB = (
    r"(?:\s+(?:then|also|further|first|next|finally|briefly|critically|subsequently|thus|"
    r"therefore))?"
)
_AUX = r"\s+(?:will\s+|shall\s+|then\s+|also\s+|is\s+|are\s+)?(?:be\s+)?"
#: A relative clause set off by commas after the subject ("A third strand, which is closest to
#: our own, asks ...").
_RELATIVE = r"(?:\s*,\s*(?:which|that|who)\b[^,]{1,60},)?"
_ENDING = r"(?:e?s|e?d|ing)?\b"
#: What a document, a part of it or its authors do when they announce their plan. Verbs that
#: report a finding ("argues that", "shows that", "concludes that") are left out: what follows
#: them is a claim.
_CORE_VERBS = (
    r"analy[sz]e|examine|discuss|assess|describe|outline|review|propose|investigate|"
    r"evaluate|compare|survey|summari[sz]e|trace|explore|identify|highlight|"
    r"underline|present|introduce|illustrate|elaborate|detail|situate|contextuali[sz]e|delve|"
    # a method's steps ("We coded every act ...", "We interviewed officials ...")
    r"code|interview|sample"
)
#: Verbs that announce a plan only with the document as their subject ("we seek to cooperate"
#: is a claim; "this paper seeks to explain" is not).
_DOCUMENT_VERBS = (
    _CORE_VERBS + r"|address|consider|focus|seek|aim|turn|provide|offer|map|"
    r"set\s+out|lay\s+out|begin|start|proceed|close|end|reflect|look|study|ask|answer|"
    r"test|develop|contribute|structure|organi[sz]e|divide|bring(?:s)?\s+together|"
    r"brought\s+together|gather"
)
_PLAN = re.compile(
    rf"^\W*{_LEAD}{_IN_DOCUMENT}(?:"
    rf"(?:{_DOCUMENT}|{_PARTS}|{_LITERATURE}){_RELATIVE}{_ADVERB}{_AUX}(?:{_DOCUMENT_VERBS})"
    rf"|(?:we|i|it|they){_ADVERB}{_AUX}(?:{_CORE_VERBS})"
    rf"){_ENDING}",
    re.IGNORECASE,
)
#: Two more openings that announce a plan (nineteenth round): the authors' questions, "We ask
#: whether / how ..." (a question, not a request: "we ask partners to join" is one), and a news
#: explainer's signpost, "Here is what the two projects are, and why ...", "Here's what we know
#: about ...", "Here are the main points".
_OTHER_PLAN = re.compile(
    rf"^\W*{_LEAD}we{_ADVERB}\s+(?:also\s+|then\s+|now\s+)?ask\s+(?:how|whether|why|what|which|"
    r"if|to\s+what\s+extent)\b"
    r"|^\W*here(?:'s|’s|\s+is|\s+are)\s+(?:what|why|how|who|where|when|the\s+main|a\s+look|"
    r"everything)\b",
    re.IGNORECASE,
)
#: "It" and "they" are the document only after a sequencing word ("Finally, it assesses ...").
_PRONOUN_WITHOUT_LEAD = re.compile(r"^\W*(?:it|they)\b", re.IGNORECASE)
_SEQUENCING = re.compile(
    r"^\W*(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|finally|lastly|subsequently|"
    r"thereafter)\b|^\W*(?:it|they)\s+(?:then|next|finally|subsequently)\b",
    re.IGNORECASE,
)


#: The highest claim probability a plan sentence keeps (a model's ``plan_rule``).
PLAN_CEILING = 0.05


def cap_plan_sentences(texts: list[str], probs: np.ndarray) -> np.ndarray:
    """Head probabilities with those of plan sentences lowered to :data:`PLAN_CEILING`."""
    plans = np.array([is_plan_sentence(t) for t in texts], dtype=bool)
    if plans.any():
        probs = probs.copy()
        probs[plans] = np.minimum(probs[plans], PLAN_CEILING)
    return probs


#: After some verbs of a plan, what follows is content, not the plan: "propose that" and
#: "provide that / for" report what is proposed or provided, like "argue that" ("We propose that
#: the committee host a registry", "Section 4 provides for joint training"); "ask" announces a
#: plan only with a question ("asks how / whether ..."), not with a request ("Section 11 asks
#: signatories to share where they work": an instrument's part asking its parties, a provision).
_CONTENT_AFTER = re.compile(
    r"(?:propos|provid)(?:e|es|ed|ing)\s+(?:that|for)\b"
    r"|ask(?:s|ed|ing)?\b(?!\s+(?:how|whether|if|what|why|which|who|whom|whose|when|where|to\s+what|"
    r"about|questions?)\b)",
    re.IGNORECASE,
)


def is_plan_sentence(text: str) -> bool:
    """Whether ``text`` only announces what a document (or its authors) will do or does."""
    if _OTHER_PLAN.match(text):
        return True
    plan = _PLAN.match(text)
    if not plan:
        return False
    verb = re.search(r"\w+$", text[: plan.end()])
    if verb and _CONTENT_AFTER.match(text, verb.start()):
        return False
    return not (_PRONOUN_WITHOUT_LEAD.match(text) and not _SEQUENCING.match(text))
