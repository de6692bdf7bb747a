package madvec.reweight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import madvec.model.ParamCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReweightCardTest {
    private static final ParamCard SM = ParamCard.defaultSm();

    private static List<ReweightPoint> points(String text, List<String> existing) {
        return ReweightCard.parse("reweight_card.dat", text, null).points(SM, existing);
    }

    private static ReweightCardException error(String text) {
        return assertThrows(ReweightCardException.class, () -> points(text, List.of()));
    }

    @Test
    void blockIdAndMadGraphNamesMeanTheSameParameter() {
        List<ReweightPoint> p = points("""
                # MadGraph's comment lines
                change helicity False
                launch --rwgt_name=heavy
                set param_card mass 6 180   # the top
                set WT 1.6
                launch
                set MT 175
                set aEWM1 130
                set width 23 2.5
                """, List.of());
        assertEquals(2, p.size());
        assertEquals("heavy", p.get(0).id());
        assertEquals(Map.of("mass.6", 180.0, "decay.6", 1.6), p.get(0).values());
        assertEquals("rwgt_1", p.get(1).id());
        assertEquals(Map.of("mass.6", 175.0, "sminputs.1", 130.0, "decay.23", 2.5), p.get(1).values());
        assertEquals("set param_card mass 6 1.800000e+02 # orig: 1.730000e+02\nset param_card decay 6 1.600000e+00 # orig: 1.491500e+00\n",
                p.get(0).description());
    }

    @Test
    void scansGiveOnePointPerValueInEveryListForm() {
        List<ReweightPoint> p = points("""
                launch --rwgt_name=mt
                set mass 6 scan:[170, 172.5, 1.75e2]
                launch
                set MZ scan:[j for j in range(90,93)]
                launch --rwgt_name=grid
                set MT scan1:range(170,180,5)
                set WT scan1:[x/10 for x in range(14,16)]
                set MZ scan:[2*x for x in range(45, 47)]
                """, List.of());
        assertEquals(List.of("mt_0", "mt_1", "mt_2", "rwgt_1", "rwgt_2", "rwgt_3", "grid_0", "grid_1", "grid_2", "grid_3"),
                p.stream().map(ReweightPoint::id).toList());
        assertEquals(172.5, p.get(1).values().get("mass.6"));
        assertEquals(List.of(90.0, 91.0, 92.0), p.subList(3, 6).stream().map(x -> x.values().getOrDefault("mass.23", 91.188)).toList());
        // scan1 zipped (mt 170/175 with the width), the bare scan a product with it
        assertEquals(Map.of("mass.6", 170.0, "decay.6", 1.4, "mass.23", 90.0), p.get(6).values());
        assertEquals(Map.of("mass.6", 175.0, "decay.6", 1.5, "mass.23", 92.0), p.get(9).values());
        assertTrue(error("launch\nset MT scan:[1 + 2*x for x in range(3)]\n").getMessage().startsWith("reweight_card.dat:2: set MT: '[1 + 2*x"));
    }

    @Test
    void unnamedWeightsAreNumberedAfterTheFilesOwnAndNamesMustBeNew() {
        List<ReweightPoint> p = points("launch\nset MT 175\nlaunch\nset MT 176\n", List.of("rwgt_1", "rwgt_7", "other"));
        assertEquals(List.of("rwgt_8", "rwgt_9"), p.stream().map(ReweightPoint::id).toList());
        ReweightCardException e = assertThrows(ReweightCardException.class,
                () -> points("\nlaunch --rwgt_name=other\nset MT 175\n", List.of("other")));
        assertEquals(2, e.lineNumber());
        assertTrue(e.getMessage().contains("weight id 'other' already exists in the event file"), e.getMessage());
        assertTrue(error("launch --rwgt_name=a\nlaunch --rwgt_name=a\n").getMessage().startsWith("reweight_card.dat:2: weight id 'a'"));
    }

    @Test
    void anEmptyLaunchIsTheOriginalPointAndSetBeforeLaunchOpensOne() {
        List<ReweightPoint> p = points("set MT 173\nlaunch\n", List.of());
        assertEquals(2, p.size());
        assertEquals(Map.of(), p.get(0).values());
        assertEquals(Map.of(), p.get(1).values());
    }

    @Test
    void aParameterCardPathIsOnePointWithItsDifferences(@TempDir Path dir) throws Exception {
        Path card = dir.resolve("heavy.dat");
        Files.writeString(card, "BLOCK MASS\n 6 1.8e2 # MT\n 23 91.188\nDECAY 6 1.5\n");
        ReweightCard rc = ReweightCard.parse("card", "launch --rwgt_name=file\nheavy.dat\n", dir);
        List<ReweightPoint> p = rc.points(SM, List.of());
        assertEquals(Map.of("mass.6", 180.0, "decay.6", 1.5), p.get(0).values());
    }

    @Test
    void everyMistakeNamesItsLine() {
        assertEquals("reweight_card.dat:3: no parameter 'mass 99' in the original card (mass.99)",
                error("launch\n# comment\nset mass 99 1\n").getMessage());
        assertTrue(error("launch\nset XYZ 1\n").getMessage().startsWith("reweight_card.dat:2: no parameter 'XYZ'"));
        assertTrue(error("launch\nset MT abc\n").getMessage().startsWith("reweight_card.dat:2: set MT: 'abc' is not a number"));
        assertTrue(error("launch\nset MT NaN\n").getMessage().startsWith("reweight_card.dat:2:"));
        assertTrue(error("launch\nset MT scan:[1, x]\n").getMessage().startsWith("reweight_card.dat:2: set MT:"));
        assertTrue(error("launch\nset MT scan:__import__('os')\n").getMessage().contains("is not a scan list"));
        assertTrue(error("launch\nset WT Auto\n").getMessage().contains("does not compute widths"));
        assertTrue(error("launch --bogus\n").getMessage().startsWith("reweight_card.dat:1: unknown launch option"));
        assertTrue(error("launch\nchange helicity maybe\n").getMessage().startsWith("reweight_card.dat:2: change helicity"));
        assertTrue(error("launch\nchange mode NLO\n").getMessage().contains("leading order"));
        assertTrue(error("launch\nfrobnicate\n").getMessage().startsWith("reweight_card.dat:2: 'frobnicate' is not a command"));
        assertTrue(error("launch\nset MT scan1:[1,2]\nset WT scan1:[1,2,3]\n").getMessage().startsWith("reweight_card.dat:3: scan of WT has 3 values"));
        assertEquals("reweight_card.dat: no 'launch' command: nothing to reweight to", error("# nothing\n").getMessage());
    }

    @Test
    void changeHelicityTrueIsRecorded() {
        assertTrue(ReweightCard.parse("c", "change helicity True\nlaunch\n", null).eventHelicities());
    }
}
