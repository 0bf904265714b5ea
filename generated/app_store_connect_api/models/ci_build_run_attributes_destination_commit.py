from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.ci_git_user import CiGitUser


T = TypeVar("T", bound="CiBuildRunAttributesDestinationCommit")
_KNOWN_KEYS = frozenset(
    {
        "author",
        "commitSha",
        "committer",
        "message",
        "webUrl",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, CiGitUser
    from ..models.ci_git_user import CiGitUser

    _LAZY_IMPORTS_DONE = True


def _read_author(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_author = src_dict.get("author")
    if _raw_author is None:
        author = None
    else:
        author = CiGitUser.from_dict(_raw_author)

    return author


def _read_committer(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_committer = src_dict.get("committer")
    if _raw_committer is None:
        committer = None
    else:
        committer = CiGitUser.from_dict(_raw_committer)

    return committer


_READERS: dict[str, Any] = {
    "author": _read_author,
    "committer": _read_committer,
}


@_attrs_define(repr=False)
class CiBuildRunAttributesDestinationCommit:
    """
    Attributes:
        author (CiGitUser | Unset):
        commit_sha (str | Unset):
        committer (CiGitUser | Unset):
        message (str | Unset):
        web_url (str | Unset):
    """

    author: CiGitUser | None = None
    commit_sha: str | None = None
    committer: CiGitUser | None = None
    message: str | None = None
    web_url: str | None = None
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
        author: Any = None
        if self.author is not None:
            author = self.author.to_dict()

        commit_sha = self.commit_sha

        committer: Any = None
        if self.committer is not None:
            committer = self.committer.to_dict()

        message = self.message

        web_url = self.web_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if author is not None:
            field_dict["author"] = author
        if commit_sha is not None:
            field_dict["commitSha"] = commit_sha
        if committer is not None:
            field_dict["committer"] = committer
        if message is not None:
            field_dict["message"] = message
        if web_url is not None:
            field_dict["webUrl"] = web_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        commit_sha = src_dict.get("commitSha")

        message = src_dict.get("message")

        web_url = src_dict.get("webUrl")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.commit_sha = commit_sha
        _model.message = message
        _model.web_url = web_url
        _model._document = src_dict  # author, committer: read on first access
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
