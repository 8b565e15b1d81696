#!/usr/bin/env bash
# The command-line tool's input policy, options and output safety, end to end.
# usage: cli_input.sh FACTREC_BINARY
# Prints "cli input checks passed" when every check holds; otherwise lists the failures, exit 1.
set -u
factrec=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
failures=0

# expect NAME STATUS PATTERN -- COMMAND...: COMMAND exits with STATUS and its standard error (or,
# for status 0 and 1, its standard output) matches the extended regular expression PATTERN.
expect() {
    local name=$1 status=$2 pattern=$3
    shift 4
    "$@" >out.log 2>err.log
    local got=$?
    local text
    if [ "$status" -ge 2 ]; then text=$(cat err.log); else text=$(cat out.log); fi
    if [ "$got" -ne "$status" ] || ! grep -Eq -- "$pattern" <<<"$text"; then
        echo "FAIL $name: exit $got (want $status)"
        sed 's/^/    /' err.log | head -5
        failures=$((failures + 1))
    fi
}

printf 'fact spend unit USD cues "spent"\n' >port.facts
printf 'source: Harbor Ledger\n\nThe port authority spent $4 million on cranes.\n' >ledger.txt
printf 'The harbor board spent $4 million on cranes.\n' >board.txt
cp ledger.txt ledger.orig
cp port.facts port.orig

# Encodings: a byte-order mark before the headers or the facts is skipped.
printf '\xef\xbb\xbfsource: Harbor Ledger\n\nThe port authority spent $4 million on cranes.\n' >bom.txt
expect "bom before the header" 0 '"source":"Harbor Ledger"' -- "$factrec" reconcile --facts port.facts --format json bom.txt
printf '\xef\xbb\xbffact spend unit USD cues "spent"\n' >bom.facts
expect "bom in the facts file" 0 'consistent' -- "$factrec" reconcile --facts bom.facts ledger.txt

# scan skips header lines as reconcile does: no figure from the URL or the date, and a bad
# header is the same located error.
printf 'source: Valley\nurl: https://example.com/2024/10/story-55\ndate: 2024-10-02\n\nThe valley spent $4 million.\n' >hdr.txt
expect "scan skips header lines" 0 '^hdr.txt:[0-9]+-[0-9]+ +money' -- "$factrec" scan hdr.txt
[ "$(wc -l <out.log)" -eq 1 ] || { echo "FAIL scan reads figures in header lines"; failures=$((failures + 1)); }
printf 'source: Valley\ndate: someday\n\nThe valley spent $4 million.\n' >badhdr.txt
expect "scan refuses a bad header" 2 "badhdr.txt:2:7: date 'someday' is not a date" -- "$factrec" scan badhdr.txt

# NUL, control characters, emptiness.
printf 'The port spent $100\0 million.\n' >nul.txt
expect "nul byte" 2 'nul.txt:1:20: NUL byte \(at byte 19\)' -- "$factrec" reconcile --facts port.facts nul.txt
expect "nul byte in scan" 2 'nul.txt: byte 19: NUL byte' -- "$factrec" scan nul.txt
printf 'The port spent \x1b[2J$4 million.\n' >esc.txt
expect "control character noted" 0 'esc.txt:1:16: 1 control character \(first U\+001B\) read as spaces' -- \
    "$factrec" reconcile --facts port.facts esc.txt
expect "control character in scan" 0 '' -- "$factrec" scan esc.txt
grep -q 'warning: esc.txt: byte 15: 1 control character' err.log || {
    echo "FAIL scan warns of the control character"
    failures=$((failures + 1))
}
: >empty.txt
expect "empty article" 2 'empty.txt:1:1: the article is empty' -- "$factrec" reconcile --facts port.facts empty.txt
printf 'source: Harbor Ledger\n\n\n' >bare.txt
expect "headers and no text" 2 'bare.txt:.*no text after its header lines' -- \
    "$factrec" reconcile --facts port.facts bare.txt
