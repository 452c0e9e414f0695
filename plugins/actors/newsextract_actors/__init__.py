"""The built-in actors extractor: who the article is about, one actor per entity.

Named entities of the parse and gazetteer names the small model misses are
clustered into actors with every mention, titles, affiliation and ISO 3166
alpha-3 codes; pronouns and definite descriptions that refer to an actor are
mentions of it too. Later stages find speakers and participants with
``ctx.actor_at``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import newsextract
from newsextract import Actor, ExtractionContext

from .build import ActorBuilder
from .dictionary import SETTING, check, files_in_effect, setting_files
from .offices import SITTING_SETTING, enabled

__all__ = ["check_settings", "extract_actors", "plugin_settings"]


@newsextract.hookimpl
def plugin_settings() -> dict[str, str]:
    """What users can set per pipeline (``--set actors.dictionary=coders.csv``)."""
    return {
        SETTING: "actor dictionary file(s) (.json, .jsonl, .csv; a path or a list), "
        "read besides NEWSEXTRACT_ACTOR_DICTIONARY and installed dictionaries",
        SITTING_SETTING: "true (default) or false: read an untaken 'the president' as the "
        "sitting US president on the publication date (a US term table; switch off for "
        "news from elsewhere)",
    }


@newsextract.hookimpl
def check_settings(settings: Mapping[str, Any]) -> None:
    """Read the dictionaries and the switch once, so a bad value fails before any document."""
    check(setting_files(settings.get(SETTING)))
    enabled(settings.get(SITTING_SETTING))


@newsextract.hookimpl
def extract_actors(ctx: ExtractionContext) -> list[Actor]:
    """Actors ordered by first mention, with deterministic ids."""
    if not ctx.text.strip() or len(ctx.doc) == 0:
        return []
    with files_in_effect(setting_files(ctx.settings("actors").get(SETTING))):
        return ActorBuilder(ctx.doc, ctx.text, ctx.datelines).actors(ctx)
