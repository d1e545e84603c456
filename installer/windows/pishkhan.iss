; Pishkhan: the Windows installer (Inno Setup 6.3 or newer). Build it on Windows, after the
; one-folder app (README.md, "Windows"); this Linux machine cannot build it.
;
;   python installer\build.py              (runs PyInstaller, then this script through ISCC)
;   iscc /DAppVersion=0.1.0 installer\windows\pishkhan.iss
;
; Per-machine install into Program Files, a Start-menu entry, Persian and English setup
; languages. Uninstalling removes the program only: each user's database, logs and backups
; (%LOCALAPPDATA%\Pishkhan\Pishkhan) stay, and a newer version installed later finds them.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (installer\build.py reads it from desktop\__init__.py)
#endif
#define AppName "Pishkhan"
#define AppExe "pishkhan.exe"
#define Bundle "..\dist\pishkhan"
; Inno Setup ships no Persian messages; the community translation is one file, downloaded
; once from https://jrsoftware.org/files/istrans/ (Persian) into this folder.
#if !FileExists(AddBackslash(SourcePath) + "Persian.isl")
  #error installer\windows\Persian.isl is missing: download it from https://jrsoftware.org/files/istrans/
#endif

[Setup]
; The AppId never changes: it is how a newer version finds and replaces the installed one.
AppId={{5B7C9E2A-3F41-4D8B-A6E0-91C2D47F8B13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Pishkhan
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Pishkhan
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=pishkhan-{#AppVersion}-setup
SetupIconFile=..\build\pishkhan.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
ShowLanguageDialog=auto
; An open Pishkhan is closed for the upgrade (the database is in the user's folder, untouched).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "fa"; MessagesFile: "Persian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fa.AppName=پیشخوان
en.AppName=Pishkhan
fa.AppComment=پذیرش و پیگیری درخواست‌ها و شکایت‌های مشتریان نمایندگی
en.AppComment=Customer relations for car-dealership reception desks
fa.StartApp=اجرای پیشخوان
en.StartApp=Start Pishkhan
fa.DataKept=پیشخوان حذف شد. پایگاه داده، گزارش‌ها و نسخه‌های پشتیبانِ هر کاربر در پوشهٔ %1 باقی ماندند و نسخهٔ بعدی پیشخوان آن‌ها را پیدا می‌کند.
en.DataKept=Pishkhan was removed. Each user's database, logs and backups stay in %1, where a later version of Pishkhan finds them.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program folder's contents wholesale: a file the new bundle no longer
; has must not linger and be loaded. Nothing of the user's lives here.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:StartApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program's own folder: never {localappdata}, where the users' data is.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    // Said, not expanded: every user who used Pishkhan has such a folder of their own.
    MsgBox(FmtMessage(CustomMessage('DataKept'), ['%LOCALAPPDATA%\Pishkhan\Pishkhan']), mbInformation, MB_OK);
end;
