"""Uploads (Q13): reserve, PUT parts to the presigned host (never with Authorization), commit, poll."""

from __future__ import annotations

import hashlib
import struct
from typing import Any

import httpx
from sandbox_support import authorized

from app_store_connect.sandbox import Fault, Host, Sandbox

# A PNG header of a 1290 x 2796 image and padding: 2524 bytes, three parts of the fixture's 1000 bytes.
PNG = b"\x89PNG\r\n\x1a\n" + struct.pack(">I4sII", 13, b"IHDR", 1290, 2796) + bytes(2500)


def screenshot_set(sandbox: Sandbox) -> str:
    return sandbox.ids("appScreenshotSets")[0]


def reserve_screenshot(client: httpx.Client, sandbox: Sandbox, data: bytes) -> dict[str, Any]:
    body = {
        "data": {
            "type": "appScreenshots",
            "attributes": {"fileName": "home.png", "fileSize": len(data)},
            "relationships": {
                "appScreenshotSet": {"data": {"type": "appScreenshotSets", "id": screenshot_set(sandbox)}}
            },
        }
    }
    response = client.post("/v1/appScreenshots", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json()["data"])


def put_parts(plain: httpx.Client, operations: list[dict[str, Any]], data: bytes) -> None:
    for operation in operations:
        headers = {header["name"]: header["value"] for header in operation["requestHeaders"]}
        part = data[operation["offset"] : operation["offset"] + operation["length"]]
        response = plain.request(operation["method"], operation["url"], content=part, headers=headers)
        assert response.status_code == 200, response.text
        assert response.headers["ETag"] == f'"{hashlib.md5(part).hexdigest()}"'


def commit(client: httpx.Client, id_: str, **attributes: Any) -> httpx.Response:
    body = {"data": {"type": "appScreenshots", "id": id_, "attributes": {"uploaded": True, **attributes}}}
    return client.patch(f"/v1/appScreenshots/{id_}", json=body)


def state(client: httpx.Client, id_: str) -> str:
    return str(
        client.get(f"/v1/appScreenshots/{id_}").json()["data"]["attributes"]["assetDeliveryState"]["state"]
    )


def test_a_screenshot_goes_from_awaiting_upload_to_complete(
    sandbox: Sandbox, client: httpx.Client, plain: httpx.Client
) -> None:
    screenshot = reserve_screenshot(client, sandbox, PNG)
    attributes = screenshot["attributes"]
    assert attributes["assetDeliveryState"] == {"errors": [], "warnings": [], "state": "AWAITING_UPLOAD"}
    operations = attributes["uploadOperations"]
    assert [(op["offset"], op["length"]) for op in operations] == [
        (0, 1000),
        (1000, 1000),
        (2000, 524),
    ]
    assert all(
        op["method"] == "PUT" and op["url"].startswith(sandbox.presigned_base_url) for op in operations
    )
    assert operations[0]["requestHeaders"] == [{"name": "Content-Type", "value": "image/png"}]
    put_parts(plain, operations, PNG)
    committed = commit(client, screenshot["id"], sourceFileChecksum=hashlib.md5(PNG).hexdigest())
    assert committed.status_code == 200
    assert committed.json()["data"]["attributes"]["assetDeliveryState"]["state"] == "UPLOAD_COMPLETE"
    assert [state(client, screenshot["id"]) for _ in range(3)] == ["UPLOAD_COMPLETE", "COMPLETE", "COMPLETE"]
    image = client.get(f"/v1/appScreenshots/{screenshot['id']}").json()["data"]["attributes"]["imageAsset"]
    assert (image["width"], image["height"]) == (1290, 2796)
    presigned = [record for record in sandbox.requests if record.host is Host.PRESIGNED]
    assert len(presigned) == 3
    assert all(record.request.header("Authorization") is None for record in presigned)


def test_the_presigned_host_refuses_authorization_like_s3(
    sandbox: Sandbox, client: httpx.Client, plain: httpx.Client
) -> None:
    operation = reserve_screenshot(client, sandbox, PNG)["attributes"]["uploadOperations"][0]
    response = plain.put(operation["url"], content=PNG[:1000], headers={"Authorization": "Bearer leaked"})
    assert response.status_code == 400
    assert "<Code>InvalidArgument</Code>" in response.text
    assert plain.put(operation["url"], content=PNG[:10]).status_code == 400  # the wrong length
    assert (
        plain.put(operation["url"].replace("X-Amz-Signature=", "X-Amz-Signature=0"), content=b"").status_code
        == 403
    )


def test_a_wrong_checksum_or_missing_part_fails_the_asset(
    sandbox: Sandbox, client: httpx.Client, plain: httpx.Client
) -> None:
    first = reserve_screenshot(client, sandbox, PNG)
    put_parts(plain, first["attributes"]["uploadOperations"], PNG)
    commit(client, first["id"], sourceFileChecksum="0" * 32)
    failed = client.get(f"/v1/appScreenshots/{first['id']}").json()["data"]["attributes"][
        "assetDeliveryState"
    ]
    assert failed["state"] == "FAILED"
    assert failed["errors"][0]["code"] == "CHECKSUM_MISMATCH"
    second = reserve_screenshot(client, sandbox, PNG)
    put_parts(plain, second["attributes"]["uploadOperations"][:2], PNG)
    commit(client, second["id"])
    assert state(client, second["id"]) == "FAILED"


