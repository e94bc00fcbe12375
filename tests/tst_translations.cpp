// Translations load for the user's language, and every string the window shows goes through
// tr(), where lupdate can read it. In the
// pseudo-translation (translations/pseudotranslate.cpp, made from the sources at build time)
// every letter of a translated string is accented, so a word of two or more plain ASCII
// letters on screen that is not the workspace's own data is a string that bypassed tr(), or
// that lupdate could not extract (a tr() it cannot give a context), or that was translated
// before the catalogue was installed.
#include "charts/chartmodule.h"
#include "charts/chartmoduleapi.h"
#include "core/englishplurals.h"
#include "coverage/coveragerepository.h"
#include "metrics/metricsdialogs.h"
#include "metrics/metricsrepository.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/newworkspacedialog.h"
#include "shell/pane.h"
#include "testworkspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>

namespace {

const QRegularExpression &plainWord()
{
    static const QRegularExpression pattern(QStringLiteral("\\b[A-Za-z]{2,}\\b"));
    return pattern;
}

void addWords(QSet<QString> &words, const QString &text)
{
    for (auto it = plainWord().globalMatch(text); it.hasNext();)
        words.insert(it.next().captured().toCaseFolded());
}

// Words that are not Cadence's to translate: the workspace's data (every text value of every
// table), the file's name, the locale's month and day names, and the application's name.
QSet<QString> exemptWords(const QString &workspacePath)
{
    QSet<QString> words;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("data-words"));
        db.setDatabaseName(workspacePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            qFatal("cannot read %s", qPrintable(workspacePath));
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : names) {
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            while (rows.next())
                for (int i = 0; i < rows.record().count(); ++i)
                    if (rows.value(i).typeId() == QMetaType::QString)
                        addWords(words, rows.value(i).toString());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("data-words"));
    addWords(words, workspacePath);
    const QLocale locale;
    for (int i = 1; i <= 12; ++i)
        addWords(words, locale.monthName(i) + QLatin1Char(' ') +
                            locale.monthName(i, QLocale::ShortFormat) + QLatin1Char(' ') +
                            locale.standaloneMonthName(i, QLocale::ShortFormat));
    for (int i = 1; i <= 7; ++i)
        addWords(words,
                 locale.dayName(i) + QLatin1Char(' ') + locale.dayName(i, QLocale::ShortFormat));
    addWords(words, locale.amText() + QLatin1Char(' ') + locale.pmText());
    addWords(words, QStringLiteral("Cadence"));
    return words;
}

QString plainText(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// Every text the widget shows (or shows on hover), with where it was found.
void collect(QWidget *widget, QList<QPair<QString, QString>> &found)
{
    const QString where = QString::fromLatin1(widget->metaObject()->className()) +
                          QLatin1Char(' ') + widget->objectName();
    auto add = [&](const QString &text) {
        if (!text.isEmpty())
            found.append({where, plainText(text)});
    };
    add(widget->toolTip());
    if (widget->isWindow())
        add(widget->windowTitle());
    for (QAction *action : widget->actions()) {
        add(action->text());
        add(action->toolTip());
    }
    if (auto *label = qobject_cast<QLabel *>(widget))
        add(label->text());
    else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        // Qt's own buttons (OK, Cancel) are translated by Qt's catalogue.
        auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
        if (!box || box->standardButton(button) == QDialogButtonBox::NoButton)
            add(button->text());
    } else if (auto *group = qobject_cast<QGroupBox *>(widget))
        add(group->title());
    else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i));
    } else if (auto *line = qobject_cast<QLineEdit *>(widget))
        add(line->placeholderText());
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        add(plain->placeholderText());
    else if (auto *text = qobject_cast<QTextEdit *>(widget)) {
        add(text->placeholderText());
        add(text->toPlainText());
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        for (int i = 0; i < combo->count(); ++i)
            add(combo->itemText(i));
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget)) {
        add(spin->specialValueText());
        if (auto *number = qobject_cast<QSpinBox *>(widget))
            add(number->suffix() + QLatin1Char(' ') + number->prefix());
    } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        if (QAbstractItemModel *model = view->model()) {
            for (int column = 0; column < model->columnCount(); ++column)
                add(model->headerData(column, Qt::Horizontal).toString());
            const int rows = std::min(model->rowCount(), 60);
            for (int row = 0; row < rows; ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    add(index.data(Qt::DisplayRole).toString());
                    add(index.data(Qt::ToolTipRole).toString());
                }
            }
        }
    }
}

void collectMenu(QMenu *menu, QList<QPair<QString, QString>> &found)
{
    // Menus filled when they open (Open Recent, the panes' lists) are filled here.
    QMetaObject::invokeMethod(menu, "aboutToShow");
    for (QAction *action : menu->actions()) {
        found.append({QStringLiteral("menu ") + menu->title(), action->text()});
        found.append({QStringLiteral("menu ") + menu->title(), action->toolTip()});
        if (action->menu())
            collectMenu(action->menu(), found);
    }
}

// The texts of the window and every visible widget in it.
QList<QPair<QString, QString>> visibleTexts(QWidget *window)
{
    QList<QPair<QString, QString>> found;
    collect(window, found);
    for (QWidget *child : window->findChildren<QWidget *>())
        if (child->isVisibleTo(window))
            collect(child, found);
    return found;
}

