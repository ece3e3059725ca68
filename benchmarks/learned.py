"""Cross-validated validation of the trainable evaluator (``csskills.learn``) on public data.

Usage::

    python benchmarks/learned.py --data ../shared/data [--only stc3 epitome politeness]
        [--limit N] [--out benchmarks/results/learned.json]

Protocol (every number is out-of-fold: the featurizer's vocabularies and the ridge models are
fitted on the training folds only, through ``LearnedEvaluator.fit(..., cv=5)``):

- ``stc3``: STC-3 English train dialogues (helpdesk = agent), 5-fold grouped CV (group = the
  dialogue's first customer turn, so a re-posted complaint never sits on both sides). Targets:
  the mean over the 19 raters of S (customer satisfaction, as ``csat`` ->
  ``metrics["predicted_csat"]``), A and E. Spearman with each. Human ceilings: Spearman of one
  rater with the mean of the other 18 (averaged over raters); Krippendorff's alpha (interval)
  among the 19 raters, mean pairwise alpha rater-rater vs evaluator-rater (the evaluator's S
  prediction linearly mapped to the raters' -2..2 scale by the training fold fit itself).
- ``epitome``: EPITOME emotional reactions (seeker post = customer, response = agent), target
  ``empathy`` = 100 when level > 0 else 0, positive iff prediction >= 50; macro-F1 over the two
  classes (the same binary task as ``validate.py``), 5-fold shuffled CV (seed 0).
- ``politeness``: Stanford Politeness, Wikipedia, top vs bottom quartile, one agent turn;
  target ``positive_language`` = 100 / 0, polite iff prediction >= 50; accuracy, 5-fold CV.

The text never leaves the data folder: only numbers are written.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import csskills as cs
import datasets as ds
from csskills.calibrate import krippendorff_alpha, spearman
from csskills.learn import LearnedEvaluator, TranscriptFeaturizer

SETS = ("stc3", "epitome", "politeness")
DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "learned.json"


def row(
    metric: str, value: float | None, target: float | None, n: int, note: str = ""
) -> dict[str, Any]:
    """One result row, in the shape of ``validate.py``'s ``Row``."""
    return {"metric": metric, "value": value, "target": target, "n": n, "note": note}


def _transcript(id_: str, turns: Sequence[tuple[str, str]]) -> cs.Transcript:
    return cs.Transcript.model_validate(
        {"id": id_, "language": "en", "turns": [{"role": r, "text": t} for r, t in turns if t]}
    )


def _keep(ids: Sequence[str], limit: int | None) -> set[str]:
    ordered = sorted(ids, key=lambda i: hashlib.sha1(i.encode()).hexdigest())
    return set(ordered if limit is None else ordered[:limit])


def _macro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    scores = []
    for cls in (True, False):
        tp = float(np.sum((pred == cls) & (gold == cls)))
        fp = float(np.sum((pred == cls) & (gold != cls)))
        fn = float(np.sum((pred != cls) & (gold == cls)))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(scores))


def run_stc3(data: Path, limit: int | None) -> list[dict[str, Any]]:
    """Satisfaction (S), accomplishment (A), effectiveness (E) from the team's means."""
    raw = json.loads((data / "stc3-dch" / "train_data_en.json").read_text(encoding="utf-8"))
    per_rater = {f"stc3-train-{d['id']}": d["annotations"] for d in raw}
    # a few dialogues have no helpdesk turn at all: nothing to score, so they are left out
    dialogues = [
        d
        for d in ds.stc3(data, "train")
        if d.scores and any(r == "agent" and t for r, t in d.turns)
    ]
    keep = _keep([d.id for d in dialogues], limit)
    dialogues = [d for d in dialogues if d.id in keep]
    transcripts = [_transcript(d.id, d.turns) for d in dialogues]
    groups = [
        hashlib.sha1(next((t for r, t in d.turns if r == "customer"), d.id).encode()).hexdigest()
        for d in dialogues
    ]
    featurizer = TranscriptFeaturizer(
        word_ngrams=(1, 2),
        char_ngrams=(2, 5),
        fields=("agent", "customer", "last_customer"),
        signal_weight=0.15,
        min_df=2,
        max_features=60000,
    )
    model = LearnedEvaluator(featurizer=featurizer, alpha=3.0, cv=5)
    targets = {
        "csat": [d.scores["S"] for d in dialogues],
        "accomplishment": [d.scores["A"] for d in dialogues],
        "effectiveness": [d.scores["E"] for d in dialogues],
    }
    t0 = time.perf_counter()
    model.fit(transcripts, targets, groups=groups)
    elapsed = time.perf_counter() - t0
    n = len(dialogues)
    rows = []
    for key, target, goal in (("S", "csat", 0.70), ("A", "accomplishment", None),
                              ("E", "effectiveness", None)):  # fmt: skip
        rho = model.cv_scores_[target]["spearman"]
        ratings = np.array(
            [[a["quality"][key] for a in per_rater[d.id]] for d in dialogues], dtype=float
        )
        loo = []
        for j in range(ratings.shape[1]):
            others = np.delete(ratings, j, axis=1).mean(1)
            loo.append(spearman(ratings[:, j], others))
        note = f"5-fold grouped CV; one rater vs the others {np.mean(loo):.3f}"
        rows.append(row(f"learned_stc3_spearman_{key}", rho, goal, n, note))
        pred = model.cv_predictions_[target]
        if key == "S":
            alpha_raters = krippendorff_alpha(ratings)
            pair_h = [
                krippendorff_alpha(ratings[:, [i, j]])
                for i in range(ratings.shape[1])
                for j in range(i + 1, ratings.shape[1])
            ]
            pair_e = [krippendorff_alpha(np.column_stack([pred, ratings[:, j]]))
                      for j in range(ratings.shape[1])]  # fmt: skip
            with_e = krippendorff_alpha(np.column_stack([ratings, pred]))
            rows.append(row("learned_stc3_alpha_S_raters", alpha_raters, None, n,
                            "Krippendorff alpha (interval) among the 19 raters"))  # fmt: skip
            rows.append(row("learned_stc3_alpha_S_with_evaluator", with_e, None, n,
                            "the 19 raters plus the evaluator's CV prediction"))  # fmt: skip
            rows.append(row("learned_stc3_alpha_S_pair_rater_rater", float(np.mean(pair_h)), None,
                            n, "mean over the 171 rater pairs"))  # fmt: skip
            rows.append(row("learned_stc3_alpha_S_pair_evaluator_rater", float(np.mean(pair_e)),
                            None, n, "mean over the 19 raters"))  # fmt: skip
            rows.append(row("learned_stc3_alpha_S_evaluator_vs_mean",
                            krippendorff_alpha(np.column_stack([pred, ratings.mean(1)])), None, n,
                            "evaluator vs the 19-rater mean"))  # fmt: skip
    rows.append(row("learned_stc3_fit_seconds", elapsed, None, n, "3 targets x (5 folds + final)"))
    return rows


