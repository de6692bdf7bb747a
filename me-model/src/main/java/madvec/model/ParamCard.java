package madvec.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An SLHA parameter card as MadGraph writes them: {@code BLOCK name [Q= scale]} sections of
 * {@code index... value # comment} entries, {@code DECAY pdg width} lines optionally followed by
 * branching-ratio lines {@code BR NDA ID1 ... IDn}, and {@code #} comments anywhere. Keywords and block
 * names are case-insensitive.
 *
 * <p>Every value has a name, {@code block.index} in lower case ({@code mass.6}, {@code sminputs.2},
 * {@code yukawa.6}); multi-index entries (such as {@code CKM} or {@code QNUMBERS} blocks) are stored
 * under {@code block.i.j}, and widths under {@code decay.pdg}. MadGraph's per-particle
 * {@code BLOCK QNUMBERS pdg} becomes block {@code qnumbers.pdg}. Branching ratios are kept (see
 * {@link #branchingRatios(int)}) and written back, but are not named values.
 *
 * <p>Reading is strict: anything but a comment that the parser does not understand, duplicates, an
 * entry before the first section, non-numbers, NaN and infinities fail with a
 * {@link CardFormatException} naming the source, line number, line and what was expected.
 *
 * <p>Instances are immutable; {@link #with(String, double)} returns a modified copy.
 */
public final class ParamCard {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.\\d+)+");
    private static final List<String> RESOURCES = List.of("sm", "sm_lepton_masses");

    private final String sourceName;
    /** The name of the card as read, before any {@link #with}. */
    private final String origin;
    private final List<CardSection> sections;
    private final Map<String, Double> values;
    /** Values changed by {@link #with} since the card was read, for its source name. */
    private final Map<String, Double> changes;

    private ParamCard(String sourceName, List<CardSection> sections) {
        this(sourceName, sections, Map.of());
    }

    private ParamCard(String origin, List<CardSection> sections, Map<String, Double> changes) {
        this.origin = origin;
        StringBuilder name = new StringBuilder(origin);
        if (!changes.isEmpty()) {
            name.append(" with");
            changes.forEach((k, v) -> name.append(' ').append(k).append('=').append(v));
        }
        this.sourceName = name.toString();
        this.sections = sections;
        this.changes = changes;
        Map<String, Double> named = new LinkedHashMap<>();
        for (CardSection section : sections) {
            switch (section) {
                case CardBlock block -> block.entries().forEach(e -> named.put(e.name(), e.value()));
                case CardDecay decay -> named.put(decay.name(), decay.width());
            }
        }
        this.values = Collections.unmodifiableMap(named);
    }

    /**
     * Reads a card from a file (UTF-8).
     *
     * @throws CardFormatException if the card is malformed; the message names the file and line
     * @throws IOException if the file cannot be read
     */
    public static ParamCard read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), in);
        }
    }

    /**
     * Reads a card from a reader, which is read to its end and not closed.
     *
     * @param sourceName the name used in error messages (a file name, "stdin", ...)
     * @throws CardFormatException if the card is malformed
     * @throws IOException if reading fails
     */
    public static ParamCard read(String sourceName, Reader in) throws IOException {
        return new ParamCard(sourceName, SlhaParser.parse(sourceName, in));
    }

    /**
     * The default card of MadGraph's {@code sm} model (MZ, MH, MT, MB, MTA, the Yukawas of b, t and
     * tau, aEWM1 = 132.507, Gf, aS = 0.118 and the widths of t, Z, W and H), shipped with madvec.
     */
    public static ParamCard defaultSm() {
        return resource("sm");
    }

    /**
     * A card shipped with madvec: {@code "sm"} (the default {@code sm} model card) or
     * {@code "sm_lepton_masses"} (the {@code sm-lepton_masses} restriction: the default card plus
     * electron and muon masses and Yukawas and the tau width).
     *
     * @throws IllegalArgumentException if no card has that name; the message lists the names
     */
    public static ParamCard resource(String name) {
        if (!RESOURCES.contains(name)) {
            throw new IllegalArgumentException("no shipped parameter card named '" + name + "'; available: "
                    + String.join(", ", RESOURCES));
        }
        String file = "param_card_" + name + ".dat";
        try (InputStream in = ParamCard.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("resource " + file + " is missing from the madvec.model jar");
            }
            return read("madvec:" + file, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + file, e);
        }
    }

    /** The names of the cards {@link #resource(String)} knows. */
    public static List<String> resourceNames() {
        return RESOURCES;
    }

    /** The name of the card's source (file name or label), as used in messages. */
    public String sourceName() {
        return sourceName;
    }

    /** Every named value ({@code block.index} and {@code decay.pdg}), in card order. */
    public List<String> names() {
        return List.copyOf(values.keySet());
    }

    /** Every named value with its value, in card order (unmodifiable). */
    public Map<String, Double> values() {
        return values;
    }

    /** Whether the card holds a value of that name (case-insensitive). */
    public boolean contains(String name) {
        return values.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The value of that name (case-insensitive) when the card holds one. */
    public OptionalDouble find(String name) {
        Double v = values.get(name.toLowerCase(Locale.ROOT));
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * The value of a parameter, e.g. {@code value("mass.6")}.
     *
     * @throws IllegalArgumentException if the card holds no such value; the message names it and
     *     lists the card's blocks, or the indices of the block when the block exists
     */
    public double value(String name) {
        Double v = values.get(checkName(name));
        if (v == null) {
            throw unknown(name);
        }
        return v;
    }

    /** True for a card made by {@link #with}: its values are no longer those of its source. */
    public boolean isModified() {
        return !changes.isEmpty();
    }

    /**
     * A copy of this card with one value replaced, as a command-line {@code --set mass.6=175} does.
     *
     * @throws IllegalArgumentException if the name is not of the form {@code block.index}, the card
     *     holds no such value, or the value is NaN or infinite
     */
    public ParamCard with(String name, double value) {
        return with(Map.of(name, value));
    }

    /**
     * A copy with several values replaced in one pass (cheaper than one {@link #with(String, double)}
     * per value). The copy's source name is this card's first source with the changed values, however
     * long the chain of copies, so that repeated copies in a parameter scan stay small.
     *
     * @throws IllegalArgumentException for an unknown name or a non-finite value
     */
    public ParamCard with(Map<String, Double> changes) {
        Map<String, Double> byKey = new LinkedHashMap<>();
        for (Map.Entry<String, Double> c : changes.entrySet()) {
            String key = checkName(c.getKey());
            if (!values.containsKey(key)) {
                throw unknown(c.getKey());
            }
            double value = c.getValue();
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("cannot set " + key + " to " + value + ": expected a finite number");
            }
            byKey.put(key, value);
        }
        List<CardSection> changed = new ArrayList<>(sections.size());
        for (CardSection section : sections) {
            changed.add(switch (section) {
                case CardBlock b -> touches(b, byKey) ? new CardBlock(b.key(), b.scale(), b.comment(),
                        b.entries().stream().map(e -> byKey.containsKey(e.name()) ? e.withValue(byKey.get(e.name())) : e)
                                .toList()) : b;
                case CardDecay d -> byKey.containsKey(d.name())
                        ? new CardDecay(d.pdg(), byKey.get(d.name()), d.comment(), d.channels()) : d;
            });
        }
        Map<String, Double> all = new LinkedHashMap<>(changes);
        all.putAll(byKey);
        return new ParamCard(origin, List.copyOf(changed), Collections.unmodifiableMap(all));
    }

    private static boolean touches(CardBlock b, Map<String, Double> byKey) {
        for (CardEntry e : b.entries()) {
            if (byKey.containsKey(e.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The branching ratios listed under {@code DECAY pdg}, in card order; empty when there are none
     * or the card has no such DECAY line.
     */
    public List<BranchingRatio> branchingRatios(int pdg) {
        for (CardSection section : sections) {
            if (section instanceof CardDecay d && d.pdg() == pdg) {
                return d.channels();
            }
        }
        return List.of();
    }

    /**
     * Writes the card in SLHA layout, sections in the order they were read, comments kept. Values
     * are written with the fewest digits that read back to the identical double, so that
     * {@code read(write(card))} holds the same values bit for bit. The writer is flushed, not closed.
     */
    public void write(Writer out) throws IOException {
        out.write("# SLHA parameter card written by madvec (source: " + sourceName.replace('\n', ' ') + ")\n");
        CardSection previous = null;
        for (CardSection section : sections) {
            // Consecutive bare DECAY lines form one table; everything else is set apart.
            boolean decayTable = section instanceof CardDecay && previous instanceof CardDecay d && d.channels().isEmpty();
            if (!decayTable) {
                out.write("#\n");
            }
            previous = section;
            switch (section) {
                case CardBlock b -> writeBlock(out, b);
                case CardDecay d -> writeDecay(out, d);
            }
        }
        out.flush();
    }

    private static void writeBlock(Writer out, CardBlock b) throws IOException {
        String header = "BLOCK " + b.key().toUpperCase(Locale.ROOT).replace('.', ' ');
        if (b.scale().isPresent()) {
            header += " Q= " + CardNumbers.format(b.scale().getAsDouble());
        }
        out.write(line(header, b.comment()));
        for (CardEntry e : b.entries()) {
            out.write(line(String.format(Locale.ROOT, "  %8s  %-24s", e.indices(), CardNumbers.format(e.value())),
                    e.comment()));
        }
    }

    private static void writeDecay(Writer out, CardDecay d) throws IOException {
        out.write(line(String.format(Locale.ROOT, "DECAY %6d  %-24s", d.pdg(), CardNumbers.format(d.width())),
                d.comment()));
        if (!d.channels().isEmpty()) {
            out.write("#  BR                        NDA  ID1  ID2 ...\n");
        }
        for (BranchingRatio br : d.channels()) {
            out.write(String.format(Locale.ROOT, "   %-24s  %3d  %s\n", CardNumbers.format(br.ratio()),
                    br.daughters().size(),
                    br.daughters().stream().map(String::valueOf).collect(Collectors.joining("  "))));
        }
    }

    /** One output line: the fields, then the comment aligned after them when there is one. */
    private static String line(String fields, String comment) {
        return comment.isEmpty() ? fields.stripTrailing() + "\n" : fields + "  # " + comment + "\n";
    }

    private static String checkName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("parameter name is null: expected block.index, e.g. mass.6");
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(key).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a parameter name: expected block.index"
                    + " in SLHA terms, e.g. mass.6, sminputs.2, yukawa.6, decay.23");
        }
        return key;
    }

    private IllegalArgumentException unknown(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        String block = key.substring(0, key.lastIndexOf('.'));
        String prefix = block + ".";
        List<String> sameBlock = values.keySet().stream().filter(n -> n.startsWith(prefix)).toList();
        String hint;
        if (!sameBlock.isEmpty()) {
            hint = "block " + block + " holds " + String.join(", ", sameBlock);
        } else {
            hint = "its blocks are " + sections.stream().map(s -> switch (s) {
                case CardBlock b -> b.key();
                case CardDecay d -> "decay";
            }).distinct().collect(Collectors.joining(", "));
        }
        return new IllegalArgumentException("parameter card " + sourceName + " holds no " + key + "; " + hint);
    }

    /** The source name and the number of named values. */
    @Override
    public String toString() {
        return "ParamCard[" + sourceName + ", " + values.size() + " values]";
    }
}
