"""An exact, faster stand-in for spaCy's ``attribute_ruler`` (part-of-speech from tags).

en_core_web_sm's ``attribute_ruler`` maps each fine-grained tag to a coarse part of speech and
morphology with 179 token patterns run through spaCy's general ``Matcher``: about 40 µs a token,
more than the tagger itself and a tenth of a run's time. Its patterns are simple (one or two
tokens; equality, ``IN``, ``NOT_IN`` and ``REGEX`` tests on ``TAG``, ``LOWER``, ``DEP`` and
``IS_SPACE``), so this component indexes them by the tag or word of their first token and
tests only the candidates at each position. Matches are applied as the ruler applies them
(sorted by pattern, later patterns winning), with the ruler's own normalised attributes, so the
tokens get exactly the same ``POS``, ``MORPH``, ``LEMMA`` and ``TAG``.

``default.cfg`` puts it in the ruler's place (``replaces = "attribute_ruler"``) when every
pattern is of a supported form, and leaves the ruler in place otherwise.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.errors import UnsupportedPattern

#: The token attributes patterns may test, in the order of the per-token key (see below).
KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")


def _test(attr: str, spec, strings) -> Callable[[tuple], bool]:
    """A test on a token's key: ``(tag, lower, dep, is_space)`` as string-store hashes."""
    if attr not in KEY_ATTRS:
        raise UnsupportedPattern(attr)
    at = KEY_ATTRS.index(attr)

    def encode(value) -> int:
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, str):
            return strings[value] if value else 0  # a missing value is 0, as for "" in spaCy
        raise UnsupportedPattern(repr(value))

    if isinstance(spec, dict):
        if len(spec) != 1:
            raise UnsupportedPattern(str(spec))
        ((op, value),) = spec.items()
        if op == "IN":
            values = {encode(v) for v in value}
            return lambda key: key[at] in values
        if op == "NOT_IN":
            values = {encode(v) for v in value}
            return lambda key: key[at] not in values
        if op == "REGEX" and attr != "IS_SPACE":
            pattern = re.compile(value)
            return lambda key: bool(pattern.search(strings[key[at]] if key[at] else ""))
        raise UnsupportedPattern(op)
    code = encode(spec)
    return lambda key: key[at] == code


class _Index:
    """Patterns indexed by the tag or lowercase form their first token must have."""

    def __init__(self, strings) -> None:
        self.strings = strings
        self.by_tag: dict[int, list] = defaultdict(list)
        self.by_lower: dict[int, list] = defaultdict(list)
        self.anywhere: list = []

    def add(self, entry: tuple, first: dict) -> None:
        first = {k.upper(): v for k, v in first.items()}
        for name, index in (("TAG", self.by_tag), ("LOWER", self.by_lower)):
            value = first.get(name)
            if isinstance(value, str) and value:
                index[self.strings[value]].append(entry)
                return
            if isinstance(value, dict) and set(value) == {"IN"} and all(value["IN"]):
                for v in set(value["IN"]):
                    index[self.strings[v]].append(entry)
                return
        self.anywhere.append(entry)

    def candidates(self, key: tuple) -> list:
        tag = self.by_tag.get(key[0])
        lower = self.by_lower.get(key[1])
        if tag is None and lower is None:
            return self.anywhere
        return [*(tag or ()), *(lower or ()), *self.anywhere]


class FastAttributeRuler:
    """Apply an ``AttributeRuler``'s patterns without the ``Matcher`` (see the module doc).

    Each token is reduced to a key of string hashes, ``(tag, lower, dep, is_space)``. One-token
    patterns depend only on that key, so what they set is computed once per key and cached; the
    few longer patterns are tested where their first token can match.
    """

    def __init__(self, ruler) -> None:
        from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG

        strings = ruler.vocab.strings
        self.attrs = list(ruler.attrs)
        self.indices = list(ruler.indices)
        self.key_columns = [TAG, LOWER, DEP, IS_SPACE]
        self.columns = [POS, TAG, MORPH, LEMMA]
        self.dep = DEP  # set token by token: Doc.from_array wants heads with labels
        if any(set(a) - {*self.columns, DEP} for a in self.attrs):
            raise UnsupportedPattern("attributes other than POS, TAG, MORPH, LEMMA and DEP")
        self.single = _Index(strings)
        self.longer = _Index(strings)
        for order in range(len(self.attrs)):
            for pattern in ruler.matcher.get(str(order))[1]:
                if any(k.upper() == "OP" for tok in pattern for k in tok):
                    raise UnsupportedPattern("OP")
                tests = [[_test(k.upper(), v, strings) for k, v in tok.items()] for tok in pattern]
                if len(pattern) == 1 and self.indices[order] not in (0, -1):
                    raise UnsupportedPattern(f"index {self.indices[order]} of a one-token pattern")
                index = self.single if len(pattern) == 1 else self.longer
                index.add((order, len(pattern), tests), pattern[0])
        self._single: dict[tuple, tuple[int, ...]] = {}
        self._merged: dict[tuple[int, ...], list[tuple[int, int]]] = {}

    def _singles(self, key: tuple) -> tuple[int, ...]:
        orders = self._single.get(key)
        if orders is None:
            orders = tuple(
                sorted(
                    order
                    for order, _, tests in self.single.candidates(key)
                    if all(t(key) for t in tests[0])
                )
            )
            if len(self._single) < 200_000:
                self._single[key] = orders
        return orders

    def _values(self, orders: tuple[int, ...]) -> list[tuple[int, int]]:
        """``(column, value)`` pairs the patterns ``orders`` set, later ones winning."""
        values = self._merged.get(orders)
        if values is None:
            merged: dict[int, int] = {}
            for order in orders:
                merged.update(self.attrs[order])
            values = [
                (self.columns.index(attr) if attr != self.dep else -1, value)
                for attr, value in merged.items()
            ]
            self._merged[orders] = values
        return values

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        keys = [tuple(row) for row in doc.to_array(self.key_columns).tolist()]
        extra: dict[int, list[int]] = defaultdict(list)  # token -> orders of longer patterns
        for i, key in enumerate(keys):
            for order, length, tests in self.longer.candidates(key):
                if i + length <= n and all(
                    test(keys[i + j]) for j in range(length) for test in tests[j]
                ):
                    index = self.indices[order]
                    extra[i + (index if index >= 0 else length + index)].append(order)
        array = doc.to_array(self.columns)
        deps: list[tuple[int, int]] = []
        changed = False
        for i, key in enumerate(keys):
            orders = self._singles(key)
            if i in extra:
                orders = tuple(sorted({*orders, *extra[i]}))
            for column, value in self._values(orders):
                if column < 0:
                    deps.append((i, value))
                else:
                    array[i, column] = value
                    changed = True
        if changed:
            doc.from_array(self.columns, array)
        for i, value in deps:
            doc[i].dep = value
        return doc


@Language.factory("spaceclaims_fast_attributes")
def make_fast_attributes(nlp: Language, name: str) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.get_pipe("attribute_ruler"))
