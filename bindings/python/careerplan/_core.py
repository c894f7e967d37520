"""The machinery under the classes: lifetimes, locks, properties and list views.

Lifetimes. Every C object reached from Python gets exactly one wrapper
(``_registry`` maps C addresses to wrappers, weakly). A wrapper holds a
strong reference to the wrapper of its parent, so a child keeps its whole
tree alive; the top of a tree (a root: a free-standing Client, a Caseload, a
Document, Diagnostics, Stats) frees its C object when it is collected. When
Python removes an object from its parent, its wrapper is marked dead; its
descendants find that out by walking up to their root, which every call
does, and raise StateError instead of touching freed memory.

Threads. The long C calls release the GIL. Each root has a reentrant lock
and every call into C holds the lock of the tree it works on, so that no
other thread changes or frees the tree under a call in progress.
"""

import collections.abc
import datetime
import operator
import threading
import weakref
from _weakref import _remove_dead_weakref

from . import _careerplan as _c
from . import _enums
from ._errors import InvalidValueError, StateError


class _Ref(weakref.ref):
    """A weak reference that knows its key in the registry."""

    __slots__ = ("key",)


class _Registry:
    """C addresses to wrappers, weakly: weakref.WeakValueDictionary's get,
    set, pop and del, and nothing else. Its KeyedRef is made by Python-level
    __new__ and __init__, which cost two thirds of wrapping an object; a
    query wraps the objects of its hits by the ten thousand. An entry goes
    when its wrapper is collected, through the one call the standard
    library's own dictionary makes for that (_remove_dead_weakref, which
    removes the key only while its value is a dead reference, never a newer
    wrapper at the same address)."""

    __slots__ = ("_d", "_gone")

    def __init__(self):
        d = self._d = {}

        def gone(ref, remove=_remove_dead_weakref):
            remove(d, ref.key)

        self._gone = gone

    def get(self, key):
        ref = self._d.get(key)
        return None if ref is None else ref()

    def __setitem__(self, key, obj):
        ref = _Ref(obj, self._gone)
        ref.key = key
        self._d[key] = ref

    def __delitem__(self, key):
        del self._d[key]

    def pop(self, key, default=None):
        ref = self._d.pop(key, None)
        obj = None if ref is None else ref()
        return default if obj is None else obj

    def __len__(self):
        return len(self._d)


_registry = _Registry()
_ABSENT = object()


# ---- nodes ----

