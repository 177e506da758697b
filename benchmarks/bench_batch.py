"""Batch throughput: process_many with 2 workers against 1 worker, in the same run.

The corpus is built by varying the bundled sample articles (paragraph order,
dropped paragraphs, numbers), so every article is different but realistic.

    python benchmarks/bench_batch.py --articles 3000          # table + speed-up
    python -m pytest benchmarks/bench_batch.py --benchmark-only  # pytest-benchmark view
"""

from __future__ import annotations

import argparse
import random
import re
import time
from importlib import resources

import pytest

from viscrape.batch import process_many

DIGIT = re.compile(r"\d")


def sample_articles() -> list[str]:
    samples = resources.files("viscrape").joinpath("data").joinpath("samples")
    return [
        entry.read_text(encoding="utf-8")
        for entry in sorted(samples.iterdir(), key=lambda entry: entry.name)
        if entry.name.endswith(".txt")
    ]


def vary(article: str, variant: int) -> str:
    """A different but realistic article: the header lines stay, the body paragraphs
    are reordered, one in five is dropped, and the digits are shifted."""
    rng = random.Random(variant)
    lines = article.split("\n")
    head, body = lines[:4], lines[4:]
    rng.shuffle(body)
    body = [line for line in body if rng.random() > 0.2 or not line.strip()]
    shift = variant % 10
    text = "\n".join(head + body)
    return DIGIT.sub(lambda match: str((int(match.group()) + shift) % 10), text)


def build_corpus(size: int) -> list[str]:
    articles = sample_articles()
    return [vary(articles[index % len(articles)], index) for index in range(size)]


def throughput(corpus: list[str], workers: int, chunksize: int) -> float:
    """Articles per second, consuming every result as a user would."""
    started = time.perf_counter()
    count = sum(1 for _ in process_many(corpus, workers=workers, chunksize=chunksize))
    return count / (time.perf_counter() - started)


# --- pytest-benchmark ----------------------------------------------------------------------

PYTEST_CORPUS_SIZE = 400


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return build_corpus(PYTEST_CORPUS_SIZE)


@pytest.mark.parametrize("workers", [1, 2])
def test_process_many_throughput(benchmark: object, corpus: list[str], workers: int) -> None:
    run = benchmark.pedantic  # type: ignore[attr-defined]
    benchmark.group = f"process_many, {PYTEST_CORPUS_SIZE} articles"  # type: ignore[attr-defined]
    results = run(lambda: list(process_many(corpus, workers=workers, chunksize=8)),
                  rounds=3, iterations=1, warmup_rounds=0)
    assert len(results) == len(corpus)


# --- command line ----------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--chunksize", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs per setting")
    args = parser.parse_args()
    corpus = build_corpus(args.articles)
    megabytes = sum(len(text.encode("utf-8")) for text in corpus) / 1e6
    # warm-up: lexicons, regexes and imports load before anything is timed
    list(process_many(corpus[:20], workers=1))
    # interleaved rounds, best of each: load from other processes hits both settings alike
    rates = {1: 0.0, 2: 0.0}
    for _ in range(args.repeat):
        for workers in rates:
            rates[workers] = max(rates[workers], throughput(corpus, workers, args.chunksize))
    print(f"{args.articles} articles, {megabytes:.1f} MB, chunksize {args.chunksize}, "
          f"best of {args.repeat}")
    print("| workers | articles/s | MB/s | speed-up |")
    print("| ---: | ---: | ---: | ---: |")
    for workers, rate in rates.items():
        print(f"| {workers} | {rate:.0f} | {rate * megabytes / args.articles:.2f} | "
              f"{rate / rates[1]:.2f}x |")


if __name__ == "__main__":
    main()
