"""Per-plugin settings: ``{"actors": {"dictionary": "coders.csv"}}``.

Users tune plugins per pipeline (an actor dictionary for one project, a
stricter mode for another) without environment variables that leak across a
whole process. Settings are plain JSON-like values keyed by plugin name, the
way datasette keeps plugin configuration. Each plugin declares the keys it
reads (the ``plugin_settings`` hook); the core checks every setting names a
loaded plugin and one of its keys (a typo must not be silently ignored) and
hands each plugin its own part through ``ctx.settings(name)``; what the values
mean is the plugin's business, documented in its README.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from .errors import NewsExtractError

__all__ = ["PluginSettings", "freeze_settings", "parse_assignment", "settings_for"]

#: Read-only settings of every plugin, by plugin name.
PluginSettings = Mapping[str, Mapping[str, Any]]

_EMPTY: Mapping[str, Any] = MappingProxyType({})


def freeze_settings(
    settings: Mapping[str, Mapping[str, Any]] | None,
    declared: Mapping[str, Mapping[str, str]],
) -> PluginSettings:
    """Checked, read-only copy of ``settings``.

    ``declared`` holds, for every loaded plugin, the settings it said it reads;
    a setting for another plugin or any other key is an error naming the plugin
    and the keys it does read.
    """
    if not settings:
        return MappingProxyType({})
    loaded = set(declared)
    frozen: dict[str, Mapping[str, Any]] = {}
    for name, values in settings.items():
        if name not in loaded:
            raise NewsExtractError(
                f"settings for {name!r}, which is not a loaded plugin; loaded: "
                f"{', '.join(sorted(loaded)) or 'none'} (see `newsextract plugins`)"
            )
        if not isinstance(values, Mapping):
            raise NewsExtractError(
                f"settings for plugin {name!r} must be a mapping of names to values, "
                f"not {type(values).__name__}"
            )
        known = declared[name]
        unknown = sorted(set(values) - set(known))
        if unknown:
            reads = ", ".join(sorted(known)) or "none"
            raise NewsExtractError(
                f"plugin {name!r} has no setting {', '.join(map(repr, unknown))}; "
                f"the settings it reads: {reads} (see `newsextract plugins`)"
            )
        frozen[name] = MappingProxyType(dict(values))
    return MappingProxyType(frozen)


def settings_for(settings: PluginSettings, plugin: str) -> Mapping[str, Any]:
    """One plugin's settings, empty when the user gave none."""
    return settings.get(plugin, _EMPTY)


def parse_assignment(text: str) -> tuple[str, str, Any]:
    """``"events.window=3"`` -> ``("events", "window", 3)``; the value is JSON if it parses.

    So ``--set actors.dictionary=coders.csv`` gives a string and
    ``--set events.strict=true`` a boolean, without quoting on the shell.
    """
    target, sep, raw = text.partition("=")
    plugin, dot, key = target.strip().partition(".")
    if not sep or not dot or not plugin or not key.strip():
        raise NewsExtractError(
            f"--set {text!r}: write PLUGIN.KEY=VALUE, e.g. actors.dictionary=a.csv"
        )
    try:
        value: Any = json.loads(raw)
    except ValueError:
        value = raw
    return plugin, key.strip(), value
