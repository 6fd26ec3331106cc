package io.opsledger.bench.scenarios;

import io.opsledger.bench.BenchContext;
import io.opsledger.bench.Benchmark;
import io.opsledger.bench.report.Results;
import io.opsledger.bench.report.Target;
import io.opsledger.kernel.search.SearchKind;
import io.opsledger.kernel.search.SearchQuery;
import io.opsledger.query.search.SearchDocument;
import io.opsledger.query.search.CurrentSearchIndex;
import io.opsledger.query.search.SearchIndex;
import io.opsledger.query.search.SearchQueryHandler;
import io.opsledger.query.search.TextEmbedder;
import org.HdrHistogram.Histogram;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.store.FSDirectory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The search index in process at {@code search.documents} documents (100,000 in both modes):
 * embedding and indexing throughput, hybrid search latency (the product's query path: query
 * embedding, BM25 with typos, HNSW, fusion, snippets) under {@code search.searchers} concurrent
 * searchers, and bare Lucene kNN latency on the same index in the same run.
 * <p>
 * Embedding 100,000 texts at about 10 ms each would take most of this benchmark's budget, so the
 * document vectors are precomputed: {@code search.texts} distinct generated texts are embedded
 * with the real model (that rate is the embedding figure), and each document takes one of them
 * plus a little Gaussian noise, renormalised. Query vectors in the hybrid figure are real
 * embeddings computed per query; the bare kNN figure reuses precomputed query vectors.
 */
public final class SearchIndexBench implements Benchmark {

    private static final String[] VERBS = {"Renew", "Rotate", "Upgrade", "Migrate", "Restore", "Back up", "Patch",
            "Monitor", "Document", "Decommission", "Clean up", "Tune", "Investigate", "Audit", "Replace", "Automate"};
    private static final String[] OBJECTS = {"the TLS certificates", "the database credentials", "the PostgreSQL cluster",
            "the Kafka topics", "the nightly backups", "the DNS records", "the firewall rules", "the SSH keys",
            "the CI runners", "the Grafana dashboards", "the load balancers", "the object storage buckets",
            "the on-call rotation", "the VPN gateway", "the log retention", "the payment webhooks"};
    private static final String[] PLACES = {"in staging", "in production", "for the audit", "before the freeze",
            "after the outage", "on the reporting cluster", "for the billing team", "in the Paris datacenter"};
    private static final String[] FRENCH = {"Restaurer les sauvegardes de la base %s", "Mettre à jour les certificats du serveur %s",
            "Vérifier la supervision du cluster %s", "Supprimer les comptes inactifs de l'annuaire %s",
            "Planifier la migration du service %s", "Documenter la procédure de reprise du site %s"};
    private static final String[] QUERIES = {"renew https certificates on the front proxies", "restauration des sauvegardes",
            "rotate db passwords", "kafka topic migration staging", "patch ssh on bastions", "grafana dashbaords upgrade",
            "who is on call this week", "backups before the freeze", "firewall rule audit", "supervision du cluster",
            "INC-2291", "v55", "slow reporting queries", "clean up object storage", "vpn gateway outage", "payment webhook keys"};

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String description() {
        return "search index in process: embedding and indexing rates, hybrid search and bare kNN latency under concurrent searchers";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        int documents = context.config().integer("search.documents");
        int textCount = context.config().integer("search.texts");
        int searchers = context.config().integer("search.searchers");
        int perSearcher = context.config().integer("search.queries-per-searcher");
        Results results = context.results();
        Path dir = context.workDir().resolve("search-bench");
        TextEmbedder embedder = TextEmbedder.load(dir.resolve("work"));
        Random random = new Random(42);

        List<String> texts = new ArrayList<>();
        for (int i = 0; i < textCount; i++) {
            texts.add(text(random, i));
        }
        embedder.embed("warm up");
        long started = System.nanoTime();
        List<float[]> vectors = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += 64) {
            vectors.addAll(embedder.embedAll(texts.subList(from, Math.min(texts.size(), from + 64))));
        }
        double embedRate = texts.size() / seconds(started);
        results.figure("search", "embedding (all-MiniLM-L6-v2, batches of 64)", "in process", "texts/s", embedRate,
                "texts/s", null, null);

        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            started = System.nanoTime();
            List<SearchDocument> batch = new ArrayList<>();
            for (int i = 0; i < documents; i++) {
                int base = random.nextInt(texts.size());
                SearchKind kind = i % 10 == 0 ? SearchKind.PLAN : SearchKind.TASK;
                batch.add(new SearchDocument(kind, UUID.randomUUID(), UUID.randomUUID(),
                        texts.get(base) + " (OPS-" + (10_000 + i) + ")", "", "TODO", i % 997 == 0 ? "v55 INC-2291" : "",
                        jitter(vectors.get(base), random)));
                if (batch.size() == 64) {
                    index.index(batch); // batches of 64 documents, as the search processor applies them
                    batch = new ArrayList<>();
                }
            }
            index.index(batch);
            double indexRate = documents / seconds(started);
            results.figure("search", "indexing %,d docs, batches of 64 (vectors precomputed)".formatted(documents),
                    "in process", "docs/s", indexRate, "docs/s", null, null);

