"""Errors raised by the report helpers; all derive from the library's one exception tree."""

from __future__ import annotations

from .._errors import AppStoreConnectError, ConfigurationError


class ReportArgumentError(ConfigurationError):
    """A report was asked for with arguments Apple would refuse; raised before any request."""


class ReportFormatError(AppStoreConnectError):
    """A downloaded report is not what its format promises (truncated, ragged rows, wrong totals)."""


class ChecksumMismatchError(ReportFormatError):
    """A downloaded analytics segment does not match the checksum or size Apple announced for it."""


class ReportConsumedError(AppStoreConnectError, RuntimeError):
    """A report's body was already read (reports stream once, so memory stays constant)."""


class AnalyticsRequestError(AppStoreConnectError):
    """An analytics report request could not be created or found (key role, ghost requests: Q10)."""
