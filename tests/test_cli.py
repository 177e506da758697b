"""The batch side of the command line: `process` and `quotes` over folders, globs and
JSON Lines, streaming, workers, errors, summary and progress bar."""

from __future__ import annotations

import gzip
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import seed_names
from hypothesis import given, settings
from hypothesis import strategies as st

import viscrape.pipeline
from viscrape.cli import EXIT_FAILED, EXIT_OK, expand_paths, main
from viscrape.pipeline import Document
from viscrape.types import Metadata, Quote, Speaker

QUOTE = re.compile(r'"([^"]*)"\s*(\w*)')


def fake_process(raw: str, *, tone_style: str = "hòa") -> Document:
    """A process-like stand-in: every "..." is a quote by the word that follows it.

    It keeps these tests about the command line itself, independent of how well
    the real pipeline does; the real pipeline is exercised at the end of the file.
    """
    if not isinstance(raw, str):
        raise TypeError(f"raw must be str, not {type(raw).__name__}")
    if "HỎNG" in raw:
        raise ValueError("bài báo hỏng")
    text = raw.strip()
    quotes = tuple(
        Quote(match.start(1), match.end(1), match.group(1), "direct", "nói", None,
              Speaker(None, None, None, match.group(2) or "?"), 0.9)
        for match in QUOTE.finditer(text)
    )
    return Document(raw=raw, text=text, metadata=Metadata(), blocks=(), sentences=(),
                    quotes=quotes)


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    # worker processes are forked after this, so they see the stand-in too
    monkeypatch.setattr(viscrape.pipeline, "process", fake_process)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=stdout, stderr=stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def json_lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "vnexpress").mkdir()
    (tmp_path / "vnexpress" / "b.txt").write_text('"Sẽ xong sớm" Hùng', encoding="utf-8")
    (tmp_path / "vnexpress" / "a.txt").write_text('"Đồng ý" Lan. "Chưa chắc" Minh', "utf-8")
    (tmp_path / "tuoitre" / "2024").mkdir(parents=True)
    (tmp_path / "tuoitre" / "2024" / "c.html").write_text("Không trích dẫn", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    return tmp_path


# --- inputs: folders and globs ----------------------------------------------------------


def test_folders_expand_to_sorted_text_files_below_them(corpus: Path) -> None:
    assert expand_paths([str(corpus)]) == [
        str(corpus / "tuoitre" / "2024" / "c.html"),
        str(corpus / "vnexpress" / "a.txt"),
        str(corpus / "vnexpress" / "b.txt"),
    ]


def test_glob_patterns_expand_and_unmatched_ones_are_kept_to_be_reported(corpus: Path) -> None:
    assert expand_paths([str(corpus / "**" / "*.txt")]) == [
        str(corpus / "vnexpress" / "a.txt"),
        str(corpus / "vnexpress" / "b.txt"),
    ]
    missing = str(corpus / "*.jsonl")
    assert expand_paths([missing]) == [missing]


def test_process_json_over_a_folder(fake_pipeline: None, corpus: Path) -> None:
    code, out, err = run(["process", "--json", str(corpus)])
    assert code == EXIT_OK
    records = json_lines(out)
    assert [Path(str(record["file"])).name for record in records] == ["c.html", "a.txt", "b.txt"]
    assert [len(record["quotes"]) for record in records] == [0, 2, 1]  # type: ignore[arg-type]
    assert "3 articles, 3 quotes, 3 speakers, 0 failures" in err


def test_quotes_over_a_glob_as_tab_separated_lines(fake_pipeline: None, corpus: Path) -> None:
    code, out, _ = run(["quotes", str(corpus / "vnexpress" / "*.txt")])
    assert code == EXIT_OK
    rows = [line.split("\t") for line in out.splitlines()]
    assert [(Path(row[0]).name, row[2], row[4]) for row in rows] == [
        ("a.txt", "Lan", "Đồng ý"), ("a.txt", "Minh", "Chưa chắc"), ("b.txt", "Hùng", "Sẽ xong sớm")
    ]


def test_a_bad_file_is_named_and_the_run_goes_on(fake_pipeline: None, corpus: Path) -> None:
    (corpus / "vnexpress" / "broken.txt").write_bytes(b'"Xin ch\xe0o" An')
    missing = str(corpus / "nowhere.txt")
    code, out, err = run(["quotes", "--jsonl", str(corpus / "vnexpress"), missing])
    assert code == EXIT_FAILED
    assert "broken.txt: not valid UTF-8 (byte 0xe0 at offset 7)" in err
    assert f"{missing}: no such file" in err
    assert [record["speaker"] for record in json_lines(out)] == ["Lan", "Minh", "Hùng"]
    assert "2 articles, 3 quotes, 3 speakers, 2 failures" in err


def test_an_article_that_fails_to_process_is_named_and_the_run_goes_on(
    fake_pipeline: None, corpus: Path
) -> None:
    (corpus / "vnexpress" / "aa.txt").write_text("bài HỎNG", encoding="utf-8")
    code, out, err = run(["process", "--json", "--workers", "2", str(corpus / "vnexpress")])
    assert code == EXIT_FAILED
    assert re.search(r"aa\.txt: ValueError: bài báo hỏng", err)
    assert len(json_lines(out)) == 2
    assert "3 articles, 3 quotes, 3 speakers, 1 failures" in err


# --- JSON Lines -------------------------------------------------------------------------


JSONL = "\n".join([
    json.dumps({"url": "https://vnexpress.net/1", "id": 1, "body": '"Tăng trưởng tốt" Hải'}),
    '{"url": "https://dantri.com.vn/2", "body": ',  # truncated by the crawler
    json.dumps({"url": "https://tuoitre.vn/3"}),
    json.dumps(["not", "an", "object"]),
    "",
    json.dumps({"url": "https://thanhnien.vn/5", "body": 42}),
    json.dumps({"url": "https://vietnamnet.vn/6", "body": '"Chưa quyết" Quân', "tags": ["x"]}),
]) + "\n"


def test_jsonl_records_carry_their_fields_and_bad_lines_are_located(
    fake_pipeline: None, tmp_path: Path
) -> None:
    path = tmp_path / "crawl.jsonl"
    path.write_text(JSONL, encoding="utf-8")
    code, out, err = run(["process", "--json", "--jsonl-in", "body", str(path)])
    assert code == EXIT_FAILED
    records = json_lines(out)
    assert [(record["url"], record["line"]) for record in records] == [
        ("https://vnexpress.net/1", 1), ("https://vietnamnet.vn/6", 7)
    ]
    assert records[0]["id"] == 1 and records[1]["tags"] == ["x"]
    assert "body" not in records[0] and records[0]["text"] == '"Tăng trưởng tốt" Hải'
    assert f"{path}:2: invalid JSON" in err
    assert f"{path}:3: no field 'body'" in err
    assert f"{path}:4: not a JSON object" in err
    assert f"{path}:6: not a string in field 'body'" in err
    assert ":5:" not in err  # a blank line is not an error
    assert "2 articles, 2 quotes, 2 speakers, 4 failures" in err


def test_jsonl_quotes_carry_the_fields_of_their_article(
    fake_pipeline: None, tmp_path: Path
) -> None:
    path = tmp_path / "crawl.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(JSONL)
    code, out, _ = run(["quotes", "--jsonl", "--jsonl-in", "body", str(tmp_path)])
    assert code == EXIT_FAILED
    assert [(record["url"], record["speaker"], record["text"]) for record in json_lines(out)] == [
        ("https://vnexpress.net/1", "Hải", "Tăng trưởng tốt"),
        ("https://vietnamnet.vn/6", "Quân", "Chưa quyết"),
    ]


def test_jsonl_from_standard_input(fake_pipeline: None) -> None:
    lines = [json.dumps({"id": n, "text": f'"Ý kiến số {n}" Người{n}'}) for n in range(5)]
    code, out, err = run(["quotes", "--jsonl", "--jsonl-in", "text", "-"], "\n".join(lines))
    assert code == EXIT_OK, err
    assert [(record["id"], record["file"], record["line"]) for record in json_lines(out)] == [
        (n, "<stdin>", n + 1) for n in range(5)
    ]


def test_invalid_utf8_line_is_located_and_skipped(fake_pipeline: None, tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "\xff"}\n' + json.dumps({"text": "ok"}).encode() + b"\n")
    code, out, err = run(["process", "--json", "--jsonl-in", "text", str(path)])
    assert code == EXIT_FAILED
    assert f"{path}:1: not valid UTF-8" in err
    assert len(json_lines(out)) == 1


# --- workers, streaming, summary, progress bar ------------------------------------------


def test_two_workers_write_exactly_what_one_worker_writes(
    fake_pipeline: None, tmp_path: Path
) -> None:
    records = [{"n": n, "text": f'Bài {n}: "{"ý " * (n % 13)}kiến" Người{n % 7}'}
               for n in range(120)]
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(json.dumps(record, ensure_ascii=False) for record in records),
                    encoding="utf-8")
    outputs = [run(["process", "--json", "--jsonl-in", "text", "--workers", workers, str(path)])
               for workers in ("1", "2")]
    assert outputs[0][0] == outputs[1][0] == EXIT_OK
    assert outputs[0][1] == outputs[1][1]
    assert [record["n"] for record in json_lines(outputs[1][1])] == list(range(120))


