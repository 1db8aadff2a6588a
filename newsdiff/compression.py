"""How compressed files begin: the signatures by which newsdiff tells a compressed input, whatever its name.

Kept apart and at the bottom of the package, so that every stage that reads files (noise rules, results, batches)
names a compressed one alike without reaching into another stage.
"""

from __future__ import annotations

#: How a gzip-compressed file begins.
GZIP_START = b"\x1f\x8b"
#: How compressed files begin, with how each kind is named and the command that writes it out uncompressed.
COMPRESSED = {
    GZIP_START: ("gzip", "zcat"),
    b"BZh": ("bzip2", "bzcat"),
    b"\xfd7zXZ\x00": ("xz", "xzcat"),
    b"\x28\xb5\x2f\xfd": ("zstd", "zstdcat"),
    b"PK\x03\x04": ("zip", "unzip -p"),
}


def compression_of(start: bytes) -> tuple[str, str] | None:
    """The kind of compression a file beginning with ``start`` has and the command that undoes it, such as
    ``("gzip", "zcat")``; None for a file that begins as none of them do.

    >>> compression_of(b"BZh91AY")
    ('bzip2', 'bzcat')
    >>> compression_of(b'{"rules": []}') is None
    True
    """
    for magic, named in COMPRESSED.items():
        if start.startswith(magic):
            return named
    return None
