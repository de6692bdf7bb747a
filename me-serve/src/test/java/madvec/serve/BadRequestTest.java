package madvec.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import madvec.api.MatrixElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every malformed request gets its status and a {"error": ...} naming the problem; the server carries on. */
class BadRequestTest {
    static InferenceServer server;
    static URI base;

    @BeforeAll
    static void start() {
        server = InferenceServer.start(ServeConfig.defaults(List.of(
                        ModelSpec.parse("ee=ee_mumu").withParameters(List.of("mass.23")),
                        ModelSpec.parse("gg=gg_tt"),
                        ModelSpec.parse("mm=e+ e- > mu+ mu-")))
                .withAddress("127.0.0.1", 0).withLimits(64 * 1024, 1000, Duration.ofSeconds(30), Duration.ofSeconds(5)));
        base = server.uri();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void refused(int status, String body, String... fragments) {
        refusedAt(status, "v2/models/ee/infer", body, fragments);
    }

    private static void refusedAt(int status, String path, String body, String... fragments) {
        Http.Reply r = Http.postJson(base, path, body);
        assertEquals(status, r.status(), () -> body + " -> " + r.json());
        assertTrue(r.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String error = r.error();
        assertNotNull(error, () -> r.json().toString());
        for (String f : fragments) {
            assertTrue(error.contains(f), () -> "'" + error + "' should contain '" + f + "'");
        }
    }

    static String u(String data, String shape) {
        return "{\"inputs\":[{\"name\":\"u\",\"datatype\":\"FP64\",\"shape\":" + shape + ",\"data\":" + data + "}]}";
    }

    @Test
    void badJson() {
        refused(400, "{\"inputs\": [", "bad JSON");
        refused(400, "not json", "bad JSON");
        refused(400, "[1, 2]", "must be an object");
        refused(400, "{\"inputs\":[]} trailing", "bad JSON");
    }

    @Test
    void wrongDatatypeOrShape() {
        refused(400, u("[0.1,0.2]", "[1,2]").replace("FP64", "INT32"), "datatype INT32");
        refused(400, u("[0.1,0.2,0.3]", "[1,3]"), "shape [1, 3]", "[B, 2]");
        refused(400, u("[0.1,0.2]", "[2]"), "shape [2]");
        refused(400, u("[0.1,0.2,0.3]", "[1,2]"), "3 values for shape [1, 2]");
        refused(400, u("[\"a\",\"b\"]", "[1,2]"), "must be numbers");
        refused(400, "{\"inputs\":[{\"name\":\"u\",\"datatype\":\"FP64\",\"shape\":[1,2]}]}", "no data");
    }

    @Test
    void unknownModelInputOutputOrParameter() {
        refusedAt(400, "v2/models/nope/infer", u("[0.1,0.2]", "[1,2]"), "unknown model 'nope'", "ee");
        refused(400, u("[0.1,0.2]", "[1,2]").replace("\"u\"", "\"x\""), "unknown input 'x'");
        refused(400, u("[0.1,0.2]", "[1,2]").replace("}]}", "}],\"outputs\":[{\"name\":\"mee\"}]}"), "unknown output 'mee'");
        refused(400, u("[0.1,0.2]", "[1,2]").replace("{\"inputs\"", "{\"parameters\":{\"mass.6\":170},\"inputs\""),
                "mass.6 is not a declared parameter");
        refusedAt(400, "v2/models/gg/infer", u("[0.1,0.2]", "[1,2]").replace("}]}", "}],\"outputs\":[{\"name\":\"grad_theta\"}]}"),
                "declares no parameters");
        refused(400, u("[0.1,0.2]", "[1,2]").replace("}]}", "}],\"outputs\":[{\"name\":\"u\"}]}"), "inverse map");
        refusedAt(400, "v2/models/mm/infer", u("[0.1,0.2]", "[1,2]"), "no hypercube input u");
        refused(400, "{\"inputs\":[]}", "exactly one of the inputs");
    }

    @Test
    void nanAndOutOfRangeInputs() {
        refused(400, u("[0.1,NaN]", "[1,2]"), "bad JSON");
        refused(400, u("[0.1,0.2,0.3,1.5]", "[2,2]"), "event 1", "u2 = 1.5", "not in [0, 1]");
        refused(400, u("[-0.0001,0.2]", "[1,2]"), "event 0", "u1");
        String header = "{\"inputs\":[{\"name\":\"u\",\"datatype\":\"FP64\",\"shape\":[1,2],\"parameters\":{\"binary_data_size\":16}}]}";
        Http.Reply r = Http.postBinary(base, "v2/models/ee/infer", header, Http.le(new double[] {0.5, Double.NaN}));
        assertEquals(400, r.status());
        assertTrue(r.error().contains("NaN"), r.error());
        refused(400, u("[0.1,0.2]", "[1,2]").replace("{\"inputs\"", "{\"parameters\":{\"mass.23\":1e999},\"inputs\""),
                "finite");
    }

    @Test
    void momentaThatDoNotConserve() {
        MatrixElement me = MatrixElement.builder("ee_mumu").build();
        double[][] p = me.evaluatePoints(new double[][] {{0.3, 0.4}, {0.5, 0.6}}).momenta();
        double[] rows = Http.rows(p);
        rows[16 + 8 + 1] += 1.0;   // event 1, particle 2, px
        refused(400, Http.request("momenta", 2, 16, rows, ""), "event 1", "not conserved");
        rows[0] = Double.POSITIVE_INFINITY;
        String header = "{\"inputs\":[{\"name\":\"momenta\",\"datatype\":\"FP64\",\"shape\":[2,16],\"parameters\":{\"binary_data_size\":256}}]}";
        Http.Reply r = Http.postBinary(base, "v2/models/ee/infer", header, Http.le(rows));
        assertEquals(400, r.status());
        assertTrue(r.error().contains("Infinity"), r.error());
    }

    @Test
    void binaryFraming() {
        String header = "{\"inputs\":[{\"name\":\"u\",\"datatype\":\"FP64\",\"shape\":[1,2],\"parameters\":{\"binary_data_size\":16}}]}";
        Http.Reply r = Http.postBinary(base, "v2/models/ee/infer", header, new byte[8]);
        assertEquals(400, r.status());
        assertTrue(r.error().contains("only 8 bytes"), r.error());
        r = Http.postBinary(base, "v2/models/ee/infer", header, new byte[24]);
        assertEquals(400, r.status());
        assertTrue(r.error().contains("not claimed"), r.error());
        Http.Reply bad = Http.send(HttpRequest.newBuilder(base.resolve("v2/models/ee/infer"))
                .header("Inference-Header-Content-Length", "x").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(400, bad.status());
    }

    @Test
    void limits() {
        // 1001 events: over the per-request limit of 1000
        refused(400, Http.request("u", 1001, 2, Http.points(1001, 2, 1), ""), "1001 events", "at most 1000");
        // a body over 64 KiB
        byte[] big = new byte[100_000];
        java.util.Arrays.fill(big, (byte) ' ');
        Http.Reply r = Http.send(HttpRequest.newBuilder(base.resolve("v2/models/ee/infer"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
        assertEquals(413, r.status());
        assertTrue(r.error().contains("exceeds"), r.error());
        // the same without a Content-Length (chunked): refused while reading
        Http.Reply chunked = Http.send(HttpRequest.newBuilder(base.resolve("v2/models/ee/infer"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build());
        assertEquals(413, chunked.status(), () -> chunked.json().toString());
    }

    @Test
    void wrongMethodsAndPaths() {
        assertEquals(405, Http.get(base, "v2/models/ee/infer").status());
        assertEquals(404, Http.get(base, "v2/models/nope").status());
        assertEquals(404, Http.get(base, "v2/models/ee/versions/2").status());
        Http.Reply r = Http.get(base, "v3");
        assertEquals(404, r.status());
        assertNotNull(r.error());
    }

    @Test
    void theServerCarriesOnAfterwards() {
        badJson();
        nanAndOutOfRangeInputs();
        Http.Reply r = Http.postJson(base, "v2/models/ee/infer", u("[0.1,0.2]", "[1,2]"));
        assertEquals(200, r.status());
        assertTrue(Double.isFinite(r.data("me")[0]));
    }
}
