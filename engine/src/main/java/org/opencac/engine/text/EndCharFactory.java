package org.opencac.engine.text;

import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;

/**
 * OpenNLP's sentence detector factory with the possible sentence ends found by {@link EndCharScanner} and each
 * end's features remembered by the text around it ({@link RememberedContextGenerator}); all else (language,
 * abbreviations, end characters, the features themselves) as the factory it is made from. Public with a
 * constructor without arguments, as a sentence model makes its factory again by the class's name.
 */
public final class EndCharFactory extends SentenceDetectorFactory {
    /** The features remembered for the detectors this factory makes (one a thread), shared by them. */
    private final ConcurrentHashMap<RememberedContextGenerator.Window, String[]> features =
            RememberedContextGenerator.newMemo();

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
    public EndOfSentenceScanner getEndOfSentenceScanner() {
        return new EndCharScanner(super.getEndOfSentenceScanner().getEOSCharacters());
    }

    @Override
    public SDContextGenerator getSDContextGenerator() {
        return new RememberedContextGenerator(super.getSDContextGenerator(), features);
    }
}
