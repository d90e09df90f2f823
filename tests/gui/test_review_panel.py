"""The review panel on a realistic request from a real SQLite desk (see test_review_data)."""

from __future__ import annotations

import os
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsItem, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from ssw_desk.gui.review import ReviewPanel
from ssw_desk.gui.review.fields_table import COL_ROSTER, COL_VALUE, RED_BG, StatusRole
from ssw_desk.gui.review.findings_view import CodeRole
from ssw_desk.gui.tasks import TaskManager
from ssw_desk.services.context import Desk
from ssw_desk.services.requests import RequestView, show_request
from tests.gui.test_review_data import StoredRequest, store_request

# Showing a window on the offscreen platform warns; nothing else may.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOT = os.environ.get("SSW_REVIEW_SCREENSHOT", "/tmp/review.png")


@pytest.fixture
def stored(desk: Desk) -> StoredRequest:
    return store_request(desk)


@pytest.fixture
def view(desk: Desk, stored: StoredRequest) -> RequestView:
    return show_request(desk, request_id=stored.id)


@pytest.fixture
def panel(qtbot: QtBot, desk: Desk) -> ReviewPanel:
    widget = ReviewPanel(desk)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [i for i in items if i is not None]


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    items = (item.child(i) for i in range(item.childCount()))
    return [i for i in items if i is not None]


def overlay_kinds(panel: ReviewPanel) -> list[str]:
    group = panel.images.panes["face_photo"].view.overlay()
    assert group is not None
    return [str(item.data(0)) for item in group.childItems()]


def test_the_three_images_appear_side_by_side(panel: ReviewPanel, view: RequestView) -> None:
    panel.set_request(view)
    panes = panel.images.panes
    for role in ("residence_card_front", "residence_card_back", "face_photo"):
        assert panes[role].view.has_image(), role
        assert not panes[role].message.isVisible()
    xs = [panes[r].mapTo(panel, panes[r].rect().topLeft()).x() for r in panes]
    ys = {panes[r].mapTo(panel, panes[r].rect().topLeft()).y() for r in panes}
    assert xs == sorted(xs) and len(ys) == 1  # one row, front | back | photo
    front = panes["residence_card_front"].view.pixmap()
    assert front.width() > front.height()  # EXIF orientation 6 applied: landscape again
    assert max(front.width(), front.height()) <= 1600  # decoded at display size
    assert "HEIC" in panes["residence_card_back"].detail.text()  # converted, and says so


def test_overlay_items_exist_and_toggle(panel: ReviewPanel, view: RequestView) -> None:
    panel.set_request(view)
    kinds = overlay_kinds(panel)
    for kind in ("face_box", "eye", "crown", "chin", "band", "centre", "midline", "label"):
        assert kind in kinds, kind
    pane = panel.images.panes["face_photo"]
    band = next(i for i in pane.view.overlay().childItems() if i.data(0) == "band")  # type: ignore[union-attr]
    top = band.boundingRect().top()
    report = view.attachments[2].photo_report
    assert report is not None
    assert top == pytest.approx(report["geometry"]["band_50"], abs=1.5)
    assert pane.view.overlay_visible()
    pane.overlay_button.click()
    assert not pane.view.overlay_visible()
    panel.review_actions()["overlay"].trigger()
    assert pane.view.overlay_visible() and pane.overlay_button.isChecked()
    labels = [i for i in pane.view.overlay().childItems() if i.data(0) == "label"]  # type: ignore[union-attr]
    assert all(
        i.flags() & QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations for i in labels
    )


def test_zoom_and_fit(panel: ReviewPanel, view: RequestView) -> None:
    panel.set_request(view)
    image = panel.images.panes["residence_card_front"].view
    fitted = image.zoom()
    image.zoom_in()
    image.zoom_in()
    assert image.zoom() == pytest.approx(fitted * 1.25**2)
    image.fit()
    assert image.zoom() == pytest.approx(fitted)


def test_roster_mismatch_is_marked(panel: ReviewPanel, view: RequestView) -> None:
    panel.set_request(view)
    model = panel.tabs.items.model
    statuses = {model.row_at(r).name: model.index(r, 0).data(StatusRole) for r in range(7)}  # type: ignore[union-attr]
    assert statuses["name"] == "mismatch"
    assert statuses["date_of_birth"] == "ok"
    name_row = next(r for r in range(7) if model.row_at(r).name == "name")  # type: ignore[union-attr]
    for column in (COL_VALUE, COL_ROSTER):
        brush = model.index(name_row, column).data(Qt.ItemDataRole.BackgroundRole)
        assert brush.color() == RED_BG
    assert model.index(name_row, COL_ROSTER).data() == "NGUYEN VAN AN"
    assert "52" in panel.tabs.items.roster.text() and "87%" in panel.tabs.items.roster.text()


def test_fields_model_is_well_behaved(
    qtmodeltester: object, panel: ReviewPanel, view: RequestView
) -> None:
    panel.set_request(view)
    qtmodeltester.check(panel.tabs.items.model)  # type: ignore[attr-defined]


