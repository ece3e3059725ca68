"""Scorecards: the weighted QA form a team already uses, applied to assessments.

A scorecard is data (TOML or JSON, see ``docs/guides/calibration.md``): weighted lines that read
a competency score, the overall score, a metric or a behaviour flag; N/A lines are left out of
the total (their weight is not counted) instead of scoring zero; critical lines fail the whole
conversation (score 0, not passed) whatever the rest says, e.g. an abusive customer never warned,
or an over-promise. The result keeps the breakdown line by line so an agent can see why.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from csskills._assessment import Assessment
from csskills._config import read_config, validation_error
from csskills.behaviours import BEHAVIOURS
from csskills.competencies import COMPETENCY_IDS
from csskills.exceptions import ConfigurationError

__all__ = [
    "CriticalItem",
    "CriticalResult",
    "ItemResult",
    "Scorecard",
    "ScorecardItem",
    "ScorecardResult",
    "load_scorecard",
]

_FROZEN = ConfigDict(frozen=True, extra="forbid")
Source = Literal["competency", "overall", "behaviour", "metric"]


def _check_behaviour(name: str | None, field: str) -> None:
    if name is not None and name not in BEHAVIOURS:
        raise ConfigurationError(
            f"{field}: unknown behaviour {name!r}; known: {', '.join(BEHAVIOURS)}"
        )


class ScorecardItem(BaseModel):
    """One weighted line of the form, scored 0-100 or N/A.

    ``source`` says what ``id`` names: a competency (N/A when the score is N/A), ``overall``, a
    ``metric`` (already on 0-100, e.g. ``predicted_csat``), or a ``behaviour``: 100 when it is
    ``expect``-ed (present or absent) and 0 otherwise. ``applies_if`` names a behaviour that
    must have evidence for the line to apply (otherwise N/A).
    """

    model_config = _FROZEN

    id: str
    source: Source = "competency"
    weight: float = Field(default=1.0, gt=0)
    label: str | None = None
    expect: Literal["present", "absent"] = "present"
    applies_if: str | None = None

    @model_validator(mode="after")
    def _known(self) -> ScorecardItem:
        if self.source == "competency" and self.id not in COMPETENCY_IDS:
            raise ConfigurationError(
                f"unknown competency {self.id!r}; known: {', '.join(COMPETENCY_IDS)}"
            )
        if self.source == "behaviour":
            _check_behaviour(self.id, "id")
        _check_behaviour(self.applies_if, "applies_if")
        return self


class CriticalItem(BaseModel):
    """A line that fails the conversation.

    ``forbid`` must be absent; or, when ``when`` is seen (or always, without ``when``),
    ``require`` must be present too: ``when="customer_abuse"``, ``require="abuse_warning"``.
    """

    model_config = _FROZEN

    id: str
    label: str | None = None
    when: str | None = None
    require: str | None = None
    forbid: str | None = None

    @model_validator(mode="after")
    def _known(self) -> CriticalItem:
        if (self.require is None) == (self.forbid is None):
            raise ConfigurationError("a critical item needs exactly one of 'require' or 'forbid'")
        for field in ("when", "require", "forbid"):
            _check_behaviour(getattr(self, field), field)
        return self


class ItemResult(BaseModel):
    """One line of the breakdown; ``points`` is None for N/A lines."""

    model_config = _FROZEN

    id: str
    weight: float
    points: float | None
    note: str | None = None


class CriticalResult(BaseModel):
    """A critical line that failed, with the evidence (turn and text) behind it."""

    model_config = _FROZEN

    id: str
    reason: str
    turns: tuple[int, ...] = ()


class ScorecardResult(BaseModel):
    """The scorecard of one conversation: score 0-100 (None when every line is N/A)."""

    model_config = _FROZEN

    transcript_id: str
    agent_id: str | None
    scorecard: str
    score: float | None
    passed: bool | None
    items: tuple[ItemResult, ...]
    critical_failures: tuple[CriticalResult, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return self.model_dump(mode="json")


class Scorecard(BaseModel):
    """A QA form: weighted items, critical items and a pass mark (0-100)."""

    model_config = _FROZEN

    name: str = "scorecard"
    pass_mark: float = Field(default=80.0, ge=0, le=100)
    items: tuple[ScorecardItem, ...] = Field(min_length=1)
    critical: tuple[CriticalItem, ...] = ()

    def _item(self, a: Assessment, item: ScorecardItem) -> ItemResult:
        def result(points: float | None, note: str | None = None) -> ItemResult:
            return ItemResult(id=item.id, weight=item.weight, points=points, note=note)

        if item.applies_if is not None and not a.behaviours.get(item.applies_if):
            return result(None, f"N/A: no {item.applies_if} in the conversation")
        if item.source == "competency":
            score = a.scores.get(item.id)
            if score is None or score.value is None:
                return result(None, f"N/A: {score.reason if score else 'not scored'}")
            return result(score.value)
        if item.source == "overall":
            return result(a.overall, None if a.overall is not None else "N/A: no overall score")
        if item.source == "metric":
            value = a.metrics.get(item.id)
            if not isinstance(value, int | float) or isinstance(value, bool):
                return result(None, f"N/A: no metric {item.id!r}")
            return result(min(100.0, max(0.0, float(value))))
        present = bool(a.behaviours.get(item.id))
        ok = present if item.expect == "present" else not present
        return result(100.0 if ok else 0.0, f"{item.id} {'present' if present else 'absent'}")

    def _critical(self, a: Assessment, c: CriticalItem) -> CriticalResult | None:
        if c.when is not None and not a.behaviours.get(c.when):
            return None
        if c.forbid is not None:
            found = a.behaviours.get(c.forbid, ())
            if found:
                return CriticalResult(
                    id=c.id,
                    reason=f"{c.forbid}: {found[0].text!r}",
                    turns=tuple(sorted({e.turn for e in found})),
                )
            return None
        assert c.require is not None
        if a.behaviours.get(c.require):
            return None
        trigger = a.behaviours.get(c.when or "", ())
        return CriticalResult(
            id=c.id,
            reason=(f"{c.when} without {c.require}" if c.when else f"no {c.require}"),
            turns=tuple(sorted({e.turn for e in trigger})),
        )

    def apply(self, assessment: Assessment) -> ScorecardResult:
        """Score one assessment: weighted mean of the applicable lines, critical lines first."""
        lines = tuple(self._item(assessment, i) for i in self.items)
        failures = tuple(
            f for c in self.critical if (f := self._critical(assessment, c)) is not None
        )
        scored = [(ln.weight, ln.points) for ln in lines if ln.points is not None]
        total = sum(w for w, _ in scored)
        score: float | None = sum(w * p for w, p in scored) / total if total else None
        if failures:
            score = 0.0
        return ScorecardResult(
            transcript_id=assessment.transcript_id,
            agent_id=assessment.agent_id,
            scorecard=self.name,
            score=score,
            passed=None if score is None else (not failures and score >= self.pass_mark),
            items=lines,
            critical_failures=failures,
        )

    def apply_many(self, assessments: Iterable[Assessment]) -> list[ScorecardResult]:
        """:meth:`apply` to each assessment, in order."""
        return [self.apply(a) for a in assessments]


def load_scorecard(path: str | Path) -> Scorecard:
    """Read a scorecard from TOML (``.toml``) or JSON; errors name the file, the line and the
    field (see :func:`csskills._config.read_config` for the encodings read)."""
    name = os.fspath(path)
    data, text = read_config(name, toml=Path(name).suffix.lower() == ".toml", what="scorecard")
    try:
        return Scorecard.model_validate(data)
    except ValidationError as exc:
        raise validation_error(exc, source=name, text=text) from None