: >empty.facts
expect "empty facts file" 2 'empty.facts' -- "$factrec" reconcile --facts empty.facts ledger.txt

# Text that shows nothing is empty too: Unicode spaces, zero-width marks, broken bytes.
printf 'source: Harbor Ledger\n\n\xc2\xa0\xe2\x80\x83\xe3\x80\x80\n' >spaces.txt
expect "only unicode spaces" 2 'spaces.txt:.*no text after its header lines' -- \
    "$factrec" reconcile --facts port.facts spaces.txt
printf 'source: Harbor Ledger\n\n\xe2\x80\x8b\xe2\x81\xa0\xff\xfe\n' >invisible.txt
expect "only zero-width marks and broken bytes" 2 'invisible.txt:.*no text after its header lines' -- \
    "$factrec" reconcile --facts port.facts invisible.txt
# A second byte-order mark would hide the header behind it: an error, not article text.
printf '\xef\xbb\xbf\xef\xbb\xbfsource: Harbor Ledger\n\nThe port authority spent $4 million on cranes.\n' >bom2.txt
expect "two byte-order marks" 2 'bom2.txt:1:2: a second byte-order mark \(at byte 3\)' -- \
    "$factrec" reconcile --facts port.facts bom2.txt

# A form feed inside a header line would end the line for some readers only.
printf 'source: Valley\fdate: 2024-01-01\n\nThe valley spent $4 million.\n' >ff.txt
expect "form feed in a header" 2 'ff.txt:1:15: a form feed or carriage return inside a header line' -- \
    "$factrec" reconcile --facts port.facts ff.txt

# A misspelt first header line.
printf 'sorce: Harbor Ledger\n\nThe port authority spent $4 million on cranes.\n' >typo.txt
expect "header typo" 2 "typo.txt:1:1: 'sorce:' is not a header; did you mean 'source:'\?" -- \
    "$factrec" reconcile --facts port.facts typo.txt

# Sizes: checked while reading, for files and for endless devices.
head -c 5000 /dev/zero | tr '\0' 'x' >big.txt
expect "file over the limit" 2 "'big.txt' is larger than --max-input-size \(4 KiB\)" -- \
    "$factrec" scan --max-input-size 4K big.txt
expect "device over the limit" 2 "'/dev/zero' is larger than --max-input-size \(1 MiB\)" -- \
    "$factrec" reconcile --facts port.facts --max-input-size=1M /dev/zero
expect "stdin over the limit" 2 "standard input is larger than --max-input-size" -- \
    sh -c "head -c 3000 /dev/zero | '$factrec' solve --max-input-size 2K -"
expect "line over the limit" 2 "line 1 of '/dev/zero' is larger than --max-input-size" -- \
    "$factrec" scan --lines --max-input-size 64K /dev/zero
expect "bad size" 2 "--max-input-size takes a size" -- "$factrec" scan --max-input-size 12Q board.txt
expect "empty size" 2 "--max-input-size takes a size" -- "$factrec" scan --max-input-size '' board.txt

# scan --lines streams: memory follows the longest line, not the file (skipped under sanitizers,
# which reserve address space of their own).
if ! grep -q __asan_init "$factrec" 2>/dev/null; then
    head -c 3000000 /dev/zero | tr '\0' '\n' >lines.txt
    expect "scan --lines streams" 0 '^$' -- sh -c "ulimit -v 200000 && '$factrec' scan --lines lines.txt"
fi

# Options: one value each, no empty output name, unknown options refused, --opt=value and --.
expect "facts twice" 2 '--facts' -- "$factrec" reconcile --facts port.facts --facts bom.facts ledger.txt
expect "format twice" 2 '--format' -- "$factrec" scan --format json --format tsv board.txt
expect "empty output name" 2 '-o needs a file name' -- "$factrec" reconcile --facts port.facts -o "" ledger.txt
expect "unknown option" 2 "unknown option '--frobnicate'" -- \
    "$factrec" reconcile --facts port.facts --frobnicate ledger.txt
