"""Writing an export: mode 0600, atomically (a temporary file renamed into place), so a failure leaves nothing."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from samverka.errors import KnownError


def write_atomic(path: str | os.PathLike[str], data: bytes, *, overwrite: bool = True) -> Path:
    """Write `data` to `path`; with overwrite=False an existing file there (even one made meanwhile) is kept
    and KnownError raised."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise KnownError(
            f"Mappen {folder} finns inte. Välj en befintlig mapp.",
            f"The folder {folder} does not exist. Choose an existing folder.",
        )
    if target.is_dir():
        raise KnownError(
            f"{target} är en mapp. Ange ett filnamn.", f"{target} is a folder. Give a file name.",
        )
    if not overwrite and os.path.lexists(target):
        raise exists_error(target)
    temp = folder / f".{target.name}.{os.getpid()}.tmp"
    try:
        fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if overwrite:
            os.replace(temp, target)
        else:
            _publish_new(temp, target)
    except KnownError:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise KnownError(
            f"Filen {target} kunde inte sparas: {exc.strerror}. Kontrollera att du får skriva i mappen och att "
            "disken inte är full.",
            f"The file {target} could not be saved: {exc.strerror}. Check that you may write in the folder and "
            "that the disk is not full.",
        ) from exc
    return target


def exists_error(target: Path) -> KnownError:
    return KnownError(
        f"Filen {target} finns redan och har inte ändrats. Välj ett annat namn.",
        f"The file {target} already exists and was not changed. Choose another name.",
    )


def _publish_new(temp: Path, target: Path) -> None:
    """Put `temp` at `target` only if nothing is there: a hard link fails on an existing name, however new."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise exists_error(target) from None
    except OSError:
        # No hard links on this file system (FAT, some network shares): a last look, then rename.
        if os.path.lexists(target):
            raise exists_error(target) from None
        os.replace(temp, target)
        return
    temp.unlink()
