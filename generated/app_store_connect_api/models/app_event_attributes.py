from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_event_attributes_badge import AppEventAttributesBadge
from ..models.app_event_attributes_event_state import AppEventAttributesEventState
from ..models.app_event_attributes_priority import AppEventAttributesPriority
from ..models.app_event_attributes_purchase_requirement import AppEventAttributesPurchaseRequirement
from ..models.app_event_attributes_purpose import AppEventAttributesPurpose
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_event_attributes_archived_territory_schedules_item import (
        AppEventAttributesArchivedTerritorySchedulesItem,
    )
    from ..models.app_event_attributes_territory_schedules_item import (
        AppEventAttributesTerritorySchedulesItem,
    )


T = TypeVar("T", bound="AppEventAttributes")
_KNOWN_KEYS = frozenset(
    {
        "archivedTerritorySchedules",
        "badge",
        "deepLink",
        "eventState",
        "primaryLocale",
        "priority",
        "purchaseRequirement",
        "purpose",
        "referenceName",
        "territorySchedules",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppEventAttributesArchivedTerritorySchedulesItem, \
        AppEventAttributesTerritorySchedulesItem
    from ..models.app_event_attributes_archived_territory_schedules_item import (
        AppEventAttributesArchivedTerritorySchedulesItem,
    )
    from ..models.app_event_attributes_territory_schedules_item import (
        AppEventAttributesTerritorySchedulesItem,
    )

    _LAZY_IMPORTS_DONE = True


def _read_archived_territory_schedules(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_archived_territory_schedules = src_dict.get("archivedTerritorySchedules")
    if _raw_archived_territory_schedules is None:
        archived_territory_schedules = None
    else:
        archived_territory_schedules = []
        _archived_territory_schedules = _raw_archived_territory_schedules
        for archived_territory_schedules_item_data in _archived_territory_schedules:
            archived_territory_schedules_item = AppEventAttributesArchivedTerritorySchedulesItem.from_dict(
                archived_territory_schedules_item_data
            )

            archived_territory_schedules.append(archived_territory_schedules_item)

    return archived_territory_schedules


def _read_territory_schedules(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_territory_schedules = src_dict.get("territorySchedules")
    if _raw_territory_schedules is None:
        territory_schedules = None
    else:
        territory_schedules = []
        _territory_schedules = _raw_territory_schedules
        for territory_schedules_item_data in _territory_schedules:
            territory_schedules_item = AppEventAttributesTerritorySchedulesItem.from_dict(
                territory_schedules_item_data
            )

            territory_schedules.append(territory_schedules_item)

    return territory_schedules


_READERS: dict[str, Any] = {
    "archived_territory_schedules": _read_archived_territory_schedules,
    "territory_schedules": _read_territory_schedules,
}


@_attrs_define(repr=False)
class AppEventAttributes:
    """
    Attributes:
        archived_territory_schedules (list[AppEventAttributesArchivedTerritorySchedulesItem] | Unset):
        badge (AppEventAttributesBadge | Unset):
        deep_link (str | Unset):
        event_state (AppEventAttributesEventState | Unset):
        primary_locale (str | Unset):
        priority (AppEventAttributesPriority | Unset):
        purchase_requirement (AppEventAttributesPurchaseRequirement | Unset):
        purpose (AppEventAttributesPurpose | Unset):
        reference_name (str | Unset):
        territory_schedules (list[AppEventAttributesTerritorySchedulesItem] | Unset):
    """

    archived_territory_schedules: list[AppEventAttributesArchivedTerritorySchedulesItem] | None = None
    badge: AppEventAttributesBadge | None = None
    deep_link: str | None = None
    event_state: AppEventAttributesEventState | None = None
    primary_locale: str | None = None
    priority: AppEventAttributesPriority | None = None
    purchase_requirement: AppEventAttributesPurchaseRequirement | None = None
    purpose: AppEventAttributesPurpose | None = None
    reference_name: str | None = None
    territory_schedules: list[AppEventAttributesTerritorySchedulesItem] | None = None
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
        archived_territory_schedules: Any = None
        if self.archived_territory_schedules is not None:
            archived_territory_schedules = []
            for archived_territory_schedules_item_data in self.archived_territory_schedules:
                archived_territory_schedules_item = archived_territory_schedules_item_data.to_dict()
                archived_territory_schedules.append(archived_territory_schedules_item)

        badge: Any = None
        if self.badge is not None:
            badge = self.badge.value

        deep_link = self.deep_link

        event_state: Any = None
        if self.event_state is not None:
            event_state = self.event_state.value

        primary_locale = self.primary_locale

        priority: Any = None
        if self.priority is not None:
            priority = self.priority.value

        purchase_requirement: Any = None
        if self.purchase_requirement is not None:
            purchase_requirement = self.purchase_requirement.value

        purpose: Any = None
        if self.purpose is not None:
            purpose = self.purpose.value

        reference_name = self.reference_name

        territory_schedules: Any = None
        if self.territory_schedules is not None:
            territory_schedules = []
            for territory_schedules_item_data in self.territory_schedules:
                territory_schedules_item = territory_schedules_item_data.to_dict()
                territory_schedules.append(territory_schedules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if archived_territory_schedules is not None:
            field_dict["archivedTerritorySchedules"] = archived_territory_schedules
        if badge is not None:
            field_dict["badge"] = badge
        if deep_link is not None:
            field_dict["deepLink"] = deep_link
        if event_state is not None:
            field_dict["eventState"] = event_state
        if primary_locale is not None:
            field_dict["primaryLocale"] = primary_locale
        if priority is not None:
            field_dict["priority"] = priority
        if purchase_requirement is not None:
            field_dict["purchaseRequirement"] = purchase_requirement
        if purpose is not None:
            field_dict["purpose"] = purpose
        if reference_name is not None:
            field_dict["referenceName"] = reference_name
        if territory_schedules is not None:
            field_dict["territorySchedules"] = territory_schedules
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_badge = src_dict.get("badge")
        if _raw_badge is None:
            badge = None
        else:
            badge = AppEventAttributesBadge.of(_raw_badge)

        deep_link = src_dict.get("deepLink")

        _raw_event_state = src_dict.get("eventState")
        if _raw_event_state is None:
            event_state = None
        else:
            event_state = AppEventAttributesEventState.of(_raw_event_state)

        primary_locale = src_dict.get("primaryLocale")

        _raw_priority = src_dict.get("priority")
        if _raw_priority is None:
            priority = None
        else:
            priority = AppEventAttributesPriority.of(_raw_priority)

        _raw_purchase_requirement = src_dict.get("purchaseRequirement")
        if _raw_purchase_requirement is None:
            purchase_requirement = None
        else:
            purchase_requirement = AppEventAttributesPurchaseRequirement.of(_raw_purchase_requirement)

        _raw_purpose = src_dict.get("purpose")
        if _raw_purpose is None:
            purpose = None
        else:
            purpose = AppEventAttributesPurpose.of(_raw_purpose)

        reference_name = src_dict.get("referenceName")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.badge = badge
        _model.deep_link = deep_link
        _model.event_state = event_state
        _model.primary_locale = primary_locale
        _model.priority = priority
        _model.purchase_requirement = purchase_requirement
        _model.purpose = purpose
        _model.reference_name = reference_name
        _model._document = src_dict  # archived_territory_schedules, territory_schedules: read on first access
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