expect "unknown scan option" 2 "unknown option '--frobnicate'" -- "$factrec" scan --frobnicate board.txt
expect "unknown solve option" 2 "unknown option '--frobnicate'" -- "$factrec" solve --frobnicate x.json
expect "option=value and --" 0 'consistent' -- "$factrec" reconcile --facts=port.facts -- ledger.txt
expect "stdin twice" 2 "standard input \('-'\) can be read only once" -- "$factrec" scan - -
expect "help per command" 0 '--max-input-size' -- "$factrec" scan --help
expect "-o - is standard output" 0 'Verdict: consistent' -- "$factrec" reconcile --facts port.facts -o - ledger.txt

# Output: never onto an input, written whole, write errors are exit 2.
expect "-o onto an article" 2 "-o 'ledger.txt' is one of the inputs" -- \
    "$factrec" reconcile --facts port.facts -o ledger.txt ledger.txt
expect "-o onto an article by another name" 2 'is one of the inputs' -- \
    "$factrec" reconcile --facts port.facts -o ./ledger.txt ledger.txt
ln -s port.facts facts.link
expect "-o onto the facts file through a link" 2 'is one of the inputs' -- \
    "$factrec" reconcile --facts port.facts -o facts.link ledger.txt
expect "-o onto a scanned file" 2 'is one of the inputs' -- "$factrec" scan -o board.txt board.txt
expect "-o onto the file on standard input" 2 "is the file given on standard input" -- \
    sh -c "'$factrec' reconcile --facts port.facts - -o ledger.txt <ledger.txt"
ln -s missing-dir/report.txt dangling.link
expect "-o through a link to nowhere" 2 "cannot write 'dangling.link': it is a link to a file that does not exist" -- \
    "$factrec" reconcile --facts port.facts -o dangling.link ledger.txt
[ -L dangling.link ] || {
    echo "FAIL -o through a link to nowhere keeps the link"
    failures=$((failures + 1))
}
cmp -s ledger.txt ledger.orig && cmp -s port.facts port.orig || {
    echo "FAIL an input was changed"
    failures=$((failures + 1))
}
expect "-o writes the report" 0 '^$' -- "$factrec" reconcile --facts port.facts -o report.json --format json ledger.txt
grep -q '"source":"Harbor Ledger"' report.json || {
    echo "FAIL -o report.json holds the report"
    failures=$((failures + 1))
}
ln -s report.json report.link
expect "-o through a link" 0 '^$' -- "$factrec" reconcile --facts port.facts -o report.link ledger.txt
if [ ! -L report.link ] || ! grep -q 'Verdict: consistent' report.json; then
    echo "FAIL -o through a link writes the file it names"
    failures=$((failures + 1))
fi
chmod 640 report.json
expect "-o keeps the mode" 0 '^$' -- "$factrec" reconcile --facts port.facts -o report.json ledger.txt
if [ "$(stat -c %a report.json)" != 640 ]; then
    echo "FAIL -o keeps the mode of the file it replaces"
    failures=$((failures + 1))
fi
if ls -a | grep -q 'factrec-'; then
    echo "FAIL a temporary file was left behind"
    failures=$((failures + 1))
fi
if [ -w /dev/full ]; then
    expect "standard output full" 2 'cannot write to standard output' -- \
        sh -c "'$factrec' reconcile --facts port.facts ledger.txt >/dev/full"
    expect "scan to a full standard output" 2 'cannot write to standard output' -- \
        sh -c "'$factrec' scan board.txt >/dev/full"
    printf '{"facts":[{"id":"a","unit":"USD"}],"claims":[],"relations":[]}' >model.json
    expect "solve to a full standard output" 2 'cannot write to standard output' -- \
        sh -c "'$factrec' solve model.json >/dev/full"
    expect "-o /dev/full" 2 "cannot write to '/dev/full'" -- \
        "$factrec" reconcile --facts port.facts -o /dev/full ledger.txt
fi

if [ "$failures" -eq 0 ]; then
    echo "cli input checks passed"
else
    echo "$failures cli input checks failed"
    exit 1
fi
