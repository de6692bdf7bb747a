package madvec.ufo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import madvec.ufo.python.PyAssignment;
import madvec.ufo.python.PyExpr;
import madvec.ufo.python.PyModule;
import madvec.ufo.python.PyParser;
import madvec.ufo.python.SourcePosition;

/**
 * Reads the data files of a UFO folder into UFO objects, without executing anything: each file is
 * parsed, and each module-level assignment is evaluated over a closed set of values (numbers,
 * strings, lists, tuples, dicts, references to objects of files read before, the constructors of
 * {@code object_library} and {@code anti()} of a particle). {@code object_library.py} and
 * {@code function_library.py} are not read: their classes and functions are known by name.
 */
final class UfoReader {
    /** The files read, in dependency order (a file refers only to files before it). */
    static final List<String> FILES = List.of("parameters.py", "couplings.py", "lorentz.py", "particles.py",
            "vertices.py", "coupling_orders.py");
    private static final Set<String> REQUIRED = Set.of("parameters.py", "couplings.py", "lorentz.py",
            "particles.py", "vertices.py");
    private static final Set<String> CONSTRUCTORS = Set.of("Particle", "Parameter", "Coupling", "Lorentz",
            "Vertex", "CouplingOrder");

    /** Variable name to object, per module name ({@code particles}, {@code parameters}, ...). */
    private final Map<String, Map<String, Object>> namespaces = new HashMap<>();

    /** A reference to an object of a file madvec does not read ({@code Prop.W}, {@code ForFac.x}). */
    record Symbol(String qualifiedName) {}

    /** What a folder holds, in file order. */
    record Contents(List<UfoParameter> parameters, List<UfoCoupling> couplings, List<UfoLorentz> lorentz,
            List<UfoParticle> particles, List<UfoVertex> vertices, List<UfoCouplingOrder> orders,
            Map<String, SourcePosition> formulas) {}

    /**
     * Where each formula or structure string starts: {@code parameters.py:name}, {@code couplings.py:name},
     * {@code lorentz.py:name}, {@code vertices.py:name#colourIndex}.
     */
    private final Map<String, SourcePosition> formulas = new HashMap<>();

