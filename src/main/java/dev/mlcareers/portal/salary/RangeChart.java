package dev.mlcareers.portal.salary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mlcareers.portal.level.Stage;
import dev.mlcareers.portal.shared.SvgNumbers;

/**
 * The geometry of a salary chart: one horizontal bar per band on a common axis that
 * starts at zero, grouped by experience stage (figures not split by level last). A range
 * is a bar; an average is a diamond; an open top ends in an arrowhead. All bands must be
 * in one currency. Coordinates are in the SVG's user units, rounded to tenths
 * ({@link SvgNumbers}).
 */
public record RangeChart(String currency, int width, int height, double plotLeft, double plotRight, double top,
		double axisY, List<Tick> ticks, List<Group> groups) {

	static final int WIDTH = 520;

	static final double PLOT_LEFT = 172;

	static final double PLOT_RIGHT = WIDTH - 28;

	static final double TOP = 4;

	static final double HEADING_HEIGHT = 26;

	static final double ROW_HEIGHT = 26;

	static final double BAR_HEIGHT = 12;

	static final double AXIS_HEIGHT = 30;

	/** About how many intervals the axis is cut into. */
	static final int TARGET_INTERVALS = 4;

	public RangeChart {
		ticks = List.copyOf(ticks);
		groups = List.copyOf(groups);
	}

	public static RangeChart of(List<ComparedBand> bands) {
		if (bands.isEmpty()) {
			throw new IllegalArgumentException("A chart needs at least one band");
		}
		String currency = bands.get(0).currency();
		if (bands.stream().anyMatch((band) -> !band.currency().equals(currency))) {
			throw new IllegalArgumentException("A chart's bands must share one currency");
		}
		BigDecimal highest = bands.stream().map(ComparedBand::maximum).max(Comparator.naturalOrder()).orElseThrow();
		BigDecimal step = niceStep(highest.divide(BigDecimal.valueOf(TARGET_INTERVALS), MathContext.DECIMAL64));
		BigDecimal axisMax = highest.divide(step, 0, RoundingMode.CEILING).multiply(step).max(step);

		List<Group> groups = new ArrayList<>();
		double cursor = TOP;
		for (Map.Entry<Stage, List<ComparedBand>> entry : byStage(bands).entrySet()) {
			double headingY = SvgNumbers.tenths(cursor + HEADING_HEIGHT - 9);
			cursor += HEADING_HEIGHT;
			List<Bar> bars = new ArrayList<>();
			for (ComparedBand band : entry.getValue()) {
				double y = SvgNumbers.tenths(cursor + (ROW_HEIGHT - BAR_HEIGHT) / 2);
				bars.add(new Bar(band, y, SvgNumbers.tenths(y + BAR_HEIGHT - 1), x(band.minimum(), axisMax),
						x(band.maximum(), axisMax), band.band().average(), band.band().openTop()));
				cursor += ROW_HEIGHT;
			}
			groups.add(new Group(entry.getKey(), headingY, bars));
		}
		double axisY = SvgNumbers.tenths(cursor + 6);
		List<Tick> ticks = new ArrayList<>();
		for (BigDecimal value = BigDecimal.ZERO; value.compareTo(axisMax) <= 0; value = value.add(step)) {
			ticks.add(new Tick(value, x(value, axisMax)));
		}
		return new RangeChart(currency, WIDTH, (int) Math.ceil(axisY + AXIS_HEIGHT), PLOT_LEFT, PLOT_RIGHT, TOP, axisY,
				ticks, groups);
	}

	/** Where tick labels sit, below the axis. */
	public double tickLabelY() {
		return SvgNumbers.tenths(this.axisY + 18);
	}

	/**
	 * A step of 1, 2, 2.5 or 5 times a power of ten, the smallest of them not below
	 * {@code raw}.
	 */
	static BigDecimal niceStep(BigDecimal raw) {
		if (raw.signum() <= 0) {
			return BigDecimal.ONE;
		}
		int exponent = raw.precision() - raw.scale() - 1;
		BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
		BigDecimal fraction = raw.divide(power, MathContext.DECIMAL64);
		for (String multiple : new String[] { "1", "2", "2.5", "5" }) {
			if (fraction.compareTo(new BigDecimal(multiple)) <= 0) {
				return new BigDecimal(multiple).multiply(power).stripTrailingZeros();
			}
		}
		return BigDecimal.TEN.multiply(power).stripTrailingZeros();
	}

	private static Map<Stage, List<ComparedBand>> byStage(List<ComparedBand> bands) {
		Map<Stage, List<ComparedBand>> byStage = new LinkedHashMap<>();
		for (Stage stage : Stage.values()) {
			for (ComparedBand band : bands) {
				if (band.band().level() != null && band.band().level().stage() == stage) {
					byStage.computeIfAbsent(stage, (key) -> new ArrayList<>()).add(band);
				}
			}
		}
		for (ComparedBand band : bands) {
			if (band.band().level() == null) {
				byStage.computeIfAbsent(null, (key) -> new ArrayList<>()).add(band);
			}
		}
		return byStage;
	}

	private static double x(BigDecimal value, BigDecimal axisMax) {
		double share = value.divide(axisMax, MathContext.DECIMAL64).doubleValue();
		return SvgNumbers.tenths(PLOT_LEFT + share * (PLOT_RIGHT - PLOT_LEFT));
	}

	/** A labelled value on the axis, with a grid line. */
	public record Tick(BigDecimal value, double x) {
	}

	/**
	 * The bands of one experience stage; {@code stage} is null for figures not split by
	 * level.
	 */
	public record Group(Stage stage, double headingY, List<Bar> bars) {
	}

	/**
	 * One band: a bar from {@code x1} to {@code x2}, or a diamond at {@code x2} for an
	 * average; {@code labelY} is the baseline of its label.
	 */
	public record Bar(ComparedBand band, double y, double labelY, double x1, double x2, boolean point,
			boolean openTop) {

		/** The bar's width; never less than one unit, so a narrow range stays visible. */
		public double width() {
			return Math.max(1, SvgNumbers.tenths(this.x2 - this.x1));
		}

		/** An arrowhead pointing right, just past the bar's end. */
		public String arrowPath() {
			double middle = SvgNumbers.tenths(this.y + BAR_HEIGHT / 2);
			return "M" + this.x2 + " " + SvgNumbers.tenths(this.y - 3) + " L" + SvgNumbers.tenths(this.x2 + 11) + " "
					+ middle + " L" + this.x2 + " " + SvgNumbers.tenths(this.y + BAR_HEIGHT + 3) + " Z";
		}

		/** A diamond centred on the value, for an average. */
		public String diamondPath() {
			double middle = SvgNumbers.tenths(this.y + BAR_HEIGHT / 2);
			return "M" + this.x2 + " " + SvgNumbers.tenths(middle - 8) + " L" + SvgNumbers.tenths(this.x2 + 8) + " "
					+ middle + " L" + this.x2 + " " + SvgNumbers.tenths(middle + 8) + " L"
					+ SvgNumbers.tenths(this.x2 - 8) + " " + middle + " Z";
		}

	}

}
