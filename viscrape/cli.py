"""The ``viscrape`` command line.

Every subcommand reads files (or standard input when none, or ``-``, is given),
reports an unreadable or undecodable file as one line on standard error, carries
on with the other files, and exits non-zero if any file failed.

    viscrape normalize article.txt          # normalised text on stdout
    viscrape normalize --check *.txt        # exit 1 if a file would change
    viscrape clean --explain article.txt    # every line with its label and reason
    viscrape quotes --jsonl articles/       # who said what, one JSON object a quote
    viscrape demo                           # the whole pipeline on the bundled samples
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

EXIT_OK = 0
EXIT_CHANGED = 1  # --check: some file would change
EXIT_FAILED = 2  # some input could not be read or processed


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


def expand_paths(paths: Sequence[str]) -> list[str]:
    """Expand folders into the ``.txt``/``.html`` files below them, sorted.

    Plain file names (and ``-``) are passed through unchanged.
    """
    expanded: list[str] = []
    for name in paths:
        path = Path(name)
        if name != "-" and path.is_dir():
            expanded.extend(
                str(child)
                for child in sorted(path.rglob("*"))
                if child.is_file() and child.suffix.lower() in {".txt", ".html", ".htm"}
            )
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
    samples = resources.files("viscrape").joinpath("data", "samples")
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


def _command_quotes(args: argparse.Namespace, io: _Streams) -> int:
    from viscrape.pipeline import process

    failures: list[str] = []
    for item in iter_inputs(args.files, io.stdin, io.stderr, failures):
        document = process(item.text)
        for quote in document.quotes:
            if args.jsonl:
                print(json.dumps(_quote_record(item.name, document, quote), ensure_ascii=False),
                      file=io.stdout)
            else:
                speaker = quote.speaker.name if quote.speaker else "?"
                print(f"{item.name}\t{quote.kind}\t{speaker}\t{quote.cue or ''}\t{quote.text}",
                      file=io.stdout)
    return EXIT_FAILED if failures else EXIT_OK


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


def _command_process(args: argparse.Namespace, io: _Streams) -> int:
    from viscrape.pipeline import process

    failures: list[str] = []
    for item in iter_inputs(args.files, io.stdin, io.stderr, failures):
        document = process(item.text)
        if args.json:
            print(json.dumps({"file": item.name, **document.to_dict()}, ensure_ascii=False),
                  file=io.stdout)
        else:
            print(f"# {item.name}", file=io.stdout)
            print(document.text, file=io.stdout)
    return EXIT_FAILED if failures else EXIT_OK


def _command_demo(args: argparse.Namespace, io: _Streams) -> int:
    from viscrape.pipeline import process

    for path in _sample_paths():
        document = process(Path(path).read_text(encoding="utf-8"))
        title = document.metadata.title or Path(path).name
        print(f"== {title}", file=io.stdout)
        for speaker, quotes in document.speakers():
            print(f"  {speaker}: {len(quotes)} quote(s)", file=io.stdout)
            for quote in quotes:
                excerpt = quote.text if len(quote.text) <= 100 else quote.text[:97] + "..."
                print(f"    [{quote.kind}] {quote.cue or '-'}: {excerpt}", file=io.stdout)
        print(file=io.stdout)
    return EXIT_OK


@dataclass(frozen=True)
class _Streams:
    stdin: TextIO
    stdout: TextIO
    stderr: TextIO


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

    quotes = add("quotes", _command_quotes, "list who said what")
    quotes.add_argument("files", nargs="*", help=files_help)
    quotes.add_argument("--jsonl", action="store_true", help="one JSON object per quote")

    process = add("process", _command_process, "run the whole pipeline")
    process.add_argument("files", nargs="*", help=files_help)
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
