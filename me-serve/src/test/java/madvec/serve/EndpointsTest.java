package madvec.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Health, metadata, metrics and the bearer token. */
class EndpointsTest {
    @TempDir
    Path dir;

    static InferenceServer start(ServeConfig c) {
        return InferenceServer.start(c.withAddress("127.0.0.1", 0));
    }

    @Test
    void healthMetadataAndMetrics() {
        try (InferenceServer s = start(ServeConfig.defaults(List.of(ModelSpec.parse("gg=gg_tt").withParameters(List.of("mass.6"))))
                .withAccessLog(null, "9.9"))) {
            URI b = s.uri();
            assertEquals(200, Http.get(b, "v2/health/live").status());
            assertEquals(true, Http.get(b, "v2/health/ready").json().get("ready"));
            Map<String, Object> server = Http.get(b, "v2").json();
            assertEquals("madvec", server.get("name"));
            assertEquals("9.9", server.get("version"));
            assertEquals(List.of("binary_tensor_data"), server.get("extensions"));
            Map<String, Object> model = Http.get(b, "v2/models/gg").json();
            assertEquals("gg", model.get("name"));
            assertTrue(model.get("inputs").toString().contains("name=u, datatype=FP64, shape=[-1.0, 2.0]"), model.toString());
            assertTrue(model.get("inputs").toString().contains("name=momenta, datatype=FP64, shape=[-1.0, 16.0]"));
            assertTrue(model.get("outputs").toString().contains("name=grad_theta, datatype=FP64, shape=[-1.0, 1.0]"));
            assertTrue(model.get("parameters").toString().contains("mass.6=173"), model.toString());
            assertEquals(Http.get(b, "v2/models/gg").json(), Http.get(b, "v2/models/gg/versions/1").json());
            assertEquals(true, Http.get(b, "v2/models/gg/ready").json().get("ready"));
            Http.postJson(b, "v2/models/gg/infer", Http.request("u", 3, 2, Http.points(3, 2, 1), ""));
            Http.postJson(b, "v2/models/gg/infer", "{");
            Http.Reply m = Http.get(b, "metrics");
            assertEquals(200, m.status());
            String text = new String(m.raw().body());
            assertTrue(m.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
            assertTrue(text.contains("madvec_requests_total{model=\"gg\",code=\"200\"} 1"), text);
            assertTrue(text.contains("madvec_requests_total{model=\"gg\",code=\"400\"} 1"), text);
            assertTrue(text.contains("madvec_events_total{model=\"gg\"} 3"), text);
            assertTrue(text.contains("madvec_request_duration_seconds_count{model=\"gg\"} 2"), text);
            assertTrue(text.contains("madvec_queue_events{model=\"gg\"} 0"), text);
            assertTrue(text.contains("madvec_batch_events_count{model=\"gg\"} 1"), text);
        }
    }

    @Test
    void aTokenGuardsEverythingButTheProbes() throws IOException {
        Path token = dir.resolve("token");
        Files.writeString(token, "0123456789abcdef0123456789abcdef\n");
        try (InferenceServer s = start(ServeConfig.defaults(List.of(ModelSpec.parse("ee=ee_mumu"))).withSecurity(token, false))) {
            URI b = s.uri();
            assertEquals(200, Http.get(b, "v2/health/ready").status());
            Http.Reply no = Http.get(b, "v2/models/ee");
            assertEquals(401, no.status());
            assertEquals("Bearer", no.raw().headers().firstValue("WWW-Authenticate").orElse(""));
            assertEquals(401, Http.send(HttpRequest.newBuilder(b.resolve("metrics")).header("Authorization", "Bearer wrong").build()).status());
            assertEquals(200, Http.send(HttpRequest.newBuilder(b.resolve("v2/models/ee"))
                    .header("Authorization", "Bearer 0123456789abcdef0123456789abcdef").build()).status());
        }
    }

    @Test
    void otherAddressesNeedATokenOrInsecure() {
        ServeConfig open = ServeConfig.defaults(List.of(ModelSpec.parse("ee=ee_mumu"))).withAddress("0.0.0.0", 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, open::checkExposure);
        assertTrue(e.getMessage().contains("--token-file"), e.getMessage());
        open.withSecurity(null, true).checkExposure();
        open.withAddress("127.0.0.1", 0).checkExposure();
    }

    @Test
    void shortTokensAreRefused() throws IOException {
        Path token = dir.resolve("short");
        Files.writeString(token, "abc");
        assertThrows(IllegalArgumentException.class, () -> BearerAuth.fromFile(token));
    }

    @Test
    void modelFiles() throws IOException {
        Path f = dir.resolve("models.properties");
        Files.writeString(f, "gg.process = gg_tt\ngg.parameters = mass.6, yukawa.6\ngg.sqrts = 900\ngg.set.mass.6 = 172.5\n"
                + "ee.process = e+ e- > mu+ mu-\n");
        List<ModelSpec> specs = ModelSpec.readFile(f);
        assertEquals(2, specs.size());
        ModelSpec gg = specs.stream().filter(m -> m.name().equals("gg")).findFirst().orElseThrow();
        assertEquals(List.of("mass.6", "yukawa.6"), gg.parameters());
        assertEquals(900.0, gg.sqrtS());
        assertEquals(Map.of("mass.6", 172.5), gg.sets());
        Files.writeString(f, "gg.proces = gg_tt\n");
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.readFile(f));
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("gg"));
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("g/g=gg_tt"));
    }
}
