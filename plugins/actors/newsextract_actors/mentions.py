"""Finding and typing the name mentions of a document.

Two sources are merged: the parser's named entities and the gazetteer hits.
Where they overlap the longer span wins, and on the same span the gazetteer
wins, which is what corrects the small model ("Kyiv" PERSON, "Belarus" ORG)
without second-guessing it elsewhere. Each surviving mention gets an actor
type and a clustering key; clustering itself lives in :mod:`.cluster`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Final, Literal, Protocol

from newsextract.dateline import dateline_spans
from newsextract.layout import headline_span
from newsextract.people_nouns import military_rank, rank_after_service

from . import gazetteer, names
from .countries import AMBIGUOUS_NAMES, country_index, normalise
from .dictionary import DictionaryEntry, entry_named
from .matcher import GazetteerHit, gazetteer_hits
from .tokens import TokenTable

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ActorKind = Literal["person", "organization", "country", "group", "media", "other"]
Role = Literal["name", "capital", "seat", "demonym"]

#: Entity labels that name actors; others (DATE, LAW, EVENT ...) only block
#: gazetteer hits inside them ("the Paris Agreement" is not France).
ACTOR_LABELS: Final[frozenset[str]] = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_DETERMINERS: Final[frozenset[str]] = frozenset(
    {"the", "The", "THE", "a", "A", "an", "An", "this", "This", "that", "That"}
)
_DASHES: Final[frozenset[str]] = frozenset({"-", "--", "–", "—", "―"})
_JOINERS: Final[frozenset[str]] = frozenset({"-", "–", "—", "/", "and", "&", ",", "'s", "’s"})
_MODIFIER_DEPS: Final[frozenset[str]] = frozenset({"compound", "amod", "nmod", "npadvmod"})
#: Place names that are US states as often as countries in English news.
_STATE_OR_COUNTRY: Final[frozenset[str]] = frozenset({"Georgia"})
#: A capital followed by one of these names something else ("Washington state").
_NOT_CAPITAL_AFTER: Final[frozenset[str]] = frozenset(
    {"state", "county", "university", "post", "times", "redskins", "nationals", "wizards"}
)


@dataclass
class Mention:
    """One name in the text, typed, with the key it clusters under."""

    start: int  #: token index
    end: int  #: token index (exclusive)
    start_char: int
    end_char: int
    text: str
    kind: ActorKind
    key: str
    role: Role = "name"
    label: str = ""  #: the NER label it came from, "" for gazetteer-only hits
    code: str | None = None  #: ISO alpha-3 (countries, national bodies)
    canonical: str | None = None  #: gazetteer canonical name
    name_tokens: tuple[str, ...] = field(default_factory=tuple)  #: the name without honorifics
    honorifics: tuple[str, ...] = field(default_factory=tuple)
    #: An organisation named with its state ("U.S. Senate"): the state's code and
    #: the rest of the name's key ("senate"), which an unqualified mention may match.
    org_country: str | None = None
    rest_key: str | None = None
    #: Where the name proper starts, after honorifics ("President Obama" -> "Obama").
    name_start_char: int = -1
    #: "m"/"f" when the context says the person's gender ("Mr. Trump", "Trump
    #: said he"): it picks between two people of one surname.
    gender: str | None = None

    @property
    def surname(self) -> str:
        """The family name of a person mention (generational suffixes skipped)."""
        for word in reversed(self.name_tokens):
            if word not in gazetteer.NAME_SUFFIXES:
                return word.casefold()
        return ""

    @property
    def surname_keys(self) -> tuple[str, ...]:
        """Keys a lone surname may use: "al-Assad" is also written "Assad"."""
        last = self.surname
        head, sep, rest = last.partition("-")
        if sep and rest and head.isalpha() and len(head) <= 3:
            return (last, rest)
        return (last,)

    @property
    def forename(self) -> str:
        return self.name_tokens[0].casefold() if self.name_tokens else ""


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    label: str  # NER label or "" for gazetteer
    hit: GazetteerHit | None


def user_entry(canonical: str) -> DictionaryEntry:
    """The dictionary entry of a canonical name, among the dictionaries in effect."""
    return entry_named(canonical)


def _strip_determiner(ent: Span) -> tuple[int, int]:
    start, end = ent.start, ent.end
    doc = ent.doc
    if end - start > 1 and doc[start].text in _DETERMINERS:
        start += 1
    # an imperative run into the name: "Follow Jane Roe on Twitter"
    if end - start > 2 and doc[start].tag_ == "VB" and doc[start].dep_ == "ROOT":
        start += 1
    # a dateline run into the first name of the story: "BRUSSELS - European leaders"
    dateline_end = _dateline_end(doc, doc[start].idx)
    while dateline_end is not None and end - start > 1 and doc[start].idx < dateline_end:
        start += 1
    if ent.label_ in {"PERSON", "ORG"}:  # the tagger calls "Hale 41 percent" either
        end = next((k for k in range(start + 1, end) if _share_after(doc, k)), end)
    # The small model sometimes runs an entity on into "- while" or "Stadium -".
    while end - start > 1 and (
        doc[end - 1].text in {"'s", "’s", "'", "’"}
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
        or (doc[end - 1].is_lower and doc[end - 1].is_alpha and doc[end - 2].is_punct)
        # a headline's verb run into the name: "Obama Says ..."
        or (doc[end - 1].tag_ in {"VBZ", "VBD"} and doc[end - 2].pos_ == "PROPN")
    ):
        end -= 1
    return start, end


#: Nouns of a share of people ("36 percent of Democrats", "60% of Republicans").
_SHARE_WORDS: Final[frozenset[str]] = frozenset({"percent", "%", "percentage", "pct"})
#: Words after a number that make it a poll share or a tally ("Trump 34 percent", "Cruz 42
#: points"): a share's nouns are its units too, so the two lists cannot drift apart.
_SHARE_UNITS: Final[frozenset[str]] = _SHARE_WORDS | {"points", "delegates", "votes"}


def _share_after(doc: Doc, k: int) -> bool:
    """Whether token ``k`` starts a poll share or tally the tagger ran into a person's name.

    "Trump 34 percent", "Rubio 68 percent", "Cruz 42-40": a result beside the
    name, not part of it (gold marks the name alone); "Anderson Cooper 360", a
    show's number, stays.
    """
    token = doc[k]
    if token.tag_ != "CD":
        return False
    if "-" in token.text.strip("-"):
        return True  # "42-40": a score
    return k + 1 < len(doc) and doc[k + 1].lower_ in _SHARE_UNITS


def titled_service_end(doc: Doc, start: int) -> int | None:
    """Where an armed service named at token ``start`` before a rank ends (the rank's index,
    :func:`~newsextract.people_nouns.rank_after_service`), when the service opens a person's
    title ("said **Army** Capt. X"): after another job ("Pentagon spokesman Navy Capt. X") the
    title's first employer is the one the actors mark (session 25). The mention cut and the
    employer rule (``groups.Groups._service_before_rank``) read the title alike."""
    if start > 0 and doc[start - 1].pos_ in ("NOUN", "PROPN"):
        return None
    return rank_after_service(doc, start)


def _service_before_rank(doc: Doc, start: int, end: int) -> int | None:
    """Where an armed service's name ends inside an entity the tagger ran on into the rank
    after it ("Army Capt", "Navy Capt." of "Army Capt. John Doe"): the service is the
    employer inside the title, the rank is no part of its name. Only when the service opens
    the title (:func:`titled_service_end`)."""
    cut = titled_service_end(doc, start)
    if cut is None or cut >= end:
        return None
    return cut if all(military_rank(t.text) or t.text == "." for t in doc[cut:end]) else None


def _covered_by_hits(start: int, end: int, hits: list[GazetteerHit], doc: Doc) -> bool:
    """Whether a span is only gazetteer names and joiners ("US-China", "US and NATO")."""
    if not hits:
        return False
    covered: set[int] = set()
    for hit in hits:
        covered.update(range(hit.start, hit.end))
    return all(i in covered or doc[i].text in _JOINERS for i in range(start, end)) and len(hits) > 1


def candidates(doc: Doc, hits: list[GazetteerHit] | None = None) -> list[_Candidate]:
    """Non-overlapping mention candidates in token order (``hits``: the doc's gazetteer
    matches, when the caller has them already)."""
    if hits is None:
        hits = gazetteer_hits(doc)
    blocked: list[tuple[int, int]] = []
    raw: list[_Candidate] = []
    ent_spans: dict[tuple[int, int], str] = {}
    for ent in doc.ents:
        if ent.label_ in ACTOR_LABELS:
            start, end = _strip_determiner(ent)
            label = ent.label_
            service = _service_before_rank(doc, start, end)
            if service is not None:
                end, label = service, "ORG"  # "Army Capt. X": the Army, a rank after it
            raw.append(_Candidate(start, end, label, None))
            ent_spans[(start, end)] = label
        else:
            blocked.append((ent.start, ent.end))
    # Hits strictly inside a non-actor entity are dropped; blocked is sorted by start.
    bi = 0
    for hit in hits:
        while bi < len(blocked) and blocked[bi][1] <= hit.start:
            bi += 1
        if bi < len(blocked) and blocked[bi][0] <= hit.start and hit.end <= blocked[bi][1]:
            continue
        raw.append(_Candidate(hit.start, hit.end, ent_spans.get((hit.start, hit.end), ""), hit))
    # Longest first at each start, gazetteer before NER on the same span, and a
    # user dictionary before the built-in gazetteers (hits come sorted that way).
    order = {id(c): i for i, c in enumerate(raw)}
    raw.sort(key=lambda c: (c.start, -(c.end - c.start), c.hit is None, order[id(c)]))
    chosen: list[_Candidate] = []
    hit_index = 0
    sorted_hits = [c for c in raw if c.hit is not None]
    last_end = -1
    for cand in raw:
        if cand.start < last_end:
            continue
        if cand.hit is None and cand.end - cand.start > 2:
            # An entity made only of gazetteer names ("US-China") is split into them.
            while hit_index < len(sorted_hits) and sorted_hits[hit_index].start < cand.start:
                hit_index += 1
            inner: list[GazetteerHit] = []
            j = hit_index
            while j < len(sorted_hits) and sorted_hits[j].start < cand.end:
                h = sorted_hits[j].hit
                if h is not None and h.end <= cand.end and (not inner or h.start >= inner[-1].end):
                    inner.append(h)
                j += 1
            if _covered_by_hits(cand.start, cand.end, inner, doc):
                for h in inner:
                    chosen.append(_Candidate(h.start, h.end, "", h))
                last_end = cand.end
                continue
        chosen.append(cand)
        last_end = cand.end
    return chosen


def _person_name(doc: Doc, start: int, end: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split a PERSON entity into honorifics ("President") and the name proper."""
    words = [t.text for t in doc[start:end]]
    i = 0
    while i < len(words) - 1 and (
        words[i] in gazetteer.HONORIFICS or words[i].casefold() in gazetteer.PERSON_ROLES
    ):
        i += 1
    # Name words split on spaces, not tokens: "Holtz-Eakin" is one surname.
    return tuple(words[:i]), tuple(doc[start + i : end].text.split())


