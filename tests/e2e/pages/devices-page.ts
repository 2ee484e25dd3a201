/** Page object for the Devices page (renderer/src/devices). */
import type { Locator, Page } from 'playwright-core'

export class DevicesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^(Devices|デバイス)$/ })
      .click()
    await this.page.getByRole('heading', { level: 1, name: /^(Devices|デバイス)$/ }).waitFor()
  }

  async showPairingCode(): Promise<string> {
    await this.page.getByRole('button', { name: /Show a pairing code|ペアリングコードを表示/ }).click()
    const code = this.page.getByLabel(/^(Pairing code|ペアリングコード)$/)
    await code.waitFor()
    return (await code.textContent())?.trim() ?? ''
  }

  async enterCode(code: string): Promise<void> {
    await this.page.getByRole('button', { name: /^(Enter a code|コードを入力)$/ }).click()
    await this.page.getByLabel(/Code from the other device|相手のデバイスに表示されたコード/).fill(code)
    await this.page.getByRole('button', { name: /^(Pair|ペアリング)$/ }).click()
  }

  qr(): Locator {
    return this.page.getByRole('img', { name: /QR code|QR コード/ })
  }

  words(): Locator {
    return this.page.getByRole('list', { name: /Confirmation words|確認用の言葉/ }).getByRole('listitem')
  }

  async confirmWords(): Promise<void> {
    await this.page.getByRole('button', { name: /The words match|一致しています/ }).click()
  }

  pairedDevices(): Locator {
    return this.page.getByRole('list', { name: /Paired devices|ペアリング済みのデバイス/ }).getByRole('listitem')
  }

  syncStatus(): Locator {
    return this.page.getByRole('contentinfo').locator('[data-sync-state]')
  }
}
