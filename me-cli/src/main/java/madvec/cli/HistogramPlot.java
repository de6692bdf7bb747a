package madvec.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Distributions of one observable at several event weights, as steps, in the MadJax paper's Figure 4
 * (left): drawn with JFreeChart as PNG or SVG.
 */
final class HistogramPlot {
    private static final int WIDTH = 800, HEIGHT = 560;
    private static final Color[] COLOURS = {new Color(0x1f, 0x77, 0xb4), new Color(0xd6, 0x27, 0x28),
        new Color(0x2c, 0xa0, 0x2c), new Color(0xff, 0x7f, 0x0e), new Color(0x94, 0x67, 0xbd), new Color(0x8c, 0x56, 0x4b)};

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private final JFreeChart chart;

    /**
     * @param edges bin edges, bins + 1
     * @param values {@code values[weight][bin]}
     */
    HistogramPlot(String title, String observable, double[] edges, List<String> labels, double[][] values) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int w = 0; w < values.length; w++) {
            XYSeries s = new XYSeries(labels.get(w), false, true);
            for (int b = 0; b < values[w].length; b++) {
                s.add(edges[b], values[w][b]);
                s.add(edges[b + 1], values[w][b]);
            }
            data.addSeries(s);
        }
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        for (int w = 0; w < values.length; w++) {
            line.setSeriesPaint(w, COLOURS[w % COLOURS.length]);
            line.setSeriesStroke(w, new BasicStroke(2f));
        }
        NumberAxis x = new NumberAxis(observable), y = new NumberAxis("d sigma / d " + observable + " (pb)");
        x.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, line);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
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
