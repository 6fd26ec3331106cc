import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { checkAccessibility, eventually, openPage, screenshot, server } from './support.mjs';

/** Accessibility and screenshots of the page as it stands, at 1280 px and (resized) at 390 px. */
async function recordPage(page, name) {
  await checkAccessibility(page, `${name} at 1280px`);
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await checkAccessibility(page, `${name} at 390px`);
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

const task = (page, description) => page.locator(`li.task[data-task="${description}"]`);

test('a plan: two tasks with a prerequisite, the refusal in words, then both done and 100%', async () => {
  const { context, page } = await openPage('/plans');
  try {
    await page.getByLabel('Title').fill('Release train v55');
    await page.getByLabel('Version').fill('v55');
    await page.getByRole('button', { name: 'Create plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Release train v55' }).waitFor();

    await page.getByLabel('New phase').fill('Ship');
    await page.getByRole('button', { name: 'Add phase' }).click();
    await page.getByRole('heading', { name: 'Phase 1: Ship' }).waitFor();

    await page.getByLabel('New task').fill('Write release notes');
    await page.getByRole('button', { name: 'Add task' }).click();
    await task(page, 'Write release notes').waitFor();
    await page.getByLabel('New task').fill('Publish release');
    await page.getByLabel('Prerequisites').selectOption({ label: 'Write release notes' });
    await page.getByRole('button', { name: 'Add task' }).click();
    await task(page, 'Publish release').getByText('Needs first: Write release notes').waitFor();

    await page.getByLabel('Status of task “Publish release”').selectOption('DONE');
    const refusal = task(page, 'Publish release').locator('.problem');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /cannot be DONE.*“Write release notes”/);
    assert.equal(await refusal.getAttribute('data-rule'), 'PREREQUISITE_NOT_DONE');

    await page.getByLabel('Status of task “Write release notes”').selectOption('DONE');
    await eventually('the first task done', async () => (await task(page, 'Write release notes').getAttribute('class')).includes('task-done'));
    await page.getByLabel('Status of task “Publish release”').selectOption('DONE');
    const progress = page.getByRole('progressbar', { name: 'Progress of Release train v55' });
    await eventually('progress 100%', async () => (await progress.getAttribute('aria-valuenow')) === '100');
    await recordPage(page, 'plan-detail');
  } finally {
    await context.close();
  }
});

test('a backup ping sent with curl turns the job OK live; /fail turns it FAILED, raises an alert in the feed and the badge counts it', async () => {
  const { context, page } = await openPage('/backups');
  const { context: alertsContext, page: alertsPage } = await openPage('/alerts');
  try {
    await page.getByLabel('Name').fill('nightly-db');
    await page.getByRole('button', { name: 'Create job' }).click();
    await page.getByRole('heading', { level: 1, name: 'nightly-db' }).waitFor();
    const status = page.getByTestId('job-status');
    assert.equal(await status.innerText(), 'NEW');
    const badgeBefore = Number(await page.getByTestId('open-alert-badge').getAttribute('data-count'));

    const successUrl = await page.locator('.ping-list li').filter({ hasText: 'Success' }).locator('code').first().innerText();
    execFileSync('curl', ['-fsS', '-m', '10', '-o', '/dev/null', successUrl]);
    await eventually('the job OK without reload', async () => (await status.innerText()) === 'OK');

    execFileSync('curl', ['-fsS', '-m', '10', '-o', '/dev/null', `${successUrl}/fail`]);
    await eventually('the job FAILED without reload', async () => (await status.innerText()) === 'FAILED');
    await eventually('the header badge counts the alert', async () => Number(await page.getByTestId('open-alert-badge').getAttribute('data-count')) === badgeBefore + 1);
    await alertsPage.locator('[data-alert-kind="BACKUP_FAILED"]').waitFor();
    // The alert links to its cause, the job.
    const jobPath = new URL(page.url()).pathname;
    assert.equal(await alertsPage.locator('[data-alert-kind="BACKUP_FAILED"] a').getAttribute('href'), jobPath);
    await recordPage(page, 'backup-job');
    await recordPage(alertsPage, 'alerts-with-alert');

    // Acknowledge with a comment, from the feed.
    const card = alertsPage.locator('[data-alert-kind="BACKUP_FAILED"]');
    await card.getByRole('button', { name: 'Acknowledge' }).click();
    await card.getByLabel('Comment (optional)').fill('Looking at the disk');
    await card.getByRole('button', { name: 'Acknowledge' }).click();
    await card.getByText('“Looking at the disk”').waitFor();
  } finally {
    await context.close();
    await alertsContext.close();
  }
});

