package org.opencac.models;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.icd10cm.Icd10CmCodeSetLoader;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;
import org.opencac.models.codeset.icd10cm.AlphabeticIndexLoader;
import org.opencac.models.codeset.icd10cm.CodeCarrier;
import org.opencac.models.codeset.icd10cm.IndexTerm;
import org.opencac.models.codeset.icd10cm.IndexXmlLoader;
import org.opencac.models.codeset.icd10cm.TabularNotesLoader;
import org.opencac.models.index.AbbreviationMap;
import org.opencac.models.index.ClinicalAnalyzer;
import org.opencac.models.index.CodeIndex;
import org.opencac.models.index.CodeIndexBuilder;
import org.opencac.models.io.Resources;
import org.opencac.models.lexicon.CuratedLexiconLoader;
import org.opencac.models.lexicon.Lexicon;
import org.opencac.models.lexicon.LexiconBuilder;
import org.opencac.models.lexicon.TermNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the engine reads, loaded once: the ICD-10-CM code set, the term lexicon and the Lucene
 * code index. The first start parses the bundled publishers' files and writes a binary snapshot and
 * the index into {@code cacheDir}; later starts read those. Both are keyed by a fingerprint of the data
 * files and of the classes that derive them, so a changed file or loader rebuilds them.
 *
 * @param codeSet the ICD-10-CM code set
 * @param lexicon the term lexicon
 * @param index   the Lucene code index
 * @param alphabeticIndex the Alphabetic Index, Neoplasm and Drug tables, codes carried to the code set
 */
public record ModelBundle(CodeSet codeSet, Lexicon lexicon, CodeIndex index, AlphabeticIndex alphabeticIndex)
        implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(ModelBundle.class);

    /** Data files and derivation classes whose bytes key the cache. */
    private static final List<String> FINGERPRINTED = List.of(
            Icd10CmCodeSetLoader.BUNDLED_ORDER_FILE, Icd10CmCodeSetLoader.BUNDLED_TABULAR,
            Icd10CmCodeSetLoader.NOTE_CORRECTIONS, LexiconBuilder.NEOPLASM,
            LexiconBuilder.DRUGS, LexiconBuilder.EXTERNAL_CAUSE, LexiconBuilder.CURATED, LexiconBuilder.LONG_TERM_DRUGS, LexiconBuilder.TEMPLATES,
            LexiconBuilder.QUALIFIERS, AbbreviationMap.RESOURCE, AlphabeticIndexLoader.INDEX,
            AlphabeticIndexLoader.CONVERSION);
    private static final List<Class<?>> DERIVERS = List.of(Icd10CmCodeSetLoader.class, TabularNotesLoader.class,
            IndexXmlLoader.class, LexiconBuilder.class, CuratedLexiconLoader.class, TermNormalizer.class,
            Lexicon.class, ModelSnapshot.class, CodeIndexBuilder.class, ClinicalAnalyzer.class, CodeSet.class,
            AlphabeticIndexLoader.class, IndexTerm.class, IndexTreeCache.class, CodeCarrier.class, AlphabeticIndex.class);

    /** Loads the bundled data, using and filling the cache under {@code cacheDir}. */
    public static ModelBundle load(Path cacheDir) {
        CompletableFuture<SynonymMap> abbreviations = CompletableFuture.supplyAsync(ModelBundle::abbreviations);
        String fingerprint = fingerprint();
        CompletableFuture<AlphabeticIndexLoader.Trees> trees =
                CompletableFuture.supplyAsync(() -> indexTrees(cacheDir, fingerprint));
        ModelSnapshot.Loaded loaded = null;
        if (ModelSnapshot.exists(cacheDir, fingerprint)) {
            try {
                loaded = ModelSnapshot.read(cacheDir, fingerprint);
            } catch (IOException | RuntimeException e) {
                LOG.warn("ignoring unreadable model snapshot in {}: {}", cacheDir, e.toString());
            }
        }
        if (loaded == null) {
            CodeSet codeSet = Icd10CmCodeSetLoader.loadBundled();
            LOG.info("{} loaded: {}", codeSet.version().label(), codeSet.report());
            loaded = new ModelSnapshot.Loaded(codeSet, new LexiconBuilder(codeSet).buildBundled());
            try {
                ModelSnapshot.write(cacheDir, fingerprint, loaded.codeSet(), loaded.lexicon());
            } catch (IOException e) {
                LOG.warn("could not write the model snapshot to {} (start-up will stay slow): {}", cacheDir, e.toString());
            }
        }
        CodeIndex index = CodeIndex.openOrBuild(cacheDir, fingerprint, loaded.codeSet(), loaded.lexicon(),
                abbreviations.join());
        pruneStale(cacheDir, fingerprint);
        AlphabeticIndex alphabetic = AlphabeticIndexLoader.build(trees.join(), loaded.codeSet());
        return new ModelBundle(loaded.codeSet(), loaded.lexicon(), index, alphabetic);
    }

    /** The parsed index trees, from the cache when it holds them, else parsed and cached. */
    private static AlphabeticIndexLoader.Trees indexTrees(Path cacheDir, String fingerprint) {
        if (Files.exists(IndexTreeCache.file(cacheDir, fingerprint))) {
            try {
                return IndexTreeCache.read(cacheDir, fingerprint);
            } catch (IOException | RuntimeException e) {
                LOG.warn("ignoring unreadable index tree cache in {}: {}", cacheDir, e.toString());
            }
        }
        AlphabeticIndexLoader.Trees parsed = AlphabeticIndexLoader.parseBundled();
        try {
            IndexTreeCache.write(cacheDir, fingerprint, parsed);
        } catch (IOException e) {
            LOG.warn("could not write the index tree cache to {}: {}", cacheDir, e.toString());
        }
        return parsed;
    }

    /** Removes snapshots and indexes of other fingerprints (earlier builds); best effort. */
    private static void pruneStale(Path cacheDir, String fingerprint) {
        try (var entries = Files.list(cacheDir)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                boolean ours = name.startsWith("codes-") || name.startsWith("index-trees-") || name.startsWith("lexicon-") || name.startsWith("index-");
                if (ours && !name.contains(fingerprint) && !name.contains(".tmp")) {
                    try (var tree = Files.walk(p)) {
                        for (Path x : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(x);
                        }
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("could not remove stale cache entries in {}: {}", cacheDir, e.toString());
        }
    }

    static String fingerprint() {
        CRC32 crc = new CRC32();
        byte[] buf = new byte[1 << 16];
        try {
            for (String r : FINGERPRINTED) {
                try (InputStream in = Resources.raw(r)) {
                    for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                        crc.update(buf, 0, n);
                    }
                }
            }
            for (Class<?> c : DERIVERS) {
                try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                    if (in != null) {
                        crc.update(in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Long.toHexString(crc.getValue());
    }

    private static SynonymMap abbreviations() {
        try (InputStream in = Resources.bundled(AbbreviationMap.RESOURCE)) {
            Map<String, String> map = AbbreviationMap.read(in, AbbreviationMap.RESOURCE);
            return AbbreviationMap.toSynonymMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
