#!/usr/bin/env bash
# Writes the manual page cadence(1) from the program's own help, `cadence --help` and each
# command's --help, so that the manual cannot say anything the program does not.
# Usage: manpage.sh CADENCE VERSION DATE SUMMARY OUT
set -euo pipefail
cadence="$1" version="$2" date="$3" summary="$4" out="$5"

# A home of its own: the help names the default workspace under it, written here as ~.
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
help() {
  env -u XDG_DATA_HOME HOME="$home" QT_QPA_PLATFORM=offscreen "$cadence" "$@" --help |
    sed -e "s|$home|~|g"
}
# Help text as it is printed: roff's escape character, and a line that would read as a
# request (a leading . or '), made literal.
roff() {
  sed -e 's/\\/\\e/g' -e "s/^[.']/\\\\\\&&/" -e 's/-/\\-/g'
}

top="$(help)"
# The commands are the lines of `cadence --help` indented by two spaces: their leading words,
# up to the first option, argument or bracket.
mapfile -t commands < <(printf '%s\n' "$top" |
  sed -n -E 's/^  ([a-z][a-z-]*( [a-z][a-z-]*)*)( .*)?$/\1/p')
if [[ ${#commands[@]} -eq 0 ]]; then
  echo "manpage.sh: '$cadence --help' lists no commands" >&2
  exit 1
fi

{
  printf '.TH CADENCE 1 "%s" "Cadence %s" "User Commands"\n' "$date" "$version"
  printf '.SH NAME\ncadence \\- %s\n' "$summary"
  printf '.SH SYNOPSIS\n.nf\n'
  printf '%s\n' "$top" | sed -n -E '/^(Usage:|      ) *cadence/p' | sed -E 's/^(Usage:)? *//' | roff
  printf '.fi\n.SH DESCRIPTION\n.nf\n'
  printf '%s\n' "$top" | roff
  printf '.fi\n.SH COMMANDS\n'
  for command in "${commands[@]}"; do
    # shellcheck disable=SC2086 # the command's words are separate arguments
    text="$(help $command)"
    printf '.SS "%s"\n.nf\n' "$command"
    printf '%s\n' "$text" | roff
    printf '.fi\n'
  done
} >"$out"
