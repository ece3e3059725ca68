"""Evaluators: the one small contract (``evaluate(transcript) -> Assessment``) and the default one.

A batch never crashes on one bad transcript and never skips one silently: the failure becomes a
:class:`~csskills.Failure` record (which transcript, which evaluator, the error).
"""

from __future__ import annotations

import gc
import os
import sys
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, overload

from csskills._assessment import Assessment, CompetencyScore, EvaluatorInfo, Failure, Promise
from csskills._transcript import Transcript
from csskills.competencies import COMPETENCY_IDS
from csskills.evaluate._parallel import parallel_iter, resolve_n_jobs
from csskills.evaluate._scoring import (
    SCORERS,
    SCORING_VERSION,
    na,
    overall,
    promise_fates,
)
from csskills.evaluate._scoring import satisfaction as satisfaction_of
from csskills.exceptions import UsageError
from csskills.featurize import DEFAULT_TIMING, TimingConfig, compute_dynamics, extract_signals
from csskills.lang import (
    CONFIDENT,
    Detection,
    Language,
    detect_language,
    get_language,
    primary_subtag,
)


class Evaluator(ABC):
    """Base class of evaluators. Subclasses set ``name`` and ``version`` and implement
    :meth:`evaluate`; batch methods come for free."""

    name: str = "evaluator"
    version: str = "0"

    @property
    def info(self) -> EvaluatorInfo:
        """Name and version, as recorded in every assessment."""
        return EvaluatorInfo(name=self.name, version=self.version)

    @abstractmethod
    def evaluate(self, transcript: Transcript) -> Assessment:
        """Assess one transcript."""

    def iter_evaluate(
        self,
        transcripts: Iterable[Transcript | Failure],
        *,
        n_jobs: int | None = None,
        chunksize: int = 256,
    ) -> Iterator[Assessment | Failure]:
        """Assess lazily, in order; a transcript that fails yields a :class:`Failure` instead.

        Input :class:`Failure` records (e.g. from :func:`csskills.io.iter_transcripts` with
        ``errors="collect"``) pass straight through so that nothing is lost. ``n_jobs`` > 1
        scores on that many processes (``-1``: every CPU) with the same results, in the same
        order, and flat memory (chunks of ``chunksize`` transcripts, a few in flight).
        """
        _check_many(transcripts, "iter_evaluate")
        jobs = resolve_n_jobs(n_jobs)
        if jobs > 1:
            yield from parallel_iter(self, transcripts, n_jobs=jobs, chunksize=chunksize)
            return
        for transcript in transcripts:
            if isinstance(transcript, Failure):
                yield transcript
                continue
            try:
                yield self.evaluate(transcript)
            except Exception as exc:
                yield Failure(
                    transcript_id=getattr(transcript, "id", None),
                    evaluator=self.name,
                    error_type=type(exc).__name__,
                    message=str(exc),
                )

    def evaluate_many(
        self,
        transcripts: Iterable[Transcript | Failure],
        *,
        progress: bool = False,
        n_jobs: int | None = None,
    ) -> BatchResult:
        """Assess every transcript, keeping going past failures (see :class:`BatchResult`)."""
        _check_many(transcripts, "evaluate_many")
        items = self.iter_evaluate(transcripts, n_jobs=n_jobs)
        if progress:
            items = _progress(items)
        assessments: list[Assessment] = []
        failures: list[Failure] = []
        # Assessments hold no reference cycles; without this the cyclic collector walks the
        # growing result list again and again (about a third of the time on 100k turns).
        collecting = gc.isenabled()
        gc.disable()
        try:
            for item in items:
                if isinstance(item, Failure):
                    failures.append(item)
                else:
                    assessments.append(item)
        finally:
            if collecting:
                gc.enable()
        return BatchResult(assessments, failures)


class BatchResult(Sequence[Assessment]):
    """The assessments of a batch, in input order, plus the failures.

    It is a sequence of :class:`Assessment` (``result[0]``, ``len(result)``, iteration);
    ``failures`` lists what could not be assessed, and :attr:`ok` says whether that list is empty.
    """

    def __init__(self, assessments: list[Assessment], failures: list[Failure]) -> None:
        self.assessments = assessments
        self.failures = failures

    @property
    def ok(self) -> bool:
        """True when every transcript was assessed."""
        return not self.failures

    @overload
    def __getitem__(self, index: int) -> Assessment: ...
    @overload
    def __getitem__(self, index: slice) -> list[Assessment]: ...
    def __getitem__(self, index: int | slice) -> Assessment | list[Assessment]:
        return self.assessments[index]

    def __len__(self) -> int:
        return len(self.assessments)

    def __repr__(self) -> str:
        return f"<BatchResult {len(self.assessments)} assessments, {len(self.failures)} failures>"

    def to_frame(self) -> Any:
        """One row per conversation x competency as a pandas DataFrame (``csskills[pandas]``);
        see :func:`csskills.report.frames.assessments_to_frame`."""
        from csskills.report.frames import assessments_to_frame

        return assessments_to_frame(self.assessments)

    def _repr_html_(self) -> str:
        from csskills.report.notebook import batch_html

        return batch_html(self.assessments, self.failures)


