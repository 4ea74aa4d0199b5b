// SPDX-License-Identifier: Apache-2.0
package org.civicplan.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The public API of a module, found from its compiled classes, so that a test over "every public
 * type" covers a type added tomorrow without being edited: the packages the module exports
 * (unqualified {@code exports} of its {@code module-info.class}, or every package when it has none,
 * as an automatic module exports all), and the public types in them, nested public types
 * included.
 *
 * <p>The module is the class-path entry (a directory of classes or a jar) that holds an anchor
 * class; works on the class path and on the module path. Types are loaded without being
 * initialised and are listed by name, so the order is the same on every run.
 *
 * <pre>{@code
 * for (Class<?> type : ApiTypes.publicTypes(ClimateTemplate.class)) {
 *   nullPointerTester.testAllPublicConstructors(type);
 * }
 * }</pre>
 */
public final class ApiTypes {

  private ApiTypes() {}

  /**
   * The packages the module of {@code anchor} exports to everyone, sorted.
   *
   * @param anchor any class of the module
   * @return the exported packages, sorted by name
   * @throws NullPointerException if {@code anchor} is null
   * @throws UncheckedIOException if the module's classes cannot be read
   * @throws IllegalArgumentException if {@code anchor} was not loaded from a directory or jar
   */
  public static List<String> exportedPackages(Class<?> anchor) {
    Objects.requireNonNull(anchor, "anchor");
    List<String> classes = classNames(location(anchor));
    return descriptor(location(anchor))
        .map(d -> d.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .sorted()
            .toList())
        .orElseGet(() -> List.copyOf(new TreeSet<>(classes.stream()
            .filter(n -> n.indexOf('.') > 0)
            .map(n -> n.substring(0, n.lastIndexOf('.')))
            .toList())));
  }

  /**
   * The public types of the packages the module of {@code anchor} exports, each top-level type
   * followed by its public nested types, sorted by binary name; annotation types and {@code
   * package-info} are left out, and so is a nested type of a type that is not public.
   *
   * @param anchor any class of the module
   * @return the public types, sorted by binary name
   * @throws NullPointerException if {@code anchor} is null
   * @throws UncheckedIOException if the module's classes cannot be read
   * @throws IllegalArgumentException if {@code anchor} was not loaded from a directory or jar
   * @throws IllegalStateException if a class of the module cannot be loaded
   */
  public static List<Class<?>> publicTypes(Class<?> anchor) {
    Objects.requireNonNull(anchor, "anchor");
    List<String> packages = exportedPackages(anchor);
    List<Class<?>> types = new ArrayList<>();
    for (String name : classNames(location(anchor))) {
      int dot = name.lastIndexOf('.');
      String pkg = dot < 0 ? "" : name.substring(0, dot);
      if (!packages.contains(pkg) || name.endsWith(".package-info") || name.equals("module-info")) {
        continue;
      }
      Class<?> type;
      try {
        type = Class.forName(name, false, anchor.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException("cannot load " + name + " of the module of " + anchor.getName(), e);
      }
      if (isPublicApi(type)) {
        types.add(type);
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    return List.copyOf(types);
  }

  /**
   * The public records among {@link #publicTypes(Class)}: the value types an equality test
   * generates instances of.
   *
   * @param anchor any class of the module
   * @return the public records, sorted by binary name
   * @throws NullPointerException if {@code anchor} is null
   * @throws UncheckedIOException if the module's classes cannot be read
   * @throws IllegalArgumentException if {@code anchor} was not loaded from a directory or jar
   * @throws IllegalStateException if a class of the module cannot be loaded
   */
  public static List<Class<?>> publicRecords(Class<?> anchor) {
    return publicTypes(anchor).stream().filter(Class::isRecord).toList();
  }

  /**
   * The parameter types of the public constructors and public static methods of {@link
   * #publicTypes(Class)}, each once, sorted by name: the types a null-argument test needs a valid
   * sample of, so that a null is the only thing wrong with a call.
   *
   * @param anchor any class of the module
   * @return the parameter types, sorted by binary name
   * @throws NullPointerException if {@code anchor} is null
   * @throws UncheckedIOException if the module's classes cannot be read
   * @throws IllegalArgumentException if {@code anchor} was not loaded from a directory or jar
   * @throws IllegalStateException if a class of the module cannot be loaded
   */
  public static List<Class<?>> factoryParameterTypes(Class<?> anchor) {
    return publicTypes(anchor).stream()
        .flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c.getConstructors()),
            java.util.stream.Stream.of(c.getMethods()).filter(m -> java.lang.reflect.Modifier.isStatic(m.getModifiers()))))
        .flatMap(e -> java.util.stream.Stream.of(e.getParameterTypes()))
        .distinct()
        .sorted(Comparator.comparing(Class::getName))
        .toList();
  }

  private static boolean isPublicApi(Class<?> type) {
    if (type.isAnnotation() || type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static Path location(Class<?> anchor) {
    var source = anchor.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      throw new IllegalArgumentException(anchor.getName() + " was not loaded from a directory or jar");
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(anchor.getName() + " was loaded from " + source.getLocation(), e);
    }
  }

  private static java.util.Optional<ModuleDescriptor> descriptor(Path where) {
    try {
      if (Files.isDirectory(where)) {
        Path info = where.resolve("module-info.class");
        if (!Files.exists(info)) {
          return java.util.Optional.empty();
        }
        try (InputStream in = Files.newInputStream(info)) {
          return java.util.Optional.of(ModuleDescriptor.read(in));
        }
      }
      try (JarFile jar = new JarFile(where.toFile())) {
        JarEntry info = jar.getJarEntry("module-info.class");
        if (info == null) {
          return java.util.Optional.empty();
        }
        try (InputStream in = jar.getInputStream(info)) {
          return java.util.Optional.of(ModuleDescriptor.read(in));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the module descriptor in " + where, e);
    }
  }

  /** Binary names of the classes under {@code where}, sorted. */
  private static List<String> classNames(Path where) {
    try {
      if (Files.isDirectory(where)) {
        try (Stream<Path> files = Files.walk(where)) {
          return files
              .filter(f -> f.toString().endsWith(".class"))
              .map(f -> binaryName(where.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/")))
              .sorted()
              .toList();
        }
      }
      try (JarFile jar = new JarFile(where.toFile())) {
        return jar.stream()
            .map(JarEntry::getName)
            .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
            .map(ApiTypes::binaryName)
            .sorted()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the classes in " + where, e);
    }
  }

  private static String binaryName(String classFile) {
    return classFile.substring(0, classFile.length() - ".class".length()).replace('/', '.');
  }
}
