"""The pure gzip -> lines -> rows decoder (Q12): streamed, exact, and loud about damaged files."""

from __future__ import annotations

import gzip
import pickle
import tracemalloc
import zlib

import pytest
from report_support import DecodeAll

from app_store_connect.reports import ReportDecoder, ReportFormatError
from app_store_connect.reports._decode import MAX_LINE_CHARS, GzipDecoder, LineDecoder, RowParser

HEADER = "Provider\tTitle\tUnits\tPromo Code\n"


def test_q12_single_space_blank_is_empty_and_real_values_are_kept(decode_all: DecodeAll) -> None:
    body = gzip.compress((HEADER + "APPLE\t A title with spaces \t3\t \n").encode())

    rows, decoder = decode_all(body)

    assert decoder.fieldnames == ("Provider", "Title", "Units", "Promo Code")
    assert rows == [{"Provider": "APPLE", "Title": " A title with spaces ", "Units": "3", "Promo Code": ""}]


def test_rows_come_out_while_the_body_is_still_arriving() -> None:
    text = HEADER + "".join(f"APPLE\tApp {n}\t{n}\t \n" for n in range(2000))
    body = gzip.compress(text.encode())
    decoder = ReportDecoder()

    first_half = list(decoder.decode(body[: len(body) // 2]))

    assert 0 < len(first_half) < 2000
    rest = list(decoder.decode(body[len(body) // 2 :])) + list(decoder.flush())
    assert [row["Units"] for row in first_half + rest] == [str(n) for n in range(2000)]


def test_decompressed_output_is_produced_in_bounded_slices() -> None:
    body = gzip.compress(b"x" * 5_000_000)
    slices = list(GzipDecoder(slice_bytes=65536).decode(body))

    assert max(len(piece) for piece in slices) <= 65536
    assert sum(len(piece) for piece in slices) == 5_000_000


def test_multi_member_gzip_and_zero_padding_are_read_whole(decode_all: DecodeAll) -> None:
    body = gzip.compress(HEADER.encode()) + gzip.compress(b"A\tB\t1\tC\n") + b"\x00" * 16

    rows, _ = decode_all(body)

    assert rows == [{"Provider": "A", "Title": "B", "Units": "1", "Promo Code": "C"}]


def test_plain_text_body_without_gzip_magic_is_parsed_as_is(decode_all: DecodeAll) -> None:
    rows, _ = decode_all((HEADER + "A\tB\t1\tC").encode())

    assert rows == [{"Provider": "A", "Title": "B", "Units": "1", "Promo Code": "C"}]


def test_utf8_split_across_chunks_and_crlf_and_bom(decode_all: DecodeAll) -> None:
    text = "\ufeffTitle\tCountry\r\nÉcole — 日本\tJP\r\n"

    rows, decoder = decode_all(gzip.compress(text.encode()), chunk=1)

    assert decoder.fieldnames == ("Title", "Country")
    assert rows == [{"Title": "École — 日本", "Country": "JP"}]


def test_truncated_gzip_is_an_error_not_a_short_report() -> None:
    body = gzip.compress((HEADER + "A\tB\t1\tC\n" * 1000).encode())
    decoder = ReportDecoder()
    list(decoder.decode(body[:-20]))

    with pytest.raises(ReportFormatError, match="cut short"):
        list(decoder.flush())


def test_corrupt_gzip_names_the_problem() -> None:
    body = bytearray(gzip.compress(HEADER.encode() * 50))
    body[12:20] = b"\xff" * 8

    with pytest.raises(ReportFormatError, match="not valid gzip"):
        list(ReportDecoder().decode(bytes(body)))


def test_ragged_row_is_reported_with_its_line_number(decode_all: DecodeAll) -> None:
    body = gzip.compress((HEADER + "A\tB\t1\tC\nA\tB\t1\n").encode())

    with pytest.raises(ReportFormatError, match=r"line 3 .* 3 tab-separated fields but the header has 4"):
        decode_all(body)


def test_not_utf8_is_an_error(decode_all: DecodeAll) -> None:
    with pytest.raises(ReportFormatError, match="not UTF-8"):
        decode_all(gzip.compress(HEADER.encode() + b"\xff\xfe\tB\t1\tC\n"))


def test_q12_finance_trailer_is_separate_from_rows_and_checked(decode_all: DecodeAll) -> None:
    text = HEADER + "A\tB\t1\tC\nA\tB\t2\tC\n\nTotal_Rows\t2\nTotal_Amount\t3.00\n"

    rows, decoder = decode_all(gzip.compress(text.encode()))

    assert len(rows) == 2
    assert decoder.trailer == {"Total_Rows": "2", "Total_Amount": "3.00"}


def test_q12_finance_trailer_row_count_mismatch_is_an_error(decode_all: DecodeAll) -> None:
    text = HEADER + "A\tB\t1\tC\nTotal_Rows\t2\n"

    with pytest.raises(ReportFormatError, match="declares Total_Rows 2 but has 1 data rows"):
        decode_all(gzip.compress(text.encode()))


def test_quoted_mode_unquotes_analytics_values(decode_all: DecodeAll) -> None:
    text = 'Date\tCampaign\tPage Title\n2025-01-07\t""\t"Say ""hi"""\n'

    rows, _ = decode_all(gzip.compress(text.encode()), quoted=True)
    unquoted_off, _ = decode_all(gzip.compress(text.encode()))

    assert rows == [{"Date": "2025-01-07", "Campaign": "", "Page Title": 'Say "hi"'}]
    assert unquoted_off[0]["Campaign"] == '""'


def test_repeated_header_names_keep_every_column(decode_all: DecodeAll) -> None:
    rows, decoder = decode_all(b"Name\tName\tUnits\na\tb\t1\n")

    assert decoder.fieldnames == ("Name", "Name (2)", "Units")
    assert rows == [{"Name": "a", "Name (2)": "b", "Units": "1"}]


def test_empty_body_gives_no_rows_and_no_header(decode_all: DecodeAll) -> None:
    rows, decoder = decode_all(gzip.compress(b""))

    assert rows == []
    assert decoder.fieldnames is None


def test_deflate_level_and_chunking_do_not_change_the_result(decode_all: DecodeAll) -> None:
    text = HEADER + "".join(f"APPLE\tT{n}\t{n}\t \n" for n in range(300))
    fast = zlib.compressobj(1, zlib.DEFLATED, 31)
    body = fast.compress(text.encode()) + fast.flush()

    small, _ = decode_all(body, chunk=3)
    large, _ = decode_all(gzip.compress(text.encode(), 9), chunk=100_000)

    assert small == large
    assert len(small) == 300


def test_q12_runs_of_blanks_at_line_edges_become_empty_but_other_spaces_stay(decode_all: DecodeAll) -> None:
    text = "A\tB\tC\tD\tE\tF\tG\n \t \t \tx\t  \t y \t \r\n"

    rows, _ = decode_all(gzip.compress(text.encode()), chunk=3)

    assert rows == [{"A": "", "B": "", "C": "", "D": "x", "E": "  ", "F": " y ", "G": ""}]


def test_a_line_over_the_cap_fails_early_in_bounded_memory() -> None:
    """Issue: one 256 MB line in a small gzip used to take +760 MB and many seconds, then give 0 rows."""
    body = gzip.compress(HEADER.encode() + b"x" * (64 * MAX_LINE_CHARS) + b"\n", 9)
    decoder = ReportDecoder()
    fed = 0
    tracemalloc.start()
    try:
        with pytest.raises(ReportFormatError, match="line 2 of the report is longer than 1,048,576"):
            for start in range(0, len(body), 4096):
                fed = start + 4096
                list(decoder.decode(body[start:fed]))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert fed < len(body) // 8  # refused after about two slices, not after the whole line
    assert peak < 8 * MAX_LINE_CHARS


def test_line_cap_is_exact_and_names_the_line() -> None:
    fits = LineDecoder(max_line_chars=5)
    assert fits.decode(b"ab\n12") + fits.decode(b"345") + fits.decode(b"\n") + fits.flush() == ["ab", "12345"]

    held = LineDecoder(max_line_chars=5)
    held.decode(b"ab\n123")
    with pytest.raises(ReportFormatError, match=r"line 2 .* longer than 5 characters"):
        held.decode(b"456")  # six characters pending, no newline yet

    within = LineDecoder(max_line_chars=5)
    with pytest.raises(ReportFormatError, match=r"line 3 .* longer than 5"):
        within.decode(b"a\nb\n123456\nc\n")

    last = LineDecoder(max_line_chars=5)
    last.decode(b"a\n")
    with pytest.raises(ReportFormatError, match=r"line 2 .* longer than 5"):
        last.decode(b"1234")
        last.decode(b"56")


def test_a_long_line_under_the_cap_arriving_in_many_pieces_is_joined_whole() -> None:
    decoder = LineDecoder()
    pieces = [f"{n:05d}".encode() for n in range(20_000)]  # 100,000 characters, no newline until the end

    lines = [line for piece in pieces for line in decoder.decode(piece)] + decoder.decode(b"\nnext\n")

    assert lines == [b"".join(pieces).decode(), "next"]
    assert decoder.line_number == 2


@pytest.mark.parametrize(
    "body",
    [
        b"<!DOCTYPE html>\n<html><body>Sign in</body></html>\n",
        b"  <html>\t<body>\n",
        b'{"errors": [{"status": "404"}]}',
        b"[1, 2]\tx\n",
        b'{"data":\t[]}\n',
        b"just one column\nand another line\n",
    ],
    ids=["html", "html-with-tab", "json", "json-array", "json-with-tab", "one-column-text"],
)
def test_q12_a_body_not_tab_separated_is_not_a_report(decode_all: DecodeAll, body: bytes) -> None:
    """Issue: a 200 HTML page used to read as a report with 0 rows."""
    for data in (body, gzip.compress(body)):
        with pytest.raises(ReportFormatError, match="does not start with a tab-separated report header"):
            decode_all(data)


def test_blank_lines_before_the_header_are_skipped(decode_all: DecodeAll) -> None:
    rows, decoder = decode_all(("\n\n" + HEADER + "A\tB\t1\tC\n").encode())

    assert decoder.fieldnames == ("Provider", "Title", "Units", "Promo Code")
    assert len(rows) == 1


def test_quoted_values_edge_cases(decode_all: DecodeAll) -> None:
    text = '"Date"\t"Name"\tA\tB\n"2025-01-07"\t"a""b"\t"\t""""\n2025-01-08\tx"y\t"z\t""\n'

    rows, decoder = decode_all(text.encode(), quoted=True)

    assert decoder.fieldnames == ("Date", "Name", "A", "B")
    assert rows == [
        {"Date": "2025-01-07", "Name": 'a"b', "A": '"', "B": '"'},
        {"Date": "2025-01-08", "Name": 'x"y', "A": '"z', "B": ""},
    ]


@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gzip"])
def test_a_body_cut_inside_a_utf8_character_is_an_error(decode_all: DecodeAll, gzipped: bool) -> None:
    data = (HEADER + "A\tÉcole\t1\tC\nA\tB\t2\t").encode() + "日".encode()[:2]

    with pytest.raises(ReportFormatError, match="ends in the middle of a UTF-8 character"):
        decode_all(gzip.compress(data) if gzipped else data)


def test_a_two_field_ragged_row_is_an_error_unless_it_is_a_total_line(decode_all: DecodeAll) -> None:
    with pytest.raises(ReportFormatError, match=r"line 3 .* 2 tab-separated fields but the header has 4"):
        decode_all((HEADER + "A\tB\t1\tC\nA\tB\n").encode())
    with pytest.raises(ReportFormatError, match=r"line 2 .* 3 tab-separated fields"):
        decode_all((HEADER + "Total_Rows\t1\t2\n").encode())
    with pytest.raises(ReportFormatError, match=r"line 2 .* 2 tab-separated fields"):
        decode_all((HEADER + "Rows_Total\t0\n").encode())


def test_a_ragged_row_deep_in_a_chunked_body_has_its_true_line_number(decode_all: DecodeAll) -> None:
    text = HEADER + "A\tB\t1\tC\n" * 4999 + "A\tB\t1\n"

    with pytest.raises(ReportFormatError, match=r"^line 5001 of the report has 3"):
        decode_all(gzip.compress(text.encode()), chunk=997)


def test_q12_total_rows_may_carry_spaces_and_two_columns_have_no_trailer(decode_all: DecodeAll) -> None:
    _, finance = decode_all((HEADER + "A\tB\t1\tC\nTotal_Rows\t 1 \n").encode())
    rows, two_columns = decode_all(b"Name\tUnits\nTotal_Rows\t9\n")

    assert finance.trailer == {"Total_Rows": " 1 "}
    assert rows == [{"Name": "Total_Rows", "Units": "9"}] and two_columns.trailer == {}


def test_rows_are_read_only_mappings_that_compare_and_convert_like_dicts(decode_all: DecodeAll) -> None:
    rows, _ = decode_all((HEADER + "APPLE\t \t3\t \n").encode())
    row = rows[0]

    assert dict(row) == {"Provider": "APPLE", "Title": "", "Units": "3", "Promo Code": ""}
    assert list(row) == ["Provider", "Title", "Units", "Promo Code"] and len(row) == 4
    assert list(row.values()) == ["APPLE", "", "3", ""]
    assert row.get("Units") == "3" and row.get("Nope") is None and "Nope" not in row
    assert repr(row) == "Row({'Provider': 'APPLE', 'Title': '', 'Units': '3', 'Promo Code': ''})"
    with pytest.raises(TypeError):
        row["Units"] = "4"  # type: ignore[index]
    assert pickle.loads(pickle.dumps(row)) == {
        "Provider": "APPLE",
        "Title": "",
        "Units": "3",
        "Promo Code": "",
    }


def test_q12_a_blank_header_name_and_a_blank_trailer_value_are_empty(decode_all: DecodeAll) -> None:
    _, decoder = decode_all(b"A\t \tC\n1\t2\t3\n\nTotal_Amount\t \n")

    assert decoder.fieldnames == ("A", "", "C")
    assert decoder.trailer == {"Total_Amount": ""}


def test_quoted_mode_keeps_a_quoted_space_but_empties_a_bare_blank(decode_all: DecodeAll) -> None:
    rows, _ = decode_all(b'Date\tA\tB\n2025-01-07\t" "\t \n', quoted=True)

    assert dict(rows[0]) == {"Date": "2025-01-07", "A": " ", "B": ""}


def test_a_row_with_more_fields_than_the_header_is_an_error(decode_all: DecodeAll) -> None:
    with pytest.raises(ReportFormatError, match=r"line 3 .* 5 tab-separated fields but the header has 4"):
        decode_all((HEADER + "A\tB\t1\tC\nA\tB\t1\tC\textra\n").encode())


def test_a_line_of_exactly_the_cap_is_a_line_and_pending_text_is_counted_afresh() -> None:
    exact = LineDecoder(max_line_chars=5)
    assert exact.decode(b"12345\n") == ["12345"]

    joined = LineDecoder(max_line_chars=5)
    parts = [joined.decode(chunk) for chunk in (b"12", b"3\n1234", b"5", b"\n")]
    assert parts == [[], ["123"], [], ["12345"]]  # the held "12" was released before "1234" is held


def test_not_utf8_names_the_line_it_is_on() -> None:
    decoder = LineDecoder()
    decoder.decode(b"a\nb\n")
    with pytest.raises(ReportFormatError, match=r"near line 3$"):
        decoder.decode(b"\xff\n")


def test_a_body_shorter_than_the_gzip_magic_is_kept_and_an_empty_one_gives_nothing() -> None:
    short = GzipDecoder()
    assert [*short.decode(b"a"), *short.flush()] == [b"a"]
    empty = GzipDecoder()
    assert [*empty.decode(b""), *empty.flush()] == []


def test_quotes_are_kept_unless_asked_to_unquote(decode_all: DecodeAll) -> None:
    body = b'Name\tValue\n"x"\t"y"\n'

    rows, _ = decode_all(body)
    assert rows == [{"Name": '"x"', "Value": '"y"'}]

    parser = RowParser()
    assert [dict(row) for row in parser.parse(["Name\tValue", '"x"\t"y"'], 1)] == [
        {"Name": '"x"', "Value": '"y"'}
    ]


def test_quoted_rows_are_counted_one_each() -> None:
    parser = RowParser(quoted=True)
    rows = list(parser.parse(["Name\tValue", '"a"\t"1"', '"b"\t"2"', '"c"\t"3"'], 1))
    assert len(rows) == 3 and parser.rows == 3


def test_a_page_that_is_not_a_report_is_shown_by_its_first_sixty_characters(decode_all: DecodeAll) -> None:
    page = "<html>" + "x" * 100
    with pytest.raises(ReportFormatError) as raised:
        decode_all(page.encode() + b"\n")
    assert repr(page[:60]) in str(raised.value)
