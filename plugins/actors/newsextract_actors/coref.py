"""Pronouns resolved to the actors they refer to: a salience-based resolver.

News refers to the people it is about mostly by pronoun ("Obama said he
would ..."), and event and quote records are only useful when "he" is the
actor. A full coreference model is out of reach of the small parser, so this
is the classic salience approach (Lappin and Leass 1994, in miniature):

- every name mention, and every pronoun already resolved, leaves a weight on
  its actor: larger for a grammatical subject, halved per sentence back, over
  a window of a few sentences;
- a pronoun goes to the heaviest compatible actor: a person for he/she (with a
  known gender that agrees), an organisation, country or outlet for its;
- a non-reflexive pronoun never refers to a co-argument ("Trump attacked him")
  and a third-person pronoun inside a quotation never to its speaker;
- "himself" is the subject of its own clause;
- "I", "me", "my" inside a quotation are its speaker, found as the subject of
  a verb of saying next to the quotation ("“I ...,” she said").

A person's gender comes from an honorific ("Mr.", "Ms."), a gendered role
("congresswoman", "his wife" -> she is a wife), a common first name, and the
article itself: a he/she in a sentence where one person only was named votes
for that person's gender. A pronoun is resolved only when the winner clearly
leads the runner-up; otherwise it is left out, since a wrong link is worse for
every later stage than a missing one.

Every step is a bounded scan over the tokens or the mentions of a few
sentences, so the cost is linear in the document.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Literal

import numpy as np

from . import names
from .titles import span_root
from .tokens import TokenTable

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .cluster import Cluster
    from .mentions import Mention

Gender = Literal["m", "f"]

#: Third-person pronouns: form -> (what they may refer to, reflexive).
#: "m"/"f" are persons of that gender, "n" organisations, countries and outlets.
THIRD_PERSON: Final[dict[str, tuple[str, bool]]] = {
    "he": ("m", False),
    "him": ("m", False),
    "his": ("m", False),
    "himself": ("m", True),
    "she": ("f", False),
    "her": ("f", False),
    "hers": ("f", False),
    "herself": ("f", True),
    "its": ("n", False),
    "itself": ("n", True),
}
_GENDERED: Final[frozenset[str]] = frozenset(w for w, (g, _) in THIRD_PERSON.items() if g != "n")
FIRST_PERSON: Final[frozenset[str]] = frozenset({"i", "me", "my", "myself", "mine"})
_NEUTER_KINDS: Final[frozenset[str]] = frozenset({"organization", "country", "media"})

_SUBJECT_DEPS: Final[frozenset[str]] = frozenset({"nsubj", "nsubjpass"})
#: How far up from a pronoun a fronted adverbial is looked for ("In his first
#: speech as mayor, ..."): such phrases are shallow.
_MAX_FRONTED_DEPTH: Final[int] = 12
#: Tokens a clause's subject may stand before a pronoun it binds.
_UNRIVALLED_SPAN: Final[int] = 30
_OBJECT_DEPS: Final[frozenset[str]] = frozenset({"dobj", "dative", "attr", "oprd"})
#: Sentences back a pronoun may look, and mentions it may weigh at most.
WINDOW_SENTENCES: Final[int] = 3
MAX_CANDIDATES: Final[int] = 40
#: Weight lost per sentence back.
DECAY: Final[float] = 0.5
#: When nothing compatible is that near, sentences back (not counting those
#: wholly inside a quotation) to look for the one actor the pronoun can be.
FALLBACK_SENTENCES: Final[int] = 3
#: The winner must weigh this much more than the runner-up.
LEAD: Final[float] = 1.5

#: Words saying who a person is that also say their gender.
MALE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "mr",
        "mr.",
        "congressman",
        "spokesman",
        "chairman",
        "businessman",
        "councilman",
        "assemblyman",
        "husband",
        "father",
        "son",
        "brother",
        "king",
        "prince",
        "actor",
        "uncle",
        "nephew",
        "grandfather",
        "boyfriend",
        "sir",
        "lord",
        "duke",
        "pope",
        "cardinal",
    }
)
FEMALE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "congresswoman",
        "spokeswoman",
        "chairwoman",
        "businesswoman",
        "councilwoman",
        "assemblywoman",
        "wife",
        "mother",
        "daughter",
        "sister",
        "queen",
        "princess",
        "actress",
        "aunt",
        "niece",
        "grandmother",
        "girlfriend",
        "widow",
        "lady",
        "dame",
        "duchess",
    }
)

#: Verbs of saying whose subject is the speaker of an adjacent quotation.
SAY_LEMMAS: Final[frozenset[str]] = names.words(
    """
    say tell add write ask note report announce explain claim insist warn promise
    acknowledge admit declare state tweet post assert contend maintain stress emphasize
    emphasise reiterate confirm deny complain concede respond reply answer comment remark
    observe mention allege testify inform assure vow pledge threaten predict conclude
    caution counter retort joke quip boast lament proclaim recall argue suggest continue
    recount describe shout yell scream whisper muse wonder urge call conclude
    """
)

#: Weight of the last quotation's speaker for the speaker of the next ("“...,” she said").
SPEAKER_BONUS: Final[float] = 1.0
#: Paragraphs a letter may run before its signature.
_LETTER_PARAGRAPHS: Final[int] = 8
#: Tokens a closing biography may have.
_BIO_TOKENS: Final[int] = 80
#: Tokens between two quotations that may still share a speaker.
_CARRY_GAP: Final[int] = 30
_OPEN_QUOTES: Final[frozenset[str]] = frozenset("“„«")
_CLOSE_QUOTES: Final[frozenset[str]] = frozenset("”»")
_ALL_QUOTES: Final[frozenset[str]] = _OPEN_QUOTES | _CLOSE_QUOTES | {'"', "''", "``"}


@dataclass
class _Event:
    """A reference to a cluster at a position: a name or a resolved pronoun."""

    token: int
    sentence: int
    cluster: int
    weight: float
    subject_of: int  #: the head token when the mention is a subject, else -1
    argument_of: int  #: the head token it is an argument of (subject or object), else -1
    narrative: int = 0  #: the sentence number counting only sentences outside quotations


def _role_weight(token: Token) -> float:
    if token.dep_ in _SUBJECT_DEPS:
        return 2.0
    if token.dep_ in _OBJECT_DEPS:
        return 1.0
    if token.dep_ == "poss":
        return 0.8
    return 0.6


def _argument_head(token: Token) -> int:
    """The verb a subject or object depends on (through a preposition for "about him")."""
    if token.dep_ in _SUBJECT_DEPS or token.dep_ in _OBJECT_DEPS:
        return token.head.i
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return token.head.head.i
    return -1


def sentence_index(doc: Doc) -> list[int]:
    """The sentence number of every token."""
    return TokenTable(doc).sentence


@dataclass(frozen=True)
class Quotation:
    """A quoted stretch of tokens ``[start, end)`` and the token of its speaker, if found."""

    start: int
    end: int
    speaker: int


def quotations(
    doc: Doc, text: str, sentence: list[int], table: TokenTable | None = None
) -> list[Quotation]:
    """Double-quoted stretches, paired within a paragraph, each with its speaker token.

    Curly quotes pair open with close; straight ``"`` and ``''`` toggle. A
    paragraph break closes any open quotation (news re-opens a quotation that
    runs over paragraphs on each one).
    """
    table = table if table is not None else TokenTable(doc)
    marks = table.where_orth(_ALL_QUOTES)
    marks += [i for i in table.spaces() if "\n" in doc[i].text]
    marks.sort()
    spans: list[tuple[int, int]] = []
    open_at = -1
    nested = 0  #: curly quotations open inside the open one ("... what he calls “hell” ...")
    for i in marks:
        t = doc[i].text
        if "\n" in t:
            if open_at >= 0:
                spans.append((open_at, i))
                open_at = -1
            nested = 0
            continue
        if t in _OPEN_QUOTES or (t in {'"', "''", "``"} and open_at < 0):
            if open_at < 0:
                open_at = i + 1
            elif t in _OPEN_QUOTES and doc[open_at - 1].text in _OPEN_QUOTES:
                nested += 1
        elif t in _CLOSE_QUOTES and nested > 0:
            nested -= 1
        elif (t in _CLOSE_QUOTES or t in {'"', "''"}) and open_at >= 0:
            spans.append((open_at, i))
            open_at = -1
    if open_at >= 0:
        spans.append((open_at, len(doc)))
    inside = [False] * len(doc)
    for a, b in spans:
        inside[a:b] = [True] * (b - a)
    out: list[Quotation] = []
    for a, b in spans:
        if b <= a:
            continue
        speaker = _speaker(doc, a, b, sentence, inside)
        if speaker < 0 and out and out[-1].speaker >= 0 and a - out[-1].end <= _CARRY_GAP:
            # “...,” Trump said. “It’s something I ...”: the same speaker goes on.
            speaker = out[-1].speaker
        out.append(Quotation(a, b, speaker))
    return out


#: Dashes that put a quotation's author after it ("“...” ― Jane Doe").
_DASHES: Final[frozenset[str]] = frozenset({"―", "—", "–", "-", "--"})
#: Tokens an attribution may run over between the quotation and its verb or name.
_ATTRIBUTION_SPAN: Final[int] = 8
_NAME_POS: Final[frozenset[str]] = frozenset({"PROPN", "NOUN", "PRON"})
_NOT_SPEAKER_ENTS: Final[frozenset[str]] = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})


def _skip_blank(doc: Doc, i: int, step: int) -> int:
    """The first token from ``i`` in direction ``step`` that is not whitespace (in a line)."""
    while 0 <= i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
        i += step
    return i


def _is_say(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.lemma_ in SAY_LEMMAS


def _noun_run_end(doc: Doc, i: int, limit: int) -> int:
    """The head of the noun phrase starting at ``i``: its last noun or name.

    "James Acton, a physicist" -> Acton; "Idaho nutritional-supplement
    executive Frank VanderSloot, who" -> VanderSloot.
    """
    last = i
    k = i + 1
    while k < limit:
        t = doc[k]
        if t.ent_type_ in _NOT_SPEAKER_ENTS:
            break
        if t.pos_ in {"PROPN", "NOUN"}:
            last = k
        elif not (t.pos_ == "ADJ" or t.text in {"-", "'s", "’s"}):
            break
        k += 1
    return last


def _attribution_after(doc: Doc, close: int) -> int:
    """The speaker named right after a closing mark, by the surface of the attribution.

    "“...,” Tulsa police Chief Chuck Jordan said", "“...,” said James Acton",
    "“...” ― Jane Doe": the parser often misreads these short clauses, so
    they are read token by token (within the line).
    """
    n = len(doc)
    j = _skip_blank(doc, close + 1, 1)
    while j < n and doc[j].text in {",", "."}:
        j = _skip_blank(doc, j + 1, 1)
    if j >= n or "\n" in doc[j].text:
        return -1
    if doc[j].text in _DASHES:  # “...” ― Jane Doe
        k = _skip_blank(doc, j + 1, 1)
        if (
            k < n
            and doc[k].pos_ == "PROPN"
            and doc[k].is_title
            and doc[k].ent_type_ in {"PERSON", ""}
        ):
            return _noun_run_end(doc, k, min(n, k + 5))
        return -1
    limit = min(n, j + 2 * _ATTRIBUTION_SPAN)
    if _is_say(doc[j]):  # “...,” said the senator
        for k in range(j + 1, limit):
            t = doc[k]
            if "\n" in t.text or t.is_punct:
                return -1
            if t.pos_ in _NAME_POS and t.ent_type_ not in _NOT_SPEAKER_ENTS:
                return _noun_run_end(doc, k, limit) if t.pos_ != "PRON" else k
        return -1
    last = -1
    k = j
    while k < limit:  # “...,” the senator said
        t = doc[k]
        if "\n" in t.text:
            return -1
        if t.text == "(" and last >= 0:  # “...,” Sen. Claire McCaskill (D-Mo.) said
            k = _after_parenthesis(doc, k, limit)
            continue
        if _is_say(t) and t.pos_ == "VERB":
            return last
        if t.pos_ == "AUX" and last >= 0:
            pass  # "has said"
        elif t.pos_ in _NAME_POS or (t.ent_type_ and t.is_title):  # "Tulsa" tagged a verb
            if t.ent_type_ in _NOT_SPEAKER_ENTS:
                return -1
            last = k
        elif t.pos_ not in {"DET", "ADJ", "PART", "PUNCT"} or t.text in {",", ":", ";"}:
            return -1
        k += 1
    return -1


def _after_parenthesis(doc: Doc, open_at: int, limit: int) -> int:
    """The token after the ")" closing the parenthesis at ``open_at`` (``limit`` if none)."""
    for k in range(open_at + 1, limit):
        if doc[k].text == ")":
            return k + 1
        if "\n" in doc[k].text:
            break
    return limit


def _attribution_before(doc: Doc, open_mark: int) -> int:
    """ "Said Ellis: “...”": the inverted attribution before a colon the parser misses."""
    j = _skip_blank(doc, open_mark - 1, -1)
    if j < 1 or doc[j].text != ":":
        return -1
    k = j - 1
    while (
        k >= 0
        and j - k <= _ATTRIBUTION_SPAN
        and doc[k].pos_ in _NAME_POS
        and "\n" not in doc[k].text
    ):
        k -= 1
    if (
        k >= 0
        and k < j - 1
        and _is_say(doc[k])
        and (k == 0 or doc[k].is_sent_start or doc[k - 1].is_space)
    ):
        return j - 1
    return -1


def _speaker(doc: Doc, start: int, end: int, sentence: list[int], inside: list[bool]) -> int:
    """Who says a quotation: an attribution next to it, else the subject of a verb of saying.

    The verb is looked for outside the quotation in the sentences it touches,
    within its paragraph (and the paragraph before when it ends with a colon).
    """
    n = len(doc)
    found_after = _attribution_after(doc, end) if end < n else -1
    if found_after >= 0 and not inside[found_after]:
        return found_after
    found_before = _attribution_before(doc, start - 1)
    if found_before >= 0 and not inside[found_before]:
        return found_before
    first, last = sentence[start], sentence[min(end, n - 1)]
    lo = start
    while lo > 0 and sentence[lo - 1] >= first and start - lo < 60 and "\n" not in doc[lo - 1].text:
        lo -= 1
    hi = end
    while hi < n and sentence[hi] <= last and hi - end < 60 and "\n" not in doc[hi].text:
        hi += 1
    before = start - 2  # the token before the opening mark
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before >= 0 and doc[before].text == ":":
        # "Limbaugh added: “...”", split into two sentences at the colon, or
        # the quotation set off in a paragraph of its own
        lo = before
        while lo > 0 and sentence[lo - 1] >= sentence[before] and start - lo < 60:
            if "\n" in doc[lo - 1].text:
                break
            lo -= 1
    for i in list(range(end, hi)) + list(range(lo, start)):
        token = doc[i]
        if inside[i] or token.pos_ not in {"VERB", "AUX"} or token.lemma_ not in SAY_LEMMAS:
            continue
        found = subject_of(token)
        if found is not None and not inside[found.i] and found.dep_ != "nsubjpass":
            return found.i
    if before >= 0 and doc[before].text == ".":
        found_before = _reported_before(doc, before, inside)
        if found_before >= 0:
            return found_before
    if end < n and (start <= 1 or "\n" in doc[start - 2].text):
        # a quotation that is a paragraph of its own, its speaker named at the
        # start of the next one ("“...”¶Zimmerman said he had ...")
        k = _skip_blank(doc, end + 1, 1)
        if k < n and "\n" in doc[k].text:
            return _attribution_after(doc, k)
    return -1


#: Tokens a report's verb of saying may stand before the end of its sentence ("Schiff said Monday.").
_REPORT_TAIL: Final[int] = 6


def _reported_before(doc: Doc, stop: int, inside: list[bool]) -> int:
    """ "..., Schiff said. “The other factor ...”": who the sentence before reports.

    A quotation right after a sentence that ends in a report ("X said.",
    "said X.") in the same paragraph goes on with X's words.
    """
    for i in range(stop - 1, max(-1, stop - 1 - _REPORT_TAIL), -1):
        token = doc[i]
        if "\n" in token.text or inside[i] or token.text in _ALL_QUOTES:
            return -1
        if _is_say(token) and token.pos_ == "VERB":
            found = subject_of(token)
            if found is not None and not inside[found.i] and found.dep_ != "nsubjpass":
                return found.i
            return -1
    return -1


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, through "who" and participles ("..., saying").

    "Wonder, who joked" is Wonder's; "He defended it, saying" is his.
    """
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None:
            if subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
                return verb.head
            return subject
        if verb.dep_ not in {"advcl", "xcomp", "conj", "pcomp"} or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def clause_subject(token: Token) -> Token | None:
    """The subject, named before it, of the clause a possessive stands in ("the IMF raised its")."""
    verb = token.head
    for _ in range(4):  # up through the noun phrase and its prepositions
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = subject_of(verb)
    if subject is None or subject.i >= token.i:
        return None
    return subject


