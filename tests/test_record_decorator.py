"""`@record` makes what `@dataclass(frozen=True, slots=True)` makes (domain/record.py): each
record of the package against its stock twin, built from the same source, and a few records
made here for what the package's own use seldom reaches (factories, fields outside `__init__`,
`__post_init__`, pickling, the classes left to dataclass)."""

from __future__ import annotations
import __future__

import copy
import dataclasses
import importlib
import inspect
import pickle
import re
from dataclasses import FrozenInstanceError, dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import pytest

import counselor_desk
from counselor_desk.domain.record import ready, record

PACKAGE = Path(counselor_desk.__file__).resolve().parent


def record_modules() -> list[str]:
    """Every module of the package that makes records with `@record`."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if re.search(r"^@record$", path.read_text(encoding="utf-8"), re.MULTILINE):
            parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
            found.append(".".join(parts))
    return found


def package_records() -> list[type]:
    records = []
    for name in record_modules():
        module = importlib.import_module(name)
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        for class_name in re.findall(r"^@record\nclass (\w+)", source, re.MULTILINE):
            records.append(getattr(module, class_name))
    return records


def stock_twin(cls: type) -> Any:
    """The class its source makes with `@dataclass(frozen=True, slots=True)` instead."""
    module = importlib.import_module(cls.__module__)
    source = inspect.getsource(cls).replace("@record\n", "@dataclass(frozen=True, slots=True)\n", 1)
    namespace = dict(vars(module), dataclass=dataclass)
    code = compile(
        source,
        module.__file__ or "",
        "exec",
        flags=__future__.annotations.compiler_flag,
        dont_inherit=True,
    )
    exec(code, namespace)
    return namespace[cls.__name__]


def described(cls: Any) -> dict[str, Any]:
    """What a dataclass shows of itself without being made (fields, slots, doc, params)."""
    return {
        "fields": [
            (
                f.name,
                f.type,
                f.default,
                f.default_factory,
                f.init,
                f.repr,
                f.hash,
                f.compare,
                f.kw_only,
                dict(f.metadata),
            )
            for f in dataclasses.fields(cls)
        ],
        "slots": cls.__slots__,
        "match_args": cls.__match_args__,
        "doc": cls.__doc__,
        "params": repr(cls.__dataclass_params__),
        "names": sorted(vars(cls)),
        "methods": {
            name: getattr(cls, name).__qualname__
            for name in ("__init__", "__eq__", "__hash__", "__repr__", "__setattr__")
        },
        "hashable": cls.__hash__ is not None,
    }


RECORDS = package_records()


def test_the_package_makes_its_records_with_record() -> None:
    assert len(RECORDS) > 60
    assert "counselor_desk.domain.model" in record_modules()


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: f"{cls.__module__}.{cls.__name__}")
def test_each_record_is_its_stock_twin(cls: type) -> None:
    twin = stock_twin(cls)
    ready(cls)
    assert described(cls) == described(twin)
    assert str(inspect.signature(cls)) == str(inspect.signature(twin))
    assert cls.__init__.__annotations__ == twin.__init__.__annotations__
    assert cls.__init__.__defaults__ == twin.__init__.__defaults__ or any(
        f.default_factory is not dataclasses.MISSING for f in dataclasses.fields(cls)
    )


# -- records made here, each with its stock twin ----------------------------------------------


@record
class Question:
    number: str
    options: tuple[int, ...]
    asked_if: int | None = None
    notes: dict[str, str] = field(default_factory=dict, compare=False)
    seen: list[int] = field(default_factory=list, repr=False, compare=False)
    top: int = field(init=False, default=0)
    after: list[str] = field(init=False, default_factory=list, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "top", max(self.options))

    @property
    def label(self) -> str:
        return f"Q{self.number}"


@dataclass(frozen=True, slots=True)
class StockQuestion:
    number: str
    options: tuple[int, ...]
    asked_if: int | None = None
    notes: dict[str, str] = field(default_factory=dict, compare=False)
    seen: list[int] = field(default_factory=list, repr=False, compare=False)
    top: int = field(init=False, default=0)
    after: list[str] = field(init=False, default_factory=list, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "top", max(self.options))

    @property
    def label(self) -> str:
        return f"Q{self.number}"


@record
class One:
    value: int


@record
class Empty:
    pass


@record
class Hashed:
    name: str
    weight: float = field(hash=False)
    tag: str = field(default="", compare=False, hash=True)


@dataclass(frozen=True, slots=True)
class StockHashed:
    name: str
    weight: float = field(hash=False)
    tag: str = field(default="", compare=False, hash=True)


@record
class Nested:
    inner: list[Any]


def questions() -> list[tuple[Any, Any]]:
    return [
        (Question("2", (0, 1, 3)), StockQuestion("2", (0, 1, 3))),
        (
            Question("3", (1,), asked_if=2, notes={"a": "b"}, seen=[4]),
            StockQuestion("3", (1,), asked_if=2, notes={"a": "b"}, seen=[4]),
        ),
        (Question(number="4", options=(2, 5)), StockQuestion(number="4", options=(2, 5))),
    ]


def test_made_records_are_built_compared_hashed_and_shown_as_dataclass_does() -> None:
    for ours, theirs in questions():
        assert dataclasses.astuple(ours) == dataclasses.astuple(theirs)
        assert dataclasses.asdict(ours) == dataclasses.asdict(theirs)
        assert repr(ours) == repr(theirs).replace("StockQuestion(", "Question(")
        assert hash(ours) == hash(theirs)
        assert ours.top == theirs.top and ours.label == theirs.label
        assert ours.after == theirs.after == [] and ours.after is not Question("9", (1,)).after
    (a, _), (b, _), _ = questions()
    assert a == Question("2", (0, 1, 3), notes={"other": "notes"})  # notes are not compared
    assert a != b and (a == b) is False
    assert a != StockQuestion("2", (0, 1, 3))  # another class is never equal
    assert a.__eq__(StockQuestion("2", (0, 1, 3))) is NotImplemented
    assert {a, Question("2", (0, 1, 3))} == {a}
    assert One(1) == One(1) != One(2) and hash(One(1)) == hash((1,))
    assert Empty() == Empty() and hash(Empty()) == hash(()) and repr(Empty()) == "Empty()"
    assert repr(One(3)) == "One(value=3)"
    first, second = Hashed("x", 1.0, "t"), StockHashed("x", 1.0, "t")
    assert hash(first) == hash(second) == hash(("x", "t"))
    assert Hashed("x", 1.0, "t") == Hashed("x", 1.0, "u") != Hashed("x", 2.0, "t")


def test_a_record_that_holds_itself_shows_as_dataclass_shows_it() -> None:
    nested = Nested([])
    nested.inner.append(nested)
    assert repr(nested) == "Nested(inner=[...])"


def test_a_record_is_frozen_as_dataclass_freezes_it() -> None:
    ours, theirs = questions()[0]
    for record_ in (ours, theirs):
        with pytest.raises(FrozenInstanceError, match="cannot assign to field 'number'"):
            record_.number = "5"
        with pytest.raises(FrozenInstanceError, match="cannot delete field 'number'"):
            del record_.number
        with pytest.raises((AttributeError, TypeError)):
            record_.other = 1
        assert not hasattr(record_, "__dict__")


def test_replace_pickle_and_copy_keep_every_field() -> None:
    ours, theirs = questions()[1]
    changed = dataclasses.replace(ours, number="7")
    assert dataclasses.astuple(changed) == dataclasses.astuple(
        dataclasses.replace(theirs, number="7")
    )
    for again in (
        pickle.loads(pickle.dumps(ours)),
        copy.copy(ours),
        copy.deepcopy(ours),
    ):
        assert again == ours and again.notes == ours.notes and again.top == ours.top
    reduced, stock = ours.__reduce_ex__(4), theirs.__reduce_ex__(4)
    assert (reduced[0], reduced[1]) == (stock[0], (Question,))
    assert reduced[2:] == stock[2:]  # the state: every field's value, in order


@record
class Unmade:
    """Never made by `__init__` in these tests."""

    value: int


def test_a_record_read_back_before_any_is_made_compares_and_hashes() -> None:
    """Equality and hash are written when first used, not only when a record is made: a
    record unpickled (state set, `__init__` never run) compares and hashes as a made one."""
    first, second = Unmade.__new__(Unmade), Unmade.__new__(Unmade)
    first.__setstate__([5])
    second.__setstate__([5])
    assert getattr(Unmade.__dict__["__init__"], "_record_write", None) is not None
    assert first == second and hash(first) == hash((5,)) and repr(first) == "Unmade(value=5)"


def test_wrong_arguments_fail_as_dataclass_fails() -> None:
    for cls in (Question, StockQuestion):
        with pytest.raises(TypeError, match=r"missing 1 required positional argument: 'options'"):
            cls("1")
        with pytest.raises(TypeError, match=r"unexpected keyword argument 'top'"):
            cls("1", (1,), top=3)
    with pytest.raises(TypeError, match="non-default argument 'b' follows default argument"):

        @record
        class Wrong:
            a: int = 0
            b: int


def test_match_reads_the_fields_in_order() -> None:
    match Question("2", (0, 4)):
        case Question(number, options, asked_if):
            assert (number, options, asked_if) == ("2", (0, 4), None)
        case _:
            pytest.fail("the record did not match")


def test_what_the_quick_path_does_not_handle_is_made_by_dataclass_itself() -> None:
    @record
    class Counted:
        limit: ClassVar[int] = 3
        value: int

    @record
    class Child(Counted):
        more: int = 0

    for cls in (Counted, Child):
        assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"
        assert getattr(cls.__init__, "_record_write", None) is None  # dataclass's own
    assert Child(1, 2) == Child(1, 2) and Child.limit == 3
    with pytest.raises(FrozenInstanceError):
        Child(1).more = 3  # type: ignore[misc]


def test_the_stand_ins_are_written_when_first_called_or_by_ready() -> None:
    @record
    class Later:
        value: int

    assert getattr(Later.__dict__["__init__"], "_record_write", None) is not None
    assert Later(1) == Later(1)
    for name in ("__init__", "__eq__"):
        assert getattr(Later.__dict__[name], "_record_write", None) is None
    assert getattr(Later.__dict__["__hash__"], "_record_write", None) is not None
    ready(Later)
    assert getattr(Later.__dict__["__hash__"], "_record_write", None) is None
    assert hash(Later(2)) == hash((2,))
