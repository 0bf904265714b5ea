"""`asc reports sales|finance|analytics`: reports as TSV, CSV or JSON rows, with a progress bar."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path

import click

from ..reports import (
    FinanceReportType,
    Frequency,
    Granularity,
    Report,
    ReportCategory,
    Row,
    SalesReportSubType,
    SalesReportType,
    analytics_reports,
    analytics_rows,
    ensure_report_request,
    finance_report,
    sales_report,
)
from ._exit import ExitCode, fail
from ._listing import app_id as resolve_app
from ._output import progress_bar, progress_hidden, write_listing
from ._rows import opened, output_options, write_rows
from ._session import Session, pass_session


def _choice(kind: type[StrEnum]) -> click.Choice[str]:
    return click.Choice([member.value for member in kind])


vendor_option = click.option(
    "--vendor",
    help="Vendor number (Payments and Financial Reports); default: ASC_VENDOR_NUMBER, or the sandbox's.",
)


@click.group()
def reports() -> None:
    """Sales, finance and analytics reports as TSV, CSV or JSON rows."""


@reports.command()
@vendor_option
@click.option("--type", "report_type", type=_choice(SalesReportType), default="SALES", show_default=True)
@click.option("--sub-type", type=_choice(SalesReportSubType), help="Default: the type's only or usual one.")
@click.option("--frequency", type=_choice(Frequency), help="Default: DAILY where the type has it.")
@click.option(
    "--date",
    "report_date",
    help="YYYY-MM-DD (DAILY, WEEKLY), YYYY-MM (MONTHLY) or YYYY (YEARLY); default: the latest report.",
)
@click.option("--version", help="Report version; default: the newest for the type.")
@output_options
@pass_session
def sales(
    session: Session,
    vendor: str | None,
    report_type: str,
    sub_type: str | None,
    frequency: str | None,
    report_date: str | None,
    version: str | None,
    output_format: str | None,
    output: Path | None,
) -> None:
    """A sales and trends report; a day without sales is an empty report, not an error."""
    _download(
        session,
        "sales report",
        sales_report,
        output_format,
        output,
        vendor_number=_vendor(session, vendor),
        report_type=report_type,
        report_sub_type=sub_type,
        frequency=frequency,
        report_date=report_date,
        version=version,
    )


@reports.command()
@vendor_option
@click.option("--date", "report_date", required=True, help="Apple's fiscal month, YYYY-MM.")
@click.option(
    "--type", "report_type", type=_choice(FinanceReportType), default="FINANCIAL", show_default=True
)
@click.option("--region", help="Region code; default: ZZ (all regions), or Z1 for FINANCE_DETAIL.")
@output_options
@pass_session
def finance(
    session: Session,
    vendor: str | None,
    report_date: str,
    report_type: str,
    region: str | None,
    output_format: str | None,
    output: Path | None,
) -> None:
    """A financial report of one fiscal month (its Total_* lines are left out of the rows)."""
    _download(
        session,
        "finance report",
        finance_report,
        output_format,
        output,
        vendor_number=_vendor(session, vendor),
        report_date=report_date,
        report_type=report_type,
        region_code=region,
    )


@reports.command()
@click.argument("app")
@click.option(
    "--report",
    "report_name",
    help="The report's exact name, e.g. 'App Downloads Standard'; without it, the reports are listed.",
)
@click.option("--category", type=_choice(ReportCategory), help="Only reports of this category.")
@click.option("--granularity", type=_choice(Granularity), default="DAILY", show_default=True)
@click.option("--from", "processed_from", metavar="YYYY-MM-DD", help="First processing date to read.")
@click.option("--to", "processed_to", metavar="YYYY-MM-DD", help="Last processing date to read.")
@output_options
@pass_session
def analytics(
    session: Session,
    app: str,
    report_name: str | None,
    category: str | None,
    granularity: str,
    processed_from: str | None,
    processed_to: str | None,
    output_format: str | None,
    output: Path | None,
) -> None:
    """Rows of an app's analytics report (APP: its Apple id or bundle id), merged so restated days count once.

    Uses the app's ONGOING report request, creating it the first time (that needs an Admin key,
    and Apple then takes a day or two to produce reports).
    """
    asc = session.client
    app_id = resolve_app(session, app)
    found = analytics_reports(asc, ensure_report_request(asc, app_id), category=category, name=report_name)
    if report_name is None:
        listing = [asdict(report) for report in found]
        write_listing(listing, ("name", "category", "id"), session.output_format)
        return
    if not found:
        fail(
            f"app {app_id} has no analytics report named {report_name!r}; "
            f"list them with `asc reports analytics {app_id}`",
            ExitCode.NOT_FOUND,
            machine=session.machine,
        )
    hidden = progress_hidden(machine=session.machine, to_stdout=output is None)
    with progress_bar("analytics segments", hidden=hidden) as progress:
        rows = analytics_rows(
            asc,
            found[0],
            granularity=granularity,
            processed_from=processed_from,
            processed_to=processed_to,
            progress=progress,
        )
    _write(session, rows, output_format, output)


def _vendor(session: Session, given: str | None) -> str:
    if given:
        return given
    if session.sandbox is not None:
        return session.sandbox.vendor_number
    from_env = os.environ.get("ASC_VENDOR_NUMBER", "").strip()
    if not from_env:
        raise click.UsageError(
            "give --vendor or set ASC_VENDOR_NUMBER: the digits under your legal entity's name in "
            "App Store Connect > Payments and Financial Reports"
        )
    return from_env


def _download(
    session: Session,
    title: str,
    fetch: Callable[..., AbstractContextManager[Report]],
    output_format: str | None,
    output: Path | None,
    **arguments: str | None,
) -> None:
    """Fetch a sales or finance report with a progress bar and write its rows."""
    with (
        progress_bar(
            title, hidden=progress_hidden(machine=session.machine, to_stdout=output is None)
        ) as progress,
        fetch(session.client, progress=progress, **arguments) as report,
    ):
        _write(session, report, output_format, output)
    _note_no_sales(session, report.no_sales)


def _write(session: Session, rows: Iterable[Row], output_format: str | None, output: Path | None) -> None:
    """Write the rows to stdout or `output`; a file's row count is reported on stderr."""
    with opened(output) as out:
        count = write_rows(rows, out, output_format or _default_format(session))
    if output is not None and not session.machine:
        click.echo(f"asc: wrote {count} rows to {output}", err=True)


def _note_no_sales(session: Session, no_sales: bool) -> None:
    if no_sales and not session.machine:
        click.echo("asc: Apple has no sales for that date: the report is empty", err=True)


def _default_format(session: Session) -> str:
    """Rows as --output asks (json, csv), else TSV as Apple writes reports."""
    return session.options.output if session.options.output in ("json", "csv") else "tsv"
