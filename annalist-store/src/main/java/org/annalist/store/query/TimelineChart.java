package org.annalist.store.query;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws a {@link Timeline}: stacked bars of event counts per type for each period, and a line
 * of the summed Goldstein score on its own axis (right). The drawing is written once against
 * {@link Canvas} and rendered as SVG (written by hand) or PNG (Java2D), chosen by file extension.
 */
public final class TimelineChart {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 480;
    private static final int LEFT = 60;
    private static final int RIGHT = 60;
    private static final int TOP = 40;
    private static final int BOTTOM = 110;
    private static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
        "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#17becf"};

    /** The few drawing operations the chart needs. */
    interface Canvas {
        void rectangle(double x, double y, double width, double height, String color);

        void line(double x1, double y1, double x2, double y2, String color, double width);

        void text(double x, double y, String text, int size, String anchor, boolean vertical);
    }

    private TimelineChart() {}

    public static void write(Timeline timeline, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            SvgCanvas svg = new SvgCanvas();
            draw(timeline, svg);
            Files.writeString(file, svg.document(), StandardCharsets.UTF_8);
        } else if (name.endsWith(".png")) {
            BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = image.createGraphics();
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, WIDTH, HEIGHT);
            draw(timeline, new ImageCanvas(graphics));
            graphics.dispose();
            ImageIO.write(image, "png", file.toFile());
        } else {
            throw new IllegalArgumentException("the chart file must end in .svg or .png: " + file);
        }
    }

    static void draw(Timeline timeline, Canvas canvas) {
        List<Timeline.Period> periods = timeline.periods();
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double bottom = TOP + plotHeight;
        canvas.text(WIDTH / 2.0, 24, "Events between " + timeline.first() + " and " + timeline.second()
                + " per " + timeline.by().name().toLowerCase(Locale.ROOT), 16, "middle", false);
        long maxCount = Math.max(1, periods.stream().mapToLong(Timeline.Period::total).max().orElse(1));
        double maxGoldstein = Math.max(1, periods.stream().mapToDouble(p -> Math.abs(p.goldstein())).max().orElse(1));
        canvas.line(LEFT, bottom, LEFT + plotWidth, bottom, "#333333", 1);
        canvas.line(LEFT, TOP, LEFT, bottom, "#333333", 1);
        canvas.text(LEFT - 8, TOP + 4, String.valueOf(maxCount), 11, "end", false);
        canvas.text(LEFT - 8, bottom + 4, "0", 11, "end", false);
        canvas.text(16, TOP + plotHeight / 2, "events", 12, "middle", true);
        canvas.text(LEFT + plotWidth + 8, TOP + 4, String.format(Locale.ROOT, "+%.0f", maxGoldstein), 11, "start", false);
        canvas.text(LEFT + plotWidth + 8, bottom + 4, String.format(Locale.ROOT, "-%.0f", maxGoldstein), 11, "start", false);
        double zero = TOP + plotHeight / 2;
        canvas.line(LEFT, zero, LEFT + plotWidth, zero, "#cccccc", 1);
        double slot = periods.isEmpty() ? plotWidth : plotWidth / periods.size();
        double barWidth = Math.max(1, slot * 0.7);
        Double previousX = null;
        Double previousY = null;
        for (int i = 0; i < periods.size(); i++) {
            Timeline.Period period = periods.get(i);
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            double y = bottom;
            for (int t = 0; t < timeline.eventTypes().size(); t++) {
                long count = period.counts().getOrDefault(timeline.eventTypes().get(t), 0L);
                double height = plotHeight * count / maxCount;
                y -= height;
                if (count > 0) {
                    canvas.rectangle(x, y, barWidth, height, PALETTE[t % PALETTE.length]);
                }
            }
            if (periods.size() <= 40 || i % Math.ceil(periods.size() / 40.0) == 0) {
                canvas.text(x + barWidth / 2, bottom + 8, period.start(), 10, "end", true);
            }
            double lineX = x + barWidth / 2;
            double lineY = zero - (plotHeight / 2) * period.goldstein() / maxGoldstein;
            if (previousX != null) {
                canvas.line(previousX, previousY, lineX, lineY, "#000000", 2);
            }
            canvas.rectangle(lineX - 2, lineY - 2, 4, 4, "#000000");
            previousX = lineX;
            previousY = lineY;
        }
        double legendX = LEFT;
        double legendY = HEIGHT - 16;
        for (int t = 0; t < timeline.eventTypes().size(); t++) {
            canvas.rectangle(legendX, legendY - 9, 10, 10, PALETTE[t % PALETTE.length]);
            canvas.text(legendX + 14, legendY, timeline.eventTypes().get(t), 11, "start", false);
            legendX += 24 + 7 * timeline.eventTypes().get(t).length();
        }
        canvas.line(legendX, legendY - 4, legendX + 18, legendY - 4, "#000000", 2);
        canvas.text(legendX + 22, legendY, "summed Goldstein (right axis)", 11, "start", false);
    }

    /** Writes SVG 1.1 elements. */
    static final class SvgCanvas implements Canvas {
        private final StringBuilder body = new StringBuilder();

        @Override
        public void rectangle(double x, double y, double width, double height, String color) {
            body.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
                    x, y, width, height, color));
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, String color, double width) {
            body.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"/>%n",
                    x1, y1, x2, y2, color, width));
        }

        @Override
        public void text(double x, double y, String text, int size, String anchor, boolean vertical) {
            String rotate = vertical ? String.format(Locale.ROOT, " transform=\"rotate(-90 %.1f %.1f)\"", x, y) : "";
            body.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\"%s>%s</text>%n",
                    x, y, size, anchor, rotate, escape(text)));
        }

        String document() {
            return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                    + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
                    WIDTH, HEIGHT, WIDTH, HEIGHT) + body + "</svg>\n";
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }

    /** Draws with Java2D, for PNG. */
    static final class ImageCanvas implements Canvas {
        private final Graphics2D graphics;

        ImageCanvas(Graphics2D graphics) {
            this.graphics = graphics;
        }

        @Override
        public void rectangle(double x, double y, double width, double height, String color) {
            graphics.setColor(Color.decode(color));
            graphics.fill(new java.awt.geom.Rectangle2D.Double(x, y, width, height));
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, String color, double width) {
            graphics.setColor(Color.decode(color));
            graphics.setStroke(new BasicStroke((float) width));
            graphics.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
        }

        @Override
        public void text(double x, double y, String text, int size, String anchor, boolean vertical) {
            graphics.setColor(Color.BLACK);
            graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
            int width = graphics.getFontMetrics().stringWidth(text);
            double shift = switch (anchor) {
                case "end" -> -width;
                case "middle" -> -width / 2.0;
                default -> 0;
            };
            var saved = graphics.getTransform();
            graphics.translate(x, y);
            if (vertical) {
                graphics.rotate(-Math.PI / 2);
            }
            graphics.drawString(text, (float) shift, 0f);
            graphics.setTransform(saved);
        }
    }
}
