"""Measure how far csskills agrees with human labels on public research data sets.

Usage::

    python benchmarks/validate.py --data ../shared/data \
        [--out benchmarks/results/validation.json] [--only NAME ...] [--limit N] [--strict]

Every set is turned into transcripts, scored once through ``cs.evaluate_many``, and compared
with the human labels. One table is printed (metric, value, target, pass, n, precision, recall)
and saved as JSON. Misclassified items (with their text) go to ``/tmp/csskills-errors/`` for
error analysis, never into the repository. Exit status is 0 even when targets fail (this is a
measurement) unless ``--strict`` is given.

Protocol (fixed by the issue):

- ``swda``: each Switchboard utterance is the agent turn, the previous utterance by the other
  speaker the customer turn before it (no customer turn at the start of a conversation). A
  behaviour is detected when it has evidence in the agent turn. apology vs act tag ``fa``,
  thanks vs ``ft``; negatives are every other utterance of the dev split (the full set, no
  sampling: it scores fast enough).
- ``esconv``: each supporter turn as agent after the most recent seeker turn as customer;
  question / paraphrase / options_offered vs strategies Question / Restatement or
  Paraphrasing / Providing Suggestions; all supporter turns of train+valid+test are items.
- ``epitome``: seeker post (customer), response (agent); ``empathy_statement`` in the agent turn
  vs emotional-reactions level > 0; macro-F1 over the two classes.
- ``politeness``: Stanford Politeness (Wikipedia), top vs bottom quartile of the normalised score;
  each request is a one-turn agent transcript. Decision rule: polite iff
  ``positive_language`` >= 50, where an N/A (None) value counts as exactly 50, i.e. as polite.
  Rationale: requests without any politeness marker are mostly impolite in this corpus, so
  mapping abstentions to "impolite" would reward abstaining; the inclusive threshold makes an
  abstention cost accuracy instead. Coverage (share non-None), accuracy on covered items and
  ROC AUC (None = 50) are reported too.
- ``stc3``: the whole dialogue (helpdesk = agent), ranked by ``overall``; Spearman with the mean
  S over the annotators (None counts as the median of the non-None overall values); Spearman
  with mean A and E and coverage are reported as well.
- ``davidson``: the tweet as a customer turn followed by the neutral agent turn
  "Let me look into this."; ``customer_abuse`` with evidence in the customer turn vs class
  offensive-or-hate; F1 of that positive class.

- ``learned``: the trainable evaluator (``csskills.learn``) cross-validated on STC-3, EPITOME
  and politeness; the protocol is in ``benchmarks/learned.py``.

- ``multilingual``: TyDiP politeness for es/hu (fr, en beside them) and OffensEval 2020 Turkish
  abuse, zero-shot with the same signals; protocol in ``benchmarks/multilingual.py``.

``--limit N`` keeps about N items per set, chosen deterministically: the items of every label
class are ordered by a SHA-1 of their id and each class gets a proportional share, but at
least min(25, class size) items, so rare classes (Switchboard ``fa``/``ft``) stay represented.
This over-represents rare positives, so precision under ``--limit`` is higher than on the full
set: report only full runs (all sets score in about a minute).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import platform
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy.stats import spearmanr
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))

import csskills as cs
import datasets as ds

NEUTRAL_AGENT_TURN = "Let me look into this."
SETS = (
    "swda", "esconv", "epitome", "politeness", "stc3", "davidson", "learned", "multilingual"
)
DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "validation.json"
DEFAULT_ERRORS = Path("/tmp/csskills-errors")


@dataclass
class Item:
    """One labelled item turned into a transcript; ``focus`` is the turn index that counts."""

    id: str
    turns: list[tuple[str, str]]
    gold: Any
    focus: int = 0

    def transcript(self) -> dict[str, Any]:
        """The transcript as plain data, ready for ``cs.Transcript.model_validate``."""
        return {
            "id": self.id,
            "language": "en",
            "turns": [{"role": r, "text": t} for r, t in self.turns],
        }


@dataclass
class Row:
    """One line of the result table."""

    metric: str
    value: float | None
    target: float | None
    n: int
    precision: float | None = None
    recall: float | None = None
    note: str = ""
    passed: bool | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        if self.target is not None:
            self.passed = self.value is not None and self.value >= self.target


@dataclass
class Context:
    """Run-wide settings shared by the set runners."""

    data: Path
    limit: int | None
    errors: Path
    timings: dict[str, dict[str, float]] = field(default_factory=dict)


# --------------------------------------------------------------------------- helpers


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def sample(items: Sequence[Item], limit: int | None, key: Callable[[Item], Hashable]) -> list[Item]:
    """Deterministic stratified sample of about ``limit`` items (all items when None)."""
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
    """Validate and score all items in one ``evaluate_many`` call; None where scoring failed."""
    t0 = time.perf_counter()
    transcripts = [cs.Transcript.model_validate(i.transcript()) for i in items]
    t1 = time.perf_counter()
    result = cs.evaluate_many(transcripts)
    by_id = {a.transcript_id: a for a in result}
    t2 = time.perf_counter()
    failures = list(getattr(result, "failures", ()))
    ctx.timings[name] = {
        "items": len(items),
        "turns": sum(len(i.turns) for i in items),
        "validate_s": round(t1 - t0, 3),
        "evaluate_s": round(t2 - t1, 3),
        "failures": len(failures),
    }
    return [by_id.get(i.id) for i in items]


def detected(a: cs.Assessment | None, behaviour: str, turn: int) -> bool:
    """Whether ``behaviour`` has evidence in turn ``turn``."""
    return a is not None and any(e.turn == turn for e in a.behaviours.get(behaviour, ()))


def evidence_of(a: cs.Assessment | None, behaviour: str) -> list[dict[str, Any]]:
    """The evidence of one behaviour, as plain dicts, for the error files."""
    if a is None:
        return [{"error": "assessment failed"}]
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


def prf(gold: Sequence[bool], pred: Sequence[bool]) -> tuple[float, float, float]:
    """Precision, recall and F1 of the positive class (0.0 when undefined)."""
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def write_errors(ctx: Context, metric: str, records: Iterable[dict[str, Any]]) -> int:
    """Write misclassified items to ``<errors>/<metric>.jsonl``; returns how many."""
    ctx.errors.mkdir(parents=True, exist_ok=True)
    n = 0
    with (ctx.errors / f"{metric}.jsonl").open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def binary_rows(
    ctx: Context,
    items: Sequence[Item],
    assessments: Sequence[cs.Assessment | None],
    specs: Sequence[tuple[str, str, Callable[[Any], bool], float]],
) -> list[Row]:
    """F1 rows for (metric, behaviour, gold predicate, target) on the items' focus turns."""
    rows = []
    for metric, behaviour, is_positive, target in specs:
        gold = [is_positive(i.gold) for i in items]
        pred = [detected(a, behaviour, i.focus) for i, a in zip(items, assessments, strict=True)]
        p, r, f1 = prf(gold, pred)
        errors = (
            {
                "id": i.id,
                "gold": g,
                "pred": q,
                "label": i.gold,
                "turns": i.turns,
                "evidence": evidence_of(a, behaviour),
            }
            for i, a, g, q in zip(items, assessments, gold, pred, strict=True)
            if g != q
        )
        n_err = write_errors(ctx, metric, errors)
        note = f"{sum(gold)} positives, {n_err} errors"
        rows.append(Row(metric, f1, target, len(items), p, r, note))
    return rows


