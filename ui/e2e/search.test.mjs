import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAccessibility, eventually, openPage, screenshot, server } from './support.mjs';

const CREATE_PLAN = 'mutation($input: CreatePlanInput!) { createPlan(input: $input) { plan { id } errors { message } } }';

test('header search: a paraphrase finds the plan, grouped by kind, and Enter opens it', async () => {
  const plans = {};
  for (const [title, version] of [['Certificate renewal and TLS hardening', 'v41'], ['Office move to the Lyon site', 'v3'],
    ['Database upgrade and consolidation', 'v12'], ["Plan de reprise d'activité 2027", 'v2']]) {
    const created = await server.graphql(CREATE_PLAN, { input: { title, version } });
    plans[title] = created.createPlan.plan.id;
  }
  const certificates = plans['Certificate renewal and TLS hardening'];
  // The index follows the event store in the background: wait until it holds the plan.
  await eventually('the plan is searchable', async () => {
    const found = await server.graphql('{ search(query: "v41", kinds: [PLAN]) { edges { node { entityId } } } }');
    return found.search.edges.some((edge) => edge.node.entityId === certificates);
  }, 120_000);

  const { context, page } = await openPage('/alerts');
  try {
    const box = page.getByRole('combobox', { name: /Search/ });
    await box.click();
    await box.pressSequentially('refresh the https keys', { delay: 20 });
    const option = page.getByRole('option').filter({ hasText: 'Certificate renewal and TLS hardening' });
    await option.waitFor();
    assert.equal(await option.getAttribute('data-kind'), 'PLAN');
    assert.equal(await page.getByRole('option').first().getAttribute('data-entity-id'), certificates,
      'the plan is the first result, so Enter opens it');
    assert.ok(await page.getByRole('group', { name: 'Plans' }).isVisible());
    await checkAccessibility(page, 'search results');
    await screenshot(page, 'search-results');

    await box.press('Enter');
    await page.waitForURL(`**/plans/${certificates}`);
    assert.equal(await box.inputValue(), '');
  } finally {
    await context.close();
  }
});

test('a task row lists the similar tasks of every plan', async () => {
  const plan = (await server.graphql(CREATE_PLAN, { input: { title: 'Edge hardening', version: 'v8' } })).createPlan.plan.id;
  const phase = (await server.graphql('mutation($id: ID!) { addPhase(input: {planId: $id, title: "TLS"}) { createdId } }', { id: plan })).addPhase.createdId;
  const addTask = 'mutation($input: AddTaskInput!) { addTask(input: $input) { createdId } }';
  const original = (await server.graphql(addTask, { input: { planId: plan, phaseId: phase, description: 'Renew the TLS certificates on the public load balancers' } })).addTask.createdId;
  const twin = (await server.graphql(addTask, { input: { planId: plan, phaseId: phase, description: 'Renew TLS certs of the public load balancers' } })).addTask.createdId;
  await eventually('both tasks are searchable', async () => {
    const found = await server.graphql(`{ similarTasks(taskId: "${twin}") { edges { node { entityId } } } }`);
    return found.similarTasks.edges.some((edge) => edge.node.entityId === original);
  }, 120_000);

  const { context, page } = await openPage(`/plans/${plan}`);
  try {
    const row = page.locator(`li[data-task-id="${twin}"]`);
    await row.getByRole('button', { name: 'Similar tasks' }).click();
    await row.getByRole('list', { name: 'Similar tasks' }).getByRole('link', { name: 'Renew the TLS certificates on the public load balancers' }).waitFor();
    await checkAccessibility(page, 'similar tasks');
    await screenshot(page, 'similar-tasks');
  } finally {
    await context.close();
  }
});
