package madvec.serve;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import madvec.api.Precision;

/**
 * One served model as declared: a name, a process (catalog name or process string), its card,
 * overrides, sqrt(s), and the parameters a request may set and {@code grad_theta} differentiates by.
 *
 * @param name the model name in URLs ({@code /v2/models/NAME})
 * @param process a catalog name ({@code gg_tt}) or a process string ({@code "g g > t t~"})
 * @param paramCard an SLHA card, or null for the catalog's (else the {@code sm}) card
 * @param sqrtS GeV, or null for the catalog's (a process string without it has no hypercube input)
 * @param parameters the declared parameters, SLHA {@code block.id} names, in order
 * @param sets card overrides by name
 * @param precision the kernels' precision (see {@link Precision}); null means double
 */
public record ModelSpec(String name, String process, Path paramCard, Double sqrtS, List<String> parameters,
                        Map<String, Double> sets, Precision precision) {
    /** Model names are URL path segments: keep them to what needs no escaping. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public ModelSpec {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("model name '" + name + "': use 1 to 64 letters, digits, '_', '.' or '-'"
                    + " (starting with a letter or digit)");
        }
        if (process == null || process.isBlank()) {
            throw new IllegalArgumentException("model " + name + ": no process given");
        }
        if (sqrtS != null && !(sqrtS > 0 && Double.isFinite(sqrtS))) {
            throw new IllegalArgumentException("model " + name + ": sqrt(s) must be a positive number, got " + sqrtS);
        }
        parameters = List.copyOf(parameters.stream().map(p -> p.trim().toLowerCase(Locale.ROOT)).filter(p -> !p.isEmpty())
                .distinct().toList());
        sets = Map.copyOf(sets);
        if (precision == null) {
            precision = Precision.DOUBLE;
        }
    }

    /** A spec in double precision. */
    public ModelSpec(String name, String process, Path paramCard, Double sqrtS, List<String> parameters,
            Map<String, Double> sets) {
        this(name, process, paramCard, sqrtS, parameters, sets, Precision.DOUBLE);
    }

    /** This spec at another precision. */
    public ModelSpec withPrecision(Precision p) {
        return new ModelSpec(name, process, paramCard, sqrtS, parameters, sets, p);
    }

    /** {@code NAME=PROCESS} as on the command line ({@code --model gg=gg_tt}), nothing else set. */
    public static ModelSpec parse(String nameEqualsProcess) {
        int eq = nameEqualsProcess.indexOf('=');
        if (eq <= 0 || eq == nameEqualsProcess.length() - 1) {
            throw new IllegalArgumentException("--model expects NAME=PROCESS (e.g. gg=gg_tt or 'uu=u u~ > t t~'), got '"
                    + nameEqualsProcess + "'");
        }
        return new ModelSpec(nameEqualsProcess.substring(0, eq).trim(), nameEqualsProcess.substring(eq + 1).trim(),
                null, null, List.of(), Map.of());
    }

    /** This spec with other declared parameters. */
    public ModelSpec withParameters(List<String> names) {
        return new ModelSpec(name, process, paramCard, sqrtS, names, sets, precision);
    }

    /** This spec at another sqrt(s). */
    public ModelSpec withSqrtS(double s) {
        return new ModelSpec(name, process, paramCard, s, parameters, sets, precision);
    }

    /** This spec with a card file. */
    public ModelSpec withParamCard(Path card) {
        return new ModelSpec(name, process, card, sqrtS, parameters, sets, precision);
    }

    /**
     * Reads a model file (Java properties, one block of keys per model):
     * <pre>
     * gg.process = gg_tt
     * gg.parameters = mass.6, yukawa.6
     * gg.sqrts = 1000
     * gg.param-card = cards/my_card.dat
     * gg.set.mass.6 = 172.5
     * gg.precision = float
     * </pre>
     * Relative card paths are resolved against the file's folder.
     */
    public static List<ModelSpec> readFile(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, Map<String, String>> byModel = new LinkedHashMap<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            int dot = key.indexOf('.');
            if (dot <= 0) {
                throw new IllegalArgumentException(file + ": key '" + key + "' is not MODEL.process, MODEL.parameters,"
                        + " MODEL.sqrts, MODEL.param-card, MODEL.precision or MODEL.set.block.id");
            }
            byModel.computeIfAbsent(key.substring(0, dot), k -> new LinkedHashMap<>()).put(key.substring(dot + 1),
                    p.getProperty(key).trim());
        }
        List<ModelSpec> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> m : byModel.entrySet()) {
            String name = m.getKey();
            Map<String, String> kv = new LinkedHashMap<>(m.getValue());
            String process = kv.remove("process");
            if (process == null) {
                throw new IllegalArgumentException(file + ": model " + name + " has no " + name + ".process");
            }
            String params = kv.remove("parameters");
            String sqrts = kv.remove("sqrts");
            String card = kv.remove("param-card");
            String precision = kv.remove("precision");
            Map<String, Double> sets = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : kv.entrySet()) {
                if (!e.getKey().startsWith("set.")) {
                    throw new IllegalArgumentException(file + ": unknown key " + name + "." + e.getKey());
                }
                sets.put(e.getKey().substring(4).toLowerCase(Locale.ROOT), number(file, name + "." + e.getKey(), e.getValue()));
            }
            Path cardPath = card == null ? null : resolve(file, card);
            out.add(new ModelSpec(name, process, cardPath, sqrts == null ? null : number(file, name + ".sqrts", sqrts),
                    params == null ? List.of() : List.of(params.split(",")), sets,
                    precision == null ? Precision.DOUBLE : precision(file, name, precision)));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + ": no models (expected keys such as gg.process = gg_tt)");
        }
        return out;
    }

    private static Path resolve(Path file, String card) {
        Path c = Path.of(card);
        Path dir = file.toAbsolutePath().getParent();
        return c.isAbsolute() || dir == null ? c : dir.resolve(c);
    }

    private static Precision precision(Path file, String model, String value) {
        try {
            return Precision.of(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + model + ".precision = " + e.getMessage());
        }
    }

    private static double number(Path file, String key, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": " + key + " = '" + value + "' is not a number");
        }
    }
}
