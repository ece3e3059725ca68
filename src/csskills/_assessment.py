"""The output data model: evidence, competency scores and the assessment of one transcript.

Scores are 0-100, 100 best, never rounded inside the library. ``value=None`` always comes with a
``reason``: the conversation gave no opportunity to show the competency (N/A is not zero).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from csskills.exceptions import UnknownCompetencyError

Polarity = Literal["positive", "negative", "context"]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Evidence(BaseModel):
    """A span of one turn's text that supports a behaviour or a score.

    ``text == transcript.turns[turn].text[start:end]`` always holds (``end`` exclusive).
    ``polarity`` says whether the span counts for the agent, against, or only shows the
    opportunity (``context``, e.g. the customer's angry words that made patience testable).
    """

    model_config = _FROZEN

    turn: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    rule: str
    behaviour: str | None = None
    polarity: Polarity = "positive"


class CompetencyScore(BaseModel):
    """One competency's score for one conversation, with the evidence behind it."""

    model_config = _FROZEN

    value: float | None = Field(default=None, ge=0, le=100)
    reason: str | None = None
    opportunities: int = Field(default=0, ge=0)
    evidence: tuple[Evidence, ...] = ()


class Promise(BaseModel):
    """A commitment the agent made in the conversation, how specific it was, and its fate.

    ``when`` is the time phrase and ``due`` the time it gives (``None`` without a time, with a
    vague one, or without a clock to count from); ``reference`` is a reference code given in
    the same turn. ``status`` is what the conversation itself shows: ``"kept"`` (the agent came
    back in time), ``"broken"`` (the customer said it was not kept, or the agent came back
    late) or ``"open"``; profiles follow it across conversations.
    """

    model_config = _FROZEN

    turn: int = Field(ge=0)
    evidence: Evidence
    due: datetime | None = None
    when: Evidence | None = None
    vague: bool = False
    reference: Evidence | None = None
    status: Literal["kept", "broken", "open"] = "open"
    status_reason: str | None = None


def _normalised(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


class Scores(dict[str, CompetencyScore]):
    """``Assessment.scores``: a plain dict of competency id -> score, except that an unknown
    id raises :class:`~csskills.UnknownCompetencyError` listing the ids (and the likely one:
    ``scores["Empathy"]`` suggests ``"empathy"``) instead of a bare ``KeyError``."""

    __slots__ = ()

    def __missing__(self, key: object) -> CompetencyScore:
        ids = list(self)
        wanted = _normalised(str(key))
        close = [i for i in ids if _normalised(i) == wanted]
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise UnknownCompetencyError(
            f"no competency {key!r} in this assessment{hint} Competency ids: {', '.join(ids)}"
        )

    def __reduce__(self) -> tuple[Any, ...]:  # pickles as a Scores, with its items
        return (Scores, (dict(self),))


class EvaluatorInfo(BaseModel):
    """Which evaluator produced an assessment; ``version`` changes whenever its scores change."""

    model_config = _FROZEN

    name: str
    version: str


class Assessment(BaseModel):
    """Everything csskills concluded about one transcript.

    ``overall`` is the agent's quality: the competency scores only, so a customer who arrives
    furious does not lower it. ``satisfaction`` is the customer's: a prediction of how satisfied
    the customer left, where the customer's own reactions count (N/A without any signal).
    """

    model_config = _FROZEN

    transcript_id: str
    agent_id: str | None = None
    customer_id: str | None = None
    channel: str | None = None
    language: str | None = None
    language_confidence: float | None = Field(default=None, ge=0, le=1)
    started_at: datetime | None = None
    evaluator: EvaluatorInfo
    overall: float | None = Field(default=None, ge=0, le=100)
    satisfaction: float | None = Field(default=None, ge=0, le=100)
    scores: dict[str, CompetencyScore]
    behaviours: dict[str, tuple[Evidence, ...]] = Field(default_factory=dict)
    promises: tuple[Promise, ...] = ()
    metrics: dict[str, Any] = Field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    metadata: dict[str, Any] = Field(default_factory=dict)

    @field_validator("scores", mode="after")
    @classmethod
    def _scores_mapping(cls, value: dict[str, CompetencyScore]) -> dict[str, CompetencyScore]:
        return value if isinstance(value, Scores) else Scores(value)

    def model_copy(
        self, *, update: Mapping[str, Any] | None = None, deep: bool = False
    ) -> Assessment:
        """A copy (see pydantic); ``scores`` stays a :class:`Scores` mapping."""
        copy = super().model_copy(update=update, deep=deep)
        if not isinstance(copy.scores, Scores):
            copy.__dict__["scores"] = Scores(copy.scores)
        return copy

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (datetimes as ISO strings)."""
        return self.model_dump(mode="json")

    def _repr_html_(self) -> str:
        """Scores and evidence as an HTML table in notebooks (all text escaped)."""
        from csskills.report.notebook import assessment_html

        return assessment_html(self)


class Failure(BaseModel):
    """A transcript (or input record) that could not be assessed, and why."""

    model_config = _FROZEN

    transcript_id: str | None = None
    source: str | None = None
    line: int | None = None
    evaluator: str | None = None
    error_type: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return self.model_dump(mode="json")
