"""Joining the two passes into quotes: who said which quoted or reported words.

The quotation-mark pass knows *what* was quoted but not who said it; the
dependency pass knows who said something but often not where a quotation
running over several sentences ends. Each quotation is therefore given the
nearest reporting expression the parse links to it, else a speech verb next to
its marks (", he said" / "Smith said:"), else the colon introducing it, and a
quotation with no cue at all continues the previous speaker, as news writing
does with a run of quoted paragraphs.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .clauses import Candidate, fragment_candidate, trim
from .lexicon import SAY_VERBS
from .marks import Segment

if TYPE_CHECKING:
    from .docindex import DocIndex

__all__ = ["Draft", "Group", "assemble", "group_segments"]

_WORD = re.compile(r"\w+")
#: How far (in tokens) from a quotation's marks a speech verb may stand to be its cue.
_AFTER_WINDOW = 12
_BEFORE_WINDOW = 30
_SENT_END = frozenset({".", "!", "?"})
#: Quoted runs shorter than this many words are scare quotes or fragments, not quotations.
_MIN_WORDS = 4
_FLOAT_PARAGRAPHS = 1


@dataclass
class Group:
    """One quotation: a segment plus the paragraphs that continue it."""

    segments: list[Segment]
    full: bool = True

    @property
    def start(self) -> int:
        return self.segments[0].start

    @property
    def end(self) -> int:
        return self.segments[-1].end

    @property
    def outer_start(self) -> int:
        return self.segments[0].outer_start

    @property
    def outer_end(self) -> int:
        return self.segments[-1].outer_end

    @property
    def paragraph(self) -> int:
        return self.segments[-1].paragraph


@dataclass
class Draft:
    """A quote under construction (character ranges; records are built at the end)."""

    content: list[tuple[int, int]]
    style: str
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    speaker_head: int | None
    via: tuple[int, int] | None = None
    via_head: int | None = None
    paragraph: int = 0
    groups: list[int] = field(default_factory=list)


@functools.lru_cache(maxsize=4)
def _word_bounds(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of every word run, computed once per text (str hashes are cached)."""
    starts: list[int] = []
    ends: list[int] = []
    for match in _WORD.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    return starts, ends


def _words(text: str, start: int, end: int) -> int:
    """How many word runs ``text[start:end]`` holds (cut words count), in O(log n).

    Same as ``len(_WORD.findall(text, start, end))``, without rescanning the
    range: nested reported clauses of a run-on sentence would make that quadratic.
    """
    if end <= start:
        return 0
    starts, ends = _word_bounds(text)
    return max(0, bisect.bisect_left(starts, end) - bisect.bisect_right(ends, start))


def group_segments(text: str, segments: list[Segment], index: DocIndex) -> list[Group]:
    """Join paragraph continuations; tell quotations from scare quotes and short fragments."""
    groups: list[Group] = []
    for seg in segments:
        if seg.continues and groups and not groups[-1].segments[-1].closed:
            groups[-1].segments.append(seg)
            continue
        groups.append(Group([seg]))
    for group in groups:
        if len(group.segments) > 1:
            continue
        seg = group.segments[0]
        words = _words(text, seg.start, seg.end)
        toks = index.tokens_in(seg.start, seg.end)
        has_verb = words >= _MIN_WORDS and any(
            index.doc[i].pos_ in ("VERB", "AUX") for i in toks[:40]
        )
        ends_clause = text[seg.end - 1] in ".!?,"
        if seg.double:
            # “Absolutely not,” she said: a capitalised run closed by clause
            # punctuation is an utterance however short; a short run without
            # a verb inside a sentence is a fragment ("a “no-limits friendship”").
            group.full = (
                words >= 10
                or (words >= _MIN_WORDS and (has_verb or ends_clause))
                or (text[seg.start].isupper() and ends_clause)
            )
        else:
            group.full = has_verb
    return groups


