"""Finding, loading and listing plugins.

Plugins are found through the ``newsextract`` entry-point group only, built-in
ones included, so the built-ins prove the path third-party plugins take. Each
:class:`~newsextract.Pipeline` gets its own plugin manager, so two pipelines in
one process can run different plugin sets.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.metadata import entry_points

import pluggy

from . import hookspecs
from .errors import NewsExtractError, PluginError

__all__ = [
    "DISABLE_ENV",
    "ENABLE_ENV",
    "PluginInfo",
    "build_plugin_manager",
    "declared_settings",
    "describe_plugins",
]

#: Comma-separated plugin names: load only these (entry points).
ENABLE_ENV = "NEWSEXTRACT_PLUGINS"
#: Comma-separated plugin names never to load.
DISABLE_ENV = "NEWSEXTRACT_DISABLE_PLUGINS"


@dataclass(frozen=True)
class PluginInfo:
    """One registered plugin, as ``newsextract plugins`` lists it."""

    name: str
    hooks: list[str]
    distribution: str | None = None
    version: str | None = None
    source: str = "entry point"
    extra: dict[str, str] = field(default_factory=dict)
    #: The settings the plugin reads (``plugin_settings`` hook): name -> description.
    settings: dict[str, str] = field(default_factory=dict)


class _Manager(pluggy.PluginManager):
    """A plugin manager that remembers which distribution each plugin came from."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT)
        self.add_hookspecs(hookspecs)
        self.origins: dict[str, tuple[str | None, str | None]] = {}


def _split(value: str | Iterable[str] | None) -> list[str] | None:
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else list(value)
    return [item.strip() for item in items if item.strip()]


def build_plugin_manager(
    *,
    enable: str | Iterable[str] | None = None,
    disable: str | Iterable[str] | None = None,
    plugins: Sequence[object] = (),
    entrypoints: bool = True,
) -> pluggy.PluginManager:
    """A plugin manager with the installed plugins, filtered by name.

    ``enable`` keeps only the named entry-point plugins, ``disable`` drops
    some; both default to the environment variables ``NEWSEXTRACT_PLUGINS`` and
    ``NEWSEXTRACT_DISABLE_PLUGINS``. ``plugins`` are objects registered directly
    (the Python-only way to use a plugin that is not installed).
    """
    manager = _Manager()
    wanted = _split(enable if enable is not None else os.environ.get(ENABLE_ENV) or None)
    unwanted = set(_split(disable if disable is not None else os.environ.get(DISABLE_ENV)) or [])
    available: list[str] = []
    if entrypoints:
        found = sorted(entry_points(group=hookspecs.PROJECT), key=lambda ep: ep.name)
        available = [ep.name for ep in found]
        unknown = sorted((set(wanted or []) | unwanted) - set(available))
        if unknown:
            raise NewsExtractError(
                f"unknown plugin(s) {', '.join(unknown)}; installed: "
                f"{', '.join(available) or 'none'} (see `newsextract plugins`)"
            )
        for ep in found:
            if ep.name in unwanted or (wanted is not None and ep.name not in wanted):
                continue
            if manager.get_plugin(ep.name) is not None:
                continue
            try:
                plugin = ep.load()
            except Exception as exc:
                raise PluginError(
                    f"could not be imported ({type(exc).__name__}: {exc})", plugin=ep.name
                ) from exc
            _register(manager, plugin, ep.name)
            dist = ep.dist
            manager.origins[ep.name] = (
                dist.metadata["Name"] if dist else None,
                dist.version if dist else None,
            )
    for plugin in plugins:
        name = _plugin_name(plugin)
        if manager.is_registered(plugin):
            continue
        _register(manager, plugin, name)
        manager.origins[name] = (None, None)
    _check_hook_names(manager)
    return manager


def _register(manager: pluggy.PluginManager, plugin: object, name: str) -> None:
    """Register one plugin; a hook declared with arguments the spec lacks is its PluginError."""
    try:
        manager.register(plugin, name=name)
    except pluggy.PluginValidationError as exc:
        # pluggy's own exception would escape NewsExtractError handlers (a CLI traceback)
        raise PluginError(str(exc).replace("\n", "; "), plugin=name) from exc


def _check_hook_names(manager: pluggy.PluginManager) -> None:
    """A ``@hookimpl`` whose name is no hook (``extract_quote``) would never run: say so.

    Plugin settings are checked the same way, so that a typo never passes silently.
    """
    hooks = sorted(name for name, caller in vars(manager.hook).items() if caller.has_spec())
    for name, plugin in manager.list_name_plugin():
        if plugin is None:
            continue
        for caller in manager.get_hookcallers(plugin) or []:
            if caller.has_spec():
                continue
            for impl in caller.get_hookimpls():
                if impl.plugin is plugin and not impl.optionalhook:
                    close = difflib.get_close_matches(caller.name, hooks, n=1)
                    hint = f"did you mean {close[0]!r}? " if close else ""
                    raise PluginError(
                        f"implements {caller.name!r}, which is not a newsextract hook; "
                        f"{hint}the hooks are: {', '.join(hooks)}",
                        plugin=name,
                    )


def _plugin_name(plugin: object) -> str:
    """A plugin object's ``name`` attribute, else its module/class name."""
    name = getattr(plugin, "name", None)
    if isinstance(name, str) and name:
        return name
    module_name = getattr(plugin, "__name__", None)
    return module_name if isinstance(module_name, str) else type(plugin).__name__


def describe_plugins(manager: pluggy.PluginManager) -> list[PluginInfo]:
    """The registered plugins with their hooks, distribution and version."""
    origins: dict[str, tuple[str | None, str | None]] = getattr(manager, "origins", {})
    infos = []
    settings = declared_settings(manager)
    for name, plugin in sorted(manager.list_name_plugin(), key=lambda item: item[0]):
        if plugin is None:
            continue
        hooks = sorted(
            caller.name for caller in manager.get_hookcallers(plugin) or [] if caller.name
        )
        dist, version = origins.get(name, (None, None))
        infos.append(
            PluginInfo(
                name=name,
                hooks=hooks,
                distribution=dist,
                version=version,
                source="entry point" if dist else "registered in Python",
                settings=settings.get(name, {}),
            )
        )
    return infos


def declared_settings(manager: pluggy.PluginManager) -> dict[str, dict[str, str]]:
    """Each plugin's declared settings (``plugin_settings`` hook), by plugin name."""
    declared: dict[str, dict[str, str]] = {}
    for impl in manager.hook.plugin_settings.get_hookimpls():
        try:
            found = impl.function()
        except Exception as exc:
            raise PluginError(
                f"raised {type(exc).__name__}: {exc}",
                plugin=impl.plugin_name,
                hook="plugin_settings",
            ) from exc
        if found is not None and not isinstance(found, Mapping):
            raise PluginError(
                f"returned {type(found).__name__}, not a mapping of setting names to descriptions",
                plugin=impl.plugin_name,
                hook="plugin_settings",
            )
        declared[impl.plugin_name] = {str(k): str(v) for k, v in (found or {}).items()}
    return declared