def run_epitome(data: Path, limit: int | None) -> list[dict[str, Any]]:
    """Emotional reactions (level > 0) as a learned empathy score."""
    posts = list(ds.epitome(data))
    keep = _keep([p.id for p in posts], limit)
    posts = [p for p in posts if p.id in keep]
    transcripts = [
        _transcript(p.id, [("customer", p.seeker), ("agent", p.response)]) for p in posts
    ]
    gold = np.array([p.level > 0 for p in posts])
    featurizer = TranscriptFeaturizer(
        word_ngrams=(1, 3), char_ngrams=(2, 5), fields=("agent",), signal_weight=0.2,
        min_df=2, max_features=80000,
    )  # fmt: skip
    model = LearnedEvaluator(featurizer=featurizer, alpha=1.5, cv=5)
    t0 = time.perf_counter()
    model.fit(transcripts, {"empathy": [100.0 * g for g in gold]})
    elapsed = time.perf_counter() - t0
    pred = model.cv_predictions_["empathy"] >= 50
    f1 = _macro_f1(gold, pred)
    return [
        row(
            "learned_epitome_macro_f1",
            f1,
            0.74,
            len(posts),
            f"5-fold CV, {int(gold.sum())} positives, fit {elapsed:.0f} s",
        ),
    ]


def run_politeness(data: Path, limit: int | None) -> list[dict[str, Any]]:
    """Top vs bottom quartile of Wikipedia requests as a learned positive-language score."""
    items = [s for s in ds.politeness(data) if s.polite is not None]
    keep = _keep([s.id for s in items], limit)
    items = [s for s in items if s.id in keep]
    transcripts = [_transcript(s.id, [("agent", s.text)]) for s in items]
    gold = np.array([bool(s.polite) for s in items])
    featurizer = TranscriptFeaturizer(
        word_ngrams=(1, 3), char_ngrams=(2, 5), fields=("agent",), signal_weight=0.2,
        min_df=2, max_features=80000,
    )  # fmt: skip
    model = LearnedEvaluator(featurizer=featurizer, alpha=1.5, cv=5)
    t0 = time.perf_counter()
    model.fit(transcripts, {"positive_language": [100.0 * g for g in gold]})
    elapsed = time.perf_counter() - t0
    pred = model.cv_predictions_["positive_language"] >= 50
    accuracy = float(np.mean(pred == gold))
    return [
        row(
            "learned_politeness_accuracy",
            accuracy,
            0.87,
            len(items),
            f"5-fold CV, fit {elapsed:.0f} s",
        ),
    ]


RUNNERS = {"stc3": run_stc3, "epitome": run_epitome, "politeness": run_politeness}


def rows(
    data: Path, limit: int | None = None, only: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """All result rows (used by ``validate.py``)."""
    out: list[dict[str, Any]] = []
    for name in only or SETS:
        out.extend(RUNNERS[name](data, limit))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Run, print a table and save JSON; exit 1 with ``--strict`` when a target fails."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--only", nargs="+", choices=SETS)
    parser.add_argument("--limit", type=int, help="about N items per set (deterministic)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    result = rows(args.data, args.limit, args.only)
    failed = []
    for r in result:
        ok = "-" if r["target"] is None else "PASS" if (r["value"] or 0) >= r["target"] else "FAIL"
        if ok == "FAIL":
            failed.append(r["metric"])
        value = "-" if r["value"] is None else f"{r['value']:.3f}"
        target = "-" if r["target"] is None else f"{r['target']:.2f}"
        print(f"{r['metric']:44s} {value:>7s} {target:>6s} {ok:>5s} {r['n']:>6d}  {r['note']}")
    elapsed = time.perf_counter() - start
    print(f"\n{len(result)} rows in {elapsed:.0f} s")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps({"elapsed_s": round(elapsed, 1), "rows": result}, indent=2) + "\n"
    )
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())
