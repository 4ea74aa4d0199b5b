#!/usr/bin/env bash
# Checks that the DOCX of the sample strategy opens in a real office suite: writes it with the
# command line (civicplan export ... --to docx --what strategy, in Romanian and in English), converts
# each with LibreOffice headless to PDF, and fails when the conversion fails, writes no PDF, or
# (when pdftotext is installed) the converted text lacks the title and the Romanian letters with
# comma below. Outside the unit tests because it needs LibreOffice:
#   apt-get install -y libreoffice-writer-nogui      (Debian; or libreoffice-writer)
# Builds the command-line jar first when it is missing. Run from anywhere in the repository.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
jar=samples/cli/target/civicplan.jar
if [ ! -f "$jar" ]; then
  ./mvnw -B -q -pl samples/cli -am package -DskipTests
fi
soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ]; then
  echo "check-docx-libreoffice: LibreOffice (soffice) is not installed; apt-get install -y libreoffice-writer-nogui" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for locale in ro en; do
  docx="$work/strategy-$locale.docx"
  java -jar "$jar" export samples/data/climate-strategy.json --to docx --what strategy --locale "$locale" --out "$docx"
  # A profile of its own, so that a LibreOffice already running for the user is not reused.
  if ! "$soffice" -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$docx" \
      > "$work/soffice-$locale.log" 2>&1; then
    echo "check-docx-libreoffice: LibreOffice failed to convert $docx:" >&2
    cat "$work/soffice-$locale.log" >&2
    status=1
    continue
  fi
  pdf="$work/strategy-$locale.pdf"
  if [ ! -s "$pdf" ]; then
    echo "check-docx-libreoffice: LibreOffice wrote no PDF for $docx:" >&2
    cat "$work/soffice-$locale.log" >&2
    status=1
    continue
  fi
  if command -v pdftotext > /dev/null; then
    text=$(pdftotext "$pdf" - | tr -s '[:space:]' ' ')
    if [ "$locale" = ro ]; then
      expected=("Strategia privind schimbările climatice" "Corelarea cu documentele strategice europene și naționale" "Direcția de mediu")
    else
      expected=("Climate change strategy" "Alignment with EU and national frameworks" "Environment directorate")
    fi
    for phrase in "${expected[@]}"; do
      if [[ "$text" != *"$phrase"* ]]; then
        echo "check-docx-libreoffice: the PDF LibreOffice made of $docx lacks \"$phrase\"" >&2
        status=1
      fi
    done
  fi
  echo "check-docx-libreoffice: $locale: $(stat -c %s "$docx") bytes of DOCX converted to $(stat -c %s "$pdf") bytes of PDF"
done
exit $status
