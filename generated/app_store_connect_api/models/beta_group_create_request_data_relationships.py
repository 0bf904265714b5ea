from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.beta_group_create_request_data_relationships_app import (
        BetaGroupCreateRequestDataRelationshipsApp,
    )
    from ..models.beta_group_create_request_data_relationships_beta_testers import (
        BetaGroupCreateRequestDataRelationshipsBetaTesters,
    )
    from ..models.beta_group_create_request_data_relationships_builds import (
        BetaGroupCreateRequestDataRelationshipsBuilds,
    )


T = TypeVar("T", bound="BetaGroupCreateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "app",
        "betaTesters",
        "builds",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        BetaGroupCreateRequestDataRelationshipsApp, \
        BetaGroupCreateRequestDataRelationshipsBetaTesters, \
        BetaGroupCreateRequestDataRelationshipsBuilds
    from ..models.beta_group_create_request_data_relationships_app import (
        BetaGroupCreateRequestDataRelationshipsApp,
    )
    from ..models.beta_group_create_request_data_relationships_beta_testers import (
        BetaGroupCreateRequestDataRelationshipsBetaTesters,
    )
    from ..models.beta_group_create_request_data_relationships_builds import (
        BetaGroupCreateRequestDataRelationshipsBuilds,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class BetaGroupCreateRequestDataRelationships:
    """
    Attributes:
        app (BetaGroupCreateRequestDataRelationshipsApp):
        beta_testers (BetaGroupCreateRequestDataRelationshipsBetaTesters | Unset):
        builds (BetaGroupCreateRequestDataRelationshipsBuilds | Unset):
    """

    app: BetaGroupCreateRequestDataRelationshipsApp
    beta_testers: BetaGroupCreateRequestDataRelationshipsBetaTesters | Unset | None = UNSET
    builds: BetaGroupCreateRequestDataRelationshipsBuilds | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app = self.app.to_dict()

        beta_testers: dict[str, Any] | Unset | None
        if self.beta_testers is None:
            beta_testers = None
        else:
            beta_testers = UNSET
            if not isinstance(self.beta_testers, Unset):
                beta_testers = self.beta_testers.to_dict()

        builds: dict[str, Any] | Unset | None
        if self.builds is None:
            builds = None
        else:
            builds = UNSET
            if not isinstance(self.builds, Unset):
                builds = self.builds.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["app"] = app
        if beta_testers is not UNSET:
            field_dict["betaTesters"] = beta_testers
        if builds is not UNSET:
            field_dict["builds"] = builds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app = BetaGroupCreateRequestDataRelationshipsApp.from_dict(src_dict["app"])

        _raw_beta_testers = src_dict.get("betaTesters", UNSET)
        if _raw_beta_testers is None:
            beta_testers = None
        else:
            _beta_testers = _raw_beta_testers
            beta_testers: BetaGroupCreateRequestDataRelationshipsBetaTesters | Unset
            if isinstance(_beta_testers, Unset):
                beta_testers = UNSET
            else:
                beta_testers = BetaGroupCreateRequestDataRelationshipsBetaTesters.from_dict(_beta_testers)

        _raw_builds = src_dict.get("builds", UNSET)
        if _raw_builds is None:
            builds = None
        else:
            _builds = _raw_builds
            builds: BetaGroupCreateRequestDataRelationshipsBuilds | Unset
            if isinstance(_builds, Unset):
                builds = UNSET
            else:
                builds = BetaGroupCreateRequestDataRelationshipsBuilds.from_dict(_builds)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app = app
        _model.beta_testers = beta_testers
        _model.builds = builds
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
