package madvec.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A UFO model served: SMEFTsim's {@code g g > t t~} with two Wilson coefficients (ctGRe = smeft.15,
 * cG = smeft.1) declared, set per request and differentiated by, answers equal to the API's bit for bit.
 */
class UfoServeTest {
    static InferenceServer server;
    static URI base;
    static String process;
    static final List<String> PARAMS = List.of("smeft.15", "smeft.1");

    @BeforeAll
    static void start() {
        String shared = System.getProperty("madvec.shared");
        Assumptions.assumeTrue(shared != null, "no madvec.shared: UFO models skipped");
        Path model = Path.of(shared, "models", "SMEFTsim_topU3l_MwScheme_UFO");
        Assumptions.assumeTrue(Files.isDirectory(model), "no " + model + ": UFO serve test skipped");
        process = "import model " + model + "; g g > t t~ NP<=1";
        server = InferenceServer.start(ServeConfig.defaults(List.of(
                        new ModelSpec("smeft", process, null, 1000.0, PARAMS, Map.of())))
                .withAddress("127.0.0.1", 0).withBatching(4096, Duration.ofMillis(1), 2, 1 << 20));
        base = server.uri();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void coefficientsSetPerRequestGiveTheApisValuesAndGradients() {
        MatrixElement me = MatrixElement.builder(process).sqrtS(1000).free(PARAMS.toArray(String[]::new))
                .derivatives(PARAMS.toArray(String[]::new)).build();
        Map<String, Double> at = Map.of("smeft.15", 0.5, "smeft.1", -0.25);
        double[] u = Http.points(12, 2, 3);
        Batch x = me.withParameters(at).evaluatePoints(Http.columns(u, 2));
        Batch sm = me.evaluatePoints(Http.columns(u, 2));
        assertNotEquals(sm.me()[0], x.me()[0], "the coefficients change |M|^2");
        String body = Http.request("u", 12, 2, u, "", "me", "grad_theta")
                .replace("{\"id\":\"t1\",", "{\"id\":\"t1\",\"parameters\":{\"smeft.15\":0.5,\"smeft.1\":-0.25},");
        Http.Reply r = Http.postJson(base, "v2/models/smeft/infer", body);
        assertEquals(200, r.status(), () -> r.json().toString());
        assertArrayEquals(x.me(), r.data("me"));
        double[] grad = new double[24];
        for (int e = 0; e < 12; e++) {
            grad[2 * e] = x.dme("smeft.15")[e];
            grad[2 * e + 1] = x.dme("smeft.1")[e];
        }
        assertArrayEquals(grad, r.data("grad_theta"));
    }

    @Test
    void anUnknownCoefficientIsRefusedAndTheServerStaysUp() {
        String body = Http.request("u", 2, 2, Http.points(2, 2, 4), "", "me")
                .replace("{\"id\":\"t1\",", "{\"id\":\"t1\",\"parameters\":{\"smeft.999\":1.0},");
        Http.Reply r = Http.postJson(base, "v2/models/smeft/infer", body);
        assertEquals(400, r.status(), () -> r.json().toString());
        Http.Reply ok = Http.postJson(base, "v2/models/smeft/infer", Http.request("u", 2, 2, Http.points(2, 2, 5), "", "me"));
        assertEquals(200, ok.status(), () -> ok.json().toString());
    }
}
