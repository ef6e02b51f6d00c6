"""Optional backend: a fine-tuned Hugging Face sequence-classification model, read locally.

For a user who has fine-tuned a transformer (PhoBERT, viBERT, ...) on Vietnamese
sentiment and saved it with ``save_pretrained``. Nothing is ever downloaded: the folder
must hold ``config.json``, the weights and the tokenizer files. ``torch`` and
``transformers`` are imported only here, on first use (``pip install
'toancanh[transformer]'``).

Labels are read from the model's ``id2label`` ("positive", "POS", "neg", ...). A model
saved with generic names ("LABEL_0" ...) is taken as (negative, neutral, positive) for
three labels, or (negative, positive) for two, the order of the common Vietnamese sets.
Evidence comes from the lexicon (the phrases that agree with the model's label).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from toancanh.analyze.sentiment import (
    Candidate,
    SentenceResult,
    SentimentAnalyzer,
    SentimentBackendError,
    lexicon_candidates,
)
from toancanh.analyze.sentiment_lexicon import Lexicon, default_lexicon, score_tokens
from toancanh.analyze.sentiment_text import tokenize
from toancanh.analyze.types import SENTIMENT_LABELS

INSTALL_HINT = "pip install 'toancanh[transformer]'"
MAX_LENGTH = 256  # tokens per sentence; news sentences are far shorter
BATCH_SIZE = 32
_NAMES = {
    "positive": 0, "pos": 0, "tích cực": 0,
    "neutral": 1, "neu": 1, "trung tính": 1,
    "negative": 2, "neg": 2, "tiêu cực": 2,
}  # fmt: skip
_GENERIC = {3: (2, 1, 0), 2: (2, 0)}  # model index -> our label index, by label count


def _imports() -> tuple[Any, Any]:
    try:
        import torch
        import transformers
    except ImportError as exc:
        raise SentimentBackendError(
            f"the transformer backend needs torch and transformers ({exc.name} is missing): "
            f"{INSTALL_HINT}"
        ) from exc
    return torch, transformers


def label_order(id2label: dict[int, str]) -> tuple[int, ...]:
    """For each model output index, the index of our label (SENTIMENT_LABELS order)."""
    count = len(id2label)
    names = [str(id2label[i]).strip().lower() for i in range(count)]
    if all(name in _NAMES for name in names) and len(set(names)) == count:
        return tuple(_NAMES[name] for name in names)
    if count in _GENERIC and all(name.startswith("label_") for name in names):
        return _GENERIC[count]
    raise SentimentBackendError(
        f"cannot map the model's labels {names} to {SENTIMENT_LABELS}; "
        "set id2label in config.json to positive/neutral/negative"
    )


class TransformerAnalyzer(SentimentAnalyzer):
    backend = "transformer"

    def __init__(self, model_dir: Path, lexicon: Lexicon | None = None) -> None:
        model_dir = Path(model_dir)
        if not (model_dir / "config.json").is_file():
            raise SentimentBackendError(f"{model_dir}: no config.json (not a saved HF model)")
        torch, transformers = _imports()
        try:
            self.tokenizer = transformers.AutoTokenizer.from_pretrained(
                model_dir, local_files_only=True
            )
            self.model = transformers.AutoModelForSequenceClassification.from_pretrained(
                model_dir, local_files_only=True
            )
        except (OSError, ValueError) as exc:
            raise SentimentBackendError(f"{model_dir}: cannot load the model: {exc}") from exc
        self.model.eval()
        self.order = label_order(dict(self.model.config.id2label))
        self.torch = torch
        self.lexicon = lexicon or default_lexicon()
        self.version = f"hf-{model_dir.resolve().name}"[:24]

    def probabilities(self, texts: Sequence[str]) -> list[tuple[float, float, float]]:
        """(positive, neutral, negative) for each text, in batches."""
        out: list[tuple[float, float, float]] = []
        for first in range(0, len(texts), BATCH_SIZE):
            batch = list(texts[first : first + BATCH_SIZE])
            encoded = self.tokenizer(
                batch, padding=True, truncation=True, max_length=MAX_LENGTH, return_tensors="pt"
            )
            with self.torch.no_grad():
                logits = self.model(**encoded).logits
            for row in self.torch.softmax(logits.float(), dim=-1).tolist():
                ours = [0.0, 0.0, 0.0]
                for index, p in enumerate(row):
                    ours[self.order[index]] += p
                out.append((ours[0], ours[1], ours[2]))
        return out

    def score_sentences(
        self, text: str, aligned: str, spans: Sequence[tuple[int, int]]
    ) -> list[SentenceResult]:
        probabilities = self.probabilities([text[s:e] for s, e in spans]) if spans else []
        return [
            SentenceResult((s, e), p, score_tokens(tokenize(aligned, s, e), self.lexicon))
            for (s, e), p in zip(spans, probabilities, strict=True)
        ]

    def candidates(self, result: SentenceResult, label: int) -> list[Candidate]:
        return lexicon_candidates(result.detail, label)
