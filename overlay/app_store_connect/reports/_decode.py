"""Pure incremental decoding of report files: gzip bytes -> text lines -> rows, in bounded memory.

Every class here is a `decode`/`flush` object in the style of httpx's decoders: no I/O, so the
sync and async downloads feed the same objects chunk by chunk (Q12: report bodies are
`application/a-gzip`, tab-separated text inside, with single-space blanks).
"""

from __future__ import annotations

import codecs
import zlib
from collections.abc import Iterator

from ._errors import ReportFormatError

Row = dict[str, str]
"""One report row: the header's field names mapped to the row's values."""

GZIP_MAGIC = b"\x1f\x8b"
SLICE_BYTES = 1 << 20
"""Most decompressed bytes produced per step, so a highly compressed chunk cannot flood memory."""

MAX_LINE_CHARS = 1 << 20
"""Longest report line accepted (real ones are a few hundred characters): one line cannot fill memory."""
HEADER_SHOWN = 60
"""Characters of a body that is not a report shown in the error."""

TRAILER_PREFIX = "Total_"
"""Finance reports end with `Total_Rows`, `Total_Amount`, `Total_Units` lines (Q12)."""


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


def blanks_to_empty(text: str) -> str:
    """Q12: Apple writes a blank field as a single space; make those fields empty.

    `text` is whole lines joined by newlines. Working on the text rather than on each field keeps
    this in C: two passes catch runs of blanks, then blanks at line starts and ends.
    """
    for blank, empty in (("\t \t", "\t\t"), ("\t \t", "\t\t"), ("\n \t", "\n\t"), ("\t \n", "\t\n")):
        text = text.replace(blank, empty)
    if text.startswith(" \t"):
        text = text[1:]
    if text.endswith("\t "):
        text = text[:-1]
    return text


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
        """Return the lines completed by `data`, without line endings, single-space blanks made empty."""
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
        lines = blanks_to_empty(complete).split("\n")
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
    """Parse tab-separated lines: the first line names the fields, `Total_*` lines form the trailer."""

    def __init__(self, *, quoted: bool = False) -> None:
        self._quoted = quoted
        self.fieldnames: tuple[str, ...] | None = None
        self.trailer: dict[str, str] = {}
        self.rows = 0

    def parse(self, lines: list[str], first_line_number: int) -> Iterator[Row]:
        """Yield the rows among `lines`; `first_line_number` (1-based) is only used in error messages."""
        names = self.fieldnames
        for line_number, line in enumerate(lines, first_line_number):
            if not line:
                continue
            fields = line.split("\t")
            if self._quoted and '"' in line:
                fields = [_unquote(field) for field in fields]
            if names is None:
                _check_header(line)
                names = self.fieldnames = _unique([fields[0].removeprefix("\ufeff"), *fields[1:]])
            elif len(fields) != len(names):
                self._trailer_or_fail(fields, line_number)
            else:
                self.rows += 1
                yield dict(zip(names, fields, strict=False))  # lengths checked just above

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
            self.trailer[fields[0]] = fields[1]
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
