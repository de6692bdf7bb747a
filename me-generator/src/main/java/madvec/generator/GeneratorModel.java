package madvec.generator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import madvec.model.StandardModel;

/**
 * What the generator needs to know of a model, as one value: its particles, its vertices, the masses
 * and widths that decide massless wavefunctions and possible decays, and its coupling orders (with
 * MadGraph's hierarchies, which weigh them when no order is given, and expansion orders, which cap
 * them). The built-in SM is {@link #sm}; a UFO model's is made by {@code madvec.ufo.UfoProcesses}.
 */
public final class GeneratorModel {
    /**
     * A coupling order of the model.
     *
     * @param name the order's name ({@code QCD}, {@code QED}, {@code NP}, ...)
     * @param hierarchy its weight in MadGraph's {@code WEIGHTED} order
     * @param expansionOrder the most any diagram may have of it (MadGraph's {@code expansion_order}; 99 for no cap)
     */
    public record Order(String name, int hierarchy, int expansionOrder) {}

    private static final List<Order> SM_ORDERS = List.of(new Order("QCD", 1, 99), new Order("QED", 2, 99));

    private final String name;
    private final ParticleTable particles;
    private final List<Vertex> vertices;
    private final IntToDoubleFunction mass, width;
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final Map<String, String> refused;
    private final boolean builtIn;
    private final Object identity;

    private GeneratorModel(String name, ParticleTable particles, List<Vertex> vertices, IntToDoubleFunction mass,
            IntToDoubleFunction width, List<Order> orders, Map<String, String> refused, boolean builtIn,
            Object identity) {
        this.name = name;
        this.particles = particles;
        this.vertices = List.copyOf(vertices);
        this.mass = mass;
        this.width = width;
        for (Order o : orders) this.orders.put(o.name(), o);
        this.refused = Map.copyOf(refused);
        this.builtIn = builtIn;
        this.identity = identity;
    }

    /** The built-in SM at a parameter point: vertices whose couplings vanish there are left out. */
    public static GeneratorModel sm(StandardModel model) {
        return new GeneratorModel("sm", ParticleTable.SM, SmVertices.of(model), p -> model.mass(p).value(),
                p -> model.width(p).value(), SM_ORDERS, Map.of(), true, "sm");
    }

    /**
     * A model other than the built-in SM.
     *
     * @param name its name, for messages
     * @param particles its particles and labels
     * @param vertices its vertices ({@link Vertex#generic})
     * @param mass mass of a PDG code at the point the programs are compiled for
     * @param width width of a PDG code at that point
     * @param orders its coupling orders
     * @param refused particle names the model has but madvec cannot compute, with the reason (spin 3/2 and 2)
     * @param identity what distinguishes this model's programs from another's with the same name
     *     (folder and restriction), for the compile cache
     */
    public static GeneratorModel of(String name, ParticleTable particles, List<Vertex> vertices,
            IntToDoubleFunction mass, IntToDoubleFunction width, List<Order> orders, Map<String, String> refused,
            Object identity) {
        return new GeneratorModel(name, particles, vertices, mass, width, orders, refused, false, identity);
    }

    /** The model's name. */
    public String name() {
        return name;
    }

    /** The particles. */
    public ParticleTable particles() {
        return particles;
    }

    /** The vertices. */
    public List<Vertex> vertices() {
        return vertices;
    }

    /** Mass of a particle at the compile point (GeV). */
    public double mass(int pdg) {
        return mass.applyAsDouble(pdg);
    }

    /** Width of a particle at the compile point (GeV). */
    public double width(int pdg) {
        return width.applyAsDouble(pdg);
    }

    /** The coupling orders by name. */
    public Map<String, Order> orders() {
        return java.util.Collections.unmodifiableMap(orders);
    }

    /** Particle names madvec refuses, with the reason. */
    public Map<String, String> refused() {
        return refused;
    }

    /** True for the built-in SM (its vertex table, its fast kernels). */
    public boolean builtIn() {
        return builtIn;
    }

    Object identity() {
        return identity;
    }

    /** MadGraph's weighted order of a set of orders: the sum of order times hierarchy. */
    int weighted(Map<String, Integer> diagramOrders) {
        int w = 0;
        for (Map.Entry<String, Integer> e : diagramOrders.entrySet()) {
            Order o = orders.get(e.getKey());
            w += e.getValue() * (o == null ? 1 : o.hierarchy());
        }
        return w;
    }
}
