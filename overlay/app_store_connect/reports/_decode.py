"""Pure incremental decoding of report files: gzip bytes -> text lines -> rows, in bounded memory.

Every class here is a `decode`/`flush` object in the style of httpx's decoders: no I/O, so the
sync and async downloads feed the same objects chunk by chunk (Q12: report bodies are
`application/a-gzip`, tab-separated text inside, with single-space blanks).
"""

from __future__ import annotations

import codecs
import zlib
from collections.abc import Iterator, Mapping
from itertools import repeat
from typing import ClassVar, cast

from ._errors import ReportFormatError

GZIP_MAGIC = b"\x1f\x8b"
SLICE_BYTES = 1 << 20
"""Most decompressed bytes produced per step, so a highly compressed chunk cannot flood memory."""

MAX_LINE_CHARS = 1 << 20
"""Longest report line accepted (real ones are a few hundred characters): one line cannot fill memory."""
HEADER_SHOWN = 60
"""Characters of a body that is not a report shown in the error."""

TRAILER_PREFIX = "Total_"
"""Finance reports end with `Total_Rows`, `Total_Amount`, `Total_Units` lines (Q12)."""
BLANK = " "
"""Q12: how Apple writes a blank field in sales and finance reports."""


class Row(Mapping[str, str]):
    """One report row: a read-only mapping of the header's field names to the row's values.

    Rows are cheap to make (a report has millions): each keeps its line's fields and shares its
    report's name index; a Q12 single-space blank reads as empty. `dict(row)` gives a plain dict
    (to change values, or for `json.dumps`).
    """

    __slots__ = ("_values",)
    _index: ClassVar[Mapping[str, int]] = {}
    _blank: ClassVar[str | None] = None

    def __init__(self, values: list[str]) -> None:
        self._values = values

    @classmethod
    def of_header(cls, names: tuple[str, ...], *, blank: str | None) -> type[Row]:
        """The row class of one report: its header's names, and the value that reads as empty."""
        index = {name: position for position, name in enumerate(names)}
        return cast(type[Row], type("Row", (cls,), {"__slots__": (), "_index": index, "_blank": blank}))

    def __getitem__(self, name: str) -> str:
        value = self._values[self._index[name]]
        return "" if value == self._blank else value

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def __repr__(self) -> str:
        return f"Row({dict(self)!r})"

    def __reduce__(self) -> tuple[type[dict[str, str]], tuple[dict[str, str]]]:
        """Pickled (for another process) as the plain dict it reads as."""
        return dict, (dict(self),)


class GzipDecoder:
    """Gunzip a byte stream incrementally (multi-member aware); a body without gzip magic passes through."""

    def __init__(self, *, slice_bytes: int = SLICE_BYTES) -> None:
        self._slice = slice_bytes
        self._head = b""
        self._gzip: bool | None = None
        self._inflater = zlib.decompressobj(wbits=31)

    def decode(self, data: bytes) -> Iterator[bytes]:
        """Yield the decompressed bytes available after `data`, at most `slice_bytes` at a time."""
        if self._gzip is None:
            self._head += data
            if len(self._head) < len(GZIP_MAGIC):
                return
            data, self._head = self._head, b""
            self._gzip = data.startswith(GZIP_MAGIC)
        if not self._gzip:
            if data:
                yield data
            return
        while data:
            if self._inflater.eof:
                if not data.strip(b"\x00"):
                    return  # zero padding after the last member, as gzip(1) allows
                self._inflater = zlib.decompressobj(wbits=31)
            try:
                out = self._inflater.decompress(data, self._slice)
            except zlib.error as exc:
                raise ReportFormatError(f"the report is not valid gzip data ({exc})") from exc
            if out:
                yield out
            data = self._inflater.unused_data if self._inflater.eof else self._inflater.unconsumed_tail

    def flush(self) -> Iterator[bytes]:
        """Yield what is left; a gzip stream cut off before its end is an error, never a short report."""
        if self._gzip is None and self._head:
            yield self._head
        elif self._gzip and not self._inflater.eof:
            raise ReportFormatError(
                "the report's gzip stream ended before its end marker: the download was cut short; try again"
            )