            // Searches are measured on the index at rest, not while Lucene still merges the segments just written.
            started = System.nanoTime();
            index.settle();
            results.figure("search", "merges after indexing %,d docs".formatted(documents), "in process", "duration",
                    seconds(started) * 1000, "ms", null, null);

            SearchQueryHandler handler = new SearchQueryHandler(CurrentSearchIndex.of(index), embedder);
            Histogram hybrid = concurrently(searchers, perSearcher, (searcher, i) -> {
                String query = QUERIES[(searcher * 7 + i) % QUERIES.length];
                handler.handle(new SearchQuery(query, Set.of(), null, 0, 10));
            });
            report(results, "hybrid search, %d searchers, %,d docs (embed+BM25+kNN+RRF+snippets)".formatted(searchers, documents),
                    hybrid, true);

            List<float[]> queryVectors = embedder.embedAll(List.of(QUERIES));
            try (FSDirectory directory = FSDirectory.open(dir.resolve("index"));
                 DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Histogram knn = concurrently(searchers, perSearcher, (thread, i) -> searcher.search(
                        new KnnFloatVectorQuery("vector", queryVectors.get((thread * 7 + i) % queryVectors.size()), 100), 10));
                report(results, "bare Lucene kNN (k=100), %d searchers, %,d docs".formatted(searchers, documents), knn, false);
            }
        }
        results.note("search: document vectors are " + textCount + " real embeddings of generated texts reused with"
                + " noise (sigma 0.02), not one embedding per document; hybrid queries embed their text for real.");
    }

    interface Search {
        void run(int searcher, int iteration) throws Exception;
    }

    private static Histogram concurrently(int threads, int perThread, Search search) throws Exception {
        for (int i = 0; i < 50; i++) {
            search.run(0, i); // warm-up, not recorded
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Histogram>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                tasks.add(() -> {
                    Histogram histogram = new Histogram(3);
                    for (int i = 0; i < perThread; i++) {
                        long start = System.nanoTime();
                        search.run(thread, i);
                        histogram.recordValue((System.nanoTime() - start) / 1_000);
                    }
                    return histogram;
                });
            }
            Histogram all = new Histogram(3);
            for (Future<Histogram> result : pool.invokeAll(tasks)) {
                all.add(result.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(Results results, String scenario, Histogram latency, boolean target) {
        for (double percentile : new double[]{50, 95, 99}) {
            results.figure("search", scenario, "in process", "p" + (int) percentile,
                    latency.getValueAtPercentile(percentile) / 1000.0, "ms", null,
                    target && percentile == 95 ? Target.atMost(50, "ms") : null);
        }
    }

    private static String text(Random random, int i) {
        if (i % 5 == 4) {
            return FRENCH[random.nextInt(FRENCH.length)].formatted("srv-" + random.nextInt(400));
        }
        return VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)] + " "
                + PLACES[random.nextInt(PLACES.length)] + " on host web-" + random.nextInt(400);
    }

    private static float[] jitter(float[] vector, Random random) {
        float[] out = new float[vector.length];
        double norm = 0;
        for (int i = 0; i < vector.length; i++) {
            out[i] = (float) (vector[i] + random.nextGaussian() * 0.02);
            norm += out[i] * out[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < out.length; i++) {
            out[i] *= scale;
        }
        return out;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
