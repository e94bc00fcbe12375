#pragma once

#include <QString>
#include <QStringList>

// A program run to its end as its own process, for the benchmarks that time whole commands:
// its wall time, its peak memory (the kernel's own count of its resident set) and exit status.
struct ProcessRun {
    double seconds = 0;
    long peakKb = 0;
    int status = -1;

    // Runs program with arguments, its output to outputPath (or /dev/null) and its input from
    // inputPath (or /dev/null).
    static ProcessRun of(const QString &program, const QStringList &arguments,
                         const QString &outputPath = {}, const QString &inputPath = {});
};
