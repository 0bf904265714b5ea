from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.ci_build_action_relationships_artifacts import CiBuildActionRelationshipsArtifacts
    from ..models.ci_build_action_relationships_build_run import CiBuildActionRelationshipsBuildRun
    from ..models.ci_build_action_relationships_issues import CiBuildActionRelationshipsIssues
    from ..models.ci_build_action_relationships_test_results import CiBuildActionRelationshipsTestResults


T = TypeVar("T", bound="CiBuildActionRelationships")
_KNOWN_KEYS = frozenset(
    {
        "artifacts",
        "buildRun",
        "issues",
        "testResults",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        CiBuildActionRelationshipsArtifacts, \
        CiBuildActionRelationshipsBuildRun, \
        CiBuildActionRelationshipsIssues, \
        CiBuildActionRelationshipsTestResults
    from ..models.ci_build_action_relationships_artifacts import CiBuildActionRelationshipsArtifacts
    from ..models.ci_build_action_relationships_build_run import CiBuildActionRelationshipsBuildRun
    from ..models.ci_build_action_relationships_issues import CiBuildActionRelationshipsIssues
    from ..models.ci_build_action_relationships_test_results import CiBuildActionRelationshipsTestResults

    _LAZY_IMPORTS_DONE = True


def _read_artifacts(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_artifacts = src_dict.get("artifacts")
    if _raw_artifacts is None:
        artifacts = None
    else:
        artifacts = CiBuildActionRelationshipsArtifacts.from_dict(_raw_artifacts)

    return artifacts


def _read_build_run(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_build_run = src_dict.get("buildRun")
    if _raw_build_run is None:
        build_run = None
    else:
        build_run = CiBuildActionRelationshipsBuildRun.from_dict(_raw_build_run)

    return build_run


def _read_issues(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_issues = src_dict.get("issues")
    if _raw_issues is None:
        issues = None
    else:
        issues = CiBuildActionRelationshipsIssues.from_dict(_raw_issues)

    return issues


def _read_test_results(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_test_results = src_dict.get("testResults")
    if _raw_test_results is None:
        test_results = None
    else:
        test_results = CiBuildActionRelationshipsTestResults.from_dict(_raw_test_results)

    return test_results


_READERS: dict[str, Any] = {
    "artifacts": _read_artifacts,
    "build_run": _read_build_run,
    "issues": _read_issues,
    "test_results": _read_test_results,
}


@_attrs_define(repr=False)
class CiBuildActionRelationships:
    """
    Attributes:
        artifacts (CiBuildActionRelationshipsArtifacts | Unset):
        build_run (CiBuildActionRelationshipsBuildRun | Unset):
        issues (CiBuildActionRelationshipsIssues | Unset):
        test_results (CiBuildActionRelationshipsTestResults | Unset):
    """

    artifacts: CiBuildActionRelationshipsArtifacts | None = None
    build_run: CiBuildActionRelationshipsBuildRun | None = None
    issues: CiBuildActionRelationshipsIssues | None = None
    test_results: CiBuildActionRelationshipsTestResults | None = None
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
        artifacts: Any = None
        if self.artifacts is not None:
            artifacts = self.artifacts.to_dict()

        build_run: Any = None
        if self.build_run is not None:
            build_run = self.build_run.to_dict()

        issues: Any = None
        if self.issues is not None:
            issues = self.issues.to_dict()

        test_results: Any = None
        if self.test_results is not None:
            test_results = self.test_results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if artifacts is not None:
            field_dict["artifacts"] = artifacts
        if build_run is not None:
            field_dict["buildRun"] = build_run
        if issues is not None:
            field_dict["issues"] = issues
        if test_results is not None:
            field_dict["testResults"] = test_results
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # artifacts, build_run, issues, test_results: read on first access
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
