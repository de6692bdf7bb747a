package madvec.api.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    static String write(List<String> columns, double[][] data) throws IOException {
        StringWriter out = new StringWriter();
        ResultTable.write(out, columns, data);
        return out.toString();
    }

    @Test
    void headerThenOneLinePerEventWithSeventeenDigits() throws IOException {
        String text = write(List.of("me", "d_me/d_mass.6"), new double[][] {{0.6797636301916554, 1.0}, {-2.5e-3, 0.0}});
        assertEquals("""
                # me d_me/d_mass.6
                6.7976363019165540e-01 -2.5000000000000000e-03
                1.0000000000000000e+00 0.0000000000000000e+00
                """, text);
    }

    @Test
    void numbersReadBackToIdenticalDoubles() throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        int events = 2000;
        double[][] data = new double[3][events];
        for (int e = 0; e < events; e++) {
            data[0][e] = Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL); // finite, >= 0
            data[1][e] = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-300, 300));
            data[2][e] = Math.nextUp(0.1 * e);
        }
        data[0][0] = Double.MIN_VALUE;
        data[1][0] = -Double.MAX_VALUE;
        data[2][0] = -0.0;
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // decimal comma: the table must not follow it
            String[] lines = write(List.of("a", "b", "c"), data).split("\n");
            assertEquals(events + 1, lines.length);
            assertEquals("# a b c", lines[0]);
            for (int e = 0; e < events; e++) {
                String[] fields = lines[e + 1].split(" ", -1);
                assertEquals(3, fields.length, lines[e + 1]);
                for (int c = 0; c < 3; c++) {
                    assertTrue(fields[c].matches("-?\\d\\.\\d{16}e[+-]\\d{2,3}"), fields[c]);
                    assertEquals(Double.doubleToRawLongBits(data[c][e]),
                            Double.doubleToRawLongBits(Double.parseDouble(fields[c])), fields[c]);
                }
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void nonFiniteResultsAreWrittenNotDropped() throws IOException {
        String text = write(List.of("me"), new double[][] {{Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}});
        assertEquals(List.of("# me", "NaN", "Infinity", "-Infinity"), Arrays.asList(text.split("\n")));
        assertEquals("# me\n", write(List.of("me"), new double[][] {{}}), "no events: the header alone");
    }

    @Test
    void mismatchedColumnsAreRejected() {
        double[][] two = {{1, 2}, {3, 4}};
        var count = assertThrows(IllegalArgumentException.class, () -> write(List.of("me"), two));
        assertTrue(count.getMessage().contains("1 column names") && count.getMessage().contains("2 data columns"),
                count.getMessage());
        var length = assertThrows(IllegalArgumentException.class,
                () -> write(List.of("me", "d_me/d_mass.6"), new double[][] {{1, 2}, {3}}));
        assertTrue(length.getMessage().contains("d_me/d_mass.6 has 1 values"), length.getMessage());
        var space = assertThrows(IllegalArgumentException.class, () -> write(List.of("me", "d me"), two));
        assertTrue(space.getMessage().contains("'d me'"), space.getMessage());
        assertThrows(IllegalArgumentException.class, () -> write(List.of("me", ""), two));
        assertThrows(IllegalArgumentException.class, () -> write(List.of(), new double[0][]));
        assertThrows(IllegalArgumentException.class, () -> write(List.of("me"), new double[][] {null}));
    }
}
