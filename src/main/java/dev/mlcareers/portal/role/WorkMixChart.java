package dev.mlcareers.portal.role;

import java.util.ArrayList;
import java.util.List;

/**
 * Geometry of the work-mix picture: one horizontal bar per sub-role, each on a track that
 * stands for the whole of the work, so a bar's length is its share of 100%.
 */
public record WorkMixChart(double width, double height, double trackX, double trackWidth, List<Bar> bars) {

	static final double WIDTH = 360;

	static final double LABEL_WIDTH = 112;

	static final double TRACK_X = LABEL_WIDTH + 6;

	static final double TRACK_WIDTH = 190;

	static final double ROW_HEIGHT = 32;

	static final double BAR_HEIGHT = 18;

	static final double TOP = 6;

	/**
	 * One sub-role's bar, its label on the left and its percentage just after the bar.
	 */
	public record Bar(String label, int percent, double y, double barWidth, double labelY, double valueX) {
	}

	/** A sub-role's name and share in percent. */
	public record Share(String label, int percent) {
	}

	public static WorkMixChart layout(List<Share> shares) {
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < shares.size(); i++) {
			Share share = shares.get(i);
			if (share.percent() < 0 || share.percent() > 100) {
				throw new IllegalArgumentException("A share must lie between 0 and 100: " + share);
			}
			double y = TOP + i * ROW_HEIGHT;
			double barWidth = TRACK_WIDTH * share.percent() / 100.0;
			bars.add(new Bar(share.label(), share.percent(), y, barWidth, y + BAR_HEIGHT / 2 + 5,
					TRACK_X + barWidth + 6));
		}
		return new WorkMixChart(WIDTH, 2 * TOP + shares.size() * ROW_HEIGHT - (ROW_HEIGHT - BAR_HEIGHT), TRACK_X,
				TRACK_WIDTH, List.copyOf(bars));
	}

	public double barHeight() {
		return BAR_HEIGHT;
	}

	public double labelX() {
		return LABEL_WIDTH;
	}

}
