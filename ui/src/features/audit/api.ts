import { graphql } from '@/gql';

export const EntityHistory = graphql(`
  query EntityHistory($id: ID!) {
    entityHistory(id: $id, first: 500) {
      edges { node { eventId globalPosition sequenceNumber type timestamp principal correlationId causationId } }
      pageInfo { hasNextPage }
    }
  }
`);

export const EntityAt = graphql(`
  query EntityAt($id: ID!, $at: DateTime!) {
    entityAt(id: $id, at: $at) {
      entityType exists revision state
      plan { title version status progress phases { id number title tasks { id description status } } }
    }
  }
`);

export const EntityDiff = graphql(`
  query EntityDiff($id: ID!, $from: DateTime!, $to: DateTime!) {
    entityDiff(id: $id, from: $from, to: $to) {
      fromRevision toRevision
      changes { field before after principals events { sequenceNumber type } }
    }
  }
`);
