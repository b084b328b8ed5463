# Build the Windows installer of Counselor Desk from a fresh clone (PowerShell 5+):
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11+ (the "py" launcher or python on PATH) and Inno Setup 6 (ISCC.exe on PATH
# or in its default folder). Steps: a build venv in packaging\.build-venv, pip install of the
# project and PyInstaller, the translations compiled (resources\translations\*.qm), PyInstaller
# on packaging\counselor-desk.spec, the built app's --self-test offscreen, then ISCC with the
# version (counselor_desk\__init__.py, through packaging\app_metadata.py).
# Result: packaging\windows\Output\counselor-desk-<version>-setup.exe
param(
    [string]$Python = ""
)
$ErrorActionPreference = "Stop"

$windows = $PSScriptRoot
$packaging = Split-Path -Parent $windows
$root = Split-Path -Parent $packaging
$venv = Join-Path $packaging ".build-venv"
$venvPython = Join-Path $venv "Scripts\python.exe"
$dist = Join-Path $packaging "dist"
$work = Join-Path $packaging "work"

function Invoke-Checked([string]$What, [scriptblock]$Block) {
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

if (-not (Test-Path $venvPython)) {
    if ($Python) { Invoke-Checked "venv" { & $Python -m venv $venv } }
    elseif (Get-Command py -ErrorAction SilentlyContinue) { Invoke-Checked "venv" { py -3.11 -m venv $venv } }
    else { Invoke-Checked "venv" { python -m venv $venv } }
}
Invoke-Checked "pip upgrade" { & $venvPython -m pip install --quiet --disable-pip-version-check --upgrade pip }
# pip builds a local project inside its folder; give it a copy so the clone stays clean.
$source = Join-Path ([System.IO.Path]::GetTempPath()) ("counselor-desk-src-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $source | Out-Null
try {
    # What the wheel is made of (licences, resources) and the build backend beside pyproject.
    Copy-Item (Join-Path $root "pyproject.toml"), (Join-Path $root "README.md"), (Join-Path $root "LICENSE") $source
    Copy-Item -Recurse (Join-Path $root "counselor_desk"), (Join-Path $root "resources") $source
    $sourcePackaging = Join-Path $source "packaging"
    New-Item -ItemType Directory -Path $sourcePackaging | Out-Null
    Copy-Item (Join-Path $packaging "build_backend.py"), (Join-Path $packaging "make_translations.py") $sourcePackaging
    Invoke-Checked "pip install" { & $venvPython -m pip install --quiet --disable-pip-version-check $source "pyinstaller>=6.10,<7" }
} finally {
    Remove-Item -Recurse -Force $source
}

Invoke-Checked "translations" { & $venvPython (Join-Path $packaging "make_translations.py") }

$version = (& $venvPython (Join-Path $packaging "app_metadata.py") version).Trim()
$numeric = (& $venvPython (Join-Path $packaging "app_metadata.py") numeric-version).Trim()
Write-Host "== Counselor Desk $version"

if (Test-Path $dist) { Remove-Item -Recurse -Force $dist }
if (Test-Path $work) { Remove-Item -Recurse -Force $work }
Push-Location $root
try {
    Invoke-Checked "PyInstaller" {
        & $venvPython -m PyInstaller --noconfirm --clean --log-level WARN --distpath $dist --workpath $work (Join-Path $packaging "counselor-desk.spec")
    }
} finally {
    Pop-Location
}

$exe = Join-Path $dist "counselor-desk\counselor-desk.exe"
Write-Host "== self-test of the built app (offscreen)"
$env:QT_QPA_PLATFORM = "offscreen"
$test = Start-Process -FilePath $exe -ArgumentList "--self-test" -Wait -PassThru -NoNewWindow
Remove-Item Env:\QT_QPA_PLATFORM
if ($test.ExitCode -ne 0) { throw "the built app failed its self-test (exit code $($test.ExitCode))" }
foreach ($ts in Get-ChildItem (Join-Path $root "resources\translations\*.ts")) {
    $qm = [System.IO.Path]::ChangeExtension($ts.Name, ".qm")
    if (-not (Get-ChildItem -Recurse -Filter $qm (Split-Path -Parent $exe))) { throw "$qm is not in the app folder" }
}
$size = (Get-ChildItem -Recurse (Split-Path -Parent $exe) | Measure-Object -Property Length -Sum).Sum
Write-Host ("app folder: {0} ({1:N0} MB)" -f (Split-Path -Parent $exe), ($size / 1MB))

$iscc = Get-Command iscc -ErrorAction SilentlyContinue
$isccPath = if ($iscc) { $iscc.Source } else { Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $isccPath)) { throw "Inno Setup 6 (ISCC.exe) was not found; install it from jrsoftware.org" }
Write-Host "== Inno Setup"
Invoke-Checked "ISCC" { & $isccPath "/DAppVersion=$version" "/DAppVersionNumeric=$numeric" (Join-Path $windows "counselor-desk.iss") }
Write-Host "installer: $(Join-Path $windows "Output\counselor-desk-$version-setup.exe")"