def _dialogue_pair(context: str | None, text: str) -> tuple[list[tuple[str, str]], int]:
    turns = [("customer", context)] if context else []
    turns.append(("agent", text))
    return turns, len(turns) - 1


# --------------------------------------------------------------------------- set runners


def run_swda(ctx: Context) -> list[Row]:
    """Apology and thanks F1 on Switchboard ``fa`` / ``ft`` acts."""
    items = []
    for u in ds.swda(ctx.data):
        turns, focus = _dialogue_pair(u.context, u.text)
        items.append(Item(u.id, turns, u.label, focus))
    items = sample(items, ctx.limit, key=lambda i: i.gold if i.gold in ("fa", "ft") else "other")
    assessments = assess("swda", ctx, items)
    return binary_rows(
        ctx,
        items,
        assessments,
        [
            ("swda_apology_f1", "apology", lambda g: g == ds.SWDA_APOLOGY, 0.90),
            ("swda_thanks_f1", "thanks", lambda g: g == ds.SWDA_THANKING, 0.90),
        ],
    )


def run_esconv(ctx: Context) -> list[Row]:
    """Question, paraphrase and options F1 on ESConv supporter strategies."""
    items = []
    for u in ds.esconv(ctx.data):
        turns, focus = _dialogue_pair(u.context, u.text)
        items.append(Item(u.id, turns, u.label, focus))
    items = sample(items, ctx.limit, key=lambda i: i.gold)
    assessments = assess("esconv", ctx, items)
    return binary_rows(
        ctx,
        items,
        assessments,
        [
            ("esconv_question_f1", "question", lambda g: g == "Question", 0.75),
            (
                "esconv_paraphrase_f1",
                "paraphrase",
                lambda g: g == "Restatement or Paraphrasing",
                0.45,
            ),
            ("esconv_options_f1", "options_offered", lambda g: g == "Providing Suggestions", 0.58),
        ],
    )


