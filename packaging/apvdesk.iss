; Inno Setup (6.3 or later) script: apvdesk for one Windows user, no administrator rights needed.
; Build the bundle first (`make bundle` on Windows), then:
;   iscc /DAppVersion=0.1.0 packaging\apvdesk.iss
; The installer is written to dist\apvdesk-VERSION-setup.exe. See docs/packaging.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "apvdesk"
#define AppExe "apvdesk.exe"
#define ProgId "apvdesk.Workplace"

[Setup]
; A fixed AppId ties upgrades and the uninstaller to the same installation.
AppId={{6E1D4C52-9B0A-4F37-8E55-3A2B7C41D0F4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=apvdesk
; Per user: everything under the user's own profile and HKCU, so no UAC prompt.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..
OutputDir=dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=packaging\icons\apvdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
ChangesAssociations=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "da"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
da.FileTypeName=apvdesk-arbejdspladsfil
en.FileTypeName=apvdesk workplace file
da.AssociateTask=Åbn .apvdesk-filer med apvdesk
en.AssociateTask=Open .apvdesk files with apvdesk
da.FileTypesGroup=Filtyper:
en.FileTypesGroup=File types:

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssociateTask}"; GroupDescription: "{cm:FileTypesGroup}"

[Files]
; The one-folder bundle from `make bundle`: apvdesk.exe (windowed), apvdesk-cli.exe
; (console) and their shared _internal folder.
Source: "dist\bundle\apvdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The file association, for this user only (HKCU\Software\Classes).
Root: HKCU; Subkey: "Software\Classes\.apvdesk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\.apvdesk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".apvdesk"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
