"""``python -m pipeline.bench.synth.pdfgen``: write sample articles and their truth."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pipeline.bench.synth.pdfgen.article import make_article


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--columns", type=int, default=2, choices=(1, 2, 3))
    ap.add_argument("--pages", type=int, default=None)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--sentences", type=Path, default=None, help="also write the known sentences (JSONL)"
    )
    args = ap.parse_args(argv)
    article = make_article(args.out, columns=args.columns, pages=args.pages, seed=args.seed)
    if args.sentences:
        with open(args.sentences, "w", encoding="utf-8") as fh:
            for s in article.sentences:
                fh.write(json.dumps({"text": s.text, "page": s.page, "section": s.section}) + "\n")
    print(f"{args.out}: {article.pages} pages, {len(article.sentences)} known sentences")
    return 0
