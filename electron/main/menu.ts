/**
 * The application menu: standard roles only. On macOS the Edit menu is what makes copy, paste
 * and undo work in text fields at all; elsewhere it keeps the usual shortcuts discoverable.
 * Undo/redo of the user's network edits is the renderer's (Y.UndoManager); the Edit menu's roles
 * act on the focused text field, as users expect.
 */
import { app, Menu, type MenuItemConstructorOptions } from 'electron'

export function menuTemplate(platform: NodeJS.Platform, appName: string): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  return [
    ...(mac
      ? [
          {
            label: appName,
            submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
  ]
}

export function installApplicationMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, app.getName())))
}
