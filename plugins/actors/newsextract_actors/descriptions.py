"""Actors named by a definite common noun, once the text has named them.

"the president" (the role noun of one person's title), "the fund" (the head
noun of one organisation's name), "the agency", "the country" (the focal
country); a person's campaign, administration or family ("her campaign",
later "the campaign"); relatives ("his wife") and the people around a person
("his aides").
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from newsextract.people_nouns import ENTOURAGE_NOUNS, KIN_NOUNS, UNSUFFIXED_PERSON_NOUNS

from . import gazetteer, phrases, titles
from .clause_subjects import SUBJECT_DEPS
from .mentions import ActorKind, Mention
from .speakers import Quotation, quotations
from .state import BuilderState

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .coref import Resolver
    from .gender import Gender

_INTO_PLACE = gazetteer.LOCATIVE_PREPOSITIONS | {"into", "to", "from", "out"}
#: "the country", "the government": the article's focal country.
_FOCAL_NOUNS = frozenset({"country", "nation", "government", "regime"})
#: "their country", "his nation": the possessor's state, a mention apart from the possessive.
_HOMELAND_NOUNS = frozenset({"country", "nation"})
_NATIONAL_WORDS = frozenset({"federal", "national", "central", "whole", "entire"})
#: Determiners of an organisation's description: "the museum", "this committee", "its union".
_ORG_DETERMINERS = frozenset({"the", "this", "its", "our", "their", "his", "her"})
#: How many times the mentions of every other bearer the bearer of a shared role needs.
_DOMINANCE = 3
#: Prepositions of time before a campaign that is the race: "during the campaign".
_DURING = frozenset({"during", "throughout", "in", "into", "through", "over"})
#: Prepositions of a stretch of time, after which someone's campaign is his race.
_THROUGHOUT = frozenset({"during", "throughout", "through", "over", "since"})
#: Adjectives that say which race a campaign runs in ("her presidential campaign").
_UNIT_KINDS = frozenset(
    {
        "presidential",
        "congressional",
        "gubernatorial",
        "mayoral",
        "senatorial",
        "primary",
        "reelection",
        "re-election",
    }
)
#: Verbs of a race's course, whose subject "the campaign" is the race, not an actor.
_RACE_STAGES = frozenset(
    {"begin", "start", "end", "continue", "go", "heat", "wear", "drag", "enter", "near", "close"}
)
#: Verbs and nouns of going, after which "to the country" is where someone goes.
_GOING = frozenset(
    {
        "go",
        "come",
        "move",
        "return",
        "travel",
        "fly",
        "trip",
        "journey",
        "head",
        "immigrate",
        "emigrate",
        "migrate",
        "relocate",
        "flee",
        "send",
        "deport",
        "arrive",
        "get",
        "back",
        "way",
    }
)
#: Verbs whose object is a country's territory: "entering the country".
_ENTERING = frozenset({"enter", "reenter", "re-enter", "cross", "infiltrate", "flee"})
#: Nouns of a country's parts, which make "of the country" its land.
_LAND_PARTS = frozenset(
    {"region", "part", "area", "corner", "rest", "border", "city", "town", "state", "county"}
)
#: Parts, stretches and themes of a race: "the beginning of his campaign", "a central
#: element of her campaign", "a new phase of the campaign".
_RACE_PARTS = frozenset(
    {
        "beginning",
        "start",
        "outset",
        "end",
        "center",
        "centre",
        "centerpiece",
        "heart",
        "core",
        "hallmark",
        "element",
        "theme",
        "cry",
        "moment",
        "phase",
        "stage",
        "part",
        "tenor",
        "tone",
        "course",
        "stretch",
        "height",
        "rest",
    }
)
#: What a person leads or belongs to that acts on its own ("the Trump campaign").
_UNIT_HEADS = frozenset({"campaign", "administration", "camp", "team", "family"})
#: A candidate's super PAC acts for him like his campaign ("his super PAC", "the
#: Bush super PAC"): a unit whose head is two words, found at "PAC".
_PAC_HEAD = "pac"
_PAC_UNIT = "super PAC"


#: Determiners of a role description: "the president", "this senator". Not a
#: possessive: "his spokesman", "their candidate" are someone's, often not the bearer named.
_ROLE_DETERMINERS = frozenset({"the", "this"})
#: Modifiers that belong to a role description's span ("first lady", "running mate").
_ROLE_MODIFIERS = frozenset({"amod", "compound", "nmod"})
#: Nouns that name the latest private organisation ("the company" after "Apple").
_PRIVATE_NOUNS = frozenset({"company", "firm", "group", "organization"})
#: Nouns of a kind of company: "the bank" after "Wells Fargo" (a private organisation).
_BUSINESS_NOUNS = frozenset({"bank", "insurer", "retailer", "automaker", "carrier", "airline"})
#: Nouns of an outlet: "the network" after "RT", "the website" after "PolitiFact".
_OUTLET_NOUNS = frozenset(
    {"network", "newspaper", "paper", "website", "outlet", "channel", "magazine", "broadcaster"}
)
#: Verbs whose object "his campaign" is the candidacy: "launched his campaign".
_RUN_VERBS = frozenset({"launch", "announce", "start", "begin", "conduct", "follow", "hype"})
#: First-person possessives a speaker owns his campaign with: "my campaign", "our campaign".
_FIRST_POSSESSIVES = frozenset({"my", "our"})
#: Head words of bodies named after a place, whose bare noun is mostly the place:
#: "in the county", "prayers at the center".
_PLACE_HEADS = frozenset({"county", "city", "town", "district", "center", "centre"})
#: Head words several names share that the latest one does not decide: places,
#: "news" ("get their news": what outlets give), and "party" (the parties the
#: gazetteer knows, not the Tea Party: see ``parties``).
_NOT_SHARED_HEADS = _PLACE_HEADS | {"party", "news"}
#: Head nouns of state bodies news names by their acronym: "the FBI ... the bureau".
_ACRONYM_HEADS: Final[dict[str, str]] = {
    "FBI": "bureau",
    "ATF": "bureau",
    "CIA": "agency",
    "NSA": "agency",
    "EPA": "agency",
    "DEA": "agency",
    "TSA": "agency",
    "FDA": "agency",
    "IRS": "agency",
    "FEC": "commission",
    "SEC": "commission",
    "FCC": "commission",
    "DHS": "department",
    "DOJ": "department",
}
#: Non-state movements and rights groups by their gazetteer names: "the group" names them.
_MOVEMENT_GROUPS = frozenset(
    {
        "Islamic State",
        "Taliban",
        "al-Qaeda",
        "Hezbollah",
        "Amnesty International",
        "Human Rights Watch",
    }
)
#: Nouns that name such a movement: "the group", "the terrorist organization".
_MOVEMENT_NOUNS = frozenset({"group", "organization"})
#: Class nouns that name only an organisation mentioned in the sentences just before.
_RECENT_NOUNS = _PRIVATE_NOUNS | _BUSINESS_NOUNS | _OUTLET_NOUNS
#: How many sentences back the organisation "the company" names was mentioned.
_PRIVATE_SENTENCES = 3
#: Name words of public bodies beyond the state organs' heads.
_NOT_PRIVATE_WORDS = frozenset({"Party", "Campaign", "House", "Administration", "University"})
#: Plain person nouns that point back at someone, like "he" and "she", by the gender they give.
_PEOPLE_NOUNS: Final[dict[str, Gender]] = {
    "man": "m",
    "guy": "m",
    "gentleman": "m",
    "woman": "f",
}
#: Determiners with which such a noun points back ("this man", not "a man").
_POINTING = frozenset({"the", "this", "that"})
#: Determiners that bring in someone unnamed: "a woman", "another woman", "one man".
_INDEFINITE = frozenset({"a", "an", "another", "one"})
#: Determiners of a description in apposition before a name: definite (round 2, "the
#: first lady, Michelle Obama") or indefinite (round 14, "another delegate, Jim Roe").
_APPOSITION_DETS = _POINTING | _INDEFINITE
#: Dependents that introduce someone new: "the man who ...", "the woman in the video".
_INTRODUCING = frozenset({"relcl", "acl", "prep", "appos"})
#: Nouns for one person beyond the roles and relations, which an indefinite brings
#: in and a definite takes up ("a client ... the client"): people met in a story.
_INTRODUCED_NOUNS = frozenset(
    [
        "client",
        "patient",
        "customer",
        "partner",
        "associate",
        "man",
        "woman",
        "guy",
        "boy",
        "girl",
        "teenager",
        "child",
        "nurse",
        "driver",
        "passenger",
        "neighbor",
        "neighbour",
        "stranger",
        "caller",
        "worker",
        "teacher",
        "narrator",
        "contestant",
        "gentleman",
        "lady",
        "officer",
        "employee",
        "voter",
        "juror",
    ]
)
#: Nouns for one person by a tie to another ("his attorney", "her boss"), with the
#: word their synonyms share: possessed by a person, an actor of their own like a
#: relative (joined to a name in apposition: "his attorney, Jane Doe,").
_RELATIONAL_NOUNS: Final[dict[str, str]] = {
    "attorney": "attorney",
    "lawyer": "attorney",
    "client": "client",
    "boss": "boss",
    "employer": "boss",
    "colleague": "colleague",
    "doctor": "doctor",
    "physician": "doctor",
    "spokesman": "spokesman",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "opponent": "opponent",
    "rival": "opponent",
    "predecessor": "predecessor",
    "girlfriend": "girlfriend",
    "boyfriend": "boyfriend",
    "guest": "guest",
}
#: Spouses, who mostly share a person's family name, by the gender the noun gives. Not
#: parents, children or siblings: a story names a parent in full less often than the
#: spouse or child who shares the name ("Clinton's father" is no Bill Clinton).
_KIN_GENDER: Final[dict[str, Gender]] = {"husband": "m", "wife": "f"}
#: Adjectives that say which of someone's relatives: "his former wife", "her late husband".
_WHICH_RELATIVE = frozenset(
    {"former", "late", "estranged", "first", "second", "third", "ex", "then", "onetime", "only"}
)
#: An entourage that follows a person rather than works for them: "Sanders supporters" is
#: Sanders (a mention: the one they back) plus the group (rulings of rounds 7, 16 and 17:
#: "X supporters", "Cruz delegates", "Trump delegates" mark X), where "Clinton aides" is one
#: span of the staff.
_FOLLOWERS: Final[frozenset[str]] = frozenset({"supporters", "backers", "loyalists"})
#: A person's rivals in a race, one group whatever the word ("his rivals", "her opponents").
_RIVAL_NOUNS: Final[dict[str, str]] = {
    "rivals": "rival",
    "opponents": "rival",
    "challengers": "rival",
}
#: Modifiers that count or stress an entourage rather than say which ("his many aides").
_NOT_WHICH = phrases.QUANTIFIERS | frozenset({"own", "other", "few", "remaining"})
_DEGREE = frozenset({"most", "more", "least"})
#: Possessives of one person: "his attorney", not "their attorneys" or "its spokesman".
_PERSONAL_POSSESSIVES = frozenset({"his", "her", "my"})
#: Roles an election story uses of anyone ("campaign for a candidate ... the
#: candidate's friends"): no specific person brought in.
_GENERIC_ROLES = frozenset(
    [
        "candidate",
        "nominee",
        "president",
        "leader",
        "official",
        "politician",
        "lawmaker",
        "voter",
        "opponent",
    ]
)
#: Roles of public figures a story calls its subject by without a title naming
#: them ("the candidate", "the front-runner", "the former secretary of state",
#: "the real estate developer"); not "president", which news uses for the head
#: of state whoever the story is about.
_FOCUS_ROLES: Final[frozenset[str]] = frozenset(
    {
        "candidate",
        "nominee",
        "runner",
        "frontrunner",
        "secretary",
        "developer",
        "mogul",
        "businessman",
        "businesswoman",
        "tycoon",
        "billionaire",
        "senator",
        "governor",
        "congressman",
        "congresswoman",
        "challenger",
        "contender",
    }
)
#: Roles in a race that the article's main person holds when no one else was named just before.
_RACE_ROLES = frozenset({"candidate", "nominee", "frontrunner", "contender", "challenger"})
#: Modifiers that make a role a kind, not the one person holding it.
_KIND_MODIFIERS = frozenset(
    {
        "next",
        "first",
        "only",
        "other",
        "same",
        "ideal",
        "perfect",
        "best",
        "eventual",
        "future",
        "one",
        "any",
        "every",
        "new",
        "last",
        "ultimate",
        "potential",
        "possible",
    }
)
#: Modifiers that make a role one nobody holds yet, even when a title names its bearer.
_UNHELD_MODIFIERS = frozenset(
    {"next", "future", "eventual", "potential", "possible", "ideal", "perfect", "ultimate"}
)
#: How many sentences before a role the person it names must be named in.
_FOCUS_SENTENCES = 1
#: How many times the mentions of any other person named there the referent has.
_FOCUS_DOMINANCE = 1.5
#: Offices one person holds at a time, so a title naming another rules a person out.
_OFFICES: Final[frozenset[str]] = frozenset(
    {"senator", "governor", "secretary", "president", "mayor", "congressman", "congresswoman"}
)
#: Roles in a race that anyone holding an office may also hold ("Democratic rival
#: Hillary Clinton" may still be "the former secretary of state").
_RACE_ROLES = frozenset(
    {"rival", "opponent", "candidate", "nominee", "runner", "frontrunner", "challenger"}
    | {"contender", "hopeful", "favorite"}
)
#: How many sentences back the person a plain person noun points at was mentioned.
_PEOPLE_NOUN_SENTENCES = 5
#: Nouns of a business a person owns: "his company", "her firm".
_FIRM_NOUNS = frozenset({"company", "firm"})
#: Tags of the words that say a firm's trade ("speaking firm", "law firm"), not "own".
_TRADE_TAGS = frozenset({"NN", "NNS", "VBG"})
#: Years as news writes them, which date a race ("his 2012 Senate campaign").
_YEARS = frozenset(str(y) for y in range(1900, 2100))


class Descriptions(BuilderState):
    """Definite descriptions of named actors, and the units and relatives of persons."""

    #: The latest year the text names (0 for none), found on first need.
    _latest_year: int | None = None
    #: Person clusters by the family names of their full names, found on first need.
    _families: defaultdict[str, set[int]] | None = None

    def descriptions(self) -> None:
        """Titles used as names later on: "the Belarusian strongman", "the president".

        A definite noun phrase whose head is the role noun of exactly one
        person's title, after that person was named, is a mention of them.
        When several people hold the role, the one the article is about holds
        it: a bearer mentioned three times as often as every other ("the
        president" of an article on Obama that once names a President Kennedy).
        One pass over the tokens with a dict look-up per token.
        """
        owners: dict[str, set[int]] = {}
        for ci, info in enumerate(self.info):
            if self.clusters[ci].kind == "person":
                for head in info.heads:
                    owners.setdefault(head, set()).add(ci)
        unique = {
            head: chosen
            for head, cs in owners.items()
            if (chosen := self._dominant(self._home_bearers(head, cs))) is not None
        }
        doc = self.doc
        n = len(doc)
        role_words = {key.rpartition(":")[2].split()[-1] for key in unique}
        role_words |= {w for w, role in gazetteer.ROLE_SYNONYMS.items() if role in role_words}
        focus: _Focus | None = None  # built for the first role no title names
        for i in self.table.where_lower(role_words | _FOCUS_ROLES):
            token = doc[i]
            if token.i in self.owner or token.pos_ not in {"NOUN", "PROPN"}:
                continue
            if token.tag_ in {"NNS", "NNPS"} or token.dep_ in {"compound", "amod", "nmod"}:
                continue
            if phrases.describes(token):
                continue  # "Obama, the president, said", "to serve as our president": no mention
            if token.i + 1 < n and doc[token.i + 1].pos_ == "PROPN":
                continue  # a title before a name, already counted
            det = next((c for c in titles.near_lefts(token) if c.dep_ == "det"), None)
            if det is None or det.lower_ not in _ROLE_DETERMINERS:
                continue
            if any(c.lower_ in _UNHELD_MODIFIERS for c in doc[det.i + 1 : token.i]):
                continue  # "the next president": whoever will hold it, not its bearer
            role = self._role_key(token.i)
            qualifiers = self._qualifiers(det.i + 1, token.i)
            if qualifiers:  # "the Democratic nominee": only a Democratic one
                found = {unique.get(f"{q}:{role}") for q in qualifiers} - {None}
                person = found.pop() if len(found) == 1 else None
            else:
                person = unique.get(role)
            end = _secretary_end(token) or token.idx + len(token.text)
            if person is None and self._public_role(token, det):
                focus = focus or _Focus(self)
                placed = any(t.text[:1].isupper() for t in doc[det.i + 1 : token.i])
                person = focus.person(token.i, qualifiers, role, placed=placed)
                if person is None and not qualifiers and not placed and _told_of(token):
                    person = self._main_person()  # "the candidate promised": the article's
            if person is None:
                continue
            first = self.mentions[self.clusters[person].first]
            if token.idx <= first.start_char:
                continue
            start = doc[det.i + 1].idx
            self.info[person].descriptions.append((start, end))

    def headline_roles(self) -> None:
        """ "Indiana governor endorses Cruz", "FBI director acted as judge": a headline's role
        is the one person the body titles so ("Indiana Gov. Mike Pence", "FBI Director James
        Comey").

        Headlines drop the determiner and name the role before its bearer (round 10:
        determinerless headline descriptions are mentions, like the same with "the"), so
        :meth:`descriptions`, which wants "the" and a bearer named before, finds none. The
        role noun must head exactly one person's title, with the parties, states or bodies
        named before it in the headline ("Indiana") in that title too; span as that pass.
        """
        cut = self.text.find("\n")
        if cut <= 0:
            return
        doc = self.doc
        taken = {end for info in self.info for _, end in info.descriptions}
        for token in doc:
            if token.idx >= cut:
                break
            if token.tag_ != "NN" or token.i in self.owner or token.dep_ in _ROLE_MODIFIERS:
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
                continue  # a title before its name
            if phrases.describes(token) or token.idx + len(token.text) in taken:
                continue
            start = phrases.descriptive_start(token, deps=_ROLE_MODIFIERS)
            first = doc.char_span(start, start + 1, alignment_mode="expand")
            if first is None or len(first) == 0:
                continue
            role = self._role_key(token.i)
            qualifiers = self._qualifiers(first[0].i, token.i)
            keys = {f"{q}:{role}" for q in qualifiers} if qualifiers else {role}
            bearers = {
                ci
                for ci, info in enumerate(self.info)
                if self.clusters[ci].kind == "person" and keys & info.heads
            }
            if len(bearers) == 1:
                self.info[bearers.pop()].descriptions.append((start, token.idx + len(token.text)))

    def _public_role(self, token: Token, det: Token) -> bool:
        """ "the candidate", "the Democratic front-runner", "the former secretary of
        state", "the real estate developer": a public figure's role no title named.

        Only the roles of :data:`_FOCUS_ROLES` in their own noun phrase, with
        nothing that makes them a kind ("the next nominee", "the candidate who
        wins"), and not as an object ("choose the nominee": anyone who holds it).
        """
        word = token.lower_
        doc = self.doc
        if word == "runner" and not (token.i >= 2 and doc[token.i - 2].lower_ == "front"):
            return False
        if word == "secretary" and _secretary_end(token) is None:
            return False
        if token.dep_ in {"dobj", "attr", "appos", "conj"}:
            return False
        if any(
            c.dep_ in {"relcl", "acl", "amod"} and not _set_off(c)
            for c in titles.near_rights(token)
        ):
            return False  # "the candidate who wins", not "the senator, who spoke"
        return not any(
            c.lower_ in _KIND_MODIFIERS for c in doc[det.i + 1 : token.i] if c.head.i == token.i
        )

    def people_nouns(self, resolver: Resolver) -> None:
        """ "this man", "the woman", "this guy": the person of that sex the text is on.

        A definite or demonstrative plain person noun with nothing else to pick
        someone out (no modifier, no relative clause, no name after it) points
        back at a person, like a pronoun: the one of that gender named or
        referred to in its sentence or the five before, when that one has
        twice the mentions of any other such. Runs after the pronouns, whose
        genders and resolutions it reads.
        """
        doc = self.doc
        recent: list[tuple[int, int]] = [  # (token, cluster) of every person reference
            (m.start, self.cluster_of[mi])
            for mi, m in enumerate(self.mentions)
            if self.clusters[self.cluster_of[mi]].kind == "person"
        ]
        recent += list(resolver.resolved.items())
        recent.sort()
        starts = [t for t, _ in recent]
        sentence = resolver.sentence
        introduced: set[str] = set()  # nouns an indefinite brought in: "a woman" ... "the woman"
        quote_starts = [q.start for q in resolver.quotes]
        for i in self.table.where_lower(_PEOPLE_NOUNS):
            token = doc[i]
            if _introduces(token):
                introduced.add(token.lower_)
            if token.lower_ in introduced or not self._points_back(token):
                continue
            lo = bisect.bisect_left(starts, i)
            s = sentence[i]
            seen: set[int] = set()
            k = lo - 1
            while k >= 0 and sentence[recent[k][0]] >= s - _PEOPLE_NOUN_SENTENCES:
                seen.add(recent[k][1])
                k -= 1
            want = _PEOPLE_NOUNS[token.lower_]
            speaker = self._speaker_of(
                resolver, quote_starts, i
            )  # “... this man ...”: not the one saying it
            fits = [ci for ci in seen if resolver.gender[ci] == want and ci != speaker]
            counts = sorted((len(self.clusters[ci].mentions), ci) for ci in fits)
            if not counts or (len(counts) > 1 and counts[-1][0] < 2 * counts[-2][0]):
                continue
            self.info[counts[-1][1]].descriptions.append((token.idx, token.idx + len(token.text)))

    def _speaker_of(self, resolver: Resolver, starts: list[int], i: int) -> int | None:
        """The cluster of the speaker of the quotation token ``i`` is in, if any.

        ``starts`` are the quotations' first tokens (they come in text order).
        """
        quotes = resolver.quotes
        k = bisect.bisect_right(starts, i) - 1
        quote = quotes[k] if k >= 0 and i < quotes[k].end else None
        if quote is None or quote.speaker < 0:
            return None
        mi = self.owner.get(quote.speaker)
        return self.cluster_of[mi] if mi is not None else resolver.resolved.get(quote.speaker)

    def _points_back(self, token: Token) -> bool:
        """A bare "the man", "this guy": no modifier, clause or name to introduce someone new."""
        doc = self.doc
        if token.tag_ != "NN" or token.i in self.owner or phrases.describes(token):
            return False
        if token.dep_ in {"compound", "amod", "nmod", "appos", "poss"}:
            return False  # "the woman's card": "the" may be the possessed noun's
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
            return False  # "the woman Jane Doe"
        lefts = list(titles.near_lefts(token))
        if len(lefts) != 1 or lefts[0].dep_ != "det" or lefts[0].lower_ not in _POINTING:
            return False  # "a man", "the young man"
        return not any(c.dep_ in _INTRODUCING for c in token.children)

    def appositive_descriptions(self) -> None:
        """ "Clinton's opponent, Donald Trump", "the first lady, Michelle Obama": one person.

        A definite description before a comma and the person's name in
        apposition to it is a mention of that person too (the annotation
        guidelines' second-round ruling); its span is the role with its
        descriptive modifiers ("first lady") and an "of" complement ("the
        author of that boast"), without determiner or possessor. Kinship nouns
        are :meth:`relatives`. An indefinite one is a mention too (round 14: "another
        delegate, Jim Roe"), but not with a complement ("an attorney for him, Jane Doe":
        whose attorney is someone else, whom the pronoun resolver must not meet in her
        cluster). The name may carry its own title after the comma ("her rival, Ohio Gov.
        Tom Hale").
        """
        doc = self.doc
        for m in self.mentions:
            ci = self.cluster_of[self.owner[m.start]]
            root = titles.span_root(doc, m.start, m.end)
            head = root.head
            if self.clusters[ci].kind != "person" or root.dep_ != "appos":
                continue
            if head.i >= m.start or head.tag_ != "NN" or head.i in self.owner:
                continue
            before = self._before_title(m.start)
            if before == 0 or doc[before - 1].text != "," or head.lower_ in KIN_NOUNS:
                continue  # (at 0, doc[-1] would be the text's last token)
            if not phrases.is_person_noun(head.lower_):
                continue
            lefts = list(titles.near_lefts(head))
            if not any(c.dep_ == "poss" or c.lower_ in _APPOSITION_DETS for c in lefts):
                continue  # "attorneys for him, Jane Doe"
            complement = _complement_end(head, m.start)
            indefinite = any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in lefts)
            if indefinite and (complement or any(c.dep_ == "prep" for c in head.rights)):
                continue  # "an attorney for him, Jane Doe"
            end = complement or head.idx + len(head.text)
            start = phrases.descriptive_start(head, deps=_ROLE_MODIFIERS)
            self.info[ci].descriptions.append((start, end))

    def _before_title(self, start: int) -> int:
        """Where a name's own pre-modifying title starts ("her rival, **Ohio Gov.** John Roe"):
        the apposition's comma comes before the title, not before the name."""
        i = start
        while i > 0 and i - 1 in self.title_tokens and start - i < titles.MAX_TITLE_TOKENS:
            i -= 1
        return i

    def _home_bearers(self, role: str, clusters: set[int]) -> set[int]:
        """Of the bearers of a bare role, those whose title names no country.

        News qualifies a foreign office holder ("Russian President Vladimir
        Putin") and not the home one ("President Obama"), so a bare "the
        president" is the unqualified bearer. All of them when every one is
        qualified, or for a role already qualified ("0:president").
        """
        if ":" in role or len(clusters) < 2:
            return clusters
        home = {
            ci
            for ci in clusters
            if not any(
                head.endswith(":" + role)
                and self.clusters[int(head.partition(":")[0])].kind == "country"
                for head in self.info[ci].heads
            )
        }
        return home or clusters

    def _dominant(self, clusters: set[int]) -> int | None:
        """The one cluster, or the one with three times the mentions of any other."""
        if len(clusters) == 1:
            return next(iter(clusters))
        ranked = sorted(clusters, key=lambda ci: len(self.clusters[ci].mentions), reverse=True)
        top, runner = (len(self.clusters[ci].mentions) for ci in ranked[:2])
        return ranked[0] if top >= 3 and top >= _DOMINANCE * runner else None

    def org_descriptions(self) -> None:
        """Organisations and countries named by a definite common noun.

        "the museum" after "the National Museum of ...", "the fund" after the
        "International Monetary Fund": the head word of exactly one named
        organisation. "the agency" is the latest government agency named,
        "the bloc" the latest trade or political bloc, "the alliance" the
        latest military alliance; "the country" and "the nation" are the
        article's focal country (see :meth:`focal_country`). A possessive
        pronoun determines as "the" does ("her department", "our union"),
        but not before "country" ("our country" is the speaker's). One pass over the tokens with dict look-ups.
        """
        heads: dict[str, set[int]] = {}
        for ci, cluster in enumerate(self.clusters):
            if cluster.kind not in {"organization", "media"}:
                continue
            for mi in cluster.mentions:
                word = _org_head(self.mentions[mi].text)
                if word:
                    heads.setdefault(word, set()).add(ci)
        # "the department" after "Labor Department" and "Department of Labor" (two
        # clusters) or after two departments: the latest one named, as for a class noun
        shared = {
            w: {ci for ci in cs if self.clusters[ci].kind == "organization"}
            for w, cs in heads.items()
            if len(cs) > 1 and w not in _NOT_SHARED_HEADS
        }
        by_head = {w: next(iter(cs)) for w, cs in heads.items() if len(cs) == 1}
        classes: dict[str, set[int]] = dict(shared)
        for ci, cluster in enumerate(self.clusters):
            names = {self.mentions[mi].canonical or "" for mi in cluster.mentions}
            words = {_org_head(self.mentions[mi].text) for mi in cluster.mentions}
            for noun, (canonicals, name_heads) in gazetteer.CLASS_NOUNS.items():
                if names & canonicals or (cluster.kind == "organization" and words & name_heads):
                    classes.setdefault(noun, set()).add(ci)
        parties = {
            self.cluster_of[mi]
            for mi, m in enumerate(self.mentions)
            if m.canonical in gazetteer.PARTIES
        }
        if parties:  # "the party" after "GOP", "Republicans": the latest party named
            classes.setdefault("party", set()).update(parties)
        private = self._private_organizations()
        for noun in _PRIVATE_NOUNS | _BUSINESS_NOUNS:
            classes.setdefault(noun, set()).update(private)
        movements = self._movements()  # "the militant group" after "the Islamic State"
        for noun in _MOVEMENT_NOUNS:
            classes.setdefault(noun, set()).update(movements)
        outlets = {ci for ci, cluster in enumerate(self.clusters) if cluster.kind == "media"}
        for noun in _OUTLET_NOUNS:
            classes.setdefault(noun, set()).update(outlets)
        focal = self.focal_country()
        home = self._american_home(focal)
        doc = self.doc
        last_seen: dict[int, int] = {}  # cluster -> latest mention start token
        named_seen: dict[int, int] = {}  # the same, by name, not demonym
        countries = [ci for ci, c in enumerate(self.clusters) if c.kind == "country"]
        mention_at = {m.start: mi for mi, m in enumerate(self.mentions)}
        nouns = self.table.where_lower(set(by_head) | set(classes) | _FOCAL_NOUNS)
        for i in sorted(set(mention_at) | set(nouns)):
            token = doc[i]
            at = mention_at.get(token.i)
            if at is not None:
                last_seen[self.cluster_of[at]] = token.i
                if self.mentions[at].role != "demonym":  # "a Vietnamese prison" names no state
                    named_seen[self.cluster_of[at]] = token.i
                continue
            word = token.lower_
            # the small model tags a lower-case "bloc" NNP at times
            if token.tag_ not in {"NN", "NNP"} or not token.is_lower or token.i in self.owner:
                continue
            if token.dep_ in {"compound", "amod", "nmod"} or phrases.describes(token):
                continue  # "we can't be the party of freedom": what someone is, no mention
            if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
                continue
            det = next((c for c in titles.near_lefts(token) if c.dep_ in {"det", "poss"}), None)
            if det is None or det.lower_ not in _ORG_DETERMINERS:
                continue  # "a committee", "Obama's department"
            ours = det.lower_ == "our" and word in _HOMELAND_NOUNS and home is not None
            if (
                det.dep_ == "poss"
                and word in _FOCAL_NOUNS
                and not _third_person_homeland(det)
                and not ours
            ):
                continue  # "his government" is his cabinet; "our country" abroad the speaker's
            if word in _RECENT_NOUNS and any(c.dep_ in _INTRODUCING for c in token.rights):
                continue  # "the group of protesters", "the company that owns it": new
            target: int | None = None
            if word in by_head and by_head[word] in last_seen:
                target = by_head[word]
            elif word in classes:
                seen = [ci for ci in classes[word] if ci in last_seen]
                # "the appeals court": the Court of Appeals, not the Supreme Court
                wanted = {
                    gazetteer.CLASS_QUALIFIERS.get(t.lower_, t.lower_)
                    for t in doc[det.i + 1 : token.i]
                    if t.is_alpha
                }
                named = [ci for ci in seen if wanted & self._name_words(ci)]
                seen = named or seen  # "the existing military alliance": any alliance
                if seen:
                    target = max(seen, key=lambda ci: last_seen[ci])
                if not _class_noun_fits(token, det, qualified=bool(wanted) and not named):
                    target = None
                if word in shared and word not in gazetteer.CLASS_NOUNS and wanted and not named:
                    target = None  # "the new county": none of the counties named
                if target is not None and word in _RECENT_NOUNS:
                    sentence = self.table.sentence
                    if sentence[last_seen[target]] < sentence[i] - _PRIVATE_SENTENCES:
                        target = None  # a company named long before: another may be meant
            elif word in _FOCAL_NOUNS:
                state = home if ours else self._recent_country(countries, named_seen, i, word)
                if state is None and focal is not None and focal in last_seen:
                    state = focal
                between = {t.lower_ for t in doc[det.i + 1 : token.i]}
                if state is None or between - _NATIONAL_WORDS:
                    continue  # "the sanctions regime", "the state government"
                if not _as_place(token) and not _territory(token):
                    target = state  # "back into the country" is a place
            if target in movements and any(j in self.owner for j in range(det.i + 1, token.i)):
                continue  # "the Islamic State terrorist group": the name is the mention
            if target is None:
                continue
            first = det.i + 2 if doc[det.i + 1].lower_ == "own" else det.i + 1  # "his own party"
            rng = (doc[first].idx, token.idx + len(token.text))
            self.info[target].descriptions.append(rng)
            if word in _RECENT_NOUNS:  # "the group ... the group": named again, recent again
                last_seen[target] = token.i

    def _american_home(self, focal: int | None) -> int | None:
        """The United States as a speaker's "our country"/"our nation", unless the article is abroad.

        Unlike "the country", which picks up a state named before it, "our
        country" needs no mention before: the speaker's home is the article's
        American focus even where its first name comes later. The corpus is
        American news: with no country in the lead, the speakers are
        Americans and "our country" is the United States when it is named
        more often than any other country; when another country is named as
        often or more ("Mexico rejected the plan. ... a Mexican minister said
        ... The United States did not comment") the speaker may be its
        official, and "our country" stays unknown.
        """
        if focal is None:
            american = self._american_cluster()
            return american if american is not None and self._outnumbers(american) else None
        return focal if self._home_is_american(focal) else None

    def _outnumbers(self, ci: int) -> bool:
        """Whether country cluster ``ci`` has more mentions than every other country cluster."""
        size = len(self.clusters[ci].mentions)
        return all(
            len(cluster.mentions) < size
            for cj, cluster in enumerate(self.clusters)
            if cj != ci and cluster.kind == "country"
        )

    def _american_cluster(self) -> int | None:
        """The country cluster of the United States, if the text names it."""
        return next(
            (
                ci
                for ci, cluster in enumerate(self.clusters)
                if cluster.kind == "country"
                and any(self.mentions[mi].code == gazetteer.HOME_CODE for mi in cluster.mentions)
            ),
            None,
        )

    def _home_is_american(self, focal: int | None) -> bool:
        """Whether "our country" is the United States: the article's focal country is.

        The corpus is American news: a speaker's "our country"/"our nation"
        is the United States when the article is about it, but unknown when
        it is about another state (an American senator quoted on North Korea
        is no North Korean).
        """
        if focal is None:
            return False
        return any(
            self.mentions[mi].code == gazetteer.HOME_CODE for mi in self.clusters[focal].mentions
        )

    def _recent_country(
        self, countries: list[int], last_seen: dict[int, int], i: int, word: str
    ) -> int | None:
        """The country "the country" at token ``i`` picks up: one named in its sentence or the one before.

        "Obama visited Rangoon, in Burma. The country has changed": the
        latest country named that close, before the article's focal one.
        Not for "the government", which news uses for the home state's.
        """
        if word not in {"country", "nation"}:
            return None
        sentence = self.table.sentence
        near = [
            ci for ci in countries if ci in last_seen and sentence[last_seen[ci]] >= sentence[i] - 1
        ]
        return max(near, key=lambda ci: last_seen[ci]) if near else None

    def _private_organizations(self) -> set[int]:
        """Organisations that are no state body, party or international one: companies, groups.

        What "the company", "the firm" or "the group" can name: an organisation
        no gazetteer knows (parties, international and national bodies are in
        one) whose name has no word of a state organ ("Department", "Court").
        """
        found: set[int] = set()
        for ci, cluster in enumerate(self.clusters):
            if cluster.kind != "organization":
                continue
            ms = [self.mentions[mi] for mi in cluster.mentions]
            if any(m.canonical or m.org_country for m in ms):
                continue
            words = {w for m in ms for w in m.text.split()}
            if not words & (gazetteer.STATE_ORGAN_HEADS | _NOT_PRIVATE_WORDS):
                found.add(ci)
        return found

    def _movements(self) -> set[int]:
        """Militant movements and rights groups the gazetteer knows ("Islamic State", "Amnesty").

        Non-state bodies that news calls "the group" or "the organization"
        ("the militant group's leaders", "the rights group says") though a
        gazetteer names them, which keeps them out of the private organisations.
        """
        return {
            ci
            for ci, cluster in enumerate(self.clusters)
            if cluster.kind == "organization"
            and any(self.mentions[mi].canonical in _MOVEMENT_GROUPS for mi in cluster.mentions)
        }

    def place_descriptions(self) -> None:
        """ "the state" after "Ohio", "this city" after "Charlotte": the place named last.

        "the state" is the latest US state named (:data:`.gazetteer.US_STATES`),
        "the city" the latest other town or city; as the place an act is
        done in ("in the city", "across the state") it is no mention, and
        neither is a modifier ("state troopers") or a "state of ..." phrase.
        """
        doc = self.doc
        kinds: dict[int, str] = {}  # cluster -> "state" or "city"
        for ci, cluster in enumerate(self.clusters):
            texts = {self.mentions[mi].text for mi in cluster.mentions}
            if cluster.kind == "country":
                continue  # "Washington" for the United States
            if texts & gazetteer.US_STATES:
                kinds[ci] = "state"
            elif cluster.kind == "other" and all(
                self.mentions[mi].label == "GPE" for mi in cluster.mentions
            ):
                kinds[ci] = "city"
        if not kinds:
            return
        latest: dict[str, int] = {}
        mention_at = {m.start: mi for mi, m in enumerate(self.mentions)}
        for i in sorted(set(mention_at) | set(self.table.where_lower({"state", "city"}))):
            at = mention_at.get(i)
            if at is not None:
                kind = kinds.get(self.cluster_of[at])
                if kind is not None:
                    latest[kind] = self.cluster_of[at]
                continue
            token = doc[i]
            target = latest.get(token.lower_)
            if target is None or token.tag_ != "NN" or not self._names_place(token):
                continue
            self.info[target].descriptions.append((token.idx, token.idx + len(token.text)))

    def _names_place(self, token: Token) -> bool:
        """ "the city", "this state's": a definite bare noun that is not where something is."""
        if token.dep_ in {"compound", "amod", "nmod"} or phrases.describes(token):
            return False
        lefts = list(titles.near_lefts(token))
        if len(lefts) != 1 or lefts[0].lower_ not in {"the", "this"}:
            return False  # "a state", "the Southern state", "his city"
        if any(c.dep_ in _INTRODUCING for c in token.rights):
            return False  # "the state of emergency", "the city where he grew up"
        if token.dep_ == "pobj" and token.head.lower_ in _INTO_PLACE:
            return False
        if _territory(token):
            return False  # "all areas of the state", "corners of the state": its land
        return not _race_ground(token)

    def units(
        self, resolved: dict[int, int], quotes: Sequence[Quotation] = ()
    ) -> dict[tuple[int, str], list[tuple[int, int]]]:
        """A person's campaign, administration, team or family: an actor of its own.

        "the Trump campaign" is a mention of it (name and head: the name is no
        mention of Trump then), "Trump's campaign" and "her campaign" are
        ("campaign"; the possessor stays a mention of the person), and so is a
        later "the campaign" (the latest one named). "the administration" with
        none named before is the president's (the one person titled so). Keys are (person
        cluster, head noun), values character ranges; the person mentions
        folded into a unit are recorded in :attr:`folded`.
        """
        doc = self.doc
        out: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
        owners: dict[int, int] = {}  # possessor token -> person cluster
        for mi, m in enumerate(self.mentions):
            ci = self.cluster_of[mi]
            if self.clusters[ci].kind != "person":
                continue
            root = doc[m.end - 1]
            pac = _pac_after(doc, m.end) if m.label == "PERSON" else None
            if pac is not None:  # "the Bush super PAC", "Ted Cruz Super PAC": name and head
                out[(ci, _PAC_UNIT)].append((m.start_char, pac.idx + len(pac.text)))
                self.folded.add(mi)
                continue
            after = doc[m.end] if m.end < len(doc) else None
            if after is not None and self._titled_unit(m, after):
                out[(ci, _unit_key(after))].append((m.start_char, after.idx + len(after.text)))
                self.folded.add(mi)
                continue
            head = root.head
            if root.dep_ == "poss" and (_office_acts(head) or _owned_firm(head)):
                owners[root.i] = ci
            if not _is_unit_head(head):
                continue
            if root.dep_ == "compound" and head.i == m.end:
                out[(ci, _unit_key(head))].append((m.start_char, head.idx + len(head.text)))
                self.folded.add(mi)
            elif root.dep_ == "poss":
                owners[root.i] = ci
        for token_i, ci in resolved.items():
            owners[token_i] = ci
        owners.update(self._own_campaigns(resolved, quotes))
        for token_i, ci in owners.items():
            token = doc[token_i]
            head = token.head
            if token.dep_ == "poss" and _office_acts(head) and _possesses(token, head):
                out[(ci, "office")].append((head.idx, head.idx + len(head.text)))
                continue  # "his office said": the staff who act for him
            if token.dep_ == "poss" and _owned_firm(head):
                self._firm_of(ci, head, out)
                continue
            if token.dep_ == "poss" and _is_unit_head(head) and head.i > token.i:
                if _part_of_race(head) or _span_of_race(head) or _candidacy(head):
                    continue  # "a hallmark of his campaign", "during his campaign": his candidacy
                if _office_sought(head):
                    continue  # "his campaign for president is over": the candidacy
                if self.clusters[ci].kind != "person":
                    continue  # "the Fed's rate-hiking campaign", "its campaign against terror"
                if self._past_race(head):
                    continue  # "a spokeswoman for Hale's 2004 presidential campaign": a past race
                # "her presidential campaign", "his 2008 campaign": the phrase after the possessive
                start = _unit_start(head)
                rng = (start, head.idx + len(head.text))
                named = self._named_pac(head)
                if named is not None:  # "Right to Rise, his super PAC": the named one
                    self.info[named].descriptions.append(rng)
                    continue
                out[(ci, _unit_key(head))].append(rng)
        leader = self._role_bearer("president")
        lead: int | bool | None = False  # the article's main person, computed on first need
        latest: list[tuple[int, tuple[int, str]]] = sorted(
            (rng[0], key) for key, ranges in out.items() for rng in ranges
        )
        starts = [p for p, _ in latest]
        covered = {rng[1] for ranges in out.values() for rng in ranges}
        for i in self.table.where_lower(_UNIT_HEADS | {_PAC_HEAD}):
            token = doc[i]
            if not _is_unit_head(token) or token.idx + len(token.text) in covered:
                continue  # "the Trump campaign", "her campaign": found above
            if any(c.dep_ == "poss" for c in token.children):
                continue  # someone else's: "the party's campaign"
            det = next((c for c in titles.near_lefts(token) if c.dep_ == "det"), None)
            if det is None or det.lower_ != "the" or token.dep_ == "compound":
                continue
            if i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
                continue
            if token.lower_ == _PAC_HEAD and doc[i - 2].i != det.i:
                continue  # "the Conservative Solutions super PAC": a name of its own
            if _the_race(token) or _part_of_race(token) or self._past_race(token):
                continue  # "during the campaign", "the 2008 campaign of X": the race
            if _office_sought(token):
                continue  # "the campaign for the Democratic nomination": the race
            k = bisect.bisect_left(starts, token.idx) - 1
            key = _unit_key(token)
            covered_end = token.idx + len(token.text)
            while k >= 0 and latest[k][1][1] != key:
                k -= 1
            rng = (_unit_start(token) if token.lower_ == _PAC_HEAD else token.idx, covered_end)
            if k >= 0:
                out[latest[k][1]].append(rng)
            elif token.lower_ == "administration" and leader is not None:
                out[(leader, "administration")].append(rng)  # the president's
            elif token.lower_ == "campaign" and _campaign_acts(token):
                if lead is False:
                    lead = self._main_person()
                if isinstance(lead, int):  # "the campaign told reporters": the main candidate's
                    out[(lead, "campaign")].append(rng)
        return out

    def _firm_of(
        self, ci: int, head: Token, out: dict[tuple[int, str], list[tuple[int, int]]]
    ) -> None:
        """ "Trump's company", "his own firm", "Fiorina's speaking firm": the person's business.

        An organisation of its own, like a person's campaign, or the one named
        in apposition ("Mr. Ackman's firm, Pershing Square Capital").
        """
        rng = (_firm_start(head), head.idx + len(head.text))
        for child in titles.near_rights(head):
            mi = self.owner.get(child.i)
            if child.dep_ == "appos" and mi is not None:
                named = self.cluster_of[mi]
                if self.clusters[named].kind == "organization":
                    self.info[named].descriptions.append(rng)
                    return
        out[(ci, "company")].append(rng)

    def _titled_unit(self, m: Mention, after: Token) -> bool:
        """ "Clinton campaign manager Robby Mook": a person's unit inside another person's
        job title is the job's employer, a mention (rounds 20-21), whichever word the parser
        hung the name on (often the job noun, "Clinton" of "manager", not of "campaign")."""
        return (
            m.start in self.title_tokens
            and _is_unit_head(after)
            and self.employs_in_title(after.i + 1)
        )

    def _past_race(self, head: Token) -> bool:
        """ "Obama's 2008 campaign", "Romney's presidential campaign four years ago": an old race.

        A campaign dated to a year before the latest year the text names is
        a past candidacy, mostly told as someone's former post ("a
        spokeswoman for Gore's 2000 presidential campaign") or history ("her
        2008 campaign kept going"): the annotators mark 2 of 13 such. The
        article's date is not at hand here; the years it names bound the
        present from below, and news dates its current race rarely. A year
        given as a deadline ("cut emissions by 2030", "until 2025") is a
        target, not the present, and does not count.
        """
        if head.lower_ != "campaign":
            return False
        year = _race_year(head)
        if year is None:
            return False
        if self._latest_year is None:
            found = self.table.where_lower(_YEARS)
            self._latest_year = max(
                (int(self.doc[i].text) for i in found if not _deadline(self.doc[i])), default=0
            )
        return year < self._latest_year

    def _own_campaigns(
        self, resolved: dict[int, int], quotes: Sequence[Quotation]
    ) -> dict[int, int]:
        """ "my campaign", "our campaign" in a person's quotation: the speaker's campaign.

        A candidate quoted on "my campaign would be over" or "beneficial for
        our campaign" speaks of the organisation that runs for him, as "his
        campaign" does. Returns possessor token -> speaker cluster.
        ``quotes`` are the resolver's quotations (read again only when none
        are given and such a phrase occurs).
        """
        doc = self.doc
        found = [
            i
            for i in self.table.where_lower(_FIRST_POSSESSIVES)
            if doc[i].dep_ == "poss" and doc[i].head.lower_ == "campaign" and doc[i].head.i == i + 1
        ]
        if not found:
            return {}
        if not quotes:
            quotes = quotations(doc, doc.text, self.table.sentence, self.table)
        starts = [q.start for q in quotes]
        out: dict[int, int] = {}
        for i in found:
            k = bisect.bisect_right(starts, i) - 1
            if k < 0 or i >= quotes[k].end or quotes[k].speaker < 0:
                continue
            speaker = quotes[k].speaker
            mi = self.owner.get(speaker)
            ci = self.cluster_of[mi] if mi is not None else resolved.get(speaker)
            if ci is not None and self.clusters[ci].kind == "person":
                out[i] = ci
        return out

    def _named_pac(self, head: Token) -> int | None:
        """The organisation a possessed super PAC is in apposition with, by its cluster.

        "Right to Rise, his super PAC," and "his super PAC, Right to Rise," name
        one organisation: the description is a mention of the name's actor.
        """
        if head.lower_ != _PAC_HEAD:
            return None
        near = [head.head] if head.dep_ == "appos" else []
        near += [c for c in head.rights if c.dep_ == "appos"]
        for token in near:
            mi = self.owner.get(token.i)
            if mi is not None and self.clusters[self.cluster_of[mi]].kind == "organization":
                return self.cluster_of[mi]
        return None

    def _main_person(self) -> int | None:
        """The person the article is about: mentioned half again as often as anyone else."""
        counts = sorted(
            (len(c.mentions), ci) for ci, c in enumerate(self.clusters) if c.kind == "person"
        )
        if not counts or (len(counts) > 1 and counts[-1][0] < _FOCUS_DOMINANCE * counts[-2][0]):
            return None
        return counts[-1][1]

    def _role_bearer(self, role: str) -> int | None:
        """The one person a bare role noun names ("the president"), as :meth:`descriptions` finds."""
        bearers = {
            ci
            for ci, info in enumerate(self.info)
            if self.clusters[ci].kind == "person" and role in info.heads
        }
        return self._dominant(self._home_bearers(role, bearers)) if bearers else None

    def relatives(
        self, resolved: dict[int, int], gender: Sequence[Gender | None] = ()
    ) -> dict[str, tuple[ActorKind, list[tuple[int, int]], int]]:
        """ "his wife", "Cruz's father", "my mother": a person named by kinship.

        The mention is the kinship noun. It is the person named in apposition
        ("his wife, Heidi,") and every other mention of the same relative of
        the same person is too; else the one person of the family the text
        names ("Hillary Clinton ... her husband" is Bill Clinton: see
        :meth:`_family_member`, ``gender`` the resolver's per cluster);
        otherwise the relatives are actors of their own, one per (person,
        relation). A noun right before a name is a title ("his wife Melania
        Trump": the name is the mention).
        """
        doc = self.doc
        found: dict[str, list[tuple[int, int]]] = defaultdict(list)
        named: dict[str, int] = {}
        kin_of: dict[int, set[str]] = defaultdict(set)  #: person cluster -> its kin nouns
        for i in self.table.where_lower(KIN_NOUNS | _RELATIONAL_NOUNS.keys()):
            token = doc[i]
            if token.dep_ == "appos" and token.lower_ in KIN_NOUNS:
                # "Mary Smith, his sister,": the name right before the comma (the parser
                # may hang "X and Melania Trump, Donald Trump's wife" on X)
                edge = token.left_edge.i
                person = self.owner.get(edge - 2) if doc[edge - 1].text == "," else None
                if edge >= 2 and person is not None:
                    kin_of[self.cluster_of[person]].add(token.lower_)
            if token.tag_ != "NN" or token.dep_ in {"compound", "amod", "nmod", "appos"}:
                continue
            if token.lower_ in _RELATIONAL_NOUNS and not self._relational(token):
                continue
            if i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
                continue
            owner = next((c for c in titles.near_lefts(token) if c.dep_ == "poss"), None)
            if owner is None or owner.lower_ in {"their", "your"}:
                continue  # "torn from their spouse": anyone's
            mi = self.owner.get(owner.i)
            who = resolved.get(owner.i) if mi is None else self.cluster_of[mi]
            word = _RELATIONAL_NOUNS.get(token.lower_, token.lower_)  # "lawyer" = "attorney"
            key = f"{who if who is not None else '?' + str(i)}:{word}"
            start = token.idx
            if i > 0 and doc[i - 1].dep_ == "amod" and doc[i - 1].head.i == i:
                start = phrases.descriptive_start(token)  # "his onetime rival", "his former wife"
                if token.lower_ in KIN_NOUNS:  # "his young son": "son"
                    start = _kin_start(token, start)
            found[key].append((start, token.idx + len(token.text)))
            for child in titles.near_rights(token):
                person = self.owner.get(child.i)
                if child.dep_ == "appos" and person is not None:
                    ci = self.cluster_of[person]
                    if self.clusters[ci].kind == "person":
                        named.setdefault(key, ci)
                        kin_of[ci].add(word)
        out: dict[str, tuple[ActorKind, list[tuple[int, int]], int]] = {}
        for key, ranges in found.items():
            member = named.get(key)
            if member is None:
                member = self._family_member(key, gender, kin_of)
            if member is not None:
                self.info[member].descriptions.extend(ranges)
            else:
                out["kin:" + key] = ("person", ranges, -1)
        self._entourage(resolved, out)
        self._introduced(out)
        self._unnamed_home(out)
        return out

    def _family_member(
        self, key: str, gender: Sequence[Gender | None], kin_of: dict[int, set[str]]
    ) -> int | None:
        """The one other person named with the possessor's surname who fits the relation.

        A spouse mostly shares the family name, and news names the spouse in
        full somewhere ("Bill Clinton", "Ghazala Khan"):
        "her husband" of Hillary Clinton is Bill Clinton, "his wife" of Khizr Khan
        Ghazala Khan. Only when exactly one such person fits the relation's gender
        (a known gender must match; of several, only those of the known gender
        count): "her husband" beside two other Clinton men stays apart. Not one
        the text calls another relative ("Mary Smith, his sister, ... His wife"):
        ``kin_of`` holds each person's kin nouns in apposition.
        ``key`` is relatives' "<possessor cluster>:<noun>".
        """
        owner, _, word = key.partition(":")
        want = _KIN_GENDER.get(word)
        if want is None or not owner.isdigit():
            return None
        who = int(owner)
        if self._families is None:  # surname -> person clusters, built once per document
            self._families = defaultdict(set)
            for ci in range(len(self.clusters)):
                for name in self._surnames(ci):
                    self._families[name].add(ci)
        kin = {ci for name in self._surnames(who) for ci in self._families.get(name, ())}
        fits: list[int] = []
        for ci in sorted(kin - {who}):
            if kin_of.get(ci, set()) - {word}:
                continue  # "Mary Smith, his sister": not "his wife"
            known = gender[ci] if ci < len(gender) else None
            if known in (want, None):
                fits.append(ci)
        if len(fits) > 1:
            fits = [ci for ci in fits if ci < len(gender) and gender[ci] == want]
        return fits[0] if len(fits) == 1 else None

    def _surnames(self, ci: int) -> set[str]:
        """The family names of a person cluster's full names ("Bill Clinton" -> "clinton")."""
        if self.clusters[ci].kind != "person":
            return set()
        return {
            self.mentions[mi].surname
            for mi in self.clusters[ci].mentions
            if len(self.mentions[mi].name_tokens) >= 2
        } - {""}

    def _unnamed_home(self, out: dict[str, tuple[ActorKind, list[tuple[int, int]], int]]) -> None:
        """ "our country", "our nation" in an article that names no country: one unnamed country.

        A campaign story may never name the United States, yet its speakers
        talk of "our country" (the state they would lead or defend). Which
        country that is the text does not say, so it is a country actor of its
        own with no code rather than a guessed one (:meth:`_american_home` files
        it under the United States when the text names it). Not where it is a place ("in our country") or land
        ("entering our country"). "the country", "this nation" join it where the state acts
        or is acted upon (:func:`_home_acts`: "the country would suffer", "rally the country",
        "destroying this country"), as annotators mark them; where something happens in or
        across it ("in this country", "across the nation") it stays a place. Adds to ``out``
        (key "home:country").
        """
        if any(cluster.kind == "country" for cluster in self.clusters):
            return
        doc = self.doc
        for i in self.table.where_lower(_HOMELAND_NOUNS):
            token = doc[i]
            if token.tag_ != "NN" or not token.is_lower or i in self.owner:
                continue
            if not self._speakers_home(token) and not _home_acts(token):
                continue
            out.setdefault("home:country", ("country", [], -1))[1].append(
                (token.idx, token.idx + len(token.text))
            )

    def _speakers_home(self, token: Token) -> bool:
        """ "our country" right after "our", no modifier, predicate, place or land."""
        if token.dep_ in {"compound", "amod", "nmod"} or phrases.describes(token):
            return False
        lefts = list(titles.near_lefts(token))
        if len(lefts) != 1 or lefts[0].dep_ != "poss" or lefts[0].lower_ != "our":
            return False
        if token.i + 1 < len(self.doc) and self.doc[token.i + 1].pos_ == "PROPN":
            return False
        return not _as_place(token) and not _territory(token)

    def _introduced(self, out: dict[str, tuple[ActorKind, list[tuple[int, int]], int]]) -> None:
        """ "a client ... the client": an unnamed person brought in, then pointed back at.

        An indefinite singular person noun ("a client", "another young
        associate") that a later definite bare "the client" / "this client"
        takes up refers to one specific person (the guidelines' third-round
        ruling on indefinites that are specific): one person actor with every
        such mention, the indefinite's span with its descriptive modifiers.
        Without a definite after it an indefinite stays no mention ("an
        analyst said"). Tokens are created only at indefinite articles and at
        the nouns they introduced.
        """
        doc = self.doc
        taken = {end for info in self.info for _, end in info.descriptions}
        taken |= {end for _, ranges, _ in out.values() for _, end in ranges}
        taken |= {d[1].end_char for d in self.decisions.values() if d[1] is not None}
        intros: dict[str, int] = {}  # noun -> its latest indefinite head
        for i in self.table.where_lower(_INDEFINITE - {"one"}):
            head = doc[i].head
            if doc[i].dep_ == "det" and head.i > i and self._introduces_person(head):
                intros.setdefault(head.lower_, head.i)
        if not intros:
            return
        latest: dict[str, int] = {}
        for i in sorted(set(self.table.where_lower(intros)) | set(intros.values())):
            token = doc[i]
            if intros.get(token.lower_) is not None and self._introduces_person(token):
                latest[token.lower_] = i
                continue
            first = latest.get(token.lower_)
            end = token.idx + len(token.text)
            if first is None or end in taken or not self._takes_up(token):
                continue
            head = doc[first]
            if head.idx + len(head.text) in taken:
                continue  # "a U.S. district judge": a phrase actor already
            key = f"intro:{first}"
            if key not in out:
                start = phrases.descriptive_start(head, deps=_ROLE_MODIFIERS)
                out[key] = ("person", [(start, head.idx + len(head.text))], -1)
            out[key][1].append((token.idx, end))

    def _relational(self, token: Token) -> bool:
        """ "his attorney", "Pagliano's lawyer": a relational noun possessed by a person.

        Not a predicate or an apposition ("X, his attorney, said" is X),
        not "as his lawyer", not with a noun modifier ("his TV doctor"), and
        only when the possessor is a person or "his"/"her"/"my" (not "its",
        "their", "our": a body's staff). Not "successor": mostly no one yet.
        """
        if phrases.describes(token):
            return False
        lefts = list(titles.near_lefts(token))
        if any(c.dep_ in {"compound", "nmod"} for c in lefts):
            return False  # "his TV doctor", "his New York doctor": a phrase of its own
        if any(c.dep_ == "appos" for c in titles.near_rights(token)):
            return False  # "her rival, Jane Doe": the name's (appositive_descriptions)
        owner = next((c for c in lefts if c.dep_ == "poss"), None)
        if owner is None or any(j in self.owner for j in range(owner.i + 1, token.i)):
            return False  # "his former Democratic rival": a phrase with a name in it
        if owner.lower_ in _PERSONAL_POSSESSIVES:
            return True
        mi = self.owner.get(owner.i)
        return mi is not None and self.clusters[self.cluster_of[mi]].kind == "person"

    def _introduces_person(self, head: Token) -> bool:
        """ "a client", "another young associate": an indefinite person noun, no predicate or title."""
        if head.tag_ != "NN" or head.i in self.owner or not _one_person_noun(head.lower_):
            return False
        if head.dep_ in _ROLE_MODIFIERS or phrases.describes(head):
            return False  # "a client meeting", "Lynch, a lawyer", "he was a client"
        if any(c.dep_ == "relcl" for c in head.rights):
            return False  # "a woman who went through ...": mostly a kind of person
        if not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in head.lefts):
            return False
        nxt = head.i + 1
        return not (nxt < len(self.doc) and self.doc[nxt].pos_ == "PROPN")

    def _takes_up(self, token: Token) -> bool:
        """ "the client", "this client": a bare definite noun that points back, not a new one."""
        if token.tag_ != "NN" or token.i in self.owner or phrases.describes(token):
            return False
        if token.dep_ in _ROLE_MODIFIERS or token.dep_ == "appos":
            return False
        if token.i + 1 < len(self.doc) and self.doc[token.i + 1].pos_ == "PROPN":
            return False  # "the client Jane Doe"
        if any(c.dep_ in _INTRODUCING and c.dep_ != "relcl" for c in token.rights):
            return False  # "the candidate of their choice": a kind, not the one brought in
        lefts = list(titles.near_lefts(token))
        return len(lefts) == 1 and lefts[0].dep_ == "det" and lefts[0].lower_ in _POINTING

    def _entourage(
        self, resolved: dict[int, int], out: dict[str, tuple[ActorKind, list[tuple[int, int]], int]]
    ) -> None:
        """ "his aides", "Obama's advisers", "Clinton aides": the people around a person.

        A group of its own, one per (person, noun), affiliated with the person;
        the possessor stays the person's mention ("Obama's" "aides"). A
        person's rivals are such a group too (the guidelines' session-7 ruling:
        "his rivals" in one race). The span keeps the words between possessor
        and noun that say which of them ("his top aides", "her trusted
        advisers"), not a quantifier ("his many critics").
        """
        doc = self.doc
        for i in self.table.where_lower(ENTOURAGE_NOUNS | _RIVAL_NOUNS.keys()):
            token = doc[i]
            if token.pos_ != "NOUN" or token.dep_ in {"compound", "amod", "nmod", "appos"}:
                continue
            lefts = list(titles.near_lefts(token))
            owner = next((c for c in lefts if c.dep_ in {"poss", "compound"}), None)
            if owner is None or any(c.dep_ == "nummod" for c in lefts):
                continue  # "his three remaining opponents": a counted group, see groups.py
            mi = self.owner.get(owner.i)
            who = resolved.get(owner.i) if mi is None else self.cluster_of[mi]
            if who is None or self.clusters[who].kind != "person":
                continue
            start = _entourage_start(token, owner)
            if owner.dep_ == "compound" and token.lower_ not in _FOLLOWERS:
                # "Clinton aides": one name for the group
                if mi is None or mi in self.decisions:
                    continue
                start = self.mentions[mi].start_char
                self.decisions[mi] = ("drop", None)
            word = _RIVAL_NOUNS.get(token.lower_, token.lemma_.lower())
            key = f"entourage:{who}:{word}"
            entry = out.setdefault(key, ("group", [], who))
            entry[1].append((start, token.idx + len(token.text)))
            self.group_heads[i] = ("phrase", key)


def _entourage_start(token: Token, owner: Token) -> int:
    """Where "his top aides" starts: the first modifier of the noun after its possessor.

    Not a degree ("her closest aides", "his most vocal backers"): the gold
    spans leave superlatives out.
    """
    for child in token.children:
        if child.i >= token.i:
            break
        if child.i <= owner.i or child.dep_ not in _ROLE_MODIFIERS or not child.is_alpha:
            continue
        if child.lower_ in _NOT_WHICH or child.tag_ == "JJS":
            continue
        if child.nbor(-1).lower_ in _DEGREE or any(c.dep_ == "advmod" for c in child.children):
            continue
        return child.left_edge.idx if child.left_edge.i > owner.i else child.idx
    return token.idx


def _told_of(token: Token) -> bool:
    """A race role that acts or owns in a statement ("the candidate promised", "the candidate's
    plan"): the article's main person when no one was named just before (rounds 19-23 mark
    10 of 10 such roles), unlike a question or a condition ("Can the candidate win ...?",
    "if the candidate is X": anyone who holds it)."""
    if token.lower_ not in _RACE_ROLES or token.dep_ not in {"nsubj", "nsubjpass", "poss"}:
        return False
    head = token.head if token.dep_ != "poss" else token.head.head
    if head.lemma_ == "be" or any(c.dep_ == "mark" for c in head.children):
        return False
    sent = token.sent
    return sent[-1].text != "?" and sent[0].lower_ not in {"if", "when", "whether", "whoever"}


def _secretary_end(token: Token) -> int | None:
    """The end of "secretary of state" after ``token``, ``None`` for another secretary."""
    doc = token.doc
    if token.lower_ != "secretary" or token.i + 2 >= len(doc):
        return None
    if doc[token.i + 1].lower_ != "of" or doc[token.i + 2].lower_ != "state":
        return None
    return doc[token.i + 2].idx + len(doc[token.i + 2].text)


class _Focus:
    """The person a stretch of text is on, for a role no title in the text names.

    "The candidate", "the former secretary of state", "the billionaire":
    news names the figure it is about, then calls them by a role. The
    referent is among the people named in the role's sentence before it and
    in the sentence before that; of several, the one the article is about:
    the one with :data:`_FOCUS_DOMINANCE` times the mentions of any other
    there (session 9; the one person named in four sentences, session 7,
    found a tenth of them). An office ("the senator", "the governor") is
    not someone whose titles name another office; a party or state in the
    role ("the Democratic front-runner") prefers a person a title or tag
    affiliates with it.
    """

    def __init__(self, state: Descriptions) -> None:
        self.state = state
        self.sent_starts = [s.start for s in state.doc.sents]
        self.named = sorted(
            (m.start, state.cluster_of[mi])
            for mi, m in enumerate(state.mentions)
            if state.clusters[state.cluster_of[mi]].kind == "person" and mi not in state.folded
        )
        self.starts = [t for t, _ in self.named]
        self.parties = {
            state.cluster_of[mi]
            for mi, m in enumerate(state.mentions)
            if m.canonical in gazetteer.PARTIES
        }

    def person(self, i: int, qualifiers: set[int], role: str, *, placed: bool) -> int | None:
        """``placed``: a capitalised word qualifies the role ("the Florida senator")."""
        s = bisect.bisect_right(self.sent_starts, i) - 1
        lo_token = self.sent_starts[max(0, s - _FOCUS_SENTENCES)]
        lo = bisect.bisect_left(self.starts, lo_token)
        hi = bisect.bisect_left(self.starts, i)
        info = self.state.info
        seen = dict.fromkeys(ci for _, ci in self.named[lo:hi])
        named = [ci for ci in seen if _may_hold(info[ci].heads, role)]
        if not placed:  # "Sen. Jane Roe ... the senator": the one titled so
            named = [ci for ci in named if role in info[ci].heads] or named
        if qualifiers:
            named = self._affiliated(named, qualifiers)
        clusters = self.state.clusters
        ranked = sorted(named, key=lambda ci: len(clusters[ci].mentions), reverse=True)
        if not ranked:
            return None
        if len(ranked) > 1:
            top, runner = (len(clusters[ci].mentions) for ci in ranked[:2])
            if top < _FOCUS_DOMINANCE * runner:
                return None
        return ranked[0]

    def _affiliated(self, named: list[int], qualifiers: set[int]) -> list[int]:
        """Those of ``named`` a title or tag affiliates with a qualifier of the role.

        When none is, those not affiliated with another party when the
        qualifier is a party ("the GOP nominee" is not a titled Democrat).
        """
        info = self.state.info
        found = [ci for ci in named if qualifiers & set(info[ci].votes)]
        if found or not qualifiers & self.parties:
            return found or named
        return [ci for ci in named if not set(info[ci].votes) & self.parties]


def _may_hold(heads: set[str], role: str) -> bool:
    """Whether someone with these title heads may hold the role: no other role named.

    "the senator" is not the one titled "Gov." or "spokeswoman" in the text;
    roles that are no office ("the candidate", "the billionaire") fit anyone.
    """
    base = role.rpartition(" ")[2]
    if base not in _OFFICES:
        return True
    held = {h.rpartition(":")[2].rpartition(" ")[2] for h in heads} - _RACE_ROLES
    return not held or base in held


def _kin_start(token: Token, start: int) -> int:
    """Where a relative's span starts: at the adjectives that say which relative.

    "his former wife", "her 14-year-old son", "his older brother", "his
    Cuba-born father" pick one relative out of several and stay in the span;
    "his young son", "his successful father" only describe the one there is
    and stay out, like any judgement. ``start``: where the modifiers start.
    """
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].idx >= start:
        t = doc[i]
        if t.head.i == token.i and t.dep_ == "amod" and not _says_which(t):
            return doc[i + 1].idx
        i -= 1
    return start


def _says_which(modifier: Token) -> bool:
    """ "former", "older", "eldest", "14-year-old", "Cuba-born": a modifier that picks a relative out."""
    doc = modifier.doc
    words = doc[modifier.left_edge.i : modifier.i + 1]
    return (
        modifier.lower_ in _WHICH_RELATIVE
        or modifier.tag_ in {"JJR", "JJS"}
        or any(t.text == "-" or t.like_num for t in words)
    )


def _set_off(clause: Token) -> bool:
    """A relative clause after a comma ("the senator, who spoke"): it adds, it does not pick out."""
    edge = clause.left_edge.i
    return clause.dep_ == "relcl" and edge > 0 and clause.doc[edge - 1].text == ","


def _complement_end(head: Token, limit: int) -> int | None:
    """The end of an "of" complement of ``head`` before token ``limit`` ("author of that boast")."""
    for prep in titles.near_rights(head):
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.right_edge.i < limit:
            last = prep.right_edge
            return last.idx + len(last.text)
    return None


def _introduces(token: Token) -> bool:
    """ "sent photos to another woman": an indefinite that brings in someone unnamed.

    Not a predicate ("if Trump were a woman") and not one with a relative
    clause, which mostly describes a kind ("a woman who went through ...").
    """
    if not any(c.lower_ in _INDEFINITE for c in token.lefts) or phrases.describes(token):
        return False
    return not any(c.dep_ == "relcl" for c in token.rights)


def _class_noun_fits(token: Token, det: Token, *, qualified: bool) -> bool:
    """Whether a class noun may name the latest member named, by its words around it.

    ``qualified``: words before it name none of the members ("the central
    bank" after "Wells Fargo": another bank). An outlet's noun must be bare
    and no medium (:func:`_bare_outlet`); "the party" must be bare ("the
    other party" is a side in court) but for "own" after a possessive ("his own party").
    """
    word = token.lower_
    if word in _OUTLET_NOUNS:
        return _bare_outlet(token, det)
    if word == "party":  # "his own party": the possessor's, as "his party" is
        own = det.dep_ == "poss" and token.i == det.i + 2 and token.nbor(-1).lower_ == "own"
        return token.i == det.i + 1 or own
    return not (word in _BUSINESS_NOUNS and qualified)


def _bare_outlet(token: Token, det: Token) -> bool:
    """ "the network", "its website": an outlet's noun with nothing between, not a medium.

    "in the newspaper", "on the network" are where something appears, and a
    modifier ("this online network") describes a thing that is no outlet.
    """
    if token.i != det.i + 1:
        return False
    return not (token.dep_ == "pobj" and token.head.lower_ in {"in", "on"})


def _one_person_noun(word: str) -> bool:
    """A noun for one person that an indefinite can bring in ("a client", "a partner").

    The closed lists of roles and relations and the suffixes "-ist", "-ian",
    "-ee", not "-er"/"-or", which also make things ("a server", "a monitor").
    """
    if word in _GENERIC_ROLES:
        return False
    if word in _INTRODUCED_NOUNS or word in UNSUFFIXED_PERSON_NOUNS:
        return True
    if word in gazetteer.PERSON_ROLES or word in gazetteer.RELATION_NOUNS:
        return True
    return len(word) > 5 and word.endswith(("ist", "ian", "ee")) and phrases.is_person_noun(word)


def _third_person_homeland(det: Token) -> bool:
    """ "their country", "his nation": the state of someone the text has named.

    Not "our country": a speaker in a quotation may be from another state than
    the one the article is about (an American senator on North Korea).
    """
    return det.lower_ in {"their", "his", "her", "its"} and det.head.lower_ in _HOMELAND_NOUNS


def _home_acts(token: Token) -> bool:
    """ "the country would suffer", "rally the country", "the nation's direction": the state acting.

    A definite "the/this country" as a subject, an object, a goal ("bring change to the
    country") or a possessor of what it does or has as a body. Not a place or land
    (:func:`_as_place`, :func:`_territory`), a route ("crisscross the country"), a
    ranking ("the nation's largest union", "the nation's top diplomat": a superlative
    that picks out the thing, the session-14 ruling on places as topics) or a topic
    ("the nation's population").
    """
    lefts = list(titles.near_lefts(token))
    if len(lefts) != 1 or lefts[0].lower_ not in _HOME_POINTING:
        return False
    if phrases.describes(token) or _as_place(token) or _territory(token):
        return False
    doc = token.doc
    nxt = token.i + 1
    if nxt < len(doc) and doc[nxt].lower_ in {"'s", "’s"}:
        return not _ranked(doc, nxt + 1)
    head = token.head
    if token.dep_ in {"nsubj", "nsubjpass"}:
        return True
    if token.dep_ == "dobj":
        return head.lemma_.lower() not in _HOME_NOT_ACTED_ON
    return token.dep_ == "pobj" and head.lower_ in {"to", "against"}


def _ranked(doc: Doc, i: int) -> bool:
    """A superlative, ordinal, count or topic after a possessive: "the nation's largest union"."""
    for token in doc[i : i + 3]:
        if token.tag_ in {"JJS", "RBS", "CD"} or token.lower_ in _RANKS:
            return True
        if token.pos_ == "NOUN":
            return token.lemma_.lower() in _HOME_TOPICS
    return False


#: Words that rank what a possessive state has: "the nation's top diplomat".
_RANKS = frozenset({"top", "first", "second", "third", "last", "next", "only", "leading"})
#: What a state has as a place, not as an actor: "the nation's population".
_HOME_TOPICS = frozenset({"population", "geography", "history", "map", "capital"})


def _race_ground(token: Token) -> bool:
    """ "won the state", "barnstorming the state", "the state's primary", "the voters of this
    state": the state as the ground of a race, no actor.

    The twin of what :mod:`.places` rules for a state's name ("won Ohio", "Ohio's voters",
    "the voters of Iowa", the session-14 ruling on states that go for a candidate): a
    result or a route of a campaign, or the possessor of the race's people and contests,
    is where the race is run. The state acting or acted upon ("the state admitted",
    "sued the state", "the state's new bathroom bill") stays a mention.
    """
    head = token.head
    lemma = head.lemma_.lower()
    if token.dep_ == "dobj":
        if lemma == "take":  # "take the state", not "take the state to court"
            return not _has_prep(head, "to")
        if lemma == "lose":  # "lost the state to Lee", not "lose the state as a partner"
            return _has_prep(head, "to", "by")
        return lemma in _RACE_GROUND_VERBS
    if token.dep_ == "poss":
        return head.i > token.i and lemma in _RACE_GROUND_PARTS
    if token.dep_ == "pobj" and head.lower_ == "of":
        owner = head.head
        return owner.i < token.i and owner.lemma_.lower() in _RACE_GROUND_PEOPLE
    if token.dep_ == "nsubjpass":
        return lemma == "decide"  # "the state was decided", not "the state decided to appeal"
    if token.dep_ == "nsubj":
        if lemma == "vote":  # "voted for Hale", not "voted to expand Medicaid"
            return _has_prep(head, "for")
        if lemma == "go":  # "went for Hale", "went to Hale", not "went to court"
            return _has_prep(head, "for") or any(
                c.dep_ == "prep" and c.lower_ == "to" and any(g.pos_ == "PROPN" for g in c.children)
                for c in head.children
            )
        return lemma in _RACE_OUTCOMES
    return False


def _has_prep(verb: Token, *words: str) -> bool:
    """Whether ``verb`` has a prepositional phrase opened by one of ``words``."""
    return any(c.dep_ in {"prep", "dative"} and c.lower_ in words for c in verb.children)


#: Verbs whose object is a race's ground: what a candidate wins, loses, tours or works.
_RACE_GROUND_VERBS = gazetteer.RACE_GROUND_VERBS | {"barnstorm", "work", "canvass"}
#: A state's race parts ("the state's primary", "the state's 475 delegates").
_RACE_GROUND_PARTS = frozenset(
    {
        "primary",
        "caucus",
        "caucuses",
        "contest",
        "voter",
        "electorate",
        "delegate",
        "ballot",
        "convention",
        "district",
        "population",
        "poll",
        "race",
        "election",
    }
)
#: People a state is home to: "the voters of this state", "the men and women of the state".
_RACE_GROUND_PEOPLE = frozenset({"voter", "people", "man", "woman", "resident", "citizen"})
#: What a state does as a result: "the state flipped" ("went for", "voted for" and "was
#: decided" are read by :func:`_race_ground` itself).
_RACE_OUTCOMES = frozenset({"flip", "swing"})
#: Verbs whose "the country" object is no state acted on: a race's ground, a place left or
#: travelled ("he left the country", "traveled the country"), a whole split or included.
_HOME_NOT_ACTED_ON = _RACE_GROUND_VERBS | frozenset(
    {"include", "divide", "face", "leave", "travel", "visit", "roam", "cross", "tour", "flee"}
)
#: Determiners with which "country" or "nation" is the unnamed home ("that country" points
#: at one named before).
_HOME_POINTING = _POINTING - {"that"}


def _unit_start(head: Token) -> int:
    """Where a possessed unit's span starts: at the words that say which one it is.

    "her presidential campaign", "his 2008 campaign", "Clinton's first Senate
    campaign" -> "Senate campaign": a year, an office or a kind of race names
    the unit; words that judge or rank it ("entire", "once-formidable",
    "overtly racist", "first") and the possessive ("whose") do not.
    """
    doc = head.doc
    start = head.idx
    i = head.i - 1
    if head.lower_ == _PAC_HEAD:  # "his allied super PAC": "super PAC" at least
        start = doc[i].idx
        i -= 1
    while i >= 0 and doc[i].head.i == head.i and _names_unit(doc[i]):
        start = doc[i].idx
        i -= 1
    return start


def _names_unit(token: Token) -> bool:
    """A modifier that says which unit: a year, a name ("Senate", "Republican"), "presidential"."""
    if token.dep_ == "nummod":
        return token.like_num
    if token.dep_ not in {"compound", "amod"}:
        return False
    return token.lower_ in _UNIT_KINDS or (token.is_alpha and token.text[:1].isupper())


def _owned_firm(head: Token) -> bool:
    """ "his company", "Fiorina's speaking firm": one business a person owns or runs.

    Singular only ("his companies" are several), and not "business", which
    is mostly what someone does ("his business record").
    """
    return head.lower_ in _FIRM_NOUNS and head.tag_ == "NN" and not phrases.describes(head)


def _firm_start(head: Token) -> int:
    """Where a person's firm starts: a noun that says its trade ("speaking firm"), not "own"."""
    doc = head.doc
    i = head.i - 1
    while i >= 0 and doc[i].head.i == head.i and doc[i].is_lower and doc[i].tag_ in _TRADE_TAGS:
        i -= 1
    return doc[i + 1].idx


_DEADLINE_WORDS = frozenset({"by", "until", "till", "through", "before"})


def _deadline(year: Token) -> bool:
    """ "by 2030", "until 2025": a year named as a target or limit, not one that has come."""
    return year.i > 0 and year.nbor(-1).lower_ in _DEADLINE_WORDS


def _race_year(head: Token) -> int | None:
    """The year a campaign is dated to: "his 2012 Senate campaign", "McCain's campaign in 2008".

    A year among the words before the noun, or "in <year>" right after it
    (wherever the parser attaches it).
    """
    doc = head.doc
    for i in range(
        head.left_edge.i, head.i
    ):  # "his 2008 Iowa campaign": the year may modify "Iowa"
        if doc[i].text in _YEARS:
            return int(doc[i].text)
    after = head.i + 2
    if after < len(doc) and doc[head.i + 1].lower_ == "in" and doc[after].text in _YEARS:
        return int(doc[after].text)
    return None


def _the_race(token: Token) -> bool:
    """ "during the campaign", "earlier in the campaign", "since the campaign began": the race.

    A campaign as the time something happens in, or as the subject of a
    verb of a race's course, is the contest, not the organisation.
    """
    if token.lower_ != "campaign":
        return False
    head = token.head
    if token.dep_ == "pobj":
        return head.lower_ in _DURING
    return token.dep_ in SUBJECT_DEPS and head.lemma_.lower() in _RACE_STAGES


def _span_of_race(token: Token) -> bool:
    """ "during his campaign", "throughout her presidential campaign": the candidacy as a time.

    A possessed campaign as the stretch in which something happens is the
    race the candidate runs, not the organisation that acts. Not "in his
    campaign", which also names the organisation ("a role in his campaign").
    """
    if token.lower_ != "campaign" or token.dep_ != "pobj":
        return False
    return token.head.lower_ in _THROUGHOUT


#: What a campaign for an office seeks: "campaign for president", "for the White House",
#: "for the Democratic nomination", "for re-election".
_SOUGHT = frozenset(
    {
        "president",
        "presidency",
        "house",
        "nomination",
        "office",
        "reelection",
        "re-election",
        "governor",
        "senate",
        "seat",
        "mayor",
        "congress",
    }
)


#: What a run does as a course rather than an organisation ("his campaign for president ended").
_RUN_ENDS: Final[frozenset[str]] = frozenset(
    {
        "end",
        "collapse",
        "fail",
        "falter",
        "stall",
        "fizzle",
        "crumble",
        "sputter",
        "begin",
        "start",
        "continue",
        "last",
        "die",
    }
)


def _office_sought(token: Token) -> bool:
    """ "his campaign for president", "Clinton's campaign for the White House": the candidacy.

    A campaign named by the office it seeks is the run for it ("wraps up his
    campaign for the Green nomination", "his campaign for president is
    over"), not the organisation that acts: annotators mark 1 of 7. Unless
    it is the subject of a verb ("her campaign for governor said",
    "... raised $2 million"): the organisation that speaks or acts; a run
    that ends ("his campaign for president collapsed") stays the candidacy.
    """
    if token.lower_ != "campaign":
        return False
    head = token.head
    acts = token.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() not in _RUN_ENDS
    if acts and not any(c.dep_ in {"acomp", "attr", "oprd"} for c in head.children):
        return False  # "said", "raised": not "has turned increasingly nasty"
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            return any(c.dep_ == "pobj" and c.lower_ in _SOUGHT for c in prep.children)
    return False


def _candidacy(token: Token) -> bool:
    """ "launched his campaign", "conducted his campaign", "following his campaign": the run.

    Someone's campaign that is set going, carried out or watched is the
    candidacy as a course of action, not the organisation that acts. Acts
    upon it ("damage her campaign", "backing his campaign", "suspended his
    campaign") reach the organisation: annotators mark them.
    """
    return (
        token.lower_ == "campaign"
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() in _RUN_VERBS
    )


def _as_place(token: Token) -> bool:
    """ "in the country", "back into the country", "moved to the country": where someone is or goes.

    "to" is a place only after a verb or noun of going ("go to the country"):
    "bring change to the country", "arms sales to the country" reach the state.
    """
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in _INTO_PLACE:
        return False
    return prep.lower_ != "to" or prep.head.lemma_.lower() in _GOING


def _territory(token: Token) -> bool:
    """ "entering the country", "regions of the country", "out of this country": the land, no actor.

    A state's territory as what people enter or where its parts lie is no
    party to an event; "leaving our country" (a company's move) stays.
    """
    head = token.head
    if token.dep_ == "dobj":
        return head.lemma_.lower() in _ENTERING
    if token.dep_ != "pobj" or head.lower_ != "of":
        return False
    return head.head.lower_ == "out" or head.head.lemma_.lower() in _LAND_PARTS


def _part_of_race(token: Token) -> bool:
    """ "the beginning of his campaign", "a hallmark of her campaign", "the tone of the campaign".

    A campaign whose part, stretch or theme the text names is the candidacy
    as a course of events, not the organisation that acts: "the chairman of
    her campaign", "the funding of the campaign" stay.
    """
    if token.lower_ != "campaign" or token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    return token.head.head.lemma_.lower() in _RACE_PARTS


def _campaign_acts(token: Token) -> bool:
    """ "the campaign told reporters", "the campaign has targeted": a campaign as the doer.

    Only as the subject of a verb that is no stage of a race ("since the
    campaign began"): elsewhere "the campaign" is mostly the race itself
    ("throughout the campaign", "on the campaign trail").
    """
    head = token.head
    return (
        token.dep_ in SUBJECT_DEPS
        and head.pos_ in {"VERB", "AUX"}
        and head.lemma_.lower() not in _RACE_STAGES
    )


def _possesses(owner: Token, head: Token) -> bool:
    """The possessor stands right before its noun ("his office", "Powell's office")."""
    return head.i > owner.i and all(t.dep_ == "case" for t in owner.doc[owner.i + 1 : head.i])


def _office_acts(token: Token) -> bool:
    """ "his office said", "Powell's office put out a statement": a person's office as the doer.

    A person's office acts for him (a statement, a decision) as his
    campaign does; elsewhere "his office" is mostly the room ("in his
    office") or the post ("took office"). Only as the subject of a verb
    other than "be" ("his office is on the third floor" is the room).
    """
    if token.lower_ != "office" or token.tag_ != "NN" or token.dep_ not in SUBJECT_DEPS:
        return False
    verb = token.head
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() != "be"


def _is_unit_head(token: Token) -> bool:
    if token.lower_ == _PAC_HEAD:
        return token.i > 0 and token.nbor(-1).lower_ == "super"
    return token.lower_ in _UNIT_HEADS and token.tag_ == "NN"


def _unit_key(head: Token) -> str:
    """The kind of a unit by its head: "campaign", "team", "super PAC"."""
    return _PAC_UNIT if head.lower_ == _PAC_HEAD else head.lemma_.lower()


def _pac_after(doc: Doc, end: int) -> Token | None:
    """The "PAC" of "super PAC" right after a name ("the Bush super PAC"), if any."""
    if end + 1 < len(doc) and doc[end].lower_ == "super" and doc[end + 1].lower_ == _PAC_HEAD:
        return doc[end + 1]
    return None


def _org_head(text: str) -> str:
    """The head word an organisation's name gives it, its acronym's included ("FBI" -> "bureau")."""
    return _ACRONYM_HEADS.get(text, "") or _name_head(text)


def _name_head(text: str) -> str:
    """The head word of an organisation's name, lower-cased: "National Museum of X" -> "museum".

    Only a capitalised common word counts ("Fund", "Museum"), not an acronym or a
    one-word name ("NATO", "Google"): those have no head noun to be called by.
    A head with its complement is no one-word name ("Department of Veterans
    Affairs" -> "department").
    """
    words = text.split()
    complement = False
    for i, w in enumerate(words):
        if w.casefold() in {"of", "for", "on", "in"}:
            complement = i + 1 < len(words)
            words = words[:i]
            break
    if not words or (len(words) < 2 and not complement):
        return ""
    last = words[-1]
    if last.casefold() in gazetteer.NOT_ACTOR_HEADS:
        return ""
    if not (last[:1].isupper() and last[1:].islower() and last.isalpha()):
        return ""
    return last.casefold()
