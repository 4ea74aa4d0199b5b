#!/usr/bin/env bash
# Adds the SPDX licence header as the first line of every Java source file that lacks it.
# The build checks the header (checkstyle, configured in the parent pom.xml); run this script
# after adding files, from anywhere in the repository.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
header='// SPDX-License-Identifier: Apache-2.0'
count=0
while IFS= read -r -d '' file; do
  if [ "$(head -n 1 "$file")" != "$header" ]; then
    { printf '%s\n' "$header"; cat "$file"; } > "$file.spdx-tmp"
    mv "$file.spdx-tmp" "$file"
    count=$((count + 1))
  fi
done < <(git ls-files -z --cached --others --exclude-standard -- '*.java')
echo "SPDX header added to $count file(s)"
