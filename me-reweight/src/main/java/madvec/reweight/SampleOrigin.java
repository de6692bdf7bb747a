package madvec.reweight;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import madvec.api.lhe.LheHeader;
import madvec.model.ParamCard;

/**
 * What a sample was generated from: its process definitions and original parameter card, read from an
 * LHE header ({@code <MG5ProcCard>} and {@code <slha>}) or given by the user, who may override either.
 *
 * @param processes madvec process texts, one per {@code generate}/{@code add process} (defines included)
 * @param model the model as the header imports it ({@code sm} when given by the user)
 * @param card the original parameters: the given card, else the header's {@code <slha>}, else the card of
 *     the model restriction ({@link ModelCards})
 */
public record SampleOrigin(List<String> processes, String model, ParamCard card) {
    /** Copies the list, so that the record is immutable. */
    public SampleOrigin {
        processes = List.copyOf(processes);
    }

    /**
     * Reads the origin from a header, with overrides.
     *
     * @param header the event file's header
     * @param process a process text that replaces the header's definitions (several joined by newlines
     *     after an {@code add process}), or null to take them from {@code <MG5ProcCard>}
     * @param card a card that replaces {@code <slha>}, or null
     * @throws IllegalArgumentException when the header lacks what is not given, names a model madvec
     *     does not know, or has a malformed {@code <slha>} block (the message says which and how to supply it)
     */
    public static SampleOrigin of(LheHeader header, String process, ParamCard card) {
        ProcCard proc = null;
        if (header.mg5ProcCard().isPresent()) proc = ProcCard.parse(header.mg5ProcCard().get());
        if (process == null && proc == null) {
            throw new IllegalArgumentException("the event file's header has no <MG5ProcCard>: give the process with --process");
        }
        String model = proc == null ? "sm" : proc.model();
        List<String> processes;
        if (process != null) {
            processes = splitAdded(process);
        } else {
            ProcCard p = proc;
            processes = p.definitions().stream().map(p::processText).toList();
        }
        if (!ModelCards.isStandardModel(model)) {
            // a UFO model, found as MadGraph finds it (a folder, or a name under MADVEC_MODELS); its card is the
            // header's <slha> block or the one given
            processes = processes.stream().map(p -> "import model " + model + "\n" + p).toList();
            if (card == null && header.slha().isEmpty()) {
                throw new IllegalArgumentException("the sample was generated with the UFO model '" + model
                        + "' and its header has no <slha> block: give the sample's parameter card with --param-card");
            }
        }
        ParamCard original = card;
        if (original == null && header.slha().isPresent()) {
            try {
                original = ParamCard.read("<slha> block of the event file", new StringReader(header.slha().get()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (original == null) original = ModelCards.forModel(model);
        return new SampleOrigin(processes, model, original);
    }

    /**
     * The origin of a sample given without a header.
     *
     * @param process one process text, or several separated by lines starting {@code add process}
     * @param card the original parameters
     */
    public static SampleOrigin of(String process, ParamCard card) {
        return new SampleOrigin(splitAdded(process), "sm", card);
    }

    /** {@code "p p > t t~\nadd process p p > t t~ j"} or {@code "p p > t t~; add process ..."} into definitions. */
    private static List<String> splitAdded(String process) {
        String[] parts = process.split("(?m)(^|;|\\n)\\s*add process\\s+");
        return java.util.Arrays.stream(parts).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.replaceAll("@\\s*\\d+", " ").strip()).toList();
    }
}
