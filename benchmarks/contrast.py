"""Competency benchmark on contrast pairs: does each score move the way a QA lead would?

Usage::

    python benchmarks/contrast.py --data ../shared/data [--evaluator default] [--json OUT] \
        [--markdown OUT] [--details DIR] [--strict]
    # a held-out set, measured the same way
    python benchmarks/contrast.py --files /path/to/heldout/*.jsonl

Data: ``contrast/*.jsonl`` inside ``--data`` (or the files given by ``--files``), one item a
line: ``pair_id``, ``kind`` (``contrast`` | ``invariant`` | ``na``), ``competency`` (an id, or
``overall`` for invariance pairs), ``language``, ``channel``, ``domain``, ``note``, and the
transcripts ``better`` and ``worse`` (``worse`` is null for ``na``). The data is read from
there and never copied into the repository.

Protocol: every transcript is validated with ``cs.Transcript.model_validate`` (its id replaced
by ``<pair_id>/<side>`` so that ids cannot collide across files; the id plays no part in
scoring) and all of them are scored in ONE ``cs.evaluate_many`` call. A transcript that fails
validation or scoring is a *failed* side: every metric counts its item as a miss. Below,
``s(side, c)`` is ``assessment.scores[c].value`` (0-100, or None = N/A).

Metrics and targets (the project's targets; a metric with no items is reported as ``-`` and
is neither passed nor failed):

- **directional accuracy** (``contrast`` items; target >= 0.85 overall and >= 0.70 for every
  competency that has pairs): with ``c`` the pair's competency, a hit iff ``s(better, c)`` and
  ``s(worse, c)`` are both non-None and ``s(better, c) > s(worse, c)`` strictly. Reported
  overall, per competency, per language and per channel. Every miss gets one cause, checked in
  this order: ``failed`` (a side could not be assessed), ``na_both``, ``na_better``,
  ``na_worse`` (N/A on that side only), ``tie`` (equal values), ``wrong_direction``
  (``better < worse``).
- **selectivity** (``contrast`` items; target >= 0.70): ``delta = s(better, c) - s(worse, c)``;
  ``others`` = ``|s(better, o) - s(worse, o)|`` for every other competency ``o`` of
  ``cs.COMPETENCY_IDS`` that is non-None on both sides (``overall`` is not a competency). A hit
  iff ``delta`` is defined, ``delta > 0`` and ``delta > mean(others)`` (0 when ``others`` is
  empty). The secondary, stricter figure requires ``delta > max(others)`` (0 when empty).
- **invariance** (``invariant`` items; target >= 0.80): a hit iff both ``overall`` values are
  non-None and ``|better.overall - worse.overall| <= 10``. The mean of that absolute difference
  over the pairs where both are non-None is reported beside it.
- **N/A correct** (``na`` items; target >= 0.80): a hit iff ``better`` was assessed and
  ``s(better, c)`` is None.

Outputs: a table on stdout; ``--json`` the figures and per-item details (scores, N/A reasons,
causes, evidence positions and rules: no conversation text, so the file may be kept in
``benchmarks/results/``); ``--markdown`` a section for ``docs/validation.md``; ``--details`` one
text file per miss with the note, both sides' scores, the evidence spans (with their text)
behind the target score and both conversations. That folder holds the data's text, so it must
be outside the repository (default ``/tmp/csskills-contrast``). Exit status 0 (this is a
measurement) unless ``--strict`` is given and a target is missed.

Importable for tests: ``run(files, evaluator) -> dict`` returns what ``--json`` saves.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import fmean
from typing import Any

import csskills as cs

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DETAILS = Path("/tmp/csskills-contrast")
DETAIL_SUFFIX = ".miss.txt"

SIDES = ("better", "worse")
KINDS = ("contrast", "invariant", "na")
INVARIANCE_TOLERANCE = 10.0
MISS_CAUSES = ("na_better", "na_worse", "na_both", "tie", "wrong_direction", "failed")

TARGETS: Mapping[str, float] = {
    "directional_accuracy": 0.85,
    "competency_accuracy": 0.70,
    "selectivity": 0.70,
    "invariance": 0.80,
    "na_correct": 0.80,
}

# One line per evaluator: "learned" and "judge" go here when they can be built without
# arguments (e.g. a shipped model file), and --evaluator offers them at once.
EVALUATORS: dict[str, Callable[[], cs.Evaluator]] = {
    "default": cs.DefaultEvaluator,
    # the LLM judge (pip install "csskills[judge]"): endpoint and model from CSSKILLS_JUDGE_URL
    # and CSSKILLS_JUDGE_MODEL, key from CSSKILLS_JUDGE_KEY; answers are cached on disk
    "judge": lambda: __import__("csskills.judge").judge.LLMJudge(),
}


def make_evaluator(name: str) -> cs.Evaluator:
    """Build the evaluator registered as ``name``; one table keeps CLI and tests in step."""
    try:
        factory = EVALUATORS[name]
    except KeyError:
        known = ", ".join(sorted(EVALUATORS))
        raise ValueError(f"unknown evaluator {name!r} (available: {known})") from None
    return factory()


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Item:
    """One line of a contrast file: the expectation and its transcripts (raw dicts)."""

    pair_id: str
    kind: str
    competency: str
    language: str
    channel: str
    domain: str
    note: str
    source: str
    transcripts: Mapping[str, Mapping[str, Any]]


def data_files(data: Path) -> list[Path]:
    """The contrast files of a shared data folder, sorted so runs are reproducible."""
    files = sorted((data / "contrast").glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"no contrast/*.jsonl under {data}")
    return files


def parse_item(record: Mapping[str, Any], source: str) -> Item:
    """Check one record against the format and build an Item.

    A malformed line is a data error, not a scorer error: fail loudly, naming file and line,
    rather than count it as a miss.
    """
    pair_id, kind, competency = (record.get(k) for k in ("pair_id", "kind", "competency"))
    if not isinstance(pair_id, str) or not pair_id:
        raise ValueError(f"{source}: pair_id must be a non-empty string")
    if kind not in KINDS:
        raise ValueError(f"{source}: kind {kind!r} is not one of {KINDS}")
    allowed = ("overall",) if kind == "invariant" else cs.COMPETENCY_IDS
    if competency not in allowed:
        raise ValueError(f"{source}: competency {competency!r} is not valid for {kind!r} items")
    transcripts: dict[str, Mapping[str, Any]] = {}
    for side in SIDES[:1] if kind == "na" else SIDES:
        raw = record.get(side)
        if not isinstance(raw, dict):
            raise ValueError(f"{source}: {side!r} must be a transcript object")
        transcripts[side] = raw
    return Item(
        pair_id=pair_id,
        kind=str(kind),
        competency=str(competency),
        language=str(record.get("language", "?")),
        channel=str(record.get("channel", "?")),
        domain=str(record.get("domain", "?")),
        note=str(record.get("note", "")),
        source=source,
        transcripts=transcripts,
    )


def load_items(files: Iterable[Path]) -> list[Item]:
    """Read every item of the given JSON Lines files; pair ids must be unique across files."""
    items: list[Item] = []
    seen: dict[str, str] = {}
    for path in files:
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                source = f"{path.name}:{number}"
                item = parse_item(json.loads(line), source)
                if item.pair_id in seen:
                    raise ValueError(
                        f"{source}: pair_id {item.pair_id!r} already at {seen[item.pair_id]}"
                    )
                seen[item.pair_id] = source
                items.append(item)
    return items


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class Side:
    """What the evaluator concluded about one transcript of an item, or why it could not."""

    original_id: str
    assessment: cs.Assessment | None
    error: str | None = None

    def score(self, competency: str) -> float | None:
        """The competency's value; None for N/A and for a side that was not assessed."""
        if self.assessment is None:
            return None
        found = self.assessment.scores.get(competency)
        return None if found is None else found.value

    def overall(self) -> float | None:
        """The overall score, or None."""
        return None if self.assessment is None else self.assessment.overall


