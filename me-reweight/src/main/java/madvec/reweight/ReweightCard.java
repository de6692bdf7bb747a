package madvec.reweight;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import madvec.model.ParamCard;

/**
 * A MadGraph {@code reweight_card.dat}: {@code launch [--rwgt_name=NAME] [--rwgt_info=TEXT]} starts a new
 * parameter point; {@code set [param_card] BLOCK ID VALUE}, {@code set [param_card] NAME VALUE}
 * (MadGraph's {@code sm} names such as {@code MT}, {@code aEWM1}, {@code WZ}) or the path of a
 * parameter card change it; a VALUE of {@code scan:[...]} (or {@code scanN:[...]}, scanned together with
 * the other {@code scanN} of the same N) gives one point per value ({@link ScanValues} lists the forms);
 * {@code change helicity False|True}; {@code #} starts a comment; {@code done} ends the card.
 *
 * <p>Every error names the line. Parameters are checked against the original card in
 * {@link #points(ParamCard, Collection)}, where the weight ids are made as MadGraph makes them.
 * Immutable.
 */
public final class ReweightCard {
    private static final Pattern SCAN = Pattern.compile("(?i)scan(\\d*)\\s*:\\s*(.*)");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.+-]+");
    private static final Pattern RWGT_N = Pattern.compile("rwgt_(\\d+)");

    private final String source;
    private final List<Launch> launches;
    private final boolean eventHelicities;

    /** One {@code launch} and the changes after it. */
    private record Launch(long line, String name, String info, List<Setting> settings, List<CardFile> cards) {}

    /** One {@code set}: a parameter ({@code block.id} or a MadGraph name still to resolve) and its values. */
    private record Setting(long line, String parameter, String written, List<Double> values, String scanGroup) {}

    /** A parameter card named on its own line. */
    private record CardFile(long line, ParamCard card) {}

    private ReweightCard(String source, List<Launch> launches, boolean eventHelicities) {
        this.source = source;
        this.launches = List.copyOf(launches);
        this.eventHelicities = eventHelicities;
    }

    /**
     * Reads a card file; parameter card paths in it are taken relative to the working folder, then to
     * the card's folder.
     *
     * @throws ReweightCardException for a line that cannot be read (with its number)
     * @throws IOException if the file cannot be read
     */
    public static ReweightCard read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Path dir = file.toAbsolutePath().getParent();
        return parse(file.getFileName().toString(), text, dir);
    }

    /**
     * Reads a card's text.
     *
     * @param source the name shown in messages
     * @param text the card
     * @param baseDir where relative parameter card paths are also looked for (null: the working folder only)
     * @throws ReweightCardException for a line that cannot be read, or a card without any {@code launch}
     */
    public static ReweightCard parse(String source, String text, Path baseDir) {
        return new Parser(source, baseDir).parse(text);
    }

    /** @return whether {@code change helicity True} asks for the events' helicities instead of the helicity sum */
    public boolean eventHelicities() {
        return eventHelicities;
    }

    /** @return the number of {@code launch} commands (a scan makes several points of one launch) */
    public int launches() {
        return launches.size();
    }

    /**
     * The parameter points, one per launch and scan value, with MadGraph's weight ids: {@code --rwgt_name}
     * as given (with {@code _0}, {@code _1}, ... for a scan's points), otherwise {@code rwgt_N} numbered on
     * from the largest {@code rwgt_N} already in the file.
     *
     * @param original the card the sample was generated with
     * @param existingIds the weight ids the file already has
     * @throws ReweightCardException for a parameter the card does not have (with the line), a weight id
     *     that already exists or repeats, or scans of one group with different lengths
     */
    public List<ReweightPoint> points(ParamCard original, Collection<String> existingIds) {
        int next = 1;
        for (String id : existingIds) {
            Matcher m = RWGT_N.matcher(id);
            if (m.matches() && m.group(1).length() < 9) next = Math.max(next, Integer.parseInt(m.group(1)) + 1);
        }
        Set<String> used = new HashSet<>(existingIds);
        List<ReweightPoint> out = new ArrayList<>();
        for (Launch launch : launches) {
            List<Map<String, Double>> combos = combinations(launch, original);
            for (int i = 0; i < combos.size(); i++) {
                String id = launch.name != null ? (combos.size() == 1 ? launch.name : launch.name + "_" + i) : "rwgt_" + next++;
                if (!used.add(id)) {
                    throw new ReweightCardException(source, launch.line, "weight id '" + id + "' already exists"
                            + (existingIds.contains(id) ? " in the event file" : " in this card")
                            + "; choose another --rwgt_name");
                }
                Map<String, Double> changed = new LinkedHashMap<>();
                for (Map.Entry<String, Double> e : combos.get(i).entrySet()) {
                    if (Double.compare(original.value(e.getKey()), e.getValue()) != 0) changed.put(e.getKey(), e.getValue());
                }
                String description = launch.info != null ? launch.info : describe(changed, original);
                out.add(new ReweightPoint(id, description, changed));
            }
        }
        return out;
    }

    /** MadGraph's card difference: one {@code set param_card BLOCK ID NEW # orig: OLD} line per parameter. */
    private static String describe(Map<String, Double> changed, ParamCard original) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Double> e : changed.entrySet()) {
            String name = e.getKey();
            int dot = name.lastIndexOf('.');
            sb.append("set param_card ").append(name, 0, dot).append(' ').append(name.substring(dot + 1)).append(' ')
                    .append(String.format(Locale.ROOT, "%e", e.getValue())).append(" # orig: ")
                    .append(String.format(Locale.ROOT, "%e", original.value(name))).append('\n');
        }
        return sb.toString();
    }

    /** Every point of one launch: fixed values, zipped scans of one group, the product over groups. */
    private List<Map<String, Double>> combinations(Launch launch, ParamCard original) {
        Map<String, Double> fixed = new LinkedHashMap<>();
        for (CardFile c : launch.cards) {
            for (String name : c.card.names()) {
                if (!original.contains(name)) {
                    throw new ReweightCardException(source, c.line, "the parameter card " + c.card.sourceName()
                            + " has " + name + ", which the original card does not have");
                }
                fixed.put(name, c.card.value(name));
            }
        }
        Map<String, List<Setting>> groups = new LinkedHashMap<>();
        for (Setting s : launch.settings) {
            String name = resolve(s, original);
            Setting r = new Setting(s.line, name, s.written, s.values, s.scanGroup);
            if (s.scanGroup == null) fixed.put(name, s.values.get(0));
            else groups.computeIfAbsent(s.scanGroup, g -> new ArrayList<>()).add(r);
        }
        List<Map<String, Double>> combos = new ArrayList<>();
        combos.add(fixed);
        for (List<Setting> group : groups.values()) {
            int n = group.get(0).values.size();
            for (Setting s : group) {
                if (s.values.size() != n) {
                    throw new ReweightCardException(source, s.line, "scan of " + s.written + " has " + s.values.size()
                            + " values, the scan it goes with (line " + group.get(0).line + ") has " + n);
                }
            }
            List<Map<String, Double>> next = new ArrayList<>();
            for (Map<String, Double> base : combos) {
                for (int i = 0; i < n; i++) {
                    Map<String, Double> m = new LinkedHashMap<>(base);
                    for (Setting s : group) m.put(s.parameter, s.values.get(i));
                    next.add(m);
                }
            }
            combos = next;
        }
        return combos;
    }

    private String resolve(Setting s, ParamCard original) {
        String name = s.parameter.contains(".") ? s.parameter : ParameterNames.byName(s.parameter).orElse(null);
        if (name == null || !original.contains(name)) {
            throw new ReweightCardException(source, s.line, "no parameter '" + s.written + "' in the original card"
                    + (name == null ? " (give it as BLOCK ID, e.g. 'set mass 6 175', or as a MadGraph sm name such as MT)"
                            : " (" + name + ")"));
        }
        return name;
    }

    /** Reads the card line by line. */
    private static final class Parser {
        private final String source;
        private final Path baseDir;
        private final List<Launch> launches = new ArrayList<>();
        private boolean eventHelicities;
        private int bareScans;
        private long lineNumber;

        Parser(String source, Path baseDir) {
            this.source = source;
            this.baseDir = baseDir;
        }

        ReweightCard parse(String text) {
            for (String raw : text.split("\r?\n", -1)) {
                lineNumber++;
                int hash = raw.indexOf('#');
                String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
                if (line.isEmpty()) continue;
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.equals("done") || lower.equals("exit") || lower.equals("quit")) break;
                List<int[]> spans = spans(line);
                String first = line.substring(spans.get(0)[0], spans.get(0)[1]).toLowerCase(Locale.ROOT);
                switch (first) {
                    case "launch" -> launch(line, spans);
                    case "set" -> set(line, spans);
                    case "change" -> change(line, spans);
                    default -> card(line);
                }
            }
            if (launches.isEmpty()) throw new ReweightCardException(source, 0, "no 'launch' command: nothing to reweight to");
            return new ReweightCard(source, launches, eventHelicities);
        }

        private void launch(String line, List<int[]> spans) {
            String name = null, info = null;
            for (int i = 1; i < spans.size(); i++) {
                String t = line.substring(spans.get(i)[0], spans.get(i)[1]);
                if (t.startsWith("--rwgt_name=")) {
                    name = t.substring("--rwgt_name=".length());
                    if (!ID.matcher(name).matches()) fail("--rwgt_name='" + name + "': use letters, digits and _ . + -");
                } else if (t.startsWith("--rwgt_info=")) {
                    info = line.substring(spans.get(i)[0] + "--rwgt_info=".length()).strip();
                    break;
                } else {
                    fail("unknown launch option '" + t + "' (known: --rwgt_name=NAME, --rwgt_info=TEXT)");
                }
            }
            launches.add(new Launch(lineNumber, name, info, new ArrayList<>(), new ArrayList<>()));
        }

        private Launch current() {
            // MadGraph inserts a launch before a first set that has none; so does madvec
            if (launches.isEmpty()) launches.add(new Launch(lineNumber, null, null, new ArrayList<>(), new ArrayList<>()));
            return launches.get(launches.size() - 1);
        }

        private void set(String line, List<int[]> spans) {
            int k = 1;
            if (spans.size() > k && word(line, spans, k).equalsIgnoreCase("param_card")) k++;
            if (spans.size() < k + 2) fail("expected 'set BLOCK ID VALUE' or 'set NAME VALUE'");
            String parameter, written;
            int valueAt;
            String a = word(line, spans, k), b = word(line, spans, k + 1);
            if (b.matches("\\d+") && spans.size() >= k + 3) {
                parameter = ParameterNames.byBlock(a, b);
                written = a + " " + b;
                valueAt = k + 2;
            } else {
                parameter = a.toLowerCase(Locale.ROOT);
                written = a;
                valueAt = k + 1;
            }
            String value = line.substring(spans.get(valueAt)[0]).strip();
            Matcher scan = SCAN.matcher(value);
            List<Double> values;
            String group = null;
            if (scan.matches()) {
                try {
                    values = ScanValues.parse(scan.group(2));
                } catch (IllegalArgumentException e) {
                    throw new ReweightCardException(source, lineNumber, "set " + written + ": " + e.getMessage());
                }
                group = scan.group(1).isEmpty() ? "bare" + bareScans++ : "scan" + scan.group(1);
            } else {
                if (value.equalsIgnoreCase("auto")) {
                    fail("set " + written + " Auto: madvec does not compute widths; give the width's value");
                }
                values = List.of(number(value, written));
            }
            current().settings.add(new Setting(lineNumber, parameter, written, values, group));
        }

        private double number(String token, String written) {
            String t = token.replace('d', 'e').replace('D', 'e');
            if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                fail("set " + written + ": '" + token + "' is not a number (or scan:[...])");
            }
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v) || Math.abs(v) >= 1e154) fail("set " + written + ": '" + token + "' is out of range");
            return v;
        }

        private void change(String line, List<int[]> spans) {
            if (spans.size() < 3) fail("expected 'change OPTION VALUE'");
            String option = word(line, spans, 1).toLowerCase(Locale.ROOT), value = word(line, spans, 2);
            switch (option) {
                case "helicity" -> {
                    if (value.equalsIgnoreCase("true")) eventHelicities = true;
                    else if (value.equalsIgnoreCase("false")) eventHelicities = false;
                    else fail("change helicity: expected True or False, got '" + value + "'");
                }
                case "mode" -> {
                    if (!value.equalsIgnoreCase("LO")) fail("change mode " + value + ": madvec reweights at leading order only (LO)");
                }
                case "output" -> {
                    if (!value.equalsIgnoreCase("default")) fail("change output " + value + ": only 'default' (new weights in the same file)");
                }
                case "rwgt_dir", "multicore" -> { } // where MadGraph keeps its compiled code: nothing to do here
                default -> fail("change " + option + ": not supported by madvec (supported: helicity, mode LO, output default)");
            }
        }

        /** A line that is no command: the path of a parameter card. */
        private void card(String line) {
            Path p = Path.of(line);
            if (!Files.isRegularFile(p) && baseDir != null && Files.isRegularFile(baseDir.resolve(line))) p = baseDir.resolve(line);
            if (!Files.isRegularFile(p)) {
                fail("'" + line + "' is not a command (launch, set, change, done) nor an existing parameter card");
            }
            ParamCard card;
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                card = ParamCard.read(p.getFileName().toString(), new StringReader(text));
            } catch (IOException | RuntimeException e) {
                throw new ReweightCardException(source, lineNumber, "cannot read the parameter card " + line + ": " + e.getMessage());
            }
            current().cards.add(new CardFile(lineNumber, card));
        }

        private static List<int[]> spans(String line) {
            List<int[]> out = new ArrayList<>();
            Matcher m = TOKEN.matcher(line);
            while (m.find()) out.add(new int[] {m.start(), m.end()});
            return out;
        }

        private static String word(String line, List<int[]> spans, int i) {
            return line.substring(spans.get(i)[0], spans.get(i)[1]);
        }

        private void fail(String problem) {
            throw new ReweightCardException(source, lineNumber, problem);
        }
    }
}
