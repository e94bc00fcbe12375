#include "goalsmarkdown.h"

#include "core/ids.h"
#include "core/inputrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(GoalsMarkdown)
};

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

// A quarter as people write it in prose and headings: "Q1 2025", "2025-Q1", "2025 Q1".
const QRegularExpression &quarterMention()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:[Qq]([1-4])[\\s/-]*(\\d{4})|(\\d{4})[\\s-]*[Qq]([1-4]))\\b"));
    return pattern;
}

// The one quarter a text mentions; none if it mentions none, or several.
std::optional<Quarter> onlyQuarterIn(const QString &text)
{
    QRegularExpressionMatchIterator matches = quarterMention().globalMatch(text);
    std::optional<Quarter> found;
    int count = 0;
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        ++count;
        const bool quarterFirst = match.capturedLength(1) > 0;
        const QString key = QStringLiteral("%1-Q%2").arg(match.captured(quarterFirst ? 2 : 3),
                                                         match.captured(quarterFirst ? 1 : 4));
        found = Quarter::parse(key);
    }
    return count == 1 ? found : std::nullopt;
}

// Cadence's own field names, which only a goal has: a bullet with one of them outside any
// goal has lost its goal.
bool isGoalField(const QString &bullet)
{
    static const QRegularExpression field(
        QStringLiteral("^(?:(?:kind|status|team|support|findings|description|key results)\\s*:"
                       "|\\[[ xX]\\])"),
        QRegularExpression::CaseInsensitiveOption);
    return field.match(bullet).hasMatch();
}

// The kind a sentence introducing a list of goals names ("…a couple of side projects…").
std::optional<GoalKind> kindNamedIn(const QString &text)
{
    std::optional<GoalKind> named;
    qsizetype at = -1;
    for (GoalKind kind : allGoalKinds) {
        const qsizetype found = text.indexOf(goalKindName(kind), 0, Qt::CaseInsensitive);
        if (found >= 0 && found > at) {
            at = found;
            named = kind;
        }
    }
    return named;
}

// The reader keeps the state of the goal being read and collects line-numbered problems.
class Reader
{
public:
    Reader(const GoalsMarkdown::Resolver &resolver, const QString &defaultQuarter)
        : m_resolver(resolver)
        , m_defaultQuarter(defaultQuarter)
    {}

    GoalsMarkdown::Reading read(const QString &text);

private:
    enum class Section { Fields, Description, KeyResults };

    void fail(int line, const QString &what) { m_reading.problems.add(line, what); }
    void startGoal(int line, const QString &rest);
    void field(int line, const QString &bullet);
    void keyResult(int line, const QString &text);
    std::optional<QString> pm(int line, const QString &name);
    void finishGoal();
    void setQuarter(const std::optional<Quarter> &quarter);
    // A line that is not about goals: the text around them.
    void prose(const QString &trimmed);

    const GoalsMarkdown::Resolver &m_resolver;
    QString m_defaultQuarter;
    GoalsMarkdown::Reading m_reading;
    QString m_quarter;
    bool m_quarterGiven = false; // by the text: a bad "# Goals …" heading gives none
    bool m_afterMarker = false;  // nothing but blank lines since the quarter's line
    bool m_blankAfterGoal = false;
    std::optional<GoalKind> m_introducedKind;
    std::optional<Goal> m_goal;
    QStringList m_description;
    QSet<QString> m_fieldsSeen;
    Section m_section = Section::Fields;
};

std::optional<QString> Reader::pm(int line, const QString &name)
{
    if (!m_resolver.pm) {
        fail(line, Text::tr("no PM is named \"%1\"").arg(echo(name)));
        return std::nullopt;
    }
    const Result<QString> id = m_resolver.pm(name);
    if (!id) {
        fail(line, id.problem().what);
        return std::nullopt;
    }
    return id.value();
}

void Reader::setQuarter(const std::optional<Quarter> &quarter)
{
    finishGoal();
    m_quarterGiven = true;
    m_quarter = quarter ? quarter->key() : QString();
    m_afterMarker = true;
}

void Reader::prose(const QString &trimmed)
{
    finishGoal();
    m_afterMarker = false;
    if (const std::optional<GoalKind> kind = kindNamedIn(trimmed))
        m_introducedKind = kind;
}

