"""Title-case headlines are parsed as if in sentence case; the Doc keeps the original text.

All headlines and articles here are made up.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import newsextract
from newsextract.parsing import parse, parse_many
from newsextract.truecase import headline_lines, restore, truecase

ARTICLE = (
    "Mayor Okafor Rejects Council Plan to Close Two Libraries\n\n"
    "The city council voted on Tuesday to close two branch libraries. "
    "Mayor Ruth Okafor said she would veto the plan, and the council needs "
    "nine votes to override her. Library staff rejected the proposal as well.\n"
)
SECOND = (
    "Senator Holloway Blasts Governor Over Water Crisis Response\n\n"
    "State senator Dana Holloway criticised the response of Governor Mark Ellery "
    "to the water crisis in the town of Brightwater on Monday. The governor "
    "has blamed federal regulators, and a spokesman for Ellery said the state "
    "acted quickly.\n"
)


def tokens_consistent(doc, text: str) -> None:  # type: ignore[no-untyped-def]
    assert doc.text == text
    position = 0
    for token in doc:
        assert token.idx == position
        assert text[token.idx : token.idx + len(token.text)] == token.text
        position = token.idx + len(token.text_with_ws)
    assert position == len(text)


def test_truecased_copy_lowercases_only_common_words() -> None:
    cased = truecase(ARTICLE)
    assert cased is not None and len(cased) == len(ARTICLE)
    headline = cased[: ARTICLE.index("\n")]
    # first word kept; a name the body writes capitalised kept; verb, nouns, numbers lowercased
    assert headline == "Mayor Okafor rejects council plan to close two libraries"
    assert cased[len(headline) :] == ARTICLE[len(headline) :]


def test_headline_verb_is_parsed_as_a_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, verb, names in (
        (ARTICLE, "Rejects", ["Okafor"]),
        (SECOND, "Blasts", ["Holloway"]),
    ):
        doc = parse(nlp, text)
        tokens_consistent(doc, text)
        by_text = {t.text: t for t in doc if t.idx < text.index("\n")}
        assert by_text[verb].pos_ == "VERB"
        assert by_text[verb].lemma_ == verb.lower()[:-1]
        assert by_text[verb].dep_ == "ROOT"
        for name in names:
            assert by_text[name].pos_ == "PROPN"


def test_names_in_headline_keep_their_entities(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Judge Halvorsen Orders Acme Corp to Pay Fine Over Pollution\n\n"
        "A federal judge, Ingrid Halvorsen, ordered Acme Corp on Friday to pay a "
        "fine after the company polluted a river. Acme Corp said it would appeal "
        "the order and pay no fine until then.\n"
    )
    doc = parse(nlp, text)
    tokens_consistent(doc, text)
    headline_end = text.index("\n")
    head = {t.text: t for t in doc if t.idx < headline_end}
    assert head["Orders"].pos_ == "VERB"
    assert head["Acme"].text == "Acme"  # the original case is kept in the Doc
    assert any(e.text == "Acme Corp" for e in doc.ents if e.start_char < headline_end)


def test_parse_many_matches_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = [ARTICLE, "plain sentence case text.", SECOND, ""]
    for doc, text in zip(parse_many(nlp, texts, batch_size=2), texts, strict=True):
        tokens_consistent(doc, text)
        single = parse(nlp, text)
        assert [(t.text, t.pos_, t.dep_, t.head.i) for t in doc] == [
            (t.text, t.pos_, t.dep_, t.head.i) for t in single
        ]


def test_long_text_in_pieces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ARTICLE + "\n" + "\n\n".join([ARTICLE.split("\n\n")[1].strip()] * 6)
    doc = parse(nlp, text, chunk_chars=400)
    tokens_consistent(doc, text)
    assert doc[2].text == "Rejects" and doc[2].pos_ == "VERB"


def test_switch_off(nlp) -> None:  # type: ignore[no-untyped-def]
    plain = parse(nlp, ARTICLE, truecase_headlines=False)
    assert [(t.pos_, t.dep_) for t in plain] == [(t.pos_, t.dep_) for t in nlp(ARTICLE)]
    off = newsextract.Pipeline(nlp=nlp, entrypoints=False, truecase_headlines=False)
    assert off.config["truecase_headlines"] is False
    assert off.extract(ARTICLE).text == ARTICLE


def test_lines_left_alone() -> None:
    # sentence case headline; body sentences; a title-case line ending in a period (not first)
    assert truecase("Judge rejects council plan to close libraries\n\nThe judge said no.") is None
    # a headline without an article body: nothing tells names from common words
    assert truecase("Senator Ann Moss Slams Governor Tate Over Water Contract") is None
    body = "The mayor spoke.\nThe Council Voted Against The Plan Again And Again.\n"
    assert headline_lines(body) == []
    assert truecase(body) is None
    # acronyms, inner capitals, abbreviations, I'm, Q&A and days keep their capitals
    body = "\n\nNo, said Smith, and the talks with the allies went on for a long time that week and the next one as well."
    text = "Gov. Smith Says NATO And McCain Q&A Held Friday, I\u2019m Told" + body
    assert truecase(text) == "Gov. Smith says NATO and McCain Q&A held Friday, I\u2019m told" + body


def test_capitalised_pair_and_title_before_name() -> None:
    text = (
        "President Vance Visits White House Garden With Chef Ramos\n\n"
        "The president walked through the garden. He met the White House chef, "
        "Chef Lila Ramos, and the house staff, and Vance said the white roses were "
        "his favourite.\n"
    )
    cased = truecase(text)
    assert cased is not None
    assert cased.startswith("President Vance visits White House garden with Chef Ramos")


def test_tokenizer_veto_and_restore_fallback(nlp) -> None:  # type: ignore[no-untyped-def]
    assert truecase(ARTICLE, lambda original, changed: False) is None
    doc = nlp("A different text entirely.")
    assert restore(doc, "A different text entirely!") is None
    assert restore(doc, "short") is None


def test_restore_copies_span_groups_and_extension_data(nlp) -> None:  # type: ignore[no-untyped-def]
    cased = truecase(ARTICLE)
    assert cased is not None
    doc = nlp(cased)
    doc.spans["test"] = [doc[0:2]]
    doc.user_data["note"] = 1
    restored = restore(doc, ARTICLE)
    assert restored is not None
    assert restored.text == ARTICLE
    assert [s.text for s in restored.spans["test"]] == ["Mayor Okafor"]
    assert restored.user_data["note"] == 1
    assert next(iter(restored.sents)).text.startswith("Mayor Okafor Rejects")


HEADLINE_WORDS = [
    "Judge", "Rejects", "Mayor", "Okafor", "Says", "A", "To", "Of", "In", "NATO", "U.S.",
    "Gov.", "Q&A", "I\u2019m", "Don't", "\u0130stanbul", "Stra\u00dfe", "McCain", "'Fraud'",
    "\u2018Disgrace.\u2019", "Sept.", "Post-Debate", "9/11", "\u2014", ":", "Is", "It?",
]  # fmt: skip
BODY_SENTENCES = [
    "The judge rejected the plan.",
    "Mayor Ruth Okafor said on Sept. 3 that NATO would decide.",
    "It is a fraud, he said.",
    "\u0130stanbul is big and the stra\u00dfe is long.",
    "",
]
headline = st.lists(st.sampled_from(HEADLINE_WORDS), min_size=1, max_size=12).map(" ".join)
article = st.tuples(
    st.sampled_from(["", "\n", "  "]),
    headline,
    st.sampled_from([".", "", "?"]),
    st.lists(st.sampled_from(BODY_SENTENCES), max_size=5).map(" ".join),
    st.lists(headline, max_size=2).map("\n".join),
).map(lambda parts: f"{parts[0]}{parts[1]}{parts[2]}\n\n{parts[3]}\n{parts[4]}")


def same_but_case(original: str, cased: str) -> bool:
    return len(original) == len(cased) and all(
        a == b or a.lower() == b for a, b in zip(original, cased, strict=True)
    )


@given(text=st.one_of(st.text(max_size=300), article))
@example(text="A \u0130stanbul Rally Of Judges\n\nthe \u0130stanbul rally was held.")
@example(text="X Y Z Q&A Gov. Is\n\n")
def test_text_and_offsets_survive(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    cased = truecase(text)
    assert cased is None or (cased != text and same_but_case(text, cased))
    doc = parse(nlp, text)
    tokens_consistent(doc, text)
    # same tokens as the plain parse
    plain = nlp.make_doc(text)
    assert [t.idx for t in doc] == [t.idx for t in plain]
    assert [e.start_char for e in doc.ents] == sorted(e.start_char for e in doc.ents)
