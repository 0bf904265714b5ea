from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.beta_tester_create_request_data_relationships_beta_groups import (
        BetaTesterCreateRequestDataRelationshipsBetaGroups,
    )
    from ..models.beta_tester_create_request_data_relationships_builds import (
        BetaTesterCreateRequestDataRelationshipsBuilds,
    )


T = TypeVar("T", bound="BetaTesterCreateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "betaGroups",
        "builds",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        BetaTesterCreateRequestDataRelationshipsBetaGroups, \
        BetaTesterCreateRequestDataRelationshipsBuilds
    from ..models.beta_tester_create_request_data_relationships_beta_groups import (
        BetaTesterCreateRequestDataRelationshipsBetaGroups,
    )
    from ..models.beta_tester_create_request_data_relationships_builds import (
        BetaTesterCreateRequestDataRelationshipsBuilds,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class BetaTesterCreateRequestDataRelationships:
    """
    Attributes:
        beta_groups (BetaTesterCreateRequestDataRelationshipsBetaGroups | Unset):
        builds (BetaTesterCreateRequestDataRelationshipsBuilds | Unset):
    """

    beta_groups: BetaTesterCreateRequestDataRelationshipsBetaGroups | Unset | None = UNSET
    builds: BetaTesterCreateRequestDataRelationshipsBuilds | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        beta_groups: dict[str, Any] | Unset | None
        if self.beta_groups is None:
            beta_groups = None
        else:
            beta_groups = UNSET
            if not isinstance(self.beta_groups, Unset):
                beta_groups = self.beta_groups.to_dict()

        builds: dict[str, Any] | Unset | None
        if self.builds is None:
            builds = None
        else:
            builds = UNSET
            if not isinstance(self.builds, Unset):
                builds = self.builds.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if beta_groups is not UNSET:
            field_dict["betaGroups"] = beta_groups
        if builds is not UNSET:
            field_dict["builds"] = builds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_beta_groups = src_dict.get("betaGroups", UNSET)
        if _raw_beta_groups is None:
            beta_groups = None
        else:
            _beta_groups = _raw_beta_groups
            beta_groups: BetaTesterCreateRequestDataRelationshipsBetaGroups | Unset
            if isinstance(_beta_groups, Unset):
                beta_groups = UNSET
            else:
                beta_groups = BetaTesterCreateRequestDataRelationshipsBetaGroups.from_dict(_beta_groups)

        _raw_builds = src_dict.get("builds", UNSET)
        if _raw_builds is None:
            builds = None
        else:
            _builds = _raw_builds
            builds: BetaTesterCreateRequestDataRelationshipsBuilds | Unset
            if isinstance(_builds, Unset):
                builds = UNSET
            else:
                builds = BetaTesterCreateRequestDataRelationshipsBuilds.from_dict(_builds)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.beta_groups = beta_groups
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
