"""Train the lexical relation model (``newsdiff/data/relate_model.json``) on an MSRP-layout pair file.

Reports stratified 10-fold cross-validated accuracy and F1 (mean and spread) with the decision
threshold chosen inside each training fold only, then fits the final model on all pairs and writes it.
Needs numpy. Usage::

    python scripts/train_relate.py msrp_train.tsv [--engine lexical|embeddings] [--write]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdiff.evaluate import LabelledPair, corpus_idf, read_pairs, sentence_frequencies  # noqa: E402 (after the path set-up above)
from newsdiff.features import featurize  # noqa: E402 (after the path set-up above)
from newsdiff.relate import _EMBEDDING_FEATURES, FEATURES, expand, pair_features, shares_quote  # noqa: E402 (after the path set-up above)

#: Ridge penalty, picked from 1, 10, 30, 100 by cross-validated accuracy (10 was best; the spread is small). With
#: later features 1 gains 0.3 points of accuracy, within the spread of the folds (see docs/evaluation.md).
L2 = 10.0
FOLDS = 10
SEED = 13


def feature_matrix(path: Path, engine: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features and labels of every pair, words weighed by IDF over the file's sentences.

    Then as many unrelated pairs again: sentences of two different labelled pairs (so different
    stories) that share two content words or more, as the candidate index would propose them in a
    cluster. The labelled pairs all overlap a good deal; without these the model would not learn
    what a merely topical overlap looks like. They come after the labelled pairs, which alone are scored.
    Also returns which labelled pairs share a quotation (newsdiff calls those shared whatever the model says).
    """
    labelled = read_pairs(path)
    rng = np.random.default_rng(SEED)
    sentences = [(n, s) for n, p in enumerate(labelled) for s in (p.first, p.second)]
    content = [featurize(s).content for _, s in sentences]
    negatives = []
    while len(negatives) < len(labelled):
        i, j = rng.integers(len(sentences), size=2)
        if sentences[i][0] != sentences[j][0] and len(content[i] & content[j]) >= 2:
            negatives.append(LabelledPair(False, sentences[i][1], sentences[j][1]))
    pairs = labelled + negatives
    featurized = [(featurize(p.first), featurize(p.second)) for p in pairs]
    idf = corpus_idf(f for pair in featurized for f in pair)
    x = np.array([pair_features(a, b, idf) for a, b in featurized], dtype=float)
    if engine == "embeddings":
        from newsdiff.embeddings import EmbeddingRelater

        relater = EmbeddingRelater([p.first for p in pairs] + [p.second for p in pairs])
        x = np.hstack([x, np.array([relater.evidence(p.first, p.second) for p in pairs])])
    x = np.array([expand(row) for row in x.tolist()], dtype=float)
    y = np.array([p.paraphrase for p in pairs], dtype=float)
    quoted = np.array([shares_quote(a, b) for a, b in featurized[: len(labelled)]])
    return x, y, quoted


