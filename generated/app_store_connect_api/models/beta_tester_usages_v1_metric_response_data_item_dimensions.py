from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.beta_tester_usages_v1_metric_response_data_item_dimensions_apps import (
        BetaTesterUsagesV1MetricResponseDataItemDimensionsApps,
    )


T = TypeVar("T", bound="BetaTesterUsagesV1MetricResponseDataItemDimensions")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, BetaTesterUsagesV1MetricResponseDataItemDimensionsApps
    from ..models.beta_tester_usages_v1_metric_response_data_item_dimensions_apps import (
        BetaTesterUsagesV1MetricResponseDataItemDimensionsApps,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class BetaTesterUsagesV1MetricResponseDataItemDimensions:
    """
    Attributes:
        apps (BetaTesterUsagesV1MetricResponseDataItemDimensionsApps | Unset):
    """

    apps: BetaTesterUsagesV1MetricResponseDataItemDimensionsApps | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        _raw_apps = d.pop("apps", None)
        if _raw_apps is None:
            apps = None
        else:
            apps = BetaTesterUsagesV1MetricResponseDataItemDimensionsApps.from_dict(_raw_apps)

        beta_tester_usages_v1_metric_response_data_item_dimensions = cls(
            apps=apps,
        )
        beta_tester_usages_v1_metric_response_data_item_dimensions.additional_properties = d
        return beta_tester_usages_v1_metric_response_data_item_dimensions

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
