from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.beta_feedback_crash_submission_relationships_build import (
        BetaFeedbackCrashSubmissionRelationshipsBuild,
    )
    from ..models.beta_feedback_crash_submission_relationships_crash_log import (
        BetaFeedbackCrashSubmissionRelationshipsCrashLog,
    )
    from ..models.beta_feedback_crash_submission_relationships_tester import (
        BetaFeedbackCrashSubmissionRelationshipsTester,
    )


T = TypeVar("T", bound="BetaFeedbackCrashSubmissionRelationships")
_KNOWN_KEYS = frozenset(
    {
        "build",
        "crashLog",
        "tester",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        BetaFeedbackCrashSubmissionRelationshipsBuild, \
        BetaFeedbackCrashSubmissionRelationshipsCrashLog, \
        BetaFeedbackCrashSubmissionRelationshipsTester
    from ..models.beta_feedback_crash_submission_relationships_build import (
        BetaFeedbackCrashSubmissionRelationshipsBuild,
    )
    from ..models.beta_feedback_crash_submission_relationships_crash_log import (
        BetaFeedbackCrashSubmissionRelationshipsCrashLog,
    )
    from ..models.beta_feedback_crash_submission_relationships_tester import (
        BetaFeedbackCrashSubmissionRelationshipsTester,
    )

    _LAZY_IMPORTS_DONE = True


def _read_build(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_build = src_dict.get("build")
    if _raw_build is None:
        build = None
    else:
        build = BetaFeedbackCrashSubmissionRelationshipsBuild.from_dict(_raw_build)

    return build


def _read_crash_log(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_crash_log = src_dict.get("crashLog")
    if _raw_crash_log is None:
        crash_log = None
    else:
        crash_log = BetaFeedbackCrashSubmissionRelationshipsCrashLog.from_dict(_raw_crash_log)

    return crash_log


def _read_tester(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_tester = src_dict.get("tester")
    if _raw_tester is None:
        tester = None
    else:
        tester = BetaFeedbackCrashSubmissionRelationshipsTester.from_dict(_raw_tester)

    return tester


_READERS: dict[str, Any] = {
    "build": _read_build,
    "crash_log": _read_crash_log,
    "tester": _read_tester,
}


@_attrs_define(repr=False)
class BetaFeedbackCrashSubmissionRelationships:
    """
    Attributes:
        build (BetaFeedbackCrashSubmissionRelationshipsBuild | Unset):
        crash_log (BetaFeedbackCrashSubmissionRelationshipsCrashLog | Unset):
        tester (BetaFeedbackCrashSubmissionRelationshipsTester | Unset):
    """

    build: BetaFeedbackCrashSubmissionRelationshipsBuild | None = None
    crash_log: BetaFeedbackCrashSubmissionRelationshipsCrashLog | None = None
    tester: BetaFeedbackCrashSubmissionRelationshipsTester | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        build: Any = None
        if self.build is not None:
            build = self.build.to_dict()

        crash_log: Any = None
        if self.crash_log is not None:
            crash_log = self.crash_log.to_dict()

        tester: Any = None
        if self.tester is not None:
            tester = self.tester.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if build is not None:
            field_dict["build"] = build
        if crash_log is not None:
            field_dict["crashLog"] = crash_log
        if tester is not None:
            field_dict["tester"] = tester
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # build, crash_log, tester: read on first access
        _extra = {} if src_dict.keys() <= _KNOWN_KEYS else extra_properties(src_dict, _KNOWN_KEYS)
        _model.additional_properties = _extra
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
