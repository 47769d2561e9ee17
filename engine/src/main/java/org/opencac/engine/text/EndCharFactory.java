package org.opencac.engine.text;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.DefaultSDContextGenerator;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;

/**
 * OpenNLP's sentence detector factory with the possible sentence ends found by {@link EndCharScanner} and their
 * contexts remembered by their text ({@link RememberedContextGenerator}); all else (language, abbreviations, end
 * characters, the features of a context) as the factory it is made from. Public with a
 * constructor without arguments, as a sentence model makes its factory again by the class's name.
 */
public final class EndCharFactory extends SentenceDetectorFactory {
    /** The features of the possible ends met, by their text ({@link RememberedContextGenerator}), for all detectors. */
    private final java.util.concurrent.ConcurrentHashMap<String, String[]> contexts =
            new java.util.concurrent.ConcurrentHashMap<>();

    public EndCharFactory() {
    }

    private EndCharFactory(String language, boolean useTokenEnd, Dictionary abbreviations, char[] ends) {
        super(language, useTokenEnd, abbreviations, ends);
    }

    /** A factory with the settings of {@code loaded}. */
    static EndCharFactory of(SentenceDetectorFactory loaded) {
        return new EndCharFactory(loaded.getLanguageCode(), loaded.isUseTokenEnd(),
                loaded.getAbbreviationDictionary(), loaded.getEOSCharacters());
    }

    @Override
    public SDContextGenerator getSDContextGenerator() {
        SDContextGenerator own = super.getSDContextGenerator();
        char[] ends = getEOSCharacters();
        if (own.getClass() != DefaultSDContextGenerator.class || ends == null || ends.length == 0) {
            return own;   // the remembered keys describe what OpenNLP's default generator reads, no other's
        }
        return new RememberedContextGenerator(own, ends, contexts);
    }

    @Override
    public EndOfSentenceScanner getEndOfSentenceScanner() {
        return new EndCharScanner(super.getEndOfSentenceScanner().getEOSCharacters());
    }
}
