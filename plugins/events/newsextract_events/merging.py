"""One record per real event: repeated mentions of the same event are merged.

News repeats its main event: the headline says "X endorses Y", the lead
"X endorsed Y on Friday". Event-data
users count events, so three records would triple the count. Two mentions are
taken to be one event when they have

- the same type and a compatible modality (the same, or one mention asserted and the
  other planned or hypothetical: "will endorse" in the lead and "endorsed" later are
  one act reported before and after it happened),
- the same trigger lemma ("endorses"/"endorsed"; "Trump called Cruz a liar"
  and "Trump questioned Cruz's eligibility" stay two events),
- compatible participants: for agent and target, the same actor or one side
  unnamed, and at least one actor in common; or none at all, for one dated occasion
  or an attack the article returns to ("the Paris attacks" ... "the attacks in Paris"),
  told apart by names, a day of its own or a plural after a singular (``Occasion``),
- no conflicting dates,
- different sentences: the same word twice in one sentence names two acts ("hit Baxter
  on taxes, she hit him on schools"; "was charged with assault ... preparing to
  charge him with a threat"), as the guidelines count one event per verb there.

The kept record is the first mention with the fullest participants (the one
an annotator marks); the others contribute what it lacks: a date, the
participants of a role it has no actor for, and their links to the quotes
and allegations that report them (``related``). Only the repeated trigger
positions are not kept. Grouping is by (type, trigger lemma), and
each group is small, so the cost stays linear in practice.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from newsextract import Event, Participant

__all__ = ["NO_OCCASION", "Occasion", "merge_repeated", "trigger_family"]


class Occasion(NamedTuple):
    """What a trigger noun says of the occasion it names: the proper names before it
    ("Paris" in "the Paris attacks"), whether it is plural and whether an indefinite article
    introduces it. Two mentions of attacks no participant names are told apart by these
    alone; any two mentions named differently, or a later one introduced as new, are two
    occasions."""

    names: frozenset[str]
    plural: bool
    #: introduced by "a"/"an"/"another": a new occasion, never an earlier one told again
    indefinite: bool = False


NO_OCCASION = Occasion(frozenset(), False)

_ROLES = ("agent", "target")
_PRONOUNS = frozenset(
    [
        "he",
        "him",
        "his",
        "she",
        "her",
        "they",
        "them",
        "their",
        "it",
        "its",
        "we",
        "us",
        "our",
        "i",
        "me",
        "my",
        "you",
        "your",
    ]
)
#: Modalities that report one act at different moments (planned, then done): mergeable.
_FORWARD = frozenset({"asserted", "planned", "hypothetical"})
#: Types whose participantless mentions name one occasion the article returns to.
_OCCASION_TYPES = frozenset({"ASSAULT"})
#: Examined partners per event: bounds the pairwise step on pathological inputs.
_MAX_GROUP = 64


def trigger_family(lemma: str) -> str:
    """The trigger's lemma: "endorses" and "endorsed" are one word, "endorsement" another.

    Merging across the verb and its noun ("endorsed" ... "his endorsement") was
    tried: on the annotated articles it merged more distinct events than
    repeated ones.
    """
    return lemma.lower()


def _actor(event: Event, role: str) -> str | None:
    for participant in event.participants:
        if participant.role == role and participant.actor is not None:
            return participant.actor
    return None


def _unlinked(event: Event, role: str) -> bool:
    """Whether the role is named only by words no actor covers ("the administration")."""
    return _actor(event, role) is None and any(
        p.role == role and p.mention.text.lower() not in _PRONOUNS for p in event.participants
    )


def _same_modality(a: Event, b: Event) -> bool:
    """One act said to be coming and said to have happened; "negated" and "alleged" stay apart
    ("did not endorse" ... "endorsed" are two claims an event count must not merge)."""
    return a.modality == b.modality or {a.modality, b.modality} <= _FORWARD


def _compatible(
    a: Event, b: Event, name_a: Occasion = NO_OCCASION, name_b: Occasion = NO_OCCASION
) -> bool:
    if not _same_modality(a, b):
        return False
    shared = False
    for role in _ROLES:
        x, y = _actor(a, role), _actor(b, role)
        if x is not None and y is not None:
            if x != y:
                return False
            shared = True
        elif (x is not None and _unlinked(b, role)) or (y is not None and _unlinked(a, role)):
            # "called on Obama ..." and "called on the administration ...": someone else
            return False
    if not shared:
        return _same_dated_occasion(a, b, name_a, name_b)
    if a.when is not None and b.when is not None and a.when.start and b.when.start:
        return (a.when.start, a.when.end) == (b.when.start, b.when.end)
    return True


def _day(event: Event) -> tuple[dt.date, dt.date | None] | None:
    if event.when is None or event.when.start is None:
        return None
    return (event.when.start, event.when.end)


def _same_dated_occasion(
    a: Event, b: Event, name_a: Occasion = NO_OCCASION, name_b: Occasion = NO_OCCASION
) -> bool:
    """Two mentions of one dated event no participant names ("the 9/11 attacks" ... "the
    Sept. 11 attacks"): the same type, word and day make them one event.

    An attack with no participants is a named occasion the article keeps returning to
    ("the Paris attacks" in the headline, "the terrorist attacks", "the attacks" later):
    the guidelines annotate it once, so ``b``, the later mention, joins ``a`` unless it
    gives a day of its own ("the 2012 Benghazi attack" and "the September 11th attack"
    stay two), both are named and by different names ("the 9/11 attacks" and "the
    San Bernardino attack"), or it is plural after a singular ("a bad shooting" ... "after
    the shootings": more attacks than the first).
    """
    if any(p.role in _ROLES for p in (*a.participants, *b.participants)):
        return False
    if name_a.names and name_b.names and name_a.names != name_b.names:
        return False  # two attacks named differently, even on one day (checked before the day)
    day_a, day_b = _day(a), _day(b)
    if day_b is not None:
        # a later mention with its own day is another attack ("a mass shooting last year")
        return day_a == day_b
    if name_b.plural and not name_a.plural:
        return False  # "the 2012 attack" ... "the attacks": several, the first among them
    return a.type in _OCCASION_TYPES


def _other_occasion(kept: int, other: int, name_k: Occasion, name_o: Occasion) -> bool:
    """Whether the nouns name two occasions whatever their participants: a later mention
    introduced as new ("At a rally in Ohio last month, Mr. Hale ..." after "Trump rallies
    in South Carolina": the indefinite article brings in another rally, which the guidelines
    count as its own event), or two mentions named by different places or names that share
    none ("the Ohio rallies", "the Kentucky rallies"; "Russia's offensive in Ukraine" is still
    "Russia's offensive")."""
    if name_o.indefinite and kept < other:
        return True
    return bool(name_k.names and name_o.names and not name_k.names & name_o.names)


def _fullness(event: Event) -> int:
    return sum(_actor(event, role) is not None for role in _ROLES)


def _fold(kept: Event, others: list[Event]) -> Event:
    when = kept.when if kept.when is not None and kept.when.start else None
    participants = list(kept.participants)
    related = list(kept.related)
    for other in others:
        if when is None and other.when is not None and other.when.start:
            when = other.when
        for role in _ROLES:
            if _actor(kept, role) is None and _actor(other, role) is not None:
                extra = [p for p in other.participants if p.role == role and p.actor is not None]
                participants = [p for p in participants if p.role != role] + extra[:1]
        related += [r for r in other.related if r not in related]
    update: dict[str, object] = {"related": related, "participants": _ordered(participants)}
    if when is not None:
        update["when"] = when
    return kept.model_copy(update=update)


def _ordered(participants: list[Participant]) -> list[Participant]:
    order = {"agent": 0, "target": 1}
    return sorted(participants, key=lambda p: order.get(p.role, 2))


def merge_repeated(
    events: list[Event],
    families: list[str],
    sentences: Sequence[int] | None = None,
    names: Sequence[Occasion] | None = None,
) -> list[Event]:
    """Events in document order with repeated mentions merged into the fullest first one.

    ``sentences`` gives each event's sentence (any key equal for one sentence): two
    mentions in one sentence are two acts, never merged. ``names`` gives each trigger
    noun's names and number (``Occasion``): two participantless mentions named
    differently are two occasions.
    """
    where = list(sentences) if sentences is not None else list(range(len(events)))
    named = list(names) if names is not None else [NO_OCCASION for _ in events]
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, event in enumerate(events):
        groups[(event.type, families[i])].append(i)
    absorbed: dict[int, list[int]] = defaultdict(list)
    gone: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        members = members[:_MAX_GROUP]
        # fullest first, then earliest: each event joins the first compatible keeper
        ranked = sorted(members, key=lambda i: (-_fullness(events[i]), i))
        keepers: list[int] = []
        for i in ranked:
            home = next(
                (
                    k
                    for k in keepers
                    if where[k] != where[i]
                    and not _other_occasion(k, i, named[k], named[i])
                    and _compatible(events[k], events[i], named[k], named[i])
                ),
                None,
            )
            if home is None:
                keepers.append(i)
            else:
                absorbed[home].append(i)
                gone.add(i)
    out: list[Event] = []
    for i, event in enumerate(events):
        if i in gone:
            continue
        others = absorbed.get(i)
        out.append(_fold(event, [events[j] for j in others]) if others else event)
    return out
