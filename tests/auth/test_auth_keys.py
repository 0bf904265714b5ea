"""Loading API keys: every way in, every way it can be wrong, and no key material in any message."""

from __future__ import annotations

import base64
import dataclasses
import json
import os
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

from app_store_connect import AppStoreConnect, AsyncAppStoreConnect
from app_store_connect._errors import ConfigurationError
from app_store_connect._keys import ApiKey, InvalidApiKeyError

KEY_ID = "ABCDE12345"
ISSUER_ID = "57246542-96fe-1a63-e053-0824d011072a"


def pem_of(key: PrivateKeyTypes, password: bytes | None = None) -> bytes:
    encryption: serialization.KeySerializationEncryption = (
        serialization.NoEncryption() if password is None else serialization.BestAvailableEncryption(password)
    )
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)


def write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def same_key(a: ApiKey, b: ApiKey) -> bool:
    return a.public_key_pem() == b.public_key_pem()


# files


def test_from_file_takes_the_key_id_from_apples_file_name(
    tmp_path: Path, team_key: ApiKey, team_pem: bytes
) -> None:
    path = write(tmp_path, f"AuthKey_{KEY_ID}.p8", team_pem)
    key = ApiKey.from_file(path, issuer_id=ISSUER_ID)
    assert (key.key_id, key.issuer_id, key.is_individual) == (KEY_ID, ISSUER_ID, False)
    assert same_key(key, team_key)


def test_from_file_accepts_an_explicit_key_id_for_a_renamed_file(tmp_path: Path, team_pem: bytes) -> None:
    path = write(tmp_path, "appstore.p8", team_pem)
    assert ApiKey.from_file(str(path), key_id=KEY_ID).key_id == KEY_ID


def test_from_file_without_key_id_in_name_or_argument(tmp_path: Path, team_pem: bytes) -> None:
    path = write(tmp_path, "appstore.p8", team_pem)
    with pytest.raises(
        InvalidApiKeyError,
        match=r"cannot tell the key id .*AuthKey_<KEYID>\.p8.*Give the key id \(ASC_KEY_ID",
    ):
        ApiKey.from_file(path)


def test_from_file_refuses_a_key_id_that_contradicts_the_file_name(tmp_path: Path, team_pem: bytes) -> None:
    path = write(tmp_path, f"AuthKey_{KEY_ID}.p8", team_pem)
    with pytest.raises(InvalidApiKeyError, match="does not match the file name"):
        ApiKey.from_file(path, key_id="OTHER12345")


def test_missing_file_names_the_path_and_the_env_vars(tmp_path: Path) -> None:
    path = tmp_path / f"AuthKey_{KEY_ID}.p8"
    with pytest.raises(InvalidApiKeyError) as caught:
        ApiKey.from_file(path)
    message = str(caught.value)
    assert str(path) in message
    for name in ("ASC_PRIVATE_KEY_PATH", "APP_STORE_CONNECT_API_KEY_KEY_FILEPATH", "ASC_PRIVATE_KEY"):
        assert name in message


def test_a_directory_is_not_a_key_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidApiKeyError, match="cannot read API key file"):
        ApiKey.from_file(tmp_path, key_id=KEY_ID)


# bad key material (Q8: wrong key type)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(
            pem_of(rsa.generate_private_key(public_exponent=65537, key_size=2048)), "is a RSA key", id="rsa"
        ),
        pytest.param(pem_of(ec.generate_private_key(ec.SECP384R1())), "curve secp384r1.*P-256", id="p384"),
        pytest.param(
            pem_of(ec.generate_private_key(ec.SECP256R1()), b"hunter2"), "encrypted", id="encrypted"
        ),
        pytest.param(b"this is not a key at all\n", "not a PEM private key", id="garbage"),
        pytest.param(
            b"-----BEGIN PRIVATE KEY-----\nAAAAnotDERatall\n-----END PRIVATE KEY-----\n",
            "not a readable private key",
            id="damaged-pem",
        ),
        pytest.param(
            ApiKey.generate(key_id=KEY_ID).public_key_pem().encode(),
            "public key or a certificate",
            id="public",
        ),
    ],
)
def test_unusable_key_files_are_explained(tmp_path: Path, content: bytes, expected: str) -> None:
    path = write(tmp_path, f"AuthKey_{KEY_ID}.p8", content)
    with pytest.raises(InvalidApiKeyError, match=expected) as caught:
        ApiKey.from_file(path)
    error = caught.value
    assert str(path) in str(error), "the message says which input was wrong"
    shown_chain = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
    assert shown_chain is None, "no cryptography traceback underneath"
    assert isinstance(error, ConfigurationError) and isinstance(error, ValueError)


