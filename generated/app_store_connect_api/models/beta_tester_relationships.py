from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.beta_tester_relationships_apps import BetaTesterRelationshipsApps
    from ..models.beta_tester_relationships_beta_groups import BetaTesterRelationshipsBetaGroups
    from ..models.beta_tester_relationships_builds import BetaTesterRelationshipsBuilds


T = TypeVar("T", bound="BetaTesterRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        BetaTesterRelationshipsApps, \
        BetaTesterRelationshipsBetaGroups, \
        BetaTesterRelationshipsBuilds
    from ..models.beta_tester_relationships_apps import BetaTesterRelationshipsApps
    from ..models.beta_tester_relationships_beta_groups import BetaTesterRelationshipsBetaGroups
    from ..models.beta_tester_relationships_builds import BetaTesterRelationshipsBuilds

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class BetaTesterRelationships:
    """
    Attributes:
        apps (BetaTesterRelationshipsApps | Unset):
        beta_groups (BetaTesterRelationshipsBetaGroups | Unset):
        builds (BetaTesterRelationshipsBuilds | Unset):
    """

    apps: BetaTesterRelationshipsApps | None = None
    beta_groups: BetaTesterRelationshipsBetaGroups | None = None
    builds: BetaTesterRelationshipsBuilds | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        apps: Any = None
        if self.apps is not None:
            apps = UNSET
            if not isinstance(self.apps, Unset):
                apps = self.apps.to_dict()

        beta_groups: Any = None
        if self.beta_groups is not None:
            beta_groups = UNSET
            if not isinstance(self.beta_groups, Unset):
                beta_groups = self.beta_groups.to_dict()

        builds: Any = None
        if self.builds is not None:
            builds = UNSET
            if not isinstance(self.builds, Unset):
                builds = self.builds.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if apps is not None:
            field_dict["apps"] = apps
        if beta_groups is not None:
            field_dict["betaGroups"] = beta_groups
        if builds is not None:
            field_dict["builds"] = builds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_apps = d.pop("apps", None)
        if _raw_apps is None:
            apps = None
        else:
            _apps = _raw_apps
            apps: BetaTesterRelationshipsApps | Unset
            if isinstance(_apps, Unset):
                apps = UNSET
            else:
                apps = BetaTesterRelationshipsApps.from_dict(_apps)

        _raw_beta_groups = d.pop("betaGroups", None)
        if _raw_beta_groups is None:
            beta_groups = None
        else:
            _beta_groups = _raw_beta_groups
            beta_groups: BetaTesterRelationshipsBetaGroups | Unset
            if isinstance(_beta_groups, Unset):
                beta_groups = UNSET
            else:
                beta_groups = BetaTesterRelationshipsBetaGroups.from_dict(_beta_groups)

        _raw_builds = d.pop("builds", None)
        if _raw_builds is None:
            builds = None
        else:
            _builds = _raw_builds
            builds: BetaTesterRelationshipsBuilds | Unset
            if isinstance(_builds, Unset):
                builds = UNSET
            else:
                builds = BetaTesterRelationshipsBuilds.from_dict(_builds)

        beta_tester_relationships = cls(
            apps=apps,
            beta_groups=beta_groups,
            builds=builds,
        )
        beta_tester_relationships.additional_properties = d
        return beta_tester_relationships

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
