from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_price_point_v3_relationships_app import AppPricePointV3RelationshipsApp
    from ..models.app_price_point_v3_relationships_equalizations import (
        AppPricePointV3RelationshipsEqualizations,
    )
    from ..models.app_price_point_v3_relationships_territory import AppPricePointV3RelationshipsTerritory


T = TypeVar("T", bound="AppPricePointV3Relationships")
_KNOWN_KEYS = frozenset(
    {
        "app",
        "equalizations",
        "territory",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppPricePointV3RelationshipsApp, \
        AppPricePointV3RelationshipsEqualizations, \
        AppPricePointV3RelationshipsTerritory
    from ..models.app_price_point_v3_relationships_app import AppPricePointV3RelationshipsApp
    from ..models.app_price_point_v3_relationships_equalizations import (
        AppPricePointV3RelationshipsEqualizations,
    )
    from ..models.app_price_point_v3_relationships_territory import AppPricePointV3RelationshipsTerritory

    _LAZY_IMPORTS_DONE = True


def _read_app(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app = src_dict.get("app")
    if _raw_app is None:
        app = None
    else:
        app = AppPricePointV3RelationshipsApp.from_dict(_raw_app)

    return app


def _read_equalizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_equalizations = src_dict.get("equalizations")
    if _raw_equalizations is None:
        equalizations = None
    else:
        equalizations = AppPricePointV3RelationshipsEqualizations.from_dict(_raw_equalizations)

    return equalizations


def _read_territory(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_territory = src_dict.get("territory")
    if _raw_territory is None:
        territory = None
    else:
        territory = AppPricePointV3RelationshipsTerritory.from_dict(_raw_territory)

    return territory


_READERS: dict[str, Any] = {
    "app": _read_app,
    "equalizations": _read_equalizations,
    "territory": _read_territory,
}


@_attrs_define(repr=False)
class AppPricePointV3Relationships:
    """
    Attributes:
        app (AppPricePointV3RelationshipsApp | Unset):
        equalizations (AppPricePointV3RelationshipsEqualizations | Unset):
        territory (AppPricePointV3RelationshipsTerritory | Unset):
    """

    app: AppPricePointV3RelationshipsApp | None = None
    equalizations: AppPricePointV3RelationshipsEqualizations | None = None
    territory: AppPricePointV3RelationshipsTerritory | None = None
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
        app: Any = None
        if self.app is not None:
            app = self.app.to_dict()

        equalizations: Any = None
        if self.equalizations is not None:
            equalizations = self.equalizations.to_dict()

        territory: Any = None
        if self.territory is not None:
            territory = self.territory.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app is not None:
            field_dict["app"] = app
        if equalizations is not None:
            field_dict["equalizations"] = equalizations
        if territory is not None:
            field_dict["territory"] = territory
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app, equalizations, territory: read on first access
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
