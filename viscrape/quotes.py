"""Quote segmentation: every reported-speech span of a Vietnamese news text.

:func:`segment_quotes` finds three kinds of quotes (speakers are added by
:func:`viscrape.attribute_speakers`):

``direct``
    Text in quotation marks (``"..."``, ``“...”``, ``«...»``) that someone is said to
    have said: attributed after (``"...", ông A nói.``), before (``Ông A nói: "..."``),
    around (``"...", ông A nói, "..."``), by a dash (``"..." - anh B kể.``), by a
    lead-in ending with a colon in the previous paragraph, or standing as a paragraph
    or sentence of its own next to attributed speech. A quotation running over
    several paragraphs (each opens with a mark, only the last closes) gives one quote
    per paragraph, all with the cue of the closing attribution. Scare quotes, slogans,
    nicknames and titles of works (``"kiểu mẫu"``, ``"5 đẩy mạnh"``) are not speech.
``indirect``
    ``<speaker> <cue> [rằng|là|,|:] <content>`` (also with no complementiser:
    ``Ông A cho biết sẽ ...``), ``Theo <speaker>, <content>`` and ``<content>, theo
    <speaker>.``; not ``Theo thống kê/kế hoạch/quy định`` nor a speech verb with only a
    noun object (``ông A phát biểu tại hội nghị``).
``interview``
    In a question/answer layout (``- Xin ông cho biết ...?`` lines, ``PV:`` prefixes)
    each answer paragraph.

The scanner works line by line and never looks past a line for a closing mark, so
unbalanced marks cannot swallow the rest of the article, and the whole pass is
linear in the size of the text. Cue verbs and traps are data files under
``viscrape/data/quotes/``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from viscrape._checks import require_str
from viscrape._data import load_lines, load_table
from viscrape.speakers import (
    analyse_mention,
    mask_abbreviation_dots,
    merge_masked_sentences,
    source_after_theo,
    subject_before,
    word_class,
)
from viscrape.types import Quote, Span

__all__ = ["segment_quotes"]

_OPENERS = {"“": "”", "«": "»", "„": "”", '"': '"'}
_CLOSERS = frozenset('”»"')
_WORD = re.compile(r"\w+")
_DASHES = "-–—"
_SENTENCE_END = ".!?…"
# between a cue and the quotation it introduces
_LEAD_IN_GAP = re.compile(
    r"\s*(?:thêm\s*)?(?:(?:rằng|là|như sau|thế này|nguyên văn)\s*)?[:,]?\s*$", re.IGNORECASE
)
_ADDRESSEE_GAP = re.compile(r"\s*(?:với|trước|cho)\s[^:\"“”«»\n]{0,80}[:,]\s*$", re.IGNORECASE)
_COMPLEMENTISER = re.compile(r"(?:rằng|là)(?!\w)", re.IGNORECASE)
_QUESTION_LABEL = re.compile(
    r"^\s*(?:(?:PV|P\.V|Phóng viên|Hỏi)\s*[:.]\s*|[-–—•]\s*)", re.IGNORECASE
)
_INTERVIEW_LABEL = re.compile(r"^\s*(?:PV|P\.V|Phóng viên|Hỏi)\s*[:.]", re.IGNORECASE)
_ANSWER_LABEL = re.compile(r"\s*(?:[-–—•]\s*)?([^:\n]{1,60}?)\s*:\s+")
_BARE_CONTENT_STOPS = word_class("bare_content_stops")
_COORDINATION = re.compile(r"(?:,|;)\s*(?:(?:đồng thời|và|cũng|còn|đồng thời cũng)\s+)*$")
_THEO_LEADS = word_class("theo_leads")
_NOUN_MARKERS = word_class("noun_markers")
_MAX_LEAD_IN = 300
# attribution by a noun after the quotation: "Đó là chia sẻ của ông A", "Đây là nhận định của ..."
_NOUN_ATTRIBUTION = re.compile(
    r"(?:Đó|Đây)\s+(?:cũng\s+)?(?:là|chính là)\s+((?:lời\s+)?(?:chia sẻ|khẳng định|nhận định|"
    r"nhận xét|đánh giá|tâm sự|kể|bộc bạch|ý kiến|quan điểm|lời)(?:\s+(?:thêm|đầy \w+))?)\s+của\s+",
    re.IGNORECASE,
)  # characters looked at before a quotation mark for its cue


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    text: str
    tier: str


@dataclass(slots=True)
class _Marked:
    """One quotation-mark span found by the scanner (content offsets, marks excluded)."""

    open_at: int
    close_at: int | None  # None: unclosed at the end of its line
    line_start: int
    line_end: int
    cue: _Cue | None = None
    speech: bool = False
    confidence: float = 0.0
    follows: _Marked | None = None  # previous paragraph of a multi-paragraph quotation
    continued: bool = False
    links: list[_Marked] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _CueLexicon:
    cues: dict[str, str]  # phrase -> tier
    traps: frozenset[str]
    # one alternation of every cue and trap phrase, longest first, on whole syllables
    pattern: re.Pattern[str]


def _trie_pattern(phrases: set[str]) -> str:
    """A regex matching any of ``phrases`` as whole words, longest first, built as a
    character trie so each position costs one walk down the trie (no backtracking
    over hundreds of alternatives)."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        # a phrase may end here only at a word boundary; longer branches are tried first
        if "" in node:
            branches.append(r"(?!\w)")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return build(trie)


