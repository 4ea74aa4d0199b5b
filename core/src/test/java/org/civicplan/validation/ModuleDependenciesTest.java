package org.civicplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;

/**
 * Every module core's descriptor requires is used by core's main classes, so a host application
 * resolves and ships nothing for nothing (issue 9: dependencies that earn their place).
 */
class ModuleDependenciesTest {

  /**
   * Required although no class of core refers to it: Hibernate Validator interpolates {@code
   * ${validatedValue}} with Jakarta EL, which it cannot require itself, being an automatic module.
   */
  private static final Set<String> REQUIRED_FOR_OTHERS = Set.of("jakarta.el");

  @Test
  void everyRequiredModuleIsUsedByMainCode() throws IOException, URISyntaxException {
    Path classes = Path.of(Strategy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor core;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      core = ModuleDescriptor.read(in);
    }
    Set<String> used = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPath(classes)
        .stream()
        .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
        .map(Dependency::getTargetClass)
        .map(JavaClass::getPackageName)
        .collect(Collectors.toSet());
    Map<String, Set<String>> packages = packagesOfModulesOnTheClassPath();
    Set<String> unused = new TreeSet<>();
    for (ModuleDescriptor.Requires r : core.requires()) {
      String name = r.name();
      if (name.startsWith("java.") || REQUIRED_FOR_OTHERS.contains(name)) {
        continue;
      }
      assertTrue(packages.containsKey(name), () -> name + " is not on the test class path");
      if (packages.get(name).stream().noneMatch(used::contains)) {
        unused.add(name);
      }
    }
    assertEquals(Set.of(), unused, "required by module-info but used by no main class");
  }

  private static Map<String, Set<String>> packagesOfModulesOnTheClassPath() {
    Map<String, Set<String>> packages = new HashMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path jar = Path.of(entry);
      if (!entry.endsWith(".jar") || !Files.isRegularFile(jar)) {
        continue;
      }
      try {
        ModuleFinder.of(jar).findAll().forEach(m -> packages.put(m.descriptor().name(), m.descriptor().packages()));
      } catch (FindException e) {
        // a test library whose name gives no module name; core requires none of them
      }
    }
    return packages;
  }
}
