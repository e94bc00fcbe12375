#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

// A refused file's problems in an import dialog: a heading, then one line per distinct
// problem (see ProblemList), the first few of them and "Show all" for the rest, as the
// command line shows them with --verbose. Hidden when there is no problem.
class ProblemListView final : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemListView(QWidget *parent = nullptr);

    // `lines`: every problem, one line each; `heading` says what they mean for the import.
    void setProblems(const QStringList &lines, const QString &heading);
    QListWidget *list() const { return m_list; }
    QPushButton *showAllButton() const { return m_showAll; }

private:
    void fill(bool all);

    QLabel *m_heading;
    QListWidget *m_list;
    QPushButton *m_showAll;
    QStringList m_lines;
};
