"""What commands print: JSON for machines, aligned columns for people, progress bars on stderr."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING

import click

from ..reports import Progress

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar


def write_json(value: object) -> None:
    """`value` as indented JSON on stdout."""
    click.echo(json.dumps(value, indent=2, ensure_ascii=False))


def write_json_document(items: Iterable[object], rest: Callable[[], Mapping[str, object]]) -> None:
    """`{"data": [...], ...rest}` on stdout, an item a line as they arrive; `rest` is asked for at the end."""
    click.echo('{"data": [', nl=False)
    first = True
    for item in items:
        click.echo(("\n" if first else ",\n") + json.dumps(item, ensure_ascii=False), nl=False)
        first = False
    click.echo("]" if first else "\n]", nl=False)
    for name, value in rest().items():
        click.echo(f",\n{json.dumps(name)}: {json.dumps(value, ensure_ascii=False)}", nl=False)
    click.echo("}")


def write_rows_or_json(
    rows: Sequence[Mapping[str, object]], columns: Sequence[str], *, machine: bool
) -> None:
    """`rows` as JSON for machines, else as a table of `columns`."""
    if machine:
        write_json(rows)
    else:
        write_table(rows, columns)


def write_table(rows: Sequence[Mapping[str, object]], columns: Sequence[str]) -> None:
    """`rows` as columns aligned with spaces under a header; missing values are blank."""
    cells = [list(columns)] + [[_cell(row.get(column)) for column in columns] for row in rows]
    widths = [max(len(line[index]) for line in cells) for index in range(len(columns))]
    for line in cells:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


@contextmanager
def progress_bar(label: str, *, hidden: bool = False) -> Iterator[Progress]:
    """A `Progress` callback drawing a bar of bytes on stderr (only on a terminal, and unless `hidden`)."""
    with ExitStack() as stack:
        yield _ByteBar(label, hidden, stack)


class _ByteBar:
    """Draws a click progress bar of bytes, made on the first chunk (which tells the total, if known)."""

    def __init__(self, label: str, hidden: bool, stack: ExitStack) -> None:
        self._label = label
        self._hidden = hidden
        self._stack = stack
        self._bar: ProgressBar[int] | None = None

    def __call__(self, done: int, total: int | None) -> None:
        if self._bar is None:
            # A generator has no length hint: click then counts bytes without a total.
            steps = range(total) if total is not None else (step for step in range(0))
            bar = click.progressbar(
                steps,
                label=self._label,
                file=sys.stderr,
                hidden=self._hidden or not sys.stderr.isatty(),
                show_pos=total is None,
            )
            self._bar = self._stack.enter_context(bar)
        self._bar.update(done - self._bar.pos)