def side_key(pair_id: str, side: str) -> str:
    """The transcript id used while scoring: unique even when files reuse transcript ids."""
    return f"{pair_id}/{side}"


def score_items(items: Sequence[Item], evaluator: cs.Evaluator) -> dict[str, Side]:
    """Validate every transcript and score them all in one ``evaluate_many`` call.

    One call is what users do and what the evaluator is optimised for; results are matched
    back by id because ``evaluate_many`` leaves failed transcripts out of the sequence.
    """
    originals: dict[str, str] = {}
    sides: dict[str, Side] = {}
    transcripts: list[cs.Transcript] = []
    for item in items:
        for side, raw in item.transcripts.items():
            key = side_key(item.pair_id, side)
            originals[key] = str(raw.get("id", key))
            try:
                transcripts.append(cs.Transcript.model_validate({**raw, "id": key}))
            except ValueError as exc:  # pydantic's ValidationError is a ValueError
                sides[key] = Side(originals[key], None, f"invalid transcript: {exc}")
    batch = cs.evaluate_many(transcripts, evaluator=evaluator)
    for assessment in batch:
        sides[assessment.transcript_id] = Side(originals[assessment.transcript_id], assessment)
    for failure in batch.failures:
        key = failure.transcript_id or "?"
        sides[key] = Side(originals.get(key, key), None, f"{failure.error_type}: {failure.message}")
    for key, original in originals.items():
        sides.setdefault(key, Side(original, None, "no assessment returned by evaluate_many"))
    return sides


