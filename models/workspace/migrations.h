#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

// One step of the schema: the statements that take a workspace from version N-1 to N.
struct Migration {
    QString name;
    QStringList statements;
};

// The schema's history, in order. Each step is a file models/migrations/NNNN_name.sql,
// compiled in as a resource; a workspace's user_version counts the steps it has taken.
// Steps are never edited once released: a change to the schema is a new step.
namespace Migrations {
const std::vector<Migration> &all();
// How many steps there are (the schema version this Cadence writes), without reading them:
// every open asks, and parsing the scripts cost more than the rest of checking a file.
int count();
// A digest of every step's text, without parsing it: what the schema of each version is
// changes only with it.
QByteArray digest();
// Splits an SQL script into complete statements (triggers keep their inner semicolons).
QStringList splitStatements(const QString &script);
} // namespace Migrations