class Node:
    """Base class of the objects of a careerplan tree."""

    __slots__ = ("_ptr", "_parent", "_dead", "__weakref__")

    #: attribute names in JSON member order (to_dict() and keyword arguments);
    #: a (key, attribute) pair where the two differ
    _json = ()
    #: attributes shown by repr()
    _repr = ("id",)
    #: how objects of the class are made, for the TypeError of __init__
    _made_by = "their parent's add_...() method"

    def __init__(self, *args, **kwargs):
        raise TypeError("%s objects cannot be created directly: use %s"
                        % (type(self).__name__, self._made_by))

    def __init_subclass__(cls, **kwargs):
        """A class on top of its generated base (careerplan._model_gen: the
        properties the model description gives it) has those properties as its
        own, as if written in it, but for those it writes itself: vars() and
        help() show them with the class rather than with a private base."""
        super().__init_subclass__(**kwargs)
        base = cls.__bases__[0]
        if base.__module__ == __package__ + "._model_gen":
            for name, attr in vars(base).items():
                if isinstance(attr, (Field, Children, Strings, Parent)) and name not in vars(cls):
                    setattr(cls, name, attr)

    # -- where the object lives --

    def _top(self):
        """The root of the object's tree; StateError if it was removed."""
        n = self
        while True:
            if n._dead:
                raise _removed(self)
            p = n._parent
            if p is None:
                return n
            n = p

    def _live(self):
        n = self
        while n is not None:
            if n._dead:
                return False
            n = n._parent
        return True

    def _acquire(self):
        """Takes the lock of the object's tree and returns it."""
        while True:
            top = self._top()
            lock = top._lock
            if lock is None:
                continue  # adopted between the two lines: walk again
            lock.acquire()
            try:
                same = self._top() is top
            except BaseException:
                lock.release()
                raise
            if same:
                return lock
            lock.release()  # moved to another tree meanwhile (taken or adopted)

    def _call(self, fn, *args):
        """Calls fn(C object, *args) holding the tree's lock."""
        lock = self._acquire()
        try:
            return fn(self._ptr, *args)
        finally:
            lock.release()

    #: further settable properties that are not JSON members of their own
    _kwargs = ()

    def _apply(self, fields):
        """Sets properties from keyword arguments, in JSON member order (which is
        also the order their rules need: owner before owner_supporter...)."""
        cls = type(self)
        order = [n for n in self._json + self._kwargs
                 if isinstance(n, str) and _settable(getattr(cls, n))]
        unknown = set(fields) - set(order)
        if unknown:
            raise TypeError("%s has no settable property %s"
                            % (cls.__name__, ", ".join(sorted(unknown))))
        for name in order:
            if name in fields:
                setattr(self, name, fields[name])

    # -- Python protocol --

    def to_dict(self):
        """The object as a dict, with the member names and values of its JSON
        form (dates as "YYYY-MM-DD", enumerations as their names); members
        that are not recorded are left out, as in the JSON documents, but for
        lists of objects: an empty one is kept as [] (a goal with no actions
        has "actions": []), so that every item of a list has the same keys
        and pandas.json_normalize(..., record_path="actions") works. (An
        empty list of strings is left out.)"""
        lock = self._acquire()
        try:
            out = {}
            cls = type(self)
            for name in self._json:
                # (key, attribute) for members that are no property of their own
                key, attr = (name, name) if isinstance(name, str) else name
                v = getattr(cls, attr)._json_value(self)
                if v is not _ABSENT:
                    out[key] = v
            return out
        finally:
            lock.release()

    def __repr__(self):
        name = type(self).__name__
        if not self._live():
            return "<careerplan.%s (removed)>" % name
        parts = []
        for attr in self._repr:
            v = getattr(self, attr)
            if v is not None:
                parts.append("%s=%r" % (attr, v.value if isinstance(v, _enums._NameEnum) else v))
        return "<careerplan.%s%s>" % (name, "".join(" " + p for p in parts))

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle a %s on its own: pickle the Client or Caseload "
                        "that holds it" % type(self).__name__)


def _settable(desc):
    if isinstance(desc, Field):
        return desc.set is not None
    return isinstance(desc, Strings) or getattr(desc, "settable", False)


def json_via(members, **attributes):
    """A _json where some members are read through another attribute than their
    name: json_via(_GoalBase._json, swot="_swot") for a JSON object that the
    class shows member by member."""
    unknown = set(attributes) - set(members)
    if unknown:
        raise ValueError("no such JSON member: %s" % ", ".join(sorted(unknown)))
    return tuple((m, attributes[m]) if m in attributes else m for m in members)


def _removed(obj):
    return StateError("this %s was removed from its parent" % type(obj).__name__,
                      code="CP_ESTATE")


class Root(Node):
    """A node that can be the top of a tree and own its C object."""

    __slots__ = ("_lock", "_owned")

    #: the C function that frees the object
    _free = None

    def _init_root(self, ptr):
        try:
            self._ptr
        except AttributeError:
            pass
        else:  # __init__ called again: the C object it has would leak
            type(self)._free(ptr)
            raise TypeError("this %s is initialised already" % type(self).__name__)
        self._ptr = ptr
        self._dead = False
        self._lock = threading.RLock()
        self._owned = True
        self._parent = None
        if self._registered:
            _registry[int(ptr)] = self

    _registered = True

    def _become_root(self):
        """The C object was handed over to Python (taken from its parent)."""
        self._lock = threading.RLock()
        self._owned = True
        self._parent = None  # last: until now, walks still find the old root

    def __del__(self):
        try:
            owned = self._owned
        except AttributeError:  # __init__ failed before the C object existed
            return
        if not owned:
            return
        self._owned = False
        self._dead = True
        ptr = self._ptr
        try:
            # Out of the registry before the memory is freed, so that a new
            # object at the same address never finds this wrapper.
            if self._registered and _registry.get(int(ptr)) is self:
                del _registry[int(ptr)]
        except Exception:
            pass
        type(self)._free(ptr)


def _new_root(cls, ptr):
    obj = object.__new__(cls)
    obj._init_root(ptr)
    return obj


