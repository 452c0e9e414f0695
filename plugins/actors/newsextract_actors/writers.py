"""First person outside quotations: the writer of the text, when the text names them.

"I" inside a quotation is its speaker (:mod:`.speakers`); "I" in the text
itself is whoever wrote it. Letters, transcripts and op-eds name their
writer in a few fixed places: a signature after the letter, a speaker label
in capitals ("PENCE: I ..."), a short biography closing the piece. The
resolver (:mod:`.coref`) gives those pronouns to that person.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Doc

    from .cluster import Cluster
    from .mentions import Mention
    from .tokens import TokenTable

FIRST_PERSON: Final[frozenset[str]] = frozenset({"i", "me", "my", "myself", "mine"})
#: Paragraphs a letter may run before its signature.
_LETTER_PARAGRAPHS: Final[int] = 8
#: Tokens a closing biography may have.
_BIO_TOKENS: Final[int] = 80
#: An interview's question paragraph: "Q: ...", "Q. ...", or a "Q" run into its first word
#: ("QWhy ...") where the paper's formatting dropped the colon.
_QUESTION: Final[re.Pattern[str]] = re.compile(r"Q(?:\s*[:.]|[A-Z][a-z])")
#: An interview's answer paragraph: "A: ...".
_ANSWER: Final[re.Pattern[str]] = re.compile(r"A\s*:")
#: Questions and answers an article needs to be read as an interview.
_MIN_TURNS: Final[int] = 2


def writers(
    doc: Doc,
    table: TokenTable,
    mentions: list[Mention],
    clusters: list[Cluster],
    cluster_of: list[int],
    owner: dict[int, int],
    quote_of: np.ndarray[Any, Any],
    mention_at: dict[int, int],
) -> dict[int, int]:
    """First person outside quotations: the named writer of the text.

    A letter's signature (a paragraph that is only a person's name, after
    the letter), a transcript's speaker label ("PENCE: I ..."), or an
    op-ed's author named in the biography closing it ("Jane Doe is a
    professor at ...", a person the article does not otherwise name).
    An unnamed columnist's "I" is left alone. Returns each such pronoun's
    token with the cluster of its writer, in text order.
    """
    mine = [
        i
        for i in table.where_lower(FIRST_PERSON)
        if quote_of[i] < 0 and i not in owner and doc[i].tag_ in {"PRP", "PRP$"}
    ]
    if not mine:
        return {}
    paragraphs = _paragraphs(doc, table)
    signed: list[tuple[int, int]] = []  #: (paragraph index, cluster) of signatures
    labelled: dict[int, int] = {}  #: paragraph index -> cluster of its speaker label
    for pi, (a, b) in enumerate(paragraphs):
        person = _person_at(a, mentions, clusters, cluster_of, mention_at)
        if person is None:
            continue
        m = mentions[mention_at[a]]
        rest = [t for t in doc[m.end : b] if not t.is_space]
        if all(t.is_punct and t.text != ":" for t in rest) and len(rest) <= 1:
            signed.append((pi, person))
        elif rest and rest[0].text == ":" and m.text.isupper():
            labelled[pi] = person  # a transcript's "PENCE: I ..."
    headline = _headline_speaker(doc, paragraphs, mentions, clusters, cluster_of, owner)
    if headline is not None:
        labelled.setdefault(0, headline)
    interview = interview_turns(doc, paragraphs, mentions, clusters, cluster_of)
    if interview is not None:
        for pi in interview.answers:
            labelled.setdefault(pi, interview.guest)
    author = _author(doc, paragraphs, mentions, clusters, cluster_of, mention_at)
    found: dict[int, int] = {}
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
            found[i] = ci
    return found


@dataclass(frozen=True)
class Interview:
    """A question-and-answer interview: who answers, and which paragraphs ask and answer."""

    guest: int  #: the cluster of the person interviewed
    questions: tuple[int, ...]  #: paragraph indices of the questions
    answers: tuple[int, ...]  #: paragraph indices of the answers


def interview_turns(
    doc: Doc,
    paragraphs: list[tuple[int, int]],
    mentions: list[Mention],
    clusters: list[Cluster],
    cluster_of: list[int],
) -> Interview | None:
    """An article printed as an interview ("Q: ... A: ..."), with the person it interviews.

    Interviews print the guest's answers without quotation marks after an
    "A:", so their "I" is the guest's as a quotation's is its speaker's, and
    the questions' "you" is the guest too. The guest is the person the
    introduction before the first question names most often (strictly: a tie
    names no guest); an article with fewer than two questions and two
    answers is no interview.
    """
    questions: list[int] = []
    answers: list[int] = []
    for pi, (a, b) in enumerate(paragraphs):
        head = doc[a : min(b, a + 3)].text
        if _ANSWER.match(head):
            answers.append(pi)
        elif _QUESTION.match(head):
            questions.append(pi)
    if len(questions) < _MIN_TURNS or len(answers) < _MIN_TURNS:
        return None
    intro_end = paragraphs[min(questions[0], answers[0])][0]
    named = Counter(
        cluster_of[mi]
        for mi, m in enumerate(mentions)
        if m.end <= intro_end and clusters[cluster_of[mi]].kind == "person"
    ).most_common(2)
    if not named or (len(named) > 1 and named[0][1] == named[1][1]):
        return None
    return Interview(named[0][0], tuple(questions), tuple(answers))


def paragraphs_of(doc: Doc, table: TokenTable) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of the paragraphs (see :func:`_paragraphs`)."""
    return _paragraphs(doc, table)


