"""process(): quotes come from kept article content and map back to the raw input."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("viscrape.boilerplate")  # the pipeline needs every stage

from conftest import read_seed, seed_names

from viscrape import normalize
from viscrape.pipeline import process


def test_process_finds_who_said_what() -> None:
    raw = (
        "Hà Nội mở thêm tuyến buýt điện\n\n"
        "Ông Nguyễn Văn Hòa, Giám đốc Sở Giao thông, cho biết thành phố "
        "sẽ mở thêm 10 tuyến buýt điện.\n\n"
        "\u201cNgười dân sẽ được đi miễn phí trong tháng đầu\u201d, ông Hòa nói."
    )
    document = process(raw)
    found = [(q.kind, q.speaker.name if q.speaker else None) for q in document.quotes]
    assert found == [("indirect", "Nguyễn Văn Hòa"), ("direct", "Nguyễn Văn Hòa")]
    (speaker,) = document.speakers()
    assert speaker.name == "Nguyễn Văn Hòa" and len(speaker.quotes) == 2


def test_quotes_map_back_to_raw_on_the_seeds() -> None:
    for name in seed_names():
        raw = read_seed(name)
        document = process(raw)
        for quote in document.quotes:
            assert document.text[quote.start : quote.end] == quote.text
            start, end = document.source_span(quote.start, quote.end)
            assert normalize(raw[start:end]) == quote.text


def test_seed_direct_quotes_have_the_annotated_speaker(gold: dict[str, Any]) -> None:
    # every direct quote of the seeds is found with the right speaker (the bar)
    for name, annotation in gold.items():
        document = process(read_seed(name))
        predicted = {q.text: q.speaker.name if q.speaker else None for q in document.quotes}
        for quote in annotation["quotes"]:
            if quote["kind"] != "direct" or quote["optional"]:
                continue
            matches = [text for text in predicted if quote["text"][:40] in text]
            assert matches, (name, quote["text"][:60])
            assert predicted[matches[0]] == quote["speaker"], (name, quote["text"][:60])


def test_no_quotes_from_dropped_lines() -> None:
    raw = (
        "Giá lúa tăng mạnh\n\n"
        "Bà Lê Thị Hoa cho biết thương lái đã mua hết lúa của hợp tác xã.\n\n"
        "Ảnh minh họa: Bà Lê Thị Hoa cho biết vụ này được mùa. (Ảnh: Hữu Phước)\n\n"
        "Tin liên quan\n\n"
        "Đọc thêm: Bộ trưởng cho biết sẽ kiểm tra thị trường lúa gạo"
    )
    document = process(raw)
    for quote in document.quotes:
        assert "Ảnh" not in document.text[max(0, quote.start - 40) : quote.start]


@settings(max_examples=40, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list('aăâbcdđ ô ơ"“”:,.-\nÔng ông cho biết Nam')), max_size=200
    )
)
def test_process_never_raises_and_quotes_map_back(raw: str) -> None:
    document = process(raw)
    for quote in document.quotes:
        assert document.text[quote.start : quote.end] == quote.text
        start, end = document.source_span(quote.start, quote.end)
        assert 0 <= start <= end <= len(raw)


def test_raw_spans_leave_out_characters_the_normalisation_deleted() -> None:
    raw = (
        "Hà Nội mở thêm tuyến buýt điện   \n\n"
        "\u201cNgười dân sẽ đi miễn phí\u200b\u201d, ông Nguyễn Văn Hòa nói.\u00a0\u00a0\n"
    )
    document = process(raw)
    (quote,) = document.quotes
    start, end = document.source_span(quote.start, quote.end)
    assert raw[start:end] == "Người dân sẽ đi miễn phí"  # no zero-width space
    title = document.blocks[0]
    assert title.text == "Hà Nội mở thêm tuyến buýt điện"  # no trailing spaces
    start, end = document.source_span(0, len(document.text))
    assert raw[start:end].endswith("nói.")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "Ông Lê Văn Tám cho biết", " dự án", " sẽ xong", "\u200b", "  ", "\u00a0", "\n", "\n\n",
    "\u201c", "\u201d", ", ông Tám nói.", "Ho\u0300a", "\ufeff", " \r\n",
]), max_size=25).map("".join))
def test_every_text_range_maps_to_raw_that_normalises_back(raw: str) -> None:
    document = process(raw)
    for sentence in document.sentences:
        start, end = document.source_span(sentence.start, sentence.end)
        assert 0 <= start <= end <= len(raw)
        assert normalize(raw[start:end]) == sentence.text
