import { graphql } from '@/gql';
import type { BackupJobFieldsFragment } from '@/gql/graphql';

export type BackupJob = BackupJobFieldsFragment;
export type BackupRun = BackupJob['runs'][number];

export const BackupJobFields = graphql(`
  fragment BackupJobFields on BackupJob {
    id name source intervalSeconds graceSeconds pingUuid status lastSuccessAt lastFailureAt nextDueAt revision createdAt updatedAt
    retention { keepDaily keepWeekly keepMonthly }
    scan { directory glob allowDelete }
    runs { id origin status startedAt finishedAt durationMillis sizeBytes sha256 fileName exitStatus reason verifiedAt tier expiredAt }
    retained { id }
  }
`);

export const BackupJobList = graphql(`
  query BackupJobList {
    backupJobs(first: 100) { edges { node { id name source status pingUuid lastSuccessAt nextDueAt runCount updatedAt } } }
  }
`);

export const AnyBackupJobChanged = graphql(`
  subscription AnyBackupJobChanged { backupJobUpdated { id revision } }
`);

export const BackupJobDetail = graphql(`
  query BackupJobDetail($id: ID!) { backupJob(id: $id) { ...BackupJobFields } }
`);

export const BackupJobLive = graphql(`
  subscription BackupJobLive($id: ID!) { backupJobUpdated(id: $id) { ...BackupJobFields } }
`);

export const CreateBackupJob = graphql(`
  mutation CreateBackupJob($input: CreateBackupJobInput!) {
    createBackupJob(input: $input) { job { id pingUuid } errors { code message path ... on ValidationError { rule field } } }
  }
`);
