#include "commandgroups.h"

#include "coverage/coveragerepository.h"
#include "shell/mainwindow.h"
#include "shell/pane.h"
#include "shell/panes.h"
#include "shell/theme.h"
#include "workspace/workspacesession.h"

#include <QApplication>
#include <QCoreApplication>
#include <QImageWriter>
#include <QPixmap>
#include <QRegularExpression>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScreenshotCommands)
};

int runScreenshot(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("pane"), Text::tr("The pane to show."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("out"), Text::tr("The PNG file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"), Text::tr("Window size (default 1280x800)."),
                      QStringLiteral("WxH"), QStringLiteral("1280x800")});
    parser.addOption(
        {QStringLiteral("list-panes"), Text::tr("Print the names of the panes and stop.")});
    parser.addOption({QStringLiteral("pm"),
                      Text::tr("Show this PM in the pane (This week: their week, or 'everyone')."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("theme"),
                      Text::tr("light, dark or system (default: the theme in your settings)."),
                      QStringLiteral("THEME")});
    int status = ExitSuccess;
    if (!context.parse(
            parser,
            QStringLiteral(
                "screenshot --pane NAME --out FILE.png [--size WxH] [--pm NAME] [--theme THEME]"),
            &status))
        return status;
    const bool listPanes = parser.isSet(QStringLiteral("list-panes"));
    if (!listPanes && !parser.isSet(QStringLiteral("out")))
        return context.usage(Text::tr("screenshot needs --out FILE.png"));
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch size = sizePattern.match(parser.value(QStringLiteral("size")));
    if (!size.hasMatch())
        return context.usage(Text::tr("--size: '%1' is not like 1280x800")
                                 .arg(parser.value(QStringLiteral("size"))));

    if (parser.isSet(QStringLiteral("theme"))) {
        const std::optional<Theme::Choice> theme =
            Theme::fromKey(parser.value(QStringLiteral("theme")));
        if (!theme)
            return context.usage(Text::tr("--theme: '%1' is not one of light, dark, system")
                                     .arg(parser.value(QStringLiteral("theme"))));
        Theme::apply(*theme);
    }

    // The names are the window's, whatever the workspace: none is needed to list them.
    if (listPanes) {
        for (const PaneEntry &entry : paneEntries())
            context.out << entry.id << '\n';
        return ExitSuccess;
    }
    auto session = context.openWorkspace(Workspace::Access::ReadWrite);
    if (!session)
        return context.fail(session.problem());
    std::optional<QString> pmId;
    if (parser.isSet(QStringLiteral("pm"))) {
        pmId.emplace();
        if (!context.pmOption(parser, *session.value(), &*pmId, &status))
            return status;
    }
    MainWindow window;
    window.setPersistent(false);
    window.setSession(session.take());
    const QString pane = parser.value(QStringLiteral("pane"));
    if (!pane.isEmpty() && !window.showPane(pane))
        return context.usage(Text::tr("--pane: '%1' is not one of %2")
                                 .arg(pane, window.paneIds().join(QStringLiteral(", "))));
    if (pmId && !window.currentPane()->showRecord({QStringLiteral("pm"), *pmId, {}}))
        return context.usage(pmId->isEmpty()
                                 ? Text::tr("--pm everyone: only the week pane shows everyone")
                                 : Text::tr("--pm: the %1 pane does not show one PM")
                                       .arg(window.currentPane()->paneId()));
    window.resize(size.captured(1).toInt(), size.captured(2).toInt());
    window.show();
    // Let layouts settle and queued refreshes run before grabbing.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    const QString out = parser.value(QStringLiteral("out"));
    QImageWriter writer(out, "png");
    if (!writer.write(window.grab().toImage()))
        return context.fail({out, Text::tr("cannot be written (%1)").arg(writer.errorString())});
    context.out << Text::tr("Wrote %1\n").arg(out);
    return ExitSuccess;
}

} // namespace

std::vector<CliCommand> screenshotCommands()
{
    return {{{QStringLiteral("screenshot")},
             QStringLiteral(
                 "screenshot --pane NAME --out FILE.png [--size WxH] [--pm NAME] [--theme THEME]"),
             Text::tr("Render a pane of the main window to a PNG, headless."),
             true,
             runScreenshot}};
}
