#include "quietoffscreen.h"

#include <QString>
#include <QtGlobal>

namespace {

QtMessageHandler previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg &&
        message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    previousHandler(type, context, message);
}

} // namespace

void hideOffscreenSizeHintWarnings()
{
    if (!previousHandler)
        previousHandler = qInstallMessageHandler(quietHandler);
}
