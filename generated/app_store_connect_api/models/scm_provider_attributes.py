from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.scm_provider_type import ScmProviderType


T = TypeVar("T", bound="ScmProviderAttributes")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, ScmProviderType
    from ..models.scm_provider_type import ScmProviderType

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class ScmProviderAttributes:
    """
    Attributes:
        scm_provider_type (ScmProviderType | Unset):
        url (str | Unset):
    """

    scm_provider_type: ScmProviderType | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        scm_provider_type: Any = None
        if self.scm_provider_type is not None:
            scm_provider_type = self.scm_provider_type.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if scm_provider_type is not None:
            field_dict["scmProviderType"] = scm_provider_type
        if url is not None:
            field_dict["url"] = url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_scm_provider_type = d.pop("scmProviderType", None)
        if _raw_scm_provider_type is None:
            scm_provider_type = None
        else:
            scm_provider_type = ScmProviderType.from_dict(_raw_scm_provider_type)

        url = d.pop("url", None)

        scm_provider_attributes = cls(
            scm_provider_type=scm_provider_type,
            url=url,
        )
        scm_provider_attributes.additional_properties = d
        return scm_provider_attributes

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