# --------------------------------------------------------------------------- judging


def contrast_cause(better: Side, worse: Side, b: float | None, w: float | None) -> str | None:
    """Why a contrast pair missed (None for a hit): which kind of fix the scorer needs."""
    if better.error or worse.error:
        return "failed"
    if b is None or w is None:
        return "na_both" if b is None and w is None else "na_better" if b is None else "na_worse"
    if b == w:
        return "tie"
    return None if b > w else "wrong_direction"


def other_deltas(better: Side, worse: Side, target: str) -> list[float]:
    """|better - worse| of every other competency scored on both sides (selectivity baseline)."""
    deltas = []
    for competency in cs.COMPETENCY_IDS:
        b, w = better.score(competency), worse.score(competency)
        if competency != target and b is not None and w is not None:
            deltas.append(abs(b - w))
    return deltas


def judge_contrast(item: Item, better: Side, worse: Side) -> dict[str, Any]:
    """Directional hit, miss cause and both selectivity verdicts of one contrast pair."""
    b, w = better.score(item.competency), worse.score(item.competency)
    cause = contrast_cause(better, worse, b, w)
    delta = None if b is None or w is None else b - w
    others = other_deltas(better, worse, item.competency)
    mean_other = fmean(others) if others else 0.0
    max_other = max(others, default=0.0)
    gain = delta if delta is not None and delta > 0 else 0.0
    return {
        "hit": cause is None,
        "cause": cause,
        "delta": delta,
        "mean_other_delta": mean_other,
        "max_other_delta": max_other,
        "selective": gain > 0 and gain > mean_other,
        "strictly_selective": gain > 0 and gain > max_other,
    }


def judge_invariant(better: Side, worse: Side) -> dict[str, Any]:
    """Whether ``overall`` stayed within the tolerance when only the customer side changed."""
    b, w = better.overall(), worse.overall()
    diff = None if b is None or w is None else abs(b - w)
    if better.error or worse.error:
        cause: str | None = "failed"
    elif diff is None:
        cause = "overall_na"
    else:
        cause = None if diff <= INVARIANCE_TOLERANCE else "moved"
    return {"hit": cause is None, "cause": cause, "abs_diff": diff}


def judge_na(item: Item, better: Side) -> dict[str, Any]:
    """Whether a conversation without opportunity got N/A rather than a number."""
    if better.error:
        cause: str | None = "failed"
    else:
        cause = None if better.score(item.competency) is None else "scored"
    return {"hit": cause is None, "cause": cause}


