package io.opsledger.query.search;

import io.opsledger.kernel.search.SearchKind;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ranks documents for a query: BM25 over the English and French analyses with typo-tolerant
 * words, the nearest sentence vectors (HNSW), and reciprocal rank fusion of the two lists
 * ({@code sum 1/(60 + rank)}, as Elasticsearch and OpenSearch do). Documents that hold an id of
 * the query ({@code INC-2291}, {@code v55}, a UUID) or the query as an exact phrase come first.
 */
final class HybridSearcher {

    /** How lists are fused; the eval test compares the three. */
    enum Mode { WORDS, VECTORS, HYBRID }

    static final int RRF_K = 60;
    static final int CANDIDATES = 50;
    /**
     * Nearest neighbours always answer k documents, however far; below this cosine a document is
     * unrelated to the query (measured on the evaluation set: expected documents score 0.35 to 0.8).
     */
    static final float MIN_COSINE = 0.2f;
    /** Documents that must use a query word before it is taken as spelled right (no typo search). */
    static final int SPELLED_RIGHT = 5;

    private HybridSearcher() {
    }

    /** A ranked document: Lucene doc id, fused score, and whether it matched an id or phrase exactly. */
    record Ranked(int doc, double score, boolean exact) {
    }

    static List<Ranked> search(IndexSearcher searcher, String text, float[] vector, Collection<SearchKind> kinds,
                               UUID planId, int depth, Mode mode) throws IOException {
        Query filter = filter(kinds, planId);
        int candidates = Math.max(CANDIDATES, depth);
        Map<Integer, Double> fused = new HashMap<>();
        Map<Integer, Double> exact = new HashMap<>();
        if (mode != Mode.VECTORS) {
            Query exactQuery = exactQuery(text);
            ScoreDoc[] exactHits = exactQuery == null ? new ScoreDoc[0]
                    : searcher.search(filtered(exactQuery, filter), candidates).scoreDocs;
            for (ScoreDoc hit : exactHits) {
                exact.put(hit.doc, (double) hit.score);
            }
            addRanks(fused, exactHits);
            Query words = wordsQuery(text, searcher.getIndexReader());
            if (words != null) {
                addRanks(fused, searcher.search(filtered(words, filter), candidates).scoreDocs);
            }
        }
        if (mode != Mode.WORDS && vector != null) {
            addRanks(fused, nearest(searcher, vector, filter, candidates, (1 + MIN_COSINE) / 2).toArray(ScoreDoc[]::new));
        }
        List<Ranked> ranked = new ArrayList<>();
        fused.forEach((doc, score) -> ranked.add(new Ranked(doc, score + (exact.containsKey(doc) ? 1.0 : 0), exact.containsKey(doc))));
        ranked.sort(Comparator.comparing((Ranked hit) -> !hit.exact())
                .thenComparing(hit -> -exact.getOrDefault(hit.doc(), 0.0))
                .thenComparing(hit -> -hit.score())
                .thenComparing(Ranked::doc));
        return ranked.size() > depth ? ranked.subList(0, depth) : ranked;
    }

