"""Train an evaluator on the QA team's labels (empathy, overall, CSAT), save it as JSON,
load it back and score a conversation with it.

Run: python examples/calibrate_learned.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import csskills as cs
from csskills.calibrate import read_labels
from csskills.learn import LearnedEvaluator, TranscriptFeaturizer

DATA = Path(__file__).resolve().parent / "data"


def main() -> None:
    transcripts: list[cs.Transcript] = []
    for name in ("support_chat", "support_voice", "support_email"):
        transcripts += cs.read_transcripts(DATA / f"{name}.jsonl")
    labels = read_labels(DATA / "qa_labels.csv")
    model = LearnedEvaluator(
        featurizer=TranscriptFeaturizer(word_ngrams=(1, 2), min_df=1, signal_weight=0.5),
        alpha=3.0,
        cv=3,
    )
    # group by agent so that CV never sees the same agent on both sides
    model.fit_labels(
        transcripts, labels, items=["empathy", "overall", "csat"],
        groups=[t.agent_id for t in transcripts],
    )  # fmt: skip
    for target, cv in model.cv_scores_.items():
        print(f"{target:10s} cross-validated spearman {cv['spearman']:.2f}, "
              f"MAE {cv['mean_abs_error']:.1f} (n={cv['n']:.0f})")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "qa-model.json"
        model.save(path)
        model = LearnedEvaluator.load(path)
    a = model.evaluate(transcripts[5])
    evidence = [e.text for e in a.scores["empathy"].evidence]
    print(f"\n{a.transcript_id}: empathy {a.scores['empathy'].value:.0f} (evidence: {evidence})")
    print(f"predicted CSAT {a.metrics['predicted_csat']:.0f}/100, overall {a.overall:.0f}")


if __name__ == "__main__":
    main()
