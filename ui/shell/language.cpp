#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <functional>

namespace {

const char *const CatalogueDir = ":/i18n";
const char *const InstalledName = "cadence-language";

// The translators this module installed: children of the application, so that they go with it.
void removeInstalled()
{
    QCoreApplication *app = QCoreApplication::instance();
    for (QTranslator *translator : app->findChildren<QTranslator *>(QLatin1String(InstalledName),
                                                                    Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// The translator `load` filled, installed; nullptr when it found no catalogue.
QTranslator *installed(const std::function<bool(QTranslator &)> &load)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(QLatin1String(InstalledName));
    if (!load(*translator) || translator->isEmpty() ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return nullptr;
    }
    return translator;
}

} // namespace

namespace Language {

QString install()
{
    const QString chosen = qEnvironmentVariable("CADENCE_LANGUAGE");
    return install(chosen.isEmpty() ? QLocale::system().name() : chosen);
}

QString install(const QString &language)
{
    removeInstalled();
    if (language == QLatin1String(Pseudo))
        return installed([](QTranslator &t) {
            return t.load(QStringLiteral("cadence_pseudo"), QLatin1String(CatalogueDir));
        })
                   ? language
                   : QString();
    const QLocale locale(language);
    if (language != QLocale::system().name())
        QLocale::setDefault(locale);
    installed([&](QTranslator &t) {
        return t.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    const QTranslator *cadence = installed([&](QTranslator &t) {
        return t.load(locale, QStringLiteral("cadence"), QStringLiteral("_"),
                      QLatin1String(CatalogueDir));
    });
    return cadence ? cadence->language() : QString();
}

} // namespace Language
