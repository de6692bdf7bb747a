package madvec.generator;

import java.util.List;
import java.util.Locale;

/**
 * The processes of the MadJax paper by name, each with its process string, a default sqrt(s) and the
 * parameter card it needs.
 */
public final class Catalog {
    /**
     * A named process.
     *
     * @param name the catalog name, e.g. {@code gg_tt}
     * @param process the MadGraph process string; an entry of a UFO model starts with its
     *     {@code import model NAME;} statement
     * @param sqrtS default centre-of-mass energy, GeV
     * @param card the shipped parameter card it needs ({@code sm} or {@code sm_lepton_masses}); null for a
     *     UFO model's entry, which takes the model's default card
     * @param description one line for listings
     */
    public record Entry(String name, String process, double sqrtS, String card, String description) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry("ee_mumu", "e+ e- > mu+ mu-", 500.0, "sm", "Drell-Yan-like lepton pair, photon and Z"),
            new Entry("mumu_ee", "mu+ mu- > e+ e-", 91.188, "sm", "the same with muons in, on the Z peak"),
            new Entry("ee_z_mumu", "e+ e- > z > mu+ mu-", 91.188, "sm", "s-channel Z only"),
            new Entry("gg_tt", "g g > t t~", 1000.0, "sm", "top pairs from gluon fusion"),
            new Entry("uu_tt", "u u~ > t t~", 1000.0, "sm", "top pairs from quark annihilation"),
            new Entry("gg_tt_6j", "g g > t t~, t > b u d~, t~ > b~ d u~", 1000.0, "sm",
                    "fully hadronic top pairs (the MadJax benchmark)"),
            new Entry("ee_tt_6j", "e+ e- > t t~, t > b u d~, t~ > b~ d u~", 500.0, "sm", "fully hadronic top pairs at a lepton collider"),
            new Entry("mumu_h_4l", "mu+ mu- > h > z z, z > e+ e-, z > mu+ mu-", 125.0, "sm_lepton_masses",
                    "Higgs to four leptons at a muon collider (lepton masses and Yukawas on)"),
            new Entry("gg_ttgg", "g g > t t~ g g", 1500.0, "sm", "top pair with two gluons"),
            // UFO models, found under MADVEC_MODELS (or -Dmadvec.models); their cards are the models' defaults
            new Entry("heft_gg_h", "import model heft; g g > h HIG<=1 HIW<=1", 125.0, null,
                    "Higgs from gluon fusion through heft's effective g-g-h vertex (UFO model heft)"),
            new Entry("smeft_gg_tttt", "import model SMEFTsim_topU3l_MwScheme_UFO; g g > t t~ t t~ / a z h NP<=1", 1500.0,
                    null, "four tops in SMEFTsim with one dimension-6 insertion: the four-top operators (ctt, cQQ1, "
                    + "cQQ8, cQt1, cQt8) and the chromomagnetic ctG; without the photon, Z and Higgs, whose Standard-Model "
                    + "diagrams NP<=1 alone would let in, so at zero coefficients it is MadGraph's pure-QCD process"),
            new Entry("heft_gg_hjj", "import model heft; g g > h g g", 1000.0, null,
                    "Higgs plus two gluons in heft: 26 diagrams, one through the five-point h g g g g vertex"),
            new Entry("mssm_ee_n1n2", "import model MSSM_SLHA2; e+ e- > n1 n2", 500.0, null,
                    "a neutralino pair in MSSM_SLHA2: Majorana fermions through the Z and t- and u-channel selectrons"));

    private Catalog() {}

    /** All entries, in a fixed order. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The entry of a name (case-insensitive), or null. */
    public static Entry find(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return ENTRIES.stream().filter(e -> e.name().equals(n)).findFirst().orElse(null);
    }
}
