"""The shell: sign-in, then the workspace (navigation, screens, status bar), and the lock."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.models import settings
from desktop.models.db import Database
from desktop.models.session import Session
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.idle import IdleWatcher
from desktop.views.lock import Concealed, LockWindow, conceal
from desktop.views.screens import ScreenSpec, visible_screens
from desktop.views.signin import SignInScreen
from desktop.views.status import SyncStatus


def _read_idle_minutes(db: Database) -> float:
    with db.read() as conn:
        return float(settings.get(conn, "idle_lock_minutes"))


class Workspace(QWidget):
    """Navigation on the side, the open screen beside it; screens are built on first use."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("NavList")
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.specs: list[ScreenSpec] = visible_screens(ctx.session.actor.permissions)
        self.screens: dict[str, QWidget] = {}
        for spec in self.specs:
            item = QListWidgetItem(QCoreApplication.translate("Screens", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_nav_currentRowChanged)
        if self.specs:
            self.nav.setCurrentRow(0)

    def open(self, key: str) -> QWidget | None:
        """Show the screen ``key`` (building it the first time); None if not allowed."""
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                self.nav.setCurrentRow(row)
                return self.screens.get(key)
        return None

    @Slot(int)
    def _on_nav_currentRowChanged(self, row: int) -> None:
        if row < 0:
            return
        spec = self.specs[row]
        screen = self.screens.get(spec.key)
        if screen is None:
            module, _, name = spec.target.partition(":")
            screen = getattr(importlib.import_module(module), name)(self.ctx)
            screen.setObjectName(f"screen_{spec.key}")
            self.screens[spec.key] = screen
            self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)


