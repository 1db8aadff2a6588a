"""Sentence segmentation: NLTK's Punkt with parameters shipped in the package, quote-aware.

Punkt decides where a period ends a sentence from learned abbreviations and sentence starters; we
ship our own English news parameters (``data/punkt_english.json``) so nothing is downloaded, and
teach it a few habits of news writing (initials such as ``J.D.``, names such as ``iPhone``, titles
such as ``Mr.`` before a name, an ellipsis written ``…`` or ``. . .``, an interrobang ``‽`` or a doubled mark
such as ``⁇`` that ends a sentence as ``?`` does). Each line of the cleaned text is split on its own (a line
break ends a sentence in scraped news, except inside a quotation that a line
leaves open mid-sentence, or inside a word it breaks after a soft hyphen or a drop cap: ``T`` / ``he talks``; a drop
cap set apart by a space opens its word too where that word is a common opening one: ``T he talks``).
Some sentence starts Punkt misses are added: after a clock time's ``a.m.``/``p.m.``,
a time zone after one (``9 a.m. EST. Brell``), an hour's ``h.`` (``à 9 h. Les``, ``a las 9.15 h. El``) or an ``etc.``
before a capitalised word that is not a day, a date or a time zone; after four dots (a period and an ellipsis)
before any capitalised word; after an ellipsis before a common opening word of French, Spanish, Italian or
Portuguese (``hésité… Puis il``), as Punkt ends one before an English or German one, and before any of them
glued to the ellipsis (``waited...Then he``); after an omission in
brackets, or an emoji written instead of a stop, before a common
opening word (``close […] The union``, ``ist wieder da 🎉 Die Crew``), and an emoji written after a stop goes on the
sentence it follows (``the harbour. 🚢 Officials``), as does a footnote's mark (``He left.[1] Then``,
``He left.¹ Then``); after an abbreviation before a quotation that opens with a
common opening word (``the U.S. “We are ready,”``), or after a quotation closing on an ellipsis before
one (``“It may never sail again…” Then``); and between sentences glued without a space, as
scraped paragraphs sometimes are (``Monday.The union``). A list item's number (``1.``, ``II.``) is moved onto
the text it numbers (a list after a colon whose first item is no sentence stays in the colon's: ``Zwei Optionen:
1. Busse, 2. Fähren.``), and a lettered item that is a whole sentence (``a) Every bus runs. b) The ferry stays.``)
is one, as is each item of a list bulleted on one line (``• Ferry resumes • Port reopens``); and a piece that
starts in lower case (but not with a name such as iPhone) or
with closing punctuation (an ellipsis only before lower case) or a bracketed aside (``et al. (2024),``) is
joined back to the sentence before it, so ``“We will respond.” he said.`` stays one sentence; after a
quotation ending in ``?`` or ``!``, so is a speaker followed by a verb of saying and nothing but the rest of its
clause (``“Is this the end?” Doe asked.``, ``Doe, 54, asked.``, ``The mayor asked reporters.``; in French before a
compound past: ``« Partons-nous ? » Le ministre a demandé.``; in Hebrew and Arabic the verb first or second:
``שאל נוסע.``, ``דני כהן שאל.``), though not a verb that goes on into what was said (``Officials said the talks
would resume.``), after a quotation closed on
any stop, a Chinese speaker and verb of saying (``“我们不会退让。”他说。``), and after initials with only an
article before them, the word they qualify (``The U.K. Officials said``).
Chinese, Japanese, Hindi, Urdu or Arabic sentences end at their own stops (Chinese and Japanese ones at
half-width ones between their letters too, but not before a Japanese quoting particle: ``「…。」と述べた``), Thai
ones at a space after a long enough piece. A German ordinal (``am 3. Oktober``, ``der 2. Tag``) or date in spaced
numbers (``am 3. 10. 2025``) ends no sentence,
nor an abbreviated German weekday before a time or a date (``am Do. 14 Uhr``, ``am Sa. 3. Mai``),
nor a French hour before its minutes (``à 9 h. 30``), nor the first half of a Spanish plural
of doubled initials (``EE. UU.``), nor "for example" abbreviated in two words (``p. ex.``, ``p. ej.``,
``ad es.``), nor Italian's title ``On.`` after an elided article (``l'On. Rossi``) or ``Mons.`` after an Italian word
(``il Mons. Rossi``), nor Portuguese ``Lda.`` after a lower-case word (``a Lda. Marta Pires``), nor French
``av.`` after a house number (``12 av. Foch``) or ``em.`` after ``Prof.``, a quotation mark that
French sets apart by a space (``lundi. « Nous``) opens the sentence after it, and one that German closes a
quotation with (``„Wann?“, fragte Keller.``) closes it before a comma. ``Fr.`` after a word that leads to a day is
Friday, not the title Frau, and ends a sentence before a common opening word (``bis Fr. Die Crew``). A headline in
title case glued to the first sentence of its line is cut off (``Ferry Talks Resume After Strike The two sides``).
An abbreviated date that ends a sentence (``in Oct. Nobody``, ``3 de oct. El``, ``2025 г. Потом``) ends it before a
capitalised word, and so does a company's legal form before a name and its verb (``Kessel Inc. Brell said``), as do
a street's type after its name, a state after its city, a name's suffix, a degree and "per cent" in initials
(``at Downing St. Brell said``, ``Washington, D.C. Brell said``,
``Tomas Brell Sr. Pell said``, ``holds a Ph.D. Brell said``, ``5 p.c. Brell said``), and a country in initials after
a place's preposition before a name and a verb of saying (``arrived in the U.S. Brell said``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

import regex

from .article import DOCTORS_FACULTIES, inside_quotation
from .clean import CleanText
from .invisible import SOFT_HYPHEN, ZERO_WIDTH
from .shipped import punkt_data

if TYPE_CHECKING:  # NLTK itself is imported when the first text is split: see _news_punkt
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer, PunktToken

_CONTINUATION_START = set(",;:)]}”’\"'»…-–—")
#: Marks that end a question or an exclamation as ? and ! do: the interrobang and the doubled marks Unicode has
#: as one character (‼ ⁇ ⁈ ⁉). Punkt knows only ? and !, and is taught these.
_EXCLAMATIONS = "?!‽‼⁇⁈⁉"
#: Punctuation that follows a closing quotation mark, not an opening one.
_AFTER_CLOSING_QUOTE = set(",;:.)]}" + _EXCLAMATIONS)
#: Marks that end a sentence: a piece of nothing else ("Wow !!!" cut as "Wow !" and "!!") ends the one before.
_SENTENCE_MARKS = set(".…" + _EXCLAMATIONS)
#: Line breaks: the newline, and Unicode's line and paragraph separators that some pages use instead.
_LINE_BREAK = re.compile("[\n\u2028\u2029]")
#: Abbreviations that stand before a number ("the No. 2 official", "see p. 12", "Art. 5 of the treaty"): before a number
#: they end no sentence. Each is spelt as references spell it, so that "art." or "PT." stays a word. German writes "No."
#: as "Nr." (plural "Nrn."), Spanish as "núm.", Italian as "n." (legge n. 104), and a page as "pág." or Italian "pag.".
#: German writes a law's paragraph "Abs." (Absatz) and a street's "-straße" as "-str." or "Str." at the end of its name
#: (Hafenstr. 5, Friedrich-Ebert-Str. 12), as Dutch does "-straat" (Kerkstr. 3), and a page "S." (Seite), which is read
#: so only after a bracket or a word that leads to a page (auf S. 12, vgl. S. 3, und S. 7, bis S. 20): after a name,
#: "S." is an initial ("Ana S. 12 people"). A year is "about" one after "c." (circa, c. 1950); a figure, a table, a
#: reference, a telephone, its extension or a flat is numbered after "Figs.", "Tab.", "Ref.", "Tel.", "ext.", "Apt.",
#: and in German a picture, a volume, a chapter, a note, a clause or a margin number after "Abb.", "Bd.", "Kap.",
#: "Anm.", "Ziff.", "Rn.". A column is numbered after "col." or "cols." in either case: in lower case "col." is
#: otherwise a word (French for a mountain pass) that ends a sentence. A year of birth, death, work or reign opens a
#: bracket with "b.", "d.", "fl." or "r." (Brell (b. 1970) left.). A bound or an approximation stands before its number
#: too: Spanish and Portuguese "aprox." (about), German "max.", "min." and "mind." (at most, at least), and a duration's
#: "min." (5 min. 30 sec.).
_NUMBER_SIGN = re.compile(
    r"(?:\b(?:Nos?|Nrn?|[Nn]úm|n|pp?|[Pp]ág|[Pp]ag|[Pp]aras?|[Cc]h|[Cc]hap|Art|[Pp]ts?|Abs|c|Figs|Tab|Ref|Tel|Apt"
    r"|Abb|Bd|Kap|Anm|Ziff|Rn|[Cc]ols?|[Ee]xt|[Aa]prox|max|min|mind)|[Ss]tr"
    r"|(?:(?<=[(\[])|(?<=\b[Aa]uf )|(?<=\b[Aa]b )|(?<=\bbis )|(?<=\bvon )|(?<=\bzu )|(?<=\bund )|(?<=\boder )"
    r"|(?<=\blaut )|(?<=\bnach )|(?<=\b[Ss]iehe )|(?<=\b[Vv]gl\. ))S|(?<=[(\[])(?:b|d|fl|r))\.\s*$"
)
#: The longest of those abbreviations with its period, plus the character before it that \b looks at (a look-behind
#: sees the text before where a search starts, so the word before "S." need not be inside it).
_NUMBER_SIGN_REACH = len("paras.") + 1
#: A name written with a lowercase first letter (iPhone, eBay, mRNA), which can open a sentence.
_LOWERCASE_NAME = re.compile(r"[a-z]+[A-Z]")
#: An abbreviation after an apostrophe, where Italian elides an article into it (l'Avv., dell'Ing., l'avv.): Punkt
#: cuts the article off and reads the apostrophe as the abbreviation's first character ('Avv.).
_ELIDED_ABBREVIATION = re.compile(r"(?:[a-z]{1,5})?['’](?P<word>[A-Za-z][a-z]{1,5})\.")
#: An engineer's title, which is no title in English (ING. is a bank) but is one after an Italian elision (dell'ing.).
_ELIDED_ENGINEER = "ing"
#: Initials written together (J.D., W.E.B., H.R.): like U.S., an abbreviation rather than a sentence end.
_INITIALS = re.compile(r"(?:[^\W\d_]\.){2,}")
#: A list item's number at the end of a piece, where Punkt took its period for a sentence end: "1." or "Steps: 1."
#: Any number of digits up to nine (item 100 is numbered like item 99); no list runs to more, and a longer run of
#: digits is no item's number.
_LIST_NUMBER = re.compile(r"(?:^|(?P<colon>:)?\s)(?P<number>\d{1,9})\.\s*$")
#: A list item's or a section's roman numeral and its period, a whole piece (I. The ferry sank. II. Brell left.): Punkt
#: took the period of a numeral of more than one letter for a sentence end, and no sentence is a numeral alone.
_ROMAN_NUMBER = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})\.")
#: A step's, a part's or a round's label and number, a whole piece (Step 1. Board the ferry., Teil 2. Die Rückkehr.):
#: Punkt took the number's period for a sentence end, and a label alone says nothing; it heads the text after it.
_STEP_LABEL = re.compile(
    r"(?:Step|Stage|Phase|Part|Round|Tip|Rule|Lesson|Option|Question|Schritt|Teil|Stufe|Runde|Étape|Partie|Paso"
    r"|Parte|Fase|Passo|Etapa)\s+\d{1,3}[a-z]?\.\s*"
)
#: A roman numeral at a piece's start, a whole word, as the number after an abbreviation that stands before one (Art.
#: IV of the treaty, Pt. II, Ch. XII.). A lone "I" is a numeral only before punctuation, "of" or the end: before
#: another word it is the pronoun (the answer was No. I left.).
_ROMAN_NUMERAL_START = re.compile(
    r"(?:(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})|[VX])(?![\w'’-])|I(?:[.,;:)\]]|\s+of\b|\s*\Z)"
)
#: A list item's letter or small roman numeral and its closing bracket, then a capitalised word, perhaps behind an
#: opening quotation mark (a) Every bus runs., ii) The ferry docks.): an item that is a sentence of its own.
_LETTERED_ITEM = regex.compile(r"(?P<letter>[a-z]|i{2,3}|iv|vi{1,3}|ix)\)\s+[\"“‘«„]?\p{Lu}")
#: A colon and a list's first item after it, lettered or numbered with a bracket, when that item is a sentence: a stop
#: ends it before the second item (Die Regeln: a) Alle Busse fahren. b) ..., or 1) ... 2) ...), which Punkt does not
#: cut before. Items may be bracketed on both sides ((a) ... (b) ..., (1) ... (2) ...). Items that are parts of one
#: sentence (Zwei Optionen: a) Busse, b) Fähren.) stay in it. The first item is looked through for at most 500
#: characters, so that a line of many colons is not read again from each.
_FIRST_ITEM_AFTER_COLON = regex.compile(
    r":\s+(?=(?P<open>\(?)(?:a|i|1)\)\s+[\"“‘«„]?\p{Lu}[^\n\u2028\u2029]{0,500}?[.?!‽‼⁇⁈⁉…][\"'”’»)]*\s+"
    r"(?P=open)(?:b|ii|2)\)\s)"
)
#: A bracket that opens on no capitalised word and is followed by punctuation or lower case: an aside or a reference
#: that goes on the sentence before ("Brell et al. (2024) found", "4 bn. ($5 bn.) in all"), not a sentence in brackets.
_BRACKETED_ASIDE = re.compile(r"[(\[](?![A-Z][a-z])[^()\[\]\n\u2028\u2029]*[)\]][^\S\n\u2028\u2029]*(?:[.,;:!?]|[a-z])")
#: The end of a quotation that ends in a question or exclamation mark: “Is this the end?”, or « Partons-nous ? » with
#: the space French sets before both marks.
_EXCLAIMED_QUOTATION = re.compile(rf"[{_EXCLAMATIONS}]\s?[\"'”’»]+\s*$")
#: A speaker and a verb of saying right after a quotation, and nothing after the verb but the rest of that clause: who
#: was asked, where or when (Mr. Brell asked reporters on Thursday.), up to the sentence's end or a comma. The speaker
#: is named (Mr. Brell asked, Prime Minister Ana Pell said), perhaps with an age, a description or both between commas
#: (Brell, 54, asked; Pell, a teacher, said; Pell, 54, a teacher, said), or a noun after an article, a quantity or
#: initials or a name's possessive (The mayor asked, Le ministre a demandé, Some passengers shouted, U.S. officials
#: asked, Brell's lawyer said), or a pronoun (She asked), perhaps in a perfect (Brell had told reporters, Pell has
#: said). French names the speaker before a compound past (Dufour a déclaré, M. Dufour s'est exclamé).
#: A negative pronoun (Nobody answered, Neither replied) names no speaker of what was said, and a verb of saying that
#: goes on into what someone said (Officials said the talks would resume., Le ministre a dit qu'il partirait.) says
#: something of its own: both open a sentence.
#: A word of a speaker named by a noun after an article (the ferry's captain, la porte-parole du gouvernement), but not
#: a negation, which says the speaker said nothing (The mayor never said., Le ministre n'a rien dit.).
_NOUN_WORD = r"(?!(?i:never|not|no|ne|rien|jamais)\b|(?i:n)['’])[\w'’-]+"
#: The speaker of such an attribution, up to its verb of saying: who (a name, a noun, a pronoun), perhaps an age or a
#: description between commas, a perfect's auxiliary and an adverb.
_SPEAKER = (
    r"(?!(?:It|Nobody|None|Nothing|Neither|Personne|Rien|Aucun|Aucune)\s)"
    rf"(?:(?:The|A|An|Le|La|Les|Un|Une|Some|Many|Several|Two|Three|Both|Other|(?:[A-Z]\.){{2,}})\s+{_NOUN_WORD}(?:\s+{_NOUN_WORD}){{0,3}}?"
    rf"|L['’]{_NOUN_WORD}(?:\s+{_NOUN_WORD}){{0,3}}?"
    # A noun after a name's possessive (Brell's lawyer, Ana Pell's spokesman).
    rf"|\p{{Lu}}[\w.-]*(?:\s+\p{{Lu}}[\w.-]*){{0,3}}['’]s?\s+{_NOUN_WORD}(?:\s+{_NOUN_WORD}){{0,3}}?"
    r"|\p{Lu}[\w'’.-]*(?:\s+(?:\p{Lu}[\w'’.-]*|of|the|de|du|des|la|le|van|von|al)){0,5})"
    r"(?:(?:,\s+(?:\d{1,3}|(?:(?:a|an|the|un|une|le|la)\s+|l['’])[^,.!?;:“”\"«»]{1,60})){1,2},)?\s+"
    # A perfect or pluperfect (Brell had told reporters., Pell has said.), then perhaps an adverb (later asked).
    r"(?:(?:had|has|have)\s+)?(?:(?:\w+ly|later|then|also|again)\s+)?"
)
_ATTRIBUTION = regex.compile(
    _SPEAKER
    + r"(?P<verb>said|says|asked|asks|told|tells|added|adds|shouted|shouts|replied|answered|cried|yelled|screamed|"
    r"exclaimed|insisted|demanded|wondered|wrote|writes|recalled|continued|explained|noted|remarked|"
    r"responded|declared|countered|joked|quipped|whispered|pleaded|tweeted|posted|chanted|urged|warned"
    # French: a compound past (a déclaré, ont demandé, s'est exclamée), or a present or simple past (dit, demanda).
    r"|(?:[lmt]['’]|(?:lui|leur|les|nous|vous)\s+)?(?:a|ont|avait|avaient|aurait)\s+(?:(?:\w+ment|aussi|aussitôt|encore|alors|ensuite|enfin|déjà)\s+)?"
    r"(?:déclaré|dit|demandé|affirmé|ajouté|répondu|lancé|expliqué|assuré|souligné|précisé|indiqué|estimé|insisté|"
    r"crié|hurlé|rétorqué|répliqué|confié|martelé|protesté|averti|commenté|tweeté|écrit|raconté|poursuivi|conclu|"
    r"annoncé|rappelé|murmuré|soupiré|plaisanté|interrogé|lâché|ironisé|reconnu)"
    r"|(?:s['’](?:est|était)|se\s+sont)\s+(?:exclamé|écrié|interrogé|emporté|indigné|étonné)(?:e|s|es)?"
    r"|dit|déclare|déclara|demande|demanda|ajoute|ajouta|répond|répondit|affirme|affirma|lance|lança|explique|"
    r"expliqua|insiste|insista|rétorque|rétorqua|poursuit|poursuivit|s['’]exclame|s['’]exclama|s['’]écrie|s['’]écria)"
    r"\b"
    # The rest of the clause: up to ten words, none that opens or carries a clause of its own (that, whether, a
    # pronoun, an auxiliary: said the talks would resume; French que, si, il), to the end or a comma. "This" before
    # a time (said this week) says when.
    r"(?:\s+(?!(?i:that|whether|if|how|why|when|what|where|who|which|he|she|it|they|we|i|you|there|"
    r"this(?!\s+(?:week|weekend|morning|afternoon|evening|month|year)\b)|these|"
    r"would|will|was|were|is|are|had|has|have|could|can|should|may|might|must|did|does|do|not|no|yes|nothing|so|"
    r"for|about|que|si|comment|pourquoi|quand|il|elle|ils|elles|nous|vous|je|ne|rien)(?![\w'’-])"
    r"|(?i:qu|n|j|s)['’])(?P<word>[^\s,;:]+)){0,10}"
    r"(?:\s*[,;:–—]|[.…?!‽‼⁇⁈⁉\"'”’»)\]]*\s*\Z)"
)
#: A speaker and a verb of saying that takes the one spoken to (told reporters, told the BBC, asked the mayor), then
#: that listener: the quotation before is what the speaker told or asked them, whatever the sentence goes on to say
#: (“Enough!” Brell told reporters talks were over.). A word that opens what was asked (asked whether, asked for)
#: is no listener.
_LISTENER_ATTRIBUTION = regex.compile(
    _SPEAKER
    + r"(?:told|tells|asked|asks)\s+(?!(?i:that|whether|if|how|why|when|what|where|who|which|for|about|to|of|not|never"
    r"|on|in|at|after|before|during|again|later|then|also)(?![\w'’-]))[\w“\"‘'«]"
)
#: English verbs of saying that take what was said straight after them, with no "that" (Officials said talks resumed.):
#: after one, only words that say where, when, how or to whom it was said keep a speaker's clause
#: (:data:`_SAID_HOW_WHERE_WHEN`); any other word opens what was said, a sentence of its own. A verb that takes the
#: one spoken to (asked reporters, told the crowd) is not among them.
_VERBS_OF_SAYING_WHAT = frozenset(
    {
        "said", "says", "added", "adds", "insisted", "wrote", "writes", "noted", "explained", "declared", "recalled",
        "remarked", "countered", "joked", "quipped", "tweeted", "posted", "continued", "responded", "replied",
        "exclaimed", "whispered", "shouted", "shouts", "yelled", "screamed", "cried", "chanted",
    }
)  # fmt: skip
#: Words that may open the rest of a speaker's clause after such a verb: a preposition, an adverb of time or manner,
#: a day (Brell said on Thursday., said later in a statement, said Monday., said quietly., said this week.).
_SAID_HOW_WHERE_WHEN = regex.compile(
    r"(?i:in|on|at|to|from|during|after|before|outside|inside|with|without|by|via|through|over|amid|as|into|onto"
    r"|across|near|upon|afterwards?|later|earlier|again|then|also|today|tonight|yesterday|once|twice|last|late|this"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\w+ly)[.…?!‽‼⁇⁈⁉\"'”’»)\]]*"
)
#: The end of a quotation closed after its stop, Chinese or Latin (“我们不会退让。”, 「真的吗？」).
_QUOTATION_CLOSED_ON_A_STOP = re.compile(rf"[。！？.{_EXCLAMATIONS}][」』”’\"'»]+\s*$")
#: A Chinese speaker and a verb of saying after such a quotation, then a stop, or a comma or colon before more of the
#: quotation (他说。 李强补充道。 王丽表示，“…”): the speaker is at most a few characters, and a sentence that goes on
#: after the verb (他说他不会再来了。, 公司表示，票价不变。) is none. Words
#: that end in one of those characters but say nothing (知道 know, 报道 report, 小说 novel, 名称 name) are left out.
_CHINESE_ATTRIBUTION = regex.compile(
    r"[\p{Han}·]{1,12}?"
    r"(?:说道|問道|问道|喊道|写道|寫道|表示|指出|强调|強調|回答|补充|補充|透露|坦言|解释|解釋|"
    r"(?<![小])[说說]|(?<![知报報味难難])道|[问問]|(?<![名简簡号號])[称稱]|答)"
    r"(?:[。！？.!?]|[，：,:]\s*[“「『\"])"
)
#: The end of a quotation closed after a question or exclamation mark, Latin or Arabic.
_ASKED_QUOTATION = re.compile(rf"[{_EXCLAMATIONS}؟][\"'”’»]+\s*$")
#: The most characters those quotation ends are looked for in, at the end of the sentence before a speaker: a stop and
#: its closing marks. That sentence grows as speakers go on it, and searching all of it for each made a line quadratic.
_QUOTATION_END_REACH = 8
#: A Spanish verb of saying, then its speaker (one to three words, perhaps after an article) and punctuation or the
#: end: after an exclamation or a question, Spanish names the speaker verb first (¡Basta! Dijo Ana., «¿Cuándo?»
#: Preguntó el ministro.). A verb followed by what was said (Dijo que no., Dijo la verdad.) is a sentence of its own.
_SPANISH_ATTRIBUTION = regex.compile(
    r"(?:Dijo|Preguntó|Gritó|Añadió|Agregó|Respondió|Contestó|Exclamó|Afirmó|Insistió|Explicó|Replicó|Aseguró"
    r"|Sentenció|Comentó|Señaló|Advirtió)"
    r"(?:\s+(?!(?i:que|qué|no|sí|se|lo|le|les|nada|algo|eso|esto|la\s+verdad)\b)[\w'’.-]+){1,3}\s*(?:[.,;:!]|\Z)"
)
#: The end of an exclamation or a question, quoted or not (¡Basta!, «¿Cuándo?»), before such a speaker: Spanish
#: opens either with ¡ or ¿, which tells it from an English one, where a name and a verb after an unquoted
#: exclamation (Stop! Ana said.) open a sentence.
_SPANISH_EXCLAMATION_END = re.compile(r"[!?][\"'”’»]*\s*$")
#: Hebrew and Arabic verbs of saying (said, asked, added, answered, shouted, declared), as a pattern.
_HEBREW_ARABIC_SAYING = (
    r"(?:אמר|אמרה|אמרו|שאל|שאלה|שאלו|הוסיף|הוסיפה|ענה|ענתה|השיב|השיבה|צעק|צעקה|צעקו|קרא|קראה|הכריז|הכריזה|"
    r"قال|قالت|قالوا|سأل|سألت|أضاف|أضافت|أجاب|أجابت|ردّ|رد|ردت|صاح|صاحت|هتف|هتفت|تساءل|تساءلت)"
)
#: A word of a Hebrew or Arabic speaker's name, but not "that" (כי, إن, أن), which opens what was said.
_SPEAKER_WORD = r"(?!(?:כי|إن|أن|إنه|أنه)(?!\w))[^\s.,،!?؟:;\"'“”«»]+"
#: A Hebrew or Arabic verb of saying, then the speaker (one to three words) and punctuation or the end: these
#: languages put the verb first after a quotation (שאל נוסע, asked a passenger; هتف سليم, shouted Salim). A
#: sentence that says what was said (قال المسؤولون إن, officials said that) is none: "that" ends the match.
_VERB_FIRST_ATTRIBUTION = regex.compile(rf"{_HEBREW_ARABIC_SAYING}(?:\s+{_SPEAKER_WORD}){{1,3}}\s*(?:[.,،:;!]|$)")
#: The same speaker named before the verb, which both languages also write (דני כהן שאל, Dani Cohen asked; سليم
#: هتف, Salim shouted), perhaps with an age between commas (דני כהן, 54, שאל), then punctuation or the end: a piece
#: of a name and a verb of saying alone says nothing but who spoke.
_NAME_FIRST_ATTRIBUTION = regex.compile(
    rf"{_SPEAKER_WORD}(?:\s+{_SPEAKER_WORD}){{0,2}}(?:\s*[,،]\s*\d{{1,3}}\s*[,،])?\s+{_HEBREW_ARABIC_SAYING}"
    r"\s*(?:[.,،:;!]|$)"
)
#: A clock time's "a.m." or "p.m." or an "etc." before capitalised words in any alphabet (À midi, Übermorgen, Потом;
#: the first may open a quotation). Spanish spaces the clock's ("a las 9 a. m."), read so only after a number, as
#: "P. M." after a name is two initials.
_CLOSING_ABBREVIATION = regex.compile(
    r"(?:\b(?P<clock>[aApP]\.[mM]\.|(?<=\d\s)[aApP]\.\s[mM]\.)|\betc\.)(?P<space>\s+|(?=\p{Lu}\p{Ll}))(?=[\"“‘'«„]?"
    r"(?P<name>\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*){0,3})[.,;:]?(?:\s+(?P<after>\w+))?)"
)
#: A time zone in capitals after a clock time (9 a.m. EST., 14:30 CET.) with its period, then a capitalised word,
#: perhaps behind an opening quotation mark: the zone ends the sentence. Punkt knows "est." (estimated, established)
#: as an abbreviation, which ends no sentence before a name; in capitals after a time it is Eastern Standard Time.
_ZONE_AFTER_CLOCK_END = regex.compile(
    r"(?<=(?:\b[aApP]\.[mM]\.|(?<![\d.,:])\d{1,2}[:.][0-5]\d)\s+)[A-Z]{2,5}\.(?P<space>\s+|(?=\p{Lu}\p{Ll}))"
    r"(?=[\"“‘'«„(]?\p{Lu})"
)
#: A French clock time's hour abbreviated "h." (à 9 h., vers 21h.), perhaps after its minutes as Spanish and Italian
#: write it (a las 9.15 h., alle 21:30 h.), then a capitalised word, perhaps behind an opening quotation mark: the next
#: sentence's first word, unless it is a time zone (à 14 h. GMT). Punkt takes "h." for an initial, which ends no
#: sentence before a capital.
_FRENCH_HOUR = regex.compile(
    r"(?<![\w.,:])(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s?h\.(?P<space>\s+)(?=(?:«\s?|[“\"'(])?(?P<word>\p{Lu}[\w'’-]*))"
)
#: The same hour at the end of a piece, before the minutes that Punkt cut from it (à 9 h. 30).
_FRENCH_HOUR_END = re.compile(r"(?<![\w.,:])(?:[01]?\d|2[0-4])\s?h\.\s*$")
#: The longest such hour with its period, plus the character before it that the lookbehind looks at.
_FRENCH_HOUR_REACH = len("24 h.") + 1
#: A unit of one lower-case letter after a number (200 m., 5 g., 40 l.), its period, then a capitalised word, perhaps
#: behind an opening quotation mark. A clock time's "a.m." is left out: its "a." has no space after it.
_UNIT_END = regex.compile(r"(?<![\w.,])\d[\d.,]*\s?[a-z]\.(?P<space>\s+)(?=[\"“‘'(]?(?P<word>\p{Lu}\p{Ll}*)\b)")
#: Minutes after an hour: two digits under 60, and no more digits.
_MINUTES = re.compile(r"[0-5]\d(?![\d.,])")
#: A duration's minutes abbreviated after their number (5 min., 42 min.) at the end of a piece. Before a number it
#: ends no sentence only where that number counts the seconds (42 min. 30 sec.): after a duration, a sentence may open
#: with a number (The race took 5 min. 3 crews left early.).
_DURATION_MINUTES_END = re.compile(r"(?<![\w.,])\d{1,6}(?:[.,]\d{1,3})?\s?min\.\s*$")
#: The longest such duration with its period, plus the character before it that the look-behind looks at.
_DURATION_MINUTES_REACH = len("999999,999 min.") + 1
#: Seconds after a duration's minutes (30 sec., 30 s, 30 Sek., 30 seg., 30 seconds).
_SECONDS_START = re.compile(r"\d{1,2}(?:[.,]\d{1,3})?\s?(?:s|secs?|seconds?|Sek|Sekunden|seg|segundos|sec)\b")
#: A sentence end glued to the next sentence (paragraphs scraped without a space between them): a word of its
#: own, then a capitalised word not followed by more of an address or code ("Monday.The union", not
#: "www.Kessel.org", "ana.Pell@", "newsdiff.Article()"), nor a web domain's ending ("Kessel.Com"). The capitalised
#: word may be in any alphabet ("Montag.Übermorgen"), and opened by Spanish ¿ or ¡ ("lunes.¿Volverá") or a German
#: quotation mark ("sank.„Wir", "sank.»Wir").
_GLUED_END = regex.compile(
    r"(?<![^\s(“\"‘'¿¡])(?P<word>[^\W_]{2,})[.?!‽‼⁇⁈⁉](?!(?:Com|Net|Org)\b)"
    r"(?=[¿¡„‚»›]?(?P<next>\p{Lu}\p{Ll}+)(?![\w.@/(]))"
)
#: Initials glued to the next sentence's capitalised word (in the U.S.The next race): as with a space after them, a
#: sentence starts there only before a common opening word. The run is never given back: backtracking through a line
#: of initials (A.A.A.…) took time growing with its square.
_GLUED_AFTER_INITIALS = regex.compile(
    r"(?<![^\s(“\"‘'])(?P<initials>(?:[^\W\d_]\.){2,}+)(?=(?P<next>\p{Lu}\p{Ll}+)(?![\w.@/(]))"
)
#: A sentence's stop after a word, or an ellipsis, then marks that close a quotation (”, and », perhaps French-spaced)
#: glued to the next sentence's capitalised word (“We are leaving.”Then, « Nous partons. »Puis): scraped paragraphs
#: lose the space after the marks as they lose it after a period, also before the next quotation's opening mark
#: (“We are leaving.”“Then). » opens a German quotation (sank.»Wir), and closes one only where « opened it.
_GLUED_AFTER_QUOTATION = regex.compile(
    r"(?:(?<=[^\W_]{2})[.?!‽‼⁇⁈⁉](?P<ellipsis>)|(?P<ellipsis>…|\.{3}))\s?(?P<marks>[”»]+)"
    r"(?=[“‘]?(?P<word>\p{Lu}\p{Ll}+)(?![\w.@/(]))"
)
#: Sentence stops Punkt does not know: Chinese and Japanese full-width ones (and the half-width ｡), the danda of
#: Hindi, Bengali and other Indian scripts, the Urdu full stop, the Arabic question mark, the Armenian, Myanmar,
#: Khmer and Ethiopic full stops, and the Ethiopic question mark. None of them is written inside a sentence, but for
#: the full-width period ．, which Chinese and Japanese technical writing uses for 。 and text typed in full-width
#: letters for a period (closed．Officials): it is also a decimal point between digits (３．５) and closes an
#: initial (Ｕ．Ｓ．), and there ends nothing.
_SCRIPT_STOPS = "。｡．！？।॥۔؟։။។።፧"
#: Closing brackets and quotation marks, which go with the sentence a stop before them ends.
_CLOSING_MARKS = "」』）】〕》〉”’\"')»"
#: Not where Japanese quotes what closing quotation marks closed, with a particle (」と述べた, 」って).
_NOT_QUOTED_BY_PARTICLE = "(?!(?<=[」』”’\"'»])(?:と|って))"
#: One of those stops, the closing marks after it, and then more text (not a line's end), unless Japanese quotes
#: what the marks closed with a particle (「交渉は失敗した。」と述べた, 」って): that text goes on the sentence.
#: A run of stops is tried once, from its first: tried from each, a line of them took time growing with its square.
_SCRIPT_STOP_END = regex.compile(
    r"(?!(?<=\d)．\d|(?<=(?<!\p{L})\p{Lu})．)"
    rf"(?<![{_SCRIPT_STOPS}])[{_SCRIPT_STOPS}]++[{_CLOSING_MARKS}]*+(?=\s*\S){_NOT_QUOTED_BY_PARTICLE}"
)
#: A vertical bar after a word of Hindi or another Indian script and before more text: typed on a Latin keyboard
#: for the danda (बंद हो गई| यात्री). Between Latin words (Kessel | Port News) it is no stop.
_DANDA_BAR_END = regex.compile(r"(?<=[\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Oriya}]\s?)\|+(?=\s*\S)")
#: Chinese and Japanese letters (with the long-vowel mark ー).
_CJK_LETTERS = r"\p{Han}\p{Hiragana}\p{Katakana}\u30fc"
#: A half-width stop after a Chinese or Japanese letter (and any closing marks), then the next one's letter, perhaps
#: behind an opening mark: scraped text's stand-in for 。！？ (停航.工会, 失败!乘客), with no space after it.
_HALF_WIDTH_STOP_END = regex.compile(
    rf"(?<=[{_CJK_LETTERS}][{_CLOSING_MARKS}]*)[.!?]++[{_CLOSING_MARKS}]*+"
    rf"(?=[「『（“‘\"'(]?[{_CJK_LETTERS}]){_NOT_QUOTED_BY_PARTICLE}"
)
#: White space between two Thai characters: where Thai writers end a sentence (they have no stop), or set a name
#: or a clause apart. Beside a number or a Latin word it only sets that apart.
_THAI_SPACE = regex.compile(r"(?<=\p{Thai})\s+(?=\p{Thai})")
#: The fewest characters a Thai sentence has before such a space ends it: shorter, the space more likely
#: follows a title and a first name (นายสมชาย ใจดี) or a short phrase than a whole sentence.
THAI_MIN_SENTENCE_CHARS = 20
#: Greek's question mark (written as a semicolon) after a Greek letter, any closing marks, and then a capital.
_GREEK_QUESTION = regex.compile(r"\p{Greek}[;\u037e][»”’\"')]*(?=\s+[«“‘\"']?\p{Lu})")
#: A word ending in a period, or an ellipsis (…, spaced . . .), then a quotation mark opening on a capitalised word
#: (the U.S. “We are ready,”, He paused… “Then we stay,”), the mark perhaps a German one („Dann bleiben wir“). A run
#: of periods is read from its first only, as in :data:`_FOUR_DOTS`.
_QUOTED_OPENING = regex.compile(
    r"(?:(?<!\S)(?P<abbreviation>\S+?)\.|…|(?<!\S)(?<!(?<!\S)\.[^\S\n]+)\.(?:[^\S\n]+\.){2,})(?P<space>\s+)[\"“‘'„‚](?P<word>[A-Z][a-z]*)\b"
)
#: A quotation closing on an ellipsis, then a capitalised word (“The ferry may never sail again…” Then he left.). German
#: closes a quotation with the marks English opens one with („Wir bleiben…“ Dann ging er.): right after the ellipsis
#: and before a space, those close it too, as does a » that French sets apart by a space (« Nous partons… » Puis). A
#: run of periods is read from its first only, as in :data:`_FOUR_DOTS`, and never given back: backtracking through a
#: line of spaced periods (". . . …") took time growing with its square.
_QUOTED_ELLIPSIS = regex.compile(
    r"(?:…|(?<!\.[^\S\n]*)\.(?:[^\S\n]*\.){2,}+)(?:[\"'”’»“‘]+|[^\S\n]»)(?P<space>\s+)(?P<word>[A-Z][a-z]*)\b"
)
#: An ellipsis (…, ..., . . .), then white space and a capitalised word of letters, perhaps behind an opening quotation
#: mark, and perhaps elided (C’est, Qu'il).
_ELLIPSIS_THEN_CAPITAL = regex.compile(
    r"(?:…|\.{3}|\.(?:[^\S\n]+\.){2})(?P<space>\s*)[\"“‘'«„‚]?\s?(?P<word>\p{Lu}\p{Ll}*(?:['’]\p{Ll}+)?)(?![\w'’])"
)
#: Words that open a sentence in French, Spanish, Italian and Portuguese news (pronouns, conjunctions, adverbs of
#: time): after an ellipsis, where Punkt ends a sentence only before its English and German opening words, they
#: open one too. Articles that open names (Le Monde, La Paz, El Paso, Los Angeles) are left out; "il" is here as
#: the French pronoun.
_OTHER_OPENING_WORDS = frozenset(
    {
        # French
        "puis", "alors", "ensuite", "mais", "et", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "les",
        "des", "ce", "cette", "ces", "c'est", "pourtant", "donc", "cependant", "enfin", "depuis", "aujourd'hui",
        "hier", "selon", "quand", "qu'il", "personne", "rien",
        # Spanish
        "luego", "entonces", "después", "pero", "él", "ella", "ellos", "ellas", "nosotros", "hoy", "ayer", "según",
        "además", "también", "nadie", "nada", "sin", "aunque",
        # Italian
        "poi", "allora", "però", "dopo", "lui", "lei", "loro", "noi", "oggi", "ieri", "nessuno", "quindi", "ma",
        # Portuguese
        "depois", "então", "mas", "ele", "ela", "eles", "elas", "nós", "hoje", "ontem", "ninguém", "porém",
    }
)  # fmt: skip
#: Opening words of :data:`_OTHER_OPENING_WORDS` that are also an article opening a name: Italian "Il" before a
#: capitalised word (Il Foglio, Il Sole 24 Ore) names a newspaper, as French "Il", a pronoun, is followed by a verb;
#: French "Les" and "Des" before one name a paper, a team or a place (Les Échos, Les Bleus, Des Moines), as before a
#: common noun in lower case (Les syndicats) they open a sentence.
_ARTICLES_OF_NAMES = frozenset({"il", "les", "des"})
#: A people named in the plural after French "Les" or "Des" (Les Français, Des Américains, Les Italiennes, Les
#: Belges): a common noun, capitalised as French writes a people, that opens a sentence as "Les syndicats" does, not
#: a name (Les Échos, Les Bleus, Des Moines). Told by the endings French gives a people, after at least two letters
#: of the word, or by name where it has none of them.
_PEOPLE = regex.compile(
    r"(?:\p{Lu}\p{Ll}{2,}(?:ais|ois|oises|ains|aines|iens|iennes|éens|éennes|ands|andes|ols|oles)"
    r"|(?:Belge|Suisse|Russe|Turc|Grec|Basque|Corse|Slave|Arabe|Kurde|Tchèque|Serbe|Croate|Scandinave)s)(?![\w'’-])"
)
#: White space and a capitalised word, after such an article: the rest of a name.
_CAPITALISED_WORD_NEXT = regex.compile(r"[^\S\n]+\p{Lu}")
#: An editor's omission, an ellipsis in brackets ([…], [...], (…), [. . .]), then a capitalised word, perhaps behind an
#: opening quotation mark: the words left out may have ended a sentence, as a bare ellipsis's may.
_BRACKETED_OMISSION = regex.compile(
    r"[\[(](?:…|\.{3}|\.(?:[^\S\n]+\.){2})[\])](?P<space>\s+)[\"“‘'„‚]?(?P<word>\p{Lu}\p{Ll}*(?:['’]\p{Ll}+)?)\b"
)
#: An emoji (a pictograph, perhaps with a skin tone, a variation selector or joined to others: 👍🏽, ❤️, 👨‍👩‍👧) written
#: instead of a sentence's stop: one or more after a word, then a capitalised word, perhaps behind an opening quotation
#: mark. The signs ©, ® and ™, which Unicode counts as pictographs, stand inside sentences (© The Kessel Herald).
_EMOJI = r"(?![©®™])\p{Extended_Pictographic}[\p{Emoji_Modifier}\ufe0f\u200d]*"
_EMOJI_END = regex.compile(
    rf"(?<=\w[^\S\n]*){_EMOJI}(?:[^\S\n]*{_EMOJI})*(?P<space>\s+)[\"“‘'„‚]?(?P<word>\p{{Lu}}\p{{Ll}}*)\b"
)
#: A run of emoji at the start of a piece, and the white space after it: after a sentence's stop it goes on that
#: sentence (``the harbour. 🚢 Officials``), as a reaction to what it says.
_LEADING_EMOJI = regex.compile(rf"\s*{_EMOJI}(?:[^\S\n]*{_EMOJI})*")
#: Marks that only bullet a list's items: round, square and triangular bullets, arrows and ticks. Not the middle dot
#: "·", which Catalan writes inside words (col·legi), nor a hyphen or a dash, which also set a clause apart.
_BULLETS = "•◦▪▫‣●○■□►▸▶➤➢✓✔"
#: A bullet with white space after it, at the line's start or after a colon: a list written on one line opens there.
_LIST_OPENING_BULLET = re.compile(rf"(?:^|:)\s*(?P<bullet>[{_BULLETS}])\s")
#: A bullet set apart by white space on both sides, inside such a line: it opens the next item.
_INLINE_BULLET = re.compile(rf"(?<=\s)[{_BULLETS}](?=\s)")
#: An opening quotation mark at a line's start, on its word or French-spaced (“The, "The, « Le, «Le): there a
#: quotation opens or, going on over paragraphs, opens again, so the line before ended its sentence.
_REOPENED_QUOTATION = re.compile(r"[“\"](?=\w)|«")
#: A compass point abbreviated with a period and then "of" or "by", or nothing where Punkt cut after it too, at a
#: piece's start (N. of the town, NE. by E.): a direction that goes on the distance before it, never a sentence's start.
_COMPASS_POINT_START = re.compile(r"(?:[NS]{1,2}[EW]?|[EW]|E[NS]E|W[NS]W)\.(?:\s+(?:of|by)\b|\s*\Z)")
#: A word of a headline written in title case: capitalised, perhaps hyphenated or with an apostrophe (Post-Strike,
#: Port's), and no punctuation after it.
_TITLE_WORD = regex.compile(r"\p{Lu}[\p{L}\d'’-]*")
#: Short words a title-case headline leaves in lower case between its capitalised ones.
_TITLE_SMALL_WORD = re.compile(r"a|an|and|as|at|but|by|for|from|in|into|of|on|or|over|the|to|vs|with")
#: The fewest capitalised words a headline glued to the first sentence of its line must have: fewer, and a name
#: (Ana Pell) may be what the sentence is about.
_GLUED_HEADLINE_MIN_WORDS = 3
#: The most words looked through at a line's start for such a headline.
_GLUED_HEADLINE_MAX_WORDS = 20
#: A word, as the headline's are looked through: a run of anything but white space.
_WORD = re.compile(r"\S+")
#: A footnote's mark: its number in brackets ([1], [12]) or in superscript digits (¹, ²³), as encyclopedias and
#: scraped references write it after the sentence it notes.
_FOOTNOTE = r"(?:\[\d{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]++)"
#: Footnote marks after a sentence's stop (and any closing marks), then white space and a capitalised word, perhaps
#: behind an opening quotation mark: the next sentence starts there (He left.¹ The ferry sank.). Punkt took the mark
#: for the end of a word, which ends no sentence, or opened the next sentence with it.
_FOOTNOTE_END = regex.compile(rf"(?<=[.?!‽‼⁇⁈⁉…][\"'”’»)]*){_FOOTNOTE}++(?P<space>\s+)(?=[\"“‘'«„]?\p{{Lu}})")
#: A piece that is only footnote marks: they note the sentence before, and go on it.
_FOOTNOTES_ONLY = regex.compile(rf"(?:{_FOOTNOTE}\s*+)++")
#: Four dots (a sentence's period and an ellipsis: "again....", "again. . . .", "again…."), then a capitalised word.
#: A run of periods is read from its first only: read again from each, a long run of them that matches nowhere (a row
#: of leader dots, ". . . . .") took time growing with the square of its length.
_FOUR_DOTS = regex.compile(
    r"(?:(?<!\.[^\S\n]*)\.(?:[^\S\n]*\.){3,}|…[^\S\n]*\.|\.[^\S\n]*…)(?P<space>[^\S\n]+)(?=[\"“‘'(]?[A-Z])"
)
#: A number and its period at a piece's end, perhaps after a German article or preposition (am 3., der 2., zum 5.)
#: or a German weekday and a comma (Mittwoch, 4.), or one abbreviated (Sa. 3., Fr., 3.): German writes an ordinal so,
#: and the month or noun after it is
#: capitalised ("am 3. Oktober", "der 2. Tag", "Mittwoch, 4. November"). "am" is left out: in English, "I am 52."
#: ends a sentence. After a German preposition without an article (gegen, für, zu), the number is taken for an ordinal
#: only before a club's name (gegen 1. FC Köln): "zwischen 2 und 3. Danach" ends a sentence.
_ORDINAL_NUMBER = re.compile(
    r"(?:\b(?:(?P<weekday>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag),|"
    r"(?P<short_weekday>(?:Mo|Di|Mi|Do|Fr|Sa|So)\.),?|"
    r"(?P<word>(?i:im|vom|zum|beim|bis|seit|ab|der|die|das|den|dem|des)|[Aa]m)|"
    r"(?P<preposition>(?i:gegen|gegenüber|für|mit|bei|nach|über|unter|zu|von|vor|hinter|neben|wie|als)))\s+)?"
    r"(?<![\d.,])(?P<number>\d{1,3})\.\s*$"
)
#: A day's number and its period at a piece's end, perhaps after its month's (3. or 3. 10.): German writes a date in
#: numbers so, sometimes with spaces (am 3. 10. 2025), and Punkt cut after each period.
_DAY_NUMBER_END = re.compile(r"(?<![\w.,])(?:0?[1-9]|[12]\d|3[01])\.(?P<month>\s?(?:0?[1-9]|1[0-2])\.)?\s*$")
#: The longest such day and month with their periods, plus the character before them that the look-behind sees.
_DAY_NUMBER_REACH = len("31. 12.") + 1
#: A month's number and its period at a piece's start, then a year, lower case, punctuation or the end (10. 2025,
#: 10. wieder): the rest of a date after its day.
_MONTH_NUMBER_START = regex.compile(r"(?:0?[1-9]|1[0-2])\.(?:\s+\d{4}(?![\d.,])|\s+\p{Ll}|[,;:]|\s*$)")
#: A year at a piece's start, after a date's day and month (3. 10. 2025).
_YEAR_START = re.compile(r"\d{4}(?![\d.,])")
#: The start of a German sports club's name after its ordinal: Fußball-Club, Sport-Verein and the like (1. FC Köln,
#: 1. FSV Ardo, 1. FFC Kessel, 1. SC Ardo).
_GERMAN_CLUB = re.compile(r"(?:F?FC|FSV|S?SC|SSV|T?SV|TSG|VfB|VfL|BFC)\s")
#: The longest German word or weekday above, the space after it and a number of three digits with its period.
_ORDINAL_NUMBER_REACH = len("Donnerstag, 100.") + 1
#: A German weekday abbreviated (Mo., Di., Mi., Do., Fr., Sa., So.), perhaps with a comma, at a piece's end: before
#: a clock time or a date (am Do. 14 Uhr, Mo.–Fr. 8 bis 18 Uhr, am Sa., 3. Mai) it ends no sentence. Only so
#: capitalised, and not after a letter or a period, so that "do." or "so." stays a word; and only before a time or a
#: date (:data:`_TIME_OR_DATE_START`), as English "So." or "Do." before a number ends a sentence (So. 12 people came.).
_SHORT_WEEKDAY_END = re.compile(r"(?<![\w.])(?:Mo|Di|Mi|Do|Fr|Sa|So)\.,?\s*\Z")
#: The longest such weekday with its period and comma, plus the character before it that the look-behind sees.
_SHORT_WEEKDAY_REACH = len("Do.,") + 1
#: A clock time or a date at a piece's start, as German writes them after a weekday: an hour (14 Uhr, 9:30 Uhr, 9.30,
#: 8 bis 18 Uhr, 8–18 h), or a day's number before its month, in numbers or words (3. Mai, 3.5., 6. Sept.), or alone
#: where Punkt cut the month off.
_TIME_OR_DATE_START = re.compile(
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:(?:-|–|bis)\s*\d{1,2}(?:[:.]\d{2})?\s*)?(?:Uhr|h)\b"
    r"|\d{1,2}[:.][0-5]\d(?![\d.,])"
    r"|\d{1,2}\.\s*(?:\d{1,2}\.|(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)|\Z)"
)
#: German "Fr." as Friday (Freitag) rather than Frau: after a word that leads to a day (am Fr., bis Fr., ab Fr.,
#: jeden Fr.) or a range of days (Mo.–Fr., Mo. bis Fr.), then a capitalised word, perhaps behind an opening
#: quotation mark. Punkt takes it for the title, which ends no sentence.
_FRIDAY_END = regex.compile(
    r"(?:(?<![\w.])(?i:am|bis|ab|seit|vom|zum|jeden|nächsten|kommenden|vergangenen|letzten|diesen)\s+"
    r"|(?<![\w.])(?:Mo|Di|Mi|Do)\.(?:\s*[-–]\s*|\s+bis\s+))"
    r"Fr\.(?P<space>\s+)(?=[\"„“‘'«]?(?P<word>\p{Lu}\p{Ll}*)\b)"
)
#: A German month after a day's number, written out or abbreviated (3. Okt., 24. Dez., 1. Jan.): spelt as only German
#: spells it, or after an article or a preposition.
_GERMAN_MONTH = re.compile(
    r"(?:(?P<german>Januar|Jänner|Februar|März|Juni|Juli|Oktober|Dezember|(?:Okt|Dez|Mär)\.)"
    r"|Mai|April|August|September|November|(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Nov)\.)(?!\w)"
)
#: A month abbreviated (English Oct., Spanish, French or Italian oct. after a day's number: 3 de oct., 3 oct.) or
#: Russian "г." (год, year) after a year, then white space and a capitalised word, perhaps behind an opening
#: quotation mark or bracket. An article or a possessive before an English month (the Oct. meeting, its Oct. report)
#: makes it a word's qualifier.
_DATE_THEN_CAPITAL = regex.compile(
    r"(?:(?<![\w.])(?P<article>(?i:the|a|an|its|his|her|their|our)\s+)?(?<![\w.])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    r"|(?<=(?<![\w.,])\d{1,2}\s+(?:de\s+)?)(?:ene|feb|mar|abr|ago|sept?|oct|nov|dic|janv|févr|avr|juil|déc|gen|giu|lug"
    r"|ott)"
    r"|(?<=(?<![\w.,])\d{4}\s?)гг?)\.(?P<space>\s+)(?=[\"“‘'«„(]?(?P<word>\p{Lu}\p{Ll}+)\b)"
)
#: "And so on" abbreviated in Russian (и т. д., и т. п., и др.) or German (u. ä., u. Ä., u. v. m.), then white space
#: and a capitalised word, perhaps behind an opening quotation mark or bracket.
_AND_SO_ON = regex.compile(
    r"(?<!\w)(?:(?P<russian>и\s?т\.\s?[дп]|и\s?др)|u\.\s?[äÄ]|u\.\s?v\.\s?m)\.(?P<space>\s+)"
    r"(?=[\"“‘'«„(]?(?P<word>\p{Lu}\p{Ll}*))"
)
#: A day's number or a year before such a month or "г." (3 de oct., 5 Oct., 2025 г.), where the date starts.
_DAY_OR_YEAR_BEFORE = re.compile(r"(?<![\w.,])\d{1,4}\s*(?:de\s+)?\Z")
#: The fewest words a sentence has before a date that ends it: fewer, and the date opens it (In Oct. Kessel signed).
_WORDS_BEFORE_A_CLOSING_DATE = 3
#: How far before a month its day or year is looked for (3 de oct.: a few digits, white space and "de").
_DATE_REACH = 40
#: How far before a date the words since a sentence's stop are first looked for; read from the line's start, each date
#: of a long line took time that grew with the line.
_SENTENCE_REACH = 200
#: A sentence's stop and the white space after it, where the words before a date are counted from.
_STOP_THEN_SPACE = re.compile(r"[.?!‽‼⁇⁈⁉…][\"'”’»)]*\s")
#: Conjunctions that open a clause, in which a date may open as it opens a sentence (but in Oct. Kessel signed).
_CONJUNCTIONS = frozenset({"and", "but", "or", "y", "pero", "e", "et", "mais", "ou", "o", "ma", "и", "но", "а"})
#: A company's name and its legal form abbreviated (Kessel Inc., Ardo Corp., Lenz & Co.), then a capitalised name of
#: one to three words and a lower-case word or a comma after it, as a sentence's subject and verb (Brell said, Ana
#: Pell, its founder, said). "Co." after a comma is an Irish county (Thomastown, Co. Kilkenny), and "Bros." is inside
#: names more often than at their end, so neither is read so.
_COMPANY_THEN_NAME = regex.compile(
    r"(?:(?<=(?:\p{Lu}[\w&'’-]*|&),?\s+)(?:Inc|Corp|Ltd|LLC|Plc|PLC|plc)|(?<=(?:\p{Lu}[\w&'’-]*|&)\s+)Cos?)\.(?P<space>\s+)"
    r"(?=(?P<word>\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+){0,2}(?:,|\s+\p{Ll}))"
)
#: Titles and parts of a company that follow its name inside a sentence (Kessel Inc. Chief Executive Ana Pell, Kessel
#: Inc. Class A shares): no sentence starts with them there.
_COMPANY_ROLES = frozenset(
    {
        "chief", "executive", "president", "vice", "chairman", "chairwoman", "chair", "founder", "cofounder",
        "co-founder", "spokesman", "spokeswoman", "spokesperson", "director", "managing", "general", "senior", "head",
        "board", "class", "shares", "stock", "treasurer", "secretary", "deputy", "owner", "unit", "subsidiary",
    }
)  # fmt: skip
#: A street's type abbreviated (St., Ave., Rd.), then a capitalised name of one to three words and a lower-case word or
#: a comma after it, as a sentence's subject and verb (Downing St. Brell said). Only after the street's name and a
#: preposition of place or a house number (:data:`_STREET_PLACE_BEFORE`) is "St." a street: after a first name it opens
#: a surname (Ana St. Clair said).
_STREET_THEN_NAME = regex.compile(
    r"(?<![\w'’.-])(?:St|Ave|Rd|Blvd|Hwy|Pkwy)\.(?P<space>\s+)"
    r"(?=(?P<word>\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+){0,2}(?:,|\s+\p{Ll}))"
)
#: A preposition of place or a house number, then a street's name of one to three capitalised words, at the end of the
#: text before a street's type (at Downing, on Elm, at 10 Elm, along Shore).
_STREET_PLACE_BEFORE = regex.compile(
    r"(?<![\w'’-])(?:(?i:at|on|in|off|near|along|down|up|into|onto|outside|opposite|past|via)\s+(?:\d+[a-z]?\s+)?"
    r"|\d+[a-z]?\s+)\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*){0,2}\s+\Z"
)
#: How far before a street's type its place and name are looked for.
_STREET_PLACE_REACH = 80
#: Words that follow a street's name inside a sentence, as what it names or a part of it (the Wall St. Journal, Elm St.
#: Station): no sentence starts with them there.
_STREET_ROLES = frozenset(
    {"journal", "station", "bridge", "market", "church", "pier", "tunnel", "exit", "entrance", "corner", "mall"}
)
#: A state or a country abbreviated after its city and a comma (Washington, D.C.; Portland, Ore.; Kessel, U.K.), or a
#: name's suffix (Brell Sr., Brell, Jr.), then a capitalised name of one to three words and a lower-case word or a
#: comma after it, as a sentence's subject and verb (Brell said, Ana Pell, its captain, stayed). The state is
#: initials that are a known abbreviation, or one of :data:`_STATES`: abbreviations that stand before a name after a
#: comma (Thomastown, Co. Kilkenny; Kessel, St. Ives and Penzance) are none. After a Spanish article, "Sr." is the
#: title Señor before a name (El Sr. García llegó.), as it is after a lower-case one, which no name is.
_PLACE_OR_SUFFIX_THEN_NAME = regex.compile(
    r"(?:(?<=\p{Lu}[\w'’-]*,?\s+)(?<!(?<![\w'’-])(?:El|Del|Al)\s+)(?:Jr|Sr|Jnr|Snr)|(?<=\p{Lu}[\w'’-]*,\s+)(?:(?P<initials>(?:[A-Z]\.){1,3}[A-Z])|(?P<state>[A-Z][a-z]{1,4})))"
    r"\.(?P<space>\s+)(?=(?P<word>\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+){0,2}(?:,|\s+\p{Ll}))"
)
#: A degree after an article, a possessive or a name and its comma (a Ph.D., her M.D., Ana Pell, M.D.), or "per cent"
#: written in initials after a number (5 p.c.), then a capitalised name of one to three words and a lower-case word or
#: a comma after it, as a sentence's subject and verb (Brell said). Punkt takes such initials for an abbreviation,
#: which ends a sentence only before a common opening word.
_DEGREE_OR_PERCENT_THEN_NAME = regex.compile(
    r"(?:(?<=(?<![\w.,])\d[\d.,]*\s?)p\.c"
    r"|(?<=(?<![\w.])(?i:a|an|her|his|their|its|our|my|your)\s+|\p{L},\s+)(?:Ph\.D|M\.D|M\.B\.A|D\.Phil|LL\.M|M\.Sc|B\.Sc))"
    r"\.(?P<space>\s+)(?=(?P<word>\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+){0,2}(?:,|\s+\p{Ll}))"
)
#: Words that follow a degree inside a sentence, as what it qualifies (a Ph.D. Student, an M.B.A. Program).
_DEGREE_ROLES = frozenset(
    {"student", "students", "candidate", "candidates", "program", "programme", "thesis", "course"}
)
#: States of the United States and provinces of Canada as news abbreviates them after a city (Portland, Ore.).
_STATES = frozenset(
    {
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
        "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "vt",
        "va", "wash", "wis", "wyo", "ont", "que", "alta", "sask",
    }
)  # fmt: skip
#: Words that follow a place inside a sentence, as what it qualifies or a title held there (Washington, D.C. Mayor
#: Ana Pell; London, U.K. Prime Minister; D.C. Police Chief), or a school's "Sr." or "Jr." (Kessel Sr. High School):
#: no sentence starts with them there.
_PLACE_ROLES = frozenset(
    {
        "mayor", "police", "council", "city", "county", "governor", "state", "federal", "national", "metro",
        "public", "fire", "school", "schools", "transit", "court", "superior", "supreme", "health", "department",
        "attorney", "district", "prime", "minister", "foreign", "home", "interior", "defense", "defence", "finance",
        "army", "navy", "coast", "border", "government", "parliament", "congress", "ambassador", "embassy", "consul",
        "port", "harbor", "harbour", "airport", "high", "varsity",
    }
)  # fmt: skip
#: A country in initials after a preposition of place or motion and "the" (arrived in the U.S., flew to the U.K.), then
#: a capitalised name of one to three words, perhaps a description between commas, and a verb of saying: a sentence's
#: speaker and verb (arrived in the U.S. Brell said). Punkt takes the initials for an abbreviation, which ends a
#: sentence only before a common opening word; a name of the country's own (the U.S. Senate said) is told apart by
#: :data:`_COUNTRY_ROLES`.
_COUNTRY_THEN_SPEAKER = regex.compile(
    r"(?<![\w'’-])(?i:in|to|from|into|across|throughout|inside|outside|around|left|visited|reached|toured)\s+"
    r"(?i:the)\s+(?:U\.S\.A|U\.S|U\.K|U\.A\.E)\.(?P<space>\s+)"
    r"(?=(?P<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})(?:,\s+[^,.!?;:\n]{1,60},)?\s+"
    r"(?:said|says|told|tells|added|argued|warned|noted|wrote|stated|explained|announced|confirmed|insisted|replied"
    r"|asked|denied|claimed|recalled)\b)"
)
#: How many words must stand before such a place for it not to open its sentence: one word may be an adverb (Back in
#: the U.S., Meanwhile in the U.K.), two a subject and its verb (He flew to the U.K.).
_WORDS_BEFORE_A_PLACE = 2
#: Words of a country's own institutions, offices and teams, which follow its initials inside a sentence (the U.S.
#: Senate said, the U.K. Met Office said, the U.S. Open): no sentence starts with them there.
_COUNTRY_ROLES = frozenset(
    {
        "senate", "house", "congress", "capitol", "treasury", "military", "marines", "marine", "air", "forces",
        "force", "guard", "command", "open", "steel", "virgin", "census", "bureau", "office", "agency", "service",
        "administration", "commission", "committee", "reserve", "bank", "central", "survey", "geological", "trade",
        "commerce", "justice", "labor", "labour", "energy", "agriculture", "customs", "immigration", "postal", "mint",
        "olympic", "team", "squad", "side", "delegation", "envoy", "representative", "representatives", "secretary",
        "surgeon", "special", "envoys", "mission", "consulate", "institute", "center",
        "centre", "academy", "met", "secret", "intelligence", "regulators", "regulator", "ministry",
    }
)  # fmt: skip
#: French "av." or "ap." (avant, après) at a piece's end, and "J.-C." (Jésus-Christ) at the next one's start: a
#: year before or after Christ (en 50 av. J.-C., 14 ap. J.-C.), which Punkt cut after the abbreviation it does not know.
_BEFORE_CHRIST_END = re.compile(r"(?<![^\W\d_])(?:av|ap|apr)\.\s*\Z")
_CHRIST_START = re.compile(r"J\.?-C\.")
#: The longest of those abbreviations with its period, plus the character before it that the look-behind sees.
_BEFORE_CHRIST_REACH = len("apr.") + 1
#: Opening quotation marks with white space on both sides at the end of Punkt's sentence (lundi. « Nous): they
#: open the next one.
_SPACED_OPENING_MARKS = re.compile(r"(?<=\S)\s+(?P<marks>[«“‘]+)$")
#: Initials (U.K., U.S.) with nothing before them but an article, a quantifier or a conjunction: no sentence.
_BARE_INITIALS = re.compile(r"\s*(?:(?:(?i:the|both|all|and|or)|(?:[A-Z]\.){2,})\s+)*(?:[A-Z]\.){2,}\s*")
#: A Spanish plural abbreviation's first half at a piece's end (EE. of EE. UU., JJ. of JJ. OO., CC. of CC. AA.):
#: Spanish doubles an initial for a plural, and a pair of them is one abbreviation, whose second half goes on it.
_DOUBLED_INITIAL_END = re.compile(r"(?<![^\W\d_])(?P<letter>[A-Z])(?P=letter)\.\s*\Z")
#: The longest such half with its period, plus the character before it that the look-behind sees.
_DOUBLED_INITIAL_REACH = len("EE.") + 1
#: The second half of such an abbreviation at a piece's start (UU. of EE. UU.).
_DOUBLED_INITIAL_START = re.compile(r"(?P<letter>[A-Z])(?P=letter)\.(?!\w)")
#: "For example" abbreviated in two words at a piece's end: French and Portuguese "p. ex." (also "p.ex."), Spanish
#: "p. ej.", Italian "ad es.". It introduces an example, which goes on its sentence whatever its first letter.
_FOR_EXAMPLE_END = re.compile(r"(?<![^\W\d_])(?:p\.\s?e[xj]|ad\ses)\.\s*\Z")
#: The longest of those with its period, plus the character before it that the look-behind sees.
_FOR_EXAMPLE_REACH = len("p. ex.") + 1
#: Italian's "On." (Onorevole, a member of parliament's title) after an elided article or preposition (l'On., dell'On.):
#: before a name it ends no sentence. Bare, "On." is an English word that may end one ("Game On."), so it is not known.
_ELIDED_ONOREVOLE = re.compile(r"(?<![^\W\d_])(?i:l|dell|all|dall|nell|sull|coll|pell|quell|un)['’][Oo]n\.\s*\Z")
#: The longest of those with its period, plus the character before it that the look-behind sees.
_ELIDED_ONOREVOLE_REACH = len("quell'on.") + 1
#: Dutch "ir." (ingenieur, an engineer's title) at a piece's end after a word that, in Dutch, leads to a name (van,
#: door, volgens, aldus, de heer, dhr., dr.): before a name it ends no sentence. Spanish "ir." (to go) ends one, and
#: follows other words (para ir., de ir., en ir.), which are left out; so is Dutch "de", which is Spanish too.
_DUTCH_ENGINEER_END = re.compile(
    r"(?<![^\W\d_])(?i:van|door|met|aan|bij|voor|volgens|aldus|zegt|zei|heer|mevrouw|dhr\.|mevr\.|dr\.|drs\.|prof\.|ing\.)"
    r"\s{1,3}ir\.\s*\Z"
)
#: The longest of those with its period, plus the character before it that the look-behind sees.
_DUTCH_ENGINEER_REACH = len("volgens   ir.") + 1
#: Italian "Mons." (monsignore, a prelate's title) at a piece's end after a word that, in Italian, leads to a name (il,
#: del, col, e, di, da, con, ha, S.E.): before a name it ends no sentence. Bare, "Mons." is also a Belgian city, which
#: ends sentences after English words (in Mons., to Mons.), so Italian "in" and "a" are left out.
_MONSIGNOR_END = re.compile(
    r"(?<![^\W\d_])(?:(?i:il|del|dal|al|nel|sul|col|dello|e|ed|di|da|con|per|tra|fra|che|ha|è|detto|parla|ricevuto"
    r"|incontrato|parlato|celebrato|presieduto)\s{1,3}|(?:S\.\s?E|Ecc)\.\s{0,3})Mons\.\s*\Z"
)
#: The longest of those with its period, plus the character before it that the look-behind sees.
_MONSIGNOR_REACH = len("incontrato   Mons.") + 1
#: Portuguese "Lda." (licenciada, a graduate's title) at a piece's end after a lower-case word or an article opening
#: the piece (a Lda. Marta Pires, A Lda. Silva): before a name it ends no sentence. After a capitalised name it is a
#: company's legal form (Kessel, Lda.), which ends a sentence as any word does.
_LICENCIADA_END = regex.compile(r"(?<![^\W\d_])\p{Ll}[\p{Ll}'’-]*\s{1,3}Lda\.\s*\Z")
#: How far back the word before "Lda." is looked for: one of up to eighteen letters, its spaces and the title.
_LICENCIADA_REACH = len("desenvolvimentos   Lda. ") + 1
#: A Portuguese article and the title, a whole piece, opening a sentence before a name (A Lda. Silva disse).
_LICENCIADA_OPENINGS = [[article, "Lda."] for article in ("A", "À", "Da", "Na", "Pela")]
#: A German doctor's title with its faculty at a piece's end (Dr. med., Dr. rer. nat., Dr. med. dent.):
#: the faculty, which Punkt does not know, stands between the title and the name, and so ends no sentence. The
#: faculties are article.py's, which the headline check reads as well.
_DOCTORS_FACULTY_END = re.compile(rf"\bDr\.(?:\s*(?:{'|'.join(sorted(DOCTORS_FACULTIES))})\.)+\s*\Z")
#: The longest title with faculties this reaches back for, plus the character before it that \b looks at.
_DOCTORS_FACULTY_REACH = len("Dr. rer. nat. habil. mult. ") + 1
#: A professor emeritus's title at a piece's end (Prof. em., Prof. Dr. em.): "em." stands between the title and the
#: name, and so ends no sentence. Alone, "em." is no abbreviation: German "EM." (a championship) ends sentences.
_EMERITUS_END = re.compile(r"\bProf\.(?:\s*Dr\.)?\s*em\.\s*\Z")
#: The longest title this reaches back for, plus the character before it that \b looks at.
_EMERITUS_REACH = len("Prof.  Dr.  em. ") + 1
#: French "av." (avenue) after a house number or an elided article, at a piece's end (12 av., 12, av., l'av.): it
#: stands before the street's name and so ends no sentence. Elsewhere "av." is "avant" (50 av. J.-C.) or a word.
_AVENUE_END = re.compile(r"(?:(?<![\w.,])\d{1,5}(?:\s?(?:bis|ter|[a-z]))?,?\s+|\b[lL]['’])av\.\s*\Z")
#: The longest such avenue with its number, plus the character before it that the look-behind looks at.
_AVENUE_REACH = len("12345 bis, av. ") + 1
#: Words that open a sentence, and never follow initials as what they qualify (the U.K. ministers, not the U.K. they).
_OPENING_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "there", "he", "she", "it", "they", "we", "i", "you"}
)
#: A time zone's letters (GMT, ET, CEST, GMT+3).
_ZONE = re.compile(r"[A-Z]{2,5}(?:[+-]\d{1,2})?")
#: Last words of a name that goes with a clock time (8 p.m. Election Day, 11 p.m. New Year's Eve, Moscow Time).
_CLOCK_NAME_ENDS = frozenset({"Time", "Standard", "Daylight", "Day", "Eve"})
#: Characters that show nothing and join nothing: soft hyphen, zero-width space, word joiner, byte-order
#: mark. A sentence's text leaves them out (its span still covers them); joiners that shape a script stay.
INVISIBLE = SOFT_HYPHEN + ZERO_WIDTH
_INVISIBLE = str.maketrans(dict.fromkeys(INVISIBLE))
#: A word broken at a line's end: a letter, a soft hyphen (perhaps among other invisible characters) and white space
#: with a line break in it, then the word's lower-case rest (nego\u00ad / tiations). Typeset text and pages that
#: hyphenate break words so; the soft hyphen shows where, and the word's text is written whole again.
_SOFT_HYPHENATED_BREAK = regex.compile(
    rf"(?<=\p{{L}})[{ZERO_WIDTH}]*{SOFT_HYPHEN}[{INVISIBLE}]*[^\S\n\u2028\u2029]*[\n\u2028\u2029]\s*(?=\p{{Ll}})"
)
#: A drop cap: a paragraph's first letter set on a line of its own, then the rest of its word in lower case on the next
#: (T / he talks). "A", "I" and "O" alone are words too (A / man said), so after them the space is kept, unless what
#: the two make is one of :data:`_DROP_CAP_WORDS` (I / t was).
_DROP_CAP = regex.compile(r"(?P<letter>\p{Lu})[^\S\n\u2028\u2029]*[\n\u2028\u2029]\s*(?=\p{Ll})")
_ONE_LETTER_WORDS = frozenset("AIO")
#: A line's start in lower case, perhaps after white space: where a word broken at the line before goes on.
_LOWER_CASE_LINE_START = regex.compile(r"[^\S\n\u2028\u2029]*\p{Ll}")
#: An ellipsis at the start of a piece, and the first character after it (a quotation cut at its start: "…And").
_LEADING_ELLIPSIS = re.compile(r"(?:…|\.{3})\s*(?P<next>\S?)")
#: An ellipsis: the character, or periods with spaces between them (". . .", and ". . . ." after a sentence's own).
_ELLIPSIS = re.compile(r"…|\.(?:[^\S\n]+\.){2,}")
#: Punkt reads a long line this many characters at a time: NLTK stops any of its regular expressions that
#: runs longer than a time limit over one text, and a whole article on one line, read at once, can reach it.
PUNKT_WINDOW = 10_000
#: A sentence longer than this many characters is cut at white space, to bound the cost of pathological input.
MAX_SENTENCE_CHARS = 2000
#: Commas after which an over-long run without white space is cut: Chinese and Japanese put no space between words.
_CUT_AFTER = "，、"
#: What shows as one character: Unicode's extended grapheme cluster (a letter and its accents, a flag, an emoji
#: joined of several), which a cut must not split.
_GRAPHEME = regex.compile(r"\X")


@dataclass(frozen=True)
class SentenceSpan:
    """A sentence: its span of the loaded text and its cleaned text (white space folded)."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def punkt_parameters() -> PunktParameters:
    """The shipped Punkt parameters (abbreviations and sentence starters for English news)."""
    from nltk.tokenize.punkt import PunktParameters

    data = punkt_data()
    params = PunktParameters()
    params.abbrev_types = set(data["abbrev_types"])
    params.sent_starters = set(data["sent_starters"])
    params.collocations = {tuple(pair) for pair in data["collocations"]}
    return params