def fit(x: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray | float]:
    """L2-regularised logistic regression on standardised features, by Newton's method."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = L2 * np.eye(z.shape[1])
    penalty[0, 0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-z @ w))
        gradient = z.T @ (p - y) + penalty @ w
        hessian = z.T @ (z * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {"mean": mean, "scale": scale, "bias": float(w[0]), "weights": w[1:]}


def predict(model: dict[str, np.ndarray | float], x: np.ndarray) -> np.ndarray:
    z = model["bias"] + ((x - model["mean"]) / model["scale"]) @ model["weights"]
    return 1 / (1 + np.exp(-z))


def best_threshold(p: np.ndarray, y: np.ndarray, quoted: np.ndarray) -> float:
    """The probability cut that maximises accuracy on these (training) pairs."""
    candidates = np.linspace(0.3, 0.7, 81)
    return float(max(candidates, key=lambda t: (((p >= t) | quoted) == y).mean()))


def scores(p: np.ndarray, y: np.ndarray, threshold: float, quoted: np.ndarray) -> tuple[float, float]:
    """Accuracy and F1 of newsdiff's decision: matched when the model says so or a quotation is shared."""
    said = (p >= threshold) | quoted
    tp = float((said & (y == 1)).sum())
    precision = tp / max(said.sum(), 1)
    recall = tp / max((y == 1).sum(), 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return float((said == y).mean()), f1


def folds(y: np.ndarray) -> list[np.ndarray]:
    """Stratified fold assignment, fixed seed."""
    rng = np.random.default_rng(SEED)
    assignment = np.empty(len(y), dtype=int)
    for label in (0, 1):
        members = rng.permutation(np.flatnonzero(y == label))
        assignment[members] = np.arange(len(members)) % FOLDS
    return [np.flatnonzero(assignment == k) for k in range(FOLDS)]


def cross_validate(x: np.ndarray, y: np.ndarray, quoted: np.ndarray) -> dict[str, float]:
    """Fold the labelled pairs; the added unrelated pairs always train and are never scored."""
    labelled = len(quoted)
    accuracies, f1s = [], []
    for test in folds(y[:labelled]):
        train = np.setdiff1d(np.arange(len(y)), test)
        model = fit(x[train], y[train])
        scored = train[train < labelled]
        threshold = best_threshold(predict(model, x[scored]), y[scored], quoted[scored])
        accuracy, f1 = scores(predict(model, x[test]), y[test], threshold, quoted[test])
        accuracies.append(accuracy)
        f1s.append(f1)
    return {
        "accuracy": float(np.mean(accuracies)),
        "accuracy_sd": float(np.std(accuracies)),
        "f1": float(np.mean(f1s)),
        "f1_sd": float(np.std(f1s)),
        "folds": FOLDS,
    }


def baselines(path: Path) -> None:
    """Cross-validate the two simple baselines: a threshold on difflib's ratio, and on word Jaccard."""
    import re
    from difflib import SequenceMatcher

    pairs = read_pairs(path)
    y = np.array([p.paraphrase for p in pairs], dtype=float)

    def words(text: str) -> list[str]:
        return re.findall(r"\w+", text.lower())

    measures = {
        "difflib ratio": [SequenceMatcher(None, words(p.first), words(p.second)).ratio() for p in pairs],
        "word Jaccard": [
            len(set(words(p.first)) & set(words(p.second))) / max(len(set(words(p.first)) | set(words(p.second))), 1)
            for p in pairs
        ],
    }
    never = np.zeros(len(y), dtype=bool)
    for name, values in measures.items():
        x = np.array(values)
        accuracies, f1s = [], []
        for test in folds(y):
            train = np.setdiff1d(np.arange(len(y)), test)
            cut = float(max(np.linspace(0, 1, 201), key=lambda t: ((x[train] >= t) == y[train]).mean()))
            accuracy, f1 = scores(x[test], y[test], cut, never[test])
            accuracies.append(accuracy)
            f1s.append(f1)
        print(
            f"baseline {name}: accuracy {np.mean(accuracies):.3f} ± {np.std(accuracies):.3f}, "
            f"F1 {np.mean(f1s):.3f} ± {np.std(f1s):.3f}"
        )


def write_background_idf(path: Path) -> None:
    """Write ``newsdiff/data/relate_idf.json``: in how many of the file's sentences each content key occurs.

    :func:`newsdiff.relate` weighs words by these when it has no cluster to count in, as the model was trained.
    """
    total, frequency = sentence_frequencies(featurize(s) for p in read_pairs(path) for s in (p.first, p.second))
    data = {
        "about": "Sentence frequencies of content keys for newsdiff.relate; written by scripts/train_relate.py.",
        "documents": total,
        "frequency": dict(sorted(frequency.items())),
    }
    out = ROOT / "newsdiff" / "data" / "relate_idf.json"
    out.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", type=Path, help="sentence pairs in the MSRP layout")
    parser.add_argument("--engine", choices=["lexical", "embeddings"], default="lexical")
    parser.add_argument("--baselines", action="store_true", help="only cross-validate the simple baselines")
    parser.add_argument(
        "--write", action="store_true", help="write newsdiff/data/relate_model.json and relate_idf.json"
    )
    args = parser.parse_args()
    if args.baselines:
        baselines(args.pairs)
        return
    x, y, quoted = feature_matrix(args.pairs, args.engine)
    labelled = len(quoted)
    names = FEATURES if args.engine == "lexical" else _EMBEDDING_FEATURES
    cv = cross_validate(x, y, quoted)
    print(
        f"{labelled} pairs (+{len(y) - labelled} unrelated added), {FOLDS}-fold CV: "
        f"accuracy {cv['accuracy']:.3f} ± {cv['accuracy_sd']:.3f}, "
        f"F1 {cv['f1']:.3f} ± {cv['f1_sd']:.3f}"
    )
    model = fit(x, y)
    threshold = best_threshold(predict(model, x[:labelled]), y[:labelled], quoted)
    accuracy, f1 = scores(predict(model, x[:labelled]), y[:labelled], threshold, quoted)
    print(f"final model on all pairs (training fit): accuracy {accuracy:.3f}, F1 {f1:.3f}, threshold {threshold:.3f}")
    for name, weight in zip(names, model["weights"][: len(names)], strict=True):  # the linear terms only
        print(f"  {name:<24}{weight:+.3f}")
    if args.write:
        suffix = "" if args.engine == "lexical" else "_embeddings"
        out = ROOT / "newsdiff" / "data" / f"relate_model{suffix}.json"
        data = {
            "about": "Logistic model of newsdiff.relate; written by scripts/train_relate.py, do not edit by hand.",
            "trained_on": f"{labelled} labelled sentence pairs (MSRP training split) and {len(y) - labelled} unrelated",
            "cross_validation": {k: round(v, 4) for k, v in cv.items()},
            "features": list(names),
            "mean": [round(float(v), 6) for v in model["mean"]],
            "scale": [round(float(v), 6) for v in model["scale"]],
            "weights": [round(float(v), 6) for v in model["weights"]],
            "bias": round(float(model["bias"]), 6),
            "threshold": round(threshold, 4),
        }
        out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out}")
        write_background_idf(args.pairs)


if __name__ == "__main__":
    main()
