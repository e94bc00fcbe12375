#include "goalsmarkdown.h"

#include "core/ids.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GoalsMarkdown", text);
}

const QString nobody = QStringLiteral("nobody");

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString nameOr(const std::function<QString(const QString &)> &name, const QString &id)
{
    if (!name)
        return id;
    const QString found = name(id);
    return found.isEmpty() ? id : found;
}

QString keyResultLine(const KeyResult &result, const GoalsMarkdown::Names &names)
{
    QString line = QStringLiteral("  - [%1] %2")
                       .arg(result.done ? QLatin1Char('x') : QLatin1Char(' '))
                       .arg(result.text);
    if (result.metric)
        line += QStringLiteral(" (metric: %1 / %2, baseline %3, target %4)")
                    .arg(nameOr(names.product, result.metric->productId), result.metric->metricKey,
                         number(result.metric->baseline), number(result.metric->target));
    return line;
}

// The reader keeps the state of the goal being read and collects line-numbered problems.
class Reader
{
public:
    Reader(const QString &file, const GoalsMarkdown::Resolver &resolver)
        : m_file(file)
        , m_resolver(resolver)
    {}

    Result<QList<Goal>> read(const QString &text);

private:
    enum class Section { Fields, Description, KeyResults };

    void fail(int line, const QString &what)
    {
        m_problems << tr("line %1: %2").arg(line).arg(what);
    }
    void startGoal(int line, const QString &rest);
    void field(int line, const QString &bullet);
    void keyResult(int line, const QString &text);
    std::optional<QString> pm(int line, const QString &name);
    void finishGoal();

    QString m_file;
    const GoalsMarkdown::Resolver &m_resolver;
    QStringList m_problems;
    QString m_quarter;
    bool m_sawHeading = false;
    std::optional<Goal> m_goal;
    QStringList m_description;
    QSet<QString> m_fieldsSeen;
    Section m_section = Section::Fields;
    QList<Goal> m_goals;
};

std::optional<QString> Reader::pm(int line, const QString &name)
{
    const std::optional<QString> id = m_resolver.pm ? m_resolver.pm(name) : std::nullopt;
    if (!id)
        fail(line, tr("no PM is named \"%1\"").arg(name));
    return id;
}