@lru_cache(maxsize=1)
def _news_punkt() -> type[PunktSentenceTokenizer]:
    """The class of newsdiff's Punkt tokenizer.

    It is made when the first text is split, not when newsdiff is imported: importing any part of
    NLTK imports the whole of it, which takes seconds where SciPy is installed, and reading results,
    drawing reports or asking for help needs none of it.
    """
    from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer

    class _NewsLanguageVars(PunktLanguageVars):  # type: ignore[misc]  # NLTK has no type hints
        """Punkt's English with the interrobang and the doubled marks ending a sentence, as ? and ! do."""

        __slots__ = ()
        sent_end_chars = (".", *_EXCLAMATIONS)

    class _NewsPunkt(PunktSentenceTokenizer):  # type: ignore[misc]  # NLTK has no type hints
        """Punkt with what news writing adds to its rules of thumb."""

        def __init__(
            self,
            params: PunktParameters,
            capitalised_abbreviations: frozenset[str],
            titlecase_abbreviations: frozenset[str],
            titles: frozenset[str],
            titlecase_titles: frozenset[str],
            aliases: frozenset[str],
        ) -> None:
            super().__init__(params, lang_vars=_NewsLanguageVars())
            #: Abbreviations that are also words (Ill., Mass., Wash.): abbreviations only when capitalised.
            self.capitalised_abbreviations = capitalised_abbreviations
            #: Abbreviations that are others in capitals (French Pr., not PR.): only with a capital, then lower case.
            self.titlecase_abbreviations = titlecase_abbreviations
            #: Titles and ranks (Mr., Sen., Gen.): capitalised, they stand before a name and never end a sentence.
            self.titles = titles
            #: Titles that are others in capitals (German Hr., not HR.): titles only with a capital, then lower case.
            self.titlecase_titles = titlecase_titles
            #: Marks of another name (a.k.a., f.k.a.): in any case, they stand before a name as titles do.
            self.aliases = aliases

        def is_title(self, word: str) -> bool:
            """Whether ``word``, written without its period, is a title before a name (``Mr``, ``Sen``, German ``Hr``),
            or the mark of another name (``a.k.a``), which stands before one as a title does.

            A title is one only when capitalised (``a sales rep.`` ends a sentence), and German ``Hr`` only when
            written with a capital and then lower case, as ``HR.`` ends English sentences.
            """
            lower = word.lower()
            return (
                (word[:1].isupper() and lower in self.titles)
                or (word.istitle() and lower in self.titlecase_titles)
                or lower in self.aliases
            )

        def _first_pass_annotation(self, aug_tok: PunktToken) -> None:
            super()._first_pass_annotation(aug_tok)
            tok = aug_tok.tok
            capitalised = tok[0].isupper() and tok[:-1].lower() in self.capitalised_abbreviations
            titlecase = tok[:-1].istitle() and tok[:-1].lower() in self.titlecase_abbreviations
            if aug_tok.sentbreak and (
                _INITIALS.fullmatch(tok) or capitalised or titlecase or self._elided_abbreviation(tok)
            ):
                aug_tok.sentbreak = False
                aug_tok.abbr = True

        def _elided_abbreviation(self, tok: str) -> bool:
            """Whether ``tok`` is an abbreviation with an elided article (Italian ``l'Avv.``, ``dell'Ing.``).

            Written in lower case (``l'avv.``, ``dell'ing.``), only a title counts: ``dall'est.`` (from the east)
            is a word.
            """
            found = _ELIDED_ABBREVIATION.fullmatch(tok)
            if not found:
                return False
            word = found["word"].lower()
            if found["word"].islower():
                return word in self.titles or word == _ELIDED_ENGINEER
            return word in self._params.abbrev_types or word in self.titles

        def _second_pass_annotation(self, aug_tok1: PunktToken, aug_tok2: PunktToken | None) -> str | None:
            reason: str | None = super()._second_pass_annotation(aug_tok1, aug_tok2)
            # Punkt ends a sentence after an abbreviation before an opening word, but names can be such words too
            # (Mr. Most, Sen. Even, Rev. So), and a title is followed by a name.
            tok = aug_tok1.tok
            if aug_tok1.sentbreak and tok.endswith(".") and self.is_title(tok[:-1]):
                aug_tok1.sentbreak = False
                aug_tok1.abbr = True
            return reason

        def _ortho_heuristic(self, aug_tok: PunktToken) -> bool | str:
            # Punkt takes a lowercase first letter as proof that no sentence starts here; not for iPhone or eBay.
            if _LOWERCASE_NAME.match(aug_tok.tok):
                return "unknown"
            verdict: bool | str = super()._ortho_heuristic(aug_tok)
            return verdict

        def _realign_boundaries(self, text: str, slices: Iterable[slice]) -> Iterator[slice]:
            # Punkt moves marks that start a sentence before a space onto the sentence before, as it should closing
            # ones ("(Sent1.) Sent2."), but an opening mark with a space on both sides, as French writes « Nous »,
            # opens the next sentence: it goes back there.
            before: slice | None = None
            for piece in super()._realign_boundaries(text, slices):
                if before is not None:
                    if found := _SPACED_OPENING_MARKS.search(text, before.start, before.stop):
                        before, piece = slice(before.start, found.start()), slice(found.start("marks"), piece.stop)
                    yield before
                before = piece
            if before is not None:
                yield before

    return _NewsPunkt


