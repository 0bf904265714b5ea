from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.screenshot_display_type import ScreenshotDisplayType
from ..types import model_repr

T = TypeVar("T", bound="AppScreenshotSetCreateRequestDataAttributes")


@_attrs_define(repr=False)
class AppScreenshotSetCreateRequestDataAttributes:
    """
    Attributes:
        screenshot_display_type (ScreenshotDisplayType):
    """

    screenshot_display_type: ScreenshotDisplayType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        screenshot_display_type = self.screenshot_display_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["screenshotDisplayType"] = screenshot_display_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        screenshot_display_type = ScreenshotDisplayType(d.pop("screenshotDisplayType"))

        app_screenshot_set_create_request_data_attributes = cls(
            screenshot_display_type=screenshot_display_type,
        )
        app_screenshot_set_create_request_data_attributes.additional_properties = d
        return app_screenshot_set_create_request_data_attributes

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
