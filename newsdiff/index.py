"""Candidate generation: an inverted index from content words to sentences.

Only sentence pairs that could plausibly relate are scored, so the cost of a comparison grows with
the number of related pairs rather than with the square of all sentences. A pair is proposed when
its two sentences share at least ``min_common`` informative words (words in at most ``max_share``
of the sentences) and the words they share carry at least ``min_containment`` of the lighter
sentence's weight, words weighted by inverse document frequency.

The weight condition is what makes the index fast, by prefix filtering: order each sentence's words
rarest first; if a pair shares ``min_containment`` of the lighter sentence's weight, some shared word
lies in that sentence's *prefix*, its rarest words up to where the rest weigh less than that share.
So each sentence looks up only its prefix words, which are rare and have short posting lists; the
common words that make all-pairs counting quadratic are never walked. The paraphrase score of
:mod:`newsdiff.relate` is at least this containment, so with the default share (below its threshold)
no paraphrase is lost.
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
    min_containment: float = 0.3
    _postings: dict[str, list[Ref]] = field(default_factory=lambda: defaultdict(list), repr=False)
    _content: dict[Ref, frozenset[str]] = field(default_factory=dict, repr=False)
    _quotes: dict[Ref, list[frozenset[str]]] = field(default_factory=dict, repr=False)
    _idf: dict[str, float] = field(default_factory=dict, repr=False)

    def add(self, article: int, sentence: int, features: SentenceFeatures) -> None:
        """Index one sentence under each of its content words."""
        ref = (article, sentence)
        self._content[ref] = features.content
        quotes = [features.content.intersection(quote) for quote in features.quotes]
        if quotes:
            self._quotes[ref] = [quote for quote in quotes if quote]
        for key in features.content:
            self._postings[key].append(ref)
        self._idf.clear()  # frequencies changed; weights are recomputed on demand

    def __len__(self) -> int:
        return len(self._content)

    def document_frequency(self, key: str) -> int:
        """In how many indexed sentences ``key`` occurs."""
        postings = self._postings.get(key)
        return len(postings) if postings else 0

    def idf(self, key: str) -> float:
        """Inverse document frequency of ``key`` among the indexed sentences (smoothed, at least 0.1)."""
        value = self._idf.get(key)
        if value is None:
            total = max(len(self._content), 1)
            value = max(math.log((total + 1) / (self.document_frequency(key) + 0.5)), 0.1)
            self._idf[key] = value
        return value

    def candidates(self) -> Iterator[tuple[Ref, Ref]]:
        """Cross-article pairs sharing enough informative words, each once, in a stable order."""
        limit = max(8, int(self.max_share * len(self._content)))
        informative = {key for key, postings in self._postings.items() if 2 <= len(postings) <= limit}
        weights = {ref: self._weight(content) for ref, content in self._content.items()}
        proposed: set[tuple[Ref, Ref]] = set()
        for ref, content in self._content.items():
            for key in self._prefix(content, weights[ref]):
                for other in self._postings[key]:
                    # The lighter sentence of a pair finds it; a tie is found from both sides.
                    if other[0] != ref[0] and weights[other] >= weights[ref]:
                        proposed.add((ref, other) if ref < other else (other, ref))
            for quote in self._quotes.get(ref, ()):
                for key in self._prefix(quote, self._weight(quote)):
                    for other in self._postings[key]:
                        if other[0] != ref[0]:
                            proposed.add((ref, other) if ref < other else (other, ref))
        for first, second in sorted(proposed):
            if self._plausible(first, second, informative, weights):
                yield first, second

    def _weight(self, keys: frozenset[str]) -> float:
        return sum(self.idf(k) for k in keys)

    def _prefix(self, content: frozenset[str], weight: float) -> list[str]:
        """The rarest words of a sentence, up to where the remaining ones weigh less than the needed share."""
        ordered = sorted(content, key=lambda k: (-self.idf(k), k))
        budget = self.min_containment * weight
        rest = weight
        prefix = []
        for key in ordered:
            if rest < budget or rest <= 0:
                break
            prefix.append(key)
            rest -= self.idf(key)
        return prefix

    def _plausible(self, first: Ref, second: Ref, informative: set[str], weights: dict[Ref, float]) -> bool:
        common = self._content[first] & self._content[second]
        needed = min(self.min_common, len(self._content[first]), len(self._content[second]))
        if len(common & informative) < needed:
            return False
        lighter = min(weights[first], weights[second])
        if self._weight(common) >= self.min_containment * lighter:
            return True
        return self._quoted_in(first, second) or self._quoted_in(second, first)

    def _quoted_in(self, quoting: Ref, other: Ref) -> bool:
        """Whether a quotation of ``quoting`` has enough of its weight in ``other``."""
        content = self._content[other]
        return any(
            self._weight(quote & content) >= self.min_containment * self._weight(quote)
            for quote in self._quotes.get(quoting, ())
        )
