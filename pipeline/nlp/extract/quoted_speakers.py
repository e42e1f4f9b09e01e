"""The first person of a quotation is the quoted speaker's body, not the document's principal.

A news story, a feature or an interview quotes officials of several bodies; each quote's "we",
"our" and "us" is the speaker's own organisation ("'Our Chinese colleagues and we have divided
the work,' Bakanov said" is Roscosmos and China, "'we bring the rover,'" after a JAXA manager's
quote is JAXA), as the guide reads reported speech (the speaker's own body). Without this the
party rules read every "we" as the document's principal, in a news story the country it names
most, which is nobody's quote.

Who speaks (:func:`quote_speaker`): the one person the sentence names outside its quotation
marks ("..., said Keiko Shimada, a JAXA project manager"); a sentence that opens inside a
quotation and names nobody outside it continues the quote of the sentence before it, which
must name its speaker so. Two persons outside the quotes, or none, give no speaker: the reading
stays the principals'. The speaker's body is the organisation the persons component tied the
person to ("Roscosmos Director General Dmitry Bakanov", ", a JAXA project manager"), else the
person's country. A speaker of the document's own principal state keeps the principals'
reading (a press release quoting its agency's head speaks for the state), unless the speaker's
body is the agency the document is about (its topic: "Roscosmos, CNSA to finalize ...", a
report on ISRO's rover) and the quote does not speak for the state: it names neither the
speaker's state nor an addressee ("we welcome you", "our nations"). "'Our Chinese colleagues and
we have divided the work,' the Roscosmos chief said" is Roscosmos; "'we welcome you to the
Accords,' said the NASA Administrator" in NASA's release is the United States.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span

#: A mention as the party rules read it: start token, end token, canonical actor, actor type.
Mention = tuple[int, int, str, str]

_QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})
_FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})


def _inside(sent: Span) -> list[bool]:
    """For each word of ``sent``: whether it stands inside quotation marks (by their parity)."""
    out, inside = [], False
    for tok in sent:
        if tok.text in _QUOTES:
            inside = not inside
            out.append(False)
        else:
            out.append(inside)
    return out


def _speaker_outside(sent: Span, actors: Sequence[Span]) -> tuple[Span | None, bool]:
    """The one person ``sent`` names outside its quotes, and whether it quotes at all."""
    inside = _inside(sent)
    if not any(inside):
        return None, False
    persons = {
        a.kb_id_: a
        for a in actors
        if a.label_ == "person"
        and sent.start <= a.start
        and a.end <= sent.end
        and not inside[a.start - sent.start]
    }
    return (next(iter(persons.values())) if len(persons) == 1 else None), True


#: Words after "our" that make a quote speak for states ("Our nations have worked together").
_STATE_NOUNS = frozenset({"nations", "countries", "nation", "country", "governments"})


def _state_voice(sent: Span, actors: Sequence[Span], state: str) -> bool:
    """Whether the quote of ``sent`` speaks for the speaker's ``state`` rather than its agency:
    it names that state ("today we and the United States open a new chapter with Norway"),
    addresses another side ("we welcome you to the Accords") or says "our
    nations"."""
    if any(a.kb_id_ == state and sent.start <= a.start < sent.end for a in actors):
        return True
    words = [t.lower_ for t in sent]
    return any(
        w in {"you", "your"} or (w == "our" and nxt in _STATE_NOUNS)
        for w, nxt in zip(words, [*words[1:], ""], strict=True)
    )


#: A pronoun as the speaker of a quote ("..., she said", "he added").
_PRONOUNS = frozenset({"he", "she"})
#: Verbs that attribute a quote to its speaker.
_SAYING = frozenset(
    {
        "said",
        "says",
        "added",
        "adds",
        "told",
        "tells",
        "noted",
        "notes",
        "stressed",
        "explained",
        "continued",
        "insisted",
        "argued",
        "recalled",
        "warned",
        "put",
        "wrote",
    }
)
#: How many sentences back a pronoun's speaker may have been named (a story's paragraph).
PRONOUN_REACH = 5


def _pronoun_speaker(doc: Doc, sent: Span, actors: Sequence[Span]) -> Span | None:
    """The person a quote attributed to "he" or "she" ("'Our satellites are small,' she said")
    refers to: the last person named in the sentences before (up to ``PRONOUN_REACH``), as a
    story names a speaker in full once and then by pronoun. None when the attribution names
    no pronoun, or when the last sentence naming persons names two or more (no one referent)."""
    inside = _inside(sent)
    words = [t.lower_ for t, q in zip(sent, inside, strict=True) if not q]
    if not (_PRONOUNS & set(words) and _SAYING & set(words)):
        return None
    first = sent
    for _ in range(PRONOUN_REACH):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
        persons = [a for a in actors if first.start <= a.start < first.end and a.label_ == "person"]
        if persons:
            return persons[0] if len({a.kb_id_ for a in persons}) == 1 else None
    return None


def reach_start(doc: Doc, sent: Span) -> int:
    """The first token of the sentences a quote's speaker may be named in: ``PRONOUN_REACH``
    sentences before ``sent`` (the actors :func:`quote_speaker` needs)."""
    first = sent
    for _ in range(PRONOUN_REACH):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    return first.start


def quote_speaker(
    doc: Doc,
    sent: Span,
    actors: Sequence[Span],
    principals: Sequence[str] = (),
    topic: str = "",
    named: Mapping[str, int] | None = None,
) -> tuple[str, str] | None:
    """``(body, type)`` of the person who speaks the quotation of ``sent``, or ``None``.
    ``actors`` are the document's actor spans (organisations looked up among them). A speaker
    of one of the document's ``principals`` (a release quoting its own agency's head: "our
    nations", "we welcome you") speaks for that state, which the principals' reading gives,
    unless the speaker's organisation is the document's ``topic`` and the quote does not speak
    for the state (``_state_voice``)."""
    person, quotes = _speaker_outside(sent, actors)
    if not quotes:
        return None
    if person is None and sent[0].text in _QUOTES and sent.start > 0:
        before = doc[sent.start - 1].sent
        others = [a for a in actors if sent.start <= a.start < sent.end and a.label_ == "person"]
        if not others:
            person, _ = _speaker_outside(before, actors)
    if person is None:
        person = _pronoun_speaker(doc, sent, actors)
    if person is None:
        return None
    org = person._.sc_actor_organization
    # the body a story is about: its topic, or a body it names again outside the speaker's
    # title (a story on two agencies' pact quoting one's head), not a title named once
    about = org and (org == topic or (named or {}).get(org, 0) >= 2)
    if person._.sc_actor_country in principals and not (
        about and not _state_voice(sent, actors, person._.sc_actor_country)
    ):
        return None
    if org:
        kind = next((a.label_ for a in actors if a.kb_id_ == org), "agency")
        return org, kind
    country = person._.sc_actor_country
    return (country, "country") if country else None


def quoted_first_person(
    sent_doc: Doc, mentions: Sequence[Mention], speaker: tuple[str, str] | None
) -> list[Mention]:
    """``mentions`` (the principals' words of the sentence) with a quoted "we", "our", "us"
    read as ``speaker``'s body; the rest unchanged."""
    if speaker is None:
        return list(mentions)
    inside = _inside(sent_doc[:])
    out: list[Mention] = []
    for m in mentions:
        start = m[0]
        if inside[start] and sent_doc[start].lower_ in _FIRST_PLURAL:
            out.append((start, m[1], speaker[0], speaker[1]))
        else:
            out.append(m)
    return out