@pytest.mark.parametrize("workers", ["1", "2"])
def test_results_are_written_while_input_is_still_being_read(
    fake_pipeline: None, workers: str
) -> None:
    stdout = io.StringIO()

    class Crawl(io.StringIO):
        """Standard input that checks, as it is read, that output is already flowing."""

        def __iter__(self) -> Iterator[str]:
            for n in range(400):
                if n == 200:
                    assert stdout.getvalue().count("\n") >= 100
                yield json.dumps({"text": f'"Câu {n}" Ai{n}'}) + "\n"

    code = main(["process", "--json", "--jsonl-in", "text", "--workers", workers, "--quiet"],
                stdin=Crawl(), stdout=stdout, stderr=io.StringIO())
    assert code == EXIT_OK
    assert stdout.getvalue().count("\n") == 400


def test_quiet_drops_the_summary_and_no_bar_is_drawn_off_a_terminal(
    fake_pipeline: None, corpus: Path
) -> None:
    code, _, err = run(["process", "--quiet", str(corpus)])
    assert code == EXIT_OK and err == ""
    _, _, err = run(["process", str(corpus)])
    assert err.count("\n") == 1 and "articles/s" in err


def test_progress_bar_only_on_a_terminal(fake_pipeline: None, corpus: Path) -> None:
    terminal = Terminal()
    code = main(["process", str(corpus)], stdin=io.StringIO(), stdout=io.StringIO(),
                stderr=terminal)
    assert code == EXIT_OK
    assert "3 articles" in terminal.getvalue() and "\r" in terminal.getvalue()
    assert "3/3" in terminal.getvalue()  # one article per text file: a known total
    terminal = Terminal()
    main(["process", "--no-progress", str(corpus)], stdin=io.StringIO(), stdout=io.StringIO(),
         stderr=terminal)
    assert "\r" not in terminal.getvalue()