@lru_cache(maxsize=1)
def _clock_followers() -> frozenset[str]:
    """Words that follow a clock time within a sentence: days, months, time zones (at 9 a.m. Monday, Eastern)."""
    return frozenset(punkt_data()["clock_followers"])


def _distance_units() -> str:
    """The shipped units of distance (``distance_units``: ft, km, mi) as alternatives of a pattern, longest first."""
    units = sorted(punkt_data()["distance_units"], key=lambda unit: (-len(unit), unit))
    return "|".join(re.escape(unit) for unit in units)


@lru_cache(maxsize=1)
def _distance_end() -> re.Pattern[str]:
    """A distance abbreviated with a period at a piece's end (5 km., 12 mi., 300 ft.), which Punkt took for a
    sentence's end before the capital of a compass point."""
    return re.compile(rf"(?<![\w.])\d[\d.,]*\s?(?:{_distance_units()})\.\s*\Z")


@lru_cache(maxsize=1)
def _distance_reach() -> int:
    """The longest such distance :func:`_distance_end` reaches back for (a number of up to seven characters and the
    longest unit with its period), plus the character before it."""
    return len("100,000 .") + max(map(len, punkt_data()["distance_units"])) + 1


@lru_cache(maxsize=1)
def _distance_then_capital() -> regex.Pattern[str]:
    """A distance abbreviated with a period after a number (300 ft., 5 km.), then a capitalised word, perhaps behind
    an opening quotation mark or bracket."""
    return regex.compile(rf"(?<![\w.,])\d[\d.,]*\s?(?:{_distance_units()})\.(?P<space>\s+)(?=[\"“‘'«„(]?\p{{Lu}})")


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    data = punkt_data()
    capitalised, titles = frozenset(data["capitalised_abbrev_types"]), frozenset(data["title_types"])
    titlecase, titlecase_titles = frozenset(data["titlecase_abbrev_types"]), frozenset(data["titlecase_title_types"])
    aliases = frozenset(data["alias_types"])
    return _news_punkt()(punkt_parameters(), capitalised, titlecase, titles, titlecase_titles, aliases)


