package io.opsledger.query.search;

import io.opsledger.kernel.search.SearchKind;
import io.opsledger.query.search.HybridSearcher.Mode;
import io.opsledger.query.search.SearchIndex.IndexChanges;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recall@10 and MRR of words alone (BM25), vectors alone and the hybrid ranking on the evaluation
 * set in {@code src/test/resources/search-eval}: 124 documents as teams write them (English and
 * French, with near-distractors) and 40 queries with their expected documents.
 */
class SearchEvaluationTest {

    @TempDir
    static Path dir;
    static SearchIndex index;
    static final Map<String, SearchDocument> documents = new LinkedHashMap<>();
    static final List<EvalQuery> queries = new ArrayList<>();
    static TextEmbedder embedder;

    record EvalQuery(String text, Set<String> expected, String category) {
    }

    record Outcome(int rank) {
        boolean found() {
            return rank > 0 && rank <= 10;
        }
    }

    @BeforeAll
    static void indexTheDocuments() throws IOException {
        embedder = TextEmbedder.load(dir.resolve("work"));
        for (String[] row : rows("documents.tsv")) {
            documents.put(row[0], new SearchDocument(SearchKind.valueOf(row[1]), entityId(row[0]), null, row[2], row[3],
                    null, "", null));
        }
        for (String[] row : rows("queries.tsv")) {
            String text = row[0].startsWith("uuid:") ? entityId(row[0].substring(5)).toString() : row[0];
            queries.add(new EvalQuery(text, Set.of(row[1].split("\\|")), row[2]));
        }
        List<SearchDocument> all = new ArrayList<>(documents.values());
        List<float[]> vectors = embedder.embedAll(all.stream().map(SearchDocument::meaning).toList());
        List<SearchDocument> embedded = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            embedded.add(all.get(i).withVector(vectors.get(i)));
        }
        index = SearchIndex.open(dir.resolve("index"));
        index.apply(new IndexChanges(false, List.of(), embedded), Map.of());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void hybridHasTheBestRecallAtTenAndFindsNineQueriesOutOfTen() {
        Map<Mode, List<Outcome>> outcomes = new EnumMap<>(Mode.class);
        for (Mode mode : Mode.values()) {
            outcomes.put(mode, queries.stream().map(query -> outcome(query, mode)).toList());
        }
        StringBuilder table = new StringBuilder("\nSearch evaluation: %d documents, %d queries\n".formatted(documents.size(), queries.size()));
        table.append("%-8s %10s %8s\n".formatted("mode", "recall@10", "MRR"));
        for (Mode mode : Mode.values()) {
            table.append("%-8s %10.3f %8.3f\n".formatted(mode, recall(outcomes.get(mode)), mrr(outcomes.get(mode))));
        }
        table.append("\nquery | category | rank words / vectors / hybrid (0 = not in the first 100)\n");
        for (int i = 0; i < queries.size(); i++) {
            table.append("%-66s %-10s %3d %3d %3d\n".formatted(queries.get(i).text(), queries.get(i).category(),
                    outcomes.get(Mode.WORDS).get(i).rank(), outcomes.get(Mode.VECTORS).get(i).rank(),
                    outcomes.get(Mode.HYBRID).get(i).rank()));
        }
        System.out.println(table);

        double hybrid = recall(outcomes.get(Mode.HYBRID));
        assertThat(hybrid).as("hybrid recall@10").isGreaterThanOrEqualTo(0.9);
        assertThat(hybrid).as("hybrid recall@10 against words alone").isGreaterThanOrEqualTo(recall(outcomes.get(Mode.WORDS)));
        assertThat(hybrid).as("hybrid recall@10 against vectors alone").isGreaterThanOrEqualTo(recall(outcomes.get(Mode.VECTORS)));
    }

    @Test
    void paraphrasesShareNoWordWithTheirTarget() {
        for (EvalQuery query : queries) {
            if (!query.category().equals("paraphrase")) {
                continue;
            }
            for (String expected : query.expected()) {
                SearchDocument target = documents.get(expected);
                String text = target.title() + " " + target.body();
                List<String> english = SearchAnalyzers.terms(SearchAnalyzers.ENGLISH, text);
                List<String> french = SearchAnalyzers.terms(SearchAnalyzers.FRENCH, text);
                Set<String> shared = new HashSet<>();
                for (String word : SearchAnalyzers.terms(SearchAnalyzers.WORDS_ANALYZER, query.text())) {
                    List<String> wordEnglish = SearchAnalyzers.terms(SearchAnalyzers.ENGLISH, word);
                    List<String> wordFrench = SearchAnalyzers.terms(SearchAnalyzers.FRENCH, word);
                    boolean stopWord = wordEnglish.isEmpty() || wordFrench.isEmpty();
                    if (!stopWord && (english.containsAll(wordEnglish) || french.containsAll(wordFrench))) {
                        shared.add(word);
                    }
                }
                assertThat(shared).as("content words (not stop words of either language) shared by '%s' and %s", query.text(), expected).isEmpty();
            }
        }
    }

    @Test
    void idsAndExactPhrasesComeFirstInTheHybridRanking() {
        for (EvalQuery query : queries) {
            if (query.category().equals("exact")) {
                assertThat(outcome(query, Mode.HYBRID).rank()).as("rank of an expected hit for '%s'", query.text()).isEqualTo(1);
            }
        }
    }

    private static Outcome outcome(EvalQuery query, Mode mode) {
        float[] vector = mode == Mode.WORDS ? null : embedder.embed(query.text());
        List<HybridSearcher.Ranked> ranked = index.withSearcher(searcher ->
                HybridSearcher.search(searcher, query.text(), vector, List.of(), null, 100, mode));
        return index.withSearcher(searcher -> {
            for (int i = 0; i < ranked.size(); i++) {
                String key = SearchIndex.fromLucene(searcher.storedFields().document(ranked.get(i).doc())).entityId().toString();
                for (String expected : query.expected()) {
                    if (entityId(expected).toString().equals(key)) {
                        return new Outcome(i + 1);
                    }
                }
            }
            return new Outcome(0);
        });
    }

    private static double recall(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::found).count() / (double) outcomes.size();
    }

    private static double mrr(List<Outcome> outcomes) {
        return outcomes.stream().mapToDouble(outcome -> outcome.rank() == 0 ? 0 : 1.0 / outcome.rank()).sum() / outcomes.size();
    }

    static UUID entityId(String documentId) {
        return UUID.nameUUIDFromBytes(("search-eval/" + documentId).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String[]> rows(String file) throws IOException {
        try (InputStream in = SearchEvaluationTest.class.getResourceAsStream("/search-eval/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .toList();
        }
    }
}
