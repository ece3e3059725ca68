"""Measure how far csskills agrees with human labels, and whether that holds on unseen text.

Usage::

    python benchmarks/validate.py --data ../shared/data [--out benchmarks/results/validation.json]
        [--split all|tune|check] [--only NAME ...] [--limit N] [--evaluator default]
        [--errors /tmp/csskills-errors] [--strict]

Every set is turned into transcripts, scored once through ``cs.evaluate_many`` and compared with
the human labels. One table is printed and saved as JSON: for every metric its value on the
``tune`` half, on the ``check`` half, the gap (check - tune), the value on all items, its naive
baselines (``benchmarks/baselines.py``) computed on the same items, the target and whether it is
met, and a flag. Misclassified items (with their text) go to ``/tmp/csskills-errors/``, never
into the repository. Exit status is 0 even when targets fail unless ``--strict`` is given.

The split (fixed; rules may be tuned on ``tune`` only, targets are judged on ``check``): an item
is on the ``check`` side iff
``int(sha1(f"{set_name}:{group_id}".encode()).hexdigest()[:8], 16) % 2 == 1``, where
``set_name`` is the data folder and ``group_id`` the conversation / dialogue / meeting / post it
comes from (``SETS_DEFINED`` below names the group of each set), so every item derived from one
conversation falls on the same side. ``--split tune`` or ``check`` scores one side only.

Flags: ``<base`` when the judged (check) value is below the strongest naive baseline of the
metric, ``gap`` when |check - tune| > 0.03.

What is compared (the full protocol per set is in ``benchmarks/README.md``):

- every binary behaviour metric is one line of ``BEHAVIOUR_METRICS`` below: the items of a set
  that carry any of the gold labels are positives, and the prediction is "the behaviour has
  evidence in the focus turn" (agent turn, or customer turn for customer behaviours). Items
  are built from each set as the focus turn with the turn(s) before it; a customer focus turn
  is followed by a neutral agent turn ("Let me look into this.") because a transcript needs an
  agent turn. Scores: ``f1`` (positive class), ``macro_f1``, ``recall`` (share of a gold subset
  detected). A metric with a question type counts only question evidence whose rule id ends in
  that type (``...question:declarative``); while no rule id carries a type its value is empty.
- ``politeness``: Stanford Politeness (Wikipedia), top vs bottom quartile; polite iff
  ``positive_language`` >= 50 with N/A counted as 50 (an abstention costs accuracy instead of
  being rewarded: unmarked requests are mostly impolite in this corpus).
- ``stc3``: the whole dialogue (helpdesk = agent) ranked by ``satisfaction`` (None = median) vs the
  mean S, A, E of the annotators (Spearman), beside VADER of the last customer turn.
- ``learned``: the trainable evaluator, out-of-fold (``benchmarks/learned.py``).
- ``multilingual``: TyDiP politeness es/hu/fr/en (``benchmarks/multilingual.py``) and
  OffensEval 2020 Turkish abuse.

``--limit N`` keeps about N items per set: the items of every label class are ordered by a SHA-1
of their id and each class gets a proportional share, but at least min(25, class size), so rare
classes stay represented (precision is then higher than on the full set: report full runs).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import csskills as cs
import datasets as ds
from baselines import baselines_for, vader_compound
from harness import (
    DEFAULT_ERRORS,
    Context,
    Item,
    Row,
    assess,
    assign_sides,
    binary_row,
    detected,
    evidence_of,
    has_typed_questions,
    politeness_rows,
    print_table,
    sample,
    side_row,
    spearman_row_fn,
    write_errors,
)

DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "validation.json"

# =========================================================================== the mapping
# Dataset label -> behaviour. ONE line per metric; the behaviour detectors are being rewritten,
# so this is the only place to update. ``gold``: an item is positive iff it carries any of
# these labels (labels are each data set's own vocabulary, see ``datasets.py``). ``qtype``: count
# only question evidence whose rule id ends in ``:<qtype>``. ``where``: only items carrying all
# of these labels. ``variant``: ``wording`` = punctuation stripped from every turn first.

SWDA_QUESTION = ("qy", "qw", "qo", "qh", "qrr", "^d", "^g")  # not bh ("Really?" backchannel)
MRDA_QUESTION = ("qy", "qw", "qr", "qrr", "qo", "qh", "^d", "^g")
MAPTASK_QUESTION = ("query_yn", "query_w", "check")  # not align ("okay?" attention checks)


class Spec(NamedTuple):
    """One behaviour metric: which items are positive and what counts as detecting them."""

    metric: str
    set: str
    gold: tuple[str, ...]
    behaviour: str
    qtype: str | None = None
    score: str = "f1"
    target: float | None = None
    where: tuple[str, ...] = ()
    variant: str = ""


S = Spec
BEHAVIOUR_METRICS: tuple[Spec, ...] = (
    # metric                               set           gold labels                  behaviour, ...
    S("swda_apology_f1",                   "swda",       ("fa",),                     "apology", target=0.90),  # noqa: E501
    S("swda_thanks_f1",                    "swda",       ("ft",),                     "thanks", target=0.90),  # noqa: E501
    S("swda_question_f1",                  "swda",       SWDA_QUESTION,               "question"),
    S("swda_question_recall_declarative",  "swda",       ("^d",),                     "question", score="recall"),  # noqa: E501
    S("swda_question_recall_tag",          "swda",       ("^g",),                     "question", score="recall"),  # noqa: E501
    S("swda_question_typed_declarative",   "swda",       ("^d",),                     "question", qtype="declarative", score="recall"),  # noqa: E501
    S("swda_question_typed_tag",           "swda",       ("^g",),                     "question", qtype="tag", score="recall"),  # noqa: E501
    S("swda_paraphrase_f1",                "swda",       ("bf",),                     "paraphrase"),
    S("esconv_question_f1",                "esconv",     ("Question",),               "question", target=0.75),  # noqa: E501
    S("esconv_paraphrase_f1",              "esconv",     ("Restatement or Paraphrasing",), "paraphrase", target=0.45),  # noqa: E501
    # our paraphrase is also the reflection of a feeling (as in motivational interviewing, the
    # MIDAS and ContextDeP labels); ESConv labels the two strategies apart
    S("esconv_reflection_f1",              "esconv",     ("Restatement or Paraphrasing", "Reflection of feelings"), "paraphrase"),  # noqa: E501
    S("esconv_options_f1",                 "esconv",     ("Providing Suggestions",),  "options_offered", target=0.58),  # noqa: E501
    S("epitome_empathy_macro_f1",          "epitome",    ("emotional-reactions",),    "empathy_statement", score="macro_f1", target=0.65),  # noqa: E501
    S("epitome_paraphrase_f1",             "epitome",    ("interpretations",),        "paraphrase"),
    S("epitome_question_f1",               "epitome",    ("explorations",),           "question"),
    S("contextdep_paraphrase_f1",          "contextdep", ("paraphrase",),             "paraphrase"),
    S("midas_es_paraphrase_f1",            "midas",      ("reflection",),             "paraphrase"),
    S("midas_es_question_f1",              "midas",      ("question",),               "question"),
    S("mrda_question_f1",                  "mrda",       MRDA_QUESTION,               "question"),
    S("mrda_question_f1_wording",          "mrda",       MRDA_QUESTION,               "question", variant="wording"),  # noqa: E501
    S("mrda_question_recall_declarative",  "mrda",       ("^d",),                     "question", score="recall"),  # noqa: E501
    S("mrda_question_recall_declarative_wording", "mrda", ("^d",),                    "question", score="recall", variant="wording"),  # noqa: E501
    S("mrda_question_recall_tag",          "mrda",       ("^g",),                     "question", score="recall"),  # noqa: E501
    S("mrda_question_recall_tag_wording",  "mrda",       ("^g",),                     "question", score="recall", variant="wording"),  # noqa: E501
    S("mrda_question_typed_declarative",   "mrda",       ("^d",),                     "question", qtype="declarative", score="recall"),  # noqa: E501
    S("mrda_question_typed_tag",           "mrda",       ("^g",),                     "question", qtype="tag", score="recall"),  # noqa: E501
    S("mrda_paraphrase_f1",                "mrda",       ("^bs",),                    "paraphrase"),
    S("mrda_apology_f1",                   "mrda",       ("^fa",),                    "apology"),
    S("mrda_thanks_f1",                    "mrda",       ("^ft",),                    "thanks"),
    S("maptask_question_f1",               "maptask",    MAPTASK_QUESTION,            "question"),
    S("maptask_question_recall_check",     "maptask",    ("check",),                  "question", score="recall"),  # noqa: E501
    S("ericsson_apology_f1",               "ericsson",   ("Apologize",),              "apology", where=("outbound", "company:AmazonHelp")),  # noqa: E501
    S("ericsson_escalation_f1",            "ericsson",   ("Refer to specialist team",), "escalation", where=("outbound",)),  # noqa: E501
    S("ericsson_frustration_f1",           "ericsson",   ("Bad Support",),            "customer_frustration", where=("inbound", "company:AmazonHelp")),  # noqa: E501
    S("rsics_frustration_f1",              "rsics",      ("Rant", "Express Emotion"), "customer_frustration"),  # noqa: E501
    S("rsics_va_frustration_f1",           "rsics",      ("Rant", "Express Emotion"), "customer_frustration", where=("source:va",)),  # noqa: E501
    S("airline_frustration_f1",            "airline",    ("negative",),               "customer_frustration"),  # noqa: E501
    S("airline_frustration_recall_service", "airline",   ("reason:Customer Service Issue",), "customer_frustration", score="recall"),  # noqa: E501
    S("convabuse_abuse_f1",                "convabuse",  ("abusive",),                "customer_abuse"),  # noqa: E501
    S("convabuse_abuse_recall_implicit",   "convabuse",  ("abusive:implicit",),       "customer_abuse", score="recall"),  # noqa: E501
    S("convabuse_abuse_recall_agent",      "convabuse",  ("abusive:agent",),          "customer_abuse", score="recall"),  # noqa: E501
    S("davidson_abuse_f1",                 "davidson",   ("hate", "offensive"),       "customer_abuse", target=0.85),  # noqa: E501
    S("davidson_abuse_macro_f1",           "davidson",   ("hate", "offensive"),       "customer_abuse", score="macro_f1"),  # noqa: E501
    S("offenseval_tr_abuse_macro_f1",      "offenseval", ("OFF",),                    "customer_abuse", score="macro_f1", target=0.65),  # noqa: E501
)  # fmt: skip
del S


# =========================================================================== evaluators


EVALUATORS: dict[str, Callable[[argparse.Namespace], cs.Evaluator | None]] = {
    # each transcript's own ``language`` picks the rule pack
    "default": lambda args: cs.DefaultEvaluator(),
    # the LLM judge (pip install "csskills[judge]"): endpoint and model from CSSKILLS_JUDGE_URL
    # and CSSKILLS_JUDGE_MODEL, key from CSSKILLS_JUDGE_KEY; answers are cached on disk
    "judge": lambda args: __import__("csskills.judge").judge.LLMJudge(),
}


def make_evaluator(name: str, args: argparse.Namespace) -> cs.Evaluator | None:
    """The evaluator called ``name`` (None = the library default).

    Plug another one (a learned model, an LLM judge) in by adding it to ``EVALUATORS``; it gets
    the parsed command line, e.g. to find a model file.
    """
    if name not in EVALUATORS:
        raise SystemExit(f"unknown evaluator {name!r}; known: {', '.join(EVALUATORS)}")
    return EVALUATORS[name](args)


# =========================================================================== sets

NEUTRAL_AGENT_TURN = {"en": "Let me look into this.", "tr": "Bunu hemen inceliyorum."}


def from_turn(record: ds.LabelledTurn, role: str, language: str = "en") -> Item:
    """An item whose focus turn has ``role``; the context turns alternate roles before it.

    A customer focus turn is followed by the neutral agent turn of its language (a transcript
    needs an agent turn); empty context turns are left out.
    """
    other = "agent" if role == "customer" else "customer"
    n = len(record.context)
    turns = [
        (role if (n - k) % 2 == 0 else other, text) for k, text in enumerate(record.context) if text
    ]
    focus = len(turns)
    turns.append((role, record.text))
    if role == "customer":
        turns.append(("agent", NEUTRAL_AGENT_TURN[language]))
    return Item(record.id, turns, record.labels, focus, record.group, language, record.text)


DAVIDSON_CLASSES = {"0": "hate", "1": "offensive", "2": "neither"}


def _ericsson(data: Path) -> list[Item]:
    """Agent tweets as one agent turn, customer tweets as a customer turn (+ neutral reply).

    Labels: the tags plus ``outbound``/``inbound`` and ``company:<name>`` (each company has its
    own tag columns, so a metric names the companies that label it).
    """
    items = []
    for t in ds.ericsson(data):
        labels = t.tags | {"outbound" if t.role == "agent" else "inbound", f"company:{t.company}"}
        record = ds.LabelledTurn(t.id, t.group, (), t.text, labels)
        items.append(from_turn(record, t.role))
    return items


@dataclass(frozen=True)
class SetDef:
    """A data set as items: its folder (the split's ``set_name``), group, builder, language."""

    folder: str
    group: str
    build: Callable[[Path], list[Item]]
    language: str = "en"
    punctuated: bool = True  # whether the text as transcribed has punctuation
    percent: int = 100  # share of the groups kept (fixed hash sample), to bound the run time


def _items(
    loader: Callable[[Path], Iterable[ds.LabelledTurn]], role: str, language: str = "en"
) -> Callable[[Path], list[Item]]:
    """A builder: every record of ``loader`` as an item whose focus turn has ``role``."""
    return lambda data: [from_turn(r, role, language) for r in loader(data)]


def _tweets(
    loader: Callable[[Path], Iterable[ds.LabelledText]],
    names: dict[str, str],
    language: str = "en",
) -> Callable[[Path], list[Item]]:
    """A builder: every tweet as a customer turn of its own group, labels = the class name."""

    def records(data: Path) -> Iterable[ds.LabelledTurn]:
        for t in loader(data):
            label = names.get(t.label, t.label)
            yield ds.LabelledTurn(t.id, t.id, (), t.text, frozenset([label]))

    return _items(records, "customer", language)


#: MRDA is scored twice (as transcribed and wording only): 2 x 109k units would take about
#: 90 s at 5k turns/s, so half of the meetings are kept. Raise to 100 when scoring is faster.
MRDA_PERCENT = 50

SETS_DEFINED: dict[str, SetDef] = {
    "swda": SetDef("swda", "conversation", _items(ds.swda, "agent")),
    "esconv": SetDef("esconv", "conversation", _items(ds.esconv, "agent")),
    "epitome": SetDef("epitome", "seeker post", _items(ds.epitome_mechanisms, "agent")),
    "contextdep": SetDef("contextdep-paraphrase", "interview", _items(ds.contextdep, "agent")),
    "midas": SetDef("midas-spanish-mi", "conversation", _items(ds.midas, "agent", "es"), "es"),
    "mrda": SetDef("mrda", "meeting", _items(ds.mrda, "agent"), percent=MRDA_PERCENT),
    "maptask": SetDef("maptask-miam", "dialogue", _items(ds.maptask, "agent"), punctuated=False),
    "ericsson": SetDef("ericsson-twcs-labeled", "thread", _ericsson),
    "rsics": SetDef("rsics", "request", _items(ds.rsics, "customer")),
    "airline": SetDef("airline-sentiment", "tweet author", _items(ds.airline, "customer")),
    "convabuse": SetDef("convabuse", "conversation", _items(ds.convabuse, "customer")),
    "davidson": SetDef("davidson-offensive", "tweet", _tweets(ds.davidson, DAVIDSON_CLASSES)),
    "offenseval": SetDef(
        "offenseval2020-turkish", "tweet", _tweets(ds.offenseval_turkish, {}, "tr"), "tr"
    ),
}

_PUNCTUATION = re.compile(r"[^\w\s']+")


def strip_punctuation(text: str) -> str:
    """The wording alone: every character but letters, digits, apostrophes and spaces removed."""
    return " ".join(_PUNCTUATION.sub(" ", text).split())


def wording_only(items: Sequence[Item]) -> list[Item]:
    """The items with punctuation stripped from every turn (``source`` keeps the original)."""
    return [replace(i, turns=[(r, strip_punctuation(t)) for r, t in i.turns]) for i in items]


def in_sample(set_name: str, group: str, percent: int) -> bool:
    """Whether a group is in the fixed ``percent`` sample of its set.

    Salted, so the sample is independent of the tune/check split (both sides shrink alike).
    """
    h = int(hashlib.sha1(f"sample:{set_name}:{group}".encode()).hexdigest()[:8], 16)
    return h % 100 < percent


def load_items(ctx: Context, name: str, specs: Sequence[Spec]) -> list[Item]:
    """A set's items, on the requested side(s), sampled with ``--limit`` by label class."""
    definition = SETS_DEFINED[name]
    items = definition.build(ctx.data)
    if definition.percent < 100:
        items = [i for i in items if in_sample(definition.folder, i.group, definition.percent)]
    items = assign_sides(definition.folder, items, ctx.split)
    relevant = {label for s in specs for label in (*s.gold, *s.where)}
    return sample(items, ctx.limit, key=lambda i: tuple(sorted(i.gold & relevant)))


def spec_row(
    ctx: Context,
    spec: Spec,
    items: Sequence[Item],
    assessments: Sequence[cs.Assessment | None],
    typed: bool,
) -> Row:
    """One behaviour metric on the items it covers, beside its baselines; errors to a file."""
    definition = SETS_DEFINED[spec.set]
    keep = [k for k, i in enumerate(items) if set(spec.where) <= i.gold]
    items = [items[k] for k in keep]
    assessments = [assessments[k] for k in keep]
    gold = [bool(i.gold & set(spec.gold)) for i in items]
    pred = [
        detected(a, spec.behaviour, i.focus, spec.qtype)
        for i, a in zip(items, assessments, strict=True)
    ]
    baselines = baselines_for(
        spec.behaviour,
        definition.language,
        wording_only=spec.variant == "wording" or not definition.punctuated,
        had_punctuation=definition.punctuated,
    )
    notes = [f"type {spec.qtype}"] if spec.qtype else []
    if definition.percent < 100:
        notes.append(f"{definition.percent}% of the {definition.group}s (fixed hash sample)")
    if spec.qtype and not typed:
        pred = [False] * len(items)
        notes = ["no question rule id carries a type yet: not measured"]
    row = binary_row(
        ctx, spec.metric, items, gold, pred, score=spec.score, target=spec.target,
        baselines=baselines, note="; ".join(notes),
    )  # fmt: skip
    if spec.qtype and not typed:
        row.values = {side: None for side in row.values}
        row.baselines, row.recall = [], None
    write_errors(
        ctx,
        spec.metric,
        (
            {"id": i.id, "side": i.side, "gold": g, "pred": p, "labels": sorted(i.gold),
             "turns": i.turns, "focus": i.focus, "evidence": evidence_of(a, spec.behaviour)}
            for i, a, g, p in zip(items, assessments, gold, pred, strict=True)
            if g != p and (spec.score != "recall" or g)
        ),
    )  # fmt: skip
    return row


def run_behaviours(ctx: Context, name: str) -> list[Row]:
    """Every ``BEHAVIOUR_METRICS`` line of one set: items built and scored once per variant."""
    specs = [s for s in BEHAVIOUR_METRICS if s.set == name]
    items = load_items(ctx, name, specs)
    rows: dict[str, Row] = {}
    for variant in dict.fromkeys(s.variant for s in specs):
        scored = wording_only(items) if variant == "wording" else items
        assessments = assess(name, ctx, scored)
        typed = has_typed_questions(assessments)
        for spec in specs:
            if spec.variant == variant:
                rows[spec.metric] = spec_row(ctx, spec, scored, assessments, typed)
    return [rows[s.metric] for s in specs]


# =========================================================================== other runners


def run_politeness(ctx: Context) -> list[Row]:
    """Stanford Politeness (Wikipedia): top vs bottom quartile, one agent turn per request."""
    records = [s for s in ds.politeness(ctx.data) if s.polite is not None]
    items = [Item(s.id, [("agent", s.text)], s.polite, 0, s.id, "en", s.text) for s in records]
    items = sample(assign_sides("stanford-politeness", items, ctx.split), ctx.limit,
                   key=lambda i: i.gold)  # fmt: skip
    assessments = assess("politeness", ctx, items)
    return politeness_rows(ctx, "politeness", items, assessments, none_polite=True, target=0.78)


def _median_filled(raw: Sequence[float | None]) -> list[float]:
    known = [v for v in raw if v is not None]
    median = float(np.median(known)) if known else 50.0
    return [median if v is None else v for v in raw]


def run_stc3(ctx: Context) -> list[Row]:
    """Spearman of ``satisfaction`` (None = median) with the mean S, A, E of the STC-3
    annotators; ``overall`` (the agent's quality alone) beside it."""
    items = [Item(d.id, list(d.turns), d.scores, 0, d.id) for d in ds.stc3(ctx.data, "train")]
    items = sample(assign_sides("stc3-dch", items, ctx.split), ctx.limit, key=lambda i: 0)
    assessments = assess("stc3", ctx, items)
    raw = [a.satisfaction if a is not None else None for a in assessments]
    values = _median_filled(raw)
    agent_quality = _median_filled([a.overall if a is not None else None for a in assessments])
    last_customer = [
        vader_compound(next((t for r, t in reversed(i.turns) if r == "customer"), ""))
        for i in items
    ]
    rows = []
    for key, target in (("S", 0.50), ("A", None), ("E", None)):
        gold = [i.gold[key] for i in items]
        rows.append(
            side_row(
                ctx, f"stc3_spearman_{key}", items, spearman_row_fn(values, gold), target=target,
                baselines=[("VADER last customer turn", spearman_row_fn(last_customer, gold))],
                note=f"satisfaction vs mean {key}, None = median",
            )
        )  # fmt: skip
        rows.append(
            side_row(
                ctx, f"stc3_overall_spearman_{key}", items,
                spearman_row_fn(agent_quality, gold),
                note=f"overall (agent quality only) vs mean {key}, None = median",
            )
        )  # fmt: skip
    covered = [v is not None for v in raw]
    rows.append(
        side_row(ctx, "stc3_coverage", items, lambda idx: float(np.mean([covered[k] for k in idx])),
                 note="share of non-None satisfaction")
    )  # fmt: skip
    rows += _stc3_dynamics(ctx, items, assessments)
    _stc3_errors(ctx, items, raw, values)
    return rows


def _stc3_dynamics(
    ctx: Context, items: Sequence[Item], assessments: Sequence[cs.Assessment | None]
) -> list[Row]:
    """Spearman of text-only time_management with mean E, and sentiment shift with mean S.

    Only items where the value exists (not None) are compared; n says how many.
    """
    rows = []
    pairs: list[tuple[str, str, Callable[[cs.Assessment], float | None]]] = [
        ("stc3_time_management_E", "E", lambda a: a.scores["time_management"].value),
        ("stc3_sentiment_shift_S", "S", lambda a: (a.metrics.get("sentiment") or {}).get("shift")),
    ]
    for metric, key, get in pairs:
        xs = [get(a) if a is not None else None for a in assessments]
        ys = [i.gold[key] for i in items]
        rows.append(
            side_row(ctx, metric, items, spearman_row_fn(xs, ys),  # type: ignore[arg-type]
                     keep=[x is not None for x in xs], note=f"vs mean {key}, non-None items")
        )  # fmt: skip
    return rows


def _stc3_errors(
    ctx: Context, items: Sequence[Item], raw: Sequence[float | None], values: Sequence[float]
) -> None:
    """The 100 dialogues whose rank by ``satisfaction`` is furthest from their rank by mean S."""
    n = max(1, len(values) - 1)
    rank_v = np.argsort(np.argsort(values)) / n
    gold_s = [i.gold["S"] for i in items]
    rank_s = np.argsort(np.argsort(gold_s, kind="stable")) / n
    worst = np.argsort(-np.abs(rank_v - rank_s))[:100]
    write_errors(
        ctx,
        "stc3_spearman_S",
        (
            {"id": items[k].id, "side": items[k].side, "mean_S": gold_s[k],
             "satisfaction": raw[k],
             "rank_gap": float(rank_v[k] - rank_s[k]), "turns": items[k].turns}
            for k in worst
        ),
    )  # fmt: skip


def run_learned(ctx: Context) -> list[Row]:
    """The trainable evaluator, out-of-fold (see ``benchmarks/learned.py``)."""
    import learned

    return learned.rows(ctx)


def run_multilingual(ctx: Context) -> list[Row]:
    """TyDiP politeness (``benchmarks/multilingual.py``) and OffensEval 2020 Turkish abuse."""
    import multilingual

    return multilingual.run_all(ctx) + run_behaviours(ctx, "offenseval")


def _behaviours(name: str) -> Callable[[Context], list[Row]]:
    return lambda ctx: run_behaviours(ctx, name)


RUNNERS: dict[str, Callable[[Context], list[Row]]] = {
    "swda": _behaviours("swda"),
    "esconv": _behaviours("esconv"),
    "epitome": _behaviours("epitome"),
    "politeness": run_politeness,
    "stc3": run_stc3,
    "davidson": _behaviours("davidson"),
    "contextdep": _behaviours("contextdep"),
    "midas": _behaviours("midas"),
    "mrda": _behaviours("mrda"),
    "maptask": _behaviours("maptask"),
    "ericsson": _behaviours("ericsson"),
    "rsics": _behaviours("rsics"),
    "airline": _behaviours("airline"),
    "convabuse": _behaviours("convabuse"),
    "learned": run_learned,
    "multilingual": run_multilingual,
}
SETS = tuple(RUNNERS)

SPLIT_RULE = (
    "check iff int(sha1(f'{set_name}:{group_id}'.encode()).hexdigest()[:8], 16) % 2 == 1; "
    "set_name = data folder, group_id = conversation/dialogue/meeting/post"
)


# =========================================================================== main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON result file")
    parser.add_argument("--only", nargs="+", choices=SETS, help="run only these sets")
    parser.add_argument("--limit", type=int, help="about N items per set (deterministic sample)")
    parser.add_argument(
        "--split",
        choices=("all", "tune", "check"),
        default="all",
        help="score both halves and report each (all), or one half only",
    )
    parser.add_argument(
        "--evaluator", default="default", choices=tuple(EVALUATORS), help="what is validated"
    )
    parser.add_argument(
        "--errors",
        type=Path,
        default=DEFAULT_ERRORS,
        help="folder for misclassified items (keep it outside the repository)",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when any target fails")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the validation harness; returns the exit status."""
    args = parse_args(argv)
    evaluator = make_evaluator(args.evaluator, args)
    ctx = Context(args.data, args.limit, args.errors, args.split, evaluator)
    rows: list[Row] = []
    start = time.perf_counter()
    for name in args.only or SETS:
        t0 = time.perf_counter()
        rows.extend(RUNNERS[name](ctx))
        ctx.timings.setdefault(name, {})["wall_s"] = round(time.perf_counter() - t0, 2)
    elapsed = time.perf_counter() - start

    print_table(rows)
    per_set = ", ".join(f"{k} {v['wall_s']:.1f}" for k, v in ctx.timings.items() if "wall_s" in v)
    print(f"\n{len(rows)} rows in {elapsed:.1f} s ({per_set}); errors in {ctx.errors}/")
    failures = {k: int(v["failures"]) for k, v in ctx.timings.items() if v.get("failures")}
    if failures:
        print(f"items not scored: {failures}")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "csskills_version": getattr(cs, "__version__", None),
        "python": platform.python_version(),
        "evaluator": args.evaluator,
        "split": args.split,
        "split_rule": SPLIT_RULE,
        "limit": args.limit,
        "sets": list(args.only or SETS),
        "elapsed_s": round(elapsed, 2),
        "timings": ctx.timings,
        "rows": [r.to_json() for r in rows],
    }
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"saved {args.out}")
    failed = [r.metric for r in rows if r.passed is False]
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())
