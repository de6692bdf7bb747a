package madvec.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class LoadGeneratorTest {
    @Test
    void theLoadTestAnswersEveryRequestAndReportsTheHttpFloor() throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        new LoadGenerator("ee_mumu", 16, 4, 0.2, 200, 1, List.of("me"), Duration.ZERO)
                .run(new PrintWriter(out, true), new PrintWriter(err, true));
        List<String> lines = Arrays.asList(out.toString().split("\n"));
        String service = lines.stream().filter(l -> l.startsWith("service ")).findFirst().orElseThrow();
        String floor = lines.stream().filter(l -> l.startsWith("http-floor ")).findFirst().orElseThrow();
        String[] s = service.split(" ");
        String[] f = floor.split(" ");
        int requests = Integer.parseInt(s[2]);
        assertTrue(requests > 0 && requests <= 200, service);
        assertTrue(Integer.parseInt(f[2]) > 0, floor);
        // events/s through the service = requests x batch / time: positive and finite
        assertTrue(Double.parseDouble(s[1]) > 0 && Double.isFinite(Double.parseDouble(s[5])), service);
        assertTrue(out.toString().contains("# service errors: 0;"), out.toString());
        // p50 <= p99
        assertTrue(Double.parseDouble(s[3]) <= Double.parseDouble(s[4]), service);
        assertEquals(6, s.length, service);
    }
}
