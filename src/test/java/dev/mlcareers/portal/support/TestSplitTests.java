package dev.mlcareers.portal.support;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test runs in exactly one of the two passes (pom.xml): Surefire
 * ({@code ./mvnw test}) runs the test classes without the tags
 * {@value ApplicationTest#TAG} and {@code browser}, Failsafe ({@code ./mvnw verify})
 * those with one, and both find only classes named {@code *Tests}. So no test class may
 * have another name, and every one that starts the whole application, through Spring's
 * test support or by itself, must carry a tag that keeps it out of the fast pass.
 */
class TestSplitTests {

	static final Set<String> FAILSAFE_TAGS = Set.of(ApplicationTest.TAG, "browser");

	/**
	 * The methods a test starts the whole application with by itself, by name: naming the
	 * classes would make this test depend on them.
	 */
	static final Set<String> APPLICATION_STARTS = Set.of("dev.mlcareers.portal.support.Applications.start",
			"org.springframework.boot.builder.SpringApplicationBuilder.run",
			"org.springframework.boot.SpringApplication.run");

	/** JUnit's annotations that make a method a test, by name (see {@link #compiled}). */
	static final Set<String> TEST_ANNOTATIONS = Set.of("org.junit.jupiter.api.Test",
			"org.junit.jupiter.api.RepeatedTest", "org.junit.jupiter.api.TestFactory",
			"org.junit.jupiter.api.TestTemplate", "org.junit.jupiter.params.ParameterizedTest");

	/**
	 * The compiled test code alone: what it refers to elsewhere is known by name only,
	 * which keeps this test fast.
	 */
	static final JavaClasses compiled = ArchConfiguration.withThreadLocalScope((configuration) -> {
		configuration.setResolveMissingDependenciesFromClassPath(false);
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
			.importPackages("dev.mlcareers.portal");
	});

	static final List<JavaClass> testClasses = compiled.stream()
		.filter((type) -> type.getEnclosingClass().isEmpty() && !type.getModifiers().contains(JavaModifier.ABSTRACT)
				&& hasTests(type))
		.toList();

	@Test
	void findsTheTestClasses() {
		assertThat(testClasses).extracting(JavaClass::getSimpleName)
			.contains("TestSplitTests", "PortalApplicationTests", "HomeJourneyTests", "ProgressApplicationTests")
			.hasSizeGreaterThan(100);
	}

	@Test
	void everyTestClassIsNamedSoThatBothPluginsFindIt() {
		assertThat(testClasses).extracting(JavaClass::getName).allMatch((name) -> name.endsWith("Tests"));
	}

	@Test
	void everyTestThatStartsTheApplicationRunsInFailsafe() {
		assertThat(testClasses).filteredOn(TestSplitTests::startsTheApplication)
			.extracting(JavaClass::getName)
			.hasSizeGreaterThan(40)
			.allMatch((name) -> !tags(name).isEmpty(), "is tagged " + FAILSAFE_TAGS);
	}

	@Test
	void onlyTestsThatStartTheApplicationRunInFailsafe() {
		assertThat(testClasses).filteredOn((type) -> !tags(type.getName()).isEmpty())
			.allMatch(TestSplitTests::startsTheApplication, "starts the application");
	}

	/**
	 * Through Spring's test support ({@code @SpringBootTest}, also as part of another
	 * annotation), or through a class that starts it, directly or by way of other test
	 * code.
	 */
	static boolean startsTheApplication(JavaClass type) {
		return AnnotationSupport.findAnnotation(type.reflect(), SpringBootTest.class).isPresent()
				|| reachesAStarter(type, new HashSet<>());
	}

	/** Only through test code: the application's own main method is no test's concern. */
	static boolean reachesAStarter(JavaClass type, Set<JavaClass> seen) {
		if (!seen.add(type)) {
			return false;
		}
		boolean starts = type.getMethodCallsFromSelf()
			.stream()
			.anyMatch((call) -> APPLICATION_STARTS
				.contains(call.getTargetOwner().getName() + "." + call.getTarget().getName()));
		return starts || type.getDirectDependenciesFromSelf()
			.stream()
			.map((dependency) -> dependency.getTargetClass().getName())
			.anyMatch((target) -> compiled.contain(target) && reachesAStarter(compiled.get(target), seen));
	}

	static List<String> tags(String className) {
		try {
			return AnnotationSupport
				.findRepeatableAnnotations(Class.forName(className, false, TestSplitTests.class.getClassLoader()),
						Tag.class)
				.stream()
				.map(Tag::value)
				.filter(FAILSAFE_TAGS::contains)
				.toList();
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether JUnit finds tests in it: its own, inherited or in its nested classes. */
	static boolean hasTests(JavaClass type) {
		return type.getAllMethods()
			.stream()
			.anyMatch((method) -> method.getAnnotations()
				.stream()
				.anyMatch((annotation) -> TEST_ANNOTATIONS.contains(annotation.getRawType().getName())))
				|| compiled.stream()
					.filter((nested) -> nested.isAnnotatedWith("org.junit.jupiter.api.Nested")
							&& nested.getEnclosingClass().filter(type::equals).isPresent())
					.anyMatch(TestSplitTests::hasTests);
	}

}
