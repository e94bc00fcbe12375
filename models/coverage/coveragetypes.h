#pragma once

#include "core/record.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// How much a PM supports a team. The handbook speaks of "light support" beside full support.
enum class Support { Full, Light };

QString supportKey(Support support); // "full" / "light", as stored and printed
std::optional<Support> supportFromKey(const QString &key);

// A product manager. Archived PMs (left the team) stay in history: coverage of a past date
// still shows them.
struct Pm {
    RecordMeta meta;
    QString name;
    QString email;
    QDate joinedOn;
    QDate archivedOn; // invalid: still active; otherwise the first day no longer active
    QString note;

    bool isActiveOn(QDate day) const
    {
        return !meta.deleted && (!joinedOn.isValid() || joinedOn <= day) &&
               (!archivedOn.isValid() || day < archivedOn);
    }
    bool isArchived() const { return archivedOn.isValid(); }
    bool operator==(const Pm &) const = default;
};

// An engineering team. Teams are archived, not removed, when they are disbanded or renamed
// into another, so the history of who covered them is kept.
struct Team {
    RecordMeta meta;
    QString name;
    QDate createdOn;
    QDate archivedOn;
    QString note;

    bool isActiveOn(QDate day) const
    {
        return !meta.deleted && (!createdOn.isValid() || createdOn <= day) &&
               (!archivedOn.isValid() || day < archivedOn);
    }
    bool isArchived() const { return archivedOn.isValid(); }
    bool operator==(const Team &) const = default;
};

// A PM supporting a team from startOn until endOn (exclusive; invalid: open-ended).
struct Assignment {
    RecordMeta meta;
    QString teamId;
    QString pmId;
    Support support = Support::Full;
    QDate startOn;
    QDate endOn;

    bool isActiveOn(QDate day) const
    {
        return !meta.deleted && startOn <= day && (!endOn.isValid() || day < endOn);
    }
    bool operator==(const Assignment &) const = default;
};

// A set of records to save together: one user edit, or the records a command restores.
struct CoverageEdit {
    QList<Pm> pms;
    QList<Team> teams;
    QList<Assignment> assignments;

    bool isEmpty() const { return pms.isEmpty() && teams.isEmpty() && assignments.isEmpty(); }
};
