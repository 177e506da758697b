"""process_many / map_many: order, per-item errors, dead workers, laziness, pickling."""

from __future__ import annotations

import itertools
import os
import pickle
import time
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import viscrape
from viscrape.batch import ProcessingError, default_workers, map_many, process_many
from viscrape.pipeline import Document, process
from viscrape.types import Quote, Speaker

# Invented articles in the styles of several outlets (not taken from the seeds).
ARTICLES = [
    "Hà Nội - Chiều 12/3, Bộ Y tế họp báo về dịch sốt xuất huyết.\n\n"
    '"Chúng tôi đã chuẩn bị đủ thuốc và giường bệnh", ông Nguyễn Văn Long, '
    "Cục trưởng Cục Quản lý khám chữa bệnh, nói.",
    "(Dân trí) - Bà Trần Thị Hồng Nhung cho biết đoàn kiểm tra sẽ làm việc tại tỉnh "
    "Quảng Ngãi trong tuần tới. Theo bà Nhung, các sai phạm sẽ được xử lý nghiêm.",
    "TP.HCM: Giá xăng giảm lần thứ ba liên tiếp\n\nTheo Bộ Công Thương, giá xăng RON 95 "
    "giảm 320 đồng mỗi lít từ 15h hôm nay.",
    "Phóng viên: Ông đánh giá thế nào về thị trường bất động sản năm nay?\n\n"
    "Ông Lê Hoàng Châu: Thị trường vẫn khó khăn, nhưng đã có dấu hiệu phục hồi.",
    "",
    "Không có trích dẫn nào trong bài này cả.",
]


def _double(value: int) -> int:
    return value * 2


def _slow_reverse(text: str) -> str:
    # later items finish first, so the pool really has to reorder
    time.sleep(0.002 * (len(text) % 5))
    return text[::-1]


def _fail_on_negative(value: int) -> int:
    if value < 0:
        raise ValueError(f"negative: {value}")
    return value


def _die_on_negative(value: int) -> int:
    if value < 0:
        os._exit(7)  # the worker process disappears, as with the OOM killer
    return value


def _unpicklable_result(value: int) -> object:
    return (lambda: value) if value == 3 else value


class _Unpicklable:
    def __reduce__(self) -> str:
        raise pickle.PicklingError("not today")


# --- the engine, on process-like functions -----------------------------------------------


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_back_in_input_order(workers: int) -> None:
    items = [f"{'x' * (index % 7)}{index}" for index in range(60)]
    assert list(map_many(_slow_reverse, items, workers=workers, chunksize=3)) == [
        item[::-1] for item in items
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_an_exception_becomes_an_error_in_its_place(workers: int) -> None:
    items = [3, -1, 4, -5, 9]
    results = list(map_many(_fail_on_negative, items, workers=workers, chunksize=2))
    assert results == [
        3,
        ProcessingError(1, "ValueError", "negative: -1"),
        4,
        ProcessingError(3, "ValueError", "negative: -5"),
        9,
    ]


def test_a_dead_worker_costs_only_the_item_that_killed_it() -> None:
    items = list(range(30))
    items[11] = -1
    items[25] = -2
    results = list(map_many(_die_on_negative, items, workers=2, chunksize=4))
    assert len(results) == 30
    errors = {result.index: result for result in results if isinstance(result, ProcessingError)}
    assert sorted(errors) == [11, 25]
    assert all(error.error_type == "WorkerDied" for error in errors.values())
    assert [value for value in results if not isinstance(value, ProcessingError)] == [
        value for value in items if value >= 0
    ]


def test_a_result_that_cannot_travel_back_is_an_error_not_a_crash() -> None:
    results = list(map_many(_unpicklable_result, range(6), workers=2, chunksize=1))
    assert [result for result in results if not isinstance(result, ProcessingError)] == [
        0, 1, 2, 4, 5
    ]
    assert isinstance(results[3], ProcessingError) and results[3].index == 3


def test_an_item_that_cannot_be_sent_is_an_error_not_a_crash() -> None:
    items: list[object] = [1, _Unpicklable(), 3]
    results = list(map_many(repr, items, workers=2, chunksize=1))
    assert results[0] == "1" and results[2] == "3"
    assert isinstance(results[1], ProcessingError) and results[1].index == 1


@pytest.mark.parametrize("workers", [1, 2])
def test_input_is_consumed_lazily_with_a_bounded_window(workers: int) -> None:
    consumed = 0

    def endless() -> Iterator[int]:
        nonlocal consumed
        for value in itertools.count():
            consumed = value + 1
            yield value

    results = map_many(_double, endless(), workers=workers, chunksize=5)
    assert list(itertools.islice(results, 20)) == [value * 2 for value in range(20)]
    # in flight at most: 2 chunks per worker ahead of the one being read
    assert consumed <= 20 + workers * 2 * 5
    results.close()  # type: ignore[attr-defined]


def test_bad_arguments_are_reported_clearly() -> None:
    with pytest.raises(ValueError, match="workers must be at least 1"):
        map_many(_double, [1], workers=0)
    with pytest.raises(TypeError, match="workers must be int or None, not str"):
        map_many(_double, [1], workers="2")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="chunksize must be at least 1"):
        map_many(_double, [1], chunksize=0)
    with pytest.raises(TypeError, match="chunksize must be int"):
        map_many(_double, [1], chunksize=2.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="function must be callable"):
        map_many("process", [1])  # type: ignore[arg-type]


