"""In-App Purchase keys: the key kind the App Store Server API accepts, loaded through `ApiKey` (Q17).

Apple's "Generate keys for in-app purchases" (App Store Connect help): the key is made under
Users and Access > Integrations > In-App Purchase and downloads once as `SubscriptionKey_<KEYID>.p8`.
An App Store Connect API key (`AuthKey_<KEYID>.p8`) is the same kind of file but is refused with 401.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .._keys import ApiKey, InvalidApiKeyError

__all__ = [
    "ENV_BUNDLE_ID",
    "ENV_ISSUER_ID",
    "ENV_KEY_ID",
    "ENV_PRIVATE_KEY",
    "ENV_PRIVATE_KEY_PATH",
    "InAppPurchaseKey",
]

ENV_KEY_ID = "APP_STORE_SERVER_KEY_ID"
ENV_ISSUER_ID = "APP_STORE_SERVER_ISSUER_ID"
ENV_BUNDLE_ID = "APP_STORE_SERVER_BUNDLE_ID"
ENV_PRIVATE_KEY = "APP_STORE_SERVER_PRIVATE_KEY"
ENV_PRIVATE_KEY_PATH = "APP_STORE_SERVER_PRIVATE_KEY_PATH"

IAP_FILE_NAME = re.compile(r"SubscriptionKey_([A-Z0-9]{10})\.p8")
ASC_FILE_NAME = re.compile(r"AuthKey_([A-Z0-9]{10})\.p8")
# Bundle ids are reverse-DNS strings of letters, digits, hyphens and periods (Apple's "CFBundleIdentifier").
_BUNDLE_ID = re.compile(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")

_WHERE = "App Store Connect > Users and Access > Integrations > In-App Purchase"


@dataclass(frozen=True, eq=False, repr=False)
class InAppPurchaseKey:
    """An In-App Purchase key and the bundle id its tokens name (`bid`); `api_key` holds id, issuer, key.

    `file_name` is the name of the file it was read from, when it was: the one local hint of the key's
    kind (an App Store Connect key is refused by this API, Q17).
    """

    api_key: ApiKey
    bundle_id: str
    file_name: str | None = None

    def __post_init__(self) -> None:
        if self.api_key.issuer_id is None:
            raise InvalidApiKeyError(
                f"In-App Purchase key {self.api_key.key_id} needs its issuer id: tokens of the App Store "
                f"Server API carry `iss`; copy the issuer id shown in {_WHERE} ({ENV_ISSUER_ID})"
            )
        if not isinstance(self.bundle_id, str) or not _BUNDLE_ID.fullmatch(self.bundle_id):
            shown = (
                repr(self.bundle_id)
                if isinstance(self.bundle_id, str) and len(self.bundle_id) <= 80
                else "it"
            )
            raise InvalidApiKeyError(
                f"bundle id {shown} is not a bundle id (reverse-DNS, e.g. com.example.app): give the "
                f"bundle id of the app whose purchases you query ({ENV_BUNDLE_ID}); tokens carry it as "
                "`bid` (Q17)"
            )

    @property
    def key_id(self) -> str:
        """The key's id, shown next to it in App Store Connect."""
        return self.api_key.key_id

    @property
    def issuer_id(self) -> str:
        """The issuer id of the team (tokens carry it as `iss`)."""
        assert self.api_key.issuer_id is not None  # checked in __post_init__
        return self.api_key.issuer_id

    @property
    def looks_like_app_store_connect_key(self) -> bool:
        """True when it was read from `AuthKey_<KEYID>.p8`, Apple's name for App Store Connect API keys."""
        return self.file_name is not None and ASC_FILE_NAME.fullmatch(self.file_name) is not None

    def __repr__(self) -> str:
        ids = f"key_id={self.key_id!r}, issuer_id={self.issuer_id!r}, bundle_id={self.bundle_id!r}"
        return f"InAppPurchaseKey({ids})"

    @classmethod
    def from_pem(cls, pem: str | bytes, *, key_id: str, issuer_id: str, bundle_id: str) -> InAppPurchaseKey:
        """A key from the text of its `.p8` file."""
        return cls(ApiKey.from_pem(pem, key_id=key_id, issuer_id=issuer_id), bundle_id)

    @classmethod
    def from_base64(
        cls, data: str | bytes, *, key_id: str, issuer_id: str, bundle_id: str
    ) -> InAppPurchaseKey:
        """A key from the base64 of its `.p8` file (as CI secrets often hold it)."""
        return cls(ApiKey.from_base64(data, key_id=key_id, issuer_id=issuer_id), bundle_id)

    @classmethod
    def from_file(
        cls, path: str | os.PathLike[str], *, issuer_id: str, bundle_id: str, key_id: str | None = None
    ) -> InAppPurchaseKey:
        """A key from `SubscriptionKey_<KEYID>.p8`; the key id is read from that name when not given.

        A file named `AuthKey_<KEYID>.p8` is refused: that is an App Store Connect API key (Q17).
        """
        file = Path(path).expanduser()
        if ASC_FILE_NAME.fullmatch(file.name):
            raise InvalidApiKeyError(
                f"{file.name} is an App Store Connect API key (Apple names those AuthKey_<KEYID>.p8), and "
                "the App Store Server API answers 401 to its tokens (Q17): generate an In-App Purchase key "
                f"in {_WHERE} (it downloads as SubscriptionKey_<KEYID>.p8)"
            )
        if not file.is_file():
            raise InvalidApiKeyError(
                f"In-App Purchase key file not found: {file}. Check the path (given directly or in "
                f"{ENV_PRIVATE_KEY_PATH}), or put the key text itself in {ENV_PRIVATE_KEY}"
            )
        named = IAP_FILE_NAME.fullmatch(file.name)
        if key_id is None:
            if named is None:
                raise InvalidApiKeyError(
                    f"cannot tell the key id of {file}: its name is not SubscriptionKey_<KEYID>.p8 as Apple "
                    f"names In-App Purchase keys; pass key_id=... (or set {ENV_KEY_ID})"
                )
            key_id = named.group(1)
        elif named is not None and named.group(1) != key_id:
            raise InvalidApiKeyError(
                f"key id {key_id!r} does not match the file name {file.name}, which Apple names after the "
                "key's id: pass the id of this key, or the file of that key"
            )
        api_key = ApiKey.from_file(file, key_id=key_id, issuer_id=issuer_id)
        return cls(api_key, bundle_id, file.name)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> InAppPurchaseKey:
        """A key from `APP_STORE_SERVER_*`: KEY_ID, ISSUER_ID, BUNDLE_ID, and PRIVATE_KEY (PEM text or its
        base64) or PRIVATE_KEY_PATH. Separate from `ASC_*`: an App Store Connect key does not work here."""
        env = os.environ if environ is None else environ
        key_id, issuer_id, bundle_id, content, path = (
            env.get(name, "").strip() or None
            for name in (ENV_KEY_ID, ENV_ISSUER_ID, ENV_BUNDLE_ID, ENV_PRIVATE_KEY, ENV_PRIVATE_KEY_PATH)
        )
        if content is None and path is None:
            raise InvalidApiKeyError(
                f"no In-App Purchase key in the environment: set {ENV_KEY_ID}, {ENV_ISSUER_ID}, "
                f"{ENV_BUNDLE_ID} and {ENV_PRIVATE_KEY} (PEM text or its base64) or "
                f"{ENV_PRIVATE_KEY_PATH}; the key is made in {_WHERE}"
            )
        missing = [
            name for name, value in ((ENV_ISSUER_ID, issuer_id), (ENV_BUNDLE_ID, bundle_id)) if not value
        ]
        if content is not None and key_id is None:
            missing.insert(0, ENV_KEY_ID)
        if missing:
            raise InvalidApiKeyError(
                f"the In-App Purchase key in the environment lacks {', '.join(missing)}: the key id and "
                f"issuer id are shown in {_WHERE}; the bundle id is your app's"
            )
        assert issuer_id is not None and bundle_id is not None
        if content is not None:
            assert key_id is not None
            loader = cls.from_pem if "-----BEGIN" in content else cls.from_base64
            return loader(content, key_id=key_id, issuer_id=issuer_id, bundle_id=bundle_id)
        assert path is not None
        return cls.from_file(path, issuer_id=issuer_id, bundle_id=bundle_id, key_id=key_id)
