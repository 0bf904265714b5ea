from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_family import DeviceFamily
from ..models.nomination_create_request_data_attributes_type import NominationCreateRequestDataAttributesType
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="NominationCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "description",
        "name",
        "publishStartDate",
        "submitted",
        "type",
        "deviceFamilies",
        "hasInAppEvents",
        "launchInSelectMarketsFirst",
        "locales",
        "notes",
        "preOrderEnabled",
        "publishEndDate",
        "supplementalMaterialsUris",
    }
)


@_attrs_define(repr=False)
class NominationCreateRequestDataAttributes:
    """
    Attributes:
        description (str):
        name (str):
        publish_start_date (datetime.datetime):
        submitted (bool):
        type_ (NominationCreateRequestDataAttributesType):
        device_families (list[DeviceFamily] | None | Unset):
        has_in_app_events (bool | None | Unset):
        launch_in_select_markets_first (bool | None | Unset):
        locales (list[str] | None | Unset):
        notes (None | str | Unset):
        pre_order_enabled (bool | None | Unset):
        publish_end_date (datetime.datetime | None | Unset):
        supplemental_materials_uris (list[str] | None | Unset):
    """

    description: str
    name: str
    publish_start_date: datetime.datetime
    submitted: bool
    type_: NominationCreateRequestDataAttributesType
    device_families: list[DeviceFamily] | None | Unset = UNSET
    has_in_app_events: bool | None | Unset = UNSET
    launch_in_select_markets_first: bool | None | Unset = UNSET
    locales: list[str] | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    pre_order_enabled: bool | None | Unset = UNSET
    publish_end_date: datetime.datetime | None | Unset = UNSET
    supplemental_materials_uris: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        name = self.name

        publish_start_date = self.publish_start_date.isoformat()

        submitted = self.submitted

        type_ = self.type_.value

        device_families: list[str] | None | Unset
        if isinstance(self.device_families, Unset):
            device_families = UNSET
        elif isinstance(self.device_families, list):
            device_families = []
            for device_families_type_0_item_data in self.device_families:
                device_families_type_0_item = device_families_type_0_item_data.value
                device_families.append(device_families_type_0_item)

        else:
            device_families = self.device_families

        has_in_app_events: bool | None | Unset
        if isinstance(self.has_in_app_events, Unset):
            has_in_app_events = UNSET
        else:
            has_in_app_events = self.has_in_app_events

        launch_in_select_markets_first: bool | None | Unset
        if isinstance(self.launch_in_select_markets_first, Unset):
            launch_in_select_markets_first = UNSET
        else:
            launch_in_select_markets_first = self.launch_in_select_markets_first

        locales: list[str] | None | Unset
        if isinstance(self.locales, Unset):
            locales = UNSET
        elif isinstance(self.locales, list):
            locales = self.locales

        else:
            locales = self.locales

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        pre_order_enabled: bool | None | Unset
        if isinstance(self.pre_order_enabled, Unset):
            pre_order_enabled = UNSET
        else:
            pre_order_enabled = self.pre_order_enabled

        publish_end_date: None | str | Unset
        if isinstance(self.publish_end_date, Unset):
            publish_end_date = UNSET
        elif isinstance(self.publish_end_date, datetime.datetime):
            publish_end_date = self.publish_end_date.isoformat()
        else:
            publish_end_date = self.publish_end_date

        supplemental_materials_uris: list[str] | None | Unset
        if isinstance(self.supplemental_materials_uris, Unset):
            supplemental_materials_uris = UNSET
        elif isinstance(self.supplemental_materials_uris, list):
            supplemental_materials_uris = self.supplemental_materials_uris

        else:
            supplemental_materials_uris = self.supplemental_materials_uris

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["description"] = description
        field_dict["name"] = name
        field_dict["publishStartDate"] = publish_start_date
        field_dict["submitted"] = submitted
        field_dict["type"] = type_
        if device_families is not UNSET:
            field_dict["deviceFamilies"] = device_families
        if has_in_app_events is not UNSET:
            field_dict["hasInAppEvents"] = has_in_app_events
        if launch_in_select_markets_first is not UNSET:
            field_dict["launchInSelectMarketsFirst"] = launch_in_select_markets_first
        if locales is not UNSET:
            field_dict["locales"] = locales
        if notes is not UNSET:
            field_dict["notes"] = notes
        if pre_order_enabled is not UNSET:
            field_dict["preOrderEnabled"] = pre_order_enabled
        if publish_end_date is not UNSET:
            field_dict["publishEndDate"] = publish_end_date
        if supplemental_materials_uris is not UNSET:
            field_dict["supplementalMaterialsUris"] = supplemental_materials_uris
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        description = src_dict["description"]

        name = src_dict["name"]

        publish_start_date = datetime.datetime.fromisoformat(src_dict["publishStartDate"])

        submitted = src_dict["submitted"]

        type_ = NominationCreateRequestDataAttributesType.of(src_dict["type"])

        def _parse_device_families(data: object) -> list[DeviceFamily] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                device_families_type_0 = []
                _device_families_type_0 = data
                for device_families_type_0_item_data in _device_families_type_0:
                    device_families_type_0_item = DeviceFamily.of(device_families_type_0_item_data)

                    device_families_type_0.append(device_families_type_0_item)

                return device_families_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeviceFamily] | None | Unset, data)

        device_families = _parse_device_families(src_dict.get("deviceFamilies", UNSET))

        def _parse_has_in_app_events(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_in_app_events = _parse_has_in_app_events(src_dict.get("hasInAppEvents", UNSET))

        def _parse_launch_in_select_markets_first(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        launch_in_select_markets_first = _parse_launch_in_select_markets_first(
            src_dict.get("launchInSelectMarketsFirst", UNSET)
        )

        def _parse_locales(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                locales_type_0 = cast(list[str], data)

                return locales_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        locales = _parse_locales(src_dict.get("locales", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(src_dict.get("notes", UNSET))

        def _parse_pre_order_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pre_order_enabled = _parse_pre_order_enabled(src_dict.get("preOrderEnabled", UNSET))

        def _parse_publish_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                publish_end_date_type_0 = datetime.datetime.fromisoformat(data)

                return publish_end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        publish_end_date = _parse_publish_end_date(src_dict.get("publishEndDate", UNSET))

        def _parse_supplemental_materials_uris(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supplemental_materials_uris_type_0 = cast(list[str], data)

                return supplemental_materials_uris_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        supplemental_materials_uris = _parse_supplemental_materials_uris(
            src_dict.get("supplementalMaterialsUris", UNSET)
        )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.description = description
        _model.name = name
        _model.publish_start_date = publish_start_date
        _model.submitted = submitted
        _model.type_ = type_
        _model.device_families = device_families
        _model.has_in_app_events = has_in_app_events
        _model.launch_in_select_markets_first = launch_in_select_markets_first
        _model.locales = locales
        _model.notes = notes
        _model.pre_order_enabled = pre_order_enabled
        _model.publish_end_date = publish_end_date
        _model.supplemental_materials_uris = supplemental_materials_uris
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
