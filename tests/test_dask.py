"""viscrape.dask on Dask's local multiprocessing scheduler: exactly the single-process results."""

from __future__ import annotations

import json
import subprocess
import sys

import dask
import dask.bag  # the `test` extra installs dask[bag]
import pytest

from viscrape.batch import ProcessingError
from viscrape.dask import process_bag, process_records
from viscrape.pipeline import process

# Invented articles in the styles of several outlets (not taken from the seeds).
ARTICLES = [
    '"Chúng tôi sẽ hoàn thành cao tốc trước Tết", ông Trần Quốc Phương, Thứ trưởng Bộ '
    "Kế hoạch và Đầu tư, khẳng định tại buổi họp báo chiều 5/1.",
    "(VTC News) - Theo bà Lê Thị Thu Hằng, người phát ngôn Bộ Ngoại giao, Việt Nam "
    "phản đối mọi hành động đơn phương làm phức tạp tình hình.",
    "Ông Võ Văn Thưởng nói: \u201cTrách nhiệm trước hết thuộc về người đứng đầu.\u201d",
    "",
]


@pytest.fixture(scope="module")
def corpus(seed_texts: dict[str, str]) -> list[str]:
    return [*seed_texts.values(), *ARTICLES]


def test_process_bag_on_the_multiprocessing_scheduler_equals_process(corpus: list[str]) -> None:
    bag = dask.bag.from_sequence(corpus, npartitions=3)
    with dask.config.set(scheduler="processes", num_workers=2):
        documents = process_bag(bag).compute()
    expected = [process(text) for text in corpus]
    assert documents == expected
    assert [document.to_dict() for document in documents] == [
        document.to_dict() for document in expected
    ]


def test_process_records_carries_fields_and_reports_bad_records(corpus: list[str]) -> None:
    records = [{"url": f"https://baomoi.com/{n}", "body": text} for n, text in enumerate(corpus)]
    records.insert(2, {"url": "https://baomoi.com/empty"})
    records.insert(4, {"url": "https://baomoi.com/number", "body": 7})
    bag = dask.bag.from_sequence(records, npartitions=2)
    with dask.config.set(scheduler="processes", num_workers=2):
        output = process_records(bag, field="body").map(json.dumps).compute()
    rows = [json.loads(line) for line in output]
    assert [row["url"] for row in rows] == [record["url"] for record in records]
    assert rows[2]["error"]["error_type"] == "KeyError"
    assert rows[4]["error"]["error_type"] == "TypeError"
    assert rows[4]["error"]["message"] == "raw must be str, not int"
    good = [row for row in rows if "error" not in row]
    assert [row["quotes"] for row in good] == [
        json.loads(process(text).to_json())["quotes"] for text in corpus
    ]
    assert all("body" not in row for row in rows)


def test_errors_are_per_item_inside_a_partition() -> None:
    bag = dask.bag.from_sequence([ARTICLES[0], None, ARTICLES[1]], npartitions=1)
    results = process_bag(bag).compute(scheduler="sync")
    assert results[1] == ProcessingError(1, "TypeError", "raw must be str, not NoneType")
    assert results[0] == process(ARTICLES[0]) and results[2] == process(ARTICLES[1])


def test_arguments_are_checked() -> None:
    with pytest.raises(TypeError, match=r"bag must be a dask\.bag\.Bag, not list"):
        process_bag(ARTICLES)  # type: ignore[arg-type]
    bag = dask.bag.from_sequence(ARTICLES, npartitions=1)
    with pytest.raises(ValueError, match="tone_style must be one of"):
        process_bag(bag, tone_style="new")
    with pytest.raises(TypeError, match="field must be str"):
        process_records(bag, field=1)  # type: ignore[arg-type]


def test_importing_the_module_does_not_import_dask() -> None:
    code = "import sys, viscrape.dask; print('dask' in sys.modules)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout
    assert output.strip() == "False"
