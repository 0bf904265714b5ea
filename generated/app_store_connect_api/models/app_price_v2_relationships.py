from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.app_price_v2_relationships_app_price_point import AppPriceV2RelationshipsAppPricePoint
    from ..models.app_price_v2_relationships_territory import AppPriceV2RelationshipsTerritory


T = TypeVar("T", bound="AppPriceV2Relationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppPriceV2RelationshipsAppPricePoint, AppPriceV2RelationshipsTerritory
    from ..models.app_price_v2_relationships_app_price_point import AppPriceV2RelationshipsAppPricePoint
    from ..models.app_price_v2_relationships_territory import AppPriceV2RelationshipsTerritory

    _LAZY_IMPORTS_DONE = True


def _read_app_price_point(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_price_point = d.pop("appPricePoint", None)
    if _raw_app_price_point is None:
        app_price_point = None
    else:
        app_price_point = AppPriceV2RelationshipsAppPricePoint.from_dict(_raw_app_price_point)

    return app_price_point


def _read_territory(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_territory = d.pop("territory", None)
    if _raw_territory is None:
        territory = None
    else:
        territory = AppPriceV2RelationshipsTerritory.from_dict(_raw_territory)

    return territory


def _read_additional_properties(d: dict[str, Any]) -> Any:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_KNOWN_KEYS = frozenset(
    {
        "appPricePoint",
        "territory",
    }
)
_READERS: dict[str, Any] = {
    "app_price_point": _read_app_price_point,
    "territory": _read_territory,
    "additional_properties": _read_additional_properties,
}


@_attrs_define(repr=False)
class AppPriceV2Relationships:
    """
    Attributes:
        app_price_point (AppPriceV2RelationshipsAppPricePoint | Unset):
        territory (AppPriceV2RelationshipsTerritory | Unset):
    """

    app_price_point: AppPriceV2RelationshipsAppPricePoint | None = None
    territory: AppPriceV2RelationshipsTerritory | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def __getattr__(self, name: str) -> Any:
        """A field not read yet is read from the document now (`from_dict` defers them all)."""
        read = _READERS.get(name)
        if read is None or self._document is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = read(self._document)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_price_point: Any = None
        if self.app_price_point is not None:
            app_price_point = self.app_price_point.to_dict()

        territory: Any = None
        if self.territory is not None:
            territory = self.territory.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_price_point is not None:
            field_dict["appPricePoint"] = app_price_point
        if territory is not None:
            field_dict["territory"] = territory
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        app_price_v2_relationships = cls.__new__(cls)
        app_price_v2_relationships._document = dict(src_dict)  # each field is read on first access
        return app_price_v2_relationships

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
