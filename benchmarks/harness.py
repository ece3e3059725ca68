"""The machinery shared by ``validate.py``, ``multilingual.py`` and ``learned.py``.

Items and rows, the tune/check split, scoring through ``cs.evaluate_many``, per-side metrics
with their naive baselines, error files and the printed table. The protocol (which set, which
label, which behaviour) lives in ``validate.py``; this module only knows how to measure.

The split: an item is on the ``check`` side iff
``int(sha1(f"{set_name}:{group_id}".encode()).hexdigest()[:8], 16) % 2 == 1``, else on the
``tune`` side, where ``set_name`` is the data folder (``swda``, ``mrda``, ...) and ``group_id``
the conversation / dialogue / meeting / post the item comes from, so a conversation is never
split. Rules are tuned on ``tune`` only; targets are judged on ``check``.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import ValidationError
from scipy.stats import spearmanr
from sklearn.metrics import roc_auc_score

import csskills as cs
from baselines import Baseline, vader_compound, vader_positive

SIDES = ("tune", "check", "all")
MAX_GAP = 0.03
# The gap's own noise: its standard error from BOOTSTRAP_ROUNDS resamples of each half (items
# resampled with replacement; items of one conversation are not kept together, so this is a
# lower bound). A gap over MAX_GAP but within two standard errors is flagged "gap~": two halves
# of the same set differ that much by chance. Rows whose metric is a Python function over more
# than BOOTSTRAP_MAX_ITEMS items get none (binary rows are vectorised and always get one).
BOOTSTRAP_ROUNDS = 200
BOOTSTRAP_MAX_ITEMS = 5_000
DEFAULT_ERRORS = Path("/tmp/csskills-errors")
QUESTION_TYPES = ("interrogative", "declarative", "tag")


def side_of(set_name: str, group: str) -> str:
    """``check`` or ``tune``: the fixed 50/50 split by a hash of the item's group."""
    h = int(hashlib.sha1(f"{set_name}:{group}".encode()).hexdigest()[:8], 16)
    return "check" if h % 2 == 1 else "tune"


@dataclass
class Item:
    """One labelled item turned into a transcript; ``focus`` is the turn index that counts.

    ``group`` is the conversation the item comes from (what the split hashes), ``side`` its
    half, ``source`` the focus turn as transcribed (before any punctuation was stripped).
    """

    id: str
    turns: list[tuple[str, str]]
    gold: Any
    focus: int = 0
    group: str = ""
    language: str = "en"
    source: str = ""
    side: str = ""

    def transcript(self) -> dict[str, Any]:
        """The transcript as plain data, ready for ``cs.Transcript.model_validate``."""
        return {
            "id": self.id,
            "language": self.language,
            "turns": [{"role": r, "text": t} for r, t in self.turns],
        }

    @property
    def text(self) -> str:
        """The focus turn's text (as scored)."""
        return self.turns[self.focus][1]

    @property
    def previous(self) -> str | None:
        """The turn before the focus turn, if any."""
        return self.turns[self.focus - 1][1] if self.focus > 0 else None


@dataclass
class Context:
    """Run-wide settings shared by the set runners."""

    data: Path
    limit: int | None
    errors: Path = DEFAULT_ERRORS
    split: str = "all"
    evaluator: cs.Evaluator | None = None
    timings: dict[str, dict[str, float]] = field(default_factory=dict)

    @property
    def sides(self) -> tuple[str, ...]:
        """The sides a metric is computed on: all three, or the one side that was run."""
        return SIDES if self.split == "all" else (self.split,)

    @property
    def judged(self) -> str:
        """The side targets are judged on: ``check`` unless only ``tune`` was run."""
        return "tune" if self.split == "tune" else "check"


Values = dict[str, float | None]


@dataclass
class BaselineValues:
    """One baseline's value on each side."""

    name: str
    values: Values
    naive: bool = True


