package dev.mlcareers.portal.role;

import java.util.List;

import dev.mlcareers.portal.role.LadderDiagram.Connector;
import dev.mlcareers.portal.role.LadderDiagram.Node;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LadderDiagramTests {

	static final RoleRef MLE = RoleFixtures.ENGINEER;

	@Test
	void stacksWhatARoleLeadsToAboveItAndWhatLeadsToItBelow() {
		LadderDiagram diagram = LadderDiagram.layout(MLE,
				List.of(role("senior", "Senior Machine Learning Engineer"), role("architect", "Architect")),
				List.of(role("analyst", "Data Analyst")));
		assertThat(diagram.nodes()).extracting((node) -> node.role().slug())
			.containsExactly("senior", "architect", MLE.slug(), "analyst");
		assertThat(diagram.nodes()).filteredOn(Node::current)
			.extracting((node) -> node.role().slug())
			.containsExactly(MLE.slug());
		List<Node> nodes = diagram.nodes();
		for (int i = 1; i < nodes.size(); i++) {
			assertThat(nodes.get(i).y()).as("node %d starts below node %d", i, i - 1)
				.isGreaterThanOrEqualTo(nodes.get(i - 1).y() + nodes.get(i - 1).height());
		}
		assertThat(diagram.upHeadingY()).isLessThan(nodes.get(0).y());
		assertThat(diagram.downHeadingY()).isBetween(nodes.get(2).y() + nodes.get(2).height(), nodes.get(3).y());
		assertThat(diagram.height()).isGreaterThan(nodes.get(3).y() + nodes.get(3).height());
	}

	@Test
	void keepsEveryNodeInsideTheWidth() {
		LadderDiagram diagram = LadderDiagram.layout(MLE, List.of(role("x", "X")), List.of(role("y", "Y")));
		assertThat(diagram.nodes()).allSatisfy((node) -> {
			assertThat(node.x()).isGreaterThan(LadderDiagram.LEFT_TRUNK_X);
			assertThat(node.x() + node.width()).isLessThan(LadderDiagram.RIGHT_TRUNK_X);
		});
	}

	@Test
	void wrapsLongTitlesAndGrowsTheBoxToFit() {
		LadderDiagram diagram = LadderDiagram.layout(role("manager", "Machine Learning Engineering Manager"), List.of(),
				List.of(MLE));
		Node manager = diagram.nodes().get(0);
		assertThat(manager.lines()).containsExactly("Machine Learning Engineering", "Manager");
		assertThat(manager.height()).isEqualTo(2 * LadderDiagram.PADDING + 2 * LadderDiagram.LINE_HEIGHT);
		assertThat(manager.baselines()).hasSize(2)
			.allSatisfy((baseline) -> assertThat(baseline).isBetween(manager.y(), manager.y() + manager.height()));
		assertThat(manager.textX()).isEqualTo(manager.x() + manager.width() / 2);
	}

	@Test
	void drawsOneArrowIntoEachRoleAboveAndOneIntoTheRoleFromBelow() {
		LadderDiagram diagram = LadderDiagram.layout(MLE, List.of(role("a", "A"), role("b", "B")),
				List.of(role("c", "C"), role("d", "D")));
		assertThat(diagram.connectors()).filteredOn(Connector::arrow).hasSize(3);
		assertThat(diagram.connectors()).extracting(Connector::path)
			.first()
			.isEqualTo("M34 " + LadderDiagram.num(diagram.nodes().get(2).centreY()) + " H16 V"
					+ LadderDiagram.num(diagram.nodes().get(0).centreY()));
	}

	@Test
	void drawsNoConnectorsOrHeadingsForAMissingSide() {
		LadderDiagram diagram = LadderDiagram.layout(MLE, List.of(), List.of());
		assertThat(diagram.nodes()).hasSize(1);
		assertThat(diagram.connectors()).isEmpty();
		assertThat(diagram.upHeadingY()).isNull();
		assertThat(diagram.downHeadingY()).isNull();
	}

	@Test
	void writesCompactNumbers() {
		assertThat(LadderDiagram.num(12.0)).isEqualTo("12");
		assertThat(LadderDiagram.num(12.25)).isEqualTo("12.3");
	}

	/** A role the diagram lays out: it reads only the slug and the title. */
	private static RoleRef role(String slug, String title) {
		return new RoleRef(slug, title, 3, false);
	}

}
