"""DESIGN.md: qa imports neither doctors nor faq; doctors and faq never import each other;
accounts imports none of them."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FORBIDDEN = {
    "accounts": {"qa", "doctors", "faq"},  # the lowest layer: others take part through accounts.signals
    "qa": {"doctors", "faq"},
    "doctors": {"faq"},
    "faq": {"doctors"},
}


def imported_top_level_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "__import__" and node.args:
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add(arg.value.split(".")[0])
    return found


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_app_does_not_import_forbidden_apps(app):
    offenders = []
    files = sorted((ROOT / app).rglob("*.py"))
    assert files, f"no Python files found for {app}"
    for path in files:
        bad = imported_top_level_packages(path) & FORBIDDEN[app]
        if bad:
            offenders.append(f"{path.relative_to(ROOT)} imports {sorted(bad)}")
    assert offenders == []


def test_the_scanner_catches_a_forbidden_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from faq.models import Article\nimport doctors.services\n")
    assert imported_top_level_packages(sample) >= {"faq", "doctors"}
