"""load(), loads(), dump() and dumps(), in the manner of the json module."""

import io

from . import _careerplan as _c
from ._errors import ValidationError, _with_filename
from ._model import (Caseload, Client, Document, LoadOptions, ProvisionMap, StrategicPlan,
                     _save_options)

__all__ = ["load", "loads", "dump", "dumps", "load_client", "loads_client", "load_caseload",
           "loads_caseload"]


def _load_options(options=None, strict=False, max_depth=None, max_string_length=None,
                  max_items=None, max_size=None, warnings=None):
    if options is None:
        return LoadOptions(strict=strict, max_depth=max_depth,
                           max_string_length=max_string_length, max_items=max_items,
                           max_size=max_size, warnings=warnings)
    if not isinstance(options, LoadOptions):
        raise TypeError("options must be a LoadOptions, not %s" % type(options).__name__)
    if strict or warnings is not None or any(v is not None for v in (
            max_depth, max_string_length, max_items, max_size)):
        raise TypeError("give either options= or the separate option arguments, not both")
    return options


def loads(data, *, strict=False, max_depth=None, max_string_length=None, max_items=None,
          max_size=None, warnings=None, options=None, jobs=None):
    """Loads a careerplan document from a str or bytes and returns what it
    holds: a Client for a "client" document, a Caseload for a "caseload" one,
    a StrategicPlan for a "strategic_plan" one, a ProvisionMap for a
    "provision_map" one.

    strict=True refuses unknown members (ValidationError, code CP_EUNKNOWN)
    instead of keeping them; the max_* limits replace the library's defaults
    (max_depth above 2047, the most the parser can read, means 2047);
    warnings, a Diagnostics, receives a warning per unknown member kept; or
    pass a LoadOptions as options. jobs=N parses a caseload's clients on N
    threads (the GIL is released; the result is the same whatever N).
    Raises ParseError for text that is not JSON and ValidationError for JSON
    that is not a valid document.
    """
    return Document.loads(data, options=options, jobs=jobs, strict=strict, max_depth=max_depth,
                          max_string_length=max_string_length, max_items=max_items,
                          max_size=max_size, warnings=warnings)._take_root()


def load(source, *, strict=False, max_depth=None, max_string_length=None, max_items=None,
         max_size=None, warnings=None, options=None, jobs=None):
    """Loads a careerplan document from a file name (str, bytes or
    os.PathLike) or a file object opened for reading (text or binary), and
    returns its Client, Caseload, StrategicPlan or ProvisionMap; options as loads(). Raises FileError
    (an OSError) when the file cannot be read."""
    return Document.load(source, options=options, jobs=jobs, strict=strict, max_depth=max_depth,
                         max_string_length=max_string_length, max_items=max_items,
                         max_size=max_size, warnings=warnings)._take_root()


def _of_kind(doc, kind):
    """The root of a loaded Document of the expected kind; else ValidationError
    (CP_EFORMAT at /kind), the document freed."""
    if doc.kind.value != kind:
        raise ValidationError("a %s document, not a %s one" % (doc.kind.value, kind),
                              code="CP_EFORMAT", path="/kind")
    return doc._take_root()


def load_client(source, **options):
    """load() for a "client" document: returns its Client (ValidationError,
    code CP_EFORMAT at /kind, for a document of another kind); options as
    loads()."""
    return _of_kind(Document.load(source, **options), "client")


def loads_client(data, **options):
    """loads() for a "client" document: returns its Client (ValidationError,
    code CP_EFORMAT at /kind, for another kind)."""
    return _of_kind(Document.loads(data, **options), "client")


def load_caseload(source, **options):
    """load() for a "caseload" document: returns its Caseload
    (ValidationError, code CP_EFORMAT at /kind, for another kind); options as
    loads()."""
    return _of_kind(Document.load(source, **options), "caseload")


def loads_caseload(data, **options):
    """loads() for a "caseload" document: returns its Caseload
    (ValidationError, code CP_EFORMAT at /kind, for another kind)."""
    return _of_kind(Document.loads(data, **options), "caseload")


def dumps(obj, *, compact=False):
    """The canonical JSON text of a Client, Caseload or Document: members in
    a fixed order, two-space indentation (one line with compact=True),
    ending in a newline. The same bytes as the C library writes."""
    if not isinstance(obj, (Client, Caseload, StrategicPlan, ProvisionMap, Document)):
        raise TypeError("dumps() takes a Client, Caseload, StrategicPlan, ProvisionMap or Document, not %s"
                        % type(obj).__name__)
    return obj._dumps(compact)


def dump(obj, target, *, compact=False):
    """Writes dumps(obj) to a file name or a file object. A file name is
    written atomically: a temporary file in the same folder is renamed over
    it, so an existing file is never left half-written."""
    if not isinstance(obj, (Client, Caseload, StrategicPlan, ProvisionMap, Document)):
        raise TypeError("dump() takes a Client, Caseload, StrategicPlan, ProvisionMap or Document, not %s"
                        % type(obj).__name__)
    if hasattr(target, "write"):
        text = obj._dumps(compact)
        if isinstance(target, io.TextIOBase):
            target.write(text)
        elif isinstance(target, (io.RawIOBase, io.BufferedIOBase)):
            target.write(text.encode("utf-8"))
        else:
            try:
                target.write(text)
            except TypeError:
                target.write(text.encode("utf-8"))
        return
    opts = _save_options(compact)
    if isinstance(obj, Client):
        _with_filename(target, obj._call, _c.cp_client_save_path, target, opts)
    elif isinstance(obj, Caseload):
        _with_filename(target, obj._call, _c.cp_caseload_save_path, target, opts)
    elif isinstance(obj, StrategicPlan):
        _with_filename(target, obj._call, _c.cp_strategic_plan_save_path, target, opts)
    elif isinstance(obj, ProvisionMap):
        _with_filename(target, obj._call, _c.cp_provision_map_save_path, target, opts)
    else:
        # Documents have no saver to a path in C: Python writes the text.
        text = obj._dumps(compact)
        with open(target, "w", encoding="utf-8", newline="") as f:
            f.write(text)
