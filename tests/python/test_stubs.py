"""The type stubs (__init__.pyi) against the package, and docstrings on every
public class, method and property."""

import ast
import enum
import inspect
import types
import unittest

import careerplan as cp

import cputil


def stub_tree():
    return ast.parse((cputil.PACKAGE_SOURCE / "__init__.pyi").read_text())


def stub_classes(tree):
    return {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}


def stub_members(classes, name):
    """Public names a stub class declares, its stub bases' included."""
    node = classes[name]
    names = set()
    for item in node.body:
        if isinstance(item, ast.FunctionDef):
            names.add(item.name)
        elif isinstance(item, ast.AnnAssign):
            names.add(item.target.id)
        elif isinstance(item, ast.Assign):
            names |= {t.id for t in item.targets}
    for base in node.bases:
        if isinstance(base, ast.Name) and base.id in classes:
            names |= stub_members(classes, base.id)
    return {n for n in names if not n.startswith("_")}


def runtime_members(cls):
    """Public names the package's own classes in cls's MRO define."""
    names = set()
    for klass in cls.__mro__:
        if klass.__module__.startswith("careerplan"):
            names |= {n for n in vars(klass) if not n.startswith("_")}
    return names


def public_classes():
    return [getattr(cp, n) for n in cp.__all__ if isinstance(getattr(cp, n), type)]


class TestStubs(unittest.TestCase):
    def test_every_public_name_has_a_stub(self):
        tree = stub_tree()
        declared = set(stub_classes(tree))
        declared |= {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
        for n in tree.body:
            if isinstance(n, ast.AnnAssign):
                declared.add(n.target.id)
        self.assertEqual(sorted(set(cp.__all__) - declared), [])
        self.assertIn("__version__", declared)
        self.assertEqual(sorted(n for n in declared
                                if not n.startswith("_") and n not in cp.__all__
                                and n != "HEADER_VERSION"), [])

    def test_classes_have_the_same_members(self):
        classes = stub_classes(stub_tree())
        for cls in public_classes():
            if issubclass(cls, BaseException):
                continue
            with self.subTest(cls=cls.__name__):
                self.assertEqual(stub_members(classes, cls.__name__), runtime_members(cls))

    def test_bases_match(self):
        classes = stub_classes(stub_tree())
        for cls in public_classes():
            if not (issubclass(cls, (BaseException, enum.Enum))):
                continue
            stub_bases = [b.id for b in classes[cls.__name__].bases]
            runtime = [b.__name__ for b in cls.__bases__]
            self.assertEqual(stub_bases, runtime, cls.__name__)

    def test_stub_signatures_name_the_same_parameters(self):
        classes = stub_classes(stub_tree())
        for cls in public_classes():
            if issubclass(cls, (BaseException, enum.Enum)):
                continue
            for item in classes[cls.__name__].body:
                if not isinstance(item, ast.FunctionDef) or item.name.startswith("__"):
                    continue
                if any(isinstance(d, ast.Attribute) or
                       (isinstance(d, ast.Name) and d.id == "property")
                       for d in item.decorator_list):
                    continue  # a property
                fn = inspect.getattr_static(cls, item.name)
                if isinstance(fn, classmethod):
                    fn = fn.__func__
                stub_params = [a.arg for a in item.args.args + item.args.kwonlyargs]
                params = list(inspect.signature(fn).parameters)
                params = [p for p in params
                          if inspect.signature(fn).parameters[p].kind not in (
                              inspect.Parameter.VAR_KEYWORD, inspect.Parameter.VAR_POSITIONAL)]
                with self.subTest(method="%s.%s" % (cls.__name__, item.name)):
                    self.assertEqual(stub_params, params)


class TestDocstrings(unittest.TestCase):
    def test_module_and_functions(self):
        self.assertGreater(len(cp.__doc__), 200)
        for name in cp.__all__:
            obj = getattr(cp, name)
            if isinstance(obj, types.FunctionType):
                self.assertTrue(obj.__doc__, name)

    def test_classes_methods_and_properties(self):
        missing = []
        for cls in public_classes():
            if not cls.__doc__ or cls.__doc__ is object.__doc__:
                missing.append(cls.__name__)
            for klass in cls.__mro__:
                if not klass.__module__.startswith("careerplan"):
                    continue
                for name, attr in vars(klass).items():
                    if name.startswith("_"):
                        continue  # the class docstring says how to make and use it
                    if isinstance(attr, (types.MemberDescriptorType, str)) or \
                            isinstance(cls, enum.EnumMeta) and name in cls.__members__:
                        continue  # slots (documented by the class) and enum members
                    if isinstance(attr, (classmethod, staticmethod)):
                        attr = attr.__func__
                    if not getattr(attr, "__doc__", None):
                        missing.append("%s.%s" % (klass.__name__, name))
        self.assertEqual(sorted(set(missing)), [])


if __name__ == "__main__":
    unittest.main()
