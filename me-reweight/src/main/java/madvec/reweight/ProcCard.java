package madvec.reweight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The MadGraph commands of an LHE header's {@code <MG5ProcCard>}: the model ({@code import model
 * sm-no_b_mass}), the multi-particle labels ({@code define}) and the process definitions
 * ({@code generate} and {@code add process}, {@code @N} tags and {@code --options} removed). Other
 * commands ({@code set}, {@code output}, {@code launch}, ...) and comments are ignored, as they do not
 * change what was generated.
 *
 * @param model the model as imported, with its restriction ({@code sm}, {@code sm-no_b_mass}); {@code sm}
 *     when the card imports none (MadGraph's default)
 * @param defines the {@code define} commands in card order, each {@code "define NAME = A B ..."}
 * @param definitions the process definitions in card order
 */
public record ProcCard(String model, List<String> defines, List<Definition> definitions) {
    private static final Pattern TAG = Pattern.compile("@\\s*\\d+");
    private static final Pattern OPTION = Pattern.compile("\\s--\\S+");

    /** Copies the lists, so that the record is immutable. */
    public ProcCard {
        defines = List.copyOf(defines);
        definitions = List.copyOf(definitions);
    }

    /**
     * One {@code generate} or {@code add process}.
     *
     * @param process the process, as madvec's syntax reads it ({@code p p > t t~ j})
     * @param tag the {@code @N} tag, or -1 when there is none
     * @param line the 1-based line in the card
     */
    public record Definition(String process, int tag, int line) {}

    /**
     * Reads the commands.
     *
     * @param text the text inside {@code <MG5ProcCard>}
     * @return the card
     * @throws IllegalArgumentException when it generates nothing, or has a define or import without a
     *     name (the message gives the line)
     */
    public static ProcCard parse(String text) {
        String model = "sm";
        List<String> defines = new ArrayList<>();
        List<Definition> definitions = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int hash = lines[i].indexOf('#');
            String line = (hash >= 0 ? lines[i].substring(0, hash) : lines[i]).strip().replaceAll("\\s+", " ");
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("import model")) {
                String[] t = line.split(" ");
                if (t.length < 3) throw problem(i, "'import model' without a model name");
                model = t[2];
            } else if (lower.startsWith("define ")) {
                String d = line.substring(7).strip();
                if (!d.contains("=")) d = d.replaceFirst(" ", " = ");
                defines.add("define " + d);
            } else if (lower.startsWith("generate ")) {
                // a new generate starts over, as it does in MadGraph
                definitions.clear();
                definitions.add(definition(line.substring(9), i));
            } else if (lower.startsWith("add process ")) {
                definitions.add(definition(line.substring(12), i));
            }
        }
        if (definitions.isEmpty()) throw new IllegalArgumentException("<MG5ProcCard> has no 'generate' command");
        return new ProcCard(model, defines, definitions);
    }

    private static Definition definition(String text, int index) {
        var m = TAG.matcher(text);
        int tag = -1;
        String p = text;
        if (m.find()) {
            tag = Integer.parseInt(m.group().substring(1).strip());
            p = TAG.matcher(p).replaceAll(" ");
        }
        p = OPTION.matcher(" " + p).replaceAll(" ").strip().replaceAll("\\s+", " ");
        if (p.isEmpty()) throw problem(index, "empty process definition");
        return new Definition(p, tag, index + 1);
    }

    private static IllegalArgumentException problem(int index, String what) {
        return new IllegalArgumentException("<MG5ProcCard> line " + (index + 1) + ": " + what);
    }

    /**
     * A definition as one madvec process text: this card's {@code define}s, then the process.
     *
     * @param d one of {@link #definitions()}
     * @return the text for {@code MatrixElement.builder}
     */
    public String processText(Definition d) {
        if (defines.isEmpty()) return d.process();
        return String.join("\n", defines) + "\n" + d.process();
    }
}
