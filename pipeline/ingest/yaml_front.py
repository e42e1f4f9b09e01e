"""A Markdown file's YAML front matter, read without a YAML library.

Only the forms documents carry in practice: ``key: value``, ``key: [a, b]`` and a key followed
by ``- item`` lines (also ``- name: X``, as author lists are often written). The values go
through :func:`pipeline.ingest.publisher.apply_meta`, as a key-value block's do.
"""

from __future__ import annotations

import re

from pipeline.document import Metadata
from pipeline.ingest.publisher import apply_meta


def yaml_front_matter(lines: list[str]) -> tuple[Metadata, int] | None:
    """Simple YAML front matter (``key: value``, ``key: [a, b]``, ``key:`` + ``- item``)."""
    if not lines or lines[0].strip() != "---":
        return None
    end = next(
        (i for i in range(1, min(len(lines), 200)) if lines[i].strip() in ("---", "...")), None
    )
    if end is None:
        return None
    meta = Metadata()
    key: str | None = None
    items: list[str] = []

    def done() -> None:
        if key is not None and items:
            apply_meta(meta, key, items)

    for line in lines[1:end]:
        m = re.match(r"^([A-Za-z][\w -]*):\s*(.*)$", line)
        if m and not line.startswith((" ", "\t")):
            done()
            key, value, items = m.group(1), m.group(2).strip(), []
            if value.startswith("[") and value.endswith("]"):
                items = [v.strip(" '\"") for v in value[1:-1].split(",")]
            elif value and value not in ("|", ">"):
                apply_meta(meta, key, value.strip("'\""))
                key = None
        elif key is not None and re.match(r"^\s*-\s+", line):
            item = re.sub(r"^\s*-\s+", "", line).strip().strip("'\"")
            item = re.sub(r"^name:\s*", "", item).strip("'\"")
            items.append(item)
        elif key is not None and re.match(r"^\s+name:\s*", line) and items == []:
            items.append(re.sub(r"^\s+name:\s*", "", line).strip("'\""))
    done()
    return meta, end + 1
