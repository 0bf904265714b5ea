from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        build: Any = None
        if self.build is not None:
            build = UNSET
            if not isinstance(self.build, Unset):
                build = self.build.to_dict()

        crash_log: Any = None
        if self.crash_log is not None:
            crash_log = UNSET
            if not isinstance(self.crash_log, Unset):
                crash_log = self.crash_log.to_dict()

        tester: Any = None
        if self.tester is not None:
            tester = UNSET
            if not isinstance(self.tester, Unset):
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
        d = dict(src_dict)
        _raw_build = d.pop("build", None)
        if _raw_build is None:
            build = None
        else:
            _build = _raw_build
            build: BetaFeedbackCrashSubmissionRelationshipsBuild | Unset
            if isinstance(_build, Unset):
                build = UNSET
            else:
                build = BetaFeedbackCrashSubmissionRelationshipsBuild.from_dict(_build)

        _raw_crash_log = d.pop("crashLog", None)
        if _raw_crash_log is None:
            crash_log = None
        else:
            _crash_log = _raw_crash_log
            crash_log: BetaFeedbackCrashSubmissionRelationshipsCrashLog | Unset
            if isinstance(_crash_log, Unset):
                crash_log = UNSET
            else:
                crash_log = BetaFeedbackCrashSubmissionRelationshipsCrashLog.from_dict(_crash_log)

        _raw_tester = d.pop("tester", None)
        if _raw_tester is None:
            tester = None
        else:
            _tester = _raw_tester
            tester: BetaFeedbackCrashSubmissionRelationshipsTester | Unset
            if isinstance(_tester, Unset):
                tester = UNSET
            else:
                tester = BetaFeedbackCrashSubmissionRelationshipsTester.from_dict(_tester)

        beta_feedback_crash_submission_relationships = cls(
            build=build,
            crash_log=crash_log,
            tester=tester,
        )
        beta_feedback_crash_submission_relationships.additional_properties = d
        return beta_feedback_crash_submission_relationships

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
