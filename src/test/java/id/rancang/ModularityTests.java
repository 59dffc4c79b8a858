package id.rancang;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure stays a DAG of the modules the architecture names. */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(RancangApplication.class);

  @Test
  void modulesOnlyUseEachOthersPublicApi() {
    modules.verify();
  }

  @Test
  void theFoundationModulesExist() {
    assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
        .contains("shared", "region", "identity");
  }

  @Test
  void pureRulesAreFreeOfSpringAndOfTheDatabase() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.rancang");
    ArchRuleDefinition.noClasses()
        .that()
        .resideInAPackage("..rules..")
        // a package-info may declare the package a named interface of its module: that is
        // metadata for Spring Modulith, not code the rules run
        .and()
        .doNotHaveSimpleName("package-info")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "java.sql..", "jakarta.servlet..")
        .check(classes);
  }

  @Test
  void moduleDocumentationIsGenerated() throws Exception {
    new Documenter(modules).writeDocumentation();
    Path docs = Path.of("target", "spring-modulith-docs");
    assertThat(Files.exists(docs.resolve("components.puml"))).isTrue();
  }
}
