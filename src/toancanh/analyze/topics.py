"""News topic classifier: 29 topics of the TC201805 corpus, a small linear model.

Features come from the ``Document`` (no second segmentation): pyvi words, syllable
bigrams, the syllables and syllable bigrams of the first line (the title), and the
character 1- to 4-grams of the first 1,000 characters as written (case and punctuation
kept: they carry the house style of the source, which the labels follow), each block
TF-IDF weighted (sublinear tf) and L2-normalised on its own. Character n-grams are 64-bit
hashes computed with numpy and looked up in a hash table built at load time.

The scores are the sum of a linear SVM and a multinomial naive Bayes over those features,
each divided by the average spread of its scores, so one matrix holds both (the pair is
about one point of accuracy better than either alone). Only the features with the largest
weights are kept, the model is fitted again on them, and the weights are stored as int8:
the file is a few MB and loads without pickle. Scores are a softmax whose temperature was
fitted on held-out training data. Training is in ``topics_train``; figures and the rebuild
command: docs/experiments/topics.md.
"""

from __future__ import annotations

import io
import itertools
import json
import math
import re
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from toancanh.analyze.document import Document
from toancanh.analyze.types import TopicScore
from toancanh.text.normalize import unify_tone_placement

FORMAT = 2
TERM_BLOCKS = ("words", "bigrams", "title")  # blocks of string terms
BLOCKS = (*TERM_BLOCKS, "chars")  # the last block: hashed character n-grams
CHAR_N = 4  # character n-grams of 1..CHAR_N characters
CHAR_TEXT = 1_000  # ... of the first CHAR_TEXT characters (title and lead: bounded time)
_HASH_MULT = np.uint64(0x9E3779B97F4A7C15)  # odd: n-gram keys are a polynomial hash mod 2**64
_MIX_MULT = np.uint64(0xBF58476D1CE4E5B9)  # spreads keys over the slots of the lookup table
_SHARED_SLOT = -2  # a slot of the lookup table that several known keys fall into
MAX_TITLE_CHARS = 300
_WORDLIKE = re.compile(r"\S*\w\S*")  # a token with a letter or digit
_SYLLABLE = re.compile(r"\w+")
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)


@lru_cache(maxsize=1)
def _display_names() -> dict[str, str]:
    names = resources.files("toancanh.data.models") / "topics.names.json"
    return dict(json.loads(names.read_text(encoding="utf-8"))["names"])


def topic_display_name(label: str) -> str:
    """The Vietnamese name of a topic label (the label itself when it has none)."""
    return _display_names().get(label, label)


def doc_features(words: Sequence[str], text: str) -> tuple[list[str], list[str], list[str]]:
    """The three feature blocks of a text: words, syllable bigrams, title terms."""
    joined = unify_tone_placement(" ".join(words).lower())
    tokens = _WORDLIKE.findall(joined)  # words, not punctuation
    syllables = " ".join(tokens).replace("_", " ").split()
    bigrams = list(map(" ".join, itertools.pairwise(syllables)))
    first_line = text.lstrip().split("\n", 1)[0][:MAX_TITLE_CHARS]
    title = _SYLLABLE.findall(unify_tone_placement(first_line.lower()))
    title += list(map(" ".join, itertools.pairwise(title)))  # a copy: title grows
    return tokens, bigrams, title


