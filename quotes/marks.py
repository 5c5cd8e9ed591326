"""Quote marks as newsrooms write them, and how they pair up into quoted segments.

A *segment* is the text between an opening and a closing mark inside one
paragraph (a line of the document). Pairing is done paragraph by paragraph so
that a stray mark costs at most its own paragraph:

- curly marks open and close: “ … ”, and the German „ … “ / „ … ”;
- guillemets « … » (and » … « as some German text writes them) and the
  Japanese corner brackets 「 … 」 / 『 … 』;
- straight double quotes " and doubled apostrophes '' (older newswire) have
  no direction, so they toggle: the first opens, the next closes;
- single quotes ‘ … ’ and ' … ' are only nested quotes inside a double-quoted
  segment; they stay part of that segment's text (an apostrophe and a single
  closing mark are the same character, so pairing them at the top level would
  turn every "don’t" into a quote).

A paragraph that opens a quote and never closes it ends its segment at the end
of the paragraph (`closed=False`). Newspapers write a quote that runs over
several paragraphs that way, repeating the opening mark at the start of each
following paragraph and closing only the last one; `continues` on a segment
says that it opens its paragraph and the previous paragraph ended inside an
unclosed quote.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# One paragraph: a maximal run of non-newline characters. Blank lines between
# paragraphs therefore never join two paragraphs.
PARAGRAPH = re.compile(r"[^\n]+")

# Every mark the pairing looks at: '' wins over a lone ', which is skipped
# (single quotes are deliberately not marks, see the module docstring). The
# pattern opens with one character class so that the regex engine can skip
# ahead to candidates; an alternation first would make it try every position.
MARK = re.compile(r"['\"“”„«»「」『』](?:(?<=')')?")

# Marks that only ever open, only ever close, or toggle. “ opens in English but
# closes after „ in German, so it is resolved by what is open.
OPENERS = {"“": ("”", '"'), "„": ("“", "”", '"'), "«": ("»",), "「": ("」",), "『": ("』",)}
TOGGLES = {'"', "''"}
CLOSE_ONLY = {"”", "»", "」", "』"}


class Segment(NamedTuple):
    """One quoted stretch of a paragraph, marks excluded (a named tuple: a
    frozen dataclass cost a tenth of pair_marks to build).

    start/end bound the text between the marks; open_start is where the
    opening mark starts and close_end where the closing mark ends (the
    paragraph end when the quote is not closed in this paragraph).
    """

    start: int
    end: int
    open_start: int
    close_end: int
    paragraph: int
    para_start: int
    para_end: int
    closed: bool
    continues: bool = False


def pair_marks(text: str) -> list[Segment]:
    """All quoted segments of `text` in order, one or more per paragraph."""
    segments: list[Segment] = []
    previous_unclosed = False
    for number, para in enumerate(PARAGRAPH.finditer(text)):
        p_start, p_end = para.span()
        opened_at = -1  # offset of the opening mark, -1 when nothing is open
        open_len = 0
        ends: tuple[str, ...] = ()
        for mark in MARK.finditer(text, p_start, p_end):
            ch = mark.group()
            if ch == "'":
                continue  # an apostrophe or a single quote
            if opened_at < 0:
                if ch in OPENERS:
                    opened_at, open_len, ends = mark.start(), len(ch), OPENERS[ch]
                elif ch in TOGGLES:
                    if ch == '"' and mark.start() > p_start and text[mark.start() - 1].isdigit():
                        continue  # an inch mark: 6" of rain
                    opened_at, open_len, ends = mark.start(), len(ch), (ch, "”")
                # a closing mark with nothing open is a stray: skip it
                continue
            if ch in ends or ch in CLOSE_ONLY or ch in TOGGLES:
                # any closing mark closes what is open: “ … " and " … ” both
                # occur in careless copy
                inner = opened_at + open_len
                close_start, close_end = mark.span()
                if ch == "''" and text[close_end : close_end + 1] == "'":
                    # a nested quote closing with the outer one: ''... 'sorry,'''
                    # (the first apostrophe closes the nested quote)
                    close_start, close_end = close_start + 1, close_end + 1
                if close_start > inner:
                    segments.append(
                        Segment(
                            inner,
                            close_start,
                            opened_at,
                            close_end,
                            number,
                            p_start,
                            p_end,
                            True,
                            previous_unclosed and not text[p_start:opened_at].strip(),
                        )
                    )
                opened_at = -1
            # another opener while one is open is a nested double quote; it
            # stays inside the outer segment
        if opened_at >= 0:
            inner = opened_at + open_len
            end = len(text[inner:p_end].rstrip()) + inner
            if end > inner:
                segments.append(
                    Segment(
                        inner,
                        end,
                        opened_at,
                        p_end,
                        number,
                        p_start,
                        p_end,
                        False,
                        previous_unclosed and not text[p_start:opened_at].strip(),
                    )
                )
        previous_unclosed = opened_at >= 0
    return segments
