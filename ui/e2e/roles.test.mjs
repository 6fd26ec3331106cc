import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAccessibility, openPage, screenshot, server } from './support.mjs';

// Controls that change the record; a VIEWER must see none of them.
const MUTATING = /^(Create plan|Create job|Create dashboard|Add task|Add phase|Add widget|Acknowledge|Resolve|Rename|Edit|Edit layout|Remove|Import|Prerequisites|Keep stored|Take incoming|Save.*)$/;

test('signed in as VIEWER: name and role in the header, no mutating control on any page, sign-out back to the sign-in screen', async (t) => {
  if (!server.viewerToken) {
    t.skip('this server asks for no token (no authentication): there is no VIEWER to sign in as');
    return;
  }
  const plan = await server.graphql('mutation { createPlan(input: {title: "Read only", version: "v9"}) { plan { id } } }');
  const planId = plan.createPlan.plan.id;
  const phase = await server.graphql('mutation($id: ID!) { addPhase(input: {planId: $id, title: "Look"}) { createdId } }', { id: planId });
  await server.graphql('mutation($id: ID!, $p: ID!) { addTask(input: {planId: $id, phaseId: $p, description: "Only look"}) { createdId } }', { id: planId, p: phase.addPhase.createdId });
  await server.graphql('mutation { raiseAlert(input: {key: "viewer-check", severity: WARNING, title: "Something to look at"}) { errors { message } } }');

  const { context, page } = await openPage('/plans', { token: server.viewerToken });
  try {
    assert.equal(await page.getByTestId('signed-in-role').innerText(), 'VIEWER');
    assert.equal(await page.getByTestId('signed-in-as').innerText(), 'e2e-viewer');
    for (const path of ['/plans', `/plans/${planId}`, '/alerts', '/backups', '/dashboards', '/pipelines']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const names = await page.locator('main button, main select').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent?.trim() ?? ''));
      const mutating = names.filter((n) => MUTATING.test(n) || n.startsWith('Status of task'));
      assert.deepEqual(mutating, [], `${path} shows mutating controls to a VIEWER`);
    }
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API token').waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.getItem('opsledger.token')), null);
    assert.doesNotMatch(page.url(), /token/i);
    await checkAccessibility(page, 'sign-in');
    await screenshot(page, 'signin-1280');
    await page.getByLabel('API token').fill('not-a-valid-token-at-all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The server refused this token.').waitFor();
  } finally {
    await context.close();
  }
});

test('signed in as OPERATOR: name and role in the header', async (t) => {
  if (!server.token) {
    t.skip('this server asks for no token (no authentication)');
    return;
  }
  const { context, page } = await openPage('/alerts');
  try {
    assert.equal(await page.getByTestId('signed-in-role').innerText(), 'OPERATOR');
    assert.equal(await page.getByTestId('signed-in-as').innerText(), 'e2e-operator');
  } finally {
    await context.close();
  }
});