def _wrap(cls, ptr, parent):
    """The one wrapper of the C object at ptr (None for NULL), a child of parent.
    Call with the tree's lock held."""
    if ptr is None:
        return None
    key = int(ptr)
    old = _registry.get(key)
    if old is not None and type(old) is cls and old._live():
        return old
    obj = object.__new__(cls)
    obj._ptr = ptr
    obj._parent = parent
    obj._dead = False
    if isinstance(obj, Root):
        obj._lock = None
        obj._owned = False
    _registry[key] = obj
    return obj


def _kill(ptr):
    """The C object at ptr was freed: its wrapper (if any) is dead from now on."""
    obj = _registry.pop(int(ptr), None)
    if obj is not None:
        obj._dead = True


class Locked:
    """Holds the locks of the trees of several objects (in a fixed order, so
    that two threads never wait for each other)."""

    __slots__ = ("_locks",)

    def __init__(self, *nodes):
        nodes = [n for n in nodes if n is not None]
        while True:
            tops = {}
            for n in nodes:
                t = n._top()
                tops[id(t)] = t
            got = []
            try:
                for key in sorted(tops):
                    lock = tops[key]._lock
                    if lock is None:  # adopted meanwhile: no longer a top
                        break
                    lock.acquire()
                    got.append(lock)
                same = len(got) == len(tops) and all(id(n._top()) in tops for n in nodes)
            except BaseException:
                for lock in reversed(got):
                    lock.release()
                raise
            if same:
                self._locks = got
                return
            for lock in reversed(got):
                lock.release()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for lock in reversed(self._locks):
            lock.release()
        return False


def fill_lists(node, d):
    """Puts [] into d, the dict of node's JSON text, for every list of
    objects the text leaves out (the library writes no empty list), at any
    depth: to_dict() keeps them however it is made. Call with the lock held."""
    cls = type(node)
    for name in node._json:
        key, attr = (name, name) if isinstance(name, str) else name
        desc = getattr(cls, attr, None)
        if isinstance(desc, Children):
            items = d.setdefault(key, [])
            for child, sub in zip(desc.__get__(node), items):
                if isinstance(sub, dict):
                    fill_lists(child, sub)
    return d


# ---- conversions ----

def date_in(value):
    """datetime.date, "YYYY-MM-DD" or None to what the C functions take."""
    if value is None or isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        return _c.cp_date_parse(value)
    raise TypeError("expected a datetime.date, a 'YYYY-MM-DD' string or None, not %s"
                    % type(value).__name__)


def str_in(value, what="value"):
    if value is None or isinstance(value, str):
        return value
    raise TypeError("%s must be a str or None, not %s" % (what, type(value).__name__))


def enum_in(cls, value):
    """A member, its JSON name or None (0) to the C value."""
    if value is None:
        return 0
    if not isinstance(value, cls):
        if not isinstance(value, str):
            raise TypeError("expected a %s, its name or None, not %s"
                            % (cls.__name__, type(value).__name__))
        try:
            value = cls(value)
        except ValueError:
            raise InvalidValueError("%r is not a %s (expected one of %s)"
                                    % (value, cls.__name__, ", ".join(m.value for m in cls)),
                                    code="CP_EVALUE") from None
    return _enums.TO_C[cls][value]


def enum_out(cls, code):
    if code == 0 and cls not in _enums.ZERO_IS_MEMBER:
        return None
    return _enums.FROM_C[cls][code]


def flags_in(cls, value):
    if value is None:
        return 0
    if isinstance(value, (str, cls)):
        value = (value,)
    bits = 0
    for v in value:
        if v is None:
            raise TypeError("None is not a %s" % cls.__name__)
        bits |= enum_in(cls, v)
    return bits


def flags_out(cls, bits):
    to_c = _enums.TO_C[cls]
    return frozenset(m for m in cls if to_c[m] & bits)


def id_in(value, what="id"):
    """An id given as a str or as the object that has it."""
    if isinstance(value, Node):
        return value.id
    return str_in(value, what)


def index_in(index, n):
    try:
        i = operator.index(index)
    except TypeError:
        raise TypeError("list indices must be integers or slices, not %s"
                        % type(index).__name__) from None
    if i < 0:
        i += n
    if not 0 <= i < n:
        raise IndexError("list index out of range")
    return i


# ---- properties ----

