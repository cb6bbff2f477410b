package dev.mlcareers.portal.roadmap;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.nayuki.qrcodegen.QrCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QrPictureTests {

	static final String LINK = "https://careers.example.org/pair?code=7KQ2-M9XD";

	@Test
	void drawsEveryDarkModuleAndNoOtherInsideAQuietZone() {
		QrCode qr = QrCode.encodeText(LINK, QrCode.Ecc.MEDIUM);
		QrPicture picture = QrPicture.of(LINK);
		assertThat(picture.size()).isEqualTo(qr.size + 8);
		assertThat(picture.viewBox()).isEqualTo("0 0 " + picture.size() + " " + picture.size());
		Set<String> drawn = new HashSet<>();
		Matcher module = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(picture.path());
		int end = 0;
		while (module.find()) {
			assertThat(module.start()).as("nothing between modules").isEqualTo(end);
			end = module.end();
			drawn.add((Integer.parseInt(module.group(1)) - 4) + "," + (Integer.parseInt(module.group(2)) - 4));
		}
		assertThat(end).isEqualTo(picture.path().length());
		Set<String> dark = new HashSet<>();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					dark.add(x + "," + y);
				}
			}
		}
		assertThat(drawn).isEqualTo(dark);
		assertThat(drawn).as("the three finder patterns' corners")
			.contains("0,0", (qr.size - 1) + ",0", "0," + (qr.size - 1));
	}

}
