package io.opsledger.query.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How text becomes terms. Each text is indexed twice, once stemmed as English and once as French
 * (a team writes in either, often both in one plan), plus unstemmed folded words for typos and
 * phrases, plus whole tokens for ids ({@code INC-2291}, {@code v55}, UUIDs) that the standard
 * tokenizer would split.
 */
final class SearchAnalyzers {

    static final String TITLE_EN = "title_en";
    static final String TITLE_FR = "title_fr";
    static final String BODY_EN = "body_en";
    static final String BODY_FR = "body_fr";
    static final String WORDS = "words";
    static final String EXACT = "exact";

    /** French elided articles and pronouns: l'équipe, d'accès, qu'il. */
    private static final CharArraySet ELISIONS = new CharArraySet(
            Arrays.asList("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);

    static final Analyzer ENGLISH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(source, new PorterStemFilter(stream));
        }
    };

    static final Analyzer FRENCH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ElisionFilter(source, ELISIONS);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
            stream = new FrenchLightStemFilter(stream);
            // After the stemmer, which expects accents: "réseau" and "reseau" meet here.
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
        }
    };

    static final Analyzer WORDS_ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ElisionFilter(source, ELISIONS);
            stream = new LowerCaseFilter(stream);
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
        }
    };

    /** Whitespace-separated tokens, lower-cased, without the punctuation around them: {@code (INC-2291),} → {@code inc-2291}. */
    static final Analyzer EXACT_ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new WhitespaceTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(source, new PatternReplaceFilter(stream,
                    Pattern.compile("^[\\p{Punct}«»“”‘’]+|[\\p{Punct}«»“”‘’]+$"), "", true));
        }
    };

    static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(WORDS_ANALYZER, Map.of(
            TITLE_EN, ENGLISH, BODY_EN, ENGLISH, TITLE_FR, FRENCH, BODY_FR, FRENCH, EXACT, EXACT_ANALYZER));

    private SearchAnalyzers() {
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!term.isEmpty()) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return terms;
    }

    /** An id-like token: has a digit, or is a UUID; only these are boosted as exact matches. */
    static boolean looksLikeId(String token) {
        return token.length() >= 2 && token.chars().anyMatch(Character::isDigit);
    }
}