test('a stale edit under MANUAL shows the conflict side by side, and resolving it closes it', async () => {
  const created = await server.graphql('mutation { createPlan(input: {title: "Conflict drill", version: "v1", conflictStrategy: MANUAL}) { plan { id } } }');
  const planId = created.createPlan.plan.id;
  const phase = await server.graphql('mutation($id: ID!) { addPhase(input: {planId: $id, title: "Only"}) { createdId } }', { id: planId });
  const added = await server.graphql('mutation($id: ID!, $p: ID!) { addTask(input: {planId: $id, phaseId: $p, description: "Rotate keys"}) { createdId } }', { id: planId, p: phase.addPhase.createdId });
  const taskId = added.addTask.createdId;

  const { context, page } = await openPage(`/plans/${planId}`);
  try {
    await task(page, 'Rotate keys').getByRole('button', { name: 'Edit' }).click();
    // Someone else changes the same task while the form is open.
    await server.graphql('mutation($id: ID!, $t: ID!) { editTask(input: {planId: $id, taskId: $t, description: "Rotate signing keys"}) { errors { message } } }', { id: planId, t: taskId });
    await page.getByText('The plan changed since you opened this form').waitFor();
    const form = page.getByRole('group', { name: 'Edit task “Rotate signing keys”' });
    await form.getByLabel('Description').fill('Rotate API keys');
    await form.getByRole('button', { name: 'Save task' }).click();

    const conflict = page.locator('.conflict').first();
    await conflict.waitFor();
    assert.equal(await conflict.locator('[data-side="base"]').innerText(), 'Rotate keys');
    assert.equal(await conflict.locator('[data-side="current"]').innerText(), 'Rotate signing keys');
    assert.equal(await conflict.locator('[data-side="incoming"]').innerText(), 'Rotate API keys');
    await recordPage(page, 'plan-conflict');

    await conflict.getByRole('button', { name: 'Take incoming' }).click();
    await page.locator('.conflicts').waitFor({ state: 'detached' });
    await task(page, 'Rotate API keys').waitFor();
  } finally {
    await context.close();
  }
});