def char_ngram_keys(text: str) -> np.ndarray:
    """The uint64 keys of the character 1..``CHAR_N``-grams of a text, repeats kept.

    Only the first ``CHAR_TEXT`` characters count (the title and lead, where the house
    style shows; 98% of the training texts are shorter). Whitespace runs count as one
    space; tone placement is unified ("hoà" = "hòa") and case is kept. A key is a
    polynomial hash (mod 2**64) that starts from 1, so n-grams of different lengths do not
    share keys; collisions are negligible at this size.
    """
    flat = " ".join(unify_tone_placement(text[:CHAR_TEXT]).split())
    codes = np.frombuffer(flat.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    keys: list[np.ndarray] = []
    hashed = np.ones(len(codes), dtype=np.uint64)
    for n in range(1, CHAR_N + 1):
        if len(codes) < n:
            break
        hashed = hashed[: len(codes) - n + 1] * _HASH_MULT + codes[n - 1 :]
        keys.append(hashed)
    return np.concatenate(keys) if keys else np.empty(0, dtype=np.uint64)


def _slot(keys: np.ndarray, bits: int) -> np.ndarray:
    """The lookup-table slot of each key: the top ``bits`` bits of a mixed key."""
    mixed = (keys ^ (keys >> np.uint64(31))) * _MIX_MULT
    return (mixed >> np.uint64(64 - bits)).astype(np.int64)


Features = tuple[list[str], list[str], list[str], np.ndarray]


def topic_features(doc: Document) -> Features:
    """All four feature blocks of a document: ``doc_features`` and its character n-grams."""
    return (*doc_features(doc.words, doc.text), char_ngram_keys(doc.text))


@dataclass(frozen=True)
class TopicModel:
    """A trained topic model: the vocabulary of each block and one int8 weight matrix."""

    labels: tuple[str, ...]
    vocab: tuple[dict[str, int], ...]  # per term block: term -> row of ``weights``
    chars: np.ndarray  # uint64, sorted: character n-gram keys, rows after the term blocks
    idf: np.ndarray  # float32, one per row of ``weights``
    weights: np.ndarray  # int8, (features, labels)
    scale: float  # weights * scale are the real weights
    bias: np.ndarray  # float32, one per label
    temperature: float  # softmax(temperature * score)
    version: str

    def scores(self, doc: Document) -> np.ndarray | None:
        """Raw scores per label, or None when the text has no word the model knows."""
        return self.feature_scores(topic_features(doc))

    def feature_scores(self, features: Features) -> np.ndarray | None:
        """``scores`` from the blocks of ``topic_features``."""
        rows: list[np.ndarray] = []
        tfs: list[np.ndarray] = []
        for vocab, terms in zip(self.vocab, features[:-1], strict=True):
            counts = Counter(map(vocab.get, terms))
            counts.pop(None, None)  # terms the model does not know
            if counts:
                rows.append(np.fromiter(counts.keys(), dtype=np.int64, count=len(counts)))
                tfs.append(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
        if not rows:  # no known word: punctuation and emoji alone make no topic
            return None
        known, counts_ = self._char_rows(features[-1])
        if len(known):
            rows.append(known + sum(map(len, self.vocab)))
            tfs.append(counts_.astype(np.float32))
        values = []
        for block_rows, tf in zip(rows, tfs, strict=True):
            tfidf = (1.0 + np.log(tf)) * self.idf[block_rows]  # sublinear tf, as in training
            values.append(tfidf / (np.linalg.norm(tfidf) * math.sqrt(len(BLOCKS))))
        weights = self.weights[np.concatenate(rows)].astype(np.float32)
        return np.concatenate(values) @ weights * self.scale + self.bias

    @cached_property
    def _char_table(self) -> np.ndarray:
        """Slot -> index into ``chars`` (-1: no known key, ``_SHARED_SLOT``: several)."""
        bits = max(10, math.ceil(math.log2(8 * len(self.chars) + 1)))
        slots = _slot(self.chars, bits)
        table = np.full(1 << bits, -1, dtype=np.int64)
        table[slots] = np.arange(len(self.chars))
        table[np.bincount(slots, minlength=len(table)) > 1] = _SHARED_SLOT
        return table

    def _char_rows(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(indices into ``chars``, counts) of the known keys among ``keys``.

        A hash table built at load time, checked against ``chars``: a sorted search of
        every key costs several times more on a 3,000-character article.
        """
        if not len(keys) or not len(self.chars):
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        table = self._char_table
        found = table[_slot(keys, len(table).bit_length() - 1)]
        hit = found >= 0
        index = found[hit]
        index = index[self.chars[index] == keys[hit]]
        shared = keys[found == _SHARED_SLOT]
        if len(shared):
            where = np.minimum(np.searchsorted(self.chars, shared), len(self.chars) - 1)
            index = np.concatenate([index, where[self.chars[where] == shared]])
        return np.unique(index, return_counts=True)

    def predict(self, doc: Document, top: int = 3) -> tuple[TopicScore, ...]:
        """The ``top`` most likely topics, best first, each with a 0..1 score.

        Empty when the text has no word the model knows (empty text, another script).
        """
        raw = self.scores(doc)
        if raw is None or top <= 0:
            return ()
        z = self.temperature * (raw - raw.max())
        probs = np.exp(z) / np.exp(z).sum()
        best = np.argsort(-probs, kind="stable")[:top]
        return tuple(TopicScore(self.labels[i], round(float(probs[i]), 4)) for i in best)

    def save(self, path: Path) -> None:
        """Write the model as a zip of .npy arrays (no pickle), byte-for-byte reproducible."""
        arrays: dict[str, np.ndarray] = {
            "format": np.asarray([FORMAT], dtype=np.int32),
            "labels": _pack(self.labels),
            "idf": self.idf.astype(np.float32),
            "weights": self.weights,
            "scale": np.asarray([self.scale], dtype=np.float32),
            "bias": self.bias.astype(np.float32),
            "temperature": np.asarray([self.temperature], dtype=np.float32),
            "version": _pack([self.version]),
        }
        for name, vocab in zip(TERM_BLOCKS, self.vocab, strict=True):
            arrays[f"vocab_{name}"] = _pack(sorted(vocab, key=vocab.__getitem__))
        arrays["vocab_chars"] = self.chars.astype(np.uint64)
        path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for name, array in arrays.items():
                buffer = io.BytesIO()
                np.lib.format.write_array(buffer, np.ascontiguousarray(array), allow_pickle=False)
                entry = zipfile.ZipInfo(f"{name}.npy", _FIXED_TIME)  # same bytes on rebuild
                archive.writestr(entry, buffer.getvalue(), zipfile.ZIP_DEFLATED, 9)


def _pack(items: Sequence[str]) -> np.ndarray:
    return np.frombuffer("\n".join(items).encode(), dtype=np.uint8)


def _unpack(array: np.ndarray) -> list[str]:
    text = array.tobytes().decode()
    return text.split("\n") if text else []


def read_topic_model(path: Path) -> TopicModel:
    """A model written by ``TopicModel.save``; ``ValueError`` when the file is not one."""
    try:
        with np.load(path, allow_pickle=False) as data:
            if int(data["format"][0]) != FORMAT:
                raise ValueError(f"{path}: topic model format {data['format'][0]}, want {FORMAT}")
            vocab: list[dict[str, int]] = []
            start = 0
            for name in TERM_BLOCKS:
                terms = _unpack(data[f"vocab_{name}"])
                vocab.append({t: start + i for i, t in enumerate(terms)})
                start += len(terms)
            return TopicModel(
                labels=tuple(_unpack(data["labels"])),
                vocab=tuple(vocab),
                chars=data["vocab_chars"].astype(np.uint64),
                idf=data["idf"].astype(np.float32),
                weights=data["weights"].astype(np.int8),
                scale=float(data["scale"][0]),
                bias=data["bias"].astype(np.float32),
                temperature=float(data["temperature"][0]),
                version=_unpack(data["version"])[0],
            )
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise ValueError(f"{path}: not a topic model ({error})") from error


@lru_cache(maxsize=4)
def load_topic_model(path: Path | None = None) -> TopicModel:
    """The shipped topic model (or the one at ``path``), loaded once per process."""
    if path is not None:
        return read_topic_model(Path(path))
    with resources.as_file(resources.files("toancanh.data.models") / "topics.npz") as shipped:
        return read_topic_model(shipped)
