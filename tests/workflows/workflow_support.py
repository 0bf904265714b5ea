"""Helpers of the workflow tests: the writes a sandbox received, and the seeded builds and versions."""

from __future__ import annotations

from typing import Any

from app_store_connect import ApiKey, AppStoreConnect
from app_store_connect.sandbox import Host, Sandbox


def writes(sandbox: Sandbox) -> list[tuple[str, str]]:
    """(method, path) of every write the API host received so far."""
    return [
        (entry.request.method, entry.request.path)
        for entry in sandbox.requests
        if entry.host is Host.API and entry.request.method != "GET"
    ]


def newest_build(sandbox: Sandbox, app: str) -> str:
    """The app's newest build: still PROCESSING in the seeded account."""
    return sandbox.ids("builds", app=app)[-1]


def build_numbers(asc: AppStoreConnect, build_id: str) -> tuple[str, str]:
    """(version string, build number) of a build."""
    document = asc.request("GET", f"/v1/builds/{build_id}", params={"include": "preReleaseVersion"}).json()
    return document["included"][0]["attributes"]["version"], document["data"]["attributes"]["version"]


def attributes(asc: AppStoreConnect, path: str) -> dict[str, Any]:
    """The attributes of the resource at `path`."""
    data = asc.request("GET", path).json()["data"]
    return dict(data["attributes"]) if data else {}


def ids(asc: AppStoreConnect, path: str, **params: str) -> list[str]:
    """The ids of a collection's items (one page is enough here)."""
    return [item["id"] for item in asc.request("GET", path, params=params).json()["data"]]


def demo_key(sandbox: Sandbox) -> ApiKey:
    """The sandbox's demo team key."""
    return ApiKey.from_pem(sandbox.private_key_pem, key_id=sandbox.key_id, issuer_id=sandbox.issuer_id)
