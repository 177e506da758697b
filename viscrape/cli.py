"""The ``viscrape`` command line.

Every subcommand reads files (or standard input when none, or ``-``, is given),
reports an unreadable or undecodable file as one line on standard error, carries
on with the other files, and exits non-zero if any file failed.

    viscrape normalize article.txt          # normalised text on stdout
    viscrape normalize --check *.txt        # exit 1 if a file would change
    viscrape clean --explain article.txt    # every line with its label and reason
    viscrape quotes --jsonl articles/       # who said what, one JSON object a quote
    viscrape process --json --workers 2 --jsonl-in text 'crawl/*.jsonl.gz'
    viscrape demo                           # the whole pipeline on the bundled samples
"""

from __future__ import annotations

import argparse
import functools
import glob
import gzip
import json
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

EXIT_OK = 0
EXIT_CHANGED = 1  # --check: some file would change
EXIT_FAILED = 2  # some input could not be read or processed
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report it


@dataclass(frozen=True)
class InputText:
    """One decoded input: ``name`` is the path as given (``<stdin>`` for stdin)."""

    name: str
    text: str


class InputError(Exception):
    """An input that could not be read or decoded; the message is one readable line."""


def _read_path(name: str, stdin: TextIO) -> InputText:
    if name == "-":
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
        name = "<stdin>"
    else:
        try:
            data = Path(name).read_bytes()
        except IsADirectoryError:
            raise InputError(f"{name}: is a directory") from None
        except FileNotFoundError:
            raise InputError(f"{name}: no such file") from None
        except PermissionError:
            raise InputError(f"{name}: permission denied") from None
        except OSError as error:
            raise InputError(f"{name}: cannot read ({error.strerror or error})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None
    return InputText(name, text)


TEXT_SUFFIXES = (".txt", ".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz", ".ndjson", ".ndjson.gz")


def expand_paths(paths: Sequence[str], suffixes: Sequence[str] = TEXT_SUFFIXES) -> list[str]:
    """Expand folders into the files below them that end in ``suffixes``, sorted, and
    glob patterns (``crawl/**/*.txt``, quoted so the shell leaves them alone) into the
    files they match, sorted.

    Plain file names (and ``-``) are passed through unchanged, and so is a pattern
    that matches nothing, so that it is reported as missing.
    """
    expanded: list[str] = []
    for name in paths:
        path = Path(name)
        if name != "-" and path.is_dir():
            expanded.extend(
                str(child)
                for child in sorted(path.rglob("*"))
                if child.is_file() and child.name.lower().endswith(tuple(suffixes))
            )
        elif name != "-" and not path.exists() and glob.has_magic(name):
            matches = sorted(glob.glob(name, recursive=True))
            files = [match for match in matches if Path(match).is_file()]
            expanded.extend(files or [name])
        else:
            expanded.append(name)
    return expanded


def iter_inputs(
    paths: Sequence[str], stdin: TextIO, stderr: TextIO, failures: list[str]
) -> Iterator[InputText]:
    """Yield each readable input; report each unreadable one on ``stderr``."""
    for name in expand_paths(paths) or ["-"]:
        try:
            yield _read_path(name, stdin)
        except InputError as error:
            message = f"viscrape: {error}"
            failures.append(message)
            print(message, file=stderr)


def _sample_paths() -> list[str]:
    samples = resources.files("viscrape").joinpath("data").joinpath("samples")
    return sorted(str(entry) for entry in samples.iterdir() if entry.name.endswith(".txt"))


def _command_normalize(args: argparse.Namespace, io: _Streams) -> int:
    from viscrape.normalize import normalize

    failures: list[str] = []
    changed = False
    for item in iter_inputs(args.files, io.stdin, io.stderr, failures):
        result = normalize(item.text, tone_style=args.tone_style)
        if args.check:
            if result != item.text:
                changed = True
                print(f"would normalise {item.name}", file=io.stdout)
        else:
            io.stdout.write(result)
            if result and not result.endswith("\n"):
                io.stdout.write("\n")
    if failures:
        return EXIT_FAILED
    return EXIT_CHANGED if changed else EXIT_OK


def _command_clean(args: argparse.Namespace, io: _Streams) -> int:
    from viscrape.boilerplate import strip_boilerplate

    failures: list[str] = []
    for item in iter_inputs(args.files, io.stdin, io.stderr, failures):
        cleaned = strip_boilerplate(item.text)
        if args.json:
            record = {"file": item.name, **cleaned.to_dict()}
            print(json.dumps(record, ensure_ascii=False), file=io.stdout)
        elif args.explain:
            for block in cleaned.blocks:
                mark = "+" if block.kept else "-"
                print(f"{mark} {block.label:<11} {block.reason:<20} {block.text}", file=io.stdout)
        else:
            print(cleaned.text, file=io.stdout)
    return EXIT_FAILED if failures else EXIT_OK


@dataclass(frozen=True)
class Article:
    """One article to process: ``name`` says where it came from (``file`` or
    ``file:line``); ``carried`` holds the other fields of a JSON Lines record."""

    name: str
    text: str
    carried: dict[str, Any] | None = None
    file: str = ""
    line: int | None = None


@dataclass(frozen=True)
class Rendered:
    """What a worker sends back for one article: its output, ready to write."""

    output: str
    quotes: int
    speakers: int


def iter_jsonl_articles(
    paths: Sequence[str], field_name: str, stdin: TextIO, report: Callable[[str], None]
) -> Iterator[Article]:
    """Yield one article per JSON Lines record whose ``field_name`` is a string.

    Files are read line by line (``.gz`` ones decompressed on the fly), so memory
    does not grow with the input. A file that cannot be read, and a line that is not
    valid UTF-8, not a JSON object, or lacks the field, is passed to ``report`` as
    one message naming the file (and line), and reading goes on.
    """
    for name in expand_paths(paths, JSONL_SUFFIXES) or ["-"]:
        display = "<stdin>" if name == "-" else name
        try:
            if name == "-":
                stream = stdin.buffer if hasattr(stdin, "buffer") else None
                lines: Any = stream if stream is not None else (
                    line.encode("utf-8") for line in stdin
                )
            elif name.lower().endswith(".gz"):
                lines = gzip.open(name, "rb")  # noqa: SIM115 - closed below
            else:
                lines = open(name, "rb")  # noqa: SIM115 - closed below
        except IsADirectoryError:
            report(f"{display}: is a directory")
            continue
        except FileNotFoundError:
            report(f"{display}: no such file")
            continue
        except OSError as error:
            report(f"{display}: cannot read ({error.strerror or error})")
            continue
        try:
            for number, data in enumerate(lines, start=1):
                article = _parse_jsonl_line(display, number, data, field_name, report)
                if article is not None:
                    yield article
        except (OSError, EOFError) as error:  # e.g. a truncated .gz file
            report(f"{display}: cannot read ({error})")
        finally:
            if name != "-":
                lines.close()


def _parse_jsonl_line(
    name: str, number: int, data: bytes, field_name: str, report: Callable[[str], None]
) -> Article | None:
    where = f"{name}:{number}"
    try:
        line = data.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as error:
        report(f"{where}: not valid UTF-8 (byte 0x{data[error.start]:02x} at column {error.start})")
        return None
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        report(f"{where}: invalid JSON ({error.msg} at column {error.colno})")
        return None
    if not isinstance(record, dict):
        report(f"{where}: not a JSON object")
        return None
    text = record.get(field_name)
    if not isinstance(text, str):
        problem = "no" if field_name not in record else "not a string in"
        report(f"{where}: {problem} field {field_name!r}")
        return None
    carried = {key: value for key, value in record.items() if key != field_name}
    return Article(where, text, carried, name, number)


def _render_article(article: Article, *, command: str, json_output: bool) -> Rendered:
    """Process one article and format its output; runs in the worker processes."""
    from viscrape.pipeline import process

    document = process(article.text)
    speakers = len(document.speakers())
    where: dict[str, Any] = {"file": article.file or article.name}
    if article.line is not None:
        where["line"] = article.line
    lines: list[str] = []
    if command == "quotes":
        for quote in document.quotes:
            if json_output:
                record = {**where, **(article.carried or {}),
                          **_quote_record(article.file or article.name, document, quote)}
                lines.append(json_line(record))
            else:
                speaker = quote.speaker.name if quote.speaker else "?"
                lines.append(
                    f"{article.name}\t{quote.kind}\t{speaker}\t{quote.cue or ''}\t{quote.text}"
                )
    elif json_output:
        record = {**where, **(article.carried or {}), **document.to_dict()}
        lines.append(json_line(record))
    else:
        lines += [f"# {article.name}", document.text]
    output = "".join(line + "\n" for line in lines)
    return Rendered(output, len(document.quotes), speakers)


# Line separators other than "\n" are valid inside JSON strings but split the line for
# str.splitlines(), many editors and older JavaScript; escaping them keeps one record a line.
_LINE_SEPARATORS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(record: dict[str, Any]) -> str:
    """``record`` as one line of JSON, non-ASCII kept readable.

    >>> print(json_line({"text": "Hà Nội\u2028mưa"}))
    {"text": "Hà Nội\\u2028mưa"}
    """
    return json.dumps(record, ensure_ascii=False).translate(_LINE_SEPARATORS)


def _quote_record(name: str, document: Any, quote: Any) -> dict[str, Any]:
    raw_start, raw_end = document.source_span(quote.start, quote.end)
    speaker = quote.speaker
    return {
        "file": name,
        "text": quote.text,
        "kind": quote.kind,
        "speaker": speaker.name if speaker else None,
        "mention": speaker.mention if speaker else None,
        "title": speaker.title if speaker else None,
        "cue": quote.cue,
        "start": raw_start,
        "end": raw_end,
        "confidence": round(quote.confidence, 3),
    }


@dataclass
class RunSummary:
    """Counts for the line printed on standard error at the end of a run."""

    articles: int = 0
    quotes: int = 0
    speakers: int = 0
    failures: int = 0
    started: float = field(default_factory=time.perf_counter)

    def line(self) -> str:
        seconds = max(time.perf_counter() - self.started, 1e-9)
        return (
            f"viscrape: {self.articles} articles, {self.quotes} quotes, "
            f"{self.speakers} speakers, {self.failures} failures "
            f"in {seconds:.1f} s ({self.articles / seconds:.1f} articles/s)"
        )


def _run_articles(args: argparse.Namespace, io: _Streams, command: str) -> int:
    """Read, process (over ``--workers`` processes) and write articles, streaming."""
    from viscrape.batch import ProcessingError, default_workers, map_many

    summary = RunSummary()
    paths = (
        expand_paths(args.files, JSONL_SUFFIXES if args.jsonl_in else TEXT_SUFFIXES)
        or ["-"]
    )
    # one article per text file: the bar can show a total; JSON Lines files cannot
    progress = _progress_bar(io.stderr, args, None if args.jsonl_in else len(paths))

    def report(message: str) -> None:
        summary.failures += 1
        line = f"viscrape: {message}"
        if progress is not None:
            progress.write(line, file=io.stderr)
        else:
            print(line, file=io.stderr)

    if args.jsonl_in is not None:
        articles: Iterator[Article] = iter_jsonl_articles(paths, args.jsonl_in, io.stdin, report)
    else:
        articles = _iter_text_articles(paths, io.stdin, report)

    names: deque[str] = deque()  # names of the articles in flight, oldest first

    def remember(stream: Iterator[Article]) -> Iterator[Article]:
        for article in stream:
            names.append(article.name)
            yield article

    workers = args.workers or default_workers()
    render = functools.partial(_render_article, command=command, json_output=args.json)
    try:
        for result in map_many(render, remember(articles), workers=workers):
            name = names.popleft()
            summary.articles += 1
            if isinstance(result, ProcessingError):
                report(f"{name}: {result.error_type}: {result.message}")
            else:
                io.stdout.write(result.output)
                summary.quotes += result.quotes
                summary.speakers += result.speakers
            if progress is not None:
                progress.update(1)
    finally:
        if progress is not None:
            progress.close()
        if not args.quiet:
            print(summary.line(), file=io.stderr)
    return EXIT_FAILED if summary.failures else EXIT_OK


def _iter_text_articles(
    paths: Sequence[str], stdin: TextIO, report: Callable[[str], None]
) -> Iterator[Article]:
    for name in paths:
        try:
            item = _read_path(name, stdin)
        except InputError as error:
            report(str(error))
            continue
        yield Article(item.name, item.text)


def _progress_bar(stderr: TextIO, args: argparse.Namespace, total: int | None) -> Any:
    """A tqdm bar on ``stderr`` if it is a terminal, else None."""
    isatty = getattr(stderr, "isatty", None)
    if args.no_progress or not (callable(isatty) and isatty()):
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency, but be lenient
        return None
    # No monitor thread: worker processes are forked after this, and forking a process
    # that runs threads is unsafe (Python 3.12+ warns about it).
    tqdm.monitor_interval = 0
    return tqdm(total=total, file=stderr, unit=" articles", dynamic_ncols=True, mininterval=0.5)


def _command_quotes(args: argparse.Namespace, io: _Streams) -> int:
    return _run_articles(args, io, "quotes")


def _command_process(args: argparse.Namespace, io: _Streams) -> int:
    return _run_articles(args, io, "process")


def _command_demo(args: argparse.Namespace, io: _Streams) -> int:
    from viscrape.pipeline import process

    for path in _sample_paths():
        document = process(Path(path).read_text(encoding="utf-8"))
        title = document.metadata.title or Path(path).name
        print(f"== {title}", file=io.stdout)
        for speaker in document.speakers():
            who = f"{speaker.name} ({speaker.title})" if speaker.title else speaker.name
            print(f"  {who}: {len(speaker.quotes)} quote(s)", file=io.stdout)
            for quote in speaker.quotes:
                excerpt = quote.text if len(quote.text) <= 100 else quote.text[:97] + "..."
                print(f"    [{quote.kind}] {quote.cue or '-'}: {excerpt}", file=io.stdout)
        print(file=io.stdout)
    return EXIT_OK


@dataclass(frozen=True)
class _Streams:
    stdin: TextIO
    stdout: TextIO
    stderr: TextIO


def _worker_count(value: str) -> int:
    try:
        count = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if count < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (one per CPU) or more, not {count}")
    return count


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``viscrape`` command."""
    from viscrape.normalize import TONE_STYLES

    parser = argparse.ArgumentParser(
        prog="viscrape",
        description="Clean, normalise and segment scraped Vietnamese news; find who said what.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, handler: Callable[..., int], help_text: str) -> argparse.ArgumentParser:
        command = commands.add_parser(name, help=help_text, description=help_text)
        command.set_defaults(handler=handler)
        return command

    files_help = "input files or folders (default: standard input)"

    normalize = add("normalize", _command_normalize, "normalise Vietnamese text")
    normalize.add_argument("files", nargs="*", help=files_help)
    normalize.add_argument("--tone-style", choices=TONE_STYLES, default=TONE_STYLES[0],
                           help="tone-mark placement in oa/oe/uy syllables (default: %(default)s)")
    normalize.add_argument("--check", action="store_true",
                           help="print nothing but the files that would change; exit 1 if any")

    clean = add("clean", _command_clean, "strip boilerplate from scraped articles")
    clean.add_argument("files", nargs="*", help=files_help)
    output = clean.add_mutually_exclusive_group()
    output.add_argument("--explain", action="store_true",
                        help="print every line with its label and reason")
    output.add_argument("--json", action="store_true", help="print blocks and metadata as JSON")

    batch_files_help = (
        "input files, folders or quoted glob patterns such as 'crawl/**/*.txt' "
        "(default: standard input)"
    )

    def add_batch_options(command: argparse.ArgumentParser) -> None:
        command.add_argument("files", nargs="*", help=batch_files_help)
        command.add_argument(
            "--jsonl-in", metavar="FIELD", default=None,
            help="read JSON Lines (.jsonl, .jsonl.gz): one article per line in FIELD; "
                 "the other fields are copied to the JSON output",
        )
        command.add_argument(
            "--workers", metavar="N", type=_worker_count, default=1,
            help="worker processes (default: 1, in this process; 0: one per CPU)",
        )
        command.add_argument("--no-progress", action="store_true",
                             help="no progress bar (shown only when stderr is a terminal)")
        command.add_argument("--quiet", action="store_true",
                             help="no summary line on standard error at the end")

    quotes = add("quotes", _command_quotes, "list who said what")
    add_batch_options(quotes)
    quotes.add_argument("--jsonl", "--json", dest="json", action="store_true",
                        help="one JSON object per quote")

    process = add("process", _command_process, "run the whole pipeline")
    add_batch_options(process)
    process.add_argument("--json", action="store_true", help="one JSON document per article")

    add("demo", _command_demo, "run the pipeline on the bundled sample articles")
    return parser


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; returns the exit code.

    >>> import io
    >>> out = io.StringIO()
    >>> main(["normalize", "-"], stdin=io.StringIO("Ho\\u0300a"), stdout=out)
    0
    >>> out.getvalue()
    'Hòa\\n'
    """
    streams = _Streams(stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr)
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args, streams))
    except BrokenPipeError:  # e.g. `viscrape clean x | head`
        return EXIT_OK
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
