from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.apps_beta_tester_usages_v1_metric_response_data_item_dimensions_beta_testers import (
        AppsBetaTesterUsagesV1MetricResponseDataItemDimensionsBetaTesters,
    )


T = TypeVar("T", bound="AppsBetaTesterUsagesV1MetricResponseDataItemDimensions")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppsBetaTesterUsagesV1MetricResponseDataItemDimensionsBetaTesters
    from ..models.apps_beta_tester_usages_v1_metric_response_data_item_dimensions_beta_testers import (
        AppsBetaTesterUsagesV1MetricResponseDataItemDimensionsBetaTesters,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppsBetaTesterUsagesV1MetricResponseDataItemDimensions:
    """
    Attributes:
        beta_testers (AppsBetaTesterUsagesV1MetricResponseDataItemDimensionsBetaTesters | Unset):
    """

    beta_testers: AppsBetaTesterUsagesV1MetricResponseDataItemDimensionsBetaTesters | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        beta_testers: Any = None
        if self.beta_testers is not None:
            beta_testers = self.beta_testers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if beta_testers is not None:
            field_dict["betaTesters"] = beta_testers
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_beta_testers = d.pop("betaTesters", None)
        if _raw_beta_testers is None:
            beta_testers = None
        else:
            beta_testers = AppsBetaTesterUsagesV1MetricResponseDataItemDimensionsBetaTesters.from_dict(
                _raw_beta_testers
            )

        apps_beta_tester_usages_v1_metric_response_data_item_dimensions = cls(
            beta_testers=beta_testers,
        )
        apps_beta_tester_usages_v1_metric_response_data_item_dimensions.additional_properties = d
        return apps_beta_tester_usages_v1_metric_response_data_item_dimensions

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