@dataclass
class Row:
    """One line of the result table: a metric on tune, check and all items."""

    metric: str
    values: Values
    target: float | None
    n: dict[str, int]
    judged: str = "check"
    precision: float | None = None
    recall: float | None = None
    baselines: list[BaselineValues] = field(default_factory=list)
    note: str = ""
    gap_se: float | None = None

    @property
    def value(self) -> float | None:
        """The value on the judged side."""
        return self.values.get(self.judged)

    @property
    def gap(self) -> float | None:
        """check - tune, when both were computed."""
        tune, check = self.values.get("tune"), self.values.get("check")
        return None if tune is None or check is None else check - tune

    @property
    def passed(self) -> bool | None:
        """Whether the judged value meets the target (None without a target)."""
        if self.target is None:
            return None
        return self.value is not None and self.value >= self.target

    @property
    def best_baseline(self) -> BaselineValues | None:
        """The strongest naive baseline on the judged side."""
        naive = [b for b in self.baselines if b.naive and b.values.get(self.judged) is not None]
        return max(naive, key=lambda b: b.values[self.judged] or 0.0, default=None)

    @property
    def flag(self) -> str:
        """``<base`` below its strongest naive baseline, ``gap`` when |check - tune| > 0.03."""
        flags = []
        best = self.best_baseline
        if (
            best is not None
            and self.value is not None
            and self.value < (best.values[self.judged] or 0.0)
        ):
            flags.append("<base")
        if self.gap is not None and abs(self.gap) > MAX_GAP:
            noise = self.gap_se is not None and abs(self.gap) <= 2 * self.gap_se
            flags.append("gap~" if noise else "gap")
        return " ".join(flags)

    def to_json(self) -> dict[str, Any]:
        """Plain data for the JSON report."""

        def sides(values: Values) -> dict[str, Any]:
            tune, check = values.get("tune"), values.get("check")
            gap = None if tune is None or check is None else check - tune
            return {"tune": tune, "check": check, "gap": gap, "all": values.get("all")}

        return {
            "metric": self.metric,
            **sides(self.values),
            "value": self.value,
            "judged": self.judged,
            "target": self.target,
            "passed": self.passed,
            "flag": self.flag,
            "gap_se": self.gap_se,
            "n_tune": self.n.get("tune"),
            "n_check": self.n.get("check"),
            "n": self.n.get("all", self.n.get(self.judged)),
            "precision": self.precision,
            "recall": self.recall,
            "baselines": [
                {"name": b.name, "naive": b.naive, **sides(b.values)} for b in self.baselines
            ],
            "note": self.note,
        }


# --------------------------------------------------------------------------- items


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def assign_sides(set_name: str, items: list[Item], split: str) -> list[Item]:
    """Set every item's side; keep only the items of ``split`` unless it is ``all``."""
    for item in items:
        item.side = side_of(set_name, item.group or item.id)
    return items if split == "all" else [i for i in items if i.side == split]


def sample(items: Sequence[Item], limit: int | None, key: Callable[[Item], Hashable]) -> list[Item]:
    """Deterministic stratified sample of about ``limit`` items (all items when None).

    The items of every class are ordered by a SHA-1 of their id and each class gets a
    proportional share, but at least min(25, class size), so rare classes stay represented.
    """
    if limit is None or limit >= len(items):
        return list(items)
    groups: dict[Hashable, list[Item]] = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    keep: set[str] = set()
    for group in groups.values():
        share = max(min(25, len(group)), round(limit * len(group) / len(items)))
        keep.update(i.id for i in sorted(group, key=lambda i: _hash(i.id))[:share])
    return [i for i in items if i.id in keep]


