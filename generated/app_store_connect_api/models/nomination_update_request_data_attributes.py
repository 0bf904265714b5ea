from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_family import DeviceFamily
from ..models.nomination_update_request_data_attributes_type import NominationUpdateRequestDataAttributesType
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="NominationUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "archived",
        "description",
        "deviceFamilies",
        "hasInAppEvents",
        "launchInSelectMarketsFirst",
        "locales",
        "name",
        "notes",
        "preOrderEnabled",
        "publishEndDate",
        "publishStartDate",
        "submitted",
        "supplementalMaterialsUris",
        "type",
    }
)


@_attrs_define(repr=False)
class NominationUpdateRequestDataAttributes:
    """
    Attributes:
        archived (bool | None | Unset):
        description (None | str | Unset):
        device_families (list[DeviceFamily] | None | Unset):
        has_in_app_events (bool | None | Unset):
        launch_in_select_markets_first (bool | None | Unset):
        locales (list[str] | None | Unset):
        name (None | str | Unset):
        notes (None | str | Unset):
        pre_order_enabled (bool | None | Unset):
        publish_end_date (datetime.datetime | None | Unset):
        publish_start_date (datetime.datetime | None | Unset):
        submitted (bool | None | Unset):
        supplemental_materials_uris (list[str] | None | Unset):
        type_ (NominationUpdateRequestDataAttributesType | Unset):
    """

    archived: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    device_families: list[DeviceFamily] | None | Unset = UNSET
    has_in_app_events: bool | None | Unset = UNSET
    launch_in_select_markets_first: bool | None | Unset = UNSET
    locales: list[str] | None | Unset = UNSET
    name: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    pre_order_enabled: bool | None | Unset = UNSET
    publish_end_date: datetime.datetime | None | Unset = UNSET
    publish_start_date: datetime.datetime | None | Unset = UNSET
    submitted: bool | None | Unset = UNSET
    supplemental_materials_uris: list[str] | None | Unset = UNSET
    type_: NominationUpdateRequestDataAttributesType | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        publish_start_date: None | str | Unset
        if isinstance(self.publish_start_date, Unset):
            publish_start_date = UNSET
        elif isinstance(self.publish_start_date, datetime.datetime):
            publish_start_date = self.publish_start_date.isoformat()
        else:
            publish_start_date = self.publish_start_date

        submitted: bool | None | Unset
        if isinstance(self.submitted, Unset):
            submitted = UNSET
        else:
            submitted = self.submitted

        supplemental_materials_uris: list[str] | None | Unset
        if isinstance(self.supplemental_materials_uris, Unset):
            supplemental_materials_uris = UNSET
        elif isinstance(self.supplemental_materials_uris, list):
            supplemental_materials_uris = self.supplemental_materials_uris

        else:
            supplemental_materials_uris = self.supplemental_materials_uris

        type_: str | Unset | None
        if self.type_ is None:
            type_ = None
        else:
            type_ = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if archived is not UNSET:
            field_dict["archived"] = archived
        if description is not UNSET:
            field_dict["description"] = description
        if device_families is not UNSET:
            field_dict["deviceFamilies"] = device_families
        if has_in_app_events is not UNSET:
            field_dict["hasInAppEvents"] = has_in_app_events
        if launch_in_select_markets_first is not UNSET:
            field_dict["launchInSelectMarketsFirst"] = launch_in_select_markets_first
        if locales is not UNSET:
            field_dict["locales"] = locales
        if name is not UNSET:
            field_dict["name"] = name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if pre_order_enabled is not UNSET:
            field_dict["preOrderEnabled"] = pre_order_enabled
        if publish_end_date is not UNSET:
            field_dict["publishEndDate"] = publish_end_date
        if publish_start_date is not UNSET:
            field_dict["publishStartDate"] = publish_start_date
        if submitted is not UNSET:
            field_dict["submitted"] = submitted
        if supplemental_materials_uris is not UNSET:
            field_dict["supplementalMaterialsUris"] = supplemental_materials_uris
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(src_dict.get("archived", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(src_dict.get("description", UNSET))

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(src_dict.get("name", UNSET))

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

        def _parse_publish_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                publish_start_date_type_0 = datetime.datetime.fromisoformat(data)

                return publish_start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        publish_start_date = _parse_publish_start_date(src_dict.get("publishStartDate", UNSET))

        def _parse_submitted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        submitted = _parse_submitted(src_dict.get("submitted", UNSET))

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

        _raw_type_ = src_dict.get("type", UNSET)
        if _raw_type_ is None:
            type_ = None
        else:
            _type_ = _raw_type_
            type_: NominationUpdateRequestDataAttributesType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = NominationUpdateRequestDataAttributesType.of(_type_)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.archived = archived
        _model.description = description
        _model.device_families = device_families
        _model.has_in_app_events = has_in_app_events
        _model.launch_in_select_markets_first = launch_in_select_markets_first
        _model.locales = locales
        _model.name = name
        _model.notes = notes
        _model.pre_order_enabled = pre_order_enabled
        _model.publish_end_date = publish_end_date
        _model.publish_start_date = publish_start_date
        _model.submitted = submitted
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
