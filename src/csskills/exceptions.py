"""Every error and warning csskills raises on purpose: one tree, all exported.

Catch :class:`CsskillsError` to catch them all. Each error also derives from the builtin it
resembles, so callers can catch that instead (``except ValueError`` keeps working for bad input,
``except KeyError`` for an unknown id, ``except ImportError`` for a missing extra). Messages name
the place: file, line and field where there is one.

::

    CsskillsError
    ├── InputFormatError (ValueError)      a record or file is not valid input: file:line: field
    │   └── LabelFormatError               a QA label is invalid: file:line:column: field
    ├── ConfigurationError (ValueError)    an option, role file, scorecard or setting is invalid
    ├── UnsupportedLanguageError (ValueError)
    ├── RuleSyntaxError (ValueError)       a phrase rule breaks the rule syntax
    ├── DuplicateAssessmentError (ValueError)  one conversation counted twice in profiles
    ├── UnknownCompetencyError (KeyError)
    ├── UnknownBehaviourError (KeyError)
    ├── UnknownAgentError (KeyError)
    ├── UnknownItemError (KeyError)        a label item (competency, behaviour, scorecard line)
    ├── UsageError (TypeError)             an argument of the wrong kind (a path for transcripts)
    ├── NotFittedError (ValueError, AttributeError)   a trainable evaluator used before fit()
    ├── EvaluationError (RuntimeError)     an evaluator failed on one transcript
    ├── OutputError (OSError)              output cannot be written safely (would overwrite input)
    └── MissingDependencyError (ImportError)   an optional extra is not installed
    CsskillsWarning (UserWarning)
    └── DataWarning                        input that is accepted but probably not what was meant
"""

from __future__ import annotations

__all__ = [
    "ConfigurationError",
    "CsskillsError",
    "CsskillsWarning",
    "DataWarning",
    "DuplicateAssessmentError",
    "EvaluationError",
    "InputFormatError",
    "LabelFormatError",
    "MissingDependencyError",
    "NotFittedError",
    "OutputError",
    "RuleSyntaxError",
    "UnknownAgentError",
    "UnknownBehaviourError",
    "UnknownCompetencyError",
    "UnknownItemError",
    "UnsupportedLanguageError",
    "UsageError",
]


class CsskillsError(Exception):
    """Base class of every error csskills raises on purpose."""


class InputFormatError(CsskillsError, ValueError):
    """A record of an input file is not valid input.

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


class LabelFormatError(InputFormatError):
    """A QA label record is invalid; ``str()`` is ``file:line:column: field: message``."""

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        column: int | None = None,
        field: str | None = None,
    ) -> None:
        self.column = column
        super().__init__(message, source=source, line=line, field=field)

    def location_message(self) -> str:
        """``file:line:column: field: message`` as far as known."""
        parts = [str(p) for p in (self.source, self.line, self.column) if p is not None]
        where = ":".join(parts) + ": " if parts else ""
        field = f"{self.field}: " if self.field else ""
        return f"{where}{field}{self.message}"

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild_label_error,
            (self.message, self.source, self.line, self.column, self.field),
        )


def _rebuild_label_error(
    message: str, source: str | None, line: int | None, column: int | None, field: str | None
) -> LabelFormatError:
    return LabelFormatError(message, source=source, line=line, column=column, field=field)


class ConfigurationError(CsskillsError, ValueError):
    """An option, a role file, a scorecard or a setting is invalid; the message names it."""


class UnsupportedLanguageError(CsskillsError, ValueError):
    """A language code has no rule pack; the message lists the supported codes."""


class RuleSyntaxError(CsskillsError, ValueError):
    """A phrase rule in a rule pack does not follow the documented rule syntax."""


class DuplicateAssessmentError(CsskillsError, ValueError):
    """The same conversation was added to profile statistics twice (it would be double counted)."""


class _KeyMessage(CsskillsError, KeyError):
    """A KeyError whose ``str()`` is its message (KeyError would quote it)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class UnknownCompetencyError(_KeyMessage):
    """A competency id is not one of the ten; the message lists them."""


class UnknownBehaviourError(_KeyMessage):
    """A behaviour id is not known; the message lists the known ids."""


class UnknownAgentError(_KeyMessage):
    """An agent id has no profile; the message says which agents have one."""


class UnknownItemError(_KeyMessage):
    """A QA label item is not in the labels; the message lists the items there are."""


class UsageError(CsskillsError, TypeError):
    """An argument of the wrong kind (a file path where transcripts are expected, a dict where a
    Transcript is); the message says what to pass instead."""


class NotFittedError(CsskillsError, ValueError, AttributeError):
    """A trainable evaluator or featurizer was used before ``fit`` (as scikit-learn's own)."""


class EvaluationError(CsskillsError, RuntimeError):
    """An evaluator failed on one transcript (recorded as a failure in batch runs)."""


class OutputError(CsskillsError, OSError):
    """Output cannot be written safely, e.g. it would overwrite an input file."""


class MissingDependencyError(CsskillsError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""


class CsskillsWarning(UserWarning):
    """Base class of csskills warnings."""


class DataWarning(CsskillsWarning):
    """Input that is accepted but is probably not what was meant (e.g. mixed scoring versions)."""