def segment(cleaned: CleanText) -> tuple[SentenceSpan, ...]:
    """Split cleaned text into sentences whose offsets point into the loaded text.

    >>> from newsdiff.clean import clean
    >>> [s.text for s in segment(clean("They met at 9:15 p.m. GMT. It went well."))]
    ['They met at 9:15 p.m. GMT.', 'It went well.']
    """
    kept = cleaned.kept
    lines: list[tuple[int, int, list[tuple[int, int]]]] = []
    offset = 0
    for line in _LINE_BREAK.split(kept):
        if line.strip():
            pieces = _numbered_items(line, _missed_ends(line, _line_pieces(line)))
            pieces = [(offset + s, offset + e) for s, e in pieces]
            lines.append((offset, offset + len(line), _join_continuations(kept, pieces)))
        offset += len(line) + 1
    spans = _join_quotations_across_lines(cleaned, lines)
    sentences: list[SentenceSpan] = []
    # Invisible characters alone on a line (a soft hyphen) make no sentence, but a sentence's span takes them in, the
    # one before or else the one after, so that none is lost; not across removed noise, which only white space may be.
    unseen: tuple[int, int] | None = None
    for start, end in spans:
        for piece_start, piece_end in _bounded(kept, start, end):
            text = _joined_drop_cap(_sentence_text(cleaned, piece_start, piece_end))
            if text:
                if unseen and not cleaned.source[unseen[1] : piece_start].strip():
                    piece_start = unseen[0]
                unseen = None
                sentences.append(SentenceSpan(piece_start, piece_end, text))
            elif sentences and not cleaned.source[sentences[-1].end : piece_start].strip():
                sentences[-1] = SentenceSpan(sentences[-1].start, piece_end, sentences[-1].text)
            elif unseen is None:
                unseen = (piece_start, piece_end)
    return tuple(sentences)


