# ruff: noqa: E501  (long Vietnamese example lines read better unbroken)
"""Properties of strip_boilerplate on any str and on shuffled realistic lines; cost on
adversarial input."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_boilerplate_cases import CASES, parse_case

from viscrape import strip_boilerplate
from viscrape.types import Cleaned

REALISTIC_LINES = sorted(
    {line for case in CASES.values() for line in parse_case(case)[0].split("\n") if line.strip()}
)
EXTRA_LINES = [
    "Tin liên quan", "Đọc nhiều", "Bình luận", "Xem thêm:", "Nguồn:", "Khánh Linh", "(T/h)",
    "Trang chủ > Thời sự", "13:03 | 25/12/2024 GMT+7", "Theo dõi báo trên:", "--> -->",
    "Toàn cảnh hội nghị.", "Ảnh: TTXVN", "- Xin ông cho biết kế hoạch sắp tới?", "Tết 2025",
    "TTO - ", "(PLO)- ", " date 2025-01-02 ", '"', "“", "”", "- ", "Ảnh", "", "   ",
]


def check_invariants(text: str, cleaned: Cleaned) -> None:
    previous_end = -1
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    assert len(cleaned.blocks) == len(lines)
    for block, line in zip(cleaned.blocks, lines, strict=True):
        assert block.text == line
        assert text[block.start : block.end] == block.text
        assert previous_end < block.start <= block.end <= len(text)
        previous_end = block.end
        assert block.start <= block.content_start <= block.content_end <= block.end
        assert block.kept == (block.label in {"title", "heading", "body"})
        assert block.reason
    kept = [text[block.content_start : block.content_end] for block in cleaned.blocks if block.kept]
    assert cleaned.text == "\n\n".join(kept)
    for caption in cleaned.metadata.captions:
        assert text[caption.start : caption.end] == caption.text
    for offset in range(0, len(cleaned.text) + 1, max(1, len(cleaned.text) // 7)):
        assert 0 <= cleaned.to_source(offset) <= len(text)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_never_raises_on_any_str(text: str) -> None:
    cleaned = strip_boilerplate(text)
    check_invariants(text, cleaned)
    again = strip_boilerplate(cleaned.text)
    assert again.text == cleaned.text


line_choices = st.sampled_from(REALISTIC_LINES + EXTRA_LINES)
separators = st.sampled_from(["\n", "\n\n", "\n \n", "\r\n", "\n\n\n"])


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(line_choices, separators), max_size=30))
def test_realistic_line_mixtures(parts: list[tuple[str, str]]) -> None:
    text = "".join(line + separator for line, separator in parts)
    cleaned = strip_boilerplate(text)
    check_invariants(text, cleaned)
    assert strip_boilerplate(cleaned.text).text == cleaned.text


def test_idempotent_on_every_invented_article_and_the_seeds(seed_texts: dict[str, str]) -> None:
    texts = [parse_case(case)[0] for case in CASES.values()] + list(seed_texts.values())
    for text in texts:
        cleaned = strip_boilerplate(text)
        again = strip_boilerplate(cleaned.text)
        assert again.text == cleaned.text
        assert all(block.kept for block in again.blocks)


def _seconds(text: str) -> float:
    began = time.perf_counter()
    strip_boilerplate(text)
    return time.perf_counter() - began


def test_adversarial_inputs_stay_linear() -> None:
    # generous wall-clock guards: a quadratic or backtracking path would take minutes
    sentence = "Ông Nguyễn Văn An cho biết dự án đã hoàn thành đúng tiến độ. "
    assert _seconds(sentence * 17_000) < 5  # one 1 MB line
    assert _seconds("Tin nhanh\n" * 100_000) < 10  # 100k short identical lines
    assert _seconds("\n".join(f"Dòng số {n} của bài" for n in range(100_000))) < 10
    assert _seconds('"' * 100_000) < 5
    assert _seconds("“" * 50_000 + "\n" + "(Ảnh: " * 20_000) < 5
    assert _seconds(("\n".join(f'"Câu trích dẫn số {n} rất dài để làm pull-quote"' for n in range(20_000)))
                    + "\n" + "x " * 100_000) < 10
    assert _seconds("a " * 300_000 + "a") < 5
    assert _seconds("date 2025-01-01 " * 50_000) < 5


@pytest.mark.parametrize(
    "text",
    [
        # a time above a line that is then dropped as a repeat is no live-blog heading
        "Chiều 30/10, Sở Xây dựng Hà Nội công bố phương án giao thông mới quanh hồ Hoàn Kiếm.\n"
        "19h30\n"
        "Chiều 30/10, Sở Xây dựng Hà Nội công bố phương án giao thông mới quanh hồ Hoàn Kiếm.\n",
        # a line ending in a colon introduces what follows: it is no byline
        "Chiều 30/10, Sở Xây dựng Hà Nội công bố phương án giao thông mới quanh hồ Hoàn Kiếm.\n"
        "Bác sĩ Nguyễn Thị Lan, khoa Nhi một bệnh viện ở Hà Nội, lưu ý:\n"
        '"Chúng tôi không bỏ cuộc"\n',
    ],
    ids=["time-above-a-repeat", "name-and-institution-then-colon"],
)
def test_cases_hypothesis_found_are_idempotent(text: str) -> None:
    cleaned = strip_boilerplate(text)
    assert strip_boilerplate(cleaned.text).text == cleaned.text
    assert all(block.label != "byline" for block in cleaned.blocks)
