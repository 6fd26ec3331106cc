import { graphql } from '@/gql';

export const HeaderSearch = graphql(`
  query HeaderSearch($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      edges { node { kind entityId planId title snippet status score } }
    }
  }
`);
