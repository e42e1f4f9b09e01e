"""Blocks: a paragraph cut in two (at a page or column break, around a display equation) is one
block again (:func:`merge_continued_blocks`, run by :func:`pipeline.ingest.ingest` for every
format)."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.data.resources import english_words
from pipeline.document import Block
from pipeline.ingest.paragraphs import LIST_ITEM, join_lines, known_words

_BLOCK_END = re.compile(r"(?:[.!?:;…—–][\"'”’)\]]*|;\s*(?:and|or))$")
#: A block that starts a sentence fragment: a lower-case word, perhaps after an opening
#: parenthesis (letters only, so not an e-mail address, a URL, a product name such as
#: "e.Inspector"; list labels such as "a)", "(iv)" are ruled out by ``LIST_ITEM``).
_CONTINUATION_START = re.compile(
    r"^\(?[a-z\u00df-\u00ff][a-z\u00df-\u00ff'’-]+(?=[\s,;:)]|$)|^[a-z](?=[\s,;:)]|$)"
)


#: A block that ends on an abbreviation pointing to a numbered item ("... derivation of Eq.",
#: "... as shown in Refs."), after a few words of a sentence: the number follows.
_REFERENCE_END = re.compile(
    r"\S+\s+\S+\s+(?:Eqs?|Refs?|Figs?|Secs?|Sects?|Tabs?|Arts?|Chaps?|Thms?|Lems?|Nos?|pp?|"
    r"eqs?|refs?|figs?|secs?|sects?|tabs?|arts?|chaps?)\.$"
)
#: The start of a block that gives that number: "(4) describe ...", "[12] and ...", "3-5 for".
_REFERENCE_NUMBER = re.compile(r"^[(\[]?\d")
#: A paragraph of an instrument's preamble that opens in small letters, as translated
#: agreements print each recital and the operative formula under the parties' names ("The
#: Government of A and the Government of B," / "noting the results of ...," / "guided by ...," /
#: "have agreed as follows:"): each is a unit of its own in the guide, not the rest of a
#: sentence the paragraph above left open.
PREAMBLE_CLAUSE = re.compile(
    r"(?:acknowledging|affirming|aware|bearing in mind|believing|conscious|considering|"
    r"convinced|desiring|determined|emphasi[sz]ing|guided by|having (?:regard|considered|noted|"
    r"reviewed)|inspired|mindful|noting|reaffirming|recalling|recogni[sz]ing|reiterating|"
    r"stressing|taking into (?:account|consideration)|welcoming|wishing|seeking|"
    r"have (?:agreed|come|decided|resolved|reached)|hereby (?:agree|decide)|agree as follows)\b"
)
#: A motion's opening formula at a block's end ("I beg to move,", "Resolved,", "Ordered,"):
#: a parliamentary record sets the motion's text under it as a paragraph of its own ("That
#: this House has considered ..."), though the two are one sentence.
_MOTION_FORMULA = re.compile(r"(?:\b(?:[Mm]ove|[Mm]oved|[Pp]ropose|Resolved|Ordered|Agreed)),$")


def continues_block(previous: str, text: str) -> bool:
    """Whether block ``text`` continues the sentence that block ``previous`` leaves unfinished:
    ``previous`` ends without a sentence end, a colon or semicolon, a dash, or the "; and" of a
    list item, and ``text`` starts with a lower-case word that is not a list label; or
    ``previous`` ends on an abbreviation such as "Eq." or "Ref." and ``text`` starts with the
    number it points to ("(4)", "[12]"); or ``previous`` ends on a motion's formula ("I beg to
    move,", "Resolved,") and ``text`` is the motion ("That this House ..."); never a recital
    or an operative formula of a preamble after a comma ("noting ...", "have agreed as
    follows:"). A paragraph the layout cut at a page or column break,
    or around a display equation, is one again."""
    previous = previous.rstrip()
    if not previous or not text:
        return False
    if _REFERENCE_END.search(previous) and _REFERENCE_NUMBER.match(text):
        return True
    if _MOTION_FORMULA.search(previous) and text.startswith("That "):
        return True
    if previous.endswith(",") and PREAMBLE_CLAUSE.match(text):
        return False
    if _BLOCK_END.search(previous):
        return False
    if not (previous[-1].isalnum() or previous[-1] in ",-)]"):
        return False
    return bool(_CONTINUATION_START.match(text)) and not LIST_ITEM.match(text)


def merge_continued_blocks(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each block that :func:`continues_block` its predecessor (under the same
    section, and not an item of a list: "- weather forecasting" under "- satellite navigation"
    is an item of its own, not the rest of a sentence) joined to it, a word hyphenated across the cut rejoined (:func:`join_lines`).
    The joined block keeps the first one's page, section and source offset; the page on which
    the second part starts becomes a page break."""
    if len(blocks) < 2:
        return blocks
    # Evidence for rejoining a hyphenated word: the words of the document, less the first and
    # last word of each block (the two halves of a word cut at a block end are no evidence).
    known = known_words(" ".join(b.text.partition(" ")[2].rpartition(" ")[0] for b in blocks))
    out: list[Block] = [blocks[0]]
    for block in blocks[1:]:
        last = out[-1]
        if (
            block.section != last.section
            or block.list_item
            or block.speaker  # a speaker's label opened it: a new turn, never a continuation
            or not continues_block(last.text, block.text)
        ):
            out.append(block)
            continue
        text = join_lines([last.text, block.text], known=known, lexicon=english_words())
        shift = len(text) - len(block.text)  # where the second part's text now starts (about)
        breaks = list(last.page_breaks)
        if block.page is not None and block.page != last.page_at(len(last.text)):
            breaks.append((max(shift, len(last.text)), block.page))
        breaks.extend((o + shift, p) for o, p in block.page_breaks)
        out[-1] = replace(last, text=text, page_breaks=tuple(breaks))
    return out
