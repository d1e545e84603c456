"""The look: Vazirmatn everywhere, Fusion style, a calm palette with clear focus."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from desktop.paths import resources

FONT_FAMILY = "Vazirmatn"
ACCENT = "#0f6e6e"


def stylesheet(icons: str) -> str:
    """The application style sheet; ``icons`` is the folder of the bundled icons."""
    return f"""
QWidget {{ font-size: 10.5pt; }}
QMainWindow, QDialog {{ background: #f6f7f9; }}
#NavList {{ background: #1f2a36; color: #e8edf2; border: none; font-size: 11pt; }}
#NavList::item {{ padding: 10px 14px; }}
#NavList::item:selected {{ background: {ACCENT}; color: white; }}
#NavList::item:hover:!selected {{ background: #2c3b4b; }}
#HeaderBar {{ background: white; border-bottom: 1px solid #dde2e8; }}
#HeaderTitle {{ font-size: 12.5pt; font-weight: bold; color: #1f2a36; }}
#HeaderUser {{ color: #4a5a6a; }}
#Card {{ background: white; border: 1px solid #dde2e8; border-radius: 10px; }}
#CardTitle {{ font-size: 15pt; font-weight: bold; color: #1f2a36; }}
#Muted {{ color: #6b7785; }}
#ErrorLabel {{ color: #b3261e; }}
#ComingTitle {{ font-size: 15pt; font-weight: bold; color: #1f2a36; }}
QPushButton {{ padding: 6px 16px; border-radius: 6px; border: 1px solid #c4ccd6; background: white; }}
QPushButton:hover {{ background: #eef2f6; }}
QPushButton:default, QPushButton#Primary {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT}; font-weight: bold;
}}
QPushButton#Primary:hover {{ background: #0c5c5c; }}
QPushButton:disabled {{ color: #9aa5b1; background: #f0f2f4; border-color: #dde2e8; }}
QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit {{
    padding: 5px 8px; border: 1px solid #c4ccd6; border-radius: 6px; background: white;
}}
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {ACCENT};
}}
QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled {{ color: #6b7785; background: #f0f2f4; }}
QComboBox::drop-down {{ subcontrol-origin: padding; width: 22px; border: none; }}
QComboBox::down-arrow {{ image: url({icons}/chevron-down.svg); width: 12px; height: 12px; }}
QAbstractSpinBox {{ padding-right: 22px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border; width: 20px; border: none; background: transparent;
}}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{ background: #eef2f6; }}
QAbstractSpinBox::up-arrow {{ image: url({icons}/chevron-up.svg); width: 10px; height: 10px; }}
QAbstractSpinBox::down-arrow {{ image: url({icons}/chevron-down.svg); width: 10px; height: 10px; }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::down-arrow:disabled {{ image: none; }}
QStatusBar {{ background: white; border-top: 1px solid #dde2e8; }}
QTableView {{ background: white; gridline-color: #e6eaef; selection-background-color: #d6ecec;
    selection-color: black; }}
QHeaderView::section {{ background: #eef2f6; padding: 6px; border: none;
    border-bottom: 1px solid #dde2e8; font-weight: bold; }}
QTabWidget::pane {{ border: 1px solid #dde2e8; background: white; border-radius: 6px; }}
QTabBar::tab {{ padding: 8px 16px; }}
"""


def load_fonts() -> None:
    for name in ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resources() / "fonts" / name))


def apply(app: QApplication) -> None:
    load_fonts()
    app.setStyle("Fusion")
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(10.5)
    app.setFont(font)
    icons = (resources() / "icons").as_posix()
    app.setStyleSheet(stylesheet(icons))
    app.setWindowIcon(QIcon(str(resources() / "icons" / "pishkhan.svg")))
