"""The ``csskills`` command line: one module per command, the shared parts in ``_common``.

Every argument parser lives here; the library stages never parse arguments or print.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from csskills import __version__
from csskills.cli import _aggregate, _calibrate, _info, _report, _score
from csskills.cli._common import EXIT_OK, EXIT_USAGE, Parser, check_args_outputs, cli_message
from csskills.exceptions import CsskillsError

__all__ = ["EXIT_OK", "EXIT_USAGE", "build_parser", "main"]


def build_parser() -> Parser:
    """The argument parser of every sub-command."""
    parser = Parser(
        prog="csskills",
        description="Score customer-service agents' competencies from conversation transcripts.",
    )
    parser.add_argument("--version", action="version", version=f"csskills {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    _score.add_parser(sub)
    _aggregate.add_parsers(sub)
    _report.add_parser(sub)
    _calibrate.add_parser(sub)
    _info.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``csskills`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        check_args_outputs(args)  # never write an output over an input, whatever the command
        code: int = args.func(args)
        return code
    except CsskillsError as exc:
        sys.stderr.write(f"csskills: {cli_message(str(exc))}\n")
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
