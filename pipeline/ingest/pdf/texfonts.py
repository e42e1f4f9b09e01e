"""The glyphs of TeX's math and symbol fonts by character code, for fonts without a Unicode map.

A PDF made by TeX may embed Computer Modern's math italic (``CMMI``), symbol (``CMSY``) and
extension (``CMEX``) fonts without a ToUnicode map and with glyph names outside Adobe's list
("epsilon1", "prime", "floorleft"). pdfminer then reports the glyph as ``(cid:N)``, PDFium as
the character whose code point is the code itself: a control character, or a letter or digit
that the font does not hold ("0" for the prime of ``x'``, "h" and "i" for angle brackets, "X"
for a displayed sum). The fonts' layouts are fixed (Knuth's OML, OMS and OMX encodings; txfonts'
``txsy`` and ``txex`` keep them), so those codes are read here as the glyphs they draw. Only
what is certain is mapped: in ``CMSY`` every lower-case letter, digit and control code (the
font has no such letters; its capitals are calligraphic letters and stay), in ``CMMI`` the
control codes (Greek), "`" (a script l) and "~" (a vector arrow, an accent), in ``CMEX`` every
code. Pieces of large delimiters, radicals and wide accents map to "" (no text); the negation
slash of ``CMSY`` makes the negated relation of the sign under it ("6=" is "\u2260").
"""

from __future__ import annotations

import re

_GREEK_CAPITALS = "\u0393\u0394\u0398\u039b\u039e\u03a0\u03a3\u03a5\u03a6\u03a8\u03a9"

#: OML (CMMI): codes 0-39 are Greek; 0x60 a script l; 0x7E and 0x7F accents
_OML = {
    **{i: c for i, c in enumerate(_GREEK_CAPITALS)},
    **{0x0B + i: c for i, c in enumerate("\u03b1\u03b2\u03b3\u03b4\u03f5\u03b6\u03b7\u03b8")},
    **{0x13 + i: c for i, c in enumerate("\u03b9\u03ba\u03bb\u03bc\u03bd\u03be\u03c0\u03c1")},
    **{0x1B + i: c for i, c in enumerate("\u03c3\u03c4\u03c5\u03d5\u03c7\u03c8\u03c9\u03b5")},
    **{0x23 + i: c for i, c in enumerate("\u03d1\u03d6\u03f1\u03c2\u03c6")},
    0x3F: "\u22c6",
    0x60: "\u2113",
    0x7E: "",
    0x7F: "",
}

#: OMS (CMSY): the symbols at the codes of lower-case letters, digits and control characters
_OMS_SYMBOLS = (
    "\u2212\u00b7\u00d7\u2217\u00f7\u22c4\u00b1\u2213\u2295\u2296\u2297\u2298\u2299\u25ef\u25e6"
    "\u2022\u224d\u2261\u2286\u2287\u2264\u2265\u2aaf\u2ab0\u223c\u2248\u2282\u2283\u226a\u226b"
    "\u227a\u227b\u2190\u2192\u2191\u2193\u2194\u2197\u2198\u2243\u21d0\u21d2\u21d1\u21d3\u21d4"
    "\u2196\u2199\u221d\u2032\u221e\u2208\u220b\u25b3\u25bd/\u21a6\u2200\u2203\u00ac\u2205"
    "\u211c\u2111\u22a4\u22a5\u2135"
)  # codes 0x00-0x40
_OMS_HIGH = (
    "\u222a\u2229\u228e\u2227\u2228\u22a2\u22a3\u230a\u230b\u2308\u2309{}\u27e8\u27e9|\u2016"
    "\u2195\u21d5\\\u2240\u221a\u2a3f\u2207\u222b\u2294\u2293\u2291\u2292\u00a7\u2020\u2021"
    "\u00b6\u2663\u2662\u2661\u2660"
)  # codes 0x5B-0x7F
_OMS = {
    **{i: c for i, c in enumerate(_OMS_SYMBOLS)},
    **{0x5B + i: c for i, c in enumerate(_OMS_HIGH)},
}
_OMS[0x36] = ""  # the negation slash is drawn over the next sign (see ``NEGATED``)
#: the sign the negation slash of ``CMSY`` (code 0x36) makes of the relation drawn under it:
#: "x \u2260 y" is set as the slash and "=", and PDFium reports "6=" for it
NEGATED = {
    "=": "\u2260", "\u2208": "\u2209", "<": "\u226e", ">": "\u226f", "\u2264": "\u2270",
    "\u2265": "\u2271", "\u2261": "\u2262", "\u223c": "\u2241", "\u2248": "\u2249",
    "\u2282": "\u2284", "\u2283": "\u2285", "\u2286": "\u2288", "\u2287": "\u2289",
    "\u2203": "\u2204", "\u2243": "\u2244", "\u224d": "\u226d", "\u2192": "\u219b",
}  # fmt: skip
_OMS[0x37] = ""  # the foot of a maps-to arrow

