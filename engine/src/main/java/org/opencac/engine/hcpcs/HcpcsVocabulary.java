package org.opencac.engine.hcpcs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.models.codeset.hcpcs.HcpcsCode;
import org.opencac.models.codeset.hcpcs.HcpcsCodeSet;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * The phrases HCPCS Level II codes are found by, built once from a code file: drug names (the first name
 * word of the injection, infusion and listed oral drug codes), the head phrases of the listed service and
 * supply codes' descriptors ("Annual wellness visit; ..." gives "annual wellness visit"), the product
 * names of the skin substitutes, the team's supply list, and variants made with the team's synonyms
 * ("flu" for "influenza virus"). Everything goes into one {@link PhraseTrie}, so a note is matched in
 * one pass over its words.
 */
final class HcpcsVocabulary {
    private static final String DIR = "/org/opencac/engine/hcpcs/";
    private static final Pattern OR_PAIR = Pattern.compile("^(\\S+) or (\\S+) (.+)$");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final String PER_AREA = ", per square centimeter";

    private final PhraseTrie<HcpcsTrigger> trie;
    private final Map<String, List<String>> requirements;

    /** For a code whose family excludes words, those words (normalized keys). */
    private final Map<String, List<String>> exclusions;
    /** For a code whose family is for patients from an age on, that age in whole years. */
    private final Map<String, Integer> lowestAges;

    private HcpcsVocabulary(PhraseTrie<HcpcsTrigger> trie, Map<String, List<String>> requirements,
                            Map<String, List<String>> exclusions, Map<String, Integer> lowestAges) {
        this.trie = trie.freeze();
        this.requirements = Map.copyOf(requirements);
        this.exclusions = Map.copyOf(exclusions);
        this.lowestAges = Map.copyOf(lowestAges);
    }

    PhraseTrie<HcpcsTrigger> trie() {
        return trie;
    }

    /** Words one of which the note must contain for {@code code} (empty = none). */
    List<String> requirements(String code) {
        return requirements.getOrDefault(code, List.of());
    }

    /** The words none of which a note coded with {@code code} may contain (empty = none). */
    /** The lowest patient age the code's service is for (0 = any). */
    int lowestAge(String code) {
        return lowestAges.getOrDefault(code, 0);
    }

    List<String> exclusions(String code) {
        return exclusions.getOrDefault(code, List.of());
    }

