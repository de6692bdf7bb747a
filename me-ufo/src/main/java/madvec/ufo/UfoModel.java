package madvec.ufo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import madvec.model.ParamCard;
import madvec.ufo.python.SourcePosition;

/**
 * A UFO model as read from its folder, possibly restricted: particles, parameters, couplings,
 * Lorentz structures, vertices and coupling orders, and the compiled formulas
 * ({@link #formulas()} evaluates them at any point, with derivatives).
 *
 * <p>Selected as MadGraph selects a model: {@link #load(String)} takes a folder path, optionally
 * followed by {@code -restriction} ({@code ../models/sm-no_b_mass} reads {@code restrict_no_b_mass.dat});
 * a bare folder applies {@code restrict_default.dat} when the folder has one, and {@code -full} asks for
 * no restriction. A SPEC that is no folder is looked for under the directories of {@link #searchPath()}
 * (MadGraph's {@code models} directory). Immutable; {@link #formulas()} are compiled once and shared.
 */
public final class UfoModel {
    private final String name;
    private final Path folder;
    private final String restriction;
    private final List<UfoParticle> particles;
    private final List<UfoParameter> parameters;
    private final List<UfoCoupling> couplings;
    private final List<UfoLorentz> lorentz;
    private final List<UfoVertex> vertices;
    private final List<UfoCouplingOrder> orders;
    private final Map<String, Double> fixed;
    private final Set<String> removedCouplings;
    private final Map<String, SourcePosition> formulas;
    private final Map<Integer, UfoParticle> byPdg = new HashMap<>();
    private final Map<String, UfoParameter> parameterByName = new LinkedHashMap<>();
    private volatile UfoParameters compiled;

    UfoModel(String name, Path folder, String restriction, List<UfoParticle> particles, List<UfoParameter> parameters,
            List<UfoCoupling> couplings, List<UfoLorentz> lorentz, List<UfoVertex> vertices,
            List<UfoCouplingOrder> orders, Map<String, Double> fixed, Set<String> removedCouplings,
            Map<String, SourcePosition> formulas) {
        this.name = name;
        this.folder = folder;
        this.restriction = restriction;
        this.particles = List.copyOf(particles);
        this.parameters = List.copyOf(parameters);
        this.couplings = List.copyOf(couplings);
        this.lorentz = List.copyOf(lorentz);
        this.vertices = List.copyOf(vertices);
        this.orders = List.copyOf(orders);
        this.fixed = Map.copyOf(fixed);
        this.removedCouplings = Set.copyOf(removedCouplings);
        this.formulas = formulas;
        for (UfoParticle p : particles) {
            if (byPdg.put(p.pdg(), p) != null) {
                throw new UfoFormatException("particles.py", p.line(), 0, "PDG code " + p.pdg() + " is used twice");
            }
        }
        for (UfoParameter p : parameters) {
            if (parameterByName.put(p.name(), p) != null) {
                throw new UfoFormatException("parameters.py", p.line(), 0, "parameter " + p.name() + " is defined twice");
            }
        }
    }

    /**
     * Loads a model as MadGraph's {@code import model SPEC} does: SPEC is a folder, or a folder then
     * {@code -restriction}.
     *
     * @throws UfoFormatException when the folder is not a UFO model or a file is outside the subset read
     * @throws IllegalArgumentException when the named restriction does not exist
     */
    public static UfoModel load(String spec) {
        return load(spec, List.of());
    }

    /**
     * As {@link #load(String)}, keeping the named external parameters ({@code block.id}) free: the
     * restriction neither fixes them at 0 or 1 nor removes the couplings and vertices they feed, so
     * that derivatives with respect to them exist.
     */
    public static UfoModel load(String spec, Collection<String> keepFree) {
        return load(spec, keepFree, searchPath());
    }

