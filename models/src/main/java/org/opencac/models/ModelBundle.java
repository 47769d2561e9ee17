package org.opencac.models;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.icd10cm.Icd10CmCodeSetLoader;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;
import org.opencac.models.codeset.icd10cm.AlphabeticIndexLoader;
import org.opencac.models.codeset.icd10cm.CodeCarrier;
import org.opencac.models.codeset.icd10cm.IndexCorrections;
import org.opencac.models.codeset.icd10cm.IndexTerm;
import org.opencac.models.codeset.icd10cm.IndexXmlLoader;
import org.opencac.models.codeset.icd10cm.TabularNotesLoader;
import org.opencac.models.index.AbbreviationMap;
import org.opencac.models.index.ClinicalAnalyzer;
import org.opencac.models.index.CodeIndex;
import org.opencac.models.index.CodeIndexBuilder;
import org.opencac.models.io.BytesInput;
import org.opencac.models.io.Resources;
import org.opencac.models.io.StartupTimer;
import org.opencac.models.lexicon.BritishSpelling;
import org.opencac.models.lexicon.CuratedLexiconLoader;
import org.opencac.models.lexicon.Lexicon;
import org.opencac.models.lexicon.LexiconBuilder;
import org.opencac.models.lexicon.RaisedLevelForms;
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
            LexiconBuilder.QUALIFIERS, LexiconBuilder.RAISED_LEVEL_FORMS, AbbreviationMap.RESOURCE, BritishSpelling.RESOURCE, AlphabeticIndexLoader.INDEX,
            AlphabeticIndexLoader.CONVERSION, IndexCorrections.FILE);
    private static final List<Class<?>> DERIVERS = List.of(Icd10CmCodeSetLoader.class, TabularNotesLoader.class,
            IndexXmlLoader.class, LexiconBuilder.class, CuratedLexiconLoader.class, RaisedLevelForms.class, TermNormalizer.class, BritishSpelling.class,
            Lexicon.class, ModelSnapshot.class, CodeIndexBuilder.class, ClinicalAnalyzer.class, CodeSet.class,
            AlphabeticIndexLoader.class, IndexCorrections.class, IndexTerm.class, IndexTreeCache.class, IndexKeyCache.class, CodeCarrier.class, AlphabeticIndex.class,
            StringTable.class, BytesInput.class, org.opencac.models.lexicon.KeyFilter.class,
            org.opencac.models.lexicon.PackedStrings.class, CodeIndex.class, org.opencac.models.index.WordScoreTable.class);

    /** The bundled data files whose bytes key the cache (with the classes). */
    static List<String> fingerprintedResources() {
        return FINGERPRINTED;
    }

    /** The classes whose bytes key the cache (with the data files). */
    static List<Class<?>> derivers() {
        return DERIVERS;
    }

    /**
     * Loads the bundled data, using and filling the cache under {@code cacheDir}. The independent parts
     * (code set, lexicon, index trees, abbreviations, conversion table) load on threads of their own.
     */
    public static ModelBundle load(Path cacheDir) {
        ExecutorService loaders = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "model-loader");
            t.setDaemon(true);
            return t;
        });
        try {
            return load(cacheDir, loaders);
        } finally {
            loaders.shutdown();
        }
    }

    private static ModelBundle load(Path cacheDir, ExecutorService loaders) {
        CompletableFuture<SynonymMap> abbreviations = CompletableFuture.supplyAsync(
                () -> StartupTimer.time("abbreviations", ModelBundle::abbreviations), loaders);
        String fingerprint = StartupTimer.time("fingerprint", ModelBundle::fingerprint);
        // the conversion table is read only to carry the printed codes, which the cached key tables hold already
        boolean keysCached = Files.isRegularFile(IndexKeyCache.file(cacheDir, fingerprint));
        CompletableFuture<Map<String, List<String>>> conversion = keysCached ? null
                : CompletableFuture.supplyAsync(() -> StartupTimer.time("conversion table", AlphabeticIndexLoader::conversion), loaders);
        CompletableFuture<AlphabeticIndexLoader.Trees> trees =
                CompletableFuture.supplyAsync(() -> StartupTimer.time("index trees", () -> indexTrees(cacheDir, fingerprint)), loaders);
        // with its key tables cached, the Alphabetic Index needs only the trees: it is read while the snapshot is
        CompletableFuture<AlphabeticIndex> cachedIndex = !keysCached ? CompletableFuture.completedFuture(null)
                : trees.thenApplyAsync(t -> StartupTimer.time("Alphabetic Index (cached keys)",
                        () -> cachedAlphabeticIndex(cacheDir, fingerprint, t)), loaders);
        ModelSnapshot.Loaded loaded = null;
        if (ModelSnapshot.exists(cacheDir, fingerprint)) {
            try {
                loaded = StartupTimer.time("snapshot (code set, lexicon)", () -> {
                    try {
                        return ModelSnapshot.read(cacheDir, fingerprint, loaders);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (RuntimeException e) {
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
        CodeSet codeSet = loaded.codeSet();
        CompletableFuture<AlphabeticIndex> alphabetic = cachedIndex.thenCombineAsync(trees, (cached, t) -> cached != null
                ? cached
                : StartupTimer.time("Alphabetic Index", () -> alphabeticIndex(cacheDir, fingerprint, t, codeSet, conversion)),
                loaders);
        Lexicon lexicon = loaded.lexicon();
        CodeIndex index = StartupTimer.time("code index", () -> CodeIndex.openOrBuild(cacheDir, fingerprint, codeSet,
                lexicon, abbreviations.join()));
        pruneStale(cacheDir, fingerprint, CACHED);
        return new ModelBundle(codeSet, loaded.lexicon(), index, join(alphabetic));
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
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

    /** The Alphabetic Index over the trees with its cached key tables; null (with a warning) when they are unreadable. */
    private static AlphabeticIndex cachedAlphabeticIndex(Path cacheDir, String fingerprint, AlphabeticIndexLoader.Trees trees) {
        try {
            return IndexKeyCache.read(cacheDir, fingerprint, trees);
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring unreadable index key cache in {}: {}", cacheDir, e.toString());
            return null;
        }
    }

    /** The Alphabetic Index built from the trees (its printed codes carried to {@code codeSet}), its key tables cached. */
    private static AlphabeticIndex alphabeticIndex(Path cacheDir, String fingerprint, AlphabeticIndexLoader.Trees trees,
                                                   CodeSet codeSet, CompletableFuture<Map<String, List<String>>> conversion) {
        AlphabeticIndex index = AlphabeticIndexLoader.build(trees, codeSet,
                conversion != null ? conversion.join() : AlphabeticIndexLoader.conversion());
        try {
            IndexKeyCache.write(cacheDir, fingerprint, index);
        } catch (IOException e) {
            LOG.warn("could not write the index key cache to {}: {}", cacheDir, e.toString());
        }
        return index;
    }

    /** The names of the snapshots, tree and key caches and indexes this class keys by its fingerprint. */
    private static final List<String> CACHED = List.of("codes-", "index-trees-", "index-keys-", "lexicon-", "index-");

    /**
     * Removes the cache entries (files or folders) whose names start with one of {@code prefixes} and are of
     * other fingerprints (earlier builds), half-written ones aside; best effort.
     */
    static void pruneStale(Path cacheDir, String fingerprint, List<String> prefixes) {
        try (var entries = Files.list(cacheDir)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                boolean ours = prefixes.stream().anyMatch(name::startsWith);
                if (ours && !name.contains(fingerprint) && !name.contains(".tmp")) {
                    org.opencac.models.io.FileTrees.delete(p);
                }
            }
        } catch (IOException e) {
            LOG.warn("could not remove stale cache entries in {}: {}", cacheDir, e.toString());
        }
    }

    /**
     * A CRC over the bundled data files and the deriving classes. Inside a jar it combines the CRC and size
     * the jar already records for each entry (reading nothing); from a classes directory it reads the bytes.
     */
    static String fingerprint() {
        CRC32 crc = new CRC32();
        try {
            for (String r : FINGERPRINTED) {
                URL data = Resources.class.getResource("/org/opencac/models/" + r);
                if (data == null) {
                    throw new IllegalStateException("bundled resource missing from the build: " + r);
                }
                add(crc, data);
            }
            for (Class<?> c : DERIVERS) {
                add(crc, c.getResource(c.getSimpleName() + ".class"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Long.toHexString(crc.getValue());
    }

    static void add(CRC32 crc, URL resource) throws IOException {
        if (resource == null) {
            return;
        }
        if (resource.openConnection() instanceof JarURLConnection jar) {
            JarEntry entry = jar.getJarEntry();
            if (entry != null && entry.getCrc() != -1 && entry.getSize() != -1) {
                crc.update(ByteBuffer.allocate(16).putLong(entry.getCrc()).putLong(entry.getSize()).flip());
                return;
            }
        }
        try (InputStream in = resource.openStream()) {
            crc.update(in.readAllBytes());
        }
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
