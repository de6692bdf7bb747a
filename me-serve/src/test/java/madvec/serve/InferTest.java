package madvec.serve;

import static madvec.serve.Http.array;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import madvec.api.Precision;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Answers through the service equal the in-process API bit for bit, in JSON and binary, every output. */
class InferTest {
    static InferenceServer server;
    static URI base;

    @BeforeAll
    static void start() {
        server = InferenceServer.start(ServeConfig.defaults(List.of(
                        ModelSpec.parse("ee=ee_mumu").withParameters(List.of("mass.23", "sminputs.1")),
                        ModelSpec.parse("gg=gg_tt").withParameters(List.of("mass.6")),
                        ModelSpec.parse("ggf=gg_tt").withParameters(List.of("mass.6")).withPrecision(Precision.FLOAT)))
                .withAddress("127.0.0.1", 0).withBatching(4096, Duration.ofMillis(1), 2, 1 << 20));
        base = server.uri();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The API's matrix element as the server builds the form a request needs. */
    static MatrixElement api(String process, List<String> params, boolean theta, boolean coords) {
        MatrixElement.Builder b = MatrixElement.builder(process).free(params.toArray(String[]::new));
        if (theta) b.derivatives(params.toArray(String[]::new));
        if (coords) b.wrtCoordinates();
        return b.build();
    }

    @Test
    void jsonMeEqualsTheApi() {
        MatrixElement me = api("gg_tt", List.of("mass.6"), false, false);
        double[] u = Http.points(37, 2, 1);
        Http.Reply r = Http.postJson(base, "v2/models/gg/infer", Http.request("u", 37, 2, u, "", "me"));
        assertEquals(200, r.status(), () -> r.json().toString());
        assertEquals("t1", r.json().get("id"));
        assertEquals("gg", r.json().get("model_name"));
        assertEquals(List.of(37.0), r.output("me").get("shape"));
        assertArrayEquals(me.evaluatePoints(Http.columns(u, 2)).me(), r.data("me"));
    }

    /** A model served in float answers what the API computes in float, not the double numbers; its metadata says so. */
    @Test
    void floatModelEqualsTheApiInFloat() {
        MatrixElement single = MatrixElement.builder("gg_tt").free("mass.6").precision(Precision.FLOAT).build();
        double[] u = Http.points(37, 2, 4);
        Http.Reply r = Http.postJson(base, "v2/models/ggf/infer", Http.request("u", 37, 2, u, "", "me"));
        assertEquals(200, r.status(), () -> r.json().toString());
        assertArrayEquals(single.evaluatePoints(Http.columns(u, 2)).me(), r.data("me"));
        double[] exact = api("gg_tt", List.of("mass.6"), false, false).evaluatePoints(Http.columns(u, 2)).me();
        assertTrue(!java.util.Arrays.equals(exact, r.data("me")), "float differs from double in the last digits");
        @SuppressWarnings("unchecked")
        Map<String, Object> parameters = (Map<String, Object>) Http.get(base, "v2/models/ggf").json().get("parameters");
        assertEquals("float", parameters.get("precision"));
    }

    @Test
    void noOutputsNamedGivesMe() {
        MatrixElement me = api("ee_mumu", List.of("mass.23", "sminputs.1"), false, false);
        double[] u = Http.points(5, 2, 2);
        Http.Reply r = Http.postJson(base, "v2/models/ee/infer", Http.request("u", 5, 2, u, ""));
        assertEquals(200, r.status());
        assertEquals(1, r.outputs().size());
        assertArrayEquals(me.evaluatePoints(Http.columns(u, 2)).me(), r.data("me"));
    }

    @Test
    void everyPointOutputEqualsTheApiInBinary() {
        List<String> params = List.of("mass.6");
        MatrixElement me = api("gg_tt", params, true, true);
        int b = 300;
        double[] u = Http.points(b, 2, 3);
        Batch x = me.evaluatePoints(Http.columns(u, 2));
        String header = "{\"inputs\":[{\"name\":\"u\",\"datatype\":\"FP64\",\"shape\":[" + b + ",2],"
                + "\"parameters\":{\"binary_data_size\":" + 16 * b + "}}],\"outputs\":["
                + "{\"name\":\"me\",\"parameters\":{\"binary_data\":true}},{\"name\":\"log_me\",\"parameters\":{\"binary_data\":true}},"
                + "{\"name\":\"weight\",\"parameters\":{\"binary_data\":true}},{\"name\":\"log_p\",\"parameters\":{\"binary_data\":true}},"
                + "{\"name\":\"grad_theta\",\"parameters\":{\"binary_data\":true}},{\"name\":\"grad_u\"},"
                + "{\"name\":\"grad_u_log_p\",\"parameters\":{\"binary_data\":true}}]}";
        Http.Reply r = Http.postBinary(base, "v2/models/gg/infer", header, Http.le(u));
        assertEquals(200, r.status(), () -> r.json().toString());
        assertTrue(r.raw().headers().firstValue("Inference-Header-Content-Length").isPresent());
        double[] value = x.me(), w = x.weight();
        assertArrayEquals(value, r.data("me"));
        assertArrayEquals(w, r.data("weight"));
        double[] logMe = new double[b], logP = new double[b], gradU = new double[2 * b], gradLogP = new double[2 * b];
        for (int e = 0; e < b; e++) {
            logMe[e] = Math.log(value[e]);
            logP[e] = Math.log(value[e]) + Math.log(w[e]);
            for (int c = 0; c < 2; c++) {
                String n = "u" + (c + 1);
                gradU[2 * e + c] = x.dme(n)[e];
                gradLogP[2 * e + c] = x.dme(n)[e] / value[e] + x.dweight(n)[e] / w[e];
            }
        }
        assertArrayEquals(logMe, r.data("log_me"));
        assertArrayEquals(logP, r.data("log_p"));
        assertArrayEquals(x.dme("mass.6"), r.data("grad_theta"));
        assertEquals(List.of((double) b, 1.0), r.output("grad_theta").get("shape"));
        // grad_u asked for as JSON within a binary answer
        assertTrue(r.output("grad_u").containsKey("data"));
        assertArrayEquals(gradU, r.data("grad_u"));
        assertArrayEquals(gradLogP, r.data("grad_u_log_p"));
    }

    @Test
    void fp32InputsAreConverted() {
        MatrixElement me = api("ee_mumu", List.of("mass.23", "sminputs.1"), false, false);
        double[] u = Http.points(9, 2, 4);
        double[] asFloat = new double[u.length];
        for (int i = 0; i < u.length; i++) asFloat[i] = (float) u[i];
        String header = "{\"inputs\":[{\"name\":\"u\",\"datatype\":\"FP32\",\"shape\":[9,2],\"parameters\":{\"binary_data_size\":72}}],"
                + "\"parameters\":{\"binary_data_output\":true}}";
        Http.Reply r = Http.postBinary(base, "v2/models/ee/infer", header, Http.le32(u));
        assertEquals(200, r.status(), () -> r.json().toString());
        assertArrayEquals(me.evaluatePoints(Http.columns(asFloat, 2)).me(), r.data("me"));
        // and FP32 as JSON numbers: the same conversion
        String json = Http.request("u", 9, 2, u, "", "me").replace("FP64", "FP32");
        assertArrayEquals(me.evaluatePoints(Http.columns(asFloat, 2)).me(), Http.postJson(base, "v2/models/ee/infer", json).data("me"));
    }

    @Test
    void nestedJsonDataIsRowMajor() {
        MatrixElement me = api("ee_mumu", List.of("mass.23", "sminputs.1"), false, false);
        double[] u = {0.1, 0.2, 0.3, 0.4};
        String body = "{\"inputs\":[{\"name\":\"u\",\"datatype\":\"FP64\",\"shape\":[2,2],\"data\":[[0.1,0.2],[0.3,0.4]]}]}";
        assertArrayEquals(me.evaluatePoints(Http.columns(u, 2)).me(), Http.postJson(base, "v2/models/ee/infer", body).data("me"));
    }

    @Test
    void momentaInputsGiveMeGradThetaAndTheInverseMap() {
        List<String> params = List.of("mass.6");
        MatrixElement points = api("gg_tt", params, false, false);
        MatrixElement me = api("gg_tt", params, true, false);
        double[][] p = points.evaluatePoints(Http.columns(Http.points(20, 2, 5), 2)).momenta();
        double[] rows = Http.rows(p);
        Http.Reply r = Http.postJson(base, "v2/models/gg/versions/1/infer",
                Http.request("momenta", 20, 16, rows, "", "me", "log_me", "grad_theta", "u"));
        assertEquals(200, r.status(), () -> r.json().toString());
        Batch x = me.evaluateMomenta(p);
        assertArrayEquals(x.me(), r.data("me"));
        assertArrayEquals(x.dme("mass.6"), r.data("grad_theta"));
        assertArrayEquals(Http.rows(points.pointsOf(p)), r.data("u"));
    }

    @Test
    void parametersPerRequestMoveTheMatrixElement() {
        List<String> params = List.of("mass.23", "sminputs.1");
        MatrixElement me = api("ee_mumu", params, true, false);
        double[] u = Http.points(8, 2, 6);
        Batch at = me.withParameters(Map.of("mass.23", 91.0, "sminputs.1", 128.0)).evaluatePoints(Http.columns(u, 2));
        String viaParams = Http.request("u", 8, 2, u, "", "me", "grad_theta")
                .replace("{\"id\":\"t1\",", "{\"id\":\"t1\",\"parameters\":{\"mass.23\":91.0,\"sminputs.1\":128,\"priority\":1},");
        Http.Reply r = Http.postJson(base, "v2/models/ee/infer", viaParams);
        assertEquals(200, r.status(), () -> r.json().toString());
        assertArrayEquals(at.me(), r.data("me"));
        double[] grad = new double[16];
        for (int e = 0; e < 8; e++) {
            grad[2 * e] = at.dme("mass.23")[e];
            grad[2 * e + 1] = at.dme("sminputs.1")[e];
        }
        assertArrayEquals(grad, r.data("grad_theta"));
        String viaTheta = Http.request("u", 8, 2, u, ",{\"name\":\"theta\",\"datatype\":\"FP64\",\"shape\":[2],\"data\":[91.0,128.0]}",
                "me", "grad_theta");
        Http.Reply t = Http.postJson(base, "v2/models/ee/infer", viaTheta);
        assertEquals(200, t.status(), () -> t.json().toString());
        assertArrayEquals(at.me(), t.data("me"));
        assertArrayEquals(grad, t.data("grad_theta"));
    }

    @Test
    void largeRequestsAreSplitOverWorkersWithTheSameBits() {
        MatrixElement me = api("gg_tt", List.of("mass.6"), false, true);
        int b = 2000;
        double[] u = Http.points(b, 2, 7);
        String header = "{\"inputs\":[{\"name\":\"u\",\"datatype\":\"FP64\",\"shape\":[" + b + ",2],"
                + "\"parameters\":{\"binary_data_size\":" + 16 * b + "}}],\"outputs\":[{\"name\":\"grad_u\"}],"
                + "\"parameters\":{\"binary_data_output\":true}}";
        Http.Reply r = Http.postBinary(base, "v2/models/gg/infer", header, Http.le(u));
        assertEquals(200, r.status());
        Batch x = me.evaluatePoints(Http.columns(u, 2));
        assertArrayEquals(Http.rows(new double[][] {x.dme("u1"), x.dme("u2")}), r.data("grad_u"));
    }

    static String arrayOf(double... v) {
        return array(v);
    }
}
