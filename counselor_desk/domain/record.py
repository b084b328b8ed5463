"""`@record`: a frozen dataclass with slots, as `@dataclass(frozen=True, slots=True)` makes it,
for a fraction of what that costs when its module is imported.

Why: a command's start is mostly imports, and most of importing the domain was making its
records: `dataclass` writes the source of six methods for each class (`__init__`, `__repr__`,
`__eq__`, `__hash__`, and the frozen `__setattr__` and `__delattr__`) and compiles each, which
was half of the `caseload` command's time before it read a row. Here `__init__`, `__eq__` and
`__hash__` are written as dataclass writes them, but each only when it is first called (a
command's run makes a third of the records its imports define, and compares or hashes fewer);
`repr`, the frozen guard and pickling are the same few functions for every record, reading its
fields' names, with no source written at all.

What a caller sees is what `dataclass` gives (tests/test_record_decorator.py holds each record
of the package against its stock twin): the fields (`dataclasses.fields`, `replace`, `asdict`), the
same `__init__`, equality and hash over the fields compared (as tuples, as Python 3.11's
dataclasses compare them), the same `repr`, `FrozenInstanceError` on assigning or deleting a
field, pickling and copying, `__slots__`, `__match_args__`, the generated `__doc__` and
`__dataclass_params__`. Type checkers read it as a frozen dataclass (`dataclass_transform`).
Until first called, the three methods are stand-ins taking any arguments (`inspect.signature`
shows the real `__init__` once a record is made; `ready()` writes them now). A class using what
the quick path does not handle (base classes, `ClassVar`, `InitVar`, keyword-only fields, a
field named `self`, its own `__init__`, `__setattr__`, `__delattr__` or pickling methods) is
made by `dataclass` itself, as before.
"""

from __future__ import annotations

import dataclasses
import inspect
import sys
from collections.abc import Callable
from dataclasses import MISSING, Field, FrozenInstanceError, field, fields
from reprlib import recursive_repr
from typing import Any, TypeVar, cast, dataclass_transform

_T = TypeVar("_T")

#: What a class may not define itself for the quick path (dataclass would keep its own).
_OWN_METHODS = ("__init__", "__setattr__", "__delattr__", "__getstate__", "__setstate__")
#: Annotations the quick path leaves to dataclass (fields that are not plain fields).
_PSEUDO_FIELDS = ("ClassVar", "InitVar", "KW_ONLY")


@dataclass_transform(frozen_default=True, field_specifiers=(field, Field))
def record(cls: type[_T], /) -> type[_T]:
    """The class as `@dataclass(frozen=True, slots=True)` makes it (see the module's doc)."""
    own = cls.__dict__
    annotations = own.get("__annotations__", {})
    if not _quick(cls, own, annotations):
        return dataclasses.dataclass(frozen=True, slots=True)(cls)
    written_doc = own.get("__doc__")
    explicit_eq = "__eq__" in own
    explicit_repr = "__repr__" in own
    class_hash = own.get("__hash__", MISSING)
    explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in own))
    has_post_init = "__post_init__" in own
    if not written_doc:
        cls.__doc__ = cls.__name__  # written below (dataclass would read a signature for it)
    # Nothing compiled: no __init__, repr, eq or frozen methods are written for it.
    made: Any = dataclasses.dataclass(
        cls, init=False, repr=False, eq=False, frozen=False, slots=True
    )
    made_fields = fields(made)
    params = made.__dataclass_params__
    params.init = params.repr = params.eq = params.frozen = True
    if not written_doc:
        made.__doc__ = made.__name__ + _signature_text(made_fields)
    _check_defaults(made_fields)
    names = tuple(f.name for f in made_fields)
    _written_when_used(made, "__init__", lambda: _init(made, made_fields, has_post_init))
    _add_frozen(made, frozenset(names))
    _add_state(made, names)
    if not explicit_eq:
        compared = tuple(f.name for f in made_fields if f.compare)
        _written_when_used(made, "__eq__", lambda: _eq(made, compared))
    if not explicit_hash:
        hashed = tuple(f.name for f in made_fields if (f.compare if f.hash is None else f.hash))
        _written_when_used(made, "__hash__", lambda: _hash(made, hashed))
    if not explicit_repr:
        _add_repr(made, tuple(f.name for f in made_fields if f.repr))
    return cast("type[_T]", made)


def ready(cls: type) -> None:
    """Write a record class's `__init__`, `__eq__` and `__hash__` now (instead of when each
    is first called)."""
    for name in ("__init__", "__eq__", "__hash__"):
        write = getattr(cls.__dict__.get(name), "_record_write", None)
        if write is not None:
            _set(cls, name, write())


def _quick(cls: type, own: Any, annotations: dict[str, Any]) -> bool:
    """Whether the class has only what the quick path makes as dataclass would."""
    if cls.__bases__ != (object,) or any(name in own for name in _OWN_METHODS):
        return False
    if "self" in annotations:  # dataclass names its __init__'s first argument otherwise
        return False
    written = " ".join(map(str, annotations.values()))
    if any(word in written for word in _PSEUDO_FIELDS):
        return False
    return not any(isinstance(value, Field) and value.kw_only is True for value in own.values())


def _written_when_used(made: Any, name: str, write: Callable[[], Callable[..., Any]]) -> None:
    """A stand-in method that, when first called, puts the one `write()` makes in its place."""

    def stand_in(self: Any, *args: Any, **kwargs: Any) -> Any:
        method = write()
        _set(made, name, method)
        return method(self, *args, **kwargs)

    stand_in.__name__ = name
    stand_in._record_write = write  # type: ignore[attr-defined]
    _set(made, name, stand_in)


