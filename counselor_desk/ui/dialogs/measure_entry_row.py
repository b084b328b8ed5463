"""One question of a measure: its number, its words and its answers, focused as one.

A digit answers it (`typed`); Backspace or Up asks for the question before (`back`), Down
for the next (`forward`); Left and Right step through the answers and Delete clears it
(`edited`). Enter and Escape are left to the dialog. The answer buttons take no focus: the
row does, so the keyboard never lands inside a question.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.measures import Option, Question
from counselor_desk.ui.i18n import domain_text

#: The width of one answer column when every question shares its options (PHQ-9, GAD-7).
OPTION_WIDTH = 96
NUMBER_WIDTH = 26
#: The width of a question's words beside answer columns; a question with its answers under
#: it is given the whole row. Fixed, so each wrapped question is as tall as its words need.
WORDS_WIDTH = 380
SPACING = 6
_DIGITS = "0123456789"


def fit_words(label: QLabel, width: int) -> None:
    """Wrap `label` at `width` and keep it as tall as its words: a wrapped label in a dialog
    is otherwise given the height of another width and cut off."""
    label.setWordWrap(True)
    label.setFixedWidth(width)
    label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)


class QuestionRow(QFrame):
    """One question: its number, its words and its answers. Focused as one; a digit answers."""

    typed = Signal(int)  # a digit typed, or an answer clicked
    back = Signal()
    forward = Signal()
    edited = Signal()  # the answer changed in place (Left, Right, Delete)

    def __init__(
        self,
        question: Question,
        *,
        in_columns: bool,
        words_width: int = WORDS_WIDTH,
        note: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.question = question
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Question {number}").format(number=question.number))
        self.group = QButtonGroup(self)
        self.buttons: dict[int, QRadioButton] = {}
        number = QLabel(f"{question.number}.")
        number.setFixedWidth(NUMBER_WIDTH)
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.words = QLabel(domain_text(question.text))
        self.words.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        fit_words(self.words, words_width)
        self.note = QLabel()
        italic = QFont(self.note.font())
        italic.setItalic(True)
        self.note.setFont(italic)
        self._words_width = words_width
        self.set_note(note)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.words)
        text.addWidget(self.note)
        top = QHBoxLayout()
        top.setSpacing(SPACING)
        top.addWidget(number, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(2)
        layout.addLayout(top)
        if in_columns:  # one line of words stands level with the answers
            buttons = [self._button(option, str(option.value)) for option in question.options]
            line = max(buttons[0].sizeHint().height(), self.words.fontMetrics().height())
            number.setMinimumHeight(line)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.words.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.words.setMinimumHeight(max(line, self.words.minimumHeight()))
            for button in buttons:
                cell = QHBoxLayout()
                cell.setContentsMargins(0, 0, 0, 0)
                holder = QWidget()
                holder.setFixedWidth(OPTION_WIDTH)
                holder.setLayout(cell)
                cell.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
                top.addWidget(holder, 0, Qt.AlignmentFlag.AlignTop)
            top.addStretch(1)
        else:
            top.addStretch(1)
            answers = QHBoxLayout()
            answers.setSpacing(14)
            answers.addSpacing(NUMBER_WIDTH + SPACING)
            for option in question.options:
                answers.addWidget(
                    self._button(option, f"{option.value}  {domain_text(option.label)}")
                )
            answers.addStretch(1)
            layout.addLayout(answers)
        self.group.idClicked.connect(self._clicked)
        self._describe()

    def _button(self, option: Option, text: str) -> QRadioButton:
        button = QRadioButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the focus and the digits
        button.setAccessibleName(f"{option.value} {domain_text(option.label)}")
        self.group.addButton(button, option.value)
        self.buttons[option.value] = button
        return button

    def value(self) -> int | None:
        chosen = self.group.checkedId()
        return None if chosen < 0 else chosen

    def set_value(self, value: int | None) -> None:
        if value is None or value not in self.buttons:
            self.group.setExclusive(False)  # an exclusive group cannot be emptied otherwise
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[value].setChecked(True)
        self._describe()

    def set_note(self, note: str) -> None:
        self.note.setText(note)
        fit_words(self.note, self._words_width)
        self.note.setVisible(bool(note))

    def _describe(self) -> None:
        value = self.value()
        answer = (
            self.tr("not answered")
            if value is None
            else f"{value} {domain_text(self.question.answer_label(value))}"
        )
        description = self.tr("{question} Answer: {answer}.").format(
            question=domain_text(self.question.text), answer=answer
        )
        self.setAccessibleDescription(description)

    def _clicked(self, value: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.typed.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text, key = event.text(), event.key()
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if len(text) == 1 and text in _DIGITS and plain == Qt.KeyboardModifier.NoModifier:
            if int(text) in self.buttons:
                self.typed.emit(int(text))
            else:
                QApplication.beep()  # not an answer to this question: nothing moves
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Up):
            self.back.emit()
        elif key == Qt.Key.Key_Down:
            self.forward.emit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step(-1 if key == Qt.Key.Key_Left else 1)
        elif key == Qt.Key.Key_Delete:
            self.set_value(None)
            self.edited.emit()
        else:
            super().keyPressEvent(event)  # Enter, Escape: the dialog's

    def _step(self, step: int) -> None:
        values = sorted(self.buttons)
        current = self.value()
        if current is None:
            chosen = values[0] if step > 0 else values[-1]
        else:
            chosen = values[max(0, min(len(values) - 1, values.index(current) + step))]
        self.set_value(chosen)
        self.edited.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        highlight = QColor(self.palette().highlight().color())
        tint = QColor(highlight)
        tint.setAlpha(40)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        painter.drawRoundedRect(QRectF(self.rect()), 4, 4)
        painter.setBrush(highlight)
        painter.drawRect(QRectF(0, 2, 3, self.height() - 4))
        painter.end()