def _progress(items: Iterator[Assessment | Failure]) -> Iterator[Assessment | Failure]:
    """A minimal progress counter on stderr (only when asked for and stderr is a terminal)."""
    if not sys.stderr.isatty():
        yield from items
        return
    n = 0
    for n, item in enumerate(items, 1):
        if n % 500 == 0:
            sys.stderr.write(f"\r{n:,} conversations scored")
            sys.stderr.flush()
        yield item
    sys.stderr.write(f"\r{n:,} conversations scored\n")


class DefaultEvaluator(Evaluator):
    """The rule-based evaluator: phrase rules per language, opportunity-aware formulas.

    ``language`` forces one pack for every transcript (otherwise each transcript's own
    ``language`` is used, or detected when missing). ``default_language`` is used only when
    detection is undetermined *and* the caller explicitly asked for a fallback. ``timing`` sets
    the service level, business hours and silence thresholds used for conversation dynamics
    (:class:`~csskills.TimingConfig`; defaults when omitted).
    """

    name = "csskills.default"
    version = f"0.2.0+rules{SCORING_VERSION}"

    def __init__(
        self,
        *,
        language: str | None = None,
        default_language: str | None = None,
        timing: TimingConfig | None = None,
    ) -> None:
        self.language = language
        self.default_language = default_language
        self.timing = timing if timing is not None else DEFAULT_TIMING
        if language is not None:
            get_language(language)  # fail early on an unsupported code
        if default_language is not None:
            get_language(default_language)

    def __repr__(self) -> str:
        return (
            f"DefaultEvaluator(language={self.language!r}, "
            f"default_language={self.default_language!r}, timing={self.timing!r})"
        )

    def __getstate__(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "default_language": self.default_language,
            "timing": self.timing,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    def _resolve(
        self, transcript: Transcript
    ) -> tuple[Language | None, str | None, float | None, list[str], list[str | None] | None]:
        """The pack, its code, the detection confidence, warnings and, for a mixed-language
        conversation, one language code per turn.

        An explicit code (the evaluator's, else the transcript's) is used as is: one pack, no
        detection. Otherwise the whole conversation is detected; when that is not confident
        (below :data:`~csskills.lang._detect.CONFIDENT`) or undetermined, every turn is detected
        on its own, a turn too short to tell inherits the conversation's language, and the
        per-turn codes are returned when they differ (scored per turn).
        """
        code = self.language or transcript.language
        if code is not None:
            return get_language(code), primary_subtag(code), None, [], None
        turns = transcript.turns
        spoken = [t.role in ("agent", "customer") and bool(t.text.strip()) for t in turns]
        detection = detect_language(t.text for t, s in zip(turns, spoken, strict=True) if s)
        if detection.code is not None and detection.confidence >= CONFIDENT:
            return get_language(detection.code), detection.code, detection.confidence, [], None
        if detection.unsupported is not None:  # a language without a pack: no turn-by-turn guess
            per_turn: list[Detection | None] = [None] * len(turns)
        else:
            per_turn = [
                detect_language([t.text]) if s else None
                for t, s in zip(turns, spoken, strict=True)
            ]
        found = [d.code for d in per_turn if d is not None and d.code is not None]
        if detection.code is None and not found:
            if self.default_language is not None:
                warning = (
                    f"language undetermined ({detection.reason}); "
                    f"scored as {self.default_language!r} as configured"
                )
                pack = get_language(self.default_language)
                return pack, self.default_language, 0.0, [warning], None
            return None, None, 0.0, [f"language undetermined: {detection.reason}"], None
        main = detection.code or max(sorted(set(found)), key=found.count)
        turn_codes: list[str | None] = [
            (d.code or main) if d is not None else None for d in per_turn
        ]
        if detection.code is not None:
            confidence = detection.confidence
        else:
            agreeing = [d.confidence for d in per_turn if d is not None and d.code == main]
            confidence = sum(agreeing) / max(1, sum(spoken))
        if {c for c in turn_codes if c is not None} == {main}:
            return get_language(main), main, confidence, [], None
        return get_language(main), main, confidence, [], turn_codes

    def evaluate(self, transcript: Transcript) -> Assessment:
        """Assess one transcript: behaviours with evidence, ten competency scores, overall,
        satisfaction and the agent's promises."""
        if not isinstance(transcript, Transcript):
            raise UsageError(_not_a_transcript(transcript))
        pack, code, confidence, warnings, turn_codes = self._resolve(transcript)
        satisfaction: float | None = None
        promises: tuple[Promise, ...] = ()
        if pack is None:
            reason = warnings[0] if warnings else "language undetermined"
            scores: dict[str, CompetencyScore] = {
                cid: na(f"not scored: {reason}") for cid in COMPETENCY_IDS
            }
            # Timings need no language: measure them anyway (sentiment stays null).
            dynamics = compute_dynamics(extract_signals(transcript, None), self.timing)
            behaviours: dict[str, tuple[Any, ...]] = {
                b: tuple(ev) for b, ev in sorted(dynamics.behaviours.items())
            }
            metrics: dict[str, Any] = dynamics.metrics()
            warnings += dynamics.warnings
        else:
            turn_packs = (
                [get_language(c) if c is not None else None for c in turn_codes]
                if turn_codes is not None
                else None
            )
            signals = extract_signals(transcript, pack, turn_languages=turn_packs)
            dynamics = compute_dynamics(signals, self.timing)
            scores = {cid: scorer(signals, dynamics) for cid, scorer in SCORERS.items()}
            satisfaction = satisfaction_of(scores, signals)
            promises = tuple(
                Promise(
                    turn=c.turn, evidence=c.evidence, due=c.due, when=c.when, vague=c.vague,
                    reference=c.reference,
                    status="open" if kept is None else "kept" if kept else "broken",
                    status_reason=why,
                )
                for c, kept, why in promise_fates(signals, dynamics)
            )
            found = {**signals.behaviours, **dynamics.behaviours}
            behaviours = {b: tuple(ev) for b, ev in sorted(found.items())}
            warnings += dynamics.warnings
            agent = signals.agent_turns()
            customer = signals.customer_turns()
            metrics = {
                "turns": len(transcript.turns),
                "agent_turns": len(agent),
                "customer_turns": len(customer),
                "agent_words": sum(signals.words[i] for i in agent),
                "customer_words": sum(signals.words[i] for i in customer),
                **dynamics.metrics(),
            }
            if turn_codes is not None:
                metrics["turn_languages"] = turn_codes
        return Assessment(
            transcript_id=transcript.id,
            agent_id=transcript.agent_id,
            customer_id=transcript.customer_id,
            channel=transcript.channel,
            language=code,
            language_confidence=confidence,
            started_at=transcript.started_at,
            evaluator=self.info,
            overall=overall(scores),
            satisfaction=satisfaction,
            scores=scores,
            behaviours=behaviours,
            promises=promises,
            metrics=metrics,
            warnings=tuple(warnings),
            metadata=dict(transcript.metadata),
        )


def _check_many(transcripts: object, name: str) -> None:
    """A UsageError for the usual mistakes in place of an iterable of transcripts: a path
    (whose characters would be "transcripts"), one transcript, a dict, a non-iterable."""
    if isinstance(transcripts, (str, bytes, os.PathLike)):
        shown = os.fsdecode(transcripts) if not isinstance(transcripts, bytes) else "bytes"
        raise UsageError(
            f"{name} expects transcripts, not a file name ({shown[:60]!r}): pass "
            "csskills.read_transcripts(path), or csskills.read(path) for other formats"
        )
    if isinstance(transcripts, Transcript):
        raise UsageError(
            f"{name} expects several transcripts: pass [transcript], or use evaluate()"
        )
    if isinstance(transcripts, Mapping):
        raise UsageError(
            f"{name} expects transcripts, got a {type(transcripts).__name__}: build each with "
            "csskills.Transcript.model_validate(data)"
        )
    if not isinstance(transcripts, Iterable):
        raise UsageError(
            f"{name} expects an iterable of transcripts, got {type(transcripts).__name__}"
        )


def _not_a_transcript(value: object) -> str:
    """What to pass instead, for the usual mistakes (a dict, a path, a list)."""
    kind = type(value).__name__
    if isinstance(value, dict):
        return (
            "expected a csskills.Transcript, got a dict: build one with "
            "csskills.Transcript.model_validate(data) (or read a file with read_transcripts)"
        )
    if isinstance(value, (str, bytes)):
        return (
            f"expected a csskills.Transcript, got {kind} {str(value)[:60]!r}: to score a file, "
            "pass csskills.read_transcripts(path)"
        )
    return f"expected a csskills.Transcript, got {kind}"


_DEFAULT = DefaultEvaluator()


def evaluate(transcript: Transcript, *, evaluator: Evaluator | None = None) -> Assessment:
    """Assess one transcript with ``evaluator`` (default: :class:`DefaultEvaluator`)."""
    return (evaluator or _DEFAULT).evaluate(transcript)


def evaluate_many(
    transcripts: Iterable[Transcript | Failure],
    *,
    evaluator: Evaluator | None = None,
    progress: bool = False,
    n_jobs: int | None = None,
) -> BatchResult:
    """Assess many transcripts in order; failures are recorded in ``result.failures``.

    ``n_jobs`` > 1 scores on that many processes with identical results (``-1``: every CPU).
    """
    return (evaluator or _DEFAULT).evaluate_many(transcripts, progress=progress, n_jobs=n_jobs)


def iter_evaluate(
    transcripts: Iterable[Transcript | Failure],
    *,
    evaluator: Evaluator | None = None,
    n_jobs: int | None = None,
) -> Iterator[Assessment | Failure]:
    """Assess lazily (streaming), yielding an :class:`Assessment` or a :class:`Failure` each."""
    _check_many(transcripts, "iter_evaluate")  # at the call, not at the first result
    return (evaluator or _DEFAULT).iter_evaluate(transcripts, n_jobs=n_jobs)


__all__ = [
    "BatchResult",
    "DefaultEvaluator",
    "Evaluator",
    "evaluate",
    "evaluate_many",
    "iter_evaluate",
]

