"""Report rows written as TSV, CSV or JSON, streamed as they arrive."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import click

from ..reports import Row

FORMATS = ("tsv", "csv", "json")


def output_options(command: click.decorators.FC) -> click.decorators.FC:
    """`--format` and `-o/--out FILE`, shared by the report commands."""
    command = click.option(
        "-o",
        "--out",
        "output",
        type=click.Path(dir_okay=False, writable=True, path_type=Path),
        help="Write to this file instead of stdout.",
    )(command)
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(FORMATS, case_sensitive=False),
        help="Row format (default: tsv, Apple's; json or csv with --output json or csv).",
    )(command)


@contextmanager
def opened(path: Path | None) -> Iterator[TextIO]:
    """The file at `path` (created or replaced) or stdout, ready for the csv module."""
    if path is None:
        yield sys.stdout
        return
    with path.open("w", encoding="utf-8", newline="") as file:
        yield file


def write_rows(rows: Iterable[Row], out: TextIO, output_format: str) -> int:
    """Write `rows` (header from the first row's keys) and return how many were written."""
    if output_format == "json":
        return _write_json(rows, out)
    # TSV as Apple writes it (values hold no tabs or newlines); CSV quoted where needed.
    write_line = _tab_writer(out) if output_format == "tsv" else csv.writer(out, lineterminator="\n").writerow
    count = 0
    for row in rows:
        if count == 0:
            write_line(list(row))
        write_line(list(row.values()))
        count += 1
    return count


def _tab_writer(out: TextIO) -> Callable[[list[str]], object]:
    return lambda values: out.write("\t".join(values) + "\n")


def _write_json(rows: Iterable[Row], out: TextIO) -> int:
    """A JSON array of objects, one row a line, written as rows arrive."""
    count = 0
    for row in rows:
        out.write(("[\n" if count == 0 else ",\n") + json.dumps(dict(row), ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "[]\n")
    return count
