"""One router per resource: sync, devices, blobs, health."""
