from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.beta_group_relationships_app import BetaGroupRelationshipsApp
    from ..models.beta_group_relationships_beta_recruitment_criteria import (
        BetaGroupRelationshipsBetaRecruitmentCriteria,
    )
    from ..models.beta_group_relationships_beta_recruitment_criterion_compatible_build_check import (
        BetaGroupRelationshipsBetaRecruitmentCriterionCompatibleBuildCheck,
    )
    from ..models.beta_group_relationships_beta_testers import BetaGroupRelationshipsBetaTesters
    from ..models.beta_group_relationships_builds import BetaGroupRelationshipsBuilds


T = TypeVar("T", bound="BetaGroupRelationships")
_KNOWN_KEYS = frozenset(
    {
        "app",
        "betaRecruitmentCriteria",
        "betaRecruitmentCriterionCompatibleBuildCheck",
        "betaTesters",
        "builds",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        BetaGroupRelationshipsApp, \
        BetaGroupRelationshipsBetaRecruitmentCriteria, \
        BetaGroupRelationshipsBetaRecruitmentCriterionCompatibleBuildCheck, \
        BetaGroupRelationshipsBetaTesters, \
        BetaGroupRelationshipsBuilds
    from ..models.beta_group_relationships_app import BetaGroupRelationshipsApp
    from ..models.beta_group_relationships_beta_recruitment_criteria import (
        BetaGroupRelationshipsBetaRecruitmentCriteria,
    )
    from ..models.beta_group_relationships_beta_recruitment_criterion_compatible_build_check import (
        BetaGroupRelationshipsBetaRecruitmentCriterionCompatibleBuildCheck,
    )
    from ..models.beta_group_relationships_beta_testers import BetaGroupRelationshipsBetaTesters
    from ..models.beta_group_relationships_builds import BetaGroupRelationshipsBuilds

    _LAZY_IMPORTS_DONE = True


def _read_app(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app = src_dict.get("app")
    if _raw_app is None:
        app = None
    else:
        app = BetaGroupRelationshipsApp.from_dict(_raw_app)

    return app


def _read_beta_recruitment_criteria(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_beta_recruitment_criteria = src_dict.get("betaRecruitmentCriteria")
    if _raw_beta_recruitment_criteria is None:
        beta_recruitment_criteria = None
    else:
        beta_recruitment_criteria = BetaGroupRelationshipsBetaRecruitmentCriteria.from_dict(
            _raw_beta_recruitment_criteria
        )

    return beta_recruitment_criteria


def _read_beta_recruitment_criterion_compatible_build_check(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_beta_recruitment_criterion_compatible_build_check = src_dict.get(
        "betaRecruitmentCriterionCompatibleBuildCheck"
    )
    if _raw_beta_recruitment_criterion_compatible_build_check is None:
        beta_recruitment_criterion_compatible_build_check = None
    else:
        beta_recruitment_criterion_compatible_build_check = (
            BetaGroupRelationshipsBetaRecruitmentCriterionCompatibleBuildCheck.from_dict(
                _raw_beta_recruitment_criterion_compatible_build_check
            )
        )

    return beta_recruitment_criterion_compatible_build_check


def _read_beta_testers(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_beta_testers = src_dict.get("betaTesters")
    if _raw_beta_testers is None:
        beta_testers = None
    else:
        beta_testers = BetaGroupRelationshipsBetaTesters.from_dict(_raw_beta_testers)

    return beta_testers


def _read_builds(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_builds = src_dict.get("builds")
    if _raw_builds is None:
        builds = None
    else:
        builds = BetaGroupRelationshipsBuilds.from_dict(_raw_builds)

    return builds


_READERS: dict[str, Any] = {
    "app": _read_app,
    "beta_recruitment_criteria": _read_beta_recruitment_criteria,
    "beta_recruitment_criterion_compatible_build_check": _read_beta_recruitment_criterion_compatible_build_check,
    "beta_testers": _read_beta_testers,
    "builds": _read_builds,
}


@_attrs_define(repr=False)
class BetaGroupRelationships:
    """
    Attributes:
        app (BetaGroupRelationshipsApp | Unset):
        beta_recruitment_criteria (BetaGroupRelationshipsBetaRecruitmentCriteria | Unset):
        beta_recruitment_criterion_compatible_build_check
            (BetaGroupRelationshipsBetaRecruitmentCriterionCompatibleBuildCheck | Unset):
        beta_testers (BetaGroupRelationshipsBetaTesters | Unset):
        builds (BetaGroupRelationshipsBuilds | Unset):
    """

    app: BetaGroupRelationshipsApp | None = None
    beta_recruitment_criteria: BetaGroupRelationshipsBetaRecruitmentCriteria | None = None
    beta_recruitment_criterion_compatible_build_check: (
        BetaGroupRelationshipsBetaRecruitmentCriterionCompatibleBuildCheck | None
    ) = None
    beta_testers: BetaGroupRelationshipsBetaTesters | None = None
    builds: BetaGroupRelationshipsBuilds | None = None
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
        app: Any = None
        if self.app is not None:
            app = self.app.to_dict()

        beta_recruitment_criteria: Any = None
        if self.beta_recruitment_criteria is not None:
            beta_recruitment_criteria = self.beta_recruitment_criteria.to_dict()

        beta_recruitment_criterion_compatible_build_check: Any = None
        if self.beta_recruitment_criterion_compatible_build_check is not None:
            beta_recruitment_criterion_compatible_build_check = (
                self.beta_recruitment_criterion_compatible_build_check.to_dict()
            )

        beta_testers: Any = None
        if self.beta_testers is not None:
            beta_testers = self.beta_testers.to_dict()

        builds: Any = None
        if self.builds is not None:
            builds = self.builds.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app is not None:
            field_dict["app"] = app
        if beta_recruitment_criteria is not None:
            field_dict["betaRecruitmentCriteria"] = beta_recruitment_criteria
        if beta_recruitment_criterion_compatible_build_check is not None:
            field_dict["betaRecruitmentCriterionCompatibleBuildCheck"] = (
                beta_recruitment_criterion_compatible_build_check
            )
        if beta_testers is not None:
            field_dict["betaTesters"] = beta_testers
        if builds is not None:
            field_dict["builds"] = builds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app, beta_recruitment_criteria, beta_recruitment_criterion_compatible_build_check, beta_testers, builds: read on first access
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