def _after_person_role(doc: Doc, start: int) -> bool:
    """Whether a name is introduced by a person's role ("Chancellor Olaf Scholz")."""
    if start == 0:
        return False
    before = doc[start - 1]
    name = doc[start]
    return (
        before.lower_ in gazetteer.PERSON_ROLES
        and before.dep_ in {"compound", "amod", "nmod"}
        and name.pos_ == "PROPN"
        and name.is_title
    )


def _part_of_title(doc: Doc, cand: _Candidate) -> bool:
    """A one-word "organisation" that only completes a title: "Secretary of State"."""
    if cand.end - cand.start != 1 or cand.start < 2:
        return False
    return doc[cand.start - 1].lower_ == "of" and (
        doc[cand.start - 2].lower_ in gazetteer.PERSON_ROLES
    )


def _opens_with_role(span: Span) -> bool:
    """An ORG entity that is really a titled person: "Spokeswoman Haley Morris"."""
    if len(span) < 3:
        return False
    first = span[0]
    rest = span[1:]
    return (first.lower_ in gazetteer.PERSON_ROLES or first.text in gazetteer.HONORIFICS) and all(
        t.is_title and t.pos_ == "PROPN" for t in rest
    )


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


#: Where the per-document dateline spans are kept (computed once per document).
_DATELINES_KEY: Final[str] = "newsextract_actors.datelines"
_AFTER_ANY: Final[float] = float("inf")


def _datelines(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The wire datelines of the doc, by the core's one definition (``ctx.datelines``).

    The builder sees the parse, not the context, so it asks the same core
    function on the doc's text; a doc's text is the context's text.
    """
    spans = doc.user_data.get(_DATELINES_KEY)
    if spans is None:
        spans = dateline_spans(doc.text)
        doc.user_data[_DATELINES_KEY] = spans
    return spans


def use_datelines(doc: Doc, spans: tuple[tuple[int, int], ...]) -> None:
    """Take the context's datelines (``ctx.datelines``) for this doc, so that
    :func:`_datelines` does not compute them a second time from the text."""
    doc.user_data[_DATELINES_KEY] = spans


def _dateline_end(doc: Doc, offset: int) -> int | None:
    """The end of the dateline holding character ``offset``, if one does."""
    spans = _datelines(doc)
    # (offset, inf) sorts after every span opening at offset; Doc.text would rejoin the doc
    index = bisect.bisect_right(spans, (offset, _AFTER_ANY)) - 1
    if index >= 0 and spans[index][0] <= offset < spans[index][1]:
        return spans[index][1]
    return None


def _state_prefix(span: Span) -> tuple[str, str] | None:
    """Split "U.S. Senate" / "Chinese Foreign Ministry" into (state code, rest of the key)."""
    index = country_index()
    for n in (2, 1):
        if len(span) <= n:
            continue
        head = span[:n].text
        code = index.by_name(head) or index.by_demonym(head)
        if code is not None:
            rest = normalise(span[n:].text)
            if rest and rest[0].isalpha():
                return code, rest
    return None


#: A company's legal form, which the article drops after the first mention ("Apple Inc.", "Apple").
_LEGAL_FORMS: Final[frozenset[str]] = frozenset(
    {"inc", "inc.", "corp", "corp.", "co", "co.", "llc", "ltd", "ltd.", "plc", "lp"}
)


def _org_key(text: str) -> str:
    """An organisation's key, without its legal form ("Apple Inc." is "Apple")."""
    words = text.replace(",", " ").split()
    while len(words) > 1 and words[-1].casefold() in _LEGAL_FORMS:
        words.pop()
        if len(words) > 1 and words[-1] == "&":
            words.pop()
    return normalise(" ".join(words))


def _group_key(text: str) -> str:
    key = normalise(text)
    if key.endswith("s") and len(key) > 4:
        key = key[:-1]
    return key


def classify(doc: Doc, cand: _Candidate) -> Mention | None:
    """Type one candidate; ``None`` when it names no actor."""
    span = doc[cand.start : cand.end]
    text = span.text
    index = country_index()

    def make(
        kind: ActorKind,
        key: str,
        *,
        role: Role = "name",
        code: str | None = None,
        canonical: str | None = None,
        name_tokens: tuple[str, ...] = (),
        honorifics: tuple[str, ...] = (),
        org_country: str | None = None,
        rest_key: str | None = None,
    ) -> Mention:
        return Mention(
            start=cand.start,
            end=cand.end,
            start_char=span.start_char,
            end_char=span.end_char,
            text=text,
            kind=kind,
            key=key,
            role=role,
            label=cand.label,
            code=code,
            canonical=canonical,
            name_tokens=name_tokens,
            honorifics=honorifics,
            org_country=org_country,
            rest_key=rest_key,
        )

    hit = cand.hit
    if hit is not None:
        return _classify_hit(doc, cand, hit, make)
    label = cand.label
    if label == "NORP":
        code = index.by_demonym(text)
        last = span[-1]
        if code is not None and last.tag_ in {"NNS", "NNPS"} and last.dep_ not in _MODIFIER_DEPS:
            # "the Russians", "black Americans": a group of people, not the state
            mention = _with_social_adjectives(doc, make("group", _group_key(text)))
            if mention.start == cand.start and not _definite(doc, cand.start):
                return None  # "most Americans", "Americans worry": a nation's people, generic
            return mention
        if code is not None:
            return make("country", code, code=code, role="demonym")
        if _generic_people(doc, cand):
            return None
        return make("group", _group_key(text))
    if label in ("GPE", "ORG", "PERSON", "LOC"):
        code = index.by_name(text) if text not in _STATE_OR_COUNTRY else None
        if code is not None and (label == "GPE" or text not in AMBIGUOUS_NAMES):
            return make("country", code, code=code)
        place = index.by_place(text)
        if place is not None and label != "PERSON":
            return make("country", place, code=place, role="capital")
    if label == "ORG" and (_after_person_role(doc, cand.start) or _opens_with_role(span)):
        label = "PERSON"
    if label == "PERSON" and _is_acronym(text):
        label = "ORG"  # "FBN", "NRA": no person is written in capitals only
    if label == "PERSON":
        honorifics, name = _person_name(doc, cand.start, cand.end)
        if not any(ch.isalpha() for ch in "".join(name)):
            return None
        mention = make("person", normalise(" ".join(name)), name_tokens=name, honorifics=honorifics)
        # The mention is the name proper; the honorific becomes a title.
        mention.start = cand.start + len(honorifics)
        mention.start_char = mention.name_start_char = doc[mention.start].idx
        mention.text = doc[mention.start : cand.end].text
        if not honorifics and cand.start > 0:
            # "Sen." the parser left out of "Sen. Ted Cruz": still his honorific (a
            # spelled-out "Senator" left out is a pre-modifying title, read elsewhere)
            prev = doc[cand.start - 1]
            if prev.text in gazetteer.HONORIFICS and not prev.is_alpha:
                mention.honorifics = (prev.text,)
        return mention
    if label == "ORG":
        if not any(ch.isalpha() for ch in text) or _part_of_title(doc, cand):
            return None
        qualified = _state_prefix(span)
        if qualified is not None:
            code, rest = qualified
            return make("organization", f"{code}:{rest}", org_country=code, rest_key=rest)
        return make("organization", _org_key(text))
    if label in ("GPE", "LOC", "FAC"):
        return make("other", normalise(text))
    return None


#: "African-Americans": the one people gold marks as a group wherever it is named (a voting
#: bloc the campaigns court, 23 of 32 on half B), unlike the faiths and other peoples.
_BLOC: Final[re.Pattern[str]] = re.compile(r"^African[-\s]+Americans$")

#: Plural members of a party or a leaning the tagger may call a people ("Dems", "Hoosier
#: Republicans"): the party rules (:mod:`.groups`) decide on them.
_PARTY_MEMBERS: Final[frozenset[str]] = frozenset(
    {
        "democrats",
        "republicans",
        "dems",
        "independents",
        "progressives",
        "conservatives",
        "liberals",
    }
)


def _generic_people(doc: Doc, cand: _Candidate) -> bool:
    """ "a ban on Muslims", "insulted Hispanics", "Jews who fled": a bare plural of a
    faith or people with no state behind it names the whole class, which the
    guidelines leave out ("generic classes ('Muslims', 'illegal immigrants') are not
    actors", session 8), like a nation's bare plural ("Americans worry") above.

    Only a bare plural: "the Muslims of the town" (definite), a described one
    ("radical Islamists bombed", "black Muslims": a lowercase adjective makes a
    subset that may act) and a name's modifier ("Muslim leaders") keep their
    mention, and so do counted ones ("14 Catholics", the session-8 ruling's
    unnamed groups that act) and the subject of an act (:func:`_acting_subject`). Gold marked 21 of 103 bare faith or people
    plurals on half B, mostly one editor's note repeated across articles.
    """
    last = doc[cand.end - 1]
    if last.tag_ not in {"NNS", "NNPS"} or last.dep_ in _MODIFIER_DEPS:
        return False
    if _definite(doc, cand.start) or _BLOC.search(doc[cand.start : cand.end].text):
        return False
    if last.lower_ in _PARTY_MEMBERS or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in last.rights
    ):
        return False  # "Hoosier Republicans", "Dems": a party's; "Progressive Democrats of America"
    if _acting_subject(last):
        return False
    return not any((c.dep_ == "amod" and c.is_lower) or c.dep_ == "nummod" for c in last.lefts)


