"""What commands print, by one convention (docs/cli.md): listings as a table, JSON or CSV of the same
rows; one JSON value on stdout; camelCase keys as Apple names its fields; progress bars on stderr."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar


def write_json(value: object) -> None:
    """`value` as indented JSON on stdout."""
    click.echo(json.dumps(value, indent=2, ensure_ascii=False))


def camel_keys(value: object) -> object:
    """`value` with every dict key in camelCase (`build_id` -> `buildId`), as Apple names fields."""
    if isinstance(value, Mapping):
        return {_camel(str(key)): camel_keys(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [camel_keys(item) for item in value]
    return value


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


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


def write_listing(rows: Sequence[Mapping[str, object]], columns: Sequence[str], output_format: str) -> None:
    """`rows` as a JSON array of the rows (every field), else a table or CSV of `columns`."""
    if output_format == "json":
        write_json(rows)
    elif output_format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_cell(row.get(column)) for column in columns] for row in rows)
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


def progress_hidden(*, machine: bool, to_stdout: bool) -> bool:
    """Whether to leave the progress bar out: for machines, and while the result prints on the same
    terminal (the bar and the rows would share its lines)."""
    return machine or (to_stdout and sys.stdout.isatty())


@contextmanager
def progress_bar(label: str, *, hidden: bool = False) -> Iterator[ByteBar]:
    """A `Progress` callback drawing a bar of bytes on stderr (only on a terminal, and unless `hidden`)."""
    with ExitStack() as stack:
        yield ByteBar(label, hidden, stack)


class ByteBar:
    """Draws a click progress bar of bytes, made on the first chunk (which tells the total, if known);
    a `Progress` callback. `finish()` ends its line before other lines are written to stderr."""

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

    def finish(self) -> None:
        """End the bar's line now (it ends by itself when its block ends)."""
        self._stack.close()


def write_result(result: object, lines: Iterable[str], *, machine: bool) -> None:
    """What a command did: the result's fields as one camelCase JSON object for machines (a dataclass),
    else `lines` for people."""
    if machine:
        from dataclasses import asdict, is_dataclass

        write_json(
            camel_keys(asdict(result) if is_dataclass(result) and not isinstance(result, type) else result)
        )
    else:
        for line in lines:
            click.echo(line)
