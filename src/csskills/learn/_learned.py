"""An evaluator trained on a QA team's own labels, saved as JSON (never pickle).

:class:`LearnedEvaluator` fits one :class:`RidgeScorer` per labelled target on the columns of
a :class:`TranscriptFeaturizer`. Targets named after a competency replace that competency's
value, ``overall`` replaces the overall score, and any other name ``x`` becomes
``metrics["predicted_x"]`` (``csat`` -> ``metrics["predicted_csat"]``). The evidence, reasons
and behaviours are the default evaluator's: the model changes the numbers, not the why.

The model file is JSON (format ``csskills.learned/1``, see ``docs/guides/calibration.md``):
loading it cannot run code, unlike a pickle handed around between teams.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray
from sklearn.base import BaseEstimator, RegressorMixin, clone
from sklearn.linear_model import Ridge
from sklearn.model_selection import GroupKFold, KFold
from sklearn.utils.validation import check_is_fitted

from csskills._assessment import Assessment, CompetencyScore
from csskills._transcript import Transcript
from csskills.calibrate import QALabels, krippendorff_alpha, pearson, spearman
from csskills.competencies import COMPETENCY_IDS
from csskills.evaluate import DefaultEvaluator, Evaluator
from csskills.evaluate import overall_from_scores as overall_of
from csskills.exceptions import ConfigurationError, NotFittedError
from csskills.learn._featurizer import TranscriptFeaturizer

try:  # scikit-learn >= 1.6
    from sklearn.utils.validation import validate_data as _validate_data
except ImportError:  # pragma: no cover - older scikit-learn

    def _validate_data(estimator: Any, *args: Any, **kwargs: Any) -> Any:
        return estimator._validate_data(*args, **kwargs)


__all__ = ["FORMAT", "LearnedEvaluator", "RidgeScorer"]

FORMAT = "csskills.learned/1"


def _dual_ridge(X: Any, y: NDArray[np.float64], alpha: float) -> tuple[NDArray[np.float64], float]:
    """Ridge with an unpenalised intercept, solved in the n x n dual: exact, and far faster
    than an iterative solver when n-gram columns outnumber the conversations. Centring is
    done implicitly so the sparse matrix is never densified."""
    mu = np.asarray(X.mean(axis=0)).ravel()
    y_mean = float(y.mean())
    gram = np.asarray((X @ X.T).todense(), dtype=float)
    v = np.asarray(X @ mu, dtype=float).ravel()
    kernel = gram - v[:, None] - v[None, :] + float(mu @ mu)
    kernel[np.diag_indices_from(kernel)] += alpha
    dual = np.linalg.solve(kernel, y - y_mean)
    coef = np.asarray(X.T @ dual, dtype=float).ravel() - mu * dual.sum()
    return coef, y_mean - float(mu @ coef)


class RidgeScorer(RegressorMixin, BaseEstimator):  # type: ignore[misc]
    """Ridge regression whose predictions are clipped to the range seen in training.

    A QA score outside the scale the team uses (a 104 on 0-100) is meaningless, so with
    ``clip=True`` predictions stay within ``[y_min_, y_max_]``. The fitted state is a plain
    coefficient vector and intercept, so it saves to JSON exactly.
    """

    def __init__(self, *, alpha: float = 1.0, clip: bool = True) -> None:
        self.alpha = alpha
        self.clip = clip

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.sparse = True
        return tags

    def fit(self, X: Any, y: Any) -> RidgeScorer:
        """Fit on a numeric matrix (dense or CSR); returns self."""
        X, y = _validate_data(self, X, y, accept_sparse="csr", y_numeric=True)
        if self.alpha < 0:
            raise ConfigurationError(f"alpha must be >= 0, got {self.alpha}")
        y = np.asarray(y, dtype=float)
        if sp.issparse(X) and X.shape[1] > X.shape[0] and self.alpha > 0:
            self.coef_, self.intercept_ = _dual_ridge(X, y, self.alpha)
        else:
            model = Ridge(alpha=self.alpha, fit_intercept=True).fit(X, y)
            self.coef_ = np.asarray(model.coef_, dtype=float)
            self.intercept_ = float(np.asarray(model.intercept_).ravel()[0])
        self.y_min_ = float(y.min())
        self.y_max_ = float(y.max())
        return self

    def predict(self, X: Any) -> NDArray[np.float64]:
        """Predictions, clipped to the training range when ``clip``."""
        check_is_fitted(self, "coef_")
        X = _validate_data(self, X, accept_sparse="csr", reset=False)
        pred = np.asarray(X @ self.coef_, dtype=float).ravel() + self.intercept_
        return np.clip(pred, self.y_min_, self.y_max_) if self.clip else pred

    def to_json(self) -> dict[str, Any]:
        """Fitted state as JSON data."""
        check_is_fitted(self, "coef_")
        return {
            "params": self.get_params(),
            "coef": self.coef_.tolist(),
            "intercept": self.intercept_,
            "y_min": self.y_min_,
            "y_max": self.y_max_,
        }

    @classmethod
    def from_json(cls, state: Mapping[str, Any]) -> RidgeScorer:
        """Rebuild from :meth:`to_json` data."""
        self = cls(**state["params"])
        self.coef_ = np.asarray(state["coef"], dtype=float)
        self.intercept_ = float(state["intercept"])
        self.y_min_ = float(state["y_min"])
        self.y_max_ = float(state["y_max"])
        self.n_features_in_ = self.coef_.size
        return self


def _cv_summary(y: NDArray[np.float64], pred: NDArray[np.float64]) -> dict[str, float | None]:
    def clean(x: float) -> float | None:
        return float(x) if math.isfinite(x) else None

    return {
        "n": float(y.size),
        "spearman": clean(spearman(pred, y)),
        "pearson": clean(pearson(pred, y)),
        "mean_abs_error": clean(float(np.abs(pred - y).mean())),
        "alpha_interval": clean(krippendorff_alpha(np.column_stack([pred, y]))),
    }


class LearnedEvaluator(Evaluator):
    """An evaluator whose numbers come from models fitted on the team's labels.

    ``featurizer`` (default: signals plus word 1-2-grams on agent and customer text) and
    ``alpha`` (one value, or per target) configure the models; ``cv`` folds are used to report
    the cross-validated agreement in :attr:`cv_scores_` (``{target: {spearman, pearson,
    mean_abs_error, alpha_interval, n}}``) before the final fit on every labelled transcript.
    """

    name = "csskills.learned"

    def __init__(
        self,
        *,
        featurizer: TranscriptFeaturizer | None = None,
        alpha: float | Mapping[str, float] = 1.0,
        cv: int = 5,
        language: str | None = "en",
    ) -> None:
        self.featurizer = featurizer or TranscriptFeaturizer(
            language=language, word_ngrams=(1, 2), fields=("agent", "customer")
        )
        self.alpha = alpha
        self.cv = cv
        self.language = language
        self.base = DefaultEvaluator(language=language)
        self.models_: dict[str, RidgeScorer] = {}
        self.cv_scores_: dict[str, dict[str, float | None]] = {}
        self.cv_predictions_: dict[str, NDArray[np.float64]] = {}
        self.version = "unfitted"

    def _alpha(self, target: str) -> float:
        return float(self.alpha[target] if isinstance(self.alpha, Mapping) else self.alpha)

    def pairs(self, transcripts: Sequence[Transcript]) -> list[tuple[Transcript, Assessment]]:
        """Each transcript with the default evaluator's assessment (computed once)."""
        return [(t, self.base.evaluate(t)) for t in transcripts]

    def cross_validate(
        self,
        pairs: Sequence[tuple[Transcript, Assessment]],
        y: Sequence[float],
        *,
        target: str = "target",
        groups: Sequence[Any] | None = None,
        seed: int = 0,
    ) -> NDArray[np.float64]:
        """Out-of-fold predictions: the featurizer and the model are fitted on each training
        fold only (n-gram vocabularies never see the held-out fold)."""
        return self._cross_validate(pairs, {target: np.asarray(y, dtype=float)}, groups, seed)[
            target
        ]

    def _cross_validate(
        self,
        pairs: Sequence[tuple[Transcript, Assessment]],
        ys: Mapping[str, NDArray[np.float64]],
        groups: Sequence[Any] | None,
        seed: int,
    ) -> dict[str, NDArray[np.float64]]:
        """One featurizer fit per fold, shared by every target labelled on the same rows."""
        n = len(pairs)
        splitter = (
            GroupKFold(n_splits=self.cv)
            if groups is not None
            else KFold(n_splits=self.cv, shuffle=True, random_state=seed)
        )
        preds = {t: np.empty(n) for t in ys}
        for train, test in splitter.split(np.zeros(n), None, groups):
            feats = clone(self.featurizer)
            xtr = feats.fit_transform([pairs[i] for i in train])
            xte = feats.transform([pairs[i] for i in test])
            for target, y in ys.items():
                model = RidgeScorer(alpha=self._alpha(target)).fit(xtr, y[train])
                preds[target][test] = model.predict(xte)
        return preds

    def fit(
        self,
        transcripts: Sequence[Transcript],
        targets: Mapping[str, Sequence[float | None]],
        *,
        groups: Sequence[Any] | None = None,
        pairs: Sequence[tuple[Transcript, Assessment]] | None = None,
        seed: int = 0,
    ) -> LearnedEvaluator:
        """Fit one model per target (``None`` = unlabelled for that target); returns self.

        With ``cv >= 2`` the out-of-fold predictions (``cv_predictions_``) and their agreement
        with the labels (``cv_scores_``) are computed first; ``groups`` keeps related
        conversations (same case, same customer) in one fold.
        """
        if not targets:
            raise ConfigurationError("no targets to fit")
        pairs = list(pairs) if pairs is not None else self.pairs(transcripts)
        by_rows: dict[tuple[int, ...], dict[str, NDArray[np.float64]]] = {}
        for target, values in targets.items():
            if len(values) != len(pairs):
                raise ConfigurationError(
                    f"target {target!r} has {len(values)} values for {len(pairs)} transcripts"
                )
            keep = tuple(i for i, v in enumerate(values) if v is not None and math.isfinite(v))
            if len(keep) < max(2, self.cv):
                raise ConfigurationError(
                    f"target {target!r} has only {len(keep)} labelled transcripts"
                )
            by_rows.setdefault(keep, {})[target] = np.array([values[i] for i in keep], dtype=float)
        self.featurizer = clone(self.featurizer).fit(pairs)
        x_all = self.featurizer.transform(pairs)
        self.models_ = {}
        self.cv_scores_ = {}
        self.cv_predictions_ = {}
        for keep, ys in by_rows.items():
            if self.cv >= 2:
                sub = [pairs[i] for i in keep]
                g = None if groups is None else [groups[i] for i in keep]
                for target, pred in self._cross_validate(sub, ys, g, seed).items():
                    self.cv_predictions_[target] = pred
                    self.cv_scores_[target] = _cv_summary(ys[target], pred)
            rows = x_all[np.asarray(keep)]
            for target, y in ys.items():
                self.models_[target] = RidgeScorer(alpha=self._alpha(target)).fit(rows, y)
        self.models_ = {t: self.models_[t] for t in targets}
        self.version = self._digest()
        return self

    def fit_labels(
        self,
        transcripts: Sequence[Transcript],
        labels: QALabels,
        *,
        items: Sequence[str] | None = None,
        groups: Sequence[Any] | None = None,
    ) -> LearnedEvaluator:
        """Fit on QA labels: each item's target is the raters' mean on 0-100."""
        targets: dict[str, list[float | None]] = {}
        for item in items or labels.items():
            m = labels.matrix(item)
            consensus = dict(zip(m.conversations, m.consensus().tolist(), strict=True))
            targets[item] = [consensus.get(t.id) for t in transcripts]
        return self.fit(transcripts, targets, groups=groups)

    def predict(self, items: Sequence[Any]) -> dict[str, NDArray[np.float64]]:
        """Raw predictions per target for transcripts or (transcript, assessment) pairs."""
        if not self.models_:
            raise NotFittedError("this LearnedEvaluator is not fitted; call fit() or load()")
        x = self.featurizer.transform(items)
        return {t: m.predict(x) for t, m in self.models_.items()}

    def evaluate(self, transcript: Transcript) -> Assessment:
        """The default assessment (evidence, behaviours) with the learned values put in.

        A competency the default evaluator found no opportunity for stays N/A with its reason
        (a value always has evidence behind it); :meth:`predict` gives the raw predictions.
        """
        base = self.base.evaluate(transcript)
        if not self.models_:
            raise NotFittedError("this LearnedEvaluator is not fitted; call fit() or load()")
        if base.language is None:
            return base.model_copy(update={"evaluator": self.info})
        preds = {t: float(v[0]) for t, v in self.predict([(transcript, base)]).items()}
        scores = dict(base.scores)
        metrics = dict(base.metrics)
        for target, value in preds.items():
            if target in COMPETENCY_IDS:
                old = scores.get(target, CompetencyScore())
                if old.value is None:  # no opportunity: N/A stays N/A, with its reason
                    continue
                scores[target] = CompetencyScore.model_construct(
                    value=min(100.0, max(0.0, value)),
                    reason=old.reason,
                    opportunities=old.opportunities,
                    evidence=old.evidence,
                )
            elif target != "overall":
                metrics[f"predicted_{target}"] = value
        total = min(100.0, max(0.0, preds["overall"])) if "overall" in preds else overall_of(scores)
        return base.model_copy(
            update={"evaluator": self.info, "scores": scores, "metrics": metrics, "overall": total}
        )

    # ------------------------------------------------------------------ persistence

    def to_json(self) -> dict[str, Any]:
        """The whole model as JSON data (see ``FORMAT``)."""
        return {
            "format": FORMAT,
            "name": self.name,
            "language": self.language,
            "featurizer": self.featurizer.to_json(),
            "models": {t: m.to_json() for t, m in self.models_.items()},
            "cv": self.cv_scores_,
        }

    def _digest(self) -> str:
        body = json.dumps(
            {
                "f": self.featurizer.to_json(),
                "m": {t: m.to_json() for t, m in self.models_.items()},
            },
            sort_keys=True,
        )
        return "1+" + hashlib.sha256(body.encode()).hexdigest()[:12]

    def save(self, path: str | Path) -> None:
        """Write the model to a JSON file."""
        Path(path).write_text(json.dumps(self.to_json()), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> LearnedEvaluator:
        """Read a model written by :meth:`save` (plain JSON: safe to load from anyone)."""
        state = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(state, dict) or state.get("format") != FORMAT:
            found = state.get("format") if isinstance(state, dict) else type(state).__name__
            raise ConfigurationError(f"{path}: not a csskills learned model (format {found!r}, "
                             f"expected {FORMAT!r})")  # fmt: skip
        self = cls(
            featurizer=TranscriptFeaturizer.from_json(state["featurizer"]),
            language=state.get("language"),
        )
        self.models_ = {t: RidgeScorer.from_json(m) for t, m in state["models"].items()}
        self.cv_scores_ = dict(state.get("cv", {}))
        self.version = self._digest()
        return self

    def __getstate__(self) -> dict[str, Any]:  # pickle for process pools: via the JSON state
        return {"state": self.to_json() if self.models_ else None, "language": self.language}

    def __setstate__(self, state: dict[str, Any]) -> None:
        if state["state"] is None:
            self.__init__(language=state["language"])  # type: ignore[misc]
            return
        data = state["state"]
        self.__init__(  # type: ignore[misc]
            featurizer=TranscriptFeaturizer.from_json(data["featurizer"]),
            language=data.get("language"),
        )
        self.models_ = {t: RidgeScorer.from_json(m) for t, m in data["models"].items()}
        self.cv_scores_ = dict(data.get("cv", {}))
        self.version = self._digest()
