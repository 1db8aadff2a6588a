"""Candidate generation: an inverted index from content words to sentences.

Only sentence pairs that share enough informative words are scored, so the cost of a comparison
grows with the number of plausibly related pairs rather than with the square of all sentences.
Words so common in the cluster that they say little (in more than ``max_share`` of sentences) are
not used to propose pairs; they still count when a proposed pair is scored.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from .features import SentenceFeatures

#: A sentence reference: (article position, sentence position).
Ref = tuple[int, int]


@dataclass
class CandidateIndex:
    """Inverted index over sentences of several articles; proposes cross-article pairs to score.

    >>> from newsdiff.features import featurize
    >>> index = CandidateIndex()
    >>> index.add(0, 0, featurize("Lavrov met Blinken in Reykjavik."))
    >>> index.add(1, 0, featurize("Blinken and Lavrov met in Reykjavik on Wednesday."))
    >>> list(index.candidates())
    [((0, 0), (1, 0))]
    """

    max_share: float = 0.25
    min_common: int = 2
    _postings: dict[str, list[Ref]] = field(default_factory=lambda: defaultdict(list), repr=False)
    _sizes: dict[Ref, int] = field(default_factory=dict, repr=False)

    def add(self, article: int, sentence: int, features: SentenceFeatures) -> None:
        """Index one sentence under each of its content words."""
        ref = (article, sentence)
        self._sizes[ref] = len(features.content)
        for key in features.content:
            self._postings[key].append(ref)

    def __len__(self) -> int:
        return len(self._sizes)

    def document_frequency(self, key: str) -> int:
        """In how many indexed sentences ``key`` occurs."""
        postings = self._postings.get(key)
        return len(postings) if postings else 0

    def idf(self, key: str) -> float:
        """Inverse document frequency of ``key`` among the indexed sentences (smoothed, at least 0.1)."""
        total = max(len(self._sizes), 1)
        return max(math.log((total + 1) / (self.document_frequency(key) + 0.5)), 0.1)

    def candidates(self) -> Iterator[tuple[Ref, Ref]]:
        """Cross-article pairs sharing enough informative words, each once, in a stable order."""
        limit = max(8, int(self.max_share * len(self._sizes)))
        common: dict[tuple[Ref, Ref], int] = defaultdict(int)
        for postings in self._postings.values():
            if len(postings) < 2 or len(postings) > limit:
                continue
            for i, first in enumerate(postings):
                for second in postings[i + 1 :]:
                    if first[0] != second[0]:
                        pair = (first, second) if first < second else (second, first)
                        common[pair] += 1
        for pair in sorted(common):
            needed = min(self.min_common, self._sizes[pair[0]], self._sizes[pair[1]])
            if common[pair] >= needed:
                yield pair