void Reader::startGoal(int line, const QString &rest)
{
    finishGoal();
    m_afterMarker = false;
    Goal goal;
    goal.quarter = m_quarterGiven ? m_quarter : m_defaultQuarter;
    m_reading.undated = m_reading.undated || !m_quarterGiven;
    if (goal.quarter.isEmpty()) {
        if (!m_quarterGiven) {
            fail(line, Text::tr("a goal with no quarter: write a line such as \"# Goals 2025-Q1\" "
                                "above it, or give its quarter (--quarter YYYY-Qn)"));
        } else {
            fail(line, Text::tr("a goal under a heading that names no quarter"));
        }
    }
    if (m_introducedKind)
        goal.kind = *m_introducedKind;
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
        fail(line, Text::tr("the goal has no title"));
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
    m_blankAfterGoal = false;
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
        fail(line, Text::tr("a second \"%1\" for this goal").arg(bullet.left(colon).trimmed()));
        return;
    }
    m_fieldsSeen.insert(name);
    m_section = Section::Fields;
    if (name == QLatin1String("kind")) {
        if (const std::optional<GoalKind> kind = goalKindFromText(value))
            goal.kind = *kind;
        else
            fail(line,
                 Text::tr("\"%1\" is no kind of goal (write %2, %3 or %4)")
                     .arg(echo(value), goalKindName(GoalKind::PmGoal),
                          goalKindName(GoalKind::Research), goalKindName(GoalKind::SideProject)));
    } else if (name == QLatin1String("status")) {
        if (const std::optional<GoalStatus> status = goalStatusFromText(value))
            goal.status = *status;
        else {
            QStringList names;
            for (GoalStatus each : allGoalStatuses)
                names << goalStatusName(each);
            fail(line, Text::tr("\"%1\" is no status (write one of: %2)")
                           .arg(echo(value), names.join(QStringLiteral(", "))));
        }
    } else if (name == QLatin1String("team")) {
        const std::optional<QString> id = m_resolver.team ? m_resolver.team(value) : std::nullopt;
        if (id)
            goal.teamId = *id;
        else
            fail(line, Text::tr("no team is named \"%1\"").arg(echo(value)));
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
            fail(line,
                 Text::tr("key results go on the lines below \"Key results:\", one bullet each"));
    }
}

void Reader::keyResult(int line, const QString &text)
{
    static const QRegularExpression box(QStringLiteral("^\\[([ xX])\\]\\s+(.*)$"));
    const QRegularExpressionMatch match = box.match(text);
    if (!match.hasMatch()) {
        fail(line, Text::tr("a key result must look like \"- [ ] text\" or \"- [x] text\""));
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
        // NaN and infinity read as numbers, but no metric moves towards them.
        const std::optional<double> baseline =
            parts.hasMatch() ? InputRules::finiteNumber(parts.capturedView(3)) : std::nullopt;
        const std::optional<double> target =
            parts.hasMatch() ? InputRules::finiteNumber(parts.capturedView(4)) : std::nullopt;
        if (!baseline || !target) {
            fail(line, Text::tr("a metric must read \"(metric: PRODUCT / KEY, baseline NUMBER, "
                                "target NUMBER)\""));
            return;
        }
        const QString product = parts.captured(1).trimmed();
        const std::optional<QString> productId =
            m_resolver.product ? m_resolver.product(product) : std::optional<QString>(product);
        if (!productId) {
            fail(line, Text::tr("no product is named \"%1\"").arg(echo(product)));
            return;
        }
        result.metric = MetricBinding{*productId, parts.captured(2), *baseline, *target};
        body = body.left(bound.capturedStart()).trimmed();
    }
    result.text = body;
    if (result.text.isEmpty())
        fail(line, Text::tr("the key result has no text"));
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
    m_reading.goals.append(*m_goal);
    m_goal.reset();
    m_description.clear();
}