def plain(value: Any) -> Any:
    """A JSON-ready form of ``satisfaction``, whose type is not fixed yet."""
    if value is None or isinstance(value, (bool, int, float, str, list, dict)):
        return value
    dump = getattr(value, "model_dump", None)
    return dump(mode="json") if callable(dump) else str(value)


def side_record(side: Side, target: str) -> dict[str, Any]:
    """Scores, N/A reasons and the target's evidence positions of one side (no text)."""
    a = side.assessment
    if a is None:
        return {"transcript_id": side.original_id, "error": side.error}
    target_score = a.scores.get(target)
    evidence = target_score.evidence if target_score is not None else ()
    return {
        "transcript_id": side.original_id,
        "error": None,
        "overall": a.overall,
        "satisfaction": plain(getattr(a, "satisfaction", None)),
        "scores": {c: s.value for c, s in a.scores.items()},
        "na_reasons": {c: s.reason for c, s in a.scores.items() if s.value is None},
        "target_evidence": [
            e.model_dump(include={"turn", "start", "end", "rule", "behaviour", "polarity"})
            for e in evidence
        ],
    }


def judge(item: Item, sides: Mapping[str, Side]) -> dict[str, Any]:
    """The per-item record: what was expected, what happened, and both sides' scores."""
    mine = {side: sides[side_key(item.pair_id, side)] for side in item.transcripts}
    if item.kind == "contrast":
        verdict = judge_contrast(item, mine["better"], mine["worse"])
    elif item.kind == "invariant":
        verdict = judge_invariant(mine["better"], mine["worse"])
    else:
        verdict = judge_na(item, mine["better"])
    return {
        "pair_id": item.pair_id,
        "kind": item.kind,
        "competency": item.competency,
        "language": item.language,
        "channel": item.channel,
        "domain": item.domain,
        "source": item.source,
        **verdict,
        "sides": {side: side_record(s, item.competency) for side, s in mine.items()},
    }


# --------------------------------------------------------------------------- figures


def rate(hits: int, n: int) -> float | None:
    """hits / n, or None when there is nothing to measure (never a misleading 0)."""
    return hits / n if n else None


def summary(records: Sequence[Mapping[str, Any]], flag: str = "hit") -> dict[str, Any]:
    """n, hits and their rate for one boolean field of the records."""
    hits = sum(bool(r[flag]) for r in records)
    return {"n": len(records), "hits": hits, "accuracy": rate(hits, len(records))}


def grouped(
    records: Sequence[Mapping[str, Any]], field: str, order: Sequence[str] = ()
) -> dict[str, list[Mapping[str, Any]]]:
    """Records grouped by a field, in ``order`` first (e.g. the competency order) then sorted."""
    groups: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for record in records:
        groups[record[field]].append(record)
    rank = {key: i for i, key in enumerate(order)}
    return {k: groups[k] for k in sorted(groups, key=lambda k: (rank.get(k, len(rank)), k))}


