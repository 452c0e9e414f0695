"""Which words report speech, and how much evidence each needs.

Split in three because the verbs differ in how reliably they report speech:
a verb of saying reports speech whatever follows it, a verb of thinking or
showing only when it governs a clause ("she believes that ..."), and some
verbs report an attitude towards a thing named by their object ("denied the
claims", "called for a ban").
"""

from __future__ import annotations

from newsextract import reporting_verbs


def _lemmas(words: str) -> frozenset[str]:
    return frozenset(words.split())


__all__ = [
    "ABOUT_VERBS",
    "CLAIM_NOUNS",
    "CLAUSE_VERBS",
    "OBJECT_VERBS",
    "PRONOUN_TYPES",
    "QUOTE_VERBS",
    "RAISING_VERBS",
    "SAY_VERBS",
    "STANCE_ADJECTIVES",
]

#: Verbs of saying: a cue next to a quotation even without a parsed complement (the
#: core's shared list, plus verbs that report what a text or a person makes known).
SAY_VERBS: frozenset[str] = reporting_verbs.SAY_VERBS | _lemmas(
    "read reveal disclose clarify speculate"
)

#: Verbs that attribute content only when they govern a clause.
CLAUSE_VERBS: frozenset[str] = SAY_VERBS | frozenset(
    _lemmas(
        """
    believe think know show find hope expect feel realize realise understand recognize
    recognise fear worry agree doubt guess suppose imply indicate signal hint estimate
    point demand propose recommend decide bet figure learn hear charge bemoan reckon
    sense see
    """
    )
)

#: Verbs whose direct object is the attributed content.
OBJECT_VERBS: frozenset[str] = frozenset(
    _lemmas(
        """
    announce deny criticize criticise praise condemn endorse propose recall reject
    dismiss defend question demand cite describe reveal blame accuse predict welcome
    applaud slam blast decry oppose call portray label dub brand urge refer denounce
    challenge characterize characterise hail tout laud mock ridicule attack thank warn
    ask tweet want hope plan seek decline refuse intend dispute belittle knock lambaste
    berate rebuke champion advocate favor favour embrace highlight discuss outline
    write complain argue acknowledge admit
    """
    )
)

#: Verbs of talking whose topic ("spoke about the war") is what they report.
ABOUT_VERBS: frozenset[str] = _lemmas("speak talk testify comment write complain")

#: Nouns that report what someone said or holds when followed by a clause
#: ("his claim that ...", "Trump's warning that ...").
CLAIM_NOUNS: frozenset[str] = _lemmas(
    """
    claim statement assertion allegation accusation argument warning suggestion belief
    view promise pledge threat insistence contention charge assurance admission
    announcement prediction remark comment complaint concern fear hope demand vow
    """
)

#: Verbs that present a view without a speaker ("the plan appears to have failed",
#: "turnout is expected to rise"): the complement is attributed, to no one.
RAISING_VERBS: frozenset[str] = _lemmas("seem appear expect look sound")

#: Adjectives of stance: "skeptical of the plan", "confident that it will pass".
STANCE_ADJECTIVES: frozenset[str] = _lemmas(
    """
    skeptical sceptical confident sure certain hopeful optimistic pessimistic convinced
    critical adamant aware worried concerned eager wary leery supportive dismissive
    unhappy happy proud angry furious upset doubtful clear
    """
)

#: Verbs that relay someone else's words: "AFP quoted X as saying".
QUOTE_VERBS: frozenset[str] = frozenset({"quote", "cite"})

#: Which actor types a pronoun subject can refer to.
PRONOUN_TYPES: dict[str, frozenset[str]] = {
    "he": frozenset({"person"}),
    "she": frozenset({"person"}),
    "him": frozenset({"person"}),
    "her": frozenset({"person"}),
    "they": frozenset({"organization", "country", "group", "media", "other", "person"}),
    "it": frozenset({"organization", "country", "group", "media", "other"}),
}
