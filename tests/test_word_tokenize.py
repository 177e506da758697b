"""word_tokenize: both backends, formats, protections, no state leak, accuracy on a UD-VTB slice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viscrape import word_tokenize
from viscrape.types import Span

BACKENDS = ["pyvi", "underthesea"]
SLICE = Path(__file__).parent / "fixtures" / "ud-vtb" / "vi_vtb-ud-dev-first150.conllu"


def _gold_sentences() -> list[list[str]]:
    sentences, words = [], []
    for line in SLICE.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sentences.append(words)
            words = []
        elif not line.startswith("#") and line.split("\t")[0].isdigit():
            words.append(line.split("\t")[1])
    return sentences


def _spans(words: list[str]) -> set[tuple[int, int]]:
    result, position = set(), 0
    for word in words:
        length = len(word.replace(" ", "").replace("_", ""))
        result.add((position, position + length))
        position += length
    return result


@pytest.mark.parametrize("backend", BACKENDS)
def test_accuracy_on_the_treebank_slice(backend: str) -> None:
    correct = predicted = expected = 0
    for gold in _gold_sentences():
        words = word_tokenize(" ".join(gold), backend=backend)
        gold_spans, found = _spans(gold), _spans(words)
        correct += len(gold_spans & found)
        predicted += len(found)
        expected += len(gold_spans)
    precision, recall = correct / predicted, correct / expected
    assert 2 * precision * recall / (precision + recall) > 0.93


@pytest.mark.parametrize("backend", BACKENDS)
def test_protected_tokens_stay_whole(backend: str) -> None:
    text = ("PGS.TS Lê Minh tới TP.HCM lúc 9h30 ngày 24/12/2024, xem https://nld.com.vn/a-b.htm, "
            "gửi ban.doc@nld.com.vn, giá 2.500.000 đồng, xe 30E-123.45, v.v.")
    words = word_tokenize(text, backend=backend)
    for piece in ["PGS.TS", "TP.HCM", "9h30", "24/12/2024", "https://nld.com.vn/a-b.htm",
                  "ban.doc@nld.com.vn", "2.500.000", "30E-123.45", "v.v."]:
        assert piece in words


@pytest.mark.parametrize("backend", BACKENDS)
def test_formats(backend: str) -> None:
    text = "Thủ tướng Phạm Minh Chính phát biểu."
    words = word_tokenize(text, backend=backend)
    assert words[0] == "Thủ tướng" and words[-1] == "."
    assert word_tokenize(text, backend=backend, format="text") == " ".join(
        word.replace(" ", "_") for word in words)
    spans = word_tokenize(text, backend=backend, format="spans")
    assert [span.text for span in spans] == words
    assert all(isinstance(span, Span) and text[span.start:span.end] == span.text for span in spans)


@pytest.mark.parametrize("backend", BACKENDS)
def test_lowercase_never_joined_to_a_capitalised_syllable(backend: str) -> None:
    for text in ["Hôm qua vợ Thọ đến hỏi Thu về việc này.", "Ông nói với Kim cùng Lan."]:
        words = word_tokenize(text, backend=backend)
        for word in words:
            syllables = word.split()
            for first, second in zip(syllables, syllables[1:]):
                assert not (first[0].islower() and second[0].isupper()), word


@pytest.mark.parametrize("backend", BACKENDS)
def test_invisible_characters_do_not_glue_and_spans_point_into_the_input(backend: str) -> None:
    text = "Người\u200b dân Ha\u0300 Nội\ufeff vui mừng."
    spans = word_tokenize(text, backend=backend, format="spans")
    assert all(text[span.start:span.end] == span.text for span in spans)
    assert not any(span.text.endswith(("\u200b", "\ufeff")) for span in spans)
    words = word_tokenize(text, backend=backend)
    assert "Hà Nội" in words or ("Hà" in words and "Nội" in words)
    assert all("\u200b" not in word and "\ufeff" not in word for word in words)


def test_no_state_leaks_from_underthesea_fixed_words() -> None:
    from underthesea import word_tokenize as underthesea_word_tokenize
    from underthesea.pipeline.word_tokenize import regex_tokenize

    text = "Viện Nghiên Cứu học máy mới thành lập."
    before = word_tokenize(text, backend="underthesea")
    saved = regex_tokenize.patterns
    try:
        underthesea_word_tokenize(text, fixed_words=["Viện Nghiên Cứu", "học máy"])
        assert "Viện Nghiên Cứu" in underthesea_word_tokenize(text)  # underthesea leaks...
        assert word_tokenize(text, backend="underthesea") == before  # ...viscrape does not
    finally:
        regex_tokenize.patterns = saved


def test_sentences_are_segmented_separately() -> None:
    words = word_tokenize("Tôi đi học. Bạn ở nhà.", backend="underthesea")
    assert ". Bạn" not in words and "." in words


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="text must be str"):
        word_tokenize(1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'pyvi', 'underthesea'"):
        word_tokenize("a", backend="vncorenlp")
    with pytest.raises(ValueError, match="'list', 'text', 'spans'"):
        word_tokenize("a", format="xml")


def test_missing_backend_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['pyvi'] = None; sys.modules['pyvi.ViTokenizer'] = None\n"
        "from viscrape import word_tokenize\n"
        "try:\n    word_tokenize('a', backend='pyvi')\n"
        "except ImportError as error:\n    print(error)\n"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout
    assert 'pip install "viscrape[pyvi]"' in output


def test_backends_are_not_imported_with_viscrape() -> None:
    code = "import sys, viscrape.tokenize, viscrape.sentences; print('pyvi' in sys.modules, 'underthesea' in sys.modules)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout
    assert output.strip() == "False False"


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=120))
def test_spans_properties_on_any_text(text: str) -> None:
    spans = word_tokenize(text, format="spans")
    position = 0
    for span in spans:
        assert position <= span.start <= span.end <= len(text)
        assert text[span.start:span.end] == span.text
        position = span.end
    assert len(word_tokenize(text)) == len(spans)


WORDS = st.lists(
    st.one_of(st.sampled_from(["Hà", "Nội", "thủ", "đô", "Thủ", "tướng", "ĐÀ", "2024", ",", "ΑΣ",
                               "Σ", "chính", "phủ", "Việt", "Nam", "COVID-19", "TP.HCM"]),
              st.text(min_size=1, max_size=4)),
    max_size=12,
)


@settings(max_examples=200, deadline=None)
@given(WORDS)
def test_pyvi_features_are_the_ones_pyvi_makes(words: list[str]) -> None:
    view = pytest.importorskip("pyvi.ViTokenizer").ViTokenizer
    from viscrape._backends import pyvi_features

    ours = pyvi_features(words, view.bi_grams, view.tri_grams)
    theirs = view.sent2features(words, False)
    assert ours == theirs
    assert [list(item) for item in ours] == [list(item) for item in theirs]  # key order too


def test_pyvi_features_on_the_treebank_slice() -> None:
    view = pytest.importorskip("pyvi.ViTokenizer").ViTokenizer
    from viscrape._backends import pyvi_features

    for words in _gold_sentences():
        syllables = " ".join(words).replace("_", " ").split()
        assert pyvi_features(syllables, view.bi_grams, view.tri_grams) == view.sent2features(
            syllables, False
        )
