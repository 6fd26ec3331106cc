import { graphql } from '@/gql';
import type { PipelineRunRowFragment, PipelineRunDetailQuery } from '@/gql/graphql';

export type RunRow = PipelineRunRowFragment;
export type RunDetail = NonNullable<PipelineRunDetailQuery['pipelineRun']>;
export type RunStep = RunDetail['steps'][number];

export const PipelineRunRow = graphql(`
  fragment PipelineRunRow on PipelineRun {
    id pipelineId state attempt retryOf retriedBy queuedAt startedAt finishedAt durationMillis rowsRead rowsWritten reason revision
    anomalies { metric value median mad k historySize lowerBound upperBound }
  }
`);

export const PipelineList = graphql(`
  query PipelineList($runs: Int!) {
    pipelines(first: 100) {
      edges { node {
        id namespace name origin definitionVersion maxRetries timeoutSeconds runCount successRate p50Duration p95Duration
        steps { name kind }
        runs(first: $runs) { edges { node { ...PipelineRunRow } } }
      } }
    }
  }
`);

export const AnyRunChanged = graphql(`
  subscription AnyRunChanged { pipelineRunUpdated { id revision } }
`);

export const PipelineRunDetail = graphql(`
  query PipelineRunDetail($id: ID!) {
    pipelineRun(id: $id) {
      ...PipelineRunRow
      definitionVersion origin openLineageRunId timeoutAt
      pipeline { id namespace name }
      steps { name kind dependsOn state startedAt finishedAt rowsRead rowsWritten reason }
      attempts { runId attempt state startedAt finishedAt reason }
      inputs { namespace name }
      outputs { namespace name }
    }
  }
`);

export const RunChanged = graphql(`
  subscription RunChanged($pipelineId: ID) { pipelineRunUpdated(pipelineId: $pipelineId) { id revision } }
`);
