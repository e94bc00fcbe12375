#include "aboutbox.h"

#include "application.h"
#include "core/appidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AboutBox", text);
}

} // namespace

namespace AboutBox {

QMessageBox *open(QWidget *parent, const QString &workspacePath)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Cadence"));
    box->setIconPixmap(Application::icon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    const QString workspace =
        workspacePath.isEmpty()
            ? tr("No workspace is open.")
            : tr("Workspace: %1").arg(QDir::toNativeSeparators(workspacePath).toHtmlEscaped());
    box->setText(
        tr("<h3>Cadence %1</h3><p>A desk for product managers: coverage of teams by PMs, "
           "interviews, metrics and goals, kept in one workspace file.</p><p>%2</p>"
           "<p>Free software under the <a href=\"https://spdx.org/licenses/%3.html\">%3</a> "
           "licence: you may share and change it under its terms.</p>")
            .arg(QStringLiteral(CADENCE_VERSION), workspace, AppIdentity::licence()));
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
    box->setStandardButtons(QMessageBox::Close);
    box->open();
    return box;
}

} // namespace AboutBox
