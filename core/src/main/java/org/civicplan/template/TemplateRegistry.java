package org.civicplan.template;

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
 */
public final class TemplateRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(TemplateRegistry.class);

  private final SortedMap<TemplateId, StrategyTemplate> templates;

  private TemplateRegistry(SortedMap<TemplateId, StrategyTemplate> templates) {
    this.templates = Collections.unmodifiableSortedMap(templates);
  }

  /**
   * Finds the templates visible to this module's class loader with {@link ServiceLoader}.
   *
   * @throws IllegalStateException if two templates share an id, naming both classes
   */
  public static TemplateRegistry load() {
    return load(ServiceLoader.load(StrategyTemplate.class));
  }

  /**
   * Finds the templates visible to {@code classLoader} with {@link ServiceLoader}.
   *
   * @throws IllegalStateException if two templates share an id, naming both classes
   */
  public static TemplateRegistry load(ClassLoader classLoader) {
    return load(ServiceLoader.load(StrategyTemplate.class, classLoader));
  }

  private static TemplateRegistry load(ServiceLoader<StrategyTemplate> loader) {
    List<StrategyTemplate> found = new ArrayList<>();
    loader.forEach(found::add);
    TemplateRegistry registry = of(found);
    if (LOG.isDebugEnabled()) {
      List<String> described = new ArrayList<>();
      registry.templates.forEach((id, t) -> described.add(id + "=" + t.getClass().getName()));
      LOG.debug("Strategy templates found: {}", described);
    }
    return registry;
  }

  /**
   * A registry of exactly these templates.
   *
   * @throws IllegalStateException if two templates share an id, naming both classes
   */
  public static TemplateRegistry of(Collection<? extends StrategyTemplate> templates) {
    SortedMap<TemplateId, StrategyTemplate> map = new TreeMap<>();
    for (StrategyTemplate t : templates) {
      StrategyTemplate previous = map.putIfAbsent(t.id(), t);
      if (previous != null) {
        throw new IllegalStateException(
            "two templates have the id \"" + t.id() + "\": " + previous.getClass().getName()
                + " and " + t.getClass().getName() + "; remove one of them from the class path,"
                + " or register templates by hand with TemplateRegistry.of");
      }
    }
    return new TemplateRegistry(map);
  }

  /** A registry of exactly these templates. */
  public static TemplateRegistry of(StrategyTemplate... templates) {
    return of(List.of(templates));
  }

  /** A registry with no template. */
  public static TemplateRegistry empty() {
    return new TemplateRegistry(new TreeMap<>());
  }

  /**
   * The template with this id.
   *
   * @throws UnknownTemplateException listing the installed ids when there is none
   */
  public StrategyTemplate get(TemplateId id) {
    StrategyTemplate t = templates.get(id);
    if (t == null) {
      throw new UnknownTemplateException(id, ids());
    }
    return t;
  }

  /** The template with this id, if installed. */
  public Optional<StrategyTemplate> find(TemplateId id) {
    return Optional.ofNullable(templates.get(id));
  }

  /** The installed templates, ordered by id. */
  public List<StrategyTemplate> all() {
    return List.copyOf(templates.values());
  }

  /** The installed ids, sorted. */
  public List<TemplateId> ids() {
    return List.copyOf(templates.keySet());
  }

  /** Whether no template is installed. */
  public boolean isEmpty() {
    return templates.isEmpty();
  }

  /**
   * This registry with {@code template} in place of the installed template of the same id (or
   * added), e.g. a template adapted by an overlay.
   */
  public TemplateRegistry replacing(StrategyTemplate template) {
    SortedMap<TemplateId, StrategyTemplate> map = new TreeMap<>(templates);
    map.put(template.id(), template);
    return new TemplateRegistry(map);
  }

  /** The templates by id, sorted. */
  public Map<TemplateId, StrategyTemplate> asMap() {
    return templates;
  }

  @Override
  public String toString() {
    return "TemplateRegistry" + ids();
  }
}
