"""Words that count two sides ("both countries", "the two sides", "neither country") and the
pair of actors they refer back to.

A word that counts two refers to exactly two: in a text that is not a joint statement, "both
countries", "the two nations", "both powers" are the two states the text just named, "neither
country" is each of them (ANNOTATION_GUIDE, "'Both nations', 'the two countries'"), and "the two
sides" / "both sides" are the two sides just named, whatever their kind: "Russia would keep
working with NASA ... 'it is in the interest of both sides'" is Russia and NASA. A news story or
a testimony may name several states in its title (the party rules' principals), but its "both
countries" is not all of them: the pair just named takes precedence over the principals'
reading, and where nothing was just named a word counting two does not stand for three or four
principals.

Pure functions over a parsed sentence and actor tuples; ``claim_structure`` gathers the actors
of the two sentences before the claim (``recent_pair``) and applies them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from spacy.tokens import Doc, Span

#: A mention as the party rules read it: start token, end token, canonical actor, actor type.
Mention = tuple[int, int, str, str]

#: Plural nouns of states after "both" / "the two".
STATE_NOUNS = frozenset(
    {"nations", "countries", "states", "superpowers", "powers", "rivals", "competitors",
     "governments"}
)  # fmt: skip
#: Singular nouns of states after "neither" / "either" ("Neither country has joined ...").
_STATE_SINGULAR = frozenset({"nation", "country", "state", "power", "government"})
#: Nouns of sides of any kind: a state, an agency, an organisation.
_SIDE_NOUNS = frozenset({"sides", "side"})
#: Actor types that can be one of "both sides".
SIDE_TYPES = frozenset({"country", "agency", "organization"})
#: Plural nouns of agencies after "both" / "the two", with the one word that may stand between
#: ("both agencies", "the two space agencies").
_AGENCY_NOUNS = frozenset({"agencies"})
_AGENCY_MODIFIERS = frozenset({"space", "national"})


def pair_words(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of each word of the sentence ``doc`` that counts two sides:
    "both countries", "the / these / both two nations", "neither country", "either side";
    ``kind`` is ``country`` for the nouns of states, ``side`` for "sides", ``agency`` for
    "both agencies", "the two (space) agencies". "our two countries" is no such word: the
    speaker's own pair, the principals' reading."""
    out: list[tuple[int, int, str]] = []
    for tok in doc:
        low = tok.lower_
        if tok.i == 0:
            continue
        if low in _AGENCY_NOUNS:
            start = _agency_pair_start(doc, tok.i)
            if start is not None:
                out.append((start, tok.i + 1, "agency"))
            continue
        prev = doc[tok.i - 1].lower_
        plural = low in STATE_NOUNS or low == "sides"
        singular = low in _STATE_SINGULAR or low == "side"
        start = None
        if plural and prev == "both":
            start = tok.i - 1
        elif (
            plural
            and prev == "two"
            and tok.i > 1
            and doc[tok.i - 2].lower_ in {"the", "these", "both"}
        ):
            start = tok.i - 2
        elif singular and (prev == "neither" or (prev == "either" and low != "side")):
            # not "either side": "on either side of", "binds either side" (of a text's own)
            start = tok.i - 1
        if start is not None:
            out.append((start, tok.i + 1, "side" if low in _SIDE_NOUNS else "country"))
    return out


def _agency_pair_start(doc: Doc, i: int) -> int | None:
    """The first word of "both agencies", "the / these / both two agencies", with one modifier
    allowed before the noun ("the two space agencies"); ``None`` when ``doc[i]`` is no such
    noun. "their two agencies" is a possessor's pair, left to the pronoun's reading."""
    j = i - 1
    if j > 0 and doc[j].lower_ in _AGENCY_MODIFIERS:
        j -= 1
    if doc[j].lower_ == "both":
        return j
    if doc[j].lower_ == "two" and j > 0 and doc[j - 1].lower_ in {"the", "these", "both"}:
        return j - 1
    return None


def pair_mentions(
    doc: Doc,
    recent: Mapping[str, Sequence[tuple[str, str]]],
    kinds: Sequence[str] = ("country", "side", "agency"),
) -> list[Mention]:
    """Mentions, on the noun of each word of ``doc`` that counts two, of the pair ``recent``
    holds for its kind (``country``, ``side`` or ``agency``: ``(name, type)`` of the two sides
    the text just named), for the words of ``kinds`` only. Nothing for a kind whose pair is not
    exactly two."""
    out: list[Mention] = []
    for _, end, kind in pair_words(doc):
        if kind not in kinds:
            continue
        pair = recent.get(kind, ())
        if len(pair) == 2:
            out += [(end - 1, end, name, type_) for name, type_ in pair]
    return out


