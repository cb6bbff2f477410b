package dev.mlcareers.portal.roadmap;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code drawn as one SVG path, for a page to put inline: no script, no image request,
 * and sharp at any size. The quiet zone of four modules round it is in the view box.
 *
 * @param size the modules across, quiet zone included
 * @param path the dark modules, as SVG path data in module units
 */
public record QrPicture(int size, String path) {

	private static final int QUIET_ZONE = 4;

	/** The QR code of the text, with medium error correction (15 % may be lost). */
	public static QrPicture of(String text) {
		QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
				}
			}
		}
		return new QrPicture(qr.size + 2 * QUIET_ZONE, path.toString());
	}

	/** The SVG view box. */
	public String viewBox() {
		return "0 0 " + this.size + " " + this.size;
	}

}
