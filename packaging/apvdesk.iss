; Inno Setup (6.3 or later) script: apvdesk for one Windows user, no administrator rights needed.
; Build the bundle first (`make bundle` on Windows; packaging/README.md), then:
;   iscc packaging\apvdesk.iss
; and, signed (packaging/README.md, "Signing"):
;   iscc /DSign "/Sapvdesksign=signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a $f" packaging\apvdesk.iss
; (that is cmd; in PowerShell the /S argument goes in single quotes, or $f is read as a variable)
; The installer is written to dist\apvdesk-VERSION-setup.exe.

#define AppName "apvdesk"
#define AppExe "apvdesk.exe"
#define ProgId "apvdesk.Workplace"
; The version comes from the built apvdesk.exe, whose version resource the spec makes from
; apvdesk.__version__ (tools/version_info.py): one number for the program and its installer.
#define AppExeFile AddBackslash(SourcePath) + "..\dist\bundle\apvdesk\" + AppExe
#if !FileExists(AppExeFile)
  #error dist\bundle\apvdesk\apvdesk.exe is missing: build the bundle first (make bundle)
#endif
#define AppVersion GetStringFileInfo(AppExeFile, "ProductVersion")
#define AppVersionNumbers GetVersionNumbersString(AppExeFile)

[Setup]
; A fixed AppId ties upgrades and the uninstaller to the same installation.
AppId={{6E1D4C52-9B0A-4F37-8E55-3A2B7C41D0F4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=apvdesk
VersionInfoVersion={#AppVersionNumbers}
VersionInfoProductVersion={#AppVersionNumbers}
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoCompany=apvdesk
VersionInfoDescription={#AppName} {#AppVersion} Setup
VersionInfoCopyright=© 2026 apvdesk
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
; The "add to PATH" task changes the user's environment: tell running programs (Explorer).
ChangesEnvironment=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
#ifdef Sign
; Signs the installer and its uninstaller with the sign tool the compiler is given as
; "apvdesksign" (/S on the iscc command line, above); the executables inside are signed
; before (packaging/README.md).
SignTool=apvdesksign
SignedUninstaller=yes
#endif

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
da.PathTask=Gør kommandolinjen apvdesk-cli tilgængelig i nye kommandovinduer (PATH)
en.PathTask=Make the command line apvdesk-cli available in new command windows (PATH)
da.CommandLineGroup=Kommandolinje:
en.CommandLineGroup=Command line:

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssociateTask}"; GroupDescription: "{cm:FileTypesGroup}"
Name: "addtopath"; Description: "{cm:PathTask}"; GroupDescription: "{cm:CommandLineGroup}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files an older version had and this one has not
; (a library renamed by a new Qt or Python) would otherwise stay in _internal and be loaded.
Type: filesandordirs; Name: "{app}\_internal"

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

[Code]
{ The "addtopath" task: the program folder at the end of the user's own PATH
  (HKCU\Environment, no administrator rights), once; the uninstaller takes it out again.
  Entries are compared without case, as Windows compares paths. }

function PathHasDir(const Paths, Dir: String): Boolean;
begin
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') > 0;
end;

procedure AddDirToUserPath(const Dir: String);
var
  Paths: String;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Paths) then
    Paths := '';
  if PathHasDir(Paths, Dir) then
    Exit;
  if (Paths <> '') and (Copy(Paths, Length(Paths), 1) <> ';') then
    Paths := Paths + ';';
  RegWriteExpandStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Paths + Dir);
end;

procedure RemoveDirFromUserPath(const Dir: String);
var
  Paths: String;
  At: Integer;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Paths) then
    Exit;
  Paths := ';' + Paths + ';';
  At := Pos(';' + Uppercase(Dir) + ';', Uppercase(Paths));
  if At = 0 then
    Exit;
  Delete(Paths, At, Length(Dir) + 1);
  Paths := Copy(Paths, 2, Length(Paths) - 2);
  RegWriteExpandStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Paths);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('addtopath') then
    AddDirToUserPath(ExpandConstant('{app}'));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveDirFromUserPath(ExpandConstant('{app}'));
end;
