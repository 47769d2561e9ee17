package org.opencac.models.codeset.hcpcs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opencac.models.codeset.CodeSetVersion;

/** The HCPCS Level II codes of one annual file. */
public final class HcpcsCodeSet {
    private final CodeSetVersion version;
    private final Map<String, HcpcsCode> codes;
    private final Map<String, List<HcpcsCode>> drugsByName;
    /** Every code in code order, sorted once here ({@link #all} is read by several start-up stages). */
    private final List<HcpcsCode> inOrder;
    /** The billing unit of each code in use that has one, read from its descriptor once here (by code). */
    private final Map<String, DrugUnit> units;

    public HcpcsCodeSet(CodeSetVersion version, Collection<HcpcsCode> codes) {
        this.version = version;
        Map<String, HcpcsCode> m = new TreeMap<>();
        Map<String, List<HcpcsCode>> d = new TreeMap<>();
        Map<String, DrugUnit> u = new HashMap<>();
        for (HcpcsCode c : codes) {
            m.put(c.code(), c);
            u.remove(c.code());   // a code listed twice: the unit of the one kept
            if (!c.terminated()) {
                c.drugUnit().ifPresent(unit -> {
                    u.put(c.code(), unit);
                    d.computeIfAbsent(unit.drug(), k -> new ArrayList<>()).add(c);
                });
            }
        }
        this.codes = Map.copyOf(m);
        this.units = Map.copyOf(u);
        this.inOrder = List.copyOf(m.values());
        d.replaceAll((k, v) -> List.copyOf(v));
        this.drugsByName = Map.copyOf(d);
    }

    public CodeSetVersion version() {
        return version;
    }

    public Optional<HcpcsCode> code(String code) {
        return Optional.ofNullable(codes.get(code.toUpperCase(Locale.ROOT)));
    }

    /**
     * The billing unit of a code ({@link HcpcsCode#drugUnit}), read once when the set was made for a code of this set
     * in use (start-up stages ask for every code's); read from the descriptor for any other.
     */
    public Optional<DrugUnit> drugUnit(HcpcsCode c) {
        if (!c.terminated() && codes.get(c.code()) == c) {
            return Optional.ofNullable(units.get(c.code()));
        }
        return c.drugUnit();
    }

    /** Every code of the file, in code order (terminated ones included). */
    public Collection<HcpcsCode> all() {
        return inOrder;
    }

    public int size() {
        return codes.size();
    }

    /** The drug codes whose descriptor names {@code drug} first (lower case), e.g. "ceftriaxone". */
    public List<HcpcsCode> drugCodes(String drug) {
        return drugsByName.getOrDefault(drug.toLowerCase(Locale.ROOT), List.of());
    }

    /** Codes whose description contains every word of {@code query} (case-insensitive), or whose code starts with it. */
    public List<HcpcsCode> search(String query, int limit) {
        String q = query.toLowerCase(Locale.ROOT).trim();
        String[] words = q.split("\\s+");
        return codes.values().stream().filter(c -> c.code().toLowerCase(Locale.ROOT).startsWith(q) || java.util.Arrays.stream(words)
                .allMatch(w -> c.longDescription().toLowerCase(Locale.ROOT).contains(w))).limit(limit).toList();
    }
}