def test_a_key_object_of_the_wrong_curve_is_refused_directly() -> None:
    with pytest.raises(InvalidApiKeyError, match="P-256"):
        ApiKey(KEY_ID, None, ec.generate_private_key(ec.SECP384R1()))


# ids


@pytest.mark.parametrize("key_id", ["abcde12345", "ABCDE1234", "ABCDE123456", " ABCDE12345", "ABCDE-1234"])
def test_malformed_key_ids_are_refused(team_pem: bytes, key_id: str) -> None:
    with pytest.raises(InvalidApiKeyError, match="10 uppercase letters and digits"):
        ApiKey.from_pem(team_pem, key_id=key_id)


@pytest.mark.parametrize(
    "issuer_id", ["", "not-a-uuid", ISSUER_ID[:-1], "{" + ISSUER_ID + "}", ISSUER_ID.replace("-", "")]
)
def test_malformed_issuer_ids_are_refused(team_pem: bytes, issuer_id: str) -> None:
    with pytest.raises(InvalidApiKeyError, match="UUID"):
        ApiKey.from_pem(team_pem, key_id=KEY_ID, issuer_id=issuer_id)


def test_a_key_pasted_as_key_id_is_not_echoed(team_pem: bytes, pem_secret: str) -> None:
    with pytest.raises(InvalidApiKeyError) as caught:
        ApiKey.from_pem(team_pem, key_id=team_pem.decode())
    assert pem_secret not in str(caught.value)
    assert "not shown" in str(caught.value)


# text and base64


def test_from_pem_accepts_str_bytes_and_one_line_escaped_text(team_key: ApiKey, team_pem: bytes) -> None:
    one_line = team_pem.decode().strip().replace("\n", "\\n")
    for pem in (team_pem, team_pem.decode(), one_line):
        assert same_key(ApiKey.from_pem(pem, key_id=KEY_ID), team_key)


def test_from_base64_accepts_wrapped_base64(team_key: ApiKey, team_pem: bytes) -> None:
    wrapped = base64.encodebytes(team_pem).decode()  # 76-column lines, as GNU base64 writes them
    assert "\n" in wrapped.strip()
    assert same_key(ApiKey.from_base64(wrapped, key_id=KEY_ID, issuer_id=ISSUER_ID), team_key)


def test_from_base64_refuses_non_base64() -> None:
    with pytest.raises(InvalidApiKeyError, match="neither PEM text nor valid base64"):
        ApiKey.from_base64("%%% not base64 %%%", key_id=KEY_ID)


# environment


def test_from_env_with_pem_text(team_key: ApiKey, team_pem: bytes) -> None:
    env = {"ASC_KEY_ID": KEY_ID, "ASC_ISSUER_ID": ISSUER_ID, "ASC_PRIVATE_KEY": team_pem.decode()}
    key = ApiKey.from_env(env)
    assert (key.key_id, key.issuer_id) == (KEY_ID, ISSUER_ID)
    assert same_key(key, team_key)


def test_from_env_with_base64_text_and_no_issuer_is_an_individual_key(
    team_key: ApiKey, team_pem: bytes
) -> None:
    env = {
        "ASC_KEY_ID": KEY_ID,
        "ASC_ISSUER_ID": "  ",
        "ASC_PRIVATE_KEY": base64.b64encode(team_pem).decode(),
    }
    key = ApiKey.from_env(env)
    assert key.is_individual and key.issuer_id is None
    assert same_key(key, team_key)


def test_from_env_with_a_path_takes_the_key_id_from_the_file_name(tmp_path: Path, team_pem: bytes) -> None:
    path = write(tmp_path, f"AuthKey_{KEY_ID}.p8", team_pem)
    key = ApiKey.from_env({"ASC_PRIVATE_KEY_PATH": str(path), "ASC_ISSUER_ID": ISSUER_ID})
    assert (key.key_id, key.issuer_id) == (KEY_ID, ISSUER_ID)


def test_from_env_with_fastlanes_names_and_base64_flag(team_key: ApiKey, team_pem: bytes) -> None:
    env = {
        "APP_STORE_CONNECT_API_KEY_KEY_ID": KEY_ID,
        "APP_STORE_CONNECT_API_KEY_ISSUER_ID": ISSUER_ID,
        "APP_STORE_CONNECT_API_KEY_KEY": base64.b64encode(team_pem).decode(),
        "APP_STORE_CONNECT_API_KEY_IS_KEY_CONTENT_BASE64": "true",
    }
    key = ApiKey.from_env(env)
    assert (key.key_id, key.issuer_id) == (KEY_ID, ISSUER_ID)
    assert same_key(key, team_key)


