"""Properties of segment_quotes / attribute_speakers on arbitrary and adversarial text."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from viscrape.quotes import segment_quotes
from viscrape.speakers import attribute_speakers

# text made of the pieces the scanner reacts to, so random examples hit real paths
PIECES = [
    '"',
    "“",
    "”",
    "«",
    "»",
    "‘",
    "’",
    "'",
    ":",
    ",",
    ".",
    "?",
    " - ",
    "\n",
    "\n\n",
    " ",
    "ông",
    "Ông",
    "bà",
    "Nguyễn Văn An",
    "Thủ tướng",
    "cho biết",
    "nói",
    "rằng",
    "Theo",
    "theo",
    "khẳng định",
    "Theo thống kê",
    "PV:",
    "- ",
    "tôi",
    "vị này",
    "đại diện Cuba",
    "giá xăng tăng mạnh",
    "Chúng tôi sẽ làm ngay",
    "ông An",
    "Tổng thống Joe Biden",
]
vietnamese_news = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
any_text = st.one_of(st.text(max_size=300), vietnamese_news)


def check_quotes(text: str) -> None:
    found = attribute_speakers(text, segment_quotes(text))
    previous = -1
    for quote in found:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert quote.start >= previous
        previous = quote.start
        assert quote.kind in ("direct", "indirect", "interview")
        assert 0.0 <= quote.confidence <= 1.0
        if quote.cue_span is not None:
            assert text[quote.cue_span.start : quote.cue_span.end] == quote.cue_span.text
        speaker = quote.speaker
        if speaker is not None:
            assert speaker.name
            assert speaker.name.casefold() not in {"tôi", "chúng tôi"}
            if speaker.start is not None and speaker.end is not None:
                assert text[speaker.start : speaker.end] == speaker.mention


@settings(max_examples=150, deadline=None)
@given(any_text)
def test_never_raises_and_offsets_slice_back(text: str) -> None:
    check_quotes(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=20, max_size=200).map("".join))
def test_quotes_never_cross_a_line(text: str) -> None:
    for quote in segment_quotes(text):
        if quote.kind == "direct":
            assert "\n" not in quote.text


def _seconds(text: str) -> float:
    start = time.perf_counter()
    attribute_speakers(text, segment_quotes(text))
    return time.perf_counter() - start


def test_cost_grows_linearly_with_many_quotation_marks() -> None:
    # 100k marks in one paragraph, and the same pattern at a tenth of the size:
    # a quadratic scanner would take ~100x longer, a linear one ~10x.
    small = '"a" ' * 10_000
    large = '"a" ' * 100_000
    small_time = max(_seconds(small), 1e-3)
    large_time = _seconds(large)
    assert large_time < 30 * small_time + 0.5
    assert large_time < 20


def test_unclosed_quote_at_the_start_of_a_long_text_is_linear() -> None:
    paragraph = "Ông Nguyễn Văn An cho biết giá xăng sẽ giảm trong tuần tới. " * 20
    small = "“" + ("\n\n".join([paragraph] * 40))
    large = "“" + ("\n\n".join([paragraph] * 400))  # about 1 MB
    small_time = max(_seconds(small), 1e-3)
    large_time = _seconds(large)
    assert large_time < 30 * small_time + 0.5
    found = segment_quotes(large)
    # the unclosed mark is confined to its own paragraph
    assert all(q.end - q.start < len(paragraph) + 10 for q in found)


def test_one_long_line_without_marks() -> None:
    text = "Theo ông An, " + "giá xăng tăng mạnh, " * 20_000 + "ông An nói."
    check_quotes(text)
