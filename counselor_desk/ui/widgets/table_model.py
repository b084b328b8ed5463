"""One read-only table model for every list: a record per row, a Column spec per column.

A list is declared, not written: its columns say what each cell shows (and, where it has
them, its alignment, tooltip, colours, font, sort key and extra roles); `TableModel` serves
them over the records given to `set_rows()`, and `RECORD_ROLE` hands back a row's record.

Column titles are often module constants, made before a translator is loaded: they are
marked with `QT_TRANSLATE_NOOP(context, title)` and the model given that `context`
translates them when the header is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

T = TypeVar("T")

Index = QModelIndex | QPersistentModelIndex
Brush = QBrush | QColor

#: Returns the row's record (the object the row was made from).
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
#: The value a column sorts by (numbers as numbers); the shown text when a column has no key.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RECORD = int(RECORD_ROLE)
_READ_ONLY = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)

#: Right-aligned and centred vertically: how figures stand in a column.
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    """What one column shows of a record; every function takes the row's record."""

    header: str
    text: Callable[[T], str]
    alignment: Qt.AlignmentFlag | None = None
    tooltip: Callable[[T], str | None] | None = None
    foreground: Callable[[T], Brush | None] | None = None
    background: Callable[[T], Brush | None] | None = None
    font: Callable[[T], QFont | None] | None = None
    sort_key: Callable[[T], Any] | None = None
    #: Further roles this column answers (a delegate's role, an id the view asks for).
    roles: Mapping[int, Callable[[T], object]] = field(default_factory=dict)

    def key(self) -> Callable[[T], Any]:
        """The function a sort of this column orders by."""
        return self.text if self.sort_key is None else self.sort_key


class Columns(Generic[T]):
    """Column specs turned once into lookup tables: one dict lookup per `data()` call."""

    __slots__ = ("_alignments", "_getters", "_texts", "context", "headers", "specs")

    def __init__(self, specs: Sequence[Column[T]], context: str | None = None) -> None:
        self.specs = tuple(specs)
        #: The translation context of the titles (None: they are shown as given).
        self.context = context
        self.headers = tuple(spec.header for spec in self.specs)
        self._texts = tuple(spec.text for spec in self.specs)
        self._alignments = tuple(
            None if spec.alignment is None else int(spec.alignment) for spec in self.specs
        )
        self._getters = tuple(self._roles_of(spec) for spec in self.specs)

    @staticmethod
    def _roles_of(spec: Column[T]) -> dict[int, Callable[[T], object]]:
        getters: dict[int, Callable[[T], object]] = {int(SORT_ROLE): spec.key()}
        for role, getter in (
            (Qt.ItemDataRole.ToolTipRole, spec.tooltip),
            (Qt.ItemDataRole.ForegroundRole, spec.foreground),
            (Qt.ItemDataRole.BackgroundRole, spec.background),
            (Qt.ItemDataRole.FontRole, spec.font),
        ):
            if getter is not None:
                getters[int(role)] = getter
        getters.update({int(role): getter for role, getter in spec.roles.items()})
        return getters

    def __len__(self) -> int:
        return len(self.specs)

    def data(self, record: T, column: int, role: int) -> Any:
        """What `column` of `record` answers for `role` (the column is known to be in range)."""
        if role == _DISPLAY:
            return self._texts[column](record)
        if role == _RECORD:
            return record
        if role == _ALIGNMENT:
            return self._alignments[column]
        getter = self._getters[column].get(role)
        return None if getter is None else getter(record)

    def header_data(self, section: int, orientation: Qt.Orientation, role: int) -> str | None:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == _DISPLAY
            and 0 <= section < len(self.headers)
        ):
            header = self.headers[section]
            if self.context is None:
                return header
            return QCoreApplication.translate(self.context, header)
        return None


class TableModel(QAbstractTableModel, Generic[T]):
    """A flat, read-only list of records shown through `columns`; `context`: the translation
    context their titles were marked in (see the module's docstring)."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        parent: QObject | None = None,
        *,
        context: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = Columns(columns, context)
        self._column_count = len(self.columns)  # Qt asks for it thousands of times a paint
        self._rows: Sequence[T] = []

    def set_rows(self, rows: Iterable[T]) -> None:
        """Show these records, in this order (views keep no selection across it)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record_at(self, row: int) -> T:
        return self._rows[row]

    def records(self) -> list[T]:
        return list(self._rows)

    def row_of(self, match: Callable[[T], bool]) -> int | None:
        """The first row whose record `match`es, if any."""
        return next((row for row, record in enumerate(self._rows) if match(record)), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._column_count

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self.columns.header_data(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _READ_ONLY if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        rows = self._rows
        # an invalid index has row and column -1
        if 0 <= row < len(rows) and 0 <= column < self._column_count:
            return self.columns.data(rows[row], column, role)
        return None
