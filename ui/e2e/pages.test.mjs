import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAccessibility, openPage, screenshot } from './support.mjs';

const PAGES = [
  { name: 'dashboards', path: '/dashboards', heading: /Dashboards|Operations/ },
  { name: 'alerts', path: '/alerts', heading: /Alerts/ },
  { name: 'plans', path: '/plans', heading: /Plans/ },
  { name: 'backups', path: '/backups', heading: /Backups/ },
  { name: 'pipelines', path: '/pipelines', heading: /Pipelines/ },
  { name: 'audit', path: '/audit', heading: /Audit/ },
  { name: 'admin', path: '/admin', heading: /Admin/ },
];

for (const { name, path, heading } of PAGES) {
  test(`${name} page: served at ${path}, accessible, screenshots at 1280 and 390 px`, async () => {
    for (const width of [1280, 390]) {
      const { context, page } = await openPage(path, { width, height: width > 400 ? 900 : 844 });
      try {
        await page.getByRole('heading', { level: 1 }).filter({ hasText: heading }).first().waitFor();
        assert.match(await page.title(), /Opsledger/);
        await checkAccessibility(page, `${name} at ${width}px`);
        await screenshot(page, `${name}-${width}`);
      } finally {
        await context.close();
      }
    }
  });
}
