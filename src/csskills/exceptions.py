"""Errors and warnings raised by csskills.

Every error derives from :class:`CsskillsError` and also from the builtin it resembles, so callers
can catch either (``except ValueError`` keeps working). Messages name the place: file, line and
field where there is one.
"""

from __future__ import annotations

__all__ = [
    "CsskillsError",
    "CsskillsWarning",
    "EvaluationError",
    "InputFormatError",
    "RuleSyntaxError",
    "UnknownBehaviourError",
    "UnknownCompetencyError",
    "UnsupportedLanguageError",
]


class CsskillsError(Exception):
    """Base class of every error csskills raises on purpose."""


class InputFormatError(CsskillsError, ValueError):
    """A record of an input file is not a valid transcript.

    ``source`` is the file name (or ``"<stdin>"``), ``line`` the 1-based line number and ``field``
    the dotted path of the offending field, where known. ``str(error)`` is the one-line message
    ``file:line: field: what is wrong`` that the command line prints.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.source = source
        self.line = line
        self.field = field
        super().__init__(self.location_message())

    def location_message(self) -> str:
        """The message prefixed by ``file:line:`` and the field, as far as they are known."""
        where = ""
        if self.source is not None:
            where = f"{self.source}:{self.line}: " if self.line is not None else f"{self.source}: "
        elif self.line is not None:
            where = f"line {self.line}: "
        field = f"{self.field}: " if self.field else ""
        return f"{where}{field}{self.message}"

    def __reduce__(self) -> tuple[object, ...]:  # keep keyword state through pickle
        return (_rebuild_input_error, (self.message, self.source, self.line, self.field))


def _rebuild_input_error(
    message: str, source: str | None, line: int | None, field: str | None
) -> InputFormatError:
    return InputFormatError(message, source=source, line=line, field=field)


class EvaluationError(CsskillsError, RuntimeError):
    """An evaluator failed on one transcript (recorded as a failure in batch runs)."""


class UnsupportedLanguageError(CsskillsError, ValueError):
    """A language code has no rule pack; the message lists the supported codes."""


class UnknownCompetencyError(CsskillsError, KeyError):
    """A competency id is not one of the ten; the message lists them."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class UnknownBehaviourError(CsskillsError, KeyError):
    """A behaviour id is not known; the message lists the known ids."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class RuleSyntaxError(CsskillsError, ValueError):
    """A phrase rule in a rule pack does not follow the documented rule syntax."""


class CsskillsWarning(UserWarning):
    """Base class of csskills warnings."""