    /**
     * As {@link #load(String, Collection)}, looking for a SPEC that is not a folder (or folder then
     * {@code -restriction}) as given under each directory of {@code searchPath} in turn, as MadGraph
     * looks in its {@code models} directory.
     */
    public static UfoModel load(String spec, Collection<String> keepFree, List<Path> searchPath) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("no model given: expected a UFO model folder, optionally followed by -restriction");
        }
        List<Path> candidates = new java.util.ArrayList<>();
        candidates.add(Path.of(spec));
        if (!Path.of(spec).isAbsolute()) {
            for (Path dir : searchPath) candidates.add(dir.resolve(spec));
        }
        for (Path candidate : candidates) {
            UfoModel m = loadIfPresent(candidate, keepFree);
            if (m != null) {
                return m;
            }
        }
        throw new IllegalArgumentException("no UFO model " + spec + ": looked for a model folder (or a folder followed by"
                + " -restriction) at " + candidates + "; set -Dmadvec.models or MADVEC_MODELS to the directories that"
                + " hold models");
    }

    /**
     * The directories searched for models given without a path: the system property
     * {@code madvec.models}, then the environment variable {@code MADVEC_MODELS} (each a list separated
     * by the platform's path separator).
     */
    public static List<Path> searchPath() {
        List<Path> out = new java.util.ArrayList<>();
        for (String list : new String[] {System.getProperty("madvec.models"), System.getenv("MADVEC_MODELS")}) {
            if (list == null || list.isBlank()) {
                continue;
            }
            for (String dir : list.split(java.io.File.pathSeparator)) {
                if (!dir.isBlank()) {
                    out.add(Path.of(dir.strip()));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The model at a path (folder or folder-restriction), or null when there is no such folder. */
    private static UfoModel loadIfPresent(Path path, Collection<String> keepFree) {
        if (Files.isDirectory(path)) {
            Path def = path.resolve("restrict_default.dat");
            UfoModel full = read(path);
            return Files.isRegularFile(def) ? full.restrict("default", card(def), keepFree) : full;
        }
        String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        int dash = file.lastIndexOf('-');
        if (dash <= 0) {
            return null;
        }
        Path base = path.resolveSibling(file.substring(0, dash));
        String r = file.substring(dash + 1);
        if (!Files.isDirectory(base)) {
            return null;
        }
        if (r.equals("full")) {
            return read(base);
        }
        Path card = base.resolve("restrict_" + r + ".dat");
        if (!Files.isRegularFile(card)) {
            throw new IllegalArgumentException("model " + base + " has no restriction '" + r + "' (no "
                    + card.getFileName() + "); its restrictions: " + restrictions(base) + ", or 'full' for none");
        }
        return read(base).restrict(r, card(card), keepFree);
    }

    /** The restriction names a folder offers ({@code restrict_NAME.dat}). */
    public static List<String> restrictions(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.startsWith("restrict_") && f.endsWith(".dat"))
                    .map(f -> f.substring("restrict_".length(), f.length() - ".dat".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParamCard card(Path file) {
        try {
            return ParamCard.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a model folder without any restriction. */
    public static UfoModel read(Path folder) {
        try {
            UfoReader.Contents c = UfoReader.read(folder);
            String name = folder.toAbsolutePath().normalize().getFileName().toString();
            return new UfoModel(name, folder, null, c.particles(), c.parameters(), c.couplings(), c.lorentz(),
                    c.vertices(), c.orders(), Map.of(), Set.of(), c.formulas());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read UFO model " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * This (unrestricted) model restricted by a card as MadGraph restricts it: external parameters at 0
     * or 1 are fixed (constants in every formula, no longer inputs), the others take the card's values
     * as defaults; couplings that then vanish identically are removed with their vertex terms, vertices
     * left without terms are removed, and masses and widths fixed at 0 become {@code ZERO}.
     *
     * @param restrictionName the name the model is known by ({@code default}, {@code no_b_mass})
     * @param card the restriction card
     * @param keepFree external parameters ({@code block.id}) never fixed
     */
    public UfoModel restrict(String restrictionName, ParamCard card, Collection<String> keepFree) {
        if (restriction != null) {
            throw new IllegalStateException("model " + name + " is already restricted by " + restriction);
        }
        return Restriction.apply(this, restrictionName, card, keepFree);
    }

    /** The model's name: the folder's name, with {@code -restriction} when restricted. */
    public String name() {
        return restriction == null ? name : name + "-" + restriction;
    }

    String baseName() {
        return name;
    }

    /** The folder read. */
    public Path folder() {
        return folder;
    }

    /** The restriction applied, if any. */
    public Optional<String> restriction() {
        return Optional.ofNullable(restriction);
    }

    /** Particles and antiparticles, in the order of {@code particles.py}. */
    public List<UfoParticle> particles() {
        return particles;
    }

    /** Every parameter of {@code parameters.py}, external and internal, including those fixed. */
    public List<UfoParameter> parameters() {
        return parameters;
    }

    /** The couplings (those a restriction removed are not listed). */
    public List<UfoCoupling> couplings() {
        return couplings;
    }

    /** Every Lorentz structure of {@code lorentz.py}. */
    public List<UfoLorentz> lorentz() {
        return lorentz;
    }

    /** The vertices (those a restriction removed are not listed). */
    public List<UfoVertex> vertices() {
        return vertices;
    }

    /** The coupling orders. */
    public List<UfoCouplingOrder> orders() {
        return orders;
    }

    /** External parameters the restriction fixed, UFO name to value (0 or 1). */
    public Map<String, Double> fixedParameters() {
        return fixed;
    }

    /** Names of the couplings the restriction removed because they vanish. */
    public Set<String> removedCouplings() {
        return removedCouplings;
    }

    /**
     * The particle of a PDG code (either sign for a self-conjugate particle).
     *
     * @throws IllegalArgumentException when the model has none
     */
    public UfoParticle particle(int pdg) {
        UfoParticle p = byPdg.get(pdg);
        if (p == null) {
            p = byPdg.get(-pdg);
        }
        if (p == null) {
            throw new IllegalArgumentException("model " + name() + " has no particle with PDG code " + pdg);
        }
        return p;
    }

    /** A parameter by UFO name, or null. */
    public UfoParameter parameter(String ufoName) {
        return parameterByName.get(ufoName);
    }

    /**
     * The compiled formulas of the parameters and couplings (compiled at first use, then shared), to
     * evaluate at any parameter point.
     *
     * @throws UfoFormatException when a formula is outside the subset read, names an unknown parameter,
     *     or the parameters' formulas form a cycle
     */
    public UfoParameters formulas() {
        return compiled();
    }

    /**
     * The Lorentz structure parsed into typed tensors, its indices checked against its legs' spins.
     *
     * @throws UfoFormatException when the structure is outside the subset read, names an unknown tensor,
     *     has a leg of spin 3/2 or 2 (not supported yet), or its indices do not match its legs
     */
    public Structure<LorentzTensor> lorentzStructure(UfoLorentz l) {
        SourcePosition at = formulaPosition("lorentz.py", l.name());
        return StructureReader.lorentz(l, at != null ? at : new SourcePosition("lorentz.py", l.line(), 0));
    }

    /**
     * The colour structures of a vertex parsed into typed tensors, their indices checked against the
     * vertex's legs (each coloured leg once per term, in its representation; singlets never).
     *
     * @throws UfoFormatException as {@link #lorentzStructure}, for colour
     */
    public List<Structure<ColourTensor>> colourStructures(UfoVertex v) {
        List<Structure<ColourTensor>> out = new java.util.ArrayList<>();
        for (int i = 0; i < v.colours().size(); i++) {
            SourcePosition at = formulaPosition("vertices.py", v.name() + "#" + i);
            out.add(StructureReader.colour(v.colours().get(i), v.particles(), "colour structure " + i + " of vertex "
                    + v.name(), at != null ? at : new SourcePosition("vertices.py", v.line(), 0)));
        }
        return List.copyOf(out);
    }

    SourcePosition formulaPosition(String file, String objectName) {
        return formulas.get(file + ":" + objectName);
    }

    Map<String, SourcePosition> formulaPositions() {
        return formulas;
    }

    private UfoParameters compiled() {
        UfoParameters c = compiled;
        if (c == null) {
            synchronized (this) {
                c = compiled;
                if (c == null) {
                    c = UfoParameters.compile(this);
                    compiled = c;
                }
            }
        }
        return c;
    }

    @Override
    public String toString() {
        return "UFO model " + name() + " (" + particles.size() + " particles, " + parameters.size() + " parameters, "
                + couplings.size() + " couplings, " + vertices.size() + " vertices, " + lorentz.size()
                + " Lorentz structures)";
    }
}
