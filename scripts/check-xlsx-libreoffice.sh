#!/usr/bin/env bash
# Checks that every XLSX workbook the command line exports for the samples opens in a real office
# suite: writes the action plan, the indicator table, the monitoring report and the priority lists
# (the sport investments and the accessibility remediation programme) with `civicplan export ...
# --to xlsx`, in Romanian and in English, converts each with LibreOffice headless to PDF (every
# sheet), and fails when the conversion fails, writes no PDF, or (when pdftotext is installed) the
# converted text is empty or shows a spreadsheet error value (#VALUE!, #REF!, Err:). Outside the
# unit tests because it needs LibreOffice:
#   apt-get install -y libreoffice-calc-nogui      (Debian; or libreoffice-calc)
# Builds the command-line jar first when it is missing. Run from anywhere in the repository.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
jar=samples/cli/target/civicplan.jar
if [ ! -f "$jar" ]; then
  ./mvnw -B -q -pl samples/cli -am package -DskipTests
fi
soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ]; then
  echo "check-xlsx-libreoffice: LibreOffice (soffice) is not installed; apt-get install -y libreoffice-calc-nogui" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# name, strategy, then the options that choose the document
workbooks=(
  "action-plan|samples/data/climate-strategy.json|--what action-plan"
  "indicators|samples/data/climate-strategy.json|--what indicators --as-of 2026-06-30"
  "report|samples/data/climate-strategy.json|--what report --as-of 2026-06-30"
  "priorities-sport|samples/data/sport-strategy.json|--what priorities"
  "priorities-accessibility|samples/data/accessibility-strategy.json|--what priorities"
)
status=0
for locale in ro en; do
  for entry in "${workbooks[@]}"; do
    IFS='|' read -r name strategy options <<< "$entry"
    xlsx="$work/$name-$locale.xlsx"
    # shellcheck disable=SC2086 # the options are words
    java -jar "$jar" export "$strategy" --to xlsx $options --locale "$locale" --out "$xlsx" > /dev/null
    # A profile of its own, so that a LibreOffice already running for the user is not reused.
    if ! "$soffice" -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$xlsx" \
        > "$work/soffice.log" 2>&1; then
      echo "check-xlsx-libreoffice: LibreOffice failed to convert $name ($locale):" >&2
      cat "$work/soffice.log" >&2
      status=1
      continue
    fi
    pdf="$work/$name-$locale.pdf"
    if [ ! -s "$pdf" ]; then
      echo "check-xlsx-libreoffice: LibreOffice wrote no PDF for $name ($locale):" >&2
      cat "$work/soffice.log" >&2
      status=1
      continue
    fi
    detail=""
    if command -v pdftotext > /dev/null; then
      text=$(pdftotext "$pdf" - | tr -s '[:space:]' ' ')
      if [ "${#text}" -lt 100 ]; then
        echo "check-xlsx-libreoffice: the PDF of $name ($locale) has almost no text: $text" >&2
        status=1
      fi
      for bad in '#VALUE!' '#REF!' '#NAME?' '#DIV/0!' 'Err:'; do
        if [[ "$text" == *"$bad"* ]]; then
          echo "check-xlsx-libreoffice: the PDF of $name ($locale) shows $bad" >&2
          status=1
        fi
      done
      detail=", $(pdfinfo "$pdf" 2> /dev/null | awk '/^Pages:/ {print $2}') pages"
    fi
    echo "check-xlsx-libreoffice: $locale: $name: $(stat -c %s "$xlsx") bytes of XLSX converted to $(stat -c %s "$pdf") bytes of PDF$detail"
  done
done
exit $status
