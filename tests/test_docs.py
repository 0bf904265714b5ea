"""The documentation site builds from docs/ and the docstrings in strict mode (a broken link fails)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = Path(sys.executable).parent / "mkdocs"


@pytest.mark.skipif(
    shutil.which("mkdocs", path=str(MKDOCS.parent)) is None, reason="the docs extra is not installed"
)
def test_docs_build_in_strict_mode(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(MKDOCS), "build", "--strict", "--quiet", "--site-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr[-3000:]
    quirks = (tmp_path / "quirks" / "index.html").read_text()
    assert "Q13" in quirks and "S12" in quirks  # QUIRKS.md rendered, not linked
    reference = (tmp_path / "reference" / "index.html").read_text()
    assert "Every item of a collection" in reference  # built from the docstrings
    limits = (tmp_path / "limits" / "index.html").read_text()
    for topic in ("payment information", "campaign", "Referrer", "asset pack", "Sign in with Apple"):
        assert topic in limits
