package io.opsledger.query.search;

import io.opsledger.kernel.search.FindSearchIndexStatusQuery;
import io.opsledger.kernel.search.FindSimilarTasksQuery;
import io.opsledger.kernel.search.SearchHitPage;
import io.opsledger.kernel.search.SearchHitView;
import io.opsledger.kernel.search.SearchIndexStatusView;
import io.opsledger.kernel.search.SearchKind;
import io.opsledger.kernel.search.SearchQuery;
import io.opsledger.query.paging.PageRequest;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.axonframework.queryhandling.QueryHandler;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Answers search queries from this instance's index. Public for the search benchmark (bench/). */
public final class SearchQueryHandler {

    /**
     * A query that arrives while the model is still loading (the first seconds after a start)
     * waits this long, then uses words only: a query's unit of work must stay short.
     */
    private static final Duration MODEL_WAIT = Duration.ofSeconds(2);

    /** Read under its lock for the whole answer: a rebuild's switch comes before or after, never during. */
    private final CurrentSearchIndex current;
    private final TextEmbedder embedder;

    public SearchQueryHandler(CurrentSearchIndex current, TextEmbedder embedder) {
        this.current = current;
        this.embedder = embedder;
    }

    @QueryHandler
    public SearchHitPage handle(SearchQuery query) {
        PageRequest.checkSize(query.first(), SearchQuery.MAX_PAGE_SIZE);
        String text = query.text() == null ? "" : query.text().strip();
        if (text.isEmpty() || text.length() > SearchQuery.MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("query: must have 1 to %d characters (got %d)"
                    .formatted(SearchQuery.MAX_TEXT_LENGTH, text.length()));
        }
        if (query.offset() < 0 || query.offset() + query.first() > SearchQuery.MAX_DEPTH) {
            throw new IllegalArgumentException("after: only the first %d hits are served".formatted(SearchQuery.MAX_DEPTH));
        }
        float[] vector = embedder.embedWithin(text, MODEL_WAIT).orElse(null);
        Snippets snippets = new Snippets(text);
        return current.read(index -> index.withSearcher(searcher -> {
            int depth = query.offset() + query.first() + 1;
            List<HybridSearcher.Ranked> ranked = HybridSearcher.search(searcher, text, vector, query.kinds(),
                    query.planId(), depth, HybridSearcher.Mode.HYBRID);
            List<SearchHitView> hits = new ArrayList<>();
            for (int i = query.offset(); i < Math.min(ranked.size(), query.offset() + query.first()); i++) {
                hits.add(view(searcher, ranked.get(i).doc(), ranked.get(i).score(), snippets));
            }
            return new SearchHitPage(hits, query.offset(), ranked.size() > query.offset() + query.first());
        }));
    }

    @QueryHandler
    SearchHitPage handle(FindSimilarTasksQuery query) {
        PageRequest.checkSize(query.first(), FindSimilarTasksQuery.MAX_PAGE_SIZE);
        boolean byText = query.text() != null && !query.text().isBlank();
        Optional<float[]> typed = byText ? embedder.embedWithin(query.text(), MODEL_WAIT) : Optional.empty();
        Snippets snippets = new Snippets(query.text() != null ? query.text() : "");
        return current.read(index -> similarTasks(index, query, byText ? typed
                : Optional.ofNullable(query.taskId()).flatMap(task -> index.find(SearchKind.TASK, task))
                        .map(SearchDocument::vector), snippets));
    }

    private static SearchHitPage similarTasks(SearchIndex index, FindSimilarTasksQuery query, Optional<float[]> vector,
                                              Snippets snippets) {
        if (vector.isEmpty()) {
            return new SearchHitPage(List.of(), 0, false);
        }
        return index.withSearcher(searcher -> {
            BooleanQuery.Builder tasks = new BooleanQuery.Builder()
                    .add(HybridSearcher.filter(Set.of(SearchKind.TASK), query.planId()), Occur.FILTER);
            if (query.taskId() != null) {
                tasks.add(new TermQuery(new Term(SearchIndex.ENTITY_ID, query.taskId().toString())), Occur.MUST_NOT);
            }
            List<SearchHitView> hits = new ArrayList<>();
            for (ScoreDoc hit : HybridSearcher.nearest(searcher, vector.get(), tasks.build(), query.first(),
                    cosineScore(query.minSimilarity()))) {
                hits.add(view(searcher, hit.doc, hit.score, snippets));
            }
            return new SearchHitPage(hits, 0, false);
        });
    }

    @QueryHandler
    SearchIndexStatusView handle(FindSearchIndexStatusQuery query) {
        return current.read(index -> new SearchIndexStatusView(index.documentCount(),
                Long.parseLong(index.appliedData().getOrDefault(IndexUpdates.POSITION, "-1")), embedder.ready()));
    }

    /** Lucene's cosine score is (1 + cos) / 2. */
    private static float cosineScore(double cosine) {
        return (float) ((1 + cosine) / 2);
    }

    private static SearchHitView view(IndexSearcher searcher, int doc, double score, Snippets snippets) throws IOException {
        SearchDocument document = SearchIndex.fromLucene(searcher.storedFields().document(doc));
        String text = document.body() == null || document.body().isBlank() ? document.title() : document.body();
        return new SearchHitView(document.kind(), document.entityId(), document.planId(), document.title(),
                snippets.snippet(text), document.status(), Math.round(score * 10_000) / 10_000.0);
    }
}
