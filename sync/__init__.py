"""Sync between the desktop and headquarters: the wire protocol, the client, the HQ server.

:mod:`sync.protocol` holds the schemas both ends import; :mod:`sync.client` is the
desktop side (no Qt); :mod:`sync.hq` is the server. See ``../shared/DESIGN.md`` "Sync".
"""