#: A drop cap set apart from the rest of its word by a space, opening a sentence (T he talks, I t was): the letter,
#: then the word's lower-case rest.
_SPACED_DROP_CAP = regex.compile(r"(?P<letter>\p{Lu}) (?P<rest>\p{Ll}+)(?![\w'’-])")
#: Words that a drop cap set apart opens, written whole, each of which cut after its first letter is no pair of
#: words: "T he" or "I t" is one word, where "A bout", "A long" or "O ver" may not be ("a bout of flu"), and a letter
#: before a word such as "B vitamins" or "T cells" makes none of these.
_DROP_CAP_WORDS = frozenset(
    {
        "the", "this", "that", "these", "those", "there", "their", "then", "they", "he", "she", "we", "you", "when",
        "while", "what", "where", "which", "who", "why", "how", "for", "from", "but", "by", "so", "yet", "with",
        "within", "without", "last", "few", "many", "most", "more", "some", "since", "still", "until", "under",
        "during", "every", "each", "just", "now", "never", "nobody", "no", "not", "my", "his", "her", "like",
        "it", "its", "in", "if", "is", "instead", "inside", "indeed", "at", "as", "an", "and", "after", "also",
        "although", "among", "amid", "almost", "already", "all", "any", "on", "of", "or", "once", "only", "our",
        "one",
    }
)  # fmt: skip


