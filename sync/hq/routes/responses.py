"""The error answers every route documents (OpenAPI), all shaped as :class:`ErrorBody`."""

from __future__ import annotations

from typing import Any

from sync import protocol

_ERROR = {"model": protocol.ErrorBody}

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {**_ERROR, "description": "bad input (e.g. a body that is not valid gzip)"},
    401: {**_ERROR, "description": "no valid device token: enrol again"},
    403: {**_ERROR, "description": "outside the device's scope"},
    404: {**_ERROR, "description": "not found, or not in the device's scope"},
    409: {**_ERROR, "description": "conflicts with what HQ holds"},
    413: {**_ERROR, "description": "the body is larger than the advertised limit"},
    415: {**_ERROR, "description": "unsupported content type or encoding"},
    422: {**_ERROR, "description": "the request does not match the schema"},
}
