#include "filedialogs.h"

#include "workspace/workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QToolButton>
#include <algorithm>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)
};

// Icons and type names from a file's name alone. QAbstractFileIconProvider::type() and the
// icon theme lookup ask QMimeDatabase with content matching, which opens, reads and closes
// every file the dialog lists: that close() would drop SQLite's locks on the workspace.
class NameOnlyIconProvider final : public QFileIconProvider
{
public:
    NameOnlyIconProvider() { setOptions(DontUseCustomDirectoryIcons); }

    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }

    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileIconProvider::icon(Folder);
        const QString themed = mimeTypeOf(info).iconName();
        return QIcon::fromTheme(themed, QFileIconProvider::icon(File));
    }

    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return Text::tr("Folder");
        const QMimeType mime = mimeTypeOf(info);
        return mime.comment().isEmpty() ? mime.name() : mime.comment();
    }

private:
    QMimeType mimeTypeOf(const QFileInfo &info) const
    {
        return m_mimeTypes.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    }

    QMimeDatabase m_mimeTypes;
};

// Qt's own dialog, which knows files by their names only (the provider must outlive it).
void useNamesOnly(QFileDialog &dialog, NameOnlyIconProvider &icons)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&icons);
}

QStringList ask(QWidget *parent, QFileDialog::FileMode mode, FileDialogs::Kind kind,
                const QString &caption, const QString &start, const QString &filter)
{
    NameOnlyIconProvider icons;
    QFileDialog dialog(parent, caption, start, filter);
    useNamesOnly(dialog, icons);
    dialog.setAcceptMode(mode == QFileDialog::AnyFile ? QFileDialog::AcceptSave
                                                      : QFileDialog::AcceptOpen);
    dialog.setFileMode(mode);
    while (dialog.exec() == QDialog::Accepted) {
        const QStringList chosen = dialog.selectedFiles();
        const auto own = std::find_if(chosen.begin(), chosen.end(), [](const QString &file) {
            return Workspace::isOpenWorkspaceFile(file);
        });
        if (kind == FileDialogs::Kind::Workspace || own == chosen.end())
            return chosen;
        QMessageBox::warning(&dialog, caption,
                             Text::tr("%1 belongs to the open workspace. Choose another file.")
                                 .arg(QDir::toNativeSeparators(*own)));
    }
    return {};
}

} // namespace

namespace FileDialogs {

QString workspaceFilter()
{
    return Text::tr("Cadence workspaces (*.cadence);;All files (*)");
}

QString pdfFilter()
{
    return Text::tr("PDF (*.pdf)");
}

QString openFile(QWidget *parent, const QString &caption, const QString &folder,
                 const QString &filter, Kind kind)
{
    return ask(parent, QFileDialog::ExistingFile, kind, caption, folder, filter).value(0);
}

QStringList openFiles(QWidget *parent, const QString &caption, const QString &folder,
                      const QString &filter)
{
    return ask(parent, QFileDialog::ExistingFiles, Kind::Data, caption, folder, filter);
}

QString saveFile(QWidget *parent, const QString &caption, const QString &suggested,
                 const QString &filter, Kind kind)
{
    return ask(parent, QFileDialog::AnyFile, kind, caption, suggested, filter).value(0);
}

QString folder(QWidget *parent, const QString &caption, const QString &start)
{
    NameOnlyIconProvider icons;
    QFileDialog dialog(parent, caption, start);
    useNamesOnly(dialog, icons);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

void keepToNames(QDialog &printDialog)
{
    // The object names are those of Qt's print widget (qprintwidget.ui), stable since Qt 4.
    auto *name = printDialog.findChild<QLineEdit *>(QStringLiteral("filename"));
    auto *browse = printDialog.findChild<QToolButton *>(QStringLiteral("fileBrowser"));
    if (!name || !browse)
        return;
    if (QCompleter *completer = name->completer())
        if (auto *model = qobject_cast<QFileSystemModel *>(completer->model())) {
            static NameOnlyIconProvider icons; // the model may outlive any one dialog's scope
            model->setIconProvider(&icons);
        }
    QObject::disconnect(browse, &QAbstractButton::clicked, nullptr, nullptr);
    QObject::connect(browse, &QAbstractButton::clicked, &printDialog, [&printDialog, name] {
        const QString chosen =
            saveFile(&printDialog, Text::tr("Print to File"), name->text(), pdfFilter());
        if (chosen.isEmpty())
            return;
        name->setText(chosen);
        // As Qt's own button does: a file chosen means printing to it.
        if (auto *printers = printDialog.findChild<QComboBox *>(QStringLiteral("printers")))
            printers->setCurrentIndex(printers->count() - 1);
    });
}

} // namespace FileDialogs
