"""One event per member of a coordination where the guidelines count each member's own act
(a step of the ``refine`` stage).

The roles keep every conjunct of a coordinated participant ("a former aide to Senator A and
Governor B": two targets), but the scorer reads only the first of a role, and the
guidelines' default for coordinated participants is one event with the first-named (round
1, kept by rounds 16 and 18 for criticism "from A and B" and one verb with several objects).
Two constructions are told per member instead, and the recent rounds code them so:

- **"neither X nor Y"**: each person gets one `negated` event (round 20's ruling; rounds
  20 and 23 coded both such coordinations so, round 10 had kept the first-named);
- **a job held for several named employers or principals** ("a former aide to A and B",
  "president of two named studios", "pitched for three named teams"): one job per employer
  on one trigger (round 13's "one event per employer" for a job's end; rounds 22-24 coded
  all five such jobs so, where round 15 had kept the first-named). The employers must all
  be names: the parser also coordinates the holder's second title with the employer ("a
  fellow at the X Institute and a party elder"), a description of the holder himself.

Joint acts stay one event with the first-named: shared criticism, a trip to two hosts, a
study by two authors, two people acting together (rounds 22-24 still code most
coordinations so); splitting every coordinated role the extractor keeps made a wrong event
nine times in ten on train rounds 5-24. The split events are copies on the same trigger
(type, mode, date, modality and ``related`` links kept), each with one member in the split
role and a fresh id; the first keeps the first-named.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from newsextract import Event, Extraction, Participant

__all__ = ["JOB_MODES", "split_members"]

#: COOPERATE modes of a job or office held for a named employer (``staff``: titles and
#: job nouns; ``served``: "served as X for Y"); ``office`` has no employer, ``rank`` one
#: service, and ties or joint acts (no mode) are shared by their partners.
JOB_MODES = frozenset({"staff", "served"})
#: The roles a coordination is split in.
_ROLES = ("agent", "target")
#: Conjunction words that make each member's act its own ("neither X nor Y").
_EACH_NEGATED = frozenset({"nor", "neither"})


def split_members(
    extraction: Extraction, doc: Doc, new_id: Callable[[], str], plugin: str
) -> Extraction | None:
    """``extraction`` with each of ``plugin``'s events whose agent or target is a
    coordination told per member (see the module) given one copy per further member
    (ids from ``new_id``); ``None`` when nothing is split."""
    events: list[Event] = []
    changed = False
    for event in extraction.events:
        split = _split(event, doc, new_id) if event.plugin == plugin else None
        if split is None:
            events.append(event)
            continue
        events.extend(split)
        changed = True
    if not changed:
        return None
    return extraction.model_copy(update={"events": events})


def _split(event: Event, doc: Doc, new_id: Callable[[], str]) -> list[Event] | None:
    """The event and its copies, one per member of its split role; None when none is split."""
    for role in _ROLES:
        members = _members(event, role)
        if len(members) < 2:
            continue
        heads = [_head(m, doc) for m in members]
        words = _coordination_words(heads, doc)
        if words is None or not _told_per_member(event, role, words, heads):
            continue
        rest = [p for p in event.participants if p.role != role]
        others = {p.actor for p in rest if p.actor is not None}
        kept = [m for m in members if m.actor not in others]
        if len(kept) < 2:
            continue
        first = event.model_copy(update={"participants": _ordered([kept[0], *rest])})
        copies = [
            event.model_copy(update={"id": new_id(), "participants": _ordered([m, *rest])})
            for m in kept[1:]
        ]
        return [first, *copies]
    return None


def _members(event: Event, role: str) -> list[Participant]:
    """The role's participants with an actor, each actor once, in the order named."""
    seen: set[str] = set()
    members: list[Participant] = []
    for p in event.participants:
        if p.role == role and p.actor is not None and p.actor not in seen:
            seen.add(p.actor)
            members.append(p)
    return members


def _ordered(participants: Sequence[Participant]) -> list[Participant]:
    """Agents first, then targets, then the other roles (the order the roles step writes)."""
    order = {"agent": 0, "target": 1}
    return sorted(participants, key=lambda p: order.get(p.role, 2))


def _head(p: Participant, doc: Doc) -> Token | None:
    """The syntactic head of a participant's mention, if its words are in the parse."""
    if p.mention is None:
        return None
    span = doc.char_span(p.mention.start, p.mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _conj_root(token: Token) -> Token:
    """The first conjunct of the coordination ``token`` is in (itself when in none)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _coordination_words(heads: Sequence[Token | None], doc: Doc) -> frozenset[str] | None:
    """The conjunction words ("and", "nor", "neither") of the one coordination every
    member's head belongs to; None when the members are not conjuncts of each other
    ("director of the center at the university": two targets, no coordination)."""
    if any(h is None for h in heads):
        return None
    roots = {_conj_root(h).i for h in heads if h is not None}
    if len(roots) != 1 or len({h.i for h in heads if h is not None}) != len(heads):
        return None
    root = doc[roots.pop()]
    words: set[str] = set()
    stack = [root]
    while stack:  # the coordination's conjuncts: the root and its conj descendants
        node = stack.pop()
        for child in node.children:
            if child.dep_ in ("cc", "preconj"):
                words.add(child.lower_)
            elif child.dep_ == "conj":
                stack.append(child)
    return frozenset(words)


def _told_per_member(
    event: Event, role: str, words: frozenset[str], heads: Sequence[Token | None]
) -> bool:
    """Whether the guidelines count each member's own act (the module's two constructions;
    a job's employers all names, not the holder's second title coordinated with one)."""
    if words & _EACH_NEGATED:
        return True  # "neither X nor Y apologized" (round 20)
    return (
        event.type == "COOPERATE"
        and event.mode in JOB_MODES
        and role == "target"
        and all(h is not None and h.pos_ == "PROPN" for h in heads)
    )
