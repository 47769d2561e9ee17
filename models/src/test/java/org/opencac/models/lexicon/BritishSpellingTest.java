package org.opencac.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** British spellings of medical words are read as the American spelling the code sets print (own examples). */
class BritishSpellingTest {

    @Test
    void britishDigraphsReadAsTheAmericanSpelling() {
        assertEquals("edema", BritishSpelling.american("oedema"));
        assertEquals("hemorrhage", BritishSpelling.american("haemorrhage"));
        assertEquals("anemia", BritishSpelling.american("anaemia"));
        assertEquals("hyperkalemia", BritishSpelling.american("hyperkalaemia"));
        assertEquals("esophagus", BritishSpelling.american("oesophagus"));
        assertEquals("diarrhea", BritishSpelling.american("diarrhoea"));
        assertEquals("dyspnea", BritishSpelling.american("dyspnoea"));
        assertEquals("tumor", BritishSpelling.american("tumour"));
        assertEquals("lymphedema", BritishSpelling.american("lymphoedema"));
        assertEquals("gastroesophageal", BritishSpelling.american("gastrooesophageal"));
    }

    @Test
    void americanAndEverydayWordsWithTheSameLettersAreLeftAlone() {
        for (String w : new String[] {"aeruginosa", "aerobic", "toe", "shoe", "does", "goes", "vertebrae", "hour",
                "your", "four", "edema", "hemorrhage", "poem", "gastroesophageal", "tracheoesophageal", "angioedema"}) {
            assertEquals(w, BritishSpelling.american(w));
        }
    }

    @Test
    void aNotePhraseInBritishSpellingHasTheKeyOfTheTitle() {
        assertEquals(TermNormalizer.key("pulmonary edema"), TermNormalizer.key("Pulmonary oedema"));
        assertEquals(TermNormalizer.key("ischemic heart disease"), TermNormalizer.key("ischaemic heart disease"));
        assertEquals(TermNormalizer.key("tumors of the bladder"), TermNormalizer.key("tumours of the bladder"));
    }
}