def _joined_drop_cap(text: str) -> str:
    """``text`` with a drop cap that opens it joined to the rest of its word where a space set it apart (``T he
    talks`` becomes ``The talks``), as a line break after one is (:data:`_DROP_CAP`), when the word is one of
    :data:`_DROP_CAP_WORDS`: pages that float the first letter of an article leave it so when scraped."""
    found = _SPACED_DROP_CAP.match(text)
    if found and (found["letter"] + found["rest"]).lower() in _DROP_CAP_WORDS:
        return text[: found.end("letter")] + text[found.end("letter") + 1 :]
    return text


#: A blank left by a removal next to one of these is dropped from a sentence's text, not read as a space: the
#: marks of "**a disgrace**," or "(**she**)" hug the words they marked, as the words hug the punctuation.
_CLOSING_PUNCTUATION = frozenset(",.;:!?)]}”’»…%")
_OPENING_PUNCTUATION = frozenset("([{“‘«")
#: Runs of white space and invisible characters in the kept text: each becomes one space in a sentence's text, or
#: none (invisible characters alone, or a removal's blank hugging punctuation).
_BLANK_RUN = re.compile(rf"[\s{INVISIBLE}]+")


def _sentence_text(cleaned: CleanText, start: int, end: int) -> str:
    """The text of the sentence spanning ``start`` to ``end``: white space made one space, invisible characters left
    out, a blank left by a removal (markup, a credit) dropped where it stands between a word and punctuation, and
    one inside a word broken over two lines (:func:`_breaks_a_word_here`) dropped too."""
    kept, source = cleaned.kept, cleaned.source
    text = kept[start:end]
    if text == source[start:end] and not _LINE_BREAK.search(text):
        # Nothing removed inside and on one line (most sentences): every blank is the loaded text's own, and none
        # breaks a word, so each run of white space, with any invisible characters in it, is one space, and invisible
        # characters alone are none.
        return " ".join(text.translate(_INVISIBLE).split())
    pieces: list[str] = []
    last = start
    for run in _BLANK_RUN.finditer(kept, start, end):
        pieces.append(kept[last : run.start()])
        last = run.end()
        blanks = [i for i in range(run.start(), run.end()) if kept[i].isspace()]
        if not blanks or run.start() == start or run.end() == end:
            continue  # invisible characters alone, or the sentence's own ends: no space
        if _breaks_a_word_here(kept, start, run.start(), run.end()):
            continue  # nego\u00ad / tiations, a drop cap's T / he: one word
        removed_only = not any(source[i].isspace() for i in blanks)
        hugs = kept[run.end()] in _CLOSING_PUNCTUATION or kept[run.start() - 1] in _OPENING_PUNCTUATION
        pieces.append("" if removed_only and hugs else " ")
    pieces.append(kept[last:end])
    return "".join(pieces)


def _breaks_a_word_here(kept: str, start: int, run_start: int, run_end: int) -> bool:
    """Whether the blank from ``run_start`` to ``run_end`` of ``kept``, in a sentence starting at ``start``, is inside a
    word broken over two lines: after a soft hyphen, or after a drop cap opening the sentence."""
    found = _SOFT_HYPHENATED_BREAK.match(kept, run_start)
    if found is None and run_start == start + 1:
        found = _DROP_CAP.match(kept, start)
        if found is not None and found["letter"] in _ONE_LETTER_WORDS:
            return False
    return found is not None and found.end() == run_end


def _join_quotations_across_lines(
    cleaned: CleanText, lines: list[tuple[int, int, list[tuple[int, int]]]]
) -> list[tuple[int, int]]:
    """The sentence spans of all lines, a line's last one joined to the next line's first where a quotation runs on.

    A line break ends a sentence, except inside a quotation that the line leaves open mid-sentence (``she
    said: “We will not give up,`` then ``not now,” on the next line``): scraped text sometimes breaks a
    paragraph there. Blank lines between are crossed, removed noise is not. A line that opens with an opening mark
    (``“The port is ours,”``) starts a paragraph of its own: a quotation that goes on over paragraphs opens each
    with its mark again, and the one before ended there even without a stop.
    """
    spans: list[tuple[int, int]] = []
    runs_on = inside = False  # whether the last line left a quotation open mid-sentence; whether it is open
    for line_start, line_end, pieces in lines:
        line = cleaned.kept[line_start:line_end]
        # Only white space may stand between the two in the loaded text: no removed noise, no headline.
        if (
            runs_on
            and pieces
            and not _REOPENED_QUOTATION.match(cleaned.kept, pieces[0][0])
            and not cleaned.source[spans[-1][1] : pieces[0][0]].strip()
        ):
            spans[-1] = (spans[-1][0], pieces[0][1])
            spans.extend(pieces[1:])
        else:
            spans.extend(pieces)
            inside = False
        inside = inside_quotation(line, inside)
        end = line.rstrip()
        # After a colon a list or a block may follow.
        runs_on = bool(pieces) and inside and end[-1] not in _SENTENCE_MARKS and end[-1] != ":"
        # A word broken at the line's end goes on at the next line's start (nego\u00ad / tiations, a drop cap's
        # T / he talks): the sentence does too.
        runs_on = runs_on or (bool(pieces) and _breaks_a_word(cleaned.kept, line_end, end))
    return spans


def _breaks_a_word(kept: str, line_end: int, line: str) -> bool:
    """Whether the line ending at ``line_end`` of ``kept``, whose text without its trailing white space is ``line``,
    ends in a word that the next line goes on with: after a soft hyphen, or after a drop cap, a letter alone on its
    line (:data:`_SOFT_HYPHENATED_BREAK`, :data:`_DROP_CAP`)."""
    if not _LOWER_CASE_LINE_START.match(kept, line_end + 1):
        return False
    visible = line.rstrip(INVISIBLE)
    if visible != line and SOFT_HYPHEN in line[len(visible) :]:
        return visible[-1:].isalpha()
    return len(line.strip()) == 1 and line.strip().isupper()


def _line_pieces(line: str) -> list[tuple[int, int]]:
    """Punkt's sentence spans of one line, each ellipsis (``…``, spaced ``. . .``) read as periods Punkt knows."""
    # Punkt takes "…" for a word and each period of ". . ." for a sentence end. It is given "..." instead, and
    # its spans are mapped back through where each character of the line starts in the text it was given.
    if not _ELLIPSIS.search(line):
        return _punkt_spans(line)
    written: list[str] = []
    starts: list[int] = []
    position = last = 0
    for found in _ELLIPSIS.finditer(line):
        starts.extend(range(position, position + found.start() - last))
        position += found.start() - last
        for char in found[0]:
            starts.append(position)  # a space inside a spaced ellipsis starts where its next period does
            position += 3 if char == "…" else 1 if char == "." else 0
        written += [line[last : found.start()], "..." if found[0] == "…" else "".join(found[0].split())]
        last = found.end()
    starts.extend(range(position, position + len(line) - last))
    written.append(line[last:])
    spans = _punkt_spans("".join(written))
    return [(bisect_left(starts, start), bisect_left(starts, end)) for start, end in spans]


def _punkt_spans(text: str) -> list[tuple[int, int]]:
    """Punkt's sentence spans of ``text``, read a window of at most :data:`PUNKT_WINDOW` characters at a time.

    Punkt decides each sentence end from the words on either side of it, so the sentences of a window but
    its last, which may run on, are the ones it finds in the whole text; the next window starts with that
    last one. A sentence longer than a window is cut as :data:`MAX_SENTENCE_CHARS` cuts it.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > PUNKT_WINDOW:
        end = start + PUNKT_WINDOW
        while end > start and not text[end].isspace():
            end -= 1
        end = end if end > start else _cut_without_space(text, start, start + PUNKT_WINDOW)
        window = [(start + s, start + e) for s, e in _tokenizer().span_tokenize(text[start:end])]
        if len(window) > 1:
            spans += window[:-1]
            start = window[-1][0]
        else:
            spans += window
            start = end
            while start < len(text) and text[start].isspace():
                start += 1
    spans += [(start + s, start + e) for s, e in _tokenizer().span_tokenize(text[start:])]
    return spans


def _missed_ends(line: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut Punkt's pieces of a line where a sentence starts that Punkt does not see."""
    starts = sorted(
        {
            *_glued_starts(line),
            *_glued_quotation_starts(line),
            *_starts_after_clock_or_etc(line),
            *(found.end("space") for found in _ZONE_AFTER_CLOCK_END.finditer(line)),
            *_starts_after_french_hour(line),
            *_starts_after_unit(line),
            *_starts_after_distance(line),
            *_quoted_starts(line),
            *_starts_after_ellipsis(line),
            *_starts_after_quoted_ellipsis(line),
            *_starts_after_bracketed_omission(line),
            *_starts_after_emoji(line),
            *_starts_after_friday(line),
            *_starts_after_date(line),
            *_starts_after_company(line),
            *_starts_after_street(line),
            *_starts_after_place_or_suffix(line),
            *_starts_after_degree_or_percent(line),
            *_starts_after_country(line),
            *_starts_after_and_so_on(line),
            *_bullet_starts(line),
            *(found.end("space") for found in _FOUR_DOTS.finditer(line)),
            *(found.end("space") for found in _FOOTNOTE_END.finditer(line)),
            *_script_stop_starts(line),
            *_thai_starts(line),
            *(found.end() for found in _FIRST_ITEM_AFTER_COLON.finditer(line)),
            *_glued_headline_end(line),
        }
    )
    cut: list[tuple[int, int]] = []
    for start, end in pieces:
        for where in starts[bisect_right(starts, start) : bisect_left(starts, end)]:
            if line[start:where].strip():
                cut.append((start, where))
                start = where
        cut.append((start, end))
    return cut


def _script_stop_starts(line: str) -> Iterator[int]:
    """Where a sentence starts after another script's stop (Chinese ``。``, ``？``, Hindi ``।`` or ``|``, Greek ``;``).

    Punkt knows only the Latin marks, and Chinese and Japanese put no space between sentences. Closing
    brackets and quotation marks after the stop go with the sentence they close.
    """
    for found in _SCRIPT_STOP_END.finditer(line):
        yield found.end()
    for found in _HALF_WIDTH_STOP_END.finditer(line):
        yield found.end()
    for found in _DANDA_BAR_END.finditer(line):
        yield found.end()
    # Greek asks with a semicolon: after a Greek word and before a capital it ends a question, not a clause.
    for found in _GREEK_QUESTION.finditer(line):
        yield found.end()


def _thai_starts(line: str) -> Iterator[int]:
    """Where a Thai sentence starts: after white space between two Thai characters, once the sentence is long.

    Thai has no sentence stop: its writers end a sentence with a space and a paragraph with a line break. A space
    also sets a name or a clause apart, so one ends a sentence only when at least
    :data:`THAI_MIN_SENTENCE_CHARS` characters come before it on the line, or since the last such end.
    """
    last = 0
    for found in _THAI_SPACE.finditer(line):
        if found.start() - last >= THAI_MIN_SENTENCE_CHARS:
            last = found.end()
            yield last


def _glued_starts(line: str) -> Iterator[int]:
    """Where a sentence starts with no space after the one before (``Monday.The union``).

    Punkt sees ``Monday.The`` as one word; a title (``Mrs.Brell``) or a dotted name or address (``kessel.Com.``,
    ``ana.Pell@``) is left whole. After an abbreviation or initials (``Kessel Inc.The company``, ``the U.S.The
    next``) a sentence starts only before a common opening word, as Punkt starts one there after a space.
    """
    starters = punkt_parameters().sent_starters
    for found in _GLUED_END.finditer(line):
        word = found["word"].lower()
        if word in _tokenizer().titles or _tokenizer().is_title(found["word"]):
            continue
        if word not in punkt_parameters().abbrev_types or found["next"].lower() in starters:
            yield found.end()
    for found in _GLUED_AFTER_INITIALS.finditer(line):
        if found["initials"][:-1].lower() not in _tokenizer().aliases and found["next"].lower() in starters:
            yield found.end()


def _glued_quotation_starts(line: str) -> Iterator[int]:
    """Where a sentence starts right after a closing quotation mark with no space (``“We are leaving.”Then he
    left.``, ``« Nous partons. »Puis``), as it would after the mark and a space.

    After an ellipsis, only a common opening word starts one (``“We stay…”Then``), as with a space; a » that opens a
    German quotation (``sank.»Wir``) is left to :func:`_glued_starts`.
    """
    # The marks before each match are counted on from the last, not from the line's start: a long line of such
    # quotations was read in time growing with the square of its length.
    counted = opened = closed = 0
    for found in _GLUED_AFTER_QUOTATION.finditer(line):
        opened += line.count("«", counted, found.start())
        closed += line.count("»", counted, found.start())
        counted = found.start()
        if "»" in found["marks"] and opened <= closed:
            continue
        if found.group("ellipsis") == "" or _opens_after_ellipsis(found["word"], line, found.end("word")):
            yield found.end()


