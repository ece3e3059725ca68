"""Recall and precision of ``csskills.redact`` on a labelled set generated with hypothesis.

Usage::

    python benchmarks/redaction.py [--n 4000] [--seed 0] [--json OUT]

Each sample is a short sentence holding one value: an e-mail, a phone number, a card number
(valid Luhn), an IBAN (valid mod 97) or a look-alike that is not personal data (order numbers,
prices, dates, times, card numbers failing Luhn, IBANs failing mod 97, versions, @mentions).
The generators are the hypothesis strategies of ``tests/strategies.py``; the set is drawn with a
fixed seed, so the table is reproducible.

Per kind, **recall** is the share of values wholly covered by redaction spans; **precision** is
the share of redaction spans that fall inside a true value of the same kind (a span over a
look-alike, over the sentence around a value, or labelled with the wrong kind is a false
positive). Also printed: the throughput of ``redact`` on
ordinary text, in MB/s.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from hypothesis import strategies as st  # noqa: E402
from tests.strategies import pii_labelled  # noqa: E402

from csskills.redact import find_pii, redact  # noqa: E402

Sample = tuple[str, "str | None", int, int]


def draw_samples(n: int, seed: int) -> list[tuple[str, str | None, int, int]]:
    """``n`` labelled sentences, reproducibly (hypothesis' data generation, seeded)."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as hyp_seed

    out: list[tuple[str, str | None, int, int]] = []
    random.seed(seed)

    @hyp_seed(seed)
    @settings(max_examples=n, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.data())
    def collect(data: st.DataObject) -> None:
        out.append(data.draw(pii_labelled()))

    while len(out) < n:
        collect()
    return out[:n]


def measure(samples: list[tuple[str, str | None, int, int]]) -> dict[str, dict[str, float]]:
    """Recall and precision per kind, and overall."""
    recall: Counter[tuple[str, bool]] = Counter()
    spans_ok: Counter[str] = Counter()
    spans_all: Counter[str] = Counter()
    for text, kind, start, end in samples:
        spans = find_pii(text)
        if kind is not None:
            covered = set()
            for s in spans:
                covered.update(range(s.start, s.end))
            needed = {i for i in range(start, end) if text[i].isalnum()}
            recall[(kind, needed <= covered)] += 1
        for s in spans:
            inside = kind == s.kind and start <= s.start and s.end <= end
            spans_all[s.kind] += 1
            spans_ok[s.kind] += inside
    table: dict[str, dict[str, float]] = {}
    kinds = sorted({k for k, _ in recall} | set(spans_all))
    for kind in [*kinds, "all"]:
        if kind == "all":
            hit = sum(v for (k, ok), v in recall.items() if ok)
            tot = sum(recall.values())
            ok, found = sum(spans_ok.values()), sum(spans_all.values())
        else:
            hit, tot = recall[(kind, True)], recall[(kind, True)] + recall[(kind, False)]
            ok, found = spans_ok[kind], spans_all[kind]
        table[kind] = {
            "values": tot,
            "recall": hit / tot if tot else float("nan"),
            "spans": found,
            "precision": ok / found if found else float("nan"),
        }
    negatives = [s for s in samples if s[1] is None]
    clean = sum(1 for text, *_ in negatives if redact(text) == text)
    table["look-alikes left alone"] = {
        "values": len(negatives),
        "recall": clean / len(negatives) if negatives else float("nan"),
        "spans": 0,
        "precision": float("nan"),
    }
    return table


def throughput() -> float:
    """MB/s of ``redact`` on ordinary support text with a little personal data in it."""
    text = (
        "Thanks for waiting, I've checked the order and the refund of $64.99 went out on "
        "2026-01-12. If it hasn't arrived, write to help@example.com or call +44 20 7946 0958. "
    ) * 5000
    started = time.perf_counter()
    redact(text)
    return len(text.encode()) / 1e6 / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=4000, help="labelled sentences (4000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", help="also write the table as JSON here")
    args = parser.parse_args(argv)
    samples = draw_samples(args.n, args.seed)
    table = measure(samples)
    print(f"Redaction on {len(samples)} generated sentences (seed {args.seed})\n")
    print(f"{'kind':<24}{'values':>8}{'recall':>9}{'spans':>8}{'precision':>11}")
    for kind, row in table.items():
        rec = "-" if row["recall"] != row["recall"] else f"{row['recall']:.3f}"
        pre = "-" if row["precision"] != row["precision"] else f"{row['precision']:.3f}"
        print(f"{kind:<24}{int(row['values']):>8}{rec:>9}{int(row['spans']):>8}{pre:>11}")
    mbs = throughput()
    print(f"\nThroughput: {mbs:.1f} MB/s of ordinary support text")
    if args.json:
        Path(args.json).write_text(json.dumps({"table": table, "mb_per_s": mbs}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
