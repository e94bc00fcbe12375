# How the sanitizers report (sourced by sanitize.sh and fuzz.sh): stop at the first report,
# with a symbolized stack; leaks of the libraries below Qt are theirs (tests/sanitizers/lsan.supp).
SANITIZER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$SANITIZER_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
export ASAN_SYMBOLIZER_PATH="$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || true)"
