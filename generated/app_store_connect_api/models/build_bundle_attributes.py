from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.build_bundle_type import BuildBundleType
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.build_bundle_attributes_entitlements import BuildBundleAttributesEntitlements


T = TypeVar("T", bound="BuildBundleAttributes")
_KNOWN_KEYS = frozenset(
    {
        "baDownloadAllowance",
        "baMaxInstallSize",
        "bundleId",
        "bundleType",
        "dSYMUrl",
        "deviceProtocols",
        "entitlements",
        "fileName",
        "hasOnDemandResources",
        "hasPrerenderedIcon",
        "hasSirikit",
        "includesSymbols",
        "isIosBuildMacAppStoreCompatible",
        "locales",
        "minimumOsVersion",
        "platformBuild",
        "requiredCapabilities",
        "sdkBuild",
        "supportedArchitectures",
        "usesLocationServices",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, BuildBundleAttributesEntitlements
    from ..models.build_bundle_attributes_entitlements import BuildBundleAttributesEntitlements

    _LAZY_IMPORTS_DONE = True


def _read_entitlements(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_entitlements = src_dict.get("entitlements")
    if _raw_entitlements is None:
        entitlements = None
    else:
        entitlements = BuildBundleAttributesEntitlements.from_dict(_raw_entitlements)

    return entitlements


_READERS: dict[str, Any] = {
    "entitlements": _read_entitlements,
}


@_attrs_define(repr=False)
class BuildBundleAttributes:
    """
    Attributes:
        ba_download_allowance (int | Unset):
        ba_max_install_size (int | Unset):
        bundle_id (str | Unset):
        bundle_type (BuildBundleType | Unset):
        d_sym_url (str | Unset):
        device_protocols (list[str] | Unset):
        entitlements (BuildBundleAttributesEntitlements | Unset):
        file_name (str | Unset):
        has_on_demand_resources (bool | Unset):
        has_prerendered_icon (bool | Unset):
        has_sirikit (bool | Unset):
        includes_symbols (bool | Unset):
        is_ios_build_mac_app_store_compatible (bool | Unset):
        locales (list[str] | Unset):
        minimum_os_version (str | Unset):
        platform_build (str | Unset):
        required_capabilities (list[str] | Unset):
        sdk_build (str | Unset):
        supported_architectures (list[str] | Unset):
        uses_location_services (bool | Unset):
    """

    ba_download_allowance: int | None = None
    ba_max_install_size: int | None = None
    bundle_id: str | None = None
    bundle_type: BuildBundleType | None = None
    d_sym_url: str | None = None
    device_protocols: list[str] | None = None
    entitlements: BuildBundleAttributesEntitlements | None = None
    file_name: str | None = None
    has_on_demand_resources: bool | None = None
    has_prerendered_icon: bool | None = None
    has_sirikit: bool | None = None
    includes_symbols: bool | None = None
    is_ios_build_mac_app_store_compatible: bool | None = None
    locales: list[str] | None = None
    minimum_os_version: str | None = None
    platform_build: str | None = None
    required_capabilities: list[str] | None = None
    sdk_build: str | None = None
    supported_architectures: list[str] | None = None
    uses_location_services: bool | None = None
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
        ba_download_allowance = self.ba_download_allowance

        ba_max_install_size = self.ba_max_install_size

        bundle_id = self.bundle_id

        bundle_type: Any = None
        if self.bundle_type is not None:
            bundle_type = self.bundle_type.value

        d_sym_url = self.d_sym_url

        device_protocols: Any = None
        if self.device_protocols is not None:
            device_protocols = self.device_protocols

        entitlements: Any = None
        if self.entitlements is not None:
            entitlements = self.entitlements.to_dict()

        file_name = self.file_name

        has_on_demand_resources = self.has_on_demand_resources

        has_prerendered_icon = self.has_prerendered_icon

        has_sirikit = self.has_sirikit

        includes_symbols = self.includes_symbols

        is_ios_build_mac_app_store_compatible = self.is_ios_build_mac_app_store_compatible

        locales: Any = None
        if self.locales is not None:
            locales = self.locales

        minimum_os_version = self.minimum_os_version

        platform_build = self.platform_build

        required_capabilities: Any = None
        if self.required_capabilities is not None:
            required_capabilities = self.required_capabilities

        sdk_build = self.sdk_build

        supported_architectures: Any = None
        if self.supported_architectures is not None:
            supported_architectures = self.supported_architectures

        uses_location_services = self.uses_location_services

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ba_download_allowance is not None:
            field_dict["baDownloadAllowance"] = ba_download_allowance
        if ba_max_install_size is not None:
            field_dict["baMaxInstallSize"] = ba_max_install_size
        if bundle_id is not None:
            field_dict["bundleId"] = bundle_id
        if bundle_type is not None:
            field_dict["bundleType"] = bundle_type
        if d_sym_url is not None:
            field_dict["dSYMUrl"] = d_sym_url
        if device_protocols is not None:
            field_dict["deviceProtocols"] = device_protocols
        if entitlements is not None:
            field_dict["entitlements"] = entitlements
        if file_name is not None:
            field_dict["fileName"] = file_name
        if has_on_demand_resources is not None:
            field_dict["hasOnDemandResources"] = has_on_demand_resources
        if has_prerendered_icon is not None:
            field_dict["hasPrerenderedIcon"] = has_prerendered_icon
        if has_sirikit is not None:
            field_dict["hasSirikit"] = has_sirikit
        if includes_symbols is not None:
            field_dict["includesSymbols"] = includes_symbols
        if is_ios_build_mac_app_store_compatible is not None:
            field_dict["isIosBuildMacAppStoreCompatible"] = is_ios_build_mac_app_store_compatible
        if locales is not None:
            field_dict["locales"] = locales
        if minimum_os_version is not None:
            field_dict["minimumOsVersion"] = minimum_os_version
        if platform_build is not None:
            field_dict["platformBuild"] = platform_build
        if required_capabilities is not None:
            field_dict["requiredCapabilities"] = required_capabilities
        if sdk_build is not None:
            field_dict["sdkBuild"] = sdk_build
        if supported_architectures is not None:
            field_dict["supportedArchitectures"] = supported_architectures
        if uses_location_services is not None:
            field_dict["usesLocationServices"] = uses_location_services
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        ba_download_allowance = src_dict.get("baDownloadAllowance")

        ba_max_install_size = src_dict.get("baMaxInstallSize")

        bundle_id = src_dict.get("bundleId")

        _raw_bundle_type = src_dict.get("bundleType")
        if _raw_bundle_type is None:
            bundle_type = None
        else:
            bundle_type = BuildBundleType.of(_raw_bundle_type)

        d_sym_url = src_dict.get("dSYMUrl")

        _raw_device_protocols = src_dict.get("deviceProtocols")
        if _raw_device_protocols is None:
            device_protocols = None
        else:
            device_protocols = cast(list[str], _raw_device_protocols)

        file_name = src_dict.get("fileName")

        has_on_demand_resources = src_dict.get("hasOnDemandResources")

        has_prerendered_icon = src_dict.get("hasPrerenderedIcon")

        has_sirikit = src_dict.get("hasSirikit")

        includes_symbols = src_dict.get("includesSymbols")

        is_ios_build_mac_app_store_compatible = src_dict.get("isIosBuildMacAppStoreCompatible")

        _raw_locales = src_dict.get("locales")
        if _raw_locales is None:
            locales = None
        else:
            locales = cast(list[str], _raw_locales)

        minimum_os_version = src_dict.get("minimumOsVersion")

        platform_build = src_dict.get("platformBuild")

        _raw_required_capabilities = src_dict.get("requiredCapabilities")
        if _raw_required_capabilities is None:
            required_capabilities = None
        else:
            required_capabilities = cast(list[str], _raw_required_capabilities)

        sdk_build = src_dict.get("sdkBuild")

        _raw_supported_architectures = src_dict.get("supportedArchitectures")
        if _raw_supported_architectures is None:
            supported_architectures = None
        else:
            supported_architectures = cast(list[str], _raw_supported_architectures)

        uses_location_services = src_dict.get("usesLocationServices")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.ba_download_allowance = ba_download_allowance
        _model.ba_max_install_size = ba_max_install_size
        _model.bundle_id = bundle_id
        _model.bundle_type = bundle_type
        _model.d_sym_url = d_sym_url
        _model.device_protocols = device_protocols
        _model.file_name = file_name
        _model.has_on_demand_resources = has_on_demand_resources
        _model.has_prerendered_icon = has_prerendered_icon
        _model.has_sirikit = has_sirikit
        _model.includes_symbols = includes_symbols
        _model.is_ios_build_mac_app_store_compatible = is_ios_build_mac_app_store_compatible
        _model.locales = locales
        _model.minimum_os_version = minimum_os_version
        _model.platform_build = platform_build
        _model.required_capabilities = required_capabilities
        _model.sdk_build = sdk_build
        _model.supported_architectures = supported_architectures
        _model.uses_location_services = uses_location_services
        _model._document = src_dict  # entitlements: read on first access
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
