import type { Page } from '@playwright/test';
import { CRM_URL } from '../fixtures';

/** The demo CRM as an agent uses it: records are opened with SPA links, never typed URLs. */
export class DemoCrm {
  constructor(readonly page: Page) {}

  async open(path = '/') {
    await this.page.goto(`${CRM_URL}${path}`);
  }
  async openCustomerFromList(id: string) {
    await this.page.getByTestId('nav-customers').click();
    await this.page.getByTestId(`customer-link-${id}`).click();
  }
  async clickCustomer(id: string) {
    await this.page.getByTestId(`customer-link-${id}`).first().click();
  }
  /** Marks the document so a test can prove a navigation did not reload the page. */
  async markDocument() {
    await this.page.evaluate(() => ((window as unknown as { __e2e: number }).__e2e = 1));
  }
  async documentMarked() {
    return this.page.evaluate(() => (window as unknown as { __e2e?: number }).__e2e === 1);
  }
}
