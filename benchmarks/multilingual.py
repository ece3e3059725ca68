"""Zero-shot validation of the non-English rule packs, with English beside them.

Usage::

    python benchmarks/multilingual.py --data ../shared/data [--limit N] [--split all|tune|check]
        [--out /tmp/multilingual.json]

the same as ``validate.py --only multilingual``. Protocol (fixed by the issue):

- ``tydip_<lang>_politeness_accuracy`` (es, hu; fr and en for comparison): each TyDiP request of the
  binary test file (top vs bottom quartile of politeness) is a one-turn agent transcript with its
  language given; polite iff ``positive_language`` > 50. ``positive_language`` is None when the
  agent's words carry no positive or negative language marker at all; None counts as 50 and so as
  *impolite* under the strict threshold (an unmarked request is a bald one). The accuracy with
  None counted as polite, the accuracy on covered items, the coverage (share non-None) and the ROC
  AUC (None = 50) are reported too. Baselines: the majority class, and VADER (compound >= 0.05;
  compound for the AUC) for English only. Target: accuracy >= 0.70 for es and hu. TyDiP has no
  conversation ids: each request is its own group in the tune/check split (``tydip:<lang>-<i>``).
- ``tydip_<lang>_detect_accuracy``: share of the TyDiP requests whose language
  ``detect_language`` gets right (undetermined counts as wrong); the share undetermined is in
  the note.
- ``offenseval_tr_abuse_macro_f1`` (a line of ``validate.BEHAVIOUR_METRICS``): each OffensEval
  2020 Turkish tweet is a customer turn followed by a neutral Turkish agent turn; predicted
  offensive iff ``customer_abuse`` has evidence in turn 0; macro-F1 over OFF/NOT, beside
  "always positive". Target >= 0.65. The English counterpart is ``davidson_abuse_macro_f1``
  (the ``davidson`` set of ``validate.py``).

No text of any data set is kept in the repository; misclassified items go to the errors folder.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import datasets as ds
from csskills.lang._detect import detect_language
from harness import Context, Item, Row, assess, assign_sides, politeness_rows, sample, side_row

POLITENESS_LANGUAGES = ("es", "hu", "fr", "en")
POLITENESS_TARGET = {"es": 0.70, "hu": 0.70}


def run_politeness(ctx: Context, language: str) -> list[Row]:
    """TyDiP binary test set of one language: ``positive_language`` > 50, and detection."""
    items = [
        Item(s.id, [("agent", s.text)], bool(s.polite), 0, s.id.removeprefix("tydip-"),
             language, s.text)
        for s in ds.tydip(ctx.data, language)
    ]  # fmt: skip
    items = sample(assign_sides("tydip", items, ctx.split), ctx.limit, key=lambda i: i.gold)
    assessments = assess(f"tydip-{language}", ctx, items)
    prefix = f"tydip_{language}_politeness"
    rows = politeness_rows(
        ctx, prefix, items, assessments, none_polite=False,
        target=POLITENESS_TARGET.get(language),
    )  # fmt: skip
    codes = [detect_language([i.text]).code for i in items]
    right = [c == language for c in codes]
    undetermined = float(np.mean([c is None for c in codes])) if codes else 0.0
    rows.append(
        side_row(ctx, f"tydip_{language}_detect_accuracy", items,
                 lambda idx: float(np.mean([right[k] for k in idx])),
                 note=f"language detected from one request; {undetermined:.1%} undetermined")
    )  # fmt: skip
    return rows


def run_all(ctx: Context) -> list[Row]:
    """Every TyDiP row (``validate.py``'s ``multilingual`` set adds OffensEval)."""
    rows: list[Row] = []
    for language in POLITENESS_LANGUAGES:
        rows += run_politeness(ctx, language)
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Run the multilingual validation: ``validate.py --only multilingual``."""
    import validate

    args = list(sys.argv[1:] if argv is None else argv)
    if "--out" not in args:
        args += ["--out", "/tmp/csskills-multilingual.json"]
    return validate.main([*args, "--only", "multilingual"])


if __name__ == "__main__":
    raise SystemExit(main())
