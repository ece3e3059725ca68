"""The public surface: exactly the names in ``__all__``, sorted, all importable."""

from __future__ import annotations

import types

import csskills


def _isort_key(name: str) -> tuple[int, str]:
    """Constants first, then classes, then functions (ruff's RUF022 order)."""
    if name.isupper():
        return (0, name)
    return (1, name) if name[0].isupper() else (2, name)


def test_all_is_sorted_and_complete() -> None:
    # Sub-modules become attributes once imported; they are reachable, not re-exported names.
    public = {
        n
        for n, v in vars(csskills).items()
        if not n.startswith("_") and not isinstance(v, types.ModuleType)
    } - {"annotations", "version", "PackageNotFoundError"}
    exported = set(csskills.__all__) - {"__version__"}
    assert csskills.__all__ == sorted(csskills.__all__, key=_isort_key), "keep __all__ sorted"
    assert len(set(csskills.__all__)) == len(csskills.__all__), "duplicate names in __all__"
    assert public <= exported, f"public but not in __all__: {sorted(public - exported)}"
    for name in csskills.__all__:
        assert hasattr(csskills, name), name


def test_version_is_the_installed_release() -> None:
    """``__version__`` is the version in pyproject.toml (an install without metadata would say
    ``0+unknown``: that is exactly what this test must not accept)."""
    from pathlib import Path

    import tomllib

    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    declared = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    assert csskills.__version__ == declared
    assert csskills.__version__ != "0+unknown"


# -- the usual mistakes give a UsageError or an UnknownCompetencyError saying what to do -----

import pickle  # noqa: E402

import pytest  # noqa: E402

_T = csskills.Transcript(
    id="t1", language="en", agent_id="ana",
    turns=(csskills.Turn(role="agent", text="Sorry for the wait!"),),
)  # fmt: skip


@pytest.mark.parametrize(
    "wrong", ["path.jsonl", b"path.jsonl", _T, {"id": "x", "turns": []}, 3],
    ids=["path", "bytes", "one_transcript", "dict", "number"],
)
def test_evaluate_many_says_what_to_pass(wrong: object) -> None:
    with pytest.raises(csskills.UsageError):
        csskills.evaluate_many(wrong)  # type: ignore[arg-type]
    with pytest.raises(csskills.UsageError):
        csskills.iter_evaluate(wrong)  # type: ignore[arg-type]
    with pytest.raises(csskills.UsageError):
        list(csskills.DefaultEvaluator().iter_evaluate(wrong))  # type: ignore[arg-type]


def test_evaluate_many_of_a_path_names_read_transcripts() -> None:
    from pathlib import Path

    with pytest.raises(TypeError, match=r"read_transcripts\(path\)"):
        csskills.evaluate_many(Path("october.jsonl"))  # type: ignore[arg-type]


def test_an_unknown_competency_id_lists_the_ids_and_suggests_one() -> None:
    a = csskills.evaluate(_T)
    with pytest.raises(csskills.UnknownCompetencyError, match="did you mean 'empathy'") as info:
        a.scores["Empathy"]
    assert isinstance(info.value, KeyError) and "reading_between_the_lines" in str(info.value)
    assert a.scores["empathy"] is a.scores.get("empathy")
    assert a.scores.get("Empathy") is None and "Empathy" not in a.scores
    # the mapping survives pickling, copying and a JSON round trip; the schema is a plain object
    for again in (
        pickle.loads(pickle.dumps(a)),
        a.model_copy(update={"scores": dict(a.scores)}),
        csskills.Assessment.model_validate_json(a.model_dump_json()),
    ):
        assert again == a
        with pytest.raises(csskills.UnknownCompetencyError):
            again.scores["Empathy"]
    schema = csskills.Assessment.model_json_schema()["properties"]["scores"]
    assert schema["type"] == "object"
    assert schema["additionalProperties"] == {"$ref": "#/$defs/CompetencyScore"}


def test_build_profiles_of_transcripts_says_to_evaluate_first() -> None:
    with pytest.raises(csskills.UsageError):
        csskills.build_profiles([_T])  # type: ignore[list-item]


def test_profiles_show_in_notebooks_and_as_frames() -> None:
    pytest.importorskip("pandas")
    assessments = csskills.evaluate_many(
        [_T.model_copy(update={"id": f"t{i}"}) for i in range(4)]
    )
    team = csskills.build_profiles(assessments)
    html = team._repr_html_()
    assert "ana" in html and "<table" in html
    agent = team["ana"]
    assert "ana" in agent._repr_html_()
    frame = team.to_frame()
    assert set(frame.agent_id) == {"ana"} and len(frame) == 11
    one = agent.to_frame()
    assert list(one.columns) == list(frame.columns) and len(one) == 11


def test_notebook_and_frame_renderers_import_no_model_at_run_time() -> None:
    import ast
    from pathlib import Path

    root = Path(csskills.__file__).parent / "report"
    for name in ("notebook.py", "frames.py"):
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        for node in tree.body:  # module level only: TYPE_CHECKING blocks are `if` nodes
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith(
                    ("csskills._assessment", "csskills._transcript", "csskills.aggregate")
                ), f"{name} imports {node.module} at run time"
