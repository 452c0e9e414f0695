"""Session 22, name-calling the small parser misreads: the name as the verb's open complement
("calling Holt a fraud" with the predicate as the name's object) and a quoted predicate as the
object with the bearer as its modifier ("called Holt “the Liar”") (made-up sentences)."""

from __future__ import annotations

from collections.abc import Callable

from newsextract_events.roles import _named
from newsextract_events.syntax import Tree
from newsextract_events.triggers import NAME_CALLING, _name_calling
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsextract import Extraction

from .events_helpers import name, only

Run = Callable[..., Extraction]


def test_quoted_object_names_its_modifier(run_events: Run) -> None:
    """ "called the Holt campaign “losers”" parsed with "losers" as the object and the campaign
    as its modifier: the campaign is the one criticised."""
    x = run_events(
        "Governor Dan Marsh called the Holt campaign “losers” and “clowns” without proof."
    )
    event = only(x, "ACCUSE")
    assert name(x, event, "agent") == "Dan Marsh"
    assert name(x, event, "target") in ("campaign", "Holt campaign", "the Holt campaign")


def _xcomp_parse() -> Doc:
    """ "Marsh calling Holt a fascist." as the small model parses it inside some articles:
    Holt as the open complement of "calling", "a fascist" as Holt's object."""
    words = ["Marsh", "calling", "Holt", "a", "fascist", "."]
    return Doc(
        Vocab(),
        words=words,
        heads=[1, 1, 1, 4, 2, 1],
        deps=["nsubj", "ROOT", "xcomp", "det", "dobj", "punct"],
        pos=["PROPN", "VERB", "PROPN", "DET", "NOUN", "PUNCT"],
        tags=["NNP", "VBG", "NNP", "DT", "NN", "."],
        lemmas=["Marsh", "call", "Holt", "a", "fascist", "."],
        sent_starts=[True, False, False, False, False, False],
    )


def test_name_as_open_complement_is_name_calling() -> None:
    """The name parsed as the verb's complement and the predicate as its object is still
    name-calling, with the name as the one called."""
    doc = _xcomp_parse()
    assert _name_calling(doc[1]) == NAME_CALLING
    assert [t.text for t in _named(doc[1], Tree(doc))] == ["Holt"]
