package com.powermap.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of one benchmark run and the three files they are written to:
 * {@code results.json} (the shape issue 6 fixes), {@code results.md} (the table) and
 * {@code latency.svg} (deal analysis latency against account size).
 */
record BenchReport(Scale scale, int accounts, boolean smoke, Machine machine, boolean answersMatchFloor,
		Import imported, List<Operation> operations, List<Point> points, List<String> mismatches) {

	/**
	 * The bulk import: how much went in, and how long the product and the floor took.
	 */
	record Import(long people, long relationships, double seconds, double floorSeconds) {

		double relationshipsPerS() {
			return this.relationships / this.seconds;
		}

		double floorRelationshipsPerS() {
			return this.relationships / this.floorSeconds;
		}

	}

	/** One measured operation: the product's p50 and p95 and the floor's p50, in ms. */
	record Operation(String name, int runs, double p50Ms, double p95Ms, double floorP50Ms) {

		static Operation of(String name, List<Double> product, List<Double> floor) {
			return new Operation(name, product.size(), percentile(product, 50), percentile(product, 95),
					percentile(floor, 50));
		}

		double ratio() {
			return this.p50Ms / this.floorP50Ms;
		}

	}

	/** One measured deal analysis: the size of its account and both latencies. */
	record Point(int accountSize, double productMs, double floorMs) {
	}

	/** The nearest-rank percentile of some values; NaN when there are none. */
	static double percentile(List<Double> values, int percent) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	void write(Path dir) throws IOException {
		Files.writeString(dir.resolve("results.json"),
				JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(toJson()),
				StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("results.md"), markdown(), StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("latency.svg"), svg(), StandardCharsets.UTF_8);
	}

	/** Whether the run imported only the scale's first {@link #accounts} accounts. */
	boolean partial() {
		return this.scale.partOf(this.accounts);
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("scale", this.scale.name());
		if (partial()) {
			// Only part of the scale (--accounts): its figures are not the scale's.
			json.put("accounts", this.accounts);
		}
		json.put("machine", this.machine.toJson());
		json.put("answersMatchFloor", this.answersMatchFloor);
		List<Map<String, Object>> operations = new ArrayList<>();
		Map<String, Object> imported = new LinkedHashMap<>();
		imported.put("name", "import");
		imported.put("relationshipsPerS", Math.round(this.imported.relationshipsPerS()));
		imported.put("floorRelationshipsPerS", Math.round(this.imported.floorRelationshipsPerS()));
		operations.add(imported);
		for (Operation operation : this.operations) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("name", operation.name());
			entry.put("p50Ms", round(operation.p50Ms()));
			entry.put("p95Ms", round(operation.p95Ms()));
			entry.put("floorP50Ms", round(operation.floorP50Ms()));
			entry.put("ratio", round(operation.ratio()));
			operations.add(entry);
		}
		json.put("operations", operations);
		return json;
	}

	private static double round(double value) {
		return Double.isFinite(value) ? Math.round(value * 1e6) / 1e6 : -1;
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append(String.format(Locale.ROOT, "### Scale %s%s%s: %,d people, %,d relationships%n%n", this.scale,
				partial() ? " (its first %,d accounts only)".formatted(this.accounts) : "",
				this.smoke ? " (smoke run: few repetitions, timings not meaningful)" : "", this.imported.people(),
				this.imported.relationships()));
		md.append("| Operation | Runs | p50 ms | p95 ms | Floor p50 ms | Ratio to floor |\n");
		md.append("|---|---:|---:|---:|---:|---:|\n");
		md.append(String.format(Locale.ROOT,
				"| import | 1 | %,.0f relationships/s (%,.0f people/s, %.1f s) |  | %,.0f relationships/s | %.1f |%n",
				this.imported.relationshipsPerS(), this.imported.people() / this.imported.seconds(),
				this.imported.seconds(), this.imported.floorRelationshipsPerS(),
				this.imported.floorRelationshipsPerS() / this.imported.relationshipsPerS()));
		for (Operation o : this.operations) {
			md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.3f | %.0f |%n", o.name(), o.runs(),
					o.p50Ms(), o.p95Ms(), o.floorP50Ms(), o.ratio()));
		}
		bySize(md);
		md.append(String.format(Locale.ROOT, "%nAnswers match the floor: **%s**%s. Machine: %s.%n",
				this.answersMatchFloor ? "yes" : "no",
				this.mismatches.isEmpty() ? "" : " (" + this.mismatches.size() + " differences)", this.machine));
		md.append("graph-payload builds the deal page's graph of a random deal (GraphPayloadService.forDeal, "
				+ "no filter); the deal's analysis is computed beforehand and not timed.\n");
		return md.toString();
	}

	/**
	 * The measured deal analyses by the size of their account (the targets of issue 6
	 * name accounts of 100 people), when their accounts are not all of one size.
	 */
	private void bySize(StringBuilder md) {
		if (this.points.stream().mapToInt(Point::accountSize).distinct().count() < 2) {
			return;
		}
		md.append(String.format(Locale.ROOT, "%ndeal-analysis by account size:%n%n"));
		md.append("| Account size (people) | Runs | p50 ms | p95 ms | Floor p50 ms | Ratio to floor |\n");
		md.append("|---|---:|---:|---:|---:|---:|\n");
		for (SizeBand band : SIZE_BANDS) {
			List<Double> product = new ArrayList<>();
			List<Double> floor = new ArrayList<>();
			for (Point p : this.points) {
				if (p.accountSize() >= band.from() && p.accountSize() <= band.to()) {
					product.add(p.productMs());
					floor.add(p.floorMs());
				}
			}
			if (!product.isEmpty()) {
				Operation o = Operation.of(band.label(), product, floor);
				md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.3f | %.0f |%n", o.name(), o.runs(),
						o.p50Ms(), o.p95Ms(), o.floorP50Ms(), o.ratio()));
			}
		}
	}

	/** Account sizes from and to (both included), and how the table names them. */
	private record SizeBand(String label, int from, int to) {
	}

	private static final List<SizeBand> SIZE_BANDS = List.of(new SizeBand("up to 100", 0, 100),
			new SizeBand("101 to 300", 101, 300), new SizeBand("over 300", 301, Integer.MAX_VALUE));

	/** Deal analysis latency (product and floor) against account size, log-log. */
	String svg() {
		int width = 640;
		int height = 400;
		int left = 70;
		int right = 20;
		int top = 30;
		int bottom = 50;
		double minX = 1;
		double maxX = 4;
		double minY = Double.POSITIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		for (Point p : this.points) {
			minX = Math.min(minX, Math.floor(Math.log10(Math.max(1, p.accountSize()))));
			maxX = Math.max(maxX, Math.ceil(Math.log10(Math.max(1, p.accountSize()))));
			minY = Math.min(minY, Math.log10(Math.max(1e-3, Math.min(p.productMs(), p.floorMs()))));
			maxY = Math.max(maxY, Math.log10(Math.max(1e-3, Math.max(p.productMs(), p.floorMs()))));
		}
		if (this.points.isEmpty()) {
			minY = -2;
			maxY = 3;
		}
		minY = Math.floor(minY);
		maxY = Math.max(minY + 1, Math.ceil(maxY));
		double plotW = width - left - right;
		double plotH = height - top - bottom;
		double x0 = minX;
		double xSpan = maxX - minX;
		double y0 = minY;
		double ySpan = maxY - minY;
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
						+ "font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
				width, height));
		svg.append(String.format(Locale.ROOT,
				"<text x=\"%d\" y=\"18\" font-size=\"14\">Deal analysis latency against account size (scale %s)</text>%n",
				left, this.scale));
		for (double e = minX; e <= maxX; e++) {
			double x = left + (e - x0) / xSpan * plotW;
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
							+ "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
					x, top, x, height - bottom, x, height - bottom + 16, label(e)));
		}
		for (double e = minY; e <= maxY; e++) {
			double y = top + plotH - (e - y0) / ySpan * plotH;
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
							+ "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
					left, y, width - right, y, left - 6, y + 4, label(e)));
		}
		svg.append(String.format(Locale.ROOT,
				"<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">people in the account (log)</text>%n",
				left + plotW / 2, height - 12));
		svg.append(String.format(Locale.ROOT,
				"<text x=\"16\" y=\"%.1f\" transform=\"rotate(-90 16 %.1f)\" text-anchor=\"middle\">ms (log)</text>%n",
				top + plotH / 2, top + plotH / 2));
		for (Point p : this.points) {
			double x = left + (Math.log10(Math.max(1, p.accountSize())) - x0) / xSpan * plotW;
			double yp = top + plotH - (Math.log10(Math.max(1e-3, p.productMs())) - y0) / ySpan * plotH;
			double yf = top + plotH - (Math.log10(Math.max(1e-3, p.floorMs())) - y0) / ySpan * plotH;
			svg.append(String
				.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#1f77b4\" fill-opacity=\"0.5\"/>"
						+ "<rect x=\"%.1f\" y=\"%.1f\" width=\"5\" height=\"5\" fill=\"#ff7f0e\" fill-opacity=\"0.5\"/>%n",
						x, yp, x - 2.5, yf - 2.5));
		}
		svg.append(String.format(Locale.ROOT,
				"<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"#1f77b4\"/><text x=\"%d\" y=\"%d\">Powermap (over Bolt)</text>%n"
						+ "<rect x=\"%d\" y=\"%d\" width=\"7\" height=\"7\" fill=\"#ff7f0e\"/><text x=\"%d\" y=\"%d\">floor (in memory)</text>%n",
				width - right - 170, top + 10, width - right - 160, top + 14, width - right - 174, top + 24,
				width - right - 160, top + 31));
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static String label(double exponent) {
		double value = Math.pow(10, exponent);
		return (value >= 1) ? String.format(Locale.ROOT, "%,.0f", value)
				: String.format(Locale.ROOT, "%s", Double.toString(value).replaceAll("0+$", ""));
	}

}
