package com.powermap;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules of the house style that a compiler does not check.
 */
@AnalyzeClasses(packages = "com.powermap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/** Views call services; only services talk to the database. */
	@ArchTest
	static final ArchRule views_do_not_touch_the_database = noClasses().that()
		.resideInAPackage("..ui..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.data.neo4j..", "org.neo4j.driver..");

	/**
	 * Cypher comes from the files of cypher/queries, never from strings built in code.
	 */
	@ArchTest
	static final ArchRule only_the_query_loader_reads_query_files = noClasses().that()
		.resideOutsideOfPackage("com.powermap.base")
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.core.io.support.PathMatchingResourcePatternResolver");

	/** No field injection: dependencies come through constructors. */
	@ArchTest
	static final ArchRule no_field_injection = noClasses().should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired");

}
