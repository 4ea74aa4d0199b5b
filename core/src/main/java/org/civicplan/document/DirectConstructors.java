// SPDX-License-Identifier: Apache-2.0
package org.civicplan.document;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;

/**
 * Builds the model's records by calling their constructors through {@link Constructor}, with the
 * arguments Jackson collected. Jackson 3 calls a creator with {@code
 * MethodHandle.invokeWithArguments}, which adapts the handle to the argument array anew on every
 * call: for a document of thousands of records that was a quarter of its reading time. The
 * arguments, the constructor and the handling of what it throws are Jackson's own ({@link
 * StdValueInstantiator#createFromObjectWith}); only the call differs.
 */
final class DirectConstructors implements ValueInstantiators {

  @Override
  public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
    return null;
  }

  @Override
  public ValueInstantiator modifyValueInstantiator(
      DeserializationConfig config, BeanDescription.Supplier beanDescRef, ValueInstantiator defaultInstantiator) {
    if (defaultInstantiator.getClass() == StdValueInstantiator.class
        && defaultInstantiator.getWithArgsCreator() instanceof AnnotatedConstructor creator) {
      Constructor<?> constructor = creator.getAnnotated();
      if (constructor.canAccess(null) || constructor.trySetAccessible()) {
        return new Direct((StdValueInstantiator) defaultInstantiator, constructor);
      }
    }
    return defaultInstantiator;
  }

  /** Jackson's instantiator, but calling the constructor directly. */
  private static final class Direct extends StdValueInstantiator {
    private final Constructor<?> constructor;

    Direct(StdValueInstantiator jacksons, Constructor<?> constructor) {
      super(jacksons);
      this.constructor = constructor;
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
      try {
        return constructor.newInstance(args);
      } catch (InvocationTargetException e) {
        Throwable thrown = e.getCause() != null ? e.getCause() : e;
        return ctxt.handleInstantiationProblem(_valueClass, args, rewrapCtorProblem(ctxt, thrown));
      } catch (ReflectiveOperationException | IllegalArgumentException e) {
        return ctxt.handleInstantiationProblem(_valueClass, args, rewrapCtorProblem(ctxt, e));
      }
    }
  }
}
