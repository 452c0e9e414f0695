"""The sitting holder of an office a description names without a name.

American news calls the sitting president "the president" or "our president"
without ever titling the name it gives ("Obama said ..."), or without naming
him at all: nothing in the text then says who "the president" is, but the
publication date does. A small table of terms gives the bearer on that date;
the description is a mention of the person the article names with the
bearer's surname. It is not when the article titles someone else "President"
(a foreign or a past president may be who "the president" is there), nor for
a role that is a kind or a seat ("the next president", "a president",
"elected president", "the president of the club").
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from importlib import resources
from typing import TYPE_CHECKING, Final, NamedTuple

from . import dictionary, gazetteer, names, phrases, titles
from .state import ABBREVIATED_ROLES, BuilderState

if TYPE_CHECKING:
    from spacy.tokens import Token


class Term(NamedTuple):
    """One holder's time in office, inauguration day to the successor's."""

    start: dt.date
    end: dt.date
    given: str
    surname: str


#: Presidents of the United States since 1981: the corpus is American news of
#: 2015-2016, and older holders are written of as past ones ("then-president").
PRESIDENTS: Final[tuple[Term, ...]] = (
    Term(dt.date(1981, 1, 20), dt.date(1989, 1, 20), "Ronald", "Reagan"),
    Term(dt.date(1989, 1, 20), dt.date(1993, 1, 20), "George", "Bush"),
    Term(dt.date(1993, 1, 20), dt.date(2001, 1, 20), "Bill", "Clinton"),
    Term(dt.date(2001, 1, 20), dt.date(2009, 1, 20), "George", "Bush"),
    Term(dt.date(2009, 1, 20), dt.date(2017, 1, 20), "Barack", "Obama"),
    Term(dt.date(2017, 1, 20), dt.date(2021, 1, 20), "Donald", "Trump"),
    Term(dt.date(2021, 1, 20), dt.date(2025, 1, 20), "Joe", "Biden"),
    Term(dt.date(2025, 1, 20), dt.date(2029, 1, 20), "Donald", "Trump"),
)


class RaceTerm(NamedTuple):
    """A party's leading candidate, presumptive or actual nominee, or running mate."""

    party: str  #: "D" or "R"
    role: str  #: "leader" (front-runner, presumptive nominee), "nominee" or "vp"
    start: dt.date
    end: dt.date
    given: str
    surname: str


#: Who "the Democratic front-runner", "the GOP nominee" or "the Republican
#: vice-presidential nominee" was in the 2016 race the corpus covers: the
#: national polling leader from her announcement or his lead in the summer
#: polls, the presumptive nominee from the primaries that settled it, the
#: nominee until the next inauguration. Earlier or later dates have no bearer.
RACE: Final[tuple[RaceTerm, ...]] = (
    RaceTerm("D", "leader", dt.date(2015, 4, 12), dt.date(2016, 6, 7), "Hillary", "Clinton"),
    RaceTerm("D", "nominee", dt.date(2016, 6, 7), dt.date(2017, 1, 20), "Hillary", "Clinton"),
    RaceTerm("R", "leader", dt.date(2015, 7, 20), dt.date(2016, 5, 4), "Donald", "Trump"),
    RaceTerm("R", "nominee", dt.date(2016, 5, 4), dt.date(2017, 1, 20), "Donald", "Trump"),
    RaceTerm("D", "vp", dt.date(2016, 7, 22), dt.date(2017, 1, 20), "Tim", "Kaine"),
    RaceTerm("R", "vp", dt.date(2016, 7, 15), dt.date(2017, 1, 20), "Mike", "Pence"),
)


class Figure(NamedTuple):
    """A role a figure of the day is called by without a name ("the Vermont senator")."""

    words: frozenset[str]  #: the role's words, lower-cased, without fillers ("vermont senator")
    head: str  #: the role noun the phrase ends in or turns on ("senator")
    start: dt.date
    end: dt.date
    given: str
    surname: str


def _figure(phrase: str, start: dt.date, end: dt.date, given: str, surname: str) -> Figure:
    """A figure from a role's words: lower-cased, fillers left out; the head is the role noun
    before "of"/"from" ("secretary" of "former secretary of state", "senator" of "senator
    from Vermont"), else the last word ("Vermont senator")."""
    words = [w for w in phrase.lower().split() if w not in _FIGURE_FILLERS or w == "from"]
    cut = next((i for i, w in enumerate(words) if w in {"of", "from"} and i > 0), len(words))
    head = words[cut - 1]
    return Figure(frozenset(words) - _FIGURE_FILLERS, head, start, end, given, surname)


