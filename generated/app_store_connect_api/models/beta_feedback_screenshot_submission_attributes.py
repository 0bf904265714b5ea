from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_connection_type import DeviceConnectionType
from ..models.device_family import DeviceFamily
from ..models.platform import Platform
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.beta_feedback_screenshot_image import BetaFeedbackScreenshotImage


T = TypeVar("T", bound="BetaFeedbackScreenshotSubmissionAttributes")
_KNOWN_KEYS = frozenset(
    {
        "appPlatform",
        "appUptimeInMilliseconds",
        "architecture",
        "batteryPercentage",
        "buildBundleId",
        "comment",
        "connectionType",
        "createdDate",
        "deviceFamily",
        "deviceModel",
        "devicePlatform",
        "diskBytesAvailable",
        "diskBytesTotal",
        "email",
        "locale",
        "osVersion",
        "pairedAppleWatch",
        "screenHeightInPoints",
        "screenWidthInPoints",
        "screenshots",
        "timeZone",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, BetaFeedbackScreenshotImage
    from ..models.beta_feedback_screenshot_image import BetaFeedbackScreenshotImage

    _LAZY_IMPORTS_DONE = True


def _read_screenshots(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_screenshots = src_dict.get("screenshots")
    if _raw_screenshots is None:
        screenshots = None
    else:
        screenshots = []
        _screenshots = _raw_screenshots
        for screenshots_item_data in _screenshots:
            screenshots_item = BetaFeedbackScreenshotImage.from_dict(screenshots_item_data)

            screenshots.append(screenshots_item)

    return screenshots


_READERS: dict[str, Any] = {
    "screenshots": _read_screenshots,
}


@_attrs_define(repr=False)
class BetaFeedbackScreenshotSubmissionAttributes:
    """
    Attributes:
        app_platform (Platform | Unset):
        app_uptime_in_milliseconds (int | Unset):
        architecture (str | Unset):
        battery_percentage (int | Unset):
        build_bundle_id (str | Unset):
        comment (str | Unset):
        connection_type (DeviceConnectionType | Unset):
        created_date (datetime.datetime | Unset):
        device_family (DeviceFamily | Unset):
        device_model (str | Unset):
        device_platform (Platform | Unset):
        disk_bytes_available (int | Unset):
        disk_bytes_total (int | Unset):
        email (str | Unset):
        locale (str | Unset):
        os_version (str | Unset):
        paired_apple_watch (str | Unset):
        screen_height_in_points (int | Unset):
        screen_width_in_points (int | Unset):
        screenshots (list[BetaFeedbackScreenshotImage] | Unset):
        time_zone (str | Unset):
    """

    app_platform: Platform | None = None
    app_uptime_in_milliseconds: int | None = None
    architecture: str | None = None
    battery_percentage: int | None = None
    build_bundle_id: str | None = None
    comment: str | None = None
    connection_type: DeviceConnectionType | None = None
    created_date: datetime.datetime | None = None
    device_family: DeviceFamily | None = None
    device_model: str | None = None
    device_platform: Platform | None = None
    disk_bytes_available: int | None = None
    disk_bytes_total: int | None = None
    email: str | None = None
    locale: str | None = None
    os_version: str | None = None
    paired_apple_watch: str | None = None
    screen_height_in_points: int | None = None
    screen_width_in_points: int | None = None
    screenshots: list[BetaFeedbackScreenshotImage] | None = None
    time_zone: str | None = None
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
        app_platform: Any = None
        if self.app_platform is not None:
            app_platform = self.app_platform.value

        app_uptime_in_milliseconds = self.app_uptime_in_milliseconds

        architecture = self.architecture

        battery_percentage = self.battery_percentage

        build_bundle_id = self.build_bundle_id

        comment = self.comment

        connection_type: Any = None
        if self.connection_type is not None:
            connection_type = self.connection_type.value

        created_date: Any = None
        if self.created_date is not None:
            created_date = self.created_date.isoformat()

        device_family: Any = None
        if self.device_family is not None:
            device_family = self.device_family.value

        device_model = self.device_model

        device_platform: Any = None
        if self.device_platform is not None:
            device_platform = self.device_platform.value

        disk_bytes_available = self.disk_bytes_available

        disk_bytes_total = self.disk_bytes_total

        email = self.email

        locale = self.locale

        os_version = self.os_version

        paired_apple_watch = self.paired_apple_watch

        screen_height_in_points = self.screen_height_in_points

        screen_width_in_points = self.screen_width_in_points

        screenshots: Any = None
        if self.screenshots is not None:
            screenshots = []
            for screenshots_item_data in self.screenshots:
                screenshots_item = screenshots_item_data.to_dict()
                screenshots.append(screenshots_item)

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_platform is not None:
            field_dict["appPlatform"] = app_platform
        if app_uptime_in_milliseconds is not None:
            field_dict["appUptimeInMilliseconds"] = app_uptime_in_milliseconds
        if architecture is not None:
            field_dict["architecture"] = architecture
        if battery_percentage is not None:
            field_dict["batteryPercentage"] = battery_percentage
        if build_bundle_id is not None:
            field_dict["buildBundleId"] = build_bundle_id
        if comment is not None:
            field_dict["comment"] = comment
        if connection_type is not None:
            field_dict["connectionType"] = connection_type
        if created_date is not None:
            field_dict["createdDate"] = created_date
        if device_family is not None:
            field_dict["deviceFamily"] = device_family
        if device_model is not None:
            field_dict["deviceModel"] = device_model
        if device_platform is not None:
            field_dict["devicePlatform"] = device_platform
        if disk_bytes_available is not None:
            field_dict["diskBytesAvailable"] = disk_bytes_available
        if disk_bytes_total is not None:
            field_dict["diskBytesTotal"] = disk_bytes_total
        if email is not None:
            field_dict["email"] = email
        if locale is not None:
            field_dict["locale"] = locale
        if os_version is not None:
            field_dict["osVersion"] = os_version
        if paired_apple_watch is not None:
            field_dict["pairedAppleWatch"] = paired_apple_watch
        if screen_height_in_points is not None:
            field_dict["screenHeightInPoints"] = screen_height_in_points
        if screen_width_in_points is not None:
            field_dict["screenWidthInPoints"] = screen_width_in_points
        if screenshots is not None:
            field_dict["screenshots"] = screenshots
        if time_zone is not None:
            field_dict["timeZone"] = time_zone
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_app_platform = src_dict.get("appPlatform")
        if _raw_app_platform is None:
            app_platform = None
        else:
            app_platform = Platform.of(_raw_app_platform)

        app_uptime_in_milliseconds = src_dict.get("appUptimeInMilliseconds")

        architecture = src_dict.get("architecture")

        battery_percentage = src_dict.get("batteryPercentage")

        build_bundle_id = src_dict.get("buildBundleId")

        comment = src_dict.get("comment")

        _raw_connection_type = src_dict.get("connectionType")
        if _raw_connection_type is None:
            connection_type = None
        else:
            connection_type = DeviceConnectionType.of(_raw_connection_type)

        _raw_created_date = src_dict.get("createdDate")
        if _raw_created_date is None:
            created_date = None
        else:
            created_date = datetime.datetime.fromisoformat(_raw_created_date)

        _raw_device_family = src_dict.get("deviceFamily")
        if _raw_device_family is None:
            device_family = None
        else:
            device_family = DeviceFamily.of(_raw_device_family)

        device_model = src_dict.get("deviceModel")

        _raw_device_platform = src_dict.get("devicePlatform")
        if _raw_device_platform is None:
            device_platform = None
        else:
            device_platform = Platform.of(_raw_device_platform)

        disk_bytes_available = src_dict.get("diskBytesAvailable")

        disk_bytes_total = src_dict.get("diskBytesTotal")

        email = src_dict.get("email")

        locale = src_dict.get("locale")

        os_version = src_dict.get("osVersion")

        paired_apple_watch = src_dict.get("pairedAppleWatch")

        screen_height_in_points = src_dict.get("screenHeightInPoints")

        screen_width_in_points = src_dict.get("screenWidthInPoints")

        time_zone = src_dict.get("timeZone")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_platform = app_platform
        _model.app_uptime_in_milliseconds = app_uptime_in_milliseconds
        _model.architecture = architecture
        _model.battery_percentage = battery_percentage
        _model.build_bundle_id = build_bundle_id
        _model.comment = comment
        _model.connection_type = connection_type
        _model.created_date = created_date
        _model.device_family = device_family
        _model.device_model = device_model
        _model.device_platform = device_platform
        _model.disk_bytes_available = disk_bytes_available
        _model.disk_bytes_total = disk_bytes_total
        _model.email = email
        _model.locale = locale
        _model.os_version = os_version
        _model.paired_apple_watch = paired_apple_watch
        _model.screen_height_in_points = screen_height_in_points
        _model.screen_width_in_points = screen_width_in_points
        _model.time_zone = time_zone
        _model._document = src_dict  # screenshots: read on first access
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