class LineDecoder:
    """Turn UTF-8 byte slices into complete text lines (a line split across slices is held back).

    Linear in the input: a partial line is kept as pieces and joined once, when its newline comes.
    A line longer than `max_line_chars` is an error as soon as it is seen, not a memory bomb.
    """

    def __init__(self, *, max_line_chars: int = MAX_LINE_CHARS) -> None:
        self._text = codecs.getincrementaldecoder("utf-8")()
        self._pending: list[str] = []
        self._pending_chars = 0
        self._max = max_line_chars
        self.line_number = 0
        """Number of complete lines returned so far."""

    def decode(self, data: bytes) -> list[str]:
        """Return the lines completed by `data`, without line endings."""
        try:
            text = self._text.decode(data)
        except UnicodeDecodeError as exc:
            raise ReportFormatError(f"the report is not UTF-8 text near line {self.line_number + 1}") from exc
        complete, newline, rest = text.rpartition("\n")
        if not newline:
            self._hold(text)
            return []
        if self._pending:
            complete = "".join([*self._pending, complete])
            self._pending, self._pending_chars = [], 0
        self._hold(rest)
        return self._lines(complete)

    def flush(self) -> list[str]:
        """Return the last line if the text did not end with a newline."""
        try:
            tail = self._text.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            raise ReportFormatError(
                "the report ends in the middle of a UTF-8 character: the download was cut short; try again"
            ) from exc
        text = "".join([*self._pending, tail])
        self._pending, self._pending_chars = [], 0
        return self._lines(text) if text else []

    def _hold(self, text: str) -> None:
        """Keep the start of a line until its end arrives; fail once it is longer than any report line."""
        if text:
            self._pending.append(text)
            self._pending_chars += len(text)
            if self._pending_chars > self._max:
                self._too_long(self.line_number + 1)

    def _lines(self, complete: str) -> list[str]:
        if "\r" in complete:
            complete = complete.replace("\r\n", "\n").removesuffix("\r")
        lines = complete.split("\n")
        if max(map(len, lines)) > self._max:
            over = next(n for n, line in enumerate(lines, 1) if len(line) > self._max)
            self._too_long(self.line_number + over)
        self.line_number += len(lines)
        return lines

    def _too_long(self, line_number: int) -> None:
        raise ReportFormatError(
            f"line {line_number} of the report is longer than {self._max:,} characters: this is not a "
            "report (or it is damaged); check what the URL serves, or download it again"
        )


def _unquote(field: str) -> str:
    """`""` -> empty and `"a""b"` -> `a"b`, the way analytics files quote values."""
    if len(field) >= 2 and field[0] == '"' and field[-1] == '"':
        return field[1:-1].replace('""', '"')
    return field


