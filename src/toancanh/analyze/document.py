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
    title_end: int = 0  # where the title ends in ``text`` (0: no title)

    def sentence_texts(self) -> list[str]:
        return [self.text[start:end] for start, end in self.sentences]


def make_document(body: str, title: str = "") -> Document:
    """The text to analyse: the title as a first paragraph, then the body."""
    text = display_form("\n\n".join(part for part in (title.strip(), body.strip()) if part))
    truncated = len(text) > MAX_ANALYSED_CHARS
    if truncated:
        text = text[:MAX_ANALYSED_CHARS]
    heading = display_form(title.strip()) if title.strip() else ""
    # The article's tone weighs the title apart, so its end is kept (clamped to the text).
    title_end = min(len(heading), len(text)) if heading[: len(text)] == text[: len(heading)] else 0
    return Document(text, tuple(words(text)), tuple(sentences(text)), truncated, title_end)
