"""Find quoted stretches of text from quotation marks, in one linear pass.

News text mixes typographic conventions (“…”, "…", ‘…’, ``…'', NYT-style
''…''), leaves marks unbalanced, runs a quotation over several paragraphs
(each new paragraph re-opens with a mark, the old one is never closed) and
uses the same characters as apostrophes. Rather than pairing marks globally,
which one stray mark derails for the rest of the article, each mark is
classified by its neighbours and the state is reset at every paragraph
break, so a mistake costs at most one paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Segment", "find_segments", "paragraphs"]

_DOUBLE_OPEN = frozenset("“„«")
_DOUBLE_CLOSE = frozenset("”»")
_SINGLE_OPEN = frozenset("‘")
_OPEN_CONTEXT = frozenset("([{—–-/:")
# Elisions that start with an apostrophe and are not quotations ('90s, 'em).
_ELISIONS = ("em ", "til ", "n ", "n'", "n’", "cause ", "tis ", "twas ")
#: A single-quoted stretch longer than this is almost surely two apostrophes.
_MAX_SINGLE = 600


@dataclass(frozen=True)
class Segment:
    """One quoted stretch: ``[start, end)`` is inside the marks.

    ``outer_start``/``outer_end`` include the marks. ``continues`` says the
    segment opens a paragraph that carries on the previous segment's
    unclosed quotation; ``closed`` is False when the paragraph ended first.
    """

    start: int
    end: int
    outer_start: int
    outer_end: int
    double: bool
    closed: bool
    continues: bool
    paragraph: int


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Line-delimited paragraphs; a blank line and a single newline both end one."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        if text[start:end].strip():
            out.append((start, end))
        start = end + 1
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Scanner:
    """Mark-by-mark state machine over one paragraph at a time."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.segments: list[Segment] = []
        self.carry = False  # the previous paragraph ended inside a double quotation

    def _emit(
        self,
        start: int,
        end: int,
        outer: tuple[int, int],
        double: bool,
        closed: bool,
        cont: bool,
        p: int,
    ) -> None:
        start, end = _trim(self.text, start, end)
        if end > start:
            self.segments.append(Segment(start, end, outer[0], outer[1], double, closed, cont, p))

    def paragraph(self, p_start: int, p_end: int, index: int) -> None:
        text = self.text
        d_open: int | None = None  # position just after the opening double mark
        d_mark = 0
        s_open: int | None = None
        s_mark = 0
        continues = False
        i = p_start
        first = _trim(text, p_start, p_end)[0]
        while i < p_end:
            ch = text[i]
            width = 1
            kind = ""  # "d" double, "s" single
            if ch in '"“”„«»':
                kind = "d"
            elif ch in "'’`‘":
                nxt2 = text[i : i + 2]
                if nxt2 in ("''", "``", "’’", "‘‘"):
                    kind, width = "d", 2
                else:
                    kind = "s"
            if not kind:
                i += 1
                continue
            prev = text[i - 1] if i > p_start else ""
            nxt = text[i + width] if i + width < p_end else ""
            opens_ctx = _is_space(prev) or prev in _OPEN_CONTEXT or prev in "“\"'‘`"
            closes_ctx = not _is_space(prev) and (_is_space(nxt) or not nxt.isalnum())
            if kind == "d":
                mark = text[i : i + width]
                if mark in _DOUBLE_OPEN or mark in ("``", "‘‘"):
                    role = "open"
                elif mark in _DOUBLE_CLOSE or mark == "’’":
                    role = "close"
                elif opens_ctx and not _is_space(nxt):
                    role = "open"
                elif closes_ctx:
                    role = "close"
                else:
                    role = "close" if d_open is not None else "open"
                if role == "open":
                    if d_open is None or i == first:
                        # An opener while open means the earlier one was stray.
                        d_open, d_mark = i + width, i
                        continues = i == first and self.carry
                        s_open = None
                else:
                    if d_open is not None:
                        self._emit(d_open, i, (d_mark, i + width), True, True, continues, index)
                        d_open = None
                        continues = False
                i += width
                continue
            # single marks: never inside a double quotation (they are nested quotes)
            if d_open is not None:
                i += 1
                continue
            rest = text[i + 1 : i + 7].lower()
            if (
                s_open is None
                and (ch in _SINGLE_OPEN or ch in "'`")
                and opens_ctx
                and nxt.isalpha()
                and not rest.startswith(_ELISIONS)
            ):
                s_open, s_mark = i + 1, i
            elif s_open is not None and ch in "’'" and closes_ctx:
                if i - s_open <= _MAX_SINGLE:
                    self._emit(s_open, i, (s_mark, i + 1), False, True, False, index)
                s_open = None
            i += 1
        self.carry = d_open is not None
        if d_open is not None:
            self._emit(d_open, p_end, (d_mark, p_end), True, False, continues, index)


def find_segments(text: str) -> list[Segment]:
    """Every quoted stretch of ``text`` in order, in time linear in its length."""
    scanner = _Scanner(text)
    for index, (start, end) in enumerate(paragraphs(text)):
        scanner.paragraph(start, end, index)
    return scanner.segments
