"""In-App Purchase keys load like `ApiKey`s (file, PEM, base64, environment) and carry the bundle id (Q17)."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from app_store_connect import ApiKey, AppStoreConnectError, ConfigurationError
from app_store_connect.server import InAppPurchaseKey

ISSUER = "69a6de7e-1b2c-47e3-e053-5b8c7c11a4d1"
BUNDLE = "com.example.app"


@pytest.fixture(scope="module")
def api_key() -> ApiKey:
    return ApiKey.generate(key_id="IAPKEY0001", issuer_id=ISSUER)


@pytest.fixture(scope="module")
def pem(api_key: ApiKey) -> bytes:
    return api_key.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _write(folder: Path, name: str, pem: bytes) -> Path:
    path = folder / name
    path.write_bytes(pem)
    return path


def test_q17_key_id_comes_from_apples_subscription_key_file_name(tmp_path: Path, pem: bytes) -> None:
    path = _write(tmp_path, "SubscriptionKey_IAPKEY0001.p8", pem)
    key = InAppPurchaseKey.from_file(path, issuer_id=ISSUER, bundle_id=BUNDLE)
    assert (key.key_id, key.issuer_id, key.bundle_id) == ("IAPKEY0001", ISSUER, BUNDLE)
    assert not key.looks_like_app_store_connect_key


def test_q17_an_app_store_connect_key_file_is_refused_before_any_request(tmp_path: Path, pem: bytes) -> None:
    path = _write(tmp_path, "AuthKey_IAPKEY0001.p8", pem)
    with pytest.raises(ConfigurationError, match=r"App Store Connect API key.*In-App Purchase key") as caught:
        InAppPurchaseKey.from_file(path, issuer_id=ISSUER, bundle_id=BUNDLE)
    assert "SubscriptionKey_<KEYID>.p8" in str(caught.value)


def test_key_id_and_file_name_must_agree(tmp_path: Path, pem: bytes) -> None:
    path = _write(tmp_path, "SubscriptionKey_IAPKEY0001.p8", pem)
    with pytest.raises(ConfigurationError, match="does not match the file name"):
        InAppPurchaseKey.from_file(path, issuer_id=ISSUER, bundle_id=BUNDLE, key_id="OTHERKEY01")


def test_a_missing_file_names_the_server_variables(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="APP_STORE_SERVER_PRIVATE_KEY_PATH"):
        InAppPurchaseKey.from_file(
            tmp_path / "SubscriptionKey_IAPKEY0001.p8", issuer_id=ISSUER, bundle_id=BUNDLE
        )


def test_the_issuer_id_is_required(pem: bytes) -> None:
    with pytest.raises(ConfigurationError, match="needs its issuer id"):
        InAppPurchaseKey(ApiKey.from_pem(pem, key_id="IAPKEY0001"), BUNDLE)


@pytest.mark.parametrize("bundle_id", ["", "app", "com example app", 42])
def test_q17_a_bundle_id_that_is_not_one_is_refused(api_key: ApiKey, bundle_id: object) -> None:
    with pytest.raises(ConfigurationError, match="bid"):
        InAppPurchaseKey(api_key, bundle_id)  # type: ignore[arg-type]


def test_the_same_key_errors_as_api_key(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "SubscriptionKey_IAPKEY0001.p8",
        b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
    )
    with pytest.raises(ConfigurationError, match="public key or a certificate"):
        InAppPurchaseKey.from_file(path, issuer_id=ISSUER, bundle_id=BUNDLE)


@pytest.mark.parametrize("form", ["pem", "base64", "path"])
def test_from_env_reads_pem_base64_or_path(tmp_path: Path, pem: bytes, api_key: ApiKey, form: str) -> None:
    env = {"APP_STORE_SERVER_ISSUER_ID": ISSUER, "APP_STORE_SERVER_BUNDLE_ID": BUNDLE}
    if form == "path":
        env["APP_STORE_SERVER_PRIVATE_KEY_PATH"] = str(_write(tmp_path, "SubscriptionKey_IAPKEY0001.p8", pem))
    else:
        env["APP_STORE_SERVER_KEY_ID"] = "IAPKEY0001"
        env["APP_STORE_SERVER_PRIVATE_KEY"] = (
            pem.decode() if form == "pem" else base64.b64encode(pem).decode()
        )
    key = InAppPurchaseKey.from_env(env)
    assert key.api_key.public_key_pem() == api_key.public_key_pem()
    assert key.bundle_id == BUNDLE


def test_from_env_lists_what_is_missing(pem: bytes) -> None:
    with pytest.raises(
        ConfigurationError,
        match="APP_STORE_SERVER_KEY_ID, APP_STORE_SERVER_ISSUER_ID, APP_STORE_SERVER_BUNDLE_ID",
    ):
        InAppPurchaseKey.from_env({"APP_STORE_SERVER_PRIVATE_KEY": pem.decode()})
    with pytest.raises(ConfigurationError, match="no In-App Purchase key in the environment"):
        InAppPurchaseKey.from_env({"ASC_KEY_ID": "ABCDE12345"})


def test_repr_and_errors_never_show_key_material(pem: bytes) -> None:
    key = InAppPurchaseKey.from_pem(pem, key_id="IAPKEY0001", issuer_id=ISSUER, bundle_id=BUNDLE)
    assert "PRIVATE" not in repr(key) and "IAPKEY0001" in repr(key)
    with pytest.raises(AppStoreConnectError) as caught:
        InAppPurchaseKey.from_pem(pem, key_id="IAPKEY0001", issuer_id=ISSUER, bundle_id=pem.decode())
    assert "PRIVATE" not in str(caught.value)
