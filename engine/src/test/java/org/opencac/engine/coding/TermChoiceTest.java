package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermSource;

class TermChoiceTest {

    @Test
    void aCuratedSynonymIsChosenOverATabularTitle() {
        Term title = new Term("essential hypertension", "I10", TermSource.TITLE);
        Term curated = new Term("htn", "I10", TermSource.CURATED);
        assertEquals(curated, TermChoice.best(List.of(title, curated)));
    }

    @Test
    void aFullTitleRanksWithTheDefaultCodeTitleAfterCuratedTerms() {
        Term title = new Term("asthma", "J45.909", TermSource.TITLE);
        Term core = new Term("asthma", "J45.90", TermSource.TITLE_CORE);
        assertEquals(title, TermChoice.best(List.of(core, title)), "same rank: the code below the category wins ties by order");
        Term inclusion = new Term("asthma", "J45.909", TermSource.INCLUSION);
        assertEquals(title, TermChoice.best(List.of(inclusion, title)));
    }

    @Test
    void aSubcategoryCodeIsChosenOverACategoryOfTheSameSource() {
        Term category = new Term("gout", "M10", TermSource.CURATED);
        Term sub = new Term("gout", "M10.9", TermSource.CURATED);
        assertEquals(sub, TermChoice.best(List.of(category, sub)));
    }
}
