"""Markdown inline markup reduced to its text (links to their text, emphasis and code markers
removed), as the Markdown and plain-text readers of :mod:`pipeline.ingest.text` use it."""

from __future__ import annotations

import re

_INLINE = [
    (re.compile(r"<!--.*?-->", re.S), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[\^[^\]]+\]"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<(?:https?|mailto):[^>]+>"), ""),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(.+?)~~"), r"\1"),
]
_STRAY_EMPHASIS = re.compile(
    r"\*{2,}|(?<=\s)\*(?=\s)|(?<![\w*])\*(?=\w)|(?<=[\w.,:;!?)])\*(?![\w*])"
)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def md_inline(text: str) -> str:
    """Markdown inline markup reduced to its text: links to their text, images, footnote
    references and HTML tags dropped, emphasis and code markers removed."""
    # Escaped characters are parked in the private use area so no rule below touches them.
    text = _ESCAPE.sub(lambda m: chr(0xE000 + ord(m.group(1))), text)
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    # Emphasis markers left unpaired ("**Label: ** text", a marker closing after a space).
    text = _STRAY_EMPHASIS.sub("", text)
    return re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group(0)) - 0xE000), text)
