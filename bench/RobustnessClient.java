import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Robustness run against a running OpenCAC service on loopback (run by bench/robustness.sh):
 * malformed, hostile and oversized requests over raw sockets, 100 KB repeated-word notes in both settings,
 * 300 slow clients, and normal requests plus /health/ready during and after. Bounded in count and time.
 * Usage: java bench/RobustnessClient.java PORT INTEGRATOR_KEY CODER_KEY
 */
public class RobustnessClient {
    static final String HOST = "127.0.0.1";
    static final int TIMEOUT_MS = 15_000;
    static int port;
    static String key;
    static String coderKey;

    /** One outcome: status (0 = connection closed without an answer, -1 = no answer within the timeout). */
    record Outcome(String kind, int status, long ms, boolean problemJson) {
    }

    static final List<Outcome> OUTCOMES = java.util.Collections.synchronizedList(new ArrayList<>());

    static Outcome raw(String kind, byte[] request) {
        long t0 = System.nanoTime();
        int status;
        boolean problem = false;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, port), 5000);
            s.setSoTimeout(TIMEOUT_MS);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (java.io.IOException e) {
                // the server may answer and close before reading everything (413): read what it sent
            }
            byte[] resp = readAll(s.getInputStream(), t0);
            String head = new String(resp, 0, Math.min(resp.length, 2048), StandardCharsets.ISO_8859_1);
            status = head.startsWith("HTTP/1.1 ") && head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : 0;
            problem = head.toLowerCase().contains("content-type: application/problem+json");
        } catch (java.net.SocketTimeoutException e) {
            status = -1;
        } catch (Exception e) {
            status = 0;
        }
        Outcome o = new Outcome(kind, status, (System.nanoTime() - t0) / 1_000_000, problem);
        OUTCOMES.add(o);
        return o;
    }

    static byte[] readAll(InputStream in, long t0) throws java.io.IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        try {
            while ((n = in.read(buf)) != -1) {
                b.write(buf, 0, n);
                if (b.size() > 4_000_000) {
                    break;
                }
            }
        } catch (java.net.SocketException e) {
            if (b.size() == 0) {
                throw e;
            }
        }
        return b.toByteArray();
    }

    static byte[] http(String method, String path, String contentType, byte[] body, String apiKey) {
        StringBuilder h = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        if (apiKey != null) {
            h.append("X-API-Key: ").append(apiKey).append("\r\n");
        }
        if (contentType != null) {
            h.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (body != null) {
            h.append("Content-Length: ").append(body.length).append("\r\n");
        }
        h.append("\r\n");
        byte[] head = h.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (body == null) {
            return head;
        }
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    static byte[] suggest(String json) {
        return http("POST", "/v1/suggest", "application/json", json.getBytes(StandardCharsets.UTF_8), key);
    }

    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    static String note(String text, String setting) {
        return "{\"text\":" + q(text) + ",\"setting\":" + q(setting) + "}";
    }

    static byte[] chunked50Mb() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        String head = "POST /v1/suggest HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-API-Key: " + key
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        b.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, (byte) 'a');
        b.writeBytes(("9\r\n{\"text\":\"\r\n").getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < 50; i++) {
            b.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            b.writeBytes(chunk);
            b.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        b.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return b.toByteArray();
    }

    /** The hostile kinds, each a generator of one request; the run cycles through them. */
    static Map<String, Supplier<byte[]>> hostile() {
        Map<String, Supplier<byte[]>> k = new TreeMap<>();
        String ok = note("Essential hypertension.", "outpatient");
        k.put("json-trailing-object", () -> suggest(ok + "{}"));
        k.put("json-trailing-junk", () -> suggest(ok + " trailing"));
        k.put("json-truncated", () -> suggest(ok.substring(0, ok.length() / 2)));
        k.put("json-not-object", () -> suggest("[1,2,3]"));
        k.put("json-empty-body", () -> suggest(""));
        k.put("json-nesting-1000", () -> suggest("[".repeat(1000) + "]".repeat(1000)));
        k.put("json-nesting-100000", () -> suggest("{\"a\":".repeat(100_000)));
        k.put("json-key-500000", () -> suggest("{\"" + "k".repeat(500_000) + "\":1}"));
        k.put("json-number-500000", () -> suggest("{\"text\":\"x\",\"setting\":\"outpatient\",\"maxSuggestions\":"
                + "9".repeat(500_000) + "}"));
        k.put("json-duplicate-keys", () -> suggest("{\"text\":\"a\",\"text\":\"b\",\"setting\":\"outpatient\"}"));
        k.put("max-wraparound", () -> suggest("{\"text\":\"Hypertension.\",\"setting\":\"outpatient\",\"maxSuggestions\":"
                + "18446744073709551617}"));
        k.put("max-negative-float-string", () -> suggest("{\"text\":\"Hypertension.\",\"setting\":\"outpatient\","
                + "\"maxSuggestions\":\"-1.5e308\"}"));
        k.put("setting-nul", () -> suggest("{\"text\":\"Hypertension.\",\"setting\":\"outpatient\\u0000\"}"));
        k.put("setting-unknown", () -> suggest(note("Hypertension.", "emergency")));
        k.put("text-not-string", () -> suggest("{\"text\":{\"a\":1},\"setting\":\"outpatient\"}"));
        k.put("text-blank", () -> suggest(note(" \n\t ", "outpatient")));
        k.put("ctype-jsonx", () -> http("POST", "/v1/suggest", "application/jsonx", ok.getBytes(StandardCharsets.UTF_8), key));
        k.put("ctype-missing", () -> http("POST", "/v1/suggest", null, ok.getBytes(StandardCharsets.UTF_8), key));
        k.put("ctype-latin1", () -> http("POST", "/v1/suggest", "application/json; charset=latin1",
                ok.getBytes(StandardCharsets.UTF_8), key));
        k.put("utf8-invalid", () -> http("POST", "/v1/suggest", "application/json", new byte[] {'{', '"', 't', '"', ':',
                '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, key));
        String emoji = new String(Character.toChars(0x1F600));
        k.put("emoji-over-limit", () -> suggest(note(emoji.repeat(100_001), "outpatient")));
        k.put("note-over-limit", () -> suggest(note("a".repeat(100_001), "outpatient")));
        k.put("body-chunked-50MB", RobustnessClient::chunked50Mb);
        k.put("content-length-lies", () -> {
            byte[] b = http("POST", "/v1/suggest", "application/json", ok.getBytes(StandardCharsets.UTF_8), key);
            String s = new String(b, StandardCharsets.ISO_8859_1).replace("Content-Length: " + ok.length(),
                    "Content-Length: 100000");
            return s.getBytes(StandardCharsets.ISO_8859_1);
        });
        k.put("content-length-negative", () -> new String(http("POST", "/v1/suggest", "application/json",
                ok.getBytes(StandardCharsets.UTF_8), key), StandardCharsets.ISO_8859_1)
                .replace("Content-Length: " + ok.length(), "Content-Length: -5").getBytes(StandardCharsets.ISO_8859_1));
        k.put("http-garbage", () -> "GARBAGE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        k.put("http-binary", () -> new byte[] {0, 1, 2, 3, (byte) 0xff, '\r', '\n', '\r', '\n'});
        k.put("http-uri-20KB", () -> http("GET", "/v1/codes?q=" + "a".repeat(20_000), null, null, coderKey));
        k.put("http-header-20KB", () -> ("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Big: " + "b".repeat(20_000)
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        k.put("http-many-headers", () -> {
            StringBuilder b = new StringBuilder("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n");
            for (int i = 0; i < 2000; i++) {
                b.append("X-H").append(i).append(": v\r\n");
            }
            return b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        });
        k.put("http-bad-method", () -> http("FOO", "/v1/suggest", null, null, key));
        k.put("http-nul-in-path", () -> "GET /v1/codes/E11%00.9 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        k.put("http-dotdot-path", () -> http("GET", "/webjars/../../etc/passwd", null, null, key));
        k.put("wrong-method-405", () -> http("GET", "/v1/suggest", null, null, key));
        k.put("unknown-path-404", () -> http("GET", "/v1/nothing", null, null, key));
        k.put("auth-missing", () -> http("POST", "/v1/suggest", "application/json", ok.getBytes(StandardCharsets.UTF_8), null));
        k.put("auth-wrong-key", () -> http("POST", "/v1/suggest", "application/json", ok.getBytes(StandardCharsets.UTF_8),
                "ocac_000000000000_nope"));
        k.put("auth-wrong-role", () -> http("POST", "/v1/suggest", "application/json", ok.getBytes(StandardCharsets.UTF_8),
                coderKey));
        k.put("codes-query-long", () -> http("GET", "/v1/codes?q=" + "x".repeat(300), null, null, coderKey));
        k.put("codes-query-lucene-syntax", () -> http("GET", "/v1/codes?q=%22%28*%3F~title%3A%5B", null, null, coderKey));
        k.put("codes-limit-overflow", () -> http("GET", "/v1/codes?q=asthma&limit=99999999999999999999", null, null, coderKey));
        k.put("codes-unknown", () -> http("GET", "/v1/codes/ZZZ%0A%3Cscript%3E", null, null, coderKey));
        k.put("fhir-not-fhir", () -> http("POST", "/fhir/r4/DocumentReference/$suggest-codes", "application/fhir+json",
                "{\"resourceType\":\"Patient\"}".getBytes(StandardCharsets.UTF_8), key));
        k.put("fhir-bad-base64", () -> http("POST", "/fhir/r4/DocumentReference/$suggest-codes", "application/fhir+json",
                "{\"resourceType\":\"DocumentReference\",\"status\":\"current\",\"content\":[{\"attachment\":{\"data\":\"@@@\"}}]}"
                        .getBytes(StandardCharsets.UTF_8), key));
        k.put("fhir-deep", () -> http("POST", "/fhir/r4/DocumentReference/$suggest-codes", "application/fhir+json",
                ("{\"resourceType\":\"Bundle\",\"x\":" + "[".repeat(5000)).getBytes(StandardCharsets.UTF_8), key));
        k.put("fhir-valid", () -> http("POST", "/fhir/r4/DocumentReference/$suggest-codes", "application/fhir+json",
                ("{\"resourceType\":\"DocumentReference\",\"status\":\"current\",\"content\":[{\"attachment\":{\"contentType\":"
                        + "\"text/plain\",\"data\":\"" + Base64.getEncoder().encodeToString("Essential hypertension."
                        .getBytes(StandardCharsets.UTF_8)) + "\"}}]}").getBytes(StandardCharsets.UTF_8), key));
        k.put("cds-no-note", () -> http("POST", "/cds-services/opencac-discharge-coding", "application/json",
                "{\"hook\":\"encounter-discharge\",\"hookInstance\":\"x\",\"context\":{}}".getBytes(StandardCharsets.UTF_8), key));
        k.put("cds-junk", () -> http("POST", "/cds-services/opencac-discharge-coding", "application/json",
                "{\"hook\":1,\"prefetch\":[[[[]]]]}".getBytes(StandardCharsets.UTF_8), key));
        k.put("normal-suggest", () -> suggest(ok));
        return k;
    }

    static final List<Outcome> PROBES = java.util.Collections.synchronizedList(new ArrayList<>());

    /** Normal requests and readiness probes, every 500 ms, labelled with the phase. */
    static Thread prober(String phase, java.util.concurrent.atomic.AtomicBoolean stop) {
        Thread t = new Thread(() -> {
            while (!stop.get()) {
                Outcome h = raw("probe-ready-" + phase, http("GET", "/health/ready", null, null, null));
                Outcome n = raw("probe-suggest-" + phase, suggest(note("Type 2 diabetes mellitus with hyperglycemia.",
                        "outpatient")));
                PROBES.add(h);
                PROBES.add(n);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    public static void main(String[] args) throws Exception {
        port = Integer.parseInt(args[0]);
        key = args[1];
        coderKey = args[2];
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        var stop = new java.util.concurrent.atomic.AtomicBoolean();

        // Phase 1: hostile requests, 8 at a time.
        Thread p1 = prober("hostile", stop);
        Map<String, Supplier<byte[]>> kinds = hostile();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> fs = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (var e : kinds.entrySet()) {
                String kind = e.getKey();
                if (kind.equals("body-chunked-50MB") && r % 5 != 0) {
                    continue; // 50 MB each: a few are enough
                }
                fs.add(pool.submit(() -> raw(kind, e.getValue().get())));
            }
        }
        for (Future<?> f : fs) {
            f.get();
        }
        stop.set(true);
        p1.join();

        // Phase 2: 100 KB notes of one repeated word, both settings, 6 at once.
        stop.set(false);
        Thread p2 = prober("repeated", stop);
        List<Future<?>> big = new ArrayList<>();
        ExecutorService six = Executors.newFixedThreadPool(6);
        for (String word : List.of("hypertension", "diabetes", "CKD", "fracture")) {
            for (String setting : List.of("outpatient", "inpatient")) {
                String text = (word + " ").repeat(100_000 / (word.length() + 1));
                big.add(six.submit(() -> raw("repeated-100KB-" + setting, suggest(note(text, setting)))));
            }
        }
        for (Future<?> f : big) {
            f.get();
        }
        six.shutdown();
        stop.set(true);
        p2.join();

        // Phase 3: 300 slow clients (150 dribbling a body at 1 byte/s, 150 dribbling headers), probes during.
        stop.set(false);
        Thread p3 = prober("slow-clients", stop);
        ExecutorService slow = Executors.newFixedThreadPool(300);
        List<Future<?>> sf = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            boolean body = i % 2 == 0;
            sf.add(slow.submit(() -> slowClient(body)));
        }
        for (Future<?> f : sf) {
            f.get();
        }
        slow.shutdown();
        stop.set(true);
        p3.join();

        // Phase 4: after everything, normal requests and readiness.
        for (int i = 0; i < 10; i++) {
            PROBES.add(raw("probe-ready-after", http("GET", "/health/ready", null, null, null)));
            PROBES.add(raw("probe-suggest-after", suggest(note("Community acquired pneumonia.", "inpatient"))));
        }
        pool.shutdown();
        report();
    }

    static void slowClient(boolean body) {
        long t0 = System.nanoTime();
        int status;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, port), 5000);
            s.setSoTimeout(TIMEOUT_MS + 30_000);
            OutputStream out = s.getOutputStream();
            String head = "POST /v1/suggest HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-API-Key: " + key
                    + "\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n";
            byte[] start = body ? head.getBytes(StandardCharsets.ISO_8859_1)
                    : "POST /v1/suggest HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.ISO_8859_1);
            out.write(start);
            out.flush();
            // Dribble one byte a second for up to 40 s, until the server gives up on us.
            InputStream in = s.getInputStream();
            try {
                for (int i = 0; i < 40 && in.available() == 0; i++) {
                    Thread.sleep(1000);
                    out.write(body ? '{' : 'X');
                    out.flush();
                }
            } catch (java.io.IOException closed) {
                // the server closed the connection: expected
            }
            byte[] resp = readAll(in, t0);
            String h = new String(resp, 0, Math.min(resp.length, 64), StandardCharsets.ISO_8859_1);
            status = h.startsWith("HTTP/1.1 ") ? Integer.parseInt(h.substring(9, 12)) : 0;
        } catch (java.net.SocketTimeoutException e) {
            status = -1;
        } catch (Exception e) {
            status = 0;
        }
        OUTCOMES.add(new Outcome(body ? "slow-body" : "slow-headers", status, (System.nanoTime() - t0) / 1_000_000, false));
    }

    static String cls(int s) {
        return s == -1 ? "no answer (hang)" : s == 0 ? "closed, no status" : (s / 100) + "xx";
    }

    static void report() {
        Map<String, Map<String, Integer>> byKind = new TreeMap<>();
        Map<String, Long> maxMs = new TreeMap<>();
        Map<String, Integer> notProblem = new TreeMap<>();
        int total = 0;
        int fiveXX = 0;
        int deliberate503 = 0;
        int hangs = 0;
        int over10s = 0;
        long max = 0;
        List<Outcome> all;
        synchronized (OUTCOMES) {
            all = new ArrayList<>(OUTCOMES);
        }
        for (Outcome o : all) {
            total++;
            byKind.computeIfAbsent(o.kind(), x -> new TreeMap<>()).merge(cls(o.status()), 1, Integer::sum);
            maxMs.merge(o.kind(), o.ms(), Math::max);
            boolean slowKind = o.kind().startsWith("slow-");
            if (!slowKind) {
                max = Math.max(max, o.ms());
                if (o.ms() > 10_000) {
                    over10s++;
                }
            }
            if (o.status() == -1) {
                hangs++;
            }
            if (o.status() == 503) {
                deliberate503++;
            } else if (o.status() >= 500) {
                fiveXX++;
            }
            if (o.status() >= 400 && !o.problemJson() && !slowKind) {
                notProblem.merge(o.kind(), 1, Integer::sum);
            }
        }
        System.out.println("| kind | answers by status class | max ms |");
        System.out.println("|---|---|---|");
        for (var e : byKind.entrySet()) {
            System.out.println("| " + e.getKey() + " | " + e.getValue() + " | " + maxMs.get(e.getKey()) + " |");
        }
        System.out.println();
        System.out.println("requests: " + total + "; 5xx other than 503: " + fiveXX + "; deliberate 503: " + deliberate503
                + "; hangs (no answer in " + TIMEOUT_MS / 1000 + " s): " + hangs + "; answers over 10 s (not counting slow clients): "
                + over10s + "; max latency (not counting slow clients): " + max + " ms");
        System.out.println("error answers without application/problem+json: " + (notProblem.isEmpty() ? "none" : notProblem));
        long probesOk = PROBES.stream().filter(o -> o.status() == 200).count();
        System.out.println("probes (normal suggest + /health/ready during and after): " + probesOk + "/" + PROBES.size()
                + " answered 200");
    }
}
