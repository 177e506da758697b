"""Word-segmentation backends: the underthesea and pyvi CRF models, imported on first use.

Each backend is exposed as a *tagger*: a function from a batch of token sequences to, for
each token, whether the model attaches it to the previous token (``I-W``). viscrape feeds the
models its own tokens, so the backends' tokenisers (which split ``13:03``, ``TP.HCM``, plates and
URLs) and underthesea's process-global ``fixed_words`` regex are never involved.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

Tagger = Callable[[Sequence[Sequence[str]]], list[list[bool]]]

_INSTALL_HINT = 'the {name} backend needs {name}: pip install "viscrape[{name}]"'


@functools.cache
def load_tagger(name: str) -> Tagger:
    """Return the tagger of backend ``name`` ("underthesea" or "pyvi"), loading it once."""
    if name == "underthesea":
        return _underthesea_tagger()
    if name == "pyvi":
        return _pyvi_tagger()
    raise ValueError(f"unknown backend {name!r}")


def _underthesea_tagger() -> Tagger:
    try:
        from os.path import dirname, join

        import underthesea.pipeline.word_tokenize as word_tokenize_module
        from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger
    except ImportError as error:
        raise ImportError(_INSTALL_HINT.format(name="underthesea")) from error
    model = FastCRFSequenceTagger()
    model.load(join(dirname(word_tokenize_module.__file__), "models", "ws_crf_vlsp2013_20230727"))
    featurizer, estimator = model.featurizer, model.estimator

    def tag(sentences: Sequence[Sequence[str]]) -> list[list[bool]]:
        batch = [[[token] for token in sentence] for sentence in sentences if sentence]
        features = featurizer.process(batch) if batch else []
        tagged = iter(features)
        return [
            [label == "I-W" for label in estimator.tag(next(tagged))] if sentence else []
            for sentence in sentences
        ]

    return tag


def _pyvi_tagger() -> Tagger:
    try:
        from pyvi.ViTokenizer import ViTokenizer
    except ImportError as error:
        raise ImportError(_INSTALL_HINT.format(name="pyvi")) from error
    model, to_features = ViTokenizer.model, ViTokenizer.sent2features

    def tag(sentences: Sequence[Sequence[str]]) -> list[list[bool]]:
        batch = [to_features(list(sentence), False) for sentence in sentences if sentence]
        labels = iter(model.predict(batch) if batch else [])
        return [
            [label == "I_W" for label in next(labels)] if sentence else []
            for sentence in sentences
        ]

    return tag
