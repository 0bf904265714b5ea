from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.beta_tester_usages_v1_metric_response_data_item_dimensions_apps import (
        BetaTesterUsagesV1MetricResponseDataItemDimensionsApps,
    )


T = TypeVar("T", bound="BetaTesterUsagesV1MetricResponseDataItemDimensions")
_KNOWN_KEYS = frozenset(
    {
        "apps",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, BetaTesterUsagesV1MetricResponseDataItemDimensionsApps
    from ..models.beta_tester_usages_v1_metric_response_data_item_dimensions_apps import (
        BetaTesterUsagesV1MetricResponseDataItemDimensionsApps,
    )

    _LAZY_IMPORTS_DONE = True


def _read_apps(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_apps = src_dict.get("apps")
    if _raw_apps is None:
        apps = None
    else:
        apps = BetaTesterUsagesV1MetricResponseDataItemDimensionsApps.from_dict(_raw_apps)

    return apps


_READERS: dict[str, Any] = {
    "apps": _read_apps,
}


@_attrs_define(repr=False)
class BetaTesterUsagesV1MetricResponseDataItemDimensions:
    """
    Attributes:
        apps (BetaTesterUsagesV1MetricResponseDataItemDimensionsApps | Unset):
    """

    apps: BetaTesterUsagesV1MetricResponseDataItemDimensionsApps | None = None
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
        apps: Any = None
        if self.apps is not None:
            apps = self.apps.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if apps is not None:
            field_dict["apps"] = apps
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # apps: read on first access
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
