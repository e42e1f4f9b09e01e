"""Authors of a reviewed work are sources, not actors (:mod:`pipeline.nlp.extract.work_authors`
has the rule and why).

Runs after the person component: it removes the person spans of the authors a review's
citation byline names ("By Ann Roe. Cambridge, MA: Harbour Press, 2026."): the full name and
each later mention by surname that the person rules read as that person; and those of the
journalists a text introduces by a newsroom title ("our reporter Ana Ruiz", round 21).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.extract.work_authors import newsroom_journalists, work_authors


@Language.factory("spaceclaims_work_authors")
def make_work_authors(nlp: Language, name: str) -> WorkAuthors:
    return WorkAuthors()


class WorkAuthors:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        actors = list(doc.spans.get("actors", []))
        if not actors:
            return doc
        authors = {a.lower() for a in newsroom_journalists(doc.text)}
        if "by " in doc.text.lower():
            authors |= {a.lower() for a in work_authors(doc.text)}
        if not authors:
            return doc
        kept = [a for a in actors if not (a.label_ == "person" and a.kb_id_.lower() in authors)]
        if len(kept) < len(actors):
            doc.spans["actors"] = kept
        return doc