@functools.lru_cache(maxsize=1)
def _cue_lexicon() -> _CueLexicon:
    cues = {
        row[0].casefold(): (row[1] if len(row) > 1 else "A")
        for row in load_table("quotes/cues.tsv")
    }
    traps = frozenset(line.casefold() for line in load_lines("quotes/cue_traps.txt"))
    pattern = re.compile(r"(?<!\w)" + _trie_pattern(set(cues) | traps), re.IGNORECASE)
    return _CueLexicon(cues=cues, traps=traps, pattern=pattern)


class _CueIndex:
    """Every cue of a text, found in one pass; queried by range."""

    def __init__(self, text: str) -> None:
        self.cues = _scan_cues(text)
        self.starts = [cue.start for cue in self.cues]

    def between(self, start: int, end: int, masked: Sequence[tuple[int, int]] = ()) -> list[_Cue]:
        """Cues inside ``[start, end)`` and outside the sorted ``masked`` ranges."""
        found = []
        mask_starts = [m[0] for m in masked] if masked else []
        index = bisect.bisect_left(self.starts, start)
        while index < len(self.cues) and self.cues[index].start < end:
            cue = self.cues[index]
            index += 1
            if cue.end > end:
                continue
            if masked:
                slot = bisect.bisect_right(mask_starts, cue.start) - 1
                if slot >= 0 and masked[slot][1] > cue.start:
                    continue
            found.append(cue)
        return found


def _scan_cues(text: str) -> list[_Cue]:
    """Every cue phrase of ``text`` (longest match, whole syllables, outside traps)."""
    lexicon = _cue_lexicon()
    found: list[_Cue] = []
    for match in lexicon.pattern.finditer(text):
        phrase = match.group()
        tier = lexicon.cues.get(phrase.casefold())
        if tier is None:
            continue  # a trap phrase: consumed, so no cue inside it
        position = match.start()
        # a cue word used as a noun ("sự tin tưởng", "lời kêu gọi") or in the passive
        # ("được đánh giá là"), or capitalised inside a sentence as part of a name
        # ("Trung tâm Dự báo ..."), does not report speech
        if position >= 2 and text[position - 1] == " " and text[position - 2].isalnum():
            if phrase[0].isupper():
                continue
            previous = _PREVIOUS_WORD.search(text, max(0, position - 12), position - 1)
            if previous is not None and previous.group().casefold() in _NOUN_MARKERS:
                continue
        found.append(_Cue(position, match.end(), phrase, tier))
    return found


_PREVIOUS_WORD = re.compile(r"\w+$")


def _lines(text: str) -> list[tuple[int, int]]:
    lines = []
    start = 0
    while True:
        newline = text.find("\n", start)
        if newline < 0:
            lines.append((start, len(text)))
            return lines
        lines.append((start, newline))
        start = newline + 1


_MARK = re.compile("[" + "".join(sorted(set(_OPENERS) | _CLOSERS)) + "]")


def _scan_marks(text: str, line_start: int, line_end: int) -> list[_Marked]:
    """Quotation-mark spans of one line, in one pass; an unclosed span ends the line."""
    spans: list[_Marked] = []
    open_at = -1
    for match in _MARK.finditer(text, line_start, line_end):
        index = match.start()
        char = text[index]
        if open_at < 0:
            if char in _OPENERS:
                open_at = index + 1
        elif char in _CLOSERS:
            spans.append(_Marked(open_at, index, line_start, line_end))
            open_at = -1
    if open_at >= 0:
        spans.append(_Marked(open_at, None, line_start, line_end))
    return spans


_AFTER_CONTINUATION = re.compile(r"[,.!?…]?\s*(?:[-–—]\s*)?(?:$|[a-zà-ỹđ])")


def _continuation_close(text: str, line_start: int, line_end: int) -> int | None:
    """The closing mark of a paragraph that goes on with a quotation opened in the paragraph
    before without a new opening mark ('Q2 ...", ông A nói.'), or None."""
    stripped = line_start
    while stripped < line_end and text[stripped].isspace():
        stripped += 1
    if stripped >= line_end or text[stripped] in _OPENERS:
        return None
    first = _MARK.search(text, stripped, line_end)
    if first is None or text[first.start()] not in _CLOSERS:
        return None
    close = first.start()
    if text[close] == '"' and text.count('"', line_start, line_end) % 2 == 0:
        return None  # straight marks in pairs: this one opens a quotation of its own
    if not _AFTER_CONTINUATION.match(text, close + 1, line_end):
        return None
    return close


def _content_bounds(text: str, marked: _Marked) -> tuple[int, int]:
    start = marked.open_at
    end = marked.close_at if marked.close_at is not None else marked.line_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


def _word_count(text: str, start: int, end: int) -> int:
    return sum(1 for _ in _WORD.finditer(text, start, end))


