from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.beta_public_link_usages_v1_metric_response_data_item_data_points_item_values import (
        BetaPublicLinkUsagesV1MetricResponseDataItemDataPointsItemValues,
    )


T = TypeVar("T", bound="BetaPublicLinkUsagesV1MetricResponseDataItemDataPointsItem")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, BetaPublicLinkUsagesV1MetricResponseDataItemDataPointsItemValues
    from ..models.beta_public_link_usages_v1_metric_response_data_item_data_points_item_values import (
        BetaPublicLinkUsagesV1MetricResponseDataItemDataPointsItemValues,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class BetaPublicLinkUsagesV1MetricResponseDataItemDataPointsItem:
    """
    Attributes:
        end (datetime.datetime | Unset):
        start (datetime.datetime | Unset):
        values (BetaPublicLinkUsagesV1MetricResponseDataItemDataPointsItemValues | Unset):
    """

    end: datetime.datetime | None = None
    start: datetime.datetime | None = None
    values: BetaPublicLinkUsagesV1MetricResponseDataItemDataPointsItemValues | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        end: Any = None
        if self.end is not None:
            end = self.end.isoformat()

        start: Any = None
        if self.start is not None:
            start = self.start.isoformat()

        values: Any = None
        if self.values is not None:
            values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if end is not None:
            field_dict["end"] = end
        if start is not None:
            field_dict["start"] = start
        if values is not None:
            field_dict["values"] = values
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_end = d.pop("end", None)
        if _raw_end is None:
            end = None
        else:
            end = datetime.datetime.fromisoformat(_raw_end)

        _raw_start = d.pop("start", None)
        if _raw_start is None:
            start = None
        else:
            start = datetime.datetime.fromisoformat(_raw_start)

        _raw_values = d.pop("values", None)
        if _raw_values is None:
            values = None
        else:
            values = BetaPublicLinkUsagesV1MetricResponseDataItemDataPointsItemValues.from_dict(_raw_values)

        beta_public_link_usages_v1_metric_response_data_item_data_points_item = cls(
            end=end,
            start=start,
            values=values,
        )
        beta_public_link_usages_v1_metric_response_data_item_data_points_item.additional_properties = d
        return beta_public_link_usages_v1_metric_response_data_item_data_points_item

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
