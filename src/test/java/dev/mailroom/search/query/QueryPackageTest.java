package dev.mailroom.search.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The query package is the search module's index-neutral API: every index translates from it. */
class QueryPackageTest {

    @Test
    void queryPackageShouldDependOnNoIndexNorOtherModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "org.opensearch..", "dev.mailroom.search.internal..",
                        "dev.mailroom.mailbox..", "dev.mailroom.ingest..", "dev.mailroom.db..", "dev.mailroom.cli..", "dev.mailroom.bench..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.mailroom.search.query"));
    }
}
