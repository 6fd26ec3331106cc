package io.opsledger.query.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A short extract of a document's text with the words that matched the query between
 * {@code <mark>} tags. A word matches when its folded form, its English stem or its French stem
 * equals one of the query's, or when it is one typo away from a query word of four letters or
 * more: the same tests the BM25 query applies. The text is escaped for HTML before marking.
 */
final class Snippets {

    private static final int WINDOW = 160;

    private final Set<String> words = new HashSet<>();
    private final Set<String> english = new HashSet<>();
    private final Set<String> french = new HashSet<>();

    Snippets(String query) {
        // Stop words of either language ("the", "on", "les") would mark half of any sentence.
        for (String word : SearchAnalyzers.terms(SearchAnalyzers.WORDS_ANALYZER, query)) {
            List<String> englishStems = SearchAnalyzers.terms(SearchAnalyzers.ENGLISH, word);
            List<String> frenchStems = SearchAnalyzers.terms(SearchAnalyzers.FRENCH, word);
            if (!englishStems.isEmpty() && !frenchStems.isEmpty()) {
                words.add(word);
                english.addAll(englishStems);
                french.addAll(frenchStems);
            }
        }
    }

    String snippet(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int windowStart = -1;
        int last = 0;
        try (TokenStream stream = SearchAnalyzers.WORDS_ANALYZER.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!matches(term.toString(), text.substring(offset.startOffset(), offset.endOffset()))) {
                    continue;
                }
                if (windowStart < 0) {
                    windowStart = Math.max(0, offset.startOffset() - WINDOW / 3);
                    last = windowStart;
                    if (windowStart > 0) {
                        out.append('…');
                    }
                }
                if (offset.endOffset() > windowStart + WINDOW) {
                    break;
                }
                out.append(escape(text.substring(last, offset.startOffset())))
                        .append("<mark>").append(escape(text.substring(offset.startOffset(), offset.endOffset())))
                        .append("</mark>");
                last = offset.endOffset();
            }
            stream.end();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        if (windowStart < 0) {
            windowStart = 0;
            last = 0;
        }
        int end = Math.min(text.length(), Math.max(last, windowStart + WINDOW));
        out.append(escape(text.substring(last, end)));
        if (end < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    private boolean matches(String folded, String original) {
        if (words.contains(folded)) {
            return true;
        }
        List<String> stemmedEn = SearchAnalyzers.terms(SearchAnalyzers.ENGLISH, original);
        List<String> stemmedFr = SearchAnalyzers.terms(SearchAnalyzers.FRENCH, original);
        if (stemmedEn.stream().anyMatch(english::contains) || stemmedFr.stream().anyMatch(french::contains)) {
            return true;
        }
        if (folded.length() < 4) {
            return false;
        }
        for (String word : words) {
            int edits = word.length() >= 8 ? 2 : 1;
            if (word.length() >= 4 && Math.abs(word.length() - folded.length()) <= edits
                    && word.charAt(0) == folded.charAt(0)
                    && editDistance(word, folded) <= edits) {
                return true;
            }
        }
        return false;
    }

    /** Levenshtein distance; a swap of two letters counts two here (one for FuzzyQuery), so such a word may go unmarked. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
