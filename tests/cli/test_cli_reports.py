"""`asc reports`: sales, finance and analytics rows from the sandbox as TSV, CSV and JSON."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from cli_support import run_asc, stdout_json
from click.testing import CliRunner, Result

from app_store_connect.cli import ExitCode, asc
from app_store_connect.sandbox import Sandbox

APP = Sandbox().app_ids[0]  # the seeded account is the same for the same seed
DOWNLOADS = "App Downloads Standard"


def invoke(*args: str) -> Result:
    """`asc --sandbox ARGS` in this process."""
    return CliRunner().invoke(asc, ["--sandbox", *args], env={"ASC_VENDOR_NUMBER": None})


def test_q12_sales_report_as_tsv_end_to_end() -> None:
    result = run_asc("--sandbox", "reports", "sales", "--date", "2024-01-02")

    assert result.returncode == ExitCode.OK, result.stderr
    header, *lines = result.stdout.splitlines()
    columns = header.split("\t")
    assert {"Units", "Begin Date", "Apple Identifier"} <= set(columns)
    rows = [dict(zip(columns, line.split("\t"), strict=True)) for line in lines]
    assert rows and {row["Begin Date"] for row in rows} == {"01/02/2024"}


def test_sales_report_as_csv_to_a_file(tmp_path: Path) -> None:
    path = tmp_path / "sales.csv"

    result = invoke("reports", "sales", "--date", "2024-01-02", "--format", "csv", "-o", str(path))

    assert result.exit_code == ExitCode.OK, result.stderr
    with path.open(newline="") as file:
        rows = list(csv.DictReader(file))
    assert result.stdout == ""
    assert result.stderr == f"asc: wrote {len(rows)} rows to {path}\n"
    assert rows and all(row["Begin Date"] == "01/02/2024" for row in rows)


def test_sales_report_as_json_matches_the_tsv() -> None:
    as_json = json.loads(invoke("--json", "reports", "sales", "--date", "2024-01-02").stdout)
    as_tsv = invoke("reports", "sales", "--date", "2024-01-02").stdout.splitlines()

    assert [list(row.values()) for row in as_json] == [line.split("\t") for line in as_tsv[1:]]
    assert list(as_json[0]) == as_tsv[0].split("\t")


def test_q12_a_day_without_sales_is_an_empty_report_not_an_error() -> None:
    result = invoke("reports", "sales", "--date", "2020-01-02")

    assert result.exit_code == ExitCode.OK
    assert result.stdout == ""
    assert "no sales for that date" in result.stderr
    assert invoke("reports", "sales", "--date", "2020-01-02", "--json").stdout == "[]\n"


def test_q12_finance_report_end_to_end_leaves_the_trailer_out_of_the_rows() -> None:
    result = run_asc("--sandbox", "--json", "reports", "finance", "--date", "2025-02")

    rows = stdout_json(result)
    assert rows and {(row["Start Date"], row["End Date"]) for row in rows} == {("02/01/2025", "02/28/2025")}
    assert not any(row["Start Date"].startswith("Total_") for row in rows)
    assert {row["Product Type Identifier"] for row in rows} == {"IA1"}


def test_finance_detail_and_a_month_without_data() -> None:
    detail = invoke("reports", "finance", "--date", "2025-02", "--type", "FINANCE_DETAIL")
    before = invoke("reports", "finance", "--date", "2023-12")

    assert detail.exit_code == ExitCode.OK, detail.stderr
    assert detail.stdout == invoke("reports", "finance", "--date", "2025-02").stdout
    assert (before.exit_code, before.stdout) == (ExitCode.OK, "")
    assert "no sales for that date" in before.stderr


def test_report_arguments_apple_would_refuse_are_usage_errors() -> None:
    result = invoke("reports", "sales", "--type", "SUBSCRIPTION")

    assert result.exit_code == ExitCode.USAGE
    assert "need a report_date" in result.stderr


def test_sales_report_needs_a_vendor_number_outside_the_sandbox(stranger_key_file: Path) -> None:
    result = CliRunner().invoke(
        asc, ["--key-file", str(stranger_key_file), "reports", "sales"], env={"ASC_VENDOR_NUMBER": None}
    )

    assert result.exit_code == ExitCode.USAGE
    assert "give --vendor or set ASC_VENDOR_NUMBER" in result.stderr


def test_analytics_lists_the_reports_of_an_app() -> None:
    result = invoke("reports", "analytics", APP, "--json")

    assert result.exit_code == ExitCode.OK, result.stderr
    listed = json.loads(result.stdout)
    assert DOWNLOADS in {report["name"] for report in listed}
    assert {"id", "name", "category"} == set(listed[0])


def test_q11_analytics_rows_are_merged_so_each_day_counts_once() -> None:
    result = invoke("reports", "analytics", APP, "--report", DOWNLOADS, "--json")

    assert result.exit_code == ExitCode.OK, result.stderr
    rows = json.loads(result.stdout)
    keys = [tuple(v for k, v in row.items() if k not in {"Counts", "Processing Date"}) for row in rows]
    assert rows and len(keys) == len(set(keys))


def test_analytics_report_that_does_not_exist_is_not_found() -> None:
    result = invoke("reports", "analytics", APP, "--report", "No Such Report")

    assert result.exit_code == ExitCode.NOT_FOUND
    assert result.stderr == (
        f"asc: error: app {APP} has no analytics report named 'No Such Report'; "
        f"list them with `asc reports analytics {APP}`\n"
    )
