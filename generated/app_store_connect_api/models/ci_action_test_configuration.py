from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ci_action_test_configuration_kind import CiActionTestConfigurationKind
from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.ci_test_destination import CiTestDestination


T = TypeVar("T", bound="CiActionTestConfiguration")
_KNOWN_KEYS = frozenset(
    {
        "kind",
        "testDestinations",
        "testPlanName",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, CiTestDestination
    from ..models.ci_test_destination import CiTestDestination

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class CiActionTestConfiguration:
    """
    Attributes:
        kind (CiActionTestConfigurationKind | Unset):
        test_destinations (list[CiTestDestination] | Unset):
        test_plan_name (str | Unset):
    """

    kind: CiActionTestConfigurationKind | Unset | None = UNSET
    test_destinations: list[CiTestDestination] | Unset | None = UNSET
    test_plan_name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        kind: str | Unset | None
        if self.kind is None:
            kind = None
        else:
            kind = UNSET
            if not isinstance(self.kind, Unset):
                kind = self.kind.value

        test_destinations: list[dict[str, Any]] | Unset | None
        if self.test_destinations is None:
            test_destinations = None
        else:
            test_destinations = UNSET
            if not isinstance(self.test_destinations, Unset):
                test_destinations = []
                for test_destinations_item_data in self.test_destinations:
                    test_destinations_item = test_destinations_item_data.to_dict()
                    test_destinations.append(test_destinations_item)

        test_plan_name = self.test_plan_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if kind is not UNSET:
            field_dict["kind"] = kind
        if test_destinations is not UNSET:
            field_dict["testDestinations"] = test_destinations
        if test_plan_name is not UNSET:
            field_dict["testPlanName"] = test_plan_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_kind = src_dict.get("kind", UNSET)
        if _raw_kind is None:
            kind = None
        else:
            _kind = _raw_kind
            kind: CiActionTestConfigurationKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = CiActionTestConfigurationKind.of(_kind)

        _raw_test_destinations = src_dict.get("testDestinations", UNSET)
        if _raw_test_destinations is None:
            test_destinations = None
        else:
            _test_destinations = _raw_test_destinations
            test_destinations: list[CiTestDestination] | Unset = UNSET
            if _test_destinations is not UNSET:
                test_destinations = []
                for test_destinations_item_data in _test_destinations:
                    test_destinations_item = CiTestDestination.from_dict(test_destinations_item_data)

                    test_destinations.append(test_destinations_item)

        test_plan_name = src_dict.get("testPlanName", UNSET)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.kind = kind
        _model.test_destinations = test_destinations
        _model.test_plan_name = test_plan_name
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