def _unique(names: list[str]) -> tuple[str, ...]:
    """Field names as given; a repeated name gets a ` (2)`, ` (3)` suffix rather than hiding a column."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return tuple(out)


def _check_header(line: str) -> None:
    """Q12: every report starts with a tab-separated header; an HTML or text page does not."""
    if "\t" not in line or line.lstrip().startswith(("<", "{", "[")):
        raise ReportFormatError(
            f"the body does not start with a tab-separated report header but with {line[:HEADER_SHOWN]!r}: "
            "the server sent something other than a report (an HTML page?); check the request and try again"
        )


class RowParser:
    """Parse tab-separated lines: the first line names the fields, `Total_*` lines form the trailer.

    Sales and finance lines go through a short loop that only splits and counts (the rows do the
    rest on access); quoted (analytics) lines are unquoted as they are read.
    """

    def __init__(self, *, quoted: bool = False) -> None:
        self._quoted = quoted
        self._row: type[Row] | None = None
        self._width = 0
        self.fieldnames: tuple[str, ...] | None = None
        self.trailer: dict[str, str] = {}
        self.rows = 0

    def parse(self, lines: list[str], first_line_number: int) -> Iterator[Row]:
        """Yield the rows among `lines`; `first_line_number` (1-based) is only used in error messages."""
        if self._row is None or self._quoted:
            return self._line_by_line(lines, first_line_number)
        return self._plain(self._row, lines, first_line_number)

    def _plain(self, row: type[Row], lines: list[str], first_line_number: int) -> Iterator[Row]:
        width, rows, others = self._width, 0, 0
        try:
            for fields in map(str.split, lines, repeat("\t")):
                if len(fields) == width:
                    rows += 1
                    yield row(fields)
                else:
                    others += 1
                    if fields != [""]:  # blank lines separate a finance report's trailer
                        self._trailer_or_fail(fields, first_line_number + rows + others - 1)
        finally:
            self.rows += rows

    def _line_by_line(self, lines: list[str], first_line_number: int) -> Iterator[Row]:
        """The lines up to the header, and quoted lines (`""` -> empty, `"a""b"` -> `a"b`)."""
        for line_number, line in enumerate(lines, first_line_number):
            if not line:
                continue
            fields = line.split("\t")
            if self._quoted:
                fields = ["" if field == BLANK else _unquote(field) for field in fields]
            if self._row is None:
                self._read_header(line, fields)
            elif len(fields) != self._width:
                self._trailer_or_fail(fields, line_number)
            else:
                self.rows += 1
                yield self._row(fields)

    def _read_header(self, line: str, fields: list[str]) -> None:
        _check_header(line)
        names = _unique(
            ["" if name == BLANK else name for name in [fields[0].removeprefix("\ufeff"), *fields[1:]]]
        )
        self.fieldnames, self._width = names, len(names)
        self._row = Row.of_header(names, blank=None if self._quoted else BLANK)

    def finish(self) -> None:
        """Check the finance trailer's row count against the rows actually read."""
        declared = self.trailer.get("Total_Rows")
        if declared is not None and declared.strip() != str(self.rows):
            raise ReportFormatError(
                f"the report declares Total_Rows {declared} but has {self.rows} data rows: "
                "it is incomplete or malformed; download it again"
            )

    def _trailer_or_fail(self, fields: list[str], line_number: int) -> None:
        assert self.fieldnames is not None
        if len(fields) == 2 and fields[0].startswith(TRAILER_PREFIX):
            self.trailer[fields[0]] = "" if fields[1] == BLANK else fields[1]
            return
        raise ReportFormatError(
            f"line {line_number} of the report has {len(fields)} tab-separated fields "
            f"but the header has {len(self.fieldnames)}"
        )


class ReportDecoder:
    """Bytes of a (gzipped) report in, rows out: the three decoders above, chained."""

    def __init__(self, *, quoted: bool = False) -> None:
        self._gzip = GzipDecoder()
        self._lines = LineDecoder()
        self._rows = RowParser(quoted=quoted)

    @property
    def fieldnames(self) -> tuple[str, ...] | None:
        """The header's field names, once the header has been read."""
        return self._rows.fieldnames

    @property
    def trailer(self) -> dict[str, str]:
        """Finance trailer lines (`Total_Rows`, `Total_Amount`, ...) read so far, by name."""
        return self._rows.trailer

    def decode(self, data: bytes) -> Iterator[Row]:
        """Yield the rows completed by this chunk of the body."""
        for text in self._gzip.decode(data):
            yield from self._parse(self._lines.decode(text))

    def flush(self) -> Iterator[Row]:
        """Yield the last rows and check the report is complete."""
        for text in self._gzip.flush():
            yield from self._parse(self._lines.decode(text))
        yield from self._parse(self._lines.flush())
        self._rows.finish()

    def _parse(self, lines: list[str]) -> Iterator[Row]:
        return self._rows.parse(lines, self._lines.line_number - len(lines) + 1)
