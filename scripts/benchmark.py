#!/usr/bin/env python3
"""All benchmarks in one command; each figure is a ratio to a baseline measured in the same run.

python scripts/benchmark.py                 # every section
python scripts/benchmark.py generated core  # some sections
python scripts/benchmark.py --with-regeneration
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SECTIONS = (
    "generated",
    "core",
    "pagination",
    "reports",
    "uploads",
    "metadata",
    "cli",
    "sandbox",
    "workflows",
)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("sections", nargs="*", choices=[*SECTIONS, []], help="default: all")
    parser.add_argument(
        "--with-regeneration", action="store_true", help="also time a full regeneration (minutes)"
    )
    args = parser.parse_args()
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # the measured children use cached bytecode, as installed
    for section in args.sections or SECTIONS:
        try:
            module = importlib.import_module(f"bench_{section}")
        except ModuleNotFoundError:
            print(f"[{section}] no benchmark yet")
            continue
        kwargs = {"with_regeneration": True} if section == "generated" and args.with_regeneration else {}
        print(f"[{section}]")
        for name, ratio, detail in module.run(**kwargs):
            print(f"  {name:<45} {ratio:8.2f}x  {detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