    /** The vocabulary of a code file, with the bundled families, lead words, synonyms and supply list. */
    static HcpcsVocabulary build(HcpcsCodeSet codes, List<HcpcsFamily> families, List<Synonym> synonyms) {
        List<List<String>> leads = DataFiles.lines(DIR + "lead_words.txt").stream().map(TermNormalizer::words)
                .sorted(Comparator.comparingInt((List<String> l) -> l.size()).reversed()).toList();
        List<Synonym> triggerSynonyms = synonyms.stream().filter(s -> !s.qualifier()).toList();
        PhraseTrie<HcpcsTrigger> trie = new PhraseTrie<>();
        Map<String, List<String>> requirements = new HashMap<>();
        Map<String, List<String>> exclusions = new HashMap<>();
        Map<String, Integer> lowestAges = new HashMap<>();
        Map<String, List<HcpcsCode>> drugs = new LinkedHashMap<>();
        Map<List<String>, Group> heads = new LinkedHashMap<>();
        Map<List<String>, List<HcpcsCode>> products = new LinkedHashMap<>();
        for (HcpcsCode c : codes.all()) {
            if (c.terminated()) {
                continue;
            }
            HcpcsFamily family = families.stream().filter(f -> f.contains(c.code())).findFirst().orElse(null);
            if (family != null && family.kind() == HcpcsFamily.Kind.PRODUCT) {
                productNames(c).forEach(n -> products.computeIfAbsent(n, k -> new ArrayList<>()).add(c));
            } else if (family != null && family.kind() != HcpcsFamily.Kind.ORAL_DRUG) {
                addHead(c, leads, heads);
            } else {
                codes.drugUnit(c).filter(u -> !u.route().equals("oral") || family != null)
                        .ifPresent(u -> drugs.computeIfAbsent(u.drug(), k -> new ArrayList<>()).add(c));
            }
            if (family != null && !family.requires().isEmpty()) {
                requirements.put(c.code(), family.requires().stream().map(TermNormalizer::key).toList());
            }
            if (family != null && family.lowestAge() > 0) {
                lowestAges.put(c.code(), family.lowestAge());
            }
            if (family != null && !family.excludes().isEmpty()) {
                exclusions.put(c.code(), family.excludes().stream().map(TermNormalizer::key).toList());
            }
        }
        drugs.forEach((name, list) -> {
            List<String> key = TermNormalizer.words(name);
            if (!key.isEmpty()) {
                trie.add(key, new HcpcsTrigger(HcpcsTrigger.Kind.DRUG, name, list, Set.of(), "drug name in the HCPCS descriptor"));
                for (Synonym s : triggerSynonyms) {
                    brandCodes(key, list, s).ifPresent(codesOfBrand -> trie.add(s.noteWords(), new HcpcsTrigger(
                            HcpcsTrigger.Kind.DRUG, name, codesOfBrand, Set.of(),
                            "team synonym (brand name) of the HCPCS drug \"" + String.join(" ", s.descriptorWords()) + "\"")));
                }
            }
        });
        products.forEach((key, list) -> trie.add(key, new HcpcsTrigger(HcpcsTrigger.Kind.PRODUCT, String.join(" ", key), list,
                Set.copyOf(key), "product name in the HCPCS descriptor")));
        heads.forEach((key, g) -> {
            HcpcsTrigger t = new HcpcsTrigger(HcpcsTrigger.Kind.DESCRIPTOR, String.join(" ", key), g.codes,
                    Set.copyOf(g.headWords), "head of the HCPCS descriptor");
            for (List<String> phrase : g.phrases) {
                trie.add(phrase, t);
                for (List<String> variant : variants(phrase, triggerSynonyms)) {
                    trie.add(variant, new HcpcsTrigger(t.kind(), t.phrase(), t.codes(), t.headWords(),
                            "team synonym of the HCPCS descriptor's \"" + t.phrase() + "\""));
                }
            }
        });
        DataFiles.rows(DIR + "supplies.tsv", "phrase\tcode", (col, lineNo) -> {
            if (col.length != 2) {
                throw new IllegalStateException(DIR + "supplies.tsv line " + lineNo + ": expected phrase<TAB>code");
            }
            // a file without this code (another year's, or a partial one): the phrase finds nothing
            HcpcsCode c = codes.code(col[1]).orElse(null);
            if (c != null) {
                trie.add(TermNormalizer.words(col[0]), new HcpcsTrigger(HcpcsTrigger.Kind.SUPPLY_LIST, col[0],
                        List.of(c), Set.of(), "team supply list"));
            }
        });
        return new HcpcsVocabulary(trie, requirements, exclusions, lowestAges);
    }