def test_q13_a_commit_answers_504_although_it_worked(plain: httpx.Client) -> None:
    with Sandbox(quirks="q13", upload_part_size=1000) as sandbox, authorized(sandbox) as client:
        screenshot = reserve_screenshot(client, sandbox, PNG)
        put_parts(plain, screenshot["attributes"]["uploadOperations"], PNG)
        answer = commit(client, screenshot["id"], sourceFileChecksum=hashlib.md5(PNG).hexdigest())
        assert answer.status_code == 504
        assert answer.headers["Content-Type"] == "text/html"
        assert state(client, screenshot["id"]) in {"UPLOAD_COMPLETE", "COMPLETE"}  # it worked
        again = commit(client, screenshot["id"])  # a blind second commit
        assert again.status_code == 409


def test_an_upload_part_can_be_failed_and_retried(
    sandbox: Sandbox, client: httpx.Client, plain: httpx.Client
) -> None:
    screenshot = reserve_screenshot(client, sandbox, PNG)
    operation = screenshot["attributes"]["uploadOperations"][0]
    sandbox.inject(Fault.UNEXPECTED_ERROR, host=Host.PRESIGNED, method="PUT")
    failed = plain.put(operation["url"], content=PNG[:1000])
    assert failed.status_code == 500
    assert "<Code>InternalError</Code>" in failed.text
    assert plain.put(operation["url"], content=PNG[:1000]).status_code == 200


def _create_build_upload(client: httpx.Client, app_id: str, version: str) -> httpx.Response:
    return client.post(
        "/v1/buildUploads",
        json={
            "data": {
                "type": "buildUploads",
                "attributes": {
                    "cfBundleShortVersionString": "2.2",
                    "cfBundleVersion": version,
                    "platform": "IOS",
                },
                "relationships": {"app": {"data": {"type": "apps", "id": app_id}}},
            }
        },
    )


def test_a_build_upload_produces_a_valid_build(
    sandbox: Sandbox, client: httpx.Client, plain: httpx.Client
) -> None:
    app_id = sandbox.app_ids[0]
    upload = _create_build_upload(client, app_id, "500").json()["data"]
    assert upload["attributes"]["state"]["state"] == "AWAITING_UPLOAD"
    ipa = bytes(range(256)) * 10
    file = client.post(
        "/v1/buildUploadFiles",
        json={
            "data": {
                "type": "buildUploadFiles",
                "attributes": {
                    "assetType": "ASSET",
                    "fileName": "App.ipa",
                    "fileSize": len(ipa),
                    "uti": "com.apple.ipa",
                },
                "relationships": {"buildUpload": {"data": {"type": "buildUploads", "id": upload["id"]}}},
            }
        },
    ).json()["data"]
    operations = file["attributes"]["uploadOperations"]
    assert [op["partNumber"] for op in operations] == [1, 2, 3]
    assert all("expiration" in op for op in operations)
    put_parts(plain, operations, ipa)
    checksums = {"file": {"hash": hashlib.sha256(ipa).hexdigest(), "algorithm": "SHA_256"}}
    body = {
        "data": {
            "type": "buildUploadFiles",
            "id": file["id"],
            "attributes": {"uploaded": True, "sourceFileChecksums": checksums},
        }
    }
    assert client.patch(f"/v1/buildUploadFiles/{file['id']}", json=body).status_code == 200
    states = [client.get(f"/v1/buildUploads/{upload['id']}").json()["data"] for _ in range(3)]
    assert [item["attributes"]["state"]["state"] for item in states] == [
        "PROCESSING",
        "PROCESSING",
        "COMPLETE",
    ]
    build = client.get(f"/v1/buildUploads/{upload['id']}?include=build").json()["included"][0]
    assert build["attributes"]["version"] == "500"
    assert build["attributes"]["processingState"] == "VALID"
    assert build["id"] in sandbox.ids("builds", app=app_id)
    duplicate = _create_build_upload(client, app_id, "500")
    assert duplicate.status_code == 409
    assert duplicate.json()["errors"][0]["code"] == "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE"


def test_create_bodies_are_checked(sandbox: Sandbox, client: httpx.Client) -> None:
    missing = client.post(
        "/v1/appScreenshots",
        json={"data": {"type": "appScreenshots", "attributes": {"fileName": "a.png"}, "relationships": {}}},
    )
    assert missing.status_code == 409
    error = missing.json()["errors"][0]
    assert (error["code"], error["source"]) == (
        "ENTITY_ERROR.ATTRIBUTE.REQUIRED",
        {"pointer": "/data/attributes/fileSize"},
    )
    unknown_set = client.post(
        "/v1/appScreenshots",
        json={
            "data": {
                "type": "appScreenshots",
                "attributes": {"fileName": "a.png", "fileSize": 10},
                "relationships": {"appScreenshotSet": {"data": {"type": "appScreenshotSets", "id": "nope"}}},
            }
        },
    )
    assert unknown_set.status_code == 409  # not 404: the spec lists none for creates, and Apple sends 409
    assert unknown_set.json()["errors"][0]["source"] == {"pointer": "/data/relationships/appScreenshotSet"}
