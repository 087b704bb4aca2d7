import type { Page } from '@playwright/test';

type Lang = 'en' | 'fr' | 'fi';

/** Locators and steps of the trainer editor (checklists.html). */
export class ChecklistEditor {
  constructor(readonly page: Page) {}

  get list() {
    return this.page.getByTestId('checklist-list');
  }
  listItem(id: string) {
    return this.page.getByTestId(`list-item-${id}`);
  }
  async open(id: string) {
    await this.listItem(id).getByRole('button').click();
  }
  get notice() {
    return this.page.getByTestId('notice');
  }
  get version() {
    return this.page.getByTestId('editor-version');
  }
  tab(name: 'content' | 'triggers' | 'history' | 'usage') {
    return this.page.getByTestId(`tab-${name}`);
  }
  title(lang: Lang) {
    return this.page.getByTestId(`title-${lang}`);
  }
  itemText(index: number, lang: Lang) {
    return this.page.getByTestId(`item-${index}-text-${lang}`);
  }
  item(index: number) {
    return this.page.getByTestId(`item-${index}`);
  }
  /** A condition of the trigger tree by its path: 'root', 'root-any-0-', … */
  condition(path: string) {
    return this.page.getByTestId(`cond-${path}`);
  }
  get verdict() {
    return this.page.getByTestId('tester-verdict');
  }
  async save() {
    await this.page.getByTestId('save').click();
  }
  async openImport() {
    await this.page.getByTestId('open-import').click();
    return this.page.getByTestId('import-dialog');
  }
}
