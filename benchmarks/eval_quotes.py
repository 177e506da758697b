#!/usr/bin/env python3
"""Quote and speaker accuracy on the seed articles and on our own annotated set.

Usage (from the project root):
    .venv/bin/python benchmarks/eval_quotes.py             # scores
    .venv/bin/python benchmarks/eval_quotes.py --misses    # also every miss and false alarm
    .venv/bin/python benchmarks/eval_quotes.py --content   # seeds: quotes/speakers on the gold
                                                           # content lines instead of process()

Matching is the one of ``score_seeds.py``: a predicted quote matches a gold quote when
the Jaccard overlap of their word multisets is >= 0.5 (greedy, best pairs first);
``optional`` gold quotes count neither way; a speaker is right when its name equals the
gold one (case-insensitive) or ends with it after a title. Printed per kind: precision,
recall, F1, end-to-end F1 (quote and speaker both right), and speaker accuracy on found
quotes.

The seeds are ``tests/fixtures/seeds.json``; our own set is
``tests/fixtures/quotes-annotated.json`` (``{"articles": [{"id", "outlet", "split",
"text", "quotes": [...]}]}``, quotes with the seeds' schema; ``split`` is ``dev`` for
articles used while writing the rules, ``heldout`` for articles written afterwards,
``heldout3`` and ``heldout4`` for third and fourth batches of longer articles written before
reading the rules; every
split is reported separately, in order of first appearance),
scored on ``text`` directly with
:func:`segment_quotes` + :func:`attribute_speakers`, and with :func:`process`.
"""

from __future__ import annotations

import collections
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CONTENT = {"title", "heading", "body"}

Predicted = tuple[str, str, str | None]  # kind, text, speaker name


def words(text: str) -> collections.Counter[str]:
    return collections.Counter(re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold()))


def jaccard(a: collections.Counter[str], b: collections.Counter[str]) -> float:
    union = sum((a | b).values())
    return sum((a & b).values()) / union if union else 0.0


def norm_name(name: str | None) -> str:
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFC", name or "").casefold()))


def speaker_ok(predicted: str | None, gold: str | None) -> bool:
    p, g = norm_name(predicted), norm_name(gold)
    return bool(p and g) and (p == g or p.endswith(" " + g))


def score(
    counts: dict[str, collections.Counter[str]],
    predicted: list[Predicted],
    gold: list[dict[str, Any]],
    label: str,
    show: bool,
) -> None:
    pairs = sorted(
        (
            (jaccard(words(p[1]), words(g["text"])), i, j)
            for i, p in enumerate(predicted)
            for j, g in enumerate(gold)
        ),
        reverse=True,
    )
    matched_predicted: dict[int, int] = {}
    matched_gold: dict[int, int] = {}
    for overlap, i, j in pairs:
        if overlap >= 0.5 and i not in matched_predicted and j not in matched_gold:
            matched_predicted[i], matched_gold[j] = j, i
    for i, (kind, text, speaker) in enumerate(predicted):
        j = matched_predicted.get(i)
        if j is not None and gold[j].get("optional"):
            continue
        for key in (kind, "all"):
            counts[key]["pred"] += 1
            counts[key]["tp_p"] += j is not None
            counts[key]["e2e_p"] += j is not None and speaker_ok(speaker, gold[j]["speaker"])
        if j is None and show:
            print(f"  false alarm {label} [{kind}] {speaker!r}: {text[:80]!r}")
    for j, quote in enumerate(gold):
        if quote.get("optional"):
            continue
        i = matched_gold.get(j)
        ok = i is not None and speaker_ok(predicted[i][2], quote["speaker"])
        for key in (quote["kind"], "all"):
            counts[key]["gold"] += 1
            counts[key]["tp_g"] += i is not None
            counts[key]["e2e_g"] += ok
        if i is not None:
            counts["speaker"]["found"] += 1
            counts["speaker"]["right"] += ok
        if show and not ok:
            got = "missed" if i is None else f"speaker {predicted[i][2]!r}"
            print(
                f"  {got:>30} {label} [{quote['kind']}] want {quote['speaker']!r}: "
                f"{quote['text'][:70]!r}"
            )


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def report(title: str, counts: dict[str, collections.Counter[str]]) -> None:
    print(f"\n{title}")
    print(f"{'kind':10} {'P':>6} {'R':>6} {'F1':>6} {'e2e F1':>7} {'gold':>5} {'pred':>5}")
    for kind in ("direct", "indirect", "interview", "all"):
        v = counts[kind]
        p = v["tp_p"] / v["pred"] if v["pred"] else 0.0
        r = v["tp_g"] / v["gold"] if v["gold"] else 0.0
        pe = v["e2e_p"] / v["pred"] if v["pred"] else 0.0
        re_ = v["e2e_g"] / v["gold"] if v["gold"] else 0.0
        print(
            f"{kind:10} {p:6.3f} {r:6.3f} {f1(p, r):6.3f} {f1(pe, re_):7.3f} "
            f"{v['gold']:5} {v['pred']:5}"
        )
    s = counts["speaker"]
    print(
        f"speaker accuracy on found quotes: {s['right'] / s['found'] if s['found'] else 0:.3f} "
        f"({s['right']}/{s['found']})"
    )


def quotes_of(text: str) -> list[Predicted]:
    from viscrape.quotes import segment_quotes
    from viscrape.speakers import attribute_speakers

    return [
        (q.kind, q.text, q.speaker.name if q.speaker else None)
        for q in attribute_speakers(text, segment_quotes(text))
    ]


def processed_quotes(raw: str) -> list[Predicted]:
    from viscrape import process

    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in process(raw).quotes]


def main(argv: list[str]) -> None:
    show = "--misses" in argv
    content_only = "--content" in argv
    seeds = json.loads((FIXTURES / "seeds.json").read_text(encoding="utf-8"))["files"]
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for name, annotation in seeds.items():
        raw = (FIXTURES / name).read_text(encoding="utf-8")
        if content_only:
            text = "\n\n".join(
                line["text"] for line in annotation["lines"] if line["label"] in CONTENT
            )
            predicted = quotes_of(text)
        else:
            predicted = processed_quotes(raw)
        score(counts, predicted, annotation["quotes"], name, show)
    report("seeds (" + ("gold content lines" if content_only else "process()") + ")", counts)
    own_path = FIXTURES / "quotes-annotated.json"
    if own_path.exists():
        articles = json.loads(own_path.read_text(encoding="utf-8"))["articles"]
        for split in dict.fromkeys(a.get("split", "dev") for a in articles):
            chosen = [a for a in articles if a.get("split", "dev") == split]
            split_counts: dict[str, collections.Counter[str]] = collections.defaultdict(
                collections.Counter
            )
            for article in chosen:
                score(
                    split_counts, quotes_of(article["text"]), article["quotes"], article["id"], show
                )
            report(
                f"own set, {split} ({len(chosen)} articles, segment_quotes + attribute_speakers)",
                split_counts,
            )
        if not content_only:
            process_counts: dict[str, collections.Counter[str]] = collections.defaultdict(
                collections.Counter
            )
            for article in articles:
                score(
                    process_counts,
                    processed_quotes(article["text"]),
                    article["quotes"],
                    article["id"],
                    False,
                )
            report(f"own set, all ({len(articles)} articles, process())", process_counts)


if __name__ == "__main__":
    main(sys.argv[1:])