class _Assembler:
    def __init__(
        self,
        text: str,
        index: DocIndex,
        groups: list[Group],
        candidates: list[Candidate],
        para_starts: list[int],
    ) -> None:
        self.text = text
        self.index = index
        self.groups = groups
        self.full = [g for g in groups if g.full]
        self.full_starts = [g.outer_start for g in self.full]
        self.frags = [g for g in groups if not g.full]
        self.frag_starts = [g.start for g in self.frags]
        self._frag_prefix: list[int] | None = None
        self.candidates = candidates
        self.by_verb = {c.verb: c for c in candidates}
        self.verb_chars = sorted(
            index.starts[c.verb] for c in candidates if not self._inside_full(index.starts[c.verb])
        )
        self.para_starts = para_starts
        self.drafts: list[Draft] = []
        self.claim: dict[int, Draft] = {}  # full-group number -> its draft
        self.cand_draft: dict[int, Draft] = {}  # candidate verb -> its draft

    # -- helpers ----------------------------------------------------------------
    def paragraph_of(self, char: int) -> int:
        return max(bisect.bisect_right(self.para_starts, char) - 1, 0)

    def _full_overlapping(self, start: int, end: int) -> list[int]:
        i = max(bisect.bisect_right(self.full_starts, start) - 1, 0)
        out = []
        while i < len(self.full) and self.full[i].outer_start < end:
            g = self.full[i]
            if g.outer_end > start and g.outer_start < end:
                out.append(i)
            i += 1
        return out

    def _inside_full(self, char: int) -> bool:
        i = bisect.bisect_right(self.full_starts, char) - 1
        return i >= 0 and self.full[i].outer_start <= char < self.full[i].outer_end

    def _frag_words(self, start: int, end: int) -> int:
        """Words of the quoted fragments lying inside ``[start, end)`` (prefix sums, O(log n))."""
        if self._frag_prefix is None:
            prefix = [0]
            for g in self.frags:
                n = _words(self.text, g.start, g.end)
                prefix.append(prefix[-1] + (n if n > 1 or g.segments[0].double else 0))
            self._frag_prefix = prefix
        prefix = self._frag_prefix
        lo = bisect.bisect_left(self.frag_starts, start)
        hi = bisect.bisect_left(self.frag_starts, end)
        words = prefix[hi] - prefix[lo]
        if hi > lo and self.frags[hi - 1].end > end:  # the last one runs past the range
            words -= prefix[hi] - prefix[hi - 1]
        return words

    def _indirect_style(self, start: int, end: int) -> str:
        quoted = self._frag_words(start, end)
        if not quoted:
            return "indirect"
        return "mixed" if quoted * 2 >= _words(self.text, start, end) else "partial"

    def _draft(self, cand: Candidate | None, content: list[tuple[int, int]], style: str) -> Draft:
        draft = Draft(
            content=content,
            style=style,
            cue=cand.cue if cand else None,
            speaker=cand.speaker if cand else None,
            speaker_head=cand.speaker_head if cand else None,
            via=cand.via if cand else None,
            via_head=cand.via_head if cand else None,
            paragraph=self.paragraph_of(content[-1][0]),
        )
        if cand is not None and style != "indirect" and self._bad_speaker(draft):
            draft.speaker, draft.speaker_head = self._speaker_before(cand.verb, content)
        self.drafts.append(draft)
        if cand is not None:
            self.cand_draft[cand.verb] = draft
        return draft

    @staticmethod
    def _bad_speaker(draft: Draft) -> bool:
        if draft.speaker is None:
            return True
        s_start, s_end = draft.speaker
        return any(s_start < end and start < s_end for start, end in draft.content)

    def _speaker_before(
        self, verb: int, content: list[tuple[int, int]]
    ) -> tuple[tuple[int, int] | None, int | None]:
        """The words between a quotation and its cue ("...,” Gene Sperling, an adviser, said).

        A fallback for when the parser hangs the speaker inside the quotation.
        """
        idx = self.index
        verb_char = idx.starts[verb]
        before = [end for _start, end in content if end <= verb_char]
        if not before:
            return None, None
        first = bisect.bisect_left(idx.starts, max(before))
        if verb - first > 25:
            return None, None
        toks = [i for i in range(first, verb) if idx.doc[i].pos_ in ("PROPN", "NOUN", "PRON")]
        if not toks:
            return None, None
        head = next((i for i in toks if idx.doc[i].pos_ == "PROPN"), toks[0])
        start, end = trim(self.text, idx.starts[toks[0]], idx.ends[verb - 1])
        if end <= start:
            return None, None
        for i in range(toks[0], verb):
            if idx.doc[i].pos_ in ("VERB", "AUX") or "\n" in idx.doc[i].text:
                return None, None
        return (start, end), head

    # -- passes -------------------------------------------------------------------
    def link_parsed(self) -> None:
        """Quotations the parse links to a cue, and reported speech without marks."""
        wants: dict[int, tuple[int, Candidate]] = {}
        plain: list[tuple[Candidate, list[int]]] = []
        for cand in self.candidates:
            if cand.content is None:
                continue
            verb_char = self.index.starts[cand.verb]
            if self._inside_full(verb_char):
                # Attributions inside a quotation ("I think ...") are the quoted
                # speaker's words, not the article's attributions.
                continue
            hits = self._full_overlapping(*cand.content)
            plain.append((cand, hits))
            for h in hits:
                g = self.full[h]
                dist = min(abs(verb_char - g.outer_start), abs(verb_char - g.outer_end))
                if h not in wants or dist < wants[h][0]:
                    wants[h] = (dist, cand)
        taken: dict[int, list[int]] = {}
        for h, (_dist, cand) in sorted(wants.items()):
            taken.setdefault(cand.verb, []).append(h)
        for cand, hits in plain:
            mine = taken.get(cand.verb, [])
            assert cand.content is not None
            c_start, c_end = cand.content
            if mine:
                groups = [self.full[h] for h in mine]
                outside = _words(self.text, c_start, c_end) - sum(
                    _words(self.text, max(c_start, g.outer_start), min(c_end, g.outer_end))
                    for g in groups
                )
                spans = [(s.start, s.end) for g in groups for s in g.segments]
                lead = _words(self.text, c_start, groups[0].outer_start)
                if (outside >= 3 or lead) and c_start < groups[0].outer_start:
                    first = trim(self.text, c_start, max(c_end, spans[0][1]))
                    rest = [s for s in spans if s[0] >= first[1]]
                    draft = self._draft(cand, [first, *rest], "mixed")
                else:
                    draft = self._draft(cand, spans, "direct")
                for h in mine:
                    self.claim[h] = draft
                continue
            others = [h for h in hits if h not in taken.get(cand.verb, [])]
            if others:
                outside = _words(self.text, c_start, c_end) - sum(
                    _words(
                        self.text,
                        max(c_start, self.full[h].outer_start),
                        min(c_end, self.full[h].outer_end),
                    )
                    for h in others
                )
                if outside < 3:
                    continue
            spans = [cand.lead, (c_start, c_end)] if cand.lead else [(c_start, c_end)]
            self._draft(cand, spans, self._indirect_style(spans[0][0], c_end))

    def _scan_cue(self, group: Group) -> Candidate | None:
        """A speech verb right after the closing mark or before the opening one."""
        idx = self.index
        doc = idx.doc
        n = len(idx)
        i = bisect.bisect_left(idx.starts, group.outer_end)
        stop = min(n, i + _AFTER_WINDOW)
        while i < stop:
            tok = doc[i]
            if (
                (tok.text in _SENT_END and tok.dep_ == "punct")
                or "\n" in tok.text
                or self._inside_full(tok.idx)
            ):
                break
            cand = self.by_verb.get(i)
            if cand is not None and cand.say:
                if self._introduces_next(cand, group):
                    break
                return cand
            i += 1
        i = bisect.bisect_left(idx.starts, group.outer_start) - 1
        stop = max(-1, i - _BEFORE_WINDOW)
        colon: int | None = None
        while i > stop:
            tok = doc[i]
            if (
                (tok.text in _SENT_END and tok.dep_ == "punct")
                or "\n" in tok.text
                or self._inside_full(tok.idx)
            ):
                break
            if (
                tok.text == ":"
                and colon is None
                and i + 2 >= bisect.bisect_left(idx.starts, group.outer_start)
            ):
                colon = i
            cand = self.by_verb.get(i)
            if cand is not None and cand.say:
                return cand
            i -= 1
        if colon is not None:
            return self._colon_cue(colon, max(i + 1, 0))
        return None

    def link_fragments(self) -> None:
        """Quoted phrases outside every quote: attributed to the clause's subject."""
        covered = sorted(c for d in self.drafts for c in d.content)
        # content spans may nest; keep a running maximum end for the coverage test
        merged: list[tuple[int, int]] = []
        for start, end in covered:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        for group in self.frags:
            seg = group.segments[0]
            if not seg.double or _words(self.text, seg.start, seg.end) < 2:
                continue
            if _covered(merged, seg.start, seg.end) or self._inside_full(seg.outer_start):
                continue
            cand = fragment_candidate(self.index.doc, self.index, seg.start, seg.end)
            if (
                cand is None
                or cand.content is None
                or self._inside_full(self.index.starts[cand.verb])
            ):
                continue
            self._draft(cand, [cand.content], "partial")

    def _same_sentence(self, last: Draft | None, said: Draft) -> bool:
        """``"...," she said, referring to X. "..."``: the participle adds to her quote."""
        if last is None or last.cue is None or said.cue is None:
            return False
        sent_of = self.index.sent_of
        first = self.index.token_at(last.cue[0])
        second = self.index.token_at(said.cue[0])
        return sent_of[first] == sent_of[second]

    def _introduces_next(self, cand: Candidate, group: Group) -> bool:
        """``"...." Mr. Zahed said: "..."``: the cue belongs to the quotation after it.

        A quotation ending mid-sentence (``"...," he said, "..."``) shares its cue.
        """
        finished = self.text[group.end - 1] in ".!?"
        idx = self.index
        end = cand.cue[1]
        if cand.speaker is not None and cand.speaker[0] >= end:
            end = cand.speaker[1]
        j = bisect.bisect_left(idx.starts, end)
        for k in range(j, min(j + 3, len(idx))):
            tok = idx.doc[k]
            if tok.text == ":" or (finished and self._inside_full(tok.idx + len(tok.text))):
                return True
            if tok.text in _SENT_END:
                return False
        return False

    def _colon_cue(self, colon: int, first: int) -> Candidate | None:
        """ "The statement read:" or "Trump's reply:" introduces a quotation without a verb."""
        doc = self.index.doc
        speaker: tuple[int, int] | None = None
        head: int | None = None
        for j in range(first, colon):
            tok = doc[j]
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i < colon:
                left, right = tok.left_edge, tok.right_edge
                if right.i < colon:
                    speaker, head = (left.idx, right.idx + len(right.text)), j
                    break
        if speaker is None and colon > first and doc[colon - 1].pos_ in ("NOUN", "PROPN"):
            tok = doc[colon - 1]
            left = tok.left_edge if tok.left_edge.i >= first else tok
            speaker, head = (left.idx, tok.idx + len(tok.text)), tok.i
        if speaker is None:
            return None
        c = doc[colon]
        return Candidate(colon, (c.idx, c.idx + 1), speaker, head, None)

    def _verb_between(self, start: int, end: int, own: tuple[int, int] | None) -> bool:
        """Whether another reporting expression stands between two quotations."""
        sent_of = self.index.sent_of
        own_sent = sent_of[self.index.token_at(own[0])] if own is not None else -1
        i = bisect.bisect_right(self.verb_chars, start)
        while i < len(self.verb_chars) and self.verb_chars[i] < end:
            # the cue's own sentence may hold more of it (", referring to ...")
            if sent_of[self.index.token_at(self.verb_chars[i])] != own_sent:
                return True
            i += 1
        return False

    def link_marks(self) -> None:
        """Quotations the parse did not link: nearby cue, colon, or the previous speaker."""
        last: Draft | None = None
        # Reported speech without marks also sets who is talking: "..., Smith
        # says. “...”" continues Smith even though his first words were indirect.
        reported = sorted(
            (max(d.content[-1][1], d.cue[1] if d.cue else 0), i)
            for i, d in enumerate(self.drafts)
            if d.style != "direct" and d.speaker is not None
        )
        anchors = [a for a, _ in reported]
        for h, group in enumerate(self.full):
            claimed = self.claim.get(h)
            if claimed is not None:
                last = claimed
                continue
            spans = [(s.start, s.end) for s in group.segments]
            cand = self._scan_cue(group)
            if cand is not None:
                draft = self.cand_draft.get(cand.verb)
                if draft is not None and draft.style == "direct":
                    draft.content.extend(spans)
                else:
                    draft = self._draft(cand, spans, "direct")
                self.claim[h] = last = draft
                continue
            k = bisect.bisect_right(anchors, group.outer_start) - 1
            if k >= 0:
                said = self.drafts[reported[k][1]]
                if (
                    (last is None or reported[k][0] > _anchor(last))
                    and group.segments[0].paragraph - self.paragraph_of(reported[k][0])
                    <= _FLOAT_PARAGRAPHS
                    and not self._same_sentence(last, said)
                ):
                    draft = self._draft(None, spans, "direct")
                    draft.speaker, draft.speaker_head = said.speaker, said.speaker_head
                    self.claim[h] = last = draft
                    continue
            if (
                last is not None
                and last.style in ("direct", "mixed")
                and group.segments[0].paragraph - last.paragraph <= _FLOAT_PARAGRAPHS
                and not self._verb_between(last.content[-1][1], group.outer_start, last.cue)
            ):
                last.content.extend(spans)
                last.paragraph = group.paragraph
                self.claim[h] = last
                continue
            draft = self._draft(None, spans, "direct")
            if last is not None:
                draft.speaker, draft.speaker_head = last.speaker, last.speaker_head
            self.claim[h] = last = draft


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_left(spans, (end, end)) - 1
    return i >= 0 and spans[i][1] > start


def _anchor(draft: Draft) -> int:
    """Where a quote's last words or its cue end, whichever is later."""
    return max(draft.content[-1][1], draft.cue[1] if draft.cue else 0)


def assemble(
    text: str,
    index: DocIndex,
    groups: list[Group],
    candidates: list[Candidate],
    para_starts: list[int],
) -> list[Draft]:
    """Drafts for every quote in the document, in text order."""
    asm = _Assembler(text, index, groups, candidates, para_starts)
    asm.link_parsed()
    asm.link_marks()
    asm.link_fragments()
    drafts = [d for d in asm.drafts if d.content]
    for d in drafts:
        d.content = sorted({c for c in d.content if c[1] > c[0]})
    drafts = [d for d in drafts if d.content]
    drafts.sort(key=lambda d: d.content[0])
    return drafts


def is_say(lemma: str) -> bool:
    return lemma in SAY_VERBS
