"""`python -m app_store_connect.cli`: the same as the `asc` script."""

from ._main import main

if __name__ == "__main__":
    main()
