import { graphql } from '@/gql';

export const Projections = graphql(`
  query Projections {
    projections { name mode position head lag state segments deadLetters rebuildable }
  }
`);

export const ProjectionStatusFields = graphql(`
  fragment ProjectionStatusFields on ProjectionStatus {
    name purpose state position head progress eventsPerSecond etaSeconds message differingRows differences
  }
`);

export const ProjectionStatusStream = graphql(`
  subscription ProjectionStatusStream($name: String!, $purpose: RebuildPurpose) {
    projectionStatus(name: $name, purpose: $purpose) { ...ProjectionStatusFields }
  }
`);

export const RebuildProjection = graphql(`
  mutation RebuildProjection($input: ProjectionInput!) {
    rebuildProjection(input: $input) { status { ...ProjectionStatusFields } errors { code message path } }
  }
`);

export const VerifyProjection = graphql(`
  mutation VerifyProjection($input: ProjectionInput!) {
    verifyProjection(input: $input) { status { ...ProjectionStatusFields } errors { code message path } }
  }
`);

export const CancelProjectionRebuild = graphql(`
  mutation CancelProjectionRebuild($input: ProjectionInput!) {
    cancelProjectionRebuild(input: $input) { status { ...ProjectionStatusFields } errors { code message path } }
  }
`);

export const DeadLetters = graphql(`
  query DeadLetters {
    deadLetters { id processingGroup entity eventType cause firstFailure attempts }
  }
`);

export const RetryDeadLetters = graphql(`
  mutation RetryDeadLetters($input: RetryDeadLettersInput) {
    retryDeadLetters(input: $input) { applied remaining { id } errors { code message path } }
  }
`);

export const EvictDeadLetter = graphql(`
  mutation EvictDeadLetter($input: EvictDeadLetterInput!) {
    evictDeadLetter(input: $input) { evicted { id } errors { code message path } }
  }
`);