def test_fastlanes_base64_flag_is_strict(team_pem: bytes) -> None:
    env = {
        "APP_STORE_CONNECT_API_KEY_KEY_ID": KEY_ID,
        "APP_STORE_CONNECT_API_KEY_KEY": team_pem.decode(),
        "APP_STORE_CONNECT_API_KEY_IS_KEY_CONTENT_BASE64": "1",
    }
    with pytest.raises(InvalidApiKeyError, match="APP_STORE_CONNECT_API_KEY_KEY is neither PEM"):
        ApiKey.from_env(env)


def test_from_env_with_fastlanes_file_path(tmp_path: Path, team_pem: bytes) -> None:
    path = write(tmp_path, "key.p8", team_pem)
    env = {"APP_STORE_CONNECT_API_KEY_KEY_ID": KEY_ID, "APP_STORE_CONNECT_API_KEY_KEY_FILEPATH": str(path)}
    key = ApiKey.from_env(env)
    assert (key.key_id, key.is_individual) == (KEY_ID, True)


def test_our_names_win_over_fastlanes(team_key: ApiKey, team_pem: bytes) -> None:
    other = ApiKey.generate(key_id="OTHER12345")
    env = {
        "ASC_KEY_ID": KEY_ID,
        "APP_STORE_CONNECT_API_KEY_KEY_ID": "OTHER12345",
        "ASC_PRIVATE_KEY": team_pem.decode(),
        "APP_STORE_CONNECT_API_KEY_KEY": other.public_key_pem(),
    }
    key = ApiKey.from_env(env)
    assert key.key_id == KEY_ID and same_key(key, team_key)


def test_from_env_reads_os_environ_by_default(monkeypatch: pytest.MonkeyPatch, team_pem: bytes) -> None:
    monkeypatch.setenv("ASC_KEY_ID", KEY_ID)
    monkeypatch.setenv("ASC_PRIVATE_KEY", team_pem.decode())
    assert ApiKey.from_env().key_id == KEY_ID


def test_from_env_with_nothing_set_lists_what_to_set() -> None:
    with pytest.raises(InvalidApiKeyError) as caught:
        ApiKey.from_env({})
    for name in (
        "ASC_KEY_ID",
        "ASC_ISSUER_ID",
        "ASC_PRIVATE_KEY",
        "ASC_PRIVATE_KEY_PATH",
        "APP_STORE_CONNECT_API_KEY_",
    ):
        assert name in str(caught.value)


def test_from_env_with_a_key_but_no_key_id(team_pem: bytes) -> None:
    with pytest.raises(InvalidApiKeyError, match="ASC_PRIVATE_KEY is set but no key id: set ASC_KEY_ID"):
        ApiKey.from_env({"ASC_PRIVATE_KEY": team_pem.decode()})


def test_bad_env_content_names_the_variable_not_the_value(pem_secret: str) -> None:
    damaged = f"-----BEGIN PRIVATE KEY-----\n{pem_secret}\n-----END PRIVATE KEY-----\n"
    with pytest.raises(InvalidApiKeyError) as caught:
        ApiKey.from_env({"ASC_KEY_ID": KEY_ID, "ASC_PRIVATE_KEY": damaged})
    assert "ASC_PRIVATE_KEY" in str(caught.value)
    assert pem_secret not in str(caught.value)


# the object


def test_repr_and_str_show_ids_and_kind_but_no_key(
    team_key: ApiKey, individual_key: ApiKey, team_pem: bytes
) -> None:
    key = ApiKey.from_pem(team_pem, key_id=KEY_ID, issuer_id=ISSUER_ID)
    body = "".join(team_pem.decode().splitlines()[1:-1])
    for text in (repr(key), str(key)):
        assert text == f"ApiKey(key_id='{KEY_ID}', issuer_id='{ISSUER_ID}', kind='team')"
        assert body[:16] not in text
    assert "kind='individual'" in repr(individual_key)


def test_keys_are_frozen(team_key: ApiKey) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        team_key.key_id = "OTHER12345"  # type: ignore[misc]


def test_generated_keys_are_p256_and_public_pem_is_public_only(team_key: ApiKey) -> None:
    assert isinstance(team_key.private_key.curve, ec.SECP256R1)
    public = team_key.public_key_pem()
    assert public.startswith("-----BEGIN PUBLIC KEY-----") and "PRIVATE" not in public
    loaded = serialization.load_pem_public_key(public.encode())
    assert loaded == team_key.private_key.public_key()


# fastlane's JSON key file (its `app_store_connect_api_key` action writes and reads this format).


def fastlane_json(tmp_path: Path, pem: bytes, **fields: object) -> Path:
    document = {"key_id": KEY_ID, "issuer_id": ISSUER_ID, "key": pem.decode(), **fields}
    return write(tmp_path, "api_key.json", json.dumps(document).encode())


