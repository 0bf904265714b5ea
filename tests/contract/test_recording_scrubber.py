"""The record-time scrubber removes every credential and personal field (issue 7)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import yaml
from recording import scrub_request, scrub_response
from vcr.request import Request

CLEAN_CHECK = Path(__file__).resolve().parents[1] / "core" / "test_cassettes_are_clean.py"

JWT = (
    "eyJhbGciOiJFUzI1NiIsImtpZCI6IkFCQyJ9.eyJpc3MiOiJhYmMiLCJhdWQiOiJhcHBzdG9yZWNvbm5lY3QtdjEifQ.c2lnbmF0dXJl"
)
PRESIGNED = (
    "https://iosapps-ssl.itunes.apple.com/seg.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256"
    "&X-Amz-Credential=AKIAEXAMPLE%2F20251201&X-Amz-Signature=0123456789abcdef0123456789abcdef"
)


def sample_interaction() -> tuple[Request, dict[str, object]]:
    request = Request(
        "POST",
        f"https://api.appstoreconnect.apple.com/v1/users?filter[email]=jane.doe@example.org&token={JWT}",
        json.dumps({"data": {"attributes": {"firstName": "Jane", "email": "jane.doe@example.org"}}}),
        {"Authorization": f"Bearer {JWT}", "Cookie": "myacinfo=secret", "Content-Type": "application/json"},
    )
    body = {
        "data": [
            {
                "type": "users",
                "id": "u1",
                "attributes": {
                    "firstName": "Jane",
                    "lastName": "Doe",
                    "username": "jane.doe@example.org",
                    "roles": ["ADMIN"],
                },
            },
            {"type": "analyticsReportSegments", "id": "s1", "attributes": {"url": PRESIGNED}},
        ]
    }
    response: dict[str, object] = {
        "status": {"code": 200, "message": "OK"},
        "headers": {
            "Set-Cookie": ["dqsid=secret"],
            "Location": [PRESIGNED],
            "X-Rate-Limit": ["user-hour-rem:1;"],
        },
        "body": {"string": json.dumps(body).encode()},
    }
    return request, response


def test_scrubbed_interaction_has_no_secret_or_personal_data() -> None:
    request, response = sample_interaction()
    request = scrub_request(request)
    response = scrub_response(response)
    text = yaml.safe_dump({"interactions": [{"request": request._to_dict(), "response": response}]})
    for secret in (
        JWT,
        "0123456789abcdef0123456789abcdef",
        "AKIAEXAMPLE",
        "myacinfo",
        "dqsid",
        "Jane",
        "Doe",
        "jane.doe@example.org",
    ):
        assert secret not in text
    body = json.loads(response["body"]["string"])  # type: ignore[index]
    assert body["data"][0]["attributes"]["roles"] == ["ADMIN"]  # non-personal data survives
    assert body["data"][1]["attributes"]["url"].endswith("X-Amz-Signature=REDACTED")
    assert response["headers"]["X-Rate-Limit"] == ["user-hour-rem:1;"]  # type: ignore[index]
    assert "Authorization" not in request.headers and "Cookie" not in request.headers


def test_binary_bodies_are_kept_byte_for_byte() -> None:
    report = gzip.compress(b"Provider\tUnits\nAPPLE\t1\n")
    response = scrub_response({"headers": {}, "body": {"string": report}})
    assert response["body"]["string"] == report


def test_the_clean_check_accepts_what_the_scrubber_writes() -> None:
    """The scrubber and the cassette scanner agree: scrubbed output passes the scan."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("clean_check", CLEAN_CHECK)
    assert spec and spec.loader
    clean_check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(clean_check)
    request, response = sample_interaction()
    raw = yaml.safe_dump({"interactions": [{"request": request._to_dict(), "response": response}]})
    assert clean_check.leaks(raw)  # the unscrubbed sample is caught...
    scrubbed = yaml.safe_dump(
        {
            "interactions": [
                {"request": scrub_request(request)._to_dict(), "response": scrub_response(response)}
            ]
        }
    )
    assert clean_check.leaks(scrubbed) == []  # ...and the scrubbed one passes


def test_recorded_cassettes_are_labelled_live(tmp_path: Path) -> None:
    from recording import LabelledPersister
    from vcr.serializers import yamlserializer

    path = tmp_path / "new.yaml"
    persister = LabelledPersister()
    persister.save_cassette(path, {"requests": [], "responses": []}, yamlserializer)
    assert path.read_text().startswith("# recorded live ")
    assert persister.load_cassette(path, yamlserializer) == ([], [])
