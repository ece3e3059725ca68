"""The calibration report: how far the evaluator agrees with the QA team, and where it doesn't.

Per labelled item it puts three things side by side: the humans' agreement among themselves
(the ceiling any evaluator can reach), the evaluator against the human consensus, and each
rater's leniency or severity against the others. It ends with the conversations where the
evaluator and the humans disagree most, with the evaluator's evidence and the raters' comments,
which is what a calibration meeting goes through.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
from numpy.typing import NDArray
from pydantic import BaseModel, ConfigDict

from csskills._assessment import Assessment, Evidence
from csskills.behaviours import BEHAVIOURS
from csskills.calibrate._agreement import (
    Statistic,
    agreement_table,
    bootstrap,
    krippendorff_alpha,
    pearson,
    spearman,
)
from csskills.calibrate._labels import QALabels
from csskills.competencies import COMPETENCY_IDS
from csskills.judge import JUDGE_NAME

__all__ = [
    "CalibrationReport",
    "Disagreement",
    "ItemReport",
    "RaterBias",
    "calibrate",
    "evaluator_value",
]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class RaterBias(BaseModel):
    """Mean difference (0-100 points) between a rater and the others on the same conversations.

    Positive = more lenient than the rest of the team, negative = more severe.
    """

    model_config = _FROZEN

    rater: str
    n: int
    bias: Statistic


class Disagreement(BaseModel):
    """One conversation where the evaluator and the human consensus are far apart."""

    model_config = _FROZEN

    conversation_id: str
    evaluator: float
    consensus: float
    gap: float
    human_scores: dict[str, float]
    comments: dict[str, str]
    reason: str | None = None
    evidence: tuple[Evidence, ...] = ()


class ItemReport(BaseModel):
    """Everything measured for one labelled item."""

    model_config = _FROZEN

    item: str
    conversations: int
    raters: int
    matched: int
    humans: tuple[Statistic, ...]
    evaluator: tuple[Statistic, ...]
    leniency: tuple[RaterBias, ...]
    disagreements: tuple[Disagreement, ...]


class CalibrationReport(BaseModel):
    """The report of :func:`calibrate`; ``render()`` gives the text the command line prints."""

    model_config = _FROZEN

    evaluator: str | None
    n_boot: int
    seed: int
    items: tuple[ItemReport, ...]
    unmatched_conversations: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return self.model_dump(mode="json")

    def render(self) -> str:
        """A plain-text report for a terminal (numbers rounded here, never in the data)."""
        lines = [f"Calibration of {self.evaluator or 'the evaluator'} against human QA labels"]
        lines.append(f"(95% bootstrap intervals, {self.n_boot} resamples of conversations, "
                     f"seed {self.seed})")  # fmt: skip
        for w in self.warnings:
            lines.append(f"warning: {w}")
        for item in self.items:
            lines.append("")
            lines.append(
                f"== {item.item}: {item.conversations} conversations, {item.raters} raters, "
                f"{item.matched} matched to assessments"
            )
            if item.raters >= 2:
                lines.append("  humans among themselves:")
                lines.extend(f"    {_stat(s)}" for s in item.humans)
            else:
                lines.append("  humans among themselves: one rater, nothing to compare")
            lines.append("  evaluator vs humans (0-100 scale):")
            lines.extend(f"    {_stat(s)}" for s in item.evaluator)
            if item.leniency:
                lines.append("  leniency (+) / severity (-) against the others, 0-100 points:")
                lines.extend(f"    {_stat(b.bias, b.rater)}" for b in item.leniency)
            if item.disagreements:
                lines.append("  largest disagreements:")
                for d in item.disagreements:
                    lines.append(
                        f"    {d.conversation_id}: evaluator {d.evaluator:.0f}, humans "
                        f"{d.consensus:.0f} (gap {d.gap:+.0f})"
                        + (f"; {d.reason}" if d.reason else "")
                    )
                    for e in d.evidence[:3]:
                        text = e.text if len(e.text) <= 80 else e.text[:77] + "..."
                        lines.append(f"      turn {e.turn} [{e.polarity}] {text!r}")
                    for rater, comment in d.comments.items():
                        lines.append(f"      {rater}: {comment}")
        if self.unmatched_conversations:
            lines.append("")
            lines.append(
                f"{len(self.unmatched_conversations)} labelled conversations have no assessment: "
                + ", ".join(self.unmatched_conversations[:10])
            )
        return "\n".join(lines)


def _fmt(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def _stat(s: Statistic, name: str | None = None) -> str:
    interval = f"[{_fmt(s.low)}, {_fmt(s.high)}]" if s.low is not None else ""
    return f"{(name or s.name):30s} {_fmt(s.value)} {interval}  n={s.n}"


def evaluator_value(assessment: Assessment, item: str) -> float | None:
    """The evaluator's 0-100 value for a label item.

    A competency id reads its score, ``overall`` the overall score, a behaviour id is 100 when
    the behaviour has evidence and 0 when not (``None`` for the LLM judge, which detects no
    behaviours: absent is not "not shown"), and any other name reads
    ``metrics["predicted_<item>"]`` (e.g. ``csat`` -> ``predicted_csat``) or ``metrics[item]``.
    """
    if item in COMPETENCY_IDS:
        score = assessment.scores.get(item)
        return None if score is None else score.value
    if item == "overall":
        return assessment.overall
    if item in BEHAVIOURS:
        if assessment.evaluator.name == JUDGE_NAME:
            return None
        return 100.0 if assessment.behaviours.get(item) else 0.0
    for key in (f"predicted_{item}", item):
        value = assessment.metrics.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    return None


def _evidence(assessment: Assessment, item: str) -> tuple[str | None, tuple[Evidence, ...]]:
    if item in COMPETENCY_IDS and item in assessment.scores:
        score = assessment.scores[item]
        return score.reason, score.evidence
    if item in BEHAVIOURS:
        return None, tuple(assessment.behaviours.get(item, ()))
    if item == "overall":
        # one span once, though several competencies cite it (the judge often does)
        spans = {
            (e.turn, e.start, e.end): e for s in assessment.scores.values() for e in s.evidence
        }
        return None, tuple(spans.values())[:10]
    return None, ()


def _bias(
    scaled: NDArray[np.float64], column: int, n_boot: int, seed: int
) -> tuple[int, Statistic]:
    """Rater ``column`` minus the mean of the other raters, over units both sides rated."""
    own = scaled[:, column]
    others = np.delete(scaled, column, axis=1)
    with np.errstate(invalid="ignore", all="ignore"):
        counts = (~np.isnan(others)).sum(1)
        mean_others = np.where(counts > 0, np.nansum(others, 1) / np.maximum(counts, 1), np.nan)
    diff = own - mean_others
    diff = diff[~np.isnan(diff)]
    stat = bootstrap(
        "bias", lambda d: float(d[:, 0].mean()), diff[:, None], n_boot=n_boot, seed=seed
    )
    return int(diff.size), stat


def _mae(d: NDArray[np.float64]) -> float:
    return float(np.abs(d[:, 0] - d[:, 1]).mean()) if d.shape[0] else math.nan


def calibrate(
    assessments: Iterable[Assessment],
    labels: QALabels,
    *,
    items: Iterable[str] | None = None,
    n_boot: int = 1000,
    seed: int = 0,
    top: int = 5,
) -> CalibrationReport:
    """Compare assessments with human labels, item by item (see the module docstring)."""
    by_id: Mapping[str, Assessment] = {a.transcript_id: a for a in assessments}
    names = {f"{a.evaluator.name} {a.evaluator.version}" for a in by_id.values()}
    warnings: list[str] = []
    if len(names) > 1:
        warnings.append(
            f"assessments come from {len(names)} evaluators: {', '.join(sorted(names))}"
        )
    comments = {(lb.conversation_id, lb.item, lb.rater): lb.comment for lb in labels if lb.comment}
    reports = []
    for item in items or labels.items():
        m = labels.matrix(item)
        conv_index = range(len(m.conversations))
        human_stats = agreement_table(m.raw, n_boot=n_boot, seed=seed)
        consensus = m.consensus()
        ev = np.array(
            [
                math.nan
                if (a := by_id.get(c)) is None or (v := evaluator_value(a, item)) is None
                else v
                for c in m.conversations
            ]
        )
        matched = int((~np.isnan(ev)).sum())
        pairs = np.column_stack([ev, consensus])
        pairs = pairs[~np.isnan(pairs).any(1)]
        both = ~np.isnan(ev)
        with_ev = np.column_stack([m.scaled, ev])[both]
        humans_only = m.scaled[both]
        kw: dict[str, Any] = {"n_boot": n_boot, "seed": seed}
        ev_stats = [
            bootstrap("spearman", lambda d: spearman(d[:, 0], d[:, 1]), pairs, **kw),
            bootstrap("pearson", lambda d: pearson(d[:, 0], d[:, 1]), pairs, **kw),
            bootstrap("mean_abs_error", _mae, pairs, **kw),
            bootstrap("alpha_interval_humans", krippendorff_alpha, humans_only, **kw),
            bootstrap("alpha_interval_with_evaluator", krippendorff_alpha, with_ev, **kw),
        ]
        leniency = []
        if m.scaled.shape[1] >= 2:
            for k, rater in enumerate(m.raters):
                n, stat = _bias(m.scaled, k, n_boot, seed)
                if n:
                    leniency.append(RaterBias(rater=rater, n=n, bias=stat))
        if matched:
            n, stat = _bias(np.column_stack([m.scaled, ev]), m.scaled.shape[1], n_boot, seed)
            if n:
                leniency.append(RaterBias(rater="(evaluator)", n=n, bias=stat))
        gaps = [(abs(ev[i] - consensus[i]), i) for i in conv_index if both[i]]
        gaps = [g for g in gaps if not math.isnan(g[0])]
        worst = sorted(gaps, key=lambda g: (-g[0], m.conversations[g[1]]))[:top]
        disagreements = []
        for _, i in worst:
            cid = m.conversations[i]
            reason, evidence = _evidence(by_id[cid], item)
            disagreements.append(
                Disagreement(
                    conversation_id=cid,
                    evaluator=float(ev[i]),
                    consensus=float(consensus[i]),
                    gap=float(ev[i] - consensus[i]),
                    human_scores={
                        r: float(m.raw[i, k])
                        for k, r in enumerate(m.raters)
                        if not math.isnan(m.raw[i, k])
                    },
                    comments={
                        r: c for r in m.raters if (c := comments.get((cid, item, r))) is not None
                    },
                    reason=reason,
                    evidence=evidence,
                )
            )
        reports.append(
            ItemReport(
                item=item,
                conversations=len(m.conversations),
                raters=len(m.raters),
                matched=matched,
                humans=tuple(human_stats),
                evaluator=tuple(ev_stats),
                leniency=tuple(leniency),
                disagreements=tuple(disagreements),
            )
        )
    unmatched = tuple(c for c in labels.conversations() if c not in by_id)
    return CalibrationReport(
        evaluator=next(iter(sorted(names)), None),
        n_boot=n_boot,
        seed=seed,
        items=tuple(reports),
        unmatched_conversations=unmatched,
        warnings=tuple(warnings),
    )