def recent_pair(actors: Iterable[tuple[str, str, str]], *, kind: str) -> list[tuple[str, str]]:
    """The pair that a word of ``kind`` refers back to among ``actors`` ``(canonical, type,
    country)``, latest first: for ``country`` the distinct states; for ``side`` the distinct
    sides when no two states were named, a state's agency and the state counting as one side
    (named by its latest mention: "Roscosmos ... Russia would keep working with NASA" is Russia
    and NASA); for ``agency`` the distinct agencies. Exactly two, else none."""
    actors = list(actors)
    if kind == "side":
        states = recent_pair(actors, kind="country")
        if states:
            return states
    found: list[tuple[str, str]] = []
    keys: list[str] = []
    for name, type_, country in actors:
        if kind == "country" and type_ != "country":
            continue
        if kind == "side" and type_ not in SIDE_TYPES:
            continue
        if kind == "agency" and type_ != "agency":
            continue
        # a state's agency is the state's side, but each agency is one of "the two agencies"
        key = country if type_ != "country" and country and kind != "agency" else name
        if key not in keys:
            keys.append(key)
            found.append((name, type_))
    return found if len(found) == 2 else []


#: How many sentences back "the two agencies" may look for its pair: a story names the agencies
#: in its lead and refers to them as "the two agencies" after a heading or a quote.
AGENCY_REACH = 6


def nearest_agency_pair(
    sentences: Iterable[Sequence[tuple[str, str, str]]],
) -> list[tuple[str, str]]:
    """The pair "the two agencies" refers back to: the actors of the sentences before it
    (``sentences``, latest first) are read back sentence by sentence until two distinct
    agencies are named; they are the pair when they are exactly two (an agreement's two
    agencies named in a story's lead, then a heading, a quote and a budget line before "The two
    agencies first discussed ..."). None when the sentence that reaches two names a third."""
    window: list[tuple[str, str, str]] = []
    for actors in sentences:
        window += actors
        names = {name for name, type_, _ in window if type_ == "agency"}
        if len(names) >= 2:
            return recent_pair(window, kind="agency")
    return []


def recent_pairs(
    doc: Doc,
    before: Sequence[Span],
    sent: Span,
    headline: Sequence[tuple[str, str, str]] = (),
) -> dict[str, list[tuple[str, str]]]:
    """The pairs a word counting two in ``sent`` refers back to (:func:`recent_pair`): among
    the actors of the two sentences before it (``before``: the document's actor spans before
    it, in order), latest first; "the two agencies" reads further back
    (:func:`nearest_agency_pair`). A story's headline (``headline``: the actors of the
    document's title, ``(canonical, type, country)``) is the sentence before its first: "ISRO,
    JAXA freeze payloads ..." over "Scientists from the two agencies have approved ..." is
    their pair, when the read back reaches the document's start and the text before names no
    pair (for "both countries", the title then stands within the two sentences before)."""
    starts = [sent.start]  # the starts of the sentences before, latest first
    while len(starts) <= AGENCY_REACH and starts[-1] > 0:
        starts.append(doc[starts[-1] - 1].sent.start)
    by_sentence: list[list[tuple[str, str, str]]] = [[] for _ in starts[1:]]
    for a in reversed(before):
        k = next((k for k, start in enumerate(starts[1:]) if a.start >= start), None)
        if k is None:
            break
        by_sentence[k].append((a.kb_id_, a.label_, a._.sc_actor_country))
    window = [actor for actors in by_sentence[:2] for actor in actors]
    pairs = {kind: recent_pair(window, kind=kind) for kind in ("country", "side")}
    pairs["agency"] = nearest_agency_pair(by_sentence)
    if starts[-1] == 0 and headline:  # no pair in the text before: the headline's
        head = list(reversed(headline))
        for kind in ("country", "side"):
            if len(by_sentence) < 2:
                pairs[kind] = pairs[kind] or recent_pair(window + head, kind=kind)
        pairs["agency"] = pairs["agency"] or nearest_agency_pair([*by_sentence, head])
    return pairs


def without_pair_words(doc: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without those on a word of ``doc`` that counts two (the principals'
    reading of "both countries", replaced by the pair just named or by nothing)."""
    spans = [(start, end) for start, end, _ in pair_words(doc)]
    return [m for m in mentions if not any(m[0] < end and start < m[1] for start, end in spans)]
