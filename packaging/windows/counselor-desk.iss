; Inno Setup script: the installer of the one-folder Counselor Desk build, for the current user
; (no administrator rights) or for every user of the machine.
;
; Built by packaging\windows\build.ps1, which runs PyInstaller first and passes the version
; (counselor_desk\__init__.py, read through packaging\app_metadata.py):
;   ISCC /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 packaging\windows\counselor-desk.iss
; Output: packaging\windows\Output\counselor-desk-<version>-setup.exe
;
; Install mode: the first page asks "Install for me only" (the default: %LOCALAPPDATA%\Programs,
; the user's Start menu, no UAC prompt) or "Install for all users" (Program Files, the common
; Start menu, an administrator's approval). Unattended, /CURRENTUSER or /ALLUSERS chooses and
; the page is not shown; packaging\README.md lists the silent-install switches. An update keeps
; the mode of the copy already installed.
;
; Uninstalling removes the program only: the caseload database in %APPDATA%\CounselorDesk
; holds health records and is never deleted by the uninstaller.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z /DAppVersionNumeric=X.Y.Z.0 (build.ps1 does)
#endif
#ifndef AppVersionNumeric
  #error Pass the four-number version: /DAppVersionNumeric=X.Y.Z.0 (build.ps1 does)
#endif

#define AppName "Counselor Desk"
#define AppExe "counselor-desk.exe"
#define AppPublisher "Counselor Desk team"

[Setup]
AppId={{6F2B1C7E-4A8D-4E0F-9B3C-2D5A7E1F8C40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup
VersionInfoCompany={#AppPublisher}
VersionInfoCopyright=MIT licence
; Per-user by default (no administrator rights; {autopf} is %LOCALAPPDATA%\Programs and
; {autoprograms}, {autodesktop} the user's own); "all users" (dialog or /ALLUSERS) runs elevated
; and the same constants become Program Files and the common Start menu and desktop.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsePreviousPrivileges=yes
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\counselor-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=Output
OutputBaseFilename=counselor-desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\counselor-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A previous version's bundled libraries go before the new ones are copied in.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; Started as the user who ran the installer, never as the administrator who approved it.
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser
