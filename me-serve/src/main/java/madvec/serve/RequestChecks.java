package madvec.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import madvec.api.MatrixElement;

/**
 * Turns a parsed request into an {@link InferJob} for one model, or refuses it with a message that
 * names the problem: unknown inputs and outputs, shapes, values (NaN, u outside [0, 1], momenta that
 * do not conserve four-momentum), parameters. Every check that can be made per request is made here,
 * before the request joins a batch, so that one bad request never fails the others of its batch.
 */
final class RequestChecks {
    /** The outputs, each computed only when asked for. */
    static final List<String> OUTPUTS = List.of("me", "log_me", "weight", "log_p", "grad_theta", "grad_u", "grad_u_log_p", "u");
    private static final Set<String> NEED_POINTS = Set.of("weight", "log_p", "grad_u", "grad_u_log_p");

    private RequestChecks() {}

    static InferJob job(Model model, Tensors.Request r, int maxEvents) {
        Tensors.Input u = null, p = null, theta = null;
        for (Tensors.Input in : r.inputs()) {
            switch (in.name()) {
                case "u" -> u = once(u, in);
                case "momenta" -> p = once(p, in);
                case "theta" -> theta = once(theta, in);
                default -> throw ProtocolException.badRequest("unknown input '" + in.name() + "' for model " + model.name()
                        + " (inputs: " + String.join(", ", inputNames(model)) + ")");
            }
        }
        if ((u == null) == (p == null)) {
            throw ProtocolException.badRequest("give exactly one of the inputs u [B, " + model.dimensions()
                    + "] and momenta [B, " + 4 * model.particles() + "]");
        }
        boolean momenta = p != null;
        if (!momenta && !model.servesPoints()) {
            throw ProtocolException.badRequest("model " + model.name() + " has no hypercube input u (it has no sqrt(s)):"
                    + " send momenta, or serve it with a sqrt(s)");
        }
        Tensors.Input in = momenta ? p : u;
        int width = momenta ? 4 * model.particles() : model.dimensions();
        if (in.shape().length != 2 || in.shape()[1] != width) {
            throw ProtocolException.badRequest("input " + in.name() + " has shape " + in.shapeText() + "; model "
                    + model.name() + " expects [B, " + width + "]");
        }
        long b = in.shape()[0];
        if (b < 1) {
            throw ProtocolException.badRequest("input " + in.name() + " has no events (shape " + in.shapeText() + ")");
        }
        if (b > maxEvents) {
            throw ProtocolException.badRequest("input " + in.name() + " has " + b + " events; at most " + maxEvents
                    + " per request (split the batch)");
        }
        int events = (int) b;
        double[][] columns = columns(in.data(), events, width);
        if (momenta) {
            checkMomenta(columns, events, model.particles());
        } else {
            checkPoints(columns, events);
        }
        Map<String, Double> point = point(model, r.parameters(), theta);
        List<Tensors.Wanted> wanted = wanted(model, r, momenta);
        boolean gradTheta = wanted.stream().anyMatch(w -> w.name().equals("grad_theta"));
        boolean coords = wanted.stream().anyMatch(w -> w.name().startsWith("grad_u"));
        return new InferJob(model, r.id(), momenta, columns, events, Model.form(gradTheta, coords), point, wanted,
                System.nanoTime(), new CompletableFuture<>());
    }

    static List<String> inputNames(Model m) {
        return m.parameters().isEmpty() ? List.of("u", "momenta") : List.of("u", "momenta", "theta");
    }

    private static Tensors.Input once(Tensors.Input seen, Tensors.Input in) {
        if (seen != null) {
            throw ProtocolException.badRequest("input " + in.name() + " given twice");
        }
        return in;
    }

    /** Row-major [B, width] to the API's [column][event]. */
    private static double[][] columns(double[] data, int events, int width) {
        double[][] c = new double[width][events];
        for (int e = 0; e < events; e++) {
            for (int j = 0; j < width; j++) c[j][e] = data[e * width + j];
        }
        return c;
    }

    private static void checkPoints(double[][] u, int events) {
        for (int e = 0; e < events; e++) {
            for (int c = 0; c < u.length; c++) {
                double x = u[c][e];
                if (!(x >= 0.0 && x <= 1.0)) {
                    throw ProtocolException.badRequest("input u: event " + e + ": coordinate u" + (c + 1) + " = " + x
                            + (Double.isNaN(x) ? " (NaN)" : " is not in [0, 1]"));
                }
            }
        }
    }