def _sentence_spans(text: str, sentences: Sequence[Span] | None) -> list[tuple[int, int]]:
    if sentences is None:
        from viscrape.sentences import segment_sentences

        sentences = segment_sentences(text)
    return [(span.start, span.end) for span in sentences]


def _opens_clause(text: str, marked: _Marked, clause_start: int) -> bool:
    """The mark opens a sentence or clause (line start, after . ! ? : or a dash)."""
    limit = max(clause_start, marked.line_start)
    position = marked.open_at - 2
    while position >= limit and text[position].isspace():
        position -= 1
    return position < limit or text[position] in _SENTENCE_END + ":" + _DASHES + '”"»'


def _attribution_after(text: str, marked: _Marked, index: _CueIndex) -> tuple[_Cue, int] | None:
    """A cue right after the closing mark: '", ông A nói.' / '" - anh B kể.' ->
    (cue, end of the attribution)."""
    if marked.close_at is None:
        return None
    position = marked.close_at + 1
    end = marked.line_end
    while position < end and (text[position] in " \t,.!?…" or text[position] in _DASHES):
        position += 1
    stop = position
    end = min(end, position + 201)
    while stop < end and text[stop] not in ".!?;:\n" and text[stop] not in _OPENERS:
        stop += 1
    if stop - position > 200:
        return None
    noun_attribution = _NOUN_ATTRIBUTION.match(text, position, stop)
    if noun_attribution:  # '"...". Đó là chia sẻ của ông A.'
        following = text[noun_attribution.end() : stop].strip(" ,")
        analysed = analyse_mention(following) if following else None
        if analysed is not None and analysed.pronoun is None:
            start, end = noun_attribution.span(1)
            return _Cue(start, end, text[start:end], "A"), stop
    for cue in index.between(position, stop)[:2]:
        if _word_count(text, position, cue.start) > 14:
            break
        subject = subject_before(text, position, cue.start)
        # the speaker follows the closing mark directly ('", ông A nói'), not after a
        # clause ('"Mưa đỏ" là phim hay nhất năm, ông A nói': a title, not speech)
        if subject is not None and subject[0] == position:
            return cue, stop
        # inverted: '", nói ông Hải.'
        if cue.start == position:
            following = text[cue.end : stop].strip(" ,")
            analysed = analyse_mention(following) if following else None
            if analysed is not None and (analysed.name or analysed.honorific):
                return cue, stop
    return None


def _attribution_before(
    text: str, marked: _Marked, clause_start: int, index: _CueIndex
) -> tuple[_Cue, bool] | None:
    """A cue ending the lead-in before the opening mark: 'Ông A nói: "...' ->
    (cue, has a colon or complementiser)."""
    lead_start = max(clause_start, marked.line_start, marked.open_at - 1 - _MAX_LEAD_IN)
    opening = marked.open_at - 1
    cues = index.between(lead_start, opening)
    if not cues:
        return None
    cue = cues[-1]
    gap = text[cue.end : opening]
    if _LEAD_IN_GAP.match(gap) or _ADDRESSEE_GAP.match(gap):
        introduced = ":" in gap or bool(_COMPLEMENTISER.search(gap))
        subject = subject_before(text, lead_start, cue.start)
        if subject is None and ":" not in gap:
            return None
        if cue.tier in "NP" and not (introduced or "," in gap):
            return None
        return cue, ":" in gap
    return None


def _previous_line_lead_in(text: str, line_start: int, index: _CueIndex) -> _Cue | None:
    """A lead-in ending with a colon on the previous non-blank line: 'Ông A cho biết:'."""
    end = line_start - 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end <= 0 or text[end - 1] != ":":
        return None
    start = text.rfind("\n", 0, end) + 1
    sentence_start = max(start, end - _MAX_LEAD_IN)
    cues = index.between(sentence_start, end - 1)
    if not cues:
        return None
    cue = cues[-1]
    if _LEAD_IN_GAP.match(text[cue.end : end]) or _ADDRESSEE_GAP.match(text[cue.end : end]):
        return cue
    return None


