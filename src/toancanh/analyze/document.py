"""One text prepared once for every analysis stage: NFC text, words, sentences."""

from __future__ import annotations

from dataclasses import dataclass

from toancanh.text.normalize import display_form
from toancanh.text.segment import sentences, words

# Beyond this, text is cut (and the analysis says so): bounded time on any input.
MAX_ANALYSED_CHARS = 100_000


@dataclass(frozen=True)
class Document:
    text: str  # title and body, NFC; spans of every analysis point into it
    words: tuple[str, ...]  # pyvi words ("chính_sách"), original case
    sentences: tuple[tuple[int, int], ...]  # (start, end) spans into ``text``
    truncated: bool = False

    def sentence_texts(self) -> list[str]:
        return [self.text[start:end] for start, end in self.sentences]


def make_document(body: str, title: str = "") -> Document:
    """The text to analyse: the title as a first paragraph, then the body."""
    text = display_form("\n\n".join(part for part in (title.strip(), body.strip()) if part))
    truncated = len(text) > MAX_ANALYSED_CHARS
    if truncated:
        text = text[:MAX_ANALYSED_CHARS]
    return Document(text, tuple(words(text)), tuple(sentences(text)), truncated)
