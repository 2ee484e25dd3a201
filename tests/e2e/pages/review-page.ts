/** Page object for the Review view (renderer/src/review). */
import type { Locator, Page } from 'playwright-core'

export class ReviewPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^(Review|振り返り)$/ })
      .click()
    await this.page.getByRole('heading', { level: 1, name: /^(Review|振り返り)$/ }).waitFor()
  }

  status(): Locator {
    return this.page.locator('.review').getByRole('status')
  }

  /** Waits until the worker's report is shown (the status reads "up to date"). */
  async waitForReport(): Promise<void> {
    await this.status()
      .filter({ hasText: /The review is up to date|振り返りは最新です/ })
      .waitFor()
  }

  /** The score line of each of the four properties, in order. */
  scores(): Promise<string[]> {
    return this.page.locator('.review-card .review-score').allTextContents()
  }

  propertyHeadings(): Promise<string[]> {
    return this.page.locator('.review-card h3').allTextContents()
  }

  echoChambers(): Locator {
    return this.page.getByTestId('echo-chamber')
  }

  async echoChamberText(index = 0): Promise<{ heading: string; reason: string; text: string; bridges: string[] }> {
    const chamber = this.echoChambers().nth(index)
    return {
      heading: (await chamber.getByRole('heading', { level: 3 }).textContent()) ?? '',
      reason: (await chamber.locator('.review-reason').textContent()) ?? '',
      text: (await chamber.textContent()) ?? '',
      bridges: await chamber.locator('.review-bridges li').allTextContents(),
    }
  }
}
