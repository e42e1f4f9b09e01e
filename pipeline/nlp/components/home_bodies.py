"""A state body named by its bare title is the body of the state the text names or is written
in: "the Ministry of Defence" in a British hearing is the `UK Ministry of Defence`, "the Armed
Forces" of a Polish doctrine the `Polish Armed Forces`, "China's foreign ministry" the
`Chinese Ministry of Foreign Affairs`, "Congress" in a Brazilian report the `National Congress
of Brazil` (:mod:`pipeline.nlp.extract.home_bodies` has the rule and why).

Runs after the actor, person and self-reference components: it renames the actor spans whose
words (without "the") are the bare title of a listed body of that state, keeping their place
and their method. The state is the country word or possessive right before the title, else the
document's own state, read from the countries and state bodies named in its title and first
lines, else from all its mentions.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.extract.gazetteer import Gazetteer, load_gazetteer
from pipeline.nlp.extract.home_bodies import bare_titles, home_state, own_group
from pipeline.nlp.extract.own_committee import is_committee_name, own_committee, title_names

#: How far the document's head reaches: its title and the lines over its text (a banner, a
#: masthead), among this many first blocks, each at most this many characters.
_HEAD_BLOCKS = 6
_HEAD_CHARS = 200
_STATE_TYPES = frozenset({"country", "agency"})
_NON_WORD = re.compile(r"[^\w'\u2019-]+")
_LINK_WORDS = frozenset({"of", "for", "on", "and", "the"})
_POSSESSIVE = frozenset({"'s", "\u2019s"})


@Language.factory("spaceclaims_home_bodies", default_config={"use_shipped_gazetteer": True})
def make_home_bodies(nlp: Language, name: str, use_shipped_gazetteer: bool) -> HomeBodies:
    return HomeBodies(load_gazetteer() if use_shipped_gazetteer else Gazetteer())


class HomeBodies:
    def __init__(self, gazetteer: Gazetteer) -> None:
        register_extensions()
        self.gazetteer = gazetteer
        # the listed committees by their forms, to read a title kept apart from the text
        self.committee_forms = [
            (re.compile(r"\b" + re.escape(form) + r"\b", re.I), a.actor)
            for a in gazetteer.actors.values()
            for form in (a.actor, *a.aliases, a.full_name)
            if form and is_committee_name(form)
        ]
        qualifiers = {
            a.actor: (a.actor, *a.aliases, *((a.full_name,) if a.full_name else ()))
            for a in gazetteer.actors.values()
            if a.type == "country"
        }
        self.titles = bare_titles(
            (
                (a.actor, a.type, a.country, (a.actor, *a.aliases, a.full_name))
                for a in gazetteer.actors.values()
                if a.country
            ),
            qualifiers,
            international=(
                form
                for a in gazetteer.actors.values()
                if not a.country and a.type != "country"
                for form in (a.actor, *a.aliases)
            ),
        )

    def __call__(self, doc: Doc) -> Doc:
        actors = list(doc.spans.get("actors", []))
        if not actors:
            return doc
        actors = self._own_group(doc, actors)
        actors = self._own_committee(doc, actors)
        home: str | None = None
        home_read = False
        changed = False
        for n, span in enumerate(actors):
            if span.label_ not in ("agency", "organization"):
                continue
            words = span.text.split()
            if words and words[0].lower() == "the":
                words = words[1:]
            by_state = self.titles.get(" ".join(words).lower())
            if not by_state:
                continue
            state = _named_state(doc, span, actors)
            if state is None:
                if not home_read:
                    home, home_read = self._home(doc, actors), True
                state = home
            target = by_state.get(state or "")
            if target is None or target == span.kb_id_:
                continue
            entry = self.gazetteer[target]
            new = Span(doc, span.start, span.end, label=entry.type, kb_id=entry.actor)
            new._.sc_actor_country = entry.country
            new._.sc_actor_method = span._.sc_actor_method
            actors[n] = new
            changed = True
        if not home_read:
            home = self._home(doc, actors)
        if home is not None:
            actors += self._unmarked_titles(doc, actors, home)
        if changed or len(actors) != len(doc.spans.get("actors", [])):
            doc.spans["actors"] = sorted(actors, key=lambda a: (a.start, a.end))
        return doc

    def _unmarked_titles(self, doc: Doc, actors: list[Span], home: str) -> list[Span]:
        """The home state's bodies named by their bare title that no component marked ("the
        National Assembly", "Congress"): capitalised, after "the" (a one-word title also
        without it), not opening a longer name."""
        keys = [k for k, by_state in self.titles.items() if home in by_state]
        if not keys:
            return []
        pattern = re.compile(
            r"\b(" + "|".join(map(re.escape, sorted(keys, key=len, reverse=True))) + r")\b", re.I
        )
        taken = {i for a in actors for i in range(a.start, a.end)}
        out = []
        for m in pattern.finditer(doc.text):
            title = m.group(1)
            before = doc.text[max(0, m.start() - 4) : m.start()]
            if " " in title and before.lower() != "the ":
                continue  # "the Ministry of Defence"; "Congress" may stand alone
            if not all(w[:1].isupper() for w in title.split() if w not in _LINK_WORDS):
                continue  # "the armed forces" of any state, in lower case
            span = doc.char_span(m.start(1), m.end(1))
            if span is None or taken.intersection(range(span.start, span.end)):
                continue
            nxt = doc[span.end] if span.end < len(doc) else None
            if nxt is not None and (
                nxt.lower_ in ("of", "for", "on") or (nxt.is_title and nxt.pos_ == "PROPN")
            ):
                continue  # "the Ministry of Defence of Japan", "the Congress Party"
            entry = self.gazetteer[self.titles[title.lower()][home]]
            new = Span(doc, span.start, span.end, label=entry.type, kb_id=entry.actor)
            new._.sc_actor_country = entry.country
            new._.sc_actor_method = "gazetteer"
            out.append(new)
            taken.update(range(span.start, span.end))
        return out

    def _own_group(self, doc: Doc, actors: list[Span]) -> list[Span]:
        """A group of states' own statement: "the Group" is the group (:func:`own_group`)."""
        found = own_group(doc.text, ((a.start_char, a.kb_id_) for a in actors))
        taken = {i for a in actors for i in range(a.start, a.end)}
        for start, end, group in found:
            span = doc.char_span(start, end)
            entry = self.gazetteer.actors.get(group)
            if (
                span is None
                or entry is None
                or any(i in taken for i in range(span.start, span.end))
            ):
                continue
            new = Span(doc, span.start, span.end, label=entry.type, kb_id=entry.actor)
            new._.sc_actor_country = entry.country
            new._.sc_actor_method = "short_form"
            actors.append(new)
        return actors

    def _own_committee(self, doc: Doc, actors: list[Span]) -> list[Span]:
        """A committee's own document: "the Committee" is that committee (:func:`own_committee`),
        a listed one or one the NER named."""
        title = getattr(doc._.sc_metadata, "title", "") or ""
        named = {
            actor for pattern, actor in self.committee_forms if title and pattern.search(title)
        }
        # a committee the NER names in the text whose name the title (kept apart from the text)
        # writes: a government's response to "the Joint Standing Committee on ... report"
        named |= {a.kb_id_ for a in actors if title_names(title, a.text)}
        found = own_committee(
            doc.text,
            ((a.start_char, a.end_char, a.kb_id_, a.text) for a in actors),
            ((start, end) for start, end, _ in _head_lines(doc)),
            named,
        )
        if not found:
            return actors
        like = {a.kb_id_: a for a in actors}
        taken = {i for a in actors for i in range(a.start, a.end)}
        for start, end, committee in found:
            span = doc.char_span(start, end)
            entry = self.gazetteer.actors.get(committee)
            model = like.get(committee)
            if span is None or taken.intersection(range(span.start, span.end)):
                continue
            if entry is not None:
                new = Span(doc, span.start, span.end, label=entry.type, kb_id=entry.actor)
                new._.sc_actor_country = entry.country
            elif model is not None:
                new = Span(doc, span.start, span.end, label=model.label_, kb_id=model.kb_id_)
                new._.sc_actor_country = model._.sc_actor_country
            else:
                continue
            new._.sc_actor_method = "short_form"
            actors.append(new)
        return actors

    def _state_of(self, span: Span) -> str:
        """The state a country or state body mention names ("" for a party term, "States
        Parties", and for any other mention)."""
        if span.label_ == "country":
            entry = self.gazetteer.actors.get(span.kb_id_)
            return span.kb_id_ if entry is not None and entry.type == "country" else ""
        return span._.sc_actor_country if span.label_ in _STATE_TYPES else ""

    def _home(self, doc: Doc, actors: list[Span]) -> str | None:
        title = getattr(doc._.sc_metadata, "title", "") or ""
        lines = _head_lines(doc)
        head = [
            self._state_of(a)
            for a in actors
            if any(start <= a.start_char < end for start, end, _ in lines)
        ]
        head += self._countries_in("\n".join([title, *(line for _, _, line in lines)]))
        every = [self._state_of(a) for a in actors]
        return home_state([s for s in head if s], [s for s in every if s])

    def _countries_in(self, text: str) -> list[str]:
        """Countries a head text names by name or adjective, in any case (a banner in capitals:
        "REPUBLIC OF POLAND"); a form of three letters or less only as written ("UK", not the
        word "us")."""
        words = f" {_NON_WORD.sub(' ', text)} "
        lower = words.lower()
        out = []
        for actor in self.gazetteer.actors.values():
            if actor.type != "country":
                continue
            for form in (actor.actor, *actor.aliases):
                key = f" {_NON_WORD.sub(' ', form)} "
                if (key.lower() in lower) if len(form) > 3 else (key in words):
                    out.append(actor.actor)
                    break
        return out


def _head_lines(doc: Doc) -> list[tuple[int, int, str]]:
    """The document's head: of its first blocks, those that are lines and not sentences (a
    title, a banner, a masthead, a body's name over its text: short, with no full stop at the
    end), up to the first that is a sentence; ``(start, end, text)`` of each."""
    out: list[tuple[int, int, str]] = []
    for start, end in (doc._.sc_blocks or [])[:_HEAD_BLOCKS]:
        line = doc.text[start:end].strip()
        if len(line) > _HEAD_CHARS or line.endswith((".", "?", "!", ":", ";")):
            if out:
                break
            continue  # a note before the title ("[Unofficial translation ...]") is passed over
        out.append((start, end, line))
    return out


def _named_state(doc: Doc, span: Span, actors: list[Span]) -> str | None:
    """The country named right before ``span`` ("China's foreign ministry", "the Polish
    Council of Ministers" when the adjective is a span of its own), else None."""
    end = span.start
    if end > 0 and doc[end - 1].text in _POSSESSIVE:
        end -= 1
    for other in actors:
        if other.label_ == "country" and other.end == end and other.start < span.start:
            return other.kb_id_
    return None