class Field:
    """A property read (and unless read-only, written) through C accessors."""

    def __init__(self, getter, setter, doc):
        self.get = getter
        self.set = setter
        self.__doc__ = doc
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self.out(obj._call(self.get))

    def __set__(self, obj, value):
        if self.set is None:
            raise AttributeError("%s.%s is read-only" % (type(obj).__name__, self.name))
        obj._call(self.set, self.into(value))

    def __delete__(self, obj):
        raise AttributeError("cannot delete %s.%s: set it to None to clear it"
                             % (type(obj).__name__, self.name))

    def out(self, v):
        return v

    def into(self, v):
        return v

    def _json_value(self, obj):
        v = self.__get__(obj)
        return _ABSENT if v is None else v


class StrField(Field):
    def into(self, v):
        return str_in(v, self.name)


class DateField(Field):
    def into(self, v):
        return date_in(v)

    def _json_value(self, obj):
        v = self.__get__(obj)
        return _ABSENT if v is None else v.isoformat()


class IntField(Field):
    def __init__(self, getter, setter, doc, optional=True):
        super().__init__(getter, setter, doc)
        self.optional = optional

    def out(self, v):
        return None if (v == 0 and self.optional) else v

    def into(self, v):
        if v is None:
            return 0
        if isinstance(v, bool):
            raise TypeError("%s must be an int, not bool" % self.name)
        v = operator.index(v)
        if v == 0 and self.optional:
            # In C, 0 is "not recorded": a score of 0 would silently clear it.
            raise InvalidValueError("%s: 0 is out of range; None clears it" % self.name)
        return v


class BoolField(Field):
    def out(self, v):
        return bool(v)

    def into(self, v):
        if not isinstance(v, (bool, int)):
            raise TypeError("%s must be a bool, not %s" % (self.name, type(v).__name__))
        return 1 if v else 0

    def _json_value(self, obj):
        return True if self.__get__(obj) else _ABSENT


class EnumField(Field):
    def __init__(self, getter, setter, doc, cls):
        super().__init__(getter, setter, doc)
        self.cls = cls

    def out(self, v):
        return enum_out(self.cls, v)

    def into(self, v):
        return enum_in(self.cls, v)

    def _json_value(self, obj):
        v = self.__get__(obj)
        return _ABSENT if v is None else v.value


class FlagsField(Field):
    def __init__(self, getter, setter, doc, cls, has=None):
        super().__init__(getter, setter, doc)
        self.cls = cls
        self.has = has  # the C membership test: `m in obj.member` answers it in Python

    def out(self, v):
        return flags_out(self.cls, v)

    def into(self, v):
        return flags_in(self.cls, v)

    def _json_value(self, obj):
        v = self.__get__(obj)
        if not v:
            return _ABSENT
        return [m.value for m in self.cls if m in v]


class IntSetField(Field):
    """A set of small numbers (year groups, Gatsby Benchmarks): C holds it as
    bits, bit n for the number n."""

    def __init__(self, getter, setter, doc, lo, hi, has=None):
        super().__init__(getter, setter, doc)
        self.lo, self.hi = lo, hi
        self.has = has  # the C membership test: `n in obj.member` answers it in Python

    def out(self, v):
        return frozenset(n for n in range(self.lo, self.hi + 1) if v & (1 << n))

    def into(self, v):
        if v is None:
            return 0
        if isinstance(v, (str, bytes)):
            raise TypeError("%s must be an iterable of int, not %s" % (self.name, type(v).__name__))
        bits = 0
        for n in v:
            if isinstance(n, bool):
                raise TypeError("%s must hold int, not bool" % self.name)
            n = operator.index(n)
            if not self.lo <= n <= self.hi:
                raise InvalidValueError("%s: %d is outside %d..%d" % (self.name, n, self.lo,
                                                                      self.hi))
            bits |= 1 << n
        return bits

    def _json_value(self, obj):
        v = self.__get__(obj)
        return sorted(v) if v else _ABSENT


class Parent:
    """The object that holds this one. A wrapper knows its parent, so `fn`, the
    C parent getter, is not called: it names the C function the property
    stands for (the coverage test counts it as bound)."""

    def __init__(self, doc, fn=None):
        self.__doc__ = doc
        self.fn = fn

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        obj._top()
        return obj._parent

    def __set__(self, obj, value):
        raise AttributeError("the parent of an object cannot change")


# ---- lists ----

class _ListSpec:
    def __init__(self, count, at, remove, cls, adder, doc):
        self.count, self.at, self.remove = count, at, remove
        self.cls, self.adder, self.doc = cls, adder, doc


