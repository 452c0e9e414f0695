"""Honours and appointments with no named giver: "X was honored with an award", "X, a Nobel
Prize winner", "X was appointed ambassador".

The awards rulings (round 10: "awards given with no named giver" are SUPPORT with a null
agent; round 20: "giving an award or honour is SUPPORT from the giver, null when unnamed")
make an honour an event even when the text never says who gave it. The rules' SUPPORT
senses need someone doing the backing (``extract._judged_sense`` drops agentless backing
as a poll's), so these two constructions live here with the one exception they need:

- a passive "honored" with no "by"-agent and a phrase saying what honour or where ("was
  honored with a spot on the float", "was honored at the gala"), not the feeling "I'm
  honored", "would be honored to serve" (no such phrase, or a "to"-clause); and the passive
  of the senses that already name the honour ("was awarded the Medal of Freedom", "was
  crowned the queen");
- a prize winner described ("X, a Nobel Prize winner", "a former captain and Medal of Honor
  winner", "winner of the Pulitzer Prize"): the one the noun describes is honoured, read
  like a supporter noun's holder (``roles._supporter_roles``), the giver left null;
- an appointment told in the passive with no appointer ("X was appointed ambassador", "was
  named chairwoman", "was hired in May"; round 17: "if nominated" is SUPPORT (appoint) with
  no agent) -- not an election ("was elected governor"), the electorate's act, which the
  gold leaves out like vote counts (round 20: 4 of 17 such passives annotated in B).

The condition names are ``"honoured"`` and ``"prize"``, asked by :mod:`.noun_conditions`
for names it does not know.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .triggers import Trigger

#: The condition of a passive honour with no named giver.
HONOURED = "honoured"
#: The condition of a prize winner noun.
PRIZE = "prize"
#: The mode of the prize winner's sense: its roles are read by :func:`winner_roles`.
AWARD_MODE = "award"

#: What an honour is: "a Nobel Prize winner", "winner of the Medal of Honor".
_PRIZES = words("prize award medal honor honour trophy laureate")
#: Prepositions that say what honour or where: "honored with a spot", "honored as a hero",
#: "honored for her work", "honored at the gala".
_HONOUR_PREPS = frozenset({"with", "as", "for", "at", "during"})
#: Verbs whose passive with no "by"-agent is an honour from an unnamed giver (their senses'
#: own conditions say what honour: "awarded a medal", "crowned the queen").
_HONOURING = words("honor honour award crown")
#: Appointments by an electorate: "was elected in 2008" is the voters' (a count, round 20).
_ELECTING = words("elect reelect re-elect")
#: Clause links of a feeling, not an honour: "would be honored to serve".
_FEELING_DEPS = frozenset({"xcomp", "ccomp"})


def condition(token: Token, need: str, governor: Token | None) -> bool | None:
    """Whether ``token`` meets ``need``; ``None`` when ``need`` is not a condition of this module."""
    del governor
    if need == HONOURED:
        return honoured(token)
    if need == PRIZE:
        return _prize_named(token)
    return None


def _passive_unnamed(token: Token) -> bool:
    """A passive verb whose giver goes unnamed: no "by"-agent."""
    kids = list(token.children)
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in kids) and not any(
        c.dep_ == "agent" for c in kids
    )


def honoured(token: Token) -> bool:
    """ "Pulse owner X was honored with a spot on the float", "was honored at the gala": a
    passive honour with no named giver and a phrase naming the honour, the occasion or the
    reason -- not the feeling ("I'm honored", "would be honored to serve")."""
    if token.pos_ != "VERB" or not _passive_unnamed(token):
        return False
    if any(c.dep_ in _FEELING_DEPS for c in token.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _HONOUR_PREPS for c in token.children)


def _prize_named(noun: Token) -> bool:
    """ "Nobel Prize winner", "Medal of Honor winner", "winner of the Pulitzer Prize": the
    winner noun names the honour won (not "the winner of the primary", "a big winner")."""
    for child in noun.children:
        if child.dep_ in ("compound", "nmod", "amod") and child.lemma_.lower() in _PRIZES:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(g.lemma_.lower() in _PRIZES for g in child.children if g.dep_ == "pobj")
        ):
            return True
    return False


def unnamed_giver(trig: Trigger) -> bool:
    """Whether the trigger is an honour or appointment whose giver the text leaves unnamed (a
    passive honour or appointment with no "by"-agent, or a prize winner): the rulings keep it
    as SUPPORT with a null agent, where other agentless backing is a poll's
    (``extract._judged_sense``)."""
    if trig.sense.type != "SUPPORT":
        return False
    if trig.sense.mode == AWARD_MODE:
        return True
    token = trig.token
    lemma = token.lemma_.lower()
    return (
        not trig.nominal
        and (lemma in _HONOURING or (trig.sense.mode == "appoint" and lemma not in _ELECTING))
        and token.pos_ == "VERB"
        and _passive_unnamed(token)
    )
