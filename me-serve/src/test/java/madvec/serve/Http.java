package madvec.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The tests' client: java.net.http against the server on loopback, and a small JSON reader. */
final class Http {
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonFactory JSON = new JsonFactory();

    private Http() {}

    /** A status, headers and a parsed JSON body (the JSON header of a binary answer) with its binary tail. */
    record Reply(int status, HttpResponse<byte[]> raw, Map<String, Object> json, ByteBuffer binary) {
        String error() {
            return (String) json.get("error");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> outputs() {
            return (List<Map<String, Object>>) json.get("outputs");
        }

        Map<String, Object> output(String name) {
            return outputs().stream().filter(o -> o.get("name").equals(name)).findFirst().orElseThrow();
        }

        /** An output's data, from JSON or from the binary section (outputs in order). */
        @SuppressWarnings("unchecked")
        double[] data(String name) {
            Map<String, Object> o = output(name);
            if (o.containsKey("data")) {
                List<Object> d = (List<Object>) o.get("data");
                double[] a = new double[d.size()];
                for (int i = 0; i < a.length; i++) a[i] = (Double) d.get(i);
                return a;
            }
            int offset = 0;
            for (Map<String, Object> x : outputs()) {
                Map<String, Object> p = (Map<String, Object>) x.get("parameters");
                int size = p == null || !p.containsKey("binary_data_size") ? 0 : ((Double) p.get("binary_data_size")).intValue();
                if (x.get("name").equals(name)) {
                    double[] a = new double[size / 8];
                    binary.duplicate().position(offset).slice().order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(a);
                    return a;
                }
                offset += size;
            }
            throw new IllegalArgumentException(name);
        }
    }

    static Reply get(URI base, String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    static Reply postJson(URI base, String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A binary-extension request: JSON header, then each tensor's little-endian bytes. */
    static Reply postBinary(URI base, String path, String header, byte[]... tensors) {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        int n = h.length;
        for (byte[] t : tensors) n += t.length;
        ByteBuffer b = ByteBuffer.allocate(n);
        b.put(h);
        for (byte[] t : tensors) b.put(t);
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/octet-stream")
                .header("Inference-Header-Content-Length", Integer.toString(h.length))
                .POST(HttpRequest.BodyPublishers.ofByteArray(b.array())).build());
    }

    static Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> r;
            try {
                r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                // HTTP/1.1 keep-alive's race: a pooled connection the server closed (after a request it
                // refused unread, say) is reused before the client has seen the close; nothing of the
                // request was answered, so it is sent again once, on a new connection
                if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) throw e;
                r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }
            byte[] body = r.body();
            int headerLength = r.headers().firstValue("Inference-Header-Content-Length").map(Integer::parseInt).orElse(body.length);
            boolean json = r.headers().firstValue("Content-Type").map(c -> c.contains("json") || c.contains("octet")).orElse(false);
            Map<String, Object> parsed = json && body.length > 0 ? parse(body, headerLength) : Map.of();
            return new Reply(r.statusCode(), r, parsed, ByteBuffer.wrap(body, headerLength, body.length - headerLength).slice());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(byte[] body, int length) {
        try (JsonParser p = JSON.createParser(body, 0, length)) {
            p.nextToken();
            return (Map<String, Object>) value(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String k = p.currentName();
                    p.nextToken();
                    m.put(k, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) l.add(value(p));
                return l;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return t == JsonToken.VALUE_TRUE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                return p.getText();
            }
        }
    }

    /** Row-major [B, d] points away from the hypercube's edges. */
    static double[] points(int events, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] u = new double[events * d];
        for (int i = 0; i < u.length; i++) u[i] = 0.02 + 0.96 * r.nextDouble();
        return u;
    }

    /** Row-major to the API's [column][event]. */
    static double[][] columns(double[] rows, int width) {
        int b = rows.length / width;
        double[][] c = new double[width][b];
        for (int e = 0; e < b; e++) {
            for (int j = 0; j < width; j++) c[j][e] = rows[e * width + j];
        }
        return c;
    }

    /** The API's [column][event] to row-major. */
    static double[] rows(double[][] columns) {
        int w = columns.length, b = columns[0].length;
        double[] r = new double[w * b];
        for (int e = 0; e < b; e++) {
            for (int j = 0; j < w; j++) r[e * w + j] = columns[j][e];
        }
        return r;
    }

    static byte[] le(double[] v) {
        ByteBuffer b = ByteBuffer.allocate(8 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asDoubleBuffer().put(v);
        return b.array();
    }

    static byte[] le32(double[] v) {
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double x : v) b.putFloat((float) x);
        return b.array();
    }

    /** JSON numbers, exactly (Java's shortest round-trip text). */
    static String array(double[] v) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) s.append(i == 0 ? "" : ",").append(v[i]);
        return s.append(']').toString();
    }

    /** A JSON request with one input tensor and the named outputs. */
    static String request(String input, int events, int width, double[] data, String extra, String... outputs) {
        StringBuilder s = new StringBuilder("{\"id\":\"t1\",\"inputs\":[{\"name\":\"").append(input)
                .append("\",\"datatype\":\"FP64\",\"shape\":[").append(events).append(',').append(width).append("],\"data\":")
                .append(array(data)).append("}").append(extra).append("]");
        if (outputs.length > 0) {
            s.append(",\"outputs\":[");
            for (int i = 0; i < outputs.length; i++) s.append(i == 0 ? "" : ",").append("{\"name\":\"").append(outputs[i]).append("\"}");
            s.append(']');
        }
        return s.append('}').toString();
    }
}
