package org.opencac.engine.encounter;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.convention.CodePattern;
import org.opencac.engine.section.Section;
import org.opencac.engine.text.WordStartPattern;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/** Reads {@code encounter_reasons.json} and checks each rule against the code set: a rule's code must be billable. */
public final class EncounterRules {
    public static final String RESOURCE = "/org/opencac/engine/encounter/encounter_reasons.json";

    private EncounterRules() {
    }

    /**
     * The rules of a file, its visit lead ("presents for", "here for") and the section headers (lower case,
     * without the colon) that make a note a procedure report ("estimated blood loss", "anesthesia"), read once.
     */
    public record RuleSet(List<EncounterRule> rules, WordStartPattern lead, Set<String> procedureReportHeaders,
                          List<CodePattern> woundAftercareCodes, List<CodePattern> injuries, Operated operated) {
        public RuleSet {
            rules = List.copyOf(rules);
            procedureReportHeaders = Set.copyOf(procedureReportHeaders);
            woundAftercareCodes = List.copyOf(woundAftercareCodes);
            injuries = List.copyOf(injuries);
        }

        public RuleSet(List<EncounterRule> rules, WordStartPattern lead, Set<String> procedureReportHeaders) {
            this(rules, lead, procedureReportHeaders, List.of(), List.of(), Operated.NONE);
        }

        /** True if a section of the note is headed by one of the procedure-report headers (an operative report). */
        public boolean procedureReport(Document doc) {
            if (procedureReportHeaders.isEmpty()) {
                return false;
            }
            for (Section s : doc.sections()) {
                String h = s.header().coveredText(doc.text()).strip().toLowerCase(Locale.ROOT);
                if (procedureReportHeaders.contains(h.endsWith(":") ? h.substring(0, h.length() - 1).strip() : h)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The {@code operatedConditions} block: at an aftercare encounter (codes), a condition of these patterns
     * every mention of which is written as the object of its operation is over.
     *
     * @param aftercareCodes code patterns of aftercare following surgery
     * @param conditions     code patterns of conditions an operation ends
     * @param after          read right after a mention ("hernia repair", "lipoma was excised"), from the mention's end
     * @param before         read right before a mention ("repair of the hernia"), anchored at its end by $
     */
    public record Operated(List<CodePattern> aftercareCodes, List<CodePattern> conditions, Pattern after,
                           Pattern before) {
        static final Operated NONE = new Operated(List.of(), List.of(), null, null);

        public Operated {
            aftercareCodes = List.copyOf(aftercareCodes);
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * The bundled rules, read once for a code set: the four stages that read them (the encounter reason, the
     * subsequent-care, wound-aftercare and past-condition checks) share one reading, which is immutable (each
     * reading works out every rule pattern's word starts, a few hundred regex matches a pattern).
     */
    public static RuleSet standard(CodeSet codeSet) {
        synchronized (EncounterRules.class) {
            Read last = lastRead;
            if (last != null && last.codeSet().get() == codeSet) {
                return last.rules();
            }
            try (InputStream in = EncounterRules.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + RESOURCE);
                }
                RuleSet rules = read(in.readAllBytes(), RESOURCE, codeSet);
                lastRead = new Read(new java.lang.ref.WeakReference<>(codeSet), rules);
                return rules;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** The bundled rules as last read, for the code set they were checked against (not kept alive by this). */
    private record Read(java.lang.ref.WeakReference<CodeSet> codeSet, RuleSet rules) {
    }

    private static Read lastRead;

    /** Parses rules ({"lead": "...", "rules": [...]}); a bad rule fails naming the file and the rule. */
    public static RuleSet read(byte[] bytes, String file, CodeSet codeSet) {
        JsonNode root = DataFiles.rulesRoot(bytes, file);
        WordStartPattern lead = WordStartPattern.NEVER;
        if (root.has("lead")) {
            try {
                lead = WordStartPattern.of(Pattern.compile(root.path("lead").asText(), Pattern.CASE_INSENSITIVE));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(file + ": bad lead pattern: " + e.getDescription(), e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": lead: " + e.getMessage(), e);
            }
        }
        Set<String> procedureHeaders = new HashSet<>();
        for (JsonNode h : root.path("procedureReportHeaders")) {
            procedureHeaders.add(h.asText().toLowerCase(Locale.ROOT));
        }
        List<EncounterRule> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode r : root.path("rules")) {
            EncounterRule rule;
            try {
                rule = EncounterRule.fromJson(r);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            }
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException(file + ": duplicate rule id " + rule.id());
            }
            if (rule.kind() == EncounterRule.Kind.REASON
                    && !codeSet.get(rule.code()).map(Code::billable).orElse(false)) {
                throw new IllegalArgumentException(file + ": rule " + rule.id() + ": " + rule.code()
                        + " is not a billable code of " + codeSet.version());
            }
            if (!rule.leadSections().isEmpty() && !root.has("lead")) {
                throw new IllegalArgumentException(file + ": rule " + rule.id() + " has leadSections but the file no lead");
            }
            if (rule.notInProcedureReports() && procedureHeaders.isEmpty()) {
                throw new IllegalArgumentException(file + ": rule " + rule.id()
                        + " is not read in procedure reports but the file names no procedureReportHeaders");
            }
            out.add(rule);
        }
        List<CodePattern> aftercare;
        List<CodePattern> injuries;
        try {
            aftercare = CodePattern.parseAll(EncounterRule.texts(root.path("woundAftercare").path("codes")));
            injuries = CodePattern.parseAll(EncounterRule.texts(root.path("woundAftercare").path("injuries")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": woundAftercare: " + e.getMessage(), e);
        }
        Operated operated = Operated.NONE;
        JsonNode op = root.path("operatedConditions");
        if (!op.isMissingNode()) {
            try {
                operated = new Operated(CodePattern.parseAll(EncounterRule.texts(op.path("aftercareCodes"))),
                        CodePattern.parseAll(EncounterRule.texts(op.path("conditions"))),
                        Pattern.compile(op.path("after").asText(), Pattern.CASE_INSENSITIVE),
                        Pattern.compile(op.path("before").asText(), Pattern.CASE_INSENSITIVE));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": operatedConditions: " + e.getMessage(), e);
            }
        }
        return new RuleSet(out, lead, procedureHeaders, aftercare, injuries, operated);
    }
}
