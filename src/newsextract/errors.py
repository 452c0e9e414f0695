"""Exceptions newsextract raises; each says what went wrong and what to do.

Everything derives from :class:`NewsExtractError`, so an application can catch
one class. Errors about a document carry its ``doc_id``; errors caused by a
plugin carry the plugin's name, so a batch report points at the culprit.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "InputError",
    "ModelNotFoundError",
    "NewsExtractError",
    "PluginError",
    "RecordValidationError",
]


class NewsExtractError(Exception):
    """Base class of every error newsextract raises on purpose."""


class ModelNotFoundError(NewsExtractError):
    """No usable spaCy English pipeline is installed (or the named one is missing)."""


class InputError(NewsExtractError):
    """A document cannot be processed as given (wrong type, empty, too long, ...)."""

    def __init__(self, message: str, *, doc_id: str | None = None) -> None:
        self.reason = message
        self.doc_id = doc_id
        where = f"document {doc_id!r}: " if doc_id is not None else ""
        super().__init__(where + message)

    def __reduce__(self) -> tuple[Any, ...]:
        # keyword-only arguments: teach pickle (worker processes) to rebuild us
        return (_rebuild, (type(self), self.reason, {"doc_id": self.doc_id}))


class PluginError(NewsExtractError):
    """A plugin raised, or returned something that is not a valid record."""

    def __init__(
        self,
        message: str,
        *,
        plugin: str,
        doc_id: str | None = None,
        hook: str | None = None,
    ) -> None:
        self.reason = message
        self.plugin = plugin
        self.doc_id = doc_id
        self.hook = hook
        where = f"plugin {plugin!r}"
        if hook:
            where += f" ({hook})"
        if doc_id is not None:
            where += f" on document {doc_id!r}"
        super().__init__(f"{where}: {message}")

    def __reduce__(self) -> tuple[Any, ...]:
        kwargs = {"plugin": self.plugin, "doc_id": self.doc_id, "hook": self.hook}
        return (_rebuild, (type(self), self.reason, kwargs))


class RecordValidationError(PluginError):
    """A record breaks the contract: ungrounded span, duplicate id, dangling reference."""

    def __init__(
        self,
        message: str,
        *,
        plugin: str,
        record_id: str | None = None,
        doc_id: str | None = None,
        hook: str | None = None,
    ) -> None:
        self.record_id = record_id
        self.unprefixed = message
        if record_id is not None:
            message = f"record {record_id!r}: {message}"
        super().__init__(message, plugin=plugin, doc_id=doc_id, hook=hook)

    def __reduce__(self) -> tuple[Any, ...]:
        kwargs = {
            "plugin": self.plugin,
            "doc_id": self.doc_id,
            "hook": self.hook,
            "record_id": self.record_id,
        }
        return (_rebuild, (type(self), self.unprefixed, kwargs))


def _rebuild(cls: type[Exception], message: str, kwargs: dict[str, Any]) -> Exception:
    return cls(message, **kwargs)
