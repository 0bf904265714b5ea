from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.build_audience_type import BuildAudienceType
from ..models.ci_action_destination import CiActionDestination
from ..models.ci_action_platform import CiActionPlatform
from ..models.ci_action_type import CiActionType
from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.ci_action_test_configuration import CiActionTestConfiguration


T = TypeVar("T", bound="CiAction")
_KNOWN_KEYS = frozenset(
    {
        "actionType",
        "buildDistributionAudience",
        "destination",
        "isRequiredToPass",
        "name",
        "platform",
        "scheme",
        "testConfiguration",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, CiActionTestConfiguration
    from ..models.ci_action_test_configuration import CiActionTestConfiguration

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class CiAction:
    """
    Attributes:
        action_type (CiActionType | Unset):
        build_distribution_audience (BuildAudienceType | Unset):
        destination (CiActionDestination | Unset):
        is_required_to_pass (bool | Unset):
        name (str | Unset):
        platform (CiActionPlatform | Unset):
        scheme (str | Unset):
        test_configuration (CiActionTestConfiguration | Unset):
    """

    action_type: CiActionType | Unset | None = UNSET
    build_distribution_audience: BuildAudienceType | Unset | None = UNSET
    destination: CiActionDestination | Unset | None = UNSET
    is_required_to_pass: bool | Unset | None = UNSET
    name: str | Unset | None = UNSET
    platform: CiActionPlatform | Unset | None = UNSET
    scheme: str | Unset | None = UNSET
    test_configuration: CiActionTestConfiguration | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        action_type: str | Unset | None
        if self.action_type is None:
            action_type = None
        else:
            action_type = UNSET
            if not isinstance(self.action_type, Unset):
                action_type = self.action_type.value

        build_distribution_audience: str | Unset | None
        if self.build_distribution_audience is None:
            build_distribution_audience = None
        else:
            build_distribution_audience = UNSET
            if not isinstance(self.build_distribution_audience, Unset):
                build_distribution_audience = self.build_distribution_audience.value

        destination: str | Unset | None
        if self.destination is None:
            destination = None
        else:
            destination = UNSET
            if not isinstance(self.destination, Unset):
                destination = self.destination.value

        is_required_to_pass = self.is_required_to_pass

        name = self.name

        platform: str | Unset | None
        if self.platform is None:
            platform = None
        else:
            platform = UNSET
            if not isinstance(self.platform, Unset):
                platform = self.platform.value

        scheme = self.scheme

        test_configuration: dict[str, Any] | Unset | None
        if self.test_configuration is None:
            test_configuration = None
        else:
            test_configuration = UNSET
            if not isinstance(self.test_configuration, Unset):
                test_configuration = self.test_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if action_type is not UNSET:
            field_dict["actionType"] = action_type
        if build_distribution_audience is not UNSET:
            field_dict["buildDistributionAudience"] = build_distribution_audience
        if destination is not UNSET:
            field_dict["destination"] = destination
        if is_required_to_pass is not UNSET:
            field_dict["isRequiredToPass"] = is_required_to_pass
        if name is not UNSET:
            field_dict["name"] = name
        if platform is not UNSET:
            field_dict["platform"] = platform
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if test_configuration is not UNSET:
            field_dict["testConfiguration"] = test_configuration
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_action_type = src_dict.get("actionType", UNSET)
        if _raw_action_type is None:
            action_type = None
        else:
            _action_type = _raw_action_type
            action_type: CiActionType | Unset
            if isinstance(_action_type, Unset):
                action_type = UNSET
            else:
                action_type = CiActionType.of(_action_type)

        _raw_build_distribution_audience = src_dict.get("buildDistributionAudience", UNSET)
        if _raw_build_distribution_audience is None:
            build_distribution_audience = None
        else:
            _build_distribution_audience = _raw_build_distribution_audience
            build_distribution_audience: BuildAudienceType | Unset
            if isinstance(_build_distribution_audience, Unset):
                build_distribution_audience = UNSET
            else:
                build_distribution_audience = BuildAudienceType.of(_build_distribution_audience)

        _raw_destination = src_dict.get("destination", UNSET)
        if _raw_destination is None:
            destination = None
        else:
            _destination = _raw_destination
            destination: CiActionDestination | Unset
            if isinstance(_destination, Unset):
                destination = UNSET
            else:
                destination = CiActionDestination.of(_destination)

        is_required_to_pass = src_dict.get("isRequiredToPass", UNSET)

        name = src_dict.get("name", UNSET)

        _raw_platform = src_dict.get("platform", UNSET)
        if _raw_platform is None:
            platform = None
        else:
            _platform = _raw_platform
            platform: CiActionPlatform | Unset
            if isinstance(_platform, Unset):
                platform = UNSET
            else:
                platform = CiActionPlatform.of(_platform)

        scheme = src_dict.get("scheme", UNSET)

        _raw_test_configuration = src_dict.get("testConfiguration", UNSET)
        if _raw_test_configuration is None:
            test_configuration = None
        else:
            _test_configuration = _raw_test_configuration
            test_configuration: CiActionTestConfiguration | Unset
            if isinstance(_test_configuration, Unset):
                test_configuration = UNSET
            else:
                test_configuration = CiActionTestConfiguration.from_dict(_test_configuration)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.action_type = action_type
        _model.build_distribution_audience = build_distribution_audience
        _model.destination = destination
        _model.is_required_to_pass = is_required_to_pass
        _model.name = name
        _model.platform = platform
        _model.scheme = scheme
        _model.test_configuration = test_configuration
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
