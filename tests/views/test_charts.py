"""The chart widgets: round axes, Pareto order and shares, right to left, clicks, pictures."""

import pytest

from desktop.views.charts import BarChart, Item, ParetoChart, TrendChart, nice_ticks, pareto, wrap_label

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("top", "ticks"),
    [
        (0, [0, 1]),
        (3, [0, 1, 2, 3]),
        (7, [0, 2, 4, 6, 8]),
        (340, [0, 100, 200, 300, 400]),
        (0.5, [0, 0.1, 0.2, 0.3, 0.4, 0.5]),
    ],
)
def test_value_axes_get_round_ticks(top, ticks):
    assert nice_ticks(top) == pytest.approx(ticks)


def test_pareto_sorts_and_accumulates():
    rows = pareto([Item("a", "الف", 10), Item("b", "ب", 30), Item("c", "پ", 0), Item("d", "ت", 10)])
    assert [r.item.code for r in rows] == ["b", "a", "d"]  # zero left out; ties by label
    assert [round(r.cumulative) for r in rows] == [60, 80, 100]
    assert [round(r.share) for r in rows] == [60, 20, 20]


def test_long_labels_break_at_the_middle_space():
    assert wrap_label("سرعت و زمان تحویل", 10) == "سرعت و<br>زمان تحویل"
    assert wrap_label("قیمت", 10) == "قیمت"


def _chart(cls, qtbot):
    chart = cls("نمودار")
    qtbot.addWidget(chart)
    chart.resize(600, 320)
    chart.show()
    return chart


def test_persian_bars_run_right_to_left_and_clicks_name_the_code(ctx, qtbot):
    chart = _chart(BarChart, qtbot)
    chart.set_items([Item("quality", "کیفیت", 5), Item("price", "قیمت", 2)], "پرونده‌ها")
    assert chart._item_at(0).code == "price"  # the first item is drawn at the right
    with qtbot.waitSignal(chart.bar_clicked) as clicked:
        chart._on_bars_clicked(1)
    assert clicked.args == ["quality"]
    assert chart.rows() == [["", "پرونده‌ها"], ["کیفیت", 5], ["قیمت", 2]]


def test_a_pareto_chart_exports_its_table_and_picture(ctx, qtbot, tmp_path):
    chart = _chart(ParetoChart, qtbot)
    chart.set_items([Item("a", "الف", 1), Item("b", "ب", 3)], "شکایت‌ها", "سهم تجمعی")
    assert chart.rows()[1:] == [["ب", 3, 75.0], ["الف", 1, 100.0]]
    target = tmp_path / "pareto.png"
    assert chart.save_png(target)
    assert target.stat().st_size > 1000
    assert chart.chart_.title() == "نمودار"


def test_a_trend_point_drills_into_its_period(ctx, qtbot):
    chart = _chart(TrendChart, qtbot)
    chart.set_series(["مهر", "آبان"], [("پرونده‌ها", [3, 5])])
    chart.items = [Item("1405-07", "مهر", 3), Item("1405-08", "آبان", 5)]
    with qtbot.waitSignal(chart.bar_clicked) as clicked:
        chart.click_item("1405-08")
    assert clicked.args == ["1405-08"]
    assert chart.rows() == [["", "پرونده‌ها"], ["مهر", 3], ["آبان", 5]]
