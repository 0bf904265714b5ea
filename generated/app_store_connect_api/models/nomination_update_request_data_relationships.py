from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.nomination_update_request_data_relationships_in_app_events import (
        NominationUpdateRequestDataRelationshipsInAppEvents,
    )
    from ..models.nomination_update_request_data_relationships_related_apps import (
        NominationUpdateRequestDataRelationshipsRelatedApps,
    )
    from ..models.nomination_update_request_data_relationships_supported_territories import (
        NominationUpdateRequestDataRelationshipsSupportedTerritories,
    )


T = TypeVar("T", bound="NominationUpdateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "inAppEvents",
        "relatedApps",
        "supportedTerritories",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        NominationUpdateRequestDataRelationshipsInAppEvents, \
        NominationUpdateRequestDataRelationshipsRelatedApps, \
        NominationUpdateRequestDataRelationshipsSupportedTerritories
    from ..models.nomination_update_request_data_relationships_in_app_events import (
        NominationUpdateRequestDataRelationshipsInAppEvents,
    )
    from ..models.nomination_update_request_data_relationships_related_apps import (
        NominationUpdateRequestDataRelationshipsRelatedApps,
    )
    from ..models.nomination_update_request_data_relationships_supported_territories import (
        NominationUpdateRequestDataRelationshipsSupportedTerritories,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class NominationUpdateRequestDataRelationships:
    """
    Attributes:
        in_app_events (NominationUpdateRequestDataRelationshipsInAppEvents | Unset):
        related_apps (NominationUpdateRequestDataRelationshipsRelatedApps | Unset):
        supported_territories (NominationUpdateRequestDataRelationshipsSupportedTerritories | Unset):
    """

    in_app_events: NominationUpdateRequestDataRelationshipsInAppEvents | Unset | None = UNSET
    related_apps: NominationUpdateRequestDataRelationshipsRelatedApps | Unset | None = UNSET
    supported_territories: NominationUpdateRequestDataRelationshipsSupportedTerritories | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        in_app_events: dict[str, Any] | Unset | None
        if self.in_app_events is None:
            in_app_events = None
        else:
            in_app_events = UNSET
            if not isinstance(self.in_app_events, Unset):
                in_app_events = self.in_app_events.to_dict()

        related_apps: dict[str, Any] | Unset | None
        if self.related_apps is None:
            related_apps = None
        else:
            related_apps = UNSET
            if not isinstance(self.related_apps, Unset):
                related_apps = self.related_apps.to_dict()

        supported_territories: dict[str, Any] | Unset | None
        if self.supported_territories is None:
            supported_territories = None
        else:
            supported_territories = UNSET
            if not isinstance(self.supported_territories, Unset):
                supported_territories = self.supported_territories.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if in_app_events is not UNSET:
            field_dict["inAppEvents"] = in_app_events
        if related_apps is not UNSET:
            field_dict["relatedApps"] = related_apps
        if supported_territories is not UNSET:
            field_dict["supportedTerritories"] = supported_territories
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_in_app_events = src_dict.get("inAppEvents", UNSET)
        if _raw_in_app_events is None:
            in_app_events = None
        else:
            _in_app_events = _raw_in_app_events
            in_app_events: NominationUpdateRequestDataRelationshipsInAppEvents | Unset
            if isinstance(_in_app_events, Unset):
                in_app_events = UNSET
            else:
                in_app_events = NominationUpdateRequestDataRelationshipsInAppEvents.from_dict(_in_app_events)

        _raw_related_apps = src_dict.get("relatedApps", UNSET)
        if _raw_related_apps is None:
            related_apps = None
        else:
            _related_apps = _raw_related_apps
            related_apps: NominationUpdateRequestDataRelationshipsRelatedApps | Unset
            if isinstance(_related_apps, Unset):
                related_apps = UNSET
            else:
                related_apps = NominationUpdateRequestDataRelationshipsRelatedApps.from_dict(_related_apps)

        _raw_supported_territories = src_dict.get("supportedTerritories", UNSET)
        if _raw_supported_territories is None:
            supported_territories = None
        else:
            _supported_territories = _raw_supported_territories
            supported_territories: NominationUpdateRequestDataRelationshipsSupportedTerritories | Unset
            if isinstance(_supported_territories, Unset):
                supported_territories = UNSET
            else:
                supported_territories = (
                    NominationUpdateRequestDataRelationshipsSupportedTerritories.from_dict(
                        _supported_territories
                    )
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.in_app_events = in_app_events
        _model.related_apps = related_apps
        _model.supported_territories = supported_territories
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