def _person_at(
    start: int,
    mentions: list[Mention],
    clusters: list[Cluster],
    cluster_of: list[int],
    mention_at: dict[int, int],
) -> int | None:
    mi = mention_at.get(start)
    if mi is None:
        return None
    ci = cluster_of[mi]
    return ci if clusters[ci].kind == "person" else None


#: Tokens a headline's speaker label may run to its colon ("Former AG Michael Mukasey:").
_LABEL_TOKENS: Final[int] = 6


def _headline_speaker(
    doc: Doc,
    paragraphs: list[tuple[int, int]],
    mentions: list[Mention],
    clusters: list[Cluster],
    cluster_of: list[int],
    owner: dict[int, int],
) -> int | None:
    """The person a headline of the form "Obama: I’m Optimistic ..." quotes.

    News headlines put a quoted speaker's name before a colon and their
    words after it, so the headline's "I"/"me"/"my" is that person's.
    """
    if not paragraphs:
        return None
    a, b = paragraphs[0]
    colon = next((k for k in range(a, min(b, a + _LABEL_TOKENS)) if doc[k].text == ":"), -1)
    mi = owner.get(colon - 1) if colon > a else None
    if mi is None or mentions[mi].end != colon:
        return None
    ci = cluster_of[mi]
    return ci if clusters[ci].kind == "person" else None


def _author(
    doc: Doc,
    paragraphs: list[tuple[int, int]],
    mentions: list[Mention],
    clusters: list[Cluster],
    cluster_of: list[int],
    mention_at: dict[int, int],
) -> int | None:
    """The person a closing biography names ("Jane Doe is a professor at ...")."""
    for a, b in paragraphs[-2:][::-1]:
        ci = _person_at(a, mentions, clusters, cluster_of, mention_at)
        if ci is None or b - a > _BIO_TOKENS:
            continue
        m = mentions[mention_at[a]]
        verb = doc[m.end] if m.end < b else None
        after = doc[m.end + 1] if m.end + 1 < b else None
        if verb is None or after is None or verb.lower_ not in {"is", "was"}:
            continue
        if after.pos_ not in {"DET", "NOUN", "PROPN", "ADJ"}:
            continue  # "is expected to", "is scheduled": news, not a biography
        if any(mentions[mi].start < a for mi in clusters[ci].mentions):
            continue  # someone the article is about, not its writer
        return ci
    return None


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
