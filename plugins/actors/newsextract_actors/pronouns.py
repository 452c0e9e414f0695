"""Pronouns resolved by construction, beside the salience resolver of :mod:`.coref`.

The resolver (he/she/I and their forms) is built here from the builder's
state; "we"/"our" in a quotation is the body its speaker speaks for, "X said
it ..." is X, and "they"/"them"/"their" the one group named just before.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import gazetteer, names, phrases, titles
from .clause_subjects import clause_subject, governing_verb, subject_of
from .coref import Resolver
from .gender import FEMALE_WORDS, MALE_WORDS, THIRD_PERSON
from .mentions import ActorKind
from .speakers import SAY_LEMMAS, Quotation
from .state import BuilderState
from .writers import FIRST_PERSON

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_WE = frozenset({"we", "us", "our", "ours"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
#: Words a title may have between a campaign's name and its staffer's ("campaign press secretary").
_TITLE_WORDS = 4
#: Words an apposition may have before the campaign it names (", a senior adviser to the").
_APPOSITION_WORDS = 7
#: Verbs of saying, deciding and intending: a body does them, a thing rarely.
_AGENT_VERBS = SAY_LEMMAS | names.words(
    """
    plan want intend decide agree refuse seek hope expect vow pledge raise cut lower
    increase reduce revise approve reject sue appeal accuse demand urge impose lift
    """
)
_IT_KINDS = frozenset({"organization", "country", "media"})
#: Where a body's name stands as an antecedent of "they": the subject ("CNN has done ... They have").
_BODY_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Roles on a candidate's staff: "Cruz spokesman X", "X, Sanders's chief strategist".
_STAFF_ROLES = names.words(
    """
    spokesman spokeswoman spokesperson strategist manager adviser advisor aide director pollster
    chairman chairwoman secretary
    """
)
#: Roles that are staff only in a campaign's title ("the campaign chief", "a campaign official").
_CAMPAIGN_ROLES = names.words("chief official staffer operative")
#: What a campaign does to its rival, never to its candidate ("we will beat her").
_OPPOSING = names.words("beat defeat attack oppose fight stop")
#: Places and polities whose "our" is everyone's who lives there ("our nation", "our city").
_POLITY_NOUNS = names.words("nation country city democracy homeland")
#: Prepositions that list a group's members ("aides, including X and Y").
_LISTING = frozenset({"including", "like"})
#: Words between a listing preposition and the first name's phrase ("including U.S. Reps. X").
_LISTING_GAP = 4
#: Tokens read back from a plural pronoun for two people named together.
_PAIR_REACH = 60
#: Names in a list walked back to its first ("X, Y and Z").
_LIST_LENGTH = 6
#: Words that make a title a post held before ("former House speaker", "ex-CIA director").
_FORMER = re.compile(r"\b(?:former|onetime|one-time|erstwhile)\b|\bex-", re.IGNORECASE)
#: What a body speaks through when no person is named ("the statement said", "the email said").
_DOCUMENT_NOUNS = names.words(
    "statement release email e-mail letter memo appeal message post tweet"
)
#: What an "it" may stand for: a cluster, or a person's unit (person cluster, head noun).
Target = int | tuple[int, str]
#: Verbs whose subject "it" is mostly a situation, not an actor ("it seems", "it takes").
_IMPERSONAL = frozenset(
    {"be", "seem", "appear", "happen", "take", "matter", "cost", "remain", "become"}
)


#: Verbs that take an extraposed clause after a dummy "it" ("it makes sense to", "it turns out that").
_EXTRAPOSING = frozenset(
    {"make", "turn", "occur", "mean", "follow", "help", "pay", "strike", "hurt", "look", "sound"}
)


def _pleonastic(verb: Token) -> bool:
    """ "it was important to act", "it was a provocation", "it seems": no actor.

    Other verbs with a clause after them keep their subject ("said it
    believes the bill ...", "said it was taking steps to ...").
    """
    if verb.lemma_ in _IMPERSONAL:
        return True
    if verb.lemma_ == "come" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return True  # "when it comes to"
    if verb.lemma_ not in _EXTRAPOSING:
        return False  # "it said that ...", "it plans to ...", "it believes the bill ..."
    return any(
        c.dep_ in {"xcomp", "ccomp", "csubj", "attr"} and c.i > verb.i for c in verb.children
    )


def bound_subject(token: Token) -> Token | None:
    """The subject named before a pronoun that binds it, if the syntax says which.

    A possessive's clause subject ("the IMF raised its"); for the subject of
    a clause reported, subordinated or coordinated, the governing clause's
    subject ("X said he", "X left and she"); for the subject of a sentence
    with nothing before its verb's subject, the previous sentence's subject.
    """
    if token.dep_ == "poss":
        return clause_subject(token)
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = token.head
    if verb.dep_ in {"ccomp", "advcl", "conj"}:
        subject = subject_of(verb.head)
        return subject if subject is not None and subject.i < token.i else None
    sent = token.sent
    if verb.dep_ != "ROOT" or sent.start == 0 or token.i - sent.start > 3:
        return None  # "He also told": the sentence opens with it
    return subject_of(token.doc[sent.start - 1].sent.root)


def _people_plural(token: Token) -> bool:
    """A plural noun that may name the people a "they" means ("members", "Republicans")."""
    return token.tag_ == "NNPS" or (token.tag_ == "NNS" and phrases.is_group_noun(token))


def _conjoined_owner(token: Token, heads: dict[int, tuple[str, str]]) -> tuple[str, str] | None:
    """ "Republicans and their super PACs": the group a possessive's noun is joined to.

    A "their" on the second conjunct of "X and their Y" is X's, whoever
    else the sentence names.
    """
    owned = token.head
    if token.dep_ != "poss" or owned.dep_ != "conj" or owned.head.i not in heads:
        return None
    between = token.doc[owned.head.i + 1 : token.i]
    if [t.lower_ for t in between] != ["and"]:
        return None
    found = heads[owned.head.i]
    return found if found[1] else None


def _bound_group(token: Token, heads: dict[int, tuple[str, str]]) -> tuple[str, str] | None:
    """ "Democratic leaders worry about their convention", "voters left because they ...": the group that binds it.

    A plural pronoun the syntax ties to a subject (:func:`bound_subject`)
    is that subject when the subject is a group or party named as one
    ("the candidates ... But they're also"); a coordinated subject ("Cruz
    and his aides ... they") is no one actor.
    """
    subject = bound_subject(token)
    if subject is None:
        return None
    found = heads.get(subject.i)
    if found is None or not found[1]:
        return None
    if subject.dep_ == "conj" or any(c.dep_ == "conj" for c in subject.children):
        return None
    return found


def _race_we(token: Token) -> bool:
    """Whether a candidate's "we"/"our" is about the race, so his campaign's.

    "if we win California", "we are defeating Trump", "the campaign that we
    run", "our victory tonight": the subject of winning or losing a state, a
    primary, the nomination, of beating or defeating a person, of running or
    marching, or the owner of a campaign's things. A candidate's "we" about
    policy ("we will defeat terrorism", "we are losing great people", "we
    don't win anymore", "we are losing to China", "our victory over ISIS") is
    the country or everyone, which the guidelines leave out or split.
    """
    if token.dep_ == "poss":
        head = token.head
        return head.lemma_.lower() in _RACE_OWNED and not _off_race(head)
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in {"win", "lose"}:
        if objects:
            return all(o.ent_type_ == "GPE" or o.lemma_.lower() in _RACE_PRIZES for o in objects)
        if _off_race(verb):
            return False  # "losing to China", "win on trade"
        return _conditional(verb) or any(
            c.dep_ == "prep" and c.lower_ in _RACE_PREPOSITIONS for c in verb.children
        )
    if lemma in {"beat", "defeat"}:
        return bool(objects) and all(o.ent_type_ == "PERSON" for o in objects)
    if lemma in {"march", "campaign"}:
        return True
    return lemma == "run" and verb.dep_ == "relcl" and verb.head.lower_ == "campaign"


#: Words that put a candidate's "we" in the country or among everyone: policy, the nation, its
#: people and enemies ("we need bold changes", "our soil", "we can't afford to be ...").
_POLICY_WORDS = names.words(
    """
    country nation america american americans people government world economy war terrorism
    terrorist isis islam muslim radical security safe protect border soil ally leader president
    history tax policy law job wage class family health care military issue
    """
)
#: Words that put a candidate's "we" in the race: its prizes, counts, chances and people.
_RACE_WORDS = names.words(
    """
    win lose race campaign chance poll percent point ballot vote voter delegate nominee nomination
    primary caucus momentum progress lead support supporter volunteer rally convention
    """
)
#: Verbs of duty, need and belief: "we need", "we have to", "we must", "we know", "we face"; and
#: of defeating what is no person ("we will defeat terrorism": a person is :func:`_race_we`'s).
_GENERIC_VERBS = names.words(
    "need must should ought afford know see believe think face speak tell vote defeat destroy"
)


def _campaign_talk(token: Token, race_sentence: Callable[[Token], bool]) -> bool:
    """Whether a candidate's own "we"/"us" in his quotation is his campaign's, by what it says.

    The guidelines give a candidate's "we" about the trip and the race to his
    campaign ("we found it and we're going to put it out", "we have come a
    long way", "she turned her attention to us", "we are in a virtual tie")
    and his "we" about policy, the country or people in general to the
    country or to no one ("we need bold changes", "we have to protect all
    Americans", "all of us"). A "we" is the campaign's when its sentence
    names the race (a win, a poll, delegates, a chance) and no policy or
    national word, it is no subject of a verb of duty, need or belief, and it
    is not one "of us". Read on a tuning half, a "we" of a candidate's
    sentence with neither kind of word was as often the country or no one.
    ``race_sentence`` tells the sentence's words (a :class:`_RaceSentences`).
    """
    if token.dep_ == "poss":
        return False  # "bring our revolution": :func:`_race_we` knows a campaign's own things
    if token.lower_ == "us" and token.head.lower_ == "of":
        return False  # "all of us", "one of us": everyone
    if token.dep_ in {"nsubj", "nsubjpass"} and (
        _generic_clause(token.head) or _wins_or_loses(token.head)
    ):
        return False
    return race_sentence(token)


def _race_sentence(sent: Span) -> bool:
    """Whether a sentence names the race and no policy or national word (what
    :func:`_campaign_talk` asks of the sentence of a "we")."""
    lemmas = {t.lemma_.lower() for t in sent}
    return bool(lemmas & _RACE_WORDS) and not lemmas & _POLICY_WORDS


class _RaceSentences:
    """:func:`_race_sentence` of a token's sentence, read once per sentence.

    Why: a quotation full of "we" read its sentence once per "we", quadratic
    in the sentence's length; keyed by sentence number, each sentence is read
    once.
    """

    def __init__(self, sentence: list[int]) -> None:
        """``sentence``: the sentence number of every token (``TokenTable.sentence``)."""
        self._sentence = sentence
        self._known: dict[int, bool] = {}

    def __call__(self, token: Token) -> bool:
        """Whether ``token``'s sentence names the race and no policy word."""
        s = self._sentence[token.i]
        known = self._known.get(s)
        if known is None:
            known = self._known[s] = _race_sentence(token.sent)
        return known


def _wins_or_loses(verb: Token) -> bool:
    """Whether a verb, or one it goes on to ("we are going to win"), wins or loses.

    Winning and losing are :func:`_race_we`'s to judge: "we don't win
    anymore", "we are losing to China" are the country's.
    """
    chain = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    chain += [c for v in chain[1:] for c in v.children if c.dep_ == "xcomp"]
    return any(v.lemma_.lower() in {"win", "lose"} for v in chain)


def _generic_clause(verb: Token) -> bool:
    """Whether a verb or its auxiliaries say duty, need or belief ("we have to", "we know", "we can't")."""
    children = list(verb.children)
    words = [verb, *(c for c in children if c.dep_ in {"aux", "auxpass", "xcomp"})]
    if verb.lemma_ in {"have", "get"} and any(c.dep_ == "xcomp" for c in children):
        return True  # "we have to", "we have got to"
    if any(c.dep_ == "neg" for c in children) and any(w.lemma_ == "can" for w in words):
        return True  # "we can't ignore", "we cannot allow"
    return any(w.lemma_.lower() in _GENERIC_VERBS or w.lower_ in {"must", "should"} for w in words)


#: What a race is won by or for: "win the nomination", "lose Iowa" (a GPE), "win the primary".
_RACE_PRIZES = names.words(
    "state primary caucus caucuses nomination election race vote delegate delegates majority"
)
#: A campaign's own things: "our campaign", "our victory tonight", "our volunteers".
_RACE_OWNED = names.words("campaign victory supporters volunteers delegates momentum")
#: Prepositions whose object says whether a win, a loss or a victory is the race's ("in Iowa").
_RACE_PREPOSITIONS = frozenset({"in", "on", "to", "against", "over"})


def _off_race(head: Token) -> bool:
    """Whether a win, loss or campaign thing is over, against, in, on or to no race ("over ISIS")."""
    return any(
        c.dep_ == "prep" and c.lower_ in _RACE_PREPOSITIONS and not _race_prep(c)
        for c in head.children
    )


def _race_prep(prep: Token) -> bool:
    """Whether a preposition of winning or a victory names the race ("in Iowa", "to Trump").

    A race is won in a state, a primary or on a date ("win in November", "our
    victory in Iowa"), and lost to, won against or over a person ("if we lose
    to Trump"); a win, loss or victory over, against, on or to anything else
    ("over ISIS", "losing to China", "win on trade", "our victory in Iraq")
    is the country's.
    """
    word = prep.lower_
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return False
    if word in {"to", "against", "over"}:
        return all(o.ent_type_ == "PERSON" for o in objects)
    if word in {"in", "on"}:
        return all(
            o.ent_type_ in {"DATE", "TIME"}
            or o.lemma_.lower() in _RACE_PRIZES
            or _state_name(o) in gazetteer.US_STATES
            for o in objects
        )
    return False


def _state_name(token: Token) -> str:
    """The GPE name a token heads ("New Hampshire" of "Hampshire"), else its text."""
    if token.ent_type_ != "GPE":
        return token.text
    return " ".join(t.text for t in token.subtree if t.ent_type_ == "GPE" and t.i <= token.i)


def _conditional(verb: Token) -> bool:
    """Whether a verb of winning or losing is a condition ("if we win", "whether we do not win").

    A candidate's win or loss with nothing won, said as a condition, is the
    race's outcome; said as a fact ("we don't win anymore", "we win") it is
    as often the country's.
    """
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if not marks and verb.dep_ == "conj":
        marks = {c.lower_ for c in verb.head.children if c.dep_ == "mark"}
    return bool(marks & {"if", "whether", "unless"})


class _QuoteMarks:
    """Where the paragraph breaks and quotation marks of a text are.

    Whether a position is inside a quotation opened in its paragraph is then
    a few bisections, not a scan back to the paragraph's start for every
    plural pronoun (quadratic in one long paragraph full of "they").
    """

    def __init__(self, text: str) -> None:
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.opening = [m.start() for m in re.finditer("“", text)]
        self.closing = [m.start() for m in re.finditer("”", text)]
        self.straight = [m.start() for m in re.finditer('"', text)]

    def quoted(self, at: int) -> bool:
        """Whether character ``at`` is inside a quotation opened in its paragraph."""
        k = bisect.bisect_left(self.breaks, at)
        start = self.breaks[k - 1] + 1 if k else 0

        def count(positions: list[int]) -> int:
            return bisect.bisect_left(positions, at) - bisect.bisect_left(positions, start)

        return count(self.opening) > count(self.closing) or count(self.straight) % 2 == 1


def _co_argument(token: Token, chain: list[int]) -> bool:
    """Whether a resolved plural pronoun is the subject of the verb ``token`` is the object of.

    "they mark them": a non-reflexive object is never its own verb's subject.
    """
    if token.dep_ not in {"dobj", "dative", "pobj"}:
        return False
    verb = token.head.head if token.dep_ == "pobj" else token.head
    subject = subject_of(verb)
    if subject is None:
        return False
    k = bisect.bisect_left(chain, subject.i)
    return k < len(chain) and chain[k] == subject.i


class Pronouns(BuilderState):
    """Pronoun mentions: the resolver, and "we", "it", "they" by construction."""

    #: Antecedent heads found after the resolver ran (:meth:`it_said`), by token.
    _late_heads: dict[int, Target] = {}  # noqa: RUF012 - replaced per document, never mutated
    #: Each body's names as a whole-word pattern, made per document on first use.
    _body_names: dict[int, re.Pattern[str]] | None = None
    #: The state organ each speaker's titles name (:meth:`_titled_organ`), per document.
    _organs_of: dict[int, int | None] | None = None
    #: The organisation clusters named as a state's body (:meth:`_national_bodies`), per document.
    _bodies: list[int] | None = None

    def resolver(self) -> Resolver:
        """The salience resolver over this document's mentions and descriptions."""
        return Resolver(
            self.doc,
            self.mentions,
            self.clusters,
            self.cluster_of,
            [info.titles for info in self.info],
            self.table,
            self._described(),
        )

    def we(
        self,
        resolver: Resolver,
        affiliation: list[int | None],
        units: dict[tuple[int, str], list[tuple[int, int]]],
    ) -> dict[tuple[str, int], list[tuple[int, int]]]:
        """ "We", "our" in a quotation: the organisation its speaker speaks for.

        A spokesman's "we" is the state or body he is affiliated with (by his
        title, "of X", a possessor); a campaign official's (affiliated with the
        candidate, whose campaign the article names) is the campaign; an
        organisation quoted is itself. A speaker with no such affiliation is
        left alone: "we" may be the people, a family, everyone.
        """
        doc = self.doc
        quotes = resolver.quotes
        if not quotes:
            return {}
        out: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
        starts = [q.start for q in quotes]
        resolved = resolver.resolved
        serves = self._campaign_staff(units, resolved)
        inner = resolver.inner
        races = _RaceSentences(self.table.sentence)
        for i in self.table.where_lower(_WE):
            token = doc[i]
            if token.tag_ not in {"PRP", "PRP$"}:
                continue
            k = bisect.bisect_right(starts, i) - 1
            if k < 0 or not quotes[k].start <= i < quotes[k].end or quotes[k].speaker < 0:
                continue
            if inner.other_voice(quotes[k], token):
                continue  # "they keep saying, 'we will win'": not the speaker's body
            author = self._author(resolver, quotes[k].speaker)
            if isinstance(author, tuple):
                if author[1] == "campaign":
                    out[("unit", author[0])].append((token.idx, token.idx + len(token.text)))
                continue
            speaker = author
            if speaker is None:
                continue
            kind = self.clusters[speaker].kind
            target: tuple[str, int] | None = None
            if kind in {"organization", "country", "media"}:
                target = ("cluster", speaker)
            elif kind == "person" and speaker in serves:
                target = ("unit", serves[speaker])  # "Clinton campaign manager Robby Mook"
            elif kind == "person" and affiliation[speaker] is not None:
                aff = affiliation[speaker]
                assert aff is not None
                aff_kind = self.clusters[aff].kind
                party = any(
                    self.mentions[mi].canonical in gazetteer.PARTIES
                    for mi in self.clusters[aff].mentions
                )
                if aff_kind in {"organization", "country", "media"} and not party:
                    organ = self._titled_organ(speaker) if aff_kind == "country" else None
                    if organ is not None:  # "State spokesman X": the department, not the state
                        target = None if self._left_body(speaker, organ) else ("cluster", organ)
                    elif aff_kind == "country" or not self._left_body(speaker, aff):
                        target = ("cluster", aff)  # a party member's "we" is rarely the party
                elif aff_kind == "person" and (aff, "campaign") in units:
                    target = ("unit", aff)
            own = target is None and kind == "person" and (speaker, "campaign") in units
            if own and (_race_we(token) or _campaign_talk(token, races)):
                target = ("unit", speaker)  # "if we win California": the candidate's campaign
            if (
                target is not None
                and target[0] == "unit"
                and self._opposes(token, target[1], resolved)
            ):
                target = None  # "We will beat her": not her campaign, whoever the speaker is
            if target is not None and not self._polity_of_body(token, target):
                out[target].append((token.idx, token.idx + len(token.text)))
        return out

    def _opposes(self, token: Token, person: int, resolved: dict[int, int]) -> bool:
        """Whether a "we" beats, defeats or attacks ``person`` ("We will beat her"): not his campaign.

        A staffer whose title names no candidate is given the article's one
        campaign; his "we" opposing that campaign's candidate says he works
        for another.
        """
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in _OPPOSING:
            return False
        for child in token.head.children:
            if child.dep_ == "dobj":
                mi = self.owner.get(child.i)
                who = resolved.get(child.i, self.cluster_of[mi] if mi is not None else -1)
                if who == person:
                    return True
        return False

    def _titled_organ(self, person: int) -> int | None:
        """The one state organ a person's titles name ("State Department spokesman", "Fed governor").

        The affiliations give whoever speaks for a state organ to the state
        itself; his "we" is still the organ he speaks for ("we have asked
        the Chinese embassy" of a department's spokesman). A minister titled
        by office alone ("Foreign Secretary") names no organ and keeps the
        state.
        """
        found = self._organs_of.get(person, -1) if self._organs_of is not None else -1
        if found != -1:
            return found
        titles = self.info[person].titles
        organs = (
            {
                ci
                for ci in self._national_bodies()
                if any(self._body_name_pattern(ci).search(t) for t in titles)
            }
            if titles
            else set()
        )
        out = organs.pop() if len(organs) == 1 else None
        if self._organs_of is None:
            self._organs_of = {}
        self._organs_of[person] = out
        return out

    def _national_bodies(self) -> list[int]:
        """The organisation clusters named as a state's body (gazetteer.NATIONAL_BODIES).

        Found once per document, so each speaker's titles are matched against
        these few clusters, not every cluster and mention again.
        """
        if self._bodies is None:
            bodies = gazetteer.NATIONAL_BODIES
            self._bodies = [
                ci
                for ci, cluster in enumerate(self.clusters)
                if cluster.kind == "organization"
                and any(
                    self.mentions[mi].text in bodies
                    or (self.mentions[mi].canonical or "") in bodies
                    for mi in cluster.mentions
                )
            ]
        return self._bodies

    def _left_body(self, person: int, body: int) -> bool:
        """Whether a person's only tie to a body is a post held before ("former House speaker").

        A former speaker's, Treasury secretary's or league star's "we" is
        whoever he speaks for now (a campaign, a firm, people in general),
        not the body he left; the affiliation still records where he served.
        A state is left out of this test: a former minister's "we" about his
        country is still the country.
        """
        named = self._body_name_pattern(body)
        titles = self.info[person].titles
        former = [t for t in titles if _FORMER.search(t) is not None]
        return any(named.search(t) for t in former) and not any(
            named.search(t) for t in titles if t not in former
        )

    def _body_name_pattern(self, body: int) -> re.Pattern[str]:
        """The body's names as whole words ("House" is not in "White House counsel"), built
        once per body: every "we" of a speaker may ask."""
        if self._body_names is None:
            self._body_names = {}
        pattern = self._body_names.get(body)
        if pattern is None:
            names = sorted({self.mentions[mi].text for mi in self.clusters[body].mentions})
            pattern = re.compile(
                "|".join(rf"(?<!\w){re.escape(name)}(?!\w)" for name in names) or r"(?!)"
            )
            self._body_names[body] = pattern
        return pattern

    def _polity_of_body(self, token: Token, target: tuple[str, int]) -> bool:
        """Whether "our" names a polity that a body other than a state cannot own.

        "keep our nation safe", "defend our country", "our city", "our
        national security" in the words of a campaign's, a party's or a
        chamber's speaker are the country's or the city's, not the speaker's
        organisation's: the guidelines leave such a "we" of all Americans out.
        A state's own speaker keeps it ("undermining our constitution").
        """
        if token.dep_ != "poss" or (
            target[0] == "cluster" and self.clusters[target[1]].kind == "country"
        ):
            return False
        head = token.head
        national = any(c.dep_ == "amod" and c.lower_ == "national" for c in head.children)
        return national or head.lemma_.lower() in _POLITY_NOUNS

    def _author(self, resolver: Resolver, speaker: int) -> Target | None:
        """Who a quotation's speaker token stands for, a statement's author included.

        A name or resolved pronoun is its cluster; an "it" or a unit's noun
        resolved after the resolver ran ("It added", "the campaign said") is
        what :meth:`it_said` and :meth:`late_heads` found; a document noun
        ("the statement said", "the email said") is who issued it
        (:meth:`_issuer`).
        """
        if speaker < 0:
            return None
        found = resolver._cluster_at(speaker)
        if found is not None:
            return found
        late = self._late_heads.get(speaker)
        if late is not None:
            return late
        token = self.doc[speaker]
        if token.lemma_.lower() in _DOCUMENT_NOUNS:
            return self._issuer(resolver, token)
        return None

    def _issuer(self, resolver: Resolver, token: Token) -> Target | None:
        """ "its statement", "a statement from X", "X issued a statement. '…,' the statement said".

        The document's possessor or "from"/"by" object; else the subject of
        the nearest verb before it, in its sentence or the one before, whose
        object is a document noun ("sent out an email fundraising appeal").
        """
        for child in token.children:
            if child.dep_ == "poss":
                return self._author(resolver, child.i)
            if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return self._author(resolver, obj.i)
        sent = token.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for t in reversed(self.doc[start : token.i]):
            if t.dep_ == "dobj" and t.lemma_.lower() in _DOCUMENT_NOUNS:
                subject = subject_of(t.head)
                if subject is not None and subject.lemma_.lower() not in _DOCUMENT_NOUNS:
                    return self._author(resolver, subject.i)
        return None

    def _campaign_staff(
        self,
        units: dict[tuple[int, str], list[tuple[int, int]]],
        resolved: dict[int, int],
    ) -> dict[int, int]:
        """People who work for a person's campaign, by the phrase around their name.

        "Clinton campaign manager Robby Mook", "the campaign's press
        secretary, Brian Fallon" (the campaign's mention right before the
        name, a title between), "Dana Price, a senior aide to the
        Hale campaign" (in the apposition after it). Person cluster ->
        the campaign's owner.
        """
        text = self.text
        owners = {owner for owner, head in units if head == "campaign"}
        found = [
            (a, b, owner)
            for (owner, head), spans in units.items()
            if head == "campaign"
            for a, b in spans
        ]
        doc = self.doc
        for mi, m in enumerate(self.mentions):  # "Clinton campaign" in a title
            ci = self.cluster_of[mi]
            if ci in owners and m.end < len(doc) and doc[m.end].lower_ == "campaign":
                found.append((m.start_char, doc[m.end].idx + len(doc[m.end]), ci))
        ranges = sorted(set(found))
        out = self._candidate_staff(owners, resolved, ranges)
        if not ranges:
            return out
        starts = [r[0] for r in ranges]
        for mi, m in enumerate(self.mentions):
            ci = self.cluster_of[mi]
            if self.clusters[ci].kind != "person" or ci in out:
                continue
            k = bisect.bisect_left(starts, m.start_char) - 1
            if k >= 0 and ranges[k][2] != ci and self._title_between(ranges[k][1], m.start):
                out[ci] = ranges[k][2]
                continue
            k += 1
            if k < len(ranges) and ranges[k][2] != ci:
                a, _, owner = ranges[k]
                between = text[m.end_char : a]
                if (
                    between.startswith(",")
                    and len(between.split()) <= _APPOSITION_WORDS
                    and not any(c in between[1:] for c in ',.;:\n"“”')
                    and any(w in between.split() for w in ("to", "for", "of", "with", "at"))
                ):
                    out[ci] = owner
        return out

    def _candidate_staff(
        self,
        owners: set[int],
        resolved: dict[int, int],
        campaigns: list[tuple[int, int, int]],
    ) -> dict[int, int]:
        """ "Cruz spokesman Rick Tyler", "Tad Devine, Sanders's chief strategist": the candidate served.

        A person whose title (before the name or in apposition) names a
        candidate whose campaign the article names, with a staff role
        anywhere in it ("a spokesman for Cruz": the title's last word is the
        candidate), works for that campaign. A title that says "campaign"
        itself ("Cruz's deputy campaign manager", "the Cruz campaign's
        chairman") names the campaign even when the article does not
        otherwise. A title owned by a resolved "his"/"her" ("his top aide,
        Tad Devine") serves whom the pronoun is, when that person's campaign
        is named. A campaign title that names no one ("campaign manager Jeff
        Weaver", "the campaign's press secretary") serves the campaign named
        in it, else the article's one campaign. Person cluster -> the
        candidate's.
        """
        doc = self.doc
        out: dict[int, int] = {}
        for m in self.mentions:
            ci = self.cluster_of[self.owner[m.start]] if m.start in self.owner else None
            if ci is None or self.clusters[ci].kind != "person" or ci in out:
                continue
            for title in (titles.premodifier(doc, m), titles.apposition(doc, m)):
                if title is None:
                    continue
                words = {doc[t].lower_ for t in range(title.start, title.end)}
                named = "campaign" in words
                if not words & (_STAFF_ROLES | (_CAMPAIGN_ROLES if named else frozenset())):
                    continue
                served = {
                    self.cluster_of[mi]
                    for mi in self._mentions_in(title.start, title.end)
                    if self.cluster_of[mi] != ci
                    and (self.cluster_of[mi] in owners or named)
                    and self.clusters[self.cluster_of[mi]].kind == "person"
                }
                if not served:
                    served = self._unnamed_employer(title, ci, owners, resolved, campaigns)
                if len(served) == 1:
                    out[ci] = served.pop()
                    break
        return out

    def _unnamed_employer(
        self,
        title: titles.Title,
        person: int,
        owners: set[int],
        resolved: dict[int, int],
        campaigns: list[tuple[int, int, int]],
    ) -> set[int]:
        """The candidate a staff title serves when it names no one (``campaigns``: sorted ranges).

        "his top aide": the resolved possessive, when that person's campaign
        is named; "the campaign's press secretary": the campaign mention in
        the title; "campaign manager X" alone: the article's one campaign.
        """
        doc = self.doc
        start = max(0, title.start - 2)
        for t in range(start, title.end):
            token = doc[t]
            owned = title.start <= token.head.i < title.end
            if token.tag_ == "PRP$" and token.dep_ == "poss" and owned and token.i in resolved:
                who = resolved[token.i]
                return {who} if who in owners and who != person else set()
        if "campaign" not in {doc[t].lower_ for t in range(title.start, title.end)}:
            return set()
        lo, hi = doc[start].idx, doc[title.end - 1].idx + len(doc[title.end - 1])
        k = bisect.bisect_left(campaigns, (lo, -1, -1))  # sorted: a bisection, not a scan
        inside: set[int] = set()
        while k < len(campaigns) and campaigns[k][0] < hi:
            _, b, c = campaigns[k]
            if b <= hi and c != person:
                inside.add(c)
            k += 1
        if inside:
            return inside
        if len(owners) != 1:
            return set()
        sent = doc[title.start].sent  # the one campaign, named in this sentence or the one before
        first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        k = bisect.bisect_left(campaigns, (doc[first].idx, -1, -1))
        near = k < len(campaigns) and campaigns[k][0] < sent.end_char
        return set(owners - {person}) if near else set()

    def _title_between(self, end_char: int, name: int) -> bool:
        """Whether the words from ``end_char`` to token ``name`` are a title ("'s press secretary,")."""
        doc = self.doc
        t = name - 1
        words = 0
        head = False
        while t >= 0 and doc[t].idx >= end_char:
            token = doc[t]
            if token.pos_ in {"NOUN", "PROPN"}:
                head |= words == 0 and token.ent_type_ == ""  # "manager", "Chairman"
                words += 1
            elif token.pos_ == "ADJ":
                words += 1
            elif not (token.tag_ == "POS" or token.text == "," or token.is_space):
                return False
            if words > _TITLE_WORDS:
                return False
            t -= 1
        return head

    def late_heads(self, units: dict[tuple[int, str], list[tuple[int, int]]]) -> dict[int, Target]:
        """Head tokens of antecedents built after the resolver ran, for "it" and "its".

        A person's unit ("the Clinton campaign", "the administration") and a
        state's stand-in phrase ("the Mexican government", a mention of
        Mexico) are no clusters the resolver could weigh.
        """
        doc = self.doc
        out: dict[int, Target] = {}
        for mi, (what, phrase) in self.decisions.items():
            if what == "state" and phrase is not None:
                out[phrase.head] = self.cluster_of[mi]
        for key, ranges in units.items():
            if key[1] == "family":
                continue  # a family is "they"
            for _, end in ranges:
                span = doc.char_span(end - 1, end, alignment_mode="expand")
                if span is not None and len(span):
                    out[span[-1].i] = key
        return out

    def late_possessives(
        self, resolver: Resolver, heads: dict[int, Target]
    ) -> dict[Target, list[tuple[int, int]]]:
        """ "The Clinton campaign has refocused its efforts": "its" of its clause's late subject.

        A possessive "its" whose clause's subject (named before it) is one
        of :meth:`late_heads`, or an "it" already given to one ("announced it
        had reached its goal"). It overrides the resolver, which could not
        see that subject.
        """
        doc = self.doc
        out: dict[Target, list[tuple[int, int]]] = defaultdict(list)
        for i in self.table.where_lower({"its"}):
            token = doc[i]
            if token.dep_ != "poss" or i in self.owner:
                continue
            subject = clause_subject(token)
            target = heads.get(subject.i) if subject is not None else None
            if target is not None:
                resolver.resolved.pop(i, None)
                out[target].append((token.idx, token.idx + len(token.text)))
        return out

    def kin_pronouns(
        self, resolver: Resolver, groups: dict[str, tuple[ActorKind, list[tuple[int, int]], int]]
    ) -> dict[str, list[tuple[int, int]]]:
        """ "My aunt often said ... She also told one of her ...": he/she of an unnamed person.

        A person the text names only by a noun ("his wife", "my father", "a
        client ... the client", "his attorney", built after the resolver as a
        phrase actor) binds a he/she the resolver left alone that
        :func:`bound_subject` ties to it: a possessive in its clause, the
        subject of a clause it said or coordinated, or a sentence's subject
        right after a sentence it was the subject of. A gendered noun takes
        only its own gender; another noun ("the client") takes the first
        he/she bound to it, when no person of that gender is named between
        them, and keeps that gender after. Keys are the phrase actors',
        values character ranges.
        """
        doc = self.doc
        heads = self._person_heads(groups)
        out: dict[str, list[tuple[int, int]]] = defaultdict(list)
        if not heads:
            return out
        gender: dict[str, str] = {key: g for key, g in heads.values() if g}
        quoted = resolver.quote_of
        for i in sorted(self.table.where_lower(THIRD_PERSON)):
            token = doc[i]
            want = THIRD_PERSON[token.lower_][0]
            if want == "n" or token.tag_ not in {"PRP", "PRP$"}:
                continue
            subject = bound_subject(token)
            found = heads.get(subject.i) if subject is not None else None
            if found is None or subject is None or quoted[i] != quoted[subject.i]:
                continue  # "X said. “He started ...”": someone X talks about
            overrides = token.dep_ == "poss" and found[0].startswith("kin:") and found[1]
            if i in resolver.resolved and not overrides:
                continue  # "my son gave his life": a gendered kin noun's own clause overrides
            key = found[0]
            if self._named_again(token, key, heads):
                continue  # "She said the client later apologized": not the client
            rival = self._rival_between(resolver, subject.left_edge.i, i, want)
            if key not in gender and not rival:
                gender[key] = want  # "a client ... the client said he": now a man
            if gender.get(key) == want:
                resolver.resolved.pop(i, None)
                heads[i] = (key, want)  # "He also told one of his": the next one's subject
                out[key].append((token.idx, token.idx + len(token.text)))
        self._quoted_first_person(resolver, heads, out)
        return out

    def _quoted_first_person(
        self,
        resolver: Resolver,
        heads: dict[int, tuple[str, str]],
        out: dict[str, list[tuple[int, int]]],
    ) -> None:
        """ "“I ...,” the client said": "I", "my" of a quotation an unnamed person speaks."""
        quotes = [q for q in resolver.quotes if q.speaker in heads and self._says_it(q)]
        if not quotes:
            return
        starts = [q.start for q in quotes]
        for i in self.table.where_lower(FIRST_PERSON):
            token = self.doc[i]
            k = bisect.bisect_right(starts, i) - 1
            if k < 0 or i >= quotes[k].end or token.tag_ not in {"PRP", "PRP$"}:
                continue
            if i not in self.owner:
                out[heads[quotes[k].speaker][0]].append((token.idx, token.idx + len(token.text)))

    def _says_it(self, quote: Quotation) -> bool:
        """Whether no other verb of saying stands between a quotation and its speaker's verb.

        'When my mother mentioned it, I laughed and said, "I don't ..."': the
        one who said it is the subject of the nearer "said".
        """
        verb = self.doc[quote.speaker].head.i
        lo, hi = (verb, quote.start) if verb < quote.start else (quote.end, verb)
        return not any(
            self.doc[j].lemma_ in SAY_LEMMAS and self.doc[j].pos_ == "VERB"
            for j in range(lo + 1, hi)
        )

    def _person_heads(
        self, groups: dict[str, tuple[ActorKind, list[tuple[int, int]], int]]
    ) -> dict[int, tuple[str, str]]:
        """The last token of every person phrase actor's mention: (its key, its noun's gender or "")."""
        heads: dict[int, tuple[str, str]] = {}
        for key, (kind, ranges, _) in groups.items():
            if kind != "person":
                continue
            for _, end in ranges:
                span = self.doc.char_span(end - 1, end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                word = span[-1].lower_
                gender = "m" if word in MALE_WORDS else "f" if word in FEMALE_WORDS else ""
                heads[span[-1].i] = (key, gender)
        return heads

    def _named_again(self, token: Token, key: str, heads: dict[int, tuple[str, str]]) -> bool:
        """Whether the phrase actor ``key`` is named again later in the pronoun's own clause."""
        return any(heads.get(t.i, ("", ""))[0] == key for t in token.head.subtree if t.i > token.i)

    def _rival_between(self, resolver: Resolver, start: int, end: int, want: str) -> bool:
        """Whether a person of gender ``want`` (or unknown) is named or referred to in ``[start, end)``.

        "her employer would think she lied": "her" may be "she".
        """
        for j in range(start, end):
            form = THIRD_PERSON.get(self.doc[j].lower_)
            if form is not None and form[0] == want:
                return True
            mi = self.owner.get(j)
            ci = self.cluster_of[mi] if mi is not None else resolver.resolved.get(j)
            person = ci is not None and self.clusters[ci].kind == "person"
            if person and ci is not None and resolver.gender[ci] in {want, None}:
                return True
        return False

    def it_said(self, heads: dict[int, Target]) -> dict[Target, list[tuple[int, int]]]:
        """ "China said it was opposed": "it" is the organisation or state whose clause holds it.

        The subject "it" of a clause reported by, or coordinated or
        subordinated to, a clause whose subject is an organisation, state or
        outlet ("the IMF announced that it ...", "the DPRK has chosen a path
        and made clear it would ...", "the department joined the fight when it
        appealed", "Although the IMF did not name him, it referred to ..."),
        or the subject of the clause a relative clause holding it depends on
        ("the committee holds events where it hears experts");
        not an extraposing or descriptive "it" ("said it was important to
        ...", "it was a provocation", "it seems"). ``heads`` are the
        :meth:`late_heads`; an "it" found is added to them, for the "its"
        after it.
        """
        doc = self.doc
        described = self._described()
        out: dict[Target, list[tuple[int, int]]] = defaultdict(list)
        self._late_heads = heads  # grows below; :meth:`_author` reads it for "It added"

        def actor_of(subject: Token | None, before: int) -> Target | None:
            if subject is None or subject.i > before:
                return None
            if subject.i in heads:
                return heads[subject.i]
            mi = self.owner.get(subject.i)
            ci = self.cluster_of[mi] if mi is not None else described.get(subject.i)
            if ci is None or self.clusters[ci].kind not in _IT_KINDS:
                return None
            return ci

        for i in self.table.where_lower({"it"}):
            token = doc[i]
            verb = token.head
            if token.tag_ != "PRP" or token.dep_ != "nsubj" or _pleonastic(verb):
                continue
            ci: Target | None = None
            if verb.dep_ in {"ccomp", "advcl", "conj"}:
                governor = verb.head
                if governor.pos_ not in {"VERB", "AUX"}:
                    governor = governor.head  # "made clear it would"
                ci = actor_of(subject_of(governor), i)  # who said, did or decided it
            elif verb.dep_ == "relcl":
                # "The committee holds events where it hears experts": who holds them
                holder = governing_verb(verb)
                ci = actor_of(subject_of(holder), i) if holder is not None else None
            if ci is None:
                # "Although the IMF did not name him, it ...": the clause before it
                clause = next(
                    (c for c in verb.children if c.dep_ == "advcl" and c.i < i),
                    None,
                )
                if clause is not None:
                    ci = actor_of(next((c for c in clause.children if c.dep_ == "nsubj"), None), i)
            if ci is None and verb.dep_ == "ROOT" and verb.lemma_ in _AGENT_VERBS:
                ci = self._previous_subject(token, actor_of)
            if ci is not None:
                heads[i] = ci
                out[ci].append((token.idx, token.idx + len(token.text)))
        return out

    def _previous_subject(
        self, token: Token, actor_of: Callable[[Token | None, int], Target | None]
    ) -> Target | None:
        """ "The IMF cut its forecast. It said ...": the body the sentence before was about.

        Only for a verb of saying, deciding or intending ("said", "plans",
        "raised"), which a thing rarely does, after a sentence whose subject
        is the body.
        """
        sent = token.sent
        if sent.start == 0 or any(
            t.dep_ in {"nsubj", "nsubjpass"} and t.i < token.i
            for t in sent
            if t.head.dep_ == "ROOT"
        ):
            return None
        previous = self.doc[sent.start - 1].sent
        subject = subject_of(previous.root)
        if subject is None:
            return None
        return actor_of(subject, token.i)

    def _they_said(
        self,
        token: Token,
        heads: dict[int, tuple[str, str]],
        campaigns: dict[int, tuple[str, str]],
    ) -> tuple[str, str] | None:
        """ "Police said they ...", "the campaign says they ...": who reports the clause.

        The subject "they" of a clause reported by a verb of saying whose
        subject is a group, an organisation or outlet, or a person's campaign
        (``campaigns``, :meth:`_campaign_heads`) named before it.
        """
        verb = token.head
        if token.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.lemma_ not in SAY_LEMMAS:
            return None
        subject = subject_of(verb.head)
        if subject is None or subject.i > token.i:
            return None
        if subject.i in heads:
            return heads[subject.i]
        if subject.i in campaigns:
            return campaigns[subject.i]
        mi = self.owner.get(subject.i)
        if mi is None or self.decisions.get(mi, ("keep", None))[0] != "keep":
            return None
        ci = self.cluster_of[mi]
        if self.clusters[ci].kind not in {"organization", "media", "group"}:
            return None
        return ("cluster", str(ci))

    def plural_pronouns(
        self, units: dict[tuple[int, str], list[tuple[int, int]]] | None = None
    ) -> dict[tuple[str, str], list[tuple[int, int]]]:
        """ "they", "them", "their" for the one group named just before.

        A plural pronoun goes to a group ("E.U. leaders", "African-Americans",
        "Republicans") named earlier in its sentence or in the one before,
        when exactly one group is named there and no other plural noun
        stands between them as an argument ("... the candidates ... their").
        A person's campaign, administration or team named as a subject
        (``units``) is taken like an organisation ("the Clinton campaign had
        coveted it because they are hoping", "her campaign says they are
        unwilling"), and by nearness only when no group is named beside it.
        Keys: ("cluster", index), ("phrase", key) or ("unit", "<owner's
        cluster index> <head noun>"); values character ranges.
        """
        doc = self.doc
        heads = dict(self.group_heads)
        for mi, m in enumerate(self.mentions):
            ci = self.cluster_of[mi]
            what = self.decisions.get(mi, ("keep", None))[0]
            if what != "keep" or mi in self.folded:
                continue
            plural = doc[m.end - 1].tag_ in {"NNS", "NNPS"} or m.text.endswith("s")
            party = m.canonical in gazetteer.PARTIES
            if plural and (self.clusters[ci].kind == "group" or party):
                heads[m.end - 1] = ("cluster", str(ci))
        bodies = self._body_heads(heads)
        campaigns = self._campaign_heads(units or {}, heads)
        bodies.update(campaigns)
        heads.update(campaigns)  # a group-like antecedent, after any group (:meth:`_nearest_group`)
        out: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        starts = sorted(heads)
        rivals = self._rival_plurals(heads)
        chain: list[int] = []  #: plural pronouns resolved so far, in text order
        for i in sorted(self.table.where_lower(_PLURAL_PRONOUNS)):
            token = doc[i]
            if token.tag_ not in {"PRP", "PRP$"}:
                continue
            said = _conjoined_owner(token, heads) or self._they_said(token, heads, campaigns)
            if said is None:
                said = _bound_group(token, heads)
                if said is not None and said[0] == "unit":
                    said = self._bound_body(token, bodies)  # with its checks for a body
            if said is None:
                said = self._nearest_group(token, heads, starts, chain, rivals)
                if said is not None and said[0] == "unit":
                    said = said if self._unit_near(token, said, (starts, chain), heads) else None
            if said is None:
                # "the Republican Party raised the bar ... they did so": the body that binds it
                said = self._bound_body(token, bodies)
            if said is None and not self._group_near(token, starts):
                said = self._only_body(token, bodies)
            if said is not None:
                out[said].append((token.idx, token.idx + len(token.text)))
                heads[i] = said  # "They ... their ...": the next one's antecedent
                chain.append(i)
        return out

    @functools.cached_property
    def _quote_marks(self) -> _QuoteMarks:
        """The text's quotation marks, indexed once per document on first use."""
        return _QuoteMarks(self.text)

    def _body_heads(self, heads: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
        """Heads of organisations, countries and outlets named as an argument, by token.

        "Cuba would sue ... If they sue us", "the Clinton campaign had coveted
        it because they are hoping": speakers and writers call a body "they"
        as often as "it", about the body that acted. Only a subject counts:
        a body told, asked or named in a phrase ("told ABC News", "a city in
        Arizona") is as often beside the point, and a name used as a modifier
        ("the CNN debate") or a demonym ("Chinese officials") never is.
        """
        doc = self.doc
        out: dict[int, tuple[str, str]] = {}
        for mi, m in enumerate(self.mentions):
            ci = self.cluster_of[mi]
            if self.decisions.get(mi, ("keep", None))[0] != "keep" or mi in self.folded:
                continue
            if self.clusters[ci].kind not in _IT_KINDS or m.role == "demonym":
                continue
            head = doc[m.end - 1]
            if m.end - 1 in heads or head.dep_ not in _BODY_DEPS:
                continue
            out[m.end - 1] = ("cluster", str(ci))
        return out

    def _campaign_heads(
        self,
        units: dict[tuple[int, str], list[tuple[int, int]]],
        heads: dict[int, tuple[str, str]],
    ) -> dict[int, tuple[str, str]]:
        """Heads of a person's units named as a subject, by token: ("unit", "<owner> <head>").

        Staff, spokespeople and reporters call a campaign, an administration
        or a team "they" ("the campaign says they are unwilling"); such a unit
        belongs to its owner (:meth:`units`), no cluster :meth:`_body_heads`
        would see. A family is a group, left to :meth:`kin_pronouns`.
        """
        doc = self.doc
        out: dict[int, tuple[str, str]] = {}
        for (ci, head), ranges in units.items():
            if head == "family":
                continue  # a family is a group: "they" by :meth:`kin_pronouns`
            for _, end in ranges:
                span = doc.char_span(end - 1, end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                token = span[-1]
                if token.i not in heads and token.dep_ in _BODY_DEPS:
                    out[token.i] = ("unit", f"{ci} {head}")
        return out

    def _unit_near(
        self,
        token: Token,
        key: tuple[str, str],
        positions: tuple[list[int], list[int]],
        heads: dict[int, tuple[str, str]],
    ) -> bool:
        """Whether a campaign named just before may be a plural pronoun's antecedent by nearness alone.

        A campaign is called "they" less often than the people around it, so
        nearness is enough only for "they"/"their" ("them" is as often the
        campaign's ads or issues), with no plural noun between them that may
        be meant ("the campaign relies on legislators ... They include"), and
        not from inside a quotation back to a campaign the narrative named in
        another sentence (a speaker's "they" is seldom the one the reporter
        named). ``positions`` are the sorted group heads and the plural
        pronouns resolved so far: the campaign's latest mention either way,
        within the window :meth:`_nearest_group` looks in (this sentence and
        the one before), is where the plurals between are counted from.
        """
        if token.lower_ == "them":
            return False
        sentence = self.table.sentence
        latest = -1
        for sorted_positions in positions:
            k = bisect.bisect_left(sorted_positions, token.i) - 1
            while k >= 0 and sentence[sorted_positions[k]] >= sentence[token.i] - 1:
                if heads[sorted_positions[k]] == key:
                    latest = max(latest, sorted_positions[k])
                    break
                k -= 1
        if latest < 0:
            return False
        head = self.doc[latest]
        marks = self._quote_marks
        if head.sent != token.sent and marks.quoted(token.idx) and not marks.quoted(head.idx):
            return False
        return not any(
            t.tag_ in {"NNS", "NNPS"} and t.dep_ in _ARGUMENT_DEPS
            for t in self.doc[head.i + 1 : token.i]
        )

    def _bound_body(
        self, token: Token, bodies: dict[int, tuple[str, str]]
    ) -> tuple[str, str] | None:
        """ "the party raised the bar ... they did so", "the DNC has gone back on their promise".

        A plural pronoun the syntax ties to a subject (:func:`bound_subject`)
        that is an organisation, country or outlet is that body, as "its"
        would be, when no plural of people between them may be meant instead
        ("the AP interviewed 20 crew members. They described"), no plural
        pronoun came before it in the sentence, and a quoted pronoun does not
        reach back to a body the narrative named in another sentence.
        """
        if token.lower_ == "them":
            return None  # things as often as people: "make them accessible"
        subject = bound_subject(token)
        if subject is None or subject.i not in bodies:
            return None
        if subject.dep_ == "conj" or any(c.dep_ == "conj" for c in subject.children):
            return None  # "Britain and France set their own priorities": both
        if any(c.lower_ in {"every", "each", "any", "no"} for c in subject.children):
            return None  # "every other Democrat ... when they voted": its members
        marks = self._quote_marks
        if subject.sent != token.sent and marks.quoted(token.idx) and not marks.quoted(subject.idx):
            return None
        key = bodies[subject.i]
        for t in self.doc[min(subject.i, token.sent.start) : token.i]:
            if t.lower_ in _PLURAL_PRONOUNS and t.tag_ in {"PRP", "PRP$"}:
                return None  # "they felt the FBI was slow in their request": theirs, maybe
            if t.dep_ in _ARGUMENT_DEPS and _people_plural(t) and t.i not in bodies:
                return None  # "countries the department criticized for their records"
            mi = self.owner.get(t.i)
            if t.i > subject.i and mi is not None and str(self.cluster_of[mi]) != key[1]:
                return None  # "Washington calls for Silicon Valley to change their products"
        return key

    def _group_near(self, token: Token, starts: list[int]) -> bool:
        """Whether a group is named in a plural pronoun's sentence or the one before."""
        sentence = self.table.sentence
        k = bisect.bisect_left(starts, token.i) - 1
        return k >= 0 and sentence[starts[k]] >= sentence[token.i] - 1

    def _only_body(
        self, token: Token, bodies: dict[int, tuple[str, str]]
    ) -> tuple[str, str] | None:
        """The one body named in a plural pronoun's sentence or the one before, if nothing else plural is.

        Used only when no group is named there: people named together ("Cruz
        and Rubio ... they"), a plural noun that may be the referent ("the
        officials", "voters"), a subject of the pronoun's own clause, or
        another body named after it leave the pronoun alone.
        """
        doc = self.doc
        sentence = self.table.sentence
        first = token.i
        while first > 0 and sentence[first - 1] >= sentence[token.i] - 1:
            first -= 1
        found = {bodies[j] for j in range(first, token.i) if j in bodies}
        if len(found) != 1:
            return None
        subject = bound_subject(token)
        if subject is not None and subject.sent == token.sent and subject.i not in bodies:
            return None  # "19 percent said they": the clause's own subject binds it
        (_, key), last = next(iter(found)), max(j for j in range(first, token.i) if j in bodies)
        marks = self._quote_marks
        if marks.quoted(token.idx) and not marks.quoted(doc[last].idx):
            return None  # a speaker's "they" is seldom the body the narrative named
        for j in range(last + 1, token.i):
            mi = self.owner.get(j)
            if mi is not None and str(self.cluster_of[mi]) != key:
                kind = self.clusters[self.cluster_of[mi]].kind
                if kind in _IT_KINDS:
                    return None  # "Mexico must tell the United States ... their": either, or both
                acting = (
                    doc[j].dep_ in {"nsubj", "nsubjpass"} and doc[j].head.lemma_ not in SAY_LEMMAS
                )
                if kind == "person" and acting:
                    return None  # "After the storm hit, Obama toured with Christie. They": people
        for j in range(first, token.i):
            t = doc[j]
            if j in bodies:
                continue
            if t.tag_ in {"NNS", "NNPS"} and t.dep_ in _ARGUMENT_DEPS:
                return None  # "the agencies", "officials": a plural that may be meant
            if t.dep_ == "conj" and t.head.i in self.owner and j in self.owner:
                return None  # "Cruz and Rubio": two actors together
            if t.lower_ in _PLURAL_PRONOUNS and t.tag_ in {"PRP", "PRP$"}:
                return None  # "A lot of them left": a plural already about someone else
        if any(t.lower_ == "both" for t in doc[token.i + 1 : token.i + 3]):
            return None  # "they both", "they're both": two people
        return next(iter(found))

    def _nearest_group(
        self,
        token: Token,
        heads: dict[int, tuple[str, str]],
        starts: list[int],
        chain: list[int],
        rivals: tuple[list[int], list[int]],
    ) -> tuple[str, str] | None:
        """The one group named, or referred to by a plural pronoun, in a plural pronoun's sentence or the one before.

        A person's unit (:meth:`_campaign_heads`) named beside a group yields
        to it: the group is the likelier "they" ("the campaign courted black
        voters ... convince them").
        ``starts`` are the sorted group heads, ``chain`` the plural pronouns
        already resolved ("The protesters marched. They chanted as their
        leaders spoke": both are the protesters'). ``rivals`` are the sorted
        plural arguments that are no group (:meth:`_rival_plurals`): one
        standing after the last group named blocks it. Looked up by
        bisection, since a group known only from an earlier pronoun leaves
        no group before it and a scan would start at the document's start
        for every pronoun (quadratic).
        """
        doc = self.doc
        i = token.i
        sentence = self.table.sentence
        found: set[tuple[str, str]] = set()
        latest = -1  #: the last group named: plurals after it compete, even past a "they"
        coordinated = False
        for positions in (starts, chain):
            k = bisect.bisect_left(positions, i) - 1
            while k >= 0 and sentence[positions[k]] >= sentence[i] - 1:
                found.add(heads[positions[k]])
                if positions is starts:
                    latest = max(latest, positions[k])
                head = doc[positions[k]]
                # "Cruz and his aides ... they": both of them, no one actor
                coordinated |= head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)
                k -= 1
        if len(found) > 1:  # a group named beside a unit is the likelier "they"
            found = {key for key in found if key[0] != "unit"} or found
        if len(found) != 1 or coordinated or _co_argument(token, chain):
            return None
        # people compete, and for "them" (things as often as people) any plural
        positions = rivals[1] if token.lower_ == "them" else rivals[0]
        k = bisect.bisect_left(positions, i) - 1
        if (k >= 0 and positions[k] > latest) or self._people_joined(token, latest):
            return None
        return next(iter(found))

    def _rival_plurals(self, heads: dict[int, tuple[str, str]]) -> tuple[list[int], list[int]]:
        """Plural arguments that are no group or actor, in text order: (people plurals, all plurals).

        A plural pronoun after one of them may mean it rather than the group
        named before (:meth:`_nearest_group`): people plurals ("members",
        "Republicans") compete for "they" and "their", any plural for "them".
        Collected in one pass, so each pronoun's check is a bisection.
        """
        people: list[int] = []
        plurals: list[int] = []
        for t in self.doc:
            if t.tag_ not in {"NNS", "NNPS"} or t.dep_ not in _ARGUMENT_DEPS:
                continue
            if t.i in heads or t.i in self.owner:
                continue
            plurals.append(t.i)
            if t.tag_ == "NNPS" or phrases.is_group_noun(t):
                people.append(t.i)
        return people, plurals

    def _listed(self, conjunct: Token) -> bool:
        """Whether a coordination of names follows "including"/"like"/"such as" (a group's members).

        The listing word is looked for among the few words before the first
        name's phrase, where titles may stand ("including U.S. Reps. X and
        Y"), since the small parser often hangs the names elsewhere.
        """
        first = conjunct
        for _ in range(_LIST_LENGTH):
            if first.dep_ != "conj":
                break
            first = first.head
        start = first.left_edge.i
        return any(
            t.lower_ in _LISTING or (t.lower_ == "as" and t.i > 0 and t.nbor(-1).lower_ == "such")
            for t in self.doc[max(0, start - _LISTING_GAP) : start]
        )

    def _people_joined(self, token: Token, after: int) -> bool:
        """Whether two people named together stand before a plural pronoun, after the group.

        "Sen. Ted Cruz and Gov. John Kasich also spoke. Both made their
        support ...", "Neither Baxter nor Lund is willing to criticize her,
        something they have tried": the pronoun means the two of them, whom
        the guidelines leave unannotated, not the group named earlier. People
        listed inside the group's own phrase ("politicians, including X and
        Y, ... their") are its members, and alternatives ("for X or Y") no
        pair. Only this sentence and the one before are read, back to the
        group and at most :data:`_PAIR_REACH` tokens.
        """
        doc = self.doc
        sentence = self.table.sentence
        owner = self.owner
        j = token.i - 1
        stop = max(after, token.i - _PAIR_REACH - 1)  # a bound: one long sentence stays linear
        while j > stop and sentence[j] >= sentence[token.i] - 1:
            t = doc[j]
            j -= 1
            if t.dep_ != "conj" or t.i not in owner or t.head.i not in owner:
                continue
            if not any(c.dep_ == "cc" and c.lower_ in {"and", "nor"} for c in t.head.children):
                continue  # "for Cruz or Rubio": either one, no pair
            inside = after >= 0 and doc[after].left_edge.i <= t.i <= doc[after].right_edge.i
            if inside or self._listed(t):
                continue  # "politicians, including X and Y, ... their": the group's members
            first, second = self.cluster_of[owner[t.head.i]], self.cluster_of[owner[t.i]]
            if (
                first != second
                and self.clusters[first].kind == self.clusters[second].kind == "person"
            ):
                return True
        return False