#: The built-in figures: the 2016 race's candidates by the roles news called them by once
#: named ("the former secretary of state", "the Vermont senator", "the real estate mogul"),
#: in the actor-dictionary format (``roles`` with dates). A role names one person of the
#: race while it runs and readers know whom; before and after it the same words may be
#: someone else's (Leahy is a Vermont senator too), so every role is dated. Users add the
#: figures of their own corpus the same way, in their actor dictionaries.
BUILTIN_FIGURES: Final[str] = "data/figures_us_2016.json"


@functools.cache
def _builtin_entries() -> tuple[dictionary.DictionaryEntry, ...]:
    raw = json.loads(resources.files("newsextract_actors").joinpath(BUILTIN_FIGURES).read_text())
    return tuple(dictionary.parse_entry(e, f"{BUILTIN_FIGURES}[{i}]") for i, e in enumerate(raw))


def figures_on(day: dt.date) -> list[Figure]:
    """The figures whose role holds on ``day``: the built-in ones and those of the actor
    dictionaries in effect (a person entry's ``roles``)."""
    return [f for f in _all_figures(dictionary.load_entries()) if f.start <= day < f.end]


#: The figures built from the last dictionary entries seen (their tuple, kept so the
#: identity test below cannot match a new tuple at a recycled address).
_FIGURES_BUILT: list[tuple[tuple[dictionary.DictionaryEntry, ...], tuple[Figure, ...]]] = []


def _all_figures(entries: tuple[dictionary.DictionaryEntry, ...]) -> tuple[Figure, ...]:
    """Every dated role as a figure, built once per set of dictionaries rather than per
    document: ``load_entries`` returns the same cached tuple until the dictionaries in
    effect change (another pipeline's files, ``dictionary.reset``)."""
    if _FIGURES_BUILT and _FIGURES_BUILT[0][0] is entries:
        return _FIGURES_BUILT[0][1]
    figures = []
    for entry in (*_builtin_entries(), *entries):
        words = entry.canonical.split()
        if entry.type != "person" or len(words) < 2:
            continue
        for role in entry.roles:
            start, end = role.start or dt.date.min, role.end or dt.date.max
            figures.append(_figure(role.words, start, end, words[0], words[-1]))
    _FIGURES_BUILT[:] = [(entries, tuple(figures))]
    return tuple(figures)


#: Words a figure's role may carry that do not change whose it is ("the U.S. senator from
#: Vermont", "the independent senator from Vermont", "the Republican Florida senator").
_FIGURE_FILLERS: Final[frozenset[str]] = frozenset(
    {"u.s.", "us", "independent", "democratic", "republican", "gop", "junior", "senior", "from"}
)
#: Determiners of a figure's role: "the", "this", "his former secretary of state" (Obama's;
#: two such mentions on half B are Clinton's, so "his"/"her" stay).
_FIGURE_DETERMINERS: Final[frozenset[str]] = frozenset({"the", "this", "his", "her"})

#: Party words before a race role, and the party they name.
_RACE_PARTIES: Final[dict[str, str]] = {"democratic": "D", "republican": "R", "gop": "R"}
#: Words that make a nominee the presumptive one, whom the leader's term covers.
_PRESUMPTIVE: Final[frozenset[str]] = frozenset({"presumptive", "likely", "probable", "apparent"})
#: Other words a race role may carry between "the" and its head.
_RACE_WORDS: Final[frozenset[str]] = frozenset({"presidential", "current", "-", "vice"})
#: Words that make a party's "candidate" its front-runner ("the leading Republican candidate").
_LEADING: Final[frozenset[str]] = frozenset({"leading", "top"})
#: Determiners of the office's holder: "the president", "our president".
_DETERMINERS: Final[frozenset[str]] = frozenset({"the", "this", "our"})
#: Words between the determiner and the office that still name the sitting holder.
_SITTING: Final[frozenset[str]] = frozenset({"current", "sitting", "incumbent"})
#: Verbs whose object is whoever gets the office, not its holder ("elect the president").
_SEEKING: Final[frozenset[str]] = frozenset({"elect", "choose", "pick", "become", "nominate"})
#: Auxiliaries of a relative clause about a future holder ("the president who will ...").
_FUTURE: Final[frozenset[str]] = frozenset({"will", "would", "'ll", "shall", "might"})
#: Qualifiers of another office holder's "president" title that leave "the president"
#: to the sitting one ("former President Bill Clinton", "Vice President Joe Biden").
_OTHER_OFFICES: Final[frozenset[str]] = frozenset({"vice", "former", "ex"})