def _starts_after_clock_or_etc(line: str) -> Iterator[int]:
    """Where a sentence starts after a clock time's ``a.m.``/``p.m.`` or an ``etc.``: before a capitalised word.

    Punkt ends a sentence after an abbreviation only before a common opening word, which suits ``U.S.``
    and ``Inc.`` (often followed by a name); ``a.m.`` and ``etc.`` rarely stand inside a sentence before one,
    except a clock time before a day, a date or a time zone (``at 9 a.m. Monday``, ``4 a.m. Kessel time``).
    """
    for found in _CLOSING_ABBREVIATION.finditer(line):
        words = found["name"].split()
        if found["clock"] and (
            words[0].lower() in _clock_followers()
            or _ZONE.fullmatch(words[0])
            or words[-1] in _CLOCK_NAME_ENDS
            or found["after"] == "time"  # 4 a.m. Kessel time, 9 a.m. New York time
        ):
            continue
        yield found.end("space")


def _starts_after_unit(line: str) -> Iterator[int]:
    """Where a sentence starts after a unit of one lower-case letter and a period after a number (``won the 200 m.
    It was``, ``weighs 5 g. The rest``): before a common opening word.

    Punkt takes a letter and a period for an initial, which ends no sentence before a capital; a unit is none.
    """
    for found in _UNIT_END.finditer(line):
        if found["word"].lower() in punkt_parameters().sent_starters:
            yield found.end("space")


def _starts_after_distance(line: str) -> Iterator[int]:
    """Where a sentence starts after a distance abbreviated with a period (``lies at 300 ft. Divers found``): before
    a capitalised word.

    After a number the unit is no abbreviation of a name (``Ft. Worth``), and ends a sentence as ``km.`` does, which
    Punkt does not know; a compass point after it (``5 km. N. of the town``) goes back on the distance.
    """
    for found in _distance_then_capital().finditer(line):
        yield found.end("space")


def _starts_after_french_hour(line: str) -> Iterator[int]:
    """Where a sentence starts after a clock time's hour written ``h.`` (``à 9 h. Les syndicats``, ``a las 9.15 h.
    El tren``): before a capitalised word.

    A time zone after the hour (``à 14 h. GMT``) stays in its sentence, as it does after ``a.m.``.
    """
    for found in _FRENCH_HOUR.finditer(line):
        if not _ZONE.fullmatch(found["word"]):
            yield found.end("space")


def _quoted_starts(line: str) -> Iterator[int]:
    """Where a quotation opening with a common opening word follows an abbreviation or an ellipsis (``the U.S. “We
    are``, ``He paused… “Then``).

    Punkt ends a sentence after either before such a word, but does not see it behind a quotation mark; after a
    title (``Sen. “Bud” Pell``) a name follows, not a sentence.
    """
    for found in _QUOTED_OPENING.finditer(line):
        abbreviation = found["abbreviation"] or ""
        if found["word"].lower() in punkt_parameters().sent_starters and not _tokenizer().is_title(abbreviation):
            yield found.end("space")


def _starts_after_quoted_ellipsis(line: str) -> Iterator[int]:
    """Where a sentence starts after a quotation that closes on an ellipsis, before a common opening word.

    Punkt ends a sentence after an ellipsis before such a word (``He paused… Then he spoke.``), but not when a
    closing quotation mark stands between them; a name (``…” Brell said.``) still goes on the sentence.
    """
    for found in _QUOTED_ELLIPSIS.finditer(line):
        if _opens_after_ellipsis(found["word"], line, found.end("word")):
            yield found.end("space")


def _opens_after_ellipsis(word: str, line: str, end: int) -> bool:
    """Whether ``word``, ending at ``end`` of ``line``, opens a sentence after an ellipsis: a common opening word of
    English, German (Punkt's) or French, Spanish, Italian or Portuguese (:data:`_OTHER_OPENING_WORDS`), unless it is
    an article before the rest of a name (``… Il Foglio``). French "Les" or "Des" before a people (``… Les
    Français ont voté``) is no name's article: it opens a sentence, as before a common noun."""
    lower = word.lower().replace("’", "'")
    if lower in _ARTICLES_OF_NAMES and (next_word := _CAPITALISED_WORD_NEXT.match(line, end)):
        return lower != "il" and _PEOPLE.match(line, next_word.end() - 1) is not None
    return lower in punkt_parameters().sent_starters or lower in _OTHER_OPENING_WORDS


def _starts_after_ellipsis(line: str) -> Iterator[int]:
    """Where a sentence starts after an ellipsis before a common opening word of French, Spanish, Italian or
    Portuguese (``Il a hésité… Puis il est parti.``), as Punkt starts one before an English or German one.

    Before a name (``… Le Monde``, ``… Il Foglio``, ``… Brell left``) the words go on the sentence, as Punkt leaves
    them.
    """
    for found in _ELLIPSIS_THEN_CAPITAL.finditer(line):
        word = found["word"].lower().replace("’", "'")
        if found.start("word") == found.start("space"):
            # Glued to the ellipsis (waited...Then he left), the word is one Punkt sees whole, whatever it is: an
            # English or German opening word opens a sentence there too.
            if (
                found.start()
                and not line[found.start() - 1].isspace()
                and _opens_after_ellipsis(word, line, found.end("word"))
            ):
                yield found.end("space")
        elif word in _OTHER_OPENING_WORDS and _opens_after_ellipsis(word, line, found.end("word")):
            yield found.end("space")


def _starts_after_bracketed_omission(line: str) -> Iterator[int]:
    """Where a sentence starts after an omission in brackets (``would close […] The union``): before a common
    opening word, as Punkt starts one after a bare ellipsis (``He paused… Then he left.``).

    Punkt takes the bracketed ellipsis for a word, which ends no sentence; before a name or lower case
    (``[…] Brell would``) the words go on the sentence.
    """
    for found in _BRACKETED_OMISSION.finditer(line):
        if _opens_after_ellipsis(found["word"], line, found.end("word")):
            yield found.end("space")


def _starts_after_emoji(line: str) -> Iterator[int]:
    """Where a sentence starts after emoji written instead of its stop (``ist wieder da 🎉 Die Crew``): before a
    common opening word, as after an ellipsis; before a name (``🎉 Kessel Star sails``) the words go on.
    """
    for found in _EMOJI_END.finditer(line):
        if found["word"].lower() in punkt_parameters().sent_starters:
            yield found.end("space")


def _bullet_starts(line: str) -> Iterator[int]:
    """Where an item of a bulleted list written on one line starts (``• Ferry resumes • Port reopens``): at each
    bullet, when the list opens the line or follows a colon (``Key points: • Ferry resumes``, where the colon's words
    are a sentence of their own, as before a numbered list).

    Its items often have no stop, so Punkt saw one sentence. A bullet between words on a line that opens no list
    (``Kessel • Ardo • Lenz``, a menu or a byline) separates them and cuts nothing.
    """
    opening = _LIST_OPENING_BULLET.search(line)
    if opening:
        yield opening.start("bullet")  # at the line's start, it cuts nothing
        for found in _INLINE_BULLET.finditer(line, opening.end()):
            yield found.start()


def _glued_headline_end(line: str) -> Iterator[int]:
    """Where a sentence starts after a headline in title case glued to it with no stop (``Ferry Talks Resume After
    Strike The two sides met``): at a capitalised common opening word followed by a lower case word.

    Only at the line's start, after at least :data:`_GLUED_HEADLINE_MIN_WORDS` capitalised words (small words such
    as ``of`` or ``the`` between them) and no punctuation: a sentence in title case has no such opening word inside
    it. A headline in sentence case (``Ferry talks resume The two sides``) cannot be told from a title of a work
    (``the film The two of us``), and stays in the sentence.
    """
    words = list(islice(_WORD.finditer(line), _GLUED_HEADLINE_MAX_WORDS + 1))
    capitalised = 0
    for index, word in enumerate(words[:-1]):
        text = word[0]
        if (
            capitalised >= _GLUED_HEADLINE_MIN_WORDS
            and text.lower() in punkt_parameters().sent_starters
            and words[index + 1][0][:1].islower()
            and _TITLE_WORD.fullmatch(words[index - 1][0])
        ):
            yield word.start()
            return
        if _TITLE_WORD.fullmatch(text):
            capitalised += 1
        elif not (capitalised and _TITLE_SMALL_WORD.fullmatch(text)):
            return


def _starts_after_date(line: str) -> Iterator[int]:
    """Where a sentence starts after a date that ends one with an abbreviation: a month (``in Oct. Nobody came``,
    Spanish ``el 3 de oct. El tren``) or Russian ``г.`` after a year (``в 2025 г. Потом``), before a capitalised word.

    Punkt ends a sentence after an abbreviation only before a common opening word. Inside a sentence a month goes on
    to a day or a year (``Oct. 5``, ``3 de oct. de 2025``), and ``г.`` before a city is its own abbreviation
    (``г. Москва``). A date that opens its sentence (``In Oct. Kessel signed``, ``В 2025 г. Москва приняла``) goes on
    to a name, and so does a month after an article or a possessive (``its Oct. Kessel report``): neither ends one.
    """
    for found in _DATE_THEN_CAPITAL.finditer(line):
        if found["word"].lower() in _clock_followers():
            continue  # a day or another month (Oct. Monday, Sat. Jan. 3)
        # Looked for just before the month: searched from the line's start, a long line of dates took time that grew
        # with the square of its length.
        date_start = _DAY_OR_YEAR_BEFORE.search(line, max(0, found.start() - _DATE_REACH), found.start())
        if found["article"] or _opens_its_sentence(line, date_start.start() if date_start else found.start()):
            continue
        yield found.end("space")


def _starts_after_company(line: str) -> Iterator[int]:
    """Where a sentence starts after a company's name ending in its legal form (``said Kessel Inc. Brell said``): before
    a capitalised name and then a lower-case word or a comma, as a sentence's subject and verb.

    Punkt ends a sentence after ``Inc.`` only before a common opening word. A title (``Kessel Inc. Chief Executive Ana
    Pell said``) or a name in capitals (``Kessel Inc. CEO``) after it is the company's, and goes on the sentence.
    """
    for found in _COMPANY_THEN_NAME.finditer(line):
        if found["word"].lower() not in _COMPANY_ROLES:
            yield found.end("space")


def _starts_after_street(line: str) -> Iterator[int]:
    """Where a sentence starts after a street's type abbreviated (``talks at Downing St. Brell said``): before a
    capitalised name and then a lower-case word or a comma, as a sentence's subject and verb.

    Punkt takes ``St.`` for Saint, which ends a sentence only before a common opening word. A day (``Elm St. Friday
    morning``) or what the street names (``Wall St. Journal``) goes on the sentence.
    """
    for found in _STREET_THEN_NAME.finditer(line):
        word = found["word"].lower()
        if word in _clock_followers() or word in _STREET_ROLES:
            continue
        if _STREET_PLACE_BEFORE.search(line, max(0, found.start() - _STREET_PLACE_REACH), found.start()):
            yield found.end("space")


def _starts_after_place_or_suffix(line: str) -> Iterator[int]:
    """Where a sentence starts after a state abbreviated after its city (``left Washington, D.C. Brell said``) or a
    name's suffix (``went to Tomas Brell Sr. Kessel said``): before a capitalised name and then a lower-case word or a
    comma, as a sentence's subject and verb.

    Punkt ends a sentence after such an abbreviation only before a common opening word. A title or what the place
    qualifies (``Washington, D.C. Mayor Ana Pell said``, ``D.C. Police Chief``) goes on the sentence.
    """
    for found in _PLACE_OR_SUFFIX_THEN_NAME.finditer(line):
        initials, state = found["initials"], found["state"]
        if (
            initials and (initials.lower() not in punkt_parameters().abbrev_types or _tokenizer().is_title(initials))
        ) or (state and state.lower() not in _STATES):
            # A word (Kessel, Bay. Brell), an abbreviation before a name (Thomastown, Co. Kilkenny), or another name's
            # mark (Brell, a.k.a. Captain Ferry).
            continue
        if found["word"].lower() not in _PLACE_ROLES | _COMPANY_ROLES:
            yield found.end("space")


def _starts_after_country(line: str) -> Iterator[int]:
    """Where a sentence starts after a country in initials (``arrived in the U.S. Brell said``): before a capitalised
    name and a verb of saying, as a sentence's speaker and verb.

    Punkt ends a sentence after ``U.S.`` only before a common opening word. A word of the country's own institutions,
    offices or titles (``the U.S. Senate said``, ``the U.K. Prime Minister said``) goes on the sentence, and so does a
    name after a place that opens its sentence or clause (``Back in the U.S. Brell said``).
    """
    roles = _COUNTRY_ROLES | _PLACE_ROLES | _COMPANY_ROLES
    for found in _COUNTRY_THEN_SPEAKER.finditer(line):
        if any(word.lower() in roles for word in found["name"].split()):
            continue  # the U.S. Senate said: an institution of the country's
        if _opens_its_sentence(line, found.start(), _WORDS_BEFORE_A_PLACE):
            continue  # In the U.K. Brell said the rules differ.: the place leads to the subject after it
        yield found.end("space")


def _starts_after_degree_or_percent(line: str) -> Iterator[int]:
    """Where a sentence starts after a degree (``holds a Ph.D. Brell said``) or "per cent" in initials after a number
    (``rose 5 p.c. Brell said``): before a capitalised name and then a lower-case word or a comma, as a sentence's
    subject and verb.

    A day or a month (``5 p.c. Monday``) or a word the degree qualifies (``a Ph.D. Student``) goes on the sentence,
    and so does a name after a percentage that opens its sentence, which qualifies it (``A 5 p.c. Kessel Bank rise``).
    """
    for found in _DEGREE_OR_PERCENT_THEN_NAME.finditer(line):
        word = found["word"].lower()
        if word in _clock_followers() or word in _DEGREE_ROLES | _PLACE_ROLES | _COMPANY_ROLES:
            continue
        if found[0].startswith("p.c.") and _opens_its_sentence(line, found.start()):
            continue
        yield found.end("space")


def _starts_after_and_so_on(line: str) -> Iterator[int]:
    """Where a sentence starts after "and so on" abbreviated as Russian (``и т. д.``, ``и т.п.``, ``и др.``) or German
    (``u. ä.``, ``u. v. m.``) abbreviates it: as after ``etc.``, before a capitalised word.

    Punkt takes the last letter and its period for an initial, which ends no sentence before a capital. Russian
    capitalises no noun, so any capitalised word opens a sentence there; German capitalises all its nouns
    (``Bücher u. ä. Medien``), so only a common opening word does.
    """
    for found in _AND_SO_ON.finditer(line):
        if found["russian"] or found["word"].lower() in punkt_parameters().sent_starters:
            yield found.end("space")


def _opens_its_sentence(line: str, position: int, words: int = _WORDS_BEFORE_A_CLOSING_DATE) -> bool:
    """Whether what stands at ``position`` opens its sentence or its clause: fewer than ``words`` words since the last
    sentence stop on the line, or a comma or a conjunction among the last of them (``Talks stalled, but in Oct. Kessel
    signed``)."""
    start = max(0, position - _SENTENCE_REACH)
    pieces = _STOP_THEN_SPACE.split(line[start:position])
    before = pieces[-1].split()
    if start and len(pieces) == 1 and len(before) <= words + 1:
        # Cut short with no stop in it, the stretch may have cut a word or a stop's closing marks from its first word:
        # read from the line's start. With more words than that, the count is enough either way, and its last words
        # are the same; with a stop in it, the words after the last are those after the line's last.
        before = _STOP_THEN_SPACE.split(line[:position])[-1].split()
    if len(before) < words:
        return True
    last = before[-words:]
    return any(word.endswith((",", ";", ":")) or word.lower() in _CONJUNCTIONS for word in last)


def _starts_after_friday(line: str) -> Iterator[int]:
    """Where a sentence starts after German ``Fr.`` for Friday (``bis Fr. Die Fähre``): before a common opening word.

    ``Fr.`` is also Frau, a title before a name, which ends no sentence; after a word that leads to a day or in a
    range of days, it is the day, and ends one as any abbreviation does, before a common opening word. Before a
    name (``bis Fr. Keller kommt``) it stays a title.
    """
    for found in _FRIDAY_END.finditer(line):
        if found["word"].lower() in punkt_parameters().sent_starters:
            yield found.end("space")


