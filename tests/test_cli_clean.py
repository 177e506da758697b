# ruff: noqa: E501  (long Vietnamese example lines read better unbroken)
"""The `viscrape clean` command: plain text, --explain, --json, stdin, bad files."""

from __future__ import annotations

import io
import json
from pathlib import Path

from viscrape.cli import main

ARTICLE = "\n\n".join([
    "Trang chủ > Thời sự",
    "Hà Tĩnh khởi công cảng biển tổng hợp Vũng Áng",
    "(Báo Hà Tĩnh) - Sáng 9/11, tỉnh Hà Tĩnh khởi công bến số 3 cảng Vũng Áng với tổng vốn 2.000 tỷ đồng.",
    "Lãnh đạo tỉnh bấm nút khởi công dự án (Ảnh: Đình Nhất)",
    "Dự kiến bến cảng hoàn thành vào năm 2027, đón tàu trọng tải 100.000 tấn.",
    "Đình Nhất",
    "Tin liên quan",
    "Hà Tĩnh thu hút thêm ba dự án năng lượng",
])


def run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_clean_prints_the_article(tmp_path: Path) -> None:
    path = tmp_path / "bai.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(["clean", str(path)])
    assert (code, err) == (0, "")
    assert out == (
        "Hà Tĩnh khởi công cảng biển tổng hợp Vũng Áng\n\n"
        "Sáng 9/11, tỉnh Hà Tĩnh khởi công bến số 3 cảng Vũng Áng với tổng vốn 2.000 tỷ đồng.\n\n"
        "Dự kiến bến cảng hoàn thành vào năm 2027, đón tàu trọng tải 100.000 tấn.\n"
    )


def test_clean_explain_lists_every_line() -> None:
    code, out, _ = run(["clean", "--explain", "-"], ARTICLE)
    assert code == 0
    lines = out.rstrip("\n").split("\n")
    assert len(lines) == 8
    assert lines[0].startswith("- boilerplate breadcrumb")
    assert lines[1].startswith("+ title")
    assert lines[3].startswith("- caption") and "caption-credit" in lines[3]
    assert lines[5].startswith("- byline")
    assert lines[6].startswith("- boilerplate tail-section")


def test_clean_json_has_blocks_and_metadata(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text("Giá điện tăng 4,8% từ hôm nay.", encoding="utf-8")
    code, out, _ = run(["clean", "--json", str(first), str(second)])
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [record["file"] for record in records] == [str(first), str(second)]
    metadata = records[0]["metadata"]
    assert metadata["title"] == "Hà Tĩnh khởi công cảng biển tổng hợp Vũng Áng"
    assert metadata["source"] == "Báo Hà Tĩnh" and metadata["author"] == "Đình Nhất"
    assert metadata["captions"][0]["credit"] == "Đình Nhất"
    assert len(records[0]["blocks"]) == 8
    assert records[1]["text"] == "Giá điện tăng 4,8% từ hôm nay."


def test_clean_reports_a_missing_file_and_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Giá điện tăng 4,8% từ hôm nay.", encoding="utf-8")
    code, out, err = run(["clean", str(tmp_path / "missing.txt"), str(good)])
    assert code != 0
    assert "missing.txt" in err and err.count("\n") == 1
    assert out == "Giá điện tăng 4,8% từ hôm nay.\n"
