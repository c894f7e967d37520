"""The exceptions of careerplan, and how C status codes map to them.

Every exception is a :class:`Error`; most are also the standard exception a
Python programmer would catch for that kind of failure::

    Error                          any failure reported by libcareerplan
    +-- ValidationError            a document is not a valid careerplan document
    |   |                          (also a ValueError)
    |   +-- ParseError             ... because it is not even JSON (.line, .column)
    +-- InvalidValueError          an argument or a new value is refused (ValueError)
    +-- NotFoundError              no such id (KeyError)
    +-- ConsentError               no active consent covers the disclosure
    +-- StateError                 the object's state forbids the call, or it was removed
    +-- FileError                  reading or writing a file failed (OSError:
    |   |                          .errno, .strerror, .filename)
    |   +-- FileMissingError       ... because it does not exist (FileNotFoundError)
    |   +-- FilePermissionError    ... because access was refused (PermissionError)
    +-- OutOfMemoryError           an allocation failed (MemoryError)
"""

import errno as _errno
import os

__all__ = [
    "Error", "ValidationError", "ParseError", "InvalidValueError", "NotFoundError",
    "ConsentError", "StateError", "FileError", "FileMissingError", "FilePermissionError",
    "OutOfMemoryError",
]


class Error(Exception):
    """Base class of every exception libcareerplan reports.

    Attributes:
        message: the English message, as the C library wrote it.
        code: the name of the C status, e.g. ``"CP_ERANGE"``.
        path: RFC 6901 JSON Pointer of the offending value (``""`` for the
            whole document or for a value passed to a setter).
        line, column: 1-based position of a syntax error, else 0.
        position: 0-based byte offset of a syntax error, else -1.
        function: the C function that failed, e.g. ``"cp_goal_set_confidence"``,
            or None when the Python layer raised the error itself.
    """

    def __init__(self, message, *, code=None, path="", line=0, column=0, position=-1,
                 function=None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.path = path
        self.line = line
        self.column = column
        self.position = position
        self.function = function

    def __str__(self):
        text = self.message
        if self.line:
            text += " (line %d, column %d)" % (self.line, self.column)
        if self.path:
            text += " at %s" % self.path
        return text


class ValidationError(Error, ValueError):
    """A document is not a valid careerplan document: a member has the wrong
    type or is missing (CP_ETYPE), a value is out of range or malformed
    (CP_ERANGE, CP_EVALUE), an id occurs twice (CP_EDUPLICATE), a reference
    names nothing (CP_ENOTFOUND), a limit is exceeded (CP_ELIMIT), an unknown
    member is found in strict mode (CP_EUNKNOWN) or the envelope is wrong
    (CP_EFORMAT). ``.path`` points at the offending value."""


class ParseError(ValidationError):
    """The text is not JSON (CP_ESYNTAX); ``.line`` and ``.column`` (1-based)
    and ``.position`` (0-based byte offset) say where."""


class InvalidValueError(Error, ValueError):
    """An argument or a new value is refused: None or empty where a value is
    required, out of range, malformed, or an id already in use (CP_EINVAL,
    CP_ERANGE, CP_EVALUE, CP_EDUPLICATE)."""


class NotFoundError(Error, KeyError):
    """No object has the given id (CP_ENOTFOUND)."""


class ConsentError(Error):
    """No consent active on that date covers the recipient (CP_ECONSENT);
    nothing was disclosed."""


class StateError(Error):
    """The object is not in a state that allows the call (CP_ESTATE): still
    referenced, already applied, or removed from its parent (then every
    use of it raises this error)."""


class FileError(Error, OSError):
    """Reading or writing a file failed (CP_EIO). As an OSError it has
    ``.errno`` (the system's error number, e.g. errno.ENOENT, or None when
    the library gave no reason), ``.strerror`` (the system's text for it) and
    ``.filename`` (the file named in the call, or None for a file object). A
    missing file raises FileMissingError, which ``except FileNotFoundError``
    catches too; a refused access FilePermissionError (a PermissionError)."""


class FileMissingError(FileError, FileNotFoundError):
    """The file, or a folder on its path, does not exist (errno ENOENT):
    a FileError that is also a FileNotFoundError."""


class FilePermissionError(FileError, PermissionError):
    """Access to the file was refused (errno EACCES or EPERM): a FileError
    that is also a PermissionError."""


# The library ends the message of a failed system call with strerror(errno),
# the same text as os.strerror() gives: the number comes back from it.
_ERRNO_BY_TEXT = {}
for _n in sorted(_errno.errorcode, reverse=True):
    _ERRNO_BY_TEXT[os.strerror(_n)] = _n
del _n

_FILE_ERROR_BY_ERRNO = {
    _errno.ENOENT: FileMissingError,
    _errno.EACCES: FilePermissionError,
    _errno.EPERM: FilePermissionError,
}


def _file_error(message, **kwargs):
    """The FileError of a CP_EIO message "...: REASON", errno and strerror set."""
    number = None
    reason = None
    head, sep, tail = message.rpartition(": ")
    if sep and tail in _ERRNO_BY_TEXT:
        number, reason = _ERRNO_BY_TEXT[tail], tail
    e = _FILE_ERROR_BY_ERRNO.get(number, FileError)(message, **kwargs)
    e.errno = number
    e.strerror = reason
    return e


def _with_filename(path, fn, *args):
    """fn(*args), a FileError it raises getting ``.filename`` = path (as given:
    str, or bytes; an os.PathLike as os.fspath gives it)."""
    try:
        return fn(*args)
    except FileError as e:
        if e.filename is None:
            try:
                e.filename = os.fspath(path)
            except TypeError:
                pass
        raise


class OutOfMemoryError(Error, MemoryError):
    """An allocation failed (CP_ENOMEM)."""


_BY_CODE = {
    "CP_EINVAL": InvalidValueError,
    "CP_ENOMEM": OutOfMemoryError,
    "CP_ESYNTAX": ParseError,
    "CP_ETYPE": ValidationError,
    "CP_ERANGE": InvalidValueError,
    "CP_EDUPLICATE": InvalidValueError,
    "CP_ENOTFOUND": NotFoundError,
    "CP_ELIMIT": ValidationError,
    "CP_EIO": FileError,
    "CP_ECONSENT": ConsentError,
    "CP_EVALUE": InvalidValueError,
    "CP_EUNKNOWN": ValidationError,
    "CP_EFORMAT": ValidationError,
    "CP_ESTATE": StateError,
}

# What a loader reports is about the document, not about an argument.
_LOADING_AS_VALIDATION = {"CP_ERANGE", "CP_EDUPLICATE", "CP_ENOTFOUND", "CP_EVALUE"}


def _from_c(status, name, message, path, function, line, column, position):
    """Builds the exception for a failed C call (called by the SWIG wrapper)."""
    cls = _BY_CODE.get(name, Error)
    if "_load_" in function and name in _LOADING_AS_VALIDATION:
        cls = ValidationError
    if cls is FileError:
        return _file_error(message, code=name, path=path, line=line, column=column,
                           position=position, function=function)
    return cls(message, code=name, path=path, line=line, column=column, position=position,
               function=function)


def _removed(obj):
    return StateError("%s object was removed" % type(obj).__name__, code="CP_ESTATE")