def test_highlighted_lines_are_the_field_lines(panel: ReviewPanel, view: RequestView) -> None:
    panel.set_request(view)
    mail = panel.tabs.mail
    fields = view.versions[-1].fields["fields"]
    expected = {fv["line"] for fv in fields.values() if fv["line"] is not None}
    assert set(mail.highlighted_lines()) == expected
    body = view.versions[-1].body_text.splitlines()
    for name, fv in fields.items():
        assert mail.line_text(fv["line"]) == body[fv["line"]]
        assert name in mail.highlighted_lines()[fv["line"]]
    selections = mail.extraSelections()
    assert sorted(s.cursor.blockNumber() for s in selections) == sorted(expected)
    assert "Name" in mail.tooltip_at_line(fields["name"]["line"])


def test_double_click_on_an_item_shows_its_line(
    qtbot: QtBot, panel: ReviewPanel, view: RequestView
) -> None:
    panel.set_request(view)
    table = panel.tabs.items.table
    index = table.model().index(5, 1)  # date of birth
    panel.tabs._show_source_line(index)
    assert panel.tabs.currentWidget() is panel.tabs.mail_page
    line = view.versions[-1].fields["fields"]["date_of_birth"]["line"]
    assert panel.tabs.mail.textCursor().blockNumber() == line


def test_versions_diff(panel: ReviewPanel, view: RequestView) -> None:
    panel.set_request(view)
    versions = panel.tabs.versions
    text = versions.summary.text()
    assert "Version 2 compared with version 1" in text
    tree = versions.tree
    groups = {item.text(0).split(" (")[0]: item for item in top_items(tree)}
    changed = [c.text(0) for c in children(groups["Items changed"])]
    assert any("Date of birth" in c for c in changed)
    attachments = groups["Attachments"]
    notes = [c.text(2) for c in children(attachments)]
    assert "unchanged" in notes  # the same card front, by sha256, under another name
    assert sum(n.startswith("new") for n in notes) == 2
    assert groups["Findings resolved"].childCount() >= 1
    versions.select_version(1)
    assert "first message" in versions.summary.text()
    assert panel.tabs.mail.toPlainText() == view.versions[0].body_text


def test_checks_show_findings_and_measures(panel: ReviewPanel, view: RequestView) -> None:
    panel.set_request(view)
    checks = panel.tabs.checks
    codes = [i.data(0, CodeRole) for i in checks.items_of(checks.findings_root)]
    assert "roster.name" in codes and "file.format" in codes
    head = next(
        i for i in checks.items_of(checks.checks_root) if i.data(0, CodeRole) == "photo.head_size"
    )
    # Human units: a percentage and its range, in the sentence and in the columns.
    assert head.text(3) == "51 %" and head.text(4) == "50-69 %"
    assert head.text(1) == "Head height 51 % (limit: 50-69 %)"
    assert panel.tabs.tabText(1).startswith("Checks (")


def test_history_is_shown(panel: ReviewPanel, view: RequestView) -> None:
    panel.set_request(view)
    actions = [item.toolTip(2) for item in top_items(panel.tabs.history)]
    assert "request.view" in actions


def test_viewing_images_is_logged(desk: Desk, panel: ReviewPanel, stored: StoredRequest) -> None:
    panel.set_request(show_request(desk, request_id=stored.id))
    again = show_request(desk, request_id=stored.id)
    viewed = [e for e in again.history if e.action == "attachment.viewed"]
    assert sorted(e.detail["attachment"] for e in viewed) == sorted(stored.attachment_ids.values())
    panel.set_request(again)  # from the memory cache, still logged
    logged = show_request(desk, request_id=stored.id).history
    assert sum(e.action == "attachment.viewed" for e in logged) == 6


def test_set_request_is_fast(
    qtbot: QtBot, desk: Desk, stored: StoredRequest, view: RequestView
) -> None:
    """set_request fills everything at once; images never seen before follow within 150 ms."""
    other = show_request(desk, request_id=store_request(desk, variant=1).id)
    tasks = TaskManager()
    widget = ReviewPanel(desk, tasks=tasks)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    panes = widget.images.panes.values()

    def shown() -> bool:
        return all(p.view.has_image() for p in panes)

    widget.set_request(other)  # warms the process up (imports, fonts), not the cache
    qtbot.waitUntil(shown, timeout=5000)
    qtbot.waitUntil(lambda: not tasks.tasks, timeout=3000)
    widget.set_request(None)

    start = time.perf_counter()
    widget.set_request(view)
    filled = time.perf_counter() - start
    qtbot.waitUntil(shown, timeout=3000)
    cold = time.perf_counter() - start
    qtbot.waitUntil(lambda: not tasks.tasks, timeout=3000)

    widget.set_request(other)
    start = time.perf_counter()
    widget.set_request(view)
    warm = time.perf_counter() - start
    assert shown()
    qtbot.waitUntil(lambda: not tasks.tasks, timeout=3000)  # the access log written
    print(
        f"set_request: text and tables {filled * 1000:.0f} ms; images new to the cache "
        f"{cold * 1000:.0f} ms; images from the cache {warm * 1000:.0f} ms"
    )
    assert filled < 0.150
    assert warm < 0.150
    assert cold < 0.150  # an 8-megapixel phone photo and a HEIC, decoded on 2 threads


def test_screenshot(qtbot: QtBot, panel: ReviewPanel, view: RequestView) -> None:
    panel.set_request(view)
    qtbot.wait(50)
    assert panel.grab().save(SCREENSHOT)
    panel.resize(1280, 800)
    qtbot.wait(50)
    assert panel.grab().save(SCREENSHOT.replace(".png", "-1280.png"))
