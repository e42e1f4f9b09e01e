"""``--workers 0``: documents processed one by one in this process."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from pipeline.runner.task import Result, Task, process_task


class InProcessPool:
    """Documents processed one by one in this process, without limits; with ``debug`` an
    exception stops the run with its full traceback."""

    def __init__(self, nlp: Language, debug: bool) -> None:
        self.nlp = nlp
        self.debug = debug

    def map(self, tasks: Iterable[Task]) -> Iterator[Result]:
        for task in tasks:
            yield process_task(task, self.nlp, debug=self.debug, raise_errors=self.debug)

    def close(self) -> None:
        pass
