; Inno Setup 6 script: the till's Windows installer (till-<version>-setup.exe).
; Build the bundle first (python packaging\build.py), then from the repository's root:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.1 packaging\windows\till.iss
; The installer lands in dist\. See the README, "Building the installers".
;
; The till keeps its settings (till.toml) and database (till.db) in the Windows user's own
; %LOCALAPPDATA%\till (platformdirs, till/settings.py), never in the program folder: this script
; installs nothing there and deletes nothing there, so both survive upgrades and uninstalls.
; References: jrsoftware.org/ishelp ([Setup] directives, [Files], [Icons], [Tasks],
; [InstallDelete], constants {autopf}, {group}, {autodesktop}).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\till"
#endif
#define AppName "till"
#define AppPublisher "till AB"
#define Icon AddBackslash(SourcePath) + "..\..\resources\till.ico"

[Setup]
; Fixed for ever: it is how Setup recognises an installed till and upgrades it in place.
AppId={{6F7E3C52-8A1D-4B9E-9C3A-2D5F1E0B7A14}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppComments=Point of sale for Swedish shops
; Per-machine: every Windows account at the cash desk gets the same till.
PrivilegesRequired=admin
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Apps & features: name, version, publisher, icon.
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\till.exe
; A running till holds its files open: Setup asks to close it before replacing them.
CloseApplications=yes
RestartApplications=no
OutputDir={#AddBackslash(SourcePath)}..\..\dist
OutputBaseFilename=till-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
#if FileExists(Icon)
SetupIconFile={#Icon}
#endif

[Languages]
; English is built in. Swedish is a user-contributed translation (jrsoftware.org/files/istrans/,
; copy Swedish.isl into Inno Setup's Languages folder); German ships with most Inno Setup
; versions. Each is used when the compiler has it.
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
#if FileExists(AddBackslash(CompilerPath) + "Languages\German.isl")
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the program's own folder (old libraries must not linger); the data is
; elsewhere (see the top).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\till"; Filename: "{app}\till.exe"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,till}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\till"; Filename: "{app}\till.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\till.exe"; Description: "{cm:LaunchProgram,till}"; Flags: nowait postinstall skipifsilent