def run_epitome(ctx: Context) -> list[Row]:
    """Empathy statements vs EPITOME emotional reactions (level > 0), macro-F1."""
    items = []
    for p in ds.epitome(ctx.data):
        turns, focus = _dialogue_pair(p.seeker, p.response)
        items.append(Item(p.id, turns, p.level, focus))
    items = sample(items, ctx.limit, key=lambda i: i.gold)
    assessments = assess("epitome", ctx, items)
    metric = "epitome_empathy_macro_f1"
    (pos,) = binary_rows(
        ctx,
        items,
        assessments,
        [
            (metric, "empathy_statement", lambda g: g > 0, 0.65),
        ],
    )
    gold = [i.gold > 0 for i in items]
    pred = [
        detected(a, "empathy_statement", i.focus) for i, a in zip(items, assessments, strict=True)
    ]
    f1_pos = pos.value or 0.0
    f1_neg = prf([not g for g in gold], [not p for p in pred])[2]
    note = f"{pos.note}; F1 level>0 {f1_pos:.3f}, level=0 {f1_neg:.3f}"
    return [Row(metric, (f1_pos + f1_neg) / 2, 0.65, pos.n, pos.precision, pos.recall, note)]


def run_politeness(ctx: Context) -> list[Row]:
    """Top vs bottom quartile accuracy of ``positive_language`` (None = 50, polite iff >= 50)."""
    items = [
        Item(s.id, [("agent", s.text)], s.polite, 0)
        for s in ds.politeness(ctx.data)
        if s.polite is not None
    ]
    items = sample(items, ctx.limit, key=lambda i: i.gold)
    assessments = assess("politeness", ctx, items)
    raw = [
        a.scores["positive_language"].value
        if a is not None and "positive_language" in a.scores
        else None
        for a in assessments
    ]
    values = [50.0 if v is None else v for v in raw]
    gold = [bool(i.gold) for i in items]
    pred = [v >= 50 for v in values]
    accuracy = float(np.mean([g == p for g, p in zip(gold, pred, strict=True)]))
    p, r, _ = prf(gold, pred)
    covered = [(g, v >= 50) for g, v, x in zip(gold, values, raw, strict=True) if x is not None]
    coverage = len(covered) / len(items) if items else 0.0
    acc_cov = float(np.mean([g == q for g, q in covered])) if covered else None
    auc = float(roc_auc_score(gold, values)) if len(set(gold)) == 2 else None
    write_errors(
        ctx,
        "politeness_accuracy",
        (
            {
                "id": i.id,
                "gold_polite": g,
                "value": x,
                "text": i.turns[0][1],
                "evidence": score_evidence(a, "positive_language"),
            }
            for i, a, g, q, x in zip(items, assessments, gold, pred, raw, strict=True)
            if g != q
        ),
    )
    n = len(items)
    return [
        Row("politeness_accuracy", accuracy, 0.78, n, p, r, "polite iff value >= 50, None = 50"),
        Row("politeness_coverage", coverage, None, n, note="share of non-None values"),
        Row(
            "politeness_accuracy_covered",
            acc_cov,
            None,
            len(covered),
            note="accuracy on non-None items only",
        ),
        Row("politeness_roc_auc", auc, None, n, note="None = 50"),
    ]