#: OMX (CMEX): delimiters in four sizes, big operators, radicals; the rest are pieces
_OMX: dict[int, str] = {}
for _codes, _glyphs in (
    ((0x00, 0x10, 0x12, 0x20), "()"),
    ((0x02, 0x14, 0x22, 0x68), "[]"),
    ((0x04, 0x16, 0x24, 0x6A), "\u230a\u230b"),
    ((0x06, 0x18, 0x26, 0x6C), "\u2308\u2309"),
    ((0x08, 0x1A, 0x28, 0x6E), "{}"),
    ((0x0A, 0x1C, 0x2A, 0x44), "\u27e8\u27e9"),
):
    for _code in _codes:
        _OMX[_code], _OMX[_code + 1] = _glyphs[0], _glyphs[1]
_OMX.update({0x0C: "|", 0x0D: "\u2016", 0x0E: "/", 0x0F: "\\", 0x2C: "/", 0x2D: "\\"})
_OMX.update({0x1E: "/", 0x1F: "\\", 0x2E: "/", 0x2F: "\\"})
for _base, _glyphs in ((0x46, "\u2a06\u2a06\u222e\u222e\u2a00\u2a00\u2a01\u2a01\u2a02\u2a02"),
                       (0x50, "\u2211\u220f\u222b\u22c3\u22c2\u2a04\u22c0\u22c1"),
                       (0x58, "\u2211\u220f\u222b\u22c3\u22c2\u2a04\u22c0\u22c1"),
                       (0x60, "\u2210\u2210")):  # fmt: skip
    for _i, _g in enumerate(_glyphs):
        _OMX[_base + _i] = _g
for _code in range(0x70, 0x75):
    _OMX[_code] = "\u221a"

_FAMILY = re.compile(r"^(?:cm(mi|sy|ex|bsy|mib)\d*|tx(sy|ex)|pxsy|pxex)$", re.I)


def tex_family(font: str) -> str | None:
    """ "mi", "sy" or "ex" for a TeX math italic, symbol or extension font (by its base
    name, the subset tag removed), else None."""
    m = _FAMILY.match(font)
    if m is None:
        return None
    fam = (m.group(1) or m.group(2) or font[-2:]).lower()
    return {"bsy": "sy", "mib": "mi"}.get(fam, fam)


def tex_glyph(family: str, code: int) -> str | None:
    """The text of the glyph at ``code`` in a TeX font of ``family``, or None when the code
    is read as it stands (a letter or digit of the math italic, a calligraphic capital)."""
    if family == "mi":
        return _OML.get(code)
    if family == "sy":
        if code < 0x20 or 0x30 <= code <= 0x3F or 0x5B <= code <= 0x7F:
            return _OMS.get(code)
        return None
    if family == "ex":
        return _OMX.get(code, "")
    return None


def unmapped(family: str, text: str) -> bool:
    """Whether ``text``, as PDFium reports a character of a font of ``family``, is a raw code
    the font's layout reads otherwise (see the module's note)."""
    if len(text) != 1:
        return False
    code = ord(text)
    if family == "mi":
        return code < 0x28 or code in (0x3F, 0x60, 0x7E, 0x7F)
    if family == "sy":
        return code < 0x20 or (0x30 <= code <= 0x39) or (0x61 <= code <= 0x7A)
    if family == "ex":  # (a mapped font reports its delimiters as these ASCII signs)
        return code < 0x80 and text not in "()[]{}|/\\"
    return False
