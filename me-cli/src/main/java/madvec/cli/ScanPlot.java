package madvec.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The picture of a parameter scan, as in the MadJax paper's Figure 1: |M|^2 on the upper panel and
 * its derivative on the lower one, against the parameter, drawn with JFreeChart as PNG or SVG.
 */
final class ScanPlot {
    private static final int WIDTH = 800, HEIGHT = 640;

    static {
        // a command line has no display; AWT must not look for one
        System.setProperty("java.awt.headless", "true");
    }

    private final JFreeChart chart;

    ScanPlot(String title, String parameter, double[] x, double[] value, double[] derivative) {
        XYSeries v = new XYSeries("|M|^2"), d = new XYSeries("d|M|^2/d " + parameter);
        for (int i = 0; i < x.length; i++) {
            v.add(x[i], value[i]);
            d.add(x[i], derivative[i]);
        }
        NumberAxis domain = new NumberAxis(parameter);
        domain.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(domain);
        plot.setGap(12);
        plot.add(panel(v, "|M|^2", new Color(0x1f, 0x77, 0xb4)), 1);
        plot.add(panel(d, "d|M|^2 / d " + parameter, new Color(0xd6, 0x27, 0x28)), 1);
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
    }

    private static XYPlot panel(XYSeries series, String label, Color colour) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        // |M|^2 is often 1e-14 or less: JFreeChart's default minimum range (1e-8) would flatten it
        axis.setAutoRangeMinimumSize(Double.MIN_NORMAL);
        axis.setNumberFormatOverride(new DecimalFormat("0.###E0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, colour);
        line.setSeriesStroke(0, new BasicStroke(2f));
        XYPlot p = new XYPlot(new XYSeriesCollection(series), null, axis, line);
        p.setBackgroundPaint(Color.WHITE);
        p.setDomainGridlinePaint(Color.LIGHT_GRAY);
        p.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return p;
    }

    void writePng(OutputStream out) throws IOException {
        ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
    }

    void writeSvg(OutputStream out) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw((Graphics2D) g, new Rectangle(0, 0, WIDTH, HEIGHT));
        out.write(g.getSVGDocument().getBytes(StandardCharsets.UTF_8));
    }
}
