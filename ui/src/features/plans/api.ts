import { graphql } from '@/gql';
import type { PlanFieldsFragment } from '@/gql/graphql';

export type Plan = PlanFieldsFragment;
export type Phase = Plan['phases'][number];
export type Task = Phase['tasks'][number];
export type Conflict = Plan['openConflicts'][number];

export const PlanFields = graphql(`
  fragment PlanFields on Plan {
    id title version status progress revision createdAt updatedAt conflictStrategy
    phases { id number title progress tasks { id description status priority dueDate prerequisites } }
    openConflicts { id type strategy basedOnRevision field entityId base current incoming status detectedAt }
  }
`);


export const PlanList = graphql(`
  query PlanList {
    plans(first: 100) {
      edges { node { id title version status progress phaseCount taskCount doneTaskCount openConflictCount revision updatedAt } }
    }
  }
`);

export const PlanLive = graphql(`
  subscription PlanLive($id: ID!, $includeCurrent: Boolean) {
    planUpdated(id: $id, includeCurrent: $includeCurrent) { ...PlanFields }
  }
`);

export const PlanMarkdown = graphql(`
  query PlanMarkdown($id: ID!) { plan(id: $id) { id title version markdown } }
`);

export const CreatePlan = graphql(`
  mutation CreatePlan($input: CreatePlanInput!) {
    createPlan(input: $input) { plan { id } errors { code message path ... on ValidationError { rule field } } }
  }
`);

export const ImportPlanMarkdown = graphql(`
  mutation ImportPlanMarkdown($input: ImportPlanMarkdownInput!) {
    importPlanMarkdown(input: $input) {
      plan { id title revision }
      conflicts { conflictId field base current incoming resolution message }
      errors { code message path ... on ValidationError { rule field } ... on StaleError { rule field } }
    }
  }
`);