    /** Nearest documents by meaning alone, with Lucene's cosine score ((1 + cos) / 2) at least {@code minScore}. */
    static List<ScoreDoc> nearest(IndexSearcher searcher, float[] vector, Query filter, int count, float minScore)
            throws IOException {
        List<ScoreDoc> hits = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery(SearchIndex.VECTOR, vector, count, filter), count).scoreDocs) {
            if (hit.score >= minScore) {
                hits.add(hit);
            }
        }
        return hits;
    }

    private static void addRanks(Map<Integer, Double> fused, ScoreDoc[] hits) {
        for (int rank = 0; rank < hits.length; rank++) {
            fused.merge(hits[rank].doc, 1.0 / (RRF_K + rank + 1), Double::sum);
        }
    }

    static Query filter(Collection<SearchKind> kinds, UUID planId) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        boolean any = false;
        if (kinds != null && !kinds.isEmpty() && kinds.size() < SearchKind.values().length) {
            filter.add(new TermInSetQuery(SearchIndex.KIND, kinds.stream().map(kind -> new BytesRef(kind.name())).toList()),
                    Occur.FILTER);
            any = true;
        }
        if (planId != null) {
            filter.add(new TermQuery(new Term(SearchIndex.PLAN_ID, planId.toString())), Occur.FILTER);
            any = true;
        }
        return any ? filter.build() : null;
    }

    private static Query filtered(Query query, Query filter) {
        if (filter == null) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
    }

    /**
     * BM25, one clause per query word: the word's English stem, its French stem, or the word
     * itself within one or two typos, whichever scores best. A document must match enough of the
     * words ({@link #wordsToMatch}): one shared word out of seven is noise, and noise in this list
     * would push the meaning list's good answers down after fusion. Null when every word is a stop
     * word. Exact ids and the phrase are {@link #exactQuery}'s, ranked before both lists.
     */
    static Query wordsQuery(String text, IndexReader reader) throws IOException {
        List<Query> clauses = new ArrayList<>();
        for (String word : new LinkedHashSet<>(SearchAnalyzers.terms(SearchAnalyzers.WORDS_ANALYZER, text))) {
            Query clause = wordClause(word, reader);
            if (clause != null) {
                clauses.add(clause);
            }
        }
        if (clauses.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        clauses.forEach(clause -> words.add(clause, Occur.SHOULD));
        words.setMinimumNumberShouldMatch(wordsToMatch(clauses.size()));
        return words.build();
    }

    static int wordsToMatch(int words) {
        return words <= 2 ? 1 : words <= 4 ? 2 : (int) Math.ceil(words * 0.4);
    }

    /** Null for a word that is a stop word in both languages ("the", "les", "de"). */
    private static Query wordClause(String word, IndexReader reader) throws IOException {
        List<Query> alternatives = new ArrayList<>();
        for (String stem : SearchAnalyzers.terms(SearchAnalyzers.ENGLISH, word)) {
            alternatives.add(new BoostQuery(new TermQuery(new Term(SearchAnalyzers.TITLE_EN, stem)), 1.5f));
            alternatives.add(new TermQuery(new Term(SearchAnalyzers.BODY_EN, stem)));
        }
        for (String stem : SearchAnalyzers.terms(SearchAnalyzers.FRENCH, word)) {
            alternatives.add(new BoostQuery(new TermQuery(new Term(SearchAnalyzers.TITLE_FR, stem)), 1.5f));
            alternatives.add(new TermQuery(new Term(SearchAnalyzers.BODY_FR, stem)));
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        if (word.length() >= 4 && !SearchAnalyzers.looksLikeId(word) && mayBeATypo(word, reader)) {
            alternatives.add(new BoostQuery(new FuzzyQuery(new Term(SearchAnalyzers.WORDS, word),
                    word.length() >= 8 ? 2 : 1, 1), 0.3f));
        }
        if (SearchAnalyzers.looksLikeId(word)) {
            alternatives.add(new TermQuery(new Term(SearchAnalyzers.WORDS, word)));
        }
        return new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    /**
     * Whether a query word is worth a typo search: it is in fewer than {@value #SPELLED_RIGHT}
     * documents. A word many documents use is spelled as people spell it, and its Levenshtein
     * automaton (the costliest part of the words query) would only add near-misses of a word
     * already found; a typo ("dashbaords") is in no document, or in the few that share the typo.
     */
    static boolean mayBeATypo(String word, IndexReader reader) throws IOException {
        return reader.docFreq(new Term(SearchAnalyzers.WORDS, word)) < SPELLED_RIGHT;
    }

    /** Id-like tokens of the query as whole tokens, and the whole query as a phrase when it has several words. */
    static Query exactQuery(String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (String token : new LinkedHashSet<>(SearchAnalyzers.terms(SearchAnalyzers.EXACT_ANALYZER, text))) {
            if (SearchAnalyzers.looksLikeId(token)) {
                query.add(new TermQuery(new Term(SearchAnalyzers.EXACT, token)), Occur.SHOULD);
                any = true;
            }
        }
        List<String> words = SearchAnalyzers.terms(SearchAnalyzers.WORDS_ANALYZER, text);
        if (words.size() >= 2) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (int position = 0; position < words.size(); position++) {
                phrase.add(new Term(SearchAnalyzers.WORDS, words.get(position)), position);
            }
            query.add(phrase.build(), Occur.SHOULD);
            any = true;
        }
        return any ? query.build() : null;
    }
}