def assess(name: str, ctx: Context, items: Sequence[Item]) -> list[cs.Assessment | None]:
    """Validate and score all items in one ``evaluate_many`` call; None where that failed.

    An item whose transcript does not validate (e.g. a turn left empty by punctuation
    stripping) is not scored and counts as detecting nothing.
    """
    t0 = time.perf_counter()
    transcripts = []
    invalid = 0
    for item in items:
        try:
            transcripts.append(cs.Transcript.model_validate(item.transcript()))
        except ValidationError:
            invalid += 1
    t1 = time.perf_counter()
    result = cs.evaluate_many(transcripts, evaluator=ctx.evaluator)
    by_id = {a.transcript_id: a for a in result}
    t2 = time.perf_counter()
    timing = ctx.timings.setdefault(name, {})
    for key, value in (
        ("items", len(items)),
        ("turns", sum(len(i.turns) for i in items)),
        ("validate_s", t1 - t0),
        ("evaluate_s", t2 - t1),
        ("failures", len(getattr(result, "failures", ())) + invalid),
    ):
        timing[key] = round(timing.get(key, 0) + value, 3)
    return [by_id.get(i.id) for i in items]


def question_type(rule: str) -> str | None:
    """The question type a rule id ends in (``en.question:declarative``), or None."""
    suffix = rule.rsplit(":", 1)[-1]
    return suffix if suffix in QUESTION_TYPES else None


def detected(a: cs.Assessment | None, behaviour: str, turn: int, qtype: str | None = None) -> bool:
    """Whether ``behaviour`` has evidence in turn ``turn`` (of question type ``qtype``)."""
    if a is None:
        return False
    return any(
        e.turn == turn and (qtype is None or question_type(e.rule) == qtype)
        for e in a.behaviours.get(behaviour, ())
    )


def has_typed_questions(assessments: Iterable[cs.Assessment | None]) -> bool:
    """Whether any question evidence carries a type in its rule id."""
    return any(
        question_type(e.rule) is not None
        for a in assessments
        if a is not None
        for e in a.behaviours.get("question", ())
    )


def evidence_of(a: cs.Assessment | None, behaviour: str) -> list[dict[str, Any]]:
    """The evidence of one behaviour, as plain dicts, for the error files."""
    if a is None:
        return [{"error": "not scored"}]
    return [
        {"turn": e.turn, "start": e.start, "end": e.end, "text": e.text, "rule": e.rule}
        for e in a.behaviours.get(behaviour, ())
    ]


def score_evidence(a: cs.Assessment | None, competency: str) -> list[dict[str, Any]]:
    """The evidence behind one competency score, as plain dicts, for the error files."""
    score = a.scores.get(competency) if a is not None else None
    if score is None:
        return []
    return [
        {"turn": e.turn, "text": e.text, "rule": e.rule, "polarity": e.polarity}
        for e in score.evidence
    ]


def write_errors(ctx: Context, metric: str, records: Iterable[dict[str, Any]]) -> int:
    """Write misclassified items to ``<errors>/<metric>.jsonl``; returns how many."""
    ctx.errors.mkdir(parents=True, exist_ok=True)
    n = 0
    with (ctx.errors / f"{metric}.jsonl").open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


# --------------------------------------------------------------------------- scores


def prf(gold: Sequence[bool], pred: Sequence[bool]) -> tuple[float, float, float]:
    """Precision, recall and F1 of the positive class (0.0 when undefined)."""
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def f1(gold: Sequence[bool], pred: Sequence[bool]) -> float | None:
    """F1 of the positive class."""
    return prf(gold, pred)[2]


def macro_f1(gold: Sequence[bool], pred: Sequence[bool]) -> float | None:
    """Mean of the F1 of the positive and of the negative class."""
    neg = prf([not g for g in gold], [not p for p in pred])[2]
    return (prf(gold, pred)[2] + neg) / 2


def recall(gold: Sequence[bool], pred: Sequence[bool]) -> float | None:
    """Share of the gold positives detected (None without positives)."""
    hits = [p for g, p in zip(gold, pred, strict=True) if g]
    return sum(hits) / len(hits) if hits else None


def accuracy(gold: Sequence[bool], pred: Sequence[bool]) -> float | None:
    """Share of items where prediction and gold agree."""
    return float(np.mean([g == p for g, p in zip(gold, pred, strict=True)])) if len(gold) else None