    /** The API's own check, made per request so that the event number is the request's. */
    private static void checkMomenta(double[][] p, int events, int n) {
        for (int e = 0; e < events; e++) {
            double scale = Math.abs(p[0][e]) + Math.abs(p[4][e]);
            for (int mu = 0; mu < 4; mu++) {
                double sum = 0;
                for (int q = 0; q < n; q++) {
                    double x = p[4 * q + mu][e];
                    if (!Double.isFinite(x)) {
                        throw ProtocolException.badRequest("input momenta: event " + e + ": component " + mu + " of particle "
                                + q + " is " + x);
                    }
                    sum += q < 2 ? x : -x;
                }
                if (!(Math.abs(sum) <= MatrixElement.CONSERVATION_TOLERANCE * scale)) {
                    throw ProtocolException.badRequest("input momenta: event " + e + ": four-momentum is not conserved"
                            + " (component " + mu + " differs by " + sum + " GeV)");
                }
            }
        }
    }

    /**
     * The parameter point: the {@code theta} tensor [P] (or [1, P]) over the declared parameters, or
     * request parameters by SLHA name. Request parameters that do not look like SLHA names
     * ({@code block.id}) are the protocol's own (binary_data_output, a client's priority) and ignored.
     */
    private static Map<String, Double> point(Model model, Map<String, Object> parameters, Tensors.Input theta) {
        List<String> declared = model.parameters();
        Map<String, Double> point = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : parameters.entrySet()) {
            String key = e.getKey();
            if (!key.matches("[A-Za-z][A-Za-z0-9_]*\\.[0-9]+")) {
                continue;
            }
            String name = key.toLowerCase(java.util.Locale.ROOT);
            if (!declared.contains(name)) {
                throw ProtocolException.badRequest("parameter " + key + " is not a declared parameter of model " + model.name()
                        + (declared.isEmpty() ? " (it declares none)" : " (declared: " + String.join(", ", declared) + ")"));
            }
            if (!(e.getValue() instanceof Double v) || !Double.isFinite(v)) {
                throw ProtocolException.badRequest("parameter " + key + " must be a finite number, got " + e.getValue());
            }
            point.put(name, v);
        }
        if (theta != null) {
            if (declared.isEmpty()) {
                throw ProtocolException.badRequest("model " + model.name() + " declares no parameters: no input theta");
            }
            if (!point.isEmpty()) {
                throw ProtocolException.badRequest("give parameter values either as input theta or as request parameters, not both");
            }
            long[] s = theta.shape();
            boolean ok = (s.length == 1 && s[0] == declared.size()) || (s.length == 2 && s[0] == 1 && s[1] == declared.size());
            if (!ok) {
                throw ProtocolException.badRequest("input theta has shape " + theta.shapeText() + "; model " + model.name()
                        + " expects [" + declared.size() + "] (" + String.join(", ", declared) + ")");
            }
            for (int j = 0; j < declared.size(); j++) {
                double v = theta.data()[j];
                if (!Double.isFinite(v)) {
                    throw ProtocolException.badRequest("input theta: " + declared.get(j) + " = " + v + " is not a finite number");
                }
                point.put(declared.get(j), v);
            }
        }
        if (!point.isEmpty()) {
            try {
                // refused values are refused here, once, rather than inside a shared batch
                model.at(0, point);
            } catch (IllegalArgumentException e) {
                throw ProtocolException.badRequest("parameters: " + e.getMessage());
            }
        }
        return Map.copyOf(point);
    }

    private static List<Tensors.Wanted> wanted(Model model, Tensors.Request r, boolean momenta) {
        List<Tensors.Wanted> wanted = r.outputs().isEmpty() ? List.of(new Tensors.Wanted("me", r.binaryOutputs()))
                : r.outputs().stream().map(w -> new Tensors.Wanted(w.name(), w.binary() || r.binaryOutputs())).toList();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Tensors.Wanted w : wanted) {
            String n = w.name();
            if (!OUTPUTS.contains(n)) {
                throw ProtocolException.badRequest("unknown output '" + n + "' (outputs: " + String.join(", ", OUTPUTS) + ")");
            }
            if (!seen.add(n)) {
                throw ProtocolException.badRequest("output " + n + " asked for twice");
            }
            if (momenta && NEED_POINTS.contains(n)) {
                throw ProtocolException.badRequest("output " + n + " needs the hypercube input u (momenta inputs give me,"
                        + " log_me, grad_theta and u)");
            }
            if (!momenta && n.equals("u")) {
                throw ProtocolException.badRequest("output u is the inverse map of momenta inputs; the input is already u");
            }
            if (n.equals("u") && !model.servesPoints()) {
                throw ProtocolException.badRequest("model " + model.name() + " has no phase-space map (no sqrt(s)): no output u");
            }
            if (n.equals("grad_theta") && model.parameters().isEmpty()) {
                throw ProtocolException.badRequest("model " + model.name() + " declares no parameters: no output grad_theta"
                        + " (serve it with --parameters " + model.name() + "=mass.6,...)");
            }
        }
        return wanted;
    }
}
