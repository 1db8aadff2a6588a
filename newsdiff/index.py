"""Candidate generation: an inverted index from content words to sentences.

Only sentence pairs that could plausibly relate are scored, so the cost of a comparison grows with
the number of related pairs rather than with the square of all sentences. A pair is proposed when
its two sentences share at least ``min_common`` informative words (words in at most ``max_share``
of the sentences, or in no more sentences than there are articles) and the words they share carry
at least ``min_containment`` of the lighter sentence's weight, words weighted by inverse document
frequency; or, in a looser band, when they share at least ``loose_common`` informative words carrying
at least ``loose_containment`` of it.
A sentence with a single informative word needs to share only that one, and two sentences with the
same content words are proposed whatever their words' frequency.
The band finds a claim reworded inside a sentence that says much else; its word count keeps out
the many pairs of a big cluster that share a little by chance.

The weight condition is what makes the index fast, by prefix filtering. Order words rarest first (the
informative ones before the common ones, whatever a word weighs), the same order for every sentence. If
a pair shares ``min_containment`` of the lighter sentence's weight, its first shared word lies in that
sentence's *prefix* (its rarest words, up to where the rest weigh less than that share), and from that
word on both sentences still weigh at least the share. So each sentence looks up only its prefix words,
which are rare and have short posting lists, and keeps only partners that pass the same bound. The
looser band bounds the count of informative words left too. The common words, whose posting lists make
all-pairs counting quadratic, are never walked. The shares are a recall setting, not a guarantee: a pair
sharing less can still score as a paraphrase.
On the hand-labelled seed cluster, the quotation share and the band find five labelled pairs that a
share of 0.3 for both missed (three and two); a quotation share of 0.1, or a band of three words or
of a tenth of the weight, finds no more. A quotation also counts as a unit of its own: a pair is
proposed when one sentence carries ``quote_containment`` of the weight of a quotation of the other,
an informative word of it among them, so that a short quote, or part of one, inside a long sentence of
another article is found even though the two sentences share little else. A quotation met only in words
too common to be informative ("harbour", said of every sentence) is met by chance, as a common word is.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter

from .features import SentenceFeatures, key_weight

#: Shares are compared with this much slack, the same in the prefix filter and in the final check: a share
#: exactly at its bound, summed in another order, must not pass one and fail the other.
_SLACK = 1e-9

#: A sentence reference: (article position, sentence position).
Ref = tuple[int, int]

#: A sentence under one of its informative words, as a probe reads it: its weight, its reference, and its weight and
#: count of informative words from that word on.
Posting = tuple[float, Ref, float, int]

#: A sentence is proposed with at most about this many copies of a related sentence in each other article, those at
#: the nearest relative position: an article that repeats one line ("Yes.") a thousand times, against another that
#: does too, would otherwise be proposed a million pairs of them, which say nothing more than a thousand do.
MAX_COPY_PARTNERS = 8


@dataclass
class CandidateIndex:
    """Inverted index over sentences of several articles; proposes cross-article pairs to score.

    >>> from newsdiff.features import featurize
    >>> index = CandidateIndex()
    >>> index.add(0, 0, featurize("Brell met Varga in Kessel."))
    >>> index.add(1, 0, featurize("Varga and Brell met in Kessel on Wednesday."))
    >>> list(index.candidates())
    [((0, 0), (1, 0))]
    """

    max_share: float = 0.25
    min_common: int = 2
    min_containment: float = 0.3
    loose_containment: float = 0.2
    loose_common: int = 5
    quote_containment: float = 0.2
    _postings: dict[str, list[Ref]] = field(default_factory=lambda: defaultdict(list), repr=False)
    _content: dict[Ref, frozenset[str]] = field(default_factory=dict, repr=False)
    _quotes: dict[Ref, list[frozenset[str]]] = field(default_factory=dict, repr=False)
    _idf: dict[str, float] = field(default_factory=dict, repr=False)

    def add(self, article: int, sentence: int, features: SentenceFeatures) -> None:
        """Index one sentence under each of its content words.

        Each position is indexed once: a sentence added again at the same position would leave its first
        words' postings behind, counted in every word's frequency and pointing at words it no longer has.
        """
        ref = (article, sentence)
        if ref in self._content:
            raise ValueError(
                f"sentence {sentence} of article {article} is already indexed; give each sentence its own position,"
                " or start a new CandidateIndex for another cluster"
            )
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
        """Inverse document frequency of ``key`` among the indexed sentences (smoothed, at least 0.1), halved
        for a pair of characters of an unspaced script."""
        value = self._idf.get(key)
        if value is None:
            total = max(len(self._content), 1)
            value = key_weight(key, total, self.document_frequency(key))
            self._idf[key] = value
        return value

    def candidates(self) -> Iterator[tuple[Ref, Ref]]:
        """Cross-article pairs sharing enough informative words, each once, in a stable order."""
        # A word no more sentences carry than there are articles is informative too: in a cluster of articles of a
        # sentence or two, the claim they all carry has only words above the share, and its rewordings went unpaired.
        articles = len({article for article, _ in self._content})
        limit = max(8, int(self.max_share * len(self._content)), articles)
        informative = {key for key, postings in self._postings.items() if 2 <= len(postings) <= limit}
        idf = {key: self.idf(key) for key in self._postings}
        # One global order: words of one sentence alone, then the informative words heaviest first, then the words
        # too common to be informative, so that a pair's first shared word is informative if any shared word is.
        # Weight alone kept that order while weight fell with frequency; a pair of characters weighs half.
        order = {
            key: (0 if len(postings) < 2 else 1 if key in informative else 2, -idf[key], key)
            for key, postings in self._postings.items()
        }
        # Sentences with the same content words and quotations index alike: one of them, its kind's first, stands
        # for them all, so that a line repeated a thousand times is probed once, not a thousand times.
        kinds: dict[tuple[frozenset[str], tuple[frozenset[str], ...]], list[Ref]] = defaultdict(list)
        for ref in sorted(self._content):
            kinds[(self._content[ref], tuple(self._quotes.get(ref, ())))].append(ref)
        members = {refs[0]: refs for refs in kinds.values()}
        rests = {first: self._rests(self._content[first], idf, informative, order) for first in members}
        weights = {first: math.fsum(idf[k] for k in self._content[first]) for first in members}
        # Only informative words are looked up. Each entry carries what a probe reads of its sentence (its weight, and
        # its weight and count of informative words from the word on): read from dictionaries at each of the 700,000
        # entries two long articles' probes walk, they were about a fifth of proposing those articles' pairs.
        postings: dict[str, list[Posting]] = defaultdict(list)
        for first in members:
            rest = rests[first]
            for key in self._content[first] & informative:
                postings[key].append((weights[first], first, *rest[key]))
        # Heaviest first, so that a probe stops at the first sentence lighter than its own (see _probe): in two long
        # articles, skipping them one by one was two fifths of the work of walking a common word's postings.
        for entries in postings.values():
            entries.sort(key=itemgetter(0), reverse=True)
        # Each sentence's informative words, and how many (its rarest word's count of them and the commoner ones).
        telling = {first: self._content[first] & informative for first in members}
        counts = {first: next(iter(rest.values()))[1] if rest else 0 for first, rest in rests.items()}
        proposed = self._identical(limit)
        contents = self._content
        for ref, rest in rests.items():
            # The prefix filter finds many more partners than the rules admit (in a big cluster, mostly
            # sentences sharing one moderately common word), so each sentence's partners are checked as
            # soon as they are found: only the admitted pairs are kept, not every partner of every sentence.
            partners: set[Ref] = set()
            # The lighter sentence of a pair finds it (a tie from both sides), the share measured on it.
            own = weights[ref]
            needed = (self.min_containment * own, self.loose_containment * own)
            self._probe(rest, needed, informative, postings, partners, own)
            for quote in self._quotes.get(ref, ()):
                # A quotation is a unit of its own, at a share of its own; the loose band does not apply to it.
                needed = (self.quote_containment * math.fsum(idf[k] for k in quote), math.inf)
                quote_rest = self._rests(quote, idf, informative, order)
                self._probe(quote_rest, needed, informative, postings, partners, 0.0)
            content, own_telling = contents[ref], telling[ref]
            # The rules ask a pair to share min_common informative words, or as many as the sentence with fewer has
            # (fewer content words, too few to reach min_common, are fewer informative ones). A partner shares an
            # informative word with this sentence, so each has one at least, and the count asked is the least of
            # min_common and the two sentences' counts of informative words.
            own_need = min(self.min_common, counts[ref])
            for other in partners:
                # Sentences with the same content words are _identical's to propose, or boilerplate all of whose
                # words are too common for the probe to find.
                other_content = contents[other]
                if other_content == content:
                    continue
                # The count of shared informative words turns away most partners found, and needs no weights: it is
                # read here, not in a call for each partner (in two long articles, 400,000 partners for 2,000 pairs).
                shared_words = len(own_telling & other_content)
                if shared_words < own_need and shared_words < counts[other]:
                    continue
                # The pairs checked are not remembered: in a cluster of few words, a sentence finds hundreds of
                # partners, and a set of every pair checked grew with the square of the sentences. Only a tie of
                # weights, or a quotation, finds a pair from both sides, and then it is checked twice, alike.
                kind_pair = (ref, other) if ref < other else (other, ref)
                if self._shares_enough(*kind_pair, shared_words, weights, idf, informative):
                    proposed.update(_copies_paired(members[ref], members[other]))
        yield from sorted(proposed)

    def _identical(self, limit: int) -> set[tuple[Ref, Ref]]:
        """The cross-article pairs of sentences with the same content words, however common those words are.

        In a small cluster every word of a short sentence ("Brell thanked Varga.") can be too common
        to be informative, and the same sentence in two articles would never be proposed. A set of
        content words carried by more than ``limit`` sentences, on average twice or more by each article
        that carries it, is boilerplate (a slogan, a sign-off repeated through a page) and is left out, as
        a common word is. Carried mostly once by each of many articles, it is the same wire copy, whatever
        its share of a cluster of short articles, and each pair of its copies in two articles is proposed
        (up to ``MAX_COPY_PARTNERS``, see :func:`_copies_paired`): one article that also carries it in its
        standfirst must not make it unique in all of them.
        """
        same: dict[frozenset[str], list[Ref]] = defaultdict(list)
        for ref in sorted(self._content):
            content = self._content[ref]
            if content:
                same[content].append(ref)
        proposed: set[tuple[Ref, Ref]] = set()
        for refs in same.values():
            if len(refs) >= 2 and (len(refs) <= limit or len(refs) < 2 * len({article for article, _ in refs})):
                proposed.update(_copies_paired(refs, refs))
        return proposed

    @staticmethod
    def _rests(
        keys: frozenset[str], idf: dict[str, float], informative: set[str], order: dict[str, tuple[int, float, str]]
    ) -> dict[str, tuple[float, int]]:
        """Each word of a sentence in the global ``order``, with the weight of it and every word after it, and how
        many of those words are informative."""
        ordered = sorted(keys, key=order.__getitem__)
        rest = 0.0
        count = 0
        suffix = []
        for key in reversed(ordered):
            rest += idf[key]
            count += key in informative
            suffix.append((key, (rest, count)))
        return dict(reversed(suffix))

    def _probe(
        self,
        rest: dict[str, tuple[float, int]],
        needed: tuple[float, float],
        informative: set[str],
        postings: dict[str, list[Posting]],
        partners: set[Ref],
        at_least: float,
    ) -> None:
        """Add to ``partners`` the sentences (weighing ``at_least``) sharing a prefix word of ``rest`` that can
        reach ``needed``; each word's ``postings`` come heaviest first.

        ``needed`` is the weight to share at the strict share and in the loose band. Words come in one
        global order in which every informative word of a sentence precedes any word too common to be
        informative, and a pair's first shared word bounds what it can share: the weight, and the
        count of informative words, from that word on, in either sentence. A pair is kept through its
        first shared word only when both sentences' bounds reach the strict share, or both reach the
        loose band's share and word count; pairs that cannot are never proposed.
        """
        strict, loose = needed[0] - _SLACK, needed[1] - _SLACK
        words_needed = self.loose_common
        for key, (remaining, count) in rest.items():
            own_strict = remaining >= strict
            own_loose = remaining >= loose and count >= words_needed
            if not (own_strict or own_loose):
                break  # the prefix ends here: the commoner words left cannot carry either share
            if key not in informative:
                continue
            for other_weight, other, weight, words in postings[key]:
                if other_weight < at_least:
                    break  # postings are heaviest first: the rest are lighter still
                if (own_strict and weight >= strict) or (own_loose and weight >= loose and words >= words_needed):
                    partners.add(other)

    def _shares_enough(
        self,
        first: Ref,
        second: Ref,
        shared_words: int,
        weights: dict[Ref, float],
        idf: dict[str, float],
        informative: set[str],
    ) -> bool:
        """Whether the weight rules admit a pair the prefix filter found that shares enough informative words (it
        shares ``shared_words`` of them)."""
        one, two = self._content[first], self._content[second]
        shared, lighter = math.fsum(idf[k] for k in one & two), min(weights[first], weights[second])
        if shared >= self.min_containment * lighter - _SLACK:
            return True
        if shared_words >= self.loose_common and shared >= self.loose_containment * lighter - _SLACK:
            return True
        # Most sentences quote nothing: they are not asked (in two long articles, 150,000 pairs reach here).
        quoting = self._quotes
        return (first in quoting and self._quoted_in(first, two, idf, informative)) or (
            second in quoting and self._quoted_in(second, one, idf, informative)
        )

    def _quoted_in(self, quoting: Ref, content: frozenset[str], idf: dict[str, float], informative: set[str]) -> bool:
        """Whether a quotation of ``quoting`` has enough of its weight in ``content``, an informative word among it.

        The probe finds a quotation's partners through its informative words only: met in common words alone, it
        was admitted when the pair's other words led the probe to it and missed when they did not.
        """
        return any(
            not (quote & content).isdisjoint(informative)
            and math.fsum(idf[k] for k in quote & content)
            >= self.quote_containment * math.fsum(idf[k] for k in quote) - _SLACK
            for quote in self._quotes.get(quoting, ())
        )


def _copies_paired(first: list[Ref], second: list[Ref]) -> Iterator[tuple[Ref, Ref]]:
    """The cross-article pairs, each ordered, of a sentence of ``first`` and one of ``second`` (sorted lists).

    When the two articles of a pair each carry at most ``MAX_COPY_PARTNERS`` of them, every pair is made. Beyond
    that, the i-th of ``n`` copies in one article is paired with the ``MAX_COPY_PARTNERS`` copies of the other
    article nearest its relative position ``i / n`` there, so that each copy keeps partners spread like its own
    and the number of pairs grows with the copies, not with their square.
    """
    by_article: list[dict[int, list[Ref]]] = [defaultdict(list), defaultdict(list)]
    for side, refs in zip(by_article, (first, second), strict=True):
        for ref in refs:
            side[ref[0]].append(ref)
    for article, mine in by_article[0].items():
        for other_article, theirs in by_article[1].items():
            if article == other_article:
                continue
            if len(mine) <= MAX_COPY_PARTNERS and len(theirs) <= MAX_COPY_PARTNERS:
                for a in mine:
                    for b in theirs:
                        yield (a, b) if a < b else (b, a)
                continue
            for these, those in ((mine, theirs), (theirs, mine)):
                width = min(MAX_COPY_PARTNERS, len(those))
                for i, a in enumerate(these):
                    centre = (i + 0.5) * len(those) / len(these)
                    low = min(max(round(centre - width / 2), 0), len(those) - width)
                    for b in those[low : low + width]:
                        yield (a, b) if a < b else (b, a)
