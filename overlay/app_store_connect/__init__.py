"""A Python client for Apple's App Store Connect API that survives the live API's quirks."""
