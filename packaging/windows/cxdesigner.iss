; Inno Setup 6 script: the Windows installer of CX Designer.
;
; Build the application folder first (py packaging\build.py), then, from the checkout:
;   iscc /DAppVersion=0.1.0 packaging\windows\cxdesigner.iss
; or let "py packaging\build.py --installer" do both (it passes /DDistDir when --dist is
; given). The installer lands beside the application folder, in dist\.
;
; It installs for the current user by default (no administrator rights: consultants' laptops
; are often locked down), into %LOCALAPPDATA%\Programs\CX Designer; an administrator may
; choose "all users" in the first dialog. It adds a Start menu entry, an optional desktop
; shortcut, and the .cxd file type, so that a double-click on a project opens it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CX Designer"
#define AppExe "cxdesigner.exe"
#define ProgId "CXDesigner.Project"
#define Root "..\.."
#ifndef DistDir
  #define DistDir Root + "\dist"
#endif

[Setup]
; The AppId identifies the application for upgrades and uninstallation: never change it.
AppId={{36D79855-5ADC-43AF-80EB-E1C56ADE302B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
SetupIconFile={#Root}\resources\icons\app-icon.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#DistDir}
OutputBaseFilename=cxdesigner-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.ProjectFile=Projet CX Designer
english.ProjectFile=CX Designer project

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: cxdesigner.exe (the editor), cxdesigner-cli.exe (the
; command line, with a console) and _internal\.
Source: "{#DistDir}\cxdesigner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade must not keep libraries that the new version no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user installation and HKLM for an all-users one.
Root: HKA; Subkey: "Software\Classes\.cxd"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cxd"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-cxdesigner-project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cxd\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ProjectFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".cxd"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
