#!/usr/bin/env bash
# Sets up a real CUPS print queue for the printing test: the cups-pdf
# queue "entrydesk-pdf", whose jobs become PDFs in $ED_PDF_DIR/<user>.
# Run as root (by .ci/run before `make test`). Safe to run again: it only
# does what is missing. No systemd needed: cupsd is started directly.
set -euo pipefail

QUEUE=entrydesk-pdf
PDF_ROOT=/var/spool/cups-pdf
CONF=/etc/cups/cups-pdf.conf
# fonts-arphic-uming: CUPS's text filter prints U+3000-9FFF (the Chinese
# names on the slip) in the font "ARPLUmingCN"; without it they print blank
PACKAGES="cups cups-client cups-bsd printer-driver-cups-pdf poppler-utils fonts-arphic-uming"

say() { printf 'setup-cups: %s\n' "$*"; }
die() { say "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "needs root (installs packages and starts cupsd)"

missing=""
for p in $PACKAGES; do
	dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
	say "installing$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	# shellcheck disable=SC2086 # one word per package
	apt-get install -y -qq $missing >/dev/null
fi

# cups-pdf writes to ${HOME}/PDF by default; root's and other users' jobs
# go to one known place instead, so the test knows where to look.
set_conf() { # KEY VALUE: replaces the line, commented or not, or appends it
	if grep -Eq "^#?[[:space:]]*$1[[:space:]]" "$CONF"; then
		sed -i -E "s|^#?[[:space:]]*$1[[:space:]].*|$1 $2|" "$CONF"
	else
		printf '%s %s\n' "$1" "$2" >>"$CONF"
	fi
}
set_conf Out "$PDF_ROOT/\${USER}"
set_conf AnonDirName "$PDF_ROOT/ANONYMOUS"
install -d -m 0755 "$PDF_ROOT"

scheduler_running() { lpstat -r 2>/dev/null | grep -q 'is running'; }
if ! scheduler_running; then
	say "starting cupsd"
	cupsd
	for _ in $(seq 1 200); do # up to 20 s, polling
		scheduler_running && break
		sleep 0.1
	done
	scheduler_running || die "cupsd did not start (see /var/log/cups/error_log)"
fi

if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
	# the driver with options if there, else any cups-pdf driver
	ppds=$(lpinfo -m | awk '$1 ~ /cups-pdf\/.*\.ppd$/ { print $1 }')
	ppd=$(printf '%s\n' "$ppds" | grep -m1 '_opt\.ppd$' || printf '%s\n' "$ppds" | head -n 1)
	[ -n "$ppd" ] || die "no cups-pdf driver found by 'lpinfo -m'"
	say "adding queue $QUEUE ($ppd)"
	lpadmin -p "$QUEUE" -E -v cups-pdf:/ -m "$ppd"
fi
# The default PDF-to-PostScript renderer (gs) turns the slip's fonts into
# Type 3 glyphs that pdftotext cannot read back; pdftocairo keeps the text.
lpadmin -p "$QUEUE" -o pdftops-renderer-default=pdftocairo
cupsenable "$QUEUE"
cupsaccept "$QUEUE"
lpstat -p "$QUEUE" | grep -q enabled || die "queue $QUEUE is not enabled"
say "queue $QUEUE ready; PDFs go to $PDF_ROOT/<user>"