def _interview_answers(
    text: str, lines: Sequence[tuple[int, int]]
) -> tuple[list[Quote], list[tuple[int, int]]]:
    """Answer paragraphs of a question/answer interview (none if the layout is absent),
    and the interviewer's lines."""
    questions = []
    unmarked = []  # question paragraphs with no label (bold lost in scraping)
    labelled = 0
    for number, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            continue
        label = _QUESTION_LABEL.match(line)
        if label is None:
            if _is_unmarked_question(line):
                unmarked.append(number)
            continue
        is_labelled = bool(_INTERVIEW_LABEL.match(line))
        if "?" in line[-3:] or (is_labelled and len(line) < 600):
            questions.append(number)
            labelled += is_labelled
    if len(questions) < 2 and labelled < 1:
        if len(unmarked) < 2 or questions:
            return [], []
        questions = unmarked
    question_set = set(questions)
    answers: list[Quote] = []
    named_answers = 0  # answers after the last question that open with "Ông X:"
    for number in range(questions[0] + 1, len(lines)):
        if number in question_set:
            continue
        start, end = lines[number]
        line = text[start:end]
        if not line.strip():
            continue
        lowered = line.casefold()
        if (
            (_QUESTION_LABEL.match(line) or questions is unmarked)
            and "cảm ơn" in lowered
            and len(line) < 120
        ):
            if number > questions[-1]:
                break  # the interviewer's closing thanks: the interview is over
            continue
        stripped_line = line.strip()
        if stripped_line[-1:] not in _SENTENCE_END + '"”»)' and len(stripped_line.split()) <= 15:
            continue  # a heading, caption or link line, not an answer
        content_start = start
        dash = re.match(r"\s*[-–—•]\s*", line)
        if dash:
            content_start = start + dash.end()
        answer_label = _ANSWER_LABEL.match(text, content_start, end)
        if answer_label and (
            analyse_mention(answer_label.group(1)) is not None
            or answer_label.group(1).casefold() in {"trả lời", "đáp", "tl"}
        ):
            content_start = answer_label.end()
            named_answers += number > questions[-1]
        elif named_answers and _THIRD_PERSON_NAME.search(line):
            # after "Ông Nguyên: ..." answers, a paragraph without a label that names
            # someone as "ông Hoàng Trung" is the reporter's text again: the interview is over
            break
        while content_start < end and text[content_start].isspace():
            content_start += 1
        content_end = end
        while content_end > content_start and text[content_end - 1].isspace():
            content_end -= 1
        if _word_count(text, content_start, content_end) < 3:
            continue
        answers.append(
            Quote(
                content_start,
                content_end,
                text[content_start:content_end],
                "interview",
                None,
                None,
                None,
                0.75,
            )
        )
    return answers, [lines[number] for number in questions]


_INTERVIEW_ADDRESS = word_class("interview_address")
# an honorific and a name of two or more capitalised words: "ông Hoàng Trung", "Bà Lâm Thị Kiều"
_THIRD_PERSON_NAME = re.compile(
    r"(?<!\w)(?:[ôÔ]ng|[bB]à|[aA]nh|[cC]hị)\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*)+"
)


def _is_unmarked_question(line: str) -> bool:
    """A paragraph that is one question to the interviewee, with no ``PV:`` or dash
    (``Thưa ông, ... Quan điểm của ông thế nào?``): ends with ``?``, has no quotation
    marks, is at most 60 words and addresses someone (``ông``, ``bà``, ``thưa``...)."""
    stripped = line.strip()
    if not stripped.endswith("?") or _MARK.search(stripped):
        return False
    words = [word.casefold() for word in _WORD.findall(stripped)]
    return len(words) <= 60 and any(word in _INTERVIEW_ADDRESS for word in words)