def run_stc3(ctx: Context) -> list[Row]:
    """Spearman of ``overall`` with the mean S (and A, E) of the STC-3 annotators."""
    items = [Item(d.id, list(d.turns), d.scores, 0) for d in ds.stc3(ctx.data, "train")]
    items = sample(items, ctx.limit, key=lambda i: 0)
    assessments = assess("stc3", ctx, items)
    raw = [a.overall if a is not None else None for a in assessments]
    known = [v for v in raw if v is not None]
    median = float(np.median(known)) if known else 50.0
    values = [median if v is None else v for v in raw]
    coverage = len(known) / len(items) if items else 0.0
    rows = []
    for key, target in (("S", 0.50), ("A", None), ("E", None)):
        gold = [i.gold[key] for i in items]
        rho = float(spearmanr(values, gold).statistic) if len(set(values)) > 1 else None
        rows.append(
            Row(
                f"stc3_spearman_{key}",
                rho,
                target,
                len(items),
                note="overall vs mean " + key + ", None = median",
            )
        )
    rows.append(Row("stc3_coverage", coverage, None, len(items), note="share of non-None overall"))
    rows += _stc3_dynamics(items, assessments)
    rank_v = np.argsort(np.argsort(values)) / max(1, len(values) - 1)
    gold_s = [i.gold["S"] for i in items]
    rank_s = np.argsort(np.argsort(gold_s, kind="stable")) / max(1, len(values) - 1)
    worst = np.argsort(-np.abs(rank_v - rank_s))[:100]
    write_errors(
        ctx,
        "stc3_spearman_S",
        (
            {
                "id": items[k].id,
                "mean_S": gold_s[k],
                "overall": raw[k],
                "rank_gap": float(rank_v[k] - rank_s[k]),
                "turns": items[k].turns,
            }
            for k in worst
        ),
    )
    return rows


def _stc3_dynamics(items: Sequence[Item], assessments: Sequence[cs.Assessment | None]) -> list[Row]:
    """Spearman of text-only time_management with mean E, and sentiment shift with mean S.

    Only items where the value exists (not None) are compared; n says how many.
    """
    rows = []
    pairs: list[tuple[str, str, Callable[[cs.Assessment], float | None]]] = [
        ("stc3_time_management_E", "E", lambda a: a.scores["time_management"].value),
        ("stc3_sentiment_shift_S", "S", lambda a: (a.metrics.get("sentiment") or {}).get("shift")),
    ]
    for metric, key, get in pairs:
        got = [(v, i.gold[key]) for i, a in zip(items, assessments, strict=True)
               if a is not None and (v := get(a)) is not None]
        xs, ys = [v for v, _ in got], [g for _, g in got]
        rho = float(spearmanr(xs, ys).statistic) if len(set(xs)) > 1 else None
        rows.append(Row(metric, rho, None, len(got), note=f"vs mean {key}, non-None items only"))
    return rows


def run_davidson(ctx: Context) -> list[Row]:
    """``customer_abuse`` in the customer turn vs offensive-or-hate tweets, positive-class F1."""
    items = [
        Item(t.id, [("customer", t.text), ("agent", NEUTRAL_AGENT_TURN)], t.label, 0)
        for t in ds.davidson(ctx.data)
    ]
    items = sample(items, ctx.limit, key=lambda i: i.gold)
    assessments = assess("davidson", ctx, items)
    return binary_rows(
        ctx,
        items,
        assessments,
        [
            ("davidson_abuse_f1", "customer_abuse", lambda g: g != "2", 0.85),
        ],
    )


