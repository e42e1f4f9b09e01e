"""Whether a "today" speaks of the day of writing or of the present in general.

:func:`generic_today`: a sentence-opening "Today," that means "nowadays"; and
:func:`generic_today_inside`: such a "today" in the middle of a sentence. Both read the
tagger's Penn Treebank tags, so the dates component calls them with each sentence's tokens
(split from ``document`` to keep that module under its size).
"""

from __future__ import annotations

from pipeline.nlp.extract.dates.vocabulary import _words

__all__ = ["generic_today", "generic_today_inside"]


#: Verbs that report an event of the day even in the present tense ("Today, NASA announces").
_EVENT_VERBS = _words(
    """announce announces sign signs launch launches welcome welcomes release releases unveil
    unveils mark marks celebrate celebrates join joins host hosts meet meets open opens issue
    issues award awards select selects"""
)


#: Nouns of an act or an event of one day after an opening "Today's" ("Today's arrangement is
#: the first ...", "Today's signing widens the accords"): the day's own event, as a release or
#: a speech names it, where "Today's competition" or "Today's satellites" is the present in
#: general.
_DAY_EVENTS = _words(
    """agreement agreements arrangement arrangements accord memorandum signing signature
    announcement launch landing meeting meetings session hearing ceremony visit summit talks
    briefing decision vote award contract selection event conference dialogue exchange
    statement declaration joint milestone order"""
)
#: Tags of a subject's first word right after an opening "Today" with no comma ("Today the
#: choices are different", "Today there are sixty"): the clause starts at once.
_SUBJECT_START_TAGS = frozenset(
    ["DT", "PDT", "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "PRP$", "CD", "EX"]
)


def generic_today(words: list[tuple[str, str]]) -> bool:
    """Whether a sentence that opens with "Today" (``words``: its tokens and their Penn
    Treebank tags) speaks of the present in general ("Today, the hard work is paying off";
    "Today, satellites serve farmers": nowadays, not a date) rather than of the day of writing
    ("Today, the leaders reaffirmed ...", "Today, we celebrate ...", "Today, I am proud to
    announce ..."): no past tense, no modal, no first person, no verb of an event.

    The same test holds when analytic prose runs "Today" straight into its subject without a
    comma ("Today that flow has reversed", "Today space activities serve citizens") or opens
    with its possessive ("Today's competition is fought through partnerships"): papers and
    essays contrast the present with a past so; "Today's" before a noun of one day's event
    ("Today's agreement", ``_DAY_EVENTS``) names the day. "Today" before a verb or a preposition ("Today
    saw a landmark signing", "Today at the launch site, ...") is left as the day it names.
    Only the clause "Today" opens counts: a clause joined after a comma and a conjunction or a
    semicolon ("..., and I do not pretend otherwise") is another statement."""
    texts = [w for w, _ in words]
    start = 0
    while start < len(texts) and texts[start] in ("“", '"', "‘", "'"):
        start += 1
    if texts[start : start + 1] not in (["Today"], ["TODAY"]) or start + 1 >= len(words):
        return False
    following, tag = words[start + 1]
    if tag == "POS" and _day_event(words[start + 2 : start + 5]):
        return False  # "Today's arrangement is the first ...": the day's own act
    if following == "," or tag == "POS":
        rest = start + 2
    elif tag in _SUBJECT_START_TAGS:
        rest = start + 1
    else:
        return False
    clause = words[rest:]
    for i, (w, tag) in enumerate(clause):
        if w == ";" or (w == "," and i + 1 < len(clause) and clause[i + 1][1] == "CC"):
            break  # "Today the situation is different, and I do not deny it": its first clause
        if tag in ("VBD", "MD") or w in ("I", "we", "We"):
            return False
        # a verb of an event in the present, as the finite verb ("NASA announces"): the same
        # word as a noun or an infinitive ("launch components", "to launch parts") is no event
        if w.lower() in _EVENT_VERBS and (tag in ("VBZ", "VBP") or not tag):
            return False
    return True


def _day_event(words: list[tuple[str, str]]) -> bool:
    """Whether the noun phrase ``words`` opens with (adjectives and) a noun of one day's event
    (``_DAY_EVENTS``): "signing", "historic agreement", "joint statement"."""
    for w, tag in words:
        if w.lower() in _DAY_EVENTS:
            return True
        if not tag.startswith("JJ") and tag not in ("VBN", "NNP"):
            return False
    return False


#: Subjects before a mid-sentence "today" that make it the day of writing ("We today reaffirm").
_FIRST_PERSON = frozenset(["I", "we", "We"])
#: The speaker's own act of the day after "my" / "our" ("My testimony today focuses on ...").
_OCCASION = _words("statement testimony remarks point purpose message focus topic presentation")


def generic_today_inside(words: list[tuple[str, str]], i: int) -> bool:
    """Whether the "today" at ``i`` in a sentence (``words``: tokens and Penn Treebank tags)
    means "nowadays": between a subject noun that is not the first person and a verb in the
    present tense that reports no event ("British firms today build most small satellites",
    "satellites today serve farmers"); not "NASA today announced" (past), "NASA today
    announces" (an event), "We today reaffirm" (the speaker's act of the day). A relative
    pronoun after its noun is that subject ("neighbours who today have no antenna", "firms
    that today build most satellites"). A subject the speaker owns is the speaker's act of the
    day, as testimony and speeches open: "My statement today addresses", "our main point today"."""
    if i == 0 or i + 1 >= len(words):
        return False
    (before, btag), (after, atag) = words[i - 1], words[i + 1]
    if btag in ("WP", "WDT") and i >= 2 and before.lower() in ("who", "which", "that"):
        btag = words[i - 2][1]  # "neighbours who today have": the noun the pronoun stands for
    if btag not in ("NN", "NNS", "NNP", "NNPS") or before in _FIRST_PERSON:
        return False
    owned = any(w.lower() in ("my", "our") for w, _ in words[max(0, i - 3) : i])
    if owned and before.lower() in _OCCASION:
        return False  # "My statement today addresses ...": the occasion's day
    return atag in ("VBP", "VBZ") and after.lower() not in _EVENT_VERBS