def _only_blank_or_dash(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is blank or one dash among blanks (scanning back from ``end``)."""
    dashes = 0
    position = end - 1
    while position >= start:
        char = text[position]
        if char in _DASHES:
            dashes += 1
            if dashes > 1:
                return False
        elif not char.isspace():
            return False
        position -= 1
    return True


def _rest_is_punctuation(text: str, start: int, end: int) -> bool:
    """Only blanks and final punctuation from ``start`` to the end of the line."""
    position = start
    while position < end:
        if text[position] not in " \t.,!?…":
            return False
        position += 1
    return True


def _direct_quotes(
    text: str,
    lines: Sequence[tuple[int, int]],
    sentence_starts: Sequence[int],
    skip: Sequence[tuple[int, int]],
    cue_index: _CueIndex,
) -> tuple[list[Quote], list[tuple[int, int]]]:
    """Direct quotes and every marked range (speech or not, to mask cue search)."""
    all_marked: list[_Marked] = []
    previous_unclosed: _Marked | None = None
    skip_starts = [s for s, _ in skip]
    for line_start, line_end in lines:
        if line_end <= line_start:
            continue
        slot = bisect.bisect_right(skip_starts, line_start) - 1
        if slot >= 0 and skip[slot][0] <= line_start < skip[slot][1] + 1:
            previous_unclosed = None
            continue
        closing = _continuation_close(text, line_start, line_end) if previous_unclosed else None
        if previous_unclosed is not None and closing is not None:
            # '"Q1 ...\n\nQ2 ...", ông A nói.': the quotation goes on without a new mark;
            # one quote per paragraph, as when each paragraph opens with a mark
            tail = _Marked(line_start, closing, line_start, line_end)
            tail.follows = previous_unclosed
            previous_unclosed.continued = True
            marks = [tail, *_scan_marks(text, closing + 1, line_end)]
            for mark in marks[1:]:
                mark.line_start = line_start
            previous_unclosed = marks[-1] if marks[-1].close_at is None else None
            all_marked.extend(marks)
            continue
        marks = _scan_marks(text, line_start, line_end)
        if previous_unclosed is not None:
            first = marks[0] if marks else None
            stripped_start = (
                line_start
                + len(text[line_start:line_end])
                - len(text[line_start:line_end].lstrip())
            )
            if first is not None and first.open_at - 1 == stripped_start:
                first.follows = previous_unclosed
                previous_unclosed.continued = True
        previous_unclosed = marks[-1] if marks and marks[-1].close_at is None else None
        all_marked.extend(marks)

    def clause_start_of(position: int) -> int:
        index = bisect.bisect_right(sentence_starts, position) - 1
        return sentence_starts[index] if index >= 0 else 0

    for index, marked in enumerate(all_marked):
        clause_start = clause_start_of(marked.open_at - 1)
        if index and all_marked[index - 1].close_at is not None:
            # the lead-in of a quotation starts after the previous one
            clause_start = max(clause_start, all_marked[index - 1].close_at + 1)  # type: ignore[operator]
        opens_clause = _opens_clause(text, marked, clause_start)
        words = _word_count(text, *_content_bounds(text, marked))
        after = _attribution_after(text, marked, cue_index)
        if after is not None and (opens_clause or words >= 8):
            marked.cue, marked.speech, marked.confidence = after[0], True, 0.9
            # around: '"Q1", ông A nói, "Q2".'
            following = all_marked[index + 1] if index + 1 < len(all_marked) else None
            if (
                following is not None
                and following.line_start == marked.line_start
                and following.open_at - 1 <= after[1] + 2
                and text[after[1] : following.open_at - 1].strip(" ,:") == ""
            ):
                marked.links.append(following)
            continue
        before = _attribution_before(text, marked, clause_start, cue_index)
        if before is not None and (before[1] or words >= 4):
            marked.cue, marked.speech, marked.confidence = before[0], True, 0.85
            continue
        at_line_start = _only_blank_or_dash(text, marked.line_start, marked.open_at - 1)
        if at_line_start:
            lead_in = _previous_line_lead_in(text, marked.line_start, cue_index)
            if lead_in is not None:
                marked.cue, marked.speech, marked.confidence = lead_in, True, 0.85
                continue
        tail_end = marked.line_end if marked.close_at is None else marked.close_at + 1
        rest_of_line = _rest_is_punctuation(text, tail_end, marked.line_end)
        if marked.close_at is None:
            if at_line_start and words >= 6:
                marked.speech, marked.confidence = True, 0.55
            continue
        # a paragraph or sentence of quoted speech standing on its own; a quoted name
        # of an event or a work opening a sentence ('"Tuần lễ ..." sẽ diễn ra') is not
        ends_sentence = text[marked.close_at - 1] in _SENTENCE_END if marked.close_at else False
        if opens_clause and words >= 4 and (rest_of_line or ends_sentence):
            marked.speech, marked.confidence = True, 0.65 if rest_of_line else 0.55
    for marked in all_marked:
        for linked in marked.links:
            if not linked.speech:
                linked.speech, linked.cue, linked.confidence = True, marked.cue, marked.confidence
    # multi-paragraph quotations share the cue of their closing (or opening) part
    for marked in reversed(all_marked):
        if marked.follows is not None:
            head = marked.follows
            if marked.speech or head.speech:
                head.speech = True
                marked.speech = True
                if head.cue is None:
                    head.cue = marked.cue
                    head.confidence = max(head.confidence, marked.confidence - 0.05)
    for marked in all_marked:
        if marked.follows is not None and marked.cue is None and marked.follows.cue is not None:
            marked.cue = marked.follows.cue
    quotes: list[Quote] = []
    ranges: list[tuple[int, int]] = []
    for marked in all_marked:
        start, end = _content_bounds(text, marked)
        close = marked.close_at if marked.close_at is not None else marked.line_end
        ranges.append((marked.open_at - 1, close + 1))
        if not marked.speech or end <= start:
            continue
        cue = marked.cue
        quotes.append(
            Quote(
                start,
                end,
                text[start:end],
                "direct",
                cue.text if cue else None,
                Span(cue.start, cue.end, cue.text) if cue else None,
                None,
                marked.confidence,
            )
        )
    return quotes, ranges


def _content_start_after_cue(text: str, cue: _Cue, end: int) -> tuple[int, bool, bool] | None:
    """Where the reported content starts after a cue: (offset, introduced by
    rằng/là/colon, by a comma)."""
    position = cue.end
    introduced = cue.text.casefold().endswith((" rằng", " là"))
    comma = False
    gap = re.compile(r"\s*(?:thêm\s+)?").match(text, position, end)
    if gap:
        position = gap.end()
    # an addressee or place before the complementiser: "nói với PV Dân trí rằng ..."
    addressee = re.compile(
        r"(?:với|tại|trước|trong)\s[^,:.;\"“”«»\n]{0,80}?(?=(?:\s(?:rằng|là)\s)|[:,])"
    ).match(text, position, end)
    if addressee:
        after = addressee.end()
        rest = text[after:end]
        if re.match(r"\s(?:rằng|là)\s|\s*:", rest):
            position = after
    complement = re.compile(r"\s*(?:rằng|là)(?!\w)\s*", re.IGNORECASE).match(text, position, end)
    if complement and not introduced:
        position, introduced = complement.end(), True
    punctuation = re.compile(r"\s*([:,])\s*").match(text, position, end)
    if punctuation:
        if punctuation.group(1) == ":":
            introduced = True
        else:
            comma = True
        position = punctuation.end()
    if position >= end:
        return None
    return position, introduced, comma


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in _SENTENCE_END + ",;:"):
        end -= 1
    return end


def _indirect_quotes(
    text: str,
    sentences: Sequence[tuple[int, int]],
    masked: Sequence[tuple[int, int]],
    blocked: Sequence[tuple[int, int]],
    cue_index: _CueIndex,
) -> list[Quote]:
    quotes: list[Quote] = []
    blocked_starts = [b[0] for b in blocked]
    masked_starts = [m[0] for m in masked]

    def is_blocked(position: int) -> bool:
        slot = bisect.bisect_right(blocked_starts, position) - 1
        return slot >= 0 and blocked[slot][0] <= position < blocked[slot][1]

    for sentence_start, sentence_end in sentences:
        line_end = text.find("\n", sentence_start)
        if line_end < 0:
            line_end = len(text)
        sentence_end = min(sentence_end, line_end)
        if sentence_end - sentence_start < 8 or is_blocked(sentence_start):
            continue
        found_theo = _theo_quote(text, sentence_start, sentence_end, masked)
        if found_theo is not None:
            quotes.append(found_theo)
            continue
        cues = cue_index.between(sentence_start, sentence_end, masked)
        previous_quote: Quote | None = None
        for index, cue in enumerate(cues):
            if is_blocked(cue.start):
                continue
            if previous_quote is not None and cue.start < previous_quote.end:
                # a cue inside earlier content: coordinated ("..., nhấn mạnh ...") or not speech
                before = text[previous_quote.start : cue.start]
                if not _COORDINATION.search(before):
                    continue
            subject = subject_before(text, sentence_start, cue.start)
            if (
                subject is not None
                and previous_quote is not None
                and subject[0] < previous_quote.end
            ):
                subject = None  # the "subject" runs over earlier reported content
            coordinated = False
            if subject is None:
                if previous_quote is None or not _COORDINATION.search(
                    text[sentence_start : cue.start]
                ):
                    continue
                coordinated = True
            elif previous_quote is not None and cue.start < previous_quote.end:
                coordinated = True
            if coordinated and not _splits_content(
                text, previous_quote.start if previous_quote else sentence_start, cue
            ):
                continue
            content = _content_start_after_cue(text, cue, sentence_end)
            if content is None:
                continue
            content_start, introduced, comma = content
            if cue.tier == "D" and not introduced and not _person_subject(text, subject):
                # "Trường yêu cầu học sinh nộp ...", "Sở có công văn yêu cầu kiểm tra ...",
                # a headline "Doanh nghiệp kiến nghị rút ngắn ...": an instruction, not speech
                continue
            # "kể lúc chiều 4/11 thấy ...": a clause that opens with a time phrase
            timed = cue.tier in "NP" and not introduced and _timed_clause(
                text, content_start, sentence_end
            )
            if timed:
                introduced = True
            if text[content_start] in _OPENERS and not _partial_quote_opens(
                text, content_start, masked, masked_starts, is_blocked
            ):
                continue  # a quotation: the direct scanner has it
            colon = text[cue.end : content_start].strip().endswith(":")
            if (
                not introduced
                and subject is not None
                and _QUOTE_THEN_SUBJECT.search(text, sentence_start, subject[0])
            ):
                # '"...", ông Ba nói, tay cầm bông lúa.', '"...", cụ bà nói bằng tiếng Hrê':
                # the cue of the quotation before, then a manner clause, not speech
                continue
            if cue.tier in "NP" and not introduced:
                if comma and subject is not None:
                    analysed = analyse_mention(text[subject[0] : subject[1]])
                    named = analysed is not None and analysed.group is None
                elif cue.tier == "P" and subject is not None:
                    named = _person_reports_clause(text, subject, content_start, sentence_end)
                else:
                    named = False
                if not named and not _looks_like_clause(
                    text, content_start, sentence_end, cue, strict=True
                ):
                    continue
            first_word = _WORD.match(text, content_start + (text[content_start] in _OPENERS))
            if first_word is None:
                continue
            if (
                not introduced
                and first_word.group().casefold() in _BARE_CONTENT_STOPS
                and not cue.text.casefold().endswith(" về")
                and cue.tier != "A"
            ):
                continue
            if (
                not introduced
                and first_word.group().casefold() in {"tại", "với", "ở", "về"}
                and not cue.text.casefold().endswith(" về")
            ):
                continue
            if not introduced and not _looks_like_clause(text, content_start, sentence_end, cue):
                continue
            content_end = sentence_end
            if colon:
                content_end = line_end
            # the next coordinated cue ends this content
            for later in cues[index + 1 :]:
                if later.start <= content_start:
                    continue
                if _splits_content(text, content_start, later):
                    content_end = min(
                        content_end, _coordination_start(text, content_start, later.start)
                    )
                    break
            # stop before a quotation that is itself speech
            slot = bisect.bisect_right(masked_starts, content_start)
            while slot < len(masked) and masked[slot][0] < content_end:
                range_start, range_end = masked[slot]
                if _word_count(text, range_start, range_end) >= 12:
                    content_end = range_start
                    break
                slot += 1
            content_end = _trim_end(text, content_start, content_end)
            if content_end - content_start < 2 or _word_count(text, content_start, content_end) < 3:
                continue
            if is_blocked(content_start):
                continue
            if coordinated and cue.tier == "D" and not introduced:
                continue
            confidence = {"A": 0.8, "C": 0.7, "D": 0.6, "N": 0.7, "P": 0.7}.get(cue.tier, 0.6)
            if coordinated:
                confidence -= 0.1
            quote = Quote(
                content_start,
                content_end,
                text[content_start:content_end],
                "indirect",
                cue.text,
                Span(cue.start, cue.end, cue.text),
                None,
                confidence,
            )
            quotes.append(quote)
            previous_quote = quote
        if previous_quote is None:
            trailing = _trailing_theo_quote(text, sentence_start, sentence_end, masked)
            if trailing is not None:
                quotes.append(trailing)
    return quotes


_CLAUSE_MARKERS = word_class("clause_markers")
_PERCEPTION_VERBS = word_class("perception_verbs")
_ONE_PERSON_STARTS = word_class("one_person_starts")
_TIME_PHRASE = re.compile(r"(?:vào\s+)?lúc\s+", re.IGNORECASE)


def _timed_clause(text: str, start: int, end: int) -> bool:
    """``lúc chiều 4/11 thấy nước đục ...``, ``lúc nửa đêm nghe tiếng ...``: a time phrase,
    then within five words a verb of perception or an aspect marker opening the clause."""
    opening = _TIME_PHRASE.match(text, start, end)
    if opening is None:
        return False
    limit = min(end, opening.end() + 80)
    words = [m.group().casefold() for m in _WORD.finditer(text, opening.end(), limit)]
    return len(words) >= 4 and any(
        word in _PERCEPTION_VERBS or word in _CLAUSE_MARKERS for word in words[1:6]
    )


def _person_subject(text: str, subject: tuple[int, int] | None) -> bool:
    """Is the subject of a cue a person (a name, title, honorific or pronoun), not an
    organisation, a country or a group?"""
    if subject is None:
        return False
    analysed = analyse_mention(text[subject[0] : subject[1]])
    if analysed is None:
        return False
    if analysed.group is None:
        return True
    # "Đại diện Nam Phi kêu gọi ...", "một phụ huynh đề nghị ...": one person speaking
    first = _WORD.match(analysed.group.lstrip())
    return first is not None and first.group().casefold() in _ONE_PERSON_STARTS
_ELIDED_SUBJECT_STARTS = word_class("elided_subject_starts")
_LOCATIVE_STARTS = word_class("locative_starts")


def _looks_like_clause(text: str, start: int, end: int, cue: _Cue, *, strict: bool = False) -> bool:
    """Bare content after a cue (no "rằng", "là" or colon) must read as a clause, not
    a noun object or an adverbial ("nói trong buổi họp báo", "kỳ vọng mùa cao điểm")."""
    words = [m.group() for m in _WORD.finditer(text, start, min(end, start + 400))]
    if not words:
        return False
    lower = [w.casefold() for w in words]
    has_marker = any(word in _CLAUSE_MARKERS for word in lower[1:9])
    if lower[0] in _LOCATIVE_STARTS and "," not in text[start:end] and len(words) <= 8:
        return False
    if strict:  # cues that often take a noun object: "phản ánh thực trạng", "thông tin về"
        # "cam kết sẽ trả ...", "kể đã sống ...": a clause whose subject is the speaker
        opens_clause = lower[0] in _ELIDED_SUBJECT_STARTS
        return (has_marker or opens_clause) and len(words) >= 5
    if cue.tier == "A":
        return True
    return has_marker or len(words) >= 6


_OBJECT_STARTS = word_class("object_starts")


def _person_reports_clause(
    text: str, subject: tuple[int, int], content_start: int, end: int
) -> bool:
    """A "P" cue (``kể``, ``thông tin``, ``bày tỏ``) after a person and before a
    clause reports speech ("Bà Hoa kể bố mẹ Nam mất năm 2001"); before a noun object
    ("kể câu chuyện", "bày tỏ sự cảm ơn", "thông tin về dự án") it does not."""
    analysed = analyse_mention(text[subject[0] : subject[1]])
    if analysed is None or analysed.group is not None:
        return False
    words = [m.group().casefold() for m in _WORD.finditer(text, content_start, end)]
    return len(words) >= 6 and words[0] not in _OBJECT_STARTS


# a closing quotation mark (then a comma or dash) right before the subject of a cue
_QUOTE_THEN_SUBJECT = re.compile(r"[”»\"]\s*[,\-–—]?\s*$")


def _partial_quote_opens(
    text: str,
    start: int,
    masked: Sequence[tuple[int, int]],
    masked_starts: Sequence[int],
    is_blocked: Callable[[int], bool],
) -> bool:
    """Content that opens with a short quotation the sentence goes on after
    (``ông A nói "còn quá sớm" để ...``): mixed speech, reported as one indirect quote."""
    slot = bisect.bisect_right(masked_starts, start) - 1
    if slot < 0 or masked[slot][0] != start or is_blocked(start + 1):
        return False
    return bool(re.match(r"\s+\w", text[masked[slot][1] : masked[slot][1] + 2]))


def _coordination_start(text: str, content_start: int, cue_start: int) -> int:
    match = _COORDINATION.search(text, content_start, cue_start)
    return match.start() if match else cue_start


def _splits_content(text: str, content_start: int, cue: _Cue) -> bool:
    """A later cue starts a new reported clause with the same speaker: after a bare
    comma (", nhấn mạnh ...") or, after "đồng thời"/"và", with a complementiser."""
    if cue.tier not in "ACD":
        return False
    match = _COORDINATION.search(text, content_start, cue.start)
    if match is None:
        return False
    if match.group().strip() in {",", ";"}:
        return True
    after = _content_start_after_cue(text, cue, min(len(text), cue.end + 40))
    return after is not None and after[1]


def _theo_quote(text: str, start: int, end: int, masked: Sequence[tuple[int, int]]) -> Quote | None:
    """``Theo <speaker>, <content>`` at the start of a sentence (or after ``Cũng``...)."""
    words = list(_WORD.finditer(text, start, min(end, start + 60)))
    position = 0
    while (
        position < len(words) and position < 2 and words[position].group().casefold() in _THEO_LEADS
    ):
        position += 1
    if position >= len(words) or words[position].group().casefold() != "theo":
        return None
    theo = words[position]
    if text[start : theo.start()].strip(" ,") and position == 0:
        return None
    found = source_after_theo(text, theo.end(), end)
    if found is None:
        return None
    _, _, content_start = found
    content_end = _trim_end(text, content_start, end)
    if _word_count(text, content_start, content_end) < 3:
        return None
    return Quote(
        content_start,
        content_end,
        text[content_start:content_end],
        "indirect",
        theo.group(),
        Span(theo.start(), theo.end(), theo.group()),
        None,
        0.75,
    )


_TRAILING_THEO = re.compile(r",\s*(theo)\s+([^,.;:!?\n]{2,80}?)\s*[.!?…]?\s*$", re.IGNORECASE)


def _trailing_theo_quote(
    text: str, start: int, end: int, masked: Sequence[tuple[int, int]]
) -> Quote | None:
    """``<content>, theo <speaker>.``"""
    if end - start > 2000:
        return None
    match = _TRAILING_THEO.search(text, start, end)
    if match is None:
        return None
    source = match.group(2)
    if analyse_mention(source) is None:
        return None
    lowered = source.casefold()
    if any(lowered.startswith(trap) for trap in load_lines("quotes/theo_traps.txt")):
        return None
    content_end = _trim_end(text, start, match.start())
    if _word_count(text, start, content_end) < 3:
        return None
    theo_start, theo_end = match.span(1)
    return Quote(
        start,
        content_end,
        text[start:content_end],
        "indirect",
        match.group(1),
        Span(theo_start, theo_end, match.group(1)),
        None,
        0.7,
    )


def segment_quotes(text: str, *, sentences: Sequence[Span] | None = None) -> list[Quote]:
    """Every reported-speech span of ``text``, ordered by start, without speakers.

    ``Quote.text`` is the content without quotation marks and
    ``text[q.start:q.end] == q.text``; ``cue``/``cue_span`` give the reporting verb
    or phrase where one is known. Use :func:`viscrape.attribute_speakers` (or
    :func:`viscrape.process`) to fill in who said it. ``sentences`` may pass the
    spans of :func:`viscrape.segment_sentences` for ``text`` when already computed.

    >>> text = ('"Chúng tôi sẽ hoàn thành trước tháng 10", bà Lan nói. '
    ...         'Ông Nam cho biết sẽ bồi thường cho khách hàng.')
    >>> for quote in segment_quotes(text):
    ...     print(quote.kind, quote.cue, "|", quote.text)
    direct nói | Chúng tôi sẽ hoàn thành trước tháng 10
    indirect cho biết | sẽ bồi thường cho khách hàng
    """
    require_str(text, "text")
    if not text.strip():
        return []
    original = text
    # "TS. Tùng", "PM2.5": full stops that end no sentence are blanked (offsets kept)
    text = mask_abbreviation_dots(text)
    if sentences is not None and text is not original:
        sentences = merge_masked_sentences(original, text, sentences)
    lines = _lines(text)
    answers, question_ranges = _interview_answers(text, lines)
    answer_ranges = sorted([(q.start, q.end) for q in answers] + question_ranges)
    sentence_spans = _sentence_spans(text, sentences)
    sentence_starts = sorted({0, *(start for start, _ in sentence_spans)})
    cue_index = _CueIndex(text)
    direct, marked_ranges = _direct_quotes(text, lines, sentence_starts, answer_ranges, cue_index)
    direct_ranges = sorted((q.start, q.end) for q in direct)
    blocked = sorted(answer_ranges + direct_ranges)
    indirect = _indirect_quotes(text, sentence_spans, sorted(marked_ranges), blocked, cue_index)
    quotes = sorted(answers + direct + indirect, key=lambda q: (q.start, q.end))
    # drop an indirect quote that overlaps a direct or interview one
    result: list[Quote] = []
    for quote in quotes:
        if result and quote.start < result[-1].end:
            if quote.kind == "indirect":
                continue
            if result[-1].kind == "indirect":
                result.pop()
        result.append(quote)
    if text is not original:
        result = [replace(quote, text=original[quote.start : quote.end]) for quote in result]
    return result