    /**
     * The codes of the drug name {@code key} a brand synonym stands for: those whose descriptor's drug part
     * ("methylprednisolone acetate" of "Injection, methylprednisolone acetate, 80 mg") holds the synonym's
     * generic words, when those words begin with the drug name ("depo-medrol" is the acetate, not the sodium
     * succinate, of methylprednisolone); empty for a synonym of another name.
     */
    static Optional<List<HcpcsCode>> brandCodes(List<String> key, List<HcpcsCode> codes, Synonym s) {
        if (s.descriptorWords().size() < key.size() || !s.descriptorWords().subList(0, key.size()).equals(key)) {
            return Optional.empty();
        }
        List<HcpcsCode> out = codes.stream().filter(c -> {
            String[] parts = c.longDescription().split(",");
            List<String> drugPart = TermNormalizer.words(parts[Math.min(1, parts.length - 1)]);
            return Collections.indexOfSubList(drugPart, s.descriptorWords()) >= 0;
        }).toList();
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** The codes sharing one head phrase, and the phrases (with and without lead words) it is found by. */
    private static final class Group {
        private final List<HcpcsCode> codes = new ArrayList<>();
        private final Set<List<String>> phrases = new LinkedHashSet<>();
        private final Set<String> headWords = new LinkedHashSet<>();
    }

    /**
     * The head of a descriptor: its text before the first ";" or "," without parentheses; lead words
     * ("administration of", "annual") are dropped for a second phrase; a head that is only lead words
     * ("Cast supplies") gives way to the next part. "A or B rest" gives "A rest" and "B rest".
     */
    private static void addHead(HcpcsCode c, List<List<String>> leads, Map<List<String>, Group> heads) {
        String[] parts = PARENTHESES.matcher(c.longDescription().toLowerCase(Locale.ROOT)).replaceAll(" ").split("[;,]");
        int i = 0;
        while (i < parts.length - 1 && stripLeads(TermNormalizer.words(parts[i]), leads).isEmpty()) {
            i++;
        }
        String head = parts[i].trim();
        List<String> stripped = stripLeads(TermNormalizer.words(head), leads);
        if (stripped.size() < 2) {
            return; // a one-word head ("Fern test" aside) is too loose to find a service by
        }
        Group g = heads.computeIfAbsent(stripped, k -> new Group());
        g.codes.add(c);
        g.headWords.addAll(TermNormalizer.words(head));
        Matcher or = OR_PAIR.matcher(head);
        List<String> raw = or.matches() ? List.of(or.group(1) + " " + or.group(3), or.group(2) + " " + or.group(3)) : List.of(head);
        for (String h : raw) {
            List<String> full = TermNormalizer.words(h);
            g.phrases.add(full);
            List<String> s = stripLeads(full, leads);
            if (s.size() >= 2) {
                g.phrases.add(s);
            }
        }
    }

    private static List<String> stripLeads(List<String> words, List<List<String>> leads) {
        List<String> w = words;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<String> lead : leads) {
                if (w.size() >= lead.size() && w.subList(0, lead.size()).equals(lead)) {
                    w = w.subList(lead.size(), w.size());
                    changed = true;
                }
            }
        }
        return w;
    }

    /**
     * "Memoderm, dermaspan, tranzgraft or integuply, per square centimeter": the four names. A single word
     * after "or" that follows a name of several words shares that name's first word ("Allowrap ds or dry"
     * is "allowrap ds" and "allowrap dry"), so an ordinary word never becomes a product name on its own.
     */
    private static List<List<String>> productNames(HcpcsCode c) {
        String d = c.longDescription().toLowerCase(Locale.ROOT);
        int at = d.indexOf(PER_AREA);
        if (at < 0) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        for (String listed : PARENTHESES.matcher(d.substring(0, at)).replaceAll(" ").split(",")) {
            List<String> previous = null;
            for (String name : listed.split(" or | and ")) {
                List<String> w = new ArrayList<>(TermNormalizer.words(name));
                w.remove("tm");
                if (w.size() == 1 && previous != null && previous.size() > 1) {
                    w.add(0, previous.get(0));
                }
                if (!w.isEmpty()) {
                    out.add(List.copyOf(w));
                    previous = w;
                }
            }
        }
        return out;
    }

    /** A phrase with one synonym put in for the descriptor words it stands for ("influenza virus vaccine" → "flu vaccine"). */
    static List<List<String>> variants(List<String> phrase, List<Synonym> synonyms) {
        List<List<String>> out = new ArrayList<>();
        for (Synonym s : synonyms) {
            int at = Collections.indexOfSubList(phrase, s.descriptorWords());
            if (at >= 0) {
                List<String> v = new ArrayList<>(phrase.subList(0, at));
                v.addAll(s.noteWords());
                v.addAll(phrase.subList(at + s.descriptorWords().size(), phrase.size()));
                out.add(List.copyOf(v));
            }
        }
        return out;
    }

    /**
     * A line of {@code hcpcs/synonyms.tsv}.
     *
     * @param noteWords       the note's wording, normalized
     * @param descriptorWords the descriptor wording it stands for, normalized
     * @param qualifier       true: it chooses among codes; false: it makes trigger variants
     */
    record Synonym(List<String> noteWords, List<String> descriptorWords, boolean qualifier) {
        Synonym {
            if (noteWords.isEmpty() || descriptorWords.isEmpty()) {
                throw new IllegalArgumentException("a synonym needs words on both sides");
            }
            noteWords = List.copyOf(noteWords);
            descriptorWords = List.copyOf(descriptorWords);
        }

        static List<Synonym> load(String resource) {
            List<Synonym> out = new ArrayList<>();
            DataFiles.rows(resource, "note words\tdescriptor words\tkind", (c, lineNo) -> {
                if (c.length != 3 || !(c[2].equals("trigger") || c[2].equals("qualifier"))) {
                    throw new IllegalStateException(resource + " line " + lineNo
                            + ": expected note words, descriptor words, trigger|qualifier");
                }
                out.add(new Synonym(TermNormalizer.words(c[0]), TermNormalizer.words(c[1]), c[2].equals("qualifier")));
            });
            return out;
        }
    }
}
