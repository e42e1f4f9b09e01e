"""Name-swap twins: the same sentence with its countries swapped (CheckList's invariance test,
Ribeiro et al. 2020). A classifier that reads the claim and not the names gives a sentence and
its twin the same label."""

from __future__ import annotations

from pipeline.classify.standoff import RealSentence

#: Countries swapped in pairs, with their demonyms: (name, demonym, other, other's demonym).
SWAPS = (
    ("China", "Chinese", "India", "Indian"),
    ("United States", "American", "France", "French"),
    ("Russia", "Russian", "Brazil", "Brazilian"),
    ("Japan", "Japanese", "Germany", "German"),
    ("South Korea", "Korean", "Italy", "Italian"),
    ("Soviet Union", "Soviet", "Mexico", "Mexican"),
    ("United Kingdom", "British", "Canada", "Canadian"),
    ("Australia", "Australian", "Egypt", "Egyptian"),
)
#: Any other country becomes this one.
OTHER = ("Kenya", "Kenyan")
_DEMONYM_ENDINGS = ("ian", "ese", "ish", "can", "ic")


def swap_countries(sentence: RealSentence) -> str | None:
    """``sentence.text`` with every annotated country mention swapped (a demonym for a
    demonym), or None when the sentence names no country."""
    table: dict[str, tuple[str, str, str]] = {}
    for a, a_demonym, b, b_demonym in SWAPS:
        table[a] = (b, b_demonym, a_demonym)
        table[b] = (a, a_demonym, b_demonym)
    out, pos = [], 0
    for m in sorted(sentence.actors, key=lambda m: m.start):
        if m.type != "country" or m.start < pos:
            continue
        name, demonym, own_demonym = table.get(m.value, (*OTHER, ""))
        written = sentence.mention_text(m)
        is_demonym = written == own_demonym or written.endswith(_DEMONYM_ENDINGS)
        out += [sentence.text[pos : m.start], demonym if is_demonym else name]
        pos = m.end
    if not out:
        return None
    return "".join(out) + sentence.text[pos:]
