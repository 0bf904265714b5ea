"""mypy --strict and pyright (basic) accept the README's examples and reject a misspelt
parameter (issue 12): the resource methods have real signatures, not `**params: Any`."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ASYNC_EXAMPLE = """
from app_store_connect import AsyncAppStoreConnect


async def main() -> None:
    async with AsyncAppStoreConnect() as asc:
        app = await asc.apps.get("1", include=["appInfos"])
        print(app.data.id)
        async for build in asc.apps.list_builds("1"):
            print(build.id)
"""
MISSPELT = """
from app_store_connect import AppStoreConnect

asc = AppStoreConnect()
asc.apps.list(filter_bundle_idd="com.example.app")
asc.apps.get(123)
"""


def readme_examples() -> list[str]:
    """The Python blocks of the README's usage sections."""
    text = (PROJECT_ROOT / "README.md").read_text()
    return re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)


@pytest.fixture
def snippets(tmp_path: Path) -> dict[str, Path]:
    files = {f"readme_{index}": block for index, block in enumerate(readme_examples())}
    files |= {"readme_async": ASYNC_EXAMPLE, "misspelt": MISSPELT}
    paths = {}
    for name, source in files.items():
        paths[name] = tmp_path / f"{name}.py"
        paths[name].write_text(source)
    return paths


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, cwd=PROJECT_ROOT, check=False)


def test_the_readme_has_the_resource_examples() -> None:
    assert any("asc.apps.list(filter_bundle_id=" in block for block in readme_examples())


def test_mypy_strict_accepts_the_readme_and_rejects_a_misspelt_parameter(snippets: dict[str, Path]) -> None:
    good = [str(path) for name, path in snippets.items() if name != "misspelt"]
    result = run(sys.executable, "-m", "mypy", "--strict", *good)
    assert result.returncode == 0, result.stdout
    bad = run(sys.executable, "-m", "mypy", "--strict", str(snippets["misspelt"]))
    assert 'Unexpected keyword argument "filter_bundle_idd"' in bad.stdout
    assert 'Argument 1 to "get" of "Apps" has incompatible type "int"' in bad.stdout


def test_pyright_accepts_the_readme_and_rejects_a_misspelt_parameter(snippets: dict[str, Path]) -> None:
    pyright = shutil.which("pyright", path=str(Path(sys.executable).parent))
    assert pyright is not None, "pyright comes with the dev extra: pip install -e '.[dev]'"
    good = [str(path) for name, path in snippets.items() if name != "misspelt"]
    result = run(pyright, "--pythonpath", sys.executable, *good)
    assert result.returncode == 0, result.stdout
    bad = run(pyright, "--pythonpath", sys.executable, str(snippets["misspelt"]))
    assert 'No parameter named "filter_bundle_idd"' in bad.stdout
    assert '"Literal[123]" is not assignable to "str"' in bad.stdout