def contrast_figures(records: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Directional accuracy, selectivity and miss causes of a set of contrast records."""
    causes = Counter(r["cause"] for r in records)
    return {
        **summary(records),
        "selectivity": summary(records, "selective")["accuracy"],
        "strict_selectivity": summary(records, "strictly_selective")["accuracy"],
        "misses": {cause: causes[cause] for cause in MISS_CAUSES},
    }


def figures(records: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Every headline figure, computed from the per-item records alone."""
    by_kind = grouped(records, "kind")
    contrast = by_kind.get("contrast", [])
    invariant = by_kind.get("invariant", [])
    na = by_kind.get("na", [])
    diffs = [r["abs_diff"] for r in invariant if r["abs_diff"] is not None]
    return {
        "counts": {kind: len(by_kind.get(kind, [])) for kind in KINDS},
        "directional": {
            "overall": contrast_figures(contrast),
            "by_competency": {
                c: contrast_figures(rs)
                for c, rs in grouped(contrast, "competency", cs.COMPETENCY_IDS).items()
            },
            "by_language": {k: summary(rs) for k, rs in grouped(contrast, "language").items()},
            "by_channel": {k: summary(rs) for k, rs in grouped(contrast, "channel").items()},
        },
        "selectivity": {
            **summary(contrast, "selective"),
            "strict": summary(contrast, "strictly_selective"),
        },
        "invariance": {
            **summary(invariant),
            "mean_abs_diff": fmean(diffs) if diffs else None,
            "n_both_scored": len(diffs),
            "tolerance": INVARIANCE_TOLERANCE,
        },
        "na_correct": {
            **summary(na),
            "by_competency": {
                c: summary(rs) for c, rs in grouped(na, "competency", cs.COMPETENCY_IDS).items()
            },
        },
    }


def target_rows(figs: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Each target with its value and verdict (None = nothing to measure)."""
    directional = figs["directional"]
    rows = [("directional_accuracy", directional["overall"], TARGETS["directional_accuracy"])]
    rows += [
        (f"directional_accuracy[{c}]", fig, TARGETS["competency_accuracy"])
        for c, fig in directional["by_competency"].items()
    ]
    rows += [
        ("selectivity", figs["selectivity"], TARGETS["selectivity"]),
        ("invariance", figs["invariance"], TARGETS["invariance"]),
        ("na_correct", figs["na_correct"], TARGETS["na_correct"]),
    ]
    return [
        {
            "metric": name,
            "value": fig["accuracy"],
            "target": target,
            "passed": None if fig["accuracy"] is None else fig["accuracy"] >= target,
            "n": fig["n"],
        }
        for name, fig, target in rows
    ]


# --------------------------------------------------------------------------- run


@dataclass(frozen=True)
class Run:
    """A whole measurement: the inputs and sides (for the details) and the JSON report."""

    items: list[Item]
    sides: dict[str, Side]
    report: dict[str, Any]


def measure(files: Sequence[Path], evaluator: cs.Evaluator | str = "default") -> Run:
    """Load, score, judge and summarise; everything the outputs need."""
    if isinstance(evaluator, str):
        evaluator = make_evaluator(evaluator)
    items = load_items(files)
    start = time.perf_counter()
    sides = score_items(items, evaluator)
    elapsed = time.perf_counter() - start
    records = [judge(item, sides) for item in items]
    figs = figures(records)
    report = {
        "benchmark": "contrast",
        "csskills_version": cs.__version__,
        "python": platform.python_version(),
        "evaluator": evaluator.info.model_dump(),
        "files": [str(f) for f in files],
        "score_seconds": round(elapsed, 2),
        "failures": {k: s.error for k, s in sides.items() if s.error},
        **figs,
        "targets": target_rows(figs),
        "items": records,
    }
    return Run(items, sides, report)


def run(files: Sequence[Path], evaluator: cs.Evaluator | str = "default") -> dict[str, Any]:
    """The JSON report of ``files`` scored by ``evaluator`` (an instance or a registered name)."""
    return measure(files, evaluator).report


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class Table:
    """A titled table, rendered as aligned text for the terminal or as markdown for docs."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]


def fmt(value: float | None, digits: int = 2) -> str:
    """A figure for a table; '-' when there was nothing to measure."""
    return "-" if value is None else f"{value:.{digits}f}"


def score_text(value: float | None) -> str:
    """A 0-100 score for a table; 'N/A' is what the library said, not a missing figure."""
    return "N/A" if value is None else f"{value:.1f}"


def verdict(passed: bool | None) -> str:
    """PASS / FAIL, or '-' for a target with no items."""
    return "-" if passed is None else "PASS" if passed else "FAIL"


def accuracy_row(name: str, fig: Mapping[str, Any]) -> list[str]:
    """name, n, hits, rate: the shape shared by the language, channel and N/A tables."""
    return [name, str(fig["n"]), str(fig["hits"]), fmt(fig["accuracy"])]


def competency_row(name: str, fig: Mapping[str, Any]) -> list[str]:
    """One competency's directional accuracy, selectivity and miss causes."""
    return [
        *accuracy_row(name, fig),
        fmt(fig["selectivity"]),
        fmt(fig["strict_selectivity"]),
        *(str(fig["misses"][cause]) for cause in MISS_CAUSES),
    ]


def side_scores(record: Mapping[str, Any], field: str | None) -> str:
    """'better / worse' value of a competency (or overall when field is None) of one record."""
    values = []
    for side in record["sides"].values():
        if side["error"]:
            values.append("failed")
        else:
            values.append(
                score_text(side["overall"] if field is None else side["scores"].get(field))
            )
    return " / ".join(values)


def tables(report: Mapping[str, Any], misses: bool = False) -> list[Table]:
    """Every table of the report; ``misses`` adds the per-item list of misses."""
    directional = report["directional"]
    items = report["items"]
    out = [
        Table(
            "Targets",
            ["metric", "value", "target", "pass", "n"],
            [
                [t["metric"], fmt(t["value"]), fmt(t["target"]), verdict(t["passed"]), str(t["n"])]
                for t in report["targets"]
            ]
            + [
                [
                    "strict selectivity (secondary)",
                    fmt(report["selectivity"]["strict"]["accuracy"]),
                    "-",
                    "-",
                    str(report["selectivity"]["strict"]["n"]),
                ]
            ],
        ),
        Table(
            "Directional accuracy, selectivity and miss causes by competency",
            [
                "competency",
                "n",
                "hits",
                "accuracy",
                "selectivity",
                "strict sel.",
                "N/A better",
                "N/A worse",
                "N/A both",
                "tie",
                "wrong dir.",
                "failed",
            ],
            [competency_row(c, fig) for c, fig in directional["by_competency"].items()]
            + [competency_row("all", directional["overall"])],
        ),
        Table(
            "Directional accuracy by language",
            ["language", "n", "hits", "accuracy"],
            [accuracy_row(k, fig) for k, fig in directional["by_language"].items()],
        ),
        Table(
            "Directional accuracy by channel",
            ["channel", "n", "hits", "accuracy"],
            [accuracy_row(k, fig) for k, fig in directional["by_channel"].items()],
        ),
        Table(
            f"Invariance pairs (overall, |difference| <= {INVARIANCE_TOLERANCE:g}; "
            f"mean |difference| {fmt(report['invariance']['mean_abs_diff'], 1)})",
            ["pair", "language", "channel", "overall better / worse", "|difference|", "hit"],
            [
                [
                    r["pair_id"],
                    r["language"],
                    r["channel"],
                    side_scores(r, None),
                    fmt(r["abs_diff"], 1),
                    "yes" if r["hit"] else "no",
                ]
                for r in items
                if r["kind"] == "invariant"
            ],
        ),
        Table(
            "No-opportunity items (N/A expected) by competency",
            ["competency", "n", "N/A", "accuracy"],
            [accuracy_row(c, fig) for c, fig in report["na_correct"]["by_competency"].items()],
        ),
    ]
    if misses:
        out.append(
            Table(
                "Misses (target score better / worse)",
                ["pair", "kind", "competency", "language", "cause", "better / worse"],
                [
                    [
                        r["pair_id"],
                        r["kind"],
                        r["competency"],
                        r["language"],
                        r["cause"],
                        side_scores(r, None if r["kind"] == "invariant" else r["competency"]),
                    ]
                    for r in items
                    if not r["hit"]
                ],
            )
        )
    return out


NUMERIC = re.compile(r"-?\d+(\.\d+)?|-|N/A")


def numeric_columns(table: Table) -> list[bool]:
    """Which columns hold only figures: those are right-aligned, text columns left-aligned."""
    return [all(NUMERIC.fullmatch(row[i]) for row in table.rows) for i in range(len(table.headers))]


def render_text(table: Table) -> str:
    """Aligned columns under a title, for the terminal."""
    widths = [
        max(len(row[i]) for row in [table.headers, *table.rows]) for i in range(len(table.headers))
    ]
    right = numeric_columns(table)

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.rjust(w) if r else c.ljust(w) for c, w, r in zip(cells, widths, right, strict=True)
        ).rstrip()

    rule = "-" * max(len(line(table.headers)), *(len(line(r)) for r in table.rows))
    return "\n".join([table.title, rule, line(table.headers), rule, *map(line, table.rows)])


def render_markdown(table: Table) -> str:
    """A GitHub/MkDocs pipe table under a bold title."""
    align = ["---:" if r else "---" for r in numeric_columns(table)]
    rows = [table.headers, *table.rows]
    cells = [[str(c).replace("|", "\\|") for c in r] for r in rows]  # "|difference|" in a cell
    cells.insert(1, align)
    return f"**{table.title}**\n\n" + "\n".join("| " + " | ".join(r) + " |" for r in cells)


def markdown_section(report: Mapping[str, Any]) -> str:
    """The section for docs/validation.md: heading, protocol in one paragraph, the tables."""
    counts = report["counts"]
    files = ", ".join(f"`{Path(f).name}`" for f in report["files"])
    evaluator = report["evaluator"]
    intro = (
        "Minimal pairs of conversations in which the customer side is the same and the agents "
        "differ in one competency (CheckList-style directional and invariance tests, Ribeiro "
        f"et al. 2020): {counts['contrast']} contrast pairs, {counts['invariant']} invariance "
        f"pairs and {counts['na']} no-opportunity items from {files}, all scored in one "
        f"`cs.evaluate_many` call by `{evaluator['name']}` {evaluator['version']}. A contrast "
        "pair is a hit when both sides are scored on its competency and `better` is strictly "
        "higher (N/A or a tie is a miss); selectivity also requires that gap to exceed the mean "
        "|gap| of the other competencies; an invariance pair is a hit when `overall` moves by at "
        "most 10; a no-opportunity item is a hit when its competency is N/A. Exact definitions: "
        "the docstring of `benchmarks/contrast.py`."
    )
    body = "\n\n".join(render_markdown(t) for t in tables(report))
    return f"## Contrast pairs: what each competency score means\n\n{intro}\n\n{body}\n"


def print_report(report: Mapping[str, Any], details: Path | None) -> None:
    """The terminal view: a header line, every table and the list of misses."""
    evaluator = report["evaluator"]
    counts = report["counts"]
    print(
        f"contrast benchmark: {evaluator['name']} {evaluator['version']} "
        f"(csskills {report['csskills_version']}), "
        f"{counts['contrast']} contrast / {counts['invariant']} invariant / {counts['na']} na "
        f"items, scored in {report['score_seconds']:.1f} s"
    )
    for table in tables(report, misses=True):
        print()
        print(render_text(table))
    if report["failures"]:
        print(f"\nfailed transcripts ({len(report['failures'])}):")
        for key, error in report["failures"].items():
            print(f"  {key}: {error}")
    if details is not None:
        print(f"\none file per miss in {details}/")


# --------------------------------------------------------------------------- details


def evidence_lines(side: Side, competency: str) -> list[str]:
    """The spans (with their text) behind one side's score, or why there is none."""
    a = side.assessment
    if a is None:
        return [f"  not assessed: {side.error}"]
    score = a.scores.get(competency)
    if score is None:
        return ["  (competency missing from the assessment)"]
    lines = [f"  value {score_text(score.value)}" + (f": {score.reason}" if score.reason else "")]
    lines += [
        f"  turn {e.turn:>2}  {e.polarity:<8}  {e.rule}  {e.text!r}" for e in score.evidence
    ] or ["  (no evidence spans)"]
    return lines


def cell(side: Side, value: float | None) -> str:
    """A score in the details table; a side that was not assessed says so instead of 'N/A'."""
    return "failed" if side.error else score_text(value)


def scores_block(item: Item, sides: Sequence[Side]) -> list[str]:
    """Every competency, overall and satisfaction side by side, then the N/A reasons."""
    rows = [["competency", *item.transcripts]]
    for c in cs.COMPETENCY_IDS:
        mark = "*" if c == item.competency else ""
        rows.append([c + mark, *(cell(s, s.score(c)) for s in sides)])
    rows.append(["overall", *(cell(s, s.overall()) for s in sides)])
    rows.append(
        ["satisfaction", *(str(plain(getattr(s.assessment, "satisfaction", None))) for s in sides)]
    )
    width = max(len(r[0]) for r in rows)
    lines = [r[0].ljust(width) + "".join(v.rjust(10) for v in r[1:]) for r in rows]
    for name, side in zip(item.transcripts, sides, strict=True):
        scores = side.assessment.scores if side.assessment is not None else {}
        lines += [f"  N/A {name} {c}: {s.reason}" for c, s in scores.items() if s.value is None]
    return lines


def transcript_lines(raw: Mapping[str, Any]) -> list[str]:
    """The conversation as numbered turns (evidence ``turn`` indexes refer to these)."""
    return [
        f"  [{i}] {turn.get('role', '?')}: " + str(turn.get("text", "")).replace("\n", "\n      ")
        for i, turn in enumerate(raw.get("turns", []))
    ]


def detail_text(item: Item, record: Mapping[str, Any], sides: Mapping[str, Side]) -> str:
    """One miss as a self-contained text a developer can read top to bottom."""
    mine = [sides[side_key(item.pair_id, side)] for side in item.transcripts]
    head = [
        f"pair {item.pair_id}  kind {item.kind}  competency {item.competency}  ({item.source})",
        f"language {item.language}  channel {item.channel}  domain {item.domain}",
        f"note: {item.note}",
        f"miss: {record['cause']}",
    ]
    if item.kind == "contrast":
        head.append(
            f"delta {fmt(record['delta'], 1)}; other competencies: mean |delta| "
            f"{fmt(record['mean_other_delta'], 1)}, max |delta| {fmt(record['max_other_delta'], 1)}"
        )
    lines = [*head, "", *scores_block(item, mine)]
    target = item.competency if item.kind != "invariant" else None
    for name, side in zip(item.transcripts, mine, strict=True):
        if target is not None:
            lines += ["", f"evidence for {target}, {name} ({side.original_id}):"]
            lines += evidence_lines(side, target)
    for name, raw in item.transcripts.items():
        lines += ["", f"conversation {name} ({raw.get('id', '?')}):", *transcript_lines(raw)]
    return "\n".join(lines) + "\n"


def inside_repository(path: Path) -> bool:
    """True when path is in this repository, where the data's text must never be written."""
    return path.resolve().is_relative_to(REPO)


def write_details(result: Run, folder: Path) -> int:
    """One file per miss; stale files of an earlier run are removed first so none mislead."""
    if inside_repository(folder):
        raise ValueError(f"{folder} is inside the repository: the details hold the data's text")
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"*{DETAIL_SUFFIX}"):
        old.unlink()
    records = {r["pair_id"]: r for r in result.report["items"]}
    written = 0
    for item in result.items:
        record = records[item.pair_id]
        if record["hit"]:
            continue
        name = re.sub(r"[^\w.-]", "_", item.pair_id) + DETAIL_SUFFIX
        (folder / name).write_text(detail_text(item, record, result.sides), encoding="utf-8")
        written += 1
    return written


# --------------------------------------------------------------------------- command line


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line; --data and --files are alternatives."""
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--data", type=Path, help="the shared data folder (reads contrast/*.jsonl)")
    source.add_argument("--files", type=Path, nargs="+", help="contrast JSON Lines files")
    parser.add_argument(
        "--evaluator", default="default", choices=sorted(EVALUATORS), help="what to measure"
    )
    parser.add_argument("--json", type=Path, help="save figures and per-item details here")
    parser.add_argument("--markdown", type=Path, help="save the docs/validation.md section here")
    parser.add_argument(
        "--details",
        type=Path,
        default=DEFAULT_DETAILS,
        help="folder for one text file per miss (outside the repository)",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    if inside_repository(args.details):
        parser.error(f"--details {args.details} is inside the repository: it holds the data's text")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark from the command line; returns the exit status."""
    args = parse_args(argv)
    files = args.files or data_files(args.data)
    result = measure(files, args.evaluator)
    report = result.report
    write_details(result, args.details)
    print_report(report, args.details)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"saved {args.json}")
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(markdown_section(report), encoding="utf-8")
        print(f"saved {args.markdown}")
    missed = [t["metric"] for t in report["targets"] if t["passed"] is False]
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
