#!/bin/bash
# The tour of the bundled examples that ./run-demo gives (and tests/cli runs):
# each command is echoed ("$ careerplan ...") before it runs, and the first
# that fails stops the tour with its exit status.
#
# usage: examples/tour.sh CAREERPLAN OUT_DIR
#   CAREERPLAN  the built tool
#   OUT_DIR     where the tour writes: copies of the examples it changes (an
#               applied review, an export's logged disclosure), the plan as
#               HTML and its actions as .ics. examples/data is never changed.
set -euo pipefail
if [ "$#" -ne 2 ]; then
    echo "usage: examples/tour.sh CAREERPLAN OUT_DIR" >&2
    exit 2
fi
careerplan=$(readlink -f "$1")
mkdir -p "$2"
out=$(readlink -f "$2")
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

# The output folder as the echoed commands name it: relative when it is under here.
shown=${out#"$PWD/"}

# Echoes "$ careerplan ARGS" (with "> FILE" when --stdout-to FILE comes first), then runs it.
step() {
    local to=""
    if [ "$1" = "--stdout-to" ]; then
        to=$2
        shift 2
    fi
    echo
    if [ -n "$to" ]; then
        echo "\$ careerplan $* > ${to#"$PWD/"}"
        "$careerplan" "$@" >"$to"
    else
        echo "\$ careerplan $*"
        "$careerplan" "$@"
    fi
}

# Prints a comment, one "# " line per argument, after a blank line.
say() {
    echo
    printf '# %s\n' "$@"
}

shopt -s nullglob
examples=(examples/data/*.json)

say "1. Every bundled example is a valid document."
step validate "${examples[@]}"

say "2. The young graduate's plan (source 000), as text for this terminal."
step show examples/data/young-graduate.json

say "3. What falls due in the next four weeks across the example caseload."
step due --as-of 2026-03-09 --within 28 examples/data/caseload.json

say "4. The young graduate's second review, held on 2026-04-13, applied to a copy" \
    "   of the plan in $shown/ (examples/data is not changed)."
cp examples/data/young-graduate-review.json "$out/young-graduate.json"
step apply-review --as-of 2026-04-13 "$shown/young-graduate.json" grad-review-2

say "5. A copy for Jamie's form tutor, redacted by the consent Jamie gave (the" \
    "   only example consent: the young graduate has none). The export logs the" \
    "   disclosure in the client's file, here a copy in $shown/."
cp examples/data/year11-additional-support.json "$out/year11-additional-support.json"
step --stdout-to "$out/year11-for-tutor.json" export --for s-tutor --as-of 2026-03-09 \
    "$shown/year11-additional-support.json"

say "6. The young graduate's plan, after the review, as a page and a calendar."
step render --html -o "$shown/young-graduate.html" "$shown/young-graduate.json"
step calendar --as-of 2026-04-13 -o "$shown/young-graduate.ics" "$shown/young-graduate.json"

say "7. More: caseload figures, and the gaps of the example provision map (source 003)."
step stats --as-of 2026-03-09 examples/data/caseload.json
step journeys gaps examples/data/provision-map.json

echo
echo "The tour wrote:"
echo "  $out/young-graduate.html             the plan as a page"
echo "  $out/young-graduate.ics              its actions and next review, for a calendar"
echo "  $out/young-graduate.json             the plan with the review applied"
echo "  $out/year11-for-tutor.json           what Jamie's tutor may see"
echo "  $out/year11-additional-support.json  Jamie's file with the disclosure logged"
echo
echo "Open the page in a browser:        xdg-open $out/young-graduate.html"
echo "                              (or: chromium / firefox file://$out/young-graduate.html)"
echo "Import the actions in a calendar:  xdg-open $out/young-graduate.ics"
echo "                              (GNOME Calendar, Thunderbird, Evolution, or a web calendar's import)"
