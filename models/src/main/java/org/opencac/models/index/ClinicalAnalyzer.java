package org.opencac.models.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analysis chain for code titles and queries: standard tokenizer, possessives, lowercase, accent
 * folding, a short stop list, clinical abbreviation expansion (query side only) and K-stemming.
 */
public final class ClinicalAnalyzer extends Analyzer {
    private static final CharArraySet STOP = new CharArraySet(
            java.util.List.of("the", "a", "an", "of", "and", "or", "to", "is", "was", "for", "on", "at", "by"), true);

    private final SynonymMap abbreviations;

    /** An index-time analyzer (no abbreviation expansion). */
    public ClinicalAnalyzer() {
        this(null);
    }

    /** A query-time analyzer that expands clinical abbreviations ("htn" also searches "hypertension"). */
    public ClinicalAnalyzer(SynonymMap abbreviations) {
        this.abbreviations = abbreviations;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream chain = new EnglishPossessiveFilter(source);
        chain = new LowerCaseFilter(chain);
        chain = new ASCIIFoldingFilter(chain);
        if (abbreviations != null) {
            chain = new SynonymGraphFilter(chain, abbreviations, true);
        }
        chain = new StopFilter(chain, STOP);
        chain = new KStemFilter(chain);
        return new TokenStreamComponents(source, chain);
    }
}