def _numbered_items(line: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Move each list item's number from the end of one piece to the start of the next, the text it numbers.

    A number is a list item's when it starts the line, when it is 1 (alone or after a colon), or when it
    follows the item numbered before it, so that "the score was 3 to 1." keeps its number. A list after a
    colon whose first item ends with no stop (``Zwei Optionen: 1. Busse, 2. Fähren.``) is a sentence's parts:
    its items stay in that sentence up to the first that ends with one.
    """
    items: list[tuple[int, int]] = []
    carried = None  # where a number moved onto this piece starts
    previous = None  # the last list item's number on the line
    opens: bool | None = None  # how the list a number moved onto this piece opens: after a colon (True) or not
    inline = False  # whether the list's items so far are parts of the sentence its colon is in
    for index, (start, end) in enumerate(pieces):
        numbered, first = carried is not None, opens
        if carried is not None:
            start, carried, opens = carried, None, None
        if (
            index < len(pieces) - 1
            and _ROMAN_NUMBER.fullmatch(line[start:end].strip())
            and not (index and _ends_in_number_sign(line, 0, start))  # in Art. IV. The rest: no item's numeral
        ):
            carried = start  # the numeral goes on the text it numbers
            continue
        if index < len(pieces) - 1 and _STEP_LABEL.fullmatch(line, start, end):
            carried = start  # Step 1.: the label goes on the text it heads
            continue
        found = _LIST_NUMBER.search(line[start:end].rstrip())
        if found and index < len(pieces) - 1:
            number = int(found["number"])
            # Alone, the number may instead be the one after "No." in the piece before ("ranked No. 1.").
            alone = found.start("number") == 0 and not _ends_in_number_sign(line, 0, start)
            if (alone and (index == 0 or number == 1)) or (found["colon"] and number == 1) or number - 1 == previous:
                opens = None if number - 1 == previous else bool(found["colon"])
                previous = number
                carried = end = start + found.start("number")
        if not line[start:end].strip():
            continue
        if numbered and items:
            # The colon's sentence goes on into its list's first item when that item ends with no stop (it is no
            # sentence), and on into each item after while the sentence so far ends with none.
            if first is not None:
                inline = first and not _ends_in_stop(line[start:end])
            else:
                inline = inline and not _ends_in_stop(line[items[-1][0] : items[-1][1]])
            if inline:
                items[-1] = (items[-1][0], end)
                continue
        items.append((start, end))
    return items


def _ends_in_stop(text: str) -> bool:
    """Whether ``text`` ends with a sentence's stop, perhaps behind closing quotation marks or brackets."""
    end = text.rstrip().rstrip(_CLOSING_MARKS)
    return bool(end) and (end[-1] in _SENTENCE_MARKS or end[-1] in _SCRIPT_STOPS)


def _ends_in(pattern: re.Pattern[str], text: str, start: int, end: int, reach: int) -> bool:
    """Whether ``pattern``, which matches only at the end, is found in the last ``reach`` characters of
    ``text[start:end]`` before the white space at its end.

    Only those are searched: searching from ``start`` each time, for each piece of a line, made a line of many
    pieces quadratic. A look-behind still sees the characters before where the search starts.
    """
    return _search_end(pattern, text, start, end, reach) is not None


def _search_end(pattern: re.Pattern[str], text: str, start: int, end: int, reach: int) -> re.Match[str] | None:
    """``pattern`` searched in the last ``reach`` characters of ``text[start:end]`` before the white space at its end
    (:func:`_ends_in`, which says why only those)."""
    last = end
    while last > start and text[last - 1].isspace():
        last -= 1
    return pattern.search(text, max(start, last - reach), end)


def _ends_in_number_sign(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in an abbreviation that stands before a number ("No.", "p.", "Art.").

    Only its last characters are searched, so that a line of many short pieces ("1. 2. 3. ...") is not quadratic;
    \b still sees the character before the longest abbreviation.
    """
    return _ends_in(_NUMBER_SIGN, text, start, end, _NUMBER_SIGN_REACH)


def _ends_in_hour(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in a French clock time's hour (``à 9 h.``), seen in its last characters."""
    return _ends_in(_FRENCH_HOUR_END, text, start, end, _FRENCH_HOUR_REACH)


def _join_continuations(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line's pieces, each joined to the one before when it goes on that sentence (see :func:`_continues`)."""
    joined: list[tuple[int, int]] = []
    for start, end in _emoji_after_stops(text, pieces):
        if joined and _continues(text, joined[-1], start, end):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    # An ellipsis alone is no sentence: opening the line (a quotation cut at its start, ". . . And then"), it goes
    # with the words after it; inside the line it has gone on the sentence before.
    if len(joined) > 1 and set("".join(text[joined[0][0] : joined[0][1]].split())) <= {".", "…"}:
        joined[:2] = [(joined[0][0], joined[1][1])]
    return joined


def _emoji_after_stops(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line's pieces, with emoji that open a piece after a sentence's stop moved onto the sentence before.

    Written after a stop (``the harbour. 🚢 Officials said``, ``at last! 🎉``), emoji react to the sentence they
    follow, as those written instead of a stop end it. A sentence that itself opens with emoji uses them as bullets
    (``🚢 Ferry resumes. ⚓ Port reopens.``): there, each opens the sentence after it.
    """
    moved: list[tuple[int, int]] = []
    for start, end in pieces:
        emoji = _LEADING_EMOJI.match(text, start, end)
        if emoji and moved and _ends_in_stop(text[moved[-1][0] : moved[-1][1]]):
            before = moved[-1]
            if not _LEADING_EMOJI.match(text, *before):
                moved[-1] = (before[0], emoji.end())
                start = emoji.end()
                while start < end and text[start].isspace():
                    start += 1
                if start == end:
                    continue
        moved.append((start, end))
    return moved


def _continues(text: str, before: tuple[int, int], start: int, end: int) -> bool:
    """Whether the piece ``text[start:end]`` goes on the sentence ``before`` rather than starting one."""
    piece = text[start:end].lstrip()
    if not piece.translate(_INVISIBLE).strip():
        return True  # invisible characters alone (a soft hyphen after the sentence): it would leave them out
    if _FOR_EXAMPLE_END.search(text, max(before[0], before[1] - _FOR_EXAMPLE_REACH), before[1]):
        return True  # p. ex. Kessel, p. ex. 3 ports: an example goes on the sentence that gives it
    if _FOOTNOTES_ONLY.fullmatch(piece.rstrip()):
        return True  # He left.[1] Then: the footnote notes the sentence before
    first = piece[:1]
    if first.islower():
        # A list item's letter before a capitalised word (b) The ferry stays.) opens a sentence, as its number does.
        return not _LOWERCASE_NAME.match(piece) and not _LETTERED_ITEM.match(piece)
    if first in "\"'’":
        # A straight quote before a word opens a quotation; before a space, punctuation ("Why?", he asked)
        # or the end it closes the one before. So does an apostrophe, which before a word elides its start (Dutch
        # ’s Avonds, ’t Is; ’90s) rather than closing a quotation.
        return not piece[1:2].strip() or piece[1] in _AFTER_CLOSING_QUOTE
    if first in "“‘«" and piece[1:2] in _AFTER_CLOSING_QUOTE:
        # German closes a quotation with the marks English and French open one with („Wann?“, ‚Nie!‘, »Wann?«):
        # before a comma or other closing punctuation, one closes the quotation Punkt cut after its stop.
        return True
    if _CHRIST_START.match(piece) and _ends_in(_BEFORE_CHRIST_END, text, *before, _BEFORE_CHRIST_REACH):
        return True  # en 50 av. J.-C.: the year's era goes on it
    if _ROMAN_NUMERAL_START.match(piece) and _ends_in_number_sign(text, *before):
        return True  # Art. IV of the treaty, Pt. II: the numeral is the number the abbreviation stands before
    if first.isdigit():
        # "No." or "p." is an abbreviation only before a number ("the No. 2 official", "see p. 12"); as a word
        # it ends a sentence. A French hour goes on with its minutes (à 9 h. 30).
        if _ends_in(_DURATION_MINUTES_END, text, *before, _DURATION_MINUTES_REACH):
            return _SECONDS_START.match(piece) is not None  # 42 min. 30 sec., but 5 min. 3 crews left
        return (
            _ends_in_number_sign(text, *before)
            or bool(_MINUTES.match(piece) and _ends_in_hour(text, *before))
            or _continues_a_date(text, before, piece)
            or bool(
                _TIME_OR_DATE_START.match(piece) and _ends_in(_SHORT_WEEKDAY_END, text, *before, _SHORT_WEEKDAY_REACH)
            )
        )
    if _BRACKETED_ASIDE.match(text, end - len(piece)):
        # Punkt ends a sentence at an abbreviation it does not know to stand inside one ("et al.", "bn."); the
        # bracket may close in a later piece of the line, when Punkt cut inside it too ("(5 bn. in Kessel)").
        return True
    if ellipsis := _LEADING_ELLIPSIS.match(piece):
        # Written "…" or "...", an ellipsis before a capital opens a sentence (a quotation cut at its start); before
        # anything else it goes on the sentence before.
        return not ellipsis["next"].isupper()
    if first in "—―" and (piece[1:2].isupper() or piece[1:2] in ("¿", "¡")):
        return False  # —No —dijo él.: Spanish and Portuguese open a line of dialogue with a dash on its first word
    if first == "»" and piece[1:2].isalpha():
        # German opens a quotation with » on its word (»Wir bleiben«); French closes with it one that « opened.
        said = text[before[0] : before[1]]
        return said.count("«") > said.count("»")
    if first in _CONTINUATION_START or _SENTENCE_MARKS.issuperset(piece.rstrip()):
        return True
    if _COMPASS_POINT_START.match(piece) and _ends_in(_distance_end(), text, *before, _distance_reach()):
        return True  # 5 km. N. of the town: the direction goes on the distance
    if first.isupper() and _german_ordinal(text, before, piece):
        return True
    if first.isupper() and _ELIDED_ONOREVOLE.search(
        text, max(before[0], before[1] - _ELIDED_ONOREVOLE_REACH), before[1]
    ):
        return True  # l'On. Rossi: Punkt took the title for a word ending a sentence
    if first.isupper() and (
        text[before[0] : before[1]].strip() == "Ir."
        or _DUTCH_ENGINEER_END.search(text, max(before[0], before[1] - _DUTCH_ENGINEER_REACH), before[1])
    ):
        return True  # ir. Jansen, opening a sentence or after van, door, dhr.: Punkt took the title for a word
    if first.isupper() and (
        text[before[0] : before[1]].strip() == "Mons." or _ends_in(_MONSIGNOR_END, text, *before, _MONSIGNOR_REACH)
    ):
        return True  # il Mons. Rossi, opening a sentence or after an Italian word: Punkt took the title for the city
    if first.isupper() and (
        (before[1] - before[0] <= _LICENCIADA_REACH and text[before[0] : before[1]].split() in _LICENCIADA_OPENINGS)
        or _ends_in(_LICENCIADA_END, text, *before, _LICENCIADA_REACH)
    ):
        return True  # a Lda. Marta Pires: Punkt took the title for a company's legal form ending a sentence
    if first.isupper() and _DOCTORS_FACULTY_END.search(
        text, max(before[0], before[1] - _DOCTORS_FACULTY_REACH), before[1]
    ):
        return True  # Dr. med. Anna Vogt: Punkt took the faculty for a word ending a sentence
    if first.isupper() and (
        _ends_in(_EMERITUS_END, text, *before, _EMERITUS_REACH) or _ends_in(_AVENUE_END, text, *before, _AVENUE_REACH)
    ):
        return True  # Prof. em. Anna Vogt, 12 av. Foch: Punkt took "em." or "av." for a word ending a sentence
    if _DOUBLED_INITIAL_START.match(piece) and _DOUBLED_INITIAL_END.search(
        text, max(before[0], before[1] - _DOUBLED_INITIAL_REACH), before[1]
    ):
        return True  # EE. UU.: Punkt took the first half for a word ending a sentence
    if first.isupper() and _BARE_INITIALS.fullmatch(text, *before):
        # "The U.K." or "Both U.K. and U.S." alone names no one and says nothing: the capitalised word after it is
        # what it qualifies ("The U.K. Officials said"), unless that word is an article or a pronoun.
        return piece.split(maxsplit=1)[0].lower() not in _OPENING_FUNCTION_WORDS
    # After “Is this the end?” a capitalised word may start a sentence; a name then a verb of saying is the speaker.
    if _ends_in(_EXCLAIMED_QUOTATION, text, *before, _QUOTATION_END_REACH) and _attribution(piece):
        return True
    # Chinese names the speaker after the quotation (“我们不会退让。”他说。), Hebrew and Arabic after the verb or before
    # it (“מתי תחזור?” שאל נוסע. / דני כהן שאל.): none has capitals to tell a speaker from a sentence.
    if _CHINESE_ATTRIBUTION.match(piece) and _ends_in(_QUOTATION_CLOSED_ON_A_STOP, text, *before, _QUOTATION_END_REACH):
        return True
    if (
        _SPANISH_ATTRIBUTION.match(piece)
        and _ends_in(_SPANISH_EXCLAMATION_END, text, *before, _QUOTATION_END_REACH)
        and any(mark in text[before[0] : before[1]] for mark in "¡¿")
    ):
        return True
    speaker = _VERB_FIRST_ATTRIBUTION.match(piece) or _NAME_FIRST_ATTRIBUTION.match(piece)
    return bool(speaker and _ends_in(_ASKED_QUOTATION, text, *before, _QUOTATION_END_REACH))


def _attribution(piece: str) -> bool:
    """Whether ``piece`` names only who said a quotation before it, and how, where or when (:data:`_ATTRIBUTION`).

    After an English verb that takes what was said straight after it (``Officials said talks resumed.``), a word
    other than a preposition, an adverb or a day opens what was said: the piece says something of its own.
    """
    if _LISTENER_ATTRIBUTION.match(piece):
        return True
    found = _ATTRIBUTION.match(piece)
    if not found:
        return False
    words = found.captures("word")
    if not words or found["verb"].lower() not in _VERBS_OF_SAYING_WHAT:
        return True
    return _SAID_HOW_WHERE_WHEN.fullmatch(words[0]) is not None


def _continues_a_date(text: str, before: tuple[int, int], piece: str) -> bool:
    """Whether ``piece`` goes on a date in numbers that the sentence spanning ``before`` ends in: the month after the
    day (``am 3.`` then ``10. 2025``), or the year after the day and the month (``am 3. 10.`` then ``2025 fuhr``).
    """
    found = _search_end(_DAY_NUMBER_END, text, *before, _DAY_NUMBER_REACH)
    if not found:
        return False
    return bool(_YEAR_START.match(piece) if found["month"] else _MONTH_NUMBER_START.match(piece))


def _german_ordinal(text: str, before: tuple[int, int], piece: str) -> bool:
    """Whether the sentence spanning ``before`` ends in a German ordinal that ``piece`` goes on from: a day before its
    month (``am 3. Oktober``, ``Mittwoch, 4. November``), a number after an article or a preposition (``der 2. Tag``),
    or a club's ordinal after a preposition without an article (``gegen 1. FC Köln``).
    """
    found = _search_end(_ORDINAL_NUMBER, text, *before, _ORDINAL_NUMBER_REACH)
    if not found:
        return False
    month = _GERMAN_MONTH.match(piece)
    if (
        month
        and int(found["number"]) <= 31
        and (found["word"] or found["weekday"] or found["short_weekday"] or month["german"])
    ):
        return True
    if found["preposition"]:
        return _GERMAN_CLUB.match(piece) is not None
    return found["word"] is not None and found["word"].lower() != "am"


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Trim white space from a span and cut it into pieces of bounded length, at white space where it has some."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else _cut_without_space(text, start, start + MAX_SENTENCE_CHARS)
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def _cut_without_space(text: str, start: int, limit: int) -> int:
    """Where to cut a run from ``start`` with no white space to cut at: at most at ``limit``, never inside a character.

    Chinese or Japanese without stops has none: it is cut after its last comma (``，``, ``、``) in the second half
    of the run, else after the last grapheme cluster that ends by ``limit``, so that no letter loses its accent
    and no emoji or flag is split.
    """
    comma = max(text.rfind(mark, (start + limit) // 2, limit) for mark in _CUT_AFTER)
    if comma >= 0:
        return comma + 1
    cut = start
    for cluster in _GRAPHEME.finditer(text, start):
        if cluster.end() > limit:
            break
        cut = cluster.end()
    return cut if cut > start else limit  # one cluster longer than the limit (marks piled on a letter) is cut
