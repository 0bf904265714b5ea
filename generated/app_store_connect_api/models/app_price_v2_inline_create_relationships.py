from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.app_price_v2_inline_create_relationships_app_price_point import (
        AppPriceV2InlineCreateRelationshipsAppPricePoint,
    )


T = TypeVar("T", bound="AppPriceV2InlineCreateRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appPricePoint",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppPriceV2InlineCreateRelationshipsAppPricePoint
    from ..models.app_price_v2_inline_create_relationships_app_price_point import (
        AppPriceV2InlineCreateRelationshipsAppPricePoint,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppPriceV2InlineCreateRelationships:
    """
    Attributes:
        app_price_point (AppPriceV2InlineCreateRelationshipsAppPricePoint | Unset):
    """

    app_price_point: AppPriceV2InlineCreateRelationshipsAppPricePoint | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_price_point: dict[str, Any] | Unset | None
        if self.app_price_point is None:
            app_price_point = None
        else:
            app_price_point = UNSET
            if not isinstance(self.app_price_point, Unset):
                app_price_point = self.app_price_point.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_price_point is not UNSET:
            field_dict["appPricePoint"] = app_price_point
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_app_price_point = src_dict.get("appPricePoint", UNSET)
        if _raw_app_price_point is None:
            app_price_point = None
        else:
            _app_price_point = _raw_app_price_point
            app_price_point: AppPriceV2InlineCreateRelationshipsAppPricePoint | Unset
            if isinstance(_app_price_point, Unset):
                app_price_point = UNSET
            else:
                app_price_point = AppPriceV2InlineCreateRelationshipsAppPricePoint.from_dict(_app_price_point)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_price_point = app_price_point
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
