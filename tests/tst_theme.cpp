// The light and the dark theme: Qt's palette and Cadence's colours switch together, and what
// is drawn reads in both, computed as WCAG 2 contrast: text 4.5:1 or more on what it is drawn
// over (the cells of every table of every pane, with their tints), lines and marks 3:1 or more
// (the charts' series, the calendars' PM colours).
#include "core/palette.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "testworkspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBrush>
#include <QTest>

namespace {

constexpr double TextContrast = 4.5;
constexpr double MarkContrast = 3.0;

std::optional<QColor> colourOf(const QVariant &value)
{
    if (value.canConvert<QBrush>() && value.typeId() == QMetaType::QBrush)
        return value.value<QBrush>().color();
    if (value.typeId() == QMetaType::QColor)
        return value.value<QColor>();
    return std::nullopt;
}

// The cells of the view whose text reads at less than TextContrast on its background.
QStringList faintCells(const QAbstractItemView *view)
{
    QStringList faint;
    const QAbstractItemModel *model = view->model();
    const QPalette palette = view->palette();
    const QColor base = palette.color(QPalette::Base);
    const int rows = std::min(model->rowCount(), 200);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QString text = index.data(Qt::DisplayRole).toString();
            if (text.trimmed().isEmpty())
                continue;
            const QColor background =
                Palette::over(colourOf(index.data(Qt::BackgroundRole)).value_or(base), base);
            const QColor foreground = Palette::over(
                colourOf(index.data(Qt::ForegroundRole)).value_or(palette.color(QPalette::Text)),
                background);
            const double contrast = Palette::contrastRatio(foreground, background);
            if (contrast < TextContrast)
                faint << QStringLiteral("%1 (%2, %3) \"%4\": %5 on %6 = %7")
                             .arg(view->objectName())
                             .arg(row)
                             .arg(column)
                             .arg(text.left(30), foreground.name(), background.name())
                             .arg(contrast, 0, 'f', 2);
        }
    }
    return faint;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }
    void cleanup() { Theme::apply(Theme::Choice::System); }

    void themes_data()
    {
        QTest::addColumn<Theme::Choice>("theme");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << Theme::Choice::Light << false;
        QTest::newRow("dark") << Theme::Choice::Dark << true;
    }

    // Qt's palette and Cadence's colours switch together, and back to the desktop's.
    void paletteFollowsTheTheme_data() { themes_data(); }
    void paletteFollowsTheTheme()
    {
        QFETCH(Theme::Choice, theme);
        QFETCH(bool, dark);
        const QPalette desktop = QApplication::palette();
        Theme::apply(theme);
        QCOMPARE(Palette::isDark(QApplication::palette()), dark);
        QCOMPARE(Palette::current().lightOnDark, dark);
        QCOMPARE(&Palette::current(), dark ? &Palette::dark() : &Palette::light());
        Theme::apply(Theme::Choice::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), desktop.color(QPalette::Window));
        QCOMPARE(Theme::fromKey(Theme::key(theme)), theme);
    }

    // Text in the states' colours (problems, warnings, links) on the window and in cells.
    void stateColoursRead_data() { themes_data(); }
    void stateColoursRead()
    {
        QFETCH(Theme::Choice, theme);
        Theme::apply(theme);
        const Palette &p = Palette::current();
        const QPalette qt = QApplication::palette();
        const QList<std::pair<const char *, QColor>> colours = {{"error", p.error},
                                                                {"warning", p.warning},
                                                                {"success", p.success},
                                                                {"muted", p.muted},
                                                                {"attention", p.attention},
                                                                {"onTrack", p.onTrack},
                                                                {"coverageNone", p.coverageNone},
                                                                {"coverageLight", p.coverageLight},
                                                                {"coverageFull", p.coverageFull},
                                                                {"bandGreat", p.bandGreat},
                                                                {"bandNone", p.bandNone},
                                                                {"link", qt.color(QPalette::Link)},
                                                                {"text", qt.color(QPalette::Text)},
                                                                {"placeholder", p.placeholderText}};
        for (const auto &[name, colour] : colours)
            for (QPalette::ColorRole surface : {QPalette::Window, QPalette::Base})
                QVERIFY2(Palette::contrastRatio(colour, qt.color(surface)) >= TextContrast,
                         qPrintable(
                             QStringLiteral("%1 %2 on %3: %4")
                                 .arg(QLatin1String(name), colour.name(), qt.color(surface).name())
                                 .arg(Palette::contrastRatio(colour, qt.color(surface)))));
        QVERIFY(Palette::contrastRatio(p.highlightedText, p.highlight) >= TextContrast);
        QVERIFY(Palette::contrastRatio(p.bannerText, p.bannerBackground) >= TextContrast);
        QVERIFY(Palette::contrastRatio(p.text, p.errorBackground) >= TextContrast);
    }

    // Every series, the previous period and the review marks stand out of the plot and of the
    // bands' shades behind them; the calendars' PM colours out of the page, their text in them.
    void chartAndCalendarColoursRead_data() { themes_data(); }
    void chartAndCalendarColoursRead()
    {
        QFETCH(Theme::Choice, theme);
        Theme::apply(theme);
        const Palette &p = Palette::current();
        QList<QColor> marks = p.chartLines;
        marks << p.previousPeriod << p.reviewMark;
        for (const QColor &shade : {QColor(0, 0, 0, 0), p.bandPoorShade, p.bandFairShade,
                                    p.bandGoodShade, p.bandGreatShade}) {
            const QColor plot = Palette::over(shade, p.chartBackground);
            for (const QColor &mark : std::as_const(marks))
                QVERIFY2(Palette::contrastRatio(mark, plot) >= MarkContrast,
                         qPrintable(QStringLiteral("%1 on %2: %3")
                                        .arg(mark.name(), plot.name())
                                        .arg(Palette::contrastRatio(mark, plot))));
            QVERIFY(Palette::contrastRatio(p.chartText, plot) >= TextContrast);
        }
        const QColor page = QApplication::palette().color(QPalette::Base);
        QList<QColor> blocks = p.pms;
        blocks << p.unknownPm << p.pmGoal << p.researchGoal << p.sideProject;
        for (const QColor &block : std::as_const(blocks)) {
            QVERIFY2(Palette::contrastRatio(block, page) >= MarkContrast,
                     qPrintable(block.name() + QLatin1String(" on ") + page.name()));
            QVERIFY(Palette::contrastRatio(Palette::textOn(block, page), block) >= TextContrast);
        }
    }

    // The cells of every table of every pane, in their tints and colours, read in both.
    void everyPanesCellsRead_data() { themes_data(); }
    void everyPanesCellsRead()
    {
        QFETCH(Theme::Choice, theme);
        Theme::apply(theme);
        TestWorkspace workspace(WorkspaceFactory::Content::Sample);
        auto session = WorkspaceSession::open(workspace.path(), workspace.sharedClock());
        QVERIFY(session);
        workspace.close();
        MainWindow window;
        window.setPersistent(false);
        window.setSession(session.take());
        window.resize(1280, 800);
        window.show();
        QStringList faint;
        int checkedViews = 0;
        for (const QString &pane : window.paneIds()) {
            QVERIFY(window.showPane(pane));
            QCoreApplication::processEvents();
            for (const QAbstractItemView *view : window.findChildren<QAbstractItemView *>())
                if (view->isVisibleTo(&window) && view->model()) {
                    ++checkedViews;
                    for (const QString &cell : faintCells(view))
                        faint << pane + QStringLiteral(": ") + cell;
                }
        }
        QVERIFY(checkedViews >= 5);
        faint.removeDuplicates();
        QVERIFY2(faint.isEmpty(), qPrintable(faint.mid(0, 30).join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
