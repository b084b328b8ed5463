#!/usr/bin/env bash
# Install the built app for the current user (no root): the app folder, a `counselor-desk`
# command, the menu entry, the icons and the AppStream metadata.
#
#   packaging/linux/install.sh              # after packaging/build
#   packaging/linux/install.sh --uninstall  # removes the app; never the caseload database
#
# Places (XDG, per user): ~/.local/lib/counselor-desk/, ~/.local/bin/counselor-desk,
# ~/.local/share/{applications,icons/hicolor,metainfo}/. PREFIX=/some/where changes ~/.local;
# BUNDLE=/path/to/counselor-desk installs another built folder than packaging/dist's.
# For every user of a Debian or Ubuntu machine, the .deb (packaging/linux/make_deb.py) is the
# better way.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
app_id="org.counselordesk.CounselorDesk"
prefix="${PREFIX:-$HOME/.local}"
data="${XDG_DATA_HOME:-$prefix/share}"
[[ -n "${PREFIX:-}" ]] && data="$prefix/share"
app_dir="$prefix/lib/counselor-desk"
bin="$prefix/bin/counselor-desk"
sizes=(16 24 32 48 64 128 256 512)

uninstall() {
    rm -rf "$app_dir"
    rm -f "$bin" "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml"
    rm -f "$data/icons/hicolor/scalable/apps/$app_id.svg"
    for size in "${sizes[@]}"; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
    done
    echo "Counselor Desk removed. Your caseload database was left where it is."
}

if [[ "${1:-}" == --uninstall ]]; then
    uninstall
    exit 0
fi

built="${BUNDLE:-$root/packaging/dist/counselor-desk}"
[[ -x "$built/counselor-desk" ]] || {
    echo "install: $built is missing; run packaging/build first" >&2
    exit 1
}

rm -rf "$app_dir.new"
mkdir -p "$(dirname "$app_dir")" "$(dirname "$bin")"
cp -R "$built" "$app_dir.new"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"
ln -sfn "$app_dir/counselor-desk" "$bin"

# The menu entry starts the installed program by its full path, quoted as the Desktop Entry
# specification asks (a home folder may hold spaces): inside the quotes \ " ` $ take a
# backslash, and the file's own string escaping doubles every backslash; % is written %%.
desktop_exec() {
    local path=$1 quoted="" char i
    for ((i = 0; i < ${#path}; i++)); do
        char=${path:i:1}
        case "$char" in
            \\) quoted+='\\\\' ;;
            '"' | '`' | '$') quoted+="\\\\$char" ;;
            %) quoted+='%%' ;;
            *) quoted+=$char ;;
        esac
    done
    printf '"%s"' "$quoted"
}
exec_line="Exec=$(desktop_exec "$app_dir/counselor-desk")"
mkdir -p "$data/applications"
while IFS= read -r line || [[ -n $line ]]; do
    if [[ $line == Exec=* ]]; then
        printf '%s\n' "$exec_line"
    else
        printf '%s\n' "$line"
    fi
done <"$here/$app_id.desktop" >"$data/applications/$app_id.desktop"
chmod 644 "$data/applications/$app_id.desktop"
install -Dm644 "$here/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"
install -Dm644 "$root/resources/icons/counselor-desk.svg" \
    "$data/icons/hicolor/scalable/apps/$app_id.svg"
for size in "${sizes[@]}"; do
    install -Dm644 "$root/resources/icons/counselor-desk-$size.png" \
        "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true

echo "Counselor Desk installed in $app_dir"
echo "Start it from the menu, or run: $bin"
