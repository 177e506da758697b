"""Lines kept and lost on the annotated seed articles: viscrape against trafilatura and
jusText (each seed line wrapped as a ``<p>``), with "no cleaning" as the floor.

    python benchmarks/compare_extractors.py            # markdown table for docs/boilerplate.md
    python benchmarks/compare_extractors.py --misses   # also every line each method gets wrong

A line counts as kept by an HTML extractor when its text (whitespace-normalised) is one of
the paragraphs the extractor returns, or is contained in its output. Content = lines
annotated title/heading/body in tests/fixtures/seeds.json. The seeds are in-sample for
viscrape (its rules were checked against them), so read its row as a regression floor,
not as a forecast for other outlets.
"""

from __future__ import annotations

import html
import json
import sys
from collections.abc import Callable
from pathlib import Path

from viscrape import strip_boilerplate

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CONTENT = {"title", "heading", "body"}


def as_html(text: str) -> str:
    paragraphs = "".join(
        f"<p>{html.escape(line.strip())}</p>\n" for line in text.split("\n") if line.strip()
    )
    return (
        "<html><head><meta charset='utf-8'></head><body><article>\n"
        f"{paragraphs}</article></body></html>"
    )


def squash(text: str) -> str:
    return " ".join(text.split())


def kept_by_text(output: str) -> Callable[[int, str], bool]:
    """Match the annotated lines, in order, against the extractor's paragraphs, each
    paragraph used once (a repeated line counts as kept only if the output repeats it)."""
    paragraphs = [squash(paragraph) for paragraph in output.split("\n") if paragraph.strip()]
    position = 0

    def is_kept(_: int, line: str) -> bool:
        nonlocal position
        wanted = squash(line)
        for index in range(position, len(paragraphs)):
            if paragraphs[index] == wanted or wanted in paragraphs[index]:
                position = index + (paragraphs[index] == wanted)
                return True
        return False

    return is_kept


def run_viscrape(text: str) -> Callable[[int, str], bool]:
    cleaned = strip_boilerplate(text)
    starts = []
    offset = 0
    for raw in text.split("\n"):
        starts.append(offset + len(raw) - len(raw.lstrip()))
        offset += len(raw) + 1
    kept = {block.start for block in cleaned.blocks if block.kept}
    return lambda number, _: starts[number - 1] in kept


def run_trafilatura(text: str) -> Callable[[int, str], bool]:
    import trafilatura

    output = trafilatura.extract(as_html(text), include_comments=False, include_tables=True,
                                 target_language=None) or ""
    return kept_by_text(output)


def run_justext(text: str) -> Callable[[int, str], bool]:
    import justext

    paragraphs = justext.justext(as_html(text).encode("utf-8"), justext.get_stoplist("Vietnamese"))
    output = "\n".join(paragraph.text for paragraph in paragraphs if not paragraph.is_boilerplate)
    return kept_by_text(output)


def run_nothing(text: str) -> Callable[[int, str], bool]:
    return lambda number, line: True


METHODS: dict[str, Callable[[str], Callable[[int, str], bool]]] = {
    "viscrape.strip_boilerplate": run_viscrape,
    "trafilatura (default)": run_trafilatura,
    "jusText (Vietnamese stoplist)": run_justext,
    "no cleaning": run_nothing,
}


def score(show_misses: bool) -> list[dict[str, object]]:
    gold = json.loads((FIXTURES / "seeds.json").read_text(encoding="utf-8"))["files"]
    rows = []
    for method, runner in METHODS.items():
        counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "kept_chars": 0, "content_chars_kept": 0}
        noise_by_label: dict[str, list[int]] = {}
        for name, annotation in gold.items():
            text = (FIXTURES / name).read_text(encoding="utf-8")
            is_kept = runner(text)
            for line in annotation["lines"]:
                want = line["label"] in CONTENT
                got = is_kept(line["line"], line["text"])
                length = len(line["text"])
                if got:
                    counts["kept_chars"] += length
                    counts["content_chars_kept"] += length if want else 0
                key = ("tp" if got else "fn") if want else ("fp" if got else "tn")
                counts[key] += 1
                if not want:
                    removed = noise_by_label.setdefault(line["label"], [0, 0])
                    removed[0] += not got
                    removed[1] += 1
                if show_misses and got != want:
                    what = "kept" if got else "lost"
                    print(f"  {method}: {what} {name}:{line['line']} [{line['label']}] "
                          f"{line['text'][:70]!r}", file=sys.stderr)
        tp, fp, fn, tn = counts["tp"], counts["fp"], counts["fn"], counts["tn"]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        rows.append({
            "method": method,
            "precision": precision,
            "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            "content_lost": fn,
            "content_total": tp + fn,
            "noise_kept": fp,
            "noise_total": fp + tn,
            "char_precision": counts["content_chars_kept"] / counts["kept_chars"]
            if counts["kept_chars"] else 0.0,
            "removed_by_label": {label: f"{done}/{total}" for label, (done, total)
                                 in sorted(noise_by_label.items())},
        })
    return rows


def main() -> None:
    rows = score("--misses" in sys.argv)
    print("| Method | Line P | Line R | Line F1 | Content lines lost | Noise lines kept | "
          "Non-content removed | Kept-char precision | Removed: boilerplate / byline / caption |")
    print("|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        removed = row["removed_by_label"]
        assert isinstance(removed, dict)
        by_label = " / ".join(
            removed.get(label, "0/0") for label in ("boilerplate", "byline", "caption")
        )
        noise_total = row["noise_total"]
        assert isinstance(noise_total, int)
        noise_kept = row["noise_kept"]
        assert isinstance(noise_kept, int)
        print(f"| {row['method']} | {row['precision']:.3f} | {row['recall']:.3f} | "
              f"{row['f1']:.3f} | "
              f"{row['content_lost']} of {row['content_total']} | {noise_kept} of {noise_total} | "
              f"{(noise_total - noise_kept) / noise_total:.1%} | {row['char_precision']:.3f} | "
              f"{by_label} |")


if __name__ == "__main__":
    main()
