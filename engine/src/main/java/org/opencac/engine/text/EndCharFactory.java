package org.opencac.engine.text;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorFactory;

/**
 * OpenNLP's sentence detector factory with the possible sentence ends found by {@link EndCharScanner}; all else
 * (language, abbreviations, end characters, context generator) as the factory it is made from. Public with a
 * constructor without arguments, as a sentence model makes its factory again by the class's name.
 */
public final class EndCharFactory extends SentenceDetectorFactory {
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
}
