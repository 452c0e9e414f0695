"""The built-in events plugin: PLOVER-typed events with participants, time, place and modality.

Registered through the ``newsextract`` entry-point group like any third-party
plugin; it reads only what the public API hands every plugin (the parsed
``ctx.doc`` and the actors, quotes and allegations found before it).
"""

from __future__ import annotations

import newsextract
from newsextract import Event, Extraction, ExtractionContext

from .attackers import attack_deaths
from .extract import LEARNED_TRIGGERS, LEARNED_TRIGGERS_DEFAULT, trigger_gate
from .extract import extract_events as _extract
from .learned_roles import MODES, apply_learned_roles
from .learned_triggers import MODES as TRIGGER_MODES
from .learned_triggers import PLUGIN, Candidate, TriggerWeights, drop_roleless_gated
from .members import split_members
from .participant_actors import participant_actors
from .quoted_speakers import quoted_speakers
from .reciprocals import reciprocal_acts
from .shows import show_targets

__all__ = ["EventsPlugin", "extract_events", "plugin_settings", "refine"]

#: The setting that switches the learned role scorer (:mod:`.learned_roles`).
LEARNED_ROLES = "learned_roles"
#: Its default: fill the roles the rules left empty (measured in session 17).
LEARNED_ROLES_DEFAULT = "fill"


@newsextract.hookimpl
def plugin_settings() -> dict[str, str]:
    """What users can set per pipeline (``--set events.learned_roles=off``)."""
    return {
        LEARNED_ROLES: f"{' | '.join(MODES)} (default {LEARNED_ROLES_DEFAULT}): a learned scorer "
        "picks an event's agent and target among the actors of its sentence and the one "
        "before; 'fill' fills the roles the rules left empty (and overrides one only at "
        "p >= 0.7), 'replace' takes its choice for both, 'off' keeps the rules' roles",
        LEARNED_TRIGGERS: f"{' | '.join(TRIGGER_MODES)} (default {LEARNED_TRIGGERS_DEFAULT}): "
        "a learned gate turns some of the trigger candidates the rules leave out (lexicon "
        "words whose conditions failed, triggers dropped for their participants) into events",
    }


@newsextract.hookimpl
def extract_events(ctx: ExtractionContext) -> list[Event]:
    """PLOVER events of the document (see :mod:`newsextract_events.extract`)."""
    return _extract(ctx)


@newsextract.hookimpl
def refine(extraction: Extraction, ctx: ExtractionContext) -> Extraction | None:
    """Actors for event participants only a common noun names ("federal prosecutors"),
    then the learned role scorer, reciprocal acts' targets ("accused each other"), one event
    per member of a coordination told per member ("neither X nor Y"), then the check of the
    learned trigger gate's events, quoted speakers' "I", and the attacker of deaths an attack
    caused ("the raid that killed").

    The annotation guidelines make whoever takes part in an event an actor; the
    actors plugin finds names and the groups it knows, so the rest is added
    once every event exists. The role scorer runs after because it was trained and
    measured on the final extraction (those new actors are among its candidates).
    The actors made here for an event the check then drops, or for a role the scorer
    gave another actor, take part in nothing: they go (ids of the rest unchanged).
    """
    with_actors = participant_actors(extraction, ctx)
    current = extraction if with_actors is None else with_actors
    mode = ctx.settings("events").get(LEARNED_ROLES, LEARNED_ROLES_DEFAULT)
    scored = apply_learned_roles(current, ctx.doc, str(mode))
    final = current if scored is None else scored
    # "lawmakers accused each other": the doers are the target too (after the role scorer,
    # which drops a target that is its own agent)
    mutual = reciprocal_acts(final, ctx.doc, lambda: ctx.new_id("event"), PLUGIN)
    if mutual is not None:
        final = mutual
    # "told ABC's This Week": the programme, not the outlet that owns it
    on_air = show_targets(final, ctx)
    if on_air is not None:
        final = on_air
    # "neither X nor Y", "an aide to X and Y": one event per member (rounds 20, 22-24)
    each = split_members(final, ctx.doc, lambda: ctx.new_id("event"), PLUGIN)
    if each is not None:
        final = each
    # the learned trigger gate's events stay only with actors in their roles (session 19)
    checked = drop_roleless_gated(final, ctx)
    if checked is not None:
        final = checked
    # "'I will not support him,' Kirk said": an actorless "I" is the quote's speaker
    spoken = quoted_speakers(final)
    if spoken is not None:
        final = spoken
    attacked = attack_deaths(final, ctx.doc)
    if attacked is not None:
        final = attacked
    if with_actors is not None:
        before = {a.id for a in extraction.actors}
        added = {a.id for a in with_actors.actors if a.id not in before}
        final = _without_unreferenced(final, added)
    return None if final is extraction else final


def _without_unreferenced(extraction: Extraction, candidates: set[str]) -> Extraction:
    """The extraction without the actors of ``candidates`` that no other record refers to
    (every record kind's references, plugins' own kinds too); the same object if none goes.

    One pass over the records and their references."""
    if not candidates:
        return extraction
    referenced = {
        ref
        for record in extraction.records()
        for _path, _kind, ref in record.references()
        if ref != record.id
    }
    unused = candidates - referenced
    if not unused:
        return extraction
    actors = [a for a in extraction.actors if a.id not in unused]
    return extraction.model_copy(update={"actors": actors})


class EventsPlugin:
    """This plugin as an object whose learned trigger gate the caller sets up.

    Why: the gate's training must read the candidates the shipped code builds, with their
    features, and score them with weights of its own (every candidate kept); handed down
    as parameters, a recorder belongs to one pipeline, where a module global was shared by
    every pipeline and thread of the process. Register it in place of the entry point,
    under the same name (settings section and records' plugin stamp)::

        recorded: list[Candidate] = []
        Pipeline(disable=["events"], plugins=[EventsPlugin(recorder=recorded)])

    With neither argument it extracts what the entry point does.
    """

    name = PLUGIN

    def __init__(
        self,
        *,
        weights: TriggerWeights | None = None,
        recorder: list[Candidate] | None = None,
    ) -> None:
        """``weights`` replace the shipped ones; ``recorder`` receives every scored candidate."""
        self.weights = weights
        self.recorder = recorder

    @newsextract.hookimpl
    def plugin_settings(self) -> dict[str, str]:
        """The entry point's settings."""
        return plugin_settings()

    @newsextract.hookimpl
    def extract_events(self, ctx: ExtractionContext) -> list[Event]:
        """The entry point's events, judged by a gate with this object's weights and recorder."""
        return _extract(ctx, trigger_gate(ctx, self.weights, self.recorder))

    @newsextract.hookimpl
    def refine(self, extraction: Extraction, ctx: ExtractionContext) -> Extraction | None:
        """The entry point's refinement."""
        return refine(extraction, ctx)