def _acting_subject(token: Token) -> bool:
    """ "Muslims protested outside the hall", "Asians and Hispanics gained the most": a
    people that does something is a group that acts (the session-15 rule), unlike one
    that only is something ("Muslims are our sports heroes")."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    verb = token.head
    return token.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() != "be"


def _definite(doc: Doc, start: int) -> bool:
    """Whether "the" opens the noun phrase at ``start`` ("the Russians", "all the Americans")."""
    return start > 0 and doc[start - 1].lower_ == "the"


def _with_social_adjectives(doc: Doc, m: Mention) -> Mention:
    """ "black Americans": race or orientation before a people's name is part of the group.

    The adjectives next to the name that modify it are taken in when one of
    them is a social one (:data:`.gazetteer.SOCIAL_ADJECTIVES`); "young
    Americans" stays "Americans".
    """
    start = m.start
    while start > 0 and doc[start - 1].dep_ == "amod" and doc[start - 1].head.i == m.end - 1:
        start -= 1
    words = {t.lower_ for t in doc[start : m.start]}
    if start == m.start or not words & gazetteer.SOCIAL_ADJECTIVES:
        return m
    m.start, m.start_char = start, doc[start].idx
    m.text = doc[start : m.end].text
    m.key = _group_key(m.text)
    return m


class _Make(Protocol):
    def __call__(
        self,
        kind: ActorKind,
        key: str,
        *,
        role: Role = "name",
        code: str | None = None,
        canonical: str | None = None,
        name_tokens: tuple[str, ...] = (),
        honorifics: tuple[str, ...] = (),
        org_country: str | None = None,
        rest_key: str | None = None,
    ) -> Mention: ...


def _classify_hit(doc: Doc, cand: _Candidate, hit: GazetteerHit, make: _Make) -> Mention | None:
    index = country_index()
    if hit.kind == "user":
        entry = user_entry(hit.canonical)
        if entry.type == "country" and entry.code:
            return make("country", entry.code, code=entry.code, canonical=entry.canonical)
        kind: ActorKind = entry.type  # type: ignore[assignment]
        words = tuple(doc[cand.start : cand.end].text.split())
        return make(
            kind,
            "dict:" + normalise(entry.canonical),
            code=entry.code,
            canonical=entry.canonical,
            name_tokens=words if kind == "person" else (),
        )
    if hit.kind == "country":
        code = index.by_name(hit.canonical)
        return make("country", code, code=code) if code is not None else None
    if hit.kind in ("capital", "seat"):
        after = doc[cand.end].text if cand.end < len(doc) else ""
        if after.casefold() in _NOT_CAPITAL_AFTER:
            return None
        code = index.by_place(hit.canonical)
        if code is None:
            return None
        return make("country", code, code=code, role="capital" if hit.kind == "capital" else "seat")
    if hit.kind == "media":
        if doc[cand.start : cand.end].text in gazetteer.MEDIA_NEEDS_NER and not cand.label:
            return None
        return make("media", normalise(hit.canonical), canonical=hit.canonical)
    if hit.kind == "party":
        return make("organization", normalise(hit.canonical), canonical=hit.canonical)
    if hit.kind == "industry":
        if _street_as_place(doc, cand):
            return None
        return make("group", normalise(hit.canonical), canonical=hit.canonical)
    if hit.kind == "body":
        code = gazetteer.NATIONAL_BODIES[hit.canonical]
        rest = normalise(hit.canonical)
        return make(
            "organization",
            f"{code}:{rest}",
            canonical=hit.canonical,
            code=code,
            org_country=code,
            rest_key=rest,
        )
    return make("organization", normalise(hit.canonical), canonical=hit.canonical)


#: Prepositions whose object, an industry's street, is the industry dealt with:
#: "too cozy with Wall Street", "railed against Wall Street", "money from Wall Street".
_INDUSTRY_PREPOSITIONS = frozenset({"with", "against", "from"})


def _street_as_place(doc: Doc, cand: _Candidate) -> bool:
    """ "Stocks on Wall Street rose", "Wall Street had a bad day": the market, not a party.

    A street that names an industry is an actor where someone deals with it:
    the object of a verb ("forcing Wall Street to bail out") or of "with",
    "against" or "from". Elsewhere it is mostly the market's place ("on Wall
    Street"), the market's day ("Wall Street ended higher") or a topic ("the
    influence of Wall Street"), which the annotators leave out. As a modifier
    it is no candidate: "Wall Street firms" is right as often as "Wall Street
    critics" (who are not the industry) is wrong.
    """
    root = doc[cand.end - 1]
    if root.dep_ == "dobj":
        return False
    return not (root.dep_ == "pobj" and root.head.lower_ in _INDUSTRY_PREPOSITIONS)


#: How far a place line may reach: "Rhinelander, Wis." and no sentence.
_PLACE_LINE_CHARS = 40


def _place_line(text: str, m: Mention) -> bool:
    """ "Bruce Doe.\n\nRhinelander, Wis.\n\n": a paragraph that is only a place.

    A letter writer's hometown under the signature, a photo credit or a
    caption's place is where someone lives or where a picture was taken; it
    does nothing (gold marks none of 10 on the tuning articles). The
    paragraph holds the name and at most a comma, a state and a full stop.
    Looks at most :data:`_PLACE_LINE_CHARS` characters either side.
    """
    if m.kind not in ("country", "other") or m.text.startswith("@"):
        return False  # a letter writer's handle ("@JaneDoe") is the writer
    lo = max(0, m.start_char - _PLACE_LINE_CHARS)
    before = text[lo : m.start_char]
    if m.start_char > 0 and "\n" not in before and lo > 0:
        return False
    head = before.rpartition("\n")[2].strip()
    if head and _TOWN_HEAD.fullmatch(head) is None:
        return False  # words before the place on its line, other than its town
    after = text[m.end_char : m.end_char + _PLACE_LINE_CHARS]
    if "\n" not in after and m.end_char + _PLACE_LINE_CHARS < len(text):
        return False
    rest = after.partition("\n")[0].strip()
    return _PLACE_TAIL.fullmatch(rest) is not None


#: What may stand before a state on a line of its own: its town ("Henderson,").
_TOWN_HEAD = re.compile(r"[A-Z][A-Za-z.'-]*(?:\s[A-Z][A-Za-z.'-]*)?,")
#: What may follow a place on a line of its own: ", Wis.", ", D.C.", ".", nothing.
_PLACE_TAIL = re.compile(r"(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?\.?")


def find_mentions(doc: Doc) -> list[Mention]:
    """Every actor mention of the doc, typed, in text order."""
    out: list[Mention] = []
    hits = gazetteer_hits(doc)  # one matcher pass, read by the candidates and the outlet split
    text = doc.text  # built once: Doc.text joins every token, so per mention it was quadratic
    for cand in candidates(doc, hits):
        mention = classify(doc, cand)
        if mention is None or not mention.text.strip() or _is_stance_word(mention.text):
            continue
        if not any(ch.isupper() for ch in mention.text) or _on_platform(doc, mention):
            continue  # "n't" tagged a place; "wrote on Twitter"
        if _in_compound_modifier(doc, mention):
            continue
        if mention.canonical is None and (_names_a_thing(mention) or _is_credit(doc, mention)):
            continue
        if _names_a_day(doc, mention) or _on_the_hill(doc, mention) or _state_nickname(mention):
            continue
        if _in_dateline(doc, mention) or _poll_share(doc, mention) or _poll_brand(doc, mention):
            continue
        if _place_line(text, mention) or _credit_line(text, mention):
            continue
        out.append(mention)
    _with_given_names(doc, out)
    out = _join_state_prefixes(doc, out)
    out = _join_committees_on_places(doc, out)
    out = _join_party_members(doc, out)
    out = [_party_kind(doc, m) for m in out]
    out = _drop_heading_noise(doc.text if len(doc) else "", out)
    out = _with_handles(doc, out)
    out = _untagged_platforms(doc, out)
    # the tagger's "person" Twitter is the company its untagged mentions are
    out = [
        replace(m, kind="organization", key=_org_key(m.text), gender=None, label="ORG")
        if m.kind == "person" and m.text in gazetteer.SOCIAL_PLATFORMS and not m.honorifics
        else m
        for m in out
    ]
    out = _split_possessors(doc, out)
    out = _split_outlet_names(doc, out, hits)
    full = _untagged_full_names(doc, out)
    missed = full + _untagged_surnames(doc, out + full)
    if missed:
        out = sorted(out + missed, key=lambda m: m.start)
    out = _headline_people(doc, text, out)
    out = _surnames_over_names(doc, out)
    _join_compound_surnames(out)
    _without_article(doc, out)
    for m in out:
        if m.kind == "person" and len(m.name_tokens) == 1:
            m.gender = gender_cue(doc, m)
    return out


def _given_name_before(doc: Doc, m: Mention) -> bool:
    """Whether the word before a person's name is a given name the parser left out of it.

    "Chair Debbie Wasserman Schultz", "Mayor Rahm Emanuel": the small model
    starts the name one word late when a title stands before an unusual given
    name. The word must be a capitalised proper noun in no entity that
    modifies the name, no title itself, and either a common given name or
    itself after a title; a headline's verb ("Obama Meets Trump") is neither.
    """
    if m.kind != "person" or m.label != "PERSON" or m.honorifics or m.start == 0:
        return False
    prev = doc[m.start - 1]
    if not (prev.pos_ == "PROPN" and prev.is_title and prev.ent_type_ == ""):
        return False
    if prev.dep_ != "compound" or not m.start <= prev.head.i < m.end:
        return False
    if prev.text in gazetteer.HONORIFICS or prev.lower_ in gazetteer.PERSON_ROLES:
        return False
    if names.gender_of_forename(prev.lower_) is not None:
        return True
    title = doc[prev.i - 1] if prev.i > 0 else None
    return title is not None and (
        title.text in gazetteer.HONORIFICS or title.lower_ in gazetteer.PERSON_ROLES
    )


def _with_given_names(doc: Doc, mentions: list[Mention]) -> None:
    """Give people the given name the parser cut off (:func:`_given_name_before`).

    The longer name also keys the person as the full name does, so that the
    compound surname ("Wasserman Schultz") joins it later.
    """
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.start - 1 in taken or not _given_name_before(doc, m):
            continue
        m.start -= 1
        m.start_char = m.name_start_char = doc[m.start].idx
        m.text = doc[m.start : m.end].text
        m.name_tokens = (doc[m.start].text, *m.name_tokens)
        m.key = normalise(" ".join(m.name_tokens))
        taken.add(m.start)


def _surnames_over_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Michael Bloomberg ... Bloomberg said", "Mark Cuban ... Cuban": a word the
    gazetteers or the tagger read as an outlet, a people or a place is the surname
    of a person the article names in full, after a common given name.

    Only a lone capitalised word that is no modifier: "a Bloomberg poll" and
    "Cuban exiles" keep the outlet and the people.
    """
    surnames = {
        m.name_tokens[-1].casefold()
        for m in mentions
        if m.kind == "person"
        and m.label == "PERSON"
        and len(m.name_tokens) >= 2
        # a given name makes it a person's name, not "Breitbart London" or "Hill Democrats"
        and names.gender_of_forename(m.name_tokens[0]) is not None
    }
    if not surnames:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        token = doc[m.start]
        if (
            m.kind != "person"
            and m.end - m.start == 1
            and token.is_title
            and token.lower_ in surnames
            and token.dep_ not in _MODIFIER_DEPS
        ):
            m = replace(
                m,
                kind="person",
                key=token.lower_,
                role="name",
                label="",
                code=None,
                canonical=None,
                name_tokens=(token.text,),
                org_country=None,
                rest_key=None,
                name_start_char=token.idx,
            )
        out.append(m)
    return out


