"""newsdiff: how news outlets covered the same event differently.

Give it several articles about one event; it removes scraping noise, splits sentences, aligns them
across articles and labels each one ``shared`` (near-verbatim), ``paraphrased`` (same content,
reworded) or ``unique`` (only this outlet has it)::

    import newsdiff
    result = newsdiff.compare(newsdiff.load(["a.txt", "b.txt", "c.txt"]))
    result.save_html("report.html")
"""

from ._version import __version__

try:
    from .article import Article, load
    from .batch import batch
    from .compare import compare
    from .corpus import CorpusSummary, summarize
    from .diff import DiffOp, word_diff
    from .errors import EngineError, InputError, MainGuardError, NewsdiffError, NotFoundError
    from .evaluate import evaluate_pairs, score_alignment
    from .noise import NoiseRule, default_rules, load_rules
    from .relate import Relation, relate
    from .result import AlignedPair, ArticleResult, Comparison, Group, Match, Scoring, Sentence, Verdict
except KeyboardInterrupt:
    # The import takes a moment at the start of every newsdiff command, before the command line can handle Ctrl-C.
    from .__main__ import end_if_starting

    end_if_starting()
    raise

__all__ = [
    "AlignedPair",
    "Article",
    "ArticleResult",
    "Comparison",
    "CorpusSummary",
    "DiffOp",
    "EngineError",
    "Group",
    "InputError",
    "MainGuardError",
    "Match",
    "NewsdiffError",
    "NoiseRule",
    "NotFoundError",
    "Relation",
    "Scoring",
    "Sentence",
    "Verdict",
    "__version__",
    "batch",
    "compare",
    "default_rules",
    "evaluate_pairs",
    "load",
    "load_rules",
    "relate",
    "score_alignment",
    "summarize",
    "word_diff",
]