def test_workers_option_is_checked(corpus: Path) -> None:
    with pytest.raises(SystemExit):
        main(["process", "--workers", "-1", str(corpus)], stderr=io.StringIO())
    with pytest.raises(SystemExit):
        main(["quotes", "--workers", "two", str(corpus)], stderr=io.StringIO())


# --- the real pipeline ------------------------------------------------------------------


def test_demo_runs_on_the_bundled_samples() -> None:
    code, out, _ = run(["demo"])
    assert code == EXIT_OK
    assert out.count("== ") == 5
    assert "quote(s)" in out


def test_quotes_on_the_seed_articles_are_the_same_with_two_workers() -> None:
    seeds = [str(Path(__file__).parent / "fixtures" / name) for name in seed_names()]
    one = run(["quotes", "--jsonl", "--workers", "1", *seeds])
    two = run(["quotes", "--jsonl", "--workers", "2", *seeds])
    assert one[0] == two[0] == EXIT_OK
    assert one[1] == two[1] and one[1]
    assert "5 articles" in one[2] and "0 failures" in one[2]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(
    st.binary(max_size=40).filter(lambda data: b"\n" not in data),
    st.builds(lambda text: json.dumps({"text": text}).encode(), st.text(max_size=30)),
    st.builds(lambda value: json.dumps({"text": value}).encode(),
              st.one_of(st.none(), st.integers(), st.lists(st.integers(), max_size=2))),
), max_size=12))
def test_any_jsonl_bytes_are_processed_or_reported_never_raised(lines: list[bytes]) -> None:
    class Bytes(io.StringIO):
        buffer = io.BytesIO(b"\n".join(lines))

    stdout, stderr = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(viscrape.pipeline, "process", fake_process)
        code = main(["process", "--json", "--jsonl-in", "text", "-"], stdin=Bytes(),
                    stdout=stdout, stderr=stderr)
    reported = [line for line in stderr.getvalue().splitlines() if "<stdin>:" in line]
    written = json_lines(stdout.getvalue())
    def blank(number: int, line: bytes) -> bool:
        try:
            return not line.decode("utf-8-sig" if number == 0 else "utf-8").strip()
        except UnicodeDecodeError:
            return False

    meaningful = [line for number, line in enumerate(lines) if not blank(number, line)]
    assert code == (EXIT_FAILED if reported else EXIT_OK)
    assert len(written) + len(reported) == len(meaningful)
    assert all(line.split(":")[0] == "viscrape" for line in reported)