def _decide(said: Counter[str], used: Counter[str]) -> Gender | None:
    """A person's gender: what names, honorifics and roles say, else the article's pronouns.

    "Betty Shelby" stays a woman when a "Shelby said he ..." (about someone
    else) follows her name: the words that name her are evidence, a pronoun
    near her name only a guess.
    """
    for v in (said, used):
        if v["m"] != v["f"]:
            return "m" if v["m"] > v["f"] else "f"
    return None


#: Given names ending in "a" borne mostly by men ("-ah" names are left out as a class).
_MALE_IN_A: Final[frozenset[str]] = names.words(
    """
    luca nikola ezra akira sasha mustafa musa ilya misha andrea dana joshua garcia costa
    nikita kostya vasya narendra krishna surya aditya chandra rama osama usama hamza
    taha yahya zakaria isa ata cuba
    """
)


def _first_name_gender(word: str) -> Gender | None:
    """A listed given name's gender; an unlisted one ending in "a" is a woman's.

    In English, Romance and Slavic naming alike a given name in "-a" is
    overwhelmingly a woman's ("Aparna", "Malkia", "Veronica"); "-ah"
    ("Elijah", "Noah") and the known men's names are not.
    """
    key = word.casefold()
    if key in names.MALE:
        return "m"
    if key in names.FEMALE:
        return "f"
    if len(key) > 2 and key.isalpha() and key.endswith("a") and key not in _MALE_IN_A:
        return "f"
    return None


