package madvec.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import madvec.api.MatrixElement;

/** The server and model metadata bodies of the protocol. */
final class Metadata {
    private Metadata() {}

    static byte[] server(String version) {
        return InferCodec.object(g -> {
            g.writeStringField("name", "madvec");
            g.writeStringField("version", version);
            g.writeArrayFieldStart("extensions");
            g.writeString("binary_tensor_data");
            g.writeEndArray();
        });
    }

    /**
     * Inputs and outputs with datatype and shape (-1: any batch size), and, under {@code parameters},
     * what a client needs to build inputs: the process, sqrt(s), the particles' PDG codes and the
     * declared parameters with their card values.
     */
    static byte[] model(Model m) {
        int d = m.dimensions(), n = 4 * m.particles(), p = m.parameters().size();
        MatrixElement me = m.base();
        return InferCodec.object(g -> {
            g.writeStringField("name", m.name());
            g.writeArrayFieldStart("versions");
            g.writeString("1");
            g.writeEndArray();
            g.writeStringField("platform", "madvec");
            g.writeArrayFieldStart("inputs");
            if (m.servesPoints()) {
                tensor(g, "u", -1, d);
            }
            tensor(g, "momenta", -1, n);
            if (p > 0) {
                tensor(g, "theta", p);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("outputs");
            tensor(g, "me", -1);
            tensor(g, "log_me", -1);
            if (m.servesPoints()) {
                tensor(g, "weight", -1);
                tensor(g, "log_p", -1);
            }
            if (p > 0) {
                tensor(g, "grad_theta", -1, p);
            }
            if (m.servesPoints()) {
                tensor(g, "grad_u", -1, d);
                tensor(g, "grad_u_log_p", -1, d);
                tensor(g, "u", -1, d);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("parameters");
            g.writeStringField("process", me.process());
            g.writeStringField("precision", me.precision().name().toLowerCase(java.util.Locale.ROOT));
            if (m.servesPoints()) {
                g.writeNumberField("sqrt_s", me.sqrtS());
            }
            g.writeArrayFieldStart("pdgs");
            for (int pdg : me.pdgs()) g.writeNumber(pdg);
            g.writeEndArray();
            g.writeObjectFieldStart("theta");
            for (String name : m.parameters()) g.writeNumberField(name, me.card().value(name));
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void tensor(JsonGenerator g, String name, long... shape) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("datatype", "FP64");
        g.writeArrayFieldStart("shape");
        for (long s : shape) g.writeNumber(s);
        g.writeEndArray();
        g.writeEndObject();
    }
}
