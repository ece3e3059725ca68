"""``csskills score``: transcripts in (any supported format), assessments out (JSONL).

Bad input never produces a traceback: the message is one line, ``file:line: what is wrong``, and
the exit code is 2. With ``--on-error skip`` good records are still scored and every bad one is
listed, with its reason, in an errors file (nothing good is dropped, nothing bad is hidden).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from typing import Any

from csskills._assessment import Assessment, Failure
from csskills._transcript import Transcript
from csskills.cli._common import (
    EXIT_FAILURES,
    EXIT_OK,
    ErrorMode,
    add_input_arguments,
    add_limit_arguments,
    check_outputs,
    check_resumable,
    cli_message,
    close_output,
    limits_from_args,
    open_output,
    reader_options_from_args,
    transcripts_from,
)
from csskills.cli._judge import add_judge_arguments, make_evaluator
from csskills.competencies import COMPETENCIES, COMPETENCY_IDS
from csskills.exceptions import ConfigurationError, CsskillsError
from csskills.io import (
    FORMATS,
    ResumeState,
    atomic_write,
    partial_path,
    prepare_resume,
    read_settings,
    write_settings,
)
from csskills.redact import RedactionConfig, find_pii, redact_assessment


def add_parser(sub: Any) -> None:
    """Register ``score`` on the sub-parsers of the main command."""
    score = sub.add_parser("score", help="score transcripts (JSONL) and write assessments (JSONL)")
    score.add_argument("inputs", nargs="+", metavar="INPUT", help="input file(s); - for stdin")
    add_input_arguments(score, FORMATS)
    score.add_argument("-o", "--output", default="-", help="output JSONL (default: stdout)")
    score.add_argument(
        "--on-error",
        choices=("stop", "skip"),
        default="stop",
        help="stop at the first bad record (default) or score the good ones and list the bad",
    )
    score.add_argument("--errors-file", help="where --on-error skip lists the bad records")
    score.add_argument("--language", help="score every transcript with this language pack")
    score.add_argument(
        "--default-language",
        help="pack to use when a transcript has no language and detection is undetermined",
    )
    score.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N",
        help="score on N processes (-1: every CPU); output order and results are unchanged",
    )
    score.add_argument(
        "--resume", action="store_true",
        help="keep the assessments an interrupted run already wrote to OUTPUT and score the rest",
    )
    score.add_argument(
        "--no-redact", dest="redact", action="store_false",
        help="keep e-mails, phone, card and IBAN numbers in evidence text (masked by default)",
    )
    score.add_argument(
        "--redact-pattern", action="append", metavar="PATTERN",
        help="also mask this text in evidence (wildcards: * letters/digits, ? one; repeatable)",
    )
    add_limit_arguments(score)
    add_judge_arguments(score)
    score.add_argument("-q", "--quiet", action="store_true", help="no summary")
    score.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress counter on stderr (default: when stderr is a terminal)",
    )
    score.set_defaults(func=cmd_score)


def errors_path(args: argparse.Namespace) -> str:
    """Where ``--on-error skip`` lists the bad records (``--errors-file``, else beside OUT)."""
    if args.errors_file:
        return str(args.errors_file)
    return "csskills-errors.jsonl" if args.output == "-" else args.output + ".errors.jsonl"


def _settings(args: argparse.Namespace) -> dict[str, Any]:
    """What decides the content of the output beyond the input: checked by ``--resume``
    (redaction, and which evaluator scored: the rules, or the judge with its model, endpoint,
    samples, temperature, gate and competencies)."""
    settings: dict[str, Any] = {
        "redact": bool(args.redact), "redact_patterns": sorted(args.redact_pattern or ())
    }
    evaluator = getattr(args, "evaluator", "default")
    if evaluator != "default":
        settings["evaluator"] = evaluator
    if evaluator == "judge":
        settings["judge"] = {
            "model": args.judge_model, "url": args.judge_url, "samples": args.judge_samples,
            "temperature": args.judge_temperature, "gate": bool(args.judge_gate),
            "competencies": sorted(args.judge_competency or ()),
        }
    return settings


def _describe_settings(settings: dict[str, Any]) -> str:
    judge = settings.get("judge")
    scorer = (
        f"the judge ({', '.join(f'{k}={v}' for k, v in judge.items() if v not in (None, []))})"
        if judge else f"the {settings.get('evaluator', 'default')} evaluator"
    )
    if not settings.get("redact", True):
        return f"--no-redact, {scorer}"
    patterns = settings.get("redact_patterns") or []
    extra = "".join(f" --redact-pattern {p!r}" for p in patterns)
    return f"redaction on{extra}, {scorer}"


def _check_resume_settings(args: argparse.Namespace, resume: ResumeState) -> None:
    """Refuse to append to a partial output written with other redaction settings or by
    another evaluator (one file would mix two kinds of scores)."""
    wanted = _settings(args)
    stored = read_settings(args.output)
    partial = partial_path(args.output)
    if stored is not None:
        if stored != wanted:
            raise ConfigurationError(
                f"--resume: {partial} was written with {_describe_settings(stored)}, this run "
                f"asks for {_describe_settings(wanted)}: one file would mix both. Rerun with "
                f"the same options, or delete {partial} to start again"
            )
        return
    if resume.kept and args.redact and _holds_unredacted(partial, args):
        raise ConfigurationError(
            f"--resume: {partial} holds evidence that is not redacted (written with "
            f"--no-redact?) and this run redacts: one file would mix both. Rerun with "
            f"--no-redact, or delete {partial} to start again"
        )


def _holds_unredacted(path: str, args: argparse.Namespace) -> bool:
    """Whether any evidence text already written holds personal data redaction would mask."""
    config = RedactionConfig.with_patterns(args.redact_pattern or ())
    with open(path, "rb") as handle:
        for raw in handle:
            try:
                record = json.loads(raw)
            except (ValueError, RecursionError):
                return False
            for text in _evidence_texts(record):
                if find_pii(text, config):
                    return True
    return False


def _evidence_texts(record: Any) -> Iterator[str]:
    if not isinstance(record, dict):
        return
    spans: list[Any] = []
    for score in (record.get("scores") or {}).values():
        if isinstance(score, dict):
            spans.extend(score.get("evidence") or ())
    for evidence in (record.get("behaviours") or {}).values():
        spans.extend(evidence or ())
    for promise in record.get("promises") or ():
        if isinstance(promise, dict):
            spans.extend(promise.get(k) for k in ("evidence", "when", "reference"))
    for span in spans:
        if isinstance(span, dict) and isinstance(span.get("text"), str):
            yield span["text"]


def cmd_score(args: argparse.Namespace) -> int:
    """``csskills score``: transcripts in, assessments out, a summary at the end."""
    check_outputs(args.inputs, [args.output, errors_path(args)])
    redaction = RedactionConfig.with_patterns(args.redact_pattern or ())
    evaluator = make_evaluator(args)
    resume = None
    if args.resume:
        check_resumable(args.output)
        resume = prepare_resume(args.output)
        _check_resume_settings(args, resume)
    out = open_output(args.output, resume)
    if args.output != "-":
        write_settings(args.output, _settings(args))
    seen: Counter[str] = Counter(resume.done if resume else ())
    failures: list[Failure] = []
    overall = _Mean()
    per_competency: dict[str, _Mean] = {c: _Mean() for c in COMPETENCY_IDS}
    agents: Counter[str] = Counter()
    n = 0
    ok = interrupted = False
    try:
        mode: ErrorMode = "collect" if args.on_error == "skip" else "raise"
        inputs = transcripts_from(
            args.inputs, mode, args.format, args.map, announce=not args.quiet,
            limits=limits_from_args(args), options=reader_options_from_args(args),
        )
        if resume is not None:
            inputs = (t for t in inputs if not (isinstance(t, Transcript) and resume.take(t.id)))
        # The transcripts in flight, in order: each result is paired with its input so that
        # redaction sees whole turns (a span cut inside an address still has it masked).
        in_flight: deque[Transcript | Failure] = deque()
        items = evaluator.iter_evaluate(_tracked(inputs, in_flight), n_jobs=args.jobs)
        show = args.progress or (args.progress is None and sys.stderr.isatty())
        for item in items:
            source = in_flight.popleft() if in_flight else None
            if isinstance(item, Failure):
                if args.on_error != "skip":
                    raise CsskillsError(cli_message(item.message))
                failures.append(item.model_copy(update={"message": cli_message(item.message)}))
                continue
            seen[item.transcript_id] += 1
            if seen[item.transcript_id] > 1:  # scored all the same: no record is dropped
                item = item.model_copy(update={"warnings": (*item.warnings, _DUPLICATE)})
            if args.redact:
                context = (
                    source
                    if isinstance(source, Transcript) and source.id == item.transcript_id
                    else None
                )
                item = redact_assessment(item, redaction, transcript=context)
            out.write(item.model_dump_json())
            out.write("\n")
            n += 1
            _tally(item, overall, per_competency, agents)
            if show and n % 200 == 0:
                sys.stderr.write(f"\r{n:,} conversations scored")
        if show and n:
            sys.stderr.write(f"\r{n:,} conversations scored\n")
        ok = True
    except KeyboardInterrupt:
        interrupted = True
        raise
    finally:
        close_output(out, args.output, success=ok, keep=interrupted or args.resume)
    if failures:
        with atomic_write(errors_path(args)) as handle:
            for failure in failures:
                handle.write(failure.model_dump_json() + "\n")
    if not args.quiet:
        _summary(n, failures, overall, per_competency, agents, args)
        _hardening_summary(seen, resume, args)
    return EXIT_FAILURES if failures else EXIT_OK


def _tracked(
    items: Iterable[Transcript | Failure], in_flight: deque[Transcript | Failure]
) -> Iterator[Transcript | Failure]:
    for item in items:
        in_flight.append(item)
        yield item


_DUPLICATE = "duplicate transcript id: an earlier record has the same id; both were scored"


def _hardening_summary(
    seen: Counter[str], resume: ResumeState | None, args: argparse.Namespace
) -> None:
    stream = sys.stderr if args.output == "-" else sys.stdout
    if resume is not None and resume.source:
        dropped = resume.dropped_bytes
        cut = f", cut a torn last line of {dropped} bytes" if dropped else ""
        stream.write(f"Resumed: kept {resume.kept} assessment(s) from {resume.source}{cut}\n")
    repeated = sorted((tid, k) for tid, k in seen.items() if k > 1)
    if repeated:
        shown = ", ".join(f"{tid!r} x{k}" for tid, k in repeated[:5])
        more = f" and {len(repeated) - 5} more" if len(repeated) > 5 else ""
        stream.write(
            f"Warning: {len(repeated)} transcript id(s) appear more than once ({shown}{more}); "
            "every record was scored and the repeats carry a warning\n"
        )


class _Mean:
    """A running count and sum: the summary needs means, not every score (memory stays flat)."""

    __slots__ = ("n", "total")

    def __init__(self) -> None:
        self.n = 0
        self.total = 0.0

    def add(self, value: float) -> None:
        self.n += 1
        self.total += value

    def text(self) -> str:
        return f"{self.total / self.n:.1f}" if self.n else "-"


def _tally(
    item: Assessment,
    overall: _Mean,
    per_competency: dict[str, _Mean],
    agents: Counter[str],
) -> None:
    if item.overall is not None:
        overall.add(item.overall)
    for cid, sc in item.scores.items():
        if sc.value is not None:
            per_competency[cid].add(sc.value)
    agents[item.agent_id if item.agent_id is not None else _UNATTRIBUTED] += 1


#: The key under which conversations without an agent id are counted (never an agent).
_UNATTRIBUTED = "\x00unattributed"


def _summary(
    n: int,
    failures: list[Failure],
    overall: _Mean,
    per_competency: dict[str, _Mean],
    agents: Counter[str],
    args: argparse.Namespace,
) -> None:
    # The summary goes to stderr when the assessments themselves go to stdout.
    stream = sys.stderr if args.output == "-" else sys.stdout
    w = stream.write
    unattributed = agents.get(_UNATTRIBUTED, 0)
    named = len(agents) - (1 if unattributed else 0)
    w(f"Scored {n} conversation(s) from {len(args.inputs)} file(s), {named} agent(s)")
    if unattributed:
        w(f", {unattributed} conversation(s) without an agent id")
    w(f"; {len(failures)} record(s) could not be scored\n" if failures else "\n")
    if unattributed:
        w(
            "  Conversations without an agent id are scored but belong to no agent's profile: "
            "give the agent's id in the input (agent_id, or --agent-id / --agent-ids for "
            "vendor exports)\n"
        )
    if overall.n:
        w(f"Overall quality: mean {overall.text()} / 100\n")
    w(f"\n{'competency':<28}{'scored':>8}{'N/A':>6}{'mean':>8}\n")
    for cid in COMPETENCY_IDS:
        acc = per_competency[cid]
        w(f"{COMPETENCIES[cid].name:<28}{acc.n:>8}{n - acc.n:>6}{acc.text():>8}\n")
    if failures:
        w("\nNot scored:\n")
        for failure in failures[:10]:
            w(f"  {failure.message}\n")
        if len(failures) > 10:
            w(f"  ... and {len(failures) - 10} more\n")
        w(f"All reasons are listed in {errors_path(args)}\n")
    if args.output != "-":
        w(f"\nAssessments written to {args.output}\n")
