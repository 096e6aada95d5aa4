"""Web-page leftovers are dropped from plain text; the article and its references are not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annalyst.ingest.boilerplate import is_boilerplate_line, strip_boilerplate

ARTICLE = "Harbour Strike Ends\n\nThe dock workers went back on Monday.\n\n[i] Port Authority report, 1998, p. 4"


@pytest.mark.parametrize(
    "tail",
    [
        "\n\nLeave a Reply",
        "\n\nLeave a Comment\n\nScroll to Top",
        "\n\nShare this:\nTwitter\nFacebook\n\nLike this:\nLike Loading...\n\nRelated",
        "\n\n« Previous Post\nNext Post »\n",
        "\n\nWe use cookies to ensure that we give you the best experience on our website.\nAccept all cookies",
        "\n\n3 Comments\n\nYour email address will not be published. Required fields are marked *",
    ],
)
def test_boilerplate_trailing_ui_lines_are_dropped(tail):
    assert strip_boilerplate(ARTICLE + tail).rstrip("\n") == ARTICLE


def test_boilerplate_leading_navigation_is_dropped():
    text = "Skip to content\nHome\nMenu\nSearch\n\n" + ARTICLE
    assert strip_boilerplate(text) == ARTICLE


def test_boilerplate_keeps_footnotes_and_prose():
    text = ARTICLE + "\n\n[ii] Leave a Reply, a novel by an invented author, 2001"
    assert strip_boilerplate(text) == text


def test_boilerplate_keeps_a_sentence_starting_like_a_prompt():
    line = "Share this view, the minister said, with everyone who doubts the agreement."
    assert not is_boilerplate_line(line)


def test_boilerplate_one_word_labels_survive_in_the_body():
    text = "Strike\n\nThe workers went to the union office.\n\nHome\n\nThey stayed there for a week."
    assert strip_boilerplate(text) == text


def test_boilerplate_leaves_clean_text_untouched():
    assert strip_boilerplate(ARTICLE + "\n") == ARTICLE + "\n"


@given(st.lists(st.sampled_from(["Leave a Reply", "Home", "", "Share this:", "The strike ended.", "[i] A source.",
                                 "Related", "They met in the port.", "Scroll to Top"]), max_size=12))
def test_boilerplate_only_removes_whole_lines(lines):
    text = "\n".join(lines)
    result = strip_boilerplate(text)
    kept = result.split("\n") if result else []
    remaining = iter(text.split("\n"))
    assert all(any(line == original for original in remaining) for line in kept)  # a subsequence of the lines
    assert [line for line in lines if line in ("The strike ended.", "[i] A source.", "They met in the port.")] == [
        line for line in kept if line in ("The strike ended.", "[i] A source.", "They met in the port.")]
