import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, server } from './support.mjs';

test('audit page: the time slider shows a renamed plan under its earlier title', async () => {
  const created = await server.graphql(
    'mutation { createPlan(input: {title: "Launch checklist", version: "v1"}) { plan { id } errors { message } } }');
  const planId = created.createPlan.plan.id;
  const renamed = await server.graphql('mutation R($id: ID!) { renamePlan(input: {id: $id, title: "Launch checklist (final)"}) { errors { message } } }',
    { id: planId });
  assert.deepEqual(renamed.renamePlan.errors, []);

  const { context, page } = await openPage(`/audit?id=${planId}`);
  try {
    await page.getByTestId('as-of-title').filter({ hasText: 'Launch checklist (final)' }).waitFor();
    const timeline = page.getByTestId('audit-timeline').locator('li');
    assert.equal(await timeline.count(), 2);
    await page.getByRole('slider', { name: 'Point in time' }).focus();
    await page.keyboard.press('Home');
    await page.getByTestId('as-of-title').filter({ hasText: /^Launch checklist$/ }).waitFor();
    await screenshot(page, 'audit-slider');
  } finally {
    await context.close();
  }
});

test('admin page: a rebuild of plan-overview shows its progress reaching 100%', async () => {
  // Rebuilds are ADMIN's (graphql/access.yml): sign in with the admin token.
  const { context, page } = await openPage('/admin', { token: server.adminToken });
  try {
    await page.getByRole('button', { name: 'Rebuild plan-overview' }).click();
    const progress = page.getByRole('progressbar', { name: 'plan-overview rebuild progress' });
    await progress.waitFor();
    await page.getByTestId('rebuild-progress').getByText('DONE').waitFor({ timeout: 60_000 });
    assert.equal(await progress.getAttribute('aria-valuenow'), '100');
    await screenshot(page, 'admin-rebuild');
  } finally {
    await context.close();
  }
});
