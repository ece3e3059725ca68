"""Score and profile on a Dask cluster: partition-wise scoring, profiles from merged statistics.

Install the extra: ``pip install 'csskills[dask]'`` (Dask is imported inside each function, so
``import csskills`` never needs it). Scoring is embarrassingly parallel: each partition is
scored on its own with one evaluator (pickled to its settings, so it travels cheaply), in input
order. Profiles need the whole team, so each partition is folded into a
:class:`~csskills.ProfileStats` (exact integer sums) and the partitions' statistics are merged
with :meth:`~csskills.ProfileStats.merge`; because the merge is exact, associative and
commutative, the profiles equal the single-process :func:`~csskills.build_profiles` result
whatever the partitioning and whatever order the cluster merges in.

A conversation must be in one partition: a conversation split across two partitions would be
scored twice, and :func:`profiles_from_bag` refuses it (``transcript 'x' is in both
statistics``) rather than double count it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from csskills._assessment import Assessment, Failure
from csskills._optional import require
from csskills._transcript import Transcript
from csskills.aggregate import ProfileOptions, ProfileStats, TeamProfiles
from csskills.exceptions import ConfigurationError, InputFormatError

if TYPE_CHECKING:
    from csskills.evaluate import Evaluator
    from csskills.io.formats.generic import ColumnMapping

__all__ = [
    "partition_stats",
    "profiles_from_bag",
    "score_bag",
    "score_dataframe",
    "score_partition",
    "stats_from_bag",
]

#: A Dask bag / DataFrame / Item (typed loosely so that type-checking never needs Dask).
Bag = Any
DataFrame = Any
Item = Any


def _require(module: str) -> Any:
    return require(module, extra="dask", feature="csskills.dask")


def _evaluator(evaluator: Evaluator | None) -> Evaluator:
    if evaluator is not None:
        return evaluator
    from csskills.evaluate import DefaultEvaluator

    return DefaultEvaluator()


def _as_transcript(item: Any, position: str) -> Transcript | Failure:
    """A bag element as a transcript: a Transcript, a dict, or one JSON line (str/bytes)."""
    if isinstance(item, Transcript | Failure):
        return item
    try:
        if isinstance(item, str | bytes):
            from csskills.io import parse_transcript

            return parse_transcript(item, source=position)
        if isinstance(item, Mapping):
            return Transcript.model_validate(item)
    except InputFormatError as exc:
        return Failure(
            source=exc.source, error_type=type(exc).__name__, message=exc.location_message()
        )
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        field = ".".join(str(p) for p in error["loc"]) or "(record)"
        tid = item.get("id") if isinstance(item.get("id"), str) else None
        if tid is not None and not tid.isascii():
            try:  # a lone surrogate in the id itself: the Failure could never be written
                tid.encode("utf-8")
            except UnicodeEncodeError:
                tid = None
        message = str(error["msg"]).removeprefix("Value error, ")
        return Failure(
            transcript_id=tid,
            source=position,
            error_type="InputFormatError",
            message=f"{position}: {field}: {message}",
        )
    return Failure(
        source=position,
        error_type="InputFormatError",
        message=f"{position}: expected a Transcript, a dict or a JSON line, "
        f"got {type(item).__name__}",
    )


def score_partition(
    items: Iterable[Any], evaluator: Evaluator | None = None, partition: int | None = None
) -> list[Assessment | Failure]:
    """Score one partition: what each Dask task runs, usable as is from Spark or Ray.

    ``items`` are Transcripts, transcript dicts or JSON lines; the result has one
    Assessment or Failure per item, in order (a Failure names the partition and item).
    """
    where = "partition" if partition is None else f"partition {partition}"
    transcripts = (_as_transcript(x, f"{where} item {i}") for i, x in enumerate(items))
    return list(_evaluator(evaluator).iter_evaluate(transcripts))


def score_bag(bag: Bag, evaluator: Evaluator | None = None) -> Bag:
    """Score every transcript of a Dask bag, partition by partition (lazy).

    Elements may be :class:`~csskills.Transcript` objects, dicts in the transcript format, or
    JSON lines (``dask.bag.read_text("data/*.jsonl")``). The result is a bag with, in the same
    order, an :class:`~csskills.Assessment` per transcript or a :class:`~csskills.Failure`
    for one that could not be read or scored (filter with ``isinstance``); nothing is dropped.
    """
    bag_module = _require("dask.bag")
    delayed = _require("dask").delayed
    scorer = _evaluator(evaluator)
    parts = bag.to_delayed(optimize_graph=False)
    return bag_module.from_delayed(
        [delayed(score_partition)(part, scorer, i) for i, part in enumerate(parts)]
    )


def _frame_partition(
    frame: Any, mapping: Any, evaluator: Evaluator, errors: str
) -> list[Assessment | Failure]:
    from csskills.io import transcripts_from_frame

    return list(evaluator.iter_evaluate(transcripts_from_frame(frame, mapping, errors=errors)))


def score_dataframe(
    df: DataFrame,
    mapping: ColumnMapping | str | Mapping[str, str] | None = None,
    *,
    evaluator: Evaluator | None = None,
    errors: str = "raise",
) -> Bag:
    """Score a Dask DataFrame with one row per turn; a bag of assessments (lazy).

    ``mapping`` names the columns as in :func:`csskills.frames.transcripts_from_frame` (the
    ``--map`` string, a dict or a :class:`~csskills.ColumnMapping`; default: the column names
    of :func:`csskills.frames.transcripts_to_frame`). All rows of a conversation must be in the
    same partition, in turn order (e.g. data written one conversation after another, or
    ``df.set_index(id_column, sorted=True)`` on data sorted by conversation). With
    ``errors="collect"`` a bad conversation becomes a :class:`~csskills.Failure` in place.
    """
    bag_module = _require("dask.bag")
    _require("dask.dataframe")
    if errors not in ("raise", "collect"):
        raise ConfigurationError(f"errors must be 'raise' or 'collect', not {errors!r}")
    scorer = _evaluator(evaluator)
    delayed = _require("dask").delayed
    parts = df.to_delayed(optimize_graph=False)
    scored = [delayed(_frame_partition)(part, mapping, scorer, errors) for part in parts]
    return bag_module.from_delayed(scored)


def partition_stats(
    items: Iterable[Assessment | Failure], examples: int = 3, default_days: int = 7
) -> ProfileStats:
    """The :class:`~csskills.ProfileStats` of one partition's assessments (Failures skipped).

    Merge the partitions' statistics with ``+`` or :meth:`~csskills.ProfileStats.merge`;
    ``examples`` and ``default_days`` are :class:`~csskills.ProfileOptions`'
    ``examples_per_pattern`` and ``default_commitment_days``.
    """
    stats = ProfileStats(examples_per_pattern=examples)
    for item in items:
        if isinstance(item, Assessment):
            stats.add(item, default_commitment_days=default_days)
    return stats


def _merge_stats(parts: Iterable[ProfileStats], examples: int) -> ProfileStats:
    total = ProfileStats(examples_per_pattern=examples)
    for part in parts:
        total.merge(part)
    return total


def stats_from_bag(assessments: Bag, *, options: ProfileOptions | None = None) -> Item:
    """The merged :class:`~csskills.ProfileStats` of a bag of assessments (a lazy Dask item).

    Each partition is folded into its own statistics on the worker that holds it; only those
    (a few kilobytes per agent, plus one small record per conversation for the follow-up and
    commitment checks) travel to be merged. :class:`~csskills.Failure` elements are skipped.
    """
    _require("dask.bag")
    options = options or ProfileOptions()
    examples = options.examples_per_pattern
    return assessments.reduction(
        partial(
            partition_stats, examples=examples, default_days=options.default_commitment_days
        ),
        partial(_merge_stats, examples=examples),
    )


def profiles_from_bag(
    assessments: Bag,
    *,
    options: ProfileOptions | None = None,
    compare_at: date | datetime | str | None = None,
) -> TeamProfiles:
    """Team profiles from a bag of assessments, equal to :func:`~csskills.build_profiles`.

    Computes :func:`stats_from_bag` (on the current Dask scheduler or ``distributed`` client)
    and builds the profiles from the merged statistics. Raises ``ValueError`` naming the
    transcript when one conversation was scored in two partitions.
    """
    options = options or ProfileOptions()
    stats: ProfileStats = stats_from_bag(assessments, options=options).compute()
    return stats.profiles(options=options, compare_at=compare_at)
