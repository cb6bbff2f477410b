package dev.mlcareers.portal.role;

import java.util.ArrayList;
import java.util.List;

import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.shared.SvgNumbers;
import dev.mlcareers.portal.shared.TextWrap;

/**
 * Geometry of the career-ladder picture, in SVG user units: the roles a role leads on to
 * stacked above it, the roles that lead to it below, joined by connectors with arrowheads
 * pointing up the ladder. One column, so that it stays legible on a 360 px phone.
 */
public record LadderDiagram(double width, double height, Double upHeadingY, Double downHeadingY, List<Node> nodes,
		List<Connector> connectors) {

	static final double WIDTH = 360;

	static final double MARGIN = 8;

	static final double NODE_X = 34;

	static final double NODE_WIDTH = 292;

	static final double LEFT_TRUNK_X = 16;

	static final double RIGHT_TRUNK_X = 344;

	static final double LINE_HEIGHT = 18;

	static final double PADDING = 10;

	static final double GAP = 10;

	static final double HEADING_HEIGHT = 28;

	static final double BASELINE_OFFSET = 13;

	static final int MAX_CHARS_PER_LINE = 32;

	/**
	 * A role's box: the role, its title's lines, and whether it is the role the page is
	 * about.
	 */
	public record Node(RoleRef role, List<String> lines, boolean current, double x, double y, double width,
			double height) {

		public double textX() {
			return this.x + this.width / 2;
		}

		/** The baseline of each line, top to bottom. */
		public List<Double> baselines() {
			List<Double> baselines = new ArrayList<>();
			for (int i = 0; i < this.lines.size(); i++) {
				baselines.add(this.y + PADDING + BASELINE_OFFSET + i * LINE_HEIGHT);
			}
			return baselines;
		}

		double centreY() {
			return this.y + this.height / 2;
		}

	}

	/** An SVG path; {@code arrow} puts an arrowhead at its end. */
	public record Connector(String path, boolean arrow) {
	}

	public static LadderDiagram layout(RoleRef current, List<RoleRef> leadsTo, List<RoleRef> comesFrom) {
		List<Node> nodes = new ArrayList<>();
		List<Node> upper = new ArrayList<>();
		List<Node> lower = new ArrayList<>();
		double y = MARGIN;
		Double upHeadingY = null;
		if (!leadsTo.isEmpty()) {
			upHeadingY = y + 18;
			y += HEADING_HEIGHT;
			for (RoleRef role : leadsTo) {
				Node node = node(role, false, y);
				upper.add(node);
				y += node.height() + GAP;
			}
			y += GAP;
		}
		Node centre = node(current, true, y);
		y += centre.height() + GAP;
		Double downHeadingY = null;
		if (!comesFrom.isEmpty()) {
			y += GAP;
			downHeadingY = y + 18;
			y += HEADING_HEIGHT;
			for (RoleRef role : comesFrom) {
				Node node = node(role, false, y);
				lower.add(node);
				y += node.height() + GAP;
			}
		}
		nodes.addAll(upper);
		nodes.add(centre);
		nodes.addAll(lower);
		List<Connector> connectors = new ArrayList<>();
		if (!upper.isEmpty()) {
			connectors.add(new Connector("M" + num(NODE_X) + " " + num(centre.centreY()) + " H" + num(LEFT_TRUNK_X)
					+ " V" + num(upper.get(0).centreY()), false));
			for (Node node : upper) {
				connectors.add(new Connector(
						"M" + num(LEFT_TRUNK_X) + " " + num(node.centreY()) + " H" + num(NODE_X - 3), true));
			}
		}
		if (!lower.isEmpty()) {
			double right = NODE_X + NODE_WIDTH;
			for (Node node : lower) {
				connectors.add(
						new Connector("M" + num(right) + " " + num(node.centreY()) + " H" + num(RIGHT_TRUNK_X), false));
			}
			connectors.add(new Connector("M" + num(RIGHT_TRUNK_X) + " " + num(lower.get(lower.size() - 1).centreY())
					+ " V" + num(centre.centreY()) + " H" + num(right + 3), true));
		}
		return new LadderDiagram(WIDTH, y - GAP + MARGIN, upHeadingY, downHeadingY, List.copyOf(nodes),
				List.copyOf(connectors));
	}

	private static Node node(RoleRef role, boolean current, double y) {
		List<String> lines = TextWrap.lines(role.title(), MAX_CHARS_PER_LINE);
		return new Node(role, lines, current, NODE_X, y, NODE_WIDTH, 2 * PADDING + lines.size() * LINE_HEIGHT);
	}

	/**
	 * Whole numbers without a fraction, others to one decimal place: compact, stable path
	 * strings.
	 */
	static String num(double value) {
		double rounded = SvgNumbers.tenths(value);
		return (rounded == Math.rint(rounded)) ? String.valueOf((long) rounded) : String.valueOf(rounded);
	}

}