class Children:
    """A property giving the list of an object's children of one kind, through
    the C functions count, at and remove (None where the library keeps the
    children for good). The child class is named: it may come later."""

    def __init__(self, count, at, remove, cls_name, doc, adder=None):
        self.count, self.at, self.remove = count, at, remove
        self.cls_name = cls_name
        self.spec = None
        self.adder = adder
        self.__doc__ = doc

    def _spec(self):
        if self.spec is None:
            from . import _model  # the classes exist once the module is loaded
            self.spec = _ListSpec(self.count, self.at, self.remove,
                                  getattr(_model, self.cls_name), self.adder, self.__doc__)
        return self.spec

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return NodeList(obj, self._spec())

    def __set__(self, obj, value):
        raise AttributeError("assign to the items of the list, or add and remove them")

    def _json_value(self, obj):
        return [child.to_dict() for child in self.__get__(obj)]


class NodeList(collections.abc.Sequence):
    """A live list of the children of an object: len(), indexing (negative
    indices and slices too), iteration, ``in`` (by identity), ``del
    lst[i]`` and ``lst.remove(child)`` (where the library allows removal),
    and ``lst.add(...)`` (the same as the parent's add method). Removing a
    child frees it: any later use of its object raises StateError."""

    __slots__ = ("_owner", "_spec")

    def __init__(self, owner, spec):
        self._owner = owner
        self._spec = spec

    def __len__(self):
        return self._owner._call(self._spec.count)

    def _item(self, i):
        return _wrap(self._spec.cls, self._spec.at(self._owner._ptr, i), self._owner)

    def __getitem__(self, index):
        lock = self._owner._acquire()
        try:
            n = self._spec.count(self._owner._ptr)
            if isinstance(index, slice):
                return [self._item(i) for i in range(*index.indices(n))]
            return self._item(index_in(index, n))
        finally:
            lock.release()

    def __iter__(self):
        i = 0
        while True:
            lock = self._owner._acquire()
            try:
                if i >= self._spec.count(self._owner._ptr):
                    return
                item = self._item(i)
            finally:
                lock.release()
            yield item
            i += 1

    def _find(self, obj):
        """Index of obj in the list, or -1. Call with the lock held."""
        if not isinstance(obj, self._spec.cls) or not obj._live():
            return -1
        key = int(obj._ptr)
        ptr = self._owner._ptr
        for i in range(self._spec.count(ptr)):
            if int(self._spec.at(ptr, i)) == key:
                return i
        return -1

    def __contains__(self, obj):
        lock = self._owner._acquire()
        try:
            return self._find(obj) >= 0
        finally:
            lock.release()

    def index(self, obj, start=0, stop=None):
        """Index of obj (the same object) in the list; ValueError if absent."""
        lock = self._owner._acquire()
        try:
            i = self._find(obj)
            n = self._spec.count(self._owner._ptr)
            lo, hi, _ = slice(start, stop).indices(n)
            if i < 0 or not lo <= i < hi:
                raise ValueError("%r is not in the list" % (obj,))
            return i
        finally:
            lock.release()

    def count(self, obj):
        """1 if obj is in the list, else 0."""
        return 1 if obj in self else 0

    def _removable(self):
        if self._spec.remove is None:
            raise TypeError("%s objects cannot be removed: the library keeps them for good"
                            % self._spec.cls.__name__)

    def __delitem__(self, index):
        self._removable()
        owner = self._owner
        lock = owner._acquire()
        try:
            n = self._spec.count(owner._ptr)
            if isinstance(index, slice):
                for i in sorted(range(*index.indices(n)), reverse=True):
                    self._remove_at(i)
            else:
                self._remove_at(index_in(index, n))
        finally:
            lock.release()

    def _remove_at(self, i):
        ptr = self._owner._ptr
        child = self._spec.at(ptr, i)
        self._spec.remove(ptr, i)
        _kill(child)

    def remove(self, obj):
        """Removes obj (the same object) from the list and frees it."""
        self._removable()
        lock = self._owner._acquire()
        try:
            i = self._find(obj)
            if i < 0:
                raise ValueError("%r is not in the list" % (obj,))
            self._remove_at(i)
        finally:
            lock.release()

    def add(self, *args, **kwargs):
        """Adds a child: the same as the parent's method named in its help."""
        if self._spec.adder is None:
            raise TypeError("%s objects are not added through this list"
                            % self._spec.cls.__name__)
        return getattr(self._owner, self._spec.adder)(*args, **kwargs)

    def __repr__(self):
        return repr(list(self))

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle a list view; pickle the Client or Caseload")