class Resolver:
    """Resolves the pronouns of one document to clusters."""

    def __init__(
        self,
        doc: Doc,
        mentions: list[Mention],
        clusters: list[Cluster],
        cluster_of: list[int],
        titles: list[list[str]],
        table: TokenTable | None = None,
        described: dict[int, int] | None = None,
    ) -> None:
        #: head token of a description ("the senator") -> its cluster
        self.described = described or {}
        self.doc = doc
        self.table = table if table is not None else TokenTable(doc)
        self.mentions = mentions
        self.clusters = clusters
        self.cluster_of = cluster_of
        self.titles = titles
        self.sentence = self.table.sentence
        self.owner: dict[int, int] = {}
        for mi, m in enumerate(mentions):
            for t in range(m.start, m.end):
                self.owner[t] = mi
        self.resolved: dict[int, int] = {}  #: pronoun token -> cluster
        self._sentence_heads: dict[int, tuple[Token, Token | None]] = {}
        self.quotes: list[Quotation] = []  #: the quotations, once resolved
        self._quote_ends: list[int] = []
        self.narrative: list[int] = []
        self.gender: list[Gender | None] = []

    # -- gender ---------------------------------------------------------------------
    def _genders(self) -> list[Gender | None]:
        votes: list[Counter[str]] = [Counter() for _ in self.clusters]
        doc = self.doc
        for mi, m in enumerate(self.mentions):
            ci = self.cluster_of[mi]
            if self.clusters[ci].kind != "person":
                continue
            words = [h.casefold() for h in m.honorifics]
            if m.start > 0:
                words.append(doc[m.start - 1].lower_)
            for w in words:
                if w in MALE_WORDS:
                    votes[ci]["m"] += 3
                elif w in FEMALE_WORDS:
                    votes[ci]["f"] += 3
            if len(m.name_tokens) > 1:
                g = _first_name_gender(m.name_tokens[0])
                if g is not None:
                    votes[ci][g] += 2
        for ci, ts in enumerate(self.titles):
            for title in ts:
                for w in title.casefold().split():
                    if w in MALE_WORDS:
                        votes[ci]["m"] += 2
                    elif w in FEMALE_WORDS:
                        votes[ci]["f"] += 2
        # The article's own usage: a he/she with one person named just before it.
        persons_by_sentence: dict[int, set[int]] = defaultdict(set)
        first_in: dict[int, int] = {}  # sentence -> first person mention token
        for mi, m in enumerate(self.mentions):
            ci = self.cluster_of[mi]
            if self.clusters[ci].kind == "person":
                s = self.sentence[m.start]
                persons_by_sentence[s].add(ci)
                first_in.setdefault(s, m.start)
        usage: list[Counter[str]] = [Counter() for _ in self.clusters]
        for i in self.table.where_lower(_GENDERED):
            token = doc[i]
            if token.tag_ not in {"PRP", "PRP$"}:
                continue
            form = THIRD_PERSON[token.lower_]
            s = self.sentence[i]
            here = persons_by_sentence.get(s)
            if here and first_in[s] < i:
                # someone named before it in its sentence: only if no one else is
                if len(here) == 1:
                    usage[next(iter(here))][form[0]] += 1
                continue
            before = persons_by_sentence.get(s - 1)
            if before and len(before) == 1:
                usage[next(iter(before))][form[0]] += 1
        return [_decide(said, used) for said, used in zip(votes, usage, strict=True)]

    # -- resolution ------------------------------------------------------------------
    def _compatible(self, ci: int, want: str) -> float:
        cluster = self.clusters[ci]
        if want == "n":
            return 1.0 if cluster.kind in _NEUTER_KINDS else 0.0
        if cluster.kind != "person":
            return 0.0
        g = self.gender[ci]
        if g is None:
            return 0.5
        return 1.0 if g == want else 0.0

    def resolve(self) -> dict[int, list[tuple[int, int]]]:
        """Pronoun character ranges by cluster index."""
        doc = self.doc
        self.gender = self._genders()
        quotes = self.quotes = quotations(doc, doc.text, self.sentence, self.table)
        self._quote_ends = [q.end for q in quotes]
        quote_of = np.full(len(doc), -1, dtype=np.int64)
        for qi, q in enumerate(quotes):
            quote_of[q.start : q.end] = qi
        self.narrative = _narrative_index(self.table, quote_of)
        speaks: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for q in quotes:
            if q.speaker >= 0:
                speaks[q.speaker].append((q.start, q.end))
        events: list[_Event] = []
        mention_at = {m.start: mi for mi, m in enumerate(self.mentions)}
        out: dict[int, list[tuple[int, int]]] = defaultdict(list)
        lo = 0  # first event still inside the window
        pronouns = self.table.where_lower(THIRD_PERSON)
        for i in sorted(set(mention_at) | set(pronouns)):
            token = doc[i]
            mi = mention_at.get(token.i)
            if mi is not None:
                m = self.mentions[mi]
                root = span_root(doc, m.start, m.end)
                events.append(self._event(root, self.cluster_of[mi]))
                continue
            lower = token.lower_
            form = THIRD_PERSON.get(lower)
            if form is None or token.tag_ not in {"PRP", "PRP$"} or token.i in self.owner:
                continue
            s, n = self.sentence[token.i], self.narrative[token.i]
            while lo < len(events) and (
                (
                    (events[lo].sentence < s - WINDOW_SENTENCES)
                    and events[lo].narrative < n - FALLBACK_SENTENCES
                )
                or len(events) - lo > MAX_CANDIDATES
            ):
                lo += 1
            banned: set[int] = set()
            # “...,” she said: not someone she talks about in her own quotation
            own_quotes = speaks.get(token.i, ())
            qi = int(quote_of[token.i])
            if qi >= 0:
                speaker = self._cluster_at(quotes[qi].speaker)
                if speaker is not None:
                    banned.add(speaker)
            want, reflexive = form
            window = events[lo:]
            if own_quotes:
                # “...,” she said: someone the narrative named, not one named in quotations
                window = [e for e in window if quote_of[e.token] < 0]
                # and who spoke just before goes on speaking
                prev = self._previous_speaker(own_quotes[0][0])
                if prev is not None:
                    window.append(prev)
            ci = self._choose(token, window, want, reflexive, banned)
            if ci is None:
                continue
            self.resolved[token.i] = ci
            out[ci].append((token.idx, token.idx + len(token.text)))
            events.append(self._event(token, ci))
        # The writer's own "I" first: 'I laughed and said, "I don't believe it."'
        for ci, ranges in self._writers(quote_of, mention_at).items():
            out[ci].extend(ranges)
        # First person inside a quotation: its speaker.
        for i in self.table.where_lower(FIRST_PERSON):
            qi = int(quote_of[i])
            speaker = self._cluster_at(quotes[qi].speaker) if qi >= 0 else None
            if speaker is None or self.clusters[speaker].kind != "person":
                continue
            t = doc[i]
            if t.tag_ in {"PRP", "PRP$"} and i not in self.owner:
                out[speaker].append((t.idx, t.idx + len(t.text)))
        return out

    def _writers(
        self, quote_of: np.ndarray[Any, Any], mention_at: dict[int, int]
    ) -> dict[int, list[tuple[int, int]]]:
        """First person outside quotations: the named writer of the text.

        A letter's signature (a paragraph that is only a person's name, after
        the letter), a transcript's speaker label ("PENCE: I ..."), or an
        op-ed's author named in the biography closing it ("Jane Doe is a
        professor at ...", a person the article does not otherwise name).
        An unnamed columnist's "I" is left alone.
        """
        doc = self.doc
        mine = [
            i
            for i in self.table.where_lower(FIRST_PERSON)
            if quote_of[i] < 0 and i not in self.owner and doc[i].tag_ in {"PRP", "PRP$"}
        ]
        if not mine:
            return {}
        paragraphs = _paragraphs(doc, self.table)
        signed: list[tuple[int, int]] = []  #: (paragraph index, cluster) of signatures
        labelled: dict[int, int] = {}  #: paragraph index -> cluster of its speaker label
        for pi, (a, b) in enumerate(paragraphs):
            person = self._person_at(a, mention_at)
            if person is None:
                continue
            m = self.mentions[mention_at[a]]
            rest = [t for t in doc[m.end : b] if not t.is_space]
            if all(t.is_punct and t.text != ":" for t in rest) and len(rest) <= 1:
                signed.append((pi, person))
            elif rest and rest[0].text == ":" and m.text.isupper():
                labelled[pi] = person  # a transcript's "PENCE: I ..."
        author = self._author(paragraphs, mention_at)
        out: dict[int, list[tuple[int, int]]] = defaultdict(list)
        starts = [a for a, _ in paragraphs]
        signatures = [pi for pi, _ in signed]
        for i in mine:
            pi = bisect.bisect_right(starts, i) - 1
            k = bisect.bisect_left(signatures, pi + 1)
            ci: int | None = labelled.get(pi)
            if ci is None and k < len(signed) and signed[k][0] - pi <= _LETTER_PARAGRAPHS:
                ci = signed[k][1]
            if ci is None:
                ci = author
            if ci is not None:
                t = doc[i]
                out[ci].append((t.idx, t.idx + len(t.text)))
                self.resolved[i] = ci  # the speaker of a quotation the writer introduces
        return out

    def _person_at(self, start: int, mention_at: dict[int, int]) -> int | None:
        mi = mention_at.get(start)
        if mi is None:
            return None
        ci = self.cluster_of[mi]
        return ci if self.clusters[ci].kind == "person" else None

    def _author(self, paragraphs: list[tuple[int, int]], mention_at: dict[int, int]) -> int | None:
        """The person a closing biography names ("Jane Doe is a professor at ...")."""
        doc = self.doc
        for a, b in paragraphs[-2:][::-1]:
            ci = self._person_at(a, mention_at)
            if ci is None or b - a > _BIO_TOKENS:
                continue
            m = self.mentions[mention_at[a]]
            verb = doc[m.end] if m.end < b else None
            after = doc[m.end + 1] if m.end + 1 < b else None
            if verb is None or after is None or verb.lower_ not in {"is", "was"}:
                continue
            if after.pos_ not in {"DET", "NOUN", "PROPN", "ADJ"}:
                continue  # "is expected to", "is scheduled": news, not a biography
            if any(self.mentions[mi].start < a for mi in self.clusters[ci].mentions):
                continue  # someone the article is about, not its writer
            return ci
        return None

    def _previous_speaker(self, start: int) -> _Event | None:
        """The speaker of the last quotation before token ``start``, as a reference there."""
        k = bisect.bisect_left(self._quote_ends, start) - 1
        if k < 0:
            return None
        best = self.quotes[k]
        ci = self._cluster_at(best.speaker)
        if ci is None:
            return None
        return _Event(best.speaker, self.sentence[best.speaker], ci, SPEAKER_BONUS, -1, -1, 0)

    def _clause_subject(self, token: Token) -> int | None:
        """The actor that is the subject of the clause a possessive stands in, named before it."""
        subject = clause_subject(token)
        return None if subject is None else self._cluster_at(subject.i)

    def _unrivalled_subject(self, token: Token, want: str) -> int | None:
        """ "Clinton allowed her staff ...", "Putney said ..., but he added": the clause's subject.

        A possessive he/she in a clause, or the subject of a clause
        subordinated or coordinated to another, is the subject of that clause
        when it is a person of the pronoun's gender and no other person of
        that gender is named between them ("Reid mocked Romney for not
        releasing his returns" is left to salience).
        """
        if token.dep_ == "poss":
            verb = token.head
            for _ in range(4):  # up through the noun phrase and its prepositions
                if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                    break
                verb = verb.head
        elif token.dep_ in _SUBJECT_DEPS and token.head.dep_ in {"advcl", "conj"}:
            verb = token.head.head
            if verb.pos_ not in {"VERB", "AUX"}:
                verb = verb.head
        else:
            return None
        subject = self._subject_before(verb, token.i)
        if subject is None or token.i - subject.i > _UNRIVALLED_SPAN:
            return None
        found = self._cluster_at(subject.i)
        if found is None:  # "Trump's running mate, Gov. Mike Pence, plans to release his"
            found = next(
                (self._cluster_at(c.i) for c in subject.children if c.dep_ == "appos"), None
            )
        if found is None or self._compatible(found, want) < 1.0:
            return None
        for t in range(subject.i + 1, token.i):
            other = self._cluster_at(t)
            if other is not None and other != found and self._compatible(other, want) > 0:
                return None
        return found

    @staticmethod
    def _subject_before(verb: Token, before: int) -> Token | None:
        """The subject of ``verb``'s clause named before token ``before``, else of the clause above.

        "Clinton allowed her staff to think": "her" is in the subject of
        "think", whose own subject holds it, so the subject is the clause
        above's (Clinton).
        """
        for _ in range(3):
            if verb.pos_ not in {"VERB", "AUX"}:
                return None
            subject = subject_of(verb)
            if subject is not None and subject.right_edge.i < before:
                return subject
            if verb.dep_ not in {"ccomp", "xcomp", "advcl", "conj"}:
                return None
            verb = verb.head
        return None

    def _cluster_at(self, token: int) -> int | None:
        if token < 0:
            return None
        mi = self.owner.get(token)
        if mi is not None:
            return self.cluster_of[mi]
        found = self.resolved.get(token)
        return found if found is not None else self.described.get(token)

    def _event(self, root: Token, ci: int) -> _Event:
        subject_of = root.head.i if root.dep_ in _SUBJECT_DEPS else -1
        return _Event(
            token=root.i,
            sentence=self.sentence[root.i],
            cluster=ci,
            weight=_role_weight(root),
            subject_of=subject_of,
            argument_of=_argument_head(root),
            narrative=self.narrative[root.i],
        )

    def _choose(
        self, token: Token, window: list[_Event], want: str, reflexive: bool, banned: set[int]
    ) -> int | None:
        s = self.sentence[token.i]
        if reflexive:
            head = token.head.i if token.dep_ != "pobj" else token.head.head.i
            for e in reversed(window):
                if e.subject_of == head and self._compatible(e.cluster, want) > 0:
                    return e.cluster
            return None
        if token.dep_ == "poss" and token.head.dep_ == "conj":
            # "Washington and its allies", "Adelson and his wife"
            first = token.head.head.i
            for e in reversed(window):
                if e.token == first and e.cluster not in banned:
                    if self._compatible(e.cluster, want) > 0.5:
                        return e.cluster
                    break
        if want == "n" and token.dep_ == "poss":
            # "the IMF raised its forecast", "Mexico kept its cool": the clause's subject
            found = self._clause_subject(token)
            if found is not None and found not in banned and self._compatible(found, want) > 0:
                return found
        if token.dep_ in _SUBJECT_DEPS and token.head.dep_ == "ccomp":
            # "Trump said he would ...", "Trump, who says he ...": who said or thought it
            speaker = subject_of(token.head.head)
            found = self._cluster_at(speaker.i) if speaker is not None else None
            if found is not None and found not in banned and self._compatible(found, want) > 0.5:
                return found
        if want != "n":
            found = self._unrivalled_subject(token, want)
            if found is not None and found not in banned:
                return found
        own_head = _argument_head(token) if token.dep_ != "poss" else -1
        scores: dict[int, float] = defaultdict(float)
        further: set[int] = set()
        for e in window:
            if e.cluster in banned:
                continue
            if own_head >= 0 and e.argument_of == own_head:
                continue  # "Trump attacked him": not Trump
            fit = self._compatible(e.cluster, want)
            if fit <= 0:
                continue
            if s - e.sentence > WINDOW_SENTENCES:
                further.add(e.cluster if fit >= 1.0 else -1)
                continue
            scores[e.cluster] += fit * e.weight * DECAY ** (s - e.sentence)
        if not scores:
            # "Mr. X said: [a long quotation]. He added ...": the only one it can be
            if len(further) == 1 and -1 not in further:
                return next(iter(further))
            return self._cataphora(token, want, banned)
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        best, score = ranked[0]
        if len(ranked) > 1 and score < LEAD * ranked[1][1]:
            return self._cataphora(token, want, banned)
        return best

    def _cataphora(self, token: Token, want: str, banned: set[int]) -> int | None:
        """ "In his speech, Obama ...", "While he acknowledged it, Ham noted ...".

        A pronoun in an adverbial clause or phrase put before its sentence's
        subject is that subject, when the subject is an actor of the
        pronoun's gender (or kind). Only when the preceding text decides
        nothing: "Obama arrived. When he spoke, Biden left" stays Obama's.
        """
        root, subject = self._root_and_subject(token)
        if subject is None or subject.i <= token.i:
            return None
        clause = token
        adverbial = False
        for _ in range(_MAX_FRONTED_DEPTH):  # bounded: a long sentence stays linear
            if clause.head.i == root.i or clause.head.i == clause.i:
                break
            clause = clause.head
            adverbial |= clause.dep_ in {"advcl", "prep", "npadvmod"}
        adverbial |= clause.dep_ in {"advcl", "prep", "npadvmod"}
        if clause.head.i != root.i or not adverbial:
            return None
        if clause.right_edge.i >= subject.left_edge.i:
            return None
        found = self._cluster_at(subject.i)
        if found is None or found in banned or self._compatible(found, want) < 1.0:
            return None
        return found

    def _root_and_subject(self, token: Token) -> tuple[Token, Token | None]:
        """The root of the token's sentence and its subject, found once per sentence.

        ``token.sent`` walks the whole sentence; asked once per pronoun, a long
        sentence full of pronouns would cost its length squared.
        """
        number = self.sentence[token.i]
        known = self._sentence_heads.get(number)
        if known is None:
            root = token.sent.root
            subject = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS), None)
            known = self._sentence_heads[number] = (root, subject)
        return known


def _paragraphs(doc: Doc, table: TokenTable) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of the paragraphs, without the breaks."""
    out: list[tuple[int, int]] = []
    a = 0
    for i in table.spaces():
        if "\n" in doc[i].text:
            if i > a:
                out.append((a, i))
            a = i + 1
    if a < len(doc):
        out.append((a, len(doc)))
    return out


def _narrative_index(table: TokenTable, quote_of: np.ndarray[Any, Any]) -> list[int]:
    """Sentence numbers that count only sentences with words outside quotations."""
    if not len(quote_of):
        return []
    sentence = np.asarray(table.sentence, dtype=np.int64)
    counted = np.zeros(int(sentence[-1]) + 1, dtype=bool)
    counted[sentence[(quote_of < 0) & table.is_alpha]] = True
    cumulative: list[int] = np.cumsum(counted)[sentence].tolist()
    return cumulative