    static Contents read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new UfoFormatException(folder.toString(), 0, 0, "not a UFO model folder (no such directory)");
        }
        UfoReader r = new UfoReader();
        Map<String, List<Object>> objects = new LinkedHashMap<>();
        for (String file : FILES) {
            Path p = folder.resolve(file);
            if (!Files.isRegularFile(p)) {
                if (REQUIRED.contains(file)) {
                    throw new UfoFormatException(p.toString(), 0, 0, "missing: a UFO model folder holds " + REQUIRED);
                }
                objects.put(file, List.of());
                continue;
            }
            objects.put(file, r.readFile(file, Files.readString(p, StandardCharsets.UTF_8)));
        }
        return new Contents(ofType(objects.get("parameters.py"), UfoParameter.class),
                ofType(objects.get("couplings.py"), UfoCoupling.class),
                ofType(objects.get("lorentz.py"), UfoLorentz.class),
                ofType(objects.get("particles.py"), UfoParticle.class),
                ofType(objects.get("vertices.py"), UfoVertex.class),
                ofType(objects.get("coupling_orders.py"), UfoCouplingOrder.class),
                Map.copyOf(r.formulas));
    }

    /** The objects of one type a file defined, each once (an antiparticle and its particle both count). */
    private static <T> List<T> ofType(List<Object> all, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : all) {
            if (type.isInstance(o) && !out.contains(type.cast(o))) {
                out.add(type.cast(o));
            }
        }
        return List.copyOf(out);
    }

    /** Reads one file's assignments; returns the objects it defines, in order. */
    List<Object> readFile(String file, String text) {
        PyModule module = PyParser.parseFile(file, text);
        String moduleName = file.substring(0, file.length() - 3);
        Map<String, Object> ns = new LinkedHashMap<>();
        namespaces.put(moduleName, ns);
        List<Object> defined = new ArrayList<>();
        for (PyAssignment a : module.assignments()) {
            Object v = value(a.value(), module, ns);
            if (ns.containsKey(a.target())) {
                throw a.position().error("'" + a.target() + "' is assigned twice");
            }
            ns.put(a.target(), v);
            defined.add(v);
        }
        return defined;
    }

    private Object value(PyExpr e, PyModule module, Map<String, Object> ns) {
        return switch (e) {
            case PyExpr.Number n -> {
                if (n.imaginary()) {
                    throw n.position().error("imaginary literal " + n.digits() + " outside an expression string:"
                            + " expected a real number");
                }
                yield n.value();
            }
            case PyExpr.Str s -> new Located<>(s.value(), s.position());
            case PyExpr.Sequence s -> {
                List<Object> items = new ArrayList<>();
                for (PyExpr i : s.items()) items.add(value(i, module, ns));
                yield items;
            }
            case PyExpr.Dict d -> {
                Map<Object, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < d.keys().size(); i++) {
                    Object key = plain(value(d.keys().get(i), module, ns));
                    if (m.put(key, value(d.values().get(i), module, ns)) != null) {
                        throw d.keys().get(i).position().error("dict key " + key + " given twice");
                    }
                }
                yield m;
            }
            case PyExpr.Name n -> {
                switch (n.id()) {
                    case "True" -> {
                        yield Boolean.TRUE;
                    }
                    case "False" -> {
                        yield Boolean.FALSE;
                    }
                    case "None" -> {
                        yield NONE;
                    }
                    default -> { }
                }
                if (ns.containsKey(n.id())) {
                    yield ns.get(n.id());
                }
                throw n.position().error("unknown name '" + n.id() + "': expected a number, a string or a name"
                        + " defined earlier in " + module.file());
            }
            case PyExpr.Attribute a -> attribute(a, module);
            case PyExpr.Unary u -> {
                Object v = value(u.operand(), module, ns);
                if (!(v instanceof Double d)) {
                    throw u.position().error("unary " + u.op() + " on a value that is not a number");
                }
                yield u.op().equals("-") ? -d : d;
            }
            case PyExpr.Binary b -> arithmetic(b, value(b.left(), module, ns), value(b.right(), module, ns));
            case PyExpr.Call c -> call(c, module, ns);
        };
    }

    /** Python's None. */
    private static final Object NONE = new Symbol("None");

    /** A string with the position of its content, for errors in the expressions it holds. */
    record Located<T>(T value, SourcePosition position) {}

    private static Object plain(Object v) {
        if (v instanceof Located<?> l) {
            return l.value();
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object o : list) out.add(plain(o));
            return out;
        }
        return v;
    }

    private static Object arithmetic(PyExpr.Binary b, Object l, Object r) {
        if (!(l instanceof Double x) || !(r instanceof Double y)) {
            throw b.position().error("'" + b.op() + "' on values that are not numbers (arithmetic outside an"
                    + " expression string is allowed on numbers only)");
        }
        return switch (b.op()) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> x / y;
            case "**" -> Math.pow(x, y);
            default -> throw b.position().error("operator " + b.op() + " is not supported");
        };
    }

    private Object attribute(PyExpr.Attribute a, PyModule module) {
        if (!(a.object() instanceof PyExpr.Name alias)) {
            throw a.position().error("attribute '." + a.name() + "' of a value that is not a module name:"
                    + " expected a reference such as P.u, Param.MT, C.GC_1, L.FFV1");
        }
        String target = module.imports().get(alias.id());
        if (target == null) {
            throw alias.position().error("unknown module name '" + alias.id() + "': expected a name bound by"
                    + " an import in " + module.file() + " (such as 'import parameters as Param')");
        }
        Map<String, Object> ns = namespaces.get(target);
        if (ns == null) {
            if (FILES.contains(target + ".py")) {
                throw a.position().error("'" + alias.id() + "." + a.name() + "' refers to " + target
                        + ".py, which is read after " + module.file());
            }
            // a file madvec does not read (propagators, form factors): kept as a name
            return new Symbol(target + "." + a.name());
        }
        Object v = ns.get(a.name());
        if (v == null) {
            throw a.position().error(target + ".py defines no '" + a.name() + "'");
        }
        return v;
    }

    private Object call(PyExpr.Call c, PyModule module, Map<String, Object> ns) {
        if (c.function() instanceof PyExpr.Attribute m && m.name().equals("anti")) {
            Object p = value(m.object(), module, ns);
            if (!(p instanceof UfoParticle particle) || !c.args().isEmpty() || !c.keywords().isEmpty()) {
                throw c.position().error("anti() is read on a particle, without arguments");
            }
            if (particle.selfConjugate()) {
                throw c.position().error("particle " + particle.name() + " is its own antiparticle: anti() is undefined");
            }
            return particle.anti();
        }
        if (!(c.function() instanceof PyExpr.Name f) || !CONSTRUCTORS.contains(f.id())) {
            throw c.position().error("unexpected call: expected a UFO constructor (" + String.join(", ",
                    CONSTRUCTORS) + ") or particle.anti()");
        }
        if (!c.args().isEmpty()) {
            throw c.args().get(0).position().error(f.id() + " takes keyword arguments only (name = value)");
        }
        Map<String, Object> kw = new LinkedHashMap<>();
        c.keywords().forEach((k, v) -> kw.put(k, value(v, module, ns)));
        Arguments args = new Arguments(f.id(), kw, c.position());
        return switch (f.id()) {
            case "Parameter" -> {
                UfoParameter p = parameter(args);
                if (args.get("value") instanceof Located<?> l) {
                    formulas.put("parameters.py:" + p.name(), l.position());
                }
                yield p;
            }
            case "Coupling" -> {
                UfoCoupling g = new UfoCoupling(args.string("name"), args.string("value"), args.orders("order"),
                        c.position().line());
                if (args.get("value") instanceof Located<?> l) {
                    formulas.put("couplings.py:" + g.name(), l.position());
                }
                yield g;
            }
            case "Lorentz" -> {
                UfoLorentz l = new UfoLorentz(args.string("name"), args.integers("spins"), args.string("structure"),
                        c.position().line());
                if (args.get("structure") instanceof Located<?> at) {
                    formulas.put("lorentz.py:" + l.name(), at.position());
                }
                yield l;
            }
            case "Particle" -> particle(args);
            case "Vertex" -> {
                UfoVertex v = vertex(args);
                if (args.get("color") instanceof List<?> colours) {
                    for (int i = 0; i < colours.size(); i++) {
                        if (colours.get(i) instanceof Located<?> at) {
                            formulas.put("vertices.py:" + v.name() + "#" + i, at.position());
                        }
                    }
                }
                yield v;
            }
            case "CouplingOrder" -> new UfoCouplingOrder(args.string("name"), args.integer("expansion_order"),
                    args.integer("hierarchy"));
            default -> throw new IllegalStateException(f.id());
        };
    }

    private static UfoParameter parameter(Arguments a) {
        String nature = a.string("nature");
        String type = a.string("type");
        if (!type.equals("real") && !type.equals("complex")) {
            throw a.error("type", "expected 'real' or 'complex', got '" + type + "'");
        }
        int line = a.position.line();
        return switch (nature) {
            case "external" -> {
                Object v = plain(a.get("value"));
                double value;
                if (v instanceof Double d) {
                    value = d;
                } else if (v instanceof String s) {
                    try {
                        value = Double.parseDouble(s.strip());
                    } catch (NumberFormatException ex) {
                        throw a.error("value", "an external parameter's value must be a number, got '" + s + "'");
                    }
                } else {
                    throw a.error("value", "an external parameter's value must be a number");
                }
                List<Integer> code = a.integers("lhacode");
                if (code.isEmpty()) {
                    throw a.error("lhacode", "expected at least one index");
                }
                yield new UfoParameter(a.string("name"), true, type.equals("complex"), value, null,
                        a.string("lhablock").toLowerCase(java.util.Locale.ROOT), code, line);
            }
            case "internal" -> {
                Object v = plain(a.get("value"));
                String formula = v instanceof String s ? s : v instanceof Double d ? Double.toString(d) : null;
                if (formula == null) {
                    throw a.error("value", "an internal parameter's value must be a formula (a string)");
                }
                yield new UfoParameter(a.string("name"), false, type.equals("complex"), Double.NaN, formula, null,
                        List.of(), line);
            }
            default -> throw a.error("nature", "expected 'external' or 'internal', got '" + nature + "'");
        };
    }

    private static UfoParticle particle(Arguments a) {
        UfoParameter mass = a.object("mass", UfoParameter.class);
        UfoParameter width = a.object("width", UfoParameter.class);
        return new UfoParticle(a.integer("pdg_code"), a.string("name"), a.string("antiname"), a.integer("spin"),
                a.integer("color"), mass.name(), width.name(), a.number("charge"), a.optionalInteger("GhostNumber"),
                a.optionalInteger("LeptonNumber"), a.position.line());
    }

    private static UfoVertex vertex(Arguments a) {
        List<UfoParticle> particles = a.list("particles", UfoParticle.class);
        List<String> colours = new ArrayList<>();
        for (Object o : a.list("color", Object.class)) {
            if (!(plain(o) instanceof String s)) {
                throw a.error("color", "expected a list of strings");
            }
            colours.add(s);
        }
        List<UfoLorentz> lorentz = a.list("lorentz", UfoLorentz.class);
        if (!(a.get("couplings") instanceof Map<?, ?> dict)) {
            throw a.error("couplings", "expected a dict {(colour, lorentz): C.GC_n}");
        }
        List<UfoVertex.Term> terms = new ArrayList<>();
        for (Map.Entry<?, ?> e : dict.entrySet()) {
            if (!(e.getKey() instanceof List<?> key) || key.size() != 2 || !(key.get(0) instanceof Double i)
                    || !(key.get(1) instanceof Double j) || i != Math.rint(i) || j != Math.rint(j)) {
                throw a.error("couplings", "expected keys (colour index, Lorentz index), got " + e.getKey());
            }
            if (i < 0 || i >= colours.size() || j < 0 || j >= lorentz.size()) {
                throw a.error("couplings", "key (" + i.intValue() + ", " + j.intValue() + ") is outside the "
                        + colours.size() + " colour and " + lorentz.size() + " Lorentz structures");
            }
            if (!(e.getValue() instanceof UfoCoupling g)) {
                throw a.error("couplings", "expected couplings (C.GC_n) as values");
            }
            terms.add(new UfoVertex.Term(i.intValue(), j.intValue(), g.name()));
        }
        UfoVertex v = new UfoVertex(a.string("name"), particles, colours, lorentz, terms, a.position.line());
        for (UfoLorentz l : lorentz) {
            if (l.spins().size() != particles.size()) {
                throw a.error("lorentz", "structure " + l.name() + " has " + l.spins().size() + " legs, the vertex "
                        + particles.size());
            }
        }
        return v;
    }

    /** The keyword arguments of one constructor call, with typed access and clear errors. */
    private record Arguments(String constructor, Map<String, Object> values, SourcePosition position) {
        UfoFormatException error(String key, String problem) {
            Object name = plain(values.get("name"));
            String who = constructor + (name instanceof String s ? " '" + s + "'" : "");
            return position.error(who + ", argument " + key + ": " + problem);
        }

        Object get(String key) {
            if (!values.containsKey(key)) {
                throw error(key, "missing: " + constructor + " needs " + key + " = ...");
            }
            return values.get(key);
        }

        String string(String key) {
            if (!(plain(get(key)) instanceof String s)) {
                throw error(key, "expected a string");
            }
            return s;
        }

        double number(String key) {
            if (!(get(key) instanceof Double d)) {
                throw error(key, "expected a number");
            }
            return d;
        }

        int integer(String key) {
            double d = number(key);
            if (d != Math.rint(d)) {
                throw error(key, "expected an integer, got " + d);
            }
            return (int) d;
        }

        int optionalInteger(String key) {
            return values.containsKey(key) ? integer(key) : 0;
        }

        List<Integer> integers(String key) {
            List<Integer> out = new ArrayList<>();
            for (Object o : list(key, Object.class)) {
                if (!(o instanceof Double d) || d != Math.rint(d)) {
                    throw error(key, "expected a list of integers");
                }
                out.add((int) (double) d);
            }
            return out;
        }

        <T> T object(String key, Class<T> type) {
            Object o = get(key);
            if (!type.isInstance(o)) {
                throw error(key, "expected a reference to a " + type.getSimpleName().replace("Ufo", "")
                        + (o instanceof Symbol s ? ", got " + s.qualifiedName() : ""));
            }
            return type.cast(o);
        }

        <T> List<T> list(String key, Class<T> type) {
            if (!(get(key) instanceof List<?> l)) {
                throw error(key, "expected a list");
            }
            List<T> out = new ArrayList<>();
            for (Object o : l) {
                if (!type.isInstance(o)) {
                    throw error(key, "expected a list of " + type.getSimpleName().replace("Ufo", "") + " references");
                }
                out.add(type.cast(o));
            }
            return out;
        }

        Map<String, Integer> orders(String key) {
            if (!(get(key) instanceof Map<?, ?> m)) {
                throw error(key, "expected a dict of coupling orders {'QED': 1}");
            }
            Map<String, Integer> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String k) || !(e.getValue() instanceof Double d) || d != Math.rint(d)) {
                    throw error(key, "expected a dict of order names to integers");
                }
                out.put(k, (int) (double) d);
            }
            return out;
        }
    }
}