def majority_accuracy(gold: Sequence[bool]) -> float | None:
    """Accuracy of always answering the side's majority class."""
    return max(float(np.mean(gold)), 1 - float(np.mean(gold))) if len(gold) else None


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Spearman's rho (None when either side is constant or too short)."""
    if len(xs) < 3 or len(set(xs)) < 2 or len(set(ys)) < 2:
        return None
    return float(spearmanr(xs, ys).statistic)


def auc(gold: Sequence[bool], scores: Sequence[float]) -> float | None:
    """ROC AUC (None unless both classes occur)."""
    return float(roc_auc_score(gold, scores)) if len(set(gold)) == 2 else None


SCORES: dict[str, Callable[[Sequence[bool], Sequence[bool]], float | None]] = {
    "f1": f1,
    "macro_f1": macro_f1,
    "recall": recall,
    "accuracy": accuracy,
}


# --------------------------------------------------------------------------- per side


def side_indices(ctx: Context, items: Sequence[Item]) -> dict[str, list[int]]:
    """The item positions on each side that is computed (``all``: every item)."""
    return {
        side: [k for k, i in enumerate(items) if side == "all" or i.side == side]
        for side in ctx.sides
    }


def per_side(indices: dict[str, list[int]], fn: Callable[[list[int]], float | None]) -> Values:
    """``fn`` on the positions of each side (None for an empty side)."""
    return {side: fn(idx) if idx else None for side, idx in indices.items()}


def paired(
    indices: dict[str, list[int]],
    score: Callable[[Sequence[Any], Sequence[Any]], float | None],
    xs: Sequence[Any],
    ys: Sequence[Any],
) -> Values:
    """``score(xs, ys)`` restricted to each side."""
    return per_side(indices, lambda idx: score([xs[k] for k in idx], [ys[k] for k in idx]))


def counts(indices: dict[str, list[int]]) -> dict[str, int]:
    """How many items each side holds."""
    return {side: len(idx) for side, idx in indices.items()}


def baseline_preds(baseline: Baseline, items: Sequence[Item]) -> list[bool]:
    """A baseline's yes/no on every item's focus turn."""
    return [baseline.decide(i.text, i.previous, i.source or i.text) for i in items]


def gap_se(
    indices: dict[str, list[int]], stat: Callable[[np.ndarray], float | None]
) -> float | None:
    """Bootstrap standard error of check - tune: ``stat(positions)`` on resamples of each half."""
    rng = np.random.default_rng(0)
    variance = 0.0
    for side in ("tune", "check"):
        idx = np.asarray(indices.get(side, []), dtype=np.int64)
        if len(idx) < 2:
            return None
        draws = []
        for _ in range(BOOTSTRAP_ROUNDS):
            value = stat(idx[rng.integers(0, len(idx), len(idx))])
            if value is not None and not math.isnan(value):
                draws.append(value)
        if len(draws) < BOOTSTRAP_ROUNDS // 2:
            return None
        variance += float(np.var(draws, ddof=1))
    return math.sqrt(variance)


def _binary_stat(
    score: str, gold: np.ndarray, pred: np.ndarray
) -> Callable[[np.ndarray], float | None]:
    """``SCORES[score]`` on numpy positions, vectorised (for the bootstrap)."""

    def f1_of(g: np.ndarray, p: np.ndarray) -> float:
        tp = int(np.count_nonzero(g & p))
        wrong = int(np.count_nonzero(g != p))
        return 2 * tp / (2 * tp + wrong) if tp else 0.0

    def stat(ix: np.ndarray) -> float | None:
        g, p = gold[ix], pred[ix]
        if score == "f1":
            return f1_of(g, p)
        if score == "macro_f1":
            return (f1_of(g, p) + f1_of(~g, ~p)) / 2
        if score == "recall":
            positives = int(np.count_nonzero(g))
            return int(np.count_nonzero(g & p)) / positives if positives else None
        return float(np.mean(g == p))  # accuracy

    return stat