void Reader::startGoal(int line, const QString &rest)
{
    finishGoal();
    Goal goal;
    goal.quarter = m_quarter;
    if (m_quarter.isEmpty())
        fail(line, tr("a goal before any \"# Goals YYYY-Qn\" heading"));
    // Padded, so that a goal with no title still shows its arrow.
    const QString padded = QLatin1Char(' ') + rest;
    QString title = padded;
    QString owner;
    const qsizetype arrow = padded.lastIndexOf(QLatin1String(" -> "));
    if (arrow >= 0) {
        title = padded.left(arrow);
        owner = padded.mid(arrow + 4).trimmed();
    } else if (padded.endsWith(QLatin1String(" ->"))) {
        title = padded.chopped(3);
    }
    goal.title = title.trimmed();
    if (goal.title.isEmpty())
        fail(line, tr("the goal has no title"));
    // The handbook's "-> Annika, with support from Anna and Raquel".
    static const QRegularExpression withSupport(QStringLiteral(",\\s*with support from\\s+"),
                                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch support = withSupport.match(owner);
    QString supporters;
    if (support.hasMatch()) {
        supporters = owner.mid(support.capturedEnd());
        owner = owner.left(support.capturedStart()).trimmed();
    }
    if (!owner.isEmpty() && owner.compare(nobody, Qt::CaseInsensitive) != 0)
        goal.ownerId = pm(line, owner).value_or(QString());
    static const QRegularExpression listSeparator(QStringLiteral("\\s*(?:,|\\band\\b)\\s*"));
    for (const QString &name : supporters.split(listSeparator, Qt::SkipEmptyParts))
        if (std::optional<QString> id = pm(line, name.trimmed()))
            goal.supporterIds << *id;
    m_goal = goal;
    m_fieldsSeen.clear();
    m_section = Section::Fields;
}

void Reader::field(int line, const QString &bullet)
{
    Goal &goal = *m_goal;
    const qsizetype colon = bullet.indexOf(QLatin1Char(':'));
    const QString name = colon > 0 ? bullet.left(colon).trimmed().toLower() : QString();
    const QString value = colon > 0 ? bullet.mid(colon + 1).trimmed() : QString();
    static const QStringList known = {QStringLiteral("kind"),       QStringLiteral("status"),
                                      QStringLiteral("team"),       QStringLiteral("support"),
                                      QStringLiteral("findings"),   QStringLiteral("description"),
                                      QStringLiteral("key results")};
    if (!known.contains(name)) {
        // The handbook's shape: plain bullets under a goal are its key results.
        keyResult(line, QStringLiteral("[ ] ") + bullet);
        return;
    }
    if (m_fieldsSeen.contains(name)) {
        fail(line, tr("a second \"%1\" for this goal").arg(bullet.left(colon).trimmed()));
        return;
    }
    m_fieldsSeen.insert(name);
    m_section = Section::Fields;
    if (name == QLatin1String("kind")) {
        if (const std::optional<GoalKind> kind = goalKindFromText(value))
            goal.kind = *kind;
        else
            fail(line,
                 tr("\"%1\" is no kind of goal (write %2, %3 or %4)")
                     .arg(value, goalKindName(GoalKind::PmGoal), goalKindName(GoalKind::Research),
                          goalKindName(GoalKind::SideProject)));
    } else if (name == QLatin1String("status")) {
        if (const std::optional<GoalStatus> status = goalStatusFromText(value))
            goal.status = *status;
        else {
            QStringList names;
            for (GoalStatus each : allGoalStatuses)
                names << goalStatusName(each);
            fail(line, tr("\"%1\" is no status (write one of: %2)")
                           .arg(value, names.join(QStringLiteral(", "))));
        }
    } else if (name == QLatin1String("team")) {
        const std::optional<QString> id = m_resolver.team ? m_resolver.team(value) : std::nullopt;
        if (id)
            goal.teamId = *id;
        else
            fail(line, tr("no team is named \"%1\"").arg(value));
    } else if (name == QLatin1String("support")) {
        for (const QString &supporter : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (std::optional<QString> id = pm(line, supporter.trimmed()))
                goal.supporterIds << *id;
    } else if (name == QLatin1String("findings")) {
        goal.findingsUrl = value;
    } else if (name == QLatin1String("description")) {
        m_section = Section::Description;
        if (!value.isEmpty())
            m_description << value;
    } else if (name == QLatin1String("key results")) {
        m_section = Section::KeyResults;
        if (!value.isEmpty())
            fail(line, tr("key results go on the lines below \"Key results:\", one bullet each"));
    }
}

void Reader::keyResult(int line, const QString &text)
{
    static const QRegularExpression box(QStringLiteral("^\\[([ xX])\\]\\s+(.*)$"));
    const QRegularExpressionMatch match = box.match(text);
    if (!match.hasMatch()) {
        fail(line, tr("a key result must look like \"- [ ] text\" or \"- [x] text\""));
        return;
    }
    KeyResult result;
    result.done = match.captured(1) != QLatin1String(" ");
    QString body = match.captured(2).trimmed();
    static const QRegularExpression metric(QStringLiteral("\\s*\\(metric:\\s*(.*)\\)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch bound = metric.match(body);
    if (bound.hasMatch()) {
        static const QRegularExpression binding(
            QStringLiteral("^(.+) / (\\S+), baseline (\\S+), target (\\S+)$"));
        const QRegularExpressionMatch parts = binding.match(bound.captured(1).trimmed());
        bool baselineOk = false;
        bool targetOk = false;
        const double baseline = parts.hasMatch() ? parts.captured(3).toDouble(&baselineOk) : 0;
        const double target = parts.hasMatch() ? parts.captured(4).toDouble(&targetOk) : 0;
        if (!parts.hasMatch() || !baselineOk || !targetOk) {
            fail(line, tr("a metric must read \"(metric: PRODUCT / KEY, baseline NUMBER, "
                          "target NUMBER)\""));
            return;
        }
        const QString product = parts.captured(1).trimmed();
        const std::optional<QString> productId =
            m_resolver.product ? m_resolver.product(product) : std::optional<QString>(product);
        if (!productId) {
            fail(line, tr("no product is named \"%1\"").arg(product));
            return;
        }
        result.metric = MetricBinding{*productId, parts.captured(2), baseline, target};
        body = body.left(bound.capturedStart()).trimmed();
    }
    result.text = body;
    if (result.text.isEmpty())
        fail(line, tr("the key result has no text"));
    m_goal->keyResults.append(result);
}

void Reader::finishGoal()
{
    if (!m_goal)
        return;
    while (!m_description.isEmpty() && m_description.last().trimmed().isEmpty())
        m_description.removeLast();
    m_goal->description = m_description.join(QLatin1Char('\n')).trimmed();
    m_goal->supporterIds.removeDuplicates();
    m_goals.append(*m_goal);
    m_goal.reset();
    m_description.clear();
}

Result<QList<Goal>> Reader::read(const QString &text)
{
    static const QRegularExpression heading(QStringLiteral("^#\\s+Goals\\s+(.*?)\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression goalLine(QStringLiteral("^Goal\\s+\\d+\\s*:\\s*(.*)$"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i + 1);
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (m_goal && m_section == Section::Description &&
            (trimmed.isEmpty() || line.startsWith(QLatin1String("  ")))) {
            m_description << (trimmed.isEmpty() ? QString() : line.mid(2));
            continue;
        }
        if (trimmed.isEmpty())
            continue;
        if (const QRegularExpressionMatch match = heading.match(line); match.hasMatch()) {
            finishGoal();
            m_sawHeading = true;
            const std::optional<Quarter> quarter = Quarter::parse(match.captured(1));
            if (!quarter) {
                fail(number,
                     tr("\"%1\" is not a quarter (write it like 2025-Q1)").arg(match.captured(1)));
                m_quarter.clear();
            } else {
                m_quarter = quarter->key();
            }
            continue;
        }
        if (const QRegularExpressionMatch match = goalLine.match(line); match.hasMatch()) {
            startGoal(number, match.captured(1));
            continue;
        }
        if (!m_goal) {
            // Prose before the first goal (an introduction, like the handbook's) is fine;
            // a bullet is a key result that lost its goal.
            if (trimmed.startsWith(QLatin1String("- ")) || trimmed == QLatin1String("-"))
                fail(number, tr("a bullet outside any goal (a goal starts with \"Goal 1: "
                                "Title -> Owner\")"));
            else if (trimmed.startsWith(QLatin1Char('#')))
                fail(number, tr("unexpected heading (write \"# Goals YYYY-Qn\")"));
            continue;
        }
        if (line.startsWith(QLatin1String("- "))) {
            field(number, line.mid(2).trimmed());
        } else if (line.startsWith(QLatin1String("  - ")) && m_section == Section::KeyResults) {
            keyResult(number, line.mid(4).trimmed());
        } else {
            fail(number, tr("expected a bullet of the goal above or \"Goal N: Title -> Owner\", "
                            "not \"%1\"")
                             .arg(trimmed.left(60)));
        }
    }
    finishGoal();
    if (!m_sawHeading && m_problems.isEmpty())
        m_problems << tr("has no \"# Goals YYYY-Qn\" heading, so no quarter for its goals");
    if (!m_problems.isEmpty())
        return Problem{m_file, m_problems.join(QStringLiteral("\n"))};
    return m_goals;
}

} // namespace

namespace GoalsMarkdown {

QString write(const QString &quarter, const QList<Goal> &goals, const Names &names)
{
    QStringList lines{QStringLiteral("# Goals %1").arg(quarter), QString()};
    int number = 0;
    for (const Goal &goal : goals) {
        QString owner = goal.ownerId.isEmpty() ? QString() : nameOr(names.pm, goal.ownerId);
        // A title with an arrow needs an owner after it to read back as the same title.
        if (owner.isEmpty() && goal.title.contains(QLatin1String("->")))
            owner = nobody;
        lines << (owner.isEmpty()
                      ? QStringLiteral("Goal %1: %2").arg(++number).arg(goal.title)
                      : QStringLiteral("Goal %1: %2 -> %3").arg(++number).arg(goal.title, owner));
        lines << QStringLiteral("- Kind: %1").arg(goalKindName(goal.kind));
        lines << QStringLiteral("- Status: %1").arg(goalStatusName(goal.status));
        if (!goal.teamId.isEmpty())
            lines << QStringLiteral("- Team: %1").arg(nameOr(names.team, goal.teamId));
        if (!goal.supporterIds.isEmpty()) {
            QStringList supporters;
            for (const QString &id : goal.supporterIds)
                supporters << nameOr(names.pm, id);
            lines << QStringLiteral("- Support: %1").arg(supporters.join(QStringLiteral(", ")));
        }
        if (!goal.findingsUrl.isEmpty())
            lines << QStringLiteral("- Findings: %1").arg(goal.findingsUrl);
        if (!goal.description.isEmpty()) {
            lines << QStringLiteral("- Description:");
            for (const QString &line : goal.description.split(QLatin1Char('\n')))
                lines << (line.trimmed().isEmpty() ? QString() : QStringLiteral("  ") + line);
        }
        QList<KeyResult> results;
        for (const KeyResult &result : goal.keyResults)
            if (!result.meta.deleted)
                results << result;
        if (!results.isEmpty()) {
            lines << QStringLiteral("- Key results:");
            for (const KeyResult &result : results)
                lines << keyResultLine(result, names);
        }
        lines << QString();
    }
    while (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Result<QList<Goal>> read(const QString &text, const QString &file, const Resolver &resolver)
{
    return Reader(file, resolver).read(text);
}

GoalChange importChange(const QList<Goal> &read, const QList<Goal> &existing)
{
    GoalChange change{QCoreApplication::translate("GoalsMarkdown", "Import %n goal(s)", nullptr,
                                                  int(read.size())),
                      {},
                      {}};
    QHash<QString, double> lastRank;
    for (const Goal &goal : existing)
        if (!goal.meta.deleted)
            lastRank[goal.quarter] = std::max(lastRank.value(goal.quarter), goal.rank);
    // Each existing goal takes at most one goal of the file, so that goals sharing a title
    // (two "New goal"s, one research goal per team) pair off in board order instead of all
    // landing on the first.
    QSet<const Goal *> taken;
    for (const Goal &incoming : read) {
        const Goal *match = nullptr;
        int bestScore = -1;
        int sameTitle = 0;
        for (const Goal &goal : existing) {
            if (goal.meta.deleted || goal.quarter != incoming.quarter || taken.contains(&goal) ||
                goal.title.compare(incoming.title, Qt::CaseInsensitive) != 0)
                continue;
            ++sameTitle;
            // The same owner first, then the same team; the first in board order on a tie.
            const int score = (goal.ownerId == incoming.ownerId ? 2 : 0) +
                              (goal.teamId == incoming.teamId ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                match = &goal;
            }
        }
        // Another owner's goal of that title is taken over only when it is the only one.
        if (match && match->ownerId != incoming.ownerId && sameTitle != 1)
            match = nullptr;
        if (match)
            taken.insert(match);
        if (!match) {
            Goal added = incoming;
            added.meta.id = Ids::random();
            added.rank = (lastRank[incoming.quarter] += 1);
            GoalChange add = GoalEdits::add(added, {});
            add.after.first().rank = added.rank;
            add.before.first().rank = added.rank;
            change.before += add.before;
            change.after += add.after;
            continue;
        }
        Goal edited = incoming;
        edited.rank = match->rank;
        edited.carriedFrom = match->carriedFrom;
        // Keep the ids of key results whose text is unchanged, so history follows them.
        QList<KeyResult> unused = match->keyResults;
        for (KeyResult &result : edited.keyResults)
            for (qsizetype i = 0; i < unused.size(); ++i)
                if (unused[i].text == result.text) {
                    result.meta = unused[i].meta;
                    unused.removeAt(i);
                    break;
                }
        const GoalChange edit = GoalEdits::edit(*match, edited);
        change.before += edit.before;
        change.after += edit.after;
    }
    if (change.after.isEmpty())
        return {};
    return change;
}

} // namespace GoalsMarkdown
