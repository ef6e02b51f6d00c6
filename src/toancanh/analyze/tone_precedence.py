"""Which of the model and the composed tone decides a sentence's label.

The model (``sentiment_model``) reads tone words; the composition (``tone_compose``)
reads what happened to what. They disagree mostly where the model is weak: sentences
without tone words. The precedence, measured in docs/experiments/sentiment.md:

1. a composed positive or negative tone decides the label, with the probability
   ``COMPOSED_WEIGHT`` (the model's probabilities share the rest), when it comes from an
   (indicator, direction) pair or a negation; a tone from an outcome word alone ("đổ
   sập", "khắc phục") decides only when the model is less than
   ``OUTCOME_OVERRIDE_BELOW`` sure of another label (such a word is a weaker reason:
   "báo lãi sau nhiều năm thua lỗ"), unless it is negated ("chưa được khắc phục") or
   won over another clause with a tone ("hư hỏng ..., nhưng đã sửa chữa xong");
2. a plan or target whose change is all the sentence says ("phấn đấu giảm tai nạn")
   makes it neutral; so does a procedure about a problem ("rà soát các dự án chậm")
   when the model is less than ``TOPIC_OVERRIDE_BELOW`` sure of its polar label;
3. otherwise the model decides.
"""

from __future__ import annotations

from toancanh.analyze.tone_compose import Tone
from toancanh.analyze.types import SENTIMENT_LABELS

COMPOSED_WEIGHT = 0.8
TOPIC_OVERRIDE_BELOW = 0.9
OUTCOME_OVERRIDE_BELOW = 0.9

Probabilities = tuple[float, float, float]


def decide(model: Probabilities, tone: Tone | None) -> tuple[Probabilities, bool]:
    """The sentence's probabilities, and whether the composed tone decided them."""
    if tone is None:
        return model, False
    if tone.label == "neutral":
        top = max(range(3), key=model.__getitem__)
        if top != 1 and (tone.reason == "plan" or model[top] < TOPIC_OVERRIDE_BELOW):
            return _lean(model, 1), True
        return model, False
    label = SENTIMENT_LABELS.index(tone.label)
    top = max(range(3), key=model.__getitem__)
    # A negated outcome ("chưa được khắc phục") or one that won over another clause
    # ("hư hỏng ..., nhưng đã sửa chữa xong") is read where the model cannot: it decides.
    weak = tone.reason == "outcome" and not (tone.negated or tone.overruled)
    if weak and top != label and model[top] >= OUTCOME_OVERRIDE_BELOW:
        return model, False
    return _lean(model, label), True


def _lean(model: Probabilities, label: int) -> Probabilities:
    """``COMPOSED_WEIGHT`` on ``label``, the rest shared as the model shares it."""
    rest = sum(p for k, p in enumerate(model) if k != label) or 1.0
    out = [
        COMPOSED_WEIGHT if k == label else (1 - COMPOSED_WEIGHT) * p / rest
        for k, p in enumerate(model)
    ]
    return (out[0], out[1], out[2])
