from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.build_bundle_file_size import BuildBundleFileSize
    from ..models.paged_document_links import PagedDocumentLinks
    from ..models.paging_information import PagingInformation


T = TypeVar("T", bound="BuildBundleFileSizesResponse")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, BuildBundleFileSize, PagedDocumentLinks, PagingInformation
    from ..models.build_bundle_file_size import BuildBundleFileSize
    from ..models.paged_document_links import PagedDocumentLinks
    from ..models.paging_information import PagingInformation

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class BuildBundleFileSizesResponse:
    """
    Attributes:
        data (list[BuildBundleFileSize]):
        links (PagedDocumentLinks | Unset):
        meta (PagingInformation | Unset):
    """

    data: list[BuildBundleFileSize]
    links: PagedDocumentLinks | None = None
    meta: PagingInformation | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        links: Any = None
        if self.links is not None:
            links = self.links.to_dict()

        meta: Any = None
        if self.meta is not None:
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = data
        if links is not None:
            field_dict["links"] = links
        if meta is not None:
            field_dict["meta"] = meta
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = BuildBundleFileSize.from_dict(data_item_data)

            data.append(data_item)

        _raw_links = d.pop("links", None)
        if _raw_links is None:
            links = None
        else:
            links = PagedDocumentLinks.from_dict(_raw_links)

        _raw_meta = d.pop("meta", None)
        if _raw_meta is None:
            meta = None
        else:
            meta = PagingInformation.from_dict(_raw_meta)

        build_bundle_file_sizes_response = cls(
            data=data,
            links=links,
            meta=meta,
        )
        build_bundle_file_sizes_response.additional_properties = d
        return build_bundle_file_sizes_response

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
