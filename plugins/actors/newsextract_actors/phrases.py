"""Names used as modifiers of a common noun: what the whole noun phrase is.

A name in front of a common noun rarely acts by itself. The annotation
guidelines read the noun phrase as a whole:

- "E.U. leaders", "Polish officials", "Tulsa police", "the U.S. military",
  "the Democratic nominee", "a Senate subcommittee" name one group,
  organisation or person: the phrase is the mention, of an actor of its own
  (affiliated with the name), not of the state, party or body in it;
- "the U.S. government" stands for the state: the phrase is its mention;
- "U.S. sanctions", "the IMF report", "Russian shelling": the name is who
  acts, and stays its mention (events read it as the agent);
- "U.S. power plants", "the American story", "European defense": the name
  only classifies a thing, and is no mention;
- a name inside the title of a named person ("Republican nominee Donald
  Trump", "White House press secretary Josh Earnest") is no mention either
  (see :mod:`.build`, which knows the titles).

Only the mention's own head and its children are read, so the cost is
constant per mention.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

from newsextract.people_nouns import (
    COLLECTIVE_NOUNS,
    GROUP_NOUNS,
    UNIT_NOUNS,
    UNSUFFIXED_PERSON_NOUNS,
    is_thing_noun,
)

from . import gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mentions import ActorKind, Mention

Decision = Literal["keep", "drop", "phrase", "state"]
#: Collectives the guidelines read as a class, no actor, however named: "the establishment",
#: "the (Republican) establishment" (rulings of rounds 14 and 17; rounds 5-13 had marked it).
CLASS_COLLECTIVES: Final[frozenset[str]] = frozenset({"establishment"})

MODIFIER_DEPS: Final[frozenset[str]] = frozenset({"compound", "amod", "nmod"})
#: Words in front of a plural that make it a share of a class, not one group
#: ("most E.U. countries", "many European citizens").
QUANTIFIERS: Final[frozenset[str]] = frozenset(
    {"most", "many", "all", "some", "few", "several", "both", "any", "no", "every", "each"}
)
_DEFINITE: Final[frozenset[str]] = frozenset({"the", "this", "that", "these", "those"})
_INDEFINITE: Final[frozenset[str]] = frozenset({"a", "an", "another"})
#: Positions where an indefinite noun phrase describes rather than refers
#: ("Lewis, a Democratic congressman"; "as a U.S. senator").
_PREDICATIVE_DEPS: Final[frozenset[str]] = frozenset({"appos", "attr", "oprd", "acomp"})
_AS_PREPS: Final[frozenset[str]] = frozenset({"as", "like", "than"})
#: Plurals of places: after a party, how they vote ("Democratic states").
_PLACES: Final[frozenset[str]] = frozenset(
    {"state", "country", "nation", "county", "city", "district", "town"}
)
#: Plurals of people who vote: after a party, the class that leans to it ("Republican
#: primary voters"), which polls and analysts weigh, no group that acts (the
#: guidelines' generic classes); as the object of an act ("met Republican voters",
#: "surveyed 552 likely Democratic primary voters") they are the people it reached.
_ELECTORATES: Final[frozenset[str]] = frozenset({"voter", "electorate", "caucusgoer"})
#: How far a modifier may stand from its head ("E.U. military operations").
MAX_GAP: Final[int] = 3


@dataclass(frozen=True)
class Phrase:
    """A noun phrase that is one mention: character range, type, clustering key."""

    start_char: int
    end_char: int
    kind: ActorKind
    key: str
    head: int  #: token index of the head noun
    singular_role: bool  #: "the Democratic nominee": may be a named person's description


def _head_of(doc: Doc, m: Mention) -> Token | None:
    """The common noun a name modifies, if the name is a modifier of one."""
    last = doc[m.end - 1]
    head = last.head
    if last.dep_ not in MODIFIER_DEPS or head.i < m.end or head.i - m.end > MAX_GAP:
        return None
    if is_possessor(last):
        return None  # "the GOP’s nomination" (parsed nmod): the party's, like "America's"
    if head.pos_ != "NOUN" or not head.is_alpha:
        return None
    # every word between belongs to the head's phrase: "U.S. [appeals] court"
    for i in range(m.end, head.i):
        between = doc[i]
        if not (m.start <= between.head.i <= head.i) or between.is_punct:
            return None
    return head


def is_possessor(token: Token) -> bool:
    """A name with its own possessive ending ("GOP’s", "Russia's"), whatever its dependency."""
    return any(c.dep_ == "case" and c.i == token.i + 1 for c in token.children)


def _determiners(head: Token) -> set[str]:
    return {
        c.lower_
        for c in head.children
        if c.i < head.i and (c.dep_ in {"det", "predet"} or c.lower_ in QUANTIFIERS)
    }


def _possessed(head: Token) -> bool:
    return any(c.dep_ == "poss" and c.i < head.i for c in head.children)


#: Nouns that take a share of a class: "46 percent of voters", "a majority of Americans".
_SHARES: Final[frozenset[str]] = frozenset(
    {"percent", "%", "percentage", "majority", "share", "plurality", "proportion", "fraction"}
)


def share_of(head: Token) -> bool:
    """ "46 percent of Republican voters", "a majority of Democrats": a share of a class.

    A poll's slice of a class, like "many officials", follows no group that
    acts: the class is counted, not referred to. A definite group keeps its
    mention ("24 percent of the contributors to her campaign": those ones).
    """
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i > prep.i:
        return False
    if any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children):
        return False
    return prep.head.lower_ in _SHARES


def describes(head: Token) -> bool:
    """Whether a noun phrase is a predicate or an apposition: it says what someone is."""
    if head.dep_ in _PREDICATIVE_DEPS:
        return True
    return head.dep_ == "pobj" and head.head.lower_ in _AS_PREPS


def is_group_noun(token: Token) -> bool:
    """A plural that names people or bodies: "leaders", "nations", "voters", "police"."""
    lemma = token.lemma_.lower()
    if token.lower_ in COLLECTIVE_NOUNS:
        return True
    if token.tag_ != "NNS":
        return False
    return lemma in GROUP_NOUNS or _is_person_noun(lemma)


def is_person_noun(word: str) -> bool:
    """Whether a noun names a person by office, relation or agency ("nominee", "director")."""
    return _is_person_noun(word)


def _is_person_noun(word: str) -> bool:
    """Offices, relations and agent nouns ("nominee", "wife", "speechwriter")."""
    if word.endswith(gazetteer.NOT_PERSON_NOUNS):  # "power", "firepower"
        return False
    return (
        word in gazetteer.PERSON_ROLES
        or word in gazetteer.RELATION_NOUNS
        or word in UNSUFFIXED_PERSON_NOUNS
        or (len(word) > 4 and word.endswith(_PERSON_SUFFIXES) and not is_thing_noun(word))
    )


#: Agent-noun suffixes that make people far more often than things ("-ent"
#: and "-ant" make "commitment" and "plant" as often as "president").
_PERSON_SUFFIXES: Final[tuple[str, ...]] = (
    "er",
    "or",
    "ist",
    "ian",
    "man",
    "woman",
    "person",
    "ee",
    "crat",
)


def decide(
    doc: Doc, text: str, m: Mention, modifier_kind: ActorKind
) -> tuple[Decision, Phrase | None] | None:
    """What a name mention that modifies a common noun stands for.

    ``modifier_kind`` is the type of the actor the name belongs to. ``None``
    for names that modify no common noun, and for people ("the Trump
    campaign" is one of :meth:`.build.ActorBuilder.units`).
    """
    if modifier_kind == "person":
        return None
    head = _head_of(doc, m)
    if head is None:
        return None
    lemma = head.lemma_.lower()
    word = head.lower_
    if lemma in gazetteer.AGENTIVE_NOUNS or word in gazetteer.AGENTIVE_NOUNS:
        # "U.S. sanctions", "the IMF report": the name does it; an adjective
        # of origin before an economic figure only describes ("Mexican exports")
        if m.role == "demonym" and lemma in gazetteer.ECONOMIC_NOUNS:
            return "drop", None
        return "keep", None
    if _home_people(m, head):
        return "drop", None  # "the American people": the nation at large, no actor
    if lemma in gazetteer.MOVER_NOUNS:
        return "drop", None  # "Syrian refugees", "Muslim migrants": where from, a class
    if word in CLASS_COLLECTIVES:
        return "drop", None  # "the GOP establishment": a class, no actor (rounds 14 and 17)
    dets = _determiners(head)
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "PROPN":
        return "drop", None  # a title or a name after it: "Senate Minority Leader Reid"
    plural = head.tag_ == "NNS"
    if modifier_kind == "country" and (
        lemma in gazetteer.STATE_STAND_INS or word in gazetteer.STATE_STAND_INS
    ):
        return "state", _phrase(text, m, head, "country", singular_role=False)
    if head.dep_ == "poss":
        return "drop", None  # "the U.S. attorney's office": the phrase goes on
    group = is_group_noun(head)
    if group and m.canonical in gazetteer.PARTIES and lemma in _PLACES:
        return "drop", None  # "Democratic states" lean to the party, they are not its members
    if (
        plural
        and m.canonical in gazetteer.PARTIES
        and lemma in _ELECTORATES
        and head.dep_ != "dobj"
    ):
        return (
            "drop",
            None,
        )  # "popular with Democratic voters": an electorate; "met GOP voters" stays
    unit = not plural and (lemma in UNIT_NOUNS or word in UNIT_NOUNS)
    role = not plural and not unit and _is_person_noun(lemma)
    if not (group or unit or role):
        return "drop", None  # "U.S. power plants", "European defense"
    if dets & QUANTIFIERS or (group and share_of(head)):
        return "drop", None  # "most E.U. countries", "46 percent of GOP voters": a share of a class
    if describes(head):
        return "drop", None  # "Lewis, a Democratic congressman"; "as a U.S. senator"
    if role and dets & _INDEFINITE and head.dep_ not in {"nsubj", "nsubjpass"}:
        return "drop", None  # "he met a Democratic congressman": no one the text follows
    kind: ActorKind = "group" if group else "organization" if unit else "person"
    return "phrase", _phrase(text, m, head, kind, singular_role=role)


def _home_people(m: Mention, head: Token) -> bool:
    """ "the American people" in American news: everyone the speaker addresses, no group.

    Politicians' word for the nation at large ("tell the American people",
    "the American people are not happy"), like "we" meaning all Americans
    (the guidelines leave it out); a foreign people ("the Afghan people",
    "the British people decided") is one nation acting and stays.
    """
    return m.role == "demonym" and m.code == gazetteer.HOME_CODE and head.lower_ == "people"


def descriptive_start(
    head: Token, before: int | None = None, deps: frozenset[str] = frozenset({"amod"})
) -> int:
    """Where a noun phrase's description starts: its first descriptive modifier.

    Adjectives and nouns before the head belong to the phrase ("black
    Florida voters", "his long-time New York doctor", "federal prosecutors");
    quantifiers, rankings and determiners do not ("top", "many", "the").
    Only modifiers before token ``before`` (default: the head) with one of
    ``deps`` are read.
    """
    limit = head.i if before is None else before
    start_char = head.idx if before is None else head.doc[before].idx
    for child in head.children:
        if child.i >= limit:
            break
        if child.dep_ in deps and child.lower_ not in _NOT_DESCRIPTIVE and _word_or_number(child):
            edge = _modifier_edge(child, limit)  # "long-time", but not "more" in "more seasoned"
            if edge is not None:
                start_char = min(
                    start_char, child.idx if edge.lower_ in _NOT_DESCRIPTIVE else edge.idx
                )
    return start_char


def _word_or_number(token: Token) -> bool:
    """A modifier that may open a phrase: a word, or a number counting it ("27 companies")."""
    return token.is_alpha or (token.dep_ == "nummod" and token.like_num)


def _modifier_edge(child: Token, limit: int) -> Token | None:
    """The first word of a modifier ("long" of "long-time"); None for a clause.

    A modifier with a comma in it or after it, or coordinated verbs, is a misparsed clause ("rules that
    over-taxed, burdened and drove out small farms"), no part of the
    phrase; a wh-word or determiner at its edge ("how black people") is left out.
    """
    doc = child.doc
    edge = child.left_edge
    words = doc[edge.i : limit]
    if any(t.is_punct and t.text != "-" for t in words):
        return None
    if any(t.dep_ == "cc" for t in words) and any(t.tag_.startswith("VB") for t in words):
        return None  # "targeted and criminalized black men", not "federal and state officials"
    while edge.i < child.i and (
        edge.tag_ in _NOT_MODIFIER_TAGS or (child.like_num and edge.dep_ in _COUNT_HEDGES)
    ):
        edge = doc[edge.i + 1]
    return edge


def _phrase(text: str, m: Mention, head: Token, kind: ActorKind, *, singular_role: bool) -> Phrase:
    start_char = descriptive_start(head, m.start, deps=_PHRASE_MODIFIERS)
    end_char = head.idx + len(head.text)
    key = " ".join(text[start_char:end_char].replace(".", "").casefold().split())
    return Phrase(start_char, end_char, kind, key, head.i, singular_role)


#: Modifiers before the name that belong to a phrase's span: "his long-time New
#: York doctor" (the parser reads "long-time" as a compound), "the former U.S. envoy".
_PHRASE_MODIFIERS: Final[frozenset[str]] = frozenset({"amod", "compound"})
#: Word classes that open a clause or a noun phrase, not a modifier.
_NOT_MODIFIER_TAGS: Final[frozenset[str]] = frozenset({"WDT", "WRB", "WP", "DT", "PDT"})
#: How a count is hedged ("at least 70 judges", "about 200 officials"): not part of the
#: phrase, as the guidelines leave determiners out.
_COUNT_HEDGES: Final[frozenset[str]] = frozenset({"advmod", "quantmod"})
#: Adjectives before a phrase that pick members out rather than describe them.
_NOT_DESCRIPTIVE: Final[frozenset[str]] = QUANTIFIERS | frozenset(
    {"other", "top", "such", "same", "certain", "various", "own", "numerous", "key", "more"}
)
