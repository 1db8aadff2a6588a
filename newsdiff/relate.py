"""Pairwise relation of two sentences: ``shared``, ``paraphrased`` or ``unrelated``, with a score.

``shared`` means a substantial verbatim run of words (the same quote or wire copy, allowing small
edits and a different attribution wrapper). ``paraphrased`` means the same content reworded: weighted
overlap of content words, read both as agreement (Dice) and as containment of the shorter sentence,
with a penalty when the two sentences give different numbers. Word weights default to uniform;
:func:`newsdiff.compare` passes inverse document frequencies from the whole cluster.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from .features import SentenceFeatures, featurize

Label = Literal["shared", "paraphrased", "unrelated"]
Weights = Callable[[str], float]

#: Verbatim reuse: this share of the shorter sentence covered by runs of three or more words ...
VERBATIM_COVERAGE = 0.6
#: ... or a quotation of at least this many words found nearly whole (this share) in the other sentence.
QUOTE_MIN_WORDS = 3
QUOTE_COVERAGE = 0.8
#: Paraphrase score at or above which two sentences say the same thing.
PARAPHRASE_THRESHOLD = 0.42


@dataclass(frozen=True)
class Relation:
    """How two sentences relate: ``label``, a ``score`` in [0, 1], and the evidence behind it.

    ``verbatim`` is the share of the shorter sentence in common runs of three or more words;
    ``longest_run`` the longest common run in words; ``overlap`` the weighted content overlap.
    """

    label: Label
    score: float
    verbatim: float = 0.0
    longest_run: int = 0
    overlap: float = 0.0

    def __str__(self) -> str:
        return f"{self.label} ({self.score:.2f})"


def _uniform(key: str) -> float:
    return 1.0


def relate(sentence_a: str, sentence_b: str) -> Relation:
    """Relate two sentences given as text.

    >>> relate("“We will respond,” Blinken said.", "Blinken told reporters: “We will respond.”").label
    'shared'
    >>> relate("The talks are due Wednesday evening.", "The talks are slated for Wednesday night.").label
    'paraphrased'
    """
    return relate_features(featurize(sentence_a), featurize(sentence_b))


def relate_features(a: SentenceFeatures, b: SentenceFeatures, weight: Weights = _uniform) -> Relation:
    """Relate two featurized sentences; ``weight`` gives each content key its importance."""
    if not a.tokens or not b.tokens:
        return Relation("unrelated", 0.0)
    verbatim, longest = _verbatim(a, b)
    is_shared = (verbatim >= VERBATIM_COVERAGE and longest >= 5) or _shares_quote(a, b) or _shares_quote(b, a)
    paraphrase, overlap = _paraphrase_score(a, b, weight)
    if is_shared:
        return Relation("shared", round(max(verbatim, paraphrase, 0.5), 4), verbatim, longest, overlap)
    label: Label = "paraphrased" if paraphrase >= PARAPHRASE_THRESHOLD else "unrelated"
    return Relation(label, round(paraphrase, 4), verbatim, longest, overlap)


def _verbatim(a: SentenceFeatures, b: SentenceFeatures) -> tuple[float, int]:
    """Share of the shorter sentence in runs of 3+ common words, and the longest run."""
    matcher = SequenceMatcher(None, a.keys, b.keys, autojunk=False)
    blocks = matcher.get_matching_blocks()
    covered = sum(block.size for block in blocks if block.size >= 3)
    longest = max(block.size for block in blocks)
    return covered / min(len(a.keys), len(b.keys)), longest


def _shares_quote(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """Whether a quotation of ``a`` (four words or more) stands nearly whole in ``b``."""
    for quote in a.quotes:
        if len(quote) >= QUOTE_MIN_WORDS:
            matcher = SequenceMatcher(None, quote, b.keys, autojunk=False)
            covered = sum(block.size for block in matcher.get_matching_blocks() if block.size >= 3)
            if covered >= QUOTE_COVERAGE * len(quote):
                return True
    return False


def _paraphrase_score(a: SentenceFeatures, b: SentenceFeatures, weight: Weights) -> tuple[float, float]:
    if not a.content or not b.content:
        return 0.0, 0.0
    weight_a = sum(weight(k) for k in a.content)
    weight_b = sum(weight(k) for k in b.content)
    common = sum(weight(k) for k in a.content & b.content)
    dice = 2 * common / (weight_a + weight_b)
    containment = common / min(weight_a, weight_b)
    score = 0.5 * dice + 0.5 * containment
    if a.numbers and b.numbers and not (a.numbers & b.numbers):
        score *= 0.7
    return min(score, 1.0), dice
