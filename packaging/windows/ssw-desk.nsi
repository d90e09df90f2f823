; SSW Desk installer for Windows (NSIS 3): per-user install, no administrator rights needed.
;
;   makensis -DVERSION=0.1.0 -DBUNDLE_DIR=..\..\build-out\dist\ssw-desk -DOUTFILE=SSWDesk-setup.exe ssw-desk.nsi
;
; BUNDLE_DIR is the PyInstaller one-folder bundle (ssw-desk.exe + _internal\). The program goes to
; %LOCALAPPDATA%\Programs\SSW Desk; the desk's DATA (database, desk key, logs, crash reports) is in
; %LOCALAPPDATA%\ssw-desk (platformdirs), a different folder that neither an upgrade nor the
; uninstaller touches. Installing over an older version replaces the program files in place.

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE_DIR
  !error "define BUNDLE_DIR: the PyInstaller bundle folder"
!endif
!ifndef OUTFILE
  !define OUTFILE "SSWDesk-${VERSION}-setup.exe"
!endif

!define APP "SSW Desk"
!define EXE "ssw-desk.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\SSWDesk"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
; an earlier install (upgrade in place) is found where it was put
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
SetCompressor /SOLID lzma
ShowInstDetails show

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_LICENSE "${BUNDLE_DIR}\_internal\licences\THIRD-PARTY.md"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Japanese"
!insertmacro MUI_LANGUAGE "English"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "third-party notices: _internal\licences"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP} installer"

Section "SSW Desk" SecMain
  SectionIn RO
  SetShellVarContext current
  ; Upgrade in place: drop the old program files first (a newer bundle may have fewer files),
  ; never the data folder, which lives elsewhere (%LOCALAPPDATA%\ssw-desk).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\ssw-desk-cli.exe"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortCut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\${EXE}"
  CreateShortCut "$SMPROGRAMS\${APP}\Uninstall ${APP}.lnk" "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "SSW Desk secretariat"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}\${APP}.lnk"
  Delete "$SMPROGRAMS\${APP}\Uninstall ${APP}.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\ssw-desk-cli.exe"
  Delete "$INSTDIR\VERSION"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  ; The data folder (%LOCALAPPDATA%\ssw-desk: requests, desk key, logs) is kept on purpose.
  DetailPrint "Your data in $LOCALAPPDATA\ssw-desk is kept."
SectionEnd
