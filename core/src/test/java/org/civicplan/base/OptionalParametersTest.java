// SPDX-License-Identifier: Apache-2.0
package org.civicplan.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civicplan.strategy.Strategy;
import org.junit.jupiter.api.Test;

/**
 * {@code Optional} in core's public API is a return type only: no public or protected method or
 * constructor of an exported package takes one, except the canonical constructor of a record
 * whose optional components are read through {@code Optional} accessors (a record's accessor
 * returns its component's type). Builders and factories take the value itself, and have a method
 * to clear it.
 */
class OptionalParametersTest {

  private static final List<Class<?>> OPTIONALS =
      List.of(Optional.class, OptionalDouble.class, OptionalInt.class, OptionalLong.class);

  @Test
  void noPublicMethodOrConstructorTakesAnOptionalExceptCanonicalRecordConstructors()
      throws IOException, URISyntaxException {
    Path classes = Path.of(Strategy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> exported;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      exported = ModuleDescriptor.read(in).exports().stream()
          .filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
    }
    Set<String> offending = new TreeSet<>();
    for (JavaClass c : new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPath(classes)) {
      if (!exported.contains(c.getPackageName()) || !visible(c)) {
        continue;
      }
      for (JavaCodeUnit unit : c.getCodeUnits()) {
        boolean visible = unit.getModifiers().contains(JavaModifier.PUBLIC)
            || unit.getModifiers().contains(JavaModifier.PROTECTED);
        boolean takesOptional = unit.getRawParameterTypes().stream().anyMatch(t -> OPTIONALS.stream().anyMatch(t::isEquivalentTo));
        if (visible && takesOptional && !unit.getModifiers().contains(JavaModifier.SYNTHETIC)
            && !canonicalRecordConstructor(c, unit)) {
          offending.add(unit.getFullName());
        }
      }
    }
    assertEquals(Set.of(), offending, "public API taking Optional as a parameter");
  }

  private static boolean visible(JavaClass c) {
    for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
      if (!k.getModifiers().contains(JavaModifier.PUBLIC) && !k.getModifiers().contains(JavaModifier.PROTECTED)) {
        return false;
      }
    }
    return true;
  }

  private static boolean canonicalRecordConstructor(JavaClass c, JavaCodeUnit unit) {
    if (!(unit instanceof JavaConstructor) || !c.isRecord()) {
      return false;
    }
    List<String> components = Arrays.stream(c.reflect().getRecordComponents())
        .map(RecordComponent::getType)
        .map(Class::getName)
        .collect(Collectors.toList());
    List<String> parameters = unit.getRawParameterTypes().stream().map(JavaClass::getName).collect(Collectors.toList());
    return components.equals(parameters);
  }
}