#: Outlets whose name the gazetteer matches with its article ("The Hill"): the
#: article is needed to tell them from the word, not part of the mention.
_ARTICLE_NAMES: Final[frozenset[str]] = frozenset(
    name for names_ in gazetteer.MEDIA.values() for name in names_ if name.startswith("The ")
)


def _without_article(doc: Doc, mentions: list[Mention]) -> None:
    """ "The Hill", "The Atlantic": the mention leaves "The" out, like any determiner
    (the round-9 ruling on newspaper names)."""
    for m in mentions:
        if m.kind == "media" and m.end - m.start > 1 and m.text in _ARTICLE_NAMES:
            m.start += 1
            m.start_char = doc[m.start].idx
            m.text = doc[m.start : m.end].text


def _join_compound_surnames(mentions: list[Mention]) -> None:
    """ "Wasserman Schultz", "Vander Plaats", "bin Laden": a two-word name that
    ends a longer person's name and does not open with a given name is that
    person's compound surname, so it takes the full name's key.

    Clustering otherwise reads the two words as a first and a last name and
    makes a second person ("Wasserman" of the Schultzes). A first word that is
    a common given name ("Ann Smith" after "Mary Ann Smith") is left alone.
    """
    tails: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "person" and len(m.name_tokens) >= 3:
            tails.setdefault(normalise(" ".join(m.name_tokens[-2:])), set()).add(m.key)
    if not tails:
        return
    for m in mentions:
        if m.kind != "person" or len(m.name_tokens) != 2 or m.canonical is not None:
            continue
        if names.gender_of_forename(m.forename) is not None:
            continue
        full = tails.get(m.key)
        if full is not None and len(full) == 1:
            m.key = next(iter(full))


_MALE_CUES: Final[frozenset[str]] = frozenset({"mr", "mr.", "he", "his", "him", "himself"})
_FEMALE_CUES: Final[frozenset[str]] = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "she", "her", "herself"}
)


def _cue(word: str) -> str | None:
    return "m" if word in _MALE_CUES else "f" if word in _FEMALE_CUES else None


def gender_cue(doc: Doc, m: Mention) -> str | None:
    """The gender the words around a lone surname give its bearer.

    An honorific ("Mr. Trump"), or a pronoun that can only be the same person:
    the subject of what the person said or thought ("Trump said he would"), or
    a possessive in the person's own clause ("Clinton defended her plan").
    Bounded: the children of two tokens.
    """
    for word in m.honorifics:
        found = _cue(word.casefold())
        if found:
            return found
    if m.start > 0:
        found = _cue(doc[m.start - 1].lower_)
        if found and doc[m.start - 1].tag_ != "PRP$":
            return found
    token = doc[m.end - 1]
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = token.head
    for child in verb.children:
        if child.dep_ == "ccomp":
            subject = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and subject.tag_ == "PRP":
                return _cue(subject.lower_)
        elif child.dep_ == "dobj":
            owner = next((c for c in child.children if c.dep_ == "poss"), None)
            if owner is not None and owner.tag_ == "PRP$":
                return _cue(owner.lower_)
    return None


#: Short words Title Case leaves in lower case.
_HEADING_SMALL: Final[frozenset[str]] = frozenset(
    {"with", "from", "into", "over", "upon", "onto", "than", "that", "about", "after"}
)


def heading_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines set in Title Case: headlines and section heads.

    The small model tags Title Case words there as entities ("Veto Power
    Impedes Peace Efforts" as ORG), so names found only in headings are noise.
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
        if len(words) >= 3 and len(line.split()) <= 20:
            # A sentence has lowercase verbs and nouns; a heading capitalises them.
            lowercase = sum(1 for w in words if w[:1].islower() and w not in _HEADING_SMALL)
            if lowercase == 0:
                out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _drop_heading_noise(text: str, mentions: list[Mention]) -> list[Mention]:
    """Organisations and places the parser found only in headings are dropped.

    People stay: a headline often names the speaker ("Bernie Sanders: ..."),
    and Title Case fools the model into organisations far more than people.
    """
    headings = heading_lines(text)
    if not headings:
        return mentions
    in_heading: list[bool] = []
    hi = 0
    for m in mentions:  # mentions and headings are both in text order
        while hi < len(headings) and headings[hi][1] <= m.start_char:
            hi += 1
        in_heading.append(hi < len(headings) and headings[hi][0] <= m.start_char)
    body = {m.key for m, inside in zip(mentions, in_heading, strict=True) if not inside}
    return [
        m
        for m, inside in zip(mentions, in_heading, strict=True)
        if not inside
        or m.canonical is not None
        or m.role != "name"
        or m.kind in ("country", "person")  # "Ann Coulter: And Then There Was One"
        or m.key in body
    ]


def _join_state_prefixes(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "U.S." + "Supreme Court" the parser split: one organisation of that state."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "country"
            and prev.role == "name"
            and prev.code is not None
            and m.kind == "organization"
            and m.org_country in (None, prev.code)
            and (m.canonical is None or m.org_country == prev.code)
            and prev.end == m.start
            and m.start <= doc[prev.end - 1].head.i < m.end
        ):
            if m.org_country is None:  # a body the gazetteer knows has its key already
                rest = normalise(m.text)
                m.key, m.org_country, m.rest_key = f"{prev.code}:{rest}", prev.code, rest
            m.start, m.start_char = prev.start, prev.start_char
            m.name_start_char = -1
            m.text = doc[m.start : m.end].text
            out[-1] = m
            continue
        out.append(m)
    return out


#: Last words of bodies named after what they look into ("Select Committee on Benghazi").
_INQUIRY_BODIES: Final[frozenset[str]] = frozenset(
    {"committee", "subcommittee", "commission", "panel"}
)


def _join_committees_on_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the House Select Committee on Benghazi": one body, which the parser splits into
    a committee and a place; the place only names what the committee looks into."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "organization"
            and doc[prev.end - 1].lower_ in _INQUIRY_BODIES
            and prev.end + 1 == m.start
            and doc[prev.end].lower_ == "on"
            and m.kind in ("country", "other")
        ):
            span = doc[prev.start : m.end]
            out[-1] = replace(
                prev,
                end=m.end,
                end_char=span.end_char,
                text=span.text,
                key=_org_key(span.text),
                org_country=None,
                rest_key=None,
            )
            continue
        out.append(m)
    return out