test('a failed pipeline run changes a dashboard widget live', async () => {
  const { context, page } = await openPage('/dashboards');
  try {
    await page.getByRole('link', { name: 'Operations' }).click();
    const widget = page.locator('[data-widget="pipeline-runs"]');
    await widget.getByTestId('series-totals').waitFor();
    const before = await widget.getByTestId('series-totals').innerText();
    assert.doesNotMatch(before, /FAILED: [1-9]/);

    const pipeline = await server.graphql(`mutation { createPipeline(input: {namespace: "etl", name: "orders",
      steps: [{name: "extract", kind: EXTRACT}, {name: "load", kind: LOAD, dependsOn: ["extract"]}]}) { pipeline { id } errors { message } } }`);
    const queued = await server.graphql('mutation($p: ID!) { queuePipelineRun(input: {pipelineId: $p}) { run { id } errors { message } } }', { p: pipeline.createPipeline.pipeline.id });
    const runId = queued.queuePipelineRun.run.id;
    const step = async (mutation, input) => {
      const data = await server.graphql(`mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { errors { message } } }`, { input: { runId, ...input } });
      assert.deepEqual(data[mutation].errors, [], mutation);
    };
    await step('startPipelineRun', {});
    await step('startPipelineStep', { step: 'extract' });
    await step('completePipelineStep', { step: 'extract', rowsRead: 1200, rowsWritten: 1200 });
    await step('startPipelineStep', { step: 'load' });
    await step('failPipelineStep', { step: 'load', reason: 'warehouse unreachable' });

    await eventually('the widget showing the failed run', async () => /FAILED: 1/.test(await widget.getByTestId('series-totals').innerText()));

    // Edit mode: the server's layout rules decide, and a refusal is shown on the widget in words.
    await page.getByRole('button', { name: 'Edit layout' }).click();
    await page.getByRole('button', { name: 'Move Backups succeeded (24 h) (arrow keys)' }).press('ArrowLeft');
    const refusal = page.locator('[data-widget="backup-successes"] .problem');
    await refusal.waitFor();
    assert.equal(await refusal.getAttribute('data-rule'), 'WIDGET_OVERLAP');
    await page.getByRole('button', { name: 'Move Recent changes (arrow keys)' }).press('ArrowDown');
    await eventually('the widget moved one row down', async () => (await page.locator('[data-widget="recent-changes"]').evaluate((el) => el.style.gridRowStart)) === '6');
    await page.getByRole('button', { name: 'Done editing' }).click();
    await recordPage(page, 'dashboard');

    await page.goto(`/pipelines/runs/${runId}`);
    await page.getByText('warehouse unreachable').first().waitFor();
    assert.equal(await page.getByRole('list', { name: 'Steps timeline' }).getByRole('listitem').count(), 2);
    await recordPage(page, 'pipeline-run');
    await page.goto('/dashboards?kiosk');
    await page.locator('[data-widget="pipeline-runs"]').waitFor();
    await recordPage(page, 'dashboard-kiosk');
  } finally {
    await context.close();
  }
});

test('two browsers on one plan: an edit in one appears in the other', async () => {
  const created = await server.graphql('mutation { createPlan(input: {title: "Shared plan", version: "v2"}) { plan { id } } }');
  const planId = created.createPlan.plan.id;
  await server.graphql('mutation($id: ID!) { addPhase(input: {planId: $id, title: "Together"}) { createdId } }', { id: planId });
  const a = await openPage(`/plans/${planId}`);
  const b = await openPage(`/plans/${planId}`);
  try {
    await b.page.getByRole('heading', { name: 'Phase 1: Together' }).waitFor();
    await a.page.getByLabel('New task').fill('Added in browser A');
    await a.page.getByRole('button', { name: 'Add task' }).click();
    await task(b.page, 'Added in browser A').waitFor();
    await b.page.getByLabel('Status of task “Added in browser A”').selectOption('IN_PROGRESS');
    await eventually('browser A seeing B\'s change', async () => (await a.page.getByLabel('Status of task “Added in browser A”').inputValue()) === 'IN_PROGRESS');
  } finally {
    await a.context.close();
    await b.context.close();
  }
});

test('the server restarts during a test and the page recovers by itself', async () => {
  const created = await server.graphql('mutation { createPlan(input: {title: "Survives restarts", version: "v3"}) { plan { id revision } } }');
  const planId = created.createPlan.plan.id;
  const { context, page } = await openPage(`/plans/${planId}`);
  try {
    const connection = page.locator('.connection');
    await eventually('connected', async () => (await connection.getAttribute('data-state')) === 'connected');
    await server.restart();
    // Changed right after the restart, possibly before the page is back: it must show anyway.
    await server.graphql('mutation($id: ID!) { renamePlan(input: {id: $id, title: "Survived a restart"}) { errors { message } } }', { id: planId });
    await eventually('reconnected', async () => (await connection.getAttribute('data-state')) === 'connected', 60_000);
    await page.getByRole('heading', { level: 1, name: 'Survived a restart' }).waitFor({ timeout: 20_000 });
    await page.getByLabel('New phase').fill('After the restart');
    await page.getByRole('button', { name: 'Add phase' }).click();
    await page.getByRole('heading', { name: 'Phase 1: After the restart' }).waitFor();
  } finally {
    await context.close();
  }
});