def binary_row(
    ctx: Context,
    metric: str,
    items: Sequence[Item],
    gold: Sequence[bool],
    pred: Sequence[bool],
    *,
    score: str,
    target: float | None,
    baselines: Sequence[Baseline] = (),
    note: str = "",
) -> Row:
    """One row for a yes/no decision per item vs gold, on each side, beside its baselines.

    ``score`` is ``f1`` (positive class), ``macro_f1``, ``recall`` (share of gold positives
    detected) or ``accuracy``; precision and recall are given on the judged side.
    """
    fn = SCORES[score]
    indices = side_indices(ctx, items)
    values = paired(indices, fn, gold, pred)
    base = [
        BaselineValues(b.name, paired(indices, fn, gold, baseline_preds(b, items)), b.naive)
        for b in baselines
        if not (score == "recall" and b.name == "always positive")
    ]
    judged = indices.get(ctx.judged, [])
    g = [gold[k] for k in judged]
    p = [pred[k] for k in judged]
    precision, rec, _ = prf(g, p) if g else (None, None, None)
    positives = {side: sum(gold[k] for k in idx) for side, idx in indices.items()}
    text = ", ".join(f"{v} {s}" for s, v in positives.items())
    return Row(
        metric,
        values,
        target,
        counts(indices),
        ctx.judged,
        None if score == "recall" else precision,
        rec,
        base,
        f"positives: {text}" + (f"; {note}" if note else ""),
        gap_se(indices, _binary_stat(score, np.asarray(gold, bool), np.asarray(pred, bool))),
    )


def side_row(
    ctx: Context,
    metric: str,
    items: Sequence[Item],
    fn: Callable[[list[int]], float | None],
    *,
    target: float | None = None,
    baselines: Sequence[tuple[str, Callable[[list[int]], float | None]]] = (),
    note: str = "",
    keep: Sequence[bool] | None = None,
) -> Row:
    """A row for any metric ``fn(positions)``, per side, with baselines of the same form.

    ``keep`` restricts the row to some items (e.g. those with a value); n counts those.
    """
    indices = side_indices(ctx, items)
    if keep is not None:
        indices = {s: [k for k in idx if keep[k]] for s, idx in indices.items()}
    small = sum(len(idx) for idx in indices.values()) <= BOOTSTRAP_MAX_ITEMS
    return Row(
        metric,
        per_side(indices, fn),
        target,
        counts(indices),
        ctx.judged,
        baselines=[BaselineValues(name, per_side(indices, b)) for name, b in baselines],
        note=note,
        gap_se=gap_se(indices, lambda ix: fn(ix.tolist())) if small else None,
    )


# --------------------------------------------------------------------------- politeness


