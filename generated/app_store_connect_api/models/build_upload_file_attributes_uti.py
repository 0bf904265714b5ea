from ..types import OpenStrEnum


class BuildUploadFileAttributesUti(OpenStrEnum):
    COM_APPLE_BINARY_PROPERTY_LIST = "com.apple.binary-property-list"
    COM_APPLE_IPA = "com.apple.ipa"
    COM_APPLE_PKG = "com.apple.pkg"
    COM_APPLE_XML_PROPERTY_LIST = "com.apple.xml-property-list"
    COM_PKWARE_ZIP_ARCHIVE = "com.pkware.zip-archive"
