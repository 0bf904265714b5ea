from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_family import DeviceFamily
from ..models.nomination_attributes_state import NominationAttributesState
from ..models.nomination_attributes_type import NominationAttributesType
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="NominationAttributes")
_KNOWN_KEYS = frozenset(
    {
        "createdDate",
        "description",
        "deviceFamilies",
        "hasInAppEvents",
        "lastModifiedDate",
        "launchInSelectMarketsFirst",
        "locales",
        "name",
        "notes",
        "preOrderEnabled",
        "publishEndDate",
        "publishStartDate",
        "state",
        "submittedDate",
        "supplementalMaterialsUris",
        "type",
    }
)


@_attrs_define(repr=False)
class NominationAttributes:
    """
    Attributes:
        created_date (datetime.datetime | Unset):
        description (str | Unset):
        device_families (list[DeviceFamily] | Unset):
        has_in_app_events (bool | Unset):
        last_modified_date (datetime.datetime | Unset):
        launch_in_select_markets_first (bool | Unset):
        locales (list[str] | Unset):
        name (str | Unset):
        notes (str | Unset):
        pre_order_enabled (bool | Unset):
        publish_end_date (datetime.datetime | Unset):
        publish_start_date (datetime.datetime | Unset):
        state (NominationAttributesState | Unset):
        submitted_date (datetime.datetime | Unset):
        supplemental_materials_uris (list[str] | Unset):
        type_ (NominationAttributesType | Unset):
    """

    created_date: datetime.datetime | None = None
    description: str | None = None
    device_families: list[DeviceFamily] | None = None
    has_in_app_events: bool | None = None
    last_modified_date: datetime.datetime | None = None
    launch_in_select_markets_first: bool | None = None
    locales: list[str] | None = None
    name: str | None = None
    notes: str | None = None
    pre_order_enabled: bool | None = None
    publish_end_date: datetime.datetime | None = None
    publish_start_date: datetime.datetime | None = None
    state: NominationAttributesState | None = None
    submitted_date: datetime.datetime | None = None
    supplemental_materials_uris: list[str] | None = None
    type_: NominationAttributesType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        created_date: Any = None
        if self.created_date is not None:
            created_date = self.created_date.isoformat()

        description = self.description

        device_families: Any = None
        if self.device_families is not None:
            device_families = []
            for device_families_item_data in self.device_families:
                device_families_item = device_families_item_data.value
                device_families.append(device_families_item)

        has_in_app_events = self.has_in_app_events

        last_modified_date: Any = None
        if self.last_modified_date is not None:
            last_modified_date = self.last_modified_date.isoformat()

        launch_in_select_markets_first = self.launch_in_select_markets_first

        locales: Any = None
        if self.locales is not None:
            locales = self.locales

        name = self.name

        notes = self.notes

        pre_order_enabled = self.pre_order_enabled

        publish_end_date: Any = None
        if self.publish_end_date is not None:
            publish_end_date = self.publish_end_date.isoformat()

        publish_start_date: Any = None
        if self.publish_start_date is not None:
            publish_start_date = self.publish_start_date.isoformat()

        state: Any = None
        if self.state is not None:
            state = self.state.value

        submitted_date: Any = None
        if self.submitted_date is not None:
            submitted_date = self.submitted_date.isoformat()

        supplemental_materials_uris: Any = None
        if self.supplemental_materials_uris is not None:
            supplemental_materials_uris = self.supplemental_materials_uris

        type_: Any = None
        if self.type_ is not None:
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_date is not None:
            field_dict["createdDate"] = created_date
        if description is not None:
            field_dict["description"] = description
        if device_families is not None:
            field_dict["deviceFamilies"] = device_families
        if has_in_app_events is not None:
            field_dict["hasInAppEvents"] = has_in_app_events
        if last_modified_date is not None:
            field_dict["lastModifiedDate"] = last_modified_date
        if launch_in_select_markets_first is not None:
            field_dict["launchInSelectMarketsFirst"] = launch_in_select_markets_first
        if locales is not None:
            field_dict["locales"] = locales
        if name is not None:
            field_dict["name"] = name
        if notes is not None:
            field_dict["notes"] = notes
        if pre_order_enabled is not None:
            field_dict["preOrderEnabled"] = pre_order_enabled
        if publish_end_date is not None:
            field_dict["publishEndDate"] = publish_end_date
        if publish_start_date is not None:
            field_dict["publishStartDate"] = publish_start_date
        if state is not None:
            field_dict["state"] = state
        if submitted_date is not None:
            field_dict["submittedDate"] = submitted_date
        if supplemental_materials_uris is not None:
            field_dict["supplementalMaterialsUris"] = supplemental_materials_uris
        if type_ is not None:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_created_date = src_dict.get("createdDate")
        if _raw_created_date is None:
            created_date = None
        else:
            created_date = datetime.datetime.fromisoformat(_raw_created_date)

        description = src_dict.get("description")

        _raw_device_families = src_dict.get("deviceFamilies")
        if _raw_device_families is None:
            device_families = None
        else:
            device_families = []
            _device_families = _raw_device_families
            for device_families_item_data in _device_families:
                device_families_item = DeviceFamily.of(device_families_item_data)

                device_families.append(device_families_item)

        has_in_app_events = src_dict.get("hasInAppEvents")

        _raw_last_modified_date = src_dict.get("lastModifiedDate")
        if _raw_last_modified_date is None:
            last_modified_date = None
        else:
            last_modified_date = datetime.datetime.fromisoformat(_raw_last_modified_date)

        launch_in_select_markets_first = src_dict.get("launchInSelectMarketsFirst")

        _raw_locales = src_dict.get("locales")
        if _raw_locales is None:
            locales = None
        else:
            locales = cast(list[str], _raw_locales)

        name = src_dict.get("name")

        notes = src_dict.get("notes")

        pre_order_enabled = src_dict.get("preOrderEnabled")

        _raw_publish_end_date = src_dict.get("publishEndDate")
        if _raw_publish_end_date is None:
            publish_end_date = None
        else:
            publish_end_date = datetime.datetime.fromisoformat(_raw_publish_end_date)

        _raw_publish_start_date = src_dict.get("publishStartDate")
        if _raw_publish_start_date is None:
            publish_start_date = None
        else:
            publish_start_date = datetime.datetime.fromisoformat(_raw_publish_start_date)

        _raw_state = src_dict.get("state")
        if _raw_state is None:
            state = None
        else:
            state = NominationAttributesState.of(_raw_state)

        _raw_submitted_date = src_dict.get("submittedDate")
        if _raw_submitted_date is None:
            submitted_date = None
        else:
            submitted_date = datetime.datetime.fromisoformat(_raw_submitted_date)

        _raw_supplemental_materials_uris = src_dict.get("supplementalMaterialsUris")
        if _raw_supplemental_materials_uris is None:
            supplemental_materials_uris = None
        else:
            supplemental_materials_uris = cast(list[str], _raw_supplemental_materials_uris)

        _raw_type_ = src_dict.get("type")
        if _raw_type_ is None:
            type_ = None
        else:
            type_ = NominationAttributesType.of(_raw_type_)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.created_date = created_date
        _model.description = description
        _model.device_families = device_families
        _model.has_in_app_events = has_in_app_events
        _model.last_modified_date = last_modified_date
        _model.launch_in_select_markets_first = launch_in_select_markets_first
        _model.locales = locales
        _model.name = name
        _model.notes = notes
        _model.pre_order_enabled = pre_order_enabled
        _model.publish_end_date = publish_end_date
        _model.publish_start_date = publish_start_date
        _model.state = state
        _model.submitted_date = submitted_date
        _model.supplemental_materials_uris = supplemental_materials_uris
        _model.type_ = type_
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
