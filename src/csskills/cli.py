"""The ``csskills`` command line.

Bad input never produces a traceback: the message is one line, ``file:line: what is wrong``, and
the exit code is 2. With ``--on-error skip`` good records are still scored and every bad one is
listed, with its reason, in an errors file (nothing good is dropped, nothing bad is hidden).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import IO, Literal

from csskills import __version__
from csskills._assessment import Assessment, Failure
from csskills._limits import DEFAULT_LIMITS, Limits, add_limit_arguments, limited, limits_from_args
from csskills._transcript import Transcript
from csskills.aggregate._cli import add_gaps_parser, add_profile_parser
from csskills.competencies import COMPETENCIES, COMPETENCY_IDS
from csskills.evaluate import DefaultEvaluator
from csskills.exceptions import CsskillsError
from csskills.io import iter_transcripts
from csskills.io._atomic import (
    ResumeState,
    atomic_write,
    check_resumable,
    commit,
    partial_path,
    prepare_resume,
)
from csskills.io.formats import FORMATS, ColumnMapping, detect_format, read
from csskills.redact import RedactionConfig, redact_assessment

EXIT_OK = 0
EXIT_FAILURES = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _open_out(path: str, resume: ResumeState | None = None) -> IO[str]:
    if path == "-":
        return sys.stdout
    # --resume continues the partial file prepare_resume() left holding only complete records.
    return open(partial_path(path), "a" if resume else "w", encoding="utf-8")


def _close_out(handle: IO[str], path: str, *, success: bool, keep: bool = False) -> None:
    if handle is sys.stdout:
        handle.flush()
        return
    if success:
        commit(handle, path)  # flushed to disk, then renamed: OUT is complete or absent
        return
    kept = keep and handle.tell() > 0
    handle.close()
    if kept:  # an interrupted run keeps its work for --resume; the name says it is incomplete
        sys.stderr.write(
            f"csskills: incomplete output kept in {partial_path(path)}; "
            "rerun with --resume to continue\n"
        )
    else:
        os.remove(partial_path(path))


def _inputs(
    paths: Sequence[str],
    errors: str,
    fmt: str = "csskills",
    mapping: ColumnMapping | None = None,
    announce: bool = False,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[Transcript | Failure]:
    if fmt == "generic" and mapping is None:
        raise CsskillsError("--format generic needs --map id=COLUMN,role=COLUMN,text=COLUMN,...")
    if mapping is not None and fmt not in ("auto", "generic"):
        raise CsskillsError(f"--map only applies to --format generic, not {fmt}")
    mode: Literal["raise", "collect"] = "collect" if errors == "skip" else "raise"
    for path in paths:
        if path == "-" and fmt in ("auto", "csskills") and mapping is None:
            yield from iter_transcripts(path, errors=mode, limits=limits)
            continue
        name = fmt
        if fmt == "auto":
            guess = detect_format(path, mapping=mapping)
            name = guess.name
            if announce and name != "csskills":  # csskills' own JSONL needs no news
                sys.stderr.write(f"{path}: reading as {guess}\n")
        if name == "csskills":
            yield from iter_transcripts(path, errors=mode, limits=limits)
            continue
        items = read(path, name, errors=mode, mapping=mapping if name == "generic" else None)
        yield from limited(items, limits, source=path, errors=mode)


def _column_mapping(spec: str) -> ColumnMapping:
    try:
        return ColumnMapping.parse(spec)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _cmd_score(args: argparse.Namespace) -> int:
    evaluator = DefaultEvaluator(language=args.language, default_language=args.default_language)
    resume = None
    if args.resume:
        check_resumable(args.output)
        resume = prepare_resume(args.output)
    redaction = RedactionConfig.with_patterns(args.redact_pattern or ())
    out = _open_out(args.output, resume)
    seen: Counter[str] = Counter(resume.done if resume else ())
    failures: list[Failure] = []
    overall = _Mean()
    per_competency: dict[str, _Mean] = {c: _Mean() for c in COMPETENCY_IDS}
    agents: Counter[str] = Counter()
    n = 0
    ok = interrupted = False
    try:
        inputs = _inputs(
            args.inputs, args.on_error, args.format, args.map, not args.quiet,
            limits_from_args(args),
        )
        if resume is not None:
            inputs = (t for t in inputs if not (isinstance(t, Transcript) and resume.take(t.id)))
        items = evaluator.iter_evaluate(inputs, n_jobs=args.jobs)
        show = args.progress or (args.progress is None and sys.stderr.isatty())
        for item in items:
            if isinstance(item, Failure):
                if args.on_error != "skip":
                    raise CsskillsError(item.message)
                failures.append(item)
                continue
            seen[item.transcript_id] += 1
            if seen[item.transcript_id] > 1:  # scored all the same: no record is dropped
                item = item.model_copy(update={"warnings": (*item.warnings, _DUPLICATE)})
            if args.redact:
                item = redact_assessment(item, redaction)
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
        _close_out(out, args.output, success=ok, keep=interrupted or args.resume)
    if failures:
        errors_path = args.errors_file or (
            "csskills-errors.jsonl" if args.output == "-" else args.output + ".errors.jsonl"
        )
        with atomic_write(errors_path) as handle:
            for failure in failures:
                handle.write(failure.model_dump_json() + "\n")
    if not args.quiet:
        _summary(n, failures, overall, per_competency, agents, args)
        _hardening_summary(seen, resume, args)
    return EXIT_FAILURES if failures else EXIT_OK


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
    agents[item.agent_id or "(unknown agent)"] += 1


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
    w(f"Scored {n} conversation(s) from {len(args.inputs)} file(s), {len(agents)} agent(s)")
    w(f"; {len(failures)} record(s) could not be scored\n" if failures else "\n")
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
        where = args.errors_file or (
            "csskills-errors.jsonl" if args.output == "-" else args.output + ".errors.jsonl"
        )
        w(f"All reasons are listed in {where}\n")
    if args.output != "-":
        w(f"\nAssessments written to {args.output}\n")


def _cmd_competencies(args: argparse.Namespace) -> int:
    if args.json:
        json.dump([c.model_dump(mode="json") for c in COMPETENCIES.values()], sys.stdout, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    for c in COMPETENCIES.values():
        sys.stdout.write(f"{c.id}  ({c.name})\n    {c.definition}\n")
        sys.stdout.write(
            f"    observable in: {', '.join(c.observable_in)}; N/A when: {c.opportunity}\n"
        )
        sys.stdout.write(f"    coaching: {c.advice}\n\n")
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    from csskills._assessment import Assessment as _Assessment

    schemas = {
        "transcript": Transcript.model_json_schema(),
        "assessment": _Assessment.model_json_schema(),
    }
    chosen = schemas if args.which == "all" else schemas[args.which]
    json.dump(chosen, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
    return EXIT_OK


def _cmd_calibrate(args: argparse.Namespace) -> int:
    from csskills.calibrate import calibrate, load_scorecard, read_labels
    from csskills.io import read_assessments

    assessments = list(read_assessments(args.assessments))
    labels = read_labels(args.labels)
    report = calibrate(
        assessments, labels, items=args.item, n_boot=args.n_boot, seed=args.seed, top=args.top
    )
    cards = None
    if args.scorecard:
        cards = load_scorecard(args.scorecard).apply_many(assessments)
    if args.json:
        data = report.to_dict()
        if cards is not None:
            data["scorecards"] = [c.to_dict() for c in cards]
        json.dump(data, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    sys.stdout.write(report.render() + "\n")
    if cards is not None:
        sys.stdout.write(f"\nScorecard ({len(cards)} conversations):\n")
        for c in cards:
            score = "N/A" if c.score is None else f"{c.score:5.1f}"
            verdict = "-" if c.passed is None else "pass" if c.passed else "FAIL"
            crit = "; ".join(f"{f.id}: {f.reason}" for f in c.critical_failures)
            sys.stdout.write(f"  {c.transcript_id:<14} {score}  {verdict:<4}  {crit}\n")
    return EXIT_OK


def _target(spec: str) -> tuple[str, float]:
    name, sep, value = spec.partition("=")
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if not sep or name not in COMPETENCY_IDS or not 0 <= number <= 100:
        raise argparse.ArgumentTypeError(
            f"{spec!r}: expected COMPETENCY=VALUE with a competency id and a value 0-100"
        )
    return name, number


def _cmd_report(args: argparse.Namespace) -> int:
    from csskills.io import read_assessments
    from csskills.report import write_html

    assessments = [a for path in args.assessments for a in read_assessments(path)]
    transcripts = [t for path in args.transcripts or () for t in iter_transcripts(path)]
    targets: dict[str, float] = {}
    if args.role:
        from csskills.aggregate import load_role

        role = load_role(args.role)
        targets = {cid: t.level for cid, t in role.competencies.items()}
    targets.update(args.target or ())
    out = write_html(
        args.output,
        assessments,
        transcripts=transcripts or None,
        redact=args.redact,
        targets=targets,
        title=args.title,
    )
    if not args.quiet:
        sys.stdout.write(f"Report on {len(assessments)} conversation(s) written to {out}\n")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sub-command."""
    parser = _Parser(
        prog="csskills",
        description="Score customer-service agents' competencies from conversation transcripts.",
    )
    parser.add_argument("--version", action="version", version=f"csskills {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    score = sub.add_parser("score", help="score transcripts (JSONL) and write assessments (JSONL)")
    score.add_argument("inputs", nargs="+", metavar="INPUT", help="input file(s); - for stdin")
    score.add_argument(
        "--format",
        default="auto",
        choices=("auto", *FORMATS),
        metavar="NAME",
        help="input format: auto (default: sniffed and reported), csskills, transcribe, "
        "contact-lens, ccai, zendesk, intercom, freshdesk, twcs, vcon, generic",
    )
    score.add_argument(
        "--map",
        type=_column_mapping,
        metavar="SPEC",
        help="column mapping for the generic CSV/JSONL format, e.g. "
        "id=ticket,role=sender,text=body,role.agent=Staff|Agent,role.customer=Client",
    )
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
    score.add_argument("-q", "--quiet", action="store_true", help="no summary")
    score.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress counter on stderr (default: when stderr is a terminal)",
    )
    score.set_defaults(func=_cmd_score)

    comp = sub.add_parser("competencies", help="list the ten competencies")
    comp.add_argument("--json", action="store_true", help="as JSON")
    comp.set_defaults(func=_cmd_competencies)

    cal = sub.add_parser(
        "calibrate", help="agreement of assessments with human QA labels (kappa, alpha, ICC)"
    )
    cal.add_argument(
        "assessments", metavar="ASSESSMENTS", help="assessments JSONL (from csskills score)"
    )
    cal.add_argument("labels", metavar="HUMAN_LABELS", help="QA labels, CSV or JSONL")
    cal.add_argument("--json", action="store_true", help="the report as JSON")
    cal.add_argument("--item", action="append", help="only this item (repeatable)")
    cal.add_argument("--n-boot", type=int, default=1000, help="bootstrap resamples (1000)")
    cal.add_argument("--seed", type=int, default=0, help="bootstrap seed (0)")
    cal.add_argument("--top", type=int, default=5, help="disagreements listed per item (5)")
    cal.add_argument("--scorecard", help="also apply this scorecard (TOML or JSON)")
    cal.set_defaults(func=_cmd_calibrate)

    rep = sub.add_parser("report", help="one self-contained HTML report of assessments")
    rep.add_argument("assessments", nargs="+", metavar="ASSESSMENTS", help="assessments JSONL")
    rep.add_argument("-o", "--output", default="csskills-report.html", help="HTML file to write")
    rep.add_argument(
        "--transcripts", action="append", metavar="JSONL",
        help="the scored transcripts, to show whole conversations (repeatable)",
    )
    rep.add_argument(
        "--no-redact", dest="redact", action="store_false",
        help="show customer e-mails, phone and card numbers unmasked",
    )
    rep.add_argument(
        "--target", action="append", type=_target, metavar="COMPETENCY=VALUE",
        help="a role target (0-100) to compute gaps against (repeatable; default: team mean)",
    )
    rep.add_argument(
        "--role", help="a role file (TOML or JSON, e.g. examples/roles/) to compute gaps against"
    )
    rep.add_argument("--title", default="csskills report", help="title of the page")
    rep.add_argument("-q", "--quiet", action="store_true", help="no message")
    rep.set_defaults(func=_cmd_report)

    schema = sub.add_parser("schema", help="print the JSON Schemas of input and output")
    schema.add_argument(
        "which", nargs="?", choices=("all", "transcript", "assessment"), default="all"
    )
    schema.set_defaults(func=_cmd_schema)

    add_profile_parser(sub)
    add_gaps_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``csskills`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        code: int = args.func(args)
        return code
    except CsskillsError as exc:
        sys.stderr.write(f"csskills: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("csskills: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        sys.stderr.write(f"csskills: {exc.filename or ''}: {exc.strerror or exc}\n")
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
