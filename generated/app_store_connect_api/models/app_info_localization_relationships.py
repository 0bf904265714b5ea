from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.app_info_localization_relationships_app_info import AppInfoLocalizationRelationshipsAppInfo


T = TypeVar("T", bound="AppInfoLocalizationRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppInfoLocalizationRelationshipsAppInfo
    from ..models.app_info_localization_relationships_app_info import AppInfoLocalizationRelationshipsAppInfo

    _LAZY_IMPORTS_DONE = True


def _read_app_info(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_info = d.pop("appInfo", None)
    if _raw_app_info is None:
        app_info = None
    else:
        app_info = AppInfoLocalizationRelationshipsAppInfo.from_dict(_raw_app_info)

    return app_info


def _read_additional_properties(d: dict[str, Any]) -> Any:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_KNOWN_KEYS = frozenset(
    {
        "appInfo",
    }
)
_READERS: dict[str, Any] = {
    "app_info": _read_app_info,
    "additional_properties": _read_additional_properties,
}


@_attrs_define(repr=False)
class AppInfoLocalizationRelationships:
    """
    Attributes:
        app_info (AppInfoLocalizationRelationshipsAppInfo | Unset):
    """

    app_info: AppInfoLocalizationRelationshipsAppInfo | None = None
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
        app_info: Any = None
        if self.app_info is not None:
            app_info = self.app_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_info is not None:
            field_dict["appInfo"] = app_info
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        app_info_localization_relationships = cls.__new__(cls)
        app_info_localization_relationships._document = dict(src_dict)  # each field is read on first access
        return app_info_localization_relationships

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
