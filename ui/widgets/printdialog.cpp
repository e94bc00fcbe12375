#include "printdialog.h"

#include "filedialogs.h"

#include <QPrintDialog>
#include <QPrinter>

namespace PrintDialog {

void run(QWidget *parent, const QString &title, const std::function<void(QPrinter &)> &print)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    FileDialogs::keepToNames(dialog);
    if (dialog.exec() == QDialog::Accepted)
        print(printer);
}

} // namespace PrintDialog