def _join_party_members(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Senate Republicans", "Ohio Democrats", "Reagan Democrats": one group.

    A name right before a party's plural that modifies it picks out the
    members of that body, state or kind: a group of its own, not the party
    and not the body ("Senate Republicans are unmoved").
    """
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == m.start
            and m.canonical in gazetteer.PARTIES
            and m.end - m.start == 1
            and doc[m.start].tag_ in {"NNPS", "NNS"}
            and doc[prev.end - 1].dep_ == "compound"
            and doc[prev.end - 1].head.i == m.start
        ):
            out[-1] = _group_mention(doc[prev.start : m.end])
            continue
        out.append(m)
    return out


#: Adjectives that pick out a kind of a party's members ("congressional
#: Republicans", "white working-class Democrats", "establishment Republicans"):
#: a group of its own, not the party. Quantities ("many", "two"), moods
#: ("nervous", "skittish") and "fellow"/"other" are not in it (gold marks the
#: bare plural after them as often as the longer span).
PARTY_KINDS: Final[frozenset[str]] = frozenset(
    {
        "congressional",
        "establishment",
        "mainstream",
        "traditional",
        "moderate",
        "conservative",
        "liberal",
        "progressive",
        "white",
        "black",
        "working-class",
        "blue-collar",
        "rank-and-file",
        "leading",
        "senior",
        "top",
        "young",
        "younger",
        "older",
        "evangelical",
        "elected",
    }
)


def _party_kind(doc: Doc, m: Mention) -> Mention:
    """ "congressional Republicans", "white, working-class Democrats": one group.

    A party's plural after lowercase words of :data:`PARTY_KINDS` that
    modify it (hyphened ones and commas between them included) names those
    members, like "Senate Republicans" (:func:`_join_party_members`); the
    span takes the modifiers. Anything else before it keeps the party.
    """
    if m.canonical not in gazetteer.PARTIES or m.end - m.start != 1:
        return m
    if doc[m.start].tag_ not in {"NNPS", "NNS"}:
        return m
    start = _subset_start(doc, _kind_start(doc, m.start), m.start)
    if start == m.start:
        return m
    return _group_mention(doc[start : m.end])


#: Words that pick some of a party's members out of the rest ("some Democrats", "many
#: Republicans", "these Republicans", "other Democrats"): the phrase is a group of its own,
#: the gold's span from the word on; the bare plural after them is the party in almost none
#: of rounds 17-22 (1 of 30; the rest is the phrase or nothing, about evenly). "fellow",
#: "both" and "all" are left: the bare plural there is still marked.
PARTY_SUBSETS: Final[frozenset[str]] = frozenset(
    {"some", "many", "most", "several", "few", "other", "these", "those"}
)


def _subset_start(doc: Doc, start: int, head: int) -> int:
    """Where a party members' phrase starts when a subset word leads it ("most other
    Republicans", "some high-profile Democrats"); ``start`` when none does. After a named
    member the party stays: "Senator Reyes and other Democrats" (session 16)."""
    if doc[head].dep_ == "conj":
        return start
    i = start - 1
    while i >= 0 and doc[i].lower_ in PARTY_SUBSETS and _modifies(doc, i, i, head):
        start = i
        i -= 1
    return start


def _group_mention(span: Span) -> Mention:
    """A group's mention over ``span`` ("Senate Republicans", "congressional Republicans")."""
    return _span_mention(span, "group", _group_key(span.text), named=False)


def _kind_start(doc: Doc, head: int) -> int:
    """The first token of the kind modifiers right before ``head`` (``head`` when none)."""
    start = head
    i = head - 1
    while i >= 0:
        word, first = _hyphened_word(doc, i)
        if word in PARTY_KINDS and _modifies(doc, first, i, head):
            start = first
            i = first - 1
            if i >= 0 and doc[i].text == ",":
                i -= 1  # "white, working-class Democrats"
            continue
        break
    return start


def _hyphened_word(doc: Doc, end: int) -> tuple[str, int]:
    """The word ending at token ``end`` with its hyphened parts ("rank-and-file"), and its first token."""
    first = end
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_:
        if doc[first - 2].whitespace_:
            break
        first -= 2
    return "".join(t.text for t in doc[first : end + 1]).lower(), first


def _modifies(doc: Doc, first: int, last: int, head: int) -> bool:
    """Whether the tokens ``first..last`` hang under ``head`` (directly or through each other)."""
    for t in doc[first : last + 1]:
        anc = t
        for _ in range(4):
            if anc.i == head:
                break
            if anc.head.i == anc.i or not (first <= anc.head.i <= head):
                return False
            anc = anc.head
        if anc.i != head:
            return False
    return True


def _names_a_thing(m: Mention) -> bool:
    """Laws, programmes, treaties and events the parser tags as organisations:
    "Obamacare", "Nafta", "the Clean Air Act", "the Republican National Convention"."""
    if m.kind not in ("organization", "other", "group", "person"):
        return False
    words = m.text.split()
    if m.text.casefold() in gazetteer.NOT_ACTOR_NAMES:
        return True
    last = words[-1].casefold()
    # a "Program" or "Programme" may be a research unit ("Nuclear Policy Program")
    return len(words) > 1 and last in gazetteer.NOT_ACTOR_HEADS and not last.startswith("program")


_WEEKDAYS: Final[frozenset[str]] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
#: First words of named days ("Super Tuesday", "Black Friday", "Ash Wednesday").
_DAY_NAME_WORDS: Final[frozenset[str]] = frozenset(
    {"super", "mini", "black", "cyber", "giving", "good", "holy", "ash", "palm", "easter"}
)


def _names_a_day(doc: Doc, m: Mention) -> bool:
    """ "Super Tuesday", "Black Friday": the first word of a day's name, which the
    parser splits from the weekday it tags a date. Only those words: a name before
    a weekday is someone acting on that day ("debuts on Netflix Friday")."""
    if m.end - m.start != 1 or m.end >= len(doc) or doc[m.end].lower_ not in _WEEKDAYS:
        return False
    return doc[m.start].lower_ in _DAY_NAME_WORDS


def _state_nickname(m: Mention) -> bool:
    """ "in the Granite State", "the Buckeye State's voters": a state's nickname is the
    ground of a race or a place, no actor (rounds 5-22 mark 1 of 20)."""
    words = m.text.split()
    if words[:1] and words[0] in _DETERMINERS:
        words = words[1:]  # "the Granite State", "The Granite State"
    return (
        len(words) > 1
        and words[-1] == "State"
        and " ".join(words[:-1]) in gazetteer.STATE_NICKNAMES
    )


#: Quarters of Washington that the tagger calls organisations: "on Capitol Hill" is where
#: lawmakers are, "on K Street" where lobbyists are.
_QUARTERS: Final[frozenset[str]] = frozenset({"Capitol Hill", "K Street"})


def _on_the_hill(doc: Doc, m: Mention) -> bool:
    """ "Republicans on Capitol Hill", "went before reporters on Capitol Hill": the quarter
    after "on" is where people are, no actor (the guidelines' places used purely as
    locations; gold marks none of 8 on the tuning articles). "A visit to Capitol Hill"
    and "Capitol Hill reacted" are left to the other rules. "On the Hill" is Capitol Hill
    too ("Republican members on the Hill"); "The Hill reported" is the newspaper."""
    if m.text == "Hill" and m.start > 1:
        return doc[m.start - 1].lower_ == "the" and doc[m.start - 2].lower_ == "on"
    return m.text in _QUARTERS and m.start > 0 and doc[m.start - 1].lower_ == "on"


#: Characters a credit line may have: "Contributing: Jane Roe, John Doe and ..., USA TODAY".
_CREDIT_LINE_CHARS: Final[int] = 300
#: How a closing credit line begins: "Contributing: ...", "Additional reporting by ...".
_CREDIT_HEAD = re.compile(r"(?:contributing\s*:|(?:additional\s+)?reporting\s+by\b)", re.IGNORECASE)
#: Characters a credit line ending in "contributed" may have: a few names, no sentence.
_CREDIT_TAIL_CHARS: Final[int] = 100
#: How a closing credit line ends: "Jane Roe contributed.", "... contributed to this report."
_CREDIT_TAIL = re.compile(
    r"\bcontributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:report|story|article))?\.?\s*$"
)


def _credit_line(text: str, m: Mention) -> bool:
    """ "Contributing: Jane Roe, USA TODAY", "Jane Roe contributed.": a credit line, no actor.

    A paragraph of its own that credits the reporters who helped names them,
    their paper and where they reported from; none of them acts in the story,
    like the byline (:func:`_is_credit` covers "Reporting by X" inside a
    wire's closing parenthesis). Looks at most :data:`_CREDIT_LINE_CHARS`
    characters either side.
    """
    lo = max(0, m.start_char - _CREDIT_LINE_CHARS)
    cut = text.rfind("\n", lo, m.start_char)
    if cut < 0 and lo > 0:
        return False
    hi = min(len(text), m.end_char + _CREDIT_LINE_CHARS)
    end = text.find("\n", m.end_char, hi)
    if end < 0 and hi < len(text):
        return False
    line = text[cut + 1 : end if end >= 0 else hi].strip()
    if _CREDIT_HEAD.match(line) is not None:
        return True
    # only names before the tail: "Jane Roe and John Doe contributed.", not a story's sentence
    return len(line) <= _CREDIT_TAIL_CHARS and _CREDIT_TAIL.search(line) is not None


#: Words a wire story's credit line puts before its reporters and editors.
_CREDITS: Final[frozenset[str]] = frozenset({"reporting", "editing", "writing", "compiled"})


def _is_credit(doc: Doc, m: Mention) -> bool:
    """ "(Reporting by Jane Roe; Editing by John Doe)": the byline, no actor."""
    if m.kind != "person" or m.start < 2 or doc[m.start - 1].lower_ != "by":
        return False
    return doc[m.start - 2].lower_ in _CREDITS


def _in_dateline(doc: Doc, m: Mention) -> bool:
    """ "WASHINGTON (AP) --", "FLINT, Mich., Oct. 4 (UPI) --": where the story was filed and
    the wire that filed it, no actor in either (the core's ``ctx.in_dateline``)."""
    start = doc[m.start].idx
    end = _dateline_end(doc, start)
    return end is not None and doc[m.end - 1].idx + len(doc[m.end - 1]) <= end


#: Prepositions that put a statement on a platform ("on Twitter", "via Facebook").
_MEDIUM_PREPOSITIONS: Final[frozenset[str]] = frozenset({"on", "via", "across", "through"})


def _on_platform(doc: Doc, m: Mention) -> bool:
    """ "wrote on Twitter", "a Facebook post", "took to Twitter": the medium, no actor.

    A platform acts only as a clause's subject or object ("Twitter suspended
    the account", "sued Facebook"); after "on"/"via" (also as the second of
    two: "via Facebook and Twitter"), after "took to" or modifying a noun it
    is where something was said (:func:`_platform_as_company`).
    """
    return m.text in gazetteer.SOCIAL_PLATFORMS and not _platform_as_company(doc[m.end - 1])


def _platform_as_company(token: Token) -> bool:
    """ "Facebook runs the feed", "a letter to Facebook", "a board member of
    Facebook": a platform the tagger left untagged that is a clause's argument
    is the company. Not the medium ("on Twitter", "via Facebook and Twitter",
    "took to Twitter", "a Twitter post"), a heading or sign-off ("Twitter:
    @name") or a photo credit ("Getty/Instagram").
    """
    doc = token.doc
    if any(0 <= j < len(doc) and doc[j].text == "/" for j in (token.i - 1, token.i + 1)):
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "via Facebook and Twitter": the first one's place
    if token.dep_ in _MODIFIER_DEPS or token.dep_ == "ROOT":
        return False
    if token.dep_ != "pobj":
        return True
    preposition = token.head.lower_
    return preposition not in _MEDIUM_PREPOSITIONS and not (
        preposition == "to" and token.head.head.lemma_ in {"take", "run", "turn", "go"}
    )


def _untagged_platforms(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Platforms the tagger leaves untagged, where they act as companies (:func:`_platform_as_company`)."""
    covered: set[int] | None = None
    added: list[Mention] = []
    for token in doc:
        if token.text not in gazetteer.SOCIAL_PLATFORMS or token.ent_type_:
            continue
        if covered is None:
            covered = {i for m in found for i in range(m.start, m.end)}
        if token.i in covered or not _platform_as_company(token):
            continue
        added.append(_one_token_mention(token, "organization", _org_key(token.text)))
    return sorted(found + added, key=lambda m: m.start) if added else found


def _in_compound_modifier(doc: Doc, m: Mention) -> bool:
    """ "a Wisconsin-based firm", "the Republican-controlled House", "his
    Clinton-backing colleagues": a name hyphened to a participle or adjective
    that modifies the noun after it is part of one word, which says what kind
    of thing the noun is; the name is no mention.

    Person names that go on past a hyphen ("Kim Jong-un said") are left
    alone: there the lowercase part is the head of the name, not a modifier.
    """
    if m.end + 1 >= len(doc) or doc[m.end - 1].whitespace_:
        return False
    hyphen, word = doc[m.end], doc[m.end + 1]
    return (
        hyphen.text in {"-", "–"}
        and not hyphen.whitespace_
        and word.is_lower
        and word.is_alpha
        and word.dep_ in _MODIFIER_DEPS
        and word.head.i > word.i
    )


def _poll_share(doc: Doc, m: Mention) -> bool:
    """ "79 percent of Democrats said", "81 percent of Hispanics": a poll's share
    of a party's voters or of a people, no actor (the guidelines leave poll
    results and generic classes out; gold marks 4 of 19 in half B).

    Only a plural party or people name right after "percent of" / "% of":
    "percent of the Senate" and "two of the Democrats" (people the text
    counts) keep their mention.
    """
    if m.canonical not in gazetteer.PARTIES and m.label != "NORP" and m.kind != "group":
        return False
    token = doc[m.end - 1]
    if token.tag_ not in {"NNPS", "NNS"} or token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    if any(child.dep_ in {"det", "relcl", "acl"} for child in token.children):
        return False  # "percent of the Syrians arriving", "of Democrats who backed him": a subset in view
    return token.head.head.lower_ in _SHARE_WORDS


def _is_stance_word(text: str) -> bool:
    """ "pro-Israel", "anti-Trump": an attitude towards an actor, not an actor."""
    return text[:4].casefold() in {"pro-", "non-"} or text[:5].casefold() == "anti-"


def _span_mention(span: Span, kind: ActorKind, key: str, *, named: bool) -> Mention:
    """A mention over ``span`` that no tagger entity gives; a ``named`` one carries its words
    as the name (a surname, a whole untagged name), a group's description does not."""
    return Mention(
        start=span.start,
        end=span.end,
        start_char=span.start_char,
        end_char=span.end_char,
        text=span.text,
        kind=kind,
        key=key,
        name_tokens=tuple(span.text.split()) if named else (),
        name_start_char=span.start_char if named else -1,
    )


def _one_token_mention(token: Token, kind: ActorKind, key: str) -> Mention:
    """A mention of one token that the tagger left unnamed (a surname, a platform)."""
    return _span_mention(token.doc[token.i : token.i + 1], kind, key, named=True)


def _person_span_mention(span: Span) -> Mention:
    """A person mention of a whole name the tagger did not give as one (an untagged full
    name, the name left after an outlet is split off)."""
    return _span_mention(span, "person", normalise(span.text), named=True)


def _surname_mention(token: Token) -> Mention:
    """A person mention of one capitalised surname."""
    return _one_token_mention(token, "person", token.lower_)


def _person_surnames(found: list[Mention]) -> set[str]:
    """The surname keys of the people the tagger named (PERSON): whose possessive or
    untagged surname a lone capitalised word may be."""
    return {
        key for m in found if m.kind == "person" and m.label == "PERSON" for key in m.surname_keys
    }


def _split_possessors(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "Rubio’s Miami backyard", "Dunn’s Harbor Capital Group", "Hale’s 1995 return":
    the small model runs a person's possessive surname into the entity after it.

    When the word before the possessive marker is the surname of a person the
    article names (tagged PERSON), it is that person's mention (the guidelines
    split "Obama's aides" into Obama and the aides); what follows stays a
    mention only as a name of its own (two or more capitalised words: "State
    Department"), not a place or number the owner has ("Miami", "1995").
    """
    surnames = _person_surnames(found)
    surnames.discard("")
    if not surnames:
        return found
    out: list[Mention] = []
    for m in found:
        owner = doc[m.start]
        marker = m.start + 1
        if (
            m.kind == "person"
            or m.end - m.start < 3
            or doc[marker].tag_ != "POS"
            or not owner.is_title
            or owner.lower_ not in surnames
        ):
            out.append(m)
            continue
        out.append(_surname_mention(owner))
        rest = doc[marker + 1 : m.end]
        if len(rest) >= 2 and all(t.is_title and t.is_alpha for t in rest):
            named = classify(doc, _Candidate(rest.start, rest.end, m.label, None))
            if named is not None:
                out.append(named)
    return out


def _person_after_outlet(doc: Doc, start: int, end: int, surnames: set[str]) -> bool:
    """Whether ``doc[start:end]`` is a person's name: one to three capitalised words,
    a listed given name first or the last the surname of a person the article names."""
    words = doc[start:end]
    if not 1 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words):
        return False
    given = len(words) >= 2 and names.gender_of_forename(words[0].text) is not None
    return given or words[-1].lower_ in surnames


def _split_outlet_names(doc: Doc, found: list[Mention], hits: list[GazetteerHit]) -> list[Mention]:
    """ "Fox News’ Ann Lowry", "Breitbart’s Tom Hale", "Fox News Carl Dobbs": the
    small model runs an outlet and its journalist into one name.

    The person is a mention of their own; the outlet too when it is a
    possessor (the guidelines split "Obama's aides"), not when it only
    titles the name ("Fox News Sean Hannity", like "IMF chief economist X").
    """
    outlets: dict[int, GazetteerHit] = {}
    for media in hits:
        known = outlets.get(media.start)
        if media.kind == "media" and (known is None or media.end > known.end):
            outlets[media.start] = media
    if not outlets:
        return found
    surnames = _person_surnames(found)
    out: list[Mention] = []
    for m in found:
        hit = outlets.get(m.start)
        if hit is None or hit.end >= m.end:
            out.append(m)
            continue
        owner = doc[hit.end].tag_ == "POS" or doc[hit.end].text in {"’", "'"}
        rest = hit.end + 1 if owner else hit.end
        # a one-word outlet before a name may be a given name: "Dawn Hochsprung"
        if not (owner or hit.end - hit.start >= 2):
            out.append(m)
            continue
        if not _person_after_outlet(doc, rest, m.end, surnames):
            out.append(m)
            continue
        if owner:
            outlet = classify(doc, _Candidate(hit.start, hit.end, "", hit))
            if outlet is not None:
                out.append(outlet)
        out.append(_person_span_mention(doc[rest : m.end]))
    return out


def _untagged_full_names(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Full names of people named elsewhere that the parser missed or mislabelled here.

    "Ivanka Trump" tagged PERSON in one sentence is left untagged or called a
    PRODUCT in the next; the same two or three capitalised words are the same
    person. One pass over the tokens with a set look-up on the first name.
    """
    names: dict[str, set[tuple[str, ...]]] = {}
    for m in found:
        if m.kind == "person" and m.label == "PERSON" and 2 <= len(m.name_tokens) <= 3:
            words = tuple(t.lower_ for t in doc[m.start : m.end])
            if len(words) == len(m.name_tokens):
                names.setdefault(words[0], set()).add(words)
    if not names:
        return []
    taken: set[int] = {i for m in found for i in range(m.start, m.end)}
    out: list[Mention] = []
    n = len(doc)
    for i in TokenTable(doc).where_lower(set(names)):
        if i in taken or not doc[i].is_title:
            continue
        # Longest first, then alphabetical: a set's order changes with the hash seed, and
        # "Log Cabin" must not win over "Log Cabin Republicans" in one process and lose in the next.
        for words in sorted(names[doc[i].lower_], key=lambda w: (-len(w), w)):
            end = i + len(words)
            if end > n or any(doc[j].lower_ != w or j in taken for j, w in enumerate(words, i)):
                continue
            out.append(_person_span_mention(doc[i:end]))
            taken.update(range(i, end))
            break
    return out


#: Dependencies of a clause's participants: a surname in one is a person whatever its tag.
_ARGUMENT_DEPS: Final[frozenset[str]] = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})

