"""Specifications of sentence features: normalisation of spellings, numbers, quotes."""

from newsdiff.features import featurize, loose_key, quoted_parts, tokenize
from newsdiff.relate import shares_quote


def test_us_abbreviation_is_folded() -> None:
    assert tokenize("The U.S. said") == tokenize("The US said")


def test_transliterated_names_share_a_key() -> None:
    assert loose_key("sergei") == loose_key("sergey")
    assert loose_key("anthony") == loose_key("antony")


def test_invisible_characters_do_not_cut_words() -> None:
    assert tokenize("\u200bOffi\u00adcials said the sea\u200d\u2060wall held.\ufeff") == tokenize(
        "Officials said the seawall held."
    )


def test_number_words_and_digits_agree() -> None:
    assert featurize("two ships").numbers == featurize("2 ships").numbers


def test_stopwords_are_not_content() -> None:
    assert "the" not in featurize("The talks ended.").content


def test_quotes_are_found_in_curly_and_straight_marks() -> None:
    assert quoted_parts('He said "we are ready" today.') == ["we are ready"]
    assert quoted_parts("“We will respond,” she said.") == ["We will respond,"]


def test_a_straight_quote_after_a_word_or_comma_closes_the_quotation() -> None:
    # The opening mark fell in the sentence before; the attribution after it is not a quotation.
    assert quoted_parts('And it will be a long night," said Mara Lind, a councillor.') == [
        "And it will be a long night,"
    ]
    assert quoted_parts('The plan ("Caravel") failed.') == ["Caravel"]
    first = featurize('And it will be a long night," said Mara Lind, a councillor.')
    second = featurize('Now the rest is paperwork," said Mara Lind, a councillor.')
    assert not shares_quote(first, second)
