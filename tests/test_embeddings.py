"""Specifications of the embeddings engine; skipped when the ``embeddings`` extra is not installed."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdiff import batch, compare
from newsdiff.cli import main
from newsdiff.embeddings import available
from newsdiff.features import featurize

pytestmark = pytest.mark.skipif(not available(), reason="needs newsdiff[embeddings]")


def test_embeddings_see_a_paraphrase_with_few_common_words() -> None:
    from newsdiff.embeddings import EmbeddingRelater

    relater = EmbeddingRelater()
    close = relater.similarity(
        "The ministers will meet on Wednesday.", "The top diplomats are set to hold talks midweek."
    )
    far = relater.similarity("The ministers will meet on Wednesday.", "Heavy rain flooded the harbour town.")
    assert close > far


def test_engine_keeps_the_relation_contract() -> None:
    from newsdiff.embeddings import EmbeddingRelater

    first, second = "The talks are due Wednesday evening.", "The talks are slated for Wednesday night."
    relation = EmbeddingRelater([first, second])(featurize(first), featurize(second), lambda key: 1.0)
    assert relation.label == "paraphrased"
    assert 0.0 <= relation.score <= 1.0


def test_compare_with_embeddings_engine_labels_sentences() -> None:
    result = compare(["Talks began on Monday. It rained.", "Talks began on Monday. Snow fell."], engine="embeddings")
    assert [s.label for s in result.articles[0].sentences] == ["shared", "unique"]


def test_a_batch_relates_with_the_chosen_engine_as_compare_does(tmp_path: Path) -> None:
    articles = [
        {"id": "wire", "text": "The ministers will meet on Wednesday. Rain is expected."},
        {"id": "daily", "text": "The top diplomats are set to hold talks midweek. The roads are closed."},
    ]
    expected = compare(articles, engine="embeddings").to_dict()
    [record] = batch([{"id": "talks", "articles": articles}], workers=1, engine="embeddings")
    assert record["result"] == expected
    source = tmp_path / "clusters.jsonl"
    source.write_text(json.dumps({"id": "talks", "articles": articles}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["batch", str(source), "-o", str(tmp_path / "o.jsonl"), "--relations", "embeddings"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))["result"] == expected