class Strings:
    """A property giving a live list of strings of an object, through the C
    functions count, at, add and remove; with a selector, functions that take
    it after the object (which list of a goal's SWOT analysis)."""

    def __init__(self, count, at, add, remove, doc, selector=None):
        if selector is None:
            self.count, self.at, self.add, self.remove = count, at, add, remove
        else:
            self.count = lambda p: count(p, selector)
            self.at = lambda p, i: at(p, selector, i)
            self.add = lambda p, s: add(p, selector, s)
            self.remove = lambda p, i: remove(p, selector, i)
        self.__doc__ = doc
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return StringList(obj, self)

    def __set__(self, obj, values):
        """Replaces the whole list; on failure the old items are put back."""
        if isinstance(values, str):
            raise TypeError("%s takes a list of str, not a str" % self.name)
        values = [str_in(v, self.name) for v in values]
        lock = obj._acquire()
        try:
            old = [self.at(obj._ptr, i) for i in range(self.count(obj._ptr))]
            try:
                self._replace(obj, values)
            except BaseException:
                self._replace(obj, old)
                raise
        finally:
            lock.release()

    def _replace(self, obj, values):
        for i in range(self.count(obj._ptr) - 1, -1, -1):
            self.remove(obj._ptr, i)
        for v in values:
            self.add(obj._ptr, v)

    def _json_value(self, obj):
        v = list(self.__get__(obj))
        return v if v else _ABSENT


class StringList(collections.abc.Sequence):
    """A live list of strings held by an object: len(), indexing, slices,
    iteration, ``append``, ``extend``, ``remove``, ``clear`` and ``del``. It
    compares equal to a list or tuple with the same items."""

    __slots__ = ("_owner", "_spec")

    def __init__(self, owner, spec):
        self._owner = owner
        self._spec = spec

    def __len__(self):
        return self._owner._call(self._spec.count)

    def __getitem__(self, index):
        lock = self._owner._acquire()
        try:
            ptr = self._owner._ptr
            n = self._spec.count(ptr)
            if isinstance(index, slice):
                return [self._spec.at(ptr, i) for i in range(*index.indices(n))]
            return self._spec.at(ptr, index_in(index, n))
        finally:
            lock.release()

    def __iter__(self):
        return iter(self[:])

    def __delitem__(self, index):
        lock = self._owner._acquire()
        try:
            ptr = self._owner._ptr
            n = self._spec.count(ptr)
            if isinstance(index, slice):
                for i in sorted(range(*index.indices(n)), reverse=True):
                    self._spec.remove(ptr, i)
            else:
                self._spec.remove(ptr, index_in(index, n))
        finally:
            lock.release()

    def append(self, text):
        """Appends a string (not empty)."""
        if not isinstance(text, str):
            raise TypeError("expected a str, not %s" % type(text).__name__)
        self._owner._call(self._spec.add, text)

    def extend(self, texts):
        """Appends every string of an iterable."""
        for t in list(texts):
            self.append(t)

    def remove(self, text):
        """Removes the first item equal to text; ValueError if there is none."""
        lock = self._owner._acquire()
        try:
            items = self[:]
            if text not in items:
                raise ValueError("%r is not in the list" % (text,))
            self._spec.remove(self._owner._ptr, items.index(text))
        finally:
            lock.release()

    def clear(self):
        """Removes every item."""
        del self[:]

    def __eq__(self, other):
        if isinstance(other, (list, tuple, StringList)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        return repr(self[:])

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle a list view; pickle the Client or Caseload")


def _add(parent, cls, list_name, fn, args, fields):
    """Adds a child with fn(parent, *args), then sets the keyword properties;
    if one is refused the child is removed again and the error raised."""
    lock = parent._acquire()
    try:
        child = _wrap(cls, fn(parent._ptr, *args), parent)
        if fields:
            try:
                child._apply(fields)
            except BaseException:
                spec = getattr(type(parent), list_name)._spec()
                try:
                    spec.remove(parent._ptr, spec.count(parent._ptr) - 1)
                    _kill(child._ptr)
                except Exception:
                    pass
                raise
        return child
    finally:
        lock.release()
