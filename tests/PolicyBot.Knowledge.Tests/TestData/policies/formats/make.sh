#!/usr/bin/env bash
# Remakes social-media-policy.docx, social-media-policy.pdf, no-outline/social-media-policy.pdf and
# password-protected/social-media-policy.pdf from social-media-policy.md. Needs Debian's pandoc and libreoffice-writer-nogui (see README.md).
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Fixed timestamps, so the same Markdown makes the same .docx.
export SOURCE_DATE_EPOCH=1782864000

pandoc -o "$work/reference.docx" --print-default-data-file reference.docx
python3 add-header-footer.py "$work/reference.docx"
pandoc -f markdown-smart -t docx --reference-doc "$work/reference.docx" -o social-media-policy.docx social-media-policy.md

# A private LibreOffice profile, so the conversion does not depend on (or change) the user's settings.
profile="-env:UserInstallation=file://$work/profile"
soffice "$profile" --headless --convert-to pdf --outdir . social-media-policy.docx
mkdir -p no-outline
soffice "$profile" --headless \
  --convert-to 'pdf:writer_pdf_Export:{"ExportBookmarks":{"type":"boolean","value":"false"}}' \
  --outdir no-outline social-media-policy.docx
mkdir -p password-protected
soffice "$profile" --headless \
  --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"policy"}}' \
  --outdir password-protected social-media-policy.docx