#: The plugin setting that switches the rule off for news from elsewhere
#: (``--set actors.sitting_president=false``).
SITTING_SETTING: Final[str] = "sitting_president"


def enabled(value: object) -> bool:
    """The setting's value: true (the default) or false, nothing else.

    The table is American: in a corpus from elsewhere "the president" is most
    often the country's own, so users switch the rule off rather than get a
    wrong bearer; a misspelt value is an error, not a silent default.
    """
    if value is None:
        return True
    if isinstance(value, bool):
        return value
    raise ValueError(f"actors.{SITTING_SETTING} must be true or false, got {value!r}")


def holder(terms: tuple[Term, ...], published: dt.date | None) -> Term | None:
    """The term running on ``published`` (None without a date)."""
    if published is None:
        return None
    return next((t for t in terms if t.start <= published < t.end), None)


class Offices(BuilderState):
    """ "the president" of an article that never titles its bearer."""

    def sitting_holders(self, published: dt.date | None) -> None:
        """Descriptions of the sitting president, as mentions of the person named so.

        Runs after :meth:`Descriptions.descriptions`, whose titled bearers come
        first: only a "president" no description took yet. One pass over the
        tokens "president", "commander" (in chief) and "POTUS".
        """
        term = holder(PRESIDENTS, published)
        if term is None:
            return
        bearer = self._bearer(term)
        if bearer is None or self._other_president(bearer):
            return
        doc = self.doc
        taken = {end for info in self.info for _, end in info.descriptions}
        for i in self.table.where_lower({"president", "commander", "potus"}):
            span = self._potus(doc[i]) if doc[i].lower_ == "potus" else self._sitting_office(doc[i])
            if span is not None and span[1] not in taken:
                self.info[bearer].descriptions.append(span)

    def prominent_surnames(self, published: dt.date | None) -> None:
        """A lone surname shared by a family goes to the one in office or in the race.

        "Ivanka Trump ... Trump said" in 2016: news writes the bare surname for
        the sitting president or a party's candidate and gives a relative the
        forename ("Melania", "Eric Trump"). Clustering picks the family member
        named most often in full, the subject of the article; on the date of
        the :data:`PRESIDENTS` and :data:`RACE` tables the bearer takes it
        instead, unless the context gives the other gender ("Mrs. Obama") or
        the relative held the office too ("Bill Clinton", a former president,
        keeps what clustering gave him).
        """
        if published is None:
            return
        bearers = self._dated_bearers(published)
        if not bearers:
            return
        forenames: dict[int, set[str]] = {}
        for mi, m in enumerate(self.mentions):
            if m.kind == "person" and len(m.name_tokens) >= 2:
                forenames.setdefault(self.cluster_of[mi], set()).add(m.forename)
        targets: dict[str, tuple[int, str]] = {}  # surname -> (bearer cluster, given name)
        for given, surname in bearers:
            found = [
                ci for ci, known in forenames.items() if given in known and self._bears(ci, surname)
            ]
            if len(found) == 1:
                targets[surname] = (found[0], given)
        moved: dict[int, int] = {}  # mention -> the bearer's cluster
        for mi, m in enumerate(self.mentions):
            if m.kind != "person" or len(m.name_tokens) != 1 or m.surname not in targets:
                continue
            target, given = targets[m.surname]
            ci = self.cluster_of[mi]
            if (
                ci == target
                or ci not in forenames
                or self._former_president(forenames[ci], m.surname)
            ):
                continue
            if m.gender in (None, names.gender_of_forename(given)):
                moved[mi] = target
        if moved:
            self._move(moved)

    def _move(self, moved: dict[int, int]) -> None:
        """Give mentions to other clusters, rebuilding the touched lists in one pass."""
        touched = {self.cluster_of[mi] for mi in moved} | set(moved.values())
        for mi, target in moved.items():
            self.cluster_of[mi] = target
        lists: dict[int, list[int]] = {ci: [] for ci in touched}
        for mi, ci in enumerate(self.cluster_of):
            if ci in lists:
                lists[ci].append(mi)
        for ci, mentions in lists.items():
            self.clusters[ci].mentions = mentions

    def _dated_bearers(self, published: dt.date) -> set[tuple[str, str]]:
        """(forename, surname), lower-cased, of the sitting president and the race's bearers."""
        out = {
            (t.given.casefold(), t.surname.casefold()) for t in RACE if t.start <= published < t.end
        }
        term = holder(PRESIDENTS, published)
        if term is not None:
            out.add((term.given.casefold(), term.surname.casefold()))
        return out

    def _bears(self, ci: int, surname: str) -> bool:
        return any(
            self.mentions[mi].surname == surname
            for mi in self.clusters[ci].mentions
            if len(self.mentions[mi].name_tokens) >= 2
        )

    @staticmethod
    def _former_president(given: set[str], surname: str) -> bool:
        return any(
            t.surname.casefold() == surname and t.given.casefold() in given for t in PRESIDENTS
        )

    def race_roles(self, published: dt.date | None) -> None:
        """ "the Democratic front-runner", "the GOP nominee": the party's candidate of the day.

        News calls the leading candidates by their race role with the party
        in it and no name near ("Trump mocked the Democratic front-runner"),
        where the descriptions pass finds no one named in the sentence before.
        The :data:`RACE` table gives the bearer on the publication date; the
        description is a mention of the person named so in the article. Runs
        after the other description passes; a role they gave someone else by
        whom the text is on (the focus guess, which misses the party) moves.
        """
        if published is None:
            return
        doc = self.doc
        taken = {end: ci for ci, info in enumerate(self.info) for _, end in info.descriptions}
        bearers: dict[tuple[str, str], int | None] = {}
        for i in self.table.where_lower({"runner", "frontrunner", "nominee", "candidate"}):
            found = self._race_role(doc[i])
            if found is None:
                continue
            (party, roles), span = found
            term = next(
                (
                    t
                    for t in RACE
                    if t.party == party and t.role in roles and t.start <= published < t.end
                ),
                None,
            )
            if term is None:
                continue
            key = (term.given, term.surname)
            if key not in bearers:
                bearers[key] = self._bearer(Term(term.start, term.end, term.given, term.surname))
            bearer = bearers[key]
            owner = taken.get(span[1])
            if bearer is None or owner == bearer or self._named_apart(doc[i], bearer, owner):
                continue
            if owner is not None:  # the focus guess of the descriptions pass: the date knows better
                other = self.info[owner]
                other.descriptions = [rng for rng in other.descriptions if rng[1] != span[1]]
            self.info[bearer].descriptions.append(span)
            taken[span[1]] = bearer

    def known_figures(self, published: dt.date | None) -> None:
        """ "the former secretary of state", "the Vermont senator": a figure of the race.

        News of the 2016 race calls its candidates by their office once named,
        and readers know whose it is: "Clinton leads in Iowa, but she trails the
        Vermont senator" names Sanders, though Clinton is the one named near. The
        :func:`figures_on` gives the bearer on the publication date; the role
        is a mention of the person the article names with the bearer's surname.
        Not where the article titles someone else with the role ("former
        Secretary of State Colin Powell"), and not as a title, predicate or
        apposition ("Clinton, the former secretary of state, said"). A focus
        guess of the descriptions pass on the span moves, as in :meth:`race_roles`.
        """
        if published is None:
            return
        figures = figures_on(published)
        if not figures:
            return
        heads = {f.head for f in figures} | {"secretary"}
        found: list[tuple[Figure, tuple[int, int]]] = []
        described: list[tuple[Figure, int]] = []  # (figure, person cluster) of an apposition
        for i in self.table.where_lower(heads):
            role = self._figure_role(self.doc[i])
            if role is None:
                continue
            words, span, named = role
            figure = next((f for f in figures if f.words == words), None)
            if figure is None:
                continue
            if named is None:
                found.append((figure, span))
            elif named >= 0:
                described.append((figure, named))
        if not found:
            return
        bearers: dict[Figure, int | None] = {}
        for figure in {f for f, _ in found}:
            bearer = self._bearer(Term(figure.start, figure.end, figure.given, figure.surname))
            if bearer is not None and (
                self._titled_apart(figure, bearer, figures)
                or any(f == figure and ci != bearer for f, ci in described)
            ):
                bearer = None  # "Tom Hale, the former secretary of state"
            bearers[figure] = bearer
        for figure, span in found:
            bearer = bearers[figure]
            if bearer is None:
                continue
            for info in self.info:  # a focus guess on the span or a part of it ("U.S. senator")
                info.descriptions = [
                    rng for rng in info.descriptions if not (rng[0] < span[1] and span[0] < rng[1])
                ]
            self.info[bearer].descriptions.append(span)

    def _figure_role(
        self, head: Token
    ) -> tuple[frozenset[str], tuple[int, int], int | None] | None:
        """The words (fillers left out), character range and describee of a role at ``head``.

        "the former secretary of state", "his former secretary of State", "the
        U.S. senator from Vermont": a determiner, modifiers, the role noun and
        "of state" or "from <place>" after it. The describee is ``None`` for a
        role standing alone, the person cluster of a name it is in apposition
        with ("Tom Hale, the former secretary of state"), -1 for another
        predicate or apposition. None for a plural, a title before a name or a
        noun inside a name.
        """
        doc = self.doc
        if head.i in self.owner or head.tag_ in {"NNS", "NNPS"}:
            return None
        if head.dep_ in {"compound", "amod", "nmod"}:
            return None
        named: int | None = None
        if phrases.describes(head):
            mi = self.owner.get(head.head.i) if head.dep_ == "appos" else None
            named = self.cluster_of[mi] if mi is not None else -1
        det = next((c for c in titles.near_lefts(head) if c.dep_ in {"det", "poss"}), None)
        if det is None or det.lower_ not in _FIGURE_DETERMINERS:
            return None
        last = head
        if head.lower_ == "secretary":
            if head.i + 2 >= len(doc) or [t.lower_ for t in doc[head.i + 1 : head.i + 3]] != [
                "of",
                "state",
            ]:
                return None
            last = doc[head.i + 2]
        else:
            prep = next((c for c in head.rights if c.dep_ == "prep"), None)
            if prep is not None and prep.lower_ == "from" and prep.i == head.i + 1:
                last = prep.right_edge  # "the senator from Vermont"
        if last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "PROPN":
            return None  # "former Secretary of State Hillary Clinton": a title
        tokens = doc[det.i + 1 : last.i + 1]
        words = frozenset(t.lower_ for t in tokens if t.is_alpha or "." in t.text) - _FIGURE_FILLERS
        end = last
        conj = next((c for c in head.rights if c.dep_ == "conj"), None)
        if conj is not None and _more_roles(conj, self.owner):
            end = conj.right_edge  # "the former mayor and state senator": one longer role
            while end.i > conj.i and end.is_punct:
                end = doc[end.i - 1]
        return words, (tokens[0].idx, end.idx + len(end.text)), named

    def _titled_apart(self, figure: Figure, bearer: int, figures: list[Figure]) -> bool:
        """Whether another person is titled with the figure's role noun ("former Secretary of
        State Colin Powell", "Sen. Patrick Leahy of Vermont", "Senator Patrick Leahy, D-Vt."):
        the title words right before a name. The state is often given apart from the title
        ("of Vermont", "D-Vt.") or not at all, so the role noun alone makes the role
        ambiguous: "the Vermont senator" may be either senator there. Not a title with
        words the role lacks ("Minnesota Sen. Al Franken", "Clinton press secretary Brian
        Fallon"), nor a figure of the day with the same role noun ("Sen. Ted Cruz" is the
        Texas senator; "Secretary Clinton" clustered apart is the figure herself)."""
        doc = self.doc
        known = {f.surname.casefold() for f in figures if f.head == figure.head}
        for m in self.mentions:
            ci = self.cluster_of[self.owner[m.start]]
            if ci == bearer or self.clusters[ci].kind != "person" or m.surname in known:
                continue
            words = {ABBREVIATED_ROLES.get(w.lower(), w.lower()) for w in m.honorifics}
            i = m.start - 1
            while i >= 0 and i in self.title_tokens and m.start - i <= 8:
                word = doc[i].lower_
                words.add(ABBREVIATED_ROLES.get(word, word))
                i -= 1
            # "former Secretary of State Colin Powell", "Vermont Sen. Patrick Leahy"; or the
            # role noun with no other words: "Sen. Patrick Leahy of Vermont"
            if figure.words <= words or (
                figure.head in words and words <= figure.words | _FIGURE_FILLERS
            ):
                return True
        return False

    def _named_apart(self, head: Token, bearer: int, owner: int | None) -> bool:
        """Whether a name in apposition ("the GOP nominee, Mitt Romney") says who else holds it.

        Its pass may have taken the role already: an appositive name outranks
        the table as the focus guess does not.
        """
        for c in head.rights:
            if c.dep_ != "appos":
                continue
            if owner is not None:
                return True
            mi = self.owner.get(c.i)
            if mi is not None and self.cluster_of[mi] != bearer:
                return True
        return False

    def _race_role(self, token: Token) -> tuple[tuple[str, frozenset[str]], tuple[int, int]] | None:
        """(party, roles the words fit) and the character range of a race role.

        "the Democratic front-runner", "the presumptive GOP nominee", "the
        Republican vice-presidential nominee": "the", then only party, race and
        presumptive words (one party word), then the head. None for a plural, a
        modifier ("front-runner status"), a predicate or apposition ("she is the
        Democratic nominee", "as the nominee") and a seat sought ("choose the
        nominee"); a role with any other word ("the volatile nominee", "the last
        Republican nominee") is left to the descriptions pass.
        """
        doc = self.doc
        head = token
        first = token.i
        if token.lower_ == "runner":
            if first < 2 or doc[first - 1].text != "-" or doc[first - 2].lower_ != "front":
                return None
            first -= 2
        if head.i in self.owner or head.tag_ in {"NNS", "NNPS"}:
            return None
        if head.dep_ in {"compound", "amod", "nmod", "appos", "conj"} or phrases.describes(head):
            return None
        if head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in _SEEKING:
            return None
        if head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN":
            return None  # "Republican nominee Donald Trump": a title
        if any(c.dep_ == "conj" for c in head.rights):
            return None  # "the front-runner and former secretary of state": one longer role
        words: list[Token] = []
        j = first - 1
        while j >= 0 and doc[j].lower_ != "the" and first - j <= 5:
            words.append(doc[j])
            j -= 1
        if j < 0 or doc[j].lower_ != "the" or not words:
            return None
        parties = [_RACE_PARTIES[w.lower_] for w in words if w.lower_ in _RACE_PARTIES]
        other = [w for w in words if w.lower_ not in _RACE_PARTIES]
        allowed = _RACE_WORDS | _PRESUMPTIVE | (_LEADING if head.lower_ == "candidate" else set())
        if len(parties) != 1 or any(w.lower_ not in allowed for w in other):
            return None
        lowers = {w.lower_ for w in words}
        if head.lower_ == "candidate":
            # "the Republican candidate": the party's one candidate once it has a nominee (a
            # primary has several); "the leading Republican candidate" the front-runner too
            roles = frozenset({"leader", "nominee"} if lowers & _LEADING else {"nominee"})
            return (parties[0], roles), (doc[j + 1].idx, head.idx + len(head.text))
        if "vice" in lowers:
            roles = frozenset({"vp"}) if head.lower_ == "nominee" else frozenset()
        elif head.lower_ == "nominee" and not lowers & _PRESUMPTIVE:
            roles = frozenset({"nominee"})
        else:
            roles = frozenset({"leader", "nominee"})
        start = doc[j + 1]
        return (parties[0], roles), (start.idx, head.idx + len(head.text))

    def _bearer(self, term: Term) -> int | None:
        """The person cluster named with the term's surname and no other given name."""
        best: int | None = None
        for ci, cluster in enumerate(self.clusters):
            if cluster.kind != "person":
                continue
            words = [self.mentions[mi].text.split() for mi in cluster.mentions]
            if not any(w and _bare(w[-1]) == term.surname for w in words):
                continue
            given = {w[0] for w in words if len(w) > 1 and w[0][:1].isupper()}
            if any(_bare(w[-1]) != term.surname for w in words if len(w) > 1):
                continue  # "Michelle Obama" clustered apart, or another person
            if given and term.given not in given and not given <= {"Mr.", "President"}:
                continue
            if best is None or len(cluster.mentions) > len(self.clusters[best].mentions):
                best = ci
        return best

    def _other_president(self, bearer: int) -> bool:
        """Whether the article titles someone else president ("President Reagan").

        Then "the president" may be that one: the sitting holder is left to the
        titles pass, which weighs who the article is about. A president whose
        title names a foreign state ("Russian President Vladimir Putin") is
        not who a bare "the president" of American news is, as
        :meth:`Descriptions._home_bearers` reads titles too.
        """
        for ci, info in enumerate(self.info):
            if ci == bearer or self.clusters[ci].kind != "person":
                continue
            roles = [head.rpartition(":") for head in info.heads]
            if any(r.endswith("president") and self._foreign(q) for q, _, r in roles):
                continue  # also titled plainly ("president") by the titles pass
            for _, _, role in roles:
                if not role.endswith("president"):
                    continue
                words = role.replace("-", " ").split()
                if not (set(words[:-1]) & _OTHER_OFFICES):
                    return True
        return False

    def _potus(self, token: Token) -> tuple[int, int] | None:
        """ "POTUS", the office's acronym, alone: not a title ("POTUS Obama") or a handle."""
        doc = self.doc
        if token.text != "POTUS" or token.i in self.owner:
            return None
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
            return None
        if token.i > 0 and doc[token.i - 1].text in {"@", "#"}:
            return None
        return token.idx, token.idx + len(token.text)

    def _foreign(self, qualifier: str) -> bool:
        """Whether a title's qualifier ("12" of "12:president") is a state other than the home one."""
        if not qualifier.isdigit():
            return False
        cluster = self.clusters[int(qualifier)]
        return cluster.kind == "country" and cluster.code not in {None, gazetteer.HOME_CODE}

    def _sitting_office(self, token: Token) -> tuple[int, int] | None:
        """The character range of "the president" / "our current commander in chief".

        None for a role that describes ("Obama, the president"; "serve as
        president"), a kind ("the next president", "the first black
        president"), a seat sought ("elect the president"), another body's
        president ("the president of the club") or a title before a name.
        """
        doc = self.doc
        n = len(doc)
        end_token = token
        if token.lower_ == "commander":
            if not (token.i + 2 < n and doc[token.i + 1].lower_ == "in"):
                return None
            if doc[token.i + 2].lower_ != "chief":
                return None
            end_token = doc[token.i + 2]
        elif self._role_key(token.i) != "president":
            return None  # "vice president", "former president"
        if token.i in self.owner or token.pos_ not in {"NOUN", "PROPN"}:
            return None
        if token.tag_ in {"NNS", "NNPS"} or token.dep_ in {"compound", "amod", "nmod"}:
            return None
        if phrases.describes(token):
            return None
        after = end_token.i + 1
        if after < n and (doc[after].pos_ == "PROPN" or doc[after].text in {"-", "–"}):
            return None  # "President Obama", "the president-elect"
        det = next(
            (c for c in titles.near_lefts(token) if c.dep_ in {"det", "poss"}),
            None,
        )
        if det is None or det.lower_ not in _DETERMINERS:
            return None
        between = doc[det.i + 1 : token.i]
        if any(t.lower_ not in _SITTING for t in between):
            return None  # "the Mexican president", "the first black president"
        if token.lower_ == "president" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in token.rights
        ):
            return None  # "the president of the club"
        if token.dep_ in {"dobj", "nsubjpass"} and token.head.lemma_.lower() in _SEEKING:
            return None
        for c in token.rights:
            if c.dep_ in {"relcl", "acl"} and any(a.lower_ in _FUTURE for a in c.children):
                return None  # "the president who will take office"
        start = between[0] if len(between) else token
        return start.idx, end_token.idx + len(end_token.text)


def _more_roles(conj: Token, owner: dict[int, int]) -> bool:
    """A bare role noun coordinated with a figure's role: more of the same person's roles.

    "the former mayor and state senator" is one person; "the Vermont senator
    and Clinton", "the former treasurer and her senior staff" are two.
    """
    if conj.i in owner or conj.pos_ == "PROPN" or conj.tag_ in {"NNS", "NNPS"}:
        return False
    if any(c.dep_ in {"det", "poss"} for c in conj.children):
        return False
    return phrases.is_person_noun(conj.lower_)


def _bare(word: str) -> str:
    """A name word without its possessive ending ("Obama's")."""
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word
