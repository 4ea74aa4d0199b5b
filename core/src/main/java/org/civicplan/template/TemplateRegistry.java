// SPDX-License-Identifier: Apache-2.0
package org.civicplan.template;

import java.util.Objects;
import org.civicplan.base.Severity;
import org.civicplan.base.Pointer;
import org.civicplan.base.LocalizedText;
import org.civicplan.base.Finding;
import java.util.ServiceConfigurationError;
import java.util.Locale;
import java.util.Iterator;
import org.civicplan.base.TemplateId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed strategy templates, ordered by id.
 *
 * <p>Immutable. {@link #load()} finds templates once with {@link ServiceLoader} (on the module path
 * through {@code provides} and on the class path through {@code META-INF/services}); {@link
 * #of(Collection)} registers them by hand, for tests and containers. Two templates with one id
 * are refused at construction, naming both classes: civicplan never silently picks one.
 *
 * <p><b>Broken templates are left out, with their findings.</b> A template whose own data has an
 * error ({@link StrategyTemplate#definitionFindings()}), or a provider that {@link ServiceLoader}
 * cannot create, is not installed; the other templates are. What was wrong is kept in {@link
 * #findings()} (each finding's path starts with the template id or the provider class) and is
 * repeated by the {@link UnknownTemplateException} of a lookup of that id, so an application that
 * needs the template learns why it is missing, while one that does not keeps working. Call {@link
 * #requireNoFindings()} to fail fast instead.
 */
public final class TemplateRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(TemplateRegistry.class);

  private final SortedMap<TemplateId, StrategyTemplate> templates;
  private final List<Finding> findings;

  private TemplateRegistry(SortedMap<TemplateId, StrategyTemplate> templates, List<Finding> findings) {
    this.templates = Collections.unmodifiableSortedMap(templates);
    this.findings = List.copyOf(findings);
  }

  /**
   * Finds the templates visible to this module's class loader with {@link ServiceLoader}.
   *
   * @return the registry of the templates found
   * @throws IllegalStateException if two templates share an id, naming both classes
   */
  public static TemplateRegistry load() {
    return load(ServiceLoader.load(StrategyTemplate.class));
  }

  /**
   * Finds the templates visible to {@code classLoader} with {@link ServiceLoader}.
   *
   * @param classLoader the class loader to search
   * @return the registry of the templates found
   * @throws IllegalStateException if two templates share an id, naming both classes
   */
  public static TemplateRegistry load(ClassLoader classLoader) {
    Objects.requireNonNull(classLoader, "classLoader");
    return load(ServiceLoader.load(StrategyTemplate.class, classLoader));
  }

  private static TemplateRegistry load(ServiceLoader<StrategyTemplate> loader) {
    List<StrategyTemplate> found = new ArrayList<>();
    List<Finding> failures = new ArrayList<>();
    Iterator<ServiceLoader.Provider<StrategyTemplate>> providers = loader.stream().iterator();
    while (true) {
      ServiceLoader.Provider<StrategyTemplate> provider;
      try {
        if (!providers.hasNext()) {
          break;
        }
        provider = providers.next();
      } catch (ServiceConfigurationError e) {
        failures.add(providerFailure("?", e));
        continue;
      }
      try {
        found.add(provider.get());
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        failures.add(providerFailure(provider.type().getName(), e));
      }
    }
    TemplateRegistry registry = of(found, failures);
    if (LOG.isDebugEnabled()) {
      List<String> described = new ArrayList<>();
      registry.templates.forEach((id, t) -> described.add(id + "=" + t.getClass().getName()));
      LOG.debug("Strategy templates found: {}", described);
    }
    return registry;
  }

  /**
   * {@return a registry of exactly these templates}
   *
   * @param templates the templates
   * @throws IllegalStateException if two templates share an id, naming both classes
   */
  public static TemplateRegistry of(Collection<? extends StrategyTemplate> templates) {
    return of(templates, List.of());
  }

  private static TemplateRegistry of(Collection<? extends StrategyTemplate> templates, List<Finding> failures) {
    SortedMap<TemplateId, StrategyTemplate> map = new TreeMap<>();
    List<Finding> findings = new ArrayList<>(failures);
    for (StrategyTemplate t : templates) {
      List<Finding> own = t.definitionFindings();
      if (own.stream().anyMatch(Finding::isError)) {
        own.forEach(f -> findings.add(new Finding(f.severity(), f.code(), "/" + Pointer.escape(t.id().value()) + f.path(),
            LocalizedText.of("template " + t.id() + ": " + f.message(Locale.ENGLISH),
                "șablonul " + t.id() + ": " + f.message(Locale.forLanguageTag("ro"))))));
        continue;
      }
      StrategyTemplate previous = map.putIfAbsent(t.id(), t);
      if (previous != null) {
        throw new IllegalStateException(
            "two templates have the id \"" + t.id() + "\": " + previous.getClass().getName()
                + " and " + t.getClass().getName() + "; remove one of them from the class path,"
                + " or register templates by hand with TemplateRegistry.of");
      }
    }
    return new TemplateRegistry(map, findings);
  }

  private static Finding providerFailure(String type, Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String why = root.getClass().getSimpleName() + ": " + root.getMessage();
    return TemplateData.messages().finding(Severity.ERROR, TemplateDataCodes.PROVIDER_FAILED, "/" + Pointer.escape(type), type, why);
  }

  /**
   * {@return a registry of exactly these templates}
   *
   * @param templates the templates
   */
  public static TemplateRegistry of(StrategyTemplate... templates) {
    return of(List.of(templates));
  }

  /** {@return a registry with no template} */
  public static TemplateRegistry empty() {
    return new TemplateRegistry(new TreeMap<>(), List.of());
  }

  /**
   * {@return what was wrong with the templates left out: their data findings and the providers that
   * could not be created; empty when every template found is installed}
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * {@return this registry, when every template found is installed}
   *
   * @throws IllegalStateException listing the findings of the templates left out
   */
  public TemplateRegistry requireNoFindings() {
    if (!findings.isEmpty()) {
      StringBuilder b = new StringBuilder("templates with errors were left out:");
      findings.forEach(f -> b.append("\n  ").append(f.message(Locale.ENGLISH)));
      throw new IllegalStateException(b.toString());
    }
    return this;
  }

  /**
   * {@return the template with this id}
   *
   * @param id the template's id
   * @throws UnknownTemplateException listing the installed ids when there is none
   */
  public StrategyTemplate get(TemplateId id) {
    StrategyTemplate t = templates.get(id);
    if (t == null) {
      String prefix = "/" + Pointer.escape(id.value()) + "/";
      throw new UnknownTemplateException(id, ids(),
          findings.stream().filter(f -> f.path().startsWith(prefix)).toList());
    }
    return t;
  }

  /**
   * {@return the template with this id, if installed}
   *
   * @param id the template's id
   */
  public Optional<StrategyTemplate> find(TemplateId id) {
    return Optional.ofNullable(templates.get(id));
  }

  /** {@return the installed templates, ordered by id} */
  public List<StrategyTemplate> all() {
    return List.copyOf(templates.values());
  }

  /** {@return the installed ids, sorted} */
  public List<TemplateId> ids() {
    return List.copyOf(templates.keySet());
  }

  /** {@return whether no template is installed} */
  public boolean isEmpty() {
    return templates.isEmpty();
  }

  /**
   * {@return this registry with {@code template} in place of the installed template of the same id
   * (or added), e.g. a template adapted by an overlay}
   *
   * @param template the template to put in
   */
  public TemplateRegistry replacing(StrategyTemplate template) {
    SortedMap<TemplateId, StrategyTemplate> map = new TreeMap<>(templates);
    map.put(template.id(), template);
    return new TemplateRegistry(map, findings);
  }

  /** {@return the templates by id, sorted} */
  public Map<TemplateId, StrategyTemplate> asMap() {
    return templates;
  }

  @Override
  public String toString() {
    return "TemplateRegistry" + ids();
  }
}
