import { graphql } from '@/gql';
import type { AlertFieldsFragment } from '@/gql/graphql';

export type Alert = AlertFieldsFragment;

export const AlertFields = graphql(`
  fragment AlertFields on Alert {
    id key kind severity status title message subjectType subjectId occurrences
    raisedAt lastRaisedAt acknowledgedBy acknowledgeComment acknowledgedAt
    resolvedAt resolvedAutomatically resolvedBy resolveReason
  }
`);

export const AlertStream = graphql(`
  subscription AlertStream($minSeverity: AlertSeverity, $kinds: [AlertKind!]) {
    alerts(minSeverity: $minSeverity, kinds: $kinds) { ...AlertFields }
  }
`);

export const ResolvedAlerts = graphql(`
  query ResolvedAlerts($minSeverity: AlertSeverity) {
    alerts(first: 20, status: RESOLVED, minSeverity: $minSeverity) { edges { node { ...AlertFields } } }
  }
`);

export const AcknowledgeAlert = graphql(`
  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {
    acknowledgeAlert(input: $input) { alert { ...AlertFields } errors { code message path ... on ValidationError { rule field } } }
  }
`);

export const ResolveAlert = graphql(`
  mutation ResolveAlert($input: ResolveAlertInput!) {
    resolveAlert(input: $input) { alert { ...AlertFields } errors { code message path ... on ValidationError { rule field } } }
  }
`);