// The texts that stayed English, one line each.
QStringList untranslated(const QList<QPair<QString, QString>> &texts, const QSet<QString> &exempt)
{
    QStringList lines;
    for (const auto &[where, text] : texts) {
        for (auto it = plainWord().globalMatch(text); it.hasNext();) {
            if (!exempt.contains(it.next().captured().toCaseFolded())) {
                lines << where + QStringLiteral(": ") + text.left(120);
                break;
            }
        }
    }
    lines.removeDuplicates();
    return lines;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        // The charts' labels too: the chart code linked in (a test finds no module beside it).
        ChartModule::useLinkedIn(cadence_chart_module());
        EnglishPlurals::install();
        QCOMPARE(Language::install(QString::fromLatin1(Language::Pseudo)),
                 QString::fromLatin1(Language::Pseudo));
    }

    void cleanupTestCase() { Language::install(QStringLiteral("en")); }

    // The pseudo-translation is the sources' strings, changed as its tool says.
    void catalogueIsThePseudoTranslation()
    {
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("[&Fîļé ~]"));
        QCOMPARE(QCoreApplication::translate("Duration", "%n day(s)", nullptr, 1),
                 QStringLiteral("[1 đàý ~]"));
        QCOMPARE(QCoreApplication::translate("Duration", "%n day(s)", nullptr, 3),
                 QStringLiteral("[3 đàýš ~]"));
    }

    // A language's catalogue (translations/cadence_de.ts) loads for its locale, with its
    // plural forms winning over the English ones, and English has none.
    void catalogueLoadsForTheLocale()
    {
        QCOMPARE(Language::install(QStringLiteral("de_DE")), QStringLiteral("de_DE"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(Language::install(QStringLiteral("de_AT")), QStringLiteral("de_DE"));
        QCOMPARE(Language::install(QStringLiteral("en_GB")), QString());
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
        QCOMPARE(QCoreApplication::translate("Duration", "%n day(s)", nullptr, 2),
                 QStringLiteral("2 days"));
        QLocale::setDefault(QLocale::system());
        QCOMPARE(Language::install(QString::fromLatin1(Language::Pseudo)),
                 QString::fromLatin1(Language::Pseudo));
    }

    void everyPaneIsTranslated_data()
    {
        QTest::addColumn<WorkspaceFactory::Content>("content");
        QTest::newRow("sample") << WorkspaceFactory::Content::Sample;
        QTest::newRow("empty") << WorkspaceFactory::Content::Empty;
    }

    void everyPaneIsTranslated()
    {
        QFETCH(WorkspaceFactory::Content, content);
        TestWorkspace workspace(content);
        workspace.close();
        const QSet<QString> exempt = exemptWords(workspace.path());
        auto session = WorkspaceSession::open(workspace.path(), workspace.sharedClock());
        QVERIFY(session);

        MainWindow window;
        window.setPersistent(false);
        window.setSession(session.take());
        window.resize(1280, 800);
        window.show();
        QList<QPair<QString, QString>> texts;
        for (QAction *menu : window.menuBar()->actions()) {
            texts.append({QStringLiteral("menu bar"), menu->text()});
            collectMenu(menu->menu(), texts);
        }
        QStringList problems = untranslated(texts, exempt);
        QVERIFY(!window.paneIds().isEmpty());
        const QList<Pm> pms = window.session()->coverage().pms();
        for (const QString &pane : window.paneIds()) {
            QVERIFY(window.showPane(pane));
            QCoreApplication::processEvents();
            for (const QString &line : untranslated(visibleTexts(&window), exempt))
                problems << pane + QStringLiteral(": ") + line;
            // This week asks whose week it is first: then a PM's week.
            if (!pms.isEmpty() &&
                window.currentPane()->showRecord({QStringLiteral("pm"), pms.first().meta.id, {}})) {
                QCoreApplication::processEvents();
                for (const QString &line : untranslated(visibleTexts(&window), exempt))
                    problems << pane + QStringLiteral(" (one PM): ") + line;
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void welcomePageIsTranslated()
    {
        MainWindow window;
        window.setPersistent(false);
        window.show();
        const QStringList problems = untranslated(visibleTexts(&window), exemptWords({}));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void dialogsAreTranslated()
    {
        TestWorkspace workspace(WorkspaceFactory::Content::Sample);
        QList<QWidget *> dialogs;
        dialogs << new NewWorkspaceDialog(WorkspaceFactory::Content::Starter);
        const QList<MetricDefinition> metrics = workspace.session().metrics().definitions();
        QVERIFY(!metrics.isEmpty());
        dialogs << new MetricDefinitionDialog(metrics.first(), false, {});
        const QList<Product> products = workspace.session().metrics().products();
        QVERIFY(!products.isEmpty());
        dialogs << new ProductDialog(products.first(), workspace.session().coverage().teams(),
                                     workspace.clock().today());
        dialogs << new ReviewDialog(products.first().name, workspace.clock().today(), std::nullopt,
                                    workspace.clock().today());
        workspace.close();
        const QSet<QString> exempt = exemptWords(workspace.path());
        QStringList problems;
        for (QWidget *dialog : std::as_const(dialogs)) {
            dialog->show();
            QCoreApplication::processEvents();
            for (const QString &line : untranslated(visibleTexts(dialog), exempt))
                problems << QString::fromLatin1(dialog->metaObject()->className()) +
                                QStringLiteral(": ") + line;
            delete dialog;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
