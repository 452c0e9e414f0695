"""The finders' common output, before actors are looked up.

Finders only read the parse and report character ranges; turning ranges into
actor ids and grounded :class:`~newsextract.Span` records happens in one place
(:mod:`.assemble`), so the syntax code can be tested without any actors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .syntax import Range

__all__ = ["Found"]


@dataclass
class Found:
    """One allegation as character ranges.

    ``maybe_accused`` are common-noun phrases ("the company") kept only if an
    actor is mentioned there. ``denier`` is the mention of whoever rejects the allegation (for stance
    ``denied``); ``first_person`` marks an accuser such as "we", which a quote's
    speaker should replace.
    """

    cue: Range
    claim: Range
    accuser: Range | None = None
    accused: list[Range] = field(default_factory=list)
    maybe_accused: list[Range] = field(default_factory=list)
    stance: Literal["asserted", "denied"] = "asserted"
    denier: Range | None = None
    confidence: float = 0.7
    first_person: bool = False
    construction: str = ""
    #: Actor ids already known (from a quote's speaker), used over a look-up by position.
    accuser_id: str | None = None
    denier_id: str | None = None
