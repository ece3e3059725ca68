"""``TranscriptFeaturizer``: transcripts in, a numeric matrix with named columns out.

scikit-learn's estimator checks skip estimators whose input is raw text, so the trainable part
is split in two: this transformer (text -> numbers) and ordinary numeric estimators on top
(:class:`~csskills.learn.RidgeScorer`). The columns are the library's own signals (behaviour
counts, rates and last-turn flags per role, the ten competency values with an N/A flag,
overall, conversation metrics), standardised with statistics learned in ``fit``, optionally
followed by TF-IDF word and character n-grams per text field (agent turns, customer turns, the
customer's last turn) from scikit-learn's :class:`~sklearn.feature_extraction.text.TfidfVectorizer`.

Items are :class:`~csskills.Transcript` objects, or ``(transcript, assessment)`` pairs when the
default evaluator's assessment is already at hand (it is not computed twice).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from csskills._assessment import Assessment
from csskills._transcript import Transcript
from csskills.behaviours import BEHAVIOURS
from csskills.competencies import COMPETENCY_IDS
from csskills.evaluate import DefaultEvaluator
from csskills.exceptions import ConfigurationError, UsageError

__all__ = ["FIELDS", "TranscriptFeaturizer", "signal_names"]

Item = Transcript | tuple[Transcript, Assessment]
FIELDS = ("agent", "customer", "last_customer", "first_customer", "last_agent")
_METRICS = ("turns", "agent_turns", "customer_turns", "agent_words", "customer_words")


def signal_names() -> list[str]:
    """Names of the signal columns, in order (stable across releases of one scoring version)."""
    names: list[str] = []
    for b in BEHAVIOURS.values():
        names += [f"{b.id}:log_count", f"{b.id}:rate", f"{b.id}:first", f"{b.id}:last"]
    for c in COMPETENCY_IDS:
        names += [f"competency:{c}", f"competency:{c}:na"]
    names += ["overall", "overall:na"]
    names += [f"metric:{m}:log" for m in _METRICS]
    names += ["metric:agent_word_share", "metric:words_per_agent_turn:log"]
    return names


def _pair(item: Item, evaluator: DefaultEvaluator) -> tuple[Transcript, Assessment]:
    if isinstance(item, tuple):
        return item
    if not isinstance(item, Transcript):
        raise UsageError(
            f"expected a csskills.Transcript or (Transcript, Assessment), got {type(item).__name__}"
        )
    return item, evaluator.evaluate(item)


def _signals(transcript: Transcript, a: Assessment) -> list[float]:
    roles = [t.role for t in transcript.turns]
    role_turns = {r: [i for i, x in enumerate(roles) if x == r] for r in ("agent", "customer")}
    row: list[float] = []
    for b in BEHAVIOURS.values():
        turns = role_turns[b.role]
        hit = {e.turn for e in a.behaviours.get(b.id, ())}
        count = len(a.behaviours.get(b.id, ()))
        row += [
            math.log1p(count),
            len(hit) / len(turns) if turns else 0.0,
            float(bool(turns) and turns[0] in hit),
            float(bool(turns) and turns[-1] in hit),
        ]
    for c in COMPETENCY_IDS:
        score = a.scores.get(c)
        value = None if score is None else score.value
        row += [50.0 if value is None else value, float(value is None)]
    row += [50.0 if a.overall is None else a.overall, float(a.overall is None)]
    metrics = [float(a.metrics.get(m, 0) or 0) for m in _METRICS]
    row += [math.log1p(m) for m in metrics]
    words = metrics[3] + metrics[4]
    row += [metrics[3] / words if words else 0.5, math.log1p(metrics[3] / max(1.0, metrics[1]))]
    return row


def _field_text(transcript: Transcript, field: str) -> str:
    turns = transcript.turns
    if field in ("agent", "customer"):
        return "\n".join(t.text for t in turns if t.role == field)
    role = "customer" if field.endswith("customer") else "agent"
    texts = [t.text for t in turns if t.role == role]
    if not texts:
        return ""
    return texts[0] if field.startswith("first") else texts[-1]


class TranscriptFeaturizer(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Map transcripts to csskills signals (+ optional TF-IDF n-grams per text field).

    Parameters (keyword-only, stored as given):

    - ``language``: the rule pack used for the signals (``None``: each transcript's own).
    - ``signals``: include the csskills signal columns; ``signal_weight`` multiplies them after
      standardisation (their weight against the n-grams under one regulariser).
    - ``word_ngrams`` / ``char_ngrams``: ``(min_n, max_n)`` to add TF-IDF word / ``char_wb``
      n-grams, or ``None``; ``fields`` picks the texts they are built from (see :data:`FIELDS`).
    - ``min_df``, ``max_features``: passed to each vectorizer.
    """

    def __init__(
        self,
        *,
        language: str | None = "en",
        signals: bool = True,
        signal_weight: float = 1.0,
        word_ngrams: tuple[int, int] | None = None,
        char_ngrams: tuple[int, int] | None = None,
        fields: tuple[str, ...] = ("agent", "customer"),
        min_df: int = 2,
        max_features: int | None = 50000,
    ) -> None:
        self.language = language
        self.signals = signals
        self.signal_weight = signal_weight
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.fields = fields
        self.min_df = min_df
        self.max_features = max_features

    def _evaluator(self) -> DefaultEvaluator:
        return DefaultEvaluator(language=self.language)

    def _vectorizer(self, analyzer: str, ngrams: tuple[int, int]) -> TfidfVectorizer:
        return TfidfVectorizer(
            analyzer=analyzer,
            ngram_range=tuple(ngrams),
            min_df=self.min_df,
            max_features=self.max_features,
            sublinear_tf=True,
            dtype=np.float64,
        )

    def _specs(self) -> list[tuple[str, str, tuple[int, int]]]:
        unknown = [f for f in self.fields if f not in FIELDS]
        if unknown:
            raise ConfigurationError(
                f"unknown field {unknown[0]!r}; expected one of {', '.join(FIELDS)}"
            )
        specs = []
        for f in self.fields:
            if self.word_ngrams is not None:
                specs.append((f, "word", tuple(self.word_ngrams)))
            if self.char_ngrams is not None:
                specs.append((f, "char_wb", tuple(self.char_ngrams)))
        return specs  # type: ignore[return-value]

    def fit(self, X: Sequence[Item], y: Any = None) -> TranscriptFeaturizer:
        """Learn the signal scaling statistics and the n-gram vocabularies; returns self."""
        pairs = [_pair(x, self._evaluator()) for x in X]
        if not pairs:
            raise ConfigurationError("cannot fit a TranscriptFeaturizer on zero transcripts")
        names: list[str] = []
        if self.signals:
            rows = np.array([_signals(t, a) for t, a in pairs], dtype=float)
            self.signal_mean_ = rows.mean(0)
            scale = rows.std(0)
            self.signal_scale_ = np.where(scale > 0, scale, 1.0)
            names += [f"signal:{n}" for n in signal_names()]
        self.vectorizers_: list[tuple[str, str, TfidfVectorizer]] = []
        for field, analyzer, ngrams in self._specs():
            vec = self._vectorizer("word" if analyzer == "word" else "char_wb", ngrams)
            texts = [_field_text(t, field) for t, _ in pairs]
            try:
                vec.fit(texts)
            except ValueError:  # empty vocabulary (e.g. no such turns): drop the block
                continue
            self.vectorizers_.append((field, analyzer, vec))
            names += [f"{field}:{analyzer}:{v}" for v in vec.get_feature_names_out()]
        self.feature_names_out_ = np.asarray(names, dtype=object)
        self.n_features_out_ = len(names)
        return self

    def transform(self, X: Sequence[Item]) -> NDArray[np.float64] | sp.csr_matrix:
        """The feature matrix: dense without n-grams, CSR sparse with them."""
        check_is_fitted(self, "feature_names_out_")
        pairs = [_pair(x, self._evaluator()) for x in X]
        blocks: list[Any] = []
        if self.signals:
            rows = np.array([_signals(t, a) for t, a in pairs], dtype=float).reshape(len(pairs), -1)
            blocks.append((rows - self.signal_mean_) / self.signal_scale_ * self.signal_weight)
        for field, _, vec in self.vectorizers_:
            blocks.append(vec.transform([_field_text(t, field) for t, _ in pairs]))
        if not self.vectorizers_:
            return np.hstack(blocks) if blocks else np.zeros((len(pairs), 0))
        return sp.hstack([sp.csr_matrix(b) for b in blocks], format="csr")

    def get_feature_names_out(self, input_features: Any = None) -> NDArray[np.object_]:
        """Column names: ``signal:<name>`` then ``<field>:<analyzer>:<n-gram>``."""
        check_is_fitted(self, "feature_names_out_")
        return np.asarray(self.feature_names_out_, dtype=object)

    # ------------------------------------------------------------------ safe persistence

    def to_json(self) -> dict[str, Any]:
        """Parameters and fitted state as plain JSON data (no pickle)."""
        check_is_fitted(self, "feature_names_out_")
        state: dict[str, Any] = {"params": _jsonable(self.get_params())}
        if self.signals:
            state["signal_names"] = signal_names()
            state["signal_mean"] = self.signal_mean_.tolist()
            state["signal_scale"] = self.signal_scale_.tolist()
        state["vectorizers"] = [
            {
                "field": field,
                "analyzer": analyzer,
                "vocabulary": {str(k): int(v) for k, v in vec.vocabulary_.items()},
                "idf": vec.idf_.tolist(),
            }
            for field, analyzer, vec in self.vectorizers_
        ]
        return state

    @classmethod
    def from_json(cls, state: dict[str, Any]) -> TranscriptFeaturizer:
        """Rebuild a fitted featurizer from :meth:`to_json` data."""
        params = dict(state["params"])
        for key in ("word_ngrams", "char_ngrams"):
            if params.get(key) is not None:
                params[key] = tuple(params[key])
        params["fields"] = tuple(params.get("fields", ()))
        self = cls(**params)
        names: list[str] = []
        if self.signals:
            if state.get("signal_names") != signal_names():
                raise ConfigurationError(
                    "the saved signal columns differ from this csskills version's; refit the model"
                )
            self.signal_mean_ = np.asarray(state["signal_mean"], dtype=float)
            self.signal_scale_ = np.asarray(state["signal_scale"], dtype=float)
            names += [f"signal:{n}" for n in signal_names()]
        self.vectorizers_ = []
        for block in state["vectorizers"]:
            spec = next(
                (s for s in self._specs() if s[0] == block["field"] and s[1] == block["analyzer"]),
                None,
            )
            if spec is None:
                raise ConfigurationError(f"saved vectorizer {block['field']}:{block['analyzer']} "
                                 "does not match the parameters")  # fmt: skip
            vec = self._vectorizer("word" if spec[1] == "word" else "char_wb", spec[2])
            vec.vocabulary_ = dict(block["vocabulary"])
            vec.idf_ = np.asarray(block["idf"], dtype=float)
            self.vectorizers_.append((spec[0], spec[1], vec))
            names += [f"{spec[0]}:{spec[1]}:{v}" for v in vec.get_feature_names_out()]
        self.feature_names_out_ = np.asarray(names, dtype=object)
        self.n_features_out_ = len(names)
        return self


def _jsonable(params: dict[str, Any]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in params.items()}
