# How the build is kept fast on a 2-core machine: the one place for such shortcuts.
#
# Precompiled headers. Parsing Qt's headers is about 40% of compiling a typical file of
# Cadence (tests/tst_goals.cpp: 4.8 s of 12.2 s is -fsyntax-only); with the headers below
# precompiled it compiles in 6.7 s of CPU instead of 11.6 s (gcc 12, measured with -O2 -g1).
# Each library gets its own header; the tests and benchmarks, built with identical flags
# within their folder, share one per folder (REUSE_FROM), so that it is compiled once.
set(CADENCE_PCH_CORE
  <QDate> <QDateTime> <QHash> <QList> <QObject> <QSet> <QString> <QStringList> <QVariant>
  <QAbstractItemModel> <QSortFilterProxyModel> <QUndoStack> <QColor>
  <functional> <memory> <optional> <vector> <algorithm>)
set(CADENCE_PCH_WIDGETS ${CADENCE_PCH_CORE}
  <QWidget> <QAbstractItemView> <QTableView> <QLabel> <QPushButton> <QLineEdit> <QComboBox>
  <QVBoxLayout> <QHBoxLayout> <QMainWindow> <QDialog> <QPainter>)
set(CADENCE_PCH_TESTS ${CADENCE_PCH_WIDGETS} <QTest> <QSignalSpy> <QAbstractItemModelTester>)

# cadence_precompile(TARGET CORE|WIDGETS|TESTS [REUSE_FROM OTHER])
function(cadence_precompile target kind)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "REUSE_FROM" "")
  if(arg_REUSE_FROM)
    target_precompile_headers(${target} REUSE_FROM ${arg_REUSE_FROM})
  else()
    target_precompile_headers(${target} PRIVATE ${CADENCE_PCH_${kind}})
  endif()
endfunction()

# ccache skips files built with a precompiled header unless told which of its checks do not
# apply: the header's own macros and its timestamps (ccache's "Precompiled headers" notes).
find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
    CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
    ${CCACHE_PROGRAM})
endif()

# Line tables, not full debug information, in RelWithDebInfo (the default build): enough for
# a backtrace with files and lines, and about a fifth less compile time and far smaller
# objects to link (tst_goals.cpp: 9.2 s of CPU with -g1 against 11.6 s with -g). Debug builds
# keep the full information for a debugger.
set(CMAKE_CXX_FLAGS_RELWITHDEBINFO "-O2 -g1 -DNDEBUG")

# Linking with lld (Debian's lld, which both gcc and clang can drive): the tests are some forty
# programs, each linked against the static libraries. tst_goals links in 1.1 s instead of 3.9 s
# with GNU ld (0.27 s of CPU instead of 1.0 s), which is about a minute off each CI build.
find_program(CADENCE_LLD ld.lld)
if(CADENCE_LLD)
  add_link_options(-fuse-ld=lld)
endif()
