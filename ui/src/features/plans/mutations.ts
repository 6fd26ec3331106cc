import { graphql } from '@/gql';

// Every plan mutation answers with the same payload: the plan after the change, the conflicts it
// met, and the expected failures (rule names included).
export const RenamePlan = graphql(`
  mutation RenamePlan($input: RenamePlanInput!) { renamePlan(input: $input) { ...PlanPayloadFields } }
`);
export const ChangePlanStatus = graphql(`
  mutation ChangePlanStatus($input: ChangePlanStatusInput!) { changePlanStatus(input: $input) { ...PlanPayloadFields } }
`);
export const ChangeConflictStrategy = graphql(`
  mutation ChangeConflictStrategy($input: ChangeConflictStrategyInput!) { changeConflictStrategy(input: $input) { ...PlanPayloadFields } }
`);
export const AddPhase = graphql(`
  mutation AddPhase($input: AddPhaseInput!) { addPhase(input: $input) { ...PlanPayloadFields } }
`);
export const AddTask = graphql(`
  mutation AddTask($input: AddTaskInput!) { addTask(input: $input) { ...PlanPayloadFields } }
`);
export const EditTask = graphql(`
  mutation EditTask($input: EditTaskInput!) { editTask(input: $input) { ...PlanPayloadFields } }
`);
export const MoveTask = graphql(`
  mutation MoveTask($input: MoveTaskInput!) { moveTask(input: $input) { ...PlanPayloadFields } }
`);
export const RemoveTask = graphql(`
  mutation RemoveTask($input: RemoveTaskInput!) { removeTask(input: $input) { ...PlanPayloadFields } }
`);
export const SetTaskStatus = graphql(`
  mutation SetTaskStatus($input: SetTaskStatusInput!) { setTaskStatus(input: $input) { ...PlanPayloadFields } }
`);
export const SetTaskPrerequisites = graphql(`
  mutation SetTaskPrerequisites($input: SetTaskPrerequisitesInput!) { setTaskPrerequisites(input: $input) { ...PlanPayloadFields } }
`);
export const ResolveConflict = graphql(`
  mutation ResolveConflict($input: ResolveConflictInput!) { resolveConflict(input: $input) { ...PlanPayloadFields } }
`);

export const PlanPayloadFields = graphql(`
  fragment PlanPayloadFields on PlanPayload {
    plan { ...PlanFields }
    createdId
    conflicts { conflictId field base current incoming resolution message }
    errors { code message path ... on ValidationError { rule field } ... on StaleError { rule field } }
  }
`);