def test_fastlane_json_key_file_is_read_from_its_variable(
    tmp_path: Path, team_key: ApiKey, team_pem: bytes
) -> None:
    path = fastlane_json(tmp_path, team_pem, duration=1200, in_house=False)
    key = ApiKey.from_env({"APP_STORE_CONNECT_API_KEY_PATH": str(path)})
    assert (key.key_id, key.issuer_id) == (KEY_ID, ISSUER_ID)
    assert same_key(key, team_key)


def test_fastlane_json_key_may_be_base64_and_environment_ids_win(tmp_path: Path, team_pem: bytes) -> None:
    path = fastlane_json(
        tmp_path, base64.b64encode(team_pem), is_key_content_base64=True, issuer_id=None, key_id="IGNORED999"
    )
    key = ApiKey.from_env({"APP_STORE_CONNECT_API_KEY_PATH": str(path), "ASC_KEY_ID": KEY_ID})
    assert (key.key_id, key.is_individual) == (KEY_ID, True)


def test_fastlane_in_house_key_is_refused_with_what_it_is_for(tmp_path: Path, team_pem: bytes) -> None:
    path = fastlane_json(tmp_path, team_pem, in_house=True)
    with pytest.raises(InvalidApiKeyError, match="Enterprise Program"):
        ApiKey.from_file(path)


def test_a_json_file_that_is_not_fastlanes_format_says_so(tmp_path: Path) -> None:
    path = write(tmp_path, "api_key.json", b'{"keyId": "x"}')
    with pytest.raises(InvalidApiKeyError, match="nor fastlane's JSON key file"):
        ApiKey.from_file(path)


def test_messages_speak_to_users_not_to_python(tmp_path: Path, team_pem: bytes) -> None:
    path = write(tmp_path, "renamed.p8", team_pem)
    with pytest.raises(InvalidApiKeyError) as caught:
        ApiKey.from_file(path)
    assert "=..." not in str(caught.value) and "pass " not in str(caught.value)


# What the clients take from the environment when they are not told.


def test_client_without_a_key_reads_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, team_pem: bytes
) -> None:
    monkeypatch.setenv("ASC_KEY_ID", KEY_ID)
    monkeypatch.setenv("ASC_ISSUER_ID", ISSUER_ID)
    monkeypatch.setenv("ASC_PRIVATE_KEY_PATH", str(write(tmp_path, "AuthKey_X.p8", team_pem)))
    with AppStoreConnect() as asc:
        assert asc.token_provider is not None and asc.token_provider.key.key_id == KEY_ID


@pytest.mark.parametrize("client_class", [AppStoreConnect, AsyncAppStoreConnect])
def test_client_without_a_key_in_the_environment_fails_fast(
    monkeypatch: pytest.MonkeyPatch, client_class: type[AppStoreConnect | AsyncAppStoreConnect]
) -> None:
    for name in list(os.environ):
        if name.startswith(("ASC_", "APP_STORE_CONNECT_")):
            monkeypatch.delenv(name)
    with pytest.raises(ConfigurationError, match="no App Store Connect API key in the environment"):
        client_class()


def test_key_none_sends_no_token_on_purpose() -> None:
    with AppStoreConnect(None) as asc:
        assert asc.token_provider is None


def test_client_reads_asc_base_url_and_an_argument_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASC_BASE_URL", "http://127.0.0.1:9")
    sent: list[httpx.URL] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.url)
        return httpx.Response(200, json={"data": []})

    with AppStoreConnect(None, transport=httpx.MockTransport(answer)) as asc:
        asc.request("GET", "/v1/apps")
    with AppStoreConnect(None, base_url="http://127.0.0.2:9", transport=httpx.MockTransport(answer)) as asc:
        asc.request("GET", "/v1/apps")
    assert [str(url) for url in sent] == ["http://127.0.0.1:9/v1/apps", "http://127.0.0.2:9/v1/apps"]


def test_from_file_and_env_takes_the_issuer_and_a_renamed_files_key_id_from_the_environment(
    tmp_path: Path, team_pem: bytes
) -> None:
    env = {"ASC_ISSUER_ID": ISSUER_ID, "ASC_KEY_ID": KEY_ID}
    named = ApiKey.from_file_and_env(write(tmp_path, "AuthKey_ZYXWV98765.p8", team_pem), environ=env)
    renamed = ApiKey.from_file_and_env(write(tmp_path, "ci.p8", team_pem), environ=env)
    assert (named.key_id, named.issuer_id) == ("ZYXWV98765", ISSUER_ID)  # the file's name wins
    assert (renamed.key_id, renamed.issuer_id) == (KEY_ID, ISSUER_ID)
    given = ApiKey.from_file_and_env(tmp_path / "ci.p8", key_id="GIVEN12345", issuer_id=None, environ={})
    assert (given.key_id, given.is_individual) == ("GIVEN12345", True)
