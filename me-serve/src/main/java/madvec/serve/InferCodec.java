package madvec.serve;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Open Inference Protocol's request and response bodies: JSON tensors and the binary tensor data
 * extension (a JSON header of {@code Inference-Header-Content-Length} bytes, then each binary tensor's
 * raw little-endian bytes in the order of the inputs that declare {@code binary_data_size}).
 *
 * <p>Read with Jackson's streaming parser so that tensor data go straight into a {@code double[]}
 * without a tree of boxed numbers; Jackson parses and prints doubles exactly (shortest round-trip
 * text), so JSON answers carry the same bits as binary ones. Non-finite numbers are refused on input
 * (JSON has none) and never written.
 */
final class InferCodec {
    static final String HEADER_LENGTH = "Inference-Header-Content-Length";
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private InferCodec() {}

    /**
     * Parses a request body.
     *
     * @param headerLength the {@value #HEADER_LENGTH} header, or -1 when absent (all JSON)
     * @param maxElements the most tensor elements accepted in one input (bounds memory before any shape check)
     */
    static Tensors.Request parse(byte[] body, int headerLength, long maxElements) {
        if (headerLength > body.length) {
            throw ProtocolException.badRequest(HEADER_LENGTH + " is " + headerLength + " but the body has " + body.length
                    + " bytes");
        }
        int jsonLength = headerLength < 0 ? body.length : headerLength;
        RawRequest raw;
        try (JsonParser p = JSON.createParser(body, 0, jsonLength)) {
            raw = readRequest(p, maxElements);
            if (p.nextToken() != null) {
                throw ProtocolException.badRequest("bad JSON: text after the request object");
            }
        } catch (JsonProcessingException e) {
            throw ProtocolException.badRequest("bad JSON: " + e.getOriginalMessage() + " (" + where(e) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // binary sections follow the JSON header, in input order
        ByteBuffer bin = ByteBuffer.wrap(body, jsonLength, body.length - jsonLength).slice().order(ByteOrder.LITTLE_ENDIAN);
        List<Tensors.Input> inputs = new ArrayList<>();
        for (RawInput in : raw.inputs) {
            inputs.add(in.toInput(bin, maxElements));
        }
        if (bin.hasRemaining()) {
            throw ProtocolException.badRequest(bin.remaining() + " bytes of binary data after the JSON header are not"
                    + " claimed by any input's binary_data_size");
        }
        return new Tensors.Request(raw.id, raw.parameters, inputs, raw.outputs,
                Boolean.TRUE.equals(raw.parameters.get("binary_data_output")));
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "at an unknown place" : "line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }

    private static final class RawRequest {
        String id;
        Map<String, Object> parameters = Map.of();
        final List<RawInput> inputs = new ArrayList<>();
        final List<Tensors.Wanted> outputs = new ArrayList<>();
    }

    private static final class RawInput {
        String name, datatype;
        long[] shape;
        double[] data;
        int count;
        Map<String, Object> parameters = Map.of();

        Tensors.Input toInput(ByteBuffer bin, long maxElements) {
            if (name == null) {
                throw ProtocolException.badRequest("an input has no name");
            }
            if (datatype == null || shape == null) {
                throw ProtocolException.badRequest("input " + name + " needs a datatype and a shape");
            }
            int size = switch (datatype) {
                case "FP64" -> 8;
                case "FP32" -> 4;
                default -> throw ProtocolException.badRequest("input " + name + ": datatype " + datatype
                        + " is not accepted (FP64, or FP32 converted to FP64)");
            };
            long elements = 1;
            for (long s : shape) {
                if (s < 0) {
                    throw ProtocolException.badRequest("input " + name + ": shape " + Arrays.toString(shape) + " has a negative size");
                }
                elements = Math.multiplyHigh(elements, s) != 0 ? Long.MAX_VALUE : elements * s;
            }
            if (elements > maxElements) {
                throw ProtocolException.badRequest("input " + name + ": shape " + Arrays.toString(shape) + " has " + elements
                        + " elements, more than this model accepts in one request (" + maxElements + ")");
            }
            Object binSize = parameters.get("binary_data_size");
            double[] values;
            if (binSize != null) {
                if (data != null) {
                    throw ProtocolException.badRequest("input " + name + " has both data and binary_data_size");
                }
                if (!(binSize instanceof Double d) || d != Math.rint(d) || d < 0) {
                    throw ProtocolException.badRequest("input " + name + ": binary_data_size must be a byte count");
                }
                long bytes = (long) (double) d;
                if (bytes != elements * size) {
                    throw ProtocolException.badRequest("input " + name + ": binary_data_size " + bytes + " does not match shape "
                            + Arrays.toString(shape) + " of " + datatype + " (" + elements * size + " bytes)");
                }
                if (bytes > bin.remaining()) {
                    throw ProtocolException.badRequest("input " + name + ": binary_data_size " + bytes + " but only "
                            + bin.remaining() + " bytes of binary data are left");
                }
                values = new double[(int) elements];
                if (size == 8) {
                    bin.asDoubleBuffer().get(values);
                } else {
                    var f = bin.asFloatBuffer();
                    for (int i = 0; i < values.length; i++) values[i] = f.get(i);
                }
                bin.position(bin.position() + (int) bytes);
            } else {
                if (data == null) {
                    throw ProtocolException.badRequest("input " + name + " has no data (and no binary_data_size)");
                }
                if (count != elements) {
                    throw ProtocolException.badRequest("input " + name + ": " + count + " values for shape "
                            + Arrays.toString(shape) + " (" + elements + " expected)");
                }
                values = Arrays.copyOf(data, count);
                if (size == 4) {
                    // the declared type: what the client would have sent as binary FP32
                    for (int i = 0; i < values.length; i++) values[i] = (float) values[i];
                }
            }
            return new Tensors.Input(name, datatype, shape, values);
        }
    }

    private static RawRequest readRequest(JsonParser p, long maxElements) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw ProtocolException.badRequest("bad JSON: the request must be an object");
        }
        RawRequest r = new RawRequest();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "id" -> r.id = t == JsonToken.VALUE_NULL ? null : p.getValueAsString();
                case "parameters" -> r.parameters = readObject(p, "request parameters");
                case "inputs" -> {
                    expect(p, JsonToken.START_ARRAY, "inputs must be an array");
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (r.inputs.size() >= 16) {
                            throw ProtocolException.badRequest("more than 16 inputs");
                        }
                        r.inputs.add(readInput(p, maxElements));
                    }
                }
                case "outputs" -> {
                    expect(p, JsonToken.START_ARRAY, "outputs must be an array");
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (r.outputs.size() >= 32) {
                            throw ProtocolException.badRequest("more than 32 outputs");
                        }
                        r.outputs.add(readOutput(p));
                    }
                }
                default -> p.skipChildren();
            }
        }
        return r;
    }

    private static RawInput readInput(JsonParser p, long maxElements) throws IOException {
        expect(p, JsonToken.START_OBJECT, "each input must be an object");
        RawInput in = new RawInput();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "name" -> in.name = text(p, t, "input name");
                case "datatype" -> in.datatype = text(p, t, "input datatype");
                case "shape" -> in.shape = readShape(p);
                case "parameters" -> in.parameters = readObject(p, "input parameters");
                case "data" -> {
                    in.data = new double[16];
                    readData(p, in, maxElements, 0);
                }
                default -> p.skipChildren();
            }
        }
        return in;
    }

    /** Flattens nested arrays row-major, as the protocol allows either form. */
    private static void readData(JsonParser p, RawInput in, long maxElements, int depth) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            if (in.count >= maxElements) {
                throw ProtocolException.badRequest("input " + (in.name == null ? "" : in.name + " ")
                        + "has more data than this model accepts in one request (" + maxElements + " values)");
            }
            if (in.count == in.data.length) {
                in.data = Arrays.copyOf(in.data, (int) Math.min(maxElements, 2L * in.data.length));
            }
            in.data[in.count++] = p.getDoubleValue();
            return;
        }
        if (t != JsonToken.START_ARRAY || depth > 8) {
            throw ProtocolException.badRequest("input " + (in.name == null ? "" : in.name + " ")
                    + "data must be numbers (in an array, nested at most 8 deep), found " + p.getText());
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            readData(p, in, maxElements, depth + 1);
        }
    }

    private static Tensors.Wanted readOutput(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT, "each output must be an object");
        String name = null;
        boolean binary = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "name" -> name = text(p, t, "output name");
                case "parameters" -> binary = Boolean.TRUE.equals(readObject(p, "output parameters").get("binary_data"));
                default -> p.skipChildren();
            }
        }
        if (name == null) {
            throw ProtocolException.badRequest("an output has no name");
        }
        return new Tensors.Wanted(name, binary);
    }

    private static long[] readShape(JsonParser p) throws IOException {
        expect(p, JsonToken.START_ARRAY, "shape must be an array of integers");
        long[] s = new long[4];
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || n == 8) {
                throw ProtocolException.badRequest("shape must be an array of at most 8 integers");
            }
            if (n == s.length) s = Arrays.copyOf(s, 8);
            s[n++] = p.getLongValue();
        }
        return Arrays.copyOf(s, n);
    }

    /** A parameters object: numbers as Double, strings, booleans; nested values are skipped. */
    private static Map<String, Object> readObject(JsonParser p, String what) throws IOException {
        expect(p, JsonToken.START_OBJECT, what + " must be an object");
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken t = p.nextToken();
            switch (t) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> m.put(key, p.getDoubleValue());
                case VALUE_TRUE, VALUE_FALSE -> m.put(key, t == JsonToken.VALUE_TRUE);
                case VALUE_STRING -> m.put(key, p.getText());
                default -> p.skipChildren();
            }
            if (m.size() > 256) {
                throw ProtocolException.badRequest(what + ": more than 256 entries");
            }
        }
        return m;
    }

    private static String text(JsonParser p, JsonToken t, String what) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            throw ProtocolException.badRequest(what + " must be a string");
        }
        return p.getText();
    }

    private static void expect(JsonParser p, JsonToken t, String message) {
        if (p.currentToken() != t) {
            throw ProtocolException.badRequest(message);
        }
    }

    /** A response body; {@code headerLength} is set when any output went binary. */
    record Encoded(byte[] body, int headerLength) {
        boolean binary() {
            return headerLength >= 0;
        }
    }

    /** The inference response: JSON outputs inline, binary ones after the JSON header. */
    static Encoded response(String model, String id, List<Tensors.Output> outputs) {
        ByteArrayOutputStream json = new ByteArrayOutputStream(256);
        boolean anyBinary = false;
        long binaryBytes = 0;
        try (JsonGenerator g = JSON.createGenerator(json, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("model_name", model);
            g.writeStringField("model_version", "1");
            if (id != null) {
                g.writeStringField("id", id);
            }
            g.writeArrayFieldStart("outputs");
            for (Tensors.Output o : outputs) {
                g.writeStartObject();
                g.writeStringField("name", o.name());
                g.writeStringField("datatype", "FP64");
                g.writeArrayFieldStart("shape");
                for (long s : o.shape()) g.writeNumber(s);
                g.writeEndArray();
                if (o.binary()) {
                    anyBinary = true;
                    binaryBytes += 8L * o.data().length;
                    g.writeObjectFieldStart("parameters");
                    g.writeNumberField("binary_data_size", 8L * o.data().length);
                    g.writeEndObject();
                } else {
                    g.writeArrayFieldStart("data");
                    for (double v : o.data()) {
                        if (!Double.isFinite(v)) {
                            // the evaluation refuses non-finite outputs first; this is the last guard
                            throw new IllegalStateException("non-finite value in output " + o.name());
                        }
                        g.writeNumber(v);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!anyBinary) {
            return new Encoded(json.toByteArray(), -1);
        }
        int header = json.size();
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(header + binaryBytes)).order(ByteOrder.LITTLE_ENDIAN);
        out.put(json.toByteArray());
        for (Tensors.Output o : outputs) {
            if (o.binary()) {
                out.asDoubleBuffer().put(o.data());
                out.position(out.position() + 8 * o.data().length);
            }
        }
        return new Encoded(out.array(), header);
    }

    /** {@code {"error": "..."}}, the protocol's error body. */
    static byte[] error(String message) {
        return object(g -> g.writeStringField("error", message == null ? "error" : message));
    }

    interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    /** A JSON object written by {@code w} (the metadata bodies). */
    static byte[] object(Writer w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            w.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