#: Entity labels of things, never actors, that the small model puts on a person's
#: surname after a quotation mark or in a headline ("Trump told ..." as a WORK_OF_ART).
_THING_LABELS: Final[frozenset[str]] = frozenset({"WORK_OF_ART", "PRODUCT", "LAW", "EVENT"})


#: Labels a sentence-opening surname may carry and still be the person: none, a
#: thing's, a one-word organisation or person the mention pass dropped ("Kasich:").
_OPENING_LABELS: Final[frozenset[str]] = _THING_LABELS | {"", "ORG", "PERSON"}


def _name_word(token: Token) -> bool:
    """A capitalised proper noun that is no date ("August", "Wednesday")."""
    return token.pos_ == "PROPN" and token.is_title and token.ent_type_ != "DATE"


def _org_tagged_person(m: Mention) -> bool:
    """ "Sean Hannity" tagged an organisation: a given name and a surname, which
    the clusters make a person (its surname stands alone later: "Hannity asked")."""
    words = m.text.split()
    return (
        m.label == "ORG"
        and len(words) == 2
        and words[1].isalpha()
        and (words[0].casefold() in names.MALE or words[0].casefold() in names.FEMALE)
    )


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens its sentence (after an opening quotation mark too) as a
    one-token entity or none: "Trump not walking the walk", "Trump, Cruz break away",
    "“Trump the dealmaker may emerge". The small model reads a surname there as
    a verb, an adjective or a one-word organisation; an entity running on ("Trump
    Tower") is another name, a modifier of the noun after it a brand ("Trump suits")."""
    token = doc[i]
    quoted = i > 0 and doc[i - 1].is_sent_start and doc[i - 1].is_quote
    if not (token.is_sent_start or quoted):
        return False
    if i + 1 >= len(doc):
        return True
    after = doc[i + 1]
    if token.ent_iob_ == "B" and after.ent_iob_ == "I":
        return False
    if after.pos_ == "NOUN" and after.is_lower and token.head.i == i + 1:
        return False  # a brand: "Trump suits were made in Mexico"
    return not (after.is_title and after.pos_ == "PROPN")


def _untagged_surnames(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Surnames of people named elsewhere that the parser left untagged or called a thing here.

    The small model tags "Rubio" in one sentence and not in the next, or
    reads '"...," Trump told' as the title of a work; a stand-alone
    capitalised proper noun outside any actor entity that is the surname of
    a person in the same article is that person. One pass over the tokens
    with a set look-up.
    """
    surnames = _person_surnames(found)
    surnames.update(m.text.split()[-1].casefold() for m in found if _org_tagged_person(m))
    surnames.discard("")
    if not surnames:
        return []
    out: list[Mention] = []
    n = len(doc)
    taken = {t for m in found for t in range(m.start, m.end)}
    for i in TokenTable(doc).where_lower(surnames):
        token = doc[i]
        if i in taken:
            continue
        if token.is_title and _stance_toward(doc, i):
            out.append(_surname_mention(token))
            continue
        # a place line is no sentence: "EASTBROOK ― Jane Roe said" opens with a dateline
        initial = _opens_sentence(doc, i) and _dateline_end(doc, token.idx) is None
        if token.ent_type_ not in (_OPENING_LABELS if initial else _THING_LABELS | {""}):
            continue  # a name of something else may take it in: "Trump accused Holt" as a title
        shouting = token.is_upper and len(token.text) > 2  # transcripts: "PENCE: ..."
        if not (token.is_title or shouting):
            continue
        # The tagger calls a sentence-initial name a NOUN at times; a modifier
        # ("Black voters") is an adjective, not the person, so only heads count.
        head_noun = (
            token.pos_ == "NOUN" and token.dep_ not in _MODIFIER_DEPS and token.tag_ != "NNS"
        )
        # It calls "Sanders" a plural noun and "Trump" a verb as a clause's
        # subject or object ("Sanders named five", "Trump himself has failed"):
        # a capitalised argument spelled like the surname is the person.
        argument = token.dep_ in _ARGUMENT_DEPS
        # A possessive with the bare apostrophe ("Sanders’ allies") is read as a
        # plural noun modifying the next one; its marker makes it an owner.
        owner = i + 1 < n and doc[i + 1].dep_ == "case" and doc[i + 1].head.i == i
        if not (token.pos_ == "PROPN" or shouting or head_noun or argument or owner or initial):
            continue
        # next to another name it may be part of it, unless that is a date ("In August Trump met")
        prev_name = i > 0 and _name_word(doc[i - 1])
        next_name = i + 1 < n and _name_word(doc[i + 1])
        if prev_name or next_name:
            continue
        out.append(_surname_mention(token))
    return out


#: Prefixes of a stance toward someone, hyphened to the name: "anti-Trump", "pro-Sanders".
_STANCE_PREFIXES: Final[frozenset[str]] = frozenset({"anti", "pro"})
#: Prefixes of a drive against someone ("the stop-Trump effort", "a Dump-Trump bump"), which
#: may instead name the group that opposes him ("the Stop-Trump movement").
_DRIVE_PREFIXES: Final[frozenset[str]] = frozenset({"stop", "dump"})
#: Nouns a drive's prefix names a group with: one span, no mention of the opposed.
_DRIVE_GROUPS: Final[frozenset[str]] = frozenset(
    {"movement", "campaign", "group", "coalition", "pac", "committee"}
)


def _stance_toward(doc: Doc, i: int) -> bool:
    """Whether the surname at token ``i`` is the one a hyphened stance is taken toward.

    "anti-Trump delegates", "the pro-Sanders crowd", "the stop-Trump effort" mark the
    person (rulings of rounds 15, 18 and 23: "Anti-X" modifiers mark X; rounds 18-22 mark
    27 of 28 such surnames); the tagger reads the word as an adjective or runs it into a
    PERSON entity that :func:`_is_stance_word` drops whole. A group named after whom it
    opposes ("the Stop-Trump movement") is one span with no mention of him (round 20).
    Only a surname of a person the article names: "anti-Muslim", "anti-Washington" stay
    no mention.
    """
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return False
    prefix = doc[i - 2].lower_
    if prefix in _STANCE_PREFIXES:
        return True
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return prefix in _DRIVE_PREFIXES and after not in _DRIVE_GROUPS


#: Words no person's name holds: a PERSON tag over them ("Obama White House", "Our
#: Principles PAC") names a body, whose last word alone is no surname.
_NO_NAME_WORDS: Final[frozenset[str]] = gazetteer.STATE_ORGAN_HEADS | frozenset(
    {"PAC", "Party", "House"}
)


def _body_people(found: list[Mention], end: int) -> dict[str, list[str]]:
    """Names of the people the body (after character ``end``) names in full, by their
    first word: each full name, each surname, and a common given name that only one
    surname of the body bears ("Hillary" of "Hillary Clinton"). A person is tagged
    PERSON, or ORG with a listed given name ("Carly Fiorina", :func:`_org_tagged_person`)."""
    people = [
        [w.casefold() for w in m.name_tokens if w not in gazetteer.NAME_SUFFIXES]
        if m.kind == "person"
        else m.text.casefold().split()
        for m in found
        if m.start_char > end
        and ((m.kind == "person" and m.label == "PERSON") or _org_tagged_person(m))
        and not any(w in _NO_NAME_WORDS or (w.isupper() and w.isalpha()) for w in m.text.split())
    ]
    forms: set[str] = set()
    bearers: dict[str, set[str]] = {}
    for words in people:
        if len(words) < 2:
            continue
        forms.add(" ".join(words))
        forms.add(words[-1])
        bearers.setdefault(words[0], set()).add(words[-1])
    for forename, surnames in bearers.items():
        if len(surnames) == 1 and names.gender_of_forename(forename) is not None:
            forms.add(forename)
    by_first: dict[str, list[str]] = {}
    for form in sorted(forms, key=len, reverse=True):  # the longest name first
        by_first.setdefault(form.split()[0], []).append(form)
    return by_first


def _headline_span(doc: Doc, text: str, i: int, forms: list[str], stop: int) -> Span | None:
    """The longest of ``forms`` spelled, capitalised, from token ``i`` to a token end."""
    start = doc[i].idx
    for form in forms:
        end_char = start + len(form)
        if end_char > stop or text[start:end_char].casefold() != form:
            continue
        span = doc.char_span(start, end_char)
        if span is not None and all(_capitalised(t) for t in span if t.is_alpha):
            return span
    return None


def _capitalised(token: Token) -> bool:
    """A name's capital: "Trump", "McCain"; not an acronym ("PAC") or a lowercase word."""
    return token.text[:1].isupper() and not (token.is_upper and len(token) > 1)


#: Punctuation after which a headline word is capitalised whatever it is ("Khans: Trump ...").
_OPENERS: Final[frozenset[str]] = frozenset({":", ";", ".", "!", "?", "\u2014", "\u2013"})


def _ordinary_adjective(doc: Doc, span: Span) -> bool:
    """Whether a one-word name opening the headline (or a sentence in it) is read as an
    adjective of the noun after it: "Black voters turn out", "Young lead causes cracks".
    There its capital is no evidence of a name: the ordinary word is the safer reading
    than the body's Diane Black. The parser reads "Ryan wages campaign" and "Trump lead
    causes ..." the same way (the only two such headlines of the annotated halves, both
    the person), which this gives up. A noun modifier, compound or nmod ("Rubio super
    PAC", "Trump-Clinton fight", "Walsh rips Reed" read as a compound), is kept: 6 of
    the 8 the rule takes on the annotated halves are the person.
    """
    token = doc[span.start]
    prev = doc[span.start - 1] if span.start else None
    if prev is not None and not prev.is_space and prev.text not in _OPENERS:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.is_punct or after.pos_ in ("VERB", "AUX"):
        return False  # "Kasich: ...", "Trump rips ..."
    return token.pos_ == "ADJ" or (token.dep_ == "amod" and token.head.i > token.i)


def _loose_in_headline(doc: Doc, span: Span) -> bool:
    """Whether a one-word name stands alone: no capitalised proper noun runs on into it
    ("Trump University", "Ivanka Trump", "Jeb Bush") but a title ("Gov Fallin"), and it
    is not an ordinary adjective opening the headline (:func:`_ordinary_adjective`)."""
    if span.end < len(doc) and _name_word(doc[span.end]):
        return False
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].is_lower:
        return False  # a compound adjective: "Trump-style", "Rubio-backed"
    if _ordinary_adjective(doc, span):
        return False
    if span.start == 0:
        return True
    prev = doc[span.start - 1]
    titled = prev.text in gazetteer.HONORIFICS or prev.lower_ in gazetteer.PERSON_ROLES
    return not _name_word(prev) or titled


def _runs_on(doc: Doc, span: Span, found: list[tuple[int, int]]) -> bool:
    """Whether a name the parser found runs on from ``span`` into another capitalised
    word: a full name ("Donald Trump" when the body has only "Trump"), a title ("Clinton
    Cash"); a lowercase noun after it is what the name owns ("Rubio super PAC").
    A run through punctuation or a possessive ("Carson, Huckabee", "Trump-Clinton",
    "Trump's Putin") or from an all-caps title ("AG Lynch") is the parser's error."""
    for start, end in found:
        if end <= span.start or start >= span.end:
            continue
        if end > span.end and doc[span.end].is_alpha and not doc[span.end].is_lower:
            return True  # "Rubio super PAC" is Rubio's
        before = doc[span.start - 1] if span.start > start else None
        if before is not None and before.is_alpha and not before.is_upper:
            return True
    return False


def _headline_people(doc: Doc, text: str, found: list[Mention]) -> list[Mention]:
    """People of the body the headline names by the same words, as those people.

    The small model reads a title-case headline badly even truecased: a name
    opening it is a verb or an adjective ("Absent Trump derides debate"), a
    speaker before a colon is left out ("Kasich: ..."), a name is typed an
    organisation ("Carly Fiorina Endorses ...") or run into the next one ("Carson,
    Huckabee", "Trump-Clinton", "Hillary's Trump"). The body, parsed as prose, is
    more reliable: a capitalised headline word sequence that spells the full name,
    the surname or the one given name of a person the body tags PERSON is that
    person; names the parser found there that overlap it are replaced. One pass
    over the headline's tokens with a dictionary look-up on the first word.
    """
    headline = headline_span(text)  # a lead paragraph with no headline above it is prose
    if headline is None or not len(doc):
        return found
    stop = headline[1]
    by_first = _body_people(found, stop)
    if not by_first:
        return found
    people = {(m.start, m.end) for m in found if m.kind == "person" and m.start_char < stop}
    longer = [(m.start, m.end) for m in found if m.start_char < stop]
    added: list[Mention] = []
    i, n = 0, len(doc)
    while i < n and doc[i].idx < stop:
        forms = by_first.get(doc[i].lower_)
        span = _headline_span(doc, text, i, forms, stop) if forms else None
        if span is None or (len(span) == 1 and not _loose_in_headline(doc, span)):
            i += 1
            continue
        if (span.start, span.end) not in people and not _runs_on(doc, span, longer):
            added.append(_person_span_mention(span))
        i = span.end
    if not added:
        return found
    taken = {t for m in added for t in range(m.start, m.end)}
    kept = [
        m
        for m in found
        if m.start_char > stop or not any(t in taken for t in range(m.start, m.end))
    ]
    return sorted(kept + added, key=lambda m: m.start)


#: A handle as the platforms spell it: letters, digits and underscores after "@".
_HANDLE: Final[re.Pattern[str]] = re.compile(r"@\w+")


def _with_handles(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "Follow Jane Roe on Twitter @JaneRoe", "No @JaneRoe -": the handle names its owner.

    A handle is a mention of the person of the article whose first and last
    name it spells ("@realJaneRoe", "@JaneRoeUSA"; the guidelines' ruling on
    tweets: a handle names its author); a handle matching nobody stays out
    (most are readers replying to a tweet). Mentions the parser built around
    the handle ("Twitter @JaneRoe") give way to it. One regular-expression pass over the text.
    """
    spelled: dict[str, Mention] = {}
    for m in found:
        if m.kind == "person" and len(m.name_tokens) >= 2:
            first, last = m.name_tokens[0], m.name_tokens[-1]
            spelled.setdefault((first + last).casefold().replace(".", ""), m)
    if not spelled or "@" not in doc.text:
        return found
    handles: list[Mention] = []
    for text in _HANDLE.finditer(doc.text):
        span = doc.char_span(text.start(), text.start() + 1, alignment_mode="expand")
        if span is None or span[0].idx != text.start():
            continue  # an address ("jane@example.com")
        token = span[0]
        body = text.group()[1:].replace("_", "").casefold()
        owner = next((m for key, m in spelled.items() if key in body), None)
        if owner is None:
            continue
        handles.append(
            replace(
                owner,
                start=token.i,
                end=token.i + 1,
                start_char=token.idx,
                end_char=text.end(),  # not "@JaneRoe‘s", "@JaneRoe.#tag"
                text=text.group(),
                label="",
                honorifics=(),
                name_start_char=token.idx,
            )
        )
    if not handles:
        return found
    at = {h.start for h in handles}
    kept = [m for m in found if not any(m.start <= i < m.end for i in at)]
    return sorted(kept + handles, key=lambda m: m.start)


#: Nouns a pollster's or outlet's name brands ("a CNN/ORC poll", "the Fox survey").
_POLL_NOUNS: Final[frozenset[str]] = frozenset({"poll", "polls", "survey", "surveys", "polling"})
#: How a brand hangs off the poll noun: as its modifier, or joined to another
#: brand ("a Washington Post-ABC News poll", "the NBC/Wall Street Journal poll").
_BRAND_DEPS: Final[frozenset[str]] = frozenset({"compound", "nmod", "amod", "npadvmod", "conj"})
#: Who brands polls: pollsters and outlets, not the people polled about.
_BRAND_KINDS: Final[frozenset[str]] = frozenset({"media", "organization"})
#: Steps up the parse from a brand to its poll noun ("the NBC/Wall Street Journal poll").
_BRAND_STEPS: Final = 4


def _poll_brand(doc: Doc, m: Mention) -> bool:
    """ "a CNN/ORC poll", "the Washington Post-ABC News poll": a poll's brand, no
    actor (session-9 ruling). Rounds 7-12 leave 33 of 36 such names out; the
    outlet that conducts or reports the poll as a clause's argument ("CNN
    found", "according to Fox") keeps its mention. At most four steps up the
    parse, so linear.
    """
    if m.kind not in _BRAND_KINDS:
        return False  # "internal Clinton campaign polls": a person's own poll names the person
    token = doc[m.end - 1]
    for _ in range(_BRAND_STEPS):
        if token.dep_ not in _BRAND_DEPS or token.head.i == token.i:
            return False
        token = token.head
        if token.lower_ in _POLL_NOUNS:
            return True
    return False
