from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_event_create_request_data_attributes_badge import AppEventCreateRequestDataAttributesBadge
from ..models.app_event_create_request_data_attributes_priority import (
    AppEventCreateRequestDataAttributesPriority,
)
from ..models.app_event_create_request_data_attributes_purchase_requirement import (
    AppEventCreateRequestDataAttributesPurchaseRequirement,
)
from ..models.app_event_create_request_data_attributes_purpose import (
    AppEventCreateRequestDataAttributesPurpose,
)
from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.app_event_create_request_data_attributes_territory_schedules_type_0_item import (
        AppEventCreateRequestDataAttributesTerritorySchedulesType0Item,
    )


T = TypeVar("T", bound="AppEventCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "referenceName",
        "badge",
        "deepLink",
        "primaryLocale",
        "priority",
        "purchaseRequirement",
        "purpose",
        "territorySchedules",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppEventCreateRequestDataAttributesTerritorySchedulesType0Item
    from ..models.app_event_create_request_data_attributes_territory_schedules_type_0_item import (
        AppEventCreateRequestDataAttributesTerritorySchedulesType0Item,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppEventCreateRequestDataAttributes:
    """
    Attributes:
        reference_name (str):
        badge (AppEventCreateRequestDataAttributesBadge | Unset):
        deep_link (None | str | Unset):
        primary_locale (None | str | Unset):
        priority (AppEventCreateRequestDataAttributesPriority | Unset):
        purchase_requirement (AppEventCreateRequestDataAttributesPurchaseRequirement | Unset):
        purpose (AppEventCreateRequestDataAttributesPurpose | Unset):
        territory_schedules (list[AppEventCreateRequestDataAttributesTerritorySchedulesType0Item] | None | Unset):
    """

    reference_name: str
    badge: AppEventCreateRequestDataAttributesBadge | Unset | None = UNSET
    deep_link: None | str | Unset = UNSET
    primary_locale: None | str | Unset = UNSET
    priority: AppEventCreateRequestDataAttributesPriority | Unset | None = UNSET
    purchase_requirement: AppEventCreateRequestDataAttributesPurchaseRequirement | Unset | None = UNSET
    purpose: AppEventCreateRequestDataAttributesPurpose | Unset | None = UNSET
    territory_schedules: (
        list[AppEventCreateRequestDataAttributesTerritorySchedulesType0Item] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        reference_name = self.reference_name

        badge: str | Unset | None
        if self.badge is None:
            badge = None
        else:
            badge = UNSET
            if not isinstance(self.badge, Unset):
                badge = self.badge.value

        deep_link: None | str | Unset
        if isinstance(self.deep_link, Unset):
            deep_link = UNSET
        else:
            deep_link = self.deep_link

        primary_locale: None | str | Unset
        if isinstance(self.primary_locale, Unset):
            primary_locale = UNSET
        else:
            primary_locale = self.primary_locale

        priority: str | Unset | None
        if self.priority is None:
            priority = None
        else:
            priority = UNSET
            if not isinstance(self.priority, Unset):
                priority = self.priority.value

        purchase_requirement: str | Unset | None
        if self.purchase_requirement is None:
            purchase_requirement = None
        else:
            purchase_requirement = UNSET
            if not isinstance(self.purchase_requirement, Unset):
                purchase_requirement = self.purchase_requirement.value

        purpose: str | Unset | None
        if self.purpose is None:
            purpose = None
        else:
            purpose = UNSET
            if not isinstance(self.purpose, Unset):
                purpose = self.purpose.value

        territory_schedules: list[dict[str, Any]] | None | Unset
        if isinstance(self.territory_schedules, Unset):
            territory_schedules = UNSET
        elif isinstance(self.territory_schedules, list):
            territory_schedules = []
            for territory_schedules_type_0_item_data in self.territory_schedules:
                territory_schedules_type_0_item = territory_schedules_type_0_item_data.to_dict()
                territory_schedules.append(territory_schedules_type_0_item)

        else:
            territory_schedules = self.territory_schedules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["referenceName"] = reference_name
        if badge is not UNSET:
            field_dict["badge"] = badge
        if deep_link is not UNSET:
            field_dict["deepLink"] = deep_link
        if primary_locale is not UNSET:
            field_dict["primaryLocale"] = primary_locale
        if priority is not UNSET:
            field_dict["priority"] = priority
        if purchase_requirement is not UNSET:
            field_dict["purchaseRequirement"] = purchase_requirement
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if territory_schedules is not UNSET:
            field_dict["territorySchedules"] = territory_schedules
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        reference_name = src_dict["referenceName"]

        _raw_badge = src_dict.get("badge", UNSET)
        if _raw_badge is None:
            badge = None
        else:
            _badge = _raw_badge
            badge: AppEventCreateRequestDataAttributesBadge | Unset
            if isinstance(_badge, Unset):
                badge = UNSET
            else:
                badge = AppEventCreateRequestDataAttributesBadge.of(_badge)

        def _parse_deep_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deep_link = _parse_deep_link(src_dict.get("deepLink", UNSET))

        def _parse_primary_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_locale = _parse_primary_locale(src_dict.get("primaryLocale", UNSET))

        _raw_priority = src_dict.get("priority", UNSET)
        if _raw_priority is None:
            priority = None
        else:
            _priority = _raw_priority
            priority: AppEventCreateRequestDataAttributesPriority | Unset
            if isinstance(_priority, Unset):
                priority = UNSET
            else:
                priority = AppEventCreateRequestDataAttributesPriority.of(_priority)

        _raw_purchase_requirement = src_dict.get("purchaseRequirement", UNSET)
        if _raw_purchase_requirement is None:
            purchase_requirement = None
        else:
            _purchase_requirement = _raw_purchase_requirement
            purchase_requirement: AppEventCreateRequestDataAttributesPurchaseRequirement | Unset
            if isinstance(_purchase_requirement, Unset):
                purchase_requirement = UNSET
            else:
                purchase_requirement = AppEventCreateRequestDataAttributesPurchaseRequirement.of(
                    _purchase_requirement
                )

        _raw_purpose = src_dict.get("purpose", UNSET)
        if _raw_purpose is None:
            purpose = None
        else:
            _purpose = _raw_purpose
            purpose: AppEventCreateRequestDataAttributesPurpose | Unset
            if isinstance(_purpose, Unset):
                purpose = UNSET
            else:
                purpose = AppEventCreateRequestDataAttributesPurpose.of(_purpose)

        def _parse_territory_schedules(
            data: object,
        ) -> list[AppEventCreateRequestDataAttributesTerritorySchedulesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                territory_schedules_type_0 = []
                _territory_schedules_type_0 = data
                for territory_schedules_type_0_item_data in _territory_schedules_type_0:
                    territory_schedules_type_0_item = (
                        AppEventCreateRequestDataAttributesTerritorySchedulesType0Item.from_dict(
                            territory_schedules_type_0_item_data
                        )
                    )

                    territory_schedules_type_0.append(territory_schedules_type_0_item)

                return territory_schedules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AppEventCreateRequestDataAttributesTerritorySchedulesType0Item] | None | Unset, data
            )

        territory_schedules = _parse_territory_schedules(src_dict.get("territorySchedules", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.reference_name = reference_name
        _model.badge = badge
        _model.deep_link = deep_link
        _model.primary_locale = primary_locale
        _model.priority = priority
        _model.purchase_requirement = purchase_requirement
        _model.purpose = purpose
        _model.territory_schedules = territory_schedules
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
