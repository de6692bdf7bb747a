package madvec.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import madvec.api.MatrixElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Concurrent clients are coalesced into batches; overload answers 503; shutdown finishes in-flight requests. */
@Timeout(60)
class LoadTest {
    static InferenceServer start(ServeConfig c) {
        return InferenceServer.start(c.withAddress("127.0.0.1", 0));
    }

    @Test
    void concurrentClientsAreCoalescedAndEachGetsItsOwnAnswer() throws Exception {
        int clients = 16, perClient = 8, b = 16;
        MatrixElement me = MatrixElement.builder("ee_mumu").build();
        // a long delay so that requests arriving together share batches even on a slow machine
        try (InferenceServer s = start(ServeConfig.defaults(List.of(ModelSpec.parse("ee=ee_mumu")))
                .withBatching(4096, Duration.ofMillis(20), 1, 1 << 20));
             ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            URI base = s.uri();
            List<Future<?>> tasks = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        double[] u = Http.points(b, 2, 1000L * client + i);
                        Http.Reply r = Http.postJson(base, "v2/models/ee/infer", Http.request("u", b, 2, u, "", "me"));
                        assertEquals(200, r.status());
                        assertArrayEquals(me.evaluatePoints(Http.columns(u, 2)).me(), r.data("me"));
                    }
                    return null;
                }));
            }
            for (Future<?> t : tasks) t.get();
            long batches = s.batches("ee");
            String metrics = s.scrapeMetrics();
            assertTrue(metrics.contains("madvec_events_total{model=\"ee\"} " + clients * perClient * b), metrics);
            // 128 requests in far fewer batches: they were coalesced
            assertTrue(batches < clients * perClient / 2, "batches: " + batches + "\n" + metrics);
            assertTrue(metrics.contains("madvec_batch_requests_count{model=\"ee\"} " + batches), metrics);
        }
    }

    @Test
    void aFullQueueAnswers503WithRetryAfter() throws Exception {
        // gg_ttgg: about 0.1 ms per event per core, so that 256-event requests pile up behind one worker
        int b = 256;
        try (InferenceServer s = start(ServeConfig.defaults(List.of(ModelSpec.parse("g4=gg_ttgg")))
                .withBatching(b, Duration.ZERO, 1, b));
             ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            URI base = s.uri();
            String body = Http.request("u", b, 8, Http.points(b, 8, 3), "");
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 12; i++) replies.add(pool.submit(() -> Http.postJson(base, "v2/models/g4/infer", body)));
            int ok = 0, busy = 0;
            for (Future<Http.Reply> f : replies) {
                Http.Reply r = f.get();
                if (r.status() == 200) {
                    ok++;
                } else {
                    assertEquals(503, r.status(), () -> r.json().toString());
                    assertEquals("1", r.raw().headers().firstValue("Retry-After").orElse(""));
                    assertTrue(r.error().contains("full queue"), r.error());
                    busy++;
                }
            }
            assertTrue(ok >= 1 && busy >= 1, ok + " ok, " + busy + " refused");
            assertTrue(s.scrapeMetrics().contains("madvec_requests_total{model=\"g4\",code=\"503\"} " + busy));
        }
    }

    @Test
    void shutdownFinishesRequestsInFlight() throws Exception {
        int b = 1024, n = 4;
        InferenceServer s = start(ServeConfig.defaults(List.of(ModelSpec.parse("g4=gg_ttgg")))
                .withBatching(b, Duration.ZERO, 1, 1 << 20));
        URI base = s.uri();
        String body = Http.request("u", b, 8, Http.points(b, 8, 4), "");
        List<CompletableFuture<Http.Reply>> replies = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                replies.add(CompletableFuture.supplyAsync(() -> Http.postJson(base, "v2/models/g4/infer", body), clients));
            }
            // every request queued (1024 gg_ttgg events take tens of ms on one worker): stop while they are in flight
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (s.accepted() < n && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            long unanswered = replies.stream().filter(f -> !f.isDone()).count();
            s.close();
            assertTrue(unanswered > 0, "every request was answered before the shutdown began: the test proves nothing");
            for (CompletableFuture<Http.Reply> f : replies) {
                assertEquals(200, f.get().status(), () -> f.join().json().toString());
            }
            // and nothing is accepted afterwards
            assertTrue(CompletableFuture.supplyAsync(() -> {
                try {
                    return Http.get(base, "v2/health/live").status();
                } catch (RuntimeException e) {
                    return -1;
                }
            }, clients).get() != 200);
        }
    }
}
