"""Role files, skill gaps and the ``profile`` / ``gaps`` commands."""

from __future__ import annotations

import glob
import json
from pathlib import Path

import pytest

import csskills as cs
from csskills.aggregate import load_role, skill_gaps
from csskills.cli import main
from csskills.exceptions import InputFormatError
from csskills.io._jsonl import write_jsonl

TIER1 = "examples/roles/tier1_support.toml"


@pytest.fixture(scope="module")
def assessments_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    transcripts = [
        t
        for f in sorted(glob.glob("examples/data/support_*.jsonl"))
        for t in cs.read_transcripts(f)
    ]
    path = tmp_path_factory.mktemp("gaps") / "assessments.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        write_jsonl(cs.evaluate_many(transcripts), handle)
    return path


@pytest.mark.parametrize("role", sorted(glob.glob("examples/roles/*.toml")))
def test_example_roles_are_valid(role: str) -> None:
    target = load_role(role)
    assert target.name and target.competencies
    assert all(0 <= t.level <= 100 and t.weight > 0 for t in target.competencies.values())


def test_json_roles_load_too(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(json.dumps({"name": "x", "competencies": {"empathy": {"level": 60}}}))
    assert load_role(path).competencies["empathy"].weight == 1.0


@pytest.mark.parametrize(
    ("text", "match"),
    [
        (
            'name = "x"\n[competencies.empathy]\nlevel = 120\n',
            r"r\.toml:3: competencies\.empathy\.level: .*less than or equal to 100",
        ),
        (
            'name = "x"\n[competencies.empathy]\nlevel = 50\nweight = 0\n',
            r"r\.toml:4: competencies\.empathy\.weight",
        ),
        (
            'name = "x"\n[competencies.kindness]\nlevel = 50\n',
            r"r\.toml:2: competencies\.kindness.*unknown competency",
        ),
        (
            'name = "x"\ncolour = "red"\n[competencies.empathy]\nlevel = 5\n',
            r"r\.toml:2: colour: unknown field",
        ),
        ('name = "x"\n[competencies.empathy\n', r"r\.toml:2: not valid TOML"),
    ],
)
def test_role_errors_name_file_line_and_field(tmp_path: Path, text: str, match: str) -> None:
    path = tmp_path / "r.toml"
    path.write_text(text)
    with pytest.raises(InputFormatError, match=match):
        load_role(path)


def _profiles(rows: dict[str, list[float]]) -> cs.TeamProfiles:
    items = []
    for agent, values in rows.items():
        for i, v in enumerate(values):
            items.append(
                cs.Assessment(
                    transcript_id=f"{agent}-{i}",
                    agent_id=agent,
                    evaluator=cs.EvaluatorInfo(name="t", version="1"),
                    scores={
                        "empathy": cs.CompetencyScore(value=v, opportunities=1),
                        "clarity": cs.CompetencyScore(value=min(100, v + 30), opportunities=1),
                    },
                )
            )
    return cs.build_profiles(items)


def test_gaps_need_the_upper_bound_below_target_and_rank_by_weight_times_shortfall() -> None:
    profiles = _profiles(
        {"low": [20, 25, 22, 18, 24, 21], "mid": [55, 60, 58, 62, 57], "high": [85, 90, 88, 92]}
    )
    role = cs.RoleTarget(
        name="r",
        competencies={"empathy": {"level": 70, "weight": 3}, "clarity": {"level": 60, "weight": 1}},
    )
    report = skill_gaps(profiles, role)
    low = report.agents["low"]
    assert [g.competency for g in low.gaps] == ["empathy", "clarity"]
    first = low.gaps[0]
    assert first.upper < 70 and first.priority == pytest.approx(3 * (70 - first.estimate))
    assert first.advice == cs.get_competency("empathy").advice
    assert "empathy" in report.agents["high"].met
    for agent in report.agents.values():
        for gap in agent.gaps:
            cell = profiles[agent.agent_id].competencies[gap.competency]
            assert cell.interval is not None and cell.interval.high < gap.target
    assert report.team[0].competency == "empathy"
    assert report.team[0].agents_with_gap >= 1
    assert report.to_dict()["role"]["name"] == "r"


def test_thin_evidence_is_never_a_gap() -> None:
    profiles = _profiles({"new": [5], "a": [60, 62, 64], "b": [70, 72, 75]})
    role = cs.RoleTarget(name="r", competencies={"empathy": {"level": 90}})
    report = skill_gaps(profiles, role)
    assert report.agents["new"].gaps == ()
    assert report.agents["new"].not_assessed == ("empathy",)


def test_cli_profile_table_and_json(
    assessments_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["profile", str(assessments_file)]) == 0
    out = capsys.readouterr().out
    assert "agent-ana" in out and "90% interval" in out and "not enough evidence" in out
    assert main(["profile", str(assessments_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "agent-ben" in data["agents"]
    target = tmp_path / "p.json"
    assert main(["profile", str(assessments_file), "-o", str(target)]) == 0
    assert json.loads(target.read_text())["agents"]


def test_cli_gaps(assessments_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gaps", str(assessments_file), "--role", TIER1]) == 0
    out = capsys.readouterr().out
    assert "Role: Tier 1 support" in out and "Team: what to train first" in out
    assert main(["gaps", str(assessments_file), "--role", TIER1, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["role"]["name"] == "Tier 1 support" and data["team"]


def test_cli_errors_are_one_located_line_and_exit_2(
    assessments_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(assessments_file.read_text().splitlines()[0] + "\n{}\n")
    assert main(["profile", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"csskills: {bad}:2:") and "\n" not in err
    dup = tmp_path / "dup.jsonl"
    line = assessments_file.read_text().splitlines()[0]
    dup.write_text(f"{line}\n\n{line}\n")
    assert main(["profile", str(dup)]) == 2
    assert f"{dup}:3: transcript" in capsys.readouterr().err
    role = tmp_path / "r.toml"
    role.write_text('name = "x"\n[competencies.empathy]\nlevel = 500\n')
    assert main(["gaps", str(assessments_file), "--role", str(role)]) == 2
    assert f"{role}:3: competencies.empathy.level" in capsys.readouterr().err


# -- role files as people save them; the team survives one bad record ------------------------

ROLE = 'name = "Tier 1"\n[competencies.empathy]\nlevel = 70\nweight = 2\n'


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-32"])
def test_role_files_in_unicode_encodings_are_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "role.toml"
    path.write_bytes(ROLE.replace("Tier 1", "Niveau 1 — accueil").encode(encoding))
    role = load_role(path)
    assert role.name == "Niveau 1 — accueil" and role.competencies["empathy"].weight == 2


def test_a_latin1_role_file_is_a_located_error_asking_for_utf8(tmp_path: Path) -> None:
    path = tmp_path / "role.toml"
    path.write_bytes(ROLE.replace("Tier 1", "Niveau 1 — accueil élevé").encode("cp1252"))
    with pytest.raises(InputFormatError, match=r"role\.toml:1: not valid UTF-8 at column \d+"):
        load_role(path)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("deep.toml", 'name = "x"\nx = ' + "[" * 5000 + "]" * 5000 + "\n"),
        ("deep.json", '{"name": "x", "x": ' + "[" * 5000 + "]" * 5000 + "}"),
        ("nested.json", '{"name": "x", "x": ' + "[" * 40 + "]" * 40 + "}"),
        ("digits.json", '{"name": "x", "x": ' + "9" * 5000 + "}"),
    ],
)
def test_deep_or_huge_role_files_are_located_errors(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(InputFormatError) as info:
        load_role(path)
    assert str(info.value).startswith(str(path))


def test_scorecards_share_the_reader(tmp_path: Path) -> None:
    from csskills.calibrate import load_scorecard

    path = tmp_path / "card.toml"
    path.write_bytes('name = "c"\n[[items]]\nid = "empathy"\n'.encode("utf-16"))
    assert load_scorecard(path).items[0].id == "empathy"
    path.write_bytes('name = "é"\n[[items]]\nid = "empathy"\n'.encode("latin-1"))
    with pytest.raises(InputFormatError, match=r"card\.toml:1: not valid UTF-8"):
        load_scorecard(path)


def test_skill_gaps_says_what_to_pass() -> None:
    profiles = _profiles({"a": [50, 60, 55]})
    with pytest.raises(cs.UsageError, match="RoleTarget"):
        skill_gaps(profiles, {"empathy": 70})  # type: ignore[arg-type]
    with pytest.raises(cs.UsageError, match="build_profiles"):
        skill_gaps([], load_role(TIER1))  # type: ignore[arg-type]


def _no_constants(text: str) -> object:
    def refuse(name: str) -> None:
        raise AssertionError(f"invalid JSON constant {name}")

    return json.loads(text, parse_constant=refuse)


def test_json_output_is_always_valid_json() -> None:
    from csskills.cli._common import json_text

    text = json_text({"a": float("inf"), "b": [float("nan"), 1.5], "c": {"d": -float("inf")}})
    assert _no_constants(text) == {"a": None, "b": [None, 1.5], "c": {"d": None}}


def test_one_bad_assessment_does_not_take_the_team_down(
    assessments_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = assessments_file.read_text().splitlines()
    late = json.loads(lines[0])
    late["transcript_id"] = "late"
    late["started_at"] = "9999-12-31T23:59:00-23:59"
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join([*lines, json.dumps(late), lines[0]]) + "\n")
    n = len(lines)
    # stop (default): one located line, exit 2
    assert main(["profile", str(path)]) == 2
    assert f"{path}:{n + 1}: started_at: date-time out of the supported range" in (
        capsys.readouterr().err
    )
    # skip: every other assessment is profiled, the bad and the repeated one are listed
    assert main(["gaps", str(path), "--role", TIER1, "--json", "--on-error", "skip"]) == 1
    captured = capsys.readouterr()
    data = _no_constants(captured.out)
    assert isinstance(data, dict) and data["agents"]
    assert "2 assessment(s) left out" in captured.err
    assert f"{path}:{n + 1}: started_at" in captured.err and f"{path}:{n + 2}: " in captured.err
    assert main(["profile", str(path), "--json", "--on-error", "skip"]) == 1
    profiles = _no_constants(capsys.readouterr().out)
    assert isinstance(profiles, dict)
    total = sum(a["conversations"] for a in profiles["agents"].values())
    assert total + profiles["unattributed"] == n
