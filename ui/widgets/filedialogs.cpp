#include "filedialogs.h"

#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QMessageBox>
#include <QMimeDatabase>

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

QString ask(QWidget *parent, QFileDialog::AcceptMode mode, FileDialogs::Kind kind,
            const QString &caption, const QString &start, const QString &filter)
{
    NameOnlyIconProvider icons; // outlives the dialog, which keeps a pointer to it
    QFileDialog dialog(parent, caption, start, filter);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&icons);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile
                                                       : QFileDialog::AnyFile);
    while (dialog.exec() == QDialog::Accepted) {
        const QString chosen = dialog.selectedFiles().value(0);
        if (kind == FileDialogs::Kind::Workspace || !Workspace::isOpenWorkspaceFile(chosen))
            return chosen;
        QMessageBox::warning(&dialog, caption,
                             Text::tr("%1 belongs to the open workspace. Choose another file.")
                                 .arg(QDir::toNativeSeparators(chosen)));
    }
    return {};
}

} // namespace

namespace FileDialogs {

QString openFile(QWidget *parent, const QString &caption, const QString &folder,
                 const QString &filter, Kind kind)
{
    return ask(parent, QFileDialog::AcceptOpen, kind, caption, folder, filter);
}

QString saveFile(QWidget *parent, const QString &caption, const QString &suggested,
                 const QString &filter, Kind kind)
{
    return ask(parent, QFileDialog::AcceptSave, kind, caption, suggested, filter);
}

} // namespace FileDialogs
