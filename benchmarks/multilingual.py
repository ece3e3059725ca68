"""Zero-shot validation of the non-English rule packs, with English beside them.

Usage::

    python benchmarks/multilingual.py --data ../shared/data [--limit N] [--json out.json]

Also runs inside ``validate.py`` as the set ``multilingual``. Protocol (fixed by the issue):

- ``tydip_<lang>_politeness_accuracy`` (es, hu; fr and en for comparison): each TyDiP request of the
  binary test file (top vs bottom quartile of politeness) is a one-turn agent transcript with its
  language given; polite iff ``positive_language`` > 50. ``positive_language`` is None when the
  agent's words carry no positive or negative language marker at all; None counts as 50 and so as
  *impolite* under the strict threshold (an unmarked request is a bald one). The accuracy with
  None counted as polite, the coverage (share non-None) and the ROC AUC (None = 50) are reported
  too. Target: accuracy >= 0.70 for es and hu.
- ``offenseval_tr_abuse_macro_f1``: each OffensEval 2020 Turkish tweet is a customer turn
  followed by a neutral Turkish agent turn; predicted offensive iff ``customer_abuse`` has
  evidence in turn 0; macro-F1 over OFF/NOT. Target >= 0.65. The English counterpart is
  ``davidson_abuse_macro_f1`` (Davidson et al. 2017, offensive-or-hate vs neither) with the
  English neutral turn.
- ``tydip_<lang>_detect_accuracy``: share of the TyDiP requests whose language
  ``detect_language`` gets right (undetermined counts as wrong), and the share undetermined.

No text of any data set is kept in the repository; misclassified items go to the errors folder.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score, roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))

import csskills as cs
import datasets as ds
from csskills.lang._detect import detect_language

NEUTRAL_AGENT_TURN = {"en": "Let me look into this.", "tr": "Bunu hemen inceliyorum."}
POLITENESS_LANGUAGES = ("es", "hu", "fr", "en")
POLITENESS_TARGET = {"es": 0.70, "hu": 0.70}


def _validate_module():  # type: ignore[no-untyped-def]
    import validate

    return validate


def _transcripts(
    items: Sequence[tuple[str, list[tuple[str, str]]]], language: str
) -> list[cs.Transcript]:
    return [
        cs.Transcript.model_validate(
            {"id": i, "language": language, "turns": [{"role": r, "text": t} for r, t in turns]}
        )
        for i, turns in items
    ]


def run_politeness(ctx, language: str) -> list:  # type: ignore[no-untyped-def]
    """TyDiP binary test set of one language: accuracy of ``positive_language`` > 50."""
    v = _validate_module()
    records = list(ds.tydip(ctx.data, language))
    items = [v.Item(s.id, [("agent", s.text)], bool(s.polite), 0) for s in records]
    items = v.sample(items, ctx.limit, key=lambda i: i.gold)
    transcripts = _transcripts([(i.id, i.turns) for i in items], language)
    result = cs.evaluate_many(transcripts)
    raw = [a.scores["positive_language"].value for a in result]
    gold = [bool(i.gold) for i in items]
    values = [50.0 if x is None else x for x in raw]
    pred = [x > 50 for x in values]
    pred_none_polite = [x is None or x > 50 for x in raw]
    accuracy = float(np.mean([g == p for g, p in zip(gold, pred, strict=True)]))
    acc_alt = float(np.mean([g == p for g, p in zip(gold, pred_none_polite, strict=True)]))
    coverage = float(np.mean([x is not None for x in raw]))
    auc = float(roc_auc_score(gold, values)) if len(set(gold)) == 2 else None
    p, r, _ = v.prf(gold, pred)
    v.write_errors(
        ctx,
        f"tydip_{language}_politeness",
        (
            {"id": i.id, "gold_polite": g, "value": x, "text": i.turns[0][1],
             "evidence": v.score_evidence(a, "positive_language")}
            for i, a, g, q, x in zip(items, result, gold, pred, raw, strict=True)
            if g != q
        ),
    )
    detections = [detect_language([i.turns[0][1]]) for i in items]
    detect_acc = float(np.mean([d.code == language for d in detections]))
    undetermined = float(np.mean([d.code is None for d in detections]))
    n = len(items)
    name = f"tydip_{language}"
    return [
        v.Row(f"{name}_politeness_accuracy", accuracy, POLITENESS_TARGET.get(language), n, p, r,
              "polite iff value > 50; None = 50 = impolite"),
        v.Row(f"{name}_politeness_acc_none_polite", acc_alt, None, n,
              note="same, None counted as polite"),
        v.Row(f"{name}_politeness_coverage", coverage, None, n, note="share of non-None values"),
        v.Row(f"{name}_politeness_roc_auc", auc, None, n, note="None = 50"),
        v.Row(f"{name}_detect_accuracy", detect_acc, None, n,
              note=f"language detected from one request; {undetermined:.1%} undetermined"),
    ]


def _abuse_rows(  # type: ignore[no-untyped-def]
    ctx, metric: str, language: str, records: Sequence, target: float | None
) -> list:
    v = _validate_module()
    turn = NEUTRAL_AGENT_TURN[language]
    items = [
        v.Item(t.id, [("customer", t.text), ("agent", turn)], bool(t.positive), 0) for t in records
    ]
    items = v.sample(items, ctx.limit, key=lambda i: i.gold)
    result = cs.evaluate_many(_transcripts([(i.id, i.turns) for i in items], language))
    gold = [bool(i.gold) for i in items]
    pred = [v.detected(a, "customer_abuse", 0) for a in result]
    macro = float(f1_score(gold, pred, average="macro"))
    p, r, f1 = v.prf(gold, pred)
    v.write_errors(
        ctx,
        metric,
        (
            {"id": i.id, "gold": g, "pred": q, "text": i.turns[0][1],
             "evidence": v.evidence_of(a, "customer_abuse")}
            for i, a, g, q in zip(items, result, gold, pred, strict=True)
            if g != q
        ),
    )
    return [
        v.Row(metric, macro, target, len(items), p, r, f"positive-class F1 {f1:.3f}"),
    ]


def run_abuse(ctx) -> list:  # type: ignore[no-untyped-def]
    """OffensEval 2020 Turkish (and Davidson for English) abuse, macro-F1."""
    rows = _abuse_rows(ctx, "offenseval_tr_abuse_macro_f1", "tr",
                       list(ds.offenseval_turkish(ctx.data)), 0.65)
    rows += _abuse_rows(ctx, "davidson_abuse_macro_f1", "en", list(ds.davidson(ctx.data)), None)
    return rows


def run_all(ctx) -> list:  # type: ignore[no-untyped-def]
    """Every multilingual row (the ``multilingual`` set of ``validate.py``)."""
    rows = []
    for language in POLITENESS_LANGUAGES:
        rows += run_politeness(ctx, language)
    rows += run_abuse(ctx)
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Run the multilingual validation and print its table."""
    v = _validate_module()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder")
    parser.add_argument("--limit", type=int, help="about N items per set (deterministic sample)")
    parser.add_argument("--errors", type=Path, default=v.DEFAULT_ERRORS)
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    args = parser.parse_args(argv)
    ctx = v.Context(args.data, args.limit, args.errors)
    rows = run_all(ctx)
    v.print_table(rows)
    if args.json:
        args.json.write_text(json.dumps([r.__dict__ for r in rows], indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