def run_learned(ctx: Context) -> list[Row]:
    """The trainable evaluator, cross-validated (see ``benchmarks/learned.py``)."""
    import learned

    t0 = time.perf_counter()
    rows = [
        Row(r["metric"], r["value"], r["target"], r["n"], note=r["note"])
        for r in learned.rows(ctx.data, ctx.limit)
    ]
    elapsed = round(time.perf_counter() - t0, 3)
    ctx.timings["learned"] = {
        "items": 0, "turns": 0, "validate_s": 0.0, "evaluate_s": elapsed, "failures": 0
    }
    return rows


def run_multilingual(ctx: Context) -> list[Row]:
    """es/hu politeness (TyDiP) and tr abuse (OffensEval), see ``benchmarks/multilingual.py``."""
    import multilingual

    t0 = time.perf_counter()
    rows: list[Row] = multilingual.run_all(ctx)
    elapsed = round(time.perf_counter() - t0, 3)
    ctx.timings["multilingual"] = {
        "items": 0, "turns": 0, "validate_s": 0.0, "evaluate_s": elapsed, "failures": 0
    }
    return rows


RUNNERS: dict[str, Callable[[Context], list[Row]]] = {
    "swda": run_swda,
    "esconv": run_esconv,
    "epitome": run_epitome,
    "politeness": run_politeness,
    "stc3": run_stc3,
    "davidson": run_davidson,
    "learned": run_learned,
    "multilingual": run_multilingual,
}


# --------------------------------------------------------------------------- output


def _fmt(x: float | None) -> str:
    return "-" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.3f}"


def print_table(rows: Sequence[Row]) -> None:
    """Print the result table to stdout."""
    head = f"{'metric':30s} {'value':>7s} {'target':>7s} {'pass':>5s} {'n':>7s} {'P':>7s} {'R':>7s}"
    print(head)
    print("-" * len(head))
    for r in rows:
        ok = "-" if r.passed is None else "PASS" if r.passed else "FAIL"
        print(
            f"{r.metric:30s} {_fmt(r.value):>7s} {_fmt(r.target):>7s} {ok:>5s} {r.n:>7d} "
            f"{_fmt(r.precision):>7s} {_fmt(r.recall):>7s}  {r.note}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the validation harness; returns the exit status."""
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON result file")
    parser.add_argument("--only", nargs="+", choices=SETS, help="run only these sets")
    parser.add_argument("--limit", type=int, help="about N items per set (deterministic sample)")
    parser.add_argument(
        "--errors",
        type=Path,
        default=DEFAULT_ERRORS,
        help="folder for misclassified items (keep it outside the repository)",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when any target fails")
    args = parser.parse_args(argv)

    ctx = Context(args.data, args.limit, args.errors)
    rows: list[Row] = []
    start = time.perf_counter()
    for name in args.only or SETS:
        rows.extend(RUNNERS[name](ctx))
    elapsed = time.perf_counter() - start

    print_table(rows)
    scored = sum(t["evaluate_s"] for t in ctx.timings.values())
    print(
        f"\n{len(rows)} rows in {elapsed:.1f} s (evaluate_many {scored:.1f} s); "
        f"errors in {ctx.errors}/"
    )
    failures = {k: int(v["failures"]) for k, v in ctx.timings.items() if v["failures"]}
    if failures:
        print(f"evaluation failures: {failures}")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "csskills_version": getattr(cs, "__version__", None),
        "python": platform.python_version(),
        "limit": args.limit,
        "sets": list(args.only or SETS),
        "elapsed_s": round(elapsed, 2),
        "timings": ctx.timings,
        "rows": [asdict(r) for r in rows],
    }
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"saved {args.out}")
    failed = [r.metric for r in rows if r.passed is False]
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())