def _compiled(
    made: Any, name: str, parameters: list[str], body: list[str], values: dict[str, Any]
) -> Any:
    """A method written as dataclass writes one: its source compiled in the class's module,
    inside a function whose arguments are the values it refers to."""
    source = (
        f"def __make__({', '.join(values)}):\n"
        f" def {name}({','.join(parameters)}):\n"
        + "\n".join(f"  {line}" for line in body)
        + f"\n return {name}"
    )
    module = sys.modules.get(made.__module__)
    scope: dict[str, Any] = {}
    exec(source, module.__dict__ if module is not None else {}, scope)
    method = scope["__make__"](**values)
    method.__qualname__ = f"{made.__qualname__}.{name}"
    return method


def _init(made: Any, made_fields: tuple[Field[Any], ...], has_post_init: bool) -> Any:
    """The `__init__` dataclass writes for a frozen class with slots, written the same way:
    each field set with `object.__setattr__`, its default or its factory's value when not
    given, the fields not in `__init__` set to their default, then `__post_init__()`."""
    values: dict[str, Any] = {
        "__dataclass_builtins_object__": object,
        "_HAS_DEFAULT_FACTORY": _FACTORY,
    }
    parameters = ["self"]
    body = []
    for f in made_fields:
        default = f"_dflt_{f.name}"
        if f.default_factory is not MISSING:
            values[default] = f.default_factory
            value = f"{default}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}"
            if not f.init:
                value = f"{default}()"
        elif f.init:
            if f.default is not MISSING:
                values[default] = f.default
            value = f.name
        elif f.default is not MISSING:  # not in __init__: set to its default (slots)
            values[default] = f.default
            value = default
        else:
            continue  # neither given nor defaulted: left unset, as dataclass leaves it
        if f.init:
            given = (
                "=_HAS_DEFAULT_FACTORY"
                if f.default_factory is not MISSING
                else f"={default}"
                if f.default is not MISSING
                else ""
            )
            parameters.append(f"{f.name}{given}")
        body.append(f"__dataclass_builtins_object__.__setattr__(self,{f.name!r},{value})")
    if has_post_init:
        body.append("self.__post_init__()")
    init = _compiled(made, "__init__", parameters, body or ["pass"], values)
    init.__annotations__ = {f.name: f.type for f in made_fields if f.init} | {"return": None}
    return init


def _fields_tuple(owner: str, names: tuple[str, ...]) -> str:
    """`(self.a,self.b,)`, as dataclass writes the tuple its `__eq__` and `__hash__` build."""
    return f"({','.join(f'{owner}.{name}' for name in names)},)" if names else "()"


def _eq(made: Any, names: tuple[str, ...]) -> Any:
    return _compiled(
        made,
        "__eq__",
        ["self", "other"],
        [
            "if other.__class__ is self.__class__:",
            f" return {_fields_tuple('self', names)}=={_fields_tuple('other', names)}",
            "return NotImplemented",
        ],
        {},
    )


def _hash(made: Any, names: tuple[str, ...]) -> Any:
    return _compiled(
        made, "__hash__", ["self"], [f"return hash({_fields_tuple('self', names)})"], {}
    )


def _add_frozen(made: Any, names: frozenset[str]) -> None:
    """Assigning or deleting a field raises FrozenInstanceError, as on a frozen dataclass."""

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is made or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(made, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is made or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(made, self).__delattr__(name)

    _set(made, "__setattr__", __setattr__)
    _set(made, "__delattr__", __delattr__)


def _add_state(made: Any, names: tuple[str, ...]) -> None:
    """Pickling and copying, as dataclass gives a frozen class with slots: the state is the
    list of the fields' values, set back with `object.__setattr__`."""

    def __getstate__(self: Any) -> list[Any]:
        return [getattr(self, name) for name in names]

    def __setstate__(self: Any, state: list[Any]) -> None:
        for name, value in zip(names, state, strict=False):
            object.__setattr__(self, name, value)

    _set(made, "__getstate__", __getstate__)
    _set(made, "__setstate__", __setstate__)


def _add_repr(made: Any, names: tuple[str, ...]) -> None:
    @recursive_repr()
    def __repr__(self: Any) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({shown})"

    _set(made, "__repr__", __repr__)


def _set(made: Any, name: str, function: Callable[..., Any]) -> None:
    function.__qualname__ = f"{made.__qualname__}.{function.__name__}"
    setattr(made, name, function)


class _Factory:
    """The default of a parameter whose field has a default factory (shown "<factory>")."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


def _check_defaults(made_fields: tuple[Field[Any], ...]) -> None:
    """A field without a default after one with a default is refused, as dataclass does."""
    seen_default = False
    for f in made_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")


def _signature_text(made_fields: tuple[Field[Any], ...]) -> str:
    """The signature dataclass puts in the `__doc__` of a class that has none, written as
    `inspect.signature` writes it: "(code: 'str', weeks: 'int' = 12)"."""
    parameters = []
    for f in made_fields:
        if f.init:
            text = f"{f.name}: {inspect.formatannotation(f.type)}"
            if f.default is not MISSING:
                text += f" = {f.default!r}"
            elif f.default_factory is not MISSING:
                text += f" = {_FACTORY!r}"
            parameters.append(text)
    return f"({', '.join(parameters)}) -> None".replace(" -> None", "")
