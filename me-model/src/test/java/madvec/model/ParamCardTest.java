package madvec.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParamCardTest {

    static ParamCard parse(String text) throws IOException {
        return ParamCard.read("test.dat", new StringReader(text));
    }

    static ParamCard roundTrip(ParamCard card) throws IOException {
        StringWriter out = new StringWriter();
        card.write(out);
        return ParamCard.read("written", new StringReader(out.toString()));
    }

    @Test
    void defaultCardHoldsTheSmInputs() {
        ParamCard sm = ParamCard.defaultSm();
        assertEquals(173.0, sm.value("mass.6"));
        assertEquals(4.7, sm.value("mass.5"));
        assertEquals(91.188, sm.value("mass.23"));
        assertEquals(125.0, sm.value("mass.25"));
        assertEquals(80.419, sm.value("mass.24"));
        assertEquals(132.507, sm.value("sminputs.1"));
        assertEquals(1.16639e-5, sm.value("sminputs.2"));
        assertEquals(0.118, sm.value("sminputs.3"));
        assertEquals(173.0, sm.value("yukawa.6"));
        assertEquals(1.777, sm.value("yukawa.15"));
        assertEquals(1.4915, sm.value("decay.6"));
        assertEquals(2.441404, sm.value("decay.23"));
        assertEquals(2.0476, sm.value("decay.24"));
        assertEquals(6.382339e-3, sm.value("decay.25"));
        assertEquals(0.0, sm.value("decay.5"));
        assertFalse(sm.contains("yukawa.11"), "default card has no electron Yukawa");
        // 17 masses, 3 SM inputs, 3 Yukawas, 4 + 13 widths.
        assertEquals(17 + 3 + 3 + 17, sm.names().size());
        assertEquals("mass.5", sm.names().get(0));
    }

    @Test
    void leptonMassesCardAddsElectronAndMuon() {
        ParamCard lm = ParamCard.resource("sm_lepton_masses");
        assertEquals(5.11e-4, lm.value("mass.11"));
        assertEquals(0.10566, lm.value("mass.13"));
        assertEquals(5.11e-4, lm.value("yukawa.11"));
        assertEquals(0.10566, lm.value("yukawa.13"));
        assertEquals(2.27e-12, lm.value("decay.15"));
        assertEquals(ParamCard.defaultSm().value("mass.6"), lm.value("mass.6"));
        var bad = assertThrows(IllegalArgumentException.class, () -> ParamCard.resource("mssm"));
        assertTrue(bad.getMessage().contains("sm_lepton_masses"), bad.getMessage());
        assertEquals(List.of("sm", "sm_lepton_masses"), ParamCard.resourceNames());
    }

    @Test
    void keywordsAndBlockNamesAreCaseInsensitive() throws IOException {
        ParamCard card = parse("""
                Block MASS   # masses
                  6 1.73e2
                bLoCk SMinputs
                  2 1.16639D-05   # Fortran exponent
                decay 6 1.5
                DeCaY 23 2.4
                """);
        assertEquals(173.0, card.value("mass.6"));
        assertEquals(173.0, card.value("MASS.6"), "lookups ignore case too");
        assertEquals(1.16639e-5, card.value("sminputs.2"));
        assertEquals(1.5, card.value("decay.6"));
        assertEquals(List.of("mass.6", "sminputs.2", "decay.6", "decay.23"), card.names());
    }

    @Test
    void commentsAnywhereAndBlankLinesAreSkipped() throws IOException {
        ParamCard card = parse("""
                ###### header
                \t
                BLOCK MASS#no space before the comment
                # a comment inside the block
                   6   173.0#tight comment

                  25 125   # MH
                DECAY 6 1.5 # WT
                # after the decay
                """);
        assertEquals(List.of("mass.6", "mass.25", "decay.6"), card.names());
        assertEquals(125.0, card.value("mass.25"));
    }

    @Test
    void multiIndexEntriesScalesQnumbersAndBranchingRatiosAreKept() throws IOException {
        ParamCard card = parse("""
                BLOCK CKM Q= 9.1188e+01 # at the Z pole
                  1 1  0.974
                  1 2  0.225
                BLOCK QNUMBERS 9000005  # a new particle
                  1 0
                  2 1
                BLOCK MSOFT Q=1000
                  1 -250.5
                DECAY 6 1.5
                #  BR  NDA ID1 ID2
                   0.999  2   5  24
                   1e-3   2   3  24
                DECAY 25 4e-3
                   1.0 4 11 -11 13 -13
                """);
        assertEquals(0.225, card.value("ckm.1.2"));
        assertEquals(1.0, card.value("qnumbers.9000005.2"));
        assertEquals(-250.5, card.value("msoft.1"));
        List<BranchingRatio> top = card.branchingRatios(6);
        assertEquals(2, top.size());
        assertEquals(new BranchingRatio(0.999, List.of(5, 24)), top.get(0));
        assertEquals(List.of(11, -11, 13, -13), card.branchingRatios(25).get(0).daughters());
        assertEquals(List.of(), card.branchingRatios(23));
        assertFalse(card.names().stream().anyMatch(n -> n.contains("br")), "branching ratios are not named values");

        ParamCard again = roundTrip(card);
        assertEquals(card.values(), again.values());
        assertEquals(card.names(), again.names());
        assertEquals(top, again.branchingRatios(6));
        assertEquals(card.branchingRatios(25), again.branchingRatios(25));
    }

    @Test
    void roundTripKeepsEveryValueBitForBit() throws IOException {
        for (String name : ParamCard.resourceNames()) {
            ParamCard card = ParamCard.resource(name);
            ParamCard again = roundTrip(card);
            assertEquals(card.values(), again.values(), name);
            assertEquals(card.names(), again.names(), name);
        }
        ParamCard awkward = parse("BLOCK X\n 1 0.1\n 2 -0.0\n 3 4.9e-324\n 4 1.7976931348623157e308\n 5 -1.0\n");
        awkward = awkward.with("x.1", 0.1 + 0.2).with("x.5", Math.PI);
        ParamCard again = roundTrip(awkward);
        for (String n : awkward.names()) {
            assertEquals(Double.doubleToRawLongBits(awkward.value(n)), Double.doubleToRawLongBits(again.value(n)), n);
        }
    }

    @Test
    void writtenNumbersUseTheShortestExactDigits() {
        assertEquals("1.73e+02", CardNumbers.format(173.0));
        assertEquals("1.16639e-05", CardNumbers.format(1.16639e-5));
        assertEquals("-2.5e-01", CardNumbers.format(-0.25));
        assertEquals("0.0e+00", CardNumbers.format(0.0));
        assertEquals("-0.0e+00", CardNumbers.format(-0.0));
        assertEquals("4.9e-324", CardNumbers.format(Double.MIN_VALUE));
        java.util.SplittableRandom random = new java.util.SplittableRandom(20260101L);
        for (int i = 0; i < 5_000; i++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(v)) {
                continue;
            }
            String text = CardNumbers.format(v);
            assertTrue(CardNumbers.isDecimal(text), text);
            assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(CardNumbers.parse(text)), text);
        }
    }

    @Test
    void readsFilesAndNamesThemInErrors(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("card.dat");
        Files.writeString(good, "BLOCK MASS\n 6 175\n");
        assertEquals(175.0, ParamCard.read(good).value("mass.6"));
        assertEquals(good.toString(), ParamCard.read(good).sourceName());
        Path bad = dir.resolve("bad.dat");
        Files.writeString(bad, "BLOCK MASS\n 6 17x5\n");
        CardFormatException e = assertThrows(CardFormatException.class, () -> ParamCard.read(bad));
        assertTrue(e.getMessage().startsWith(bad + ":2: "), e.getMessage());
        assertEquals(bad.toString(), e.sourceName());
        assertEquals(2, e.lineNumber());
        assertEquals(" 6 17x5", e.line());
    }

    @Test
    void overridesReturnAModifiedCopy() throws IOException {
        ParamCard sm = ParamCard.defaultSm();
        ParamCard heavy = sm.with("mass.6", 175.0);
        assertEquals(175.0, heavy.value("mass.6"));
        assertEquals(173.0, sm.value("mass.6"), "the original is unchanged");
        assertEquals(sm.names(), heavy.names());
        assertEquals(1.3, sm.with("DECAY.6", 1.3).value("decay.6"), "widths and upper-case names work");
        ParamCard written = roundTrip(heavy);
        assertEquals(175.0, written.value("mass.6"));
        for (String n : sm.names()) {
            if (!n.equals("mass.6")) {
                assertEquals(sm.value(n), heavy.value(n), n);
            }
        }
    }

    @Test
    void overridesAndLookupsRejectBadNames() {
        ParamCard sm = ParamCard.defaultSm();
        var absent = assertThrows(IllegalArgumentException.class, () -> sm.with("mass.7", 1.0));
        assertTrue(absent.getMessage().contains("mass.7") && absent.getMessage().contains("mass.6"),
                "names it and lists the block's entries: " + absent.getMessage());
        var noBlock = assertThrows(IllegalArgumentException.class, () -> sm.value("ckm.1.1"));
        assertTrue(noBlock.getMessage().contains("ckm.1.1") && noBlock.getMessage().contains("sminputs")
                && noBlock.getMessage().contains("yukawa"), "lists the blocks: " + noBlock.getMessage());
        for (String malformed : List.of("mass", "mass.", ".6", "mass.six", "mass 6", "6.mass", "mass.6=175", "")) {
            var e = assertThrows(IllegalArgumentException.class, () -> sm.with(malformed, 1.0), malformed);
            assertTrue(e.getMessage().contains("block.index"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> sm.with("mass.6", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> sm.with("mass.6", Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> sm.value(null));
        assertTrue(sm.find("mass.7").isEmpty());
        assertEquals(173.0, sm.find("mass.6").orElseThrow());
    }

    /** One malformed card: what it is, its text, the line at fault, a phrase the message must hold. */
    record BadCard(String what, String text, int line, String phrase) {
    }

    static final List<BadCard> BAD_CARDS = List.of(
            new BadCard("entry before any block", "# header\n  6 173.0\n", 2, "before any BLOCK"),
            new BadCard("non-numeric value", "BLOCK MASS\n  6 1.73e2\n 25 onetwofive\n", 3, "'onetwofive' is not a number"),
            new BadCard("NaN value", "Block mass\n  6 NaN # top\n", 2, "NaN and infinities are not allowed"),
            new BadCard("infinite value", "BLOCK SMINPUTS\n 1 132.5\n\n 2 -Infinity\n", 4, "NaN and infinities"),
            new BadCard("overflowing value", "BLOCK MASS\n 6 1e999\n", 2, "'1e999' overflows"),
            new BadCard("Java-only number syntax", "BLOCK MASS\n 6 173.0f\n", 2, "not a number"),
            new BadCard("duplicate entry", "BLOCK MASS\n 6 173\n 5 4.7\n# again\n 6 175\n", 5,
                    "duplicate entry mass.6: first at line 2, again at line 5"),
            new BadCard("duplicate block", "BLOCK MASS\n 6 173\nBLOCK YUKAWA\n 6 173\nblock mass\n 5 4.7\n", 5,
                    "duplicate BLOCK mass: first at line 1"),
            new BadCard("duplicate decay", "DECAY 6 1.5\nBLOCK MASS\n 6 173\nDECAY 6 1.6\n", 4,
                    "duplicate DECAY 6: first at line 1"),
            new BadCard("entry without value", "BLOCK MASS\n 6\n", 2, "at least one integer index"),
            new BadCard("non-integer index", "BLOCK MASS\n 6.0 173\n", 2, "index 1 of the entry '6.0' is not an integer"),
            new BadCard("negative index", "BLOCK MASS\n -6 173\n", 2, "expected an index >= 0"),
            new BadCard("block without name", "BLOCK\n 6 173\n", 1, "expected 'BLOCK name'"),
            new BadCard("junk after block name", "BLOCK MASS GeV\n 6 173\n", 1, "'Q= scale'"),
            new BadCard("non-numeric scale", "BLOCK MSOFT Q= high\n 1 2\n", 1, "scale Q 'high' is not a number"),
            new BadCard("decay without width", "BLOCK MASS\n 6 173\nDECAY 6 # WT\n", 3, "'DECAY pdg width'"),
            new BadCard("decay width Auto", "DECAY 6 Auto # WT\n", 1, "compute the widths first"),
            new BadCard("decay of a negative code", "DECAY -6 1.5\n", 1, "expected a positive integer"),
            new BadCard("branching ratio with too few daughters", "DECAY 6 1.5\n 1.0 2 5\n", 2,
                    "NDA = 2 but 1 daughter PDG codes follow"),
            new BadCard("negative branching ratio", "DECAY 6 1.5\n -0.5 2 5 24\n", 2, "is negative"),
            new BadCard("duplicate decay channel", "DECAY 6 1.5\n 0.5 2 5 24\n 0.5 2 24 5\n", 3,
                    "duplicate decay channel 6 > [5, 24]: first at line 2"),
            new BadCard("qnumbers without code", "BLOCK QNUMBERS\n 1 0\n", 1, "'BLOCK QNUMBERS pdg'"));

    @Test
    void malformedCardsFailWithLineNumberLineAndExpectation() {
        for (BadCard bad : BAD_CARDS) {
            CardFormatException e = assertThrows(CardFormatException.class, () -> parse(bad.text()), bad.what());
            String message = e.getMessage();
            assertEquals(bad.line(), e.lineNumber(), bad.what() + ": " + message);
            assertTrue(message.startsWith("test.dat:" + bad.line() + ": "), bad.what() + ": " + message);
            assertTrue(message.contains(bad.phrase()), bad.what() + ": " + message);
            String offending = bad.text().split("\n", -1)[bad.line() - 1];
            assertEquals(offending, e.line(), bad.what());
            assertTrue(message.endsWith("line " + bad.line() + ": " + offending), bad.what() + ": " + message);
        }
    }

    @Test
    void emptyCardIsAnError() {
        CardFormatException e = assertThrows(CardFormatException.class, () -> parse("# nothing\n\n"));
        assertTrue(e.getMessage().contains("no BLOCK or DECAY"), e.getMessage());
        assertEquals(2, e.lineNumber());
    }

    @Test
    void shippedCardsMatchMadGraphsReferenceCards() throws IOException {
        Path shared = SharedReference.folder();
        Map<String, String> cards = Map.of(
                "sm", "madgraph4gpu/param_card_sm.dat",
                "sm_lepton_masses", "madgraph5/param_card_sm_lepton_masses.dat");
        for (var c : cards.entrySet()) {
            ParamCard reference = ParamCard.read(shared.resolve("reference").resolve(c.getValue()));
            ParamCard shipped = ParamCard.resource(c.getKey());
            assertEquals(reference.values(), shipped.values(), c.getKey());
            assertEquals(reference.names(), shipped.names(), c.getKey() + ": same entries in the same order");
        }
        ParamCard mg5 = ParamCard.read(shared.resolve("reference/madgraph5/param_card_sm.dat"));
        assertEquals(mg5.values(), ParamCard.defaultSm().values());
        assertNotEquals(mg5.values(), ParamCard.resource("sm_lepton_masses").values());
    }
}
