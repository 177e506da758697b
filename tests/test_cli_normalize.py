"""The `viscrape normalize` command: files and stdin, --tone-style, --check, bad inputs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from viscrape.cli import main


class BytesStdin(io.StringIO):
    """A text stream with a ``buffer`` of raw bytes, like ``sys.stdin``."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.buffer = io.BytesIO(data)


def run(argv: list[str], stdin: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=stdin or io.StringIO(""), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_stdin_is_normalised() -> None:
    code, out, err = run(["normalize"], BytesStdin("Ho\u0300a  bi\u0300nh\r\n".encode()))
    assert (code, out, err) == (0, "Hòa bình\n", "")
    code, out, _ = run(["normalize", "-"], io.StringIO("Thuỷ lợi, Viá»‡t Nam"))
    assert (code, out) == (0, "Thủy lợi, Việt Nam\n")


def test_files_and_tone_style(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text("Hòa giải ở Khánh Hòa\n", encoding="utf-8")
    second = tmp_path / "b.txt"
    second.write_text("thủy điện\u00a0Hòa Bình\n", encoding="utf-8")
    code, out, _ = run(["normalize", "--tone-style", "hoà", str(first), str(second)])
    assert code == 0
    assert out == "Hoà giải ở Khánh Hoà\nthuỷ điện Hoà Bình\n"
    code, out, _ = run(["normalize", "--tone-style", "keep", str(second)])
    assert out == "thủy điện Hòa Bình\n"


def test_bad_tone_style_is_rejected() -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(["normalize", "--tone-style", "new"])
    assert exit_info.value.code == 2


def test_check_reports_files_that_would_change(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("Hà Nội, ngày 24/12/2024\n", encoding="utf-8")
    dirty = tmp_path / "dirty.txt"
    dirty.write_text("Ha\u0300 Nội\u200b\n", encoding="utf-8")
    assert run(["normalize", "--check", str(clean)]) == (0, "", "")
    code, out, err = run(["normalize", "--check", str(clean), str(dirty)])
    assert code == 1
    assert str(dirty) in out and str(clean) not in out
    assert err == ""


def test_unreadable_and_undecodable_files(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Nguỹên Văn A\n", encoding="utf-8")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(b"H\xe0 N\xf4\xf2i")  # cp1258 bytes, not UTF-8
    missing = tmp_path / "missing.txt"
    code, out, err = run(["normalize", str(missing), str(latin1), str(good)])
    assert code not in (0, 1)
    assert out == "Nguyễn Văn A\n"  # the other file is still processed
    lines = err.strip().split("\n")
    assert len(lines) == 2
    assert str(missing) in lines[0] and str(latin1) in lines[1]
    code, _, err = run(["normalize", "--check", str(tmp_path)])  # a folder is expanded
    assert code not in (0, 1) and str(latin1) in err


def test_empty_input() -> None:
    assert run(["normalize"], BytesStdin(b"")) == (0, "", "")