def politeness_rows(
    ctx: Context,
    prefix: str,
    items: Sequence[Item],
    assessments: Sequence[cs.Assessment | None],
    *,
    none_polite: bool,
    target: float | None,
) -> list[Row]:
    """Accuracy of ``positive_language`` on polite (gold True) vs impolite requests.

    ``none_polite``: the decision rule is value >= 50 with None counted as 50, i.e. polite;
    otherwise value > 50 with None = 50 = impolite. Rows: accuracy (beside VADER >= 0.05 for
    English and the majority class), accuracy under the other None rule, accuracy on the
    covered (non-None) items, coverage, and ROC AUC with None = 50 (beside VADER's compound).
    """
    raw = [
        a.scores["positive_language"].value
        if a is not None and "positive_language" in a.scores
        else None
        for a in assessments
    ]
    values = [50.0 if v is None else v for v in raw]
    gold = [bool(i.gold) for i in items]
    pred = [v >= 50 if none_polite else v > 50 for v in values]
    other = [
        (x is None and not none_polite) or (x is not None and p)
        for x, p in zip(raw, pred, strict=True)
    ]
    english = all(i.language == "en" for i in items)
    vader = [vader_positive(i.text, None, i.text) for i in items] if english else []
    compound = [vader_compound(i.text) for i in items] if english else []

    def on(fn: Callable[..., float | None], *cols: Sequence[Any]) -> Callable[[list[int]], Any]:
        return lambda idx: fn(*([c[k] for k in idx] for c in cols))

    acc_base = [("majority class", on(majority_accuracy, gold))]
    if english:
        acc_base.insert(0, ("VADER >= 0.05", on(accuracy, gold, vader)))
    rule = "value >= 50, None = 50 = polite" if none_polite else "value > 50, None = impolite"
    write_errors(
        ctx,
        f"{prefix}_accuracy",
        (
            {"id": i.id, "side": i.side, "gold_polite": g, "value": x, "text": i.text,
             "evidence": score_evidence(a, "positive_language")}
            for i, a, g, q, x in zip(items, assessments, gold, pred, raw, strict=True)
            if g != q
        ),
    )  # fmt: skip
    covered = [x is not None for x in raw]
    return [
        side_row(ctx, f"{prefix}_accuracy", items, on(accuracy, gold, pred), target=target,
                 baselines=acc_base, note=f"polite iff {rule}"),
        side_row(ctx, f"{prefix}_acc_none_{'impolite' if none_polite else 'polite'}", items,
                 on(accuracy, gold, other), note="same, None counted the other way"),
        side_row(ctx, f"{prefix}_accuracy_covered", items, on(accuracy, gold, pred),
                 keep=covered, note="accuracy on non-None items only"),
        side_row(ctx, f"{prefix}_coverage", items, on(lambda c: float(np.mean(c)), covered),
                 note="share of non-None values"),
        side_row(ctx, f"{prefix}_roc_auc", items, on(auc, gold, values), note="None = 50",
                 baselines=[("VADER compound", on(auc, gold, compound))] if english else []),
    ]  # fmt: skip


# --------------------------------------------------------------------------- output


def _fmt(x: float | None, width: int = 7) -> str:
    text = "-" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.3f}"
    return f"{text:>{width}s}"


def _signed(x: float | None) -> str:
    return f"{'-':>7s}" if x is None else f"{x:+7.3f}"


def baseline_text(row: Row, side: str | None = None) -> str:
    """The baselines of a row on one side, strongest naive first: ``0.512 '?'; ...``."""
    side = side or row.judged
    ordered = sorted(row.baselines, key=lambda b: (not b.naive, -(b.values.get(side) or 0.0)))
    parts = []
    for b in ordered:
        value = b.values.get(side)
        shown = "-" if value is None else f"{value:.3f}"
        parts.append(f"{shown} {b.name}" + ("" if b.naive else " (ref)"))
    return "; ".join(parts)


def print_table(rows: Sequence[Row]) -> None:
    """Print the result table to stdout: tune, check, gap, baseline, target, pass, flag."""
    judged = rows[0].judged if rows else "check"
    head = (
        f"{'metric':42s} {'tune':>7s} {'check':>7s} {'gap':>7s} {'all':>7s} "
        f"{'target':>7s} {'pass':>5s} {'flag':>9s} {'n ' + judged:>8s} {'P':>6s} {'R':>6s}  "
        f"baseline ({judged}) | note"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        ok = "-" if r.passed is None else "PASS" if r.passed else "FAIL"
        print(
            f"{r.metric:42s} {_fmt(r.values.get('tune'))} {_fmt(r.values.get('check'))} "
            f"{_signed(r.gap)} {_fmt(r.values.get('all'))} {_fmt(r.target)} {ok:>5s} "
            f"{r.flag:>9s} {r.n.get(r.judged, 0):>8d} {_fmt(r.precision, 6)} "
            f"{_fmt(r.recall, 6)}  {baseline_text(r)} | {r.note}"
        )


def spearman_row_fn(
    xs: Sequence[float], ys: Sequence[float]
) -> Callable[[list[int]], float | None]:
    """Spearman of two columns restricted to some positions."""
    return lambda idx: spearman([xs[k] for k in idx], [ys[k] for k in idx])
