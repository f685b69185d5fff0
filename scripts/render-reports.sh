#!/usr/bin/env bash
# Renders the demo's course report and a cohort report (180 seeded ipt-testkit scenarios, written
# by the demo) headless with Chromium to PNG, checks that neither is blank nor cut off
# (scripts/PngCheck.java), prints both to PDF and checks the pages are A4, and copies the cropped
# screenshots to docs/images/.
#
# Needs a JDK 17 and chromium on PATH (Debian: apt-get install -y chromium). `./mvnw -B verify`
# does not need Chromium; CI runs this script as an extra step.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "render-reports: chromium is not on PATH (apt-get install -y chromium)" >&2
  exit 1
fi

out="$PWD/ipt-examples/target/ipt4j-render"
rm -rf "$out"
mkdir -p "$out"

# 1. Build the command-line jar and run the demo: it writes course.json, course-report.html and
#    cohort-report.html into $out.
./mvnw -B -q -pl ipt-examples -am package -DskipTests exec:java -Dexec.args="$out" > "$out/demo.txt"
jar=ipt-examples/target/ipt4j-cli.jar

# 2. Render the course report again through the jar, as a user would; it must equal the demo's.
java -jar "$jar" report "$out/course.json" -o "$out/course-report-cli.html" > /dev/null
cmp "$out/course-report.html" "$out/course-report-cli.html"

# 3. Screenshot both with a window much taller than the pages, check them, crop them.
shoot() {
  local html="$1" png="$2" profile
  profile="$(mktemp -d)"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
    --user-data-dir="$profile" --screenshot="$png" --window-size=1280,6000 \
    "file://$html" > "$out/chromium.log" 2>&1
  rm -rf "$profile"
  test -s "$png" || { echo "render-reports: chromium wrote no $png" >&2; cat "$out/chromium.log" >&2; exit 1; }
}

shoot "$out/course-report.html" "$out/course-report-full.png"
shoot "$out/cohort-report.html" "$out/cohort-report-full.png"
java scripts/PngCheck.java "$out/course-report-full.png" "$out/course-report.png"
java scripts/PngCheck.java "$out/cohort-report-full.png" "$out/cohort-report.png"

# 4. Print both to PDF as a browser's print dialog would: the pages must come out A4 (@page).
print_pdf() {
  local html="$1" pdf="$2" profile
  profile="$(mktemp -d)"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --no-pdf-header-footer \
    --user-data-dir="$profile" --print-to-pdf="$pdf" "file://$html" > "$out/chromium.log" 2>&1
  rm -rf "$profile"
  test -s "$pdf" || { echo "render-reports: chromium wrote no $pdf" >&2; exit 1; }
  # A4 is 595.28 x 841.89 points; Chromium writes it as 594.96 x 841.92.
  if ! grep -aqE '/MediaBox \[0 0 59[45]\.[0-9]+ 84[12]\.[0-9]+\]' "$pdf"; then
    echo "render-reports: $pdf is not A4" >&2
    exit 1
  fi
  echo "$pdf: A4, $(wc -c < "$pdf") bytes"
}
print_pdf "$out/course-report.html" "$out/course-report.pdf"
print_pdf "$out/cohort-report.html" "$out/cohort-report.pdf"

mkdir -p docs/images
cp "$out/course-report.png" docs/images/course-report.png
cp "$out/cohort-report.png" docs/images/cohort-report.png
echo "render-reports: docs/images/course-report.png and docs/images/cohort-report.png are up to date"
