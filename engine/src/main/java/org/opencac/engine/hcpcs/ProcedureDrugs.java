package org.opencac.engine.hcpcs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.section.Section;
import org.opencac.engine.section.SectionType;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * Drugs given as part of a procedure (data: {@code procedure_drugs.tsv}): the sedation, premedication and
 * anesthesia drugs of a procedure report belong to the sedation or anesthesia service and get no HCPCS code.
 * A drug is part of the procedure when its section header or its sentence has a sedation or anesthesia word,
 * or when it is a listed sedation or anticoagulation agent in a note that has a procedure section. A phrase that
 * tells only the setting the procedure is done in ("under general anesthesia") is no such word: a steroid injected
 * into a joint under general anesthesia is given as its own service, the anesthetic agents are listed agents.
 */
final class ProcedureDrugs {
    static final String FILE = HcpcsModule.DIR + "procedure_drugs.tsv";

    private final List<String> headerCues;
    private final List<String> sentenceCues;
    private final List<String> settingPhrases;
    private final Set<String> agents;

    private ProcedureDrugs(List<String> headerCues, List<String> sentenceCues, List<String> settingPhrases,
                           Set<String> agents) {
        this.headerCues = List.copyOf(headerCues);
        this.sentenceCues = List.copyOf(sentenceCues);
        this.settingPhrases = List.copyOf(settingPhrases);
        this.agents = Set.copyOf(agents);
    }

    static ProcedureDrugs load() {
        List<String> headers = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        Set<String> agents = new HashSet<>();
        DataFiles.kinds(FILE, Map.of(
                "header", v -> headers.add(TermNormalizer.key(v)),
                "sentence", v -> sentences.add(TermNormalizer.key(v)),
                "setting", v -> settings.add(TermNormalizer.key(v)),
                "agent", agents::add));
        return new ProcedureDrugs(headers, sentences, settings, agents);
    }

    /** True when the drug phrase {@code p}, coded as {@code code}, was given as part of a procedure. */
    boolean partOfProcedure(HcpcsPhrase p, String code, Document doc) {
        Section section = doc.sectionOf(p.sentence());
        if (section.header() != null && PerformedCues.anyCue(headerCues, " " + TermNormalizer.key(
                doc.text().substring(section.header().start(), section.header().end())) + " ")) {
            return true;
        }
        if (PerformedCues.anyCue(sentenceCues, withoutSetting(PerformedCues.padded(p.words())))) {
            return true;
        }
        return agents.contains(code) && doc.sections().stream().anyMatch(s -> s.type() == SectionType.PROCEDURE);
    }

    /** The space-padded sentence words with each setting phrase ("under general anesthesia") taken out. */
    private String withoutSetting(String padded) {
        String words = padded;
        for (String phrase : settingPhrases) {
            words = words.replace(" " + phrase + " ", " ");
        }
        return words;
    }
}