def test_default_workers_is_the_usable_cpu_count() -> None:
    assert 1 <= default_workers() <= (os.cpu_count() or 1)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=-50, max_value=50), max_size=40))
def test_in_process_map_matches_a_plain_loop(values: list[int]) -> None:
    expected = [
        ProcessingError(index, "ValueError", f"negative: {value}") if value < 0 else value
        for index, value in enumerate(values)
    ]
    assert list(map_many(_fail_on_negative, values, workers=1)) == expected


def test_processing_error_is_a_frozen_picklable_value() -> None:
    error = ProcessingError(4, "TypeError", "raw must be str, not int")
    assert pickle.loads(pickle.dumps(error)) == error
    assert str(error) == "item 4: TypeError: raw must be str, not int"
    assert error.to_dict() == {"index": 4, "error_type": "TypeError",
                               "message": "raw must be str, not int"}
    with pytest.raises(AttributeError):
        error.index = 5  # type: ignore[misc]
    assert viscrape.ProcessingError is ProcessingError


# --- the real pipeline ------------------------------------------------------------------


def test_documents_and_quotes_pickle_cleanly(seed_texts: dict[str, str]) -> None:
    for text in [*seed_texts.values(), *ARTICLES]:
        document = process(text)
        copy = pickle.loads(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))
        assert copy == document
        assert copy.to_dict() == document.to_dict()
        for start, end in [(0, len(document.text)), (3, 9)]:
            assert copy.source_span(start, end) == document.source_span(start, end)
        for quote in document.quotes:
            assert pickle.loads(pickle.dumps(quote)) == quote


def test_a_hand_made_quote_pickles() -> None:
    quote = Quote(0, 5, "Xin chào", "direct", "nói", None,
                  Speaker("ông Minh", 10, 18, "Trần Văn Minh", "Bộ trưởng"), 0.9)
    assert pickle.loads(pickle.dumps(quote)) == quote


def test_process_many_equals_process_in_both_modes(seed_texts: dict[str, str]) -> None:
    texts = [*seed_texts.values(), *ARTICLES] * 2
    expected = [process(text) for text in texts]
    for workers in (1, 2):
        results = list(process_many(texts, workers=workers, chunksize=2))
        assert results == expected
        assert [result.to_dict() for result in results] == [doc.to_dict() for doc in expected]
        # the offset map back to the raw input survives the trip from the workers
        assert [(result._raw_offsets, result._raw_ends) for result in results] == [
            (document._raw_offsets, document._raw_ends) for document in expected
        ]


def test_process_many_reports_bad_items_and_carries_on() -> None:
    texts: list[object] = [ARTICLES[0], b"bytes are not text", None, ARTICLES[1]]
    results = list(process_many(texts, workers=2, chunksize=1))  # type: ignore[arg-type]
    assert isinstance(results[0], Document) and isinstance(results[3], Document)
    assert results[1] == ProcessingError(1, "TypeError", "raw must be str, not bytes")
    assert results[2] == ProcessingError(2, "TypeError", "raw must be str, not NoneType")


def test_process_many_checks_its_arguments_up_front() -> None:
    with pytest.raises(TypeError, match="texts must be an iterable of str, not str"):
        process_many("một bài báo")
    with pytest.raises(ValueError, match="tone_style must be one of"):
        process_many(ARTICLES, tone_style="modern")
    assert list(process_many([], workers=2)) == []
