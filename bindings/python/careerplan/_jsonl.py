"""iter_jsonl() and write_jsonl(): JSON Lines, a client a line, read and
written one client at a time (the C library's cp_jsonl_reader)."""

import io
import os

from . import _careerplan as _c
from ._core import _new_root
from ._errors import Error, _with_filename
from ._io import _load_options
from ._model import Client

__all__ = ["iter_jsonl", "write_jsonl"]


def iter_jsonl(path, *, strict=False, max_depth=None, max_string_length=None, max_items=None,
               max_size=None, warnings=None, options=None, on_error=None):
    """Yields the Client of each line of a JSON Lines file (a file name: str,
    bytes or os.PathLike), one at a time: only one line and one client are in
    memory, whatever the file's length. Blank lines are skipped; CRLF line
    ends are accepted.

    Options as load(); max_size is the longest line accepted, in bytes.
    warnings, a Diagnostics, receives each unknown member kept, in the order
    of the lines. A bad line raises the error load() would
    (ParseError, ValidationError, ...), its message starting "line N: ", its
    ``line`` attribute the line's number in the file, ``column`` the column
    in the line and ``path`` the JSON Pointer inside that line's document;
    a line that is not a client document is ValidationError (CP_EFORMAT at
    /kind), a line longer than max_size ValidationError (CP_ELIMIT). The
    iteration ends there, unless on_error is given: then on_error(error) is
    called for each bad line and the lines after it are read. FileError when
    the file cannot be read.
    """
    if on_error is not None and not callable(on_error):
        raise TypeError("on_error must be callable or None")
    opts = _load_options(options, strict, max_depth, max_string_length, max_items, max_size,
                         warnings)
    reader = _with_filename(path, _c.cp_jsonl_reader_open_path, path, opts._struct)
    try:
        while True:
            try:
                ptr = _c.cp_jsonl_reader_next(reader)
            except Error as e:
                if on_error is None or e.code in ("CP_EIO", "CP_ENOMEM"):
                    raise
                on_error(e)
                continue
            if ptr is None:
                return
            yield _new_root(Client, ptr)
    finally:
        _c.cp_jsonl_reader_free(reader)
        del opts  # the warnings list outlives the reader


def write_jsonl(target, clients):
    """Writes clients (any iterable of Client, consumed one at a time) as JSON
    Lines: each client's canonical document in compact form, envelope
    first, then a newline, the same bytes as the C library's
    cp_jsonl_write_client(). target is a file name (str, bytes or
    os.PathLike; created or truncated, written in place) or a file object
    opened for writing, text or binary. Returns the number of clients
    written."""
    def lines():
        for c in clients:
            if not isinstance(c, Client):
                raise TypeError("write_jsonl() takes Client objects, not %s" % type(c).__name__)
            yield c._dumps(compact=True)

    n = 0
    if hasattr(target, "write"):
        binary = isinstance(target, (io.RawIOBase, io.BufferedIOBase)) or "b" in getattr(
            target, "mode", "")
        for text in lines():
            target.write(text.encode("utf-8") if binary else text)
            n += 1
        return n
    with open(os.fspath(target), "w", encoding="utf-8", newline="\n") as f:
        for text in lines():
            f.write(text)
            n += 1
    return n
