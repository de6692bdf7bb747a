package madvec.api.lhe;

import java.util.List;

/**
 * The {@code <init>} block: the beams, the weighting strategy and the processes of the file.
 *
 * @param beam1 PDG code of beam 1 (IDBMUP(1))
 * @param beam2 PDG code of beam 2
 * @param energy1 energy of beam 1, GeV (EBMUP(1))
 * @param energy2 energy of beam 2, GeV
 * @param pdfGroup1 PDF author group of beam 1 (PDFGUP(1)), 0 for none or LHAPDF numbering
 * @param pdfGroup2 PDF author group of beam 2
 * @param pdfSet1 PDF set of beam 1 (PDFSUP(1)), an LHAPDF id for MadGraph
 * @param pdfSet2 PDF set of beam 2
 * @param weightingStrategy IDWTUP: +-1 .. +-4, how the event weights are to be read
 * @param processes one entry per process line (NPRUP of them)
 * @param extraLines lines after the process lines and before {@code </init>} (MadGraph's
 *     {@code <generator>} line, comments), verbatim
 */
public record LheInit(int beam1, int beam2, double energy1, double energy2, int pdfGroup1, int pdfGroup2,
        int pdfSet1, int pdfSet2, int weightingStrategy, List<Process> processes, List<String> extraLines) {

    /** Copies the lists, so that the record is immutable. */
    public LheInit {
        processes = List.copyOf(processes);
        extraLines = List.copyOf(extraLines);
    }

    /**
     * One process line of {@code <init>}: {@code XSECUP XERRUP XMAXUP LPRUP}.
     *
     * @param crossSection the cross section, pb (XSECUP)
     * @param error its statistical error, pb (XERRUP)
     * @param maxWeight the maximum event weight (XMAXUP)
     * @param id the process id that events carry as IDPRUP (LPRUP)
     */
    public record Process(double crossSection, double error, double maxWeight, int id) {}
}