GoalsMarkdown::Reading Reader::read(const QString &text)
{
    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression goalsHeading(QStringLiteral("^Goals\\b\\s*(.*)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression goalLine(QStringLiteral("^Goal\\s+\\d+\\s*:\\s*(.*)$"));
    // A line that is only a quarter ("Q1 2025", "Goals 2025-Q1:"), or a sentence that
    // introduces a quarter's list ("In Q1 2025, those are:").
    static const QRegularExpression quarterLine(
        QStringLiteral(
            "^(?:goals\\s+(?:for\\s+)?)?(?:[Qq][1-4][\\s/-]*\\d{4}|\\d{4}[\\s-]*[Qq][1-4])"
            "\\s*:?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (text.trimmed().isEmpty()) {
        fail(0, Text::tr("is empty: there are no goals in it"));
        return std::move(m_reading);
    }
    qsizetype from = 0;
    for (int number = 1; from <= text.size(); ++number) {
        qsizetype to = text.indexOf(QLatin1Char('\n'), from);
        if (to < 0)
            to = text.size();
        QStringView line = QStringView(text).sliced(from, to - from);
        from = to + 1;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed().toString();
        if (m_goal && m_section == Section::Description &&
            (trimmed.isEmpty() || line.startsWith(QLatin1String("  ")))) {
            m_description << (trimmed.isEmpty() ? QString() : line.mid(2).toString());
            m_blankAfterGoal = trimmed.isEmpty();
            continue;
        }
        if (trimmed.isEmpty()) {
            m_blankAfterGoal = m_goal.has_value();
            continue;
        }
        if (const QRegularExpressionMatch match = heading.match(trimmed); match.hasMatch()) {
            const QString title = match.captured(1);
            if (const QRegularExpressionMatch goals = goalsHeading.match(title); goals.hasMatch()) {
                // Cadence's own "# Goals 2025-Q1": what follows must be a quarter.
                const std::optional<Quarter> quarter = onlyQuarterIn(goals.captured(1));
                if (!quarter)
                    fail(number, Text::tr("\"%1\" is not a quarter (write it like 2025-Q1)")
                                     .arg(echo(goals.captured(1))));
                setQuarter(quarter);
            } else if (const std::optional<Quarter> quarter = onlyQuarterIn(title)) {
                setQuarter(quarter);
            } else {
                prose(title);
            }
            continue;
        }
        if (const QRegularExpressionMatch match = goalLine.match(line); match.hasMatch()) {
            startGoal(number, match.captured(1));
            continue;
        }
        const bool bullet =
            trimmed.startsWith(QLatin1String("- ")) || trimmed == QLatin1String("-");
        const bool indented =
            line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'));
        if (!bullet && !indented &&
            (quarterLine.match(trimmed).hasMatch() ||
             (trimmed.endsWith(QLatin1Char(':')) && onlyQuarterIn(trimmed)))) {
            setQuarter(onlyQuarterIn(trimmed));
            continue;
        }
        if (m_goal) {
            if (line.startsWith(QLatin1String("- "))) {
                field(number, line.mid(2).trimmed().toString());
                m_blankAfterGoal = false;
            } else if (line.startsWith(QLatin1String("  - ")) && m_section == Section::KeyResults) {
                keyResult(number, line.mid(4).trimmed().toString());
                m_blankAfterGoal = false;
            } else if (m_blankAfterGoal && !bullet && !indented) {
                prose(trimmed); // a paragraph after the goals
            } else {
                fail(number, Text::tr("expected a bullet of the goal above or \"Goal N: Title -> "
                                      "Owner\", not \"%1\"")
                                 .arg(echo(trimmed)));
            }
            continue;
        }
        if (bullet) {
            // A list in the text around the goals is fine; a goal's field, or a bullet right
            // under a quarter's line, is a key result that lost its goal.
            if (m_afterMarker || isGoalField(trimmed.mid(2).trimmed()))
                fail(number, Text::tr("a bullet outside any goal (a goal starts with \"Goal 1: "
                                      "Title -> Owner\")"));
            continue;
        }
        prose(trimmed);
    }
    finishGoal();
    if (!m_reading.problems.isEmpty())
        m_reading.goals.clear();
    return std::move(m_reading);
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

Problem Reading::problem(const QString &file) const
{
    return problems.problem(file,
                            QCoreApplication::translate("GoalsMarkdown", "nothing was imported"));
}

Reading read(const QString &text, const Resolver &resolver, const QString &quarter)
{
    return Reader(resolver, quarter).read(text);
}

Import importChange(const QList<Goal> &read, const QList<Goal> &existing)
{
    QHash<QString, double> lastRank;
    // The goals an incoming one may update, by quarter and title, in board order: one look-up
    // per goal read, not a walk over every stored goal.
    QHash<QString, QList<const Goal *>> byTitle;
    auto titleKey = [](const Goal &goal) {
        return goal.quarter + QLatin1Char('\x1f') + goal.title.toCaseFolded();
    };
    for (const Goal &goal : existing) {
        if (goal.meta.deleted)
            continue;
        lastRank[goal.quarter] = std::max(lastRank.value(goal.quarter), goal.rank);
        byTitle[titleKey(goal)].append(&goal);
    }
    // Each existing goal takes at most one goal of the file, so that goals sharing a title
    // (two "New goal"s, one research goal per team) pair off in board order instead of all
    // landing on the first.
    QSet<const Goal *> taken;
    ImportDiff<Goal> diff;
    Import import;
    for (const Goal &incoming : read) {
        const Goal *match = nullptr;
        int bestScore = -1;
        int sameTitle = 0;
        for (const Goal *goal : std::as_const(byTitle[titleKey(incoming)])) {
            if (taken.contains(goal))
                continue;
            ++sameTitle;
            // The same owner first, then the same team; the first in board order on a tie.
            const int score = (goal->ownerId == incoming.ownerId ? 2 : 0) +
                              (goal->teamId == incoming.teamId ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                match = goal;
            }
        }
        // Another owner's goal of that title is taken over only when it is the only one.
        if (match && match->ownerId != incoming.ownerId && sameTitle != 1)
            match = nullptr;
        if (!match) {
            Goal added = incoming;
            added.meta.id = Ids::random();
            Goal tidied = GoalEdits::add(added, {}).after.first();
            tidied.rank = (lastRank[incoming.quarter] += 1);
            import.actions << diff.compare(std::move(tidied), nullptr, false);
            continue;
        }
        taken.insert(match);
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
        // The edit's "before" is the stored goal with tombstones of the key results it adds.
        const GoalChange edit = GoalEdits::edit(*match, edited);
        import.actions << (edit.isEmpty()
                               ? diff.compare(edited, match, true)
                               : diff.compare(edit.after.first(), &edit.before.first(), false));
    }
    import.counts = diff.counts();
    if (diff.isEmpty())
        return import;
    import.change = GoalChange{QCoreApplication::translate("GoalsMarkdown", "Import %n goal(s)",
                                                           nullptr, int(read.size())),
                               std::move(diff.before), std::move(diff.after)};
    return import;
}

} // namespace GoalsMarkdown
