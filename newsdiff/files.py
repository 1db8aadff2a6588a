"""Files written whole or not at all: a report, a summary or a table replaces its file in one rename, never leaving
half of one, and refuses a file its owner made read-only. The bottom of the package, so that every stage that writes
a file (a batch, the command line, a comparison saving its report) takes these without loading the HTML renderer."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

#: Characters of the text encoded and written at once: the text is never held a second time whole, as its bytes.
_PIECE = 2**20

#: Bytes of the target's name a temporary file's name starts with: with its dot, random part and suffix it stays
#: within the 255 bytes a file name may have on common file systems, where the target's own name may take them all.
_TEMPORARY_NAME_BYTES = 200


def _new_file(folder: Path, name: str) -> tuple[int, str]:
    """A new hidden file beside ``name`` in ``folder``, opened for writing, made as any new file of the caller is
    (mode 0o666 less the umask; tempfile's are private), and its path."""
    start = name
    while len(os.fsencode(start)) > _TEMPORARY_NAME_BYTES:
        start = start[:-1]  # whole characters, so the name stays one the file system can show
    while True:
        temporary = os.path.join(folder, f".{start}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temporary
        except FileExistsError:
            continue  # another writer's name: draw again


def refuse_read_only(path: Path) -> None:
    """Raise :class:`PermissionError` naming ``path`` when it is an existing file that may not be written.

    A rename replaces a file whatever its mode, so without this a report would silently overwrite a file its owner
    made read-only to keep it. As ``cp`` does, the file is refused; unlike ``cp`` run by root, also when the caller
    could write it anyway but nobody is meant to (no write bit at all), as a test runner or container often is root.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISREG(mode) and (not mode & 0o222 or not os.access(path, os.W_OK)):
        raise PermissionError(
            errno.EACCES,
            f"the file is read-only (mode {stat.S_IMODE(mode):#o}): make it writable (chmod u+w) or write elsewhere",
            str(path),
        )


def write_atomically(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` through a temporary file in the same folder, made durable, then rename it.

    The text is written as it is, its ``"\\n"`` never turned into ``"\\r\\n"``, so the file holds the same bytes on
    every platform; it is encoded a piece at a time, so a report of hundreds of megabytes is not held twice. A
    ``path`` that is a symbolic link is written through: the file it points to is replaced, not the link. An
    existing file that is read-only is refused (:class:`PermissionError`) and left as it was.
    """
    if path.is_symlink():
        # Renaming onto the link would replace the link itself with a file, cutting it from where it pointed.
        path = Path(os.path.realpath(path))
    refuse_read_only(path)
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = _new_file(folder, path.name)
    try:
        with os.fdopen(handle, "wb") as stream:
            # Code points are encoded one by one, so a piece may end anywhere (an unpaired surrogate fails anyway).
            for start in range(0, len(text), _PIECE):
                stream.write(text[start : start + _PIECE].encode("utf-8"))
            stream.flush()
            # On disk before the rename: a power cut after it must not leave an empty file under the report's name.
            os.fsync(stream.fileno())
        # A report replacing a file keeps that file's mode (one shared with a group stays shared); a new one has
        # the mode any new file of the caller gets, as it was created with the umask applied.
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temporary, stat.S_IMODE(os.stat(path).st_mode))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
