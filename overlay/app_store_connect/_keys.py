"""App Store Connect API keys: loading and checking them, never showing the secret.

Apple's page "Creating API Keys for App Store Connect API" describes the `.p8` files
(an unencrypted PKCS#8 EC P-256 private key, named `AuthKey_<KEYID>.p8`).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

from ._errors import ConfigurationError

__all__ = ["ApiKey", "InvalidApiKeyError"]

_KEY_ID = re.compile(r"[A-Z0-9]{10}")
_ISSUER_ID = re.compile(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")
_KEY_FILE_NAME = re.compile(r"AuthKey_([A-Z0-9]{10})\.p8")

# Each setting, our name first, then fastlane's (its `app_store_connect_api_key` action).
_ENV_KEY_ID = ("ASC_KEY_ID", "APP_STORE_CONNECT_API_KEY_KEY_ID")
_ENV_ISSUER_ID = ("ASC_ISSUER_ID", "APP_STORE_CONNECT_API_KEY_ISSUER_ID")
_ENV_CONTENT = ("ASC_PRIVATE_KEY", "APP_STORE_CONNECT_API_KEY_KEY")
_ENV_PATH = ("ASC_PRIVATE_KEY_PATH", "APP_STORE_CONNECT_API_KEY_KEY_FILEPATH")
_ENV_IS_BASE64 = "APP_STORE_CONNECT_API_KEY_IS_KEY_CONTENT_BASE64"
_ENV_FASTLANE_JSON = "APP_STORE_CONNECT_API_KEY_PATH"  # fastlane's JSON key file: key_id, issuer_id, key

_GET_A_KEY = "download the key (.p8) from App Store Connect > Users and Access > Integrations"
_SHOWN_MAX = 40  # longer values are never echoed: they may be a key or a token pasted in the wrong place


class InvalidApiKeyError(ConfigurationError):
    """The API key or its ids cannot be used; the message says what to fix and never holds key material."""


@dataclass(frozen=True, eq=False, repr=False)
class ApiKey:
    """An App Store Connect API key: its id, its issuer id (None: an individual key), its private key."""

    key_id: str
    issuer_id: str | None
    private_key: ec.EllipticCurvePrivateKey

    def __post_init__(self) -> None:
        if not isinstance(self.key_id, str) or not _KEY_ID.fullmatch(self.key_id):
            raise InvalidApiKeyError(
                f"key id {_shown(self.key_id)} is malformed: Apple key ids are 10 uppercase letters and "
                "digits, shown next to the key in App Store Connect > Users and Access > Integrations"
            )
        if self.issuer_id is not None and not (
            isinstance(self.issuer_id, str) and _ISSUER_ID.fullmatch(self.issuer_id)
        ):
            raise InvalidApiKeyError(
                f"issuer id {_shown(self.issuer_id)} is malformed: it is a UUID shown above the key list in "
                "App Store Connect > Users and Access > Integrations; leave it out for an individual key"
            )
        _require_p256(self.private_key, "private_key")

    @property
    def is_individual(self) -> bool:
        """True for an individual key (no issuer id): its tokens carry `sub: "user"` instead of `iss`."""
        return self.issuer_id is None

    def __repr__(self) -> str:
        kind = "individual" if self.is_individual else "team"
        return f"ApiKey(key_id={self.key_id!r}, issuer_id={self.issuer_id!r}, kind={kind!r})"

    def public_key_pem(self) -> str:
        """The public half as PEM text (what a verifier needs; never the private key)."""
        return (
            self.private_key.public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode("ascii")
        )

    @classmethod
    def generate(cls, *, key_id: str, issuer_id: str | None = None) -> ApiKey:
        """A new random P-256 key, for tests and the local sandbox (App Store Connect will not know it)."""
        return cls(key_id, issuer_id, ec.generate_private_key(ec.SECP256R1()))

    @classmethod
    def from_pem(cls, pem: str | bytes, *, key_id: str, issuer_id: str | None = None) -> ApiKey:
        """A key from the text of its `.p8` file."""
        return cls(key_id, issuer_id, _read_pem(_as_bytes(pem), "the PEM text"))

    @classmethod
    def from_base64(cls, data: str | bytes, *, key_id: str, issuer_id: str | None = None) -> ApiKey:
        """A key from the base64 of its `.p8` file (as CI secrets often hold it)."""
        pem = _decode_base64(_as_bytes(data), "the base64 text")
        return cls(key_id, issuer_id, _read_pem(pem, "the base64-decoded text"))

    @classmethod
    def from_file(
        cls, path: str | os.PathLike[str], *, key_id: str | None = None, issuer_id: str | None = None
    ) -> ApiKey:
        """A key from its `.p8` file (the key id is read from Apple's name `AuthKey_<KEYID>.p8` when not
        given), or from fastlane's JSON key file (`key_id`, `issuer_id`, `key`; given ids win)."""
        file = Path(path).expanduser()
        try:
            data = file.read_bytes()
        except FileNotFoundError:
            raise InvalidApiKeyError(
                f"API key file not found: {file}. Check the path (given directly or in "
                f"{' / '.join((*_ENV_PATH, _ENV_FASTLANE_JSON))}), or put the key text itself in "
                f"{_ENV_CONTENT[0]}"
            ) from None
        except OSError as exc:
            raise InvalidApiKeyError(f"cannot read API key file {file}: {exc.strerror}") from None
        if data.lstrip().startswith(b"{"):
            return cls._from_fastlane_json(data, file, key_id=key_id, issuer_id=issuer_id)
        named = _KEY_FILE_NAME.fullmatch(file.name)
        if key_id is None:
            if named is None:
                raise InvalidApiKeyError(
                    f"cannot tell the key id of {file}: its name is not AuthKey_<KEYID>.p8 as Apple names "
                    f"it. Give the key id ({_ENV_KEY_ID[0]}, or --key-id with asc), or give the file its "
                    "name back"
                )
            key_id = named.group(1)
        elif named is not None and named.group(1) != key_id:
            raise InvalidApiKeyError(
                f"key id {_shown(key_id)} does not match the file name {file.name}, which Apple names after "
                "the key's id: give the id of this key, or the file of that key"
            )
        return cls(key_id, issuer_id, _read_pem(data, f"key file {file}"))

    @classmethod
    def from_file_and_env(
        cls,
        path: str | os.PathLike[str],
        *,
        key_id: str | None = None,
        issuer_id: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> ApiKey:
        """`from_file`, taking the ids not given from the environment: `ASC_ISSUER_ID` (a team key), and
        `ASC_KEY_ID` when the file's name does not tell the key id."""
        env = os.environ if environ is None else environ
        if key_id is None and not _KEY_FILE_NAME.fullmatch(Path(path).name):
            key_id = _first_set(env, _ENV_KEY_ID)
        return cls.from_file(path, key_id=key_id, issuer_id=issuer_id or _first_set(env, _ENV_ISSUER_ID))

    @classmethod
    def _from_fastlane_json(
        cls, data: bytes, file: Path, *, key_id: str | None, issuer_id: str | None
    ) -> ApiKey:
        """A key from fastlane's JSON key file (its `app_store_connect_api_key` action's format)."""
        try:
            fields = json.loads(data)
        except ValueError:
            fields = None
        if not isinstance(fields, dict) or not isinstance(fields.get("key"), str):
            raise InvalidApiKeyError(
                f"{file} is neither a .p8 key nor fastlane's JSON key file (an object with key_id, "
                "issuer_id and key)"
            )
        if fields.get("in_house"):
            raise InvalidApiKeyError(
                f"{file} is an in-house (Apple Developer Enterprise Program) key: it works with Apple's "
                "Enterprise Program API, not App Store Connect's; use a key made in App Store Connect"
            )
        key_id = key_id or _text(fields.get("key_id"))
        if key_id is None:
            raise InvalidApiKeyError(f"{file} has no key_id: add it, or set {_ENV_KEY_ID[0]}")
        pem = _as_bytes(fields["key"])
        if fields.get("is_key_content_base64") or b"-----BEGIN" not in pem:
            pem = _decode_base64(pem, f"the key in {file}")
        issuer_id = issuer_id or _text(fields.get("issuer_id"))
        return cls(key_id, issuer_id, _read_pem(pem, f"the key in {file}"))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ApiKey:
        """A key from the environment: `ASC_*` variables, or fastlane's `APP_STORE_CONNECT_API_KEY_*`.

        Ids come from `ASC_KEY_ID` and `ASC_ISSUER_ID` (none means an individual key); the key from
        `ASC_PRIVATE_KEY` (PEM text or its base64), else `ASC_PRIVATE_KEY_PATH`, else fastlane's JSON
        key file at `APP_STORE_CONNECT_API_KEY_PATH` (ids set in the environment win over its own).
        """
        env = os.environ if environ is None else environ
        key_id = _first_set(env, _ENV_KEY_ID)
        issuer_id = _first_set(env, _ENV_ISSUER_ID)
        content = _first_set_named(env, _ENV_CONTENT)
        if content is not None:
            name, text = content
            if key_id is None:
                raise InvalidApiKeyError(
                    f"{name} is set but no key id: set {_ENV_KEY_ID[0]} to the id shown next to the key in "
                    "App Store Connect > Users and Access > Integrations"
                )
            data = _as_bytes(text)
            says_base64 = name == _ENV_CONTENT[1] and _is_true(env.get(_ENV_IS_BASE64, ""))
            if says_base64 or b"-----BEGIN" not in data:
                data = _decode_base64(data, name)
            return cls(key_id, issuer_id, _read_pem(data, name))
        path = _first_set(env, (*_ENV_PATH, _ENV_FASTLANE_JSON))
        if path is not None:
            return cls.from_file(path, key_id=key_id, issuer_id=issuer_id)
        raise InvalidApiKeyError(NO_KEY_IN_ENVIRONMENT)


NO_KEY_IN_ENVIRONMENT = (
    "no App Store Connect API key in the environment: set ASC_KEY_ID, ASC_ISSUER_ID (leave it unset for an "
    "individual key) and ASC_PRIVATE_KEY (PEM text or its base64) or ASC_PRIVATE_KEY_PATH; fastlane's "
    "APP_STORE_CONNECT_API_KEY_* variables and its JSON key file (APP_STORE_CONNECT_API_KEY_PATH) work too"
)


def _read_pem(pem: bytes, source: str) -> ec.EllipticCurvePrivateKey:
    """The EC P-256 private key in `pem`, or an error naming `source` (never the content)."""
    pem = pem.strip()
    if b"\\n" in pem and b"\n" not in pem:  # a PEM pasted into one line with literal "\n" escapes
        pem = pem.replace(b"\\n", b"\n")
    if b"-----BEGIN" not in pem:
        raise InvalidApiKeyError(
            f"{source} is not a PEM private key (it should start with '-----BEGIN PRIVATE KEY-----'); "
            f"{_GET_A_KEY}, and give its text, its base64, or its path"
        )
    if b"ENCRYPTED" in pem:
        raise InvalidApiKeyError(
            f"{source} is an encrypted private key, but App Store Connect keys are not encrypted: use the "
            ".p8 file as downloaded, or decrypt it with `openssl pkcs8 -in <file> -nocrypt`"
        )
    if b"PRIVATE KEY-----" not in pem:
        raise InvalidApiKeyError(
            f"{source} holds a public key or a certificate, not a private key; {_GET_A_KEY}"
        )
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise InvalidApiKeyError(
            f"{source} looks like PEM but is not a readable private key (damaged or cut short?); {_GET_A_KEY}"
        ) from None
    return _require_p256(key, source)


def _require_p256(key: PrivateKeyTypes, source: str) -> ec.EllipticCurvePrivateKey:
    """`key` itself if it is EC P-256, the only kind App Store Connect accepts (Q8: wrong key type)."""
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        kind = type(key).__name__.removesuffix("PrivateKey")
        raise InvalidApiKeyError(
            f"{source} is a {kind} key, but App Store Connect API keys are EC P-256 keys; {_GET_A_KEY}"
        )
    if not isinstance(key.curve, ec.SECP256R1):
        raise InvalidApiKeyError(
            f"{source} is an EC key on curve {key.curve.name}, but App Store Connect requires P-256 "
            f"(secp256r1); {_GET_A_KEY}"
        )
    return key


def _decode_base64(data: bytes, source: str) -> bytes:
    try:
        return base64.b64decode(b"".join(data.split()), validate=True)
    except binascii.Error:
        raise InvalidApiKeyError(
            f"{source} is neither PEM text nor valid base64 of it; give the .p8 file's text, or its "
            "base64 (for example `base64 < AuthKey_KEYID.p8`)"
        ) from None


def _as_bytes(text: str | bytes) -> bytes:
    return text.encode("utf-8") if isinstance(text, str) else text


def _first_set_named(env: Mapping[str, str], names: tuple[str, ...]) -> tuple[str, str] | None:
    """The first of `names` set to a non-blank value, with that value stripped."""
    for name in names:
        value = env.get(name, "").strip()
        if value:
            return name, value
    return None


def _first_set(env: Mapping[str, str], names: tuple[str, ...]) -> str | None:
    found = _first_set_named(env, names)
    return None if found is None else found[1]


def _text(value: object) -> str | None:
    """A JSON field as a non-blank string, else None."""
    return value.strip() or None if isinstance(value, str) else None


def _is_true(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _shown(value: object) -> str:
    """`value` for an error message, unless it is long enough to be a secret pasted in the wrong place."""
    if not isinstance(value, str):
        return f"(a {type(value).__name__}, not a str)"
    return repr(value) if len(value) <= _SHOWN_MAX else f"(a {len(value)}-character value, not shown)"
