"""Dates told inside a verb's adjunct phrase rather than on the verb itself.

"Spoke at the X and Y forum on Sunday", "visited Norway for the opening of a ski resort
in June", "was sentenced to four years in federal prison Thursday", "In the run-up to the
2014 elections, X attacked Y": the parser hangs the date on the nearest noun of the phrase
(a conjunct, a nested object), which the settings :mod:`.timing` reads (the objects of
"at/in/during/on/as", two hops down) do not reach. A phrase of place, occasion or purpose
tells where or for what the act was done, and a date inside it is the act's: annotators date
such acts with it (session 26: 7 of 7 such undated matched events on the train rounds, in 7
articles of 5 rounds, none left undated in gold).

Not a phrase of another time ("ended his bid after a loss last week", "drop out before
Tuesday's primary": gold leaves those acts undated or dates them otherwise), nor of a topic
("criticized X over her 2012 vote", "about", "of", "against"), nor a clause inside the phrase
(a relative clause or participle tells another act's time). Through "on" and "as" only an
adjunct date counts, not a modifier of the noun, as for the settings :mod:`.timing` reads
("criticized X on her 2012 vote": the vote's year).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsextract.dependents import child_table

if TYPE_CHECKING:  # the index is built in timing, which calls this module
    from .timing import DateIndex

__all__ = ["adjunct_dates"]

#: Prepositions of another time or of a topic: their objects' dates are not the act's.
_OTHER_TIME_PREPS = frozenset(
    {
        "after",
        "before",
        "since",
        "until",
        "following",
        "ahead",
        "about",
        "of",
        "over",
        "against",
        "than",
        "like",
        "despite",
        "amid",
        "toward",
        "towards",
    }
)
#: Prepositions whose noun lends only an adjunct date, not a modifier's (as timing reads them).
_ADJUNCT_ONLY_PREPS = frozenset({"on", "as"})
#: Dependencies of a date that modifies its noun ("her 2012 vote", "tonight's victory").
_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "poss"})
#: Links into a clause of its own, whose dates are another act's.
_CLAUSE_LINKS = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "parataxis", "appos"})
#: How deep the phrase is read below the preposition's object (bounds a run-on parse).
_PHRASE_DEPTH = 6


def adjunct_dates(verb: Token, dates: DateIndex) -> list[Span]:
    """The date expressions inside the adjunct phrases of ``verb`` (its prepositions'
    objects and their nominal dependents), in the order found; empty when there is none."""
    table = child_table(verb.doc)
    found: list[Span] = []
    for prep in table.kids(verb.i, "prep"):
        if prep.lower_ in _OTHER_TIME_PREPS:
            continue
        adjunct_only = prep.lower_ in _ADJUNCT_ONLY_PREPS
        for obj in table.kids(prep.i, "pobj"):
            for ent in _phrase_dates(obj, dates, 0):
                if adjunct_only and ent.root.dep_ in _MODIFIER_DEPS:
                    continue
                found.append(ent)
    return found


def _phrase_dates(node: Token, dates: DateIndex, depth: int) -> list[Span]:
    """The dates on ``node`` and on the nouns below it that stay in its phrase (children from
    the document's child table: ``Token.children`` scans a run-on sentence's whole subtree)."""
    found = list(dates.all_at(node))
    if depth >= _PHRASE_DEPTH:
        return found
    for child in child_table(node.doc).children(node.i):
        if child.dep_ in _CLAUSE_LINKS or child.pos_ in ("VERB", "AUX"):
            continue
        if child.dep_ == "prep" and child.lower_ in _OTHER_TIME_PREPS:
            continue
        found.extend(_phrase_dates(child, dates, depth + 1))
    return found