class HeaderBar(QWidget):
    lock_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("HeaderBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        session = ctx.session
        title = QLabel(self.tr("Pishkhan") + " · " + i18n.text(session.dealership.name))
        title.setObjectName("HeaderTitle")
        layout.addWidget(title)
        layout.addStretch(1)
        who = session.user.display_name + " · " + i18n.label("role", session.user.role)
        if session.counter:
            who += " · " + self.tr("Counter %1").replace("%1", i18n.digits(session.counter))
        self.user = QLabel(who)
        self.user.setObjectName("HeaderUser")
        layout.addWidget(self.user)
        about = QPushButton(self.tr("About"))
        about.setObjectName("about")
        about.clicked.connect(self._on_about_clicked)
        lock = QPushButton(self.tr("Lock"))
        lock.setObjectName("lock")
        lock.clicked.connect(self.lock_requested)
        sign_out = QPushButton(self.tr("Sign out"))
        sign_out.setObjectName("signOut")
        sign_out.clicked.connect(self.sign_out_requested)
        for button in (about, lock, sign_out):
            layout.addWidget(button)

    @Slot()
    def _on_about_clicked(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Pishkhan"),
            self.tr("Pishkhan %1\nThe counter: customer relations for car dealerships.").replace(
                "%1", i18n.digits(__version__)
            )
            + "\n\n"
            + self.tr("Font: Vazirmatn, SIL Open Font License 1.1."),
        )


class Shell(QMainWindow):
    """The one main window. Pages: sign-in, workspace, lock screen.

    Signals:
        painted: the window was painted for the first time (start-up measurement).
    """

    painted = Signal()

    def __init__(self, ctx: AppContext, idle_minutes: float) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Pishkhan"))
        self.resize(1280, 760)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.workspace: Workspace | None = None
        self.header: HeaderBar | None = None
        # While locked: the lock page, what it took out of sight, and its own window if any.
        self.lock_page: SignInScreen | None = None
        self.lock_window: LockWindow | None = None
        self.concealed: Concealed | None = None
        self.idle = IdleWatcher(idle_minutes, self)
        self.idle.timed_out.connect(self._on_idle_timed_out)
        # The idle time follows Settings at once, not from the next start.
        ctx.settings_changed.connect(self._on_ctx_settings_changed)
        QCoreApplication.instance().installEventFilter(self.idle)  # type: ignore[union-attr]
        self._painted = False
        self.status = SyncStatus(ctx)
        self.statusBar().addPermanentWidget(self.status, 1)
        self.statusBar().hide()
        # Summons to the counter and the automatic escalation of overdue cases run for
        # whoever is signed in, whichever screen is open.
        from desktop.views import summons

        self.summons = summons.attach(self, ctx)
        if ctx.signed_in:
            self.show_workspace(ctx.session)
        else:
            self.show_sign_in()

    # -- pages ------------------------------------------------------------------------

    def show_sign_in(self) -> SignInScreen:
        self.statusBar().hide()
        page = SignInScreen(self.ctx)
        page.signed_in.connect(self._on_signin_signed_in)
        page.language_chosen.connect(self._on_language_chosen)
        self._swap(page)
        return page

    def show_workspace(self, session: Session) -> Workspace:
        if not self.ctx.signed_in or self.ctx.session.user.id != session.user.id:
            self.ctx.set_session(session)
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.header = HeaderBar(self.ctx)
        self.header.lock_requested.connect(self.lock)
        self.header.sign_out_requested.connect(self.sign_out)
        self.workspace = Workspace(self.ctx)
        column.addWidget(self.header)
        column.addWidget(self.workspace, 1)
        self._swap(container)
        self.statusBar().show()
        self.idle.reset()
        return self.workspace

    def _swap(self, page: QWidget) -> None:
        while self.pages.count():
            old = self.pages.widget(0)
            self.pages.removeWidget(old)
            old.deleteLater()
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

    # -- lock and sign-out --------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.lock_page is not None

    @Slot()
    def lock(self) -> None:
        if not self.ctx.signed_in or self.locked:
            return
        # Dialogs and other windows opened from the workspace must not stay on top of
        # the lock screen, readable and usable by whoever walks up to the counter.
        self.concealed = conceal(self)
        page = SignInScreen(self.ctx, locked_user=self.ctx.session.user)
        page.setObjectName("LockScreen")
        page.signed_in.connect(self._on_lock_signed_in)
        page.switch_user.clicked.connect(self.sign_out)
        self.lock_page = page
        # The workspace stays alive underneath (nothing typed is lost) but is not shown.
        if self.concealed.has_modal:
            # A modal dialog blocks this window: the lock takes the password in its own.
            cover = QWidget()
            cover.setObjectName("LockCover")
            self.pages.addWidget(cover)
            self.pages.setCurrentWidget(cover)
            self.lock_window = LockWindow(self, page)
        else:
            self.pages.addWidget(page)
            self.pages.setCurrentWidget(page)
        self.statusBar().hide()

    def _unlock_pages(self) -> None:
        if self.lock_window is not None:
            self.lock_window.hide()
            self.lock_window.deleteLater()
            self.lock_window = None
        if self.lock_page is not None:
            while self.pages.count() > 1:
                page = self.pages.widget(self.pages.count() - 1)
                self.pages.removeWidget(page)
                page.deleteLater()
            self.lock_page = None

    @Slot()
    def sign_out(self) -> None:
        # Whatever the last user had open is closed before anyone else signs in.
        concealed = self.concealed if self.concealed is not None else conceal(self)
        self.concealed = None
        self._unlock_pages()
        concealed.close()
        self.ctx.set_session(None)
        self.workspace = None
        self.show_sign_in()

    def _on_lock_signed_in(self, session: Session) -> None:
        if session.user.id != self.ctx.session.user.id:
            self.sign_out()  # the lock screen takes only its user; anyone else starts afresh
            return
        self._unlock_pages()
        if self.concealed is not None:
            self.concealed.restore()
            self.concealed = None
        self.ctx.set_session(self.ctx.session.step_down())
        self.statusBar().show()
        self.idle.reset()

    def _on_signin_signed_in(self, session: Session) -> None:
        self.show_workspace(session)

    @Slot(object)
    def _on_ctx_settings_changed(self, keys: set[str]) -> None:
        if "idle_lock_minutes" in keys:
            self.ctx.runner.database(_read_idle_minutes, self._on_idle_minutes_read, owner=self)

    def _on_idle_minutes_read(self, minutes: float) -> None:
        self.idle.set_minutes(minutes)

    @Slot()
    def _on_idle_timed_out(self) -> None:
        self.lock()

    def _on_language_chosen(self, code: str) -> None:
        self.ctx.language_changed.emit(code)

    # -- start-up measurement -------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        result = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.painted.emit()
        return result
